//! Fetches a small text file (a locale's `.ftl`).

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The body of a 2xx response, or `None` on any failure (the caller falls back to English).
pub async fn fetch_text(url: &str) -> Option<String> {
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
