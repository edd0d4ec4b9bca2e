//! `cargo xtask build`: the bundle in `dist/vox`. It holds the loader, the locales, and one
//! wasm module per widget (`vox-<widget>.js` and `vox-<widget>_bg.wasm`), so a page downloads a
//! widget's code only when that widget shows (README, Size: why a module per widget).
//!
//! trunk compiles each widget's feature of `vox-embed` to wasm, runs wasm-bindgen and copies
//! the loader and locales (see `index.html` and `Trunk.toml`). Then wasm-opt shrinks each module
//! (it drops the name section rustc leaves in and optimises for size) and terser minifies the
//! scripts; the readable loader stays in `widgets/embed/js/vox.js`.
//!
//! The release wasm is built against a standard library recompiled for size (see
//! [`size_tuned_std`]); tests and clippy use the stock one.

use std::path::{Path, PathBuf};

use crate::run::{cmd, root, run, step};
use crate::{registry, shrink, tools};

/// The loader, which every page with Vox downloads.
pub const LOADER: &str = "vox.js";

/// A widget module's glue (the wasm-bindgen JavaScript).
pub fn glue(widget: &str) -> String {
    format!("vox-{widget}.js")
}

/// A widget module's wasm.
pub fn wasm(widget: &str) -> String {
    format!("vox-{widget}_bg.wasm")
}

/// The bundle's folder.
pub fn dist() -> PathBuf {
    root().join("dist/vox")
}

/// What trunk names the module of the `vox-embed` crate.
const TRUNK_GLUE: &str = "vox-embed.js";
const TRUNK_WASM: &str = "vox-embed_bg.wasm";

/// Which standard library the bundle is built against.
#[derive(Clone, Copy, PartialEq)]
pub enum Std {
    /// Rebuilt for size with unstable flags (see [`size_tuned_std`]): what ships.
    SizeTuned,
    /// The toolchain's own (`cargo xtask build --stock-std`): the fallback when a toolchain
    /// no longer accepts the flags. The bundle then works and `cargo xtask size` says by how
    /// much each page is over its budget, instead of the build failing on a flag.
    Stock,
}

/// Builds every registered widget's module into a fresh bundle.
pub fn bundle() -> Result<(), String> {
    bundle_with(Std::SizeTuned)
}

/// [`bundle`], against the standard library `std`.
pub fn bundle_with(std: Std) -> Result<(), String> {
    modules(&registry::names()?, true, std)
}

/// Rebuilds only the named widgets' modules in an existing bundle, for a quicker loop while
/// working on one widget (`cargo xtask build consent`).
pub fn rebuild(names: &[&str]) -> Result<(), String> {
    let known = registry::names()?;
    if let Some(unknown) = names.iter().find(|n| !known.iter().any(|k| k == *n)) {
        return Err(format!(
            "no widget is named {unknown}; the widgets are {known:?}"
        ));
    }
    if !dist().join(LOADER).exists() {
        return Err("no bundle to update yet: run `cargo xtask build` first".into());
    }
    let names: Vec<String> = names.iter().map(|n| n.to_string()).collect();
    modules(&names, false, Std::SizeTuned)
}

/// Builds `widgets`' modules into the bundle; `whole` starts it afresh, with the loader.
fn modules(widgets: &[String], whole: bool, std: Std) -> Result<(), String> {
    tools::for_build()?;
    let dist = dist();
    if whole && dist.exists() {
        std::fs::remove_dir_all(&dist).map_err(|e| format!("{}: {e}", dist.display()))?;
    }
    for (n, widget) in widgets.iter().enumerate() {
        let out = module(Some(widget), std)?;
        if whole && n == 0 {
            // The loader, the locales and the self-check page are the same in every build.
            copy_tree(&out, &dist)?;
            std::fs::remove_file(dist.join(TRUNK_GLUE)).map_err(|e| e.to_string())?;
            std::fs::remove_file(dist.join(TRUNK_WASM)).map_err(|e| e.to_string())?;
            write_registry(&dist.join(LOADER))?;
        }
        // The glue's default wasm URL names trunk's file; the loader passes the URL anyway.
        let js = std::fs::read_to_string(out.join(TRUNK_GLUE)).map_err(|e| e.to_string())?;
        let js = js.replace(TRUNK_WASM, &wasm(widget));
        std::fs::write(dist.join(glue(widget)), js).map_err(|e| e.to_string())?;
        std::fs::copy(out.join(TRUNK_WASM), dist.join(wasm(widget))).map_err(|e| e.to_string())?;
    }
    if whole {
        step("minifying the loader with terser");
        minify(&dist.join(LOADER))?;
    }
    println!("bundle ready in {}", dist.display());
    Ok(())
}

/// Builds and shrinks one module of `vox-embed` with `widget`'s feature alone (`None`: no
/// widget, the code every module shares) into `target/widgets/<widget or base>`.
fn module(widget: Option<&str>, std: Std) -> Result<PathBuf, String> {
    let name = widget.unwrap_or("base");
    let out = root().join("target/widgets").join(name);
    step(&format!("building the {name} module with trunk (release)"));
    let mut trunk = cmd("trunk");
    trunk.args(["build", "--release", "--dist"]).arg(&out);
    trunk.arg("--no-default-features");
    if let Some(widget) = widget {
        trunk.args(["--features", widget]);
    }
    match std {
        Std::SizeTuned => run(size_tuned_std(&mut trunk))?,
        Std::Stock => run(trunk.env("CARGO_TARGET_DIR", root().join("target/bundle-stock")))?,
    }
    append_messages(&out.join(TRUNK_GLUE), name)?;
    shrink_module(&out.join(TRUNK_WASM), &out.join(TRUNK_GLUE))?;
    Ok(out)
}

/// The module with no widget (see [`module`]): its glue and wasm, for `cargo xtask size --own`.
pub fn base_module() -> Result<[PathBuf; 2], String> {
    tools::for_build()?;
    let out = module(None, Std::SizeTuned)?;
    Ok([out.join(TRUNK_GLUE), out.join(TRUNK_WASM)])
}

/// Writes the registry's element table into the loader, in place of its `VOX_REGISTRY`.
fn write_registry(loader: &Path) -> Result<(), String> {
    let text = std::fs::read_to_string(loader).map_err(|e| e.to_string())?;
    if text.matches("VOX_REGISTRY").count() != 1 {
        return Err(format!("{}: expected VOX_REGISTRY once", loader.display()));
    }
    let table = registry::loader_table(&registry::widgets()?);
    std::fs::write(loader, text.replace("VOX_REGISTRY", &table)).map_err(|e| e.to_string())
}

/// Appends `js/messages.js` to a module's glue, with the shipped locales and the widget's name
/// written in: the loader calls it when the glue arrives, so the locale's messages download
/// beside the wasm (see the file).
fn append_messages(glue: &Path, widget: &str) -> Result<(), String> {
    let source = root().join("widgets/embed/js/messages.js");
    let text =
        std::fs::read_to_string(&source).map_err(|e| format!("{}: {e}", source.display()))?;
    let locales: Vec<String> = vox_core::locale::SUPPORTED
        .iter()
        .map(|l| format!("'{l}'"))
        .collect();
    let text = text
        .replace("VOX_LOCALES", &format!("[{}]", locales.join(",")))
        .replace("VOX_WIDGET", widget);
    let mut js = std::fs::read_to_string(glue).map_err(|e| e.to_string())?;
    js.push('\n');
    js.push_str(&text);
    std::fs::write(glue, js).map_err(|e| e.to_string())
}

/// wasm-opt, then names shortened across the wasm and its glue, then terser on the glue.
fn shrink_module(wasm: &Path, glue: &Path) -> Result<(), String> {
    shrink::drop_unused_exports(wasm)?;
    step("optimising the wasm with wasm-opt -Oz");
    run(cmd(tools::wasm_opt())
        .arg(wasm)
        // Flattening and re-looping first lets -Oz find more to merge (0.5 KB brotli, 15 s).
        .args(["--flatten", "--rereloop", "-Oz", "-Oz", "--converge"])
        .args(["--strip-debug", "--strip-producers"])
        // Rust puts the stack first, so the low 1 KiB of memory is only reached by a stack
        // already overflowed; promising that lets wasm-opt fold address offsets (1 KB brotli).
        .arg("--low-memory-unused")
        .args(shrink::WASM_FEATURES)
        .arg("-o")
        .arg(wasm))?;
    shrink::minify_names(wasm, glue)?;
    minify(glue)
}

fn minify(script: &Path) -> Result<(), String> {
    run(cmd(tools::terser())
        .arg(script)
        .args(["--module", "--compress", "--mangle", "-o"])
        .arg(script))
}

/// Copies the folder `from` into `to`, recursively.
fn copy_tree(from: &Path, to: &Path) -> Result<(), String> {
    std::fs::create_dir_all(to).map_err(|e| format!("{}: {e}", to.display()))?;
    for entry in std::fs::read_dir(from).map_err(|e| format!("{}: {e}", from.display()))? {
        let entry = entry.map_err(|e| e.to_string())?;
        let target = to.join(entry.file_name());
        if entry.file_type().map_err(|e| e.to_string())?.is_dir() {
            copy_tree(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), &target)
                .map_err(|e| format!("{}: {e}", target.display()))?;
        }
    }
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
