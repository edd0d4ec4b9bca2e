//! What the dashboard counts, taken out of a submission once, when it is stored: its day, what
//! happened (the event), about what (the topic), its number, its text, and where (country, page,
//! the site's `meta`). Every engine keeps them in a narrow `facts` table beside the submissions
//! (migration `0004_facts`), so the dashboard reads 100,000 submissions as short rows instead
//! of scanning and parsing their JSON, and both engines give it the same rows.
//!
//! | widget | event | topic | score | text |
//! |---|---|---|---|---|
//! | feedback | `message` | category | rating | message |
//! | prompt | stage (`score`, `follow_up`) | kind (`nps`, `csat`, `ces`) | score | follow-up text |
//! | help | event (`query`, `click`, `helpful`, `contact`) | article | results, or the vote (1, 0) | query |
//! | consent | action (`accept_all`, `reject_all`, `custom`, `acknowledge`) | revision | – | – |

use serde_json::{Map, Value};
use time::{Date, OffsetDateTime};

/// Longest text kept in a column: a message is 5,000 characters at most, a query much less.
const TEXT: usize = 5_000;
/// Longest short value (a topic, a page path, a `meta` value).
const SHORT: usize = 200;
/// How many of the site's `meta` fields are kept for breakdowns.
const META_FIELDS: usize = 16;

/// The dashboard's columns of one submission.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Facts {
    /// The visitor's calendar day (UTC), `YYYY-MM-DD`.
    pub day: String,
    pub event: String,
    pub topic: String,
    pub score: Option<f64>,
    pub text: String,
    /// The email a visitor left with feedback, for the reply form.
    pub email: String,
    /// What ties a prompt's messages together (its `response_id`), so a response counts once.
    pub thread: String,
    /// ISO 3166 country: the site's `meta.country`, else the locale's region (`pt-BR` → `BR`).
    pub country: String,
    /// The page's path, without its origin, query or fragment (those can hold an email).
    pub page: String,
    /// The site's own `meta` fields (lifecycle stage, market, store…) as a JSON object of
    /// strings, without `vox_version` and without what names a person.
    pub meta: String,
}

impl Facts {
    /// The facts of a stored envelope (already validated by the schema, but read defensively:
    /// rows stored before validation, and erased ones, are read here too). `today` bounds the
    /// day: a visitor's clock set in the future counts as today.
    pub fn of(envelope: &Value, today: Date) -> Facts {
        let a = &envelope["answers"];
        let text = |v: &Value, max: usize| clip(v.as_str().unwrap_or_default(), max);
        let number = |v: &Value| v.as_f64();
        let (event, topic, score, body) = match envelope["widget"].as_str().unwrap_or_default() {
            "feedback" => (
                "message".into(),
                text(&a["category"], SHORT),
                number(&a["rating"]),
                text(&a["message"], TEXT),
            ),
            "prompt" => (
                text(&a["stage"], SHORT),
                text(&a["kind"], SHORT),
                number(&a["score"]),
                text(&a["text"], TEXT),
            ),
            "help" => (
                text(&a["event"], SHORT),
                text(&a["article"], SHORT),
                match a["helpful"].as_bool() {
                    Some(vote) => Some(f64::from(u8::from(vote))),
                    None => number(&a["results"]),
                },
                text(&a["query"], TEXT),
            ),
            "consent" => (
                text(&a["action"], SHORT),
                a["revision"]
                    .as_u64()
                    .map(|r| r.to_string())
                    .unwrap_or_default(),
                None,
                String::new(),
            ),
            _ => Default::default(),
        };
        Facts {
            day: day(envelope["created_at"].as_str().unwrap_or_default(), today),
            event,
            topic,
            score: score.filter(|s| s.is_finite()),
            text: body,
            email: text(&a["email"], SHORT),
            thread: text(&a["response_id"], SHORT),
            country: country(envelope),
            page: path(envelope["page"]["url"].as_str().unwrap_or_default()),
            meta: meta(&envelope["meta"]),
        }
    }
}

/// Today in UTC.
pub fn today() -> Date {
    OffsetDateTime::now_utc().date()
}

/// The date of an RFC 3339 timestamp, never after `today`; `today` when it has none.
fn day(created_at: &str, today: Date) -> String {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    let date = created_at
        .get(..10)
        .and_then(|d| Date::parse(d, format).ok())
        .filter(|d| *d <= today)
        .unwrap_or(today);
    date.format(format).unwrap_or_default()
}

fn country(envelope: &Value) -> String {
    let code = |s: &str| {
        (s.len() == 2 && s.bytes().all(|b| b.is_ascii_alphabetic())).then(|| s.to_ascii_uppercase())
    };
    if let Some(c) = envelope["meta"]["country"].as_str().and_then(code) {
        return c;
    }
    let locale = envelope["locale"].as_str().unwrap_or_default();
    locale
        .split(['-', '_'])
        .skip(1)
        .find_map(code)
        .unwrap_or_default()
}

/// `https://shop.example/orders/17?email=a@b#x` → `/orders/17`.
fn path(url: &str) -> String {
    let rest = match url.split_once("://") {
        Some((_, rest)) => rest.find('/').map_or("/", |i| &rest[i..]),
        None if url.starts_with('/') => url,
        None => return String::new(),
    };
    let end = rest.find(['?', '#']).unwrap_or(rest.len());
    clip(&rest[..end], SHORT)
}

/// The site's `meta` fields that can group submissions: scalars, as strings, the first
/// [`META_FIELDS`] of them.
fn meta(meta: &Value) -> String {
    let Some(fields) = meta.as_object() else {
        return "{}".into();
    };
    let kept: Map<String, Value> = fields
        .iter()
        .filter(|(k, _)| {
            !matches!(
                k.as_str(),
                "vox_version" | "email" | "consent_id" | "country"
            )
        })
        .filter(|(k, _)| k.chars().count() <= 40)
        .filter_map(|(k, v)| {
            let v = match v {
                Value::String(s) => clip(s, SHORT),
                Value::Number(n) => n.to_string(),
                Value::Bool(b) => b.to_string(),
                _ => return None,
            };
            Some((k.clone(), Value::String(v)))
        })
        .take(META_FIELDS)
        .collect();
    Value::Object(kept).to_string()
}

/// The first `max` characters of `s`.
fn clip(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((i, _)) => s[..i].to_string(),
        None => s.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;
    use time::macros::date;

    const TODAY: Date = date!(2026 - 11 - 26);

    #[test]
    fn each_widget_gives_its_event_topic_score_and_text() {
        let feedback = json!({"widget": "feedback", "locale": "pt-BR", "created_at": "2026-11-20T10:00:00Z",
            "answers": {"category": "order", "rating": 2, "message": "Atrasou", "email": "a@b.example"},
            "page": {"url": "https://shop.example/orders/17?email=a@b.example#top"},
            "meta": {"vox_version": "0.1.0", "lifecycle_stage": "repeat", "vip": true, "cart": 3, "list": [1], "email": "x"}});
        let f = Facts::of(&feedback, TODAY);
        assert_eq!(
            (
                f.day.as_str(),
                f.event.as_str(),
                f.topic.as_str(),
                f.score,
                f.text.as_str()
            ),
            ("2026-11-20", "message", "order", Some(2.0), "Atrasou")
        );
        assert_eq!(
            (f.email.as_str(), f.country.as_str(), f.page.as_str()),
            ("a@b.example", "BR", "/orders/17")
        );
        assert_eq!(
            serde_json::from_str::<Value>(&f.meta).unwrap(),
            json!({"lifecycle_stage": "repeat", "vip": "true", "cart": "3"})
        );

        let vote = json!({"widget": "help", "locale": "en", "created_at": "2026-11-21T00:00:00Z",
            "answers": {"event": "helpful", "query": "refund", "article": "refunds", "helpful": false, "results": 4},
            "meta": {"country": "de"}});
        let f = Facts::of(&vote, TODAY);
        assert_eq!(
            (
                f.event.as_str(),
                f.topic.as_str(),
                f.score,
                f.country.as_str()
            ),
            ("helpful", "refunds", Some(0.0), "DE")
        );

        let prompt = json!({"widget": "prompt", "locale": "ja", "created_at": "2026-11-22T00:00:00Z",
            "answers": {"stage": "score", "kind": "nps", "score": 9, "response_id": "r1"}});
        let f = Facts::of(&prompt, TODAY);
        assert_eq!(
            (
                f.event.as_str(),
                f.topic.as_str(),
                f.score,
                f.thread.as_str()
            ),
            ("score", "nps", Some(9.0), "r1")
        );

        let consent = json!({"widget": "consent", "locale": "fr", "created_at": "2026-11-22T00:00:00Z",
            "answers": {"action": "reject_all", "revision": 2}});
        let f = Facts::of(&consent, TODAY);
        assert_eq!(
            (f.event.as_str(), f.topic.as_str(), f.score),
            ("reject_all", "2", None)
        );
    }

    /// A visitor's clock in the future, or no date at all, counts as today; nothing panics on
    /// odd text (multi-byte characters where a date should be).
    #[test]
    fn odd_dates_count_as_today() {
        for created in [
            "2099-01-01T00:00:00Z",
            "t",
            "",
            "2026-1-1",
            "日本語の日付です。",
            "2026-13-45T00:00:00Z",
        ] {
            let f = Facts::of(&json!({"widget": "feedback", "created_at": created}), TODAY);
            assert_eq!(f.day, "2026-11-26", "{created}");
        }
    }

    #[test]
    fn a_page_keeps_only_its_path() {
        for (url, want) in [
            ("https://a.example", "/"),
            ("https://a.example/x/y?q=1", "/x/y"),
            ("/cart#top", "/cart"),
            ("javascript:alert(1)", ""),
            ("", ""),
        ] {
            assert_eq!(path(url), want, "{url}");
        }
    }

    #[test]
    fn long_texts_are_clipped_by_characters() {
        let long = "語".repeat(TEXT + 10);
        let f = Facts::of(
            &json!({"widget": "feedback", "answers": {"message": long}}),
            TODAY,
        );
        assert_eq!(f.text.chars().count(), TEXT);
    }
}
