//! The prompt's views: the scale, the follow-up question and the thank-you. All three are drawn
//! once and the [`Step`] signal shows one (a rebuilt view costs kilobytes of wasm); every
//! control hands an [`Action`] to the widget's one handler.

use std::rc::Rc;

use leptos::html;
use leptos::prelude::*;
use web_sys::{KeyboardEvent, MouseEvent};

use crate::step::{Action, Step};
use crate::texts::{Texts, MAX_TEXT};

/// Labels the question, for the frame's `aria-labelledby`.
pub const QUESTION_ID: &str = "vox-prompt-q";
const TEXT_ID: &str = "vox-prompt-text";
const COUNT_ID: &str = "vox-prompt-count";

/// The handler every control calls.
pub type Act = Rc<dyn Fn(Action)>;

/// The score as a radio group: arrow keys move, a click, tap, Enter or Space picks. A modal
/// takes focus onto the scale, where the answer is (the dialog honours `autofocus`).
pub fn scale(texts: &Texts, step: RwSignal<Step>, modal: bool, act: &Act) -> impl IntoView {
    let prompt = texts.prompt;
    let icons = (prompt.kind == vox_core::config::PromptKind::Csat).then(|| prompt.icons.as_str());
    let points: Vec<_> = texts
        .points()
        .into_iter()
        .enumerate()
        .map(|(i, point)| {
            let score = point.score;
            let (click, key) = (act.clone(), act.clone());
            // A pointer's click picks; arrow keys also "click" radios (detail 0), which only
            // moves the choice.
            let on_click = move |ev: MouseEvent| {
                if ev.detail() > 0 {
                    click(Action::Pick(score));
                }
            };
            let on_key = move |ev: KeyboardEvent| {
                if matches!(ev.key().as_str(), "Enter" | " ") {
                    ev.prevent_default();
                    key(Action::Pick(score));
                }
            };
            let name = point
                .name
                .map(|name| view! { <span class="visually-hidden">{name}</span> });
            view! {
                <label class="option" part="option">
                    <input
                        type="radio"
                        name="score"
                        value=score.to_string()
                        autofocus=modal && i == 0
                        on:click=on_click
                        on:keydown=on_key
                    />
                    <span class="face" aria-hidden=point.icon.then_some("true")>{point.shown}</span>
                    {name}
                </label>
            }
        })
        .collect();
    let (start, end) = texts.ends();
    view! {
        <fieldset
            class="scale"
            part="scale"
            data-kind=prompt.kind.as_str()
            dir=(!prompt.mirror).then_some("ltr")
            data-icons=icons
            hidden=move || step.get() != Step::Scale
        >
            <legend id=QUESTION_ID part="question">{texts.question()}</legend>
            <div class="options">{points}</div>
            <div class="ends" aria-hidden="true">
                <span>{start}</span>
                <span>{end}</span>
            </div>
        </fieldset>
    }
}

/// The open question for the score's band, a text area with its count, skip and send.
pub fn follow_up(
    texts: &Texts,
    step: RwSignal<Step>,
    text: RwSignal<String>,
    field: NodeRef<html::Textarea>,
    act: &Act,
) -> impl IntoView {
    let catalog = texts.catalog.clone();
    let question = move || match step.get() {
        Step::FollowUp(band) => crate::texts::follow_up(&catalog, band),
        _ => String::new(),
    };
    let counts = texts.catalog.clone();
    let left = move || {
        let used = text.with(|t| t.chars().count());
        crate::texts::characters_left(&counts, MAX_TEXT.saturating_sub(used))
    };
    let (skip, send) = (act.clone(), act.clone());
    view! {
        <div class="follow-up" hidden=move || !matches!(step.get(), Step::FollowUp(_))>
            <label for=TEXT_ID class="question">{question}</label>
            <textarea
                id=TEXT_ID
                part="text"
                rows="3"
                maxlength=MAX_TEXT.to_string()
                placeholder=texts.t("prompt-follow-up-placeholder")
                aria-describedby=COUNT_ID
                node_ref=field
                prop:value=text
                on:input=move |ev| text.set(event_target_value(&ev))
            ></textarea>
            <p id=COUNT_ID class="count">{left}</p>
            <div class="actions">
                <button type="button" class="secondary" part="skip" on:click=move |_| skip(Action::Skip)>
                    {texts.t("prompt-skip")}
                </button>
                <button type="button" class="primary" part="send" on:click=move |_| send(Action::Send)>
                    {texts.t("prompt-send")}
                </button>
            </div>
        </div>
    }
}

/// The thank-you, announced through the prompt's status region (a live region inserted with
/// its text already in it is often not read).
pub fn thanks(texts: &Texts, step: RwSignal<Step>) -> impl IntoView {
    view! {
        <div class="thanks" hidden=move || step.get() != Step::Thanks>
            <p class="thanks-title">{texts.t("prompt-thanks-title")}</p>
            <p>{texts.t("prompt-thanks-body")}</p>
        </div>
    }
}
