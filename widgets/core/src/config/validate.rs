//! Checking a config written in Rust by the rules a page's JSON config meets.
//!
//! A typed [`Config`] can hold what the reader would refuse (`categories: vec![]`,
//! `max_length: 0`, a `javascript:` endpoint), and a widget built from it could never send.
//! Rather than a second set of rules that could drift from the first, `validate` writes the
//! config out with its `Serialize` derive (which a test holds equal to the reader) and reads it
//! back with [`Config::read`]: one rule set for every path in.

use super::error::{ConfigError, Origin};
use super::model::Config;
use crate::json;

impl Config {
    /// Checks the config by the same rules as a page's JSON config: types, ranges, the URL
    /// rule, known locales, unique ids. The error names the field by its Rust path:
    ///
    /// ```
    /// use vox_core::config::Config;
    ///
    /// let mut config = Config::default();
    /// config.feedback.categories.clear();
    /// let error = config.validate().unwrap_err();
    /// assert_eq!(error.field, "FeedbackConfig.categories");
    /// ```
    ///
    /// The Vox components call it before they render, and show nothing (after one console
    /// error) when it fails.
    pub fn validate(&self) -> Result<(), ConfigError> {
        let problem = |field: &str, message: String| ConfigError {
            origin: Origin::Rust,
            field: rust_path(field),
            message,
            syntax: None,
        };
        let text = serde_json::to_string(self).map_err(|e| problem("", e.to_string()))?;
        let value = json::parse(&text).map_err(|_| problem("", "a serialisable config".into()))?;
        Config::read(&value)
            .map(drop)
            .map_err(|(field, message)| problem(&field, message))
    }
}

/// `feedback.maxLength` → `FeedbackConfig.max_length`; `prompts[0].sample` →
/// `Config.prompts[0].sample`: the path a Rust caller wrote.
fn rust_path(field: &str) -> String {
    let (first, rest) = field.split_once('.').unwrap_or((field, ""));
    let section = match first {
        "feedback" => Some("FeedbackConfig"),
        "consent" => Some("ConsentConfig"),
        "help" => Some("HelpConfig"),
        "fatigue" => Some("Fatigue"),
        _ => None,
    };
    let path = match (section, rest) {
        (Some(section), "") => section.to_string(),
        (Some(section), rest) => format!("{section}.{rest}"),
        (None, _) if field.is_empty() => "Config".to_string(),
        (None, _) => format!("Config.{field}"),
    };
    snake_case(&path)
}

/// camelCase field names to snake_case, leaving the type names (after a `.`-free start or a
/// capital after `.`) alone.
fn snake_case(path: &str) -> String {
    let mut out = String::with_capacity(path.len() + 4);
    let mut type_name = true;
    for c in path.chars() {
        match c {
            '.' | '[' => {
                type_name = false;
                out.push(c);
            }
            c if c.is_ascii_uppercase() && !type_name => {
                out.push('_');
                out.push(c.to_ascii_lowercase());
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::{PromptConfig, PromptKind};

    #[test]
    fn the_defaults_are_valid() {
        assert_eq!(Config::default().validate(), Ok(()));
        let mut config = Config::default();
        config.prompts.push(PromptConfig::default());
        config.consent.categories.push(Default::default());
        let error = config.validate().unwrap_err();
        assert!(
            error.field.starts_with("ConsentConfig.categories"),
            "{error}"
        );
    }

    #[test]
    fn what_the_issue_found_is_refused_by_its_rust_path() {
        let mut empty = Config::default();
        empty.feedback.categories.clear();
        assert_eq!(
            empty.validate().unwrap_err().field,
            "FeedbackConfig.categories"
        );

        let mut zero = Config::default();
        zero.feedback.max_length = 0;
        let error = zero.validate().unwrap_err();
        assert_eq!(error.field, "FeedbackConfig.max_length");
        assert_eq!(error.origin, Origin::Rust);
        assert!(error.to_string().contains("the Rust Config"), "{error}");

        let script = Config {
            endpoint: Some("javascript:alert(1)".into()),
            ..Config::default()
        };
        assert_eq!(script.validate().unwrap_err().field, "Config.endpoint");

        let mut sample = Config::default();
        let mut nps = PromptConfig::new("nps", PromptKind::Nps);
        nps.sample = 101;
        sample.prompts.push(nps);
        assert_eq!(
            sample.validate().unwrap_err().field,
            "Config.prompts[0].sample"
        );
    }

    #[test]
    fn paths_read_as_rust() {
        assert_eq!(rust_path("feedback.maxLength"), "FeedbackConfig.max_length");
        assert_eq!(
            rust_path("consent.cookie.expiresDays"),
            "ConsentConfig.cookie.expires_days"
        );
        assert_eq!(rust_path("localesUrl"), "Config.locales_url");
        assert_eq!(rust_path(""), "Config");
    }
}
