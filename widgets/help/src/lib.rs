//! Vox help-center search in the browser: `<vox-help>` (in the page, or a dialog opened with
//! Ctrl/⌘+K or `/`) and `Vox.search` for sites that draw their own results.
//!
//! The index is the one `cargo xtask index` writes: [`remote`] downloads its vocabulary when
//! the search box is first used and then only the chunks a query needs. The widget follows the
//! WAI-ARIA combobox pattern, opens an article in place when the index carries its body, asks
//! whether it helped, and hands the query to "Contact us" when nothing did. What visitors
//! search for is sent only while they allow `analytics`.
//!
//! The search box keeps its state in signals ([`Listed`], [`Panel`]); every control hands an
//! [`Action`] to it.
//!
//! In a Leptos app, place [`VoxHelp`]: `on_open_article` gets each result opened and
//! `on_contact` the query when the visitor asks to contact the shop.

mod analytics;
mod article;
mod component;
pub mod remote;
mod snippet;
mod state;
mod view;
mod widget;

use leptos::prelude::*;
use vox_core::web::mount::{Embedding, Mounted, Spec};

pub use component::VoxHelp;
pub use state::{hit_json, Action, Hooks, Listed, Panel};
use widget::HelpSearch;

/// Name, stylesheet and English messages of the widget.
pub static SPEC: Spec = Spec {
    name: "help",
    css: vox_core::compact!(css, include_bytes!("help.css")),
    english: vox_core::compact!(ftl, include_bytes!("../../../locales/en/help.ftl")),
};

/// Mounts the loader's `<vox-help>`: in the page, or with `modal` a dialog that `open` shows.
pub async fn embed(page: Embedding) -> Mounted {
    let index = remote::index_url(&page.config, &page.assets);
    let (modal, open) = (page.host.has_attribute("modal"), page.open);
    page.render(&SPEC, move |ctx| {
        view! { <HelpSearch ctx=ctx index=index modal=modal open=open /> }
    })
    .await
}
