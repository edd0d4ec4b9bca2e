//! Pooled, blind relevance judging of the question sets: `cargo xtask bench pool` and
//! `cargo xtask bench judged`.
//!
//! Each question was labelled when it was written (the held-out ones by searching the corpus),
//! but other articles answer some questions too (`file-rename` is `rename`; `magick` makes a GIF
//! from photos), and an engine that ranks one of them first scores a miss. As TREC does, the
//! first five results of every engine are pooled and judged by someone who sees the question
//! and the article but not which engine returned it (the rules: `xtask/bench/judging.md`). The
//! verdicts sit beside the labels (`pooled.answers`, `pooled.not`), and the bench scores both;
//! it also counts the results no one has judged yet, so a ranking change that brings new ones
//! shows, and `pool` writes exactly those for the next round of judging.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use serde_json::Value;

use vox_search::Article;

use crate::run::root;
use crate::{articles, demo};

/// One question of a judged set, in the files' field order.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Question {
    locale: String,
    query: String,
    /// The answers labelled when the question was written (or, held out, when it was labelled).
    relevant: Vec<String>,
    kind: String,
    /// Always written, so a judged set says so from its first question, before any verdict.
    #[serde(default)]
    pooled: Pooled,
}

/// What blind judges said of the pooled results that are not labelled.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct Pooled {
    answers: Vec<String>,
    not: Vec<String>,
}

/// A judge's verdict, as the rules ask judges to write them.
#[derive(Debug, Deserialize)]
struct Verdict {
    question: String,
    id: String,
    answers: bool,
}

/// One candidate as a judge sees it: no engine, no rank.
#[derive(Debug, Serialize)]
struct Candidate {
    id: String,
    title: String,
    summary: String,
    /// The first example descriptions of the article's body.
    examples: Vec<String>,
}

#[derive(Debug, Serialize)]
struct Item {
    question: String,
    candidates: Vec<Candidate>,
}

/// The question sets that are judged, by the name the bench page gives them: the questions the
/// ranking was tuned on, and the held-out ones it never was (see the README).
const SETS: [(&str, &str); 2] = [
    ("questions", "search-questions.json"),
    ("heldout", "search-heldout.json"),
];

fn set_file(file: &str) -> PathBuf {
    root().join("xtask/bench").join(file)
}

fn read_questions(file: &Path) -> Result<Vec<Question>, String> {
    let text = std::fs::read_to_string(file).map_err(|e| format!("{}: {e}", file.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", file.display()))
}

/// Writes the questions one per line, as the file is kept (diffs stay a line per question).
fn write_questions(file: &Path, questions: &[Question]) -> Result<(), String> {
    let lines: Result<Vec<String>, _> = questions.iter().map(serde_json::to_string).collect();
    let lines = lines.map_err(|e| e.to_string())?;
    let text = format!("[\n  {}\n]\n", lines.join(",\n  "));
    std::fs::write(file, text).map_err(|e| format!("{}: {e}", file.display()))
}

/// `cargo xtask bench pool`: from the last bench run's first fives
/// (`target/bench/search-results.json`), one packet per locale of the results no one has
/// judged, in `target/bench/judging/`.
pub fn pool() -> Result<(), String> {
    let results = root().join("target/bench/search-results.json");
    let text = std::fs::read_to_string(&results)
        .map_err(|e| format!("{}: {e} (run cargo xtask bench first)", results.display()))?;
    let rows: Vec<Value> = serde_json::from_str(&text).map_err(|e| e.to_string())?;
    let corpus = demo::tldr_corpus().ok_or("the tldr corpus is needed: set VOX_TLDR")?;
    let out = root().join("target/bench/judging");
    std::fs::create_dir_all(&out).map_err(|e| e.to_string())?;
    let mut locales: BTreeMap<String, Vec<(Question, BTreeSet<String>)>> = BTreeMap::new();
    for (set, file) in SETS {
        let questions = read_questions(&set_file(file))?;
        let mut unjudged = unjudged(&rows, set, &questions);
        for q in questions {
            if let Some(ids) = unjudged.remove(&q.query) {
                locales.entry(q.locale.clone()).or_default().push((q, ids));
            }
        }
    }
    for (locale, questions) in locales {
        let articles = articles(&corpus.join(format!("{locale}.jsonl")))?;
        let items: Vec<Item> = questions
            .into_iter()
            .map(|(q, ids)| Item {
                question: q.query,
                candidates: ids
                    .iter()
                    .filter_map(|id| articles.get(id))
                    .map(candidate)
                    .collect(),
            })
            .collect();
        let count: usize = items.iter().map(|i| i.candidates.len()).sum();
        let file = out.join(format!("{locale}.json"));
        let text = serde_json::to_string_pretty(&items).map_err(|e| e.to_string())?;
        std::fs::write(&file, text).map_err(|e| format!("{}: {e}", file.display()))?;
        println!("{locale}: {count} results to judge in {}", file.display());
    }
    println!(
        "Judge them by xtask/bench/judging.md, then: cargo xtask bench judged <verdicts.json>..."
    );
    Ok(())
}

/// Per question, the ids some engine ranked in its first five that are neither labelled nor
/// judged, sorted (so the order says nothing of which engine found them).
fn unjudged(
    rows: &[Value],
    set: &str,
    questions: &[Question],
) -> BTreeMap<String, BTreeSet<String>> {
    let known: BTreeMap<&str, &Question> =
        questions.iter().map(|q| (q.query.as_str(), q)).collect();
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let firsts = rows.iter().filter_map(|r| r["top5"][set].as_array());
    for item in firsts.flatten() {
        let Some(q) = item["query"].as_str().and_then(|query| known.get(query)) else {
            continue;
        };
        let ids = item["top5"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str);
        for id in ids.filter(|id| !is_judged(q, id)) {
            out.entry(q.query.clone())
                .or_default()
                .insert(id.to_string());
        }
    }
    out
}

fn is_judged(q: &Question, id: &str) -> bool {
    [&q.relevant, &q.pooled.answers, &q.pooled.not]
        .iter()
        .any(|ids| ids.iter().any(|i| i == id))
}

/// A locale's articles by id, read as `cargo xtask index` reads them.
pub fn articles(file: &Path) -> Result<BTreeMap<String, Article>, String> {
    let read = articles::read(&[file.to_path_buf()]).map_err(|errors| errors.join("\n"))?;
    Ok(read
        .into_iter()
        .map(|s| (s.article.id.clone(), s.article))
        .collect())
}

/// What a judge reads of an article: title, summary and its first six example descriptions
/// (the `- …:` lines of a tldr page).
fn candidate(article: &Article) -> Candidate {
    let examples = article
        .body
        .lines()
        .filter_map(|l| l.strip_prefix("- "))
        .take(6);
    Candidate {
        id: article.id.clone(),
        title: article.title.clone(),
        summary: article.summary.clone(),
        examples: examples.map(str::to_string).collect(),
    }
}

/// `cargo xtask bench judged <verdicts.json>...`: adds judges' verdicts to the question sets.
/// A verdict on a labelled answer is left out (the label stands; the README gives how often
/// judges agreed with the labels); one on an unknown question is an error.
pub fn add_verdicts(files: &[&str]) -> Result<(), String> {
    let paths: Vec<PathBuf> = SETS.iter().map(|(_, file)| set_file(file)).collect();
    let mut sets = paths
        .iter()
        .map(|path| read_questions(path))
        .collect::<Result<Vec<_>, _>>()?;
    let mut added = 0;
    for verdicts in files {
        let text = std::fs::read_to_string(verdicts).map_err(|e| format!("{verdicts}: {e}"))?;
        let verdicts: Vec<Verdict> =
            serde_json::from_str(&text).map_err(|e| format!("{verdicts}: {e}"))?;
        for v in verdicts {
            added += usize::from(add(find(&mut sets, &v.question)?, v));
        }
    }
    for (path, questions) in paths.iter().zip(&mut sets) {
        for q in questions.iter_mut() {
            q.pooled.answers.sort();
            q.pooled.not.sort();
        }
        write_questions(path, questions)?;
    }
    println!("{added} verdicts added");
    Ok(())
}

/// The question asked as `query`, in whichever set has it.
fn find<'a>(sets: &'a mut [Vec<Question>], query: &str) -> Result<&'a mut Question, String> {
    sets.iter_mut()
        .flatten()
        .find(|q| q.query == query)
        .ok_or_else(|| format!("no such question: {query:?}"))
}

/// Records one verdict on `q`; false when it says nothing new (a labelled answer, or judged
/// before).
fn add(q: &mut Question, v: Verdict) -> bool {
    if is_judged(q, &v.id) {
        return false;
    }
    match v.answers {
        true => q.pooled.answers.push(v.id),
        false => q.pooled.not.push(v.id),
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn question(query: &str, relevant: &[&str]) -> Question {
        Question {
            locale: "en".into(),
            query: query.into(),
            relevant: relevant.iter().map(|s| s.to_string()).collect(),
            kind: "question".into(),
            pooled: Pooled::default(),
        }
    }

    fn verdict(question: &str, id: &str, answers: bool) -> Verdict {
        Verdict {
            question: question.into(),
            id: id.into(),
            answers,
        }
    }

    /// A verdict never overrides a label or an earlier verdict, and one on a question no set
    /// has is refused rather than dropped.
    #[test]
    fn verdicts_add_to_the_labels_and_never_override_them() {
        let mut sets = vec![
            vec![question("rename many files?", &["common/rename"])],
            vec![],
        ];
        let mut judge = |id: &str, answers: bool| {
            let q = find(&mut sets, "rename many files?").unwrap();
            add(q, verdict("rename many files?", id, answers))
        };
        assert!(!judge("common/rename", false), "the label stands");
        assert!(judge("common/file-rename", true));
        assert!(judge("common/at", false));
        assert!(!judge("common/at", true), "judged once");
        let q = &sets[0][0];
        assert_eq!(q.relevant, ["common/rename"]);
        assert_eq!(q.pooled.answers, ["common/file-rename"]);
        assert_eq!(q.pooled.not, ["common/at"]);
        assert!(find(&mut sets, "no such question").is_err());
    }

    /// The packets hold what no one has judged, from every engine's first five, and nothing
    /// that says which engine found it.
    #[test]
    fn the_pool_is_every_engines_unjudged_first_five() {
        let mut q = question("rename many files?", &["common/rename"]);
        q.pooled.not.push("common/at".into());
        let rows: Vec<Value> = serde_json::from_str(
            r#"[{"engine":"vox","top5":{"questions":[{"query":"rename many files?",
                 "top5":["common/rename","common/mv","common/at"]}]}},
                {"engine":"minisearch","top5":{"questions":[{"query":"rename many files?",
                 "top5":["common/file-rename","common/mv"]}]}}]"#,
        )
        .unwrap();
        let pool = unjudged(&rows, "questions", &[q]);
        let ids: Vec<&str> = pool["rename many files?"]
            .iter()
            .map(String::as_str)
            .collect();
        assert_eq!(ids, ["common/file-rename", "common/mv"]);
    }

    /// The sets on disk read, and write back byte for byte: the files' layout is the writer's.
    #[test]
    fn the_judged_sets_round_trip() {
        for (_, file) in SETS {
            let path = set_file(file);
            let questions = read_questions(&path).unwrap();
            let copy = std::env::temp_dir().join(format!("vox-{}-{file}", std::process::id()));
            write_questions(&copy, &questions).unwrap();
            let (before, after) = (std::fs::read(&path).unwrap(), std::fs::read(&copy).unwrap());
            let _ = std::fs::remove_file(&copy);
            assert!(before == after, "{file} is not in the writer's layout");
        }
    }
}
