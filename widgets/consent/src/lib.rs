//! The Vox consent banner: a first layer (accept all, reject all, customize: equal buttons)
//! and a preferences view (a switch per category, its services listed), over the page's consent
//! gate. It decides nothing itself: choices go to the gate (`Vox.consent`, the loader's, or the
//! Rust one a Leptos app sets up), which stores them, runs what is now allowed and posts the
//! consent record.
//!
//! In a Leptos app, place [`VoxConsent`]: it sets the Rust gate up unless
//! `vox_core::web::gate::provide_consent` did, and its `on_consent` hears every decision.
//!
//! The loader mounts `<vox-consent>` when the visitor has not decided (or the revision
//! changed), or on every page when the site wants the floating "privacy choices" button;
//! `Vox.consent.show()` opens the preferences at any time. Each button is an [`Action`]; each
//! switch a signal. Blocked iframes get a placeholder (`<vox-placeholder>`).

mod choices;
mod component;
mod layers;
mod placeholder;
mod texts;

pub use component::VoxConsent;
use placeholder::Placeholder;

use std::sync::Arc;

use leptos::html;
use leptos::prelude::*;
use vox_core::config::{ConsentLayout, ConsentMode, Corner};
use vox_core::web::announce;
use vox_core::web::focus::ReturnFocus;
use vox_core::web::gate::{self, Decision, State};
use vox_core::web::mount::{Embedding, Mounted, Spec, WidgetContext};
use wasm_bindgen::JsValue;

use choices::Choices;
use layers::{Layer, Layers};

/// Name, stylesheet and English messages of the banner and the placeholder (one sheet and one
/// message file for both, fetched once).
pub static SPEC: Spec = Spec {
    name: "consent",
    css: vox_core::compact!(css, include_bytes!("consent.css")),
    english: vox_core::compact!(ftl, include_bytes!("../../../locales/en/consent.ftl")),
};

/// Mounts the loader's `<vox-consent>` (the banner, shown while `open`) or a
/// `<vox-placeholder>` it put before a blocked iframe.
pub async fn embed(page: Embedding) -> Mounted {
    if page.host.local_name() == "vox-placeholder" {
        return page
            .render(&SPEC, |ctx| view! { <Placeholder ctx=ctx /> })
            .await;
    }
    let open = page.open;
    page.render(&SPEC, move |ctx| view! { <Consent ctx=ctx open=open /> })
        .await
}

/// What the visitor can do on the banner: one per button.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Action {
    /// Opens the preferences.
    Customize,
    AcceptAll,
    RejectAll,
    /// The notice-only banner's "OK".
    Acknowledge,
    /// Saves the switches as they are.
    Save,
}

impl Action {
    /// The decision this button makes: every switch on (`Some(true)`), off, or as set
    /// (`None`), recorded as which kind of decision. `Customize` decides nothing.
    pub fn decision(self) -> Option<(Option<bool>, Decision)> {
        match self {
            Action::Customize => None,
            Action::AcceptAll => Some((Some(true), Decision::AcceptAll)),
            Action::Acknowledge => Some((Some(true), Decision::Acknowledge)),
            Action::RejectAll => Some((Some(false), Decision::RejectAll)),
            Action::Save => Some((None, Decision::Custom)),
        }
    }

    /// The button's `part` names: `button` and its own, e.g. `::part(accept-all)`.
    pub fn part(self) -> &'static str {
        match self {
            Action::Customize => "button customize",
            Action::AcceptAll => "button accept-all",
            Action::RejectAll => "button reject-all",
            Action::Acknowledge => "button acknowledge",
            Action::Save => "button save",
        }
    }
}

/// The banner. `open` shows it: the first layer while the visitor has not decided, the
/// preferences when they come back to change their mind.
/// `on_consent` hears every decision, whoever made it.
#[component]
fn Consent(
    ctx: WidgetContext,
    open: RwSignal<bool>,
    #[prop(optional_no_strip)] on_consent: Option<Callback<State>>,
) -> impl IntoView {
    let state = gate::state();
    if !state.decided {
        open.set(true);
    }
    let mode = match state.mode.as_str() {
        "opt-out" => ConsentMode::OptOut,
        "notice" => ConsentMode::Notice,
        _ => ConsentMode::OptIn,
    };
    let layer = RwSignal::new(Layer::First);
    let choices = Choices::new(&ctx.config.consent);
    let texts = texts::shown_texts(&ctx);
    let dialog = NodeRef::<html::Dialog>::new();
    let title = NodeRef::<html::H2>::new();
    let status = NodeRef::<html::P>::new();
    let modal = ctx.config.consent.layout == ConsentLayout::Modal;
    // Reopened from a button (ours or the site's), focus goes back to it on close.
    let return_focus = ReturnFocus::new();

    // The preferences, with the switches as the gate has them; focus on their heading, so a
    // screen reader announces the new view.
    let preferences = {
        let choices = choices.clone();
        move || {
            choices.reset(&gate::state());
            layer.set(Layer::Preferences);
            if let Some(title) = title.get_untracked() {
                let _ = title.focus();
            }
        }
    };
    let act = {
        let (choices, preferences) = (choices.clone(), preferences.clone());
        Arc::new(move |action: Action| match action.decision() {
            None => preferences(),
            Some((all, decision)) => {
                gate::decide(&choices.as_map(all), decision, Some(&texts));
                open.set(false);
            }
        })
    };
    let layers = Layers {
        ctx: ctx.clone(),
        mode,
        gpc: state.gpc,
        choices,
        act,
    };

    // A first visit: the first layer, without taking focus from the page (non-modal for the bar
    // and box, so the page stays usable; `showModal()` for the modal layout). Reopened on
    // request (`Vox.consent.show()`, the privacy choices button): the preferences as a modal
    // dialog, with focus in them, `Esc` to close, and focus back to the opener afterwards.
    // The non-modal banner takes no focus: its status region announces it.
    let titles = (
        ctx.catalog.t("consent-title"),
        ctx.catalog.t("consent-preferences-title"),
    );
    let announced = titles.0.clone();
    let opened_ctx = ctx.clone();
    Effect::new(move |_| {
        let Some(d) = dialog.get() else { return };
        if open.get() && !d.open() {
            let returning = gate::state().decided;
            if returning {
                return_focus.remember();
            }
            if modal || returning {
                let _ = d.show_modal();
            } else {
                // The `open` attribute, not `show()`, which would move focus into the banner.
                d.set_open(true);
            }
            if returning {
                preferences();
            } else {
                layer.set(Layer::First);
                if !modal {
                    if let Some(status) = status.get_untracked() {
                        announce::later(status.into(), announced.clone());
                    }
                }
            }
            opened_ctx.emit("open", &JsValue::from_str("consent"));
        } else if !open.get() && d.open() {
            d.close();
        }
    });

    // Any decision closes the banner, whoever made it: its own buttons, or the site's cookie
    // settings link calling `Vox.consent.acceptAll()`, `rejectAll()` or `set()`. A service let in
    // from a placeholder is not a decision: the first layer stays.
    let decided = window_event_listener_untyped("vox:consent", move |_| {
        let state = gate::state();
        if state.decided {
            open.set(false);
        }
        if let Some(on_consent) = on_consent {
            on_consent.run(state);
        }
    });
    on_cleanup(move || decided.remove());

    let on_close = move |_| {
        open.set(false);
        return_focus.restore();
    };

    // After the dialog in the tree, so the stylesheet hides it while the dialog is open.
    // In the bottom corner the feedback launcher does not use.
    let side = match ctx.config.feedback.position {
        Corner::BottomLeft => "right",
        _ => "left",
    };
    let privacy_button = ctx.config.consent.privacy_button.then(|| {
        view! {
            <button
                type="button"
                class="privacy"
                part="privacy-button"
                data-side=side
                aria-haspopup="dialog"
                on:click=move |_| open.set(true)
            >
                {ctx.catalog.t("consent-privacy-choices")}
            </button>
        }
    });

    view! {
        <dialog
            class="banner"
            part="banner"
            data-layout=ctx.config.consent.layout.as_str()
            aria-labelledby=layers::TITLE_ID
            node_ref=dialog
            on:close=on_close
        >
            // Announces the banner when it appears without focus (filled in when it opens).
            <p class="visually-hidden" role="status" node_ref=status></p>
            <h2 id=layers::TITLE_ID part="title" tabindex="-1" node_ref=title>
                {move || match layer.get() {
                    Layer::First => titles.0.clone(),
                    Layer::Preferences => titles.1.clone(),
                }}
            </h2>
            // Both layers are drawn once; the one not shown is hidden. Switching rebuilds
            // nothing (a rebuilt view costs 10 KB of wasm), and the switches follow their signals.
            <div class="layer" hidden=move || layer.get() != Layer::First>{layers.first()}</div>
            <div class="layer" hidden=move || layer.get() != Layer::Preferences>
                {layers.preferences()}
            </div>
        </dialog>
        {privacy_button}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_customize_decides_nothing_and_save_keeps_the_switches() {
        assert_eq!(Action::Customize.decision(), None);
        assert_eq!(Action::Save.decision(), Some((None, Decision::Custom)));
        assert_eq!(
            Action::RejectAll.decision(),
            Some((Some(false), Decision::RejectAll))
        );
        for all_on in [Action::AcceptAll, Action::Acknowledge] {
            assert_eq!(all_on.decision().map(|d| d.0), Some(Some(true)));
        }
    }

    #[test]
    fn every_button_has_the_shared_part_and_its_own() {
        let actions = [
            Action::Customize,
            Action::AcceptAll,
            Action::RejectAll,
            Action::Acknowledge,
            Action::Save,
        ];
        let own: Vec<&str> = actions.iter().map(|a| a.part()).collect();
        for part in &own {
            assert!(part.starts_with("button "), "{part}");
        }
        let mut unique = own.clone();
        unique.dedup();
        assert_eq!(unique.len(), own.len());
    }
}
