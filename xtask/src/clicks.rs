//! `cargo xtask index --clicks <file>`: the collector's help analytics, as the dashboard exports
//! them (`/admin/export.json`), read into what each locale's index learns from
//! ([`vox_search::learn`]). A row is one submission: `widget`, `locale`, `event`, `topic` (the
//! article), `score` (the vote for `helpful`) and `text` (the query). Rows of other widgets,
//! other help events (`query`, `contact`) and articles no index has are left out.

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::Value;
use vox_search::index::closest_locale;
use vox_search::learn::{Choice, Signal};

/// The choices in the export at `path`, per index locale (of `locales`): a row goes to the
/// index of its exact locale, else to the first one of its language (`en-GB` to `en`).
pub fn read(path: &Path, locales: &[&str]) -> Result<BTreeMap<String, Vec<Choice>>, String> {
    let name = path.display();
    let text = std::fs::read_to_string(path).map_err(|e| format!("{name}: {e}"))?;
    let rows: Vec<Value> = serde_json::from_str(&text).map_err(|e| {
        format!(
            "{name}:{}: expected the JSON array /admin/export.json gives: {e}",
            e.line()
        )
    })?;
    let mut out: BTreeMap<String, Vec<Choice>> = BTreeMap::new();
    for row in &rows {
        let Some(choice) = choice(row) else { continue };
        let locale = row["locale"].as_str().unwrap_or_default();
        if let Some(index) = closest_locale(locales, locale) {
            out.entry(index.to_string()).or_default().push(choice);
        }
    }
    Ok(out)
}

/// A row's choice, if it is a help `click` or `helpful` on an article.
fn choice(row: &Value) -> Option<Choice> {
    if row["widget"] != "help" {
        return None;
    }
    let signal = match row["event"].as_str()? {
        "click" => Signal::Opened,
        "helpful" => Signal::Helpful(row["score"].as_f64()? > 0.0),
        _ => return None,
    };
    let article = row["topic"].as_str().filter(|a| !a.is_empty())?;
    Some(Choice {
        query: row["text"].as_str()?.to_string(),
        article: article.to_string(),
        signal,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clicks_and_votes_go_to_their_locales_index_and_the_rest_is_left_out() {
        let path = std::env::temp_dir().join(format!("vox-clicks-{}.json", std::process::id()));
        let rows = serde_json::json!([
            {"widget": "help", "locale": "en-GB", "event": "click", "topic": "returns", "score": 4, "text": "return"},
            {"widget": "help", "locale": "en", "event": "helpful", "topic": "returns", "score": 0, "text": "return"},
            {"widget": "help", "locale": "zh-TW", "event": "click", "topic": "t", "score": 1, "text": "退貨"},
            {"widget": "help", "locale": "en", "event": "query", "topic": "", "score": 3, "text": "return"},
            {"widget": "help", "locale": "en", "event": "click", "topic": "", "score": 3, "text": "return"},
            {"widget": "help", "locale": "de", "event": "click", "topic": "a", "score": 3, "text": "x"},
            {"widget": "feedback", "locale": "en", "event": "message", "topic": "returns", "text": "hi"},
            "not a row"
        ]);
        std::fs::write(&path, rows.to_string()).unwrap();
        let found = read(&path, &["en", "zh-CN", "zh-TW"]).unwrap();
        assert_eq!(found.keys().collect::<Vec<_>>(), ["en", "zh-TW"]);
        let en: Vec<Signal> = found["en"].iter().map(|c| c.signal).collect();
        assert_eq!(en, [Signal::Opened, Signal::Helpful(false)]);
        std::fs::write(&path, "{\"rows\": []}").unwrap();
        let error = read(&path, &["en"]).unwrap_err();
        assert!(error.contains(":1: expected the JSON array"), "{error}");
        std::fs::remove_file(&path).unwrap();
    }
}
