//! Verbatims: what customers wrote in their own words (feedback messages and rating
//! follow-ups), newest first, with the view's search text applied.

use crate::store::Fact;

/// How many verbatims the page lists (all of them go into an export).
pub const SHOWN: usize = 50;

/// Whether `fact` carries a customer's own words.
pub fn is_verbatim(fact: &Fact) -> bool {
    !fact.facts.text.trim().is_empty()
        && match fact.widget.as_str() {
            "feedback" => true,
            "prompt" => fact.facts.event == "follow_up",
            _ => false,
        }
}

/// The verbatims among `facts` (newest first, as the store gives them) that hold `finds`.
pub fn verbatims<'a>(facts: &[&'a Fact], finds: impl Fn(&str) -> bool) -> Vec<&'a Fact> {
    facts
        .iter()
        .copied()
        .filter(|f| is_verbatim(f) && finds(&f.facts.text))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dashboard::testing::fact;

    #[test]
    fn messages_and_follow_ups_are_verbatims() {
        let facts = [
            fact("feedback", "en", "message", "order", None, "Parcel late"),
            fact(
                "prompt",
                "en",
                "follow_up",
                "nps",
                Some(3.0),
                "parcel broken",
            ),
            fact("prompt", "en", "score", "nps", Some(3.0), ""),
            fact("help", "en", "query", "", Some(1.0), "parcel"),
            fact("feedback", "en", "message", "idea", None, "  "),
        ];
        let all: Vec<&Fact> = facts.iter().collect();
        assert_eq!(verbatims(&all, |_| true).len(), 2);
        let found = verbatims(&all, |t| t.to_lowercase().contains("broken"));
        assert_eq!(found[0].facts.text, "parcel broken");
    }
}
