//! Fetches a small text file (a locale's `.ftl`), once per page: every widget of the same kind,
//! and every re-render after `Vox.init`, reuses the first successful download.

use std::cell::RefCell;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

thread_local! {
    /// (url, text). A page loads one or two locale files: a list is all it needs, and keeps a
    /// hash-map instantiation out of the wasm.
    static FETCHED: RefCell<Vec<(String, String)>> = const { RefCell::new(Vec::new()) };
    /// (url, a promise of its text or `null`): downloads started before the wasm ran.
    static STARTED: RefCell<Vec<(String, js_sys::Promise)>> = const { RefCell::new(Vec::new()) };
}

/// Hands over a download of `url` that JS started (the loader starts a widget's `.ftl` beside
/// its wasm): the next [`fetch_text_once`] of that URL waits for it instead of fetching again.
/// `started` resolves to the text, or to `null` when the download failed.
pub fn started(url: String, text: js_sys::Promise) {
    let known = FETCHED.with(|f| f.borrow().iter().any(|(u, _)| *u == url));
    STARTED.with(|s| {
        let mut started = s.borrow_mut();
        if !known && !started.iter().any(|(u, _)| *u == url) {
            started.push((url, text));
        }
    });
}

/// The body of a 2xx response, or `None` on any failure (the caller falls back to English).
/// Failures are not cached, so a later mount tries again.
pub async fn fetch_text_once(url: &str) -> Option<String> {
    let cached = FETCHED.with(|f| {
        f.borrow()
            .iter()
            .find(|(u, _)| u == url)
            .map(|(_, t)| t.clone())
    });
    if let Some(text) = cached {
        return Some(text);
    }
    let early = STARTED.with(|s| {
        let mut started = s.borrow_mut();
        let i = started.iter().position(|(u, _)| u == url)?;
        Some(started.swap_remove(i).1)
    });
    let text = match early {
        Some(text) => JsFuture::from(text).await.ok()?.as_string()?,
        None => fetch(url).await?,
    };
    FETCHED.with(|f| f.borrow_mut().push((url.to_string(), text.clone())));
    Some(text)
}

async fn fetch(url: &str) -> Option<String> {
    let window = web_sys::window()?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(url))
        .await
        .ok()?
        .dyn_into()
        .ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}
