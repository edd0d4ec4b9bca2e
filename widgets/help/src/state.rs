//! The help search's state, as signals the views show, and what it does: search as the
//! visitor types, open a result, step back, vote, contact the shop.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use leptos::html;
use leptos::prelude::*;
use vox_core::json::{Json, Map};
use vox_core::submission::SearchEvent;
use vox_core::web::focus::ReturnFocus;
use vox_core::web::mount::WidgetContext;
use vox_core::web::{events, page};
use vox_search::{Hit, Query};
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::KeyboardEvent;

use crate::analytics;
use crate::remote::{self, Remote};
use crate::snippet::snippet_html;

/// How long typing must pause before the count is announced and the query reported.
const PAUSE_MS: u32 = 800;

/// What the listbox offers.
#[derive(Clone, Debug, PartialEq)]
pub enum Listed {
    Results(Vec<Hit>),
    /// Recent searches, shown on focus while the box is empty.
    Recent(Vec<String>),
}

impl Listed {
    fn len(&self) -> usize {
        match self {
            Listed::Results(hits) => hits.len(),
            Listed::Recent(queries) => queries.len(),
        }
    }
}

/// What the panel under the list shows.
#[derive(Clone, Debug, PartialEq)]
pub enum Panel {
    Empty,
    /// A one-line message (the search is unavailable).
    Note(String),
    /// After a search: "nothing found" when `count` is 0 (with a correction that finds
    /// something, if there is one), and the offer to contact the shop.
    Found {
        query: String,
        count: usize,
        suggestion: Option<String>,
    },
    /// A result opened in place, with its body.
    Article(Hit, String),
}

impl Panel {
    /// The correction offered for a query that found nothing ("Did you mean").
    pub fn suggestion(&self) -> Option<&str> {
        match self {
            Panel::Found { suggestion, .. } => suggestion.as_deref(),
            _ => None,
        }
    }
}

/// What the visitor can do with the pointer (keys are read by `Help::key`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Action {
    /// Opens option `i` of the list.
    Pick(usize),
    /// From an article back to its results.
    Back,
    Contact,
    /// Whether the article opened helped.
    Vote(bool),
    /// Searches the suggested correction instead ("Did you mean").
    Suggestion,
    /// Closes the dialog.
    Close,
}

/// The widget's state: what the views show, as signals, and what it keeps for itself.
/// What a Leptos app hears from the search: the typed twins of `vox:open-article` and
/// `vox:contact` ([`crate::VoxHelp`]'s callbacks).
#[derive(Clone, Copy, Default)]
pub struct Hooks {
    /// A result was opened.
    pub open_article: Option<Callback<Hit>>,
    /// "Contact us" was pressed, with the query; the app routes the visitor (no feedback form
    /// is opened for it).
    pub contact: Option<Callback<String>>,
}

pub struct Help {
    pub ctx: WidgetContext,
    hooks: Hooks,
    index: String,
    modal: bool,
    pub open: RwSignal<bool>,
    remote: RefCell<Option<Rc<Remote>>>,
    /// The text in the box, and how many times it changed (a result for an older text is
    /// dropped).
    pub query: RwSignal<String>,
    typed: Cell<u32>,
    /// The last query typing paused on.
    paused: Cell<u32>,
    pub listed: RwSignal<Listed>,
    pub expanded: RwSignal<bool>,
    pub active: RwSignal<Option<usize>>,
    pub panel: RwSignal<Panel>,
    /// The vote on the article open, once given.
    pub voted: RwSignal<Option<bool>>,
    /// The status region's text: the result count, once typing pauses.
    pub announced: RwSignal<String>,
    /// The last query reported to analytics, so a pause does not report it twice.
    reported: RefCell<String>,
    pub return_focus: ReturnFocus,
    pub input: NodeRef<html::Input>,
    pub list: NodeRef<html::Ul>,
    pub title: NodeRef<html::H2>,
    /// What takes focus after a vote: the thanks, or after a "no" the offer to contact the shop.
    pub thanks: NodeRef<html::P>,
    pub after_no: NodeRef<html::Button>,
}

impl Help {
    pub fn new(
        ctx: WidgetContext,
        index: String,
        modal: bool,
        open: RwSignal<bool>,
        hooks: Hooks,
    ) -> Help {
        Help {
            ctx,
            hooks,
            index,
            modal,
            open,
            remote: RefCell::new(None),
            query: RwSignal::new(String::new()),
            typed: Cell::new(0),
            paused: Cell::new(0),
            listed: RwSignal::new(Listed::Results(Vec::new())),
            expanded: RwSignal::new(false),
            active: RwSignal::new(None),
            panel: RwSignal::new(Panel::Empty),
            voted: RwSignal::new(None),
            announced: RwSignal::new(String::new()),
            reported: RefCell::new(String::new()),
            return_focus: ReturnFocus::new(),
            input: NodeRef::new(),
            list: NodeRef::new(),
            title: NodeRef::new(),
            thanks: NodeRef::new(),
            after_no: NodeRef::new(),
        }
    }

    pub fn act(self: &Rc<Self>, action: Action) {
        match action {
            Action::Pick(i) => self.pick(i),
            Action::Back => self.back(),
            Action::Contact => self.contact(),
            Action::Vote(helpful) => self.vote(helpful),
            Action::Suggestion => self.take_suggestion(),
            Action::Close => self.open.set(false),
        }
    }

    /// A key anywhere in the widget: the arrows and Enter in the box, Esc anywhere.
    pub fn key(self: &Rc<Self>, ev: &KeyboardEvent) {
        let in_box =
            ev.target().map(JsValue::from) == self.input.get_untracked().map(JsValue::from);
        let count = self.listed.with_untracked(Listed::len);
        let key = ev.key();
        match key.as_str() {
            "ArrowDown" | "ArrowUp" if in_box && count > 0 => {
                let next = match (self.active.get_untracked(), key == "ArrowDown") {
                    (None, true) => 0,
                    (None, false) => count - 1,
                    (Some(i), true) => (i + 1) % count,
                    (Some(i), false) => (i + count - 1) % count,
                };
                self.expand(true);
                self.activate(Some(next));
            }
            "Enter" if in_box && count > 0 => self.pick(self.active.get_untracked().unwrap_or(0)),
            "Escape" => {
                if matches!(self.panel.get_untracked(), Panel::Article(..)) {
                    self.back();
                } else if self.expanded.get_untracked() {
                    self.expand(false);
                } else if self.modal {
                    self.open.set(false);
                } else {
                    self.typed(String::new());
                }
            }
            _ => return,
        }
        ev.prevent_default();
    }

    fn expand(&self, open: bool) {
        let open = open && self.listed.with_untracked(Listed::len) > 0;
        self.expanded.set(open);
        if !open {
            self.active.set(None);
        }
    }

    /// Marks option `i` as the active one (or none), and scrolls it into view.
    fn activate(&self, i: Option<usize>) {
        self.active.set(i);
        let option = i.and_then(|i| self.list.get_untracked()?.children().item(i as u32));
        if let Some(option) = option {
            option.scroll_into_view_with_bool(false);
        }
    }

    /// First focus: start downloading the index, and offer recent searches.
    pub fn focused(self: &Rc<Self>) {
        if self.query.with_untracked(|q| q.trim().is_empty()) {
            self.show_recent();
        }
        let help = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let _ = help.remote().await;
        });
    }

    fn show_recent(&self) {
        self.listed
            .set(Listed::Recent(analytics::recent(&self.ctx)));
        self.panel.set(Panel::Empty);
        self.expand(true);
    }

    /// The box now holds `text`: search it (or offer recent searches when it is empty).
    pub fn typed(self: &Rc<Self>, text: String) {
        let empty = text.trim().is_empty();
        self.query.set(text);
        let n = self.typed.get().wrapping_add(1);
        self.typed.set(n);
        if empty {
            return self.show_recent();
        }
        let help = self.clone();
        wasm_bindgen_futures::spawn_local(async move { help.run(n).await });
        let help = self.clone();
        page::after(PAUSE_MS, move || help.paused(n)).forget();
    }

    /// Searches for query `n`. An index that cannot be used was reported on the console by
    /// [`remote`] (a damaged one once for the page's life): here it only says so in the panel.
    async fn run(self: Rc<Self>, n: u32) {
        let Ok(remote) = self.remote().await else {
            return self.unavailable();
        };
        let text = self.query.get_untracked();
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
        let suggestion = if hits.is_empty() {
            remote.suggest(&query).await
        } else {
            None
        };
        if self.typed.get() != n {
            return;
        }
        self.panel.set(Panel::Found {
            query: text,
            count: hits.len(),
            suggestion,
        });
        self.listed.set(Listed::Results(hits));
        self.active.set(None);
        self.expand(true);
        if self.paused.get() == n {
            // Typing paused before the results came: announce them now.
            self.announce();
        }
    }

    /// Says the search is unavailable, with no results left from an earlier query.
    fn unavailable(&self) {
        self.listed.set(Listed::Results(Vec::new()));
        self.expand(false);
        self.panel
            .set(Panel::Note(self.ctx.catalog.t("help-unavailable")));
    }

    /// Typing paused on query `n`: announce the count, report the query.
    fn paused(&self, n: u32) {
        if self.typed.get() != n {
            return;
        }
        self.paused.set(n);
        self.announce();
        let count = self.results();
        let query = self.query.with_untracked(|q| q.trim().to_string());
        if !query.is_empty() && *self.reported.borrow() != query {
            analytics::report(&self.ctx, SearchEvent::Query, &query, count, None, None);
            *self.reported.borrow_mut() = query;
        }
    }

    /// Says in the status region how many results there are, and the correction offered.
    fn announce(&self) {
        let count = self.results() as u64;
        let catalog = &self.ctx.catalog;
        let mut announced = catalog.t_args("help-count", &[("count", count.into())]);
        if let Some(suggestion) = self.suggestion() {
            announced = format!("{announced}. {} {suggestion}", catalog.t("help-suggest"));
        }
        self.announced.set(announced);
    }

    fn suggestion(&self) -> Option<String> {
        self.panel
            .with_untracked(|p| p.suggestion().map(String::from))
    }

    /// "Did you mean" taken: the correction goes in the box and is searched, focus stays there.
    fn take_suggestion(self: &Rc<Self>) {
        let Some(suggestion) = self.suggestion() else {
            return;
        };
        self.typed(suggestion);
        if let Some(input) = self.input.get_untracked() {
            let _ = input.focus();
        }
    }

    /// How many results the current query has.
    fn results(&self) -> usize {
        self.listed.with_untracked(|l| match l {
            Listed::Results(hits) => hits.len(),
            Listed::Recent(_) => 0,
        })
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
        let picked = self.listed.with_untracked(|l| match l {
            Listed::Recent(queries) => queries.get(i).cloned().map(Err),
            Listed::Results(hits) => hits.get(i).cloned().map(Ok),
        });
        let hit = match picked {
            Some(Ok(hit)) => hit,
            Some(Err(query)) => return self.typed(query),
            None => return,
        };
        self.report(SearchEvent::Click, Some(&hit.id), None);
        self.query
            .with_untracked(|q| analytics::remember(&self.ctx, q));
        self.ctx
            .emit("open-article", &events::to_js(&hit_json(&hit)));
        if let Some(open_article) = self.hooks.open_article {
            open_article.run(hit.clone());
        }
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
                (Some(body), _) => help.show_article(hit, body),
                (None, Some(url)) => {
                    if let Some(w) = web_sys::window() {
                        let _ = w.location().assign(url);
                    }
                }
                (None, None) => {}
            }
        });
    }

    /// The article in the panel, focus on its title, so a screen reader reads where it is.
    fn show_article(&self, hit: Hit, body: String) {
        self.expand(false);
        self.voted.set(None);
        self.panel.set(Panel::Article(hit, body));
        let title = self.title;
        // Once shown: a hidden title cannot take focus.
        request_animation_frame(move || {
            if let Some(title) = title.get_untracked() {
                let _ = title.focus();
            }
        });
    }

    /// From an article back to its results, focus in the box.
    fn back(&self) {
        self.panel.set(Panel::Found {
            query: self.query.get_untracked(),
            count: self.results(),
            suggestion: None,
        });
        self.expand(true);
        if let Some(input) = self.input.get_untracked() {
            let _ = input.focus();
        }
    }

    /// Reports `event` on the current query and the results listed for it.
    fn report(&self, event: SearchEvent, article: Option<&str>, helpful: Option<bool>) {
        let query = self.query.get_untracked();
        analytics::report(&self.ctx, event, &query, self.results(), article, helpful);
    }

    /// The article on show, if any.
    fn article(&self) -> Option<String> {
        self.panel.with_untracked(|p| match p {
            Panel::Article(hit, _) => Some(hit.id.clone()),
            _ => None,
        })
    }

    fn vote(&self, helpful: bool) {
        self.report(
            SearchEvent::Helpful,
            self.article().as_deref(),
            Some(helpful),
        );
        self.voted.set(Some(helpful));
        let (thanks, after_no) = (self.thanks, self.after_no);
        // Focus moves to what replaced the button pressed, once it shows.
        request_animation_frame(move || {
            let _ = match helpful {
                true => thanks.get_untracked().map(|p| p.focus()),
                false => after_no.get_untracked().map(|b| b.focus()),
            };
        });
    }

    /// "Contact us": the site's contact page with the query, or `vox:contact`; unless a
    /// listener prevents it, the feedback form opens with the query in it. Deciding after the
    /// dispatch returns lets every site listener, wherever it listens, take the event over.
    fn contact(&self) {
        self.report(SearchEvent::Contact, self.article().as_deref(), None);
        let query = self.query.with_untracked(|q| q.trim().to_string());
        if let Some(url) = &self.ctx.config.help.contact {
            let joiner = if url.contains('?') { '&' } else { '?' };
            let encoded: String = js_sys::encode_uri_component(&query).into();
            if let Some(w) = web_sys::window() {
                let _ = w.location().assign(&format!("{url}{joiner}q={encoded}"));
            }
            return;
        }
        if self.modal {
            self.open.set(false);
        }
        let mut detail = Map::new();
        detail.insert("query", query.as_str().into());
        // Cancelable: a site may route the visitor itself (the loader opens the form if not).
        let detail = events::to_js(&detail.into());
        if !events::emit_with(self.ctx.host().unchecked_ref(), "contact", &detail, true) {
            return;
        }
        match self.hooks.contact {
            Some(contact) => contact.run(query),
            None => {
                let options = Json::object([("message", query.as_str().into())]);
                let _ = open_widget("feedback", &events::to_js(&options));
            }
        }
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
    m.insert("snippet", snippet_html(&hit.snippet).as_str().into());
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
