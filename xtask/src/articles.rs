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
            Some("md") => markdown_file(&name, &text, &mut out, &mut errors),
            Some("jsonl") => json_lines_file(&name, &text, &mut out, &mut errors),
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

/// The article of Markdown file `name`, or its problem as `name:line: what`.
fn markdown_file(name: &str, text: &str, out: &mut Vec<Sourced>, errors: &mut Vec<String>) {
    match markdown(text) {
        Ok(article) => out.push(Sourced {
            article,
            at: format!("{name}:1"),
        }),
        Err((line, e)) => errors.push(format!("{name}:{line}: {e}")),
    }
}

/// The articles of JSON Lines file `name`, one a line, and its problems as `name:line: what`.
fn json_lines_file(name: &str, text: &str, out: &mut Vec<Sourced>, errors: &mut Vec<String>) {
    let lines = text.lines().enumerate();
    for (n, line) in lines.filter(|(_, l)| !l.trim().is_empty()) {
        match json_line(line) {
            Ok(article) => out.push(Sourced {
                article,
                at: format!("{name}:{}", n + 1),
            }),
            Err(e) => errors.push(format!("{name}:{}: {e}", n + 1)),
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
            "url" => article.url = url(value).map_err(|e| (n + 1, e))?,
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
        url: url(&text("url")?)?,
        tags: list("tags")?,
        pinned: list("pinned")?,
        languages: 0, // counted across every input by `index::build`
    };
    check(&article)?;
    Ok(article)
}

/// An article's `url` (empty: none). Without bodies in the index, clicking a result opens it
/// with `location.assign`, and sites get it from `Vox.search`: it must pass Vox's one URL rule,
/// or a `javascript:` URL would run on the shop's page.
fn url(value: &str) -> Result<Option<String>, String> {
    if value.is_empty() {
        return Ok(None);
    }
    vox_url::check(value).map_err(|e| format!("\"url\" must be {e}"))?;
    Ok(Some(value.to_string()))
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
    use proptest::prelude::*;

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
    fn a_url_that_could_run_script_or_leave_the_site_is_refused_on_its_line() {
        let refused = markdown("---\nid: x\nurl: javascript:alert(1)\ntitle: X\n---\n");
        let (line, e) = refused.unwrap_err();
        assert_eq!(line, 3);
        assert!(
            e.starts_with("\"url\" must be an absolute http(s) URL"),
            "{e}"
        );
        let good = r#"{"id":"a","title":"A","locale":"en","url":"https://shop.example/a"}"#;
        let bad = r#"{"id":"b","title":"B","locale":"en","url":"//evil.example/"}"#;
        let (mut out, mut errors) = (Vec::new(), Vec::new());
        json_lines_file(
            "h.jsonl",
            &format!("{good}\n{bad}\n"),
            &mut out,
            &mut errors,
        );
        assert_eq!(out.len(), 1);
        assert!(
            errors[0].starts_with("h.jsonl:2: \"url\" must be"),
            "{errors:?}"
        );
        let same_site = markdown("---\nid: x\ntitle: X\nlocale: en\nurl: /help/x\n---\n");
        assert_eq!(same_site.unwrap().url.as_deref(), Some("/help/x"));
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

    #[test]
    fn a_translation_may_share_its_articles_id_but_one_locale_may_not_have_it_twice() {
        let dir = std::env::temp_dir().join(format!("vox-articles-ids-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("en")).unwrap();
        std::fs::create_dir_all(dir.join("fr")).unwrap();
        let article = |locale: &str, title: &str| {
            format!("---\nid: returns\nlocale: {locale}\ntitle: {title}\n---\nBody.\n")
        };
        std::fs::write(dir.join("en/returns.md"), article("en", "Returns")).unwrap();
        std::fs::write(dir.join("fr/retours.md"), article("fr", "Retours")).unwrap();
        let read_ids = |dir: &Path| {
            read(&[dir.to_path_buf()]).map(|articles| {
                let ids: Vec<(String, String)> = articles
                    .into_iter()
                    .map(|s| (s.article.locale, s.article.id))
                    .collect();
                ids
            })
        };
        assert_eq!(
            read_ids(&dir).unwrap(),
            [
                ("en".to_string(), "returns".to_string()),
                ("fr".to_string(), "returns".to_string())
            ]
        );
        // The same id twice in one locale, across files: refused, naming both places.
        std::fs::write(dir.join("en/refunds.md"), article("en", "Refunds")).unwrap();
        let errors = read_ids(&dir).unwrap_err();
        let (first, second) = (dir.join("en/refunds.md"), dir.join("en/returns.md"));
        assert_eq!(
            errors,
            [format!(
                "{}:1: duplicate id \"returns\" in locale en (first at {}:1)",
                second.display(),
                first.display()
            )]
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    /// Text that looks like front matter or JSON Lines, and text that looks like nothing.
    fn text() -> impl Strategy<Value = String> {
        let field = "(id|title|locale|category|url|tags|summary|pinned|x)";
        // Values right or wrong in every field: locales, a space, URLs of every kind.
        let plain =
            r#"(en|zh-CN|e n|a|/help/a|javascript:x|https://s\.example/|//evil|[^"\\\n]{0,6})"#;
        let value = format!(r#"("{plain}"|\[("{plain}",?){{0,3}}\]|[0-9]|null|\{{\}})"#);
        let line = |key: &str| format!("{key}: {plain}\n");
        let pair = |key: &str| format!(r#""{key}":"{plain}""#);
        let front = format!(
            "{}{}{}({})?",
            line("id"),
            line("title"),
            line("locale"),
            line("url")
        );
        let object = format!(
            "{},{},{}(,{})?",
            pair("id"),
            pair("title"),
            pair("locale"),
            pair("url")
        );
        let regex = |pattern: String| prop::string::string_regex(&pattern).expect("a pattern");
        prop_oneof![
            any::<String>(),
            regex(format!(
                "(---\n)?({field} ?: ?{plain}\n){{0,8}}(---\n)?[^\n]{{0,20}}"
            )),
            regex(format!(r#"(\{{("{field}":{value},?){{0,6}}\}}\n?){{0,4}}"#)),
            // Whole articles, their values drawn from the same few.
            regex(format!("---\n{front}---\n[^\n]{{0,20}}")),
            regex(format!("(\\{{{object}\\}}\n){{1,3}}")),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 5_000, ..ProptestConfig::default() })]

        /// Whatever a file holds, reading it ends in articles or in errors that each name the
        /// file and a line of it.
        #[test]
        fn any_text_is_articles_or_errors_naming_a_line(text in text()) {
            let lines = text.lines().count().max(1);
            let named = |at: &str| {
                let line = at.strip_prefix("f:").and_then(|rest| rest.split(':').next());
                line.and_then(|n| n.parse::<usize>().ok()).is_some_and(|n| (1..=lines).contains(&n))
            };
            let (mut out, mut errors) = (Vec::new(), Vec::new());
            markdown_file("f", &text, &mut out, &mut errors);
            json_lines_file("f", &text, &mut out, &mut errors);
            for problem in &errors {
                prop_assert!(named(problem), "{problem:?} of {text:?}");
            }
            for article in &out {
                prop_assert!(named(&article.at), "{:?} of {text:?}", article.at);
                prop_assert!(article.article.url.as_deref().is_none_or(vox_url::is_safe));
            }
        }
    }
}
