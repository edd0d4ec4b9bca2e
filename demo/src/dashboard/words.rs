//! The dashboard's own words, in Fluent (`demo/locales/<lang>.ftl`), resolved on the server by
//! `fluent-bundle` (the collector is native code, so the reference crate itself is used). The
//! language is the view's `lang`, else the browser's first supported language, else English.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// Each shipped language: its tag, its direction and its messages.
const LANGUAGES: &[(&str, &str, &str)] = &[
    ("en", "ltr", include_str!("../../locales/en.ftl")),
    ("ar", "rtl", include_str!("../../locales/ar.ftl")),
];

pub struct Words {
    pub lang: &'static str,
    pub dir: &'static str,
    bundle: FluentBundle<FluentResource>,
}

fn all() -> &'static [Words] {
    static ALL: OnceLock<Vec<Words>> = OnceLock::new();
    ALL.get_or_init(|| {
        LANGUAGES
            .iter()
            .map(|(lang, dir, source)| {
                let tag: unic_langid::LanguageIdentifier =
                    lang.parse().expect("a shipped language's tag parses");
                let mut bundle = FluentBundle::new_concurrent(vec![tag]);
                // Isolation is done per argument in `with`: Fluent's first-strong isolate around
                // a signed number (`+56`, no strong letter) still let Chromium show `56+` in
                // Arabic, so numbers and scores get a left-to-right isolate instead.
                bundle.set_use_isolating(false);
                let resource = FluentResource::try_new(source.to_string())
                    .unwrap_or_else(|(_, errors)| panic!("demo/locales/{lang}.ftl: {errors:?}"));
                bundle
                    .add_resource(resource)
                    .unwrap_or_else(|errors| panic!("demo/locales/{lang}.ftl: {errors:?}"));
                Words { lang, dir, bundle }
            })
            .collect()
    })
}

/// The words for `asked` (the view's `lang`) or else `accept_language` (the browser's list).
pub fn choose(asked: &str, accept_language: &str) -> &'static Words {
    let all = all();
    let primary = |tag: &str| {
        let tag = tag.split(';').next().unwrap_or_default().trim();
        let primary = tag
            .split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        all.iter().find(|w| w.lang == primary)
    };
    primary(asked)
        .or_else(|| accept_language.split(',').find_map(primary))
        .unwrap_or(&all[0])
}

impl Words {
    /// The message `id`; its id when it is missing (a test catches that).
    pub fn get(&self, id: &str) -> String {
        self.with(id, &[])
    }

    /// The message `id` with its variables.
    pub fn with(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_string();
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            let value = match value {
                // Text the dashboard passes (a name, an email, a date, a score) keeps its own
                // direction inside the sentence: left to right unless it starts with a
                // right-to-left letter.
                FluentValue::String(text) if !text.starts_with('\u{2066}') => {
                    let rtl = text
                        .chars()
                        .find(|c| c.is_alphabetic())
                        .is_some_and(|c| ('\u{0590}'..='\u{08FF}').contains(&c));
                    let (open, close) = if rtl {
                        ('\u{2067}', '\u{2069}')
                    } else {
                        ('\u{2066}', '\u{2069}')
                    };
                    FluentValue::from(format!("{open}{text}{close}"))
                }
                other => other.clone(),
            };
            fluent_args.set(*name, value);
        }
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned()
    }

    /// A count in a sentence (`{ $count } responses`).
    pub fn count(&self, id: &str, count: usize) -> String {
        self.with(id, &[("count", FluentValue::from(count))])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every language has every English message, and nothing more, and each resolves without
    /// an error for the variables the dashboard passes.
    #[test]
    fn every_language_has_every_message() {
        let ids = |source: &str| -> Vec<String> {
            fluent_syntax::parser::parse(source)
                .expect("parses")
                .body
                .into_iter()
                .filter_map(|entry| match entry {
                    fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                    _ => None,
                })
                .collect()
        };
        let english = ids(LANGUAGES[0].2);
        for (lang, _, source) in LANGUAGES {
            assert_eq!(ids(source), english, "{lang}");
        }
    }

    #[test]
    fn the_view_then_the_browser_then_english_choose() {
        assert_eq!(choose("ar", "en").lang, "ar");
        assert_eq!(choose("", "fr-FR, ar-EG;q=0.8").lang, "ar");
        assert_eq!(choose("xx", "de").lang, "en");
        assert_eq!(choose("", "").dir, "ltr");
        assert_eq!(choose("AR", "").dir, "rtl");
    }

    /// Text arguments keep their direction in a sentence of the other: a score stays `+56`
    /// in Arabic, an Arabic group name stays whole in English.
    #[test]
    fn arguments_are_isolated_by_their_direction() {
        let en = choose("en", "");
        assert_eq!(
            en.with("breakdown", &[("group", FluentValue::from("السوق"))]),
            "By \u{2067}السوق\u{2069}"
        );
        let ar = choose("ar", "");
        assert!(ar
            .with(
                "interval",
                &[
                    ("low", FluentValue::from("+56")),
                    ("high", FluentValue::from("+62"))
                ]
            )
            .contains("\u{2066}+56\u{2069}"));
    }

    #[test]
    fn counts_follow_each_languages_plural_rules() {
        let en = choose("en", "");
        assert_eq!(en.count("responses", 1), "1 response");
        assert_eq!(en.count("responses", 3), "3 responses");
        let ar = choose("ar", "");
        assert_ne!(ar.count("responses", 2), ar.count("responses", 3));
    }
}
