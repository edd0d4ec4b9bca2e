//! The widget's views: the combobox and its listbox, and the panel under them ("nothing
//! found" with "Did you mean" and the contact offer, a note, or an article opened in place
//! with its helpful vote). Every control hands an [`Action`] to the widget; the state is
//! [`Help`]'s signals. Fixed text from the index (a snippet's marks, an article's Markdown) is
//! written as escaped markup ([`vox_core::web::markup`]), never as HTML from the index.

use leptos::html;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use std::rc::Rc;
use vox_core::web::markup::Markup;
use vox_search::Hit;

use crate::snippet::snippet_html;
use crate::state::{Action, Help, Listed, Panel};

pub const INPUT_ID: &str = "vox-help-q";
pub const LIST_ID: &str = "vox-help-list";
pub const TITLE_ID: &str = "vox-help-title";
const VOTE_ID: &str = "vox-help-vote";

/// The id of option `i`, for `aria-activedescendant`.
pub fn option_id(i: usize) -> String {
    format!("vox-help-opt-{i}")
}

/// The widget as view closures can hold it: it lives on the page's one thread.
pub type Shared = SendWrapper<Rc<Help>>;

/// The search box, the listbox, the panel, the status region that announces result counts,
/// and in a dialog the keys it answers to.
pub fn search(help: &Shared, modal: bool) -> impl IntoView {
    let t = &help.ctx.catalog;
    let label = t.t("help-label");
    let (on_input, on_focus, on_key) = (help.clone(), help.clone(), help.clone());
    let h = help.clone();
    let close = modal.then(|| {
        let help = help.clone();
        view! {
            <button
                type="button"
                class="close"
                part="close"
                aria-label=t.t("help-close")
                on:click=move |_| help.act(Action::Close)
            >
                "✕"
            </button>
        }
    });
    let keys = modal.then(|| {
        let keys: Vec<_> = [
            ("↑ ↓", "help-keys-move"),
            ("↵", "help-keys-open"),
            ("Esc", "help-keys-close"),
        ]
        .into_iter()
        .map(|(keys, text)| view! { <span><kbd>{keys}</kbd>" "{t.t(text)}</span> })
        .collect();
        view! { <footer class="keys" part="keys" aria-hidden="true">{keys}</footer> }
    });
    let (query, expanded, active) = (h.query, h.expanded, h.active);
    view! {
        <div class="help" part="help" role="search" on:keydown=move |ev| on_key.key(&ev)>
            <div class="field" part="field">
                <svg viewBox="0 0 24 24" aria-hidden="true" class="icon">
                    <path d="M10 4a6 6 0 1 0 3.9 10.6l4.8 4.8 1.4-1.4-4.8-4.8A6 6 0 0 0 10 4zm0 2a4 4 0 1 1 0 8 4 4 0 0 1 0-8z"></path>
                </svg>
                <input
                    id=INPUT_ID
                    part="input"
                    type="text"
                    role="combobox"
                    aria-label=label
                    placeholder=t.t("help-placeholder")
                    aria-expanded=move || if expanded.get() { "true" } else { "false" }
                    aria-controls=LIST_ID
                    aria-activedescendant=move || active.get().map(option_id)
                    aria-autocomplete="list"
                    autocomplete="off"
                    autocapitalize="off"
                    spellcheck="false"
                    enterkeyhint="search"
                    maxlength="200"
                    node_ref=h.input
                    prop:value=query
                    on:input=move |ev| on_input.typed(event_target_value(&ev))
                    on:focus=move |_| on_focus.focused()
                />
                {close}
            </div>
            {list(help)}
            <div class="panel" part="panel">{panel(help)}</div>
            <div class="visually-hidden" role="status" aria-live="polite">{h.announced}</div>
            {keys}
        </div>
    }
}

/// The listbox: results, or recent searches under their heading.
fn list(help: &Shared) -> impl IntoView {
    let t = &help.ctx.catalog;
    let (results, recent) = (t.t("help-results"), t.t("help-recent"));
    let (listed, expanded) = (help.listed, help.expanded);
    let is_recent = move || listed.with(|l| matches!(l, Listed::Recent(_)));
    let label = {
        let recent = recent.clone();
        move || {
            if is_recent() {
                recent.clone()
            } else {
                results.clone()
            }
        }
    };
    let heading = move || is_recent().then(|| recent.clone());
    let list_ref = help.list;
    let help = help.clone();
    // One option type for both lists: one list view compiled in, not two.
    let options = move || {
        let options: Vec<_> = listed.with(|listed| match listed {
            Listed::Results(hits) => hits.iter().map(Shown::result).collect(),
            Listed::Recent(queries) => queries.iter().map(|q| Shown::recent(q)).collect(),
        });
        options
            .into_iter()
            .enumerate()
            .map(|(i, shown)| option(&help, i, shown))
            .collect::<Vec<_>>()
    };
    view! {
        <ul
            id=LIST_ID
            role="listbox"
            part="results"
            aria-label=label
            data-heading=heading
            hidden=move || !expanded.get()
            node_ref=list_ref
        >
            {options}
        </ul>
    }
}

/// An option as drawn: a result (title, snippet with the matched words marked, category), or
/// a recent search (its text).
struct Shown {
    title: String,
    /// Escaped markup ([`snippet_html`]).
    snippet: Option<String>,
    category: Option<String>,
    recent: bool,
}

impl Shown {
    fn result(hit: &Hit) -> Shown {
        Shown {
            title: hit.title.clone(),
            snippet: Some(snippet_html(&hit.snippet)),
            category: Some(hit.category_label.clone()).filter(|c| !c.is_empty()),
            recent: false,
        }
    }

    fn recent(query: &str) -> Shown {
        Shown {
            title: query.to_string(),
            snippet: None,
            category: None,
            recent: true,
        }
    }
}

/// Option `i`, marked for assistive technology and the eye while it is the active one.
fn option(help: &Shared, i: usize, shown: Shown) -> impl IntoView {
    let active = help.active;
    let help = help.clone();
    let snippet = shown
        .snippet
        .map(|html| view! { <span class="snippet" inner_html=html></span> });
    let category = shown
        .category
        .map(|c| view! { <span class="category">{c}</span> });
    view! {
        <li
            id=option_id(i)
            role="option"
            aria-selected=move || if active.get() == Some(i) { "true" } else { "false" }
            part=if shown.recent { "result recent" } else { "result" }
            class=shown.recent.then_some("recent")
            on:click=move |_| help.act(Action::Pick(i))
        >
            <span class="title">{shown.title}</span>
            {snippet}
            {category}
        </li>
    }
}

/// The panel under the list, as [`Panel`] says. Its parts are drawn once and shown or hidden
/// (a view rebuilt per state costs kilobytes of wasm); their texts follow the state.
fn panel(help: &Shared) -> impl IntoView {
    let t = &help.ctx.catalog;
    let panel = help.panel;
    let note = move || {
        panel.with(|p| match p {
            Panel::Note(text) => text.clone(),
            _ => String::new(),
        })
    };
    let catalog = t.clone();
    let empty = move || {
        panel.with(|p| match p {
            Panel::Found {
                query, count: 0, ..
            } => catalog.t_args("help-empty", &[("query", query.trim().into())]),
            _ => String::new(),
        })
    };
    let suggestion = move || panel.with(|p| p.suggestion().map(String::from));
    let found = move || panel.with(|p| matches!(p, Panel::Found { .. }));
    let none_found = move || panel.with(|p| matches!(p, Panel::Found { count: 0, .. }));
    let take = help.clone();
    view! {
        <div class="panel" part="panel" hidden=move || panel.with(|p| *p == Panel::Empty)>
            <p class="note" hidden=move || !panel.with(|p| matches!(p, Panel::Note(_)))>{note}</p>
            <div class="contact" part="contact" hidden=move || !found()>
                <p class="empty" hidden=move || !none_found()>{empty}</p>
                <p class="suggest" part="suggest" hidden=move || suggestion().is_none()>
                    {t.t("help-suggest")}" "
                    <button type="button" part="suggestion" dir="auto" on:click=move |_| take.act(Action::Suggestion)>
                        {suggestion}
                    </button>
                </p>
                {contact(help, NodeRef::new())}
            </div>
            {article(help)}
        </div>
    }
}

/// "Did this not help? Contact us", after nothing was found or an article did not help.
fn contact(help: &Shared, button: NodeRef<html::Button>) -> impl IntoView {
    let t = &help.ctx.catalog;
    let help_ = help.clone();
    view! {
        <p>{t.t("help-contact-prompt")}</p>
        <button
            type="button"
            part="contact-button"
            node_ref=button
            on:click=move |_| help_.act(Action::Contact)
        >
            {t.t("help-contact")}
        </button>
    }
}

/// An article opened in place, with its body, a link to its page, and the helpful vote. The
/// body is the article's Markdown as escaped markup.
fn article(help: &Shared) -> impl IntoView {
    let t = &help.ctx.catalog;
    let panel = help.panel;
    let opened = move |f: fn(&Hit, &str) -> Option<String>| {
        move || {
            panel.with(|p| match p {
                Panel::Article(hit, body) => f(hit, body),
                _ => None,
            })
        }
    };
    let title = opened(|hit, _| Some(hit.title.clone()));
    let body = opened(|_, body| {
        let mut html = Markup::new();
        crate::article::render(body, &mut html);
        Some(html.finish())
    });
    let url = opened(|hit, _| hit.url.clone());
    let has_url = move || panel.with(|p| matches!(p, Panel::Article(hit, _) if hit.url.is_some()));
    let back = help.clone();
    view! {
        <article
            class="article"
            part="article"
            aria-labelledby=TITLE_ID
            hidden=move || !panel.with(|p| matches!(p, Panel::Article(..)))
        >
            <button type="button" class="back" part="back" on:click=move |_| back.act(Action::Back)>
                {t.t("help-back")}
            </button>
            <h2 id=TITLE_ID tabindex="-1" node_ref=help.title>{title}</h2>
            <div class="body" inner_html=body></div>
            <a href=url part="link" hidden=move || !has_url()>{t.t("help-open-page")}</a>
            {vote(help)}
        </article>
    }
}

/// Was it helpful, yes or no; once answered, thanks, and the contact offer after a "no".
fn vote(help: &Shared) -> impl IntoView {
    let t = &help.ctx.catalog;
    let voted = help.voted;
    view! {
        <div class="vote" part="vote" role="group" aria-labelledby=VOTE_ID>
            <span id=VOTE_ID hidden=move || voted.get().is_some()>{t.t("help-helpful")}</span>
            {vote_button(help, true, "vote-yes", "help-yes")}
            {vote_button(help, false, "vote-no", "help-no")}
            <p class="thanks" tabindex="-1" hidden=move || voted.get().is_none() node_ref=help.thanks>
                {t.t("help-thanks")}
            </p>
            <div class="after-no" hidden=move || voted.get() != Some(false)>
                {contact(help, help.after_no)}
            </div>
        </div>
    }
}

/// "Yes" or "No", until one is pressed.
fn vote_button(help: &Shared, helpful: bool, part: &'static str, text: &str) -> impl IntoView {
    let voted = help.voted;
    let help_ = help.clone();
    view! {
        <button
            type="button"
            part=part
            hidden=move || voted.get().is_some()
            on:click=move |_| help_.act(Action::Vote(helpful))
        >
            {help.ctx.catalog.t(text)}
        </button>
    }
}
