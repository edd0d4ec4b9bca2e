//! The widget's views: the combobox and its listbox, and the panel under them ("nothing
//! found" with the contact offer, a note, or an article opened in place with its helpful
//! vote). Every control hands an [`Action`] to the widget; the state is [`Help`]'s signals.
//! Fixed text from the index (a snippet's marks, an article's Markdown) is written as escaped
//! markup ([`vox_core::web::markup`]), never as HTML from the index.

use leptos::either::{Either, EitherOf4};
use leptos::html;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use std::rc::Rc;
use vox_core::web::markup::Markup;
use vox_search::Hit;

use crate::widget::{Action, Help, Listed, Panel};

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
    let options = move || {
        let help = help.clone();
        listed.with(|listed| match listed {
            Listed::Results(hits) => Either::Left(
                hits.iter()
                    .enumerate()
                    .map(|(i, hit)| result(&help, i, hit))
                    .collect::<Vec<_>>(),
            ),
            Listed::Recent(queries) => Either::Right(
                queries
                    .iter()
                    .enumerate()
                    .map(|(i, q)| recent_option(&help, i, q))
                    .collect::<Vec<_>>(),
            ),
        })
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

/// Option `i` of the active list, marked for assistive technology and the eye.
fn option_attrs(help: &Shared, i: usize) -> impl Fn() -> &'static str + Send + Sync + 'static {
    let active = help.active;
    move || {
        if active.get() == Some(i) {
            "true"
        } else {
            "false"
        }
    }
}

/// A result: its title, its snippet with the matched words marked, its category.
fn result(help: &Shared, i: usize, hit: &Hit) -> impl IntoView {
    let help_ = help.clone();
    let category = (!hit.category_label.is_empty())
        .then(|| view! { <span class="category">{hit.category_label.clone()}</span> });
    view! {
        <li
            id=option_id(i)
            role="option"
            aria-selected=option_attrs(help, i)
            part="result"
            on:click=move |_| help_.act(Action::Pick(i))
        >
            <span class="title">{hit.title.clone()}</span>
            <span class="snippet" inner_html=snippet_html(&hit.snippet)></span>
            {category}
        </li>
    }
}

/// A recent search, searched again when picked.
fn recent_option(help: &Shared, i: usize, query: &str) -> impl IntoView {
    let help_ = help.clone();
    view! {
        <li
            id=option_id(i)
            role="option"
            aria-selected=option_attrs(help, i)
            part="result recent"
            class="recent"
            on:click=move |_| help_.act(Action::Pick(i))
        >
            <span class="title">{query.to_string()}</span>
        </li>
    }
}

/// The panel under the list, as [`Panel`] says.
fn panel(help: &Shared) -> impl IntoView {
    let help = help.clone();
    let panel = help.panel;
    move || {
        let t = &help.ctx.catalog;
        match panel.get() {
            Panel::Empty => EitherOf4::A(()),
            Panel::Note(text) => EitherOf4::B(view! { <p class="note">{text}</p> }),
            Panel::Found { query, count } => {
                let empty = (count == 0).then(|| {
                    let text = t.t_args("help-empty", &[("query", query.trim().into())]);
                    view! { <p class="empty">{text}</p> }
                });
                EitherOf4::C(view! {
                    <div class="contact" part="contact">{empty}{contact(&help, None)}</div>
                })
            }
            Panel::Article(hit, body) => EitherOf4::D(article(&help, &hit, &body)),
        }
    }
}

/// "Did this not help? Contact us", after nothing was found or an article did not help.
fn contact(help: &Shared, focus: Option<NodeRef<html::Button>>) -> impl IntoView {
    let t = &help.ctx.catalog;
    let help_ = help.clone();
    let button = focus.unwrap_or_default();
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

/// An article opened in place, with its body, a link to its page, and the helpful vote.
fn article(help: &Shared, hit: &Hit, body: &str) -> impl IntoView {
    let t = &help.ctx.catalog;
    let mut html = Markup::new();
    crate::article::render(body, &mut html);
    let link = hit.url.clone().map(|url| {
        view! { <a href=url part="link">{t.t("help-open-page")}</a> }
    });
    let back = help.clone();
    view! {
        <article class="article" part="article" aria-labelledby=TITLE_ID>
            <button type="button" class="back" part="back" on:click=move |_| back.act(Action::Back)>
                {t.t("help-back")}
            </button>
            <h2 id=TITLE_ID tabindex="-1" node_ref=help.title>{hit.title.clone()}</h2>
            <div class="body" inner_html=html.finish()></div>
            {link}
            <div class="vote" part="vote" role="group" aria-labelledby=VOTE_ID>{vote(help)}</div>
        </article>
    }
}

/// Was it helpful, yes or no; once answered, thanks, and the contact offer after a "no".
/// Focus follows to what replaced the button pressed.
fn vote(help: &Shared) -> impl IntoView {
    let help = help.clone();
    let voted = help.voted;
    move || {
        let t = &help.ctx.catalog;
        match voted.get() {
            None => {
                let (yes, no) = (help.clone(), help.clone());
                Either::Left(view! {
                    <span id=VOTE_ID>{t.t("help-helpful")}</span>
                    <button type="button" part="vote-yes" on:click=move |_| yes.act(Action::Vote(true))>
                        {t.t("help-yes")}
                    </button>
                    <button type="button" part="vote-no" on:click=move |_| no.act(Action::Vote(false))>
                        {t.t("help-no")}
                    </button>
                })
            }
            Some(helpful) => {
                let thanks = NodeRef::<html::P>::new();
                let next = NodeRef::<html::Button>::new();
                if helpful {
                    thanks.on_load(|p| {
                        let _ = p.focus();
                    });
                } else {
                    next.on_load(|b| {
                        let _ = b.focus();
                    });
                }
                let offer = (!helpful).then(|| contact(&help, Some(next)));
                Either::Right(view! {
                    <p class="thanks" id=VOTE_ID tabindex="-1" node_ref=thanks>{t.t("help-thanks")}</p>
                    {offer}
                })
            }
        }
    }
}

/// A snippet as escaped HTML with `<mark>`, for the list and for sites drawing their own
/// results.
pub fn snippet_html(text: &str) -> String {
    let mut m = Markup::new();
    for (i, part) in text.split(['\u{1}', '\u{2}']).enumerate() {
        if i % 2 == 1 {
            m.element("mark", &[], part);
        } else {
            m.text(part);
        }
    }
    m.finish()
}

#[cfg(test)]
mod tests {
    use super::snippet_html;

    #[test]
    fn a_snippet_marks_the_matches_and_escapes_the_rest() {
        assert_eq!(
            snippet_html("Return <b>\u{1}items\u{2}</b> & more"),
            "Return &lt;b&gt;<mark>items</mark>&lt;/b&gt; &amp; more"
        );
    }
}
