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
pub enum Decision {
    AcceptAll,
    RejectAll,
    Custom,
    /// The notice-only banner's "OK".
    Acknowledge,
}

impl Decision {
    pub fn as_str(self) -> &'static str {
        match self {
            Decision::AcceptAll => "accept_all",
            Decision::RejectAll => "reject_all",
            Decision::Custom => "custom",
            Decision::Acknowledge => "acknowledge",
        }
    }
}

/// Records the visitor's decision: the loader stores it, updates Consent Mode, runs what is
/// now allowed and fires `vox:consent`; the record is then posted with a SHA-256 of `texts`
/// (what the visitor was shown; see [`super::digest`]).
pub fn decide(choices: &Map, action: Decision, texts: Option<&str>) {
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

#[cfg(test)]
mod tests {
    use std::time::{Duration, Instant};

    use proptest::prelude::*;
    use serde_json::Value;

    use super::State;
    use crate::json::parse;

    const CATEGORIES: &[&str] = &["necessary", "functional", "analytics", "marketing", "chat"];

    /// A state as the loader builds it from the consent cookie, whose text anyone on the site
    /// (or the visitor) can write: grants of every type, repeated keys, and noise.
    fn state_text() -> impl Strategy<Value = String> {
        let grant = prop::sample::select(vec!["true", "false", "\"true\"", "1", "null", "{}"]);
        let name = prop::sample::select(CATEGORIES.to_vec());
        let pairs = prop::collection::vec((name, grant), 0..6).prop_map(|pairs| {
            let pairs: Vec<String> = pairs.iter().map(|(k, v)| format!("\"{k}\":{v}")).collect();
            pairs.join(",")
        });
        let top = (pairs, any::<bool>(), "[a-z-]{0,8}");
        let state = top.prop_map(|(categories, decided, mode)| {
            format!(
                r#"{{"decided":{decided},"mode":"{mode}","gpc":false,"categories":{{{categories}}}}}"#
            )
        });
        prop_oneof![3 => state, 1 => any::<String>(), 1 => "[{}\\[\\]\":,a-z0-9 ]{0,40}"]
    }

    /// serde_json's reading of `categories.<name>` in `text`: an independent parser's view.
    fn says_true(text: &str, pointer: &str) -> bool {
        let value: Option<Value> = serde_json::from_str(text).ok();
        value.and_then(|v| v.pointer(pointer).cloned()) == Some(Value::Bool(true))
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 3000, ..ProptestConfig::default() })]

        /// No grant, and no decision, that the text does not hold as a literal `true`.
        #[test]
        fn grants_only_what_the_text_holds(text in state_text()) {
            let start = Instant::now();
            let state = State::from_json(&parse(&text).unwrap_or_default());
            for name in CATEGORIES.iter().copied().chain(["", "__proto__", "categories"]) {
                if state.granted(name) && name != "necessary" {
                    prop_assert!(says_true(&text, &format!("/categories/{name}")), "{name}");
                }
            }
            prop_assert!(!state.decided || says_true(&text, "/decided"));
            prop_assert!(start.elapsed() < Duration::from_secs(1));
        }
    }
}
