//! `data-*` attributes are strings; this maps each known one to a config path and a type.
//!
//! The rows come from the sections' declarations (`#[field(attr = "…")]`), each with the kind
//! its field's type reads. A name not among them, such as `data-colect-email`, is reported
//! instead of silently ignored.

use super::field::{Kind, Row, Section};
use super::Config;
use crate::json::{Json, Map};

/// Every row: the sections' and the loader's own `data-config` (the config file's URL, which
/// the loader fetches: no config field, so no path).
fn rows() -> Vec<Row> {
    let mut rows = vec![("config", Vec::new(), Kind::Text)];
    <Config as Section>::TABLE.rows(&mut Vec::new(), &mut rows);
    rows
}

/// `feedbackMaxLength` → `data-feedback-max-length`.
pub(crate) fn attribute_name(key: &str) -> String {
    let mut out = String::from("data-");
    for c in key.chars() {
        if c.is_ascii_uppercase() {
            out.push('-');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// Finds the row for a dataset key. On a widget element, keys are first read as that
/// widget's own (`<vox-feedback data-mode>` = `feedbackMode`), then as global keys.
fn lookup(rows: &[Row], key: &str, widget: Option<&str>) -> Option<(Vec<&'static str>, Kind)> {
    let scoped = widget.map(|w| {
        let mut chars = key.chars();
        let first = chars.next().map(|c| c.to_ascii_uppercase()).into_iter();
        format!("{w}{}", first.chain(chars).collect::<String>())
    });
    let find = |k: &str| {
        rows.iter()
            .find(|(name, _, _)| *name == k)
            .map(|(_, p, kind)| (p.clone(), *kind))
    };
    let found = scoped.as_deref().and_then(find).or_else(|| find(key));
    // The loader's own attributes (no config path) mean something only on its script tag.
    found.filter(|(path, _)| !path.is_empty() || widget.is_none())
}

/// Converts attributes to a JSON object; the error is (offending dataset key, expectation).
pub(crate) fn to_json(
    attrs: &[(String, String)],
    widget: Option<&str>,
) -> Result<Json, (String, String)> {
    let rows = rows();
    let mut root = Map::new();
    for (key, text) in attrs {
        let Some((path, kind)) = lookup(&rows, key, widget) else {
            let known: Vec<String> = rows.iter().map(|(k, _, _)| attribute_name(k)).collect();
            return Err((key.clone(), format!("one of {}", known.join(", "))));
        };
        let value = match kind {
            Kind::Text => Json::Str(text.clone()),
            Kind::Bool => match text.as_str() {
                "" | "true" => Json::Bool(true),
                "false" => Json::Bool(false),
                _ => return Err((key.clone(), format!("true or false, got \"{text}\""))),
            },
            Kind::Number => match text.trim().parse::<u64>() {
                Ok(n) => Json::Num(n as f64),
                Err(_) => return Err((key.clone(), format!("a whole number, got \"{text}\""))),
            },
            Kind::List => Json::Arr(
                text.split(',')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(|s| Json::Str(s.into()))
                    .collect(),
            ),
        };
        insert(&mut root, &path, value);
    }
    Ok(Json::Obj(root))
}

fn insert(root: &mut Map, path: &[&str], value: Json) {
    match path {
        [] => {}
        [last] => root.insert(*last, value),
        [head, rest @ ..] => {
            let child = root.slot(head);
            if child.is_null() {
                *child = Json::Obj(Map::new());
            }
            if let Json::Obj(map) = child {
                insert(map, rest, value);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::from_serde;
    use serde_json::json;

    fn attrs(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn maps_script_attributes() {
        let v = to_json(
            &attrs(&[
                ("endpoint", "/api"),
                ("feedback", "launcher"),
                ("feedbackCategories", "a, b,"),
                ("feedbackRating", ""),
            ]),
            None,
        )
        .unwrap();
        assert_eq!(
            v,
            from_serde(
                json!({"endpoint": "/api", "feedback": {"mode": "launcher", "categories": ["a", "b"], "rating": true}})
            )
        );
    }

    #[test]
    fn element_keys_are_scoped_to_the_widget() {
        let v = to_json(
            &attrs(&[("mode", "modal"), ("maxLength", "200"), ("locale", "ja")]),
            Some("feedback"),
        )
        .unwrap();
        assert_eq!(
            v,
            from_serde(json!({"feedback": {"mode": "modal", "maxLength": 200}, "locale": "ja"}))
        );
    }

    #[test]
    fn rejects_unknown_and_malformed() {
        assert_eq!(
            to_json(&attrs(&[("colectEmail", "true")]), None)
                .unwrap_err()
                .0,
            "colectEmail"
        );
        let (key, msg) = to_json(&attrs(&[("feedbackMaxLength", "lots")]), None).unwrap_err();
        assert_eq!(
            (key.as_str(), msg.as_str()),
            ("feedbackMaxLength", "a whole number, got \"lots\"")
        );
        assert!(to_json(&attrs(&[("feedbackRating", "yes")]), None).is_err());
    }

    #[test]
    fn names_attributes_as_written_in_html() {
        assert_eq!(
            attribute_name("feedbackMaxLength"),
            "data-feedback-max-length"
        );
    }
}

/// Every `data-*` row against the published schema: its path names a field, and its kind reads
/// the field's type (the rows come from the declarations, so this checks the macro's part).
#[cfg(all(test, feature = "schema"))]
mod schema_agreement {
    use serde_json::Value;

    use super::{rows, Kind};

    /// The schema node at `path`, its `$ref`s followed.
    fn field<'a>(schema: &'a Value, path: &[&str]) -> Option<&'a Value> {
        let deref = |node: &'a Value| match node["$ref"].as_str() {
            Some(reference) => schema.pointer(reference.trim_start_matches('#')),
            None => Some(node),
        };
        let mut node = schema;
        for segment in path {
            node = deref(node)?.get("properties")?.get(*segment)?;
        }
        deref(node)
    }

    /// The JSON types a schema node allows (`["string", "null"]` → both; an enum documented
    /// per value, `oneOf` its constants, the types of those).
    fn types(node: &Value) -> Vec<&str> {
        match &node["type"] {
            Value::String(t) => vec![t.as_str()],
            Value::Array(ts) => ts.iter().filter_map(Value::as_str).collect(),
            _ => node["oneOf"]
                .as_array()
                .into_iter()
                .flatten()
                .flat_map(types)
                .collect(),
        }
    }

    #[test]
    fn every_attribute_names_a_schema_field_of_its_kind() {
        let (_, text) = crate::schema::all().swap_remove(0);
        let schema: Value = serde_json::from_str(&text).unwrap();
        for (key, path, kind) in rows().iter().filter(|(_, path, _)| !path.is_empty()) {
            let node = field(&schema, path).unwrap_or_else(|| panic!("data-{key}: no {path:?}"));
            let want = match kind {
                Kind::Text => "string",
                Kind::Bool => "boolean",
                Kind::Number => "integer",
                Kind::List => "array",
            };
            assert!(
                types(node).contains(&want),
                "data-{key} reads a {want}, but {path:?} is {:?}",
                types(node)
            );
        }
    }
}
