//! A widget's messages in one locale, with English compiled in as the fallback.
//!
//! Messages are Fluent (`.ftl`), read by [`super::ftl`]. Resolution is ours too: plain text,
//! variables, message and term references, and select expressions on plural categories or exact
//! values. That is all our messages use, and it costs a fraction of `fluent-bundle`'s size in
//! the wasm every shopper downloads (see README, "Size").
//!
//! Only the negotiated locale's `.ftl` is fetched at run time. English ships inside the wasm, so
//! a message missing from a translation, or a failed fetch, still shows English, never a blank.

use std::borrow::Cow;
use std::rc::Rc;

use send_wrapper::SendWrapper;

use super::ftl::{self, Element, Entry, Expression, Inline, Pattern};
use super::plural;

/// First-strong isolation marks around inserted values, as Fluent specifies, so an Arabic name
/// in an English sentence (or a number in Hebrew) keeps its direction.
const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';
/// Guards against `a = { b }` / `b = { a }` loops in a broken translation.
const MAX_DEPTH: u8 = 8;

/// A value for a message variable.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Number(u64),
    Text(String),
}

impl From<u64> for Arg {
    fn from(n: u64) -> Self {
        Arg::Number(n)
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Number(n as u64)
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_string())
    }
}

/// Named message arguments, e.g. `&[("count", 3.into())]`.
pub type Args<'a> = [(&'a str, Arg)];

/// Cheap to clone and `Send` (wasm is single-threaded), so Leptos views can capture it.
#[derive(Clone)]
pub struct Catalog(SendWrapper<Rc<Inner>>);

struct Inner {
    locale: String,
    primary: Option<Vec<Entry>>,
    english: Vec<Entry>,
}

impl Catalog {
    /// Builds a catalog from the locale's FTL text (if any) and the English source.
    /// Syntax errors keep every message that did parse; the locale tests report them.
    pub fn new(locale: &str, ftl: Option<&str>, english: &str) -> Self {
        let primary = ftl.filter(|_| locale != "en").map(ftl::parse);
        Catalog(SendWrapper::new(Rc::new(Inner {
            locale: locale.into(),
            primary,
            english: ftl::parse(english),
        })))
    }

    /// The locale these messages are in.
    pub fn locale(&self) -> &str {
        &self.0.locale
    }

    /// The message `id`, formatted with no arguments.
    pub fn t(&self, id: &str) -> String {
        self.t_args(id, &[])
    }

    /// The message `id` with arguments, e.g. a count for plurals.
    pub fn t_args(&self, id: &str, args: &Args) -> String {
        let inner = &*self.0;
        let sources = [
            (inner.primary.as_ref(), inner.locale.as_str()),
            (Some(&inner.english), "en"),
        ];
        sources
            .into_iter()
            .find_map(|(resource, locale)| {
                let pattern = lookup(resource?, id)?;
                let mut out = String::new();
                Resolver {
                    resource: resource?,
                    locale,
                    args,
                }
                .pattern(pattern, &mut out, 0);
                Some(out)
            })
            .unwrap_or_else(|| id.to_string())
    }
}

/// A message (`id`) or term (`-id`) by id.
fn lookup<'r>(resource: &'r [Entry], id: &str) -> Option<&'r Pattern> {
    resource.iter().find(|e| e.id == id).map(|e| &e.value)
}

struct Resolver<'a> {
    resource: &'a [Entry],
    locale: &'a str,
    args: &'a Args<'a>,
}

impl Resolver<'_> {
    fn pattern(&self, pattern: &Pattern, out: &mut String, depth: u8) {
        let isolate = pattern.len() > 1;
        for element in pattern {
            match element {
                Element::Text(value) => out.push_str(value),
                Element::Placeable(expression) => self.expression(expression, out, depth, isolate),
            }
        }
    }

    fn expression(&self, expression: &Expression, out: &mut String, depth: u8, isolate: bool) {
        match expression {
            Expression::Inline(inline) => self.inline(inline, out, depth, isolate),
            Expression::Select { selector, variants } => {
                let key = self.selector(selector);
                let chosen = variants
                    .iter()
                    .find(|v| key.as_ref().is_some_and(|k| k.matches(&v.key, self.locale)))
                    .or_else(|| variants.iter().find(|v| v.default));
                if let Some(variant) = chosen {
                    self.pattern(&variant.value, out, depth + 1);
                }
            }
        }
    }

    fn inline(&self, inline: &Inline, out: &mut String, depth: u8, isolate: bool) {
        if depth > MAX_DEPTH {
            return;
        }
        match inline {
            Inline::Text(value) | Inline::Number(value) => out.push_str(value),
            Inline::Variable(name) => {
                let text: Cow<str> = match self.arg(name) {
                    Some(Arg::Number(n)) => n.to_string().into(),
                    Some(Arg::Text(s)) => s.as_str().into(),
                    None => format!("{{${name}}}").into(),
                };
                if isolate {
                    out.push(FSI);
                    out.push_str(&text);
                    out.push(PDI);
                } else {
                    out.push_str(&text);
                }
            }
            Inline::Reference(id) => match lookup(self.resource, id) {
                Some(p) => self.pattern(p, out, depth + 1),
                None => out.push_str(&format!("{{{id}}}")),
            },
        }
    }

    fn arg(&self, name: &str) -> Option<&Arg> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, v)| v)
    }

    fn selector(&self, selector: &Inline) -> Option<Arg> {
        match selector {
            Inline::Variable(name) => self.arg(name).cloned(),
            Inline::Number(value) => value.parse().ok().map(Arg::Number),
            Inline::Text(value) => Some(Arg::Text(value.clone())),
            Inline::Reference(_) => None,
        }
    }
}

impl Arg {
    /// A number matches an exact numeric key first, then its plural category; text matches by name.
    fn matches(&self, key: &str, locale: &str) -> bool {
        match self {
            Arg::Number(n) => key.parse() == Ok(*n) || plural::category(locale, *n) == key,
            Arg::Text(s) => s == key,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const EN: &str = "-brand = Lumen\nhello = Hello from { -brand }\nleft = { $n ->\n    [one] { $n } character left\n   *[other] { $n } characters left\n}\nonly-en = English only\nexact = { $n ->\n    [0] none\n   *[other] some\n}\nname = Hi { $who }!\nquote = { \"\\u00A0\" }x\n";
    const FR: &str = "-brand = Lumen FR\nhello = Bonjour de { -brand }\nleft = { $n ->\n    [one] { $n } caractère restant\n   *[other] { $n } caractères restants\n}\nloop-a = { loop-b }\nloop-b = { loop-a }\n";
    const RU: &str = "left = { $n ->\n    [one] остался { $n } символ\n    [few] осталось { $n } символа\n   *[many] осталось { $n } символов\n}\n";

    fn plain(s: String) -> String {
        s.replace([FSI, PDI], "")
    }

    #[test]
    fn formats_terms_plurals_and_falls_back_to_english() {
        let fr = Catalog::new("fr", Some(FR), EN);
        assert_eq!(fr.t("hello"), "Bonjour de Lumen FR");
        assert_eq!(
            plain(fr.t_args("left", &[("n", 0usize.into())])),
            "0 caractère restant"
        );
        assert_eq!(
            plain(fr.t_args("left", &[("n", 5usize.into())])),
            "5 caractères restants"
        );
        assert_eq!(fr.t("only-en"), "English only");
        assert_eq!(fr.t("missing"), "missing");
        assert_eq!(
            fr.t("loop-a"),
            "",
            "reference loops end instead of overflowing"
        );
    }

    #[test]
    fn slavic_plurals_and_exact_matches() {
        let ru = Catalog::new("ru", Some(RU), EN);
        let left = |n: usize| plain(ru.t_args("left", &[("n", n.into())]));
        assert_eq!(
            [left(1), left(3), left(11), left(21)],
            [
                "остался 1 символ",
                "осталось 3 символа",
                "осталось 11 символов",
                "остался 21 символ"
            ]
        );
        let en = Catalog::new("en", None, EN);
        assert_eq!(en.t_args("exact", &[("n", 0usize.into())]), "none");
        assert_eq!(en.t_args("exact", &[("n", 1usize.into())]), "some");
    }

    #[test]
    fn isolates_inserted_values_and_keeps_missing_variables_visible() {
        let en = Catalog::new("en", None, EN);
        assert_eq!(
            en.t_args("name", &[("who", "سارة".into())]),
            "Hi \u{2068}سارة\u{2069}!"
        );
        assert_eq!(plain(en.t("name")), "Hi {$who}!");
        assert_eq!(en.t("quote"), "\u{a0}x");
    }

    #[test]
    fn a_failed_fetch_still_speaks_english() {
        let ja = Catalog::new("ja", None, EN);
        assert_eq!(ja.t("hello"), "Hello from Lumen");
        assert_eq!(ja.locale(), "ja");
    }
}
