//! Help search analytics for `/admin`, per locale: what visitors searched for most, and what
//! they searched for and did not find (the articles the help center is missing).

use std::collections::BTreeMap;

use serde_json::Value;

/// How many queries each list shows.
const TOP: usize = 10;

/// One locale's most frequent queries, and most frequent zero-result ones.
#[derive(Debug, Default, PartialEq)]
pub struct LocaleQueries {
    pub locale: String,
    pub top: Vec<(String, usize)>,
    pub zero: Vec<(String, usize)>,
}

/// How often each query was made: all of them, and those that found nothing.
type Counts = (BTreeMap<String, usize>, BTreeMap<String, usize>);

/// Counts the `help` widget's `query` events (the final queries once typing paused), the same
/// query in any letter case counted as one.
pub fn search_queries(submissions: &[Value]) -> Vec<LocaleQueries> {
    let mut counts: BTreeMap<String, Counts> = BTreeMap::new();
    for s in submissions.iter().filter(|s| s["widget"] == "help") {
        let a = &s["answers"];
        let query = a["query"]
            .as_str()
            .unwrap_or_default()
            .trim()
            .to_lowercase();
        if a["event"] != "query" || query.is_empty() {
            continue;
        }
        let locale = s["locale"].as_str().unwrap_or_default().to_string();
        let (all, zero) = counts.entry(locale).or_default();
        *all.entry(query.clone()).or_default() += 1;
        if a["results"] == 0 {
            *zero.entry(query).or_default() += 1;
        }
    }
    counts
        .into_iter()
        .map(|(locale, (all, zero))| LocaleQueries {
            locale,
            top: ranked(all),
            zero: ranked(zero),
        })
        .collect()
}

/// Most frequent first, then alphabetical.
fn ranked(counts: BTreeMap<String, usize>) -> Vec<(String, usize)> {
    let mut list: Vec<(String, usize)> = counts.into_iter().collect();
    list.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    list.truncate(TOP);
    list
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn query(locale: &str, q: &str, results: u64) -> Value {
        json!({ "widget": "help", "locale": locale,
                "answers": { "event": "query", "query": q, "results": results } })
    }

    #[test]
    fn top_and_zero_result_queries_per_locale() {
        let submissions = [
            query("en", "Refund", 3),
            query("en", "refund ", 2),
            query("en", "shipping", 5),
            query("en", "gift wrap", 0),
            query("en", "gift wrap", 0),
            query("ja", "返品", 4),
            json!({ "widget": "help", "locale": "en", "answers": { "event": "click", "query": "x", "results": 1 } }),
            json!({ "widget": "feedback", "locale": "en", "answers": { "message": "refund" } }),
        ];
        let stats = search_queries(&submissions);
        assert_eq!(stats.len(), 2);
        assert_eq!(stats[0].locale, "en");
        assert_eq!(
            stats[0].top,
            [
                ("gift wrap".to_string(), 2),
                ("refund".to_string(), 2),
                ("shipping".to_string(), 1)
            ]
        );
        assert_eq!(stats[0].zero, [("gift wrap".to_string(), 2)]);
        assert_eq!(stats[1].top, [("返品".to_string(), 1)]);
        assert!(stats[1].zero.is_empty());
    }
}
