//! Vox's hand-written JSON against serde_json, the maintained parser it replaces in the wasm.
//!
//! Generated documents (unicode and escaped strings, surrogate pairs, integers, floats,
//! exponents) must read the same through both parsers and survive Vox's writer; arbitrary text
//! must be accepted or refused by both alike. Numbers must be equal: both parsers round
//! correctly (serde_json with its `float_roundtrip` feature, as the dev-dependency has it).

use std::collections::HashMap;
use std::time::{Duration, Instant};

use proptest::prelude::*;
use serde_json::Value;
use vox_core::json::{parse, Json};

/// `Ok` when `ours` holds what `theirs` holds; else where not.
fn same(ours: &Json, theirs: &Value, path: &str) -> Result<(), String> {
    let differ = || Err(format!("at `{path}`: Vox {ours:?}, serde_json {theirs:?}"));
    match (ours, theirs) {
        (Json::Null, Value::Null) => Ok(()),
        (Json::Bool(a), Value::Bool(b)) if a == b => Ok(()),
        (Json::Num(a), Value::Number(b)) if b.as_f64() == Some(*a) => Ok(()),
        (Json::Str(a), Value::String(b)) if a == b => Ok(()),
        (Json::Arr(a), Value::Array(b)) if a.len() == b.len() => a
            .iter()
            .zip(b)
            .enumerate()
            .try_for_each(|(i, (a, b))| same(a, b, &format!("{path}[{i}]"))),
        (Json::Obj(a), Value::Object(b)) if a.len() == b.len() => {
            // Indexed, as `Map::get` scans: a 100,000-key object must compare in O(n).
            let a: HashMap<&String, &Json> = a.iter().collect();
            b.iter().try_for_each(|(k, b)| {
                let a = a
                    .get(k)
                    .ok_or_else(|| format!("at `{path}`: Vox lacks key {k:?}"))?;
                same(a, b, &format!("{path}.{k}"))
            })
        }
        _ => differ(),
    }
}

/// Finite doubles of every kind serde_json can write: any bit pattern, everyday decimals,
/// and short mantissas with exponents from tiny to huge.
fn float() -> impl Strategy<Value = f64> {
    use proptest::num::f64::{NEGATIVE, NORMAL, POSITIVE, SUBNORMAL, ZERO};
    prop_oneof![
        POSITIVE | NEGATIVE | NORMAL | SUBNORMAL | ZERO,
        -1e6..1e6f64,
        (any::<i32>(), -320..309i32).prop_filter_map("finite", |(m, e)| {
            format!("{m}e{e}")
                .parse()
                .ok()
                .filter(|f: &f64| f.is_finite())
        }),
    ]
}

/// Text with what JSON must escape (quotes, backslashes, controls), lookalikes it must not,
/// and characters beyond the BMP (surrogate pairs once escaped).
fn text() -> impl Strategy<Value = String> {
    let tricky = prop::sample::select(vec![
        '"',
        '\\',
        '/',
        '\n',
        '\r',
        '\t',
        '\u{8}',
        '\u{c}',
        '\0',
        '\u{1f}',
        '\u{7f}',
        '\u{2028}',
        'é',
        '好',
        '😀',
        '\u{10ffff}',
        '\u{fffd}',
        '\u{feff}',
    ]);
    prop::collection::vec(prop_oneof![any::<char>(), tricky], 0..12).prop_map(String::from_iter)
}

fn scalar() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        (-1000..1000i64).prop_map(Value::from),
        float().prop_map(Value::from),
        text().prop_map(Value::String),
    ]
}

/// JSON documents up to six levels deep.
fn document() -> impl Strategy<Value = Value> {
    scalar().prop_recursive(6, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            prop::collection::btree_map(text(), inner, 0..8)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// The same document with every non-ASCII character as a `\u` escape (astral ones as surrogate
/// pairs, hex in either case), as other JSON writers send it; outside strings JSON is ASCII.
fn escape_non_ascii(text: &str, upper: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c);
            continue;
        }
        for unit in c.encode_utf16(&mut [0; 2]) {
            out += &if upper {
                format!("\\u{unit:04X}")
            } else {
                format!("\\u{unit:04x}")
            };
        }
    }
    out
}

/// One character of `text` replaced, removed or added at `at`: mostly invalid JSON close to
/// valid, where parsers disagree if they ever do.
fn mutate(text: &str, at: usize, edit: u8, c: char) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    let at = at % (chars.len() + 1);
    match (edit % 3, at < chars.len()) {
        (0, true) => chars[at] = c,
        (1, true) => {
            chars.remove(at);
        }
        _ => chars.insert(at, c),
    }
    chars.into_iter().collect()
}

fn agree(text: &str) -> Result<(), TestCaseError> {
    let ours = parse(text);
    let theirs = serde_json::from_str::<Value>(text);
    match (&ours, &theirs) {
        (Ok(ours), Ok(theirs)) => same(ours, theirs, "").map_err(TestCaseError::fail),
        (Err(_), Err(_)) => Ok(()),
        _ => Err(TestCaseError::fail(format!(
            "{text:?}: Vox {ours:?}, serde_json {theirs:?}"
        ))),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    /// What serde_json writes, compact, pretty or `\u`-escaped, Vox reads as serde_json does.
    #[test]
    fn reads_what_serde_json_writes(doc in document(), upper in any::<bool>()) {
        for text in [
            doc.to_string(),
            serde_json::to_string_pretty(&doc).unwrap(),
            escape_non_ascii(&doc.to_string(), upper),
        ] {
            agree(&text)?;
        }
    }

    /// What Vox writes, serde_json reads back as the document Vox read.
    #[test]
    fn serde_json_reads_what_vox_writes(doc in document()) {
        let ours = parse(&doc.to_string()).unwrap();
        let written = ours.to_string();
        let theirs: Value = serde_json::from_str(&written)
            .map_err(|e| TestCaseError::fail(format!("{written:?}: {e}")))?;
        same(&ours, &theirs, "").map_err(TestCaseError::fail)?;
        prop_assert_eq!(parse(&written).unwrap(), ours);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, ..ProptestConfig::default() })]

    /// Near-valid text: both parsers accept it (and read the same) or both refuse it.
    #[test]
    fn accept_and_reject_alike(
        doc in document(),
        at in any::<usize>(),
        edit in any::<u8>(),
        c in prop::sample::select(vec![
            '"', '\\', ',', ':', '[', ']', '{', '}', '-', '+', '.', 'e', '0', '1', ' ', 'u', 'n', 't',
            '\u{1}', 'é', '😀',
        ]),
    ) {
        agree(&mutate(&doc.to_string(), at, edit, c))?;
    }

    /// Any text at all, and short texts of JSON's own characters.
    #[test]
    fn accept_and_reject_alike_on_any_text(
        any_text in any::<String>(),
        jsonish in "[\\[\\]{}:,\"\\\\ \t\n0-9a-fntrueulsE.+-]{0,24}",
    ) {
        agree(&any_text)?;
        agree(&jsonish)?;
    }
}

#[test]
fn numbers_at_the_edges_agree() {
    for text in [
        "0e999",
        "-0.0e-99999999999",
        "0.1e-2147483648",
        "1e-400",
        "1e308",
        "1.7976931348623157e308",
        "-1.7976931348623157e308",
        "1.7976931348623158e308",
        "4.9e-324",
        "2.2250738585072014e-308",
        "18446744073709551615",
        "18446744073709551616",
        "-9223372036854775809",
        "123456789012345678901234567890",
        "0.000000000000000000000000000001",
        &("1".to_string() + &"0".repeat(400) + "e-390"),
        &("0.".to_string() + &"0".repeat(400) + "1e400"),
        "1e309",
        "-1e309",
        &("1".to_string() + &"0".repeat(309)),
    ] {
        agree(text).unwrap_or_else(|e| panic!("{e}"));
    }
}

/// serde_json's recursion limit: 127 nested arrays or objects pass, 128 do not, in both.
#[test]
fn nesting_limit_is_serde_jsons() {
    for depth in [126, 127, 128, 129] {
        for text in [
            "[".repeat(depth) + &"]".repeat(depth),
            "[".repeat(depth) + "1" + &"]".repeat(depth),
            "{\"a\":".repeat(depth) + "null" + &"}".repeat(depth),
        ] {
            agree(&text).unwrap_or_else(|e| panic!("depth {depth}: {e}"));
        }
    }
}

/// Hostile nesting is refused at the limit, without recursing down 100,000 levels.
#[test]
fn deep_nesting_is_refused_quickly() {
    for open in ["[", "{\"a\":", "[{\"a\":"] {
        let text = open.repeat(100_000);
        let start = Instant::now();
        let err = parse(&text).unwrap_err();
        assert_eq!(err.expected, "less deeply nested data", "{err:?}");
        assert!(start.elapsed() < Duration::from_secs(2));
    }
}

/// Reading an object is O(n log n) in its keys: 100,000 keys (with repeats) in well under two
/// seconds of a debug build, where a scan per key took minutes.
#[test]
fn many_keys_parse_in_bounded_time() {
    let keys = 100_000;
    let body: Vec<String> = (0..keys)
        .map(|i| format!("\"k{}\":{i}", i % (keys - 10)))
        .collect();
    let text = format!("{{{}}}", body.join(","));
    let start = Instant::now();
    let ours = parse(&text).unwrap();
    let elapsed = start.elapsed();
    assert!(elapsed < Duration::from_secs(2), "{elapsed:?}");
    let map = ours.as_object().unwrap();
    assert_eq!(map.len(), keys - 10);
    // A repeated key keeps its first position and takes its last value, like serde_json's.
    assert_eq!(map.keys().next().map(String::as_str), Some("k0"));
    assert_eq!(ours.get("k0"), &Json::Num((keys - 10) as f64));
    same(&ours, &serde_json::from_str(&text).unwrap(), "").unwrap();
}
