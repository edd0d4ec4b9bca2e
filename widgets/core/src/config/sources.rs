//! Resolves the four config sources into one [`Config`].

use super::attributes::{attribute_name, to_json};
use super::error::JsonSyntax;
use super::{Config, ConfigError, Origin};
use crate::json::{self, Json, Map};

/// The raw config as the loader found it on the page, lowest precedence first.
#[derive(Debug, Default, Clone)]
pub struct Sources {
    /// Text of `<script type="application/json" id="vox-config">`.
    pub json_block: Option<String>,
    /// `dataset` of the `vox.js` script tag.
    pub script: Vec<(String, String)>,
    /// The object given to `Vox.init()`, merged over earlier calls.
    pub init: Option<Json>,
    /// The widget element's tag name and `dataset`.
    pub element: Option<(String, Vec<(String, String)>)>,
}

/// Checks each source on its own (so errors name their origin), then deep-merges them.
pub fn resolve(sources: &Sources) -> Result<Config, ConfigError> {
    let mut layers: Vec<(Origin, Json)> = Vec::new();
    if let Some(text) = &sources.json_block {
        let value = json::parse(text).map_err(|e| ConfigError {
            origin: Origin::JsonBlock,
            field: String::new(),
            message: e.expected.into(),
            syntax: Some(Box::new(JsonSyntax {
                text: text.clone(),
                offset: e.offset,
            })),
        })?;
        layers.push((Origin::JsonBlock, value));
    }
    let script = to_json(&sources.script, None).map_err(|(key, message)| ConfigError {
        origin: Origin::ScriptAttribute(attribute_name(&key)),
        field: String::new(),
        message,
        syntax: None,
    })?;
    layers.push((Origin::ScriptAttribute("data-*".into()), script));
    if let Some(init) = &sources.init {
        layers.push((Origin::Init, init.clone()));
    }
    if let Some((element, attrs)) = &sources.element {
        let widget = element.strip_prefix("vox-");
        let value = to_json(attrs, widget).map_err(|(key, message)| ConfigError {
            origin: Origin::ElementAttribute {
                element: element.clone(),
                attribute: attribute_name(&key),
            },
            field: String::new(),
            message,
            syntax: None,
        })?;
        layers.push((
            Origin::ElementAttribute {
                element: element.clone(),
                attribute: "data-*".into(),
            },
            value,
        ));
    }

    let mut merged = Json::Obj(Default::default());
    for (origin, value) in layers {
        Config::read(&value).map_err(|(field, message)| ConfigError {
            origin: origin.clone(),
            field,
            message,
            syntax: None,
        })?;
        merge(&mut merged, value);
    }
    // Every layer passed alone; a merge of valid layers is checked once more for cross-field rules.
    Config::read(&merged).map_err(|(field, message)| ConfigError {
        origin: Origin::Init,
        field,
        message,
        syntax: None,
    })
}

/// Deep merge: objects merge key by key, anything else is replaced.
///
/// Keys are matched with one sort ([`Map::from_pairs`]), not a scan per key: a layer's `meta`
/// or `consent.regions` may hold any number of them.
fn merge(into: &mut Json, from: Json) {
    match (into, from) {
        (Json::Obj(a), Json::Obj(b)) => {
            let pairs = std::mem::take(a).into_iter().chain(b).collect();
            *a = Map::from_pairs(pairs, merge);
        }
        (slot, value) => *slot = value,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::FeedbackMode;
    use crate::json::from_serde;
    use serde_json::json;

    fn script(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn later_sources_win() {
        let sources = Sources {
            json_block: Some(
                r#"{"endpoint": "/a", "feedback": {"rating": false, "maxLength": 300}}"#.into(),
            ),
            script: script(&[("endpoint", "/b"), ("feedback", "launcher")]),
            init: Some(from_serde(json!({"feedback": {"maxLength": 400}}))),
            element: Some(("vox-feedback".into(), script(&[("mode", "inline")]))),
        };
        let config = resolve(&sources).unwrap();
        assert_eq!(config.endpoint.as_deref(), Some("/b"));
        assert!(!config.feedback.rating);
        assert_eq!(config.feedback.max_length, 400);
        assert_eq!(config.feedback.mode, FeedbackMode::Inline);
    }

    #[test]
    fn errors_name_origin_and_field() {
        let err = resolve(&Sources {
            init: Some(from_serde(json!({"feedback": {"maxLength": "long"}}))),
            ..Default::default()
        })
        .unwrap_err();
        assert_eq!(err.origin, Origin::Init);
        assert_eq!(err.field, "feedback.maxLength");
        assert_eq!(
            err.to_string(),
            "Vox: invalid config in Vox.init(), field \"feedback.maxLength\": expected a whole number from 10 to 5000, got \"long\". The widget is not shown."
        );

        let err = resolve(&Sources {
            init: Some(from_serde(json!({"endpoit": "/x"}))),
            ..Default::default()
        })
        .unwrap_err();
        assert_eq!(err.field, "endpoit");
        assert!(
            err.message.starts_with("a known field, one of `endpoint`"),
            "{}",
            err.message
        );

        let err = resolve(&Sources {
            init: Some(from_serde(json!({"theme": "pink"}))),
            ..Default::default()
        })
        .unwrap_err();
        assert_eq!(err.to_string(), "Vox: invalid config in Vox.init(), field \"theme\": expected a known value, one of `auto`, `light`, `dark`; got `pink`. The widget is not shown.");

        let err = resolve(&Sources {
            script: script(&[("endpoint", "javascript:alert(1)")]),
            ..Default::default()
        })
        .unwrap_err();
        assert_eq!(
            (err.field.as_str(), err.origin.to_string().as_str()),
            ("endpoint", "data-* on the vox.js <script>")
        );

        let err = resolve(&Sources {
            element: Some(("vox-feedback".into(), script(&[("maxLenght", "9")]))),
            ..Default::default()
        })
        .unwrap_err();
        assert_eq!(err.origin.to_string(), "data-max-lenght on <vox-feedback>");

        let err = resolve(&Sources {
            init: Some(from_serde(json!({"locale": "xx"}))),
            ..Default::default()
        })
        .unwrap_err();
        assert_eq!(err.field, "locale");

        let err = resolve(&Sources {
            json_block: Some("{oops".into()),
            ..Default::default()
        })
        .unwrap_err();
        assert_eq!(err.origin, Origin::JsonBlock);
        assert_eq!(
            (err.field.as_str(), err.message.as_str()),
            ("", "a \"key\"")
        );
        assert_eq!(
            err.to_string(),
            "Vox: invalid config in <script id=\"vox-config\">: line 1, column 2: expected a \"key\". The widget is not shown.\n    {oops\n     ^"
        );

        let err = resolve(&Sources {
            init: Some(from_serde(json!([1]))),
            ..Default::default()
        })
        .unwrap_err();
        assert!(err.message.starts_with("an object"));
    }

    #[test]
    fn defaults_need_no_config() {
        assert_eq!(resolve(&Sources::default()).unwrap(), Config::default());
    }
}
