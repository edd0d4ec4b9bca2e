//! Blocked scripts and iframes, run by the Rust gate as the loader runs them:
//! `<script type="text/plain" data-vox-consent="analytics">` and
//! `<iframe data-vox-consent="marketing" data-vox-src="…">` each run once, in document order,
//! when all their categories are granted (or their service is). An external script is waited
//! for before the next one runs, as the parser would have.

use std::cell::{Cell, RefCell};

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::Element;

use crate::web::page;

thread_local! {
    /// Items already run (or found not blocked): never run twice.
    static DONE: RefCell<Vec<Element>> = const { RefCell::new(Vec::new()) };
    /// A pass is running; a decision meanwhile asks for one more.
    static RUNNING: Cell<bool> = const { Cell::new(false) };
    static AGAIN: Cell<bool> = const { Cell::new(false) };
}

/// Runs what `allowed(categories, service)` now lets in, in one pass at a time.
pub fn run(allowed: fn(&str, &str) -> bool) {
    if RUNNING.replace(true) {
        AGAIN.set(true);
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        loop {
            AGAIN.set(false);
            pass(allowed).await;
            if !AGAIN.get() {
                break;
            }
        }
        RUNNING.set(false);
    });
}

async fn pass(allowed: fn(&str, &str) -> bool) {
    let Some(list) = page::document().and_then(|d| {
        d.query_selector_all("script[data-vox-consent],iframe[data-vox-consent]")
            .ok()
    }) else {
        return;
    };
    for i in 0..list.length() {
        let Some(el) = list.get(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
            continue;
        };
        if DONE.with(|d| d.borrow().iter().any(|e| e == &el)) {
            continue;
        }
        let iframe = el.local_name() == "iframe";
        let leaked = match iframe {
            true => el.has_attribute("src") || el.has_attribute("srcdoc"),
            false => el.get_attribute("type").as_deref() != Some("text/plain"),
        };
        if leaked {
            DONE.with(|d| d.borrow_mut().push(el.clone()));
            web_sys::console::warn_2(
                &"Vox: not blocked (a script needs type=\"text/plain\", an iframe data-vox-src):"
                    .into(),
                &el,
            );
            continue;
        }
        let categories = el.get_attribute("data-vox-consent").unwrap_or_default();
        if !allowed(&categories, &service_of(&el)) {
            continue;
        }
        DONE.with(|d| d.borrow_mut().push(el.clone()));
        if iframe {
            if let Some(src) = el.get_attribute("data-vox-src") {
                let _ = el.remove_attribute("hidden");
                let _ = el.set_attribute("src", &src);
            }
        } else if let Some(loaded) = run_script(&el) {
            let _ = JsFuture::from(loaded).await;
        }
    }
}

/// A live copy of the blocked script after it (the blocked one's `type` and `data-vox-*` left
/// behind; `data-vox-type` becomes its type). An external one: its load (or error) to wait for.
fn run_script(blocked: &Element) -> Option<js_sys::Promise> {
    let document = page::document()?;
    let script: web_sys::HtmlScriptElement =
        document.create_element("script").ok()?.dyn_into().ok()?;
    let attributes = blocked.attributes();
    for i in 0..attributes.length() {
        let Some(a) = attributes.item(i) else {
            continue;
        };
        let name = a.name();
        if name != "type" && !name.starts_with("data-vox-") {
            let _ = script.set_attribute(&name, &a.value());
        }
    }
    if let Some(kind) = blocked.get_attribute("data-vox-type") {
        script.set_type(&kind);
    }
    if let Some(blocked) = blocked.dyn_ref::<web_sys::HtmlScriptElement>() {
        script.set_nonce(&blocked.nonce());
        let _ = script.set_text(&blocked.text().unwrap_or_default());
    }
    let external = script.has_attribute("src");
    let loaded = external.then(|| {
        js_sys::Promise::new(&mut |resolve, _| {
            let done = Closure::once_into_js(move || {
                let _ = resolve.call0(&JsValue::NULL);
            });
            let f: &js_sys::Function = done.unchecked_ref();
            let _ = script.add_event_listener_with_callback("load", f);
            let _ = script.add_event_listener_with_callback("error", f);
        })
    });
    let _ = blocked.after_with_node_1(&script);
    loaded
}

/// A blocked item's service: `data-vox-service`, else where it loads from: another site's host
/// (one vendor, one grant), or on this site the item's own path, never the page's host alone.
fn service_of(el: &Element) -> String {
    if let Some(service) = el.get_attribute("data-vox-service") {
        return service;
    }
    let src = match el.local_name().as_str() {
        "iframe" => el.get_attribute("data-vox-src"),
        _ => el.get_attribute("src"),
    };
    let Some(location) = web_sys::window().and_then(|w| w.location().href().ok()) else {
        return String::new();
    };
    let Some(url) = src.and_then(|src| web_sys::Url::new_with_base(&src, &location).ok()) else {
        return String::new();
    };
    let here = web_sys::Url::new(&location)
        .map(|u| u.host())
        .unwrap_or_default();
    match url.host() == here {
        true => format!("{}{}", url.host(), url.pathname()),
        false => url.host(),
    }
}
