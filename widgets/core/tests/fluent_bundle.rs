//! `Catalog` resolves messages with its own small resolver (see `locale::catalog`); this proves
//! it prints what `fluent-bundle` prints, isolation marks included, for every shipped message in
//! every shipped locale, with no arguments, with text for each variable (selectors included),
//! and with each count of [`COUNTS`] for the selectors' variables.
//!
//! Counts stop at 2⁵³: fluent-bundle keeps numbers as `f64` and would print `u64::MAX` rounded,
//! where ours are exact integers. Negative and fractional counts have no `Arg`: widget counts are
//! whole and never negative. Where fluent-bundle's plural rules are wrong for a count (its
//! Arabic `n % 100` bug; `tests/plural_rules.rs` pins ours to CLDR), the expected text is its
//! output for a count of the right category, with that count's digits replaced by ours.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use unic_langid::LanguageIdentifier;
use vox_core::locale::{plural, Arg, Catalog, SUPPORTED};

/// 0..=200 covers every category of every shipped language more than once (Arabic's run to
/// 99, and start over at 100); then thousands, millions and the largest exact `f64` integer.
fn counts() -> impl Iterator<Item = u64> {
    (0..=200).chain([1_000, 1_000_000, 2_000_000, 1_000_000_000, 1 << 53])
}

/// Values for variables that are not counts: left-to-right, right-to-left, and plural names
/// and a number as text (which select by name, never as numbers).
const TEXTS: &[&str] = &["Lumen & Co", "متجر سارة", "one", "other", "7"];

const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

fn locales_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales")
}

fn read(locale: &str, file: &str) -> String {
    std::fs::read_to_string(locales_dir().join(locale).join(file)).unwrap()
}

/// A shipped message and the variables of its English source, split by use.
struct Message {
    id: String,
    /// Variables that select a variant: given counts.
    counts: BTreeSet<String>,
    /// The others: given text.
    texts: BTreeSet<String>,
}

fn messages(english: &str) -> Vec<Message> {
    let resource = fluent_syntax::parser::parse(english).unwrap();
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            Entry::Message(m) => Some((m.id.name, m.value.as_ref()?)),
            _ => None,
        })
        .map(|(id, value)| {
            let mut message = Message {
                id: id.to_string(),
                counts: BTreeSet::new(),
                texts: BTreeSet::new(),
            };
            pattern_variables(value, &mut message);
            message.texts.retain(|v| !message.counts.contains(v));
            message
        })
        .collect()
}

fn pattern_variables(pattern: &Pattern<&str>, message: &mut Message) {
    for element in &pattern.elements {
        match element {
            PatternElement::Placeable {
                expression: Expression::Select { selector, variants },
            } => {
                if let InlineExpression::VariableReference { id } = selector {
                    message.counts.insert(id.name.to_string());
                }
                for variant in variants {
                    pattern_variables(&variant.value, message);
                }
            }
            PatternElement::Placeable {
                expression: Expression::Inline(InlineExpression::VariableReference { id }),
            } => {
                message.texts.insert(id.name.to_string());
            }
            _ => {}
        }
    }
}

/// Every set of arguments a message is resolved with.
fn argument_sets(message: &Message) -> Vec<Vec<(String, Arg)>> {
    let all = || message.counts.iter().chain(&message.texts);
    let mut sets = vec![Vec::new()];
    for text in TEXTS {
        sets.push(
            all()
                .map(|v| (v.clone(), Arg::Text(text.to_string())))
                .collect(),
        );
    }
    if !message.counts.is_empty() {
        for n in counts() {
            let text = TEXTS[n as usize % 2];
            let numbers = message.counts.iter().map(|v| (v.clone(), Arg::Number(n)));
            let texts = message.texts.iter().map(|v| (v.clone(), Arg::from(text)));
            sets.push(numbers.chain(texts).collect());
        }
    }
    sets
}

/// The reference: fluent-bundle with the same resource, isolating as Fluent specifies.
struct Reference {
    bundle: FluentBundle<FluentResource>,
    rules: PluralRules,
}

impl Reference {
    fn new(locale: &str, text: &str) -> Self {
        let langid: LanguageIdentifier = locale.parse().unwrap();
        let mut bundle = FluentBundle::new(vec![langid]);
        bundle.set_use_isolating(true);
        bundle
            .add_resource(FluentResource::try_new(text.to_string()).unwrap())
            .unwrap();
        // fluent-bundle's own plural rules: by language, as it negotiates them.
        let language: LanguageIdentifier = locale.split('-').next().unwrap().parse().unwrap();
        let rules = PluralRules::create(language, PluralRuleType::CARDINAL).unwrap();
        Reference { bundle, rules }
    }

    fn format(&self, id: &str, args: &[(String, Arg)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, arg) in args {
            let value = match arg {
                Arg::Number(n) => FluentValue::from(*n),
                Arg::Text(s) => FluentValue::from(s.clone()),
            };
            fluent_args.set(name.clone(), value);
        }
        let message = self.bundle.get_message(id).unwrap();
        let mut errors = Vec::new();
        let text =
            self.bundle
                .format_pattern(message.value().unwrap(), Some(&fluent_args), &mut errors);
        text.into_owned()
    }

    fn category(&self, n: u64) -> &'static str {
        match self.rules.select(n).unwrap() {
            PluralCategory::ZERO => "zero",
            PluralCategory::ONE => "one",
            PluralCategory::TWO => "two",
            PluralCategory::FEW => "few",
            PluralCategory::MANY => "many",
            PluralCategory::OTHER => "other",
        }
    }

    /// What fluent-bundle would print for count `n` if its plural rules agreed with ours: its
    /// text for the first count of the same category under both, with that count replaced.
    /// `None` where its rules already agree (so its text stands as it is), or no such count is
    /// found.
    fn with_our_category(&self, locale: &str, id: &str, args: &[(String, Arg)]) -> Option<String> {
        let n = args.iter().find_map(|(_, a)| match a {
            Arg::Number(n) => Some(*n),
            Arg::Text(_) => None,
        })?;
        let ours = plural::category(locale, n);
        if self.category(n) == ours {
            return None;
        }
        let m =
            (0..=200).find(|&m| plural::category(locale, m) == ours && self.category(m) == ours)?;
        let with_m: Vec<(String, Arg)> = args
            .iter()
            .map(|(name, arg)| match arg {
                Arg::Number(_) => (name.clone(), Arg::Number(m)),
                text => (name.clone(), text.clone()),
            })
            .collect();
        let text = self.format(id, &with_m);
        Some(text.replace(&format!("{FSI}{m}{PDI}"), &format!("{FSI}{n}{PDI}")))
    }
}

#[derive(Default)]
struct Totals {
    messages: usize,
    compared: usize,
    through_our_category: usize,
    mismatches: Vec<String>,
}

fn compare_locale(locale: &str, file: &str, totals: &mut Totals) {
    let english = read("en", file);
    let text = if locale == "en" {
        english.clone()
    } else {
        read(locale, file)
    };
    let catalog = Catalog::new(locale, (locale != "en").then_some(text.as_str()), &english);
    let reference = Reference::new(locale, &text);
    for message in messages(&english) {
        totals.messages += 1;
        for args in argument_sets(&message) {
            let vox_args: Vec<(&str, Arg)> =
                args.iter().map(|(n, a)| (n.as_str(), a.clone())).collect();
            let ours = catalog.t_args(&message.id, &vox_args);
            let mut theirs = reference.format(&message.id, &args);
            if ours != theirs {
                if let Some(corrected) = reference.with_our_category(locale, &message.id, &args) {
                    theirs = corrected;
                    totals.through_our_category += 1;
                }
            }
            if ours != theirs {
                totals.mismatches.push(format!(
                    "{locale} {} {args:?}:\n  ours   {ours:?}\n  theirs {theirs:?}",
                    message.id
                ));
            }
            totals.compared += 1;
        }
    }
}

#[test]
fn every_shipped_message_resolves_as_fluent_bundle_does() {
    let files: Vec<String> = std::fs::read_dir(locales_dir().join("en"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".ftl"))
        .collect();
    let mut totals = Totals::default();
    for locale in SUPPORTED {
        for file in &files {
            compare_locale(locale, file, &mut totals);
        }
    }
    println!(
        "{} messages in {} locales, {} resolutions compared ({} through fluent-bundle's text for \
         a count of our plural category), {} mismatches",
        totals.messages / SUPPORTED.len(),
        SUPPORTED.len(),
        totals.compared,
        totals.through_our_category,
        totals.mismatches.len()
    );
    let shown: Vec<&String> = totals.mismatches.iter().take(20).collect();
    assert!(totals.mismatches.is_empty(), "{shown:#?}");
    assert!(totals.messages > 100 * SUPPORTED.len());
}
