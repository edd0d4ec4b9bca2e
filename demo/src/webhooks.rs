//! Webhooks: every stored submission is forwarded to each `--webhook` URL, as the envelope
//! itself (JSON) or, for `--webhook slack:URL`, as a Slack-compatible `{"text": …}` message.
//!
//! Deliveries are rows in the database, written in the same transaction as the submission
//! (`store::Store::insert`), so none is lost when a collector stops: a task in every instance
//! claims the due ones (each for two minutes, so instances never send the same one twice at
//! once), posts them, and records the outcome. A failure is tried again after 10 s, doubling up
//! to an hour, ten times; then it is kept with its last error, for the operator.

use std::sync::Arc;
use std::time::Duration;

use serde_json::{json, Value};

use crate::store::{Delivery, Retry, Store};
use crate::AppState;

/// Deliveries claimed per pass.
const BATCH: u32 = 32;
/// Failed attempts before a delivery is given up.
const MAX_ATTEMPTS: u32 = 10;
/// The first wait after a failure; each later one doubles, up to an hour.
const FIRST_WAIT: Duration = Duration::from_secs(10);

/// Reads `--webhook`: `https://…` (the envelope as JSON) or `slack:https://…`.
pub fn parse(text: &str) -> Result<String, String> {
    parse_plain(text.strip_prefix("slack:").unwrap_or(text))
        .map(|_| text.to_string())
        .map_err(|_| {
            format!("--webhook takes an http(s) URL, or slack:URL for a Slack-compatible message; got {text:?}")
        })
}

/// Reads an absolute http(s) URL (`--reply-webhook`): Vox's one URL rule (`vox_url::check`),
/// less the same-origin paths, which mean nothing to a webhook.
pub fn parse_plain(url: &str) -> Result<String, String> {
    match vox_url::check(url) {
        Ok(()) if url.contains("://") => Ok(url.to_string()),
        Ok(()) => Err(format!("expected an absolute http(s) URL, got {url:?}")),
        Err(e) => Err(e),
    }
}

/// Where a delivery goes and what it posts: its own payload (a reply, to `reply:URL`), a
/// Slack line (`slack:URL`), or the submission itself.
fn payload(delivery: &Delivery) -> (String, String) {
    let target = delivery.target.as_str();
    if let (Some(url), Some(payload)) = (target.strip_prefix("reply:"), &delivery.payload) {
        return (url.to_string(), payload.to_string());
    }
    match target.strip_prefix("slack:") {
        Some(url) => (
            url.to_string(),
            json!({ "text": slack_text(&delivery.body) }).to_string(),
        ),
        None => (target.to_string(), delivery.body.to_string()),
    }
}

/// One line a person reads in a channel: what came in, in which language, and from where.
fn slack_text(envelope: &Value) -> String {
    let a = &envelope["answers"];
    let s = |v: &Value| v.as_str().unwrap_or_default().to_string();
    let locale = s(&envelope["locale"]);
    let text = match envelope["widget"].as_str().unwrap_or_default() {
        "feedback" => {
            let rating = a["rating"]
                .as_u64()
                .map(|r| format!(", {r}/5"))
                .unwrap_or_default();
            let email = a["email"]
                .as_str()
                .map(|e| format!(" (reply to {e})"))
                .unwrap_or_default();
            format!(
                "Feedback [{locale}] {}{rating}: {}{email}",
                s(&a["category"]),
                s(&a["message"])
            )
        }
        "prompt" if a["stage"] == "follow_up" => format!(
            "{} follow-up [{locale}] ({}): {}",
            s(&a["kind"]).to_uppercase(),
            s(&a["band"]),
            s(&a["text"])
        ),
        "prompt" => format!(
            "{} {} ({}) for {} [{locale}]",
            s(&a["kind"]).to_uppercase(),
            a["score"],
            s(&a["band"]),
            s(&a["prompt"])
        ),
        "help" => format!(
            "Help search [{locale}] {}: \"{}\", {} results",
            s(&a["event"]),
            s(&a["query"]),
            a["results"]
        ),
        "consent" => format!(
            "Consent [{locale}]: {} ({}, revision {})",
            s(&a["action"]),
            s(&a["mode"]),
            a["revision"]
        ),
        other => format!("Submission from {other} [{locale}]"),
    };
    let page = s(&envelope["page"]["url"]);
    // Slack reads <, > and & as markup: escaped, a visitor's text stays text.
    let line = if page.is_empty() {
        text
    } else {
        format!("{text} · {page}")
    };
    line.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// When a delivery that has failed `attempts` times before (this one included) is tried again.
fn retry_after(attempts: u32, first: Duration) -> Retry {
    if attempts >= MAX_ATTEMPTS {
        return Retry::Never;
    }
    let wait = first.saturating_mul(1 << (attempts - 1).min(16));
    Retry::After(wait.min(Duration::from_secs(3600)))
}

/// One pass: claims the due deliveries and posts each. Gives how many it handled.
pub async fn deliver_due(store: &Store, agent: &ureq::Agent, first_wait: Duration) -> usize {
    let due = match store.claim_deliveries(BATCH).await {
        Ok(due) => due,
        Err(e) => {
            eprintln!("webhooks: {e}");
            return 0;
        }
    };
    for delivery in &due {
        let outcome = post(agent.clone(), delivery)
            .await
            .map_err(|error| (error, retry_after(delivery.attempts + 1, first_wait)));
        if let Err(e) = store.delivery_done(delivery, outcome).await {
            eprintln!("webhooks: {e}");
        }
    }
    due.len()
}

async fn post(agent: ureq::Agent, delivery: &Delivery) -> Result<(), String> {
    let (url, body) = payload(delivery);
    let sent = tokio::task::spawn_blocking(move || {
        agent
            .post(&url)
            .header("Content-Type", "application/json")
            .send(body.as_str())
            .map(|_| ())
            .map_err(|e| e.to_string())
    });
    sent.await.map_err(|e| e.to_string())?
}

/// An agent that gives up on a webhook after 10 s.
pub fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .timeout_global(Some(Duration::from_secs(10)))
        .build()
        .into()
}

/// Delivers for as long as the collector runs: a pass, then another at once if it was full,
/// else after a second.
pub fn run(state: Arc<AppState>) {
    if state.webhooks.is_empty() {
        return;
    }
    tokio::spawn(async move {
        let agent = agent();
        loop {
            let handled = deliver_due(&state.store, &agent, FIRST_WAIT).await;
            if handled < BATCH as usize {
                tokio::time::sleep(Duration::from_secs(1)).await;
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Mutex;

    use axum::routing::post;
    use axum::Router;

    use super::*;
    use crate::store::testing::stores;
    use crate::store::{Insert, Person};

    #[test]
    fn targets_are_http_urls() {
        assert!(parse("https://hooks.example/vox").is_ok());
        assert!(parse("slack:https://hooks.slack.example/T/B/x").is_ok());
        for wrong in ["ftp://x", "slack:", "javascript:alert(1)", "https://a b"] {
            assert!(parse(wrong).is_err(), "{wrong}");
        }
    }

    #[test]
    fn slack_lines_say_what_came_in_and_keep_text_as_text() {
        let feedback = json!({"widget": "feedback", "locale": "de",
            "answers": {"category": "bug", "rating": 2, "message": "<b>Zip</b> & code", "email": "a@b.example"},
            "page": {"url": "https://shop.example/cart"}});
        assert_eq!(
            slack_text(&feedback),
            "Feedback [de] bug, 2/5: &lt;b&gt;Zip&lt;/b&gt; &amp; code (reply to a@b.example) · https://shop.example/cart"
        );
        let score = json!({"widget": "prompt", "locale": "ja",
            "answers": {"kind": "nps", "score": 9, "band": "promoter", "prompt": "nps-after-order", "stage": "score"}});
        assert_eq!(
            slack_text(&score),
            "NPS 9 (promoter) for nps-after-order [ja]"
        );
        let delivery = Delivery {
            submission_id: "s".into(),
            target: "slack:https://hooks.example/x".into(),
            attempts: 0,
            body: score.clone(),
            payload: None,
        };
        let (url, body) = payload(&delivery);
        assert_eq!(url, "https://hooks.example/x");
        assert_eq!(
            serde_json::from_str::<Value>(&body).unwrap()["text"],
            slack_text(&score)
        );
    }

    #[test]
    fn waits_double_then_give_up() {
        let first = Duration::from_secs(10);
        assert_eq!(retry_after(1, first), Retry::After(Duration::from_secs(10)));
        assert_eq!(retry_after(2, first), Retry::After(Duration::from_secs(20)));
        assert_eq!(
            retry_after(9, first),
            Retry::After(Duration::from_secs(2560))
        );
        assert_eq!(retry_after(10, first), Retry::Never);
    }

    /// A receiver that refuses its first `failures` requests with 500, then takes them.
    async fn receiver(failures: usize) -> (String, Arc<Mutex<Vec<String>>>) {
        let got = Arc::new(Mutex::new(Vec::new()));
        let tries = Arc::new(AtomicUsize::new(0));
        let (kept, counted) = (got.clone(), tries.clone());
        let app = Router::new().route(
            "/hook",
            post(move |body: String| async move {
                if counted.fetch_add(1, Ordering::SeqCst) < failures {
                    return axum::http::StatusCode::INTERNAL_SERVER_ERROR;
                }
                kept.lock().unwrap().push(body);
                axum::http::StatusCode::OK
            }),
        );
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        tokio::spawn(async move { axum::serve(listener, app).await });
        (format!("http://127.0.0.1:{port}/hook"), got)
    }

    fn envelope(id: &str) -> Value {
        json!({"id": id, "widget": "feedback", "locale": "en", "created_at": "t",
            "answers": {"category": "bug", "message": "Zip code", "email": "ana@shop.example"},
            "page": {"url": "https://shop.example/cart", "title": "Cart"}})
    }

    /// Each stored submission reaches each webhook once: a refusal is tried again, a
    /// duplicate submission sends nothing, and the Slack one gets a readable line.
    #[tokio::test]
    async fn stored_submissions_reach_each_webhook_once() {
        for store in stores().await {
            let (json_url, json_got) = receiver(1).await;
            let (slack_url, slack_got) = receiver(0).await;
            let hooks = vec![json_url, format!("slack:{slack_url}")];
            let agent = agent();
            assert_eq!(
                store.insert(&envelope("w1"), &hooks).await.unwrap(),
                Insert::Stored
            );
            assert_eq!(
                store.insert(&envelope("w1"), &hooks).await.unwrap(),
                Insert::Duplicate
            );

            assert_eq!(
                deliver_due(&store, &agent, Duration::ZERO).await,
                2,
                "{}",
                store.engine()
            );
            assert_eq!(
                json_got.lock().unwrap().len(),
                0,
                "the first try was refused"
            );
            assert_eq!(
                deliver_due(&store, &agent, Duration::ZERO).await,
                1,
                "only the refused one"
            );
            assert_eq!(
                deliver_due(&store, &agent, Duration::ZERO).await,
                0,
                "nothing left"
            );

            let sent: Value = serde_json::from_str(&json_got.lock().unwrap()[0]).unwrap();
            assert_eq!(sent, envelope("w1"));
            let slack: Value = serde_json::from_str(&slack_got.lock().unwrap()[0]).unwrap();
            assert_eq!(
                slack["text"],
                "Feedback [en] bug: Zip code (reply to ana@shop.example) · https://shop.example/cart"
            );
            assert_eq!(slack_got.lock().unwrap().len(), 1);
        }
    }

    /// A webhook that stays down is tried again later, not at once; erasing the person erases
    /// what was still to be sent.
    #[tokio::test]
    async fn waiting_and_erased_deliveries_are_not_sent() {
        for store in stores().await {
            let (url, got) = receiver(usize::MAX).await;
            let agent = agent();
            store.insert(&envelope("w2"), &[url]).await.unwrap();
            assert_eq!(
                deliver_due(&store, &agent, Duration::from_secs(3600)).await,
                1
            );
            assert_eq!(
                deliver_due(&store, &agent, Duration::ZERO).await,
                0,
                "{}: waits",
                store.engine()
            );

            let (url, _) = receiver(0).await;
            store.insert(&envelope("w3"), &[url]).await.unwrap();
            store
                .erase(&Person::Email("ana@shop.example".into()))
                .await
                .unwrap();
            assert_eq!(
                deliver_due(&store, &agent, Duration::ZERO).await,
                0,
                "{}: erased",
                store.engine()
            );
            assert!(got.lock().unwrap().is_empty());
        }
    }

    /// A reply written on the admin page goes to the reply webhook as its own payload; a second
    /// reply is sent too, with its own text.
    #[tokio::test]
    async fn replies_go_to_the_reply_webhook() {
        for store in stores().await {
            let (url, got) = receiver(0).await;
            let agent = agent();
            store.insert(&envelope("r1"), &[]).await.unwrap();
            for text in ["It is on its way.", "It arrived today."] {
                let payload = json!({ "type": "vox.reply", "reply": text });
                assert!(store
                    .reply("r1", text, Some((&url, &payload)))
                    .await
                    .unwrap());
                assert_eq!(
                    deliver_due(&store, &agent, Duration::ZERO).await,
                    1,
                    "{}",
                    store.engine()
                );
            }
            let sent: Vec<Value> = got
                .lock()
                .unwrap()
                .iter()
                .map(|b| serde_json::from_str(b).unwrap())
                .collect();
            assert_eq!(sent[0]["reply"], "It is on its way.");
            assert_eq!(sent[1]["reply"], "It arrived today.");
            assert!(!store.reply("no-such-id", "x", None).await.unwrap());
        }
    }
}
