//! Giving focus back: a dialog opened from a button (a launcher, the site's own link) returns
//! focus to it on close, so a keyboard or screen-reader user carries on where they were.

use leptos::prelude::*;
use send_wrapper::SendWrapper;
use web_sys::HtmlElement;

use super::page;

/// Where focus was when a dialog opened. One type for every widget's dialog, so the wasm holds
/// its code once.
#[derive(Clone, Copy)]
pub struct ReturnFocus(StoredValue<Option<SendWrapper<HtmlElement>>>);

impl ReturnFocus {
    pub fn new() -> Self {
        ReturnFocus(StoredValue::new(None))
    }

    /// Notes the focused element (inside shadow roots too), before the dialog takes focus.
    pub fn remember(&self) {
        self.0
            .set_value(page::active_element().map(SendWrapper::new));
    }

    /// Focuses the remembered element, once.
    pub fn restore(&self) {
        if let Some(el) = self.0.try_update_value(Option::take).flatten() {
            let _ = el.focus();
        }
    }
}

impl Default for ReturnFocus {
    fn default() -> Self {
        Self::new()
    }
}
