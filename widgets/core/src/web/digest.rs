//! SHA-256 by the browser (`crypto.subtle`), so no hashing code ships in the wasm: the consent
//! record proves which banner texts the visitor saw by their hash.

use wasm_bindgen_futures::JsFuture;

/// The SHA-256 of `text` as lowercase hex; `None` where the browser has no `crypto.subtle`
/// (pages served over plain http).
pub async fn sha256_hex(text: &str) -> Option<String> {
    let subtle = web_sys::window()?.crypto().ok()?.subtle();
    let promise = subtle
        .digest_with_str_and_u8_array("SHA-256", text.as_bytes())
        .ok()?;
    let digest = js_sys::Uint8Array::new(&JsFuture::from(promise).await.ok()?).to_vec();
    Some(digest.iter().map(|b| format!("{b:02x}")).collect())
}
