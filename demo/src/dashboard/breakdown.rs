//! Scores side by side per group (locale, country, page or a `meta` field such as lifecycle
//! stage or market): where customers are happy, and where they are not.

use std::collections::{BTreeMap, HashMap};

use super::filter::Dimension;
use super::scores::{Method, Response, Score};
use crate::store::Fact;

/// How many groups a breakdown shows (the largest).
const GROUPS: usize = 15;

/// One group's figures.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    /// The group's value; empty for submissions without one.
    pub name: String,
    pub scores: BTreeMap<Method, Score>,
    pub feedback: usize,
    /// Consent records, and those that accepted (all, or acknowledged where opt-out).
    pub consent: (usize, usize),
    /// Every submission in the group.
    pub total: usize,
}

pub fn breakdown(by: &Dimension, facts: &[&Fact], responses: &[Response]) -> Vec<Group> {
    let mut groups: HashMap<String, Group> = HashMap::new();
    fn group(groups: &mut HashMap<String, Group>, name: String) -> &mut Group {
        groups.entry(name.clone()).or_insert_with(|| Group {
            name,
            scores: BTreeMap::new(),
            feedback: 0,
            consent: (0, 0),
            total: 0,
        })
    }
    for f in facts {
        let g = group(&mut groups, by.of(f));
        g.total += 1;
        match f.widget.as_str() {
            "feedback" => g.feedback += 1,
            "consent" => {
                g.consent.0 += 1;
                g.consent.1 += usize::from(matches!(
                    f.facts.event.as_str(),
                    "accept_all" | "acknowledge"
                ));
            }
            _ => {}
        }
    }
    let mut answers: HashMap<(String, Method), Vec<f64>> = HashMap::new();
    for r in responses {
        answers
            .entry((by.of(r.fact), r.method))
            .or_default()
            .push(r.score);
    }
    for ((name, method), scores) in answers {
        if let Some(score) = Score::of(method, &scores) {
            group(&mut groups, name).scores.insert(method, score);
        }
    }
    let mut list: Vec<Group> = groups.into_values().collect();
    list.sort_by(|a, b| b.total.cmp(&a.total).then(a.name.cmp(&b.name)));
    list.truncate(GROUPS);
    list
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dashboard::scores::responses;
    use crate::dashboard::testing::fact;

    #[test]
    fn scores_feedback_and_consent_per_group() {
        let mut facts = [
            fact("prompt", "de", "score", "nps", Some(10.0), ""),
            fact("prompt", "de", "score", "nps", Some(0.0), ""),
            fact("prompt", "ja", "score", "csat", Some(5.0), ""),
            fact("feedback", "de", "message", "order", Some(2.0), "Zu spät"),
            fact("consent", "de", "accept_all", "1", None, ""),
            fact("consent", "de", "reject_all", "1", None, ""),
        ];
        facts[1].facts.thread = "other".into();
        let all: Vec<&Fact> = facts.iter().collect();
        let groups = breakdown(&Dimension::Locale, &all, &responses(&all));
        assert_eq!(groups[0].name, "de");
        assert_eq!(groups[0].total, 5);
        assert_eq!(groups[0].scores[&Method::Nps].value, 0.0);
        assert_eq!((groups[0].feedback, groups[0].consent), (1, (2, 1)));
        assert_eq!(groups[1].scores[&Method::Csat].value, 100.0);
    }
}
