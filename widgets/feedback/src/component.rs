//! `<VoxFeedback/>`: the feedback form as a Leptos app uses it, without the loader.

use leptos::prelude::*;
use vox_core::config::Config;
use vox_core::submission::Envelope;
use vox_core::web::host::{hosted, Hosting};

use crate::{Feedback, Status, SPEC};

/// The feedback form where you place it, in its own shadow root: inline, or a dialog behind a
/// launcher button, as `config.feedback.mode` says.
///
/// ```no_run
/// use leptos::prelude::*;
/// use vox_core::config::{Config, FeedbackMode};
/// use vox_core::submission::Envelope;
/// use vox_feedback::{Status, VoxFeedback};
///
/// #[component]
/// fn Contact() -> impl IntoView {
///     let mut config = Config::default();
///     config.endpoint = Some("/api/feedback".into());
///     config.feedback.mode = FeedbackMode::Inline;
///     let status = RwSignal::new(Status::Editing);
///     let sent = RwSignal::new(0);
///     view! {
///         <VoxFeedback
///             config=config
///             status=status
///             on_submit=move |_: Envelope| sent.update(|n| *n += 1)
///         />
///         <p>{move || format!("{:?}, {} sent", status.get(), sent.get())}</p>
///     }
/// }
/// ```
#[component]
pub fn VoxFeedback(
    /// The config (a `Config`, or a signal of one: a new locale or theme redraws the form).
    #[prop(into)]
    config: Signal<Config>,
    /// The URL of the folder holding `locales/` (`/` by default). English needs no file.
    #[prop(optional, into)]
    assets: Option<String>,
    /// Drawn while the widget's messages load (nothing by default; English needs no file).
    #[prop(optional, into)]
    fallback: Option<ViewFn>,
    /// Opens and closes the dialog modes (the launcher sets it too).
    #[prop(optional)]
    open: Option<RwSignal<bool>>,
    /// The message field's text: set it to fill the field in.
    #[prop(optional)]
    message: Option<RwSignal<String>>,
    /// Follows the form: editing, sending, sent, queued offline, failed.
    #[prop(optional)]
    status: Option<RwSignal<Status>>,
    /// Called with each submission's envelope, as it is sent.
    #[prop(optional, into)]
    on_submit: Option<Callback<Envelope>>,
) -> impl IntoView {
    let open = open.unwrap_or_else(|| RwSignal::new(false));
    let message = message.unwrap_or_else(|| RwSignal::new(String::new()));
    let hosting = Hosting {
        config,
        assets: assets.unwrap_or_else(|| "/".into()),
        on_submit,
        fallback,
    };
    hosted(&SPEC, hosting, move |ctx| {
        view! { <Feedback ctx=ctx open=open message=message status=status /> }
    })
}
