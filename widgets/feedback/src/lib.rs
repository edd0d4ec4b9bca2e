//! The Vox feedback form.
//!
//! Inline (`<vox-feedback>` in the page), behind a floating launcher button, or as a dialog
//! opened from code (`Vox.open('feedback')`). Use it from the one-script-tag embed, or mount
//! [`Feedback`] in your own Leptos app with a [`WidgetContext`].

mod dialog;
mod draft;
mod errors;
mod fields;
mod form;
mod send;

use leptos::prelude::*;
use vox_core::config::FeedbackMode;
use vox_core::web::mount::{Spec, WidgetContext};

pub use dialog::FeedbackDialog;
pub use draft::{Checked, Draft, Field};
pub use form::FeedbackForm;
pub use send::Status;

/// Name, stylesheet and English messages of the widget.
pub const SPEC: Spec = Spec {
    name: "feedback",
    css: include_str!("feedback.css"),
    english: include_str!("../../../locales/en/feedback.ftl"),
};

/// The feedback widget in the mode its config asks for. `open` drives the dialog modes.
#[component]
pub fn Feedback(ctx: WidgetContext, open: RwSignal<bool>) -> impl IntoView {
    match ctx.config.feedback.mode {
        FeedbackMode::Inline => view! {
            <section class="panel" part="panel" aria-labelledby="vox-title">
                <h2 id="vox-title" part="title">{ctx.catalog.t("feedback-title")}</h2>
                <FeedbackForm ctx=ctx.clone() />
            </section>
        }
        .into_any(),
        FeedbackMode::Launcher | FeedbackMode::Modal => {
            view! { <FeedbackDialog ctx=ctx open=open /> }.into_any()
        }
    }
}
