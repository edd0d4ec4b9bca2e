//! Property tests of the FTL parser and resolver, against the caps and against the reference
//! crates: any text, however hostile, parses and resolves without panicking, quickly, within
//! the caps; text that `fluent-syntax` reads as valid Fluent has the same entries for us; and
//! generated messages resolve as `fluent-bundle` resolves them.

use std::time::{Duration, Instant};

use fluent_bundle::resolver::ResolverError;
use fluent_bundle::{FluentArgs, FluentBundle, FluentError, FluentResource, FluentValue};
use proptest::prelude::*;
use proptest::sample::select;

use super::catalog::{Arg, Catalog, MAX_LENGTH, MAX_PLACEABLES};
use super::ftl;

/// One case may take this long in a debug build: the slowest take about 20 ms, and a hostile
/// file took minutes before the caps.
const TIME: Duration = Duration::from_secs(1);

/// Resolves every entry of `text` as French (no English behind it), checking the caps.
fn resolve_all(text: &str) {
    let start = Instant::now();
    let (entries, _) = ftl::parse(text);
    let catalog = Catalog::new("fr", Some(text), "");
    let args = [("n", Arg::Number(1)), ("s", Arg::from("s"))];
    // Each placeable adds at most two isolation marks (3 bytes each) and a one-byte argument.
    let most = MAX_LENGTH + 7 * usize::from(MAX_PLACEABLES);
    for entry in &entries {
        let out = catalog.t_args(&entry.id, &args);
        assert!(out.len() <= most, "{} bytes for {}", out.len(), entry.id);
    }
    assert!(start.elapsed() < TIME, "{:?}", start.elapsed());
}

/// Pieces of Fluent syntax, so that random text often almost is Fluent.
const TOKENS: &[&str] = &[
    "a",
    "b",
    "m",
    "-t",
    " = ",
    "=",
    "{ ",
    " }",
    "{",
    "}",
    "$n",
    "$s",
    " -> ",
    "->",
    "\n",
    "\n    ",
    "\n    [one] ",
    "\n   *[other] ",
    "[0]",
    "*[",
    "]",
    "\"x\"",
    "\"\\u00A0\"",
    "\"\\",
    "1",
    "-1",
    "0.5",
    "# c",
    "\n## c",
    ".attr",
    "x y",
    "é",
    "\r\n",
    "\t",
    " ",
];

fn ftl_like() -> impl Strategy<Value = String> {
    prop::collection::vec(select(TOKENS), 0..60).prop_map(|tokens| tokens.concat())
}

/// How lines of Fluent start: entries, lines continuing them, and others.
const ENTRIES: &[&str] = &["a = ", "b = ", "-t = ", "a =", "b=", "-t ="];
const CONTINUATIONS: &[&str] = &[
    "    ",
    "    [one] ",
    "   *[other] ",
    "    }",
    "}",
    "    .b = ",
];
const OTHERS: &[&str] = &["# ", "", "a", " = ", ".b = ", "[one] ", "-", "  *"];
/// What follows: text and placeables, then pieces that break them.
const BODIES: &[&str] = &[
    "x",
    " ",
    "x y",
    "é",
    "{ $n }",
    "{ a }",
    "{ -t }",
    "{ \"s\" }",
    "{ 1 }",
    "{ -1 }",
    "[",
    "*",
    ".",
    "=",
    "{ b.c }",
    "{ NUMBER($n) }",
    "{ { x } }",
];
const BROKEN: &[&str] = &[
    "{ $n ->", "}", "{", "\\", "\"", "{ $", "{ -", "{ 1.", "{ \"\\",
];

/// Lines that look like Fluent entries, continuation lines and variants: about one input in
/// twelve is valid Fluent with at least one entry.
fn ftl_lines() -> impl Strategy<Value = String> {
    let start = prop_oneof![3 => select(ENTRIES), 3 => select(CONTINUATIONS), 1 => select(OTHERS)];
    let body = prop_oneof![6 => select(BODIES), 1 => select(BROKEN)];
    let line = (start, prop::collection::vec(body, 0..4))
        .prop_map(|(start, body)| format!("{start}{}", body.concat()));
    prop::collection::vec(line, 0..6).prop_map(|lines| lines.join("\n"))
}

/// Billion-laughs chains (`m0` refers `fan_out` times to `m1`, and so on), selects nested
/// past [`ftl::MAX_NESTING`], and long text: at, below and beyond every cap.
fn hostile() -> impl Strategy<Value = String> {
    (1..12usize, 1..16usize, 0..80usize, 0..4_000usize).prop_map(|(chain, fan_out, depth, long)| {
        let mut text = String::new();
        for i in 0..chain {
            let reference = format!("{{ m{} }}", i + 1);
            text.push_str(&format!("m{i} = {}\n", reference.repeat(fan_out)));
        }
        text.push_str(&format!("m{chain} = x{}\n", "y".repeat(long)));
        text.push_str("deep = ");
        text.push_str(&"{ $n ->\n    *[other] ".repeat(depth));
        text.push_str("{ m0 }");
        text.push_str(&"\n    }".repeat(depth));
        text
    })
}

/// The ids of the messages with a value, and of the terms, as fluent-syntax reads `text`; `None`
/// if it finds an error.
fn official_ids(text: &str) -> Option<Vec<String>> {
    let resource = fluent_syntax::parser::parse(text).ok()?;
    let ids = resource.body.iter().filter_map(|entry| match entry {
        fluent_syntax::ast::Entry::Message(m) => m.value.as_ref().map(|_| m.id.name.to_string()),
        fluent_syntax::ast::Entry::Term(t) => Some(format!("-{}", t.id.name)),
        _ => None,
    });
    Some(ids.collect())
}

/// Whether `text` uses syntax we skip on purpose (see `ftl`): attribute references, functions,
/// placeables inside placeables. An entry using it is dropped, so shows in English.
fn unsupported(text: &str) -> bool {
    let parts: Vec<&str> = text.split('{').collect();
    let nested = parts.len() > 2
        && parts[1..parts.len() - 1]
            .iter()
            .any(|p| p.trim().is_empty());
    nested || text.contains("{ b.c }") || text.contains("NUMBER(")
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 5_000, ..ProptestConfig::default() })]

    #[test]
    fn any_text_parses_and_resolves_within_the_caps(
        text in prop_oneof![any::<String>(), ftl_like(), ftl_lines()],
    ) {
        resolve_all(&text);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1_000, ..ProptestConfig::default() })]

    #[test]
    fn hostile_shapes_resolve_within_the_caps(text in hostile()) {
        resolve_all(&text);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 20_000, ..ProptestConfig::default() })]

    #[test]
    fn valid_fluent_has_the_same_entries(text in ftl_lines()) {
        if let Some(ids) = official_ids(&text) {
            let (entries, _) = ftl::parse(&text);
            let ours: Vec<&str> = entries.iter().map(|e| e.id.as_str()).collect();
            if unsupported(&text) {
                let mut theirs = ids.iter();
                prop_assert!(ours.iter().all(|id| theirs.any(|t| t == id)), "{:?}", text);
            } else {
                prop_assert_eq!(ours, ids, "{:?}", text);
            }
        }
    }
}

/// A piece of a generated message: what the resolver handles, written as Fluent.
#[derive(Debug, Clone)]
enum Piece {
    Text(String),
    /// A line break, the next line indented as the pattern's other lines.
    Newline,
    /// `$n` and `$s` are given; `$x` never is.
    Variable(&'static str),
    /// `m0`…`m4`; `m5` does not exist.
    Message(u8),
    /// `-t0`, `-t1`; `-t2` does not exist.
    Term(u8),
    /// The literal as written between the quotes, escapes included.
    Literal(&'static str),
    Number(u16),
    Select {
        selector: &'static str,
        variants: Vec<(&'static str, Vec<Piece>)>,
        default: usize,
    },
}

const MESSAGES: u8 = 5;
const TERMS: u8 = 2;
const KEYS: &[&str] = &[
    "zero", "one", "two", "few", "many", "other", "0", "1", "2", "a",
];
const LITERALS: &[&str] = &["", "x", "\\\"", "\\\\", "\\u00A0", "\\U01F600", "a b"];

fn leaf(references: bool) -> BoxedStrategy<Piece> {
    let plain = prop_oneof![
        "[a-z][a-z ,]{0,8}".prop_map(Piece::Text),
        Just(Piece::Newline),
        select(&["n", "s", "x"][..]).prop_map(Piece::Variable),
        select(LITERALS).prop_map(Piece::Literal),
        (0u16..1000).prop_map(Piece::Number),
    ];
    if !references {
        return plain.boxed();
    }
    prop_oneof![
        8 => plain,
        2 => (0..=MESSAGES).prop_map(Piece::Message),
        1 => (0..=TERMS).prop_map(Piece::Term),
    ]
    .boxed()
}

/// A pattern: never blank (Fluent requires a value), so it starts with anything but a line break.
fn pattern(piece: BoxedStrategy<Piece>) -> impl Strategy<Value = Vec<Piece>> {
    let first = piece
        .clone()
        .prop_filter("starts on the line", |p| !matches!(p, Piece::Newline));
    (first, prop::collection::vec(piece, 0..3))
        .prop_map(|(first, rest)| std::iter::once(first).chain(rest).collect())
}

/// Pieces, selects nested up to three deep.
fn piece(references: bool) -> BoxedStrategy<Piece> {
    leaf(references)
        .prop_recursive(3, 12, 3, |inner| {
            let variant = (select(KEYS), pattern(inner));
            (
                select(&["n", "s"][..]),
                prop::collection::vec(variant, 1..4),
                any::<prop::sample::Index>(),
            )
                .prop_map(|(selector, variants, default)| Piece::Select {
                    default: default.index(variants.len()),
                    selector,
                    variants,
                })
        })
        .boxed()
}

/// Messages `m0`…`m4` may refer to each other (cycles included) and to terms; terms hold no
/// references, as a term's variables are reset after a nested term in fluent-bundle, a quirk
/// we need not copy.
fn resource() -> impl Strategy<Value = String> {
    let messages = prop::collection::vec(pattern(piece(true)), 1..=MESSAGES as usize);
    let terms = prop::collection::vec(pattern(piece(false)), 0..=TERMS as usize);
    (messages, terms).prop_map(|(messages, terms)| {
        let mut text = String::new();
        for (i, value) in messages.iter().enumerate() {
            text.push_str(&format!("m{i} = "));
            write(value, 4, &mut text);
            text.push('\n');
        }
        for (i, value) in terms.iter().enumerate() {
            text.push_str(&format!("-t{i} = "));
            write(value, 4, &mut text);
            text.push('\n');
        }
        text
    })
}

/// Writes pieces as Fluent, continuation lines indented by `indent`.
fn write(pieces: &[Piece], indent: usize, out: &mut String) {
    for piece in pieces {
        match piece {
            Piece::Text(t) => out.push_str(t),
            Piece::Newline => out.push_str(&format!("\n{}", " ".repeat(indent))),
            Piece::Variable(v) => out.push_str(&format!("{{ ${v} }}")),
            Piece::Message(i) => out.push_str(&format!("{{ m{i} }}")),
            Piece::Term(i) => out.push_str(&format!("{{ -t{i} }}")),
            Piece::Literal(l) => out.push_str(&format!("{{ \"{l}\" }}")),
            Piece::Number(n) => out.push_str(&format!("{{ {n} }}")),
            Piece::Select {
                selector,
                variants,
                default,
            } => {
                out.push_str(&format!("{{ ${selector} ->"));
                for (i, (key, value)) in variants.iter().enumerate() {
                    let star = if i == *default { "*" } else { " " };
                    out.push_str(&format!("\n{}{star}[{key}] ", " ".repeat(indent + 3)));
                    write(value, indent + 8, out);
                }
                out.push_str(&format!("\n{}}}", " ".repeat(indent)));
            }
        }
    }
}

fn bundle(locale: &str, text: &str) -> FluentBundle<FluentResource> {
    let mut bundle = FluentBundle::new(vec![locale.parse().unwrap()]);
    bundle.set_use_isolating(true);
    let resource = FluentResource::try_new(text.to_string()).expect("generated Fluent is valid");
    bundle
        .add_resource(resource)
        .expect("generated ids are unique");
    bundle
}

/// fluent-bundle's text for `id`, and whether it went past its placeable cap or met a cycle
/// (where we show the fallback instead).
fn theirs(bundle: &FluentBundle<FluentResource>, id: &str, args: &[(&str, Arg)]) -> (String, bool) {
    let mut fluent_args = FluentArgs::new();
    for (name, arg) in args {
        match arg {
            Arg::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
            Arg::Text(s) => fluent_args.set(*name, FluentValue::from(s.as_str())),
        }
    }
    let mut errors = Vec::new();
    let value = bundle.get_message(id).unwrap().value().unwrap();
    let text = bundle.format_pattern(value, Some(&fluent_args), &mut errors);
    let capped = errors.iter().any(|e| {
        matches!(
            e,
            FluentError::ResolverError(ResolverError::Cyclic | ResolverError::TooManyPlaceables)
        )
    });
    (text.into_owned(), capped)
}

/// Counts whose category fluent-bundle's plural rules (CLDR 37) agree on with ours, in these
/// locales; see `tests/plural_rules.rs` for where they do not.
const COUNTS: &[u64] = &[0, 1, 2, 3, 5, 11, 21, 100];

proptest! {
    #![proptest_config(ProptestConfig { cases: 600, ..ProptestConfig::default() })]

    #[test]
    fn generated_messages_resolve_as_fluent_bundle_does(
        text in resource(),
        locale in select(&["en", "fr", "ru", "ar"][..]),
        n in select(COUNTS),
        s in select(&["one", "a", "1", "سارة"][..]),
    ) {
        let start = Instant::now();
        let bundle = bundle(locale, &text);
        let catalog = match locale {
            "en" => Catalog::new("en", None, &text),
            _ => Catalog::new(locale, Some(&text), ""),
        };
        let args = [("n", Arg::Number(n)), ("s", Arg::from(s))];
        for id in (0..MESSAGES).map(|i| format!("m{i}")).filter(|id| bundle.has_message(id)) {
            let ours = catalog.t_args(&id, &args);
            match theirs(&bundle, &id, &args) {
                (_, true) => prop_assert_eq!(&ours, &id, "the fallback, for {}", text),
                (theirs, false) => prop_assert_eq!(ours, theirs, "{}", text),
            }
        }
        prop_assert!(start.elapsed() < TIME, "{:?}", start.elapsed());
    }
}
