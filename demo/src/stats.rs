//! Rating prompt results for `/admin`, per prompt and locale: how many responded, the method's
//! own score (NPS: % promoters − % detractors; CSAT: % answering 4-5; CES: the mean), and the
//! follow-up answers by band.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

/// One prompt in one locale.
#[derive(Debug, Default, PartialEq)]
pub struct PromptResult {
    pub prompt: String,
    pub kind: String,
    pub locale: String,
    /// One score per response.
    pub scores: Vec<u64>,
    /// (band, text) of each follow-up answer, in arrival order.
    pub follow_ups: Vec<(String, String)>,
}

impl PromptResult {
    pub fn responses(&self) -> usize {
        self.scores.len()
    }

    /// The method's score, `None` before any response.
    pub fn score(&self) -> Option<f64> {
        let n = self.scores.len() as f64;
        if n == 0.0 {
            return None;
        }
        let share = |f: fn(u64) -> bool| self.scores.iter().filter(|s| f(**s)).count() as f64 / n;
        Some(match self.kind.as_str() {
            "nps" => 100.0 * (share(|s| s >= 9) - share(|s| s <= 6)),
            "csat" => 100.0 * share(|s| s >= 4),
            _ => self.scores.iter().sum::<u64>() as f64 / n,
        })
    }

    /// The score as a reader expects it: `NPS +20`, `CSAT 75%`, `CES 5.2`.
    pub fn score_label(&self) -> String {
        match (self.score(), self.kind.as_str()) {
            (None, _) => "–".into(),
            (Some(s), "nps") => format!("NPS {s:+.0}"),
            (Some(s), "csat") => format!("CSAT {s:.0}%"),
            (Some(s), _) => format!("CES {s:.1}"),
        }
    }
}

/// Groups the `prompt` submissions (oldest first) by prompt and locale. A response counts once,
/// by its `score` message, whatever else arrived for it.
pub fn prompt_results(submissions: &[Value]) -> Vec<PromptResult> {
    let mut results: BTreeMap<(String, String), PromptResult> = BTreeMap::new();
    let mut counted = BTreeSet::new();
    for s in submissions.iter().filter(|s| s["widget"] == "prompt") {
        let a = &s["answers"];
        let text = |v: &Value| v.as_str().unwrap_or_default().to_string();
        let key = (text(&a["prompt"]), text(&s["locale"]));
        let result = results.entry(key.clone()).or_insert_with(|| PromptResult {
            prompt: key.0.clone(),
            kind: text(&a["kind"]),
            locale: key.1.clone(),
            ..PromptResult::default()
        });
        match a["stage"].as_str() {
            Some("score") if counted.insert(text(&a["response_id"])) => {
                result.scores.extend(a["score"].as_u64());
            }
            Some("follow_up") => result.follow_ups.push((text(&a["band"]), text(&a["text"]))),
            _ => {}
        }
    }
    results.into_values().collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn message(prompt: &str, kind: &str, locale: &str, response: &str, score: u64) -> Value {
        json!({ "widget": "prompt", "locale": locale, "answers": {
            "prompt": prompt, "kind": kind, "response_id": response, "stage": "score", "score": score } })
    }

    #[test]
    fn scores_per_prompt_and_locale() {
        let mut all: Vec<Value> = [10, 9, 8, 3]
            .iter()
            .enumerate()
            .map(|(i, s)| message("nps", "nps", "en", &format!("r{i}"), *s))
            .collect();
        all.push(message("nps", "nps", "en", "r0", 10)); // the same response again: counted once
        all.push(
            json!({ "widget": "prompt", "locale": "en", "answers": { "prompt": "nps",
            "kind": "nps", "response_id": "r3", "stage": "follow_up", "band": "detractor",
            "score": 3, "text": "Late delivery" } }),
        );
        all.extend(
            [5, 4, 2]
                .iter()
                .enumerate()
                .map(|(i, s)| message("csat", "csat", "de", &format!("c{i}"), *s)),
        );
        all.extend(
            [7, 4]
                .iter()
                .enumerate()
                .map(|(i, s)| message("ces", "ces", "ja", &format!("e{i}"), *s)),
        );
        all.push(json!({ "widget": "feedback", "answers": {} }));

        let results = prompt_results(&all);
        let find = |p: &str| results.iter().find(|r| r.prompt == p).unwrap();
        let nps = find("nps");
        assert_eq!(nps.responses(), 4);
        assert_eq!(nps.score_label(), "NPS +25"); // 2 promoters, 1 detractor of 4
        assert_eq!(
            nps.follow_ups,
            vec![("detractor".into(), "Late delivery".into())]
        );
        assert_eq!(find("csat").score_label(), "CSAT 67%");
        assert_eq!(
            (find("ces").locale.as_str(), find("ces").score_label()),
            ("ja", "CES 5.5".into())
        );
        assert_eq!(PromptResult::default().score_label(), "–");
    }
}
