//! The widget's markup (see `vox_core::web::markup` for why markup): the frame with the
//! combobox, the result options, the "nothing found" panel and an article opened in place.
//! Controls carry `data-action`; the widget listens once on the container.

use vox_core::locale::Catalog;
use vox_core::web::markup::Markup;
use vox_search::Hit;

use crate::article;

pub const INPUT_ID: &str = "vox-help-q";
pub const LIST_ID: &str = "vox-help-list";
pub const TITLE_ID: &str = "vox-help-title";

/// The id of result option `i`, for `aria-activedescendant`.
pub fn option_id(i: usize) -> String {
    format!("vox-help-opt-{i}")
}

/// The whole widget: the search box, the listbox, a panel for everything else, and the status
/// region that announces result counts. In a dialog when `modal`.
pub fn frame(t: &Catalog, modal: bool) -> String {
    let label = t.t("help-label");
    let mut m = Markup::new();
    if modal {
        m.open(
            "dialog",
            &[
                ("class", "dialog"),
                ("part", "dialog"),
                ("aria-label", &label),
            ],
        );
    }
    m.open(
        "div",
        &[("class", "help"), ("part", "help"), ("role", "search")],
    );
    m.open("div", &[("class", "field"), ("part", "field")]);
    m.open(
        "svg",
        &[("viewBox", "0 0 24 24"), ("aria-hidden", "true"), ("class", "icon")],
    )
    .element("path", &[("d", "M10 4a6 6 0 1 0 3.9 10.6l4.8 4.8 1.4-1.4-4.8-4.8A6 6 0 0 0 10 4zm0 2a4 4 0 1 1 0 8 4 4 0 0 1 0-8z")], "")
    .close("svg");
    m.open(
        "input",
        &[
            ("id", INPUT_ID),
            ("part", "input"),
            ("type", "text"),
            ("role", "combobox"),
            ("aria-label", &label),
            ("placeholder", &t.t("help-placeholder")),
            ("aria-expanded", "false"),
            ("aria-controls", LIST_ID),
            ("aria-autocomplete", "list"),
            ("autocomplete", "off"),
            ("autocapitalize", "off"),
            ("spellcheck", "false"),
            ("enterkeyhint", "search"),
            ("maxlength", "200"),
        ],
    );
    if modal {
        m.close_button(&t.t("help-close"), "✕");
    }
    m.close("div");
    m.open(
        "ul",
        &[
            ("id", LIST_ID),
            ("role", "listbox"),
            ("part", "results"),
            ("aria-label", &t.t("help-results")),
            ("hidden", ""),
        ],
    )
    .close("ul");
    m.element("div", &[("class", "panel"), ("part", "panel")], "");
    m.element(
        "div",
        &[
            ("class", "visually-hidden"),
            ("role", "status"),
            ("aria-live", "polite"),
        ],
        "",
    );
    if modal {
        m.open(
            "footer",
            &[("class", "keys"), ("part", "keys"), ("aria-hidden", "true")],
        );
        for (keys, text) in [
            ("↑ ↓", "help-keys-move"),
            ("↵", "help-keys-open"),
            ("Esc", "help-keys-close"),
        ] {
            m.open("span", &[])
                .element("kbd", &[], keys)
                .text(" ")
                .text(&t.t(text))
                .close("span");
        }
        m.close("footer");
    }
    m.close("div");
    if modal {
        m.close("dialog");
    }
    m.finish()
}

/// The options of a results list.
pub fn results(hits: &[Hit]) -> String {
    let mut m = Markup::new();
    for (i, hit) in hits.iter().enumerate() {
        let id = option_id(i);
        m.open(
            "li",
            &[
                ("id", &id),
                ("role", "option"),
                ("aria-selected", "false"),
                ("part", "result"),
            ],
        );
        m.element("span", &[("class", "title")], &hit.title);
        m.open("span", &[("class", "snippet")]);
        marked(&hit.snippet, &mut m);
        m.close("span");
        if !hit.category_label.is_empty() {
            m.element("span", &[("class", "category")], &hit.category_label);
        }
        m.close("li");
    }
    m.finish()
}

/// The options of the recent searches.
pub fn recent(queries: &[String]) -> String {
    let mut m = Markup::new();
    for (i, q) in queries.iter().enumerate() {
        m.open(
            "li",
            &[
                ("id", &option_id(i)),
                ("role", "option"),
                ("aria-selected", "false"),
                ("part", "result recent"),
                ("class", "recent"),
            ],
        );
        m.element("span", &[("class", "title")], q).close("li");
    }
    m.finish()
}

/// A snippet as escaped HTML with `<mark>`, for sites drawing their own results.
pub fn snippet_html(text: &str) -> String {
    let mut m = Markup::new();
    marked(text, &mut m);
    m.finish()
}

/// `text` with the engine's `\u{1}`…`\u{2}` runs as `<mark>`.
fn marked(text: &str, m: &mut Markup) {
    for (i, part) in text.split(['\u{1}', '\u{2}']).enumerate() {
        if i % 2 == 1 {
            m.element("mark", &[], part);
        } else {
            m.text(part);
        }
    }
}

/// The panel under the list: "nothing found" and the offer to contact the shop.
pub fn panel(t: &Catalog, query: &str, found: usize) -> String {
    let mut m = Markup::new();
    if query.trim().is_empty() {
        return m.finish();
    }
    m.open("div", &[("class", "contact"), ("part", "contact")]);
    if found == 0 {
        let empty = t.t_args("help-empty", &[("query", query.trim().into())]);
        m.element("p", &[("class", "empty")], &empty);
    }
    contact(t, &mut m);
    m.close("div");
    m.finish()
}

fn contact(t: &Catalog, m: &mut Markup) {
    m.element("p", &[], &t.t("help-contact-prompt"));
    m.element(
        "button",
        &[
            ("type", "button"),
            ("data-action", "contact"),
            ("part", "contact-button"),
        ],
        &t.t("help-contact"),
    );
}

/// An article opened in place, with its body, a link to its page, and the helpful vote.
pub fn article(t: &Catalog, hit: &Hit, body: &str) -> String {
    let mut m = Markup::new();
    m.open(
        "article",
        &[
            ("class", "article"),
            ("part", "article"),
            ("aria-labelledby", TITLE_ID),
        ],
    );
    m.element(
        "button",
        &[
            ("type", "button"),
            ("class", "back"),
            ("data-action", "back"),
            ("part", "back"),
        ],
        &t.t("help-back"),
    );
    m.element("h2", &[("id", TITLE_ID), ("tabindex", "-1")], &hit.title);
    m.open("div", &[("class", "body")]);
    article::render(body, &mut m);
    m.close("div");
    if let Some(url) = &hit.url {
        m.element(
            "a",
            &[("href", url), ("part", "link")],
            &t.t("help-open-page"),
        );
    }
    m.open(
        "div",
        &[
            ("class", "vote"),
            ("part", "vote"),
            ("role", "group"),
            ("aria-labelledby", "vox-help-vote"),
        ],
    );
    m.element("span", &[("id", "vox-help-vote")], &t.t("help-helpful"));
    for (action, text) in [("yes", "help-yes"), ("no", "help-no")] {
        m.element(
            "button",
            &[("type", "button"), ("data-action", action)],
            &t.t(text),
        );
    }
    m.close("div").close("article");
    m.finish()
}

/// What replaces the vote once given: thanks, and the contact offer after a "no".
pub fn voted(t: &Catalog, helpful: bool) -> String {
    let mut m = Markup::new();
    m.element("p", &[("class", "thanks")], &t.t("help-thanks"));
    if !helpful {
        contact(t, &mut m);
    }
    m.finish()
}

/// A one-line message in the panel (loading, unavailable).
pub fn note(text: &str) -> String {
    let mut m = Markup::new();
    m.element("p", &[("class", "note")], text);
    m.finish()
}
