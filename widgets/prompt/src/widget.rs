//! `<vox-prompt>`: one prompt on the page, from the scale to the thank-you. Added by the runtime
//! (`floating`, already admitted), or placed by the site (`<vox-prompt prompt="id">`, shown in
//! place when [`runtime::admit`] lets it).

use std::cell::Cell;
use std::rc::Rc;

use leptos::html;
use leptos::prelude::*;
use vox_core::config::{Config, PromptConfig, PromptDisplay};
use vox_core::json::Map;
use vox_core::submission::Band;
use vox_core::submission::{Payload, PromptAnswers, Stage};
use vox_core::web::focus::ReturnFocus;
use vox_core::web::mount::WidgetContext;
use vox_core::web::{announce, page, report};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlElement, KeyboardEvent};

use crate::rules::memory::Memory;
use crate::step::{Action, Step};
use crate::texts::Texts;
use crate::view::{self, Act, QUESTION_ID};
use crate::{memory_store, preview, runtime};

/// The prompt an element asks for and how: `prompt` names it, `floating` marks one the runtime
/// added (already admitted), and `preview` a site owner's preview ([`crate::preview`]).
#[derive(Clone)]
pub(crate) struct Placed {
    pub prompt: PromptConfig,
    /// `Some(send)` for a preview: nothing is remembered, and answers are sent only if `send`.
    pub preview: Option<bool>,
}

/// Which prompt `host` shows, if the page may show it now. `visitor` is what `Vox.identify`
/// was told, for a site-placed prompt's audience rules.
pub(crate) fn placed(config: &Config, host: &HtmlElement, visitor: &Map) -> Option<Placed> {
    let id = host.get_attribute("prompt").unwrap_or_default();
    let mut placed = Placed::new(config, &id, host.has_attribute("floating"), visitor)?;
    placed.preview = host.get_attribute(preview::ATTRIBUTE).map(|v| v == "send");
    Some(placed)
}

impl Placed {
    /// Prompt `id` of the config: `floating` as the runtime shows it once admitted, or placed
    /// in the page (inline) when its rules admit it now.
    pub fn new(config: &Config, id: &str, floating: bool, visitor: &Map) -> Option<Placed> {
        let Some(prompt) = config.prompts.iter().find(|p| p.id == id) else {
            report::error_once(&format!(
                "Vox: no prompt \"{id}\" in the config's prompts (prompts[].id): <vox-prompt prompt> or <VoxPrompt id> names it. It is not shown."
            ));
            return None;
        };
        if !floating && !runtime::admit_in_page(config, prompt, visitor) {
            return None;
        }
        let mut prompt = prompt.clone();
        if !floating {
            prompt.display = PromptDisplay::Inline;
        }
        Some(Placed {
            prompt,
            preview: None,
        })
    }
}

/// One rating prompt. A modal is a `<dialog>` that takes focus; the other displays are a
/// labelled region that takes none, announced instead.
#[component]
pub(crate) fn RatingPrompt(ctx: WidgetContext, placed: Placed) -> impl IntoView {
    let brand = placed.prompt.brand.clone().unwrap_or_else(|| {
        web_sys::window()
            .and_then(|w| w.location().hostname().ok())
            .unwrap_or_default()
    });
    let step = RwSignal::new(Step::Scale);
    let text = RwSignal::new(String::new());
    let (status, field, close) = (NodeRef::<html::P>::new(), NodeRef::new(), NodeRef::new());
    let state = Rc::new(Prompt {
        stacked: beside_launcher(&ctx, &placed.prompt),
        ctx,
        config: placed.prompt,
        brand,
        response_id: page::new_id(),
        score: Cell::new(None),
        preview: placed.preview,
        return_focus: {
            let focus = ReturnFocus::new();
            focus.remember();
            focus
        },
        step,
        text,
        status,
        field,
        close,
    });
    let act: Act = {
        let state = state.clone();
        Rc::new(move |action| state.act(action))
    };
    let texts = state.texts();
    let modal = state.config.display == PromptDisplay::Modal;
    let label = texts.label();
    let question = texts.question();
    let close_label = texts.t("prompt-close");
    let on_key = {
        let act = act.clone();
        move |ev: KeyboardEvent| {
            if ev.key() == "Escape" {
                act(Action::Close);
            }
        }
    };
    let closing = act.clone();
    let inner = view! {
        <p class="visually-hidden" role="status" node_ref=status></p>
        <button
            type="button"
            class="close"
            part="close"
            aria-label=close_label
            node_ref=close
            on:click=move |_| closing(Action::Close)
        >
            "×"
        </button>
        <div class="step">
            {view::scale(&texts, step, modal, &act)}
            {view::follow_up(&texts, step, text, field, &act)}
            {view::thanks(&texts, step)}
        </div>
    };
    state.ctx.emit("open", &JsValue::from_str("prompt"));
    let (display, position) = (
        state.config.display.as_str(),
        state.config.position.as_str(),
    );
    let stacked = state.stacked.then_some("");
    if modal {
        let dialog = NodeRef::<html::Dialog>::new();
        dialog.on_load(|d| {
            let _ = d.show_modal();
        });
        leptos::either::Either::Left(view! {
            <dialog
                class="prompt"
                part="prompt"
                data-display=display
                data-position=position
                aria-label=label
                aria-describedby=QUESTION_ID
                node_ref=dialog
                on:keydown=on_key
            >
                {inner}
            </dialog>
        })
    } else {
        // Non-modal displays take no focus: the status region announces them.
        status.on_load(move |s| announce::later(s.into(), question));
        leptos::either::Either::Right(view! {
            <section
                class="prompt"
                part="prompt"
                data-display=display
                data-position=position
                data-stacked=stacked
                aria-label=label
                on:keydown=on_key
            >
                {inner}
            </section>
        })
    }
}

/// Whether a slide-in prompt would sit on the feedback launcher: same corner, launcher shown.
/// The prompt then stacks above it (`data-stacked`), so neither covers the other.
fn beside_launcher(ctx: &WidgetContext, config: &PromptConfig) -> bool {
    let launcher = page::document()
        .and_then(|d| {
            d.query_selector("vox-feedback[data-mode=launcher]")
                .ok()
                .flatten()
        })
        .is_some();
    launcher
        && config.display == PromptDisplay::SlideIn
        && config.position == ctx.config.feedback.position
}

/// How long the thank-you card stays, once focus is elsewhere.
const THANKS_MS: u32 = 6_000;

/// One prompt's state: the score once picked (it is sent at once, and only once).
struct Prompt {
    ctx: WidgetContext,
    config: PromptConfig,
    brand: String,
    stacked: bool,
    /// Shared by the score and the follow-up, so a backend counts one response.
    response_id: String,
    score: Cell<Option<u8>>,
    /// A site owner's preview ([`crate::preview`]): nothing is remembered, and answers are sent
    /// only when this is `Some(true)`.
    preview: Option<bool>,
    /// Where focus was before, to give it back on close if the visitor was inside the prompt.
    return_focus: ReturnFocus,
    step: RwSignal<Step>,
    text: RwSignal<String>,
    status: NodeRef<html::P>,
    field: NodeRef<html::Textarea>,
    close: NodeRef<html::Button>,
}

impl Prompt {
    fn texts(&self) -> Texts<'_> {
        Texts {
            catalog: &self.ctx.catalog,
            prompt: &self.config,
            brand: &self.brand,
        }
    }

    fn act(self: &Rc<Self>, action: Action) {
        match action {
            Action::Pick(score) => self.pick(score),
            Action::Skip => self.thank(),
            Action::Send => self.send(),
            Action::Close => self.close(),
        }
    }

    /// The score, sent at once; then the follow-up question, or the thank-you.
    fn pick(self: &Rc<Self>, score: u8) {
        if self.score.replace(Some(score)).is_some() {
            return;
        }
        self.remember(&mut |m, now| m.answered(&self.config.id, now));
        self.post(Stage::Score, score, None);
        if !self.config.follow_up {
            return self.thank();
        }
        self.step
            .set(Step::FollowUp(Band::of(self.config.kind, score)));
        let field = self.field;
        // Once the step is shown: a hidden field cannot take focus.
        request_animation_frame(move || {
            if let Some(field) = field.get_untracked() {
                let _ = field.focus();
            }
        });
    }

    /// The follow-up answer, if the visitor wrote one, as the response's second message.
    fn send(self: &Rc<Self>) {
        let text = self.text.get_untracked().trim().to_string();
        if let (Some(score), false) = (self.score.get(), text.is_empty()) {
            self.post(Stage::FollowUp, score, Some(text));
        }
        self.thank();
    }

    /// The thank-you card: announced, with focus on its close button if focus was in the
    /// prompt; it closes itself a few seconds later, but never from under the visitor's focus.
    fn thank(self: &Rc<Self>) {
        let focused = self.has_focus();
        self.step.set(Step::Thanks);
        if let Some(status) = self.status.get_untracked() {
            announce::later(status.into(), self.ctx.catalog.t("prompt-thanks-title"));
        }
        if let (true, Some(close)) = (focused, self.close.get_untracked()) {
            let _ = close.focus();
        }
        self.close_later(THANKS_MS);
    }

    fn close_later(self: &Rc<Self>, delay_ms: u32) {
        let prompt = Rc::downgrade(self);
        page::after(delay_ms, move || {
            let Some(prompt) = prompt.upgrade() else {
                return;
            };
            if prompt.has_focus() {
                prompt.close_later(THANKS_MS / 3);
            } else if prompt.ctx.host().is_connected() {
                prompt.close();
            }
        })
        .forget();
    }

    /// Whether focus is in this prompt (the document sees its host focused).
    fn has_focus(&self) -> bool {
        let host = self.ctx.host();
        page::document()
            .and_then(|d| d.active_element())
            .is_some_and(|el| &el == host.unchecked_ref::<Element>())
    }

    /// Closed before a score: dismissed, which keeps the prompt away for its own window.
    fn close(&self) {
        if self.score.get().is_none() {
            self.remember(&mut |m, now| m.dismissed(&self.config.id, now));
        }
        let host = self.ctx.host();
        let had_focus = self.has_focus();
        self.ctx.emit("close", &JsValue::from_str("prompt"));
        host.remove();
        if had_focus {
            self.return_focus.restore();
        }
    }

    /// Writes what happened to the fatigue memory; a preview leaves it as it was.
    fn remember(&self, note: &mut dyn FnMut(&mut Memory, f64)) {
        if self.preview.is_none() {
            let now = page::now_ms();
            memory_store::with(&self.ctx.config, &mut |m| {
                note(m, now);
                true
            });
        }
    }

    fn post(&self, stage: Stage, score: u8, text: Option<String>) {
        if self.preview == Some(false) {
            return;
        }
        let answers = PromptAnswers {
            prompt: self.config.id.clone(),
            kind: self.config.kind,
            response_id: self.response_id.clone(),
            stage,
            score,
            band: Band::of(self.config.kind, score),
            text,
        };
        let ctx = self.ctx.clone();
        wasm_bindgen_futures::spawn_local(async move {
            ctx.submit(Payload::Prompt(answers)).await;
        });
    }
}
