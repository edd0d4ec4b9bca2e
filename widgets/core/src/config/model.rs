//! Typed config. `serde` does the shape checks (types, unknown keys); [`Config::check`] adds the
//! rules a type cannot express (ranges, URL shape, known locale), each tied to a field path.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::locale;

/// Everything a site owner can set. Field names are camelCase, as JavaScript developers expect.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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
    pub headers: BTreeMap<String, String>,
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
    /// Free-form values copied into every submission's `meta` (e.g. a store or order id).
    pub meta: Map<String, Value>,
    /// The feedback form.
    pub feedback: FeedbackConfig,
}

/// Feedback form options.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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

macro_rules! string_enum {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident = $text:literal),+ $(,)? } default $default:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        pub enum $name { $($(#[$vdoc])* #[serde(rename = $text)] $variant),+ }
        impl Default for $name { fn default() -> Self { Self::$default } }
        impl $name {
            /// The config spelling of this value.
            pub fn as_str(self) -> &'static str { match self { $(Self::$variant => $text),+ } }
        }
    };
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
string_enum!(/// A screen corner.
    Corner {
        BottomRight = "bottom-right", BottomLeft = "bottom-left",
        TopRight = "top-right", TopLeft = "top-left",
    } default BottomRight);

impl Config {
    /// Checks what the types cannot: returns the first problem as (field path, expectation).
    pub(crate) fn check(&self) -> Result<(), (String, String)> {
        if let Some(url) = &self.endpoint {
            check_url(url).map_err(|e| ("endpoint".into(), e))?;
        }
        if let Some(url) = &self.locales_url {
            check_url(url).map_err(|e| ("localesUrl".into(), e))?;
        }
        if !self.locale.is_empty() && self.locale != "auto" && !locale::is_supported(&self.locale) {
            return Err((
                "locale".into(),
                format!(
                    "\"auto\" or a supported language tag ({}), got \"{}\"",
                    locale::SUPPORTED.join(", "),
                    self.locale
                ),
            ));
        }
        for name in self.headers.keys() {
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
        self.feedback
            .check()
            .map_err(|(field, e)| (format!("feedback.{field}"), e))
    }

    /// The negotiated-locale request list: the configured tag, or `auto`.
    pub fn locale_request(&self) -> Option<&str> {
        (!self.locale.is_empty() && self.locale != "auto").then_some(self.locale.as_str())
    }
}

impl FeedbackConfig {
    fn check(&self) -> Result<(), (String, String)> {
        if !(10..=5000).contains(&self.max_length) {
            return Err((
                "maxLength".into(),
                format!("a whole number from 10 to 5000, got {}", self.max_length),
            ));
        }
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

/// Accepts `http(s)://host/...` and site paths (`/api/vox`); rejects everything else, including
/// `javascript:` URLs and protocol-relative `//host` forms that hide the scheme.
fn check_url(url: &str) -> Result<(), String> {
    let expected = || format!("an absolute http(s) URL or a path starting with /, got \"{url}\"");
    if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(expected());
    }
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    match rest {
        Some(rest) => {
            let host = rest.split(['/', '?', '#']).next().unwrap_or("");
            if host.is_empty() || host.starts_with(':') {
                return Err(expected());
            }
            Ok(())
        }
        None if url.starts_with('/') && !url.starts_with("//") => Ok(()),
        None => Err(expected()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls() {
        for ok in [
            "https://shop.example/api/vox",
            "http://127.0.0.1:8080/x",
            "/api/vox",
            "https://a.b?x=1",
        ] {
            assert_eq!(check_url(ok), Ok(()), "{ok}");
        }
        for bad in [
            "javascript:alert(1)",
            "//cdn.example/x",
            "ftp://x",
            "https://",
            "https://:80/",
            "api/vox",
            "/a b",
            "",
        ] {
            assert!(check_url(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn feedback_rules() {
        let mut f = FeedbackConfig::default();
        assert_eq!(f.check(), Ok(()));
        f.categories.push("bug".into());
        assert_eq!(f.check().unwrap_err().0, "categories[4]");
        f = FeedbackConfig {
            max_length: 9,
            ..Default::default()
        };
        assert_eq!(f.check().unwrap_err().0, "maxLength");
        f = FeedbackConfig {
            categories: vec![],
            ..Default::default()
        };
        assert_eq!(f.check().unwrap_err().0, "categories");
    }
}
