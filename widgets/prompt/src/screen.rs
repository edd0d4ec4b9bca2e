//! What is on the page right now that forbids a prompt for the moment (see
//! `crate::rules::memory::Screen`).

use crate::rules::memory::Screen;
use vox_core::config::Config;
use vox_core::web::gate;
use vox_core::web::page::document;

/// Whether the widget `tag` shows an open dialog in its shadow root.
fn dialog_open(tag: &str) -> bool {
    let dialog = document()
        .and_then(|d| d.query_selector(tag).ok().flatten())
        .and_then(|host| host.shadow_root())
        .and_then(|root| root.query_selector("dialog[open]").ok().flatten());
    dialog.is_some()
}

/// A prompt the runtime added is on the page (an inline one counts through the visit budget).
fn prompt_open() -> bool {
    document()
        .and_then(|d| d.query_selector("vox-prompt[floating]").ok().flatten())
        .is_some()
}

pub fn now(config: &Config) -> Screen {
    Screen {
        consent_pending: config.consent.enabled
            && (!gate::state().decided || dialog_open("vox-consent")),
        feedback_open: dialog_open("vox-feedback"),
        prompt_open: prompt_open(),
    }
}
