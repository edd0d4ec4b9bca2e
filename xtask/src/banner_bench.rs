//! `cargo xtask bench banner`: time from navigation to a visible consent banner for Vox,
//! vanilla-cookieconsent v3 and Klaro, configured alike (and Vox again for a German visitor),
//! measured in one run in Chromium throttled to DevTools' "Slow 4G" with a 4x CPU slowdown, cold, median of 5
//! (`xtask/bench/banner-bench.mjs` drives it; the anchors come from npm, installed on demand
//! into `xtask/bench/node_modules`).

use serde_json::Value;

use crate::build;
use crate::run::{cmd, root, step};
use crate::tools;

const ENGINES: [(&str, &str); 4] = [
    ("vox", "Vox (dist/vox)"),
    // The same banner in German: what its messages (a `.ftl` beside the wasm) add.
    ("vox-de", "Vox, German visitor"),
    ("cookieconsent", "vanilla-cookieconsent 3.1.0"),
    ("klaro", "Klaro 0.7.22"),
];

pub fn run_bench() -> Result<(), String> {
    tools::for_tests()?;
    if !build::dist().join(build::LOADER).exists() {
        build::bundle()?;
    }
    let bench = root().join("xtask/bench");
    tools::bench_packages()?;
    step("time to a visible consent banner: Slow 4G, 4x CPU, cold, median of 5");
    let out = cmd("node")
        .arg(bench.join("banner-bench.mjs"))
        .arg(tools::chrome())
        .arg(root())
        .arg("5")
        .stderr(std::process::Stdio::inherit())
        .output()
        .map_err(|e| format!("cannot run node: {e}"))?;
    if !out.status.success() {
        return Err("the banner bench failed (its error is above)".into());
    }
    let text = String::from_utf8_lossy(&out.stdout);
    let results: Value = serde_json::from_str(text.trim())
        .map_err(|e| format!("the banner bench printed no result ({e}): {text}"))?;
    let ms = |engine: &str| results[engine]["ms"].as_f64().unwrap_or(f64::NAN);
    println!("\n| banner | time to visible (median) | runs | bytes transferred (brotli) |");
    println!("|---|---|---|---|");
    for (engine, name) in ENGINES {
        let r = &results[engine];
        println!(
            "| {name} | {} ms | {} | {} |",
            r["ms"], r["runs"], r["bytes"]
        );
    }
    println!(
        "\nVox / cookieconsent: {:.2}x (target: at most 1.0x)",
        ms("vox") / ms("cookieconsent")
    );
    Ok(())
}
