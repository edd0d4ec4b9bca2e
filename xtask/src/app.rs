//! The example Leptos app (`examples/leptos-app`): the four components used directly, without
//! the loader. Built with trunk into `target/leptos-app`, which the demo server serves at
//! `/app/` and the browser tests drive; `cargo xtask size --app` weighs it with and without each
//! widget.

use std::path::{Path, PathBuf};

use crate::run::{cmd, root, run, step};
use crate::{size, tools};

/// Where [`build`] puts the app.
pub fn dir() -> PathBuf {
    root().join("target/leptos-app")
}

fn source() -> PathBuf {
    root().join("examples/leptos-app")
}

/// Builds the app (a debug build: the tests need it to work, not to be small) into [`dir`].
pub fn build() -> Result<(), String> {
    step("building the example Leptos app with trunk");
    run(cmd("trunk")
        .current_dir(source())
        .args(["build", "--dist"])
        .arg(dir()))
}

/// `cargo xtask size --app`: the app's wasm with all four widgets and without each one, built
/// for release and through `wasm-opt -Oz` as a Leptos app would ship, so the cost of each
/// component in an app of one's own is visible.
pub fn print_sizes() -> Result<(), String> {
    tools::for_build()?;
    let all = ["feedback", "consent", "prompt", "help"];
    let mut variants = vec![("all four".to_string(), all.to_vec())];
    for left_out in all {
        let rest = all.iter().copied().filter(|w| *w != left_out).collect();
        variants.push((format!("without {left_out}"), rest));
    }
    variants.push(("none (Leptos, the router, the app)".to_string(), Vec::new()));
    let mut rows = Vec::new();
    for (i, (name, features)) in variants.iter().enumerate() {
        let out = root().join("target/leptos-app-size").join(i.to_string());
        step(&format!("building the app {name} (release)"));
        let mut trunk = cmd("trunk");
        trunk
            .current_dir(source())
            .args(["build", "--release", "--dist"])
            .arg(&out);
        trunk.arg("--no-default-features");
        if !features.is_empty() {
            trunk.args(["--features", &features.join(",")]);
        }
        run(&mut trunk)?;
        let wasm = only_wasm(&out)?;
        run(cmd(tools::wasm_opt())
            .arg(&wasm)
            .args(["-Oz", "--strip-debug", "--strip-producers"])
            .arg("-o")
            .arg(&wasm))?;
        let rel = wasm
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        rows.push((name.clone(), size::measure(&out, rel)?.brotli));
    }
    let full = rows[0].1;
    println!("\n| example app wasm | brotli | the widget's share |");
    println!("|---|---|---|");
    for (name, brotli) in &rows {
        let share = match name.strip_prefix("without ") {
            Some(_) => format!("{} B", full.saturating_sub(*brotli)),
            None => "–".into(),
        };
        println!("| {name} | {brotli} B | {share} |");
    }
    Ok(())
}

fn only_wasm(dir: &Path) -> Result<PathBuf, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|x| x == "wasm"))
        .ok_or_else(|| format!("no .wasm in {}", dir.display()))
}
