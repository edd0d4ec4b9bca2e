//! Fetches a small text file (a locale's `.ftl`), once per page: every widget of the same kind,
//! and every re-render after `Vox.init`, reuses the first successful download.

use std::cell::RefCell;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

thread_local! {
    /// (url, text). A page loads one or two locale files: a list is all it needs, and keeps a
    /// hash-map instantiation out of the wasm.
    static FETCHED: RefCell<Vec<(String, String)>> = const { RefCell::new(Vec::new()) };
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
    let text = fetch(url).await?;
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
