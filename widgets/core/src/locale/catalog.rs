//! A widget's messages in one locale, with English compiled in as the fallback.
//!
//! Messages are Fluent (`.ftl`), read by [`super::ftl`]. Resolution is ours too: plain text,
//! variables, message and term references, and select expressions on plural categories or exact
//! values. That is all our messages use, and it costs a fraction of `fluent-bundle`'s size in
//! the wasm every shopper downloads (see README, "Size").
//!
//! Only the negotiated locale's `.ftl` is fetched at run time. English ships inside the wasm, so
//! a message missing from a translation, or a failed fetch, still shows English, never a blank.

use std::rc::Rc;

use send_wrapper::SendWrapper;

use super::ftl::{self, Element, Entry, Expression, Inline, Pattern};
use super::plural;
use super::WIDGETS;

/// First-strong isolation marks around inserted values, as Fluent specifies, so an Arabic name
/// in an English sentence (or a number in Hebrew) keeps its direction.
const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';
/// Most placeables one message may resolve, those of referenced messages and chosen variants
/// included: fluent-bundle's `MAX_PLACEABLES`, counted as it counts them. It stops a "billion
/// laughs" translation, where 300 bytes of nested references (`a = {b}{b}…`, `b = {c}{c}…`)
/// expand to a gigabyte, and reference cycles (`a = {b}`, `b = {a}`). Each level of nesting is
/// a placeable, so it also bounds the resolver's recursion. Our messages use at most two.
pub(super) const MAX_PLACEABLES: u8 = 100;
/// Most bytes of translation text one message may produce: 16 times our longest message (630
/// bytes of Thai). Without it, 100 placeables of a 1 MB text would still make 100 MB. Argument
/// values do not count: they are the caller's (a shopper's search query, say), not the file's.
pub(super) const MAX_LENGTH: usize = 10_000;

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
    /// Syntax errors keep every message that did parse; each one that did not is named in a
    /// console warning, as it will show in English.
    pub fn new(locale: &str, ftl: Option<&str>, english: &str) -> Self {
        Self::with_texts(locale, ftl, english, "", &[]).0
    }

    /// [`Catalog::new`] for the widget `name`, with the site's `texts` (see
    /// [`crate::config::Texts`]): its overrides (ids `{name}-…`) for this locale win over the
    /// translation, those for `en` over the English. Also gives a console line for each override
    /// of this widget, in any locale, whose id is none of its English messages; it is ignored.
    pub fn with_texts(
        locale: &str,
        ftl: Option<&str>,
        english: &str,
        name: &str,
        texts: &[(String, Vec<(String, String)>)],
    ) -> (Self, Vec<String>) {
        let mut primary = ftl.filter(|_| locale != "en").map(|text| {
            let (entries, unreadable) = ftl::parse(text);
            for id in unreadable {
                warn(locale, id, "could not be read");
            }
            entries
        });
        let mut english = ftl::parse(english).0;
        let (problems, overrides) = overrides(&english, locale, name, texts);
        for (to_english, entry) in overrides {
            let resource = match to_english {
                true => &mut english,
                false => primary.get_or_insert_with(Vec::new),
            };
            // First in the list, so found first.
            resource.insert(0, entry);
        }
        let catalog = Catalog(SendWrapper::new(Rc::new(Inner {
            locale: locale.into(),
            primary,
            english,
        })));
        (catalog, problems)
    }

    /// Whether `text` reads as a message's value: what a `texts` override must be.
    pub fn reads_as_text(text: &str) -> bool {
        text_entry("x", text).is_some()
    }

    /// The locale these messages are in.
    pub fn locale(&self) -> &str {
        &self.0.locale
    }

    /// The message `id`, formatted with no arguments.
    pub fn t(&self, id: &str) -> String {
        self.t_args(id, &[])
    }

    /// The message `id` with arguments, e.g. a count for plurals. A message missing from the
    /// translation, or past a cap there, shows in English; one missing everywhere shows its id.
    pub fn t_args(&self, id: &str, args: &Args) -> String {
        let inner = &*self.0;
        let sources = [
            (inner.primary.as_deref(), inner.locale.as_str()),
            (Some(&inner.english[..]), "en"),
        ];
        sources
            .into_iter()
            .find_map(|(resource, locale)| {
                let resource = resource?;
                let resolver = Resolver::new(resource, locale, args);
                match resolver.message(lookup(resource, id)?) {
                    Ok(text) => Some(text),
                    Err(overflow) => {
                        warn(locale, id, &overflow.reason());
                        None
                    }
                }
            })
            .unwrap_or_else(|| id.to_string())
    }
}

/// The widget `name`'s overrides in `texts` that apply to `locale`, each with whether it goes to
/// the English (else to the translation); and a console line for each of its overrides, in
/// any locale, whose id is not one of its `english` messages.
fn overrides(
    english: &[Entry],
    locale: &str,
    name: &str,
    texts: &[(String, Vec<(String, String)>)],
) -> (Vec<String>, Vec<(bool, Entry)>) {
    let mut problems = Vec::new();
    let mut found = Vec::new();
    for (tag, pairs) in texts {
        let target = super::negotiate([tag.as_str()]);
        let mine = pairs
            .iter()
            .filter(|(id, _)| super::widget_of(id) == Some(name));
        for (id, text) in mine {
            if lookup(english, id).is_none() {
                problems.push(unknown_id(english, name, &format!("texts.{tag}.{id}")));
            } else if target == "en" || target == locale {
                // The config reader has checked that the text reads.
                found.extend(text_entry(id, text).map(|e| (target == "en", e)));
            }
        }
    }
    (problems, found)
}

/// The console line for an override (at `field`) that is none of widget `name`'s messages,
/// naming its first few.
fn unknown_id(english: &[Entry], name: &str, field: &str) -> String {
    let known: Vec<&str> = english
        .iter()
        .filter(|e| !e.id.starts_with('-'))
        .take(3)
        .map(|e| e.id.as_str())
        .collect();
    let widget = WIDGETS
        .iter()
        .find(|(n, _)| *n == name)
        .map_or(name, |(_, what)| what);
    format!(
        "Vox: invalid config, field \"{field}\": expected a message id of {widget} ({}, …). \
         The text is not used.",
        known.join(", ")
    )
}

/// `text` as the value of message `id`, if it reads as one and nothing else. Each line after
/// the first is indented, so it continues the value: no text can start another message.
fn text_entry(id: &str, text: &str) -> Option<Entry> {
    let source = format!("{id} = {}", text.replace('\n', "\n "));
    let (mut entries, unreadable) = ftl::parse(&source);
    // A line starting with `.` would be an attribute, ending the value there.
    let attribute = text
        .lines()
        .skip(1)
        .any(|l| l.trim_start().starts_with('.'));
    (unreadable.is_empty() && entries.len() == 1 && !attribute).then(|| entries.remove(0))
}

/// Tells the site's developer why a message shows in English, once per page (a message is
/// formatted again on every redraw). The console exists only in the browser; native builds
/// (tests, tools) write to stderr instead.
fn warn(locale: &str, id: &str, reason: &str) {
    let text = format!("Vox: message {id} in {locale} {reason}; showing English");
    #[cfg(target_arch = "wasm32")]
    crate::web::report::warn_once(&text);
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("{text}");
}

/// A message (`id`) or term (`-id`) by id.
fn lookup<'r>(resource: &'r [Entry], id: &str) -> Option<&'r Pattern> {
    resource.iter().find(|e| e.id == id).map(|e| &e.value)
}

/// A cap a message went past; it then shows in English.
enum Overflow {
    Placeables,
    Length,
}

impl Overflow {
    fn reason(&self) -> String {
        match self {
            Overflow::Placeables => format!("resolves more than {MAX_PLACEABLES} placeables"),
            Overflow::Length => format!("makes more than {MAX_LENGTH} bytes"),
        }
    }
}

/// Resolves one message, counting what it costs against the caps.
struct Resolver<'a> {
    resource: &'a [Entry],
    locale: &'a str,
    args: &'a Args<'a>,
    out: String,
    placeables: u8,
    /// Bytes of `out` that came from the translation rather than from arguments.
    length: usize,
}

impl<'a> Resolver<'a> {
    fn new(resource: &'a [Entry], locale: &'a str, args: &'a Args<'a>) -> Self {
        Resolver {
            resource,
            locale,
            args,
            out: String::new(),
            placeables: 0,
            length: 0,
        }
    }

    fn message(mut self, pattern: &Pattern) -> Result<String, Overflow> {
        self.pattern(pattern)?;
        Ok(self.out)
    }

    /// Text from the translation, counted against [`MAX_LENGTH`].
    fn text(&mut self, value: &str) -> Result<(), Overflow> {
        self.length += value.len();
        if self.length > MAX_LENGTH {
            return Err(Overflow::Length);
        }
        self.out.push_str(value);
        Ok(())
    }

    /// As fluent-bundle does, a placeable among other elements is isolated unless it is a
    /// reference or a string literal (text of the translation's own direction).
    fn pattern(&mut self, pattern: &Pattern) -> Result<(), Overflow> {
        let isolate = pattern.len() > 1;
        for element in pattern {
            match element {
                Element::Text(value) => self.text(value)?,
                Element::Placeable(expression) => {
                    self.placeables += 1;
                    if self.placeables > MAX_PLACEABLES {
                        return Err(Overflow::Placeables);
                    }
                    let isolate = isolate
                        && !matches!(
                            expression,
                            Expression::Inline(Inline::Reference(_) | Inline::Text(_))
                        );
                    if isolate {
                        self.out.push(FSI);
                    }
                    self.expression(expression)?;
                    if isolate {
                        self.out.push(PDI);
                    }
                }
            }
        }
        Ok(())
    }

    /// A select takes the first variant, in source order, whose key matches (so a `[one]`
    /// written before `[1]` wins for 1, as in fluent-bundle), else the default.
    fn expression(&mut self, expression: &Expression) -> Result<(), Overflow> {
        match expression {
            Expression::Inline(inline) => self.inline(inline),
            Expression::Select { selector, variants } => {
                let key = self.selector(selector);
                let chosen = variants
                    .iter()
                    .find(|v| key.as_ref().is_some_and(|k| k.matches(&v.key, self.locale)))
                    .or_else(|| variants.iter().find(|v| v.default));
                match chosen {
                    Some(variant) => self.pattern(&variant.value),
                    None => Ok(()),
                }
            }
        }
    }

    fn inline(&mut self, inline: &Inline) -> Result<(), Overflow> {
        match inline {
            Inline::Text(value) | Inline::Number(value) => self.text(value),
            Inline::Variable(name) => match self.arg(name) {
                Some(Arg::Number(n)) => {
                    self.out.push_str(&n.to_string());
                    Ok(())
                }
                Some(Arg::Text(s)) => {
                    self.out.push_str(s);
                    Ok(())
                }
                None => self.text(&format!("{{${name}}}")),
            },
            Inline::Reference(id) => match lookup(self.resource, id) {
                Some(p) if id.starts_with('-') => self.term(p),
                Some(p) => self.pattern(p),
                None => self.text(&format!("{{{id}}}")),
            },
        }
    }

    /// A term sees none of the message's variables: Fluent gives terms only the arguments
    /// written at the reference (`{ -brand(case: "genitive") }`), which we do not read.
    fn term(&mut self, pattern: &Pattern) -> Result<(), Overflow> {
        let args = std::mem::take(&mut self.args);
        let result = self.pattern(pattern);
        self.args = args;
        result
    }

    fn arg(&self, name: &str) -> Option<&'a Arg> {
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
    /// Whether a variant key matches: a number its equal numeric key or its plural category's
    /// name; text an identifier key of the same name (never a numeric one, as in Fluent).
    fn matches(&self, key: &str, locale: &str) -> bool {
        match self {
            Arg::Number(n) => key.parse() == Ok(*n) || plural::category(locale, *n) == key,
            Arg::Text(s) => s == key && key.starts_with(|c: char| c.is_ascii_alphabetic()),
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
            "loop-a",
            "a reference loop goes past the placeable cap, and loop-a has no English"
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
    fn the_first_matching_variant_wins_in_source_order() {
        let en = Catalog::new(
            "en",
            None,
            "a = { $n ->\n    [one] one\n    [1] exact\n   *[other] other\n}\nb = { $n ->\n    [1] exact\n    [one] one\n   *[other] other\n}\n",
        );
        let one = [("n", Arg::Number(1))];
        assert_eq!(
            [en.t_args("a", &one), en.t_args("b", &one)],
            ["one", "exact"]
        );
        let text_one = [("n", Arg::from("1"))];
        assert_eq!(
            en.t_args("b", &text_one),
            "other",
            "text never matches a number key"
        );
    }

    #[test]
    fn isolates_selects_and_numbers_but_not_references_or_literals() {
        let text = "-t = T { $n }\na = A { $n ->\n   *[other] x\n} { 5 } { -t } { \"s\" }\n";
        let en = Catalog::new("en", None, text);
        assert_eq!(
            en.t_args("a", &[("n", Arg::Number(2))]),
            "A \u{2068}x\u{2069} \u{2068}5\u{2069} T \u{2068}{$n}\u{2069} s",
            "and a term sees none of the message's variables"
        );
    }

    fn texts(pairs: &[(&str, &str, &str)]) -> Vec<(String, Vec<(String, String)>)> {
        let mut out: Vec<(String, Vec<(String, String)>)> = Vec::new();
        for (tag, id, text) in pairs {
            let pair = (id.to_string(), text.to_string());
            match out.iter_mut().find(|(t, _)| t == tag) {
                Some((_, list)) => list.push(pair),
                None => out.push((tag.to_string(), vec![pair])),
            }
        }
        out
    }

    const PROMPT_EN: &str = "prompt-label = A question from { $brand }\nprompt-close = Close\nprompt-skip = Skip\nprompt-send = Send\n";
    const PROMPT_DE: &str = "prompt-label = Eine Frage von { $brand }\nprompt-close = Schließen\nprompt-skip = Überspringen\n";

    #[test]
    fn site_texts_win_for_their_locale_only() {
        let site = texts(&[
            (
                "de",
                "prompt-label",
                "Kurz gefragt, von { $brand }:\nwie war's?",
            ),
            ("de-AT", "prompt-close", "Zumachen"),
            ("fr", "prompt-skip", "Passer"),
            ("en", "prompt-send", "Send it"),
            ("en", "prompt-skip", "Not now"),
            ("de", "consent-title", "Not this widget's"),
        ]);
        let (de, problems) = Catalog::with_texts("de", Some(PROMPT_DE), PROMPT_EN, "prompt", &site);
        assert_eq!(problems, Vec::<String>::new());
        assert_eq!(
            de.t_args("prompt-label", &[("brand", "Lumen".into())]),
            "Kurz gefragt, von \u{2068}Lumen\u{2069}:\nwie war's?",
            "placeables work in a site text"
        );
        assert_eq!(de.t("prompt-close"), "Zumachen", "de-AT is German");
        assert_eq!(
            de.t("prompt-skip"),
            "Überspringen",
            "fr and en texts do not touch German"
        );
        assert_eq!(
            de.t("prompt-send"),
            "Send it",
            "an en text is the English fallback"
        );
        assert_eq!(de.t("consent-title"), "consent-title");

        let (en, _) = Catalog::with_texts("en", None, PROMPT_EN, "prompt", &site);
        assert_eq!(
            [en.t("prompt-skip"), en.t("prompt-close")],
            ["Not now", "Close"]
        );
        let (ja, _) = Catalog::with_texts("ja", None, PROMPT_EN, "prompt", &site);
        assert_eq!(
            ja.t("prompt-skip"),
            "Not now",
            "a failed fetch shows the site's English"
        );
        let (fr, _) = Catalog::with_texts("fr", None, PROMPT_EN, "prompt", &site);
        assert_eq!(fr.t("prompt-skip"), "Passer", "even when the fetch failed");
        assert_eq!(fr.t("prompt-close"), "Close");
    }

    #[test]
    fn unknown_ids_of_the_widget_are_reported_and_ignored() {
        let site = texts(&[
            ("de", "prompt-lable", "Frage"),
            ("fr", "prompt-x", "x"),
            ("de", "consent-titel", "Another widget's to report"),
        ]);
        let (de, problems) = Catalog::with_texts("de", Some(PROMPT_DE), PROMPT_EN, "prompt", &site);
        assert_eq!(
            problems,
            [
                "Vox: invalid config, field \"texts.de.prompt-lable\": expected a message id of \
                 the rating prompts (prompt-label, prompt-close, prompt-skip, …). The text is \
                 not used.",
                "Vox: invalid config, field \"texts.fr.prompt-x\": expected a message id of \
                 the rating prompts (prompt-label, prompt-close, prompt-skip, …). The text is \
                 not used.",
            ]
        );
        assert_eq!(plain(de.t("prompt-label")), "Eine Frage von {$brand}");
    }

    #[test]
    fn a_site_text_reads_as_one_value_only() {
        assert!(Catalog::reads_as_text(
            "Hi { $brand }\n  and { \"{\" } more"
        ));
        for bad in ["", "{ $brand", "a\n.title = b", "{ }"] {
            assert!(!Catalog::reads_as_text(bad), "{bad:?}");
        }
        let (en, _) = Catalog::with_texts(
            "en",
            None,
            EN,
            "hello",
            &texts(&[
                ("en", "hello-x", "x"),
                ("en", "hello", "Hi\nother = injected"),
            ]),
        );
        assert_eq!(
            en.t("other"),
            "other",
            "a line of a text never starts a message"
        );
    }

    #[test]
    fn a_failed_fetch_still_speaks_english() {
        let ja = Catalog::new("ja", None, EN);
        assert_eq!(ja.t("hello"), "Hello from Lumen");
        assert_eq!(ja.locale(), "ja");
    }
}
