//! Question and function words: what a visitor types around the words that matter ("how do I
//! … ?", 如何, comment, cómo, как, 어떻게). They weigh nothing in how much of a query an article
//! covers (see [`mod@crate::search`]), so an article that matches "how", "do" and "I" no longer
//! outranks the one that matches the word the question is about; they still add to the score,
//! and when a query has nothing else ("how do I") they count like any word.
//!
//! The lists are the index builder's: each locale's index carries its own ([`list`]).
//!
//! Japanese needs no list: a pair of hiragana is grammar (ます, には, どう), the topic being in
//! kanji or katakana. Korean words carry their particles, so the list holds the pairs that
//! question endings make (어떻게 → 어떻, 떻게; 하나요 → 하나, 나요).

use crate::tokenize::hiragana;

/// Per language (primary subtag), the words as the tokenizer gives them (folded: `como` for
/// cómo, `fur` for für), separated by spaces: one string per language, not a slice of strings,
/// as a table of pointers would cost the help module more than the words do. Folded here, so a
/// query compares without folding the lists again (a test keeps them folded).
const LISTS: &[(&str, &str)] = &[
    (
        "en",
        "how do does did i me my can could should would what which where when why who \
         is are was the a an it its this that there way want need be or and some any \
         someone something please possible you your we our if so just also one will \
         have has their",
    ),
    (
        "es",
        "como que cual donde cuando por para puedo puede se el la los las un una unos \
         de del en con mi mis es hay hacer quiero necesito al lo y o sin desde a su \
         sus tengo forma manera",
    ),
    (
        "pt",
        "como que qual onde quando por para posso pode se o a os as um uma de do da \
         dos das em no na com meu minha e ou fazer quero preciso ao",
    ),
    (
        "fr",
        "comment que quel quelle ou quand pourquoi je j puis peut on le la les l un \
         une des de du d en dans avec mon ma mes est faire veux pour sur et ce cette",
    ),
    (
        "de",
        "wie was welche welcher wo wann warum ich kann man der die das den dem ein \
         eine einen einem mein meine meinen ist mit von zu in im auf fur und oder \
         machen mochte",
    ),
    (
        "it",
        "come che quale dove quando perche posso si il lo la i gli le un una di del \
         della in con mio mia e fare per o",
    ),
    (
        "nl",
        "hoe wat welke waar wanneer waarom ik kan de het een van in met mijn is maken \
         voor op en of",
    ),
    (
        "ru",
        "как что какои какая где когда почему зачем можно мне я мои моя в на с и или \
         по для из у это ли же сделать нужно надо хочу чтобы все весь не",
    ),
    (
        "uk",
        "як що якии яка де коли чому можна мені я міи моя в у на з і и або для це \
         зробити треба хочу",
    ),
    (
        "pl",
        "jak co jaki jaka gdzie kiedy dlaczego moge mozna sie w na z i lub do moj \
         moja to jest zrobic",
    ),
    (
        "tr",
        "nasil ne hangi nerede neden ben benim bir ve veya ile icin mi mu yapabilirim \
         yapilir",
    ),
    (
        "id",
        "bagaimana cara apa mana kapan mengapa saya aku bisa dapat yang di ke dari \
         dan atau untuk dengan ini itu",
    ),
    (
        "ar",
        "كيف ما ماذا هل اين متي لماذا اي يمكنني يمكن اريد في من علي الي عن مع هذا هذه \
         ان لي و او طريقه",
    ),
    (
        "fa",
        "چگونه چطور چه کجا کی چرا من را در به از با و یا این ان می توانم",
    ),
    (
        "hi",
        "कैसे क्या कहाँ कब क्यों मैं मुझे मेरा मेरी का की के में से को और या है हैं \
         करें सकता सकती",
    ),
    (
        "zh",
        "如何 怎么 怎样 怎麼 怎樣 什么 什麼 哪个 哪個 哪些 为什 為什 么样 麼樣 我的 我想 可以 能否 一个 一個 要怎 么办 麼辦 的方 方法 \
         请问 請問",
    ),
    (
        "ko",
        "어떻 떻게 하나 나요 하는 는법 방법 해야 야하 하려 려면 싶어 어요 무엇 무슨 어디 언제 왜 내가 제가 있나 있는 할수 수있 하면 되나 \
         은지 는지 인가 가요",
    ),
];

/// The list for `locale`'s language, as `cargo xtask index` writes it into that locale's index
/// (empty for a language without one). Lists travel with the index rather than in the wasm: a
/// page searches one language, and 17 lists in the help module cost it 2.8 KB brotli.
pub fn list(locale: &str) -> &'static str {
    let language = locale.split(['-', '_']).next().unwrap_or_default();
    LISTS
        .iter()
        .find(|(l, _)| *l == language)
        .map_or("", |(_, words)| words)
}

/// Whether `term` (a folded query token, before stemming) is a question or function word: in
/// `list` (the index's, space-separated), or a pair of hiragana in Japanese.
pub fn is_function_word(term: &str, paired: bool, locale: &str, list: &str) -> bool {
    if paired && locale.starts_with("ja") && term.chars().all(hiragana) {
        return true;
    }
    !term.is_empty() && list.split(' ').any(|w| w == term)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fold::fold;
    use crate::tokenize::tokens;

    #[test]
    fn every_listed_word_is_folded_once() {
        for (language, words) in LISTS {
            let words: Vec<&str> = words.split(' ').collect();
            for (i, w) in words.iter().enumerate() {
                assert_eq!(fold(w), *w, "{language}: {w}");
                assert!(!words[..i].contains(w), "{language}: {w} twice");
            }
        }
    }

    fn functions(text: &str, locale: &str) -> Vec<String> {
        tokens(text)
            .into_iter()
            .filter(|t| is_function_word(&t.term, t.paired, locale, list(locale)))
            .map(|t| t.term)
            .collect()
    }

    #[test]
    fn question_words_are_found_in_each_script() {
        assert_eq!(
            functions("How do I extract a tar file?", "en"),
            ["how", "do", "i", "a"]
        );
        assert!(
            functions("download a file from a url", "en")
                .iter()
                .all(|w| w == "a"),
            "prepositions carry meaning"
        );
        assert_eq!(
            functions("¿Cómo cambio el propietario?", "es"),
            ["como", "el"]
        );
        assert_eq!(functions("как найти файл", "ru"), ["как"]);
        assert_eq!(functions("如何查看磁盘", "zh-CN"), ["如何"]);
        assert_eq!(
            functions("どうやって圧縮", "ja"),
            ["どう", "うや", "やっ", "って"]
        );
        assert_eq!(functions("파일 크기를 어떻게", "ko"), ["어떻", "떻게"]);
        assert_eq!(functions("كيف أعرف", "ar"), ["كيف"]);
        assert!(functions("tar extract", "en").is_empty());
        assert!(
            functions("how", "xx").is_empty(),
            "no list, no function words"
        );
    }
}
