//! Every shipped locale has every message of the English source, no extra ones, parses
//! cleanly, and uses only variables the English message uses.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{self, Entry, Expression, InlineExpression, Pattern, PatternElement};
use vox_core::locale::SUPPORTED;

fn locales_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales")
}

/// Message id → variables it references.
fn messages(path: &Path) -> Result<BTreeMap<String, BTreeSet<String>>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let resource = fluent_syntax::parser::parse(text.as_str()).map_err(|(_, errors)| {
        let lines: Vec<String> = errors
            .iter()
            .map(|e| {
                format!(
                    "line {}: {:?}",
                    text[..e.pos.start].lines().count().max(1),
                    e.kind
                )
            })
            .collect();
        format!("{}: syntax errors: {}", path.display(), lines.join("; "))
    })?;
    let mut out = BTreeMap::new();
    for entry in resource.body {
        if let Entry::Message(message) = entry {
            let mut vars = BTreeSet::new();
            if let Some(pattern) = &message.value {
                collect(pattern, &mut vars);
            }
            if out.insert(message.id.name.to_string(), vars).is_some() {
                return Err(format!(
                    "{}: duplicate message {}",
                    path.display(),
                    message.id.name
                ));
            }
        }
    }
    Ok(out)
}

fn collect(pattern: &Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(expression: &Expression<&str>, vars: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => inline_vars(inline, vars),
        Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            variants
                .iter()
                .for_each(|v: &ast::Variant<&str>| collect(&v.value, vars));
        }
    }
}

fn inline_vars(inline: &InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        InlineExpression::FunctionReference { arguments, .. } => {
            arguments
                .positional
                .iter()
                .for_each(|a| inline_vars(a, vars));
        }
        _ => {}
    }
}

#[test]
fn every_locale_matches_the_english_source() {
    let dir = locales_dir();
    let sources: Vec<PathBuf> = std::fs::read_dir(dir.join("en"))
        .expect("locales/en exists")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    assert!(!sources.is_empty(), "no English .ftl files");

    let mut problems = Vec::new();
    for source in &sources {
        let file = source.file_name().unwrap();
        let english = messages(source).unwrap_or_else(|e| panic!("{e}"));
        for locale in SUPPORTED.iter().filter(|l| **l != "en") {
            let path = dir.join(locale).join(file);
            let translated = match messages(&path) {
                Ok(m) => m,
                Err(e) => {
                    problems.push(e);
                    continue;
                }
            };
            for id in english.keys().filter(|id| !translated.contains_key(*id)) {
                problems.push(format!("{locale}/{}: missing {id}", file.to_string_lossy()));
            }
            for (id, vars) in &translated {
                let Some(allowed) = english.get(id) else {
                    problems.push(format!(
                        "{locale}/{}: extra message {id}",
                        file.to_string_lossy()
                    ));
                    continue;
                };
                for var in vars.difference(allowed) {
                    problems.push(format!(
                        "{locale}/{}: {id} uses ${var}, which English does not",
                        file.to_string_lossy()
                    ));
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "locale problems:\n{}",
        problems.join("\n")
    );
}

#[test]
fn no_unshipped_locale_folders() {
    for entry in std::fs::read_dir(locales_dir()).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().to_string();
        assert!(
            SUPPORTED.contains(&name.as_str()),
            "locales/{name} is not in locale::SUPPORTED"
        );
    }
}

#[test]
fn the_checker_catches_bad_files() {
    let dir = std::env::temp_dir().join(format!("vox-locale-check-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.ftl");
    std::fs::write(&bad, "ok = fine\nbroken = { $x\n").unwrap();
    assert!(messages(&bad).unwrap_err().contains("syntax errors"));
    std::fs::write(
        &bad,
        "a = { $count ->\n   *[other] { $count } { $extra }\n}\n",
    )
    .unwrap();
    assert_eq!(
        messages(&bad).unwrap()["a"],
        BTreeSet::from(["count".to_string(), "extra".to_string()])
    );
    std::fs::remove_dir_all(&dir).unwrap();
}
