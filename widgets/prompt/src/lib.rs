//! Vox rating prompts: NPS (0-10), CSAT (1-5) and CES (1-7), each followed by an open question
//! chosen by the score's band, then a thank-you.
//!
//! [`start`] runs on pages whose config has `prompts`: it arms each prompt's trigger where its
//! page and audience rules hold and the visitor is in its sample, and when one fires and the
//! contact-fatigue budget allows, adds a `<vox-prompt>` to the page. The prompt
//! is drawn also where a site placed `<vox-prompt prompt="id">` itself (`placed` reads which). The rules are [`rules`];
//! this crate gathers the facts (time, scroll, events, what is on screen) and draws.
//!
//! The prompt's three steps are drawn once and a [`Step`] signal shows one; every control
//! hands an [`Action`] to one handler.
//!
//! In a Leptos app, [`VoxPrompts`] runs the same runtime and draws what it admits in the app's
//! tree ([`track`] and [`identify`] feed it); [`VoxPrompt`] places one prompt inline. Their
//! `on_submit` gets each answer's envelope.

mod component;
mod memory_store;
mod preview;
pub mod rules;
mod runtime;
mod screen;
mod step;
mod texts;
mod view;
mod widget;

use leptos::prelude::*;
use vox_core::web::mount::{Embedding, MountHandle, Mounted, Spec};

pub use component::{identify, navigated, track, VoxPrompt, VoxPrompts};
pub use preview::preview;
pub use runtime::{add_element, start, Started};
pub use step::{Action, Step};
use widget::{placed, Placed, RatingPrompt};

/// Name, stylesheet and English messages of the widget.
pub static SPEC: Spec = Spec {
    name: "prompt",
    css: vox_core::compact!(css, include_bytes!("prompt.css")),
    english: vox_core::compact!(ftl, include_bytes!("../../../locales/en/prompt.ftl")),
};

/// Mounts the loader's `<vox-prompt>`: the prompt its `prompt` attribute names, when the page
/// may show it (`placed`); nothing otherwise.
pub async fn embed(page: Embedding) -> Mounted {
    match placed(&page.config, &page.host, &page.visitor) {
        Some(placed) => {
            page.render(
                &SPEC,
                move |ctx| view! { <RatingPrompt ctx=ctx placed=placed /> },
            )
            .await
        }
        None => Ok(MountHandle::empty()),
    }
}
