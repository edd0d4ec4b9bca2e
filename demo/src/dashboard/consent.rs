//! Consent choices per group (by default country) and banner revision: how many accept, reject
//! or choose, so a shop sees what a new banner text or a new market changed.

use std::collections::HashMap;

use super::filter::Dimension;
use crate::store::Fact;

/// The choices, in the order the table and chart show them.
pub const CHOICES: [&str; 4] = ["accept_all", "reject_all", "custom", "acknowledge"];

/// How many rows the table shows (the largest).
const ROWS: usize = 16;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rates {
    pub group: String,
    pub revision: String,
    /// Records per choice, in [`CHOICES`] order.
    pub counts: [usize; 4],
}

impl Rates {
    pub fn total(&self) -> usize {
        self.counts.iter().sum()
    }
}

pub fn rates(by: &Dimension, facts: &[&Fact]) -> Vec<Rates> {
    let mut rows: HashMap<(String, String), [usize; 4]> = HashMap::new();
    for f in facts.iter().filter(|f| f.widget == "consent") {
        if let Some(i) = CHOICES.iter().position(|c| *c == f.facts.event) {
            rows.entry((by.of(f), f.facts.topic.clone())).or_default()[i] += 1;
        }
    }
    let mut list: Vec<Rates> = rows
        .into_iter()
        .map(|((group, revision), counts)| Rates {
            group,
            revision,
            counts,
        })
        .collect();
    list.sort_by(|a, b| {
        b.total()
            .cmp(&a.total())
            .then(a.group.cmp(&b.group))
            .then(a.revision.cmp(&b.revision))
    });
    list.truncate(ROWS);
    list.sort_by(|a, b| a.group.cmp(&b.group).then(a.revision.cmp(&b.revision)));
    list
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dashboard::testing::fact;

    #[test]
    fn choices_per_group_and_revision() {
        let mut facts = [
            fact("consent", "de", "accept_all", "1", None, ""),
            fact("consent", "de", "reject_all", "2", None, ""),
            fact("consent", "de", "reject_all", "2", None, "x"),
            fact("consent", "en", "acknowledge", "2", None, ""),
            fact("consent", "en", "unknown", "2", None, ""),
        ];
        facts[3].facts.country = "US".into();
        for f in &mut facts[..3] {
            f.facts.country = "DE".into();
        }
        let all: Vec<&Fact> = facts.iter().collect();
        let r = rates(&Dimension::Country, &all);
        let rows: Vec<(&str, &str, [usize; 4])> = r
            .iter()
            .map(|r| (r.group.as_str(), r.revision.as_str(), r.counts))
            .collect();
        assert_eq!(
            rows,
            [
                ("DE", "1", [1, 0, 0, 0]),
                ("DE", "2", [0, 2, 0, 0]),
                ("US", "2", [0, 0, 0, 1])
            ]
        );
    }
}
