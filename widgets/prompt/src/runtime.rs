//! The prompts runtime: one per page, started by the loader when the config has prompts. It arms
//! each prompt whose page rules match (again after every single-page-app navigation, which also
//! cancels what no longer matches), listens for what its trigger waits for, and when one fires
//! asks [`admit`] and adds the prompt to the page.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::rules::memory::Refusal;
use crate::rules::{sampling, targeting};
use gloo_events::EventListener;
use vox_core::config::{Config, PromptConfig, PromptDisplay, Trigger};
use vox_core::json::{Json, Map};
use vox_core::web::{events, page, report};
use wasm_bindgen::JsCast;

use crate::{memory_store, preview, screen};

/// Whether `prompt` may appear now for this visitor (audience, sample, the contact-fatigue
/// budget, what is on screen); if so it counts as shown.
pub fn admit(config: &Config, prompt: &PromptConfig, visitor: &Map) -> bool {
    admission(config, prompt, visitor) == Ok(())
}

/// [`admit`], with the rule that refused it (`None`: audience or sample).
fn admission(config: &Config, prompt: &PromptConfig, visitor: &Map) -> Result<(), Option<Refusal>> {
    let now = page::now_ms();
    let screen = screen::now(config);
    let mut admitted = Err(None);
    memory_store::with(config, &mut |m| {
        let id = match visitor.get("id") {
            Some(Json::Str(id)) => id.clone(),
            // The JSON writer's number form: no float formatting code in the wasm.
            Some(n @ Json::Num(_)) => n.to_string(),
            _ => m.visitor.clone(),
        };
        let chosen = targeting::in_audience(&prompt.audience, visitor)
            && sampling::in_sample(&id, &prompt.id, prompt.sample);
        admitted = match chosen {
            true => m
                .may_show(prompt, &config.fatigue, screen, now)
                .map_err(Some),
            false => Err(None),
        };
        if admitted.is_ok() {
            m.shown(&prompt.id, now);
        }
        admitted.is_ok()
    });
    admitted
}

thread_local! {
    /// Site-placed prompts admitted on this page: drawn again when `Vox.init` re-renders the
    /// widgets (another language, another theme), not asked about again.
    static IN_PAGE: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// [`admit`] for a prompt the site placed in its page, once per page.
pub fn admit_in_page(config: &Config, prompt: &PromptConfig, visitor: &Map) -> bool {
    let known = IN_PAGE.with(|ids| ids.borrow().contains(&prompt.id));
    if !known && admit(config, prompt, visitor) {
        IN_PAGE.with(|ids| ids.borrow_mut().push(prompt.id.clone()));
        return true;
    }
    known
}

/// A prompt waiting for its trigger on this page, with its timer if it has one.
struct Armed {
    id: String,
    timer: Option<gloo_timers::callback::Timeout>,
}

struct Runtime {
    config: Config,
    /// Shows an admitted prompt: the embed adds a `<vox-prompt>` to the page, a Leptos app's
    /// [`crate::VoxPrompts`] draws it in its tree.
    show: Box<dyn Fn(&str)>,
    visitor: RefCell<Map>,
    armed: RefCell<Vec<Armed>>,
    /// Prompts whose trigger went off while the consent banner waited for the visitor: asked
    /// again once they decide, while the page (route) is the same.
    waiting: RefCell<Vec<String>>,
    /// When the current page (or single-page-app route) started, epoch ms.
    route_started: Cell<f64>,
    /// Exit intent is a desktop gesture (a pointer leaving the window's top edge), not one of
    /// touch screens.
    touch: bool,
}

/// The running prompts' runtime of a page: dropping it stops every trigger.
#[must_use = "the runtime stops when dropped; `forget()` keeps it for the page's life"]
pub struct Started {
    runtime: Rc<Runtime>,
    _listeners: Option<[EventListener; 7]>,
}

impl Started {
    /// Keeps the runtime for as long as the page lives (the embed's).
    pub fn forget(self) {
        std::mem::forget(self);
    }
}

impl Drop for Started {
    fn drop(&mut self) {
        // The timers hold the runtime; dropping them cancels them and lets it go.
        drop(self.runtime.armed.take());
    }
}

/// Starts the runtime. `visitor` holds what `Vox.identify` was told so far; `tracked` the
/// events `Vox.track` saw before the runtime started (`{ name, properties }`); `show` draws a
/// prompt that a trigger fired and the rules admitted.
pub fn start(
    config: Config,
    visitor: Map,
    tracked: &[Json],
    show: impl Fn(&str) + 'static,
) -> Started {
    let now = page::now_ms();
    memory_store::with(&config, &mut |m| {
        m.page_view(now);
        true
    });
    let runtime = Rc::new(Runtime {
        config,
        show: Box::new(show),
        visitor: RefCell::new(visitor),
        armed: RefCell::new(Vec::new()),
        waiting: RefCell::new(Vec::new()),
        route_started: Cell::new(now - page::since_load_ms()),
        touch: page::matches_media("(pointer: coarse)"),
    });
    if let Some(id) = preview::requested() {
        if let Err(e) = preview::preview(&runtime.config, &id, false) {
            report::error_once(&e);
        }
    }
    runtime.arm();
    let listeners = listen(&runtime);
    for event in tracked {
        if let Some(name) = event.get("name").as_str() {
            runtime.tracked(name);
        }
    }
    Started {
        runtime,
        _listeners: listeners,
    }
}

/// Adds a floating `<vox-prompt>` for `id` at the end of the page, which the loader mounts:
/// how the embed shows a prompt.
pub fn add_element(id: &str) {
    let Some(document) = page::document() else {
        return;
    };
    if let (Ok(el), Some(body)) = (document.create_element("vox-prompt"), document.body()) {
        let _ = el.set_attribute("prompt", id);
        let _ = el.set_attribute("floating", "");
        let _ = body.append_child(&el);
    }
}

/// One listener for every signal the triggers wait for (an array, not a `Vec`: the embed's
/// module pays for no growable list it never grows).
fn listen(runtime: &Rc<Runtime>) -> Option<[EventListener; 7]> {
    let (window, document) = (web_sys::window()?, page::document()?);
    let on = |target: &web_sys::EventTarget, kind: &'static str| {
        let rt = runtime.clone();
        EventListener::new(target, kind, move |ev| rt.on(ev))
    };
    Some([
        on(&window, "scroll"),
        on(&window, "vox:navigate"),
        on(&window, "popstate"),
        on(&document, "mouseout"),
        on(&document, "vox:track"),
        on(&document, "vox:identify"),
        on(&document, "vox:consent"),
    ])
}

impl Runtime {
    fn on(self: &Rc<Self>, ev: &web_sys::Event) {
        let detail = || {
            ev.dyn_ref::<web_sys::CustomEvent>()
                .map(|e| events::from_js(&e.detail()))
                .unwrap_or_default()
        };
        match ev.type_().as_str() {
            // Scroll events come by the dozen: the page's layout is read only while a scroll
            // trigger waits, and once per event.
            "scroll" if self.waits_for(|t| matches!(t, Trigger::Scroll(_))) => {
                let depth = scrolled();
                self.fire_where(|t| matches!(t, Trigger::Scroll(p) if depth >= f64::from(*p)))
            }
            "scroll" => {}
            "mouseout" => {
                let leaving = ev
                    .dyn_ref::<web_sys::MouseEvent>()
                    .is_some_and(|m| m.related_target().is_none() && m.client_y() <= 0);
                if leaving && !self.touch {
                    self.fire_where(|t| matches!(t, Trigger::ExitIntent(_)));
                }
            }
            "vox:track" => {
                if let Some(name) = detail().get("name").as_str() {
                    self.tracked(name);
                }
            }
            "vox:identify" => {
                if let Some(attributes) = detail().as_object() {
                    *self.visitor.borrow_mut() = attributes.clone();
                }
            }
            // After the task that decided, which closes the banner after telling the page.
            "vox:consent" => {
                let rt = self.clone();
                page::after(0, move || rt.decided()).forget();
            }
            _ => self.navigated(),
        }
    }

    /// The visitor decided on consent: the prompts that waited for it are asked for again (the
    /// fatigue rules still decide; a banner still open keeps them waiting).
    fn decided(self: &Rc<Self>) {
        for id in self.waiting.take() {
            self.armed.borrow_mut().push(Armed {
                id: id.clone(),
                timer: None,
            });
            self.fire(&id);
        }
    }

    /// Arms the prompts whose pages match the current path, cancelling what was armed before
    /// (and what waited for a consent decision).
    fn arm(self: &Rc<Self>) {
        self.waiting.borrow_mut().clear();
        for old in self.armed.take() {
            drop(old.timer); // cancels it
        }
        let path = page::path();
        let mut views = 0;
        memory_store::with(&self.config, &mut |m| {
            views = m.visit.views;
            false
        });
        let mut due_now = Vec::new();
        for p in &self.config.prompts {
            if p.display == PromptDisplay::Inline || !targeting::on_page(&p.pages, &path) {
                continue;
            }
            let timer = match p.trigger {
                Trigger::Seconds(s) => {
                    let elapsed = page::now_ms() - self.route_started.get();
                    let delay = (f64::from(s) * 1000.0 - elapsed).max(0.0) as u32;
                    let (rt, id) = (self.clone(), p.id.clone());
                    Some(page::after(delay, move || rt.fire(&id)))
                }
                Trigger::PageViews(n) if views >= n => {
                    due_now.push(p.id.clone());
                    None
                }
                _ => None,
            };
            self.armed.borrow_mut().push(Armed {
                id: p.id.clone(),
                timer,
            });
        }
        for id in due_now {
            self.fire(&id);
        }
    }

    /// A single-page app changed its route: a page view, and the triggers start over for it.
    fn navigated(self: &Rc<Self>) {
        let now = page::now_ms();
        memory_store::with(&self.config, &mut |m| {
            m.page_view(now);
            true
        });
        self.route_started.set(now);
        self.arm();
    }

    fn tracked(self: &Rc<Self>, name: &str) {
        self.fire_where(|t| matches!(t, Trigger::Event(e) if e == name));
    }

    /// The armed prompts whose trigger `hit` says has happened.
    fn armed_where(&self, hit: impl Fn(&Trigger) -> bool) -> Vec<String> {
        let armed = self.armed.borrow();
        let is_armed = |id: &str| armed.iter().any(|a| a.id == id);
        let prompts = self.config.prompts.iter();
        prompts
            .filter(|p| hit(&p.trigger) && is_armed(&p.id))
            .map(|p| p.id.clone())
            .collect()
    }

    fn waits_for(&self, kind: impl Fn(&Trigger) -> bool) -> bool {
        !self.armed_where(kind).is_empty()
    }

    /// Fires every armed prompt whose trigger `hit` says has happened.
    fn fire_where(self: &Rc<Self>, hit: impl Fn(&Trigger) -> bool) {
        for id in self.armed_where(hit) {
            self.fire(&id);
        }
    }

    /// A trigger went off: once per page, the prompt is disarmed, then shown if admitted.
    fn fire(self: &Rc<Self>, id: &str) {
        let was_armed = {
            let mut armed = self.armed.borrow_mut();
            let at = armed.iter().position(|a| a.id == id);
            at.map(|i| armed.remove(i)).is_some()
        };
        let Some(prompt) = self.config.prompts.iter().find(|p| p.id == id) else {
            return;
        };
        if !was_armed {
            return;
        }
        match admission(&self.config, prompt, &self.visitor.borrow()) {
            Ok(()) => {}
            Err(Some(Refusal::ConsentPending)) => {
                return self.waiting.borrow_mut().push(prompt.id.clone())
            }
            Err(_) => return,
        }
        (self.show)(id);
    }
}

/// How far down the page the bottom of the viewport is, in percent.
fn scrolled() -> f64 {
    let Some(window) = web_sys::window() else {
        return 0.0;
    };
    let height = page::document()
        .and_then(|d| d.document_element())
        .map_or(0, |e| e.scroll_height());
    let seen = window.scroll_y().unwrap_or(0.0)
        + window
            .inner_height()
            .ok()
            .and_then(|h| h.as_f64())
            .unwrap_or(0.0);
    if height <= 0 {
        return 100.0;
    }
    100.0 * seen / f64::from(height)
}
