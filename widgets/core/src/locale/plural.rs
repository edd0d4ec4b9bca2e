//! CLDR cardinal plural categories for whole numbers, for the languages Vox ships (and a few
//! neighbours). Counts in widget messages are always whole, so the fractional rules are not
//! needed; this table replaces a dependency carrying every CLDR language.

/// The plural category of `n` in `locale`: `zero`, `one`, `two`, `few`, `many` or `other`.
pub fn category(locale: &str, n: u64) -> &'static str {
    let (i10, i100) = (n % 10, n % 100);
    let millions = n != 0 && n.is_multiple_of(1_000_000);
    match language(locale) {
        "ar" => match (n, i100) {
            (0, _) => "zero",
            (1, _) => "one",
            (2, _) => "two",
            (_, 3..=10) => "few",
            (_, 11..=99) => "many",
            _ => "other",
        },
        "he" => match n {
            1 => "one",
            2 => "two",
            _ => "other",
        },
        "ru" | "uk" => match (i10, i100) {
            (1, _) if i100 != 11 => "one",
            (2..=4, _) if !(12..=14).contains(&i100) => "few",
            _ => "many",
        },
        "pl" => match (n, i10) {
            (1, _) => "one",
            (_, 2..=4) if !(12..=14).contains(&i100) => "few",
            _ => "many",
        },
        "fr" | "pt" => match n {
            0 | 1 => "one",
            _ if millions => "many",
            _ => "other",
        },
        "es" | "it" => match n {
            1 => "one",
            _ if millions => "many",
            _ => "other",
        },
        "hi" | "fa" => match n {
            0 | 1 => "one",
            _ => "other",
        },
        "zh" | "ja" | "ko" | "th" | "vi" | "id" | "ms" => "other",
        _ => match n {
            1 => "one",
            _ => "other",
        },
    }
}

/// The categories a language uses, for checking translations.
pub fn categories(locale: &str) -> &'static [&'static str] {
    match language(locale) {
        "ar" => &["zero", "one", "two", "few", "many", "other"],
        "he" => &["one", "two", "other"],
        "ru" | "uk" | "pl" => &["one", "few", "many", "other"],
        "fr" | "pt" | "es" | "it" => &["one", "many", "other"],
        "zh" | "ja" | "ko" | "th" | "vi" | "id" | "ms" => &["other"],
        _ => &["one", "other"],
    }
}

fn language(locale: &str) -> &str {
    locale.split('-').next().unwrap_or(locale)
}

#[cfg(test)]
mod tests {
    use super::category;

    #[test]
    fn slavic() {
        let ru: Vec<&str> = [1, 2, 5, 11, 12, 21, 22, 25, 111, 0]
            .iter()
            .map(|&n| category("ru", n))
            .collect();
        assert_eq!(
            ru,
            ["one", "few", "many", "many", "many", "one", "few", "many", "many", "many"]
        );
        let pl: Vec<&str> = [1, 2, 5, 12, 22, 21, 0]
            .iter()
            .map(|&n| category("pl", n))
            .collect();
        assert_eq!(pl, ["one", "few", "many", "many", "few", "many", "many"]);
    }

    #[test]
    fn arabic_and_hebrew() {
        let ar: Vec<&str> = [0, 1, 2, 3, 10, 11, 99, 100, 103]
            .iter()
            .map(|&n| category("ar", n))
            .collect();
        assert_eq!(
            ar,
            ["zero", "one", "two", "few", "few", "many", "many", "other", "few"]
        );
        assert_eq!(
            [category("he", 1), category("he", 2), category("he", 3)],
            ["one", "two", "other"]
        );
    }

    #[test]
    fn romance_germanic_and_no_plural() {
        assert_eq!(
            [
                category("fr", 0),
                category("fr", 2),
                category("fr", 2_000_000)
            ],
            ["one", "other", "many"]
        );
        assert_eq!(
            [
                category("pt-BR", 1),
                category("es", 0),
                category("de", 1),
                category("en", 0)
            ],
            ["one", "other", "one", "other"]
        );
        assert_eq!(
            [category("ja", 1), category("zh-CN", 1)],
            ["other", "other"]
        );
    }
}
