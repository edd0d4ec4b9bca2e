//! The consent gate, read from the loader (`window.Vox.consent`), which set it up before any
//! wasm ran: one source of truth for the page's scripts, every widget and the banner.
//!
//! Without the loader (a widget mounted by a developer's own Leptos app), nothing is granted
//! but `necessary`, and decisions have nowhere to go: the safe reading of "no consent yet".

use wasm_bindgen::prelude::*;

use crate::json::{Json, Map};

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

/// What the visitor has decided so far (or the mode's defaults when they have not).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct State {
    pub decided: bool,
    /// `opt-in`, `opt-out` or `notice`, for the visitor's region.
    pub mode: String,
    /// Whether the browser sends Global Privacy Control.
    pub gpc: bool,
    /// Category id → granted, `necessary` included.
    pub categories: Map,
}

impl State {
    fn from_json(v: &Json) -> State {
        State {
            decided: *v.get("decided") == Json::Bool(true),
            mode: v.get("mode").as_str().unwrap_or("opt-in").into(),
            gpc: *v.get("gpc") == Json::Bool(true),
            categories: v.get("categories").as_object().cloned().unwrap_or_default(),
        }
    }

    pub fn granted(&self, category: &str) -> bool {
        category == "necessary" || self.categories.get(category) == Some(&Json::Bool(true))
    }
}

pub fn state() -> State {
    js_get()
        .ok()
        .map(|v| State::from_json(&super::events::from_js(&v)))
        .unwrap_or_default()
}

/// Whether `category` is granted. Ask right before storing or sending anything non-essential.
pub fn allows(category: &str) -> bool {
    category == "necessary" || js_allows(category).unwrap_or(false)
}

/// How a decision was made, for the consent record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    AcceptAll,
    RejectAll,
    Custom,
    /// The notice-only banner's "OK".
    Acknowledge,
}

impl Action {
    pub fn as_str(self) -> &'static str {
        match self {
            Action::AcceptAll => "accept_all",
            Action::RejectAll => "reject_all",
            Action::Custom => "custom",
            Action::Acknowledge => "acknowledge",
        }
    }
}

/// Records the visitor's decision: the loader stores it, updates Consent Mode, runs what is
/// now allowed, fires `vox:consent`, and posts the record with a SHA-256 of `texts` (what the
/// visitor was shown; hashed by the browser, so no hashing code ships in the wasm).
pub fn decide(choices: &Map, action: Action, texts: Option<&str>) {
    let meta = Json::object([("action", action.as_str().into()), ("texts", texts.into())]);
    let to_js = super::events::to_js;
    let _ = js_set(&to_js(&Json::Obj(choices.clone())), &to_js(&meta));
}

/// Allows one service whatever its category says (a blocked embed's "load this content"); the
/// loader records it like a decision, with `texts` (what the visitor was shown) hashed.
pub fn allow_service(id: &str, texts: &str) {
    let meta = Json::object([("texts", texts.into())]);
    let _ = js_allow_service(id, &super::events::to_js(&meta));
}

/// Whether `category` is granted, as a signal that follows every decision (`vox:consent`), so
/// a widget can show a field the moment the visitor allows it, and hide it when they withdraw.
pub fn watch(category: &'static str) -> leptos::prelude::ReadSignal<bool> {
    use leptos::prelude::*;
    let (granted, set) = signal(allows(category));
    let listener = window_event_listener_untyped("vox:consent", move |_| set.set(allows(category)));
    on_cleanup(move || listener.remove());
    granted
}
