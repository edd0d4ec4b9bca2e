//! Every shipped locale has every message of the English source, no extra ones, parses
//! cleanly, uses only variables the English message uses, and only plural categories its
//! language has (a German `[few]` would never show).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{
    Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
};
use vox_core::locale::{plural, SUPPORTED};

fn locales_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales")
}

/// What a message refers to: variables, and the identifier keys of its select variants.
#[derive(Debug, Default, PartialEq)]
struct Uses {
    vars: BTreeSet<String>,
    keys: BTreeSet<String>,
}

fn messages(path: &Path) -> Result<BTreeMap<String, Uses>, String> {
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
            let mut uses = Uses::default();
            if let Some(pattern) = &message.value {
                pattern_uses(pattern, &mut uses);
            }
            if out.insert(message.id.name.to_string(), uses).is_some() {
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

fn pattern_uses(pattern: &Pattern<&str>, uses: &mut Uses) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_uses(expression, uses);
        }
    }
}

fn expression_uses(expression: &Expression<&str>, uses: &mut Uses) {
    match expression {
        Expression::Inline(inline) => inline_uses(inline, uses),
        Expression::Select { selector, variants } => {
            inline_uses(selector, uses);
            for variant in variants {
                if let VariantKey::Identifier { name } = variant.key {
                    uses.keys.insert(name.to_string());
                }
                pattern_uses(&variant.value, uses);
            }
        }
    }
}

fn inline_uses(inline: &InlineExpression<&str>, uses: &mut Uses) {
    match inline {
        InlineExpression::VariableReference { id } => {
            uses.vars.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => expression_uses(expression, uses),
        InlineExpression::FunctionReference { arguments, .. } => {
            arguments
                .positional
                .iter()
                .for_each(|a| inline_uses(a, uses));
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
        let file = source.file_name().unwrap().to_string_lossy().to_string();
        let english = messages(source).unwrap_or_else(|e| panic!("{e}"));
        for locale in SUPPORTED.iter().filter(|l| **l != "en") {
            let translated = match messages(&dir.join(locale).join(&file)) {
                Ok(m) => m,
                Err(e) => {
                    problems.push(e);
                    continue;
                }
            };
            for id in english.keys().filter(|id| !translated.contains_key(*id)) {
                problems.push(format!("{locale}/{file}: missing {id}"));
            }
            let categories = plural::categories(locale);
            for (id, uses) in &translated {
                let Some(source) = english.get(id) else {
                    problems.push(format!("{locale}/{file}: extra message {id}"));
                    continue;
                };
                for var in uses.vars.difference(&source.vars) {
                    problems.push(format!(
                        "{locale}/{file}: {id} uses ${var}, which English does not"
                    ));
                }
                let plural_names = ["zero", "one", "two", "few", "many"];
                for key in uses.keys.iter().filter(|k| {
                    plural_names.contains(&k.as_str()) && !categories.contains(&k.as_str())
                }) {
                    problems.push(format!("{locale}/{file}: {id} has a [{key}] variant, a plural category {locale} does not use"));
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
        "a = { $count ->\n    [few] x\n   *[other] { $count } { $extra }\n}\n",
    )
    .unwrap();
    let parsed = messages(&bad).unwrap();
    assert_eq!(
        parsed["a"].vars,
        BTreeSet::from(["count".to_string(), "extra".to_string()])
    );
    assert_eq!(
        parsed["a"].keys,
        BTreeSet::from(["few".to_string(), "other".to_string()])
    );
    std::fs::remove_dir_all(&dir).unwrap();
}
