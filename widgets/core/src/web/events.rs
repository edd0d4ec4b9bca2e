//! `vox:*` DOM events. They bubble and are composed, so they leave the shadow root and reach
//! `document`, where the loader's `Vox.on()` listens.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CustomEvent, CustomEventInit, EventTarget};

use crate::json::Json;

/// Dispatches `vox:{name}` with `detail` on `target`.
pub fn emit(target: &EventTarget, name: &str, detail: &JsValue) {
    emit_with(target, name, detail, false);
}

/// [`emit`], `cancelable` for events a site may take over (`vox:contact`, routed to its own
/// contact page); true unless a listener called `preventDefault()`.
pub fn emit_with(target: &EventTarget, name: &str, detail: &JsValue, cancelable: bool) -> bool {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_cancelable(cancelable);
    init.set_detail(detail);
    match CustomEvent::new_with_event_init_dict(&format!("vox:{name}"), &init) {
        Ok(event) => target.dispatch_event(&event).unwrap_or(true),
        Err(_) => true,
    }
}

/// Dispatches on `document`, for events with no widget element (a retry after a reload).
pub fn emit_on_document(name: &str, detail: &JsValue) {
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        emit(doc.unchecked_ref(), name, detail);
    }
}

/// Turns a JSON value into a plain JS object for `event.detail`.
pub fn to_js(value: &Json) -> JsValue {
    js_sys::JSON::parse(&value.to_string()).unwrap_or(JsValue::NULL)
}

/// Reads a plain JS value (an object from the loader) through `JSON.stringify`: the values are
/// small, and this keeps `serde-wasm-bindgen` out of the module.
pub fn from_js(value: &JsValue) -> Json {
    let text = js_sys::JSON::stringify(value)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_default();
    crate::json::parse(&text).unwrap_or_default()
}
