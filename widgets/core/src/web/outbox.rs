//! Sends submissions and keeps them until the backend acknowledges them.
//!
//! The queue is re-read from `localStorage` around every change, so tabs of the same shop share
//! one outbox and a reload resumes where the last page stopped. Only one timer is armed at a
//! time, for the earliest retry. On `online` everything is retried at once; on `pagehide`
//! whatever is still waiting goes out by `navigator.sendBeacon` (without custom headers, which
//! beacons cannot carry; the id in the body keeps it idempotent). The outbox only holds what the
//! visitor chose to send, so it is strictly necessary storage, not tracking.

use std::cell::{Cell, RefCell};

use gloo_events::EventListener;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{Blob, BlobPropertyBag, Headers, RequestInit, Response};

use super::storage::{self, Area};
use super::{events, page, report};
use crate::config::{Credentials, Format, Method};
use crate::delivery::{Pending, Queue, Settled, Target};
use crate::json::{self, Json};
use crate::submission::{form_encode, Envelope};

/// The `localStorage` key; the loader checks it to flush a queue left by an earlier page.
pub const STORAGE_KEY: &str = "vox.outbox";

thread_local! {
    /// Ids being posted right now (a handful at most, so a list).
    static IN_FLIGHT: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
    static TIMER: Cell<Option<gloo_timers::callback::Timeout>> = const { Cell::new(None) };
    static LISTENING: Cell<bool> = const { Cell::new(false) };
}

/// Logged on the first failed `fetch` of a page (not per retry): a bare network error is what a
/// missing CORS answer looks like, and the site owner's first integration problem.
pub const CORS_HINT: &str = "Vox: could not reach the endpoint; it may be missing CORS headers \
    (see \"Receiving submissions\" in the Vox README)";

/// What the visitor is told after pressing send.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Delivery {
    /// The backend acknowledged it.
    Sent,
    /// Saved; it will be sent when the network allows.
    Queued,
    /// The backend refused it (a 4xx); retrying cannot help.
    Refused(u16),
}

/// Queues the envelope and tries to send it right away.
pub async fn send(envelope: &Envelope, target: Target) -> Delivery {
    listen();
    let pending = Pending {
        id: envelope.id.clone(),
        body: envelope.to_json().to_string(),
        target,
        attempts: 0,
        due_at: page::now_ms(),
    };
    if let Some(dropped) = update(|q| q.push(pending.clone())) {
        report(
            &dropped.id,
            0,
            "outbox full: oldest unsent submission dropped",
        );
    }
    let settled = attempt(pending).await;
    arm_timer();
    match settled {
        Settled::Delivered | Settled::Unknown => Delivery::Sent,
        Settled::Retrying(_) => Delivery::Queued,
        Settled::Refused(status) => Delivery::Refused(status),
    }
}

/// Retries whatever is due, e.g. a queue left by an earlier page. Safe to call any time.
pub fn flush() {
    listen();
    spawn_local(async {
        let due = read().due(page::now_ms());
        for pending in due {
            if !IN_FLIGHT.with(|f| f.borrow().contains(&pending.id)) {
                attempt(pending).await;
            }
        }
        arm_timer();
    });
}

async fn attempt(pending: Pending) -> Settled {
    IN_FLIGHT.with(|f| f.borrow_mut().push(pending.id.clone()));
    let status = post(&pending).await;
    IN_FLIGHT.with(|f| f.borrow_mut().retain(|id| *id != pending.id));
    let settled = update(|q| q.settle(&pending.id, status, page::now_ms(), page::random()));
    if let Settled::Refused(code) = settled {
        report(&pending.id, code, "the endpoint refused the submission");
    }
    settled
}

/// One HTTP try; `None` when no response arrived (offline, DNS, CORS).
async fn post(pending: &Pending) -> Option<u16> {
    let target = &pending.target;
    let (body, content_type) = encode(pending);
    let headers = Headers::new().ok()?;
    headers.set("Content-Type", content_type).ok()?;
    headers.set("Idempotency-Key", &pending.id).ok()?;
    for (name, value) in &target.headers {
        headers.set(name, value).ok()?;
    }
    let init = RequestInit::new();
    init.set_method(target.method.as_str());
    init.set_headers(&headers);
    init.set_body(&JsValue::from_str(&body));
    init.set_credentials(credentials(target.credentials));
    // Lets the request finish if the visitor leaves the page; browsers cap keepalive at 64 KiB.
    // (`keepalive` is not in web-sys' stable API, so it is set as a plain property.)
    let _ = js_sys::Reflect::set(
        &init,
        &"keepalive".into(),
        &JsValue::from_bool(body.len() < 60_000),
    );
    let promise = web_sys::window()?.fetch_with_str_and_init(&target.endpoint, &init);
    let Ok(response) = JsFuture::from(promise).await else {
        // fetch rejects with a TypeError that does not say why: offline, DNS, or CORS.
        report::warn_once(CORS_HINT);
        return None;
    };
    Some(response.dyn_into::<Response>().ok()?.status())
}

fn encode(pending: &Pending) -> (String, &'static str) {
    match pending.target.format {
        Format::Json => (pending.body.clone(), "application/json"),
        Format::Form => {
            let value = json::parse(&pending.body).unwrap_or_default();
            (form_encode(&value), "application/x-www-form-urlencoded")
        }
    }
}

fn credentials(c: Credentials) -> web_sys::RequestCredentials {
    match c {
        Credentials::Omit => web_sys::RequestCredentials::Omit,
        Credentials::SameOrigin => web_sys::RequestCredentials::SameOrigin,
        Credentials::Include => web_sys::RequestCredentials::Include,
    }
}

/// Last chance on page exit: beacons for what is neither sent nor in flight.
fn beacon_all() {
    let Some(window) = web_sys::window() else {
        return;
    };
    for pending in read().items() {
        let target = &pending.target;
        let in_flight = IN_FLIGHT.with(|f| f.borrow().contains(&pending.id));
        if in_flight || target.method != Method::Post || !target.headers.is_empty() {
            continue;
        }
        let (body, content_type) = encode(pending);
        // A JSON content type would need a CORS preflight, which beacons cannot do: JSON goes as
        // text/plain, which the reference collector (and most frameworks' raw-body readers) accept.
        let content_type = if content_type == "application/json" {
            "text/plain;charset=UTF-8"
        } else {
            content_type
        };
        let options = BlobPropertyBag::new();
        options.set_type(content_type);
        let parts = js_sys::Array::of1(&JsValue::from_str(&body));
        if let Ok(blob) = Blob::new_with_str_sequence_and_options(&parts, &options) {
            let _ = window
                .navigator()
                .send_beacon_with_opt_blob(&target.endpoint, Some(&blob));
        }
    }
}

fn read() -> Queue {
    Queue::from_json(storage::get(Area::Local, STORAGE_KEY).as_deref())
}

/// Read-modify-write of the stored queue.
fn update<T>(change: impl FnOnce(&mut Queue) -> T) -> T {
    let mut queue = read();
    let result = change(&mut queue);
    if queue.is_empty() {
        storage::remove(Area::Local, STORAGE_KEY);
    } else {
        storage::set(Area::Local, STORAGE_KEY, &queue.to_json());
    }
    result
}

fn report(id: &str, status: u16, reason: &str) {
    let detail = Json::object([
        ("id", id.into()),
        ("status", u32::from(status).into()),
        ("reason", reason.into()),
    ]);
    events::emit_on_document("error", &events::to_js(&detail));
}

/// Arms one timer for the earliest retry.
fn arm_timer() {
    // Replacing the old timer drops it, which cancels it.
    TIMER.with(|t| t.set(None));
    let Some(due) = read().next_due() else { return };
    let delay = (due - page::now_ms()).clamp(0.0, i32::MAX as f64) as u32;
    let timer = page::after(delay, || {
        // Its own slot, emptied without dropping it: a closure must not be freed while it runs.
        TIMER
            .with(|t| t.take())
            .map(gloo_timers::callback::Timeout::forget);
        flush();
    });
    TIMER.with(|t| t.set(Some(timer)));
}

/// Installs the `online` and `pagehide` listeners once per page.
fn listen() {
    if LISTENING.with(|l| l.replace(true)) {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    let online = EventListener::new(&window, "online", |_| {
        update(|q| q.expedite(page::now_ms()));
        flush();
    });
    let pagehide = EventListener::new(&window, "pagehide", |_| beacon_all());
    // Page-lifetime listeners.
    online.forget();
    pagehide.forget();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cors_hint_points_to_the_readme() {
        assert!(CORS_HINT.contains("CORS") && CORS_HINT.contains("Receiving submissions"));
    }
}
