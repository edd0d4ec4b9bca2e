//! A widget placed by a Leptos app: the components' half of the widget contract.
//!
//! [`hosted`] renders a host `<div>` where the app puts the component, gives it a shadow root
//! with the widget's stylesheets, and renders the widget inside it once its messages are
//! loaded. The widget's view is built under the component's reactive owner, so it sees the
//! app's context (the consent gate, the router) and is disposed with the component. The config
//! is a signal: a new locale or theme loads and draws the widget again, in place.

use leptos::either::Either;
use leptos::html;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::JsCast;

use super::mount::{frame, prepare, styled_root, Spec, WidgetContext};
use super::report;
use crate::config::Config;
use crate::submission::Envelope;

/// What a component tells [`hosted`] besides the view.
pub struct Hosting {
    /// The widget's config; validated on every change, and nothing is drawn while it is invalid
    /// (after one console error naming the Rust field).
    pub config: Signal<Config>,
    /// The URL of the folder holding `locales/` (and the help index), e.g. `/vox/`.
    pub assets: String,
    /// Called with every envelope the widget submits.
    pub on_submit: Option<Callback<Envelope>>,
    /// Drawn while the widget's messages load (another locale's `.ftl`; English is compiled in).
    pub fallback: Option<ViewFn>,
}

/// The widget `view` draws, in its own shadow root where the component stands. `view` runs
/// again (a fresh widget) when the config changes.
pub fn hosted<V, F>(spec: &'static Spec, hosting: Hosting, view: F) -> impl IntoView
where
    V: IntoView + 'static,
    F: Fn(WidgetContext) -> V + Clone + Send + Sync + 'static,
{
    let Hosting {
        config,
        assets,
        on_submit,
        fallback,
    } = hosting;
    let host = NodeRef::<html::Div>::new();
    // The context of the messages loaded last: `None` while they load (the fallback is drawn)
    // and while the config is invalid (nothing is).
    let ctx = RwSignal::new_local(None::<WidgetContext>);
    let loading = RwSignal::new(true);
    let generation = StoredValue::new(0u32);

    Effect::new(move |_| {
        let config = config.get();
        let Some(element) = host.get() else { return };
        generation.update_value(|g| *g += 1);
        let this = generation.get_value();
        if let Err(error) = config.validate() {
            report::error_once(&error.to_string());
            ctx.set(None);
            loading.set(false);
            return;
        }
        loading.set(true);
        let assets = assets.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let mut loaded = prepare(element.unchecked_into(), config, &assets, spec).await;
            loaded.on_submit = on_submit;
            // A newer config may have been set meanwhile: its messages win.
            if generation.try_get_value() == Some(this) {
                ctx.set(Some(loaded));
                loading.set(false);
            }
        });
    });

    Effect::new(move |_| {
        let Some(element) = host.get() else { return };
        let root = match styled_root(element.unchecked_ref(), spec) {
            Ok(root) => root,
            Err(_) => return report::error_once("Vox: this browser cannot attach a shadow root"),
        };
        let (view, fallback) = (view.clone(), fallback.clone());
        let value = move |of: fn(&WidgetContext) -> &'static str| {
            move || ctx.with(|ctx| ctx.as_ref().map(of))
        };
        let drawn = move || {
            frame(
                value(|ctx| ctx.locale),
                value(|ctx| ctx.dir.as_str()),
                value(|ctx| ctx.config.theme.as_str()),
                move || match ctx.get() {
                    Some(ctx) => Either::Left(view(ctx)),
                    None => {
                        Either::Right(loading.get().then(|| fallback.as_ref().map(ViewFn::run)))
                    }
                },
            )
        };
        let handle = leptos::mount::mount_to(root.unchecked_into(), drawn);
        let handle = SendWrapper::new(handle);
        on_cleanup(move || drop(handle.take()));
    });

    view! { <div class="vox-host" data-widget=spec.name node_ref=host></div> }
}
