//! Facts for the dashboard's tests, written the way a widget would have sent them.

use crate::facts::Facts;
use crate::store::Fact;

/// A fact of `widget` in `locale` with its event, topic, score and text; the rest empty.
pub fn fact(
    widget: &str,
    locale: &str,
    event: &str,
    topic: &str,
    score: Option<f64>,
    text: &str,
) -> Fact {
    Fact {
        id: format!("{widget}-{event}-{topic}-{text}-{score:?}"),
        widget: widget.into(),
        locale: locale.into(),
        facts: Facts {
            day: "2026-11-20".into(),
            event: event.into(),
            topic: topic.into(),
            score,
            text: text.into(),
            meta: "{}".into(),
            ..Facts::default()
        },
    }
}
