//! Where the prompts' memory (`crate::rules::memory`) is kept, as the consent gate allows:
//! `localStorage` once `functional` is granted, so limits hold across visits; otherwise
//! `sessionStorage` once the visitor has decided (or the site runs no banner), so limits hold for
//! the visit; before a decision nowhere but this page. A refused `functional` also removes a
//! copy an earlier grant left in `localStorage`.

use std::cell::RefCell;

use crate::rules::memory::Memory;
use vox_core::config::Config;
use vox_core::json;
use vox_core::web::storage::{self, Area};
use vox_core::web::{gate, page};

const KEY: &str = "vox.prompts";

thread_local! {
    static MEMORY: RefCell<Option<Memory>> = const { RefCell::new(None) };
}

fn area(config: &Config) -> Option<Area> {
    if gate::allows("functional") {
        Some(Area::Local)
    } else if !config.consent.enabled || gate::state().decided {
        Some(Area::Session)
    } else {
        None
    }
}

fn stored(a: Area) -> Option<Memory> {
    let text = storage::get(a, KEY)?;
    Memory::from_json(&json::parse(&text).ok()?)
}

/// Reads the memory (this page's copy, else the stored one, else a new one) and hands it to
/// `change`, which returns whether it changed it; a change is kept where the gate allows. A
/// trait object, so the wasm holds this once, not once per caller.
pub fn with(config: &Config, change: &mut dyn FnMut(&mut Memory) -> bool) {
    let area = area(config);
    MEMORY.with(|cell| {
        let mut slot = cell.borrow_mut();
        let memory = slot.get_or_insert_with(|| {
            let from_storage = match area {
                Some(Area::Local) => stored(Area::Local).or_else(|| stored(Area::Session)),
                Some(Area::Session) => stored(Area::Session),
                None => None,
            };
            from_storage.unwrap_or_else(|| Memory::new(page::new_id()))
        });
        if !change(memory) {
            return;
        }
        if let Some(a) = area {
            storage::set(a, KEY, &memory.to_json().to_string());
        }
        if area != Some(Area::Local) {
            storage::remove(Area::Local, KEY);
        }
    })
}
