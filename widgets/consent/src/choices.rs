//! The switches of the preferences view: one signal per offered category, which the switch
//! shows and sets; they start from the gate each time the preferences open.

use std::sync::Arc;

use leptos::prelude::*;
use vox_core::config::ConsentConfig;
use vox_core::json::{Json, Map};
use vox_core::web::gate::State;

/// Category ids with their switch state, `necessary` excluded (always on), in display order.
#[derive(Clone)]
pub struct Choices(Arc<[(String, RwSignal<bool>)]>);

impl Choices {
    pub fn new(config: &ConsentConfig) -> Self {
        let ids = config
            .categories
            .iter()
            .map(|c| (c.id.clone(), RwSignal::new(false)))
            .collect();
        Choices(ids)
    }

    /// Takes the switch states from the gate (when the preferences open).
    pub fn reset(&self, state: &State) {
        for (k, on) in self.0.iter() {
            on.set(state.granted(k));
        }
    }

    /// The switch of category `id`, if the banner offers it.
    pub fn switch(&self, id: &str) -> Option<RwSignal<bool>> {
        self.0.iter().find(|(k, _)| k == id).map(|(_, on)| *on)
    }

    /// The switches as they are, or every one on (or off).
    pub fn as_map(&self, all: Option<bool>) -> Map {
        self.0
            .iter()
            .map(|(k, on)| {
                (
                    k.as_str(),
                    Json::Bool(all.unwrap_or_else(|| on.get_untracked())),
                )
            })
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

    fn on(choices: &Choices, id: &str) -> bool {
        choices.switch(id).is_some_and(|s| s.get_untracked())
    }

    /// Flips a switch as the visitor would, if the banner offers one for `id`.
    fn flip(choices: &Choices, id: &str) {
        if let Some(s) = choices.switch(id) {
            s.set(true);
        }
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
        assert!(!on(&choices, "analytics"));
        choices.reset(&state(&[("analytics", true), ("marketing", false)]));
        assert!(on(&choices, "analytics"));
        assert!(!on(&choices, "marketing"));
        assert!(!on(&choices, "functional"), "not in the state: refused");
    }

    #[test]
    fn only_offered_categories_can_be_switched_and_necessary_is_never_one() {
        let choices = Choices::new(&config());
        flip(&choices, "marketing");
        flip(&choices, "necessary");
        flip(&choices, "made-up");
        assert!(
            choices.switch("necessary").is_none(),
            "always on: no switch"
        );
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
        flip(&choices, "analytics");
        let all_on = choices.as_map(Some(true));
        assert!(all_on.iter().all(|(_, v)| *v == Json::Bool(true)));
        let all_off = choices.as_map(Some(false));
        assert!(all_off.iter().all(|(_, v)| *v == Json::Bool(false)));
        assert_eq!(all_off.iter().count(), 3);
    }
}
