//! The config reader's ranges against the published schema's, for every bound the schema
//! states: a value the schema refuses is refused by the reader, naming its field; a number the
//! schema allows, the reader allows too. The two are written apart (the reader in
//! `config/*.rs`, the schema from the types' `schemars` attributes), so this is what keeps
//! them from drifting.
#![cfg(feature = "schema")]

use serde_json::{json, Value};
use vox_core::config::Config;
use vox_core::json::Json;

/// Where an instance of each schema definition stands in [`base`], so a bound found on a
/// definition can be tried in a whole config. A definition with bounds that is missing here
/// fails the test: a new section must say where it goes.
const PLACES: &[(&str, &str)] = &[
    ("", ""),
    ("FeedbackConfig", "/feedback"),
    ("ConsentConfig", "/consent"),
    ("ConsentCookie", "/consent/cookie"),
    ("Category", "/consent/categories/0"),
    ("Service", "/consent/categories/0/services/0"),
    ("GoogleConsentMode", "/consent/googleConsentMode"),
    ("Fatigue", "/fatigue"),
    ("PromptConfig", "/prompts/0"),
    ("Frequency", "/prompts/0/frequency"),
    ("AudienceRule", "/prompts/0/audience/0"),
    ("HelpConfig", "/help"),
    ("Trigger", "/prompts/0/trigger"),
];

/// A valid config holding one of every object the schema describes.
fn base() -> Value {
    json!({
        "feedback": {},
        "consent": {
            "cookie": {},
            "googleConsentMode": {},
            "categories": [{ "id": "analytics", "services": [{ "id": "ga", "name": "GA" }] }]
        },
        "fatigue": {},
        "prompts": [{
            "id": "nps",
            "kind": "nps",
            "frequency": {},
            "trigger": { "seconds": 5 },
            "audience": [{ "attribute": "plan", "equals": "pro" }]
        }],
        "help": {}
    })
}

/// One bound the schema states: the definition, the field, and which bound.
#[derive(Debug)]
struct Bound {
    def: String,
    field: String,
    kind: &'static str,
    value: i64,
}

fn bounds(schema: &Value) -> Vec<Bound> {
    let mut found = Vec::new();
    let mut visit = |def: &str, properties: &Value| {
        for (field, node) in properties.as_object().into_iter().flatten() {
            for kind in [
                "minimum",
                "maximum",
                "minLength",
                "maxLength",
                "minItems",
                "maxItems",
            ] {
                if let Some(value) = node.get(kind).and_then(Value::as_i64) {
                    found.push(Bound {
                        def: def.to_string(),
                        field: field.clone(),
                        kind,
                        value,
                    });
                }
            }
        }
    };
    visit("", &schema["properties"]);
    for (def, node) in schema["$defs"].as_object().into_iter().flatten() {
        visit(def, &node["properties"]);
        for variant in node["oneOf"].as_array().into_iter().flatten() {
            visit(def, &variant["properties"]);
        }
    }
    found
}

/// A value of `len` for a string or list field: distinct items, so no uniqueness rule
/// refuses a list for another reason than its length.
fn of_len(field: &str, kind: &str, len: i64) -> Value {
    let len = len.max(0) as usize;
    if kind.ends_with("Length") {
        return Value::String("a".repeat(len));
    }
    let item = |i: usize| match field {
        "prompts" => json!({ "id": format!("p{i}"), "kind": "nps" }),
        "categories" if len > 0 => json!(format!("topic{i}")),
        _ => json!(format!("item{i}")),
    };
    Value::Array((0..len).map(item).collect())
}

/// The config read with `value` at `field` of the instance at `place`: `Ok`, or the field the
/// reader named.
fn read_with(place: &str, field: &str, value: Value) -> Result<(), String> {
    let mut doc = base();
    let target = doc
        .pointer_mut(place)
        .expect("the place exists in the base config");
    // A trigger is one key: the bound's own replaces the base's.
    if place.ends_with("/trigger") {
        *target = json!({});
    }
    target[field] = value;
    let text = doc.to_string();
    let json: Json = vox_core::json::parse(&text).expect("valid JSON");
    Config::read(&json).map(drop).map_err(|(path, _)| path)
}

#[test]
fn every_bound_of_the_schema_holds_in_the_reader() {
    let schema: Value = serde_json::from_str(
        &vox_core::schema::all()
            .into_iter()
            .find(|(name, _)| *name == "config.schema.json")
            .expect("the config schema")
            .1,
    )
    .unwrap();
    assert_eq!(
        read_with("", "debug", json!(false)),
        Ok(()),
        "the base config is valid"
    );
    let bounds = bounds(&schema);
    assert!(bounds.len() >= 25, "found only {} bounds", bounds.len());
    let mut problems = Vec::new();
    for bound in &bounds {
        // Without the `help` feature the section is accepted and ignored (README, Size).
        if bound.def == "HelpConfig" && !cfg!(feature = "help") {
            continue;
        }
        let Some((_, place)) = PLACES.iter().find(|(def, _)| *def == bound.def) else {
            problems.push(format!("{}: no place in PLACES", bound.def));
            continue;
        };
        let field = bound.field.as_str();
        let numeric = matches!(bound.kind, "minimum" | "maximum");
        let (outside, inside) = match bound.kind {
            "minimum" | "minLength" | "minItems" => (bound.value - 1, bound.value),
            _ => (bound.value + 1, bound.value),
        };
        let value = |n: i64| match numeric {
            true => json!(n),
            false => of_len(field, bound.kind, n),
        };
        // Outside the bound: refused, naming this field (or an item of it).
        if outside >= 0 || numeric {
            match read_with(place, field, value(outside)) {
                Err(path) if path.contains(field) => {}
                other => problems.push(format!(
                    "{}.{field} = {outside} is outside the schema's {} {}, but the reader says {other:?}",
                    bound.def, bound.kind, bound.value
                )),
            }
        }
        // A number at the bound is read: the reader is not stricter than the schema.
        if numeric {
            if let Err(path) = read_with(place, field, value(inside)) {
                problems.push(format!(
                    "{}.{field} = {inside} is the schema's {}, but the reader refuses {path}",
                    bound.def, bound.kind
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
