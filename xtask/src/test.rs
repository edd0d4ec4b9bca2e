//! `cargo xtask test`: everything, in the order that fails fastest.

use crate::build;
use crate::run::{cmd, root, run, step};
use crate::{size, tools};

pub fn all() -> Result<(), String> {
    tools::for_tests()?;

    step("format");
    run(cmd("cargo").args(["fmt", "--all", "--check"]))?;

    step("lint (clippy, warnings are errors)");
    run(cmd("cargo").args([
        "clippy",
        "--workspace",
        "--all-targets",
        "--all-features",
        "--",
        "-D",
        "warnings",
    ]))?;

    step("docs (rustdoc, warnings are errors: no broken or ambiguous links)");
    run(cmd("cargo")
        .args(["doc", "--workspace", "--no-deps"])
        .args(["--exclude", "xtask", "--exclude", "vox-e2e"])
        .env("RUSTDOCFLAGS", "-D warnings"))?;

    // The collector's tests run on SQLite and on this Postgres (see demo/src/store/testing.rs).
    let postgres = crate::postgres::Cluster::start()?;
    step("native unit tests (the collector's on SQLite and on Postgres)");
    run(cmd("cargo")
        .args([
            "test",
            "--workspace",
            "--all-features",
            "--exclude",
            "vox-e2e",
        ])
        .env("VOX_TEST_POSTGRES", postgres.url())
        .env("VOX_REQUIRE_POSTGRES", "1"))?;
    drop(postgres);

    step("component tests: wasm-bindgen-test in headless Chromium");
    run(cmd("cargo")
        .args([
            "test",
            "-p",
            "vox-feedback",
            "--target",
            "wasm32-unknown-unknown",
        ])
        .env("CHROMEDRIVER", tools::chromedriver())
        .env("WASM_BINDGEN_TEST_TIMEOUT", "120"))?;

    build::bundle()?;
    step("size budget");
    size::check()?;
    crate::demo::indexes()?;
    crate::app::build()?;

    step("end-to-end tests: demo storefront in headless Chromium over WebDriver");
    run(cmd("cargo").args(["build", "-p", "vox-demo"]))?;
    run(cmd("cargo")
        .args(["test", "-p", "vox-e2e"])
        .env("VOX_DEMO_BIN", root().join("target/debug/vox-demo"))
        .env("VOX_DIST", build::dist())
        .env("VOX_APP", crate::app::dir())
        .env("VOX_AXE", tools::axe())
        .env("CHROME", tools::chrome())
        .env("CHROMEDRIVER", tools::chromedriver()))?;

    println!("\nall checks passed");
    Ok(())
}
