//! The form's fields. Each is a native control inside a `<label>` or `<fieldset>`, so names,
//! roles, arrow-key radio navigation and validation semantics come from the platform.

use leptos::html;
use leptos::prelude::*;
use vox_core::locale::Catalog;

use crate::draft::Field;
use crate::errors::{error_element_id, Errors};

/// Built-in topic ids that have translations; others are site-defined and shown as written.
const BUILT_IN_TOPICS: &[&str] = &["bug", "idea", "question", "order", "other"];

fn topic_label(catalog: &Catalog, topic: &str) -> String {
    if BUILT_IN_TOPICS.contains(&topic) {
        catalog.t(&format!("feedback-category-{topic}"))
    } else {
        topic.to_string()
    }
}

/// `aria-describedby` listing only the ids that exist right now.
fn described_by(ids: impl IntoIterator<Item = Option<&'static str>>) -> Option<String> {
    let ids: Vec<&str> = ids.into_iter().flatten().collect();
    (!ids.is_empty()).then(|| ids.join(" "))
}

fn error_text(catalog: &Catalog, field: Field, errors: Errors) -> impl IntoView {
    let message = catalog.t(field.error_id());
    move || {
        errors.has(field).then(|| {
            view! { <p id=error_element_id(field) class="error" part="error">{message.clone()}</p> }
        })
    }
}

#[component]
pub fn Topics(
    catalog: Catalog,
    topics: Vec<String>,
    selected: RwSignal<Option<String>>,
    errors: Errors,
    first: NodeRef<html::Input>,
    autofocus: bool,
) -> impl IntoView {
    let invalid = move || errors.has(Field::Category);
    let chips = topics
        .into_iter()
        .enumerate()
        .map(|(i, topic)| {
            let label = topic_label(&catalog, &topic);
            let value = topic.clone();
            let checked = move || selected.with(|s| s.as_deref() == Some(topic.as_str()));
            let node_ref = if i == 0 { first } else { NodeRef::new() };
            view! {
                <label class="chip" part="chip">
                    <input
                        type="radio"
                        name="category"
                        class="visually-hidden"
                        node_ref=node_ref
                        autofocus=autofocus && i == 0
                        value=value.clone()
                        prop:checked=checked
                        on:change=move |_| {
                            selected.set(Some(value.clone()));
                            errors.clear(Field::Category);
                        }
                    />
                    <span>{label}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset
            class="field"
            part="categories"
            aria-invalid=move || invalid().then_some("true")
            aria-describedby=move || invalid().then_some(error_element_id(Field::Category))
        >
            <legend>{catalog.t("feedback-category-legend")}</legend>
            <div class="chips">{chips}</div>
            {error_text(&catalog, Field::Category, errors)}
        </fieldset>
    }
}

#[component]
pub fn Rating(catalog: Catalog, rating: RwSignal<Option<u8>>) -> impl IntoView {
    let low = catalog.t("feedback-rating-low");
    let high = catalog.t("feedback-rating-high");
    let stars = (1..=5u8)
        .map(|n| {
            let mut name = catalog.t_args("feedback-rating-value", &[("rating", usize::from(n).into())]);
            if n == 1 {
                name = format!("{name}, {low}");
            } else if n == 5 {
                name = format!("{name}, {high}");
            }
            view! {
                <label class="star" part="star" class:filled=move || rating.get().is_some_and(|r| r >= n)>
                    <input
                        type="radio"
                        name="rating"
                        class="visually-hidden"
                        value=n.to_string()
                        prop:checked=move || rating.get() == Some(n)
                        on:change=move |_| rating.set(Some(n))
                    />
                    <svg viewBox="0 0 24 24" aria-hidden="true">
                        <path d="M12 2.8l2.8 6 6.5.7-4.9 4.4 1.4 6.4L12 17l-5.8 3.3 1.4-6.4-4.9-4.4 6.5-.7z" />
                    </svg>
                    <span class="visually-hidden">{name}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="field" part="rating">
            <legend>
                {catalog.t("feedback-rating-legend")} " "
                <span class="optional">{catalog.t("feedback-optional")}</span>
            </legend>
            <div class="stars">{stars}</div>
            <div class="scale-ends" aria-hidden="true">
                <span>{low.clone()}</span>
                <span>{high.clone()}</span>
            </div>
        </fieldset>
    }
}

#[component]
pub fn Message(
    catalog: Catalog,
    message: RwSignal<String>,
    max_length: u16,
    errors: Errors,
    node_ref: NodeRef<html::Textarea>,
) -> impl IntoView {
    let invalid = move || errors.has(Field::Message);
    let count_catalog = catalog.clone();
    let left = move || {
        let used = message.with(|m| m.chars().count());
        let left = usize::from(max_length).saturating_sub(used);
        count_catalog.t_args("feedback-characters-left", &[("count", left.into())])
    };
    view! {
        <div class="field">
            <label for="vox-message">{catalog.t("feedback-message-label")}</label>
            <textarea
                id="vox-message"
                part="message"
                rows="4"
                node_ref=node_ref
                maxlength=max_length.to_string()
                placeholder=catalog.t("feedback-message-placeholder")
                aria-invalid=move || invalid().then_some("true")
                aria-describedby=move || described_by([Some("vox-count"), invalid().then_some(error_element_id(Field::Message))])
                prop:value=move || message.get()
                on:input=move |ev| {
                    message.set(event_target_value(&ev));
                    errors.clear(Field::Message);
                }
            ></textarea>
            <p id="vox-count" class="count" part="count">{left}</p>
            {error_text(&catalog, Field::Message, errors)}
        </div>
    }
}

#[component]
pub fn Email(
    catalog: Catalog,
    email: RwSignal<String>,
    errors: Errors,
    node_ref: NodeRef<html::Input>,
    /// Hidden (and not sent) while the visitor does not allow it.
    shown: ReadSignal<bool>,
) -> impl IntoView {
    let invalid = move || errors.has(Field::Email);
    view! {
        <div class="field" hidden=move || !shown.get()>
            <label for="vox-email">
                {catalog.t("feedback-email-label")} " "
                <span class="optional">{catalog.t("feedback-optional")}</span>
            </label>
            <input
                id="vox-email"
                part="email"
                type="email"
                autocomplete="email"
                inputmode="email"
                node_ref=node_ref
                aria-invalid=move || invalid().then_some("true")
                aria-describedby=move || described_by([Some("vox-email-hint"), invalid().then_some(error_element_id(Field::Email))])
                prop:value=move || email.get()
                on:input=move |ev| {
                    email.set(event_target_value(&ev));
                    errors.clear(Field::Email);
                }
            />
            <p id="vox-email-hint" class="hint">{catalog.t("feedback-email-hint")}</p>
            {error_text(&catalog, Field::Email, errors)}
        </div>
    }
}

/// A text field people never see or reach; bots that fill every input give themselves away.
#[component]
pub fn Honeypot(catalog: Catalog, value: RwSignal<String>) -> impl IntoView {
    view! {
        <div class="honeypot" aria-hidden="true">
            <label>
                {catalog.t("feedback-honeypot")}
                <input
                    type="text"
                    name="website"
                    tabindex="-1"
                    autocomplete="off"
                    on:input=move |ev| value.set(event_target_value(&ev))
                />
            </label>
        </div>
    }
}
