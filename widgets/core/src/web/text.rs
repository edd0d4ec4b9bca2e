//! Fetches a small text file (a locale's `.ftl`), once per page: every widget of the same kind,
//! and every re-render after `Vox.init`, reuses the first successful download.

use std::cell::RefCell;
use std::collections::HashMap;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

thread_local! {
    static FETCHED: RefCell<HashMap<String, String>> = RefCell::new(HashMap::new());
}

/// The body of a 2xx response, or `None` on any failure (the caller falls back to English).
/// Failures are not cached, so a later mount tries again.
pub async fn fetch_text_once(url: &str) -> Option<String> {
    if let Some(text) = FETCHED.with(|f| f.borrow().get(url).cloned()) {
        return Some(text);
    }
    let text = fetch(url).await?;
    FETCHED.with(|f| f.borrow_mut().insert(url.to_string(), text.clone()));
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
