//! Feedback volume by category and star rating: which topics bring complaints (1–2 ★) and
//! which praise, and how many come without a rating.

use std::collections::BTreeMap;

use crate::store::Fact;

/// Columns: 1 ★ to 5 ★, then no rating.
pub const COLUMNS: usize = 6;

/// Each category's counts by rating, largest category first.
pub fn volume(facts: &[&Fact]) -> Vec<(String, [usize; COLUMNS])> {
    let mut counts: BTreeMap<String, [usize; COLUMNS]> = BTreeMap::new();
    for f in facts.iter().filter(|f| f.widget == "feedback") {
        let column = match f.facts.score {
            Some(s) if (1.0..=5.0).contains(&s) => s as usize - 1,
            _ => COLUMNS - 1,
        };
        counts.entry(f.facts.topic.clone()).or_default()[column] += 1;
    }
    let mut list: Vec<(String, [usize; COLUMNS])> = counts.into_iter().collect();
    list.sort_by_key(|(_, c)| std::cmp::Reverse(c.iter().sum::<usize>()));
    list
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dashboard::testing::fact;

    #[test]
    fn counts_by_category_and_rating() {
        let facts = [
            fact("feedback", "en", "message", "order", Some(1.0), "a"),
            fact("feedback", "en", "message", "order", Some(1.0), "b"),
            fact("feedback", "en", "message", "order", None, "c"),
            fact("feedback", "en", "message", "idea", Some(5.0), "d"),
            fact(
                "feedback",
                "en",
                "message",
                "idea",
                Some(9.0),
                "out of range",
            ),
            fact("prompt", "en", "score", "nps", Some(9.0), ""),
        ];
        let all: Vec<&Fact> = facts.iter().collect();
        assert_eq!(
            volume(&all),
            [
                ("order".into(), [2, 0, 0, 0, 0, 1]),
                ("idea".into(), [0, 0, 0, 0, 1, 1])
            ]
        );
    }
}
