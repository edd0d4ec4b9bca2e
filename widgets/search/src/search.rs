//! Ranking: BM25 over the weighted postings, with the word being typed matched as a prefix and
//! typos forgiven (one edit in words of five characters or more, two from eight). Articles are
//! ordered by how many of the query's words they match, then by how exactly (an exact match
//! before a prefix, a prefix before a typo, whatever the terms' rarity), then by BM25.

use std::collections::BTreeMap;

use crate::index::{term, Index};
use crate::tokenize::{tokens, Token};

const K1: f32 = 1.2;
const B: f32 = 0.75;
/// How exactly a query word matched: ranks before BM25 does.
const EXACT: u32 = 2;
const PREFIX: u32 = 1;
const TYPO: u32 = 0;

/// One result.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub id: String,
    pub title: String,
    pub url: Option<String>,
    pub category: String,
    /// The summary with the matched terms between `\u{1}` and `\u{2}` (the widget turns them
    /// into `<mark>`, escaping the rest).
    pub snippet: String,
    pub score: f32,
}

/// Options of a query.
#[derive(Debug, Clone, Default)]
pub struct Query<'a> {
    pub text: &'a str,
    pub limit: usize,
    pub category: Option<&'a str>,
}

/// The index terms a query term reaches, each with what a match is worth.
fn reach<'i>(index: &'i Index, token: &Token, q: &str, last: bool) -> Vec<(&'i String, u32)> {
    let mut out: Vec<(&String, u32)> = Vec::new();
    if let Some((t, _)) = index.terms.get_key_value(q) {
        out.push((t, EXACT));
    }
    if last {
        // The word being typed: every term it begins (its stem may be shorter than the word).
        let typed = token.term.as_str();
        for (t, _) in index.terms.range(typed.to_string()..) {
            if !t.starts_with(typed) {
                break;
            }
            if t != q {
                out.push((t, PREFIX));
            }
        }
    }
    // The budget follows what the visitor typed, not its (shorter) stem.
    let edits = match (token.paired, token.term.chars().count()) {
        (true, _) => 0,
        (_, n) if n >= 8 => 2,
        (_, n) if n >= 5 => 1,
        _ => 0,
    };
    if edits > 0 {
        let n = q.chars().count();
        for t in index.terms.keys() {
            let m = t.chars().count();
            let near = m + edits >= n && m <= n + edits && t != q && within(q, t, edits);
            if near && !out.iter().any(|(o, _)| *o == t) {
                out.push((t, TYPO));
            }
        }
    }
    out
}

/// Whether `a` and `b` are at most `max` edits apart, an edit being an inserted, deleted or
/// replaced character or two neighbours swapped (the commonest typo: `wharehouse`). Stops as
/// soon as a row has no way left under `max`.
pub fn within(a: &str, b: &str, max: usize) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut before: Vec<usize> = Vec::new();
    let mut last: Vec<usize> = (0..=b.len()).collect();
    for i in 1..=a.len() {
        let mut row = vec![i; b.len() + 1];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            row[j] = (last[j - 1] + cost).min(last[j] + 1).min(row[j - 1] + 1);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                row[j] = row[j].min(before[j - 2] + 1);
            }
        }
        if row.iter().min().is_some_and(|&m| m > max) {
            return false;
        }
        before = std::mem::replace(&mut last, row);
    }
    last[b.len()] <= max
}

/// The ranked results of `query`.
pub fn search(index: &Index, query: &Query) -> Vec<Hit> {
    let typed = tokens(query.text);
    let typing = !query.text.ends_with(char::is_whitespace);
    let wanted = typed.len();
    // Per article: (query words matched, how exactly, BM25).
    let mut scores: BTreeMap<u32, (usize, u32, f32)> = BTreeMap::new();
    for (i, token) in typed.iter().enumerate() {
        let q = term(token, &index.locale);
        let mut best: BTreeMap<u32, (u32, f32)> = BTreeMap::new();
        for (t, tier) in reach(index, token, &q, typing && i + 1 == wanted) {
            let postings = &index.terms[t];
            let idf = index.idf(postings.len());
            for p in postings {
                let doc = &index.docs[p.doc as usize];
                let norm = 1.0 - B + B * doc.length / index.average_length;
                let score = idf * p.weight * (K1 + 1.0) / (p.weight + K1 * norm);
                let slot = best.entry(p.doc).or_insert((tier, score));
                if (tier, score) > *slot {
                    *slot = (tier, score);
                }
            }
        }
        for (doc, (tier, score)) in best {
            let entry = scores.entry(doc).or_default();
            *entry = (entry.0 + 1, entry.1 + tier, entry.2 + score);
        }
    }
    let mut ranked: Vec<(u32, (usize, u32, f32))> = scores
        .into_iter()
        .filter(|(doc, _)| {
            let category = &index.docs[*doc as usize].category;
            query.category.is_none_or(|c| c == category)
        })
        .collect();
    ranked.sort_by(|(_, a), (_, b)| (b.0, b.1).cmp(&(a.0, a.1)).then(b.2.total_cmp(&a.2)));
    ranked.truncate(query.limit.max(1));
    let marked: Vec<String> = typed.iter().map(|t| term(t, &index.locale)).collect();
    ranked
        .into_iter()
        .map(|(doc, (_, _, score))| {
            let d = &index.docs[doc as usize];
            Hit {
                id: d.id.clone(),
                title: d.title.clone(),
                url: d.url.clone(),
                category: d.category.clone(),
                snippet: mark(&d.summary, &marked, &index.locale),
                score,
            }
        })
        .collect()
}

/// `text` with the tokens whose term is one of `terms` (or begins with one) between `\u{1}` and
/// `\u{2}`; overlapping character pairs are marked as one run.
fn mark(text: &str, terms: &[String], locale: &str) -> String {
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for token in tokens(text) {
        let t = term(&token, locale);
        if terms
            .iter()
            .any(|q| !q.is_empty() && t.starts_with(q.as_str()))
        {
            match runs.last_mut() {
                Some(run) if token.start <= run.1 => run.1 = run.1.max(token.end),
                _ => runs.push((token.start, token.end)),
            }
        }
    }
    let mut out = String::with_capacity(text.len() + 4 * runs.len());
    let mut at = 0;
    for (start, end) in runs {
        out.push_str(&text[at..start]);
        out.push('\u{1}');
        out.push_str(&text[start..end]);
        out.push('\u{2}');
        at = end;
    }
    out.push_str(&text[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::Article;

    fn article(
        id: &str,
        locale: &str,
        category: &str,
        title: &str,
        summary: &str,
        body: &str,
    ) -> Article {
        Article {
            id: id.into(),
            locale: locale.into(),
            category: category.into(),
            title: title.into(),
            summary: summary.into(),
            body: body.into(),
            ..Article::default()
        }
    }

    fn shop() -> Index {
        Index::build(
            "en",
            &[
                article(
                    "returns",
                    "en",
                    "orders",
                    "Returns and refunds",
                    "Send an item back within 30 days.",
                    "Start a return from your order page; refunds reach your card in 5 days.",
                ),
                article(
                    "shipping",
                    "en",
                    "delivery",
                    "Shipping times",
                    "EU orders arrive in 2-4 business days.",
                    "We ship from our warehouse; returns are free.",
                ),
                article(
                    "payment",
                    "en",
                    "orders",
                    "Payment methods",
                    "Cards, PayPal, Alipay and WeChat Pay.",
                    "Your card is charged when the order ships.",
                ),
                article(
                    "sizing",
                    "en",
                    "products",
                    "Size guide",
                    "How our mugs and dresses are measured.",
                    "Measure your favourite mug, then compare.",
                ),
            ],
        )
    }

    fn ids(index: &Index, text: &str) -> Vec<String> {
        let query = Query {
            text,
            limit: 10,
            category: None,
        };
        search(index, &query).into_iter().map(|h| h.id).collect()
    }

    #[test]
    fn a_title_match_outranks_a_body_match() {
        assert_eq!(ids(&shop(), "returns ")[..2], ["returns", "shipping"]);
    }

    #[test]
    fn the_word_being_typed_matches_as_a_prefix() {
        assert_eq!(ids(&shop(), "payp")[0], "payment");
        assert_eq!(ids(&shop(), "refu")[0], "returns");
        assert!(
            ids(&shop(), "refu ").is_empty(),
            "a finished word is not a prefix"
        );
    }

    #[test]
    fn typos_are_forgiven_by_length_and_exact_matches_come_first() {
        assert_eq!(
            ids(&shop(), "shiping ")[0],
            "shipping",
            "one edit at 5+ characters"
        );
        assert_eq!(
            ids(&shop(), "wharehuose ")[0],
            "shipping",
            "two edits at 8+"
        );
        assert!(
            ids(&shop(), "sise ").is_empty(),
            "no edit under 5 characters"
        );
        let index = Index::build(
            "en",
            &[
                article("a", "en", "x", "Parcel lockers", "", ""),
                article("b", "en", "x", "Parcels", "", ""),
                article("c", "en", "x", "Pancel", "", ""),
            ],
        );
        // The rarer "pancel" would win on BM25 alone; the typo still comes last.
        assert_eq!(ids(&index, "parcel ")[2], "c");
    }

    #[test]
    fn more_of_the_query_matched_ranks_higher_and_categories_filter() {
        assert_eq!(ids(&shop(), "card order ")[..2], ["payment", "returns"]);
        let query = Query {
            text: "card",
            limit: 10,
            category: Some("orders"),
        };
        let hits = search(&shop(), &query);
        assert!(hits.iter().all(|h| h.category == "orders") && !hits.is_empty());
    }

    #[test]
    fn unspaced_scripts_find_what_the_article_says() {
        let zh = Index::build(
            "zh-CN",
            &[article(
                "t",
                "zh-CN",
                "o",
                "退货政策",
                "30天内可以退货。",
                "",
            )],
        );
        assert_eq!(ids(&zh, "退货"), ["t"]);
        assert_eq!(ids(&zh, "如何退货"), ["t"]);
        assert_eq!(ids(&zh, "退"), ["t"], "one character: the pairs it begins");
        let th = Index::build(
            "th",
            &[article(
                "t",
                "th",
                "o",
                "การคืนสินค้า",
                "คืนสินค้าภายใน 30 วัน",
                "",
            )],
        );
        assert_eq!(ids(&th, "คืนสินค้า"), ["t"]);
        let ko = Index::build(
            "ko",
            &[article(
                "t",
                "ko",
                "o",
                "반품 안내",
                "주문을 반품하려면",
                "",
            )],
        );
        assert_eq!(ids(&ko, "반품"), ["t"]);
    }

    #[test]
    fn folding_and_stemming_meet_the_article_halfway() {
        let vi = Index::build("vi", &[article("t", "vi", "o", "Hoàn tiền", "", "")]);
        assert_eq!(ids(&vi, "hoan tien"), ["t"]);
        let ru = Index::build("ru", &[article("t", "ru", "o", "Возврат заказов", "", "")]);
        assert_eq!(ids(&ru, "заказ "), ["t"]);
    }

    #[test]
    fn snippets_mark_the_matched_words() {
        let hits = search(
            &shop(),
            &Query {
                text: "paypal",
                limit: 1,
                category: None,
            },
        );
        assert_eq!(
            hits[0].snippet,
            "Cards, \u{1}PayPal\u{2}, Alipay and WeChat Pay."
        );
    }

    #[test]
    fn edit_distance() {
        assert!(within("shiping", "shipping", 1));
        assert!(!within("shiping", "shopping", 1));
        assert!(within("wharehuose", "warehouse", 2), "a swap is one edit");
        assert!(!within("wharehuose", "warehouse", 1));
        assert!(within("退货", "退货", 0));
    }
}
