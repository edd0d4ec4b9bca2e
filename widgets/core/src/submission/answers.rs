//! Per-widget answers. The `widget` field of the envelope tells which shape `answers` has.

use serde::Serialize;

use super::band::Band;
use crate::config::PromptKind;
use crate::json::{Json, Map};

/// The widget that sent the submission, with its answers.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "widget", content = "answers", rename_all = "snake_case")]
pub enum Payload {
    /// The feedback form.
    Feedback(FeedbackAnswers),
    /// A consent decision: the record that proves it (GDPR Art. 7(1)).
    Consent(ConsentAnswers),
    /// A rating prompt's answer: its score, then (as a second message) the follow-up text.
    Prompt(PromptAnswers),
    /// A help-center search event, sent only while `analytics` is granted.
    Help(SearchAnswers),
}

impl Payload {
    /// The `widget` value, e.g. for `vox:submit` listeners and logs.
    pub fn widget(&self) -> &'static str {
        match self {
            Payload::Feedback(_) => "feedback",
            Payload::Consent(_) => "consent",
            Payload::Prompt(_) => "prompt",
            Payload::Help(_) => "help",
        }
    }

    /// The envelope's `answers`.
    pub fn answers_json(&self) -> Json {
        match self {
            Payload::Feedback(a) => a.to_json(),
            Payload::Consent(a) => a.to_json(),
            Payload::Prompt(a) => a.to_json(),
            Payload::Help(a) => a.to_json(),
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

/// What a visitor did in the help-center search: a query once typing paused (`results` is 0
/// for a query nothing answered), a result opened, an article voted helpful or not, or
/// "Contact us" pressed (where self-service ended).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SearchAnswers {
    pub event: SearchEvent,
    /// The query as typed, trimmed.
    #[cfg_attr(feature = "schema", schemars(length(max = 200)))]
    pub query: String,
    /// How many results the query had.
    pub results: u32,
    /// The article opened or voted on (`click`, `helpful`), or read last (`contact`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub article: Option<String>,
    /// The vote (`helpful` only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub helpful: Option<bool>,
}

/// Which search event a message records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum SearchEvent {
    Query,
    Click,
    Helpful,
    /// "Contact us" was pressed: self-service did not answer (`article` is the one read last,
    /// if any).
    Contact,
}

impl SearchAnswers {
    fn to_json(&self) -> Json {
        let mut map = Map::new();
        let event = match self.event {
            SearchEvent::Query => "query",
            SearchEvent::Click => "click",
            SearchEvent::Helpful => "helpful",
            SearchEvent::Contact => "contact",
        };
        map.insert("event", event.into());
        map.insert("query", self.query.as_str().into());
        map.insert("results", self.results.into());
        if let Some(article) = &self.article {
            map.insert("article", article.as_str().into());
        }
        if let Some(helpful) = self.helpful {
            map.insert("helpful", helpful.into());
        }
        map.into()
    }
}

/// One message of a rating prompt's response. The score is sent the moment it is picked, so a
/// visitor who closes the prompt afterwards still counts; the follow-up text, if any, comes as
/// a second message with the same `response_id` and `stage: "follow_up"`. Count responses by
/// their `score` stage: each response has exactly one.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PromptAnswers {
    /// The prompt's `id` in the config.
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = 40)))]
    pub prompt: String,
    pub kind: PromptKind,
    /// Shared by the messages of one response.
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = 64)))]
    pub response_id: String,
    pub stage: Stage,
    /// 0-10 for NPS, 1-5 for CSAT, 1-7 for CES.
    #[cfg_attr(feature = "schema", schemars(range(max = 10)))]
    pub score: u8,
    /// The score's band (it chose the follow-up question).
    pub band: Band,
    /// The follow-up answer, trimmed (`follow_up` stage only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = 2000)))]
    pub text: Option<String>,
}

/// Which message of a response this is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// The score, sent as soon as it is picked.
    Score,
    /// The answer to the follow-up question.
    FollowUp,
}

impl PromptAnswers {
    fn to_json(&self) -> Json {
        let mut map = Map::new();
        map.insert("prompt", self.prompt.as_str().into());
        map.insert("kind", self.kind.as_str().into());
        map.insert("response_id", self.response_id.as_str().into());
        let stage = match self.stage {
            Stage::Score => "score",
            Stage::FollowUp => "follow_up",
        };
        map.insert("stage", stage.into());
        map.insert("score", u32::from(self.score).into());
        map.insert("band", self.band.as_str().into());
        if let Some(text) = &self.text {
            map.insert("text", text.as_str().into());
        }
        map.into()
    }
}

/// A consent decision as recorded for the site's proof of consent.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ConsentAnswers {
    /// Stays the same across a visitor's decisions (kept in the consent cookie), so a backend
    /// can show the history of one consent.
    pub consent_id: String,
    /// `accept_all`, `reject_all`, `custom` (saved from the preferences, or set by the site),
    /// `acknowledge` (notice mode's OK) or `service` (one service allowed from a placeholder).
    pub action: String,
    /// The config `revision` the visitor answered.
    pub revision: u32,
    /// `opt-in`, `opt-out` or `notice`.
    pub mode: String,
    /// Whether the browser sent Global Privacy Control.
    pub gpc: bool,
    /// Every category and whether it is granted (`necessary` is always `true`).
    #[cfg_attr(
        feature = "schema",
        schemars(with = "std::collections::BTreeMap<String, bool>")
    )]
    pub categories: Map,
    /// Services allowed one at a time (a blocked embed's "load this content"), by id; absent
    /// when there are none.
    #[serde(default, skip_serializing_if = "Map::is_empty")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "std::collections::BTreeMap<String, bool>")
    )]
    pub services: Map,
    /// SHA-256 (hex) of the banner texts the visitor saw; absent when the site's own UI decided.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text_hash: Option<String>,
}

impl ConsentAnswers {
    fn to_json(&self) -> Json {
        let mut map = Map::new();
        map.insert("consent_id", self.consent_id.as_str().into());
        map.insert("action", self.action.as_str().into());
        map.insert("revision", self.revision.into());
        map.insert("mode", self.mode.as_str().into());
        map.insert("gpc", self.gpc.into());
        map.insert("categories", self.categories.clone().into());
        if !self.services.is_empty() {
            map.insert("services", self.services.clone().into());
        }
        if let Some(hash) = &self.text_hash {
            map.insert("text_hash", hash.as_str().into());
        }
        map.into()
    }

    /// Reads the loader's `vox:consent` detail; `None` when it is not one.
    pub fn from_detail(detail: &Json) -> Option<Self> {
        // Only `true` grants; refused services are left out (the categories say the rest).
        let flags = |m: &Map, keep_refused: bool| -> Map {
            m.iter()
                .map(|(k, v)| (k.as_str(), Json::Bool(*v == Json::Bool(true))))
                .filter(|(_, v)| keep_refused || *v == Json::Bool(true))
                .collect()
        };
        let categories = flags(detail.get("categories").as_object()?, true);
        let services = (detail.get("services").as_object())
            .map(|m| flags(m, false))
            .unwrap_or_default();
        Some(ConsentAnswers {
            consent_id: detail.get("id").as_str()?.into(),
            action: detail.get("action").as_str()?.into(),
            revision: u32::try_from(detail.get("revision").as_u64()?).ok()?,
            mode: detail.get("mode").as_str()?.into(),
            gpc: *detail.get("gpc") == Json::Bool(true),
            categories,
            services,
            text_hash: None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::{from_serde, parse};

    #[test]
    fn reads_the_loaders_consent_detail_and_writes_what_the_schema_describes() {
        let detail = parse(
            r#"{"decided": true, "id": "c-1", "at": "2026-11-22T10:00:00.000Z", "revision": 2,
                "mode": "opt-in", "gpc": false, "action": "reject_all",
                "categories": {"necessary": true, "analytics": false, "marketing": false}}"#,
        )
        .unwrap();
        let answers = ConsentAnswers::from_detail(&detail).unwrap();
        assert_eq!(answers.action, "reject_all");
        assert_eq!(answers.categories.get("necessary"), Some(&Json::Bool(true)));
        assert_eq!(answers.text_hash, None);
        let payload = Payload::Consent(answers);
        assert_eq!(payload.widget(), "consent");
        let serde_form = serde_json::to_value(&payload).unwrap();
        assert_eq!(
            payload.answers_json(),
            from_serde(serde_form["answers"].clone())
        );
        assert!(ConsentAnswers::from_detail(&parse(r#"{"id": "x"}"#).unwrap()).is_none());
    }

    #[test]
    fn prompt_answers_write_what_the_schema_describes() {
        let score = PromptAnswers {
            prompt: "nps-order".into(),
            kind: PromptKind::Nps,
            response_id: "r-1".into(),
            stage: Stage::Score,
            score: 6,
            band: Band::of(PromptKind::Nps, 6),
            text: None,
        };
        let follow_up = PromptAnswers {
            stage: Stage::FollowUp,
            text: Some("Slow delivery".into()),
            ..score.clone()
        };
        for answers in [score, follow_up] {
            let payload = Payload::Prompt(answers);
            assert_eq!(payload.widget(), "prompt");
            let serde_form = serde_json::to_value(&payload).unwrap();
            assert_eq!(
                payload.answers_json(),
                from_serde(serde_form["answers"].clone())
            );
        }
    }

    #[test]
    fn a_service_allowed_alone_is_recorded_and_refused_ones_are_left_out() {
        let detail = parse(
            r#"{"id": "c-1", "revision": 0, "mode": "opt-in", "gpc": false, "action": "service",
                "categories": {"necessary": true, "marketing": false},
                "services": {"video": true, "maps": false}}"#,
        )
        .unwrap();
        let answers = ConsentAnswers::from_detail(&detail).unwrap();
        let json = Payload::Consent(answers).answers_json();
        assert_eq!(json.get("action").as_str(), Some("service"));
        assert_eq!(json.get("services").to_string(), r#"{"video":true}"#);
    }
}
