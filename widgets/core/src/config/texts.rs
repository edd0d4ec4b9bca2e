//! `texts`: the site's own wording for built-in messages, per locale:
//! `{"de": {"consent-title": "Ihre Wahl bei Lumen"}}`.
//!
//! Read here as far as the config can tell: a supported locale, an id of some widget (by its
//! prefix), a value that reads as Fluent. Whether the id is one of that widget's messages only
//! the widget knows (its English is compiled into it), so the catalog checks that when the
//! widget builds it ([`crate::locale::Catalog::with_texts`]).

use super::read::{Obj, Problem};
use crate::locale::{self, Catalog, WIDGETS};

/// Per locale tag, `(message id, Fluent text)` pairs, in the order written: lists, as for
/// [`super::Headers`], since a `BTreeMap` costs more wasm than the few texts a site sets.
pub type Texts = Vec<(String, Vec<(String, String)>)>;

/// Reads the `texts` value (`null` when absent): an object of objects of strings.
pub(super) fn read(o: &Obj, key: &str) -> Option<Texts> {
    let (value, problems) = (o.value(key), o.problems());
    if value.is_null() {
        return None;
    }
    Obj::new(value, "texts", problems)?;
    let mut texts = Texts::new();
    // Each entry as it comes: a lookup per key would be O(n²) in a hostile object.
    for (tag, v) in value.as_object()?.iter().filter(|(_, v)| !v.is_null()) {
        let obj = Obj::new(v, &format!("texts.{tag}"), problems)?;
        let mut pairs = Vec::new();
        for (id, text) in v.as_object()?.iter().filter(|(_, t)| !t.is_null()) {
            match text.as_str() {
                Some(s) => pairs.push((id.clone(), s.to_string())),
                None => return obj.wrong(id, "a string", text),
            }
        }
        texts.push((tag.clone(), pairs));
    }
    Some(texts)
}

/// Checks each locale tag, each id's prefix and each text's Fluent syntax.
pub(super) fn check(texts: &Texts) -> Result<(), Problem> {
    for (tag, pairs) in texts {
        if !locale::is_supported(tag) {
            return Err((
                format!("texts.{tag}"),
                format!(
                    "a supported language tag ({}), got \"{tag}\"",
                    locale::SUPPORTED.join(", ")
                ),
            ));
        }
        for (id, text) in pairs {
            let field = format!("texts.{tag}.{id}");
            if locale::widget_of(id).is_none() {
                let list: Vec<String> = WIDGETS.iter().map(|(n, _)| format!("`{n}-`")).collect();
                return Err((
                    field,
                    format!(
                        "a message id starting with one of {}, got `{id}`",
                        list.join(", ")
                    ),
                ));
            }
            if !Catalog::reads_as_text(text) {
                return Err((
                    field,
                    "Fluent text that is not empty, like `Hello from { $brand }` (a `{` starts \
                     a placeable: write `{ \"{\" }` for a brace, and start no line with `.`)"
                        .into(),
                ));
            }
        }
    }
    Ok(())
}

/// Writes [`Texts`] as an object of objects, for the schema and tests.
pub(super) fn serialize<S: serde::Serializer>(texts: &Texts, s: S) -> Result<S::Ok, S::Error> {
    struct Pairs<'a>(&'a [(String, String)]);
    impl serde::Serialize for Pairs<'_> {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.collect_map(self.0.iter().map(|(k, v)| (k, v)))
        }
    }
    s.collect_map(texts.iter().map(|(tag, pairs)| (tag, Pairs(pairs))))
}

/// The schema of `texts`: locale tags to objects of widget-prefixed message ids.
#[cfg(feature = "schema")]
pub(super) fn schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
    let names: Vec<&str> = WIDGETS.iter().map(|(name, _)| *name).collect();
    let pattern = format!("^({})-", names.join("|"));
    schemars::json_schema!({
        "type": "object",
        "additionalProperties": {
            "type": "object",
            "propertyNames": {"pattern": pattern},
            "additionalProperties": {"type": "string"}
        }
    })
}

#[cfg(test)]
mod tests {
    use crate::config::Config;
    use crate::json::from_serde;
    use serde_json::json;

    fn read(v: serde_json::Value) -> Result<Config, (String, String)> {
        Config::read(&from_serde(json!({ "texts": v })))
    }

    #[test]
    fn reads_texts_per_locale_in_order() {
        let config = read(json!({
            "de": {"consent-title": "Ihre Wahl", "prompt-label": "Eine Frage von { $brand }"},
            "pt": {"help-label": "Ajuda"},
            "fr": null,
        }))
        .unwrap();
        assert_eq!(
            config.texts,
            [
                (
                    "de".to_string(),
                    vec![
                        ("consent-title".into(), "Ihre Wahl".into()),
                        ("prompt-label".into(), "Eine Frage von { $brand }".into())
                    ]
                ),
                ("pt".into(), vec![("help-label".into(), "Ajuda".into())]),
            ]
        );
        assert_eq!(read(json!(null)), Ok(Config::default()));
        let multiline = read(json!({"en": {"feedback-intro": "One\ntwo { $x }"}}));
        assert!(multiline.is_ok(), "{multiline:?}");
    }

    #[test]
    fn rejects_with_the_field_path() {
        let field = |v| read(v).unwrap_err().0;
        let (path, why) = read(json!({"xx": {"consent-title": "T"}})).unwrap_err();
        assert_eq!(path, "texts.xx");
        assert!(
            why.starts_with("a supported language tag (en, zh-CN,") && why.ends_with("got \"xx\""),
            "{why}"
        );
        assert_eq!(
            read(json!(["de"])).unwrap_err(),
            ("texts".into(), "an object, got a list".into())
        );
        assert_eq!(
            read(json!({"de": "Hallo"})).unwrap_err(),
            ("texts.de".into(), "an object, got \"Hallo\"".into())
        );
        assert_eq!(
            read(json!({"de": {"consent-title": 5}})).unwrap_err(),
            ("texts.de.consent-title".into(), "a string, got 5".into())
        );
        for bad in ["{ $brand", "", "  ", "a\n.title = b", "{ }"] {
            let (path, why) = read(json!({"de": {"consent-title": bad}})).unwrap_err();
            assert_eq!(path, "texts.de.consent-title", "{bad:?}");
            assert!(why.starts_with("Fluent text"), "{why}");
        }
        assert_eq!(
            read(json!({"de": {"title": "Titel"}})).unwrap_err(),
            (
                "texts.de.title".into(),
                "a message id starting with one of `consent-`, `feedback-`, `prompt-`, `help-`, got `title`"
                    .into()
            )
        );
        assert_eq!(
            field(json!({"de": {"consentitle": "T"}})),
            "texts.de.consentitle"
        );
        assert_eq!(field(json!({"de": {"-brand": "Lumen"}})), "texts.de.-brand");
    }
}
