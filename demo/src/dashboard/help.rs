//! Help center insights, each a to-do list for the help team: what visitors search for most,
//! what they search for and do not find (articles to write), what they searched for before
//! giving up and pressing "Contact us" (articles that fail), and the articles they voted not
//! helpful (articles to fix). The same query in any letter case counts as one.

use std::collections::HashMap;

use crate::store::Fact;

/// How many entries each list shows.
const TOP: usize = 10;

/// A query, the locale it was typed in, and how often.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ranked {
    pub query: String,
    pub locale: String,
    pub count: usize,
}

/// An article with its "not helpful" votes among all its votes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unhelpful {
    pub article: String,
    pub no: usize,
    pub all: usize,
}

#[derive(Debug, Default, PartialEq)]
pub struct Insights {
    pub top: Vec<Ranked>,
    pub zero: Vec<Ranked>,
    pub contact: Vec<Ranked>,
    pub unhelpful: Vec<Unhelpful>,
}

pub fn insights(facts: &[&Fact]) -> Insights {
    let help: Vec<&Fact> = facts
        .iter()
        .copied()
        .filter(|f| f.widget == "help")
        .collect();
    let queries = |keep: &dyn Fn(&Fact) -> bool| {
        let mut counts: HashMap<(String, String), usize> = HashMap::new();
        for f in help.iter().filter(|f| keep(f)) {
            let query = f.facts.text.trim().to_lowercase();
            if !query.is_empty() {
                *counts.entry((query, f.locale.clone())).or_default() += 1;
            }
        }
        let mut list: Vec<Ranked> = counts
            .into_iter()
            .map(|((query, locale), count)| Ranked {
                query,
                locale,
                count,
            })
            .collect();
        list.sort_by(|a, b| b.count.cmp(&a.count).then(a.query.cmp(&b.query)));
        list.truncate(TOP);
        list
    };
    let mut votes: HashMap<&str, (usize, usize)> = HashMap::new();
    for f in help
        .iter()
        .filter(|f| f.facts.event == "helpful" && !f.facts.topic.is_empty())
    {
        let entry = votes.entry(&f.facts.topic).or_default();
        entry.0 += usize::from(f.facts.score == Some(0.0));
        entry.1 += 1;
    }
    let mut unhelpful: Vec<Unhelpful> = votes
        .into_iter()
        .filter(|(_, (no, _))| *no > 0)
        .map(|(article, (no, all))| Unhelpful {
            article: article.to_string(),
            no,
            all,
        })
        .collect();
    unhelpful.sort_by(|a, b| b.no.cmp(&a.no).then(a.article.cmp(&b.article)));
    unhelpful.truncate(TOP);
    Insights {
        top: queries(&|f| f.facts.event == "query"),
        zero: queries(&|f| f.facts.event == "query" && f.facts.score == Some(0.0)),
        contact: queries(&|f| f.facts.event == "contact"),
        unhelpful,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dashboard::testing::fact;

    #[test]
    fn four_to_do_lists() {
        let facts = [
            fact("help", "en", "query", "", Some(3.0), "Refund"),
            fact("help", "en", "query", "", Some(2.0), "refund "),
            fact("help", "en", "query", "", Some(0.0), "gift wrap"),
            fact("help", "en", "query", "", Some(0.0), "gift wrap"),
            fact("help", "ja", "query", "", Some(4.0), "返品"),
            fact("help", "en", "contact", "", Some(0.0), "customs fee"),
            fact("help", "en", "helpful", "refunds", Some(0.0), "refund"),
            fact("help", "en", "helpful", "refunds", Some(1.0), "refund"),
            fact("help", "en", "helpful", "sizes", Some(1.0), "size"),
            fact("feedback", "en", "message", "order", None, "refund"),
        ];
        let all: Vec<&Fact> = facts.iter().collect();
        let i = insights(&all);
        let pairs = |list: &[Ranked]| -> Vec<(String, usize)> {
            list.iter().map(|r| (r.query.clone(), r.count)).collect()
        };
        assert_eq!(
            pairs(&i.top),
            [
                ("gift wrap".into(), 2),
                ("refund".into(), 2),
                ("返品".into(), 1)
            ]
        );
        assert_eq!(pairs(&i.zero), [("gift wrap".into(), 2)]);
        assert_eq!(pairs(&i.contact), [("customs fee".into(), 1)]);
        assert_eq!(
            i.unhelpful,
            [Unhelpful {
                article: "refunds".into(),
                no: 1,
                all: 2
            }]
        );
    }
}
