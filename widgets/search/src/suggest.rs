//! "Did you mean": when a query finds nothing, the same query with each word the index does not
//! know replaced by its one-edit correction (a letter dropped, added, changed, or two swapped)
//! that the index has in the most articles. Typo tolerance already forgives one edit in words
//! of five characters or more, so what is left is mostly short words (`sise`, `tarif`) and
//! words two edits off, of which one is undone.
//!
//! Corrections are built from the typed word, not taken from the vocabulary: the vocabulary
//! holds stems (`measur`), and a suggestion must read as a word. The edit is applied to what
//! the visitor typed where folding kept its length, so `Sise` becomes `Size`, not `size`.

use crate::index::{term, word_term, Index};
use crate::tokenize::{tokens, Token};

/// Words longer than this are not corrected: their corrections are many, and a long word is
/// rarely a typo of a short one the index has.
const MAX_CHARS: usize = 24;
/// Letters tried in an added or changed position, at most.
const MAX_ALPHABET: usize = 128;
/// Terms the alphabet is read from, spread over the vocabulary: every common letter shows up
/// in a few thousand, and reading all 40,000 of a large index took most of a suggestion's time.
const ALPHABET_SAMPLE: usize = 4096;

/// One edit of a word, by character position.
#[derive(Debug, Clone, Copy)]
enum Edit {
    Drop(usize),
    Swap(usize),
    Change(usize, char),
    Add(usize, char),
}

impl Edit {
    /// `chars` with the edit applied; in a word typed in capitals, a letter brought in is one
    /// too (ASCII only: Unicode's case tables would cost the wasm more than the rare case is
    /// worth).
    fn apply(self, chars: &[char]) -> String {
        let upper = chars.len() > 1
            && chars.iter().all(|c| !c.is_ascii_lowercase())
            && chars.iter().any(char::is_ascii_uppercase);
        let case = |c: char| if upper { c.to_ascii_uppercase() } else { c };
        let mut out: Vec<char> = chars.to_vec();
        match self {
            Edit::Drop(i) => {
                out.remove(i);
            }
            Edit::Swap(i) => out.swap(i, i + 1),
            Edit::Change(i, c) => out[i] = case(c),
            Edit::Add(i, c) => out.insert(i, case(c)),
        }
        out.into_iter().collect()
    }
}

/// Every one-edit change of a word of `n` characters, with letters from `alphabet`.
fn edits(n: usize, alphabet: &[char]) -> impl Iterator<Item = Edit> + '_ {
    let drops = (0..n).map(Edit::Drop);
    let swaps = (0..n.saturating_sub(1)).map(Edit::Swap);
    let changes = (0..n).flat_map(move |i| alphabet.iter().map(move |&c| Edit::Change(i, c)));
    let adds = (0..=n).flat_map(move |i| alphabet.iter().map(move |&c| Edit::Add(i, c)));
    drops.chain(swaps).chain(changes).chain(adds)
}

/// The letters the index's terms use in the same Unicode blocks (of 128) as `word`: a Latin
/// word is corrected with Latin letters, a Cyrillic one with Cyrillic. (In code point order:
/// sorting by frequency would cost the wasm a sort for nothing, the commonest correction
/// being chosen whatever the order it is tried in.)
fn alphabet(index: &Index, word: &[char]) -> Vec<char> {
    let mut blocks: Vec<u32> = Vec::new();
    for &c in word {
        if !blocks.contains(&(c as u32 >> 7)) {
            blocks.push(c as u32 >> 7);
        }
    }
    let mut seen = vec![false; 128 * blocks.len()];
    let step = index.terms.len().div_ceil(ALPHABET_SAMPLE).max(1);
    for c in index.terms.iter().step_by(step).flat_map(|t| t.chars()) {
        if let Some(b) = blocks.iter().position(|&b| b == c as u32 >> 7) {
            seen[b * 128 + (c as usize & 127)] = true;
        }
    }
    let letters = seen.iter().enumerate().filter(|(_, &s)| s);
    letters
        .filter_map(|(i, _)| char::from_u32(blocks[i / 128] << 7 | (i as u32 & 127)))
        .take(MAX_ALPHABET)
        .collect()
}

/// The correction of `token` the index has in the most articles, as the visitor would write
/// it: `None` when the index knows the word already, or no single edit makes one it knows.
fn correct(index: &Index, token: &Token, typed: &str) -> Option<String> {
    if token.paired || index.find(&term(token, &index.locale)).is_some() {
        return None;
    }
    let folded: Vec<char> = token.term.chars().collect();
    if folded.len() > MAX_CHARS {
        return None;
    }
    let alphabet = alphabet(index, &folded);
    let mut best: Option<(u32, Edit)> = None;
    for edit in edits(folded.len(), &alphabet) {
        let word = edit.apply(&folded);
        if word.is_empty() {
            continue;
        }
        if let Some(t) = index.find(&word_term(&word, &index.locale)) {
            if best.is_none_or(|(df, _)| index.df[t] > df) {
                best = Some((index.df[t], edit));
            }
        }
    }
    let (_, edit) = best?;
    let original: Vec<char> = typed.chars().collect();
    // Folding kept the length: the edit falls on the same letters of what was typed.
    let shown = if original.len() == folded.len() {
        &original
    } else {
        &folded
    };
    Some(edit.apply(shown))
}

/// `text` with its unknown words corrected, when at least one could be.
pub fn suggest(index: &Index, text: &str) -> Option<String> {
    let mut out = String::with_capacity(text.len() + 4);
    let mut at = 0;
    let mut changed = false;
    for token in tokens(text) {
        let typed = &text[token.start..token.end];
        if let Some(word) = correct(index, &token, typed) {
            out.push_str(&text[at..token.start]);
            out.push_str(&word);
            at = token.end;
            changed = true;
        }
    }
    out.push_str(&text[at..]);
    changed.then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::Article;
    use proptest::prelude::*;

    fn index(locale: &str, titles: &[&str]) -> Index {
        let articles: Vec<Article> = titles
            .iter()
            .enumerate()
            .map(|(i, title)| Article {
                id: i.to_string(),
                locale: locale.into(),
                title: title.to_string(),
                ..Article::default()
            })
            .collect();
        Index::build(locale, &articles, &[], false)
    }

    #[test]
    fn an_unknown_short_word_is_offered_its_commonest_one_edit_correction() {
        let en = index(
            "en",
            &["Size guide", "Size of mugs", "Site map", "Gift cards"],
        );
        assert_eq!(suggest(&en, "sise").as_deref(), Some("size"));
        assert_eq!(suggest(&en, "Sise?").as_deref(), Some("Size?"), "as typed");
        assert_eq!(suggest(&en, "SISE").as_deref(), Some("SIZE"));
        assert_eq!(
            suggest(&en, "gift crads").as_deref(),
            Some("gift cards"),
            "a swap"
        );
        assert_eq!(suggest(&en, "size guide"), None, "nothing to correct");
        assert_eq!(suggest(&en, "qqqq zzzz"), None, "nothing one edit away");
    }

    #[test]
    fn corrections_stay_in_the_words_script_and_keep_its_accents() {
        let es = index("es", &["Tarifa de envío", "Dirección de entrega"]);
        assert_eq!(suggest(&es, "tarfa").as_deref(), Some("tarifa"));
        assert_eq!(suggest(&es, "Direción").as_deref(), Some("Dirección"));
        let ru = index("ru", &["Возврат товара", "Доставка заказов"]);
        assert_eq!(suggest(&ru, "возрат").as_deref(), Some("возврат"));
        assert_eq!(
            suggest(&ru, "заказ доствка").as_deref(),
            Some("заказ доставка")
        );
        let zh = index("zh-CN", &["退货政策"]);
        assert_eq!(suggest(&zh, "退款"), None, "pairs are not corrected");
    }

    proptest! {
        /// Any text: no panic, and a suggestion differs from the text only where a word was.
        #[test]
        fn any_text_is_answered_without_panicking(text in "\\PC{0,40}") {
            let en = index("en", &["Size guide", "Returns and refunds", "Доставка"]);
            if let Some(s) = suggest(&en, &text) {
                prop_assert_ne!(s, text);
            }
        }
    }
}
