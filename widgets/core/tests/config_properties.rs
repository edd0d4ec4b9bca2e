//! The config reader on hostile input: whatever a page holds, reading it ends quickly with a
//! config or with one error whose field path leads into that input, and never panics.

use std::time::{Duration, Instant};

use proptest::prelude::*;
use serde_json::{json, Value};
use vox_core::config::{resolve, Config, Sources};
use vox_core::json::{parse, Json};

/// Far above what one reading takes in a debug build on a busy machine, far below a hang.
const BOUND: Duration = Duration::from_secs(1);

/// The config's shape, so generated objects use the real field names at the real places, with
/// mostly plausible values: random ones alone would stop every reading at its first field.
enum Shape {
    /// One of these strings (valid ones, near misses and hostile ones).
    Text(&'static [&'static str]),
    /// A list of such strings.
    Texts(&'static [&'static str]),
    /// A whole number in this range (which reaches past the valid one).
    Int(i64, i64),
    Bool,
    /// Any scalar, list or empty object.
    Any,
    Obj(&'static [(&'static str, Shape)]),
    List(&'static Shape),
    /// An object of site-chosen keys (`headers`, `meta`, `consent.regions`).
    Map(&'static Shape),
}

use Shape::{Any, Bool, Int, List, Map, Obj, Text, Texts};

const URL: Shape = Text(&[
    "/api",
    "https://shop.example/api",
    "javascript:alert(1)",
    "//evil.example",
    "/\\evil.example",
    "",
]);
const WORD: Shape = Text(&[
    "chat",
    "analytics",
    "nps-1",
    "Live chat",
    "a b",
    "",
    "é好😀",
]);
const WORDS: Shape = Texts(&["bug", "idea", "_ga*", "", "  ", "bug"]);
const MODE: Shape = Text(&["opt-in", "opt-out", "notice", "optin", "Opt-In"]);
const CORNER: Shape = Text(&["bottom-right", "top-left", "left"]);

const SERVICE: Shape = Obj(&[
    ("id", WORD),
    ("name", WORD),
    ("purpose", WORD),
    ("provider", WORD),
    ("cookies", WORDS),
    ("privacyUrl", URL),
]);
const CATEGORY: Shape = Obj(&[
    (
        "id",
        Text(&["functional", "analytics", "chat", "necessary", "a b"]),
    ),
    ("label", WORD),
    ("description", WORD),
    ("services", List(&SERVICE)),
    ("autoClear", WORDS),
]);
const CONSENT: Shape = Obj(&[
    ("enabled", Bool),
    ("mode", MODE),
    ("regions", Map(&MODE)),
    ("country", Text(&["DE", "us-ca", "Europe"])),
    ("revision", Int(-1, 1_000_001)),
    ("layout", Text(&["bar", "box", "modal", "dialog"])),
    ("privacyButton", Bool),
    ("policyUrl", URL),
    ("categories", List(&CATEGORY)),
    (
        "cookie",
        Obj(&[
            ("name", Text(&["vox_consent", "a;b", ""])),
            ("domain", Text(&[".shop.example"])),
            ("expiresDays", Int(0, 400)),
        ]),
    ),
    (
        "googleConsentMode",
        Obj(&[
            ("enabled", Bool),
            ("waitForUpdate", Int(-1, 10_001)),
            ("adsDataRedaction", Bool),
            ("urlPassthrough", Bool),
        ]),
    ),
]);
const TRIGGER: Shape = Obj(&[
    ("seconds", Int(-1, 3601)),
    ("scroll", Int(0, 101)),
    ("pageViews", Int(0, 1001)),
    ("exitIntent", Bool),
    ("event", Text(&["order_completed", " "])),
]);
const PATH: Shape = Text(&["/shop/", "/orders/*/done", "shop"]);
const PAGE: Shape = Obj(&[("exact", PATH), ("prefix", PATH), ("wildcard", PATH)]);
const AUDIENCE: Shape = Obj(&[
    ("attribute", Text(&["lifecycle_stage", "orders", "plan"])),
    ("equals", Any),
    ("in", Texts(&["purchase", "use", "purchace"])),
    ("gte", Int(0, 5)),
    ("lte", Int(0, 5)),
    ("exists", Bool),
]);
const PROMPT: Shape = Obj(&[
    ("id", Text(&["nps-1", "csat", "a b", ""])),
    ("kind", Text(&["nps", "csat", "ces", "star"])),
    ("brand", WORD),
    ("question", WORD),
    ("display", Text(&["slide-in", "bar", "popup"])),
    ("position", CORNER),
    ("mirror", Bool),
    ("icons", Text(&["faces", "stars", "hearts"])),
    ("followUp", Bool),
    ("trigger", TRIGGER),
    ("pages", List(&PAGE)),
    ("audience", List(&AUDIENCE)),
    ("sample", Int(-1, 101)),
    (
        "frequency",
        Obj(&[
            ("afterAnswerDays", Int(-1, 3651)),
            ("afterDismissDays", Int(-1, 3651)),
            ("maxDisplays", Int(-1, 1001)),
        ]),
    ),
]);
const CONFIG: Shape = Obj(&[
    ("endpoint", URL),
    ("method", Text(&["POST", "PUT", "get"])),
    ("headers", Map(&Text(&["k", "line\nbreak"]))),
    ("format", Text(&["json", "form", "xml"])),
    (
        "credentials",
        Text(&["omit", "include", "same-origin", "all"]),
    ),
    ("locale", Text(&["auto", "en", "pt-BR", "xx"])),
    ("localesUrl", URL),
    ("theme", Text(&["auto", "light", "dark", "pink"])),
    ("meta", Map(&Any)),
    (
        "feedback",
        Obj(&[
            ("mode", Text(&["inline", "launcher", "modal", "popup"])),
            ("position", CORNER),
            ("categories", WORDS),
            ("rating", Bool),
            ("maxLength", Int(9, 5001)),
            ("collectEmail", Bool),
        ]),
    ),
    ("consent", CONSENT),
    ("prompts", List(&PROMPT)),
    ("fatigue", Obj(&[("days", Int(-1, 366))])),
    (
        "help",
        Obj(&[
            ("index", URL),
            ("shortcut", Text(&["k", "", "ctrl"])),
            ("slash", Bool),
            ("limit", Int(0, 21)),
            ("category", WORD),
            ("contact", URL),
            ("recent", Bool),
        ]),
    ),
]);

/// Keys of site-chosen maps, and the odd unknown field: no `.` or `[`, so an error's field
/// path can be followed back into the document.
const KEYS: &[&str] = &[
    "DE",
    "de",
    "US-CA",
    "us-ca",
    "FR",
    "Europe",
    "x",
    "X-Api-Key",
    "a b",
    "",
    "store",
    "endpoit",
];

/// Any scalar, or a short list of them, or an empty object.
fn any_leaf() -> BoxedStrategy<Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        (-5..6000i64).prop_map(Value::from),
        (-1e3..1e7f64).prop_map(Value::from),
        "\\PC{0,12}".prop_map(Value::String),
        prop::collection::vec("[a-z]{0,3}".prop_map(Value::from), 0..4).prop_map(Value::Array),
        Just(json!({})),
    ]
    .boxed()
}

fn text(words: &'static [&'static str]) -> impl Strategy<Value = Value> {
    prop::sample::select(words).prop_map(Value::from)
}

/// A value of `shape`, sometimes of another type, as a careless or hostile page writes it.
fn of(shape: &'static Shape) -> BoxedStrategy<Value> {
    let right = match shape {
        Any => return any_leaf(),
        Text(words) => text(words).boxed(),
        Texts(words) => prop::collection::vec(text(words), 0..4)
            .prop_map(Value::Array)
            .boxed(),
        Int(lo, hi) => (*lo..*hi).prop_map(Value::from).boxed(),
        Bool => any::<bool>().prop_map(Value::Bool).boxed(),
        Obj(fields) => {
            let fields: Vec<_> = fields
                .iter()
                .map(|(k, s)| prop::option::weighted(0.2, of(s)).prop_map(move |v| (*k, v)))
                .collect();
            let unknown = prop::option::weighted(0.03, (prop::sample::select(KEYS), any_leaf()));
            (fields, unknown)
                .prop_map(|(fields, unknown)| {
                    let set = fields.into_iter().filter_map(|(k, v)| Some((k, v?)));
                    let object = set.chain(unknown).map(|(k, v)| (k.to_string(), v));
                    Value::Object(object.collect())
                })
                .boxed()
        }
        List(item) => prop::collection::vec(of(item), 0..3)
            .prop_map(Value::Array)
            .boxed(),
        Map(value) => prop::collection::btree_map(prop::sample::select(KEYS), of(value), 0..4)
            .prop_map(|m| Value::Object(m.into_iter().map(|(k, v)| (k.into(), v)).collect()))
            .boxed(),
    };
    prop_oneof![19 => right, 1 => any_leaf()].boxed()
}

/// The value at a field path such as `consent.categories[0].id` ("" is the document).
fn at<'a>(doc: &'a Value, path: &str) -> Option<&'a Value> {
    let mut value = doc;
    for part in path.split('.').filter(|p| !p.is_empty()) {
        let mut pieces = part.split('[');
        let key = pieces.next()?;
        if !key.is_empty() {
            value = value.get(key)?;
        }
        for index in pieces {
            value = value.get(index.strip_suffix(']')?.parse::<usize>().ok()?)?;
        }
    }
    Some(value)
}

/// An error names a field whose parent is in the document (the field itself may be the one
/// left out), and says what was expected.
fn names_a_field_of(doc: &Value, (field, expected): &(String, String)) -> bool {
    let parent = match field.rfind(['.', '[']) {
        Some(i) => &field[..i],
        None => "",
    };
    !expected.is_empty() && at(doc, parent).is_some()
}

fn vox(doc: &Value) -> Json {
    parse(&doc.to_string()).unwrap()
}

/// `doc` as two sources at once: `resolve` reads each alone, then their merge.
fn everywhere(doc: &Value) -> Sources {
    Sources {
        json_block: Some(doc.to_string()),
        init: Some(vox(doc)),
        ..Sources::default()
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, ..ProptestConfig::default() })]

    /// Real field names with values of any type: a config, or an error at a field of the input.
    #[test]
    fn any_config_reads_or_names_its_field(doc in of(&CONFIG)) {
        let start = Instant::now();
        let read = Config::read(&vox(&doc));
        if let Err(problem) = &read {
            prop_assert!(names_a_field_of(&doc, problem), "{problem:?} in {doc}");
        }
        let resolved = resolve(&everywhere(&doc));
        prop_assert_eq!(read.is_ok(), resolved.is_ok(), "{:?}", resolved);
        if let Err(e) = resolved {
            prop_assert!(names_a_field_of(&doc, &(e.field, e.message)));
        }
        prop_assert!(start.elapsed() < BOUND, "{:?}", start.elapsed());
    }
}

/// Any JSON at all, at the root or in place of a section.
fn anything() -> impl Strategy<Value = Value> {
    let scalar = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<f64>().prop_map(Value::from),
        any::<String>().prop_map(Value::String),
    ];
    scalar.prop_recursive(4, 32, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(any::<String>(), inner, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn any_json_reads_or_errs(
        value in anything(),
        section in prop::sample::select(vec![
            "", "consent", "prompts", "feedback", "help", "meta", "headers", "fatigue",
        ]),
    ) {
        let doc = if section.is_empty() { value } else { json!({ section: value }) };
        let start = Instant::now();
        if let Err((field, expected)) = Config::read(&vox(&doc)) {
            // Keys here may hold `.` or `[`: the path's first key is checked, not the whole.
            let first = doc.as_object().is_some_and(|o| o.keys().any(|k| field.starts_with(k.as_str())));
            prop_assert!(field.is_empty() || first, "{field:?} in {doc}");
            prop_assert!(!expected.is_empty());
        }
        prop_assert!(start.elapsed() < BOUND, "{:?}", start.elapsed());
    }
}

/// Takes under ten seconds in a debug build, even on a machine busy with a build (it takes
/// about one alone, and took minutes where a list was scanned per key): a guard against a
/// quadratic reader, not a timing.
fn quickly<T>(what: &str, read: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let out = read();
    let took = start.elapsed();
    assert!(took < Duration::from_secs(10), "{what}: {took:?}");
    out
}

/// `n` distinct valid region codes, `AA`, `AB`, … then `AA-1`, `AA-2`, …
fn region_codes(n: usize) -> impl Iterator<Item = String> {
    (0..n).map(|i| {
        let letters: String = [b'A' + (i % 26) as u8, b'A' + (i / 26 % 26) as u8]
            .map(char::from)
            .into_iter()
            .collect();
        match i / 676 {
            0 => letters,
            sub => format!("{letters}-{sub}"),
        }
    })
}

#[test]
fn large_maps_read_in_bounded_time() {
    // Read five times and merged twice: half as many keys keeps the bound comfortable.
    let keys = 50_000;
    let meta: serde_json::Map<String, Value> =
        (0..keys).map(|i| (format!("k{i}"), json!(i))).collect();
    let sources = everywhere(&json!({ "meta": meta }));
    let config = quickly("meta, merged from two sources", || resolve(&sources));
    assert_eq!(config.unwrap().meta.len(), keys);

    let n = 100_000;
    let regions: serde_json::Map<String, Value> = region_codes(n)
        .map(|code| (code, json!("opt-out")))
        .collect();
    let mut repeated = regions.clone();
    repeated.insert("aa".into(), json!("opt-in"));
    let doc = vox(&json!({"consent": {"regions": regions}}));
    let config = quickly("regions", || Config::read(&doc));
    assert_eq!(config.unwrap().consent.regions.len(), n);

    let sources = everywhere(&json!({"consent": {"regions": repeated}}));
    let err = quickly("regions with a repeat", || resolve(&sources));
    assert_eq!(err.unwrap_err().field, "consent.regions.AA");
}

#[test]
fn long_lists_are_refused_in_bounded_time() {
    let categories: Vec<Value> = (0..100_000)
        .map(|i| json!({"id": format!("c{i}"), "label": "C"}))
        .collect();
    let doc = vox(&json!({"consent": {"categories": categories}}));
    let err = quickly("consent categories", || Config::read(&doc));
    assert_eq!(err.unwrap_err().0, "consent.categories");
}
