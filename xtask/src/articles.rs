//! Help articles as site owners write them: Markdown files with front matter, or JSON Lines.
//! Every problem is reported with its file and line, all of them at once, so one run shows
//! everything to fix.

use std::path::{Path, PathBuf};

use vox_search::Article;

/// An article and where it came from, for error messages.
#[derive(Debug)]
pub struct Sourced {
    pub article: Article,
    pub at: String,
}

/// The articles of every input (folders are searched for `*.md` and `*.jsonl`), or every problem.
pub fn read(inputs: &[PathBuf]) -> Result<Vec<Sourced>, Vec<String>> {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for input in inputs {
        if input.is_dir() {
            collect(input, &mut files, &mut errors);
        } else if input.is_file() {
            files.push(input.clone());
        } else {
            errors.push(format!("{}: no such file or folder", input.display()));
        }
    }
    let mut out = Vec::new();
    for file in &files {
        let name = file.display().to_string();
        let text = match std::fs::read_to_string(file) {
            Ok(text) => text,
            Err(e) => {
                errors.push(format!("{name}: {e}"));
                continue;
            }
        };
        match file.extension().and_then(|e| e.to_str()) {
            Some("md") => match markdown(&text) {
                Ok(article) => out.push(Sourced {
                    article,
                    at: format!("{name}:1"),
                }),
                Err((line, e)) => errors.push(format!("{name}:{line}: {e}")),
            },
            Some("jsonl") => {
                for (n, line) in text
                    .lines()
                    .enumerate()
                    .filter(|(_, l)| !l.trim().is_empty())
                {
                    match json_line(line) {
                        Ok(article) => out.push(Sourced {
                            article,
                            at: format!("{name}:{}", n + 1),
                        }),
                        Err(e) => errors.push(format!("{name}:{}: {e}", n + 1)),
                    }
                }
            }
            _ => errors.push(format!("{name}: expected a .md or .jsonl file")),
        }
    }
    duplicates(&out, &mut errors);
    if out.is_empty() && errors.is_empty() {
        errors.push("no articles found (expected .md or .jsonl files)".into());
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

fn collect(dir: &Path, files: &mut Vec<PathBuf>, errors: &mut Vec<String>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => return errors.push(format!("{}: {e}", dir.display())),
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            collect(&path, files, errors);
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("md" | "jsonl")
        ) {
            files.push(path);
        }
    }
}

/// Two articles of one locale with one id would make results ambiguous.
fn duplicates(articles: &[Sourced], errors: &mut Vec<String>) {
    let mut seen: std::collections::HashMap<(&str, &str), &str> = Default::default();
    for s in articles {
        let key = (s.article.locale.as_str(), s.article.id.as_str());
        if let Some(first) = seen.insert(key, &s.at) {
            errors.push(format!(
                "{}: duplicate id \"{}\" in locale {} (first at {first})",
                s.at, key.1, key.0
            ));
        }
    }
}

/// One article from a Markdown file: `---`, `key: value` lines, `---`, then the body.
/// Errors carry the line they are about.
fn markdown(text: &str) -> Result<Article, (usize, String)> {
    let mut lines = text.lines().enumerate();
    if lines.next().map(|(_, l)| l.trim_end()) != Some("---") {
        return Err((1, "expected front matter: a first line of `---`".into()));
    }
    let mut article = Article::default();
    let mut has_summary = false;
    let mut closed = None;
    for (n, line) in lines.by_ref() {
        let line = line.trim_end();
        if line == "---" {
            closed = Some(n + 1);
            break;
        }
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let Some((key, value)) = line.split_once(':') else {
            return Err((n + 1, format!("expected `key: value`, got {line:?}")));
        };
        let value = unquote(value.trim());
        let list = || -> Vec<String> {
            value
                .trim_start_matches('[')
                .trim_end_matches(']')
                .split(',')
                .map(|v| unquote(v.trim()).to_string())
                .filter(|v| !v.is_empty())
                .collect()
        };
        match key.trim() {
            "id" => article.id = value.to_string(),
            "title" => article.title = value.to_string(),
            "locale" => article.locale = value.to_string(),
            "category" => article.category = value.to_string(),
            "url" => article.url = Some(value.to_string()).filter(|u| !u.is_empty()),
            "summary" => {
                has_summary = true;
                article.summary = value.to_string();
            }
            "tags" => article.tags = list(),
            "pinned" => article.pinned = list(),
            other => {
                return Err((
                    n + 1,
                    format!("unknown field {other:?} (expected id, title, locale, category, url, tags, summary, pinned)"),
                ))
            }
        }
    }
    let Some(end) = closed else {
        return Err((1, "front matter is not closed by a `---` line".into()));
    };
    article.body = lines
        .map(|(_, l)| l)
        .collect::<Vec<_>>()
        .join("\n")
        .trim()
        .to_string();
    if !has_summary {
        article.summary = first_paragraph(&article.body);
    }
    check(&article).map_err(|e| (end, e))?;
    Ok(article)
}

fn unquote(value: &str) -> &str {
    for q in ['"', '\''] {
        if let Some(inner) = value.strip_prefix(q).and_then(|v| v.strip_suffix(q)) {
            return inner;
        }
    }
    value
}

/// The body's first paragraph as plain text: the summary when the front matter has none.
fn first_paragraph(body: &str) -> String {
    let paragraph = body
        .split("\n\n")
        .map(str::trim)
        .find(|p| !p.is_empty() && !p.starts_with('#'));
    let text = paragraph.unwrap_or_default().replace(['*', '`', '_'], "");
    text.trim_start_matches("- ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// One article from a JSON line: the tldr corpus's fields, plus optional url, tags and pinned.
fn json_line(line: &str) -> Result<Article, String> {
    let value: serde_json::Value =
        serde_json::from_str(line).map_err(|e| format!("invalid JSON: {e}"))?;
    let object = value.as_object().ok_or("expected a JSON object")?;
    let text = |key: &str| -> Result<String, String> {
        match object.get(key) {
            None | Some(serde_json::Value::Null) => Ok(String::new()),
            Some(serde_json::Value::String(s)) => Ok(s.clone()),
            Some(_) => Err(format!("{key:?} must be a string")),
        }
    };
    let list = |key: &str| -> Result<Vec<String>, String> {
        match object.get(key) {
            None | Some(serde_json::Value::Null) => Ok(Vec::new()),
            Some(serde_json::Value::Array(items)) => items
                .iter()
                .map(|v| {
                    v.as_str()
                        .map(String::from)
                        .ok_or(format!("{key:?} must hold strings"))
                })
                .collect(),
            Some(_) => Err(format!("{key:?} must be an array of strings")),
        }
    };
    let article = Article {
        id: text("id")?,
        locale: text("locale")?,
        category: text("category")?,
        title: text("title")?,
        summary: text("summary")?,
        body: text("body")?,
        url: Some(text("url")?).filter(|u| !u.is_empty()),
        tags: list("tags")?,
        pinned: list("pinned")?,
    };
    check(&article)?;
    Ok(article)
}

/// The fields every article needs.
fn check(article: &Article) -> Result<(), String> {
    for (name, value) in [
        ("id", &article.id),
        ("title", &article.title),
        ("locale", &article.locale),
    ] {
        if value.trim().is_empty() {
            return Err(format!("missing {name:?}"));
        }
    }
    let tag_ok = article
        .locale
        .split('-')
        .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_alphanumeric()));
    if !tag_ok {
        return Err(format!(
            "locale {:?} is not a BCP 47 tag like en or zh-CN",
            article.locale
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_front_matter_and_body() {
        let a = markdown(
            "---\nid: returns\ntitle: \"Returns: how\"\nlocale: en\ncategory: returns\ntags: [refund, money back]\npinned: [return my order]\n---\n\nStart a **return** from `orders`.\n\nMore.\n",
        )
        .unwrap();
        assert_eq!(a.title, "Returns: how");
        assert_eq!(a.tags, ["refund", "money back"]);
        assert_eq!(a.pinned, ["return my order"]);
        assert_eq!(a.summary, "Start a return from orders.");
        assert_eq!(a.body, "Start a **return** from `orders`.\n\nMore.");
    }

    #[test]
    fn bad_input_names_the_line() {
        assert_eq!(markdown("id: x\n").unwrap_err().0, 1);
        let unknown = markdown("---\nid: x\ntitel: y\n---\n").unwrap_err();
        assert_eq!(unknown.0, 3);
        assert!(unknown.1.contains("\"titel\""));
        let missing = markdown("---\nid: x\nlocale: en\n---\nbody").unwrap_err();
        assert_eq!(missing, (4, "missing \"title\"".to_string()));
        assert!(markdown("---\nid: x\n")
            .unwrap_err()
            .1
            .contains("not closed"));
        assert!(json_line("{\"id\": 1}")
            .unwrap_err()
            .contains("\"id\" must be a string"));
        assert!(json_line("{").unwrap_err().starts_with("invalid JSON"));
        assert!(json_line(r#"{"id":"a","title":"b","locale":"en us"}"#).is_err());
    }

    #[test]
    fn every_problem_is_reported_with_its_file_and_line() {
        let dir = std::env::temp_dir().join(format!("vox-articles-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let good = r#"{"id":"a","title":"A","locale":"en"}"#;
        std::fs::write(
            dir.join("a.jsonl"),
            format!("{good}\n\n{{\"id\":\"b\"}}\n{good}\n"),
        )
        .unwrap();
        std::fs::write(dir.join("b.md"), "no front matter").unwrap();
        let errors = read(std::slice::from_ref(&dir)).unwrap_err();
        let name = |f: &str| dir.join(f).display().to_string();
        let a = name("a.jsonl");
        assert_eq!(
            errors,
            [
                format!("{a}:3: missing \"title\""),
                format!(
                    "{}:1: expected front matter: a first line of `---`",
                    name("b.md")
                ),
                format!("{a}:4: duplicate id \"a\" in locale en (first at {a}:1)"),
            ]
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
