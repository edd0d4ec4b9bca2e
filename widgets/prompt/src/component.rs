//! `<VoxPrompts/>` and `<VoxPrompt/>`: the rating prompts as a Leptos app uses them, without the
//! loader. [`track`] and [`identify`] stand in for `Vox.track` and `Vox.identify`, [`navigated`]
//! for the loader's watch on the History API.

use leptos::prelude::*;
use send_wrapper::SendWrapper;
use vox_core::config::Config;
use vox_core::json::{Json, Map};
use vox_core::submission::Envelope;
use vox_core::web::host::{hosted, Hosting};
use vox_core::web::{events, report};

use crate::{runtime, Placed, RatingPrompt, SPEC};

/// The prompts' runtime for the config's `prompts`: it arms their triggers (time, scroll,
/// exit intent, page views, [`track`]ed events) on every route of the app ([`navigated`]
/// says when the route changes), applies targeting,
/// sampling and the contact-fatigue budget, and draws each prompt it admits, floating, here.
/// A prompt that fires before the visitor has decided on consent waits for the decision.
///
/// ```no_run
/// use leptos::prelude::*;
/// use vox_core::config::{Config, PromptConfig, PromptKind, Trigger};
/// use vox_prompt::{track, VoxPrompts};
///
/// #[component]
/// fn Shop() -> impl IntoView {
///     let mut nps = PromptConfig::new("after-order", PromptKind::Nps);
///     nps.trigger = Trigger::Event("order_completed".into());
///     let config = Config { prompts: vec![nps], ..Config::default() };
///     view! {
///         <VoxPrompts config=config />
///         <button on:click=|_| track("order_completed")>"Place order"</button>
///     }
/// }
/// ```
#[component]
pub fn VoxPrompts(
    /// The config; its `prompts` and `fatigue` sections are the rules.
    #[prop(into)]
    config: Signal<Config>,
    /// The URL of the folder holding `locales/` (`/` by default). English needs no file.
    #[prop(optional, into)]
    assets: Option<String>,
    /// Drawn while the widget's messages load (nothing by default; English needs no file).
    #[prop(optional, into)]
    fallback: Option<ViewFn>,
    /// What the visitor is (`Vox.identify`), for the prompts' audience rules.
    #[prop(optional)]
    visitor: Option<Map>,
    /// Called with each answer's envelope (score, then the follow-up).
    #[prop(optional, into)]
    on_submit: Option<Callback<Envelope>>,
) -> impl IntoView {
    let shown = RwSignal::new(Vec::<String>::new());
    let visitor = visitor.unwrap_or_default();
    // The runtime starts again only when its rules change: a new locale or theme redraws the
    // prompts shown, but is no new page view.
    let rules = Memo::new(move |_| {
        config.with(|c| (c.prompts.clone(), c.fatigue.clone(), c.consent.enabled))
    });
    Effect::new(move |_| {
        rules.track();
        let config = config.get_untracked();
        if let Err(error) = config.validate() {
            return report::error_once(&error.to_string());
        }
        let show = move |id: &str| shown.update(|ids| ids.push(id.to_string()));
        let started = SendWrapper::new(runtime::start(config, visitor.clone(), &[], show));
        on_cleanup(move || drop(started.take()));
    });
    let assets = assets.unwrap_or_else(|| "/".into());
    view! {
        <For each=move || shown.get() key=|id| id.clone() let:id>
            {
                let assets = assets.clone();
                let fallback = fallback.clone();
                let hosting = Hosting { config, assets, on_submit, fallback };
                hosted(&SPEC, hosting, move |ctx| {
                    let placed = Placed::new(&ctx.config, &id, true, &Map::new());
                    placed.map(|placed| view! { <RatingPrompt ctx=ctx placed=placed /> })
                })
            }
        </For>
    }
}

/// One prompt placed in the page (display `inline`), shown when its audience, sample and the
/// fatigue budget admit it now: `<vox-prompt prompt="id">` of the embed.
///
/// ```no_run
/// use leptos::prelude::*;
/// use vox_core::config::{Config, PromptConfig, PromptKind};
/// use vox_prompt::VoxPrompt;
///
/// #[component]
/// fn OrderDone() -> impl IntoView {
///     let config = Config {
///         prompts: vec![PromptConfig::new("csat", PromptKind::Csat)],
///         ..Config::default()
///     };
///     view! { <VoxPrompt config=config id="csat" /> }
/// }
/// ```
#[component]
pub fn VoxPrompt(
    #[prop(into)] config: Signal<Config>,
    /// Which of the config's prompts.
    #[prop(into)]
    id: String,
    /// The URL of the folder holding `locales/` (`/` by default).
    #[prop(optional, into)]
    assets: Option<String>,
    /// Drawn while the widget's messages load (nothing by default; English needs no file).
    #[prop(optional, into)]
    fallback: Option<ViewFn>,
    /// What the visitor is, for the prompt's audience rules.
    #[prop(optional)]
    visitor: Option<Map>,
    /// Called with each answer's envelope.
    #[prop(optional, into)]
    on_submit: Option<Callback<Envelope>>,
) -> impl IntoView {
    let visitor = SendWrapper::new(visitor.unwrap_or_default());
    let hosting = Hosting {
        config,
        assets: assets.unwrap_or_else(|| "/".into()),
        on_submit,
        fallback,
    };
    hosted(&SPEC, hosting, move |ctx| {
        let placed = Placed::new(&ctx.config, &id, false, &visitor);
        placed.map(|placed| view! { <RatingPrompt ctx=ctx placed=placed /> })
    })
}

/// Tells the prompts that `name` happened (`Vox.track`): a prompt whose trigger is this event
/// fires.
pub fn track(name: &str) {
    let detail = Json::object([("name", name.into())]);
    events::emit_on_document("track", &events::to_js(&detail));
}

/// Tells the prompts that the app changed its route: a page view, and the triggers start over
/// for the new path. The loader announces History API changes itself; an app without it calls
/// this, e.g. from an effect on its router's path (`examples/leptos-app` does).
pub fn navigated() {
    if let (Some(window), Ok(event)) = (web_sys::window(), web_sys::Event::new("vox:navigate")) {
        let _ = window.dispatch_event(&event);
    }
}

/// Tells the prompts what the visitor is (`Vox.identify`), for their audience rules.
pub fn identify(attributes: Map) {
    events::emit_on_document("identify", &events::to_js(&Json::Obj(attributes)));
}
