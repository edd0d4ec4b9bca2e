//! The inverted index of one locale's articles, with BM25 statistics. Terms come from
//! [`crate::tokenize`] and [`crate::stem`]; each posting holds the term's frequency weighted by
//! the field it appears in (title over summary and tags over body), as BM25F does.

use std::collections::BTreeMap;

use crate::stem::stem;
use crate::tokenize::{tokens, Token};

/// Field weights: a word in the title says more about the article than one in its body.
pub const TITLE: f32 = 3.0;
pub const SUMMARY: f32 = 2.0;
pub const TAGS: f32 = 2.0;
pub const BODY: f32 = 1.0;

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
}

/// What a result shows of an article.
#[derive(Debug, Clone, PartialEq)]
pub struct Doc {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub category: String,
    pub url: Option<String>,
    /// Weighted length, for BM25's length normalisation.
    pub length: f32,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Posting {
    pub doc: u32,
    /// Occurrences, each counted at its field's weight.
    pub weight: f32,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Index {
    pub locale: String,
    pub docs: Vec<Doc>,
    pub terms: BTreeMap<String, Vec<Posting>>,
    pub average_length: f32,
}

/// A token's index term: words stemmed for the language, character pairs as they are.
pub fn term(token: &Token, locale: &str) -> String {
    if token.paired {
        token.term.clone()
    } else {
        stem(&token.term, locale)
    }
}

impl Index {
    /// Indexes `articles` (all of `locale`).
    pub fn build(locale: &str, articles: &[Article]) -> Index {
        let mut index = Index {
            locale: locale.to_string(),
            ..Index::default()
        };
        for (n, a) in articles.iter().enumerate() {
            let mut weights: BTreeMap<String, f32> = BTreeMap::new();
            let mut length = 0.0;
            let tags = a.tags.join(" ");
            for (text, weight) in [
                (&a.title, TITLE),
                (&a.summary, SUMMARY),
                (&tags, TAGS),
                (&a.body, BODY),
            ] {
                for token in tokens(text) {
                    *weights.entry(term(&token, locale)).or_default() += weight;
                    length += weight;
                }
            }
            for (term, weight) in weights {
                let posting = Posting {
                    doc: n as u32,
                    weight,
                };
                index.terms.entry(term).or_default().push(posting);
            }
            index.docs.push(Doc {
                id: a.id.clone(),
                title: a.title.clone(),
                summary: a.summary.clone(),
                category: a.category.clone(),
                url: a.url.clone(),
                length,
            });
        }
        let total: f32 = index.docs.iter().map(|d| d.length).sum();
        index.average_length = total / index.docs.len().max(1) as f32;
        index
    }

    /// Inverse document frequency of a term found in `n` articles (BM25's, never negative).
    pub fn idf(&self, n: usize) -> f32 {
        let total = self.docs.len() as f32;
        (1.0 + (total - n as f32 + 0.5) / (n as f32 + 0.5)).ln()
    }
}
