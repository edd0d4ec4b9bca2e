//! Data rights: export one person's submissions (GDPR Art. 15 and 20) and erase them
//! (Art. 17), found by the email they gave or by their consent id. Erasure keeps their consent
//! records, the site's proof of consent (Art. 7(1)), with only their free text blanked (see
//! `store::Person` and `store::Erased`). Both need the admin token: as an API
//! (`Authorization: Bearer`) and as the admin page's forms (its cookie).

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{RawQuery, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use axum::Json;
use serde_json::{json, Value};

use crate::collector::unavailable;
use crate::site::escape;
use crate::store::Person;
use crate::AppState;

/// Longest email or consent id taken (an email is at most 254 characters).
const LONGEST: usize = 320;

/// The person named by `email=` or `consent_id=` (exactly one) in a query or form body.
fn person(pairs: &[u8]) -> Result<Person, String> {
    let mut found = None;
    for (key, value) in form_urlencoded::parse(pairs) {
        let value = value.trim().to_string();
        if value.is_empty() {
            continue;
        }
        let named = match key.as_ref() {
            "email" => Person::Email(value),
            "consent_id" => Person::ConsentId(value),
            _ => continue,
        };
        if found.replace(named).is_some() {
            return Err("name one person: `email` or `consent_id`, not both".into());
        }
    }
    match found {
        Some(Person::Email(v) | Person::ConsentId(v)) if v.chars().count() > LONGEST => {
            Err(format!("at most {LONGEST} characters"))
        }
        Some(person) => Ok(person),
        None => Err("`email` or `consent_id` is required".into()),
    }
}

/// The same from a JSON body: `{"email": "…"}` or `{"consent_id": "…"}`.
fn person_from_json(body: &[u8]) -> Result<Person, String> {
    let value: Value =
        serde_json::from_slice(body).map_err(|e| format!("body is not JSON: {e}"))?;
    let text = |k: &str| value[k].as_str().unwrap_or_default().to_string();
    let pairs: String = form_urlencoded::Serializer::new(String::new())
        .append_pair("email", &text("email"))
        .append_pair("consent_id", &text("consent_id"))
        .finish();
    person(pairs.as_bytes())
}

fn bad_request(reason: String) -> Response {
    (StatusCode::BAD_REQUEST, Json(json!({ "error": reason }))).into_response()
}

/// `GET /api/people/export?email=…` (or `consent_id=`), and the admin page's export form at
/// `/admin/people/export`: the person's submissions as a JSON file.
pub async fn export(State(state): State<Arc<AppState>>, RawQuery(query): RawQuery) -> Response {
    let person = match person(query.unwrap_or_default().as_bytes()) {
        Ok(person) => person,
        Err(reason) => return bad_request(reason),
    };
    match state.store.export(&person).await {
        Ok(rows) => {
            let submissions: Vec<Value> = rows
                .into_iter()
                .map(|(received_at, body)| json!({"received_at": received_at, "submission": body}))
                .collect();
            let mut response = Json(json!({
                "person": person_json(&person),
                "submissions": submissions,
            }))
            .into_response();
            response.headers_mut().insert(
                header::CONTENT_DISPOSITION,
                HeaderValue::from_static("attachment; filename=\"vox-export.json\""),
            );
            response
        }
        Err(e) => unavailable(e),
    }
}

/// `POST /api/people/erase` with `{"email": "…"}` or `{"consent_id": "…"}`: answers
/// `{"deleted": n, "blanked": m}`.
pub async fn erase(State(state): State<Arc<AppState>>, body: Bytes) -> Response {
    let person = match person_from_json(&body) {
        Ok(person) => person,
        Err(reason) => return bad_request(reason),
    };
    match state.store.erase(&person).await {
        Ok(erased) => Json(erased).into_response(),
        Err(e) => unavailable(e),
    }
}

/// `POST /admin/people/erase`, the admin page's form: the same, answered as a page.
pub async fn erase_form(State(state): State<Arc<AppState>>, body: Bytes) -> Response {
    let person = match person(&body) {
        Ok(person) => person,
        Err(reason) => return page(StatusCode::BAD_REQUEST, &reason),
    };
    match state.store.erase(&person).await {
        Ok(erased) => page(
            StatusCode::OK,
            &format!(
                "Erased {}: {} submissions deleted, {} consent records kept with their free text blanked.",
                describe(&person),
                erased.deleted,
                erased.blanked
            ),
        ),
        Err(e) => unavailable(e),
    }
}

fn person_json(person: &Person) -> Value {
    match person {
        Person::Email(email) => json!({ "email": email }),
        Person::ConsentId(id) => json!({ "consent_id": id }),
    }
}

fn describe(person: &Person) -> String {
    match person {
        Person::Email(email) => format!("the person with the email {email}"),
        Person::ConsentId(id) => format!("the person with the consent id {id}"),
    }
}

/// A one-message admin page (under the admin CSP: its stylesheet, nothing inline).
fn page(status: StatusCode, message: &str) -> Response {
    let html = format!(
        r#"<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Vox collector · data rights</title><link rel="stylesheet" href="/site/admin.css"></head><body>
<main><h1>Data rights</h1><p role="status">{}</p><p><a href="/admin">← back to the admin page</a></p></main></body></html>"#,
        escape(message)
    );
    (status, Html(html)).into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_person_is_named() {
        assert_eq!(
            person(b"email=Ana%40shop.example"),
            Ok(Person::Email("Ana@shop.example".into()))
        );
        assert_eq!(
            person(b"consent_id=cid-1&email="),
            Ok(Person::ConsentId("cid-1".into()))
        );
        assert!(person(b"email=a%40b&consent_id=c").is_err());
        assert!(person(b"").is_err());
        assert!(person(b"email=+++").is_err());
        assert!(person(format!("email={}", "a".repeat(321)).as_bytes()).is_err());
        assert_eq!(
            person_from_json(br#"{"consent_id": "cid-2"}"#),
            Ok(Person::ConsentId("cid-2".into()))
        );
        assert!(person_from_json(b"[1]").is_err());
    }
}
