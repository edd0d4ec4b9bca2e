//! The reference collector: what a backend for Vox needs to do, in one page of code.
//! Validate the envelope against the published schema, store it idempotently by id, answer
//! CORS for any origin on the submit route (widgets post from shops' own domains), and on that
//! route only: the reads are for the operator (see `auth`).

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::{json, Value};

use crate::store::{Insert, Unavailable};
use crate::AppState;

/// The published schema, compiled once at start-up.
pub fn validator() -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(include_str!("../../schema/submission.schema.json"))
        .expect("schema/submission.schema.json is valid JSON");
    jsonschema::validator_for(&schema)
        .expect("schema/submission.schema.json is a valid JSON Schema")
}

/// `POST /api/vox`. Accepts `application/json`, and `text/plain` for `sendBeacon` bodies.
pub async fn receive(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    if !(content_type.is_empty()
        || content_type.starts_with("application/json")
        || content_type.starts_with("text/plain"))
    {
        return reply(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            json!({"error": format!("expected a JSON body, got {content_type}")}),
        );
    }
    let envelope: Value = match serde_json::from_slice(&body) {
        Ok(v) => v,
        Err(e) => {
            return reply(
                StatusCode::BAD_REQUEST,
                json!({"error": format!("body is not JSON: {e}")}),
            )
        }
    };
    if let Some(error) = state.validator.iter_errors(&envelope).next() {
        let at = error.instance_path.to_string();
        let reason = format!("{} at {}", error, if at.is_empty() { "/" } else { &at });
        return reply(StatusCode::BAD_REQUEST, json!({"error": reason}));
    }
    if let Some(key) = headers.get("idempotency-key").and_then(|v| v.to_str().ok()) {
        if Some(key) != envelope["id"].as_str() {
            return reply(
                StatusCode::BAD_REQUEST,
                json!({"error": "Idempotency-Key header differs from the body's id"}),
            );
        }
    }
    match state.store.insert(&envelope, &state.webhooks).await {
        Ok(Insert::Stored) => reply(
            StatusCode::CREATED,
            json!({"status": "stored", "id": envelope["id"]}),
        ),
        Ok(Insert::Duplicate) => reply(
            StatusCode::OK,
            json!({"status": "duplicate", "id": envelope["id"]}),
        ),
        Err(e) => unavailable(e),
    }
}

/// Seconds a client should wait before sending again while the database is unavailable.
const RETRY_AFTER: &str = "5";

/// 503 with `Retry-After`: nothing was stored, so the widgets' outbox keeps the submission and
/// sends it again; never a 2xx for a submission that is not stored.
pub fn unavailable(error: Unavailable) -> Response {
    let mut response = reply(
        StatusCode::SERVICE_UNAVAILABLE,
        json!({"error": format!("storage: {error}")}),
    );
    response
        .headers_mut()
        .insert(header::RETRY_AFTER, HeaderValue::from_static(RETRY_AFTER));
    response
}

/// `GET /healthz`: the process is up and serving (whatever the database does).
pub async fn healthz() -> &'static str {
    "ok\n"
}

/// `GET /readyz`: the database answers, so this instance can take submissions; a load
/// balancer sends traffic elsewhere while it says 503.
pub async fn readyz(State(state): State<Arc<AppState>>) -> Response {
    match state.store.ready().await {
        Ok(()) => (StatusCode::OK, "ready\n").into_response(),
        Err(e) => unavailable(e),
    }
}

/// `OPTIONS /api/vox`: the CORS preflight a JSON POST from another origin triggers.
pub async fn preflight() -> Response {
    reply(StatusCode::NO_CONTENT, Value::Null)
}

/// `GET /api/submissions`, and `/admin/submissions.json` for the admin page's link (its cookie
/// is only sent under `/admin`): everything stored, newest first.
pub async fn list(State(state): State<Arc<AppState>>) -> Response {
    match state.store.list().await {
        Ok(rows) => {
            let items: Vec<Value> = rows
                .into_iter()
                .map(|(received_at, body)| json!({"received_at": received_at, "submission": body}))
                .collect();
            reply(StatusCode::OK, Value::Array(items))
        }
        Err(e) => unavailable(e),
    }
}

/// CORS for `/api/vox`: any origin may send (the beacon's `text/plain` needs no preflight;
/// JSON and `Idempotency-Key` do). Never on a read: `*` there lets any site read every stored
/// email through the operator's browser.
pub async fn cors(mut response: Response) -> Response {
    for (name, value) in [
        (header::ACCESS_CONTROL_ALLOW_ORIGIN, "*"),
        (header::ACCESS_CONTROL_ALLOW_METHODS, "POST, PUT, OPTIONS"),
        (
            header::ACCESS_CONTROL_ALLOW_HEADERS,
            "Content-Type, Idempotency-Key",
        ),
        (header::ACCESS_CONTROL_MAX_AGE, "86400"),
    ] {
        response
            .headers_mut()
            .insert(name, HeaderValue::from_static(value));
    }
    response
}

fn reply(status: StatusCode, body: Value) -> Response {
    if body.is_null() {
        status.into_response()
    } else {
        (status, Json(body)).into_response()
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    fn envelope() -> serde_json::Value {
        json!({
            "schema_version": 1,
            "id": "7c0e5f0a-2b9d-4d83-9a51-0f3f1e7a2c44",
            "widget": "feedback",
            "answers": {"category": "bug", "rating": 4, "message": "Zip code rejected"},
            "created_at": "2026-11-22T10:00:00.000Z",
            "locale": "de",
            "page": {"url": "https://shop.example/cart", "title": "Cart"},
            "meta": {"vox_version": "0.1.0"}
        })
    }

    #[test]
    fn the_published_schema_accepts_a_real_envelope() {
        assert!(super::validator().is_valid(&envelope()));
    }

    #[test]
    fn the_published_schema_rejects_broken_ones() {
        let validator = super::validator();
        let broken = [
            ("/answers/rating", json!(9)),
            ("/answers/message", json!("")),
            ("/id", json!("not-a-uuid")),
            ("/widget", json!("survey")),
            ("/extra", json!(1)),
            ("/answers/extra", json!(1)),
        ];
        for (pointer, value) in broken {
            let mut e = envelope();
            let (parent, key) = pointer.rsplit_once('/').unwrap();
            e.pointer_mut(if parent.is_empty() { "" } else { parent })
                .unwrap()[key] = value;
            assert!(!validator.is_valid(&e), "{pointer} should be rejected");
        }
        let mut missing = envelope();
        missing.as_object_mut().unwrap().remove("page");
        assert!(!validator.is_valid(&missing));
    }

    #[test]
    fn the_published_schema_takes_both_messages_of_a_prompt_response() {
        let validator = super::validator();
        let mut e = envelope();
        e["widget"] = json!("prompt");
        e["answers"] = json!({"prompt": "nps-order", "kind": "nps", "response_id": "r-1",
            "stage": "score", "score": 9, "band": "promoter"});
        assert!(validator.is_valid(&e));
        e["answers"]["stage"] = json!("follow_up");
        e["answers"]["text"] = json!("Fast delivery");
        assert!(validator.is_valid(&e));
        e["answers"]["stage"] = json!("later");
        assert!(!validator.is_valid(&e));
    }
}
