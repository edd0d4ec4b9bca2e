//! Telling screen readers about a widget that appears without taking focus (a first-visit
//! banner, a slide-in prompt): a polite status region, written a moment after it is drawn.
//! Text already present when a live region is inserted is often not read; text written once
//! the region is known to the accessibility tree is.

use super::page;

/// Writes `text` into `region` (a `role=status` element already in the page) shortly after.
pub fn later(region: web_sys::Element, text: String) {
    page::after(300, move || region.set_text_content(Some(&text))).forget();
}
