//! Text into terms, one way for articles at index time and for queries at query time, so that
//! a term present in an article is always found by typing it.
//!
//! Words (Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari…) are runs of letters and digits,
//! folded ([`crate::fold`]). Scripts written without spaces between words (Chinese, Japanese,
//! Thai, and Korean, whose words carry particles) become overlapping pairs of characters: no
//! dictionary to ship, and the same pairs on both sides. A lone character stays a term.

use crate::fold::push_folded;

/// A term and where it stands in the original text (byte offsets), for snippets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub term: String,
    pub start: usize,
    pub end: usize,
    /// Part of a character-pair run (no stemming, no typo tolerance).
    pub paired: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Word,
    Paired,
    Gap,
}

/// Hangul syllables: Korean, whose words are spaced but carry particles, so they are paired
/// like the unspaced scripts and yet each run is one word ([`mod@crate::search`]).
pub fn hangul(c: char) -> bool {
    ('\u{AC00}'..='\u{D7AF}').contains(&c)
}

/// Japanese hiragana: a pair of it is nearly always grammar (ます, には, どう), the topic being
/// written in kanji or katakana (see `function_words`, and the collector's recurring terms).
pub fn hiragana(c: char) -> bool {
    ('\u{3040}'..='\u{309F}').contains(&c)
}

fn class(c: char) -> Class {
    let paired = matches!(c,
        '\u{3040}'..='\u{30FF}' | '\u{31F0}'..='\u{31FF}' | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{FF66}'..='\u{FF9F}'
        | '\u{20000}'..='\u{2FFFF}' | '\u{1100}'..='\u{11FF}'
        | '\u{3130}'..='\u{318F}' | '\u{0E00}'..='\u{0EFF}' | '\u{1000}'..='\u{109F}'
        | '\u{1780}'..='\u{17FF}');
    // Vowel signs and points inside words (Devanagari matras, Arabic harakat, Hebrew niqqud)
    // are marks, not letters, but belong to the word.
    let mark =
        matches!(c, '\u{0900}'..='\u{097F}' | '\u{064B}'..='\u{0652}' | '\u{0591}'..='\u{05C7}');
    if paired || hangul(c) {
        Class::Paired
    } else if c.is_alphanumeric() || mark {
        Class::Word
    } else {
        Class::Gap
    }
}

/// The terms of `text`, in order.
pub fn tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut run: Vec<(usize, char)> = Vec::new();
    let mut run_class = Class::Gap;
    let mut chars = text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
        .peekable();
    while let Some((at, c)) = chars.next() {
        // Brackets inside a word mark a mnemonic (`E[x]tract`, `[a]ction` in command help):
        // they do not split it.
        let inside = run_class == Class::Word
            && matches!(c, '[' | ']')
            && chars.peek().is_some_and(|&(_, n)| class(n) == Class::Word);
        if inside {
            continue;
        }
        let k = class(c);
        if k != run_class && !run.is_empty() {
            flush(&run, run_class, at, &mut out);
            run.clear();
        }
        run_class = k;
        if k != Class::Gap {
            run.push((at, c));
        }
    }
    out
}

fn flush(run: &[(usize, char)], class: Class, end: usize, out: &mut Vec<Token>) {
    match class {
        Class::Gap => {}
        Class::Word => {
            let mut term = String::new();
            run.iter().for_each(|&(_, c)| push_folded(c, &mut term));
            if !term.is_empty() {
                out.push(Token {
                    term,
                    start: run[0].0,
                    end,
                    paired: false,
                });
            }
        }
        Class::Paired if run.len() == 1 => {
            out.push(Token {
                term: run[0].1.to_string(),
                start: run[0].0,
                end,
                paired: true,
            });
        }
        Class::Paired => {
            for (i, pair) in run.windows(2).enumerate() {
                let stop = run.get(i + 2).map_or(end, |&(at, _)| at);
                let term: String = pair.iter().map(|&(_, c)| c).collect();
                out.push(Token {
                    term,
                    start: pair[0].0,
                    end: stop,
                    paired: true,
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::tokens;

    fn terms(text: &str) -> Vec<String> {
        tokens(text).into_iter().map(|t| t.term).collect()
    }

    #[test]
    fn words_are_folded_runs_of_letters_and_digits() {
        assert_eq!(
            terms("Where's my ORDER #1042?"),
            ["where", "s", "my", "order", "1042"]
        );
        assert_eq!(terms("Возврат товара"), ["возврат", "товара"]);
        assert_eq!(terms("Hoàn tiền"), ["hoan", "tien"]);
        assert_eq!(terms("वापसी नीति"), ["वापसी", "नीति"]);
        assert_eq!(terms("سياسة الإرجاع"), ["سياسه", "الارجاع"]);
    }

    #[test]
    fn unspaced_scripts_become_overlapping_pairs() {
        assert_eq!(terms("退货政策"), ["退货", "货政", "政策"]);
        assert_eq!(terms("返品する"), ["返品", "品す", "する"]);
        assert_eq!(terms("반품 신청"), ["반품", "신청"]);
        assert_eq!(terms("คืนสินค้า"), ["คื", "ืน", "นส", "สิ", "ิน", "นค", "ค้", "้า"]);
        assert_eq!(terms("退"), ["退"]);
        assert_eq!(terms("iPhone15の返品"), ["iphone15", "の返", "返品"]);
    }

    #[test]
    fn bracketed_mnemonics_stay_inside_their_word() {
        assert_eq!(
            terms("E[x]tract an [a]rchive"),
            ["extract", "an", "archive"]
        );
        assert_eq!(terms("see [1] and [docs]"), ["see", "1", "and", "docs"]);
    }

    #[test]
    fn offsets_point_into_the_original_text() {
        let text = "Café 退货政策";
        for t in tokens(text) {
            assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
        }
        let first = &tokens(text)[0];
        assert_eq!(&text[first.start..first.end], "Café");
        let pair = &tokens(text)[1];
        assert_eq!(&text[pair.start..pair.end], "退货");
    }
}
