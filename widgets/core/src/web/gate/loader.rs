//! `window.Vox.consent`, the loader's gate. Every call answers `None` (or `false`) when the page
//! has no loader, so the caller can fall back.

use wasm_bindgen::prelude::*;

use super::Decision;
use crate::json::{Json, Map};
use crate::web::events::{from_js, to_js};

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(catch, js_namespace = ["Vox", "consent"], js_name = get)]
    fn js_get() -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_namespace = ["Vox", "consent"], js_name = allows)]
    fn js_allows(category: &str) -> Result<bool, JsValue>;
    #[wasm_bindgen(catch, js_namespace = ["Vox", "consent"], js_name = set)]
    fn js_set(categories: &JsValue, meta: &JsValue) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_namespace = ["Vox", "consent"], js_name = allowService)]
    fn js_allow_service(id: &str, meta: &JsValue) -> Result<JsValue, JsValue>;
}

/// The loader's state (`{ decided, mode, gpc, categories, … }`).
pub fn get() -> Option<Json> {
    js_get().ok().map(|v| from_js(&v))
}

pub fn allows(category: &str) -> Option<bool> {
    js_allows(category).ok()
}

/// Hands the decision to the loader, which stores it, updates Consent Mode, runs what is now
/// allowed, fires `vox:consent` and has the record posted. `false`: there is no loader.
pub fn decide(choices: &Map, action: Decision, texts: Option<&str>) -> bool {
    let meta = Json::object([("action", action.as_str().into()), ("texts", texts.into())]);
    js_set(&to_js(&Json::Obj(choices.clone())), &to_js(&meta)).is_ok()
}

pub fn allow_service(id: &str, texts: &str) -> bool {
    js_allow_service(id, &to_js(&Json::object([("texts", texts.into())]))).is_ok()
}
