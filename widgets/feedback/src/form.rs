//! The form and its outcomes (sending, sent, saved offline, refused).

use leptos::either::Either;
use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;
use vox_core::web::gate;
use vox_core::web::mount::WidgetContext;

use crate::draft::{Checked, Draft, Field};
use crate::errors::Errors;
use crate::fields::{Email, Honeypot, Message, Rating, Topics};
use crate::send::{submit, Status};

/// `message` is the message field's text: a caller that passes its own signal can fill it in
/// (the embed's `Vox.open('feedback', { message })`). `status`, when given, follows the form
/// through sending.
#[component]
pub(crate) fn FeedbackForm(
    ctx: WidgetContext,
    #[prop(optional)] in_dialog: bool,
    #[prop(optional)] message: Option<RwSignal<String>>,
    #[prop(optional_no_strip)] status: Option<RwSignal<Status>>,
) -> impl IntoView {
    let config = ctx.config.feedback.clone();
    let catalog = ctx.catalog.clone();

    let category = RwSignal::new(None::<String>);
    let rating = RwSignal::new(None::<u8>);
    let message = message.unwrap_or_else(|| RwSignal::new(String::new()));
    let email = RwSignal::new(String::new());
    let honeypot = RwSignal::new(String::new());
    let errors = Errors::default();
    let status = status.unwrap_or_else(|| RwSignal::new(Status::Editing));
    // A reply address is personal data kept for a later contact: asked for only while the
    // visitor allows `functional` (see README, "Consent gate").
    let email_allowed = gate::watch("functional");

    let first_topic = NodeRef::<html::Input>::new();
    let message_ref = NodeRef::<html::Textarea>::new();
    let email_ref = NodeRef::<html::Input>::new();
    let outcome_ref = NodeRef::<html::Div>::new();

    let focus_field = move |field: Field| {
        let _ = match field {
            Field::Category => first_topic.get().map(|e| e.focus()),
            Field::Message => message_ref.get().map(|e| e.focus()),
            Field::Email => email_ref.get().map(|e| e.focus()),
        };
    };

    let on_submit = {
        let ctx = ctx.clone();
        let config = config.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            if status.get_untracked() == Status::Sending {
                return;
            }
            let draft = Draft {
                category: category.get_untracked(),
                rating: rating.get_untracked(),
                message: message.get_untracked(),
                email: if email_allowed.get_untracked() {
                    email.get_untracked()
                } else {
                    String::new()
                },
                honeypot: honeypot.get_untracked(),
            };
            match draft.check(&config) {
                Checked::Invalid(fields) => {
                    focus_field(fields[0]);
                    errors.show(fields);
                }
                Checked::Trapped => status.set(Status::Sent),
                Checked::Valid(answers) => {
                    errors.clear_all();
                    status.set(Status::Sending);
                    let ctx = ctx.clone();
                    spawn_local(async move {
                        let outcome = submit(&ctx, answers).await;
                        status.set(outcome);
                        if matches!(outcome, Status::Sent | Status::Queued) {
                            // The form is replaced; move focus to the outcome so it is not lost.
                            if let Some(el) = outcome_ref.get_untracked() {
                                let _ = el.focus();
                            }
                        }
                    });
                }
            }
        }
    };

    let reset = move |_| {
        category.set(None);
        rating.set(None);
        message.set(String::new());
        email.set(String::new());
        errors.clear_all();
        status.set(Status::Editing);
        if let Some(el) = first_topic.get_untracked() {
            let _ = el.focus();
        }
    };

    let done = move || matches!(status.get(), Status::Sent | Status::Queued);
    let summary = {
        let catalog = catalog.clone();
        move || {
            let count = errors.count();
            (count > 0)
                .then(|| catalog.t_args("feedback-error-summary", &[("count", count.into())]))
        }
    };
    // Sent or saved: what happened, and a button to write another (no `<Show>`: its memo
    // would cost more wasm than this one closure).
    let outcome = {
        let catalog = catalog.clone();
        let again = catalog.t("feedback-send-another");
        move || {
            let text = match status.get() {
                Status::Sent => Either::Left(view! {
                    <p class="outcome-title">{catalog.t("feedback-sent-title")}</p>
                    <p>{catalog.t("feedback-sent-body")}</p>
                }),
                Status::Queued => Either::Right(view! { <p>{catalog.t("feedback-queued")}</p> }),
                _ => return None,
            };
            Some(view! {
                {text}
                <button type="button" class="secondary" part="again" on:click=reset>
                    {again.clone()}
                </button>
            })
        }
    };
    let submit_label = {
        let (send, sending) = (catalog.t("feedback-submit"), catalog.t("feedback-sending"));
        move || {
            if status.get() == Status::Sending {
                sending.clone()
            } else {
                send.clone()
            }
        }
    };
    let failed = catalog.t("feedback-failed");

    view! {
        <div class="outcome" part="outcome" role="status" tabindex="-1" node_ref=outcome_ref class:shown=done>
            {outcome}
        </div>
        <form class="form" part="form" novalidate class:hidden=done on:submit=on_submit>
            <p class="intro">{catalog.t("feedback-intro")}</p>
            <div class="summary" role="alert">
                {summary}
                {move || (status.get() == Status::Failed).then(|| failed.clone())}
            </div>
            <Topics
                catalog=catalog.clone()
                topics=config.categories.clone()
                selected=category
                errors=errors
                first=first_topic
                autofocus=in_dialog
            />
            {config.rating.then(|| view! { <Rating catalog=catalog.clone() rating=rating /> })}
            <Message
                catalog=catalog.clone()
                message=message
                max_length=config.max_length
                errors=errors
                node_ref=message_ref
            />
            {config.collect_email.then(|| view! {
                <Email catalog=catalog.clone() email=email errors=errors node_ref=email_ref shown=email_allowed />
            })}
            <Honeypot catalog=catalog.clone() value=honeypot />
            <button
                type="submit"
                class="primary"
                part="submit"
                aria-disabled=move || (status.get() == Status::Sending).then_some("true")
            >
                {submit_label}
            </button>
        </form>
    }
}
