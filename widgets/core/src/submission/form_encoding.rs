//! `format: "form"`: the envelope flattened to `application/x-www-form-urlencoded`, for
//! form-post services that do not accept JSON. Nested keys are dotted (`answers.message`).

use crate::json::Json;

/// Flattens a JSON object into `key=value&...` with dotted keys.
pub fn form_encode(value: &Json) -> String {
    let mut pairs = Vec::new();
    flatten("", value, &mut pairs);
    pairs
        .iter()
        .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

fn flatten(prefix: &str, value: &Json, out: &mut Vec<(String, String)>) {
    let key = |k: &str| {
        if prefix.is_empty() {
            k.to_string()
        } else {
            format!("{prefix}.{k}")
        }
    };
    match value {
        Json::Obj(map) => map.iter().for_each(|(k, v)| flatten(&key(k), v, out)),
        Json::Arr(items) => items
            .iter()
            .enumerate()
            .for_each(|(i, v)| flatten(&key(&i.to_string()), v, out)),
        Json::Null => {}
        Json::Str(s) => out.push((prefix.into(), s.clone())),
        other => out.push((prefix.into(), other.to_string())),
    }
}

/// Percent-encoding as browsers do for forms: unreserved bytes kept, space as `+`.
fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'*' => {
                out.push(b as char)
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::json::parse;

    #[test]
    fn flattens_with_dotted_keys() {
        let v = parse(
            r#"{"id": "x", "answers": {"message": "Hi & bye", "rating": 5, "email": null}, "tags": ["a"]}"#,
        );
        assert_eq!(
            super::form_encode(&v.unwrap()),
            "id=x&answers.message=Hi+%26+bye&answers.rating=5&tags.0=a"
        );
    }

    #[test]
    fn encodes_utf8() {
        assert_eq!(
            super::form_encode(&parse(r#"{"m": "好"}"#).unwrap()),
            "m=%E5%A5%BD"
        );
    }
}
