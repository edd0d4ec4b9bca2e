//! Telling the site owner about a problem once per page, whichever of the page's Vox modules
//! finds it: on the console, and in the debug panel when it is on.

use wasm_bindgen::JsValue;

/// Logs `text` as a console error the first time it is reported on this page: a bad config is
/// read by every widget on the page, and the site owner needs to read its problem once.
pub fn error_once(text: &str) {
    if first_time(text) {
        web_sys::console::error_1(&text.into());
        super::debug::show(text);
    }
}

/// [`error_once`] for a problem the page survives as it is (a message shown in English).
pub fn warn_once(text: &str) {
    if first_time(text) {
        web_sys::console::warn_1(&text.into());
        super::debug::show(text);
    }
}

/// Whether `text` is reported for the first time on this page, by any of its Vox modules; it
/// is kept if so.
fn first_time(text: &str) -> bool {
    let seen = super::shared::list(super::shared::REPORTED);
    let text = JsValue::from_str(text);
    let first = !seen.includes(&text, 0);
    if first {
        seen.push(&text);
    }
    first
}
