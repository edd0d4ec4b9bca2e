//! Ranking that learns from what shoppers chose. The collector's help analytics say, for each
//! query, which articles shoppers opened and whether those helped; the index builder turns
//! that into a score boost per query and article, and pins the answer of a frequent query that
//! has a clear winner.
//!
//! The rule is capped so that one noisy week cannot bury good articles:
//! - a query teaches nothing until its results were opened [`MIN_OPENS`] times;
//! - an article's weight for a query is its opens, plus its "helpful" votes, minus twice its
//!   "not helpful" votes (never below zero);
//! - its boost is its share of the query's weight times [`MAX_BOOST`] percent of its own
//!   score. A boost multiplies a score the article already has, so it never brings in an
//!   article that does not match, nor lifts one above an article that matches more of the
//!   query's words;
//! - a query opened [`PIN_OPENS`] times or more whose winner holds [`PIN_SHARE`] of the
//!   weight, with no more "not helpful" than "helpful" votes, gets the winner pinned, but
//!   only if the search already shows it in its first ten results and the help team pinned
//!   nothing to that query themselves;
//! - only the [`MAX_QUERIES`] most opened queries are kept, so `meta.bin` stays small.

use std::collections::BTreeMap;

use crate::index::{pin_key, Index};
use crate::search::{search, Query, Step};

/// The most an article's score gains for a query, in percent.
pub const MAX_BOOST: u8 = 50;
/// Opens a query needs before it teaches anything.
pub const MIN_OPENS: u32 = 5;
/// Opens a query needs before its winner may be pinned.
pub const PIN_OPENS: u32 = 20;
/// The share of a query's weight its winner needs to be pinned: 3/5.
pub const PIN_SHARE: (u32, u32) = (3, 5);
/// Queries learned per index, the most opened first.
pub const MAX_QUERIES: usize = 200;

/// What a shopper did with a result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Signal {
    Opened,
    /// Voted on whether the article helped.
    Helpful(bool),
}

/// One analytics event: a query, the article it concerns (by id), and what happened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub query: String,
    pub article: String,
    pub signal: Signal,
}

/// What [`learn`] added to an index.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Learned {
    /// Queries that taught something.
    pub queries: usize,
    pub boosts: usize,
    pub pins: usize,
}

/// One article's record for one query.
#[derive(Debug, Default, Clone, Copy)]
struct Record {
    opens: u32,
    yes: u32,
    no: u32,
}

impl Record {
    fn weight(self) -> u32 {
        (self.opens + self.yes).saturating_sub(2 * self.no)
    }
}

/// What a query's results were chosen for: the text first typed for it (to search it again),
/// and each article's record by its position in the index.
#[derive(Default)]
struct Asked {
    text: String,
    records: BTreeMap<u32, Record>,
}

impl Asked {
    fn opens(&self) -> u32 {
        self.records.values().map(|r| r.opens).sum()
    }
}

/// Adds to `index` the boosts and pins `choices` teach (see the module's rule). Choices of
/// articles the index does not have are ignored: the analytics may be older than the articles.
pub fn learn(index: &mut Index, choices: &[Choice]) -> Learned {
    let docs: BTreeMap<&str, u32> = index
        .docs
        .iter()
        .enumerate()
        .filter_map(|(n, d)| Some((d.as_ref()?.id.as_str(), n as u32)))
        .collect();
    let mut asked: BTreeMap<String, Asked> = BTreeMap::new();
    for choice in choices {
        let Some(&doc) = docs.get(choice.article.as_str()) else {
            continue;
        };
        let key = pin_key(&choice.query, &index.locale);
        if key.is_empty() {
            continue;
        }
        let entry = asked.entry(key).or_default();
        if entry.text.is_empty() {
            entry.text = choice.query.clone();
        }
        let record = entry.records.entry(doc).or_default();
        match choice.signal {
            Signal::Opened => record.opens += 1,
            Signal::Helpful(true) => record.yes += 1,
            Signal::Helpful(false) => record.no += 1,
        }
    }
    let mut ranked: Vec<(String, Asked)> = asked
        .into_iter()
        .filter(|(_, a)| a.opens() >= MIN_OPENS)
        .collect();
    ranked.sort_by_cached_key(|(_, a)| std::cmp::Reverse(a.opens()));
    ranked.truncate(MAX_QUERIES);
    let mut learned = Learned::default();
    for (key, asked) in ranked {
        let total: u32 = asked.records.values().map(|r| r.weight()).sum();
        if total == 0 {
            continue;
        }
        let mut taught = false;
        for (&doc, record) in &asked.records {
            let boost = u32::from(MAX_BOOST) * record.weight() / total;
            if boost > 0 {
                index.learned.push((key.clone(), doc, boost as u8));
                learned.boosts += 1;
                taught = true;
            }
        }
        if let Some(doc) = winner(index, &key, &asked, total) {
            index.pinned.push((key, doc));
            learned.pins += 1;
            taught = true;
        }
        learned.queries += usize::from(taught);
    }
    learned
}

/// The article to pin for a query, if it has a clear, helpful winner the search already shows.
fn winner(index: &Index, key: &str, asked: &Asked, total: u32) -> Option<u32> {
    if asked.opens() < PIN_OPENS || index.pinned.iter().any(|(k, _)| k == key) {
        return None;
    }
    let (&doc, record) = asked.records.iter().max_by_key(|(_, r)| r.weight())?;
    let (share, of) = PIN_SHARE;
    if record.weight() * of < total * share || record.no > record.yes {
        return None;
    }
    let query = Query {
        text: &asked.text,
        limit: 10,
        category: None,
    };
    match search(index, &query) {
        Step::Done(hits) => hits.iter().any(|h| h.doc == doc).then_some(doc),
        // Built natively, an index has everything loaded; a partial one learns no pins.
        Step::Fetch(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::Article;
    use crate::testing::ids;

    fn article(id: &str, title: &str, summary: &str) -> Article {
        crate::testing::article(id, "en", "help", title, summary, "")
    }

    /// Three articles about returns: the label one matches "return label" best on words alone.
    fn shop() -> Index {
        let articles = [
            article("labels", "Return labels", "Print one at home."),
            article(
                "returns",
                "Returns",
                "How to send an item back: the return label.",
            ),
            article(
                "refunds",
                "Refunds",
                "When the money for a return reaches you.",
            ),
            article("sizes", "Size guide", "Measure before you order."),
        ];
        Index::build("en", &articles, &[], false)
    }

    fn choices(query: &str, article: &str, signal: Signal, n: usize) -> Vec<Choice> {
        let choice = Choice {
            query: query.into(),
            article: article.into(),
            signal,
        };
        vec![choice; n]
    }

    #[test]
    fn the_article_shoppers_chose_and_found_helpful_moves_up() {
        let mut index = shop();
        assert_eq!(ids(&index, "return label ")[..2], ["labels", "returns"]);
        let mut seen = choices("Return label", "returns", Signal::Opened, 8);
        seen.extend(choices("return label", "returns", Signal::Helpful(true), 3));
        seen.extend(choices("return labels", "labels", Signal::Opened, 2));
        let learned = learn(&mut index, &seen);
        assert_eq!(
            learned,
            Learned {
                queries: 1,
                boosts: 2,
                pins: 0
            }
        );
        assert_eq!(ids(&index, "return label ")[..2], ["returns", "labels"]);
        assert_eq!(
            ids(&index, "RETURN LABELS ")[0],
            "returns",
            "same query, folded"
        );
        assert_eq!(
            ids(&index, "label ")[0],
            "labels",
            "another query is untouched"
        );
    }

    #[test]
    fn the_boost_is_capped_and_never_lifts_an_article_matching_fewer_words() {
        let mut index = shop();
        // A noisy week: everyone opened the refunds article after searching "return label".
        learn(
            &mut index,
            &choices("return label", "refunds", Signal::Opened, 19),
        );
        assert!(index.learned.iter().all(|&(_, _, b)| b <= MAX_BOOST));
        let ranked = ids(&index, "return label ");
        assert_eq!(ranked[..2], ["labels", "returns"], "{ranked:?}");
        assert!(index.pinned.is_empty(), "under the opens a pin needs");
    }

    #[test]
    fn votes_against_an_article_take_its_boost_away() {
        let mut index = shop();
        let mut seen = choices("return label", "returns", Signal::Opened, 8);
        seen.extend(choices(
            "return label",
            "returns",
            Signal::Helpful(false),
            4,
        ));
        seen.extend(choices("return label", "labels", Signal::Opened, 2));
        learn(&mut index, &seen);
        assert_eq!(ids(&index, "return label ")[..2], ["labels", "returns"]);
    }

    #[test]
    fn a_frequent_query_with_a_clear_helpful_winner_gets_it_pinned() {
        let mut index = shop();
        let mut seen = choices("how do i send it back", "returns", Signal::Opened, 18);
        seen.extend(choices(
            "how do i send it back",
            "returns",
            Signal::Helpful(true),
            4,
        ));
        seen.extend(choices(
            "how do i send it back",
            "refunds",
            Signal::Opened,
            3,
        ));
        let learned = learn(&mut index, &seen);
        assert_eq!(learned.pins, 1);
        assert_eq!(ids(&index, "How do I send it back?")[0], "returns");
    }

    #[test]
    fn no_pin_without_a_clear_winner_one_the_search_shows_or_over_the_teams_own() {
        let mut split = shop();
        let mut seen = choices("return", "returns", Signal::Opened, 12);
        seen.extend(choices("return", "labels", Signal::Opened, 12));
        assert_eq!(learn(&mut split, &seen).pins, 0, "no clear winner");
        let mut unrelated = shop();
        let seen = choices("return", "sizes", Signal::Opened, 40);
        assert_eq!(learn(&mut unrelated, &seen).pins, 0, "not in the results");
        assert_eq!(ids(&unrelated, "return ").len(), 3, "nor brought in");
        let mut articles = vec![article("faq", "Returns FAQ", "")];
        articles[0].pinned = vec!["return".into()];
        articles.push(article("returns", "Returns", ""));
        let mut pinned = Index::build("en", &articles, &[], false);
        let learned = learn(
            &mut pinned,
            &choices("return", "returns", Signal::Opened, 40),
        );
        assert_eq!(learned.pins, 0, "the team's pin stays");
        assert_eq!(ids(&pinned, "return")[0], "faq");
    }

    #[test]
    fn few_opens_and_unknown_articles_teach_nothing() {
        let mut index = shop();
        let mut seen = choices("return label", "returns", Signal::Opened, 4);
        seen.extend(choices("return label", "gone", Signal::Opened, 50));
        seen.extend(choices("  ", "returns", Signal::Opened, 50));
        assert_eq!(learn(&mut index, &seen), Learned::default());
        assert!(index.learned.is_empty());
    }

    #[test]
    fn only_the_most_opened_queries_are_kept() {
        let mut index = shop();
        let seen: Vec<Choice> = (0..MAX_QUERIES + 50)
            .flat_map(|q| choices(&format!("return {q}"), "returns", Signal::Opened, 5 + q))
            .collect();
        let learned = learn(&mut index, &seen);
        assert_eq!(learned.queries, MAX_QUERIES);
        let kept = |key: &str| index.learned.iter().any(|(k, ..)| k == key);
        assert!(kept("return 249") && kept("return 50"));
        assert!(!kept("return 49"), "the least opened are dropped");
    }
}
