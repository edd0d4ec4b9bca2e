//! Which language a widget speaks, and its messages.

mod catalog;
mod ftl;
mod negotiate;
pub mod plural;
#[cfg(test)]
mod properties;

pub use catalog::{Arg, Args, Catalog};
pub use negotiate::{direction, is_supported, negotiate, Direction, SUPPORTED};

/// The widgets whose messages a site may reword (config `texts`): the prefix of their message
/// ids (their `Spec.name`), and what a site owner calls them. Kept with the messages, so the
/// config reader asks the locale module and never the other way round.
pub const WIDGETS: &[(&str, &str)] = &[
    ("consent", "the consent banner"),
    ("feedback", "the feedback form"),
    ("prompt", "the rating prompts"),
    ("help", "help search"),
];

/// The widget whose message `id` is, by its prefix (`consent-title` → `consent`); the one rule
/// for where a `texts` override belongs.
pub fn widget_of(id: &str) -> Option<&'static str> {
    WIDGETS.iter().map(|(name, _)| *name).find(|name| {
        id.strip_prefix(name)
            .is_some_and(|rest| rest.starts_with('-'))
    })
}
