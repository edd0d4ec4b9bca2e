//! The envelope around every submission.

use serde::Serialize;

use super::Payload;
use crate::json::{Json, Map};

/// Raised only for breaking changes to the envelope.
pub const SCHEMA_VERSION: u32 = 1;

/// One submission, as posted to the endpoint and emitted as `vox:submit`.
// (Not in the doc comment, which becomes the schema's description: the wire form is written by
// `Envelope::to_json`; the `Serialize` derive describes the same form for the schema, and a test
// holds the two together.)
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(title = "Vox submission"))]
#[serde(deny_unknown_fields)]
pub struct Envelope {
    /// Version of this format; `1`.
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = 1)))]
    pub schema_version: u32,
    /// UUID v4 chosen when the visitor submitted; also the `Idempotency-Key` header. Retries
    /// reuse it, so a backend that stores by id never stores a submission twice.
    #[cfg_attr(
        feature = "schema",
        schemars(regex(
            pattern = r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"
        ))
    )]
    pub id: String,
    /// Which widget sent it, and what the visitor answered.
    #[serde(flatten)]
    pub payload: Payload,
    /// When the visitor submitted, RFC 3339 in UTC with milliseconds.
    #[cfg_attr(
        feature = "schema",
        schemars(regex(pattern = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$"))
    )]
    pub created_at: String,
    /// The locale the widget was shown in (BCP 47).
    #[cfg_attr(feature = "schema", schemars(length(min = 2, max = 35)))]
    pub locale: String,
    /// The page the visitor was on.
    pub page: Page,
    /// `vox_version`, plus whatever the site set in the `meta` config.
    pub meta: Map,
}

/// The page a submission came from.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Page {
    /// Page URL without the `#fragment`.
    pub url: String,
    /// `document.title`.
    pub title: String,
}

impl Envelope {
    /// Builds an envelope; the caller supplies the id and clock so this stays pure and testable.
    pub fn new(
        id: String,
        created_at: String,
        locale: &str,
        page: Page,
        payload: Payload,
        site_meta: &Map,
    ) -> Self {
        let mut meta = site_meta.clone();
        meta.insert("vox_version", Json::from(env!("CARGO_PKG_VERSION")));
        Envelope {
            schema_version: SCHEMA_VERSION,
            id,
            payload,
            created_at,
            locale: locale.into(),
            page,
            meta,
        }
    }

    /// The envelope as posted, keys in the documented order.
    pub fn to_json(&self) -> Json {
        Json::object([
            ("schema_version", self.schema_version.into()),
            ("id", self.id.as_str().into()),
            ("widget", self.payload.widget().into()),
            ("answers", self.payload.answers_json()),
            ("created_at", self.created_at.as_str().into()),
            ("locale", self.locale.as_str().into()),
            (
                "page",
                Json::object([
                    ("url", self.page.url.as_str().into()),
                    ("title", self.page.title.as_str().into()),
                ]),
            ),
            ("meta", self.meta.clone().into()),
        ])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::from_serde;
    use crate::submission::FeedbackAnswers;
    use serde_json::json;

    #[test]
    fn serialises_to_the_documented_shape() {
        let answers = FeedbackAnswers {
            category: "bug".into(),
            rating: Some(4),
            message: "Broken zip".into(),
            email: None,
        };
        let mut site = Map::new();
        site.insert("store", Json::from("eu-1"));
        let e = Envelope::new(
            "0b7e2c1a-6f0e-4c5a-9d1e-2f3a4b5c6d7e".into(),
            "2026-11-22T10:00:00.000Z".into(),
            "ar",
            Page {
                url: "https://shop.example/p/1?color=red".into(),
                title: "Mug".into(),
            },
            Payload::Feedback(answers),
            &site,
        );
        let written = e.to_json();
        assert_eq!(written, from_serde(serde_json::to_value(&e).unwrap()));
        assert_eq!(
            written,
            from_serde(json!({
                "schema_version": 1,
                "id": "0b7e2c1a-6f0e-4c5a-9d1e-2f3a4b5c6d7e",
                "widget": "feedback",
                "answers": {"category": "bug", "rating": 4, "message": "Broken zip"},
                "created_at": "2026-11-22T10:00:00.000Z",
                "locale": "ar",
                "page": {"url": "https://shop.example/p/1?color=red", "title": "Mug"},
                "meta": {"store": "eu-1", "vox_version": env!("CARGO_PKG_VERSION")}
            }))
        );
        let keys: Vec<&String> = written.as_object().unwrap().keys().collect();
        assert_eq!(keys[..3], ["schema_version", "id", "widget"]);
    }
}
