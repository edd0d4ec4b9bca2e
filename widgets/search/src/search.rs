//! Ranking: the articles' BM25F scores for the query's words, with the word being typed matched
//! as a prefix and typos forgiven (one edit in words of five characters or more, two from
//! eight). Articles are ordered by how many of the query's words they match, then by how
//! exactly (an exact match before a prefix, a prefix before a typo, whatever the terms'
//! rarity), then by score, which what shoppers chose for the same query may raise by a capped
//! share ([`crate::learn`]). The results shown are then reordered by how close the query's
//! words stand in their titles and summaries (`closer_first`). A pinned answer comes first.
//!
//! Question and function words ("how", "do", "I", 如何, cómo, как; see
//! [`crate::function_words`]) are not counted as matched words, unless the query has nothing
//! else; they still add to the score. Otherwise an article matching "how", "do" and "a"
//! outranks the one matching the word a question is about. A query that has them is a
//! sentence, ranked by score weighted by its exact matches rather than by matched words first
//! (`sentence`). (Counting words by their IDF instead was measured too, and lost on the
//! keyword set: see the README.)
//!
//! A query runs against whatever the index has loaded: when it needs a chunk that is not,
//! [`search`] says which ([`Step::Fetch`]), and the caller runs it again once they are added.

use crate::codec::Malformed;
use crate::files::Chunk;
use crate::function_words::is_function_word;
use crate::index::{term, Doc, Index};
use crate::tokenize::{hangul, tokens, Token};
use crate::typo::within;

/// How exactly a query word matched: ranks before the score does.
const EXACT: u32 = 2;
const PREFIX: u32 = 1;
const TYPO: u32 = 0;
/// Terms a prefix or a typo may reach, the commonest kept: "a" begins thousands.
const PREFIX_TERMS: usize = 24;
const TYPO_TERMS: usize = 12;
/// What a Korean word's later pairs add to the score, as a fraction of their own: 1/16.
const ENDING_SHARE: u32 = 16;

/// One result.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    /// The article's position in the index, to ask for its body.
    pub doc: u32,
    pub id: String,
    pub title: String,
    pub url: Option<String>,
    pub category: String,
    /// The category as shown: its label in the index's language, else its id.
    pub category_label: String,
    /// The summary with the words that ranked the article between `\u{1}` and `\u{2}` (see
    /// `mark`; the widget turns them into `<mark>`, escaping the rest).
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

/// What a query needs next.
#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    /// Add these chunks to the index, then search again.
    Fetch(Vec<Chunk>),
    Done(Vec<Hit>),
}

/// Rounds of fetching a query takes: the postings of its words, then the articles ranked first.
const ROUNDS: usize = 2;

/// The chunks one query has fetched so far. On a damaged index a query could keep asking for
/// chunks that never fill in what it needs; the caller checks each [`Step::Fetch`] here and
/// refuses the index instead of looping.
#[derive(Debug, Default)]
pub struct Progress {
    fetched: Vec<Chunk>,
    rounds: usize,
}

impl Progress {
    /// Records a round of `chunks`, or refuses it: a chunk fetched before, an empty round or a
    /// round more than a query takes would never end the query.
    pub fn fetch(&mut self, chunks: &[Chunk]) -> Result<(), Malformed> {
        self.rounds += 1;
        let again = chunks.is_empty() || chunks.iter().any(|c| self.fetched.contains(c));
        if again || self.rounds > ROUNDS {
            return Err(Malformed("a query keeps asking for chunks"));
        }
        self.fetched.extend_from_slice(chunks);
        Ok(())
    }
}

/// The vocabulary terms a query word reaches, each with how exactly.
fn reach(index: &Index, token: &Token, q: &str, last: bool) -> Vec<(usize, u32)> {
    let mut out: Vec<(usize, u32)> = index.find(q).map(|t| (t, EXACT)).into_iter().collect();
    if last {
        // The word being typed: the terms it begins (its stem may be shorter than the word).
        let typed = token.term.as_str();
        let from = index.terms.partition_point(|t| t.as_str() < typed);
        let to = from + index.terms[from..].partition_point(|t| t.starts_with(typed));
        let found = (from..to).filter(|&t| index.terms[t] != q);
        out.extend(commonest(index, found, PREFIX_TERMS).map(|t| (t, PREFIX)));
    }
    // The budget follows what the visitor typed, not its (shorter) stem.
    let edits = match (token.paired, token.term.chars().count()) {
        (true, _) => 0,
        (_, n) if n >= 8 => 2,
        (_, n) if n >= 5 => 1,
        _ => 0,
    };
    if edits > 0 {
        let near = index.shapes.near(q, edits).filter(|&t| {
            !out.iter().any(|&(o, _)| o == t) && within(q, &index.terms[t], edits as usize)
        });
        let near: Vec<usize> = near.collect();
        out.extend(commonest(index, near.into_iter(), TYPO_TERMS).map(|t| (t, TYPO)));
    }
    out
}

/// The `n` terms of `terms` found in the most articles.
fn commonest(
    index: &Index,
    terms: impl Iterator<Item = usize>,
    n: usize,
) -> impl Iterator<Item = usize> {
    let mut terms: Vec<usize> = terms.collect();
    if terms.len() > n {
        terms.sort_by_key(|&t| std::cmp::Reverse(index.df[t]));
        terms.truncate(n);
    }
    terms.into_iter()
}

/// Which query word each token is part of. Korean puts spaces between words, so the pairs of
/// one Hangul run are one word: an article matching both pairs of `소유자` (owner) must not
/// count as matching more of the query than one matching `소유` (own) of it and every other
/// word. Chinese, Japanese and Thai runs are phrases, not words: each pair counts on its own.
fn words(typed: &[Token]) -> Vec<u32> {
    let korean = |t: &Token| t.term.chars().all(hangul);
    let mut word = 0;
    let mut out = Vec::with_capacity(typed.len());
    for (i, token) in typed.iter().enumerate() {
        let same =
            i > 0 && korean(token) && korean(&typed[i - 1]) && token.start < typed[i - 1].end;
        if i > 0 && !same {
            word += 1;
        }
        out.push(word);
    }
    out
}

/// How one article stands against a query, compared field by field: query words matched
/// (question and function words aside), how exactly (summed tiers), then the summed scores.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
struct Tally {
    words: u32,
    tiers: u32,
    score: u32,
}

/// A sentence's ranking ("how do I mount a usb drive on linux?"): the score, raised by half for
/// each word matched exactly (a quarter for a prefix, nothing for a typo), instead of "most
/// words matched first". In a sentence not every word matters: the article titled `mount`
/// should beat one whose body happens to say "usb", "drive" and "linux". Keywords ("mount usb")
/// keep the strict order, where every word typed was chosen. Measured on the question set:
/// MRR@10 0.486 → 0.506, the keyword set 0.661 → 0.667 (see the README).
fn sentence(tally: Tally) -> Tally {
    Tally {
        words: 0,
        tiers: 0,
        score: tally.score * (4 + tally.tiers),
    }
}

/// The ranked results of `query`, or the chunks it needs first.
///
/// Tallies live in arrays as long as the index has articles rather than in maps: a common word
/// reaches thousands of articles, and a map insert per posting was most of a query's time.
pub fn search(index: &Index, query: &Query) -> Step {
    let typed = tokens(query.text);
    // The last word is being typed when the text ends inside it: not after a space, nor after
    // the `?` that ends a question.
    let typing = typed.last().is_some_and(|t| t.end == query.text.len());
    let wanted = typed.len();
    let mut fetch: Vec<Chunk> = Vec::new();
    let mut tallies = vec![Tally::default(); index.docs.len()];
    let mut matched: Vec<u32> = Vec::new();
    // Per article, the best (tier, score) of the current word's terms, as `1 + tier << 8 | score`
    // (0: not reached), and which articles it reached.
    let mut best = vec![0u32; index.docs.len()];
    let mut reached: Vec<u32> = Vec::new();
    // Per article, the last query word (plus one) it was credited for, and whether it was
    // reached at all (by a function word only, it is matched but credited for nothing).
    let mut credited = vec![0u32; index.docs.len()];
    let mut seen = vec![false; index.docs.len()];
    let words = words(&typed);
    // The vocabulary terms the counted words reached, which the snippets mark.
    let mut lit: Vec<usize> = Vec::new();
    let terms: Vec<String> = typed.iter().map(|t| term(t, &index.locale)).collect();
    // Which tokens count as matched words: question and function words only when the query
    // has nothing else. A query with both is a sentence ([`sentence`]).
    let function: Vec<bool> = typed
        .iter()
        .map(|t| is_function_word(&t.term, t.paired, &index.locale, &index.function_words))
        .collect();
    let only_function_words = function.iter().all(|&f| f);
    let is_sentence = !only_function_words && function.contains(&true);
    let counts: Vec<bool> = function
        .iter()
        .map(|&f| only_function_words || !f)
        .collect();
    for (i, (token, q)) in typed.iter().zip(&terms).enumerate() {
        // A Korean word's first pair holds its stem; the later ones mostly spell its endings
        // and particles (`크기를`: `크기` size, `기를`; `확인하나요`: `확인` check, `인하`, `하나`,
        // `나요`), which other words share. They still find the word, but add a sixteenth of
        // their score. Measured: Korean questions success@5 0.364 → 0.591, Korean keywords
        // MRR@10 0.747 → 0.779.
        let ending = i > 0 && words[i] == words[i - 1];
        for (t, tier) in reach(index, token, q, typing && i + 1 == wanted) {
            if counts[i] {
                lit.push(t);
            }
            let Some(postings) = &index.postings[t] else {
                fetch.extend(index.missing_postings(t));
                continue;
            };
            for p in postings {
                let slot = &mut best[p.doc as usize];
                if *slot == 0 {
                    reached.push(p.doc);
                }
                *slot = (*slot).max(1 + (tier << 8 | u32::from(p.score)));
            }
        }
        for doc in reached.drain(..) {
            let key = std::mem::take(&mut best[doc as usize]) - 1;
            let tally = &mut tallies[doc as usize];
            if !seen[doc as usize] {
                seen[doc as usize] = true;
                matched.push(doc);
            }
            if counts[i] && credited[doc as usize] != words[i] + 1 {
                credited[doc as usize] = words[i] + 1;
                tally.words += 1;
                tally.tiers += key >> 8;
            }
            let score = key & 0xff;
            tally.score += if ending { score / ENDING_SHARE } else { score };
        }
    }
    if !fetch.is_empty() {
        fetch.sort();
        fetch.dedup();
        return Step::Fetch(fetch);
    }
    // What shoppers chose for this query before ([`crate::learn`]): a capped share more score.
    let key = terms.join(" "); // as `pin_key` keys the query
    for (_, doc, boost) in index.learned.iter().filter(|(k, ..)| *k == key) {
        if let Some(tally) = tallies.get_mut(*doc as usize) {
            tally.score += tally.score * u32::from(*boost) / 100;
        }
    }
    if is_sentence {
        for &doc in &matched {
            let tally = &mut tallies[doc as usize];
            *tally = sentence(*tally);
        }
    }
    let in_category = |doc: u32| {
        query.category.is_none_or(|c| {
            let n = index.doc_categories[doc as usize] as usize;
            index.categories.get(n).is_some_and(|own| own == c)
        })
    };
    matched.retain(|&doc| in_category(doc));
    // Best first; among equals, the earlier article. Only the first `limit` (and a pinned answer)
    // are shown, so the rest is never sorted.
    let order = |&doc: &u32| (std::cmp::Reverse(tallies[doc as usize]), doc);
    let limit = query.limit.max(1);
    if matched.len() > limit {
        matched.select_nth_unstable_by_key(limit, order);
        matched.truncate(limit);
    }
    matched.sort_unstable_by_key(order);
    let mut ranked: Vec<(u32, Tally)> = matched
        .into_iter()
        .map(|doc| (doc, tallies[doc as usize]))
        .collect();
    let pins = pinned(index, &key, limit, in_category);
    ranked.retain(|(doc, _)| !pins.contains(doc));
    let pinned_first = pins.len();
    let mut ranked: Vec<(u32, Tally)> = pins
        .into_iter()
        .map(|doc| (doc, tallies[doc as usize]))
        .chain(ranked)
        .collect();
    ranked.truncate(limit);
    let mut missing: Vec<Chunk> = ranked
        .iter()
        .filter_map(|&(doc, _)| index.missing_doc(doc))
        .collect();
    if !missing.is_empty() {
        // Results are in rank order, not chunk order: two far apart may share a chunk.
        missing.sort();
        missing.dedup();
        return Step::Fetch(missing);
    }
    let near: Vec<String> = terms
        .iter()
        .zip(&counts)
        .filter(|(_, &c)| c)
        .map(|(t, _)| t.clone())
        .collect();
    let shown = pinned_first.min(ranked.len());
    closer_first(index, &mut ranked[shown..], &near);
    let lit: Vec<&str> = lit.iter().map(|&t| index.terms[t].as_str()).collect();
    let hits = ranked
        .into_iter()
        .filter_map(|(doc, tally)| {
            let d = index.docs[doc as usize].as_ref()?;
            let category = index.doc_categories[doc as usize] as usize;
            Some(Hit {
                doc,
                id: d.id.clone(),
                title: d.title.clone(),
                url: d.url.clone(),
                category: index.categories.get(category).cloned().unwrap_or_default(),
                category_label: index.category_label(category).to_string(),
                snippet: mark(&d.summary, &lit, &index.locale),
                score: tally.score as f32,
            })
        })
        .collect();
    Step::Done(hits)
}

/// Reorders the results shown (pinned answers aside) by how close the query's words stand in
/// their titles and summaries ([`closeness`]): each close pair is an eighth more score, within
/// the order of words matched and exactness. Only the results shown are reordered, as only
/// their titles and summaries are downloaded.
fn closer_first(index: &Index, shown: &mut [(u32, Tally)], near: &[String]) {
    if near.len() < 2 {
        return;
    }
    let mut keyed: Vec<(std::cmp::Reverse<Tally>, usize, (u32, Tally))> = shown
        .iter()
        .enumerate()
        .map(|(i, &(doc, tally))| {
            let d = index.docs[doc as usize].as_ref();
            let close = d.map_or(0, |d| closeness(d, near, &index.locale));
            let closer = Tally {
                score: tally.score * (8 + close),
                ..tally
            };
            (std::cmp::Reverse(closer), i, (doc, tally))
        })
        .collect();
    keyed.sort_unstable_by_key(|&(key, i, _)| (key, i));
    for (slot, (.., result)) in shown.iter_mut().zip(keyed) {
        *slot = result;
    }
}

/// How many pairs of neighbouring query words stand in order within two words of each other
/// in the title, and in the summary.
fn closeness(doc: &Doc, near: &[String], locale: &str) -> u32 {
    let mut n = 0;
    for field in [&doc.title, &doc.summary] {
        let said: Vec<String> = tokens(field).iter().map(|t| term(t, locale)).collect();
        for pair in near.windows(2) {
            let together = said
                .iter()
                .enumerate()
                .any(|(i, t)| *t == pair[0] && said[i + 1..].iter().take(2).any(|u| *u == pair[1]));
            n += u32::from(together);
        }
    }
    n
}

/// The articles pinned to the query `key` that `keep` keeps, the last pinned first, `limit` of
/// them at most: an index may pin any number of answers to one query, and only `limit` are
/// shown.
fn pinned(index: &Index, key: &str, limit: usize, keep: impl Fn(u32) -> bool) -> Vec<u32> {
    let mut pins: Vec<u32> = Vec::new();
    for &(_, doc) in index.pinned.iter().rev().filter(|(k, _)| *k == key) {
        if pins.len() == limit {
            break;
        }
        if keep(doc) && !pins.contains(&doc) {
            pins.push(doc);
        }
    }
    pins
}

/// `text` with the tokens whose term is one of `lit` between `\u{1}` and `\u{2}`; overlapping
/// character pairs are marked as one run. `lit` holds the terms the query's counted words
/// reached (exactly, as the prefix being typed, or by a typo), so the marks show what ranked
/// the article: the "return" that "retrun" found, but not the "in", "is" and "and" that a
/// question's function words "I" and "an" begin.
fn mark(text: &str, lit: &[&str], locale: &str) -> String {
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for token in tokens(text) {
        if lit.contains(&term(&token, locale).as_str()) {
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
    use crate::index::{Article, Doc, MAX_TERM_BYTES};
    use crate::testing::{article, hits, ids};

    fn shop() -> Index {
        Index::build("en", &shop_articles(), &[], false)
    }

    fn shop_articles() -> Vec<Article> {
        vec![
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
        ]
    }

    /// `articles` in a help center where "how", "do" and "I" are everywhere, as in real ones:
    /// four more articles titled "How do I …?".
    fn help_center(mut articles: Vec<Article>) -> Index {
        for topic in ["pay", "ship", "track", "size"] {
            let title = format!("How do I {topic}?");
            articles.push(article(topic, "en", "help", &title, "", ""));
        }
        Index::build("en", &articles, &[], false)
    }

    /// A question's "how do I" does not outrank the word it is about, and a query of nothing
    /// but question words still finds what has them.
    #[test]
    fn question_words_do_not_count_as_matched_words() {
        let index = help_center(vec![
            article(
                "start",
                "en",
                "help",
                "How to start",
                "How do I begin? How it works.",
                "",
            ),
            article(
                "refunds",
                "en",
                "orders",
                "Refunds",
                "Money back for returned orders.",
                "",
            ),
        ]);
        assert_eq!(ids(&index, "how do i get a refund ")[0], "refunds");
        let asked = ids(&index, "how do i ");
        assert!(
            asked.len() == 5 && !asked.contains(&"refunds".into()),
            "{asked:?}"
        );
        let zh = Index::build(
            "zh-CN",
            &[
                article("a", "zh-CN", "x", "如何开始", "如何使用本店", ""),
                article("b", "zh-CN", "x", "退款", "退款需要五天", ""),
            ],
            &[],
            false,
        );
        assert_eq!(ids(&zh, "如何退款 ")[0], "b");
    }

    /// A sentence is ranked by score weighted by exact matches: the article titled with the word
    /// that matters beats one whose body happens to hold the others. Keywords keep "most words
    /// matched first".
    #[test]
    fn a_sentence_weighs_its_words_and_keywords_count_them() {
        let mut articles = vec![
            article("mount", "en", "disks", "Mount", "Attach a disk.", ""),
            article(
                "ventoy",
                "en",
                "disks",
                "Ventoy",
                "Boot images.",
                "Make a usb stick that boots linux.",
            ),
        ];
        // As in a help center for Linux, where "linux" is everywhere.
        for topic in ["copy", "move", "list", "find"] {
            let title = format!("{topic} files");
            articles.push(article(topic, "en", "files", &title, "Linux tools.", ""));
        }
        let index = Index::build("en", &articles, &[], false);
        assert_eq!(
            ids(&index, "how do I mount a usb drive on linux?")[0],
            "mount"
        );
        assert_eq!(ids(&index, "mount usb drive linux ")[0], "ventoy");
    }

    /// Of the results shown, the one whose title or summary has the query's words together
    /// comes first, keywords or a sentence.
    #[test]
    fn words_that_stand_together_rank_higher() {
        let index = help_center(vec![
            article("apart", "en", "x", "Label printers", "Return anything.", ""),
            article(
                "together",
                "en",
                "x",
                "Printers",
                "Print a return label.",
                "",
            ),
        ]);
        assert_eq!(ids(&index, "return label ")[0], "together");
        assert_eq!(ids(&index, "how do i get a return label?")[0], "together");
        assert_eq!(
            ids(&index, "label return ")[0],
            "apart",
            "in the query's order"
        );
    }

    /// Of two articles that say the same, the one written in more languages comes first; the
    /// languages never lift an article over one that matches more words of a keyword query.
    #[test]
    fn a_widely_translated_article_leads_among_equals() {
        let twin = |id: &str, languages: u32| Article {
            languages,
            ..article(
                id,
                "en",
                "help",
                "Parcel tracking",
                "Where your parcel is.",
                "",
            )
        };
        let articles = [
            twin("niche", 1),
            twin("translated", 7),
            article("both", "en", "help", "Parcel tracking by email", "", ""),
        ];
        let index = Index::build("en", &articles, &[], false);
        assert_eq!(ids(&index, "parcel ")[..2], ["translated", "niche"]);
        assert_eq!(ids(&index, "tracking email ")[0], "both");
        let alone = Index::build("en", &articles[..1], &[], false);
        let one = Index::build("en", &[twin("niche", 0)], &[], false);
        assert_eq!(
            alone.postings, one.postings,
            "0 and 1 language weigh the same"
        );
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
        assert!(
            ids(&shop(), "refu?").is_empty(),
            "nor one a question mark ends"
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
            &[],
            false,
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
        let hits = hits(&shop(), &query);
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
            &[],
            false,
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
            &[],
            false,
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
            &[],
            false,
        );
        assert_eq!(ids(&ko, "반품"), ["t"]);
    }

    #[test]
    fn a_korean_word_counts_once_however_many_of_its_pairs_match() {
        let ko = Index::build(
            "ko",
            &[
                article("owner", "ko", "o", "소유자 파일", "소유자 목록", ""),
                article("chown", "ko", "o", "권한", "", "파일 소유권 변경"),
            ],
            &[],
            false,
        );
        // `owner` matches two words (both pairs of 소유자), `chown` all three (소유 of 소유자).
        assert_eq!(ids(&ko, "파일 소유자 변경"), ["chown", "owner"]);
    }

    /// The later pairs of a Korean word are mostly its particle and endings: `기를` of `크기를`
    /// (size + object particle), `하나` and `나요` of `확인하나요` (check + polite question) must
    /// not outweigh the article about `크기` and `확인`, though another word has all three.
    #[test]
    fn a_korean_words_stem_outweighs_its_endings() {
        let ko = Index::build(
            "ko",
            &[
                article(
                    "plants",
                    "ko",
                    "g",
                    "식물을 기를 때",
                    "하루에 하나씩 물을 주나요?",
                    "",
                ),
                article(
                    "size",
                    "ko",
                    "f",
                    "파일 정보",
                    "",
                    "크기와 권한을 확인합니다.",
                ),
            ],
            &[],
            false,
        );
        assert_eq!(ids(&ko, "크기를 어떻게 확인하나요?"), ["size", "plants"]);
    }

    #[test]
    fn folding_and_stemming_meet_the_article_halfway() {
        let vi = Index::build(
            "vi",
            &[article("t", "vi", "o", "Hoàn tiền", "", "")],
            &[],
            false,
        );
        assert_eq!(ids(&vi, "hoan tien"), ["t"]);
        let ru = Index::build(
            "ru",
            &[article("t", "ru", "o", "Возврат заказов", "", "")],
            &[],
            false,
        );
        assert_eq!(ids(&ru, "заказ "), ["t"]);
    }

    #[test]
    fn snippets_mark_the_matched_words() {
        let hits = hits(
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
    fn snippets_mark_what_ranked_the_article_not_what_a_function_word_begins() {
        let snippet = |text: &str| {
            let query = Query {
                text,
                limit: 1,
                category: None,
            };
            hits(&shop(), &query).remove(0).snippet
        };
        // "I" and "it" begin "item", but they do not count in a question, so they mark nothing.
        assert_eq!(
            snippet("how do I send it back?"),
            "\u{1}Send\u{2} an item \u{1}back\u{2} within 30 days."
        );
        // A typo marks the word it found; the word being typed marks the words it begins.
        let paypal = "Cards, \u{1}PayPal\u{2}, Alipay and WeChat Pay.";
        assert_eq!(snippet("paypall"), paypal);
        assert_eq!(snippet("payp"), paypal);
    }

    #[test]
    fn synonyms_find_an_article_by_words_it_does_not_use() {
        let synonyms = [vec!["refund".to_string(), "money back".to_string()]];
        let articles = [
            article("r", "en", "o", "Refunds", "", ""),
            article("m", "en", "o", "Money back guarantee", "", ""),
            article("x", "en", "o", "Back to top", "", ""),
        ];
        let index = Index::build("en", &articles, &synonyms, false);
        let money = ids(&index, "money back ");
        assert!(money[..2].contains(&"r".to_string()) && money[..2].contains(&"m".to_string()));
        let refund = ids(&index, "refund ");
        assert_eq!(refund.len(), 2, "{refund:?}");
        assert!(!refund.contains(&"x".to_string()));
    }

    #[test]
    fn a_pinned_answer_comes_first() {
        let mut articles = shop_articles();
        articles[3].pinned = vec!["Where is my order?".into()];
        let index = Index::build("en", &articles, &[], false);
        assert_eq!(ids(&index, "where is my order")[0], "sizing");
        assert_eq!(ids(&index, "WHERE is my order? ")[0], "sizing");
        assert_ne!(ids(&index, "order")[0], "sizing");
    }

    #[test]
    fn thousands_of_answers_pinned_to_one_query_cost_no_more_than_the_limit() {
        let n = 50_000;
        let mut index = Index::build(
            "en",
            &[article("a", "en", "c", "Where", "", "")],
            &[],
            false,
        );
        index.docs = vec![Some(Doc::default()); n];
        index.doc_categories = vec![0; n];
        index.pinned = (0..n as u32)
            .map(|doc| ("where".to_string(), doc))
            .collect();
        let started = std::time::Instant::now();
        let query = Query {
            text: "where",
            limit: 10,
            category: None,
        };
        let found: Vec<u32> = hits(&index, &query).iter().map(|h| h.doc).collect();
        assert_eq!(found, (n as u32 - 10..n as u32).rev().collect::<Vec<_>>());
        let elapsed = started.elapsed();
        assert!(elapsed.as_millis() < 1000, "{elapsed:?}");
    }

    #[test]
    fn a_word_longer_than_the_term_cap_is_found_by_its_first_bytes() {
        let long = "a".repeat(100);
        let cyrillic = "ж".repeat(50);
        let title = format!("{long} {cyrillic}");
        let index = Index::build("en", &[article("t", "en", "c", &title, "", "")], &[], false);
        assert!(
            index.terms.iter().all(|t| t.len() <= MAX_TERM_BYTES),
            "{:?}",
            index.terms
        );
        assert_eq!(ids(&index, &long), ["t"]);
        assert_eq!(ids(&index, &format!("{cyrillic} ")), ["t"]);
    }

    #[test]
    fn a_query_that_asks_again_for_a_chunk_is_stopped() {
        let mut progress = Progress::default();
        assert!(progress
            .fetch(&[Chunk::Postings(0), Chunk::Postings(2)])
            .is_ok());
        assert!(progress
            .fetch(&[Chunk::Docs(0), Chunk::Postings(2)])
            .is_err());
        let mut progress = Progress::default();
        assert!(progress.fetch(&[]).is_err(), "a round that brings nothing");
        let mut progress = Progress::default();
        assert!(progress.fetch(&[Chunk::Postings(0)]).is_ok());
        assert!(progress.fetch(&[Chunk::Docs(0)]).is_ok());
        assert!(
            progress.fetch(&[Chunk::Docs(1)]).is_err(),
            "postings, articles, then what?"
        );
    }

    #[test]
    fn a_chunked_index_asks_for_what_a_query_needs_then_ranks_the_same() {
        use crate::files::{read_meta, write};
        let articles: Vec<Article> = (0..1500)
            .map(|i| {
                let mut a = shop_articles()[i % 4].clone();
                a.id = format!("{}-{i}", a.id);
                a.body = format!("{} extra{i} words{}", a.body, i % 17);
                a
            })
            .collect();
        let built = Index::build("en", &articles, &[], false);
        let files = write(&built);
        let mut read = read_meta(&files[0].1).unwrap();
        let query = Query {
            text: "shiping card extra12",
            limit: 5,
            category: None,
        };
        let mut rounds = 0;
        let mut progress = Progress::default();
        let hits = loop {
            match search(&read, &query) {
                Step::Done(hits) => break hits,
                Step::Fetch(chunks) => {
                    rounds += 1;
                    progress.fetch(&chunks).unwrap();
                    assert!(
                        chunks.windows(2).all(|w| w[0] < w[1]),
                        "each chunk once: {chunks:?}"
                    );
                    assert!(
                        chunks.len() < files.len() - 1,
                        "only some chunks: {chunks:?}"
                    );
                    for c in chunks {
                        let (_, bytes) = files.iter().find(|(n, _)| *n == c.file_name()).unwrap();
                        read.add(c, bytes).unwrap();
                    }
                }
            }
        };
        assert_eq!(rounds, 2, "postings, then articles");
        assert_eq!(hits, self::hits(&built, &query));
    }
}
