//! The site owner's debug panel: with `data-debug` on the `vox.js` tag (a staging page) or after
//! `Vox.debug()` (in the owner's own browser, for that page view), every config problem the
//! page's widgets report is also listed on the page, in a small panel with a close button, for
//! site owners who never open a developer console. Visitors never see it unless the site turns
//! it on for them.

use gloo_events::EventListener;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use super::{page, shadow, shared};

const CSS: &str = crate::compact!(css, include_bytes!("debug.css"));

// One panel for the page, whichever widget modules report to it: whether it is on (`debug`)
// and its list once drawn (`panel`) are kept with the page's shared state.

/// Turns the panel on, listing what was reported before.
pub fn enable() {
    if !shared::get("debug").is_truthy() {
        shared::set("debug", &JsValue::TRUE);
        // What was reported before it was on.
        let reported = shared::list(shared::REPORTED);
        for text in reported.iter().filter_map(|t| t.as_string()) {
            show(&text);
        }
    }
}

/// Lists `text` in the panel, when it is on.
pub(crate) fn show(text: &str) {
    if !shared::get("debug").is_truthy() {
        return;
    }
    let drawn = shared::get("panel").dyn_into::<Element>().ok();
    let Some(list) = drawn.or_else(draw) else {
        return;
    };
    let Some(document) = page::document() else {
        return;
    };
    if let Ok(item) = document.create_element("li") {
        item.set_text_content(Some(text));
        let _ = list.append_child(&item);
    }
}

/// Draws the empty panel at the end of `<body>`, in a shadow root of its own.
fn draw() -> Option<Element> {
    let document = page::document()?;
    let host: HtmlElement = document.create_element("div").ok()?.unchecked_into();
    let root = shadow::root(&host).ok()?;
    shadow::adopt(&root, &[CSS]).ok()?;
    root.set_inner_html(
        "<section role=\"region\" aria-label=\"Vox config problems\"><h2>Vox: config problems</h2>\
         <button type=\"button\" aria-label=\"Close\">×</button><ol></ol></section>",
    );
    let button = root.query_selector("button").ok()??;
    let close = EventListener::new(&button, "click", {
        let host = host.clone();
        move |_| {
            host.remove();
            shared::set("panel", &JsValue::UNDEFINED);
        }
    });
    close.forget(); // one panel per page view; it lives as long as the page
    document.body()?.append_child(&host).ok()?;
    let list = root.query_selector("ol").ok()??;
    shared::set("panel", &list);
    Some(list)
}
