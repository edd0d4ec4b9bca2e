//! What every Vox module on a page shares. Each widget is its own wasm module (its own memory
//! and statics), so page-wide facts live on the page instead: one object under a symbol of the
//! global registry (`Symbol.for("vox.page")`), which no site code reads by accident.

use wasm_bindgen::{JsCast, JsValue};

/// The list of problems reported to the site owner, oldest first (`report` adds to it; the
/// debug panel shows it when turned on later).
pub(crate) const REPORTED: &str = "reported";

fn object() -> Option<js_sys::Object> {
    let window = web_sys::window()?;
    let key = js_sys::Symbol::for_("vox.page");
    let found = js_sys::Reflect::get(&window, &key).ok()?;
    if let Some(object) = found.dyn_ref::<js_sys::Object>() {
        return Some(object.clone());
    }
    let fresh = js_sys::Object::new();
    js_sys::Reflect::set(&window, &key, &fresh).ok()?;
    Some(fresh)
}

/// The page-wide value at `key` (`undefined` until set).
pub(crate) fn get(key: &str) -> JsValue {
    object()
        .and_then(|o| js_sys::Reflect::get(&o, &key.into()).ok())
        .unwrap_or(JsValue::UNDEFINED)
}

pub(crate) fn set(key: &str, value: &JsValue) {
    if let Some(o) = object() {
        let _ = js_sys::Reflect::set(&o, &key.into(), value);
    }
}

/// The page-wide list at `key`, made empty on first use.
pub(crate) fn list(key: &str) -> js_sys::Array {
    match get(key).dyn_into::<js_sys::Array>() {
        Ok(list) => list,
        Err(_) => {
            let list = js_sys::Array::new();
            set(key, &list);
            list
        }
    }
}
