//! The consent gate: one source of truth for the page's scripts, every widget and the banner.
//!
//! It has two homes, which keep the same state in the same cookie:
//! - the loader's `window.Vox.consent`, set up before any wasm ran (the one-script-tag embed);
//! - without the loader, in a Leptos app, the gate in Rust (`local.rs`, feature `standalone`),
//!   set up by [`provide_consent`]: it stores decisions, runs the blocked scripts and iframes
//!   they allow, posts the consent record and fires the same `vox:consent` event.
//!
//! With neither, nothing is granted but `necessary`: the safe reading of "no consent yet".

#[cfg(feature = "standalone")]
mod context;
mod loader;
#[cfg(feature = "standalone")]
mod local;
pub mod record;
#[cfg(feature = "standalone")]
mod unblock;

#[cfg(feature = "standalone")]
pub use context::{provide_consent, use_consent, ConsentGate};

use crate::json::{Json, Map};

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
    pub(crate) fn from_json(v: &Json) -> State {
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

/// What the visitor has decided so far.
pub fn state() -> State {
    match loader::get() {
        Some(state) => State::from_json(&state),
        None => fallback(State::default, |gate| gate.state()),
    }
}

/// Whether `category` is granted. Ask right before storing or sending anything non-essential.
pub fn allows(category: &str) -> bool {
    category == "necessary"
        || loader::allows(category)
            .unwrap_or_else(|| fallback(|| false, |gate| gate.state().granted(category)))
}

/// Without the loader: the Rust gate where the crate has it, else `none()`.
#[cfg(feature = "standalone")]
fn fallback<T>(_none: impl FnOnce() -> T, local: impl FnOnce(&mut local::Gate) -> T) -> T {
    local::with(local)
}

#[cfg(not(feature = "standalone"))]
fn fallback<T>(none: impl FnOnce() -> T, _local: impl FnOnce(&mut Never) -> T) -> T {
    none()
}

/// No Rust gate in this build (no `standalone` feature): the embed's modules, whose gate is
/// the loader's.
#[cfg(not(feature = "standalone"))]
enum Never {}

#[cfg(not(feature = "standalone"))]
impl Never {
    fn state(&self) -> State {
        match *self {}
    }
    fn decide(&mut self, _: &Map, _: Decision, _: Option<&str>) {
        match *self {}
    }
    fn allow_service(&mut self, _: &str, _: &str) {
        match *self {}
    }
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
    if !loader::decide(choices, action, texts) {
        fallback(|| (), |gate| gate.decide(choices, action, texts));
    }
}

/// Allows one service whatever its category says (a blocked embed's "load this content"); the
/// gate records it like a decision, with `texts` (what the visitor was shown) hashed.
pub fn allow_service(id: &str, texts: &str) {
    if !loader::allow_service(id, texts) {
        fallback(|| (), |gate| gate.allow_service(id, texts));
    }
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
