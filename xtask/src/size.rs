//! `cargo xtask size [--json]`: what a page downloads, raw, gzip and brotli.

use std::io::Write;
use std::path::Path;

use serde_json::json;

use crate::build::{dist, Bundle, GLUE, LOADER, WASM};

/// The feedback page's brotli budget (loader + wasm + glue + one locale): 110 KB in issue #2,
/// raised to 115 KB by issue #12, whose fixes every page needs: Fluent's nesting, placeable
/// and length caps and its exact fluent-bundle behaviour, JSON objects in O(n log n), exactly
/// rounded numbers, a banner closed by any decision (+4.2 KB); and to 120 KB by issue #13: config
/// errors by line and column with the offending line, the CORS hint, one widget switched off
/// per mistake instead of all, the site's own texts per locale and the site owner's debug panel
/// (+5.1 KB), then to 122 KB by the rest of #13: the config file, the consent section checked
/// before defaults let anything in, and `autoClear` and the consent record's text hash moved
/// out of the loader, which every page downloads, into the wasm (+2.4 KB). Issue #14 splits the
/// code per widget and sets new targets.
pub const FEEDBACK_BUDGET: usize = 122_000;
/// The loader's gzip budget: 3 KB in issue #2, raised to 4 KB by issue #3 for the consent
/// work that must run before any wasm (stored choice, GPC, Consent Mode, blocked scripts), and
/// to 4.5 KB by issue #5: the search shortcuts and `Vox.search` must answer before the wasm
/// loads (a page downloads nothing for search until the visitor asks for it).
pub const LOADER_BUDGET: usize = 4_500;

pub struct Sizes {
    pub path: String,
    pub raw: usize,
    pub gzip: usize,
    pub brotli: usize,
}

fn measure(dir: &Path, rel: &str) -> Result<Sizes, String> {
    let bytes = std::fs::read(dir.join(rel))
        .map_err(|e| format!("{rel}: {e} (run `cargo xtask build` first)"))?;
    let gzip = gzip_len(&bytes);
    let mut br = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 22,
        ..Default::default()
    };
    brotli::BrotliCompress(&mut &bytes[..], &mut br, &params).map_err(|e| e.to_string())?;
    Ok(Sizes {
        path: rel.to_string(),
        raw: bytes.len(),
        gzip,
        brotli: br.len(),
    })
}

/// The size of `bytes` gzipped at the best level, as a server would send them.
pub fn gzip_len(bytes: &[u8]) -> usize {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    // Writing to a Vec cannot fail.
    let _ = gz.write_all(bytes);
    gz.finish().map_or(0, |v| v.len())
}

/// The pages reported: a name and the widgets whose messages it loads. Each downloads the
/// loader, the glue and the wasm (every widget shares them) and, per widget, the largest
/// locale's messages (the worst case).
const PAGES: &[(&str, &[&str])] = &[
    ("feedback", &["feedback"]),
    ("consent", &["consent"]),
    ("feedback+consent", &["feedback", "consent"]),
];

/// Pages of the full bundle (`dist/vox-all`, rating prompts in), reported when it is built.
const FULL_PAGES: &[(&str, &[&str])] = &[
    ("prompt (full bundle)", &["prompt"]),
    ("feedback (full bundle)", &["feedback"]),
    (
        "all widgets (full bundle)",
        &["feedback", "consent", "prompt"],
    ),
];

/// One page's download.
struct Page {
    name: &'static str,
    brotli: usize,
    gzip: usize,
}

/// Every file a page can download, and each page's total.
struct Report {
    files: Vec<Sizes>,
    pages: Vec<Page>,
}

fn report() -> Result<Report, String> {
    let mut report = report_of(&dist(), PAGES)?;
    if Bundle::Full.dir().join(WASM).exists() {
        let full = report_of(&Bundle::Full.dir(), FULL_PAGES)?;
        report.pages.extend(full.pages);
    }
    Ok(report)
}

/// What the bundle in `dir` downloads for each of `pages`.
fn report_of(dir: &Path, pages: &[(&'static str, &[&'static str])]) -> Result<Report, String> {
    let dir = dir.to_path_buf();
    let shared = vec![
        measure(&dir, LOADER)?,
        measure(&dir, GLUE)?,
        measure(&dir, WASM)?,
    ];
    let mut tags: Vec<String> = Vec::new();
    for entry in std::fs::read_dir(dir.join("locales")).map_err(|e| e.to_string())? {
        tags.push(
            entry
                .map_err(|e| e.to_string())?
                .file_name()
                .to_string_lossy()
                .into_owned(),
        );
    }
    tags.sort();
    let mut files = shared;
    let mut largest = Vec::new(); // (widget, gzip, brotli)
    let mut widgets: Vec<&str> = pages.iter().flat_map(|(_, w)| w.iter().copied()).collect();
    widgets.sort();
    widgets.dedup();
    for widget in widgets {
        let sizes: Vec<Sizes> = tags
            .iter()
            .map(|tag| measure(&dir, &format!("locales/{tag}/{widget}.ftl")))
            .collect::<Result<_, _>>()?;
        let worst = sizes
            .iter()
            .max_by_key(|s| s.brotli)
            .map_or((0, 0), |s| (s.gzip, s.brotli));
        largest.push((widget, worst.0, worst.1));
        files.extend(sizes);
    }
    let (shared_gzip, shared_brotli) = files[..3]
        .iter()
        .fold((0, 0), |(g, b), f| (g + f.gzip, b + f.brotli));
    let pages = pages
        .iter()
        .map(|(name, widgets)| {
            let locales = largest.iter().filter(|(w, _, _)| widgets.contains(w));
            let (gzip, brotli) = locales
                .fold((shared_gzip, shared_brotli), |(g, b), (_, lg, lb)| {
                    (g + lg, b + lb)
                });
            Page { name, brotli, gzip }
        })
        .collect();
    Ok(Report { files, pages })
}

impl Report {
    fn page(&self, name: &str) -> &Page {
        self.pages
            .iter()
            .find(|p| p.name == name)
            .expect("a reported page")
    }
}

/// `cargo xtask size [--json]`.
pub fn print(json_output: bool) -> Result<(), String> {
    let report = report()?;
    if json_output {
        let files: Vec<_> = report
            .files
            .iter()
            .map(|f| json!({"path": f.path, "raw": f.raw, "gzip": f.gzip, "brotli": f.brotli}))
            .collect();
        let pages: serde_json::Map<String, serde_json::Value> = report
            .pages
            .iter()
            .map(|p| {
                (
                    p.name.to_string(),
                    json!({"brotli": p.brotli, "gzip": p.gzip}),
                )
            })
            .collect();
        println!("{}", json!({"files": files, "pages": pages}));
    } else {
        print_table(&report);
    }
    Ok(())
}

fn print_table(report: &Report) {
    println!(
        "{:<34} {:>9} {:>9} {:>9}",
        "file (dist/vox)", "raw", "gzip", "brotli"
    );
    for f in &report.files {
        println!("{:<34} {:>9} {:>9} {:>9}", f.path, f.raw, f.gzip, f.brotli);
    }
    println!("\npages (loader + glue + wasm + the largest locale of each widget shown):");
    for p in &report.pages {
        println!(
            "{:<34} {:>9} B brotli {:>9} B gzip",
            p.name, p.brotli, p.gzip
        );
    }
    println!("feedback page budget: {FEEDBACK_BUDGET} B brotli");
}

/// For `cargo xtask test`: prints the table, then fails when the loader or the feedback page is
/// over its budget.
pub fn check() -> Result<(), String> {
    let report = report()?;
    print_table(&report);
    let brotli = report.page("feedback").brotli;
    let loader = report
        .files
        .iter()
        .find(|f| f.path == LOADER)
        .map_or(0, |f| f.gzip);
    if loader > LOADER_BUDGET {
        return Err(format!(
            "vox.js is {loader} B gzip, over its {LOADER_BUDGET} B budget"
        ));
    }
    if brotli > FEEDBACK_BUDGET {
        return Err(format!(
            "the feedback page downloads {brotli} B brotli, over its {FEEDBACK_BUDGET} B budget"
        ));
    }
    println!(
        "size: feedback page {brotli} B brotli (budget {FEEDBACK_BUDGET} B); loader {loader} B gzip (budget {LOADER_BUDGET} B)"
    );
    Ok(())
}
