//! Per-widget answers. The `widget` field of the envelope tells which shape `answers` has.

use serde::Serialize;

use crate::json::{Json, Map};

/// The widget that sent the submission, with its answers.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "widget", content = "answers", rename_all = "snake_case")]
pub enum Payload {
    /// The feedback form.
    Feedback(FeedbackAnswers),
}

impl Payload {
    /// The `widget` value, e.g. for `vox:submit` listeners and logs.
    pub fn widget(&self) -> &'static str {
        match self {
            Payload::Feedback(_) => "feedback",
        }
    }

    /// The envelope's `answers`.
    pub fn answers_json(&self) -> Json {
        match self {
            Payload::Feedback(a) => a.to_json(),
        }
    }
}

/// What a visitor entered in the feedback form.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct FeedbackAnswers {
    /// The chosen topic id, e.g. `bug`, or a site-defined topic.
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = 40)))]
    pub category: String,
    /// Optional 1 (worst) to 5 (best) rating.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = 5)))]
    pub rating: Option<u8>,
    /// The visitor's message, trimmed.
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = 5000)))]
    pub message: String,
    /// Reply address, only when the site collects it and the visitor gave it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(length(min = 3, max = 254)))]
    pub email: Option<String>,
}

impl FeedbackAnswers {
    /// Absent optional answers are left out, not written as `null`.
    fn to_json(&self) -> Json {
        let mut map = Map::new();
        map.insert("category", self.category.as_str().into());
        if let Some(rating) = self.rating {
            map.insert("rating", u32::from(rating).into());
        }
        map.insert("message", self.message.as_str().into());
        if let Some(email) = &self.email {
            map.insert("email", email.as_str().into());
        }
        map.into()
    }
}
