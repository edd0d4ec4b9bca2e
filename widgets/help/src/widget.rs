//! `<vox-help>`: a search box following the WAI-ARIA combobox pattern. Focus stays in the
//! input; arrow keys move `aria-activedescendant` through the results, Enter opens one, Esc
//! steps back (article → list → closed). The result count is announced once typing pauses,
//! from a status region inside the shadow root. `<vox-help modal>` is the same in a dialog,
//! which the loader opens with Ctrl/⌘+K or `/`.

use std::any::Any;
use std::cell::{Cell, OnceCell, RefCell};
use std::rc::Rc;

use vox_core::json::{Json, Map};
use vox_core::submission::SearchEvent;
use vox_core::web::mount::{mount_markup, WidgetContext};
use vox_core::web::{events, page};
use vox_search::{Hit, Query};
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlElement, HtmlInputElement};

use crate::remote::{self, Remote};
use crate::view::{self, INPUT_ID, LIST_ID};
use crate::{analytics, SPEC};

/// How long typing must pause before the count is announced and the query reported.
const PAUSE_MS: i32 = 800;

/// Opens or closes the dialog of a `<vox-help modal>` (a no-op inline).
pub type Toggle = Rc<dyn Fn(bool)>;

/// Draws the widget; `index` is the URL of the folder holding the index's `index.json`.
pub fn help(ctx: &WidgetContext, index: String) -> Result<(Box<dyn Any>, Toggle), JsValue> {
    let modal = ctx.host().has_attribute("modal");
    let help = Rc::new(Help {
        ctx: ctx.clone(),
        index,
        modal,
        container: OnceCell::new(),
        remote: RefCell::new(None),
        query: RefCell::new(String::new()),
        typed: Cell::new(0),
        hits: RefCell::new(Vec::new()),
        recent: RefCell::new(Vec::new()),
        active: Cell::new(None),
        reported: RefCell::new(String::new()),
        opened: RefCell::new(None),
        return_focus: RefCell::new(None),
    });
    let frame = view::frame(&ctx.catalog, modal);
    let on = {
        let help = help.clone();
        move |ev: &web_sys::Event, _: &HtmlElement| help.clone().on(ev)
    };
    let events = ["click", "keydown", "input", "focusin"];
    let (container, handle) = mount_markup(ctx, &SPEC, &frame, &events, on)?;
    let _ = help.container.set(container);
    let toggle: Toggle = {
        let help = help.clone();
        Rc::new(move |open| help.toggle(open))
    };
    Ok((Box::new((handle, help)), toggle))
}

struct Help {
    ctx: WidgetContext,
    index: String,
    modal: bool,
    container: OnceCell<HtmlElement>,
    remote: RefCell<Option<Rc<Remote>>>,
    /// The text in the box, and how many times it changed (a result for an older text is
    /// dropped).
    query: RefCell<String>,
    typed: Cell<u32>,
    hits: RefCell<Vec<Hit>>,
    /// Recent searches, while the list shows them instead of results.
    recent: RefCell<Vec<String>>,
    active: Cell<Option<usize>>,
    /// The last query reported to analytics, so a pause does not report it twice.
    reported: RefCell<String>,
    /// The id of the article shown in place, for its helpful vote.
    opened: RefCell<Option<String>>,
    return_focus: RefCell<Option<HtmlElement>>,
}

impl Help {
    fn find(&self, selector: &str) -> Option<HtmlElement> {
        let found = self
            .container
            .get()?
            .query_selector(selector)
            .ok()
            .flatten();
        found.map(JsCast::unchecked_into)
    }

    fn input(&self) -> Option<HtmlInputElement> {
        self.find(&format!("#{INPUT_ID}"))
            .map(JsCast::unchecked_into)
    }

    fn on(self: Rc<Self>, ev: &web_sys::Event) {
        let Some(target) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
            return;
        };
        let on_input = target.id() == INPUT_ID;
        match ev.type_().as_str() {
            "input" if on_input => self.typed(),
            "focusin" if on_input => self.focused(),
            "keydown" => {
                let key = ev
                    .dyn_ref::<web_sys::KeyboardEvent>()
                    .map(|k| k.key())
                    .unwrap_or_default();
                if self.key(&key, on_input) {
                    ev.prevent_default();
                }
            }
            "click" => {
                if self.modal && target.tag_name().eq_ignore_ascii_case("dialog") {
                    return self.toggle(false); // a click on the backdrop
                }
                let closest = |s: &str| target.closest(s).ok().flatten();
                if let Some(option) = closest("[role=option]") {
                    let n = option.id().rsplit('-').next().and_then(|n| n.parse().ok());
                    if let Some(n) = n {
                        self.pick(n);
                    }
                } else if let Some(action) =
                    closest("[data-action]").and_then(|a| a.get_attribute("data-action"))
                {
                    self.action(&action);
                }
            }
            _ => {}
        }
    }

    /// Handles a key; true when it was the widget's to handle.
    fn key(self: &Rc<Self>, key: &str, on_input: bool) -> bool {
        let count = self.options();
        match key {
            "ArrowDown" | "ArrowUp" if on_input && count > 0 => {
                let next = match (self.active.get(), key == "ArrowDown") {
                    (None, true) => 0,
                    (None, false) => count - 1,
                    (Some(i), true) => (i + 1) % count,
                    (Some(i), false) => (i + count - 1) % count,
                };
                self.expand(true);
                self.activate(Some(next));
                true
            }
            "Enter" if on_input && count > 0 => {
                self.pick(self.active.get().unwrap_or(0));
                true
            }
            "Escape" => {
                if self.find(".article").is_some() {
                    self.back();
                } else if self.expanded() {
                    self.expand(false);
                } else if self.modal {
                    self.toggle(false);
                } else if let Some(input) = self.input() {
                    input.set_value("");
                    self.clone().typed();
                }
                true
            }
            _ => false,
        }
    }

    fn action(self: &Rc<Self>, action: &str) {
        match action {
            "close" => self.toggle(false),
            "back" => self.back(),
            "contact" => self.contact(),
            "yes" | "no" => self.vote(action == "yes"),
            _ => {}
        }
    }

    /// Options in the list now (results or recent searches).
    fn options(&self) -> usize {
        let recent = self.recent.borrow().len();
        if recent > 0 {
            recent
        } else {
            self.hits.borrow().len()
        }
    }

    fn expanded(&self) -> bool {
        self.find(&format!("#{LIST_ID}"))
            .is_some_and(|l| !l.hidden())
    }

    fn expand(&self, open: bool) {
        let open = open && self.options() > 0;
        if let Some(list) = self.find(&format!("#{LIST_ID}")) {
            list.set_hidden(!open);
        }
        if let Some(input) = self.input() {
            let _ = input.set_attribute("aria-expanded", if open { "true" } else { "false" });
        }
        if !open {
            self.activate(None);
        }
    }

    /// Marks option `i` as the active one (or none), for assistive technology and the eye.
    fn activate(&self, i: Option<usize>) {
        if let Some(old) = self.active.replace(i) {
            if let Some(o) = self.find(&format!("#{}", view::option_id(old))) {
                let _ = o.set_attribute("aria-selected", "false");
            }
        }
        let Some(input) = self.input() else { return };
        match i.and_then(|i| self.find(&format!("#{}", view::option_id(i)))) {
            Some(option) => {
                let _ = option.set_attribute("aria-selected", "true");
                let _ = input.set_attribute("aria-activedescendant", &option.id());
                option
                    .unchecked_ref::<Element>()
                    .scroll_into_view_with_bool(false);
            }
            None => {
                let _ = input.remove_attribute("aria-activedescendant");
            }
        }
    }

    /// First focus: start downloading the index, and offer recent searches.
    fn focused(self: Rc<Self>) {
        if self.query.borrow().trim().is_empty() {
            self.show_recent();
        }
        wasm_bindgen_futures::spawn_local(async move {
            let _ = self.remote().await;
        });
    }

    fn show_recent(&self) {
        let recent = analytics::recent(&self.ctx);
        self.hits.borrow_mut().clear();
        self.draw_list(&view::recent(&recent), "help-recent");
        let any = !recent.is_empty();
        *self.recent.borrow_mut() = recent;
        self.draw_panel("");
        self.expand(any);
    }

    fn typed(self: Rc<Self>) {
        let text = self.input().map(|i| i.value()).unwrap_or_default();
        *self.query.borrow_mut() = text.clone();
        let n = self.typed.get().wrapping_add(1);
        self.typed.set(n);
        if text.trim().is_empty() {
            return self.show_recent();
        }
        self.recent.borrow_mut().clear();
        let help = self.clone();
        wasm_bindgen_futures::spawn_local(async move { help.run(n).await });
        let help = self.clone();
        page::after(PAUSE_MS, move || help.paused(n));
    }

    /// Searches for query `n`. An index that cannot be used was reported on the console by
    /// [`remote`] (a damaged one once for the page's life): here it only says so in the panel.
    async fn run(self: Rc<Self>, n: u32) {
        let Ok(remote) = self.remote().await else {
            return self.unavailable();
        };
        let text = self.query.borrow().clone();
        let config = &self.ctx.config.help;
        let query = Query {
            text: &text,
            limit: config.limit.into(),
            category: config.category.as_deref(),
        };
        let hits = remote.search(&query).await;
        if self.typed.get() != n {
            return; // the visitor typed on meanwhile
        }
        let Ok(hits) = hits else {
            return self.unavailable();
        };
        self.draw_list(&view::results(&hits), "help-results");
        self.draw_panel(&view::panel(&self.ctx.catalog, &text, hits.len()));
        *self.hits.borrow_mut() = hits;
        self.active.set(None);
        self.expand(true);
    }

    /// Says the search is unavailable, with no results left from an earlier query.
    fn unavailable(&self) {
        self.hits.borrow_mut().clear();
        self.expand(false);
        let text = self.ctx.catalog.t("help-unavailable");
        self.draw_panel(&view::note(&text));
    }

    /// Typing paused on query `n`: announce the count, report the query.
    fn paused(&self, n: u32) {
        if self.typed.get() != n {
            return;
        }
        let count = self.hits.borrow().len();
        let text = self
            .ctx
            .catalog
            .t_args("help-count", &[("count", (count as u64).into())]);
        if let Some(status) = self.find("[role=status]") {
            status.set_text_content(Some(&text));
        }
        let query = self.query.borrow().trim().to_string();
        if !query.is_empty() && *self.reported.borrow() != query {
            analytics::report(&self.ctx, SearchEvent::Query, &query, count, None, None);
            *self.reported.borrow_mut() = query;
        }
    }

    async fn remote(&self) -> Result<Rc<Remote>, String> {
        if let Some(remote) = self.remote.borrow().clone() {
            return Ok(remote);
        }
        let remote = remote::open(&self.index, self.ctx.locale).await?;
        *self.remote.borrow_mut() = Some(remote.clone());
        Ok(remote)
    }

    /// Opens option `i`: a recent search is searched again; a result is shown in place when
    /// the index carries its body, else its page is opened.
    fn pick(self: &Rc<Self>, i: usize) {
        let recent = self.recent.borrow().get(i).cloned();
        if let Some(query) = recent {
            if let Some(input) = self.input() {
                input.set_value(&query);
            }
            return self.clone().typed();
        }
        let Some(hit) = self.hits.borrow().get(i).cloned() else {
            return;
        };
        self.report(SearchEvent::Click, Some(&hit.id), None);
        analytics::remember(&self.ctx, &self.query.borrow());
        self.ctx
            .emit("open-article", &events::to_js(&hit_json(&hit)));
        let help = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let Some(remote) = help.remote.borrow().clone() else {
                return;
            };
            let body = if remote.has_bodies() {
                remote.body(hit.doc).await.ok()
            } else {
                None
            };
            match (body, &hit.url) {
                (Some(body), _) => help.show_article(&hit, &body),
                (None, Some(url)) => {
                    if let Some(w) = web_sys::window() {
                        let _ = w.location().assign(url);
                    }
                }
                (None, None) => {}
            }
        });
    }

    fn show_article(&self, hit: &Hit, body: &str) {
        self.expand(false);
        self.draw_panel(&view::article(&self.ctx.catalog, hit, body));
        if let Some(title) = self.find(&format!("#{}", view::TITLE_ID)) {
            let _ = title.focus();
        }
        *self.opened.borrow_mut() = Some(hit.id.clone());
    }

    /// From an article back to its results, focus in the box.
    fn back(&self) {
        let text = self.query.borrow().clone();
        let count = self.hits.borrow().len();
        self.draw_panel(&view::panel(&self.ctx.catalog, &text, count));
        self.expand(true);
        if let Some(input) = self.input() {
            let _ = input.focus();
        }
    }

    /// Reports `event` on the current query and the results listed for it.
    fn report(&self, event: SearchEvent, article: Option<&str>, helpful: Option<bool>) {
        let query = self.query.borrow().clone();
        let count = self.hits.borrow().len();
        analytics::report(&self.ctx, event, &query, count, article, helpful);
    }

    fn vote(&self, helpful: bool) {
        let article = self.opened.borrow().clone();
        self.report(SearchEvent::Helpful, article.as_deref(), Some(helpful));
        if let Some(vote) = self.find(".vote") {
            vote.set_inner_html(&view::voted(&self.ctx.catalog, helpful));
            let next = if helpful {
                ".thanks"
            } else {
                "[data-action=contact]"
            };
            if let Some(next) = vote.query_selector(next).ok().flatten() {
                let next: HtmlElement = next.unchecked_into();
                let _ = next.set_attribute("tabindex", "-1");
                let _ = next.focus();
            }
        }
    }

    /// "Contact us": the site's contact page with the query, or `vox:contact`; unless a
    /// listener prevents it, the feedback form opens with the query in it. Deciding after the
    /// dispatch returns lets every site listener, wherever it listens, take the event over.
    fn contact(&self) {
        let query = self.query.borrow().trim().to_string();
        if let Some(url) = &self.ctx.config.help.contact {
            let joiner = if url.contains('?') { '&' } else { '?' };
            let encoded: String = js_sys::encode_uri_component(&query).into();
            if let Some(w) = web_sys::window() {
                let _ = w.location().assign(&format!("{url}{joiner}q={encoded}"));
            }
            return;
        }
        if self.modal {
            self.toggle(false);
        }
        let mut detail = Map::new();
        detail.insert("query", query.as_str().into());
        // Cancelable: a site may route the visitor itself (the loader opens the form if not).
        let detail = events::to_js(&detail.into());
        if events::emit_with(self.ctx.host().unchecked_ref(), "contact", &detail, true) {
            let options = Json::object([("message", query.as_str().into())]);
            let _ = open_widget("feedback", &events::to_js(&options));
        }
    }

    /// Opens or closes the dialog (modal only), giving focus back where it was.
    fn toggle(&self, open: bool) {
        let Some(dialog) = self.find("dialog") else {
            return;
        };
        let dialog: web_sys::HtmlDialogElement = dialog.unchecked_into();
        if open && !dialog.open() {
            *self.return_focus.borrow_mut() = page::active_element();
            if dialog.show_modal().is_ok() {
                if let Some(input) = self.input() {
                    let _ = input.focus();
                    input.select();
                }
                self.ctx.emit("open", &JsValue::from_str("help"));
            }
        } else if !open && dialog.open() {
            dialog.close();
            if let Some(el) = self.return_focus.borrow_mut().take() {
                let _ = el.focus();
            }
            self.ctx.emit("close", &JsValue::from_str("help"));
        }
    }

    /// Fills the listbox; `label` names it (results, or recent searches, which also shows it).
    fn draw_list(&self, markup: &str, label: &str) {
        if let Some(list) = self.find(&format!("#{LIST_ID}")) {
            list.set_inner_html(markup);
            let text = self.ctx.catalog.t(label);
            let _ = list.set_attribute("aria-label", &text);
            let _ = match label {
                "help-recent" => list.set_attribute("data-heading", &text),
                _ => list.remove_attribute("data-heading"),
            };
        }
    }

    fn draw_panel(&self, markup: &str) {
        if let Some(panel) = self.find(".panel") {
            panel.set_inner_html(markup);
        }
        *self.opened.borrow_mut() = None;
    }
}

/// A result as `Vox.search` and `vox:open-article` give it to JS.
pub fn hit_json(hit: &Hit) -> vox_core::json::Json {
    let mut m = Map::new();
    m.insert("id", hit.id.as_str().into());
    m.insert("title", hit.title.as_str().into());
    m.insert(
        "url",
        hit.url
            .as_deref()
            .map_or(vox_core::json::Json::Null, Into::into),
    );
    m.insert("category", hit.category.as_str().into());
    m.insert("categoryLabel", hit.category_label.as_str().into());
    m.insert("snippet", view::snippet_html(&hit.snippet).as_str().into());
    // Scores are sums of whole numbers; an integer keeps float formatting out of the wasm.
    m.insert("score", (hit.score as u32).into());
    m.into()
}

#[wasm_bindgen]
extern "C" {
    /// `Vox.open(name, options)`, the loader's: it finds or adds the widget's element.
    #[wasm_bindgen(catch, js_namespace = Vox, js_name = open)]
    fn open_widget(name: &str, options: &JsValue) -> Result<JsValue, JsValue>;
}
