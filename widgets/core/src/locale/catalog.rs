//! A widget's messages in one locale, with English compiled in as the fallback.
//!
//! Only the negotiated locale's `.ftl` is fetched at run time. English ships inside the wasm, so
//! a message missing from a translation, or a failed fetch, still shows English, never a blank.

use std::rc::Rc;

pub use fluent_bundle::{FluentArgs, FluentValue};
use fluent_bundle::{FluentBundle, FluentResource};
use send_wrapper::SendWrapper;

type Bundle = FluentBundle<FluentResource>;

/// Cheap to clone and `Send` (wasm is single-threaded), so Leptos views can capture it.
#[derive(Clone)]
pub struct Catalog(SendWrapper<Rc<Inner>>);

struct Inner {
    locale: String,
    primary: Option<Bundle>,
    english: Bundle,
}

impl Catalog {
    /// Builds a catalog from the locale's FTL text (if any) and the English source.
    /// Syntax errors keep every message that did parse; they are reported by the locale tests.
    pub fn new(locale: &str, ftl: Option<&str>, english: &str) -> Self {
        let primary = ftl
            .filter(|_| locale != "en")
            .map(|text| bundle(locale, text));
        Catalog(SendWrapper::new(Rc::new(Inner {
            locale: locale.into(),
            primary,
            english: bundle("en", english),
        })))
    }

    /// The locale these messages are in.
    pub fn locale(&self) -> &str {
        &self.0.locale
    }

    /// The message `id`, formatted with no arguments.
    pub fn t(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The message `id` with arguments, e.g. a count for plurals.
    pub fn t_args(&self, id: &str, args: &FluentArgs) -> String {
        self.format(id, Some(args))
    }

    /// Whether the message exists in this locale or in English.
    pub fn has(&self, id: &str) -> bool {
        self.0.primary.as_ref().is_some_and(|b| b.has_message(id)) || self.0.english.has_message(id)
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        let inner = &*self.0;
        [inner.primary.as_ref(), Some(&inner.english)]
            .into_iter()
            .flatten()
            .find_map(|b| {
                let pattern = b.get_message(id)?.value()?;
                let mut errors = Vec::new();
                Some(b.format_pattern(pattern, args, &mut errors).into_owned())
            })
            .unwrap_or_else(|| id.to_string())
    }
}

fn bundle(locale: &str, text: &str) -> Bundle {
    let lang = locale.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![lang]);
    let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(partial, _)| partial);
    // Duplicate ids are the only error here; the first definition wins, as Fluent intends.
    let _ = bundle.add_resource(resource);
    bundle
}

#[cfg(test)]
mod tests {
    use super::*;

    const EN: &str = "hello = Hello\nleft = { $n ->\n    [one] { $n } character left\n   *[other] { $n } characters left\n}\nonly-en = English only\n";
    const FR: &str = "hello = Bonjour\nleft = { $n ->\n    [one] { $n } caractère restant\n   *[other] { $n } caractères restants\n}\n";

    fn plain(s: String) -> String {
        s.replace(['\u{2068}', '\u{2069}'], "")
    }

    #[test]
    fn formats_with_plurals_and_falls_back_to_english() {
        let fr = Catalog::new("fr", Some(FR), EN);
        assert_eq!(fr.t("hello"), "Bonjour");
        let mut args = FluentArgs::new();
        args.set("n", 1);
        assert_eq!(plain(fr.t_args("left", &args)), "1 caractère restant");
        args.set("n", 5);
        assert_eq!(plain(fr.t_args("left", &args)), "5 caractères restants");
        assert_eq!(fr.t("only-en"), "English only");
        assert_eq!(fr.t("missing"), "missing");
    }

    #[test]
    fn a_failed_fetch_still_speaks_english() {
        let ja = Catalog::new("ja", None, EN);
        assert_eq!(ja.t("hello"), "Hello");
        assert_eq!(ja.locale(), "ja");
    }
}
