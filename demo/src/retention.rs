//! Retention: `--retain feedback=90` keeps a widget's submissions that many days, and a task
//! inside the collector deletes older ones at start and every hour after. Every instance runs
//! it; deleting what another already deleted does nothing, so no instance has to be the one.

use std::sync::Arc;
use std::time::Duration;

use crate::AppState;

/// The widgets whose submissions the collector stores.
const WIDGETS: [&str; 4] = ["feedback", "prompt", "help", "consent"];

/// How often the sweep runs after the first one.
const EVERY: Duration = Duration::from_secs(3600);

/// One `--retain WIDGET=DAYS`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rule {
    pub widget: &'static str,
    pub days: u32,
}

impl Rule {
    /// Reads `feedback=90`: a known widget, 1 to 36,500 days.
    pub fn parse(text: &str) -> Result<Rule, String> {
        let usage = || {
            format!(
                "--retain takes WIDGET=DAYS, a widget of {} and 1 to 36500 days, got {text:?}",
                WIDGETS.join(", ")
            )
        };
        let (widget, days) = text.split_once('=').ok_or_else(usage)?;
        let widget = WIDGETS
            .into_iter()
            .find(|w| *w == widget.trim())
            .ok_or_else(usage)?;
        let days = days
            .trim()
            .parse()
            .ok()
            .filter(|d| (1..=36_500).contains(d))
            .ok_or_else(usage)?;
        Ok(Rule { widget, days })
    }
}

/// Deletes what each rule no longer keeps; a database that is down is tried again next time.
pub async fn sweep(state: &AppState) {
    for rule in &state.retention {
        match state.store.expire(rule.widget, rule.days).await {
            Ok(0) => {}
            Ok(n) => println!(
                "retention: deleted {n} {} submissions older than {} days",
                rule.widget, rule.days
            ),
            Err(e) => eprintln!("retention: {} not swept this time: {e}", rule.widget),
        }
    }
}

/// Runs [`sweep`] now and every hour, for as long as the collector runs.
pub fn schedule(state: Arc<AppState>) {
    if state.retention.is_empty() {
        return;
    }
    tokio::spawn(async move {
        let mut every = tokio::time::interval(EVERY);
        loop {
            every.tick().await;
            sweep(&state).await;
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_name_a_widget_and_its_days() {
        assert_eq!(
            Rule::parse("feedback=90"),
            Ok(Rule {
                widget: "feedback",
                days: 90
            })
        );
        for wrong in [
            "feedback",
            "survey=9",
            "feedback=0",
            "feedback=-3",
            "help=36501",
            "=5",
        ] {
            assert!(Rule::parse(wrong).is_err(), "{wrong}");
        }
    }
}
