//! The closed loop: someone at the shop answers a feedback item that left an email, or marks
//! it handled. A reply is stored with the item (which it marks handled) and, with
//! `--reply-webhook URL`, sent there for the shop's mail system to deliver, through the same
//! retried deliveries as the webhooks. The admin page's forms post here (admin token cookie).

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::{json, Value};

use crate::collector::unavailable;
use crate::AppState;

/// A reply's longest text, as the feedback form's own limit.
const LONGEST: usize = 5000;

/// The form's fields, by name.
fn field(body: &[u8], name: &str) -> String {
    form_urlencoded::parse(body)
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.trim().to_string())
        .unwrap_or_default()
}

/// Back to the admin page, at the item.
fn back(id: &str) -> Response {
    let to = format!(
        "/admin#item-{}",
        form_urlencoded::byte_serialize(id.as_bytes()).collect::<String>()
    );
    (StatusCode::SEE_OTHER, [(header::LOCATION, to)]).into_response()
}

fn refuse(reason: &str) -> Response {
    (StatusCode::BAD_REQUEST, format!("{reason}\n")).into_response()
}

/// What the reply webhook receives: enough for a mail system to answer in the visitor's
/// language, quoting what they wrote.
fn reply_payload(id: &str, item: &Value, reply: &str) -> Value {
    json!({
        "type": "vox.reply",
        "submission_id": id,
        "to": item["answers"]["email"],
        "locale": item["locale"],
        "reply": reply,
        "in_reply_to": item["answers"]["message"],
    })
}

/// `POST /admin/items/reply` (`id`, `reply`).
pub async fn reply(State(state): State<Arc<AppState>>, body: Bytes) -> Response {
    let (id, text) = (field(&body, "id"), field(&body, "reply"));
    if text.is_empty() || text.chars().count() > LONGEST {
        return refuse(&format!("a reply of 1 to {LONGEST} characters"));
    }
    let item = match state.store.get(&id).await {
        Ok(Some(item)) => item,
        Ok(None) => return refuse("no such item"),
        Err(e) => return unavailable(e),
    };
    if item["widget"] != "feedback" || !item["answers"]["email"].is_string() {
        return refuse("only a feedback item that left an email can be answered");
    }
    let payload = reply_payload(&id, &item, &text);
    let hook = state.reply_webhook.as_deref().map(|url| (url, &payload));
    match state.store.reply(&id, &text, hook).await {
        Ok(true) => back(&id),
        Ok(false) => refuse("no such item"),
        Err(e) => unavailable(e),
    }
}

/// `POST /admin/items/handled` (`id`, `handled`: `1` or `0`).
pub async fn handled(State(state): State<Arc<AppState>>, body: Bytes) -> Response {
    let id = field(&body, "id");
    match state
        .store
        .set_handled(&id, field(&body, "handled") == "1")
        .await
    {
        Ok(()) => back(&id),
        Err(e) => unavailable(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reply_carries_what_a_mail_system_needs() {
        let item = json!({"locale": "de", "answers": {"email": "ana@shop.example", "message": "Wo ist mein Paket?"}});
        assert_eq!(
            reply_payload("id-1", &item, "Es ist unterwegs."),
            json!({"type": "vox.reply", "submission_id": "id-1", "to": "ana@shop.example",
                "locale": "de", "reply": "Es ist unterwegs.", "in_reply_to": "Wo ist mein Paket?"})
        );
    }
}
