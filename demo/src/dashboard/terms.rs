//! Recurring terms in the verbatims, per language, counted with the help search's tokenizer
//! (`vox_search::tokenize`): words in spaced scripts, overlapping character pairs in Chinese,
//! Japanese, Korean and Thai, so "物流很慢" counts 物流 without a dictionary. A term counts
//! once per verbatim; function words and one-letter words are left out.

use std::collections::{HashMap, HashSet};

use vox_search::tokenize::{hiragana, tokens, Token};

use crate::store::Fact;

/// Terms shown per language.
const TERMS: usize = 8;
/// Languages shown (those with the most verbatims).
const LANGUAGES: usize = 12;
/// Verbatims counted: the view's newest this many. Enough for terms to recur, and it keeps a
/// view of 100,000 submissions fast (tokenizing is the costly part).
const SAMPLE: usize = 5_000;

/// Words that carry no topic, in the languages shops write in most (folded, as the tokenizer
/// gives them). Pairs of the unspaced scripts need no list: a pair of particles is rare.
const FUNCTION_WORDS: &[&str] = &[
    // English
    "the",
    "and",
    "for",
    "was",
    "are",
    "but",
    "not",
    "you",
    "your",
    "with",
    "this",
    "that",
    "have",
    "has",
    "had",
    "too",
    "very",
    "all",
    "can",
    "could",
    "would",
    "should",
    "please",
    "from",
    "they",
    "its",
    "it's",
    "i'm",
    "my",
    "our",
    "out",
    "into",
    "after",
    "what",
    "when",
    "how",
    "why",
    // Spanish, Portuguese
    "el",
    "la",
    "los",
    "las",
    "un",
    "una",
    "que",
    "por",
    "para",
    "con",
    "del",
    "muy",
    "pero",
    "mi",
    "es",
    "se",
    "no",
    "em",
    "de",
    "do",
    "da",
    "os",
    "as",
    "um",
    "uma",
    "com",
    "mais",
    "muito",
    "nao",
    "meu",
    "minha",
    // French
    "le",
    "les",
    "des",
    "une",
    "est",
    "pas",
    "pour",
    "avec",
    "mon",
    "mais",
    "tres",
    "sur",
    "qui",
    // German
    "der",
    "die",
    "das",
    "und",
    "ist",
    "nicht",
    "ein",
    "eine",
    "mit",
    "zu",
    "sehr",
    "aber",
    "mein",
    "meine",
    "ich",
    "den",
    "dem",
    "auf",
    "fur",
    "wird",
    // Russian
    "не",
    "на",
    "и",
    "в",
    "что",
    "это",
    "очень",
    "но",
    "мой",
    "моя",
    "как",
    "для",
    "по",
    "из",
    // Arabic
    "في",
    "من",
    "على",
    "لا",
    "ما",
    "عن",
    "مع",
    "هذا",
    "هذه",
    "جدا",
    "لم",
    "أن",
    "الى",
    "إلى",
];

/// Whether a token can name a topic: a word of three letters or more, or a character pair,
/// but not a number nor a pair of hiragana.
fn telling(t: &Token) -> bool {
    let chars = t.term.chars().count();
    if t.term.chars().all(char::is_numeric) {
        return false;
    }
    if t.paired {
        chars >= 2 && !t.term.chars().all(hiragana)
    } else {
        chars >= 3
    }
}

/// A language's terms with the number of verbatims each is in.
type Counted = Vec<(String, usize)>;

/// Up to [`TERMS`] terms per language (the locale's primary subtag) in the newest [`SAMPLE`]
/// verbatims, languages with the most verbatims first; a term must recur (two verbatims at
/// least).
pub fn recurring(verbatims: &[&Fact]) -> Vec<(String, Counted)> {
    let stop: HashSet<&str> = FUNCTION_WORDS.iter().copied().collect();
    let mut languages: HashMap<String, (usize, HashMap<String, usize>)> = HashMap::new();
    for f in verbatims.iter().take(SAMPLE) {
        let lang = f
            .locale
            .split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        let (count, terms) = languages.entry(lang).or_default();
        *count += 1;
        let unique: HashSet<String> = tokens(&f.facts.text)
            .into_iter()
            .filter(|t| telling(t) && !stop.contains(t.term.as_str()))
            .map(|t| t.term)
            .collect();
        for term in unique {
            *terms.entry(term).or_default() += 1;
        }
    }
    let mut list: Vec<(String, usize, Counted)> = languages
        .into_iter()
        .map(|(lang, (count, terms))| {
            let mut terms: Counted = terms.into_iter().filter(|(_, n)| *n >= 2).collect();
            terms.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            terms.truncate(TERMS);
            (lang, count, terms)
        })
        .filter(|(_, _, terms)| !terms.is_empty())
        .collect();
    list.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    list.truncate(LANGUAGES);
    list.into_iter()
        .map(|(lang, _, terms)| (lang, terms))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dashboard::testing::fact;

    fn said(locale: &str, text: &str) -> Fact {
        fact("feedback", locale, "message", "order", None, text)
    }

    #[test]
    fn terms_recur_per_language_in_every_script() {
        let facts = [
            said("en", "The parcel was late, the parcel!"),
            said("en-GB", "Parcel arrived broken"),
            said("en", "Broken lid"),
            said("zh-CN", "物流很慢"),
            said("zh-CN", "物流太慢了"),
            said("th", "ส่งช้ามาก"),
            said("th", "ส่งช้า"),
            said("ko", "배송이 느려요"),
            said("ko", "배송 문의"),
            said("ru", "Посылка не пришла"),
            said("ru", "Где посылка?"),
            said("ja", "配送が遅すぎました"),
            said("ja", "配送料が高すぎました"),
        ];
        let all: Vec<&Fact> = facts.iter().collect();
        let terms: HashMap<String, Vec<(String, usize)>> = recurring(&all).into_iter().collect();
        assert_eq!(
            terms["en"],
            [("broken".into(), 2), ("parcel".into(), 2)],
            "once per message; no 'the'"
        );
        assert_eq!(terms["zh"], [("物流".into(), 2)]);
        assert!(
            terms["th"].contains(&("ส่ง".into(), 2))
                || terms["th"]
                    .iter()
                    .any(|(t, n)| t.starts_with("ส่") && *n == 2),
            "{:?}",
            terms["th"]
        );
        assert_eq!(terms["ko"], [("배송".into(), 2)]);
        assert_eq!(terms["ru"], [("посылка".into(), 2)]);
        assert_eq!(terms["ja"], [("配送".into(), 2)], "no ました, すぎ");
    }
}
