//! `cargo xtask build`: the distributable bundle in `dist/vox`; and the full one, every widget
//! in, that the demo serves and the browser tests use (`dist/vox-all`).
//!
//! trunk compiles the widgets to wasm, runs wasm-bindgen and copies the loader and locales
//! (see `index.html` and `Trunk.toml`). Then wasm-opt shrinks the module (it drops the name
//! section rustc leaves in and optimises for size) and terser minifies the two scripts; the
//! readable loader stays in `widgets/embed/js/vox.js`.
//!
//! The release wasm is built against a standard library recompiled for size (see
//! [`size_tuned_std`]); tests and clippy use the stock one.

use std::path::PathBuf;

use crate::run::{cmd, root, run, step};
use crate::{shrink, tools};

/// Files in `dist/vox` a page can download.
pub const LOADER: &str = "vox.js";
pub const GLUE: &str = "vox-embed.js";
pub const WASM: &str = "vox-embed_bg.wasm";

/// Which widgets a bundle holds.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Bundle {
    /// The default features: what a site gets, held to the page budget.
    Default,
    /// Every widget, rating prompts included, which do not fit the page budget yet (README,
    /// Size): for the demo and the browser tests.
    Full,
    /// One widget's feature alone (`dist/vox-<widget>`): what a wasm per widget would weigh.
    Widget(&'static str),
}

/// The widgets, by their `vox-embed` feature.
pub const WIDGETS: [&str; 4] = ["feedback", "consent", "prompt", "help"];

impl Bundle {
    pub fn dir(self) -> PathBuf {
        root().join(match self {
            Bundle::Default => "dist/vox".to_string(),
            Bundle::Full => "dist/vox-all".to_string(),
            Bundle::Widget(name) => format!("dist/vox-{name}"),
        })
    }
}

/// The default bundle's folder.
pub fn dist() -> PathBuf {
    Bundle::Default.dir()
}

pub fn bundle(which: Bundle) -> Result<(), String> {
    tools::for_build()?;
    let dir = which.dir();
    step(&format!("building {} with trunk (release)", dir.display()));
    let mut trunk = cmd("trunk");
    trunk.args(["build", "--release", "--dist"]).arg(&dir);
    match which {
        Bundle::Default => {}
        Bundle::Full => {
            trunk.arg("--all-features");
        }
        Bundle::Widget(name) => {
            trunk.args(["--no-default-features", "--features", name]);
        }
    }
    run(size_tuned_std(&mut trunk))?;
    let wasm = dir.join(WASM);
    let glue = dir.join(GLUE);
    shrink::drop_unused_exports(&wasm)?;
    step("optimising the wasm with wasm-opt -Oz");
    run(cmd(tools::wasm_opt())
        .arg(&wasm)
        // Flattening and re-looping first lets -Oz find more to merge (0.5 KB brotli, 15 s).
        .args(["--flatten", "--rereloop", "-Oz", "-Oz", "--converge"])
        .args(["--strip-debug", "--strip-producers"])
        // Rust puts the stack first, so the low 1 KiB of memory is only reached by a stack
        // already overflowed; promising that lets wasm-opt fold address offsets (1 KB brotli).
        .arg("--low-memory-unused")
        .args(shrink::WASM_FEATURES)
        .arg("-o")
        .arg(&wasm))?;
    shrink::minify_names(&wasm, &glue)?;
    step("minifying the loader and the wasm-bindgen glue with terser");
    for script in [LOADER, GLUE] {
        let path = dir.join(script);
        run(cmd(tools::terser())
            .arg(&path)
            .args(["--module", "--compress", "--mangle", "-o"])
            .arg(&path))?;
    }
    println!("bundle ready in {}", dir.display());
    Ok(())
}

/// Rebuilds `std` with the bundle, without panic messages, panic locations or `Debug`
/// formatting: about 11 KB brotli of a 120 KB page is the machinery that formats messages
/// nobody reads in a shipped widget (a release panic aborts either way; the rule is not to
/// panic). The flags are unstable, so the stable toolchain is told to accept them with
/// `RUSTC_BOOTSTRAP`; CI machines cannot download a nightly. The build gets its own target
/// directory so the flags do not invalidate the test and clippy builds.
fn size_tuned_std(trunk: &mut std::process::Command) -> &mut std::process::Command {
    trunk
        .env("RUSTC_BOOTSTRAP", "1")
        .env("CARGO_UNSTABLE_BUILD_STD", "std,panic_abort")
        .env(
            "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS",
            "-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none",
        )
        .env("CARGO_TARGET_DIR", root().join("target/bundle"))
}
