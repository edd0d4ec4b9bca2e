//! `cargo xtask demo [--port N]`: build everything, then serve the storefront and collector.

use std::net::TcpListener;
use std::path::{Path, PathBuf};

use crate::build;
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
    build::bundle()?;
    crate::app::build()?;
    indexes()?;
    step("building the demo server");
    run(cmd("cargo").args(["build", "-p", "vox-demo"]))?;
    // The server prints the admin URL with its token (random per start unless VOX_ADMIN_TOKEN
    // is set); /admin without it answers 401.
    step(&format!(
        "serving http://127.0.0.1:{port}/ and the Leptos app at /app/ (admin: the /admin?token=… URL printed below); Ctrl+C stops"
    ));
    run(cmd(root().join("target/debug/vox-demo"))
        .args(["--port", &port.to_string(), "--dist"])
        .arg(build::dist())
        .arg("--indexes")
        .arg(indexes_dir())
        .arg("--app")
        .arg(crate::app::dir()))
}

/// Where the demo's search indexes are built: the demo server serves this folder at
/// `/indexes/`. Never a bundle folder: a site owner copies `dist/` as it is, and the demo shop's
/// articles are not theirs.
pub fn indexes_dir() -> PathBuf {
    root().join("target/demo")
}

/// The demo's search indexes, in [`indexes_dir`]: its help center (`demo/help` into `help/`,
/// which the shop's pages name as `help.index`, `/indexes/help/`); the hostile-input suite's
/// articles (`hostile/`), every field a string of `tests/e2e/corpus/xss.txt`; and, when the
/// corpus is on this machine, the whole tldr corpus for the "Command docs" page (`tldr/`).
pub fn indexes() -> Result<(), String> {
    let tldr = match tldr_corpus() {
        Some(corpus) => Some(jsonl_files(&corpus)?),
        None => {
            println!("the tldr corpus is not here (set VOX_TLDR to its folder): the Command docs page will say search is unavailable");
            None
        }
    };
    for (what, options) in builds(tldr) {
        step(&format!("indexing {what}"));
        index::build(&options)?;
    }
    Ok(())
}

/// What [`indexes`] builds, each with what to call it: the tldr corpus only given its files.
fn builds(tldr: Option<Vec<PathBuf>>) -> Vec<(&'static str, index::Options)> {
    let out = indexes_dir();
    let mut builds = vec![
        (
            "the demo help center (demo/help)",
            index::Options {
                inputs: vec![root().join("demo/help")],
                out: out.join("help"),
                synonyms: Some(root().join("demo/help/synonyms.json")),
                categories: Some(root().join("demo/help/categories.json")),
                clicks: None,
                bodies: true,
            },
        ),
        (
            "the hostile-input articles (tests/e2e/corpus/articles)",
            index::Options {
                inputs: vec![root().join("tests/e2e/corpus/articles")],
                out: out.join("hostile"),
                synonyms: None,
                categories: Some(root().join("tests/e2e/corpus/articles/categories.json")),
                clicks: None,
                bodies: true,
            },
        ),
    ];
    if let Some(inputs) = tldr {
        builds.push((
            "the tldr corpus",
            index::Options {
                inputs,
                out: out.join("tldr"),
                synonyms: None,
                categories: None,
                clicks: None,
                bodies: true,
            },
        ));
    }
    builds
}

/// The corpus's `*.jsonl` files, sorted.
fn jsonl_files(corpus: &Path) -> Result<Vec<PathBuf>, String> {
    let mut inputs: Vec<PathBuf> = std::fs::read_dir(corpus)
        .map_err(|e| format!("{}: {e}", corpus.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "jsonl"))
        .collect();
    inputs.sort();
    Ok(inputs)
}

/// The tldr corpus: `VOX_TLDR`, else `../shared/corpora/tldr` beside the repository.
pub fn tldr_corpus() -> Option<PathBuf> {
    let dir = std::env::var_os("VOX_TLDR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("../shared/corpora/tldr"));
    dir.join("en.jsonl").exists().then_some(dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A site owner copies a bundle folder as it is: the demo shop's articles must not be in it.
    #[test]
    fn the_demo_indexes_are_built_outside_every_bundle() {
        let all = builds(Some(vec![PathBuf::from("en.jsonl")]));
        let outs: Vec<&Path> = all.iter().map(|(_, o)| o.out.as_path()).collect();
        let served = indexes_dir();
        for &out in &outs {
            assert!(
                !out.starts_with(build::dist()),
                "{} is in the bundle",
                out.display()
            );
            assert!(!out.starts_with(root().join("dist")), "{}", out.display());
        }
        // Where the demo server serves them (`--indexes`, `/indexes/`).
        assert_eq!(
            outs,
            [
                served.join("help"),
                served.join("hostile"),
                served.join("tldr")
            ]
        );
        assert_eq!(builds(None).len(), 2, "no tldr build without its corpus");
    }
}
