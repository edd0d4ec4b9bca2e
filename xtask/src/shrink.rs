//! Post-link shrinking of the wasm and its wasm-bindgen glue, with binaryen's tools: what rustc
//! and wasm-bindgen leave that no page needs. Each step checks its own result, so a change in
//! the tools' output fails the build instead of shipping a module and glue that disagree.

use std::path::Path;

use serde_json::{json, Value};

use crate::run::{cmd, output, root, step};
use crate::tools;

/// The features rustc enables by default for wasm32-unknown-unknown, for binaryen's tools.
pub const WASM_FEATURES: &[&str] = &[
    "--enable-bulk-memory",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-mutable-globals",
    "--enable-reference-types",
    "--enable-multivalue",
];

/// Exports of classes a dependency declares and Vox never uses: leptos turns on its server
/// functions' browser client in every build, which brings wasm-streams, whose
/// `IntoUnderlying{Source,Sink,ByteSource}` classes wasm-bindgen exports to JS. Exports are
/// roots, so they and all they reach stay in the module (0.8 KB brotli). Their glue stays but is
/// never called: nothing constructs those classes.
const UNUSED_EXPORTS: &[&str] = &["intounderlying"];

/// Removes [`UNUSED_EXPORTS`] and what only they reach, with wasm-metadce: every other export
/// is a root of the graph it is given.
pub fn drop_unused_exports(wasm: &Path) -> Result<(), String> {
    step("dropping exports no page uses (wasm-metadce)");
    let exports = first_names(wasm, "export")?;
    let unused = |e: &str| UNUSED_EXPORTS.iter().any(|u| e.to_lowercase().contains(u));
    let mut graph = vec![json!({
        "name": "page",
        "root": true,
        "reaches": exports.iter().filter(|e| !unused(e)).collect::<Vec<_>>(),
    })];
    graph.extend(exports.iter().map(|e| json!({ "name": e, "export": e })));
    let graph_file = root().join("target/metadce-graph.json");
    let graph = serde_json::to_string(&graph).map_err(|e| e.to_string())?;
    std::fs::write(&graph_file, graph).map_err(|e| e.to_string())?;
    // It prints what it removed; only failure matters here.
    output(
        cmd(tools::wasm_metadce())
            .arg(wasm)
            .arg("--graph-file")
            .arg(&graph_file)
            .args(WASM_FEATURES)
            .arg("-o")
            .arg(wasm),
    )
    .map(|_| ())
    .ok_or_else(|| "wasm-metadce failed".to_string())
}

/// Renames every import and export of the module to a name of one or two letters, and the
/// glue's references to match. wasm-bindgen names each import after the JS function plus a
/// 16-digit hash (`__wbg_attachShadow_ebe844ae64e30ce4`), and exports after Rust paths; those
/// names are written twice, in the module and in the glue, and hashes do not compress: about
/// 4 KB brotli of the page. Emscripten does the same to its output.
pub fn minify_names(wasm: &Path, glue: &Path) -> Result<(), String> {
    step("shortening import and export names in the wasm and its glue");
    let printed = output(
        cmd(tools::wasm_opt())
            .arg(wasm)
            .arg("--minify-imports-and-exports-and-modules")
            .args(WASM_FEATURES)
            .arg("-o")
            .arg(wasm),
    )
    .ok_or("wasm-opt --minify-imports-and-exports-and-modules failed")?;
    let map = printed
        .find('{')
        .and_then(|start| serde_json::from_str::<Value>(&printed[start..]).ok())
        .ok_or("wasm-opt printed no name map")?;
    let module = imported_module(wasm)?;
    let mut js = std::fs::read_to_string(glue).map_err(|e| format!("{}: {e}", glue.display()))?;
    for import in map["imports"].as_array().into_iter().flatten() {
        let (Some(old), Some(new)) = (import[1].as_str(), import[2].as_str()) else {
            return Err(format!(
                "unexpected import entry in wasm-opt's map: {import}"
            ));
        };
        js = rename(&js, old, new, Site::ImportKey)?;
    }
    for export in map["exports"].as_array().into_iter().flatten() {
        let (Some(old), Some(new)) = (export[0].as_str(), export[1].as_str()) else {
            return Err(format!(
                "unexpected export entry in wasm-opt's map: {export}"
            ));
        };
        js = rename(&js, old, new, Site::ExportUse)?;
    }
    // The glue hands the imports over as `{ "./vox-embed_bg.js": { ... } }`.
    let name = glue
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    let key = format!("\"./{}\"", name.replace(".js", "_bg.js"));
    if js.matches(&key).count() != 1 {
        return Err(format!(
            "the glue names its import module {key} not exactly once"
        ));
    }
    js = js.replace(&key, &format!("{module:?}"));
    std::fs::write(glue, js).map_err(|e| format!("{}: {e}", glue.display()))
}

/// The one module name the minified wasm imports from.
fn imported_module(wasm: &Path) -> Result<String, String> {
    let mut modules = first_names(wasm, "import")?;
    modules.sort();
    modules.dedup();
    match modules.as_slice() {
        [one] => Ok(one.to_string()),
        other => Err(format!("expected one imported module, found {other:?}")),
    }
}

/// The first quoted name of every `(import "…"` or `(export "…"` in the module's text form: an
/// import's module, an export's name.
fn first_names(wasm: &Path, kind: &str) -> Result<Vec<String>, String> {
    let text = output(cmd(tools::wasm_dis()).arg(wasm)).ok_or("wasm-dis failed")?;
    let prefix = format!("({kind} \"");
    let names = text
        .lines()
        .filter_map(|l| l.trim().strip_prefix(prefix.as_str()));
    Ok(names
        .filter_map(|l| l.split('"').next())
        .map(String::from)
        .collect())
}

/// Where a name stands in the glue.
#[derive(Clone, Copy, PartialEq)]
enum Site {
    /// A key of the imports object, `name: function(...)`: exactly once.
    ImportKey,
    /// A read of the module's exports, `wasm.name`: any number of times (the glue never names
    /// some exports), and the same name may also be a JS function of the glue's own
    /// (`export function mount`), which keeps its name.
    ExportUse,
}

/// Replaces `old` where it stands as a whole identifier at `site`. An import name standing
/// anywhere else, or not exactly once, fails: the glue and the module would no longer agree.
fn rename(js: &str, old: &str, new: &str, site: Site) -> Result<String, String> {
    let ident = |c: char| c.is_alphanumeric() || c == '_' || c == '$';
    let mut out = String::with_capacity(js.len());
    let (mut rest, mut renamed, mut stray) = (js, 0, 0);
    while let Some(at) = rest.find(old) {
        let (before, after) = (&rest[..at], &rest[at + old.len()..]);
        let whole = !before.ends_with(ident) && !after.starts_with(ident);
        let here = match site {
            Site::ImportKey => after.trim_start().starts_with(':'),
            Site::ExportUse => before.ends_with("wasm."),
        };
        out.push_str(before);
        if whole && here {
            out.push_str(new);
            renamed += 1;
        } else {
            out.push_str(old);
            stray += usize::from(whole);
        }
        rest = after;
    }
    out.push_str(rest);
    if site == Site::ImportKey && (stray > 0 || renamed != 1) {
        return Err(format!(
            "the glue names `{old}` {renamed} time(s) as expected and {stray} time(s) otherwise; \
             xtask/src/shrink.rs no longer matches wasm-bindgen's output"
        ));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::{rename, Site};

    #[test]
    fn renames_import_keys_and_export_reads_only() {
        let js = "const i = { __wbg_a_1: function() {}, __wbg_a_12: function() {} };
            export function run() { wasm.run(); wasm.run_x(); other.run(); }";
        let js = rename(js, "__wbg_a_1", "a", Site::ImportKey).unwrap();
        let js = rename(&js, "run", "b", Site::ExportUse).unwrap();
        assert_eq!(
            js,
            "const i = { a: function() {}, __wbg_a_12: function() {} };
            export function run() { wasm.b(); wasm.run_x(); other.run(); }"
        );
    }

    #[test]
    fn an_import_name_used_elsewhere_or_missing_fails_the_build() {
        assert!(rename("x: 1, wasm.x", "x", "a", Site::ImportKey).is_err());
        assert!(rename("{}", "__wbg_gone", "a", Site::ImportKey).is_err());
    }
}
