//! The switches of the preferences view: one per offered category, starting from the gate.

use std::cell::RefCell;
use std::rc::Rc;

use vox_core::config::ConsentConfig;
use vox_core::json::{Json, Map};
use vox_core::web::gate::State;

/// Category ids with their switch state, `necessary` excluded (always on). Plain shared state,
/// not a signal: nothing is redrawn from it, the switches hold their own state.
#[derive(Clone)]
pub struct Choices(Rc<RefCell<Vec<(String, bool)>>>);

impl Choices {
    pub fn new(config: &ConsentConfig) -> Self {
        let ids = config
            .categories
            .iter()
            .map(|c| (c.id.clone(), false))
            .collect();
        Choices(Rc::new(RefCell::new(ids)))
    }

    /// Takes the switch states from the gate (when the view is drawn).
    pub fn reset(&self, state: &State) {
        for (k, on) in self.0.borrow_mut().iter_mut() {
            *on = state.granted(k);
        }
    }

    pub fn get(&self, id: &str) -> bool {
        self.0.borrow().iter().any(|(k, on)| k == id && *on)
    }

    pub fn set(&self, id: &str, on: bool) {
        if let Some(entry) = self.0.borrow_mut().iter_mut().find(|(k, _)| k == id) {
            entry.1 = on;
        }
    }

    /// The switches as they are, or every one on (or off).
    pub fn as_map(&self, all: Option<bool>) -> Map {
        let list = self.0.borrow();
        list.iter()
            .map(|(k, on)| (k.as_str(), Json::Bool(all.unwrap_or(*on))))
            .collect()
    }
}
