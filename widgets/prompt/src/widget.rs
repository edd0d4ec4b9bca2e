//! `<vox-prompt>`: one prompt on the page, from the scale to the thank-you. Added by the runtime
//! (`floating`, already admitted), or placed by the site (`<vox-prompt prompt="id">`, shown in
//! place when [`runtime::admit`] lets it).

use std::any::Any;
use std::cell::Cell;
use std::rc::Rc;

use crate::rules::memory::Memory;
use vox_core::config::{PromptConfig, PromptDisplay};
use vox_core::json::Map;
use vox_core::submission::Band;
use vox_core::submission::{Payload, PromptAnswers, Stage};
use vox_core::web::mount::{mount_markup, WidgetContext};
use vox_core::web::{announce, page, submit};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlElement};

use crate::view::{Texts, MAX_TEXT, TEXT_ID};
use crate::{memory_store, preview, runtime, SPEC};

/// Draws the prompt named by the element's `prompt` attribute. `visitor` is what
/// `Vox.identify` was told, for a site-placed prompt's audience rules.
pub fn prompt(ctx: &WidgetContext, visitor: &Map) -> Result<Box<dyn Any>, JsValue> {
    let host = ctx.host();
    let id = host.get_attribute("prompt").unwrap_or_default();
    let Some(config) = ctx.config.prompts.iter().find(|p| p.id == id) else {
        let message = format!(
            "Vox: <vox-prompt prompt=\"{id}\"> names no prompt of the config (prompts[].id). It is not shown."
        );
        web_sys::console::error_1(&message.into());
        return Ok(Box::new(()));
    };
    let floating = host.has_attribute("floating");
    if !floating && !runtime::admit_in_page(&ctx.config, config, visitor) {
        return Ok(Box::new(()));
    }
    let mut config = config.clone();
    if !floating {
        config.display = PromptDisplay::Inline;
    }
    let brand = config.brand.clone().unwrap_or_else(|| {
        web_sys::window()
            .and_then(|w| w.location().hostname().ok())
            .unwrap_or_default()
    });
    let prompt = Rc::new(Prompt {
        ctx: ctx.clone(),
        config,
        brand,
        response_id: page::new_id(),
        score: Cell::new(None),
        preview: host.get_attribute(preview::ATTRIBUTE).map(|v| v == "send"),
        return_focus: page::active_element(),
    });
    let texts = prompt.texts();
    let (label, frame) = (texts.question(), texts.frame());
    let on = {
        let prompt = prompt.clone();
        move |ev: &web_sys::Event, container: &HtmlElement| prompt.on(ev, container)
    };
    let (container, handle) = mount_markup(ctx, &SPEC, &frame, &["click", "keydown", "input"], on)?;
    if beside_launcher(ctx, &prompt.config) {
        if let Some(section) = find(&container, ".prompt") {
            let _ = section.set_attribute("data-stacked", "");
        }
    }
    if prompt.config.display == PromptDisplay::Modal {
        if let Some(dialog) = find(&container, "dialog") {
            let _ = dialog
                .unchecked_into::<web_sys::HtmlDialogElement>()
                .show_modal();
        }
    } else if let Some(status) = find(&container, "[role=status]") {
        // Non-modal displays take no focus: the status region announces them.
        announce::later(status, label);
    }
    ctx.emit("open", &JsValue::from_str("prompt"));
    Ok(handle)
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

fn find(root: &HtmlElement, selector: &str) -> Option<Element> {
    root.query_selector(selector).ok().flatten()
}

/// How long the thank-you card stays, once focus is elsewhere.
const THANKS_MS: i32 = 6_000;

/// One prompt's state: the score once picked (it is sent at once, and only once).
struct Prompt {
    ctx: WidgetContext,
    config: PromptConfig,
    brand: String,
    /// Shared by the score and the follow-up, so a backend counts one response.
    response_id: String,
    score: Cell<Option<u8>>,
    /// A site owner's preview ([`crate::preview`]): nothing is remembered, and answers are sent
    /// only when this is `Some(true)`.
    preview: Option<bool>,
    /// Where focus was before, to give it back on close if the visitor was inside the prompt.
    return_focus: Option<HtmlElement>,
}

impl Prompt {
    fn texts(&self) -> Texts<'_> {
        Texts {
            catalog: &self.ctx.catalog,
            prompt: &self.config,
            brand: &self.brand,
        }
    }

    fn on(self: &Rc<Self>, ev: &web_sys::Event, container: &HtmlElement) {
        let Some(target) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
            return;
        };
        let score = (target.get_attribute("name").as_deref() == Some("score"))
            .then(|| target.get_attribute("value")?.parse::<u8>().ok())
            .flatten();
        match ev.type_().as_str() {
            "click" => {
                let action = target
                    .closest("[data-action]")
                    .ok()
                    .flatten()
                    .and_then(|b| b.get_attribute("data-action"));
                // A pointer's click picks; arrow keys also "click" radios (detail 0), which
                // only moves the choice.
                let pointer = ev
                    .dyn_ref::<web_sys::MouseEvent>()
                    .is_some_and(|m| m.detail() > 0);
                match (action.as_deref(), score) {
                    (Some("close"), _) => self.close(),
                    (Some("skip"), _) => self.thank(container),
                    (Some("send"), _) => self.send(container),
                    (None, Some(score)) if pointer => self.pick(score, container),
                    _ => {}
                }
            }
            "keydown" => {
                let key = ev
                    .dyn_ref::<web_sys::KeyboardEvent>()
                    .map(|k| k.key())
                    .unwrap_or_default();
                match (key.as_str(), score) {
                    ("Escape", _) => self.close(),
                    ("Enter" | " ", Some(score)) => {
                        ev.prevent_default();
                        self.pick(score, container);
                    }
                    _ => {}
                }
            }
            _ if target.id() == TEXT_ID => {
                let used = text_of(container).chars().count();
                if let Some(count) = find(container, ".count") {
                    let left = self.texts().characters_left(MAX_TEXT.saturating_sub(used));
                    count.set_text_content(Some(&left));
                }
            }
            _ => {}
        }
    }

    /// The score, sent at once; then the follow-up question, or the thank-you.
    fn pick(self: &Rc<Self>, score: u8, container: &HtmlElement) {
        if self.score.replace(Some(score)).is_some() {
            return;
        }
        self.remember(&mut |m, now| m.answered(&self.config.id, now));
        self.post(Stage::Score, score, None);
        if !self.config.follow_up {
            return self.thank(container);
        }
        let band = Band::of(self.config.kind, score);
        self.redraw(container, &self.texts().follow_up(band));
        if let Some(text) = find(container, "textarea") {
            let _ = text.unchecked_into::<HtmlElement>().focus();
        }
    }

    /// The follow-up answer, if the visitor wrote one, as the response's second message.
    fn send(self: &Rc<Self>, container: &HtmlElement) {
        let text = text_of(container).trim().to_string();
        if let (Some(score), false) = (self.score.get(), text.is_empty()) {
            self.post(Stage::FollowUp, score, Some(text));
        }
        self.thank(container);
    }

    /// The thank-you card: announced, with focus on its close button if focus was in the
    /// prompt; it closes itself a few seconds later, but never from under the visitor's focus.
    fn thank(self: &Rc<Self>, container: &HtmlElement) {
        let focused = self.has_focus();
        self.redraw(container, &self.texts().thanks());
        if let Some(status) = find(container, "p[role=status]") {
            announce::later(status, self.ctx.catalog.t("prompt-thanks-title"));
        }
        if let (true, Some(close)) = (focused, find(container, ".close")) {
            let _ = close.unchecked_into::<HtmlElement>().focus();
        }
        self.close_later(THANKS_MS);
    }

    fn close_later(self: &Rc<Self>, delay_ms: i32) {
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
        });
    }

    /// Whether focus is in this prompt (the document sees its host focused).
    fn has_focus(&self) -> bool {
        let host = self.ctx.host();
        page::document()
            .and_then(|d| d.active_element())
            .is_some_and(|el| &el == host.unchecked_ref::<Element>())
    }

    fn redraw(&self, container: &HtmlElement, markup: &str) {
        if let Some(step) = find(container, ".step") {
            step.set_inner_html(markup);
        }
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
            if let Some(el) = &self.return_focus {
                let _ = el.focus();
            }
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
            submit::submit(
                &ctx.config,
                ctx.locale,
                Payload::Prompt(answers),
                ctx.host(),
            )
            .await;
        });
    }
}

/// The follow-up answer as typed so far.
fn text_of(container: &HtmlElement) -> String {
    find(container, "textarea")
        .and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
        .map(|t| t.value())
        .unwrap_or_default()
}
