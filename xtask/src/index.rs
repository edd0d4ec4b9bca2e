//! `cargo xtask index`: help articles into the chunked search index the `<vox-help>` widget and
//! `Vox.search` read. One folder per locale under `--out`, and `index.json` naming the locales.
//! Nothing is written unless every input is valid; a locale's folder is replaced whole, and the
//! folder of a locale the input no longer has is removed, so `--out` holds exactly the locales
//! `index.json` lists (and whatever else was there that the indexer did not write).

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use vox_search::learn::{learn, Learned};
use vox_search::{files, Article, Index};

use crate::size::gzip_len;
use crate::{articles, clicks};

pub const USAGE: &str = "usage: cargo xtask index <file or folder>... --out <folder> [--synonyms <file.json>] [--categories <file.json>] [--clicks <export.json>] [--no-bodies]";

pub struct Options {
    pub inputs: Vec<PathBuf>,
    pub out: PathBuf,
    pub synonyms: Option<PathBuf>,
    /// Category labels per locale, shown on results instead of category ids.
    pub categories: Option<PathBuf>,
    /// The collector's help analytics (`/admin/export.json`), to learn from ([`crate::clicks`]).
    pub clicks: Option<PathBuf>,
    /// Keep article bodies, so the widget can show an article inline.
    pub bodies: bool,
}

impl Options {
    pub fn parse(args: &[&str]) -> Result<Options, String> {
        let mut options = Options {
            inputs: Vec::new(),
            out: PathBuf::new(),
            synonyms: None,
            categories: None,
            clicks: None,
            bodies: true,
        };
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            let mut value = || {
                args.next()
                    .map(PathBuf::from)
                    .ok_or(format!("{arg} needs a value\n{USAGE}"))
            };
            match *arg {
                "--out" => options.out = value()?,
                "--synonyms" => options.synonyms = Some(value()?),
                "--categories" => options.categories = Some(value()?),
                "--clicks" => options.clicks = Some(value()?),
                "--no-bodies" => options.bodies = false,
                flag if flag.starts_with("--") => {
                    return Err(format!("unknown option {flag}\n{USAGE}"))
                }
                input => options.inputs.push(PathBuf::from(input)),
            }
        }
        if options.inputs.is_empty() || options.out.as_os_str().is_empty() {
            return Err(USAGE.to_string());
        }
        Ok(options)
    }
}

/// What was written for one locale.
pub struct Written {
    pub locale: String,
    pub articles: usize,
    pub terms: usize,
    pub files: usize,
    pub meta_gzip: usize,
    pub total_gzip: usize,
    /// What the clicks taught the index.
    pub learned: Learned,
}

/// Builds and writes the index; on bad input, returns every problem and writes nothing.
pub fn build(options: &Options) -> Result<Vec<Written>, String> {
    let synonyms: BTreeMap<String, Vec<Vec<String>>> = match &options.synonyms {
        Some(path) => read_json(
            path,
            "{\"<locale>\": [[\"phrase\", \"same meaning\"], ...]}",
        )?,
        None => BTreeMap::new(),
    };
    let labels: BTreeMap<String, BTreeMap<String, String>> = match &options.categories {
        Some(path) => read_json(path, "{\"<locale>\": {\"<category>\": \"label\", ...}}")?,
        None => BTreeMap::new(),
    };
    let sourced = articles::read(&options.inputs).map_err(|errors| {
        let n = errors.len();
        format!(
            "{}\n{n} problem{} found; nothing was written",
            errors.join("\n"),
            if n == 1 { "" } else { "s" }
        )
    })?;
    let mut by_locale: BTreeMap<String, Vec<Article>> = BTreeMap::new();
    for s in sourced {
        by_locale
            .entry(s.article.locale.clone())
            .or_default()
            .push(s.article);
    }
    count_languages(&mut by_locale);
    let choices = match &options.clicks {
        Some(path) => {
            let locales: Vec<&str> = by_locale.keys().map(String::as_str).collect();
            clicks::read(path, &locales)?
        }
        None => BTreeMap::new(),
    };
    let mut written = Vec::new();
    let mut outputs = Vec::new();
    for (locale, list) in &by_locale {
        let groups = synonyms.get(locale).map_or(&[][..], Vec::as_slice);
        let mut index = Index::build(locale, list, groups, options.bodies);
        if let Some(labels) = labels.get(locale) {
            index.label_categories(labels);
        }
        let learned = learn(
            &mut index,
            choices.get(locale).map_or(&[][..], Vec::as_slice),
        );
        let files = files::write(&index);
        written.push(Written {
            locale: locale.clone(),
            articles: list.len(),
            terms: index.terms.len(),
            files: files.len(),
            meta_gzip: gzip_len(&files[0].1),
            total_gzip: files.iter().map(|(_, b)| gzip_len(b)).sum(),
            learned,
        });
        outputs.push((locale.clone(), files));
    }
    std::fs::create_dir_all(&options.out).map_err(|e| format!("{}: {e}", options.out.display()))?;
    for (locale, files) in outputs {
        replace_dir(&options.out.join(&locale), &files)?;
    }
    let locales: Vec<&String> = by_locale.keys().collect();
    let manifest = serde_json::json!({ "locales": locales });
    write_file(
        &options.out.join("index.json"),
        manifest.to_string().as_bytes(),
    )?;
    // Last, once index.json no longer lists them.
    remove_stale_locales(&options.out, &by_locale)?;
    Ok(written)
}

/// Sets each article's `languages`: how many locales have an article with its id. The search
/// ranks a widely translated article a little higher (`vox_search::index::Article`).
fn count_languages(by_locale: &mut BTreeMap<String, Vec<Article>>) {
    let mut counts: HashMap<String, u32> = HashMap::new();
    for article in by_locale.values().flatten() {
        *counts.entry(article.id.clone()).or_default() += 1;
    }
    for article in by_locale.values_mut().flatten() {
        article.languages = counts[&article.id];
    }
}

/// Removes the folders under `out` of locales that `keep` does not have: only folders named
/// like a locale tag holding a `meta.bin` that starts like one the indexer writes (`VOX` and
/// a format version), so nothing else a site keeps there is touched.
fn remove_stale_locales<T>(out: &Path, keep: &BTreeMap<String, T>) -> Result<(), String> {
    let entries = std::fs::read_dir(out).map_err(|e| format!("{}: {e}", out.display()))?;
    for entry in entries {
        let entry = entry.map_err(|e| format!("{}: {e}", out.display()))?;
        let path = entry.path();
        let Some(name) = entry.file_name().to_str().map(String::from) else {
            continue;
        };
        let locale_like = name
            .split('-')
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_alphanumeric()));
        // A symbolic link is not followed, nor removed: the indexer never makes one.
        let dir = entry.file_type().is_ok_and(|t| t.is_dir());
        if keep.contains_key(&name) || !locale_like || !dir || !written_index(&path) {
            continue;
        }
        std::fs::remove_dir_all(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(())
}

/// Whether `dir` holds a locale's index as `cargo xtask index` writes it: its `meta.bin`
/// starts with the format's name (any version counts).
fn written_index(dir: &Path) -> bool {
    use std::io::Read;
    let mut name = [0; 3];
    std::fs::File::open(dir.join("meta.bin"))
        .and_then(|mut f| f.read_exact(&mut name))
        .is_ok_and(|()| &name == vox_search::files::NAME)
}

/// A JSON options file: synonyms (`{"en": [["refund", "money back"]]}`, per locale, groups of
/// phrases that mean the same) or category labels (`{"ar": {"shipping": "الشحن"}}`). `expected`
/// names the shape in the error.
fn read_json<T: serde::de::DeserializeOwned>(path: &Path, expected: &str) -> Result<T, String> {
    let name = path.display();
    let text = std::fs::read_to_string(path).map_err(|e| format!("{name}: {e}"))?;
    serde_json::from_str(&text)
        .map_err(|e| format!("{name}:{}: expected {expected}: {e}", e.line()))
}

/// Writes `files` into a fresh folder, then swaps it in for `dir`.
fn replace_dir(dir: &Path, files: &[(String, Vec<u8>)]) -> Result<(), String> {
    let name = dir.file_name().and_then(|n| n.to_str()).unwrap_or("index");
    let partial = dir.with_file_name(format!(".{name}.partial"));
    let _ = std::fs::remove_dir_all(&partial);
    std::fs::create_dir_all(&partial).map_err(|e| format!("{}: {e}", partial.display()))?;
    for (file, bytes) in files {
        write_file(&partial.join(file), bytes)?;
    }
    if dir.exists() {
        std::fs::remove_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    std::fs::rename(&partial, dir).map_err(|e| format!("{}: {e}", dir.display()))
}

fn write_file(path: &Path, bytes: &[u8]) -> Result<(), String> {
    std::fs::write(path, bytes).map_err(|e| format!("{}: {e}", path.display()))
}

/// `cargo xtask index ...`: builds, then prints a line per locale.
pub fn command(args: &[&str]) -> Result<(), String> {
    let options = Options::parse(args)?;
    let written = build(&options)?;
    println!(
        "{:<8} {:>8} {:>8} {:>6} {:>10} {:>11}  learned (queries, boosts, pins)",
        "locale", "articles", "terms", "files", "meta gzip", "total gzip"
    );
    for w in &written {
        let l = w.learned;
        println!(
            "{:<8} {:>8} {:>8} {:>6} {:>10} {:>11}  {}, {}, {}",
            w.locale,
            w.articles,
            w.terms,
            w.files,
            w.meta_gzip,
            w.total_gzip,
            l.queries,
            l.boosts,
            l.pins
        );
    }
    println!("wrote {}", options.out.display());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_input_writes_nothing_and_good_input_replaces_the_locale() {
        let dir = std::env::temp_dir().join(format!("vox-index-{}", std::process::id()));
        let out = dir.join("out");
        std::fs::create_dir_all(&dir).unwrap();
        let input = dir.join("a.jsonl");
        std::fs::write(
            &input,
            "{\"id\":\"a\",\"title\":\"Returns\",\"locale\":\"en\"}\n{\"id\":\"b\"}\n{\"id\":\"c\",\"title\":\"C\",\"locale\":\"en\",\"url\":\"javascript:alert(1)\"}\n",
        )
        .unwrap();
        let options =
            Options::parse(&[input.to_str().unwrap(), "--out", out.to_str().unwrap()]).unwrap();
        let error = build(&options).err().unwrap();
        assert!(error.contains("a.jsonl:2: missing \"title\""), "{error}");
        assert!(error.contains("a.jsonl:3: \"url\" must be"), "{error}");
        assert!(!out.exists(), "nothing written");
        std::fs::write(
            &input,
            "{\"id\":\"a\",\"title\":\"Returns\",\"locale\":\"en\"}\n",
        )
        .unwrap();
        std::fs::create_dir_all(out.join("en")).unwrap();
        std::fs::write(out.join("en/p9.bin"), "stale").unwrap();
        let written = build(&options).unwrap();
        assert_eq!((written[0].locale.as_str(), written[0].articles), ("en", 1));
        assert!(out.join("en/meta.bin").exists() && !out.join("en/p9.bin").exists());
        let manifest = std::fs::read_to_string(out.join("index.json")).unwrap();
        assert_eq!(manifest, r#"{"locales":["en"]}"#);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_rebuild_removes_the_locales_the_input_no_longer_has_and_nothing_else() {
        let dir = std::env::temp_dir().join(format!("vox-index-stale-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let out = dir.join("out");
        std::fs::create_dir_all(&dir).unwrap();
        let input = dir.join("a.jsonl");
        let article = |id: &str, locale: &str| {
            format!("{{\"id\":\"{id}\",\"title\":\"Returns {locale}\",\"locale\":\"{locale}\"}}\n")
        };
        std::fs::write(
            &input,
            [
                article("a", "en"),
                article("a", "fr"),
                article("a", "zh-CN"),
            ]
            .concat(),
        )
        .unwrap();
        let options =
            Options::parse(&[input.to_str().unwrap(), "--out", out.to_str().unwrap()]).unwrap();
        build(&options).unwrap();
        for locale in ["en", "fr", "zh-CN"] {
            assert!(out.join(locale).join("meta.bin").exists(), "{locale}");
        }
        // What a site keeps beside the index: never touched, even when it looks like a locale.
        std::fs::create_dir_all(out.join("de")).unwrap();
        std::fs::write(out.join("de/notes.txt"), "mine").unwrap();
        std::fs::create_dir_all(out.join("it")).unwrap();
        std::fs::write(out.join("it/meta.bin"), "not an index").unwrap();
        std::fs::create_dir_all(out.join("assets")).unwrap();
        std::fs::write(out.join("README.txt"), "mine").unwrap();

        // A failed rebuild without fr writes nothing: fr stays, and index.json still lists it.
        std::fs::write(
            &input,
            [article("a", "en"), "{\"id\":\"b\"}\n".into()].concat(),
        )
        .unwrap();
        assert!(build(&options).is_err());
        assert!(out.join("fr/meta.bin").exists() && out.join("zh-CN/meta.bin").exists());
        let manifest = std::fs::read_to_string(out.join("index.json")).unwrap();
        assert_eq!(manifest, r#"{"locales":["en","fr","zh-CN"]}"#);

        std::fs::write(&input, article("a", "en")).unwrap();
        build(&options).unwrap();
        let manifest = std::fs::read_to_string(out.join("index.json")).unwrap();
        assert_eq!(manifest, r#"{"locales":["en"]}"#);
        assert!(out.join("en/meta.bin").exists());
        assert!(!out.join("fr").exists() && !out.join("zh-CN").exists());
        let mut left: Vec<String> = std::fs::read_dir(&out)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        left.sort();
        assert_eq!(
            left,
            ["README.txt", "assets", "de", "en", "index.json", "it"]
        );
        assert!(out.join("de/notes.txt").exists() && out.join("it/meta.bin").exists());
        std::fs::remove_dir_all(&dir).unwrap();
    }

    /// An article that other locales also have ranks first among English articles that say
    /// the same: the languages are counted across every input, by id.
    #[test]
    fn an_article_translated_into_more_locales_ranks_first_among_equals() {
        let dir = std::env::temp_dir().join(format!("vox-index-languages-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let line = |id: &str, locale: &str, title: &str| {
            format!("{{\"id\":\"{id}\",\"title\":\"{title}\",\"locale\":\"{locale}\"}}\n")
        };
        let en = [("niche", "Parcel tracking"), ("known", "Parcel tracking")]
            .map(|(id, title)| line(id, "en", title))
            .concat();
        std::fs::write(dir.join("en.jsonl"), en).unwrap();
        let translations =
            line("known", "es", "Seguimiento") + &line("known", "ru", "Отслеживание");
        std::fs::write(dir.join("more.jsonl"), translations).unwrap();
        let out = dir.join("out");
        let inputs = [dir.join("en.jsonl"), dir.join("more.jsonl")];
        let mut args: Vec<&str> = inputs.iter().map(|p| p.to_str().unwrap()).collect();
        args.extend(["--out", out.to_str().unwrap()]);
        build(&Options::parse(&args).unwrap()).unwrap();
        assert_eq!(
            search_written(&out.join("en"), "parcel "),
            ["known", "niche"]
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    /// Ids of what `text` finds in the index written under `dir`, chunks read as asked.
    fn search_written(dir: &Path, text: &str) -> Vec<String> {
        use vox_search::{search, Query, Step};
        let mut index = files::read_meta(&std::fs::read(dir.join("meta.bin")).unwrap()).unwrap();
        let query = Query {
            text,
            limit: 10,
            category: None,
        };
        loop {
            match search(&index, &query) {
                Step::Done(hits) => return hits.into_iter().map(|h| h.id).collect(),
                Step::Fetch(chunks) => {
                    for c in chunks {
                        let bytes = std::fs::read(dir.join(c.file_name())).unwrap();
                        index.add(c, &bytes).unwrap();
                    }
                }
            }
        }
    }

    /// The whole path: a seeded analytics export moves the article shoppers chose up, a noisy
    /// burst of opens on a weaker match stays under the cap, and a bad export writes nothing.
    #[test]
    fn clicks_from_the_collectors_export_move_the_chosen_article_up_within_the_cap() {
        let dir = std::env::temp_dir().join(format!("vox-index-clicks-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let input = dir.join("a.jsonl");
        let lines = [
            ("labels", "Return labels", "Print one at home."),
            (
                "returns",
                "Returns",
                "How to send an item back with a return label.",
            ),
            (
                "refunds",
                "Refunds",
                "When the money for a return reaches you.",
            ),
        ]
        .map(|(id, title, summary)| {
            serde_json::json!({"id": id, "title": title, "summary": summary, "locale": "en"})
                .to_string()
                + "\n"
        });
        std::fs::write(&input, lines.concat()).unwrap();
        let out = dir.join("out");
        let export = dir.join("export.json");
        let (i, o, e) = (
            input.to_str().unwrap(),
            out.to_str().unwrap(),
            export.to_str().unwrap(),
        );
        let options = Options::parse(&[i, "--out", o, "--clicks", e]).unwrap();
        let row = |event: &str, article: &str, score: u32, query: &str| {
            serde_json::json!({"widget": "help", "locale": "en-US", "event": event,
                "topic": article, "score": score, "text": query})
        };
        let mut rows = vec![row("click", "returns", 3, "return label"); 8];
        rows.extend(vec![row("helpful", "returns", 1, "Return label"); 3]);
        rows.extend(vec![row("click", "labels", 3, "return label"); 2]);
        rows.extend(vec![row("click", "refunds", 3, "return labels"); 19]);
        let write_rows = |rows: &[serde_json::Value]| {
            std::fs::write(&export, serde_json::Value::from(rows.to_vec()).to_string()).unwrap()
        };
        write_rows(&rows[..13]);
        let written = build(&options).unwrap();
        assert_eq!(
            (written[0].learned.queries, written[0].learned.pins),
            (1, 0)
        );
        assert_eq!(
            search_written(&out.join("en"), "return label ")[..2],
            ["returns", "labels"]
        );
        write_rows(&rows);
        let written = build(&options).unwrap();
        assert_eq!(
            written[0].learned.queries, 1,
            "one query: both spellings fold to it"
        );
        let ranked = search_written(&out.join("en"), "return label ");
        assert_eq!(ranked[2], "refunds", "capped: {ranked:?}");
        std::fs::write(&export, "{}").unwrap();
        assert!(build(&options).is_err());
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn options() {
        assert!(Options::parse(&["docs"]).is_err(), "--out is required");
        assert!(Options::parse(&["docs", "--out"]).is_err());
        assert!(Options::parse(&["docs", "--out", "x", "--fast"]).is_err());
        let o = Options::parse(&[
            "a",
            "b",
            "--out",
            "x",
            "--no-bodies",
            "--synonyms",
            "s.json",
            "--categories",
            "c.json",
            "--clicks",
            "export.json",
        ])
        .unwrap();
        assert_eq!(
            (
                o.inputs.len(),
                o.bodies,
                o.synonyms.is_some(),
                o.categories.is_some(),
                o.clicks.is_some()
            ),
            (2, false, true, true, true)
        );
    }
}
