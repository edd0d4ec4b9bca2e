//! The gate as a Leptos context, for apps that use the components without the loader.

use leptos::prelude::*;

use super::{local, Decision, State};
use crate::config::Config;
use crate::json::Map;

/// The page's consent gate, reactive: reading through it re-runs the reader after every
/// decision (the banner's, a placeholder's, or the loader's when the page has it).
///
/// ```no_run
/// use leptos::prelude::*;
/// use vox_core::config::Config;
/// use vox_core::web::gate::provide_consent;
///
/// #[component]
/// fn App() -> impl IntoView {
///     let gate = provide_consent(Config::default());
///     view! { <p>{move || gate.granted("analytics").then_some("Analytics on")}</p> }
/// }
/// ```
#[derive(Clone, Copy)]
pub struct ConsentGate {
    changes: ReadSignal<u32>,
}

/// Sets up the gate for `config` (the Rust gate, unless the page has the loader, whose gate
/// then serves both) and provides it to every component below.
///
/// On a server (Leptos `ssr`) it only provides the context: the gate lives in the browser.
pub fn provide_consent(config: Config) -> ConsentGate {
    if cfg!(target_arch = "wasm32") && super::loader::get().is_none() {
        local::install(config);
    }
    let gate = ConsentGate::new();
    provide_context(gate);
    gate
}

/// The gate [`provide_consent`] provided, else one over the page's gate as it is.
pub fn use_consent() -> ConsentGate {
    use_context().unwrap_or_else(ConsentGate::new)
}

impl ConsentGate {
    fn new() -> ConsentGate {
        let (changes, set) = signal(0u32);
        if cfg!(target_arch = "wasm32") {
            let listener = window_event_listener_untyped("vox:consent", move |_| {
                set.update(|n| *n = n.wrapping_add(1));
            });
            on_cleanup(move || listener.remove());
        }
        ConsentGate { changes }
    }

    /// What the visitor has decided so far.
    pub fn state(&self) -> State {
        self.changes.track();
        super::state()
    }

    /// Whether `category` is granted now.
    pub fn granted(&self, category: &str) -> bool {
        self.changes.track();
        super::allows(category)
    }

    /// Records a decision, as the banner's buttons do: `choices` per category.
    pub fn decide(&self, choices: &Map, action: Decision) {
        super::decide(choices, action, None);
    }
}
