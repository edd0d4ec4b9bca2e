//! Light stemming: the most common inflections cut off, so `returns` finds `return` and
//! `заказы` finds `заказ`. Deliberately small (one suffix, stems of three letters or more):
//! applied the same way to articles and queries, a cut too far only joins related words.
//! Runs on folded words; unspaced scripts are paired, not stemmed.

/// Suffixes per language, longest first; the first that leaves three letters is cut.
fn suffixes(language: &str) -> &'static [&'static str] {
    match language {
        "en" => &["ing", "ies", "ed", "es", "s"],
        // Verbs too: a question says "¿cómo apago…?", the article "Apaga el sistema".
        "es" => &[
            "ando", "iendo", "amos", "emos", "imos", "ar", "er", "ir", "an", "en", "as", "es",
            "os", "a", "e", "o", "s",
        ],
        "pt" => &["es", "s"],
        "fr" => &["es", "s", "x"],
        "it" => &["i", "e"],
        "de" | "nl" => &["en", "er", "es", "e", "n", "s"],
        "ru" | "uk" => &[
            "ами", "ями", "ого", "его", "ому", "ему", "ыми", "ими", "ой", "ей", "ий", "ый", "ая",
            "яя", "ое", "ее", "ые", "ие", "ов", "ев", "ам", "ям", "ах", "ях", "ом", "ем", "а", "я",
            "ы", "и", "у", "ю", "е", "о", "ь",
        ],
        "pl" => &["ami", "ach", "ow", "om", "y", "i", "a", "e", "u", "o"],
        _ => &[],
    }
}

/// `word` (folded) without its inflection, for `locale`'s language.
pub fn stem(word: &str, locale: &str) -> String {
    let language = locale.split('-').next().unwrap_or(locale);
    for suffix in suffixes(language) {
        if let Some(base) = word.strip_suffix(suffix) {
            let english_es = language == "en" && *suffix == "es" && !sibilant(base);
            if base.chars().count() >= 3
                && !(language == "en" && keeps_s(word, suffix))
                && !english_es
            {
                return match (language, *suffix) {
                    ("en", "ies") => format!("{base}y"),
                    ("en", "ing" | "ed") => undouble(base),
                    _ => base.to_string(),
                };
            }
        }
    }
    word.to_string()
}

/// `shipp` (from `shipping`) → `ship`, so it meets `ships`; not for `l`, `s`, `z` (`falling`,
/// `passing`, `buzzing` keep theirs, as `fall`, `pass` and `buzz` do).
fn undouble(base: &str) -> String {
    let mut chars = base.chars().rev();
    match (chars.next(), chars.next()) {
        (Some(a), Some(b)) if a == b && a.is_ascii_alphabetic() && !"aeioulsz".contains(a) => {
            base[..base.len() - 1].to_string()
        }
        _ => base.to_string(),
    }
}

/// Whether an English plural adds `es` after this base (`boxes`, `classes`, `matches`): else
/// only the `s` is cut, so `files` meets `file`.
fn sibilant(base: &str) -> bool {
    ["s", "x", "z", "ch", "sh"]
        .iter()
        .any(|end| base.ends_with(end))
}

/// English words that end in `s` without being plurals: `address`, `status`, `analysis`.
fn keeps_s(word: &str, suffix: &str) -> bool {
    suffix == "s" && (word.ends_with("ss") || word.ends_with("us") || word.ends_with("is"))
}

#[cfg(test)]
mod tests {
    use super::stem;

    #[test]
    fn cuts_common_inflections_and_leaves_short_words() {
        assert_eq!(stem("returns", "en"), "return");
        assert_eq!(stem("shipping", "en"), "ship");
        assert_eq!(stem("shipped", "en"), "ship");
        assert_eq!(stem("ships", "en"), "ship");
        assert_eq!(stem("falling", "en"), "fall");
        assert_eq!(stem("deliveries", "en"), "delivery");
        assert_eq!(stem("address", "en"), "address");
        assert_eq!(stem("status", "en"), "status");
        assert_eq!(stem("bus", "en"), "bus");
        assert_eq!(stem("files", "en"), "file", "a plural meets its singular");
        assert_eq!(stem("boxes", "en"), "box");
        assert_eq!(stem("matches", "en"), "match");
        for (word, base) in [
            ("pedidos", "pedid"),
            ("pedido", "pedid"),
            ("apago", "apag"),
            ("apagar", "apag"),
            ("apaga", "apag"),
            ("cambiando", "cambi"),
            ("instalar", "instal"),
            ("direcciones", "direccion"),
        ] {
            assert_eq!(
                stem(word, "es"),
                base,
                "Spanish verb forms and plurals meet"
            );
        }
        assert_eq!(stem("commandes", "fr"), "command");
        assert_eq!(stem("bestellungen", "de"), "bestellung");
        assert_eq!(stem("заказы", "ru"), "заказ");
        assert_eq!(stem("заказами", "ru"), "заказ");
        assert_eq!(stem("zamowienia", "pl"), "zamowieni");
        assert_eq!(stem("pesanan", "id"), "pesanan");
        assert_eq!(stem("zwroty", "pl"), "zwrot");
    }
}
