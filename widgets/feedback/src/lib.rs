//! The Vox feedback form.
//!
//! Inline (`<vox-feedback>` in the page), behind a floating launcher button, or as a dialog
//! opened from code (`Vox.open('feedback')`). Use it from the one-script-tag embed, or place
//! [`VoxFeedback`] in your own Leptos app: it renders in its own shadow root, loads its
//! messages, validates its config and reports each submission to `on_submit`.

mod component;
mod dialog;
mod draft;
mod errors;
mod fields;
mod form;
mod send;

use leptos::either::Either;
use leptos::prelude::*;
use vox_core::config::FeedbackMode;
use vox_core::web::mount::{Embedding, Mounted, Spec, WidgetContext};

pub use component::VoxFeedback;
use dialog::FeedbackDialog;
pub use draft::{Checked, Draft, Field};
use form::FeedbackForm;
pub use send::Status;

/// Name, stylesheet and English messages of the widget.
pub static SPEC: Spec = Spec {
    name: "feedback",
    css: vox_core::compact!(css, include_bytes!("feedback.css")),
    english: vox_core::compact!(ftl, include_bytes!("../../../locales/en/feedback.ftl")),
};

/// Mounts the form for the loader's `<vox-feedback>`: inline, or a dialog that `open` shows.
pub async fn embed(page: Embedding) -> Mounted {
    let (open, message) = (page.open, page.message);
    page.render(
        &SPEC,
        move |ctx| view! { <Feedback ctx=ctx open=open message=message /> },
    )
    .await
}

/// The feedback widget in the mode its config asks for. `open` drives the dialog modes;
/// `message`, when given, is the message field's text, so the caller can fill it in.
///
/// `Either`, not `into_any()`: the mode never changes after mounting, and type erasure would
/// compile in code to rebuild and copy the whole form that never runs (about 13 KB of wasm).
#[component]
fn Feedback(
    ctx: WidgetContext,
    open: RwSignal<bool>,
    #[prop(optional)] message: Option<RwSignal<String>>,
    #[prop(optional_no_strip)] status: Option<RwSignal<Status>>,
) -> impl IntoView {
    let message = message.unwrap_or_else(|| RwSignal::new(String::new()));
    match ctx.config.feedback.mode {
        FeedbackMode::Inline => Either::Left(view! {
            <section class="panel" part="panel" aria-labelledby="vox-title">
                <h2 id="vox-title" part="title">{ctx.catalog.t("feedback-title")}</h2>
                <FeedbackForm ctx=ctx.clone() message=message status=status />
            </section>
        }),
        FeedbackMode::Launcher | FeedbackMode::Modal => Either::Right(
            view! { <FeedbackDialog ctx=ctx open=open message=message status=status /> },
        ),
    }
}
