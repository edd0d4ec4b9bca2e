//! Typed config, read by [`Config::read`] (types, ranges, unknown keys) and checked by
//! [`Config::check`] (rules across values: URL shape, known locale, unique topics). Every
//! problem is tied to a field path.

use vox_config_macros::section;

use super::consent::ConsentConfig;
use super::field::Section;
use super::help::HelpConfig;
use super::prompts::{self, Fatigue, PromptConfig, MAX_PROMPTS};
use super::read::{string_enum, Obj, Problem, Problems};
use super::texts::{self, Texts};
use super::values::{check_url, pairs_as_object, Corner};
use crate::json::{Json, Map};
use crate::locale;

/// Extra request headers as `(name, value)` pairs: a list, because a `BTreeMap`'s code costs
/// 2 KB brotli in the wasm for the two or three headers a site sets.
pub type Headers = Vec<(String, String)>;

/// Everything a site owner can set. Field names are camelCase, as JavaScript developers expect.
#[section]
#[cfg_attr(feature = "schema", schemars(title = "Vox config"))]
pub struct Config {
    /// Where submissions are sent: an absolute http(s) URL, or a path on this site starting with
    /// `/`. Without it, submissions are only emitted as `vox:submit` events.
    #[field(attr = "endpoint")]
    pub endpoint: Option<String>,
    /// HTTP method used to send submissions.
    #[field(attr = "method")]
    pub method: Method,
    /// Extra request headers, e.g. an API key. Not sent by `sendBeacon` on page exit.
    #[serde(serialize_with = "pairs_as_object")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "std::collections::BTreeMap<String, String>")
    )]
    pub headers: Headers,
    /// Body encoding: `json` (the envelope as is) or `form` (flattened `application/x-www-form-urlencoded`).
    #[field(attr = "format")]
    pub format: Format,
    /// Whether cookies go with the request (the Fetch `credentials` mode).
    #[field(attr = "credentials")]
    pub credentials: Credentials,
    /// `auto` (the page's `<html lang>`, then the browser's languages) or a BCP 47 tag.
    #[field(default = "auto".into(), length(2, 35), attr = "locale")]
    pub locale: String,
    /// Base URL of the `locales/` folder; defaults to the one next to `vox.js`.
    #[field(attr = "localesUrl")]
    pub locales_url: Option<String>,
    /// Colour scheme: follow the visitor's system (`auto`), or force `light` or `dark`.
    #[field(attr = "theme")]
    pub theme: Theme,
    /// List config problems on the page itself too, for the site owner (`data-debug`, or
    /// `Vox.debug()`): see `web::debug`.
    #[field(attr = "debug")]
    pub debug: bool,
    /// Free-form values copied into every submission's `meta` (e.g. a store or order id).
    pub meta: Map,
    /// The feedback form.
    pub feedback: FeedbackConfig,
    /// The consent banner and the gate every widget obeys.
    pub consent: ConsentConfig,
    /// Rating prompts (NPS, CSAT, CES), each with its trigger, targeting and frequency.
    #[field(length(0, MAX_PROMPTS))]
    pub prompts: Vec<PromptConfig>,
    /// The contact-fatigue budget every prompt shares.
    pub fatigue: Fatigue,
    /// Help-center search.
    pub help: HelpConfig,
    /// The site's own wording for built-in messages: per locale tag (`de`, `pt-BR`, `en`…), message
    /// ids (see `locales/en/*.ftl`: `consent-…`, `feedback-…`, `prompt-…`, `help-…`) to Fluent text,
    /// e.g. `{"de": {"consent-title": "Ihre Wahl bei Lumen"}}`. They win over the shipped
    /// translation of that locale; those for `en` also over the built-in English.
    #[field(read = texts::read)]
    #[serde(serialize_with = "texts::serialize")]
    #[cfg_attr(feature = "schema", schemars(schema_with = "texts::schema"))]
    pub texts: Texts,
}

/// Feedback form options.
#[section]
pub struct FeedbackConfig {
    /// `inline` renders the form in place; `launcher` adds a floating button that opens it in a
    /// dialog; `modal` is the dialog without a button, opened by `Vox.open('feedback')`.
    #[field(attr = ["feedback", "feedbackMode"])]
    pub mode: FeedbackMode,
    /// Corner of the launcher button.
    #[field(attr = "feedbackPosition")]
    pub position: Corner,
    /// Topics offered. Built-in ids (`bug`, `idea`, `question`, `order`, `other`) are translated;
    /// any other text is shown as written.
    #[field(
        default = ["bug", "idea", "question", "other"].map(String::from).to_vec(),
        length(1, 12),
        attr = "feedbackCategories",
    )]
    pub categories: Vec<String>,
    /// Show the optional 1-5 rating.
    #[field(default = true, attr = "feedbackRating")]
    pub rating: bool,
    /// Maximum message length in characters.
    #[field(default = 1000, range(10, 5000), attr = "feedbackMaxLength")]
    pub max_length: u16,
    /// Offer an optional email field so the shop can reply.
    #[field(attr = "feedbackCollectEmail")]
    pub collect_email: bool,
}

string_enum!(/// HTTP method for submissions.
    Method { Post = "POST", Put = "PUT" } default Post);
string_enum!(/// Body encoding for submissions.
    Format { Json = "json", Form = "form" } default Json);
string_enum!(/// Fetch credentials mode.
    Credentials { Omit = "omit", SameOrigin = "same-origin", Include = "include" } default SameOrigin);
string_enum!(/// Colour scheme.
    Theme { Auto = "auto", Light = "light", Dark = "dark" } default Auto);
string_enum!(/// How the feedback form is presented.
    FeedbackMode { Inline = "inline", Launcher = "launcher", Modal = "modal" } default Inline);

impl Config {
    /// Reads a config object; absent or `null` fields take their defaults.
    ///
    /// Each section's reader (generated by `#[section]`) starts from the defaults and
    /// overwrites what is set, reporting problems to one `Problems` sink (see `read.rs` for
    /// why); the first one reported is returned.
    pub fn read(value: &Json) -> Result<Config, Problem> {
        let problems = Problems::default();
        let c = Obj::new(value, "", &problems).map_or_else(Config::default, |o| Section::read(&o));
        let c = problems.finish(c)?;
        c.check()?;
        Ok(c)
    }

    /// Checks rules across values: returns the first problem as (field path, expectation).
    fn check(&self) -> Result<(), Problem> {
        if let Some(url) = &self.endpoint {
            check_url(url).map_err(|e| ("endpoint".into(), e))?;
        }
        if let Some(url) = &self.locales_url {
            check_url(url).map_err(|e| ("localesUrl".into(), e))?;
        }
        if self.locale != "auto" && !locale::is_supported(&self.locale) {
            return Err((
                "locale".into(),
                format!(
                    "\"auto\" or a supported language tag ({}), got \"{}\"",
                    locale::SUPPORTED.join(", "),
                    self.locale
                ),
            ));
        }
        texts::check(&self.texts)?;
        for (name, _) in &self.headers {
            if name.is_empty()
                || !name
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"-_".contains(&b))
            {
                return Err((
                    format!("headers.{name}"),
                    "a header name of letters, digits, - and _".into(),
                ));
            }
        }
        for (name, value) in &self.headers {
            if value.chars().any(char::is_control) {
                return Err((
                    format!("headers.{name}"),
                    "a header value without line breaks or control characters".into(),
                ));
            }
        }
        self.consent
            .check()
            .map_err(|(field, e)| (format!("consent.{field}"), e))?;
        prompts::check_all(&self.prompts).map_err(|(field, e)| (format!("prompts{field}"), e))?;
        self.feedback
            .check()
            .map_err(|(field, e)| (format!("feedback.{field}"), e))
    }

    /// The locale the site asked for, or `None` for `auto`.
    pub fn locale_request(&self) -> Option<&str> {
        (self.locale != "auto").then_some(self.locale.as_str())
    }
}

impl FeedbackConfig {
    fn check(&self) -> Result<(), Problem> {
        for (i, c) in self.categories.iter().enumerate() {
            if c.trim().is_empty() || c.chars().count() > 40 {
                return Err((
                    format!("categories[{i}]"),
                    "a topic of 1 to 40 characters".into(),
                ));
            }
            if self.categories[..i].contains(c) {
                return Err((
                    format!("categories[{i}]"),
                    format!("a topic listed once, \"{c}\" is repeated"),
                ));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::{
        AudienceRule, AudienceTest, CsatIcons, Frequency, PromptDisplay, PromptKind, Trigger,
        UrlRule,
    };
    use crate::json::from_serde;
    use serde_json::json;

    #[test]
    fn feedback_rules() {
        let mut f = FeedbackConfig::default();
        assert_eq!(f.check(), Ok(()));
        f.categories.push("bug".into());
        assert_eq!(f.check().unwrap_err().0, "categories[4]");
        let read = |v| Config::read(&from_serde(json!({ "feedback": { "categories": v } })));
        assert_eq!(
            read(json!([])).unwrap_err(),
            (
                "feedback.categories".into(),
                "a list of 1 to 12 items".into()
            )
        );
        assert!(read(json!(vec!["a"; 13])).is_err());
        assert!(read(json!(["a", "b"])).is_ok());
    }

    /// The reader and the `Serialize` derive (which the schema also follows) agree on every field.
    #[test]
    fn reader_round_trips_the_serialized_form() {
        let config = Config {
            endpoint: Some("https://shop.example/api/vox".into()),
            method: Method::Put,
            headers: vec![("X-Api-Key".to_string(), "k".to_string())],
            format: Format::Form,
            credentials: Credentials::Include,
            locale: "pt-BR".into(),
            locales_url: Some("/static/vox/locales/".into()),
            theme: Theme::Dark,
            debug: true,
            meta: [("store", Json::from("eu-1"))].into_iter().collect(),
            feedback: FeedbackConfig {
                mode: FeedbackMode::Modal,
                position: Corner::TopLeft,
                categories: vec!["sizing".into(), "bug".into()],
                rating: false,
                max_length: 300,
                collect_email: true,
            },
            consent: ConsentConfig {
                enabled: true,
                revision: 2,
                ..Default::default()
            },
            prompts: vec![PromptConfig {
                id: "nps-order".into(),
                kind: PromptKind::Csat,
                brand: Some("Lumen".into()),
                question: Some("How was it?".into()),
                display: PromptDisplay::Bar,
                position: Corner::BottomLeft,
                mirror: false,
                icons: CsatIcons::Stars,
                follow_up: false,
                trigger: Trigger::Event("order_completed".into()),
                pages: vec![
                    UrlRule::Exact("/help.html".into()),
                    UrlRule::Prefix("/shop/".into()),
                    UrlRule::Wildcard("/orders/*/done".into()),
                ],
                audience: vec![
                    AudienceRule {
                        attribute: "lifecycle_stage".into(),
                        test: AudienceTest::In(vec!["purchase".into(), "use".into()]),
                    },
                    AudienceRule {
                        attribute: "orders".into(),
                        test: AudienceTest::Gte(2.0),
                    },
                    AudienceRule {
                        attribute: "plan".into(),
                        test: AudienceTest::Equals("pro".into()),
                    },
                    AudienceRule {
                        attribute: "spend".into(),
                        test: AudienceTest::Lte(99.5),
                    },
                    AudienceRule {
                        attribute: "id".into(),
                        test: AudienceTest::Exists(true),
                    },
                ],
                sample: 25,
                frequency: Frequency {
                    after_answer_days: 120,
                    after_dismiss_days: 7,
                    max_displays: 0,
                },
            }],
            fatigue: Fatigue { days: 30 },
            // Read only by bundles with help search (the `help` feature).
            help: if cfg!(feature = "help") {
                HelpConfig {
                    index: Some("/help-index/".into()),
                    shortcut: "j".into(),
                    slash: false,
                    limit: 5,
                    category: Some("shipping".into()),
                    contact: Some("/contact".into()),
                    recent: false,
                }
            } else {
                HelpConfig::default()
            },
            texts: vec![(
                "de".into(),
                vec![("prompt-label".into(), "Eine Frage von { $brand }".into())],
            )],
        };
        let value = from_serde(serde_json::to_value(&config).unwrap());
        let keys: Vec<&str> = value
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        let fields = <Config as Section>::FIELDS;
        assert_eq!(keys.len(), fields.len());
        assert!(keys.iter().all(|k| fields.contains(k)));
        assert_eq!(
            value.get("feedback").as_object().unwrap().len(),
            <FeedbackConfig as Section>::FIELDS.len()
        );
        assert_eq!(Config::read(&value), Ok(config));
        assert_eq!(
            Config::read(&from_serde(
                serde_json::to_value(Config::default()).unwrap()
            )),
            Ok(Config::default())
        );
    }

    #[test]
    fn reader_names_the_path() {
        let err = |v: serde_json::Value| Config::read(&from_serde(v)).unwrap_err();
        #[cfg(feature = "help")]
        {
            assert_eq!(
                err(json!({"help": {"shortcut": "ctrl+k"}})),
                (
                    "help.shortcut".into(),
                    "one key, like \"k\", or \"\" for none, got \"ctrl+k\"".into()
                )
            );
            assert_eq!(err(json!({"help": {"limit": 0}})).0, "help.limit");
            for (field, url) in [
                ("contact", "javascript:alert(1)"),
                ("contact", "/\\evil.example"),
                ("index", "//cdn.evil.example/help/"),
                ("index", "data:text/plain,x"),
            ] {
                let (path, why) = err(json!({"help": {field: url}}));
                assert_eq!(path, format!("help.{field}"));
                assert!(why.starts_with("an absolute http(s) URL"), "{why}");
            }
        }
        assert_eq!(
            err(json!({"feedback": {"maxLength": 9}})),
            (
                "feedback.maxLength".into(),
                "a whole number from 10 to 5000, got 9".into()
            )
        );
        assert_eq!(
            err(json!({"feedback": {"categories": ["a", 3]}})).0,
            "feedback.categories[1]"
        );
        assert_eq!(err(json!({"headers": {"X-A": 1}})).0, "headers.X-A");
        assert_eq!(err(json!({"headers": {"X-A": "a\nb"}})).0, "headers.X-A");
        assert_eq!(
            err(json!({"feedback": {"rating": "yes"}})),
            (
                "feedback.rating".into(),
                "true or false, got \"yes\"".into()
            )
        );
        assert_eq!(
            err(json!({"meta": [1]})),
            ("meta".into(), "an object, got a list".into())
        );
        assert_eq!(
            Config::read(&from_serde(json!({"endpoint": null}))),
            Ok(Config::default())
        );
    }
}
