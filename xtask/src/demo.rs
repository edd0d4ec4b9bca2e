//! `cargo xtask demo [--port N]`: build everything, then serve the storefront and collector.

use std::net::TcpListener;

use std::path::PathBuf;

use crate::build::{self, Bundle};
use crate::index;
use crate::run::{cmd, root, run, step};

pub fn serve(port: u16) -> Result<(), String> {
    // Say so now, not after minutes of building.
    if TcpListener::bind(("127.0.0.1", port)).is_err() {
        return Err(format!(
            "port {port} is already in use: stop what runs there, or pick another with --port {}",
            port + 1
        ));
    }
    // Every widget, rating prompts and help search included (see build::Bundle).
    build::bundle(Bundle::Full)?;
    indexes()?;
    step("building the demo server");
    run(cmd("cargo").args(["build", "-p", "vox-demo"]))?;
    // The server prints the admin URL with its token (random per start unless VOX_ADMIN_TOKEN
    // is set); /admin without it answers 401.
    step(&format!(
        "serving http://127.0.0.1:{port}/ (admin: the /admin?token=… URL printed below); Ctrl+C stops"
    ));
    run(cmd(root().join("target/debug/vox-demo"))
        .args(["--port", &port.to_string(), "--dist"])
        .arg(Bundle::Full.dir()))
}

/// The demo's search indexes: its help center (`demo/help`, served next to the full bundle as
/// `help/`, where `<vox-help>` looks by default) and, when the corpus is on this machine, the
/// whole tldr corpus for the "Command docs" page (`target/demo/tldr`, served at
/// `/indexes/tldr/`); and the hostile-input suite's articles (`target/demo/hostile`), every
/// field a string of `tests/e2e/corpus/xss.txt`.
pub fn indexes() -> Result<(), String> {
    step("indexing the demo help center (demo/help)");
    let help = index::Options {
        inputs: vec![root().join("demo/help")],
        out: Bundle::Full.dir().join("help"),
        synonyms: Some(root().join("demo/help/synonyms.json")),
        categories: Some(root().join("demo/help/categories.json")),
        bodies: true,
    };
    index::build(&help)?;
    index::build(&index::Options {
        inputs: vec![root().join("tests/e2e/corpus/articles")],
        out: root().join("target/demo/hostile"),
        synonyms: None,
        categories: Some(root().join("tests/e2e/corpus/articles/categories.json")),
        bodies: true,
    })?;
    let Some(corpus) = tldr_corpus() else {
        println!("the tldr corpus is not here (set VOX_TLDR to its folder): the Command docs page will say search is unavailable");
        return Ok(());
    };
    step(&format!("indexing the tldr corpus ({})", corpus.display()));
    let mut inputs: Vec<PathBuf> = std::fs::read_dir(&corpus)
        .map_err(|e| format!("{}: {e}", corpus.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "jsonl"))
        .collect();
    inputs.sort();
    let tldr = index::Options {
        inputs,
        out: root().join("target/demo/tldr"),
        synonyms: None,
        categories: None,
        bodies: true,
    };
    index::build(&tldr).map(drop)
}

/// The tldr corpus: `VOX_TLDR`, else `../shared/corpora/tldr` beside the repository.
pub fn tldr_corpus() -> Option<PathBuf> {
    let dir = std::env::var_os("VOX_TLDR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("../shared/corpora/tldr"));
    dir.join("en.jsonl").exists().then_some(dir)
}
