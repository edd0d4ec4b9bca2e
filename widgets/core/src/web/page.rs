//! Facts about the page and the clock, read from the browser.

use wasm_bindgen::JsCast;

use crate::submission::{uuid_v4, Page};

/// Epoch milliseconds.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Now as RFC 3339 UTC with milliseconds.
pub fn now_iso() -> String {
    js_sys::Date::new_0().to_iso_string().into()
}

/// Uniform in [0, 1), for jitter.
pub fn random() -> f64 {
    js_sys::Math::random()
}

/// A fresh UUID v4 from `crypto.getRandomValues` (Math.random only if crypto is missing).
pub fn new_id() -> String {
    let mut bytes = [0u8; 16];
    let filled = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .is_some_and(|c| c.get_random_values_with_u8_array(&mut bytes).is_ok());
    if !filled {
        bytes.iter_mut().for_each(|b| *b = (random() * 256.0) as u8);
    }
    uuid_v4(bytes)
}

/// The page URL without its fragment (fragments often hold client state or tokens) and title.
pub fn current() -> Page {
    let window = web_sys::window();
    let url = window
        .as_ref()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    let url = url.split('#').next().unwrap_or_default().to_string();
    let title = window
        .and_then(|w| w.document())
        .map(|d| d.title())
        .unwrap_or_default();
    Page { url, title }
}

/// What the page asks for, in order: `<html lang>`, then the browser's languages.
pub fn requested_locales() -> Vec<String> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    let html_lang = window
        .document()
        .and_then(|d| d.document_element())
        .and_then(|e| e.get_attribute("lang"));
    let browser = window.navigator().languages();
    html_lang
        .into_iter()
        .chain(browser.iter().filter_map(|v| v.as_string()))
        .collect()
}

/// Runs `f` once after `delay_ms`. Dropping the handle cancels it; `.forget()` lets it run.
#[must_use = "dropping the timer cancels it; call .forget() to let it run"]
pub fn after(delay_ms: u32, f: impl FnOnce() + 'static) -> gloo_timers::callback::Timeout {
    gloo_timers::callback::Timeout::new(delay_ms, f)
}

/// Whether a CSS media query holds, e.g. `(pointer: fine)` for a mouse or trackpad.
pub fn matches_media(query: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.match_media(query).ok().flatten())
        .is_some_and(|m| m.matches())
}

/// The page's document, if there is one (there is not in a worker).
pub fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// The URL's path, which page rules match against.
pub fn path() -> String {
    web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default()
}

/// Milliseconds since the page started loading.
pub fn since_load_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// The element that has focus, looking inside shadow roots: `document.activeElement` alone
/// would name the host of a widget (our launcher's `<vox-feedback>`), not the button in it.
pub fn active_element() -> Option<web_sys::HtmlElement> {
    let mut element = web_sys::window()?.document()?.active_element()?;
    while let Some(inner) = element.shadow_root().and_then(|root| root.active_element()) {
        element = inner;
    }
    element.dyn_into().ok()
}
