//! Each widget lives in its own open shadow root, styled only by constructable stylesheets:
//! host CSS cannot reach in, ours cannot leak out, and a strict CSP needs no `'unsafe-inline'`.

use std::cell::RefCell;

use wasm_bindgen::JsValue;
use web_sys::{CssStyleSheet, HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};

thread_local! {
    /// One parsed sheet per CSS text (keyed by its address), shared by every instance on the
    /// page. A few entries at most, so a list.
    static SHEETS: RefCell<Vec<(usize, CssStyleSheet)>> = const { RefCell::new(Vec::new()) };
}

/// The host's shadow root, created on first use (a remount reuses it).
pub fn root(host: &HtmlElement) -> Result<ShadowRoot, JsValue> {
    match host.shadow_root() {
        Some(root) => Ok(root),
        None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open)),
    }
}

/// Adopts the given stylesheets (in order) into the shadow root.
pub fn adopt(root: &ShadowRoot, css: &[&'static str]) -> Result<(), JsValue> {
    let sheets = js_sys::Array::new();
    for text in css {
        let sheet: JsValue = sheet(text)?.into();
        sheets.push(&sheet);
    }
    root.set_adopted_style_sheets(&sheets);
    Ok(())
}

fn sheet(text: &'static str) -> Result<CssStyleSheet, JsValue> {
    let key = text.as_ptr() as usize;
    let cached = SHEETS.with(|s| {
        s.borrow()
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, sheet)| sheet.clone())
    });
    if let Some(sheet) = cached {
        return Ok(sheet);
    }
    let sheet = CssStyleSheet::new()?;
    sheet.replace_sync(text)?;
    SHEETS.with(|s| s.borrow_mut().push((key, sheet.clone())));
    Ok(sheet)
}
