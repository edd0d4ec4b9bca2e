//! The Vox consent banner: a first layer (accept all, reject all, customize: equal buttons)
//! and a preferences view (a switch per category, its services listed), over the consent gate
//! the loader keeps. It decides nothing itself: choices go to `Vox.consent`, which stores them,
//! updates Google Consent Mode, runs what is now allowed and posts the consent record.
//!
//! The loader mounts `<vox-consent>` when the visitor has not decided (or the revision
//! changed), or on every page when the site wants the floating "privacy choices" button;
//! `Vox.consent.show()` opens the preferences at any time. The views are fixed text, written
//! as escaped markup (`layers`); one click and one change listener on the banner handle every
//! button and switch. Blocked iframes get a [`placeholder`].

mod choices;
mod layers;
mod placeholder;
mod texts;

pub use placeholder::placeholder;

use std::rc::Rc;

use leptos::html;
use leptos::prelude::*;
use vox_core::config::{ConsentLayout, ConsentMode, Corner};
use vox_core::web::announce;
use vox_core::web::focus::ReturnFocus;
use vox_core::web::gate::{self, Action};
use vox_core::web::mount::{Spec, WidgetContext};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Event, HtmlElement, HtmlInputElement};

use choices::Choices;
use layers::Layers;

/// Name, stylesheet and English messages of the banner and the placeholder (one sheet and one
/// message file for both, fetched once).
pub static SPEC: Spec = Spec {
    name: "consent",
    css: vox_core::compact!(css, include_bytes!("consent.css")),
    english: vox_core::compact!(ftl, include_bytes!("../../../locales/en/consent.ftl")),
};

/// The banner. `open` shows it: the first layer while the visitor has not decided, the
/// preferences when they come back to change their mind.
#[component]
pub fn Consent(ctx: WidgetContext, open: RwSignal<bool>) -> impl IntoView {
    let state = gate::state();
    if !state.decided {
        open.set(true);
    }
    let mode = match state.mode.as_str() {
        "opt-out" => ConsentMode::OptOut,
        "notice" => ConsentMode::Notice,
        _ => ConsentMode::OptIn,
    };
    let layers = Layers {
        ctx: ctx.clone(),
        mode,
        gpc: state.gpc,
    };
    let choices = Choices::new(&ctx.config.consent);
    let texts = texts::shown_texts(&ctx);
    let dialog = NodeRef::<html::Dialog>::new();
    let modal = ctx.config.consent.layout == ConsentLayout::Modal;
    // Reopened from a button (ours or the site's), focus goes back to it on close.
    let return_focus = ReturnFocus::new();

    // Draws a view; `focus` moves focus to its heading, so a screen reader announces it.
    let draw = {
        let choices = choices.clone();
        Rc::new(move |preferences: bool, focus: bool| {
            let Some(d) = dialog.get_untracked() else {
                return;
            };
            let markup = if preferences {
                choices.reset(&gate::state());
                layers.preferences(&choices)
            } else {
                layers.first()
            };
            d.set_inner_html(&markup);
            if focus {
                if let Ok(Some(title)) = d.query_selector("h2") {
                    let _ = title.unchecked_into::<HtmlElement>().focus();
                }
            }
        })
    };

    // A first visit: the first layer, without taking focus from the page (non-modal for the bar
    // and box, so the page stays usable; `showModal()` for the modal layout). Reopened on
    // request (`Vox.consent.show()`, the privacy choices button): the preferences as a modal
    // dialog, with focus in them, `Esc` to close, and focus back to the opener afterwards.
    // The non-modal banner takes no focus: its first layer's status region announces it.
    let title = ctx.catalog.t("consent-title");
    let opened_ctx = ctx.clone();
    let open_draw = draw.clone();
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
            open_draw(returning, returning);
            if !modal && !returning {
                if let Ok(Some(status)) = d.query_selector("[role=status]") {
                    announce::later(status, title.clone());
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
        if gate::state().decided {
            open.set(false);
        }
    });
    on_cleanup(move || decided.remove());

    let on_click = {
        let choices = choices.clone();
        move |ev: web_sys::MouseEvent| {
            let action = target(&ev)
                .and_then(|t| t.closest("[data-action]").ok().flatten())
                .and_then(|b| b.get_attribute("data-action"));
            let (map, action) = match action.as_deref() {
                Some("customize") => return draw(true, true),
                Some("accept_all") => (choices.as_map(Some(true)), Action::AcceptAll),
                Some("acknowledge") => (choices.as_map(Some(true)), Action::Acknowledge),
                Some("reject_all") => (choices.as_map(Some(false)), Action::RejectAll),
                Some("custom") => (choices.as_map(None), Action::Custom),
                _ => return,
            };
            gate::decide(&map, action, Some(&texts));
            open.set(false);
        }
    };

    let on_change = move |ev: Event| {
        let Some(input) = target(&ev).and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) else {
            return;
        };
        if let Some(id) = input.get_attribute("data-category") {
            choices.set(&id, input.checked());
        }
    };

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
            on:click=on_click
            on:change=on_change
        ></dialog>
        {privacy_button}
    }
}

fn target(ev: &Event) -> Option<web_sys::Element> {
    ev.target()?.dyn_into().ok()
}
