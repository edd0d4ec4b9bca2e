//! `<VoxConsent/>`: the consent banner as a Leptos app uses it, without the loader.

use leptos::prelude::*;
use vox_core::config::Config;
use vox_core::web::gate::State;
use vox_core::web::host::{hosted, Hosting};

use crate::{Consent, SPEC};

/// The consent banner, shown while the visitor has not decided (and when `open` is set again:
/// the preferences). Its decisions go to the page's gate: the loader's when the page has it,
/// else the Rust gate (feature `standalone`), which this sets up for `config` unless
/// [`provide_consent`](vox_core::web::gate::provide_consent) did already. Either way
/// `gate::watch`, the blocked scripts and iframes, and the prompts follow it.
///
/// ```no_run
/// use leptos::prelude::*;
/// use vox_consent::VoxConsent;
/// use vox_core::config::Config;
/// use vox_core::web::gate::State;
///
/// #[component]
/// fn Shell() -> impl IntoView {
///     let mut config = Config::default();
///     config.consent.enabled = true;
///     let analytics = RwSignal::new(false);
///     view! {
///         <VoxConsent
///             config=config
///             on_consent=move |state: State| analytics.set(state.granted("analytics"))
///         />
///     }
/// }
/// ```
#[component]
pub fn VoxConsent(
    /// The config; its `consent` section says the mode, categories, services and cookie.
    #[prop(into)]
    config: Signal<Config>,
    /// The URL of the folder holding `locales/` (`/` by default). English needs no file.
    #[prop(optional, into)]
    assets: Option<String>,
    /// Drawn while the widget's messages load (nothing by default; English needs no file).
    #[prop(optional, into)]
    fallback: Option<ViewFn>,
    /// Shows the banner; set it to reopen the preferences (a "privacy choices" link).
    #[prop(optional)]
    open: Option<RwSignal<bool>>,
    /// Called after every decision, with what is now granted.
    #[prop(optional, into)]
    on_consent: Option<Callback<State>>,
) -> impl IntoView {
    #[cfg(feature = "standalone")]
    if use_context::<vox_core::web::gate::ConsentGate>().is_none() {
        vox_core::web::gate::provide_consent(config.get_untracked());
    }
    let open = open.unwrap_or_else(|| RwSignal::new(false));
    let hosting = Hosting {
        config,
        assets: assets.unwrap_or_else(|| "/".into()),
        on_submit: None,
        fallback,
    };
    hosted(&SPEC, hosting, move |ctx| {
        view! { <Consent ctx=ctx open=open on_consent=on_consent /> }
    })
}
