//! `locale::plural` is a hand-written table of CLDR cardinal rules for whole numbers. Two
//! references judge it, for every shipped locale, every integer 0..=10,000 and large ones:
//! - ICU4X's `icu_plurals`, which carries CLDR 49;
//! - `intl_pluralrules`, which fluent-bundle uses, and which carries CLDR 37.
//!
//! Each may differ from ours only where [`differs_from_icu`] or [`differs_from_intl`] say,
//! number by number: changes CLDR made after the version a reference carries, one CLDR change we
//! have not adopted, and one bug of `intl_pluralrules`.
//!
//! Fractions are out of scope: `plural::category` takes a `u64`, as widget counts are whole.

use icu_locale_core::Locale;
use icu_plurals::{PluralCategory as Icu, PluralRules as IcuRules};
use intl_pluralrules::{PluralCategory as Intl, PluralRuleType, PluralRules as IntlRules};
use unic_langid::LanguageIdentifier;
use vox_core::locale::{plural, SUPPORTED};

/// Millions matter to the Romance `many`; the rest check that nothing overflows.
const LARGE: &[u64] = &[
    100_000,
    1_000_000,
    2_000_000,
    10_000_000,
    1_000_001,
    1_000_000_000,
    1 << 53,
    1_000_000_000_000_000_000,
    u64::MAX,
];

fn numbers() -> impl Iterator<Item = u64> {
    (0..=10_000).chain(LARGE.iter().copied())
}

fn language(locale: &str) -> &str {
    locale.split('-').next().unwrap()
}

fn icu_rules(locale: &str) -> IcuRules {
    let locale: Locale = locale.parse().unwrap();
    IcuRules::try_new_cardinal((&locale).into()).unwrap()
}

/// As fluent-bundle does, by language (`pt-BR` reads `pt`, `zh-TW` reads `zh`).
fn intl_rules(locale: &str) -> IntlRules {
    let langid: LanguageIdentifier = language(locale).parse().unwrap();
    IntlRules::create(langid, PluralRuleType::CARDINAL).unwrap()
}

fn icu_name(category: Icu) -> &'static str {
    match category {
        Icu::Zero => "zero",
        Icu::One => "one",
        Icu::Two => "two",
        Icu::Few => "few",
        Icu::Many => "many",
        Icu::Other => "other",
    }
}

fn intl_name(category: Intl) -> &'static str {
    match category {
        Intl::ZERO => "zero",
        Intl::ONE => "one",
        Intl::TWO => "two",
        Intl::FEW => "few",
        Intl::MANY => "many",
        Intl::OTHER => "other",
    }
}

/// Where CLDR 49 (ICU4X) differs from us, as (ours, theirs).
fn differs_from_icu(language: &str, n: u64) -> Option<(&'static str, &'static str)> {
    match language {
        // CLDR 49 (2026, CLDR-14273) gave Vietnamese a `one` for 0 and 1. Not adopted yet:
        // fluent-bundle still says `other`, and Vietnamese nouns do not change with the count.
        "vi" if n <= 1 => Some(("other", "one")),
        _ => None,
    }
}

/// Where CLDR 37 as `intl_pluralrules` 7.0.2 reads it differs from us, as (ours, theirs).
fn differs_from_intl(language: &str, n: u64) -> Option<(&'static str, &'static str)> {
    match (language, n % 100) {
        // CLDR 38 gave exact millions their own form ("un million de personnes").
        ("fr" | "es" | "it" | "pt", _) if n != 0 && n.is_multiple_of(1_000_000) => {
            Some(("many", "other"))
        }
        // CLDR 42 folded Hebrew's `many` (20, 30, … 100, …) into `other`.
        ("he", _) if n > 10 && n.is_multiple_of(10) => Some(("other", "many")),
        // A bug of intl_pluralrules' generated code: `n % 100 = 3..10` became `i = 3..10`, and
        // likewise for `11..99`, so 103 or 111 read `other`. fluent-bundle inherits it.
        ("ar", 3..=10) if n >= 100 => Some(("few", "other")),
        ("ar", 11..=99) if n >= 100 => Some(("many", "other")),
        _ => None,
    }
}

/// Compares ours with `theirs` for every locale and number; returns (compared, known differences).
fn compare(
    theirs: impl Fn(&str, u64) -> &'static str,
    differs: fn(&str, u64) -> Option<(&'static str, &'static str)>,
) -> (usize, usize) {
    let (mut compared, mut known) = (0, 0);
    for locale in SUPPORTED {
        for n in numbers() {
            let pair = (plural::category(locale, n), theirs(locale, n));
            match differs(language(locale), n) {
                Some(expected) => {
                    assert_eq!(pair, expected, "{locale} {n}");
                    known += 1;
                }
                None => assert_eq!(pair.0, pair.1, "{locale} {n}"),
            }
            compared += 1;
        }
    }
    (compared, known)
}

#[test]
fn categories_match_cldr_49() {
    let rules: Vec<(&str, IcuRules)> = SUPPORTED.iter().map(|l| (*l, icu_rules(l))).collect();
    let of = |locale: &str| &rules.iter().find(|(l, _)| *l == locale).unwrap().1;
    let (compared, known) = compare(|l, n| icu_name(of(l).category_for(n)), differs_from_icu);
    for (locale, rules) in &rules {
        let mut theirs: Vec<&str> = rules.categories().map(icu_name).collect();
        if *locale == "vi" {
            theirs.retain(|c| *c != "one");
        }
        assert_eq!(plural::categories(locale), theirs, "{locale}");
    }
    println!("plural::category vs icu_plurals: {compared} compared, {known} known differences");
}

#[test]
fn categories_match_fluent_bundles_rules_but_where_known() {
    let rules: Vec<(&str, IntlRules)> = SUPPORTED.iter().map(|l| (*l, intl_rules(l))).collect();
    let of = |locale: &str| &rules.iter().find(|(l, _)| *l == locale).unwrap().1;
    let theirs = |l: &str, n: u64| intl_name(of(l).select(n).unwrap());
    let (compared, known) = compare(theirs, differs_from_intl);
    println!(
        "plural::category vs intl_pluralrules: {compared} compared, {known} known differences"
    );
}

#[test]
fn every_category_is_listed() {
    for locale in SUPPORTED {
        for n in numbers() {
            let category = plural::category(locale, n);
            assert!(
                plural::categories(locale).contains(&category),
                "{locale} {n}"
            );
        }
    }
}
