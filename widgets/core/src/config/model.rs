//! Typed config, read by [`Config::read`] (types, ranges, unknown keys) and checked by
//! [`Config::check`] (rules across values: URL shape, known locale, unique topics). Every
//! problem is tied to a field path.

use serde::Serialize;

use super::consent::ConsentConfig;
use super::help::HelpConfig;
use super::prompts::{self, Fatigue, PromptConfig};
use super::read::{string_enum, Obj, Problem, Problems};
use super::texts::{self, Texts};
use super::values::{check_url, pairs_as_object, Corner};
use crate::json::{Json, Map};
use crate::locale;

/// Extra request headers as `(name, value)` pairs: a list, because a `BTreeMap`'s code costs
/// 2 KB brotli in the wasm for the two or three headers a site sets.
pub type Headers = Vec<(String, String)>;

/// Everything a site owner can set. Field names are camelCase, as JavaScript developers expect.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(title = "Vox config"))]
#[serde(default, rename_all = "camelCase", deny_unknown_fields)]
pub struct Config {
    /// Where submissions are sent: an absolute http(s) URL, or a path on this site starting with
    /// `/`. Without it, submissions are only emitted as `vox:submit` events.
    pub endpoint: Option<String>,
    /// HTTP method used to send submissions.
    pub method: Method,
    /// Extra request headers, e.g. an API key. Not sent by `sendBeacon` on page exit.
    #[serde(serialize_with = "pairs_as_object")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "std::collections::BTreeMap<String, String>")
    )]
    pub headers: Headers,
    /// Body encoding: `json` (the envelope as is) or `form` (flattened `application/x-www-form-urlencoded`).
    pub format: Format,
    /// Whether cookies go with the request (the Fetch `credentials` mode).
    pub credentials: Credentials,
    /// `auto` (the page's `<html lang>`, then the browser's languages) or a BCP 47 tag.
    #[cfg_attr(feature = "schema", schemars(length(min = 2, max = 35)))]
    pub locale: String,
    /// Base URL of the `locales/` folder; defaults to the one next to `vox.js`.
    pub locales_url: Option<String>,
    /// Colour scheme: follow the visitor's system (`auto`), or force `light` or `dark`.
    pub theme: Theme,
    /// List config problems on the page itself too, for the site owner (`data-debug`, or
    /// `Vox.debug()`): see `web::debug`.
    pub debug: bool,
    /// Free-form values copied into every submission's `meta` (e.g. a store or order id).
    pub meta: Map,
    /// The feedback form.
    pub feedback: FeedbackConfig,
    /// The consent banner and the gate every widget obeys.
    pub consent: ConsentConfig,
    /// Rating prompts (NPS, CSAT, CES), each with its trigger, targeting and frequency.
    #[cfg_attr(feature = "schema", schemars(length(max = 20)))]
    pub prompts: Vec<PromptConfig>,
    /// The contact-fatigue budget every prompt shares.
    pub fatigue: Fatigue,
    /// Help-center search.
    pub help: HelpConfig,
    /// The site's own wording for built-in messages: per locale tag (`de`, `pt-BR`, `en`…), message
    /// ids (see `locales/en/*.ftl`: `consent-…`, `feedback-…`, `prompt-…`, `help-…`) to Fluent text,
    /// e.g. `{"de": {"consent-title": "Ihre Wahl bei Lumen"}}`. They win over the shipped
    /// translation of that locale; those for `en` also over the built-in English.
    #[serde(serialize_with = "texts::serialize")]
    #[cfg_attr(feature = "schema", schemars(schema_with = "texts::schema"))]
    pub texts: Texts,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            endpoint: None,
            method: Method::default(),
            headers: Headers::new(),
            format: Format::default(),
            credentials: Credentials::default(),
            locale: "auto".into(),
            locales_url: None,
            theme: Theme::default(),
            debug: false,
            meta: Map::new(),
            feedback: FeedbackConfig::default(),
            consent: ConsentConfig::default(),
            prompts: Vec::new(),
            fatigue: Fatigue::default(),
            help: HelpConfig::default(),
            texts: Texts::new(),
        }
    }
}

/// Feedback form options.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, rename_all = "camelCase", deny_unknown_fields)]
pub struct FeedbackConfig {
    /// `inline` renders the form in place; `launcher` adds a floating button that opens it in a
    /// dialog; `modal` is the dialog without a button, opened by `Vox.open('feedback')`.
    pub mode: FeedbackMode,
    /// Corner of the launcher button.
    pub position: Corner,
    /// Topics offered. Built-in ids (`bug`, `idea`, `question`, `order`, `other`) are translated;
    /// any other text is shown as written.
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = 12)))]
    pub categories: Vec<String>,
    /// Show the optional 1-5 rating.
    pub rating: bool,
    /// Maximum message length in characters.
    #[cfg_attr(feature = "schema", schemars(range(min = 10, max = 5000)))]
    pub max_length: u16,
    /// Offer an optional email field so the shop can reply.
    pub collect_email: bool,
}

impl Default for FeedbackConfig {
    fn default() -> Self {
        Self {
            mode: FeedbackMode::Inline,
            position: Corner::BottomRight,
            categories: ["bug", "idea", "question", "other"]
                .map(String::from)
                .to_vec(),
            rating: true,
            max_length: 1000,
            collect_email: false,
        }
    }
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

/// Field names, shared by the reader and the round-trip test against the `Serialize` derive.
const CONFIG_FIELDS: &[&str] = &[
    "endpoint",
    "method",
    "headers",
    "format",
    "credentials",
    "locale",
    "localesUrl",
    "theme",
    "debug",
    "meta",
    "feedback",
    "consent",
    "prompts",
    "fatigue",
    "help",
    "texts",
];
const FEEDBACK_FIELDS: &[&str] = &[
    "mode",
    "position",
    "categories",
    "rating",
    "maxLength",
    "collectEmail",
];

impl Config {
    /// Reads a config object; absent or `null` fields take their defaults.
    ///
    /// Each reader starts from the defaults and overwrites what is set, reporting problems to
    /// one `Problems` sink (see `read.rs` for why); the first one reported is returned.
    pub fn read(value: &Json) -> Result<Config, Problem> {
        let problems = Problems::default();
        let mut c = Config::default();
        if let Some(o) = Obj::new(value, "", &problems) {
            o.only(CONFIG_FIELDS);
            c.endpoint = o.string("endpoint");
            if let Some(v) = o.choice("method") {
                c.method = v;
            }
            if let Some(v) = o.string_map("headers") {
                c.headers = v;
            }
            if let Some(v) = o.choice("format") {
                c.format = v;
            }
            if let Some(v) = o.choice("credentials") {
                c.credentials = v;
            }
            if let Some(v) = o.string("locale") {
                c.locale = v;
            }
            c.locales_url = o.string("localesUrl");
            if let Some(v) = o.choice("theme") {
                c.theme = v;
            }
            if let Some(v) = o.bool("debug") {
                c.debug = v;
            }
            if let Some(v) = o.any_object("meta") {
                c.meta = v;
            }
            if let Some(f) = o.object("feedback") {
                c.feedback = FeedbackConfig::read(&f);
            }
            if let Some(consent) = o.object("consent") {
                c.consent = ConsentConfig::read(&consent);
            }
            if let Some(v) = o.objects("prompts", PromptConfig::read) {
                c.prompts = v;
            }
            if let Some(f) = o.object("fatigue") {
                c.fatigue = Fatigue::read(&f);
            }
            #[cfg(feature = "help")]
            if let Some(s) = o.object("help") {
                c.help = HelpConfig::read(&s);
            }
            if let Some(v) = texts::read(o.value("texts"), &problems) {
                c.texts = v;
            }
        }
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
    fn read(o: &Obj) -> Self {
        o.only(FEEDBACK_FIELDS);
        let mut f = FeedbackConfig::default();
        if let Some(v) = o.choice("mode") {
            f.mode = v;
        }
        if let Some(v) = o.choice("position") {
            f.position = v;
        }
        if let Some(v) = o.strings("categories") {
            f.categories = v;
        }
        if let Some(v) = o.bool("rating") {
            f.rating = v;
        }
        if let Some(v) = o.int("maxLength", 10, 5000) {
            f.max_length = v as u16;
        }
        if let Some(v) = o.bool("collectEmail") {
            f.collect_email = v;
        }
        f
    }

    fn check(&self) -> Result<(), Problem> {
        if self.categories.is_empty() || self.categories.len() > 12 {
            return Err(("categories".into(), "a list of 1 to 12 topics".into()));
        }
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
        f = FeedbackConfig {
            categories: vec![],
            ..Default::default()
        };
        assert_eq!(f.check().unwrap_err().0, "categories");
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
        assert_eq!(keys.len(), CONFIG_FIELDS.len());
        assert!(keys.iter().all(|k| CONFIG_FIELDS.contains(k)));
        assert_eq!(
            value.get("feedback").as_object().unwrap().len(),
            FEEDBACK_FIELDS.len()
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
