//! Installs what the build and tests need, only when missing, and says why it takes time.

use std::path::PathBuf;

use crate::run::{cmd, output, root, run, step};

pub const TRUNK: &str = "0.21.14";
pub const WASM_BINDGEN: &str = "0.2.130";

/// Rust target and the cargo-installed tools: enough to build the bundle.
pub fn for_build() -> Result<(), String> {
    wasm_target()?;
    // trunk needs --locked: a fresh resolution picks a cssparser that lightningcss cannot build with.
    cargo_tool("trunk", "trunk", TRUNK, true, "about 10 minutes on 2 cores")?;
    // wasm-bindgen-cli must match the library version exactly; --locked fails on this registry.
    cargo_tool(
        "wasm-bindgen",
        "wasm-bindgen-cli",
        WASM_BINDGEN,
        false,
        "about 5 minutes",
    )?;
    npm_packages()
}

/// Everything `cargo xtask test` needs on top: Chromium and its WebDriver.
pub fn for_tests() -> Result<(), String> {
    for_build()?;
    chromium()
}

/// The wasm target, and the standard library's source the bundle rebuilds for size.
fn wasm_target() -> Result<(), String> {
    let installed =
        output(cmd("rustup").args(["target", "list", "--installed"])).unwrap_or_default();
    if !installed
        .lines()
        .any(|l| l.trim() == "wasm32-unknown-unknown")
    {
        step("installing the wasm32-unknown-unknown Rust target");
        run(cmd("rustup").args(["target", "add", "wasm32-unknown-unknown"]))?;
    }
    let components =
        output(cmd("rustup").args(["component", "list", "--installed"])).unwrap_or_default();
    if !components.lines().any(|l| l.trim() == "rust-src") {
        step("installing the rust-src component (the bundle rebuilds std for size)");
        run(cmd("rustup").args(["component", "add", "rust-src"]))?;
    }
    std_dependencies()
}

/// Downloads the crates `std` itself depends on (as its own lock file pins them): trunk builds
/// offline, so rebuilding `std` finds them only if they are already in cargo's cache, which a
/// fresh machine's is not. Instant when they are.
fn std_dependencies() -> Result<(), String> {
    let sysroot = output(cmd("rustc").args(["--print", "sysroot"]))
        .ok_or("cannot ask rustc for its sysroot")?;
    let library = PathBuf::from(sysroot.trim()).join("lib/rustlib/src/rust/library/Cargo.toml");
    run(cmd("cargo")
        .args(["fetch", "--locked", "--manifest-path"])
        .arg(library)
        .env("RUSTC_BOOTSTRAP", "1"))
}

fn cargo_tool(
    bin: &str,
    krate: &str,
    version: &str,
    locked: bool,
    duration: &str,
) -> Result<(), String> {
    let found = output(cmd(bin).arg("--version")).unwrap_or_default();
    if found.split_whitespace().any(|w| w == version) {
        return Ok(());
    }
    step(&format!(
        "installing {krate} {version} (compiles from source: {duration}; done once per machine)"
    ));
    let mut c = cmd("cargo");
    c.args(["install", krate, "--version", version]);
    if locked {
        c.arg("--locked");
    }
    run(&mut c)
}

/// wasm-opt (npm `binaryen`), terser and axe-core, pinned in tests/package-lock.json.
fn npm_packages() -> Result<(), String> {
    if wasm_opt().exists() && terser().exists() && axe().exists() {
        return Ok(());
    }
    step("installing npm packages in tests/ (binaryen for wasm-opt, terser, axe-core)");
    run(cmd("npm").args(["ci", "--no-audit", "--no-fund", "--prefix", "tests"]))
}

/// The benches' anchors (vanilla-cookieconsent, klaro, Pagefind) and puppeteer-core, pinned in
/// xtask/bench/package-lock.json: installed when a bench first needs them, not by the tests.
pub fn bench_packages() -> Result<(), String> {
    let bench = root().join("xtask/bench/node_modules");
    let packages = [
        "puppeteer-core",
        "vanilla-cookieconsent",
        "klaro",
        "pagefind",
    ];
    if packages.iter().all(|p| bench.join(p).exists()) {
        return Ok(());
    }
    step("installing the bench's npm packages (puppeteer-core, vanilla-cookieconsent, klaro, pagefind)");
    run(cmd("npm")
        .args(["ci", "--no-audit", "--no-fund", "--prefix"])
        .arg(root().join("xtask/bench")))
}

fn chromium() -> Result<(), String> {
    if chrome().exists() && chromedriver().exists() {
        return Ok(());
    }
    step("installing Chromium and chromedriver from Debian (apt-get, a few minutes)");
    apt_install(&["chromium", "chromium-driver"])
}

/// Installs Debian packages (with `sudo` unless we are root).
pub fn apt_install(packages: &[&str]) -> Result<(), String> {
    let sudo: &[&str] = if is_root() { &[] } else { &["sudo"] };
    let apt = |args: &[&str]| {
        let mut all: Vec<&str> = sudo.to_vec();
        all.push("apt-get");
        all.extend_from_slice(args);
        run(cmd(all[0])
            .args(&all[1..])
            .env("DEBIAN_FRONTEND", "noninteractive"))
    };
    apt(&["update"])?;
    let mut install = vec!["install", "-y"];
    install.extend_from_slice(packages);
    apt(&install).map_err(|e| {
        format!(
            "{e}\nInstall them yourself: apt-get install -y {}",
            packages.join(" ")
        )
    })
}

pub fn is_root() -> bool {
    output(cmd("id").arg("-u")).is_some_and(|u| u.trim() == "0")
}

pub fn wasm_opt() -> PathBuf {
    root().join("tests/node_modules/.bin/wasm-opt")
}

pub fn wasm_dis() -> PathBuf {
    root().join("tests/node_modules/.bin/wasm-dis")
}

pub fn wasm_metadce() -> PathBuf {
    root().join("tests/node_modules/.bin/wasm-metadce")
}

pub fn terser() -> PathBuf {
    root().join("tests/node_modules/.bin/terser")
}

pub fn axe() -> PathBuf {
    root().join("tests/node_modules/axe-core/axe.min.js")
}

pub fn chrome() -> PathBuf {
    std::env::var_os("CHROME")
        .map(PathBuf::from)
        .unwrap_or_else(|| "/usr/bin/chromium".into())
}

pub fn chromedriver() -> PathBuf {
    std::env::var_os("CHROMEDRIVER")
        .map(PathBuf::from)
        .unwrap_or_else(|| "/usr/bin/chromedriver".into())
}
