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

#[cfg(test)]
mod tests {
    use super::*;
    use vox_core::config::Config;

    fn config() -> ConsentConfig {
        Config::default().consent
    }

    fn state(granted: &[(&str, bool)]) -> State {
        State {
            decided: true,
            mode: "opt-in".into(),
            gpc: false,
            categories: granted
                .iter()
                .map(|(k, on)| (*k, Json::Bool(*on)))
                .collect(),
        }
    }

    #[test]
    fn the_switches_start_off_and_take_the_gate_when_drawn() {
        let choices = Choices::new(&config());
        assert!(!choices.get("analytics"));
        choices.reset(&state(&[("analytics", true), ("marketing", false)]));
        assert!(choices.get("analytics"));
        assert!(!choices.get("marketing"));
        assert!(!choices.get("functional"), "not in the state: refused");
    }

    #[test]
    fn only_offered_categories_can_be_switched_and_necessary_is_never_one() {
        let choices = Choices::new(&config());
        choices.set("marketing", true);
        choices.set("necessary", true);
        choices.set("made-up", true);
        let map = choices.as_map(None);
        let keys: Vec<&str> = map.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(
            keys,
            ["functional", "analytics", "marketing"],
            "in display order"
        );
        assert_eq!(map.get("marketing"), Some(&Json::Bool(true)));
        assert_eq!(map.get("analytics"), Some(&Json::Bool(false)));
    }

    #[test]
    fn accept_all_and_reject_all_set_every_switch_alike() {
        let choices = Choices::new(&config());
        choices.set("analytics", true);
        let all_on = choices.as_map(Some(true));
        assert!(all_on.iter().all(|(_, v)| *v == Json::Bool(true)));
        let all_off = choices.as_map(Some(false));
        assert!(all_off.iter().all(|(_, v)| *v == Json::Bool(false)));
        assert_eq!(all_off.iter().count(), 3);
    }
}
