//! Locale negotiation: the page's wishes against the locales Vox ships.
//!
//! Hand-written instead of `fluent-langneg` because the rules we need are few and the crate
//! costs wasm bytes on every page. The chain for each requested tag is: exact match, a known
//! alias (zh-Hant → zh-TW, iw → he), then any shipped region of the same language
//! (pt-PT → pt-BR). If no requested tag matches, English: a widget is never blank.

/// The locales shipped in `locales/`, in the order the language switcher shows them.
pub const SUPPORTED: &[&str] = &[
    "en", "zh-CN", "zh-TW", "es", "fr", "de", "it", "pt-BR", "ru", "ja", "ko", "ar", "he", "th",
    "vi", "id", "ms", "tr", "hi", "pl",
];

const DEFAULT: &str = "en";

/// Text direction of a locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    /// The value of the `dir` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// Right-to-left scripts among the languages we ship or may ship.
pub fn direction(locale: &str) -> Direction {
    match language(locale).as_str() {
        "ar" | "he" | "fa" | "ur" => Direction::Rtl,
        _ => Direction::Ltr,
    }
}

/// Whether `tag` resolves to a shipped locale by its own (not by falling back to English).
pub fn is_supported(tag: &str) -> bool {
    matches(tag).is_some()
}

/// Picks the shipped locale for the first requested tag that has one, else English.
pub fn negotiate<'a>(requested: impl IntoIterator<Item = &'a str>) -> &'static str {
    requested.into_iter().find_map(matches).unwrap_or(DEFAULT)
}

fn matches(tag: &str) -> Option<&'static str> {
    let tag = tag.trim().replace('_', "-");
    if tag.is_empty() {
        return None;
    }
    if let Some(exact) = SUPPORTED.iter().find(|s| s.eq_ignore_ascii_case(&tag)) {
        return Some(exact);
    }
    let lang = language(&tag);
    let rest: Vec<String> = tag
        .split('-')
        .skip(1)
        .map(|s| s.to_ascii_lowercase())
        .collect();
    let alias = match lang.as_str() {
        // Traditional script, or regions that write it, read zh-TW; everything else zh-CN.
        "zh" if rest
            .iter()
            .any(|s| ["hant", "tw", "hk", "mo"].contains(&s.as_str())) =>
        {
            Some("zh-TW")
        }
        "zh" => Some("zh-CN"),
        "iw" => Some("he"),
        "in" => Some("id"),
        _ => None,
    };
    alias.or_else(|| SUPPORTED.iter().copied().find(|s| language(s) == lang))
}

fn language(tag: &str) -> String {
    tag.split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_and_case_insensitive() {
        assert_eq!(negotiate(["ja"]), "ja");
        assert_eq!(negotiate(["PT-br"]), "pt-BR");
        assert_eq!(negotiate(["zh_TW"]), "zh-TW");
    }

    #[test]
    fn falls_back_along_the_chain() {
        assert_eq!(negotiate(["pt-PT"]), "pt-BR");
        assert_eq!(negotiate(["pt"]), "pt-BR");
        assert_eq!(negotiate(["de-AT"]), "de");
        assert_eq!(negotiate(["zh-Hant-HK"]), "zh-TW");
        assert_eq!(negotiate(["zh-HK"]), "zh-TW");
        assert_eq!(negotiate(["zh-Hans"]), "zh-CN");
        assert_eq!(negotiate(["zh-SG"]), "zh-CN");
        assert_eq!(negotiate(["zh"]), "zh-CN");
        assert_eq!(negotiate(["iw-IL"]), "he");
        assert_eq!(negotiate(["en-GB"]), "en");
    }

    #[test]
    fn first_requested_match_wins_then_english() {
        // <html lang="sw"> is not shipped, the browser's second choice is.
        assert_eq!(negotiate(["sw", "fr-CA", "de"]), "fr");
        assert_eq!(negotiate(["sw", "xx", ""]), "en");
        assert_eq!(negotiate([]), "en");
    }

    #[test]
    fn directions() {
        assert_eq!(direction("ar"), Direction::Rtl);
        assert_eq!(direction("he-IL"), Direction::Rtl);
        assert_eq!(direction("ja"), Direction::Ltr);
    }

    #[test]
    fn supported_tags() {
        assert!(is_supported("es-MX"));
        assert!(!is_supported("xx"));
    }
}
