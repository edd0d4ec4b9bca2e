//! Resolves the four config sources into one [`Config`].

use super::attributes::{attribute_name, to_json};
use super::error::JsonSyntax;
use super::{Config, ConfigError, Origin};
use crate::json::{self, Json, Map};

/// The raw config as the loader found it on the page, lowest precedence first.
#[derive(Debug, Default, Clone)]
pub struct Sources {
    /// The file `data-config` names, as the loader fetched it.
    pub file: Option<ConfigFile>,
    /// Text of `<script type="application/json" id="vox-config">`.
    pub json_block: Option<String>,
    /// `dataset` of the `vox.js` script tag.
    pub script: Vec<(String, String)>,
    /// The object given to `Vox.init()`, merged over earlier calls.
    pub init: Option<Json>,
    /// The widget element's tag name and `dataset`.
    pub element: Option<(String, Vec<(String, String)>)>,
}

/// `data-config="/vox-config.json"`: its URL and what fetching it gave, the text or why not.
#[derive(Debug, Clone)]
pub struct ConfigFile {
    pub url: String,
    pub loaded: Result<String, String>,
}

/// The widget a config is read for: each reads its own part of the config and the shared
/// top-level fields, except the consent banner, which reads only its own section.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Feedback,
    Consent,
    Prompts,
    Help,
}

impl Part {
    /// Whether a problem at `field` (a dotted path) keeps this widget from showing. The banner
    /// needs only `consent`: a mistake elsewhere must not take down what the law requires.
    fn needs(self, field: &str) -> bool {
        let part = match top_key(field) {
            // A text override (`texts.de.consent-title`) belongs to the widget its id names.
            "texts" => field
                .splitn(3, '.')
                .nth(2)
                .and_then(crate::locale::widget_of)
                .unwrap_or(""),
            key => key,
        };
        match part {
            "consent" => self == Part::Consent,
            "feedback" => self == Part::Feedback,
            "prompts" | "prompt" | "fatigue" => self == Part::Prompts,
            "help" => self == Part::Help,
            _ => self != Part::Consent,
        }
    }
}

fn top_key(field: &str) -> &str {
    field.split(['.', '[']).next().unwrap_or("")
}

/// [`resolve`] for one widget: a problem in a part of the config the widget does not read is
/// set aside (that part takes its defaults here, and its own widget reports it), so one typo
/// switches off only the widget it belongs to. Each round drops one top-level key, so it ends.
pub fn resolve_for(sources: &Sources, part: Part) -> Result<Config, ConfigError> {
    let mut layers = layers(sources)?;
    loop {
        let error = match read(&layers) {
            Err(e) if !e.field.is_empty() && !part.needs(&e.field) => e,
            done => return done,
        };
        let key = top_key(&error.field);
        let mut dropped = false;
        for (_, value) in &mut layers {
            if let Json::Obj(map) = value {
                dropped |= map.remove(key);
            }
        }
        if !dropped {
            return Err(error);
        }
    }
}

/// Checks each source on its own (so errors name their origin), then deep-merges them.
pub fn resolve(sources: &Sources) -> Result<Config, ConfigError> {
    read(&layers(sources)?)
}

/// The sources as JSON values, lowest precedence first; an error when one is not even that.
fn layers(sources: &Sources) -> Result<Vec<(Origin, Json)>, ConfigError> {
    let mut layers: Vec<(Origin, Json)> = Vec::new();
    if let Some(file) = &sources.file {
        let whole = |origin, message| ConfigError {
            origin,
            field: String::new(),
            message,
            syntax: None,
        };
        let attribute = Origin::ScriptAttribute("data-config".into());
        vox_url::check(&file.url).map_err(|message| whole(attribute, message))?;
        let origin = Origin::ConfigFile(file.url.clone());
        let text = file.loaded.as_ref().map_err(|why| {
            let why = match why.parse::<u16>() {
                Ok(status) => format!("HTTP {status}"),
                Err(_) => why.chars().take(80).collect(),
            };
            whole(origin.clone(), format!("a file that loads, got {why}"))
        })?;
        layers.push((origin.clone(), parse(text, origin)?));
    }
    if let Some(text) = &sources.json_block {
        layers.push((Origin::JsonBlock, parse(text, Origin::JsonBlock)?));
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

    Ok(layers)
}

/// A JSON source's text as a value, or where its syntax breaks.
fn parse(text: &str, origin: Origin) -> Result<Json, ConfigError> {
    json::parse(text).map_err(|e| ConfigError {
        origin,
        field: String::new(),
        message: e.expected.into(),
        syntax: Some(Box::new(JsonSyntax {
            text: text.into(),
            offset: e.offset,
        })),
    })
}

/// Reads each layer alone (so an error names its origin), then their deep merge.
fn read(layers: &[(Origin, Json)]) -> Result<Config, ConfigError> {
    let mut merged = Json::Obj(Default::default());
    for (origin, value) in layers {
        Config::read(value).map_err(|(field, message)| ConfigError {
            origin: origin.clone(),
            field,
            message,
            syntax: None,
        })?;
        merge(&mut merged, value.clone());
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

    fn block(text: &str) -> Sources {
        Sources {
            json_block: Some(text.into()),
            ..Sources::default()
        }
    }

    #[test]
    fn a_mistake_switches_off_only_the_widget_it_belongs_to() {
        // A typo in a prompt: the banner (the law) and the form keep working.
        let prompt_typo = block(
            r#"{"consent": {"enabled": true}, "feedback": {"maxLength": 300},
                "prompts": [{"id": "nps", "kind": "nsp"}]}"#,
        );
        let banner = resolve_for(&prompt_typo, Part::Consent).unwrap();
        assert!(banner.consent.enabled);
        let form = resolve_for(&prompt_typo, Part::Feedback).unwrap();
        assert_eq!((form.feedback.max_length, form.prompts.len()), (300, 0));
        let err = resolve_for(&prompt_typo, Part::Prompts).unwrap_err();
        assert_eq!(err.field, "prompts[0].kind");

        // A bad consent section: no banner (the loader keeps the gate closed), the form stays.
        let consent_typo = block(r#"{"consent": {"enabled": true, "mode": "optin"}}"#);
        assert_eq!(
            resolve_for(&consent_typo, Part::Consent).unwrap_err().field,
            "consent.mode"
        );
        assert!(
            !resolve_for(&consent_typo, Part::Feedback)
                .unwrap()
                .consent
                .enabled
        );

        // A shared field: every widget but the banner needs it.
        let shared_typo = block(r#"{"endpiont": "/api", "consent": {"enabled": true}}"#);
        assert!(
            resolve_for(&shared_typo, Part::Consent)
                .unwrap()
                .consent
                .enabled
        );
        assert_eq!(
            resolve_for(&shared_typo, Part::Help).unwrap_err().field,
            "endpiont"
        );
        // A text override belongs to the widget its message id names.
        let text_typo = block(r#"{"texts": {"de": {"prompt-thanks-title": "{"}}}"#);
        assert!(resolve_for(&text_typo, Part::Consent).is_ok());
        assert!(resolve_for(&text_typo, Part::Feedback).is_ok());
        assert_eq!(
            resolve_for(&text_typo, Part::Prompts).unwrap_err().field,
            "texts.de.prompt-thanks-title"
        );
        // Not an object at all: nothing can be read.
        assert!(resolve_for(&block("[1]"), Part::Consent).is_err());
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
            file: None,
        };
        let config = resolve(&sources).unwrap();
        assert_eq!(config.endpoint.as_deref(), Some("/b"));
        assert!(!config.feedback.rating);
        assert_eq!(config.feedback.max_length, 400);
        assert_eq!(config.feedback.mode, FeedbackMode::Inline);
    }

    fn file(url: &str, loaded: Result<&str, &str>) -> Option<ConfigFile> {
        Some(ConfigFile {
            url: url.into(),
            loaded: loaded.map(String::from).map_err(String::from),
        })
    }

    #[test]
    fn a_config_file_lies_under_the_block() {
        let sources = Sources {
            file: file(
                "/vox-config.json",
                Ok(r#"{"endpoint": "/a", "feedback": {"maxLength": 300, "rating": false}}"#),
            ),
            json_block: Some(r#"{"feedback": {"maxLength": 400}}"#.into()),
            script: script(&[("config", "/vox-config.json")]),
            ..Default::default()
        };
        let config = resolve(&sources).unwrap();
        assert_eq!(config.endpoint.as_deref(), Some("/a"));
        assert_eq!(
            (config.feedback.max_length, config.feedback.rating),
            (400, false)
        );
    }

    #[test]
    fn a_config_file_that_cannot_be_used_says_why() {
        let error = |file| {
            let sources = Sources {
                file,
                ..Default::default()
            };
            resolve_for(&sources, Part::Consent)
                .unwrap_err()
                .to_string()
        };
        assert_eq!(
            error(file("/vox-config.json", Err("404"))),
            "Vox: invalid config in the config file /vox-config.json: expected a file that loads, \
             got HTTP 404. The widget is not shown."
        );
        assert!(error(file("/c.json", Err("TypeError: Failed to fetch")))
            .contains("got TypeError: Failed to fetch."));
        let syntax = error(file(
            "/c.json",
            Ok("{\n  \"endpoint\": \"/a\"\n  \"theme\": \"dark\"\n}"),
        ));
        assert!(
            syntax.starts_with("Vox: invalid config in the config file /c.json: line 2, column 19"),
            "{syntax}"
        );
        for refused in [
            "//evil.example/c.json",
            "javascript:alert(1)",
            "c.json",
            "/\\evil.example",
        ] {
            let message = error(file(refused, Ok("{}")));
            assert!(
                message.contains("in data-config on the vox.js <script>"),
                "{refused}: {message}"
            );
        }
    }

    #[test]
    fn data_config_belongs_on_the_script_tag_only() {
        let on_element = Sources {
            element: Some(("vox-feedback".into(), script(&[("config", "/c.json")]))),
            ..Default::default()
        };
        assert_eq!(
            resolve(&on_element).unwrap_err().origin,
            Origin::ElementAttribute {
                element: "vox-feedback".into(),
                attribute: "data-config".into()
            }
        );
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
