//! The inverted index of one locale's articles. Terms come from [`crate::tokenize`] and
//! [`crate::stem`]; each term's postings carry the article's BM25F score for it, computed once
//! here (title over summary and tags over body) and kept as one byte, so the browser only adds
//! them up. In the browser an index starts with its vocabulary and fills in postings, articles
//! and bodies chunk by chunk ([`crate::files`]); built natively, it has everything.

use std::collections::BTreeMap;

use crate::stem::stem;
use crate::tokenize::{tokens, Token};
use crate::typo::Shapes;

/// Field weights: a word in the title says more about the article than one in its body.
pub const TITLE: f32 = 3.0;
pub const SUMMARY: f32 = 2.0;
pub const TAGS: f32 = 2.0;
pub const BODY: f32 = 1.0;
/// How much an article's languages raise its scores ([`prior`]).
const PRIOR: f32 = 0.5;
const K1: f32 = 1.2;
const B: f32 = 0.75;

/// One help article, as the index builder reads it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Article {
    pub id: String,
    pub locale: String,
    pub category: String,
    pub title: String,
    pub summary: String,
    pub body: String,
    pub url: Option<String>,
    pub tags: Vec<String>,
    /// Queries this article answers first, whatever else matches ("pinned answers").
    pub pinned: Vec<String>,
    /// How many of the help center's languages have this article, itself included (0 counts
    /// as 1): an article translated more often ranks higher among those that match alike.
    pub languages: u32,
}

/// What a result shows of an article.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Doc {
    pub id: String,
    pub title: String,
    pub url: Option<String>,
    pub summary: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Posting {
    pub doc: u32,
    /// The article's BM25F score for the term, scaled to 1..=255 over the whole index.
    pub score: u8,
}

/// Phrases that mean the same to a shopper (`refund`, `money back`): an article saying one is
/// indexed as saying them all.
pub type Synonyms = [Vec<String>];

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Index {
    pub locale: String,
    /// The language's question and function words, folded and space-separated
    /// ([`crate::function_words`]).
    pub function_words: String,
    pub categories: Vec<String>,
    /// What each category is called in the index's language (empty: shown as its id).
    pub category_labels: Vec<String>,
    /// Each article's category, as a position in `categories`.
    pub doc_categories: Vec<u32>,
    /// The vocabulary, sorted.
    pub terms: Vec<String>,
    /// How many articles each term is in (known before its postings are).
    pub df: Vec<u32>,
    /// Each term's postings; `None` until its chunk is loaded.
    pub postings: Vec<Option<Vec<Posting>>>,
    /// Where each postings chunk starts in `terms` (empty when nothing is chunked).
    pub postings_starts: Vec<u32>,
    pub docs: Vec<Option<Doc>>,
    /// Article bodies (Markdown), when the index carries them; `None` until loaded.
    pub bodies: Vec<Option<String>>,
    /// Folded query → the article that answers it first.
    pub pinned: Vec<(String, u32)>,
    /// What shoppers chose for a query ([`crate::learn`]): folded query, article, and the
    /// percentage its score gains for that query (at most [`crate::learn::MAX_BOOST`]).
    pub learned: Vec<(String, u32, u8)>,
    /// The terms' [`crate::typo::shape`]s, for ruling typos out fast.
    pub shapes: Shapes,
    /// Changes whenever the content does: chunk URLs carry it, so caches never mix builds.
    pub stamp: u64,
}

/// The longest term the index holds, in bytes: a longer word is indexed, and queried, by its
/// first 64 bytes. `meta.bin` stores each term as the bytes it shares with the one before plus
/// the rest, so the reader needs a cap to keep a few bytes from spelling a term of any length.
pub const MAX_TERM_BYTES: usize = 64;

/// A token's index term: words stemmed for the language, character pairs as they are, both cut
/// to [`MAX_TERM_BYTES`].
pub fn term(token: &Token, locale: &str) -> String {
    match token.paired {
        true => cut(token.term.clone()),
        false => word_term(&token.term, locale),
    }
}

/// A folded word's index term: stemmed, cut to [`MAX_TERM_BYTES`].
pub fn word_term(word: &str, locale: &str) -> String {
    cut(stem(word, locale))
}

fn cut(mut term: String) -> String {
    term.truncate(term.floor_char_boundary(MAX_TERM_BYTES));
    term
}

/// Of the index `locales`, the one for `wanted`: the same tag (any case), else the first of the
/// same language (`en-GB` → `en`, `zh-TW` → `zh-CN` when there is no `zh-TW`).
pub fn closest_locale<'a>(locales: &[&'a str], wanted: &str) -> Option<&'a str> {
    let language = |tag: &str| tag.split('-').next().unwrap_or(tag).to_ascii_lowercase();
    let same_language = || locales.iter().find(|l| language(l) == language(wanted));
    locales
        .iter()
        .find(|l| l.eq_ignore_ascii_case(wanted))
        .or_else(same_language)
        .copied()
}

/// What an article weighs before any query: 1 + ½ ln(languages it is written in).
///
/// A help team translates first what most customers need, so an article in seven languages is
/// likelier to be the answer than a niche one that exists only in English, when both match the
/// words alike. It multiplies the article's every score, so it orders articles that match
/// alike and never brings in one that does not match. Measured over the tldr corpus (its 20
/// languages indexed, see the README): keywords MRR@10 0.679 → 0.767, questions success@5
/// 0.604 → 0.649. With one language, every article weighs the same.
fn prior(languages: u32) -> f32 {
    1.0 + PRIOR * (languages.max(1) as f32).ln()
}

/// The terms of `text` as the index holds them.
pub fn terms(text: &str, locale: &str) -> Vec<String> {
    tokens(text).iter().map(|t| term(t, locale)).collect()
}

/// A query as pinned answers are keyed: its terms, space-separated.
pub fn pin_key(query: &str, locale: &str) -> String {
    terms(query, locale).join(" ")
}

impl Index {
    /// Indexes `articles` (all of `locale`), with `bodies` kept for showing them inline.
    pub fn build(locale: &str, articles: &[Article], synonyms: &Synonyms, bodies: bool) -> Index {
        let phrases: Vec<Vec<Vec<String>>> = synonyms
            .iter()
            .map(|group| group.iter().map(|p| terms(p, locale)).collect())
            .collect();
        let mut categories: Vec<String> = Vec::new();
        let mut doc_categories = Vec::new();
        let mut weights: BTreeMap<String, Vec<(u32, f32)>> = BTreeMap::new();
        let mut lengths = Vec::new();
        let mut pinned = Vec::new();
        for (n, a) in articles.iter().enumerate() {
            let n = n as u32;
            let category = match categories.iter().position(|c| *c == a.category) {
                Some(i) => i,
                None => {
                    categories.push(a.category.clone());
                    categories.len() - 1
                }
            };
            doc_categories.push(category as u32);
            let mut own: BTreeMap<String, f32> = BTreeMap::new();
            let mut length = 0.0;
            let tags = a.tags.join(" ; ");
            for (text, weight) in [
                (&a.title, TITLE),
                (&a.summary, SUMMARY),
                (&tags, TAGS),
                (&a.body, BODY),
            ] {
                let field = terms(text, locale);
                length += weight * field.len() as f32;
                for t in with_synonyms(field, &phrases) {
                    *own.entry(t).or_default() += weight;
                }
            }
            lengths.push(length);
            for (t, w) in own {
                weights.entry(t).or_default().push((n, w));
            }
            for query in &a.pinned {
                pinned.push((pin_key(query, locale), n));
            }
        }
        let average = lengths.iter().sum::<f32>() / lengths.len().max(1) as f32;
        // Each article's length norm and prior, once per article rather than once per posting.
        let per_doc: Vec<(f32, f32)> = lengths
            .iter()
            .zip(articles)
            .map(|(&length, a)| {
                let norm = 1.0 - B + B * length / average.max(f32::EPSILON);
                (norm, prior(a.languages))
            })
            .collect();
        let total = articles.len() as f32;
        let mut scored: Vec<(String, Vec<(u32, f32)>)> = Vec::with_capacity(weights.len());
        let mut top: f32 = 0.0;
        for (t, list) in weights {
            let n = list.len() as f32;
            let idf = (1.0 + (total - n + 0.5) / (n + 0.5)).ln();
            let list: Vec<(u32, f32)> = list
                .into_iter()
                .map(|(doc, w)| {
                    let (norm, prior) = per_doc[doc as usize];
                    (doc, prior * idf * w * (K1 + 1.0) / (w + K1 * norm))
                })
                .collect();
            top = list.iter().fold(top, |m, &(_, s)| m.max(s));
            scored.push((t, list));
        }
        let mut index = Index {
            locale: locale.to_string(),
            function_words: crate::function_words::list(locale).to_string(),
            category_labels: vec![String::new(); categories.len()],
            categories,
            doc_categories,
            pinned,
            ..Index::default()
        };
        for (t, list) in scored {
            let postings = list
                .into_iter()
                .map(|(doc, s)| Posting {
                    doc,
                    score: (s / top.max(f32::EPSILON) * 255.0)
                        .round()
                        .clamp(1.0, 255.0) as u8,
                })
                .collect::<Vec<_>>();
            index.terms.push(t);
            index.df.push(postings.len() as u32);
            index.postings.push(Some(postings));
        }
        index.shapes = Shapes::new(&index.terms);
        for a in articles {
            index.docs.push(Some(Doc {
                id: a.id.clone(),
                title: a.title.clone(),
                url: a.url.clone(),
                summary: a.summary.clone(),
            }));
            if bodies {
                index.bodies.push(Some(a.body.clone()));
            }
        }
        index
    }

    /// Names the categories in the index's language (`shipping` → `الشحن`), as the widget shows
    /// them; a category `labels` does not name keeps its id.
    pub fn label_categories(&mut self, labels: &BTreeMap<String, String>) {
        for (category, label) in self.categories.iter().zip(&mut self.category_labels) {
            label.clone_from(labels.get(category).unwrap_or(&String::new()));
        }
    }

    /// What category `n` is called: its label, else its id.
    pub fn category_label(&self, n: usize) -> &str {
        match self.category_labels.get(n).map(String::as_str) {
            Some("") | None => self.categories.get(n).map_or("", String::as_str),
            Some(label) => label,
        }
    }

    /// The position of `term` in the vocabulary.
    pub fn find(&self, term: &str) -> Option<usize> {
        self.terms.binary_search_by(|t| t.as_str().cmp(term)).ok()
    }

    /// Whether the index carries article bodies.
    pub fn has_bodies(&self) -> bool {
        !self.bodies.is_empty()
    }
}

/// A field's terms, followed by the terms of every synonym of a phrase it contains.
fn with_synonyms(mut field: Vec<String>, groups: &[Vec<Vec<String>>]) -> Vec<String> {
    let mut extra = Vec::new();
    for group in groups {
        let said = |p: &Vec<String>| !p.is_empty() && field.windows(p.len()).any(|w| w == &p[..]);
        if group.iter().any(said) {
            for phrase in group.iter().filter(|p| !said(p)) {
                extra.extend(phrase.iter().cloned());
            }
        }
    }
    field.append(&mut extra);
    field
}

#[cfg(test)]
mod tests {
    use super::closest_locale;

    #[test]
    fn the_closest_locale_is_the_same_tag_else_the_same_language() {
        let built = ["en", "zh-CN", "zh-TW"];
        assert_eq!(closest_locale(&built, "zh-tw"), Some("zh-TW"));
        assert_eq!(closest_locale(&built, "en-GB"), Some("en"));
        assert_eq!(closest_locale(&built, "zh-HK"), Some("zh-CN"));
        assert_eq!(closest_locale(&built, "de"), None);
    }
}
