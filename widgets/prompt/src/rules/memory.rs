//! What Vox remembers about asking this visitor, and the contact-fatigue rules over it: per
//! prompt (answered, dismissed, shown how often) and across every prompt (one per visit, none
//! within `fatigue.days` of the last). The browser side keeps it as JSON where the consent gate
//! allows, and passes the clock in.

use super::DAY_MS;
use vox_core::config::{Fatigue, PromptConfig};
use vox_core::json::Json;

/// A visit ends after 30 minutes without a page view, as analytics tools count sessions.
pub const VISIT_IDLE_MS: f64 = 30.0 * 60_000.0;

/// Everything remembered. Times are epoch milliseconds.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Memory {
    /// A random id for sampling, when the site does not identify the visitor.
    pub visitor: String,
    /// When any prompt was last shown.
    pub last_prompt: Option<f64>,
    pub visit: Visit,
    pub prompts: Vec<Record>,
}

/// The current visit.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Visit {
    pub seen: f64,
    pub views: u32,
    /// A prompt was shown in this visit.
    pub prompted: bool,
}

/// One prompt's history with this visitor.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Record {
    pub id: String,
    pub displays: u32,
    pub answered: Option<f64>,
    pub dismissed: Option<f64>,
}

/// What is on the page right now that forbids a prompt for the moment.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Screen {
    /// The consent banner is enabled and the visitor has not decided, or it is open.
    pub consent_pending: bool,
    /// The feedback form's dialog is open.
    pub feedback_open: bool,
    /// Another prompt is on screen.
    pub prompt_open: bool,
}

/// Why a prompt may not be shown now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    ConsentPending,
    FeedbackOpen,
    PromptOpen,
    PromptedThisVisit,
    RecentPrompt,
    Answered,
    Dismissed,
    ShownEnough,
}

impl Memory {
    pub fn new(visitor: String) -> Memory {
        Memory {
            visitor,
            ..Memory::default()
        }
    }

    /// Counts a page view (a route change in a single-page app counts too). A visit idle for
    /// [`VISIT_IDLE_MS`] is over: the next page view starts a new one.
    pub fn page_view(&mut self, now: f64) {
        if self.visit.views == 0 || now - self.visit.seen > VISIT_IDLE_MS {
            self.visit = Visit::default();
        }
        self.visit.views += 1;
        self.visit.seen = now;
    }

    /// Whether `prompt` may be shown now; the first rule that forbids it otherwise.
    pub fn may_show(
        &self,
        prompt: &PromptConfig,
        fatigue: &Fatigue,
        screen: Screen,
        now: f64,
    ) -> Result<(), Refusal> {
        let within =
            |at: Option<f64>, days: u16| at.is_some_and(|t| now - t < f64::from(days) * DAY_MS);
        let record = self.record(&prompt.id);
        let frequency = &prompt.frequency;
        let checks = [
            (screen.consent_pending, Refusal::ConsentPending),
            (screen.feedback_open, Refusal::FeedbackOpen),
            (screen.prompt_open, Refusal::PromptOpen),
            (self.visit.prompted, Refusal::PromptedThisVisit),
            (
                within(self.last_prompt, fatigue.days),
                Refusal::RecentPrompt,
            ),
            (
                within(record.and_then(|r| r.answered), frequency.after_answer_days),
                Refusal::Answered,
            ),
            (
                within(
                    record.and_then(|r| r.dismissed),
                    frequency.after_dismiss_days,
                ),
                Refusal::Dismissed,
            ),
            (
                frequency.max_displays > 0
                    && record.is_some_and(|r| r.displays >= u32::from(frequency.max_displays)),
                Refusal::ShownEnough,
            ),
        ];
        match checks.iter().find(|(forbids, _)| *forbids) {
            Some((_, refusal)) => Err(*refusal),
            None => Ok(()),
        }
    }

    /// A prompt appeared: it spends the visit's and the fatigue window's budget.
    pub fn shown(&mut self, id: &str, now: f64) {
        self.record_mut(id).displays += 1;
        self.last_prompt = Some(now);
        self.visit.prompted = true;
    }

    pub fn answered(&mut self, id: &str, now: f64) {
        self.record_mut(id).answered = Some(now);
    }

    /// Closed without a score.
    pub fn dismissed(&mut self, id: &str, now: f64) {
        self.record_mut(id).dismissed = Some(now);
    }

    fn record(&self, id: &str) -> Option<&Record> {
        self.prompts.iter().find(|r| r.id == id)
    }

    fn record_mut(&mut self, id: &str) -> &mut Record {
        match self.prompts.iter().position(|r| r.id == id) {
            Some(i) => &mut self.prompts[i],
            None => {
                self.prompts.push(Record {
                    id: id.into(),
                    ..Record::default()
                });
                self.prompts.last_mut().expect("just pushed")
            }
        }
    }

    /// The stored form: short keys, since it is kept on the visitor's device.
    pub fn to_json(&self) -> Json {
        let time = |t: Option<f64>| t.map_or(Json::Null, Json::Num);
        let prompts = self.prompts.iter().map(|r| {
            Json::object([
                ("id", r.id.as_str().into()),
                ("n", r.displays.into()),
                ("a", time(r.answered)),
                ("d", time(r.dismissed)),
            ])
        });
        Json::object([
            ("v", self.visitor.as_str().into()),
            ("last", time(self.last_prompt)),
            (
                "visit",
                Json::object([
                    ("seen", Json::Num(self.visit.seen)),
                    ("views", self.visit.views.into()),
                    ("prompted", self.visit.prompted.into()),
                ]),
            ),
            ("p", Json::Arr(prompts.collect())),
        ])
    }

    /// Reads the stored form; `None` when it is not one (another version, or tampered with),
    /// and the caller starts afresh.
    pub fn from_json(v: &Json) -> Option<Memory> {
        let visit = v.get("visit");
        let count = |v: &Json| v.as_u64().and_then(|n| u32::try_from(n).ok());
        let prompts = v.get("p");
        let prompts = match prompts {
            Json::Arr(items) => items
                .iter()
                .map(|r| {
                    Some(Record {
                        id: r.get("id").as_str()?.into(),
                        displays: count(r.get("n"))?,
                        answered: r.get("a").as_f64(),
                        dismissed: r.get("d").as_f64(),
                    })
                })
                .collect::<Option<Vec<_>>>()?,
            _ => return None,
        };
        Some(Memory {
            visitor: v.get("v").as_str()?.into(),
            last_prompt: v.get("last").as_f64(),
            visit: Visit {
                seen: visit.get("seen").as_f64()?,
                views: count(visit.get("views"))?,
                prompted: *visit.get("prompted") == Json::Bool(true),
            },
            prompts,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use vox_core::json::parse;

    const NOW: f64 = 1_800_000_000_000.0;

    fn prompt(id: &str) -> PromptConfig {
        let config = format!(r#"{{"prompts": [{{"id": "{id}", "kind": "nps"}}]}}"#);
        let mut c = vox_core::config::Config::read(&parse(&config).unwrap()).unwrap();
        c.prompts.remove(0)
    }

    fn fresh() -> Memory {
        let mut m = Memory::new("visitor".into());
        m.page_view(NOW);
        m
    }

    fn days(n: f64) -> f64 {
        n * DAY_MS
    }

    #[test]
    fn a_new_visitor_may_be_asked() {
        let m = fresh();
        assert_eq!(
            m.may_show(&prompt("nps"), &Fatigue::default(), Screen::default(), NOW),
            Ok(())
        );
    }

    #[test]
    fn the_page_can_forbid_it_for_the_moment() {
        let m = fresh();
        let (p, f) = (prompt("nps"), Fatigue::default());
        let screen = |consent_pending, feedback_open, prompt_open| Screen {
            consent_pending,
            feedback_open,
            prompt_open,
        };
        assert_eq!(
            m.may_show(&p, &f, screen(true, false, false), NOW),
            Err(Refusal::ConsentPending)
        );
        assert_eq!(
            m.may_show(&p, &f, screen(false, true, false), NOW),
            Err(Refusal::FeedbackOpen)
        );
        assert_eq!(
            m.may_show(&p, &f, screen(false, false, true), NOW),
            Err(Refusal::PromptOpen)
        );
    }

    #[test]
    fn one_prompt_per_visit_and_none_within_the_fatigue_window() {
        let (nps, csat, f) = (prompt("nps"), prompt("csat"), Fatigue { days: 14 });
        let mut m = fresh();
        m.shown("nps", NOW);
        m.dismissed("nps", NOW);
        let s = Screen::default();
        assert_eq!(
            m.may_show(&csat, &f, s, NOW + 60_000.0),
            Err(Refusal::PromptedThisVisit)
        );
        // A new visit the next day: still within 14 days of the last prompt, whichever it was.
        m.page_view(NOW + days(1.0));
        assert_eq!(
            m.may_show(&csat, &f, s, NOW + days(1.0)),
            Err(Refusal::RecentPrompt)
        );
        m.page_view(NOW + days(15.0));
        assert_eq!(m.may_show(&csat, &f, s, NOW + days(15.0)), Ok(()));
        // The dismissed one keeps away for its own 30 days.
        assert_eq!(
            m.may_show(&nps, &f, s, NOW + days(15.0)),
            Err(Refusal::Dismissed)
        );
        assert_eq!(m.may_show(&nps, &f, s, NOW + days(30.5)), Ok(()));
    }

    #[test]
    fn an_answer_keeps_the_prompt_away_for_90_days_and_displays_are_capped() {
        let (p, f, s) = (prompt("nps"), Fatigue { days: 0 }, Screen::default());
        let mut m = fresh();
        m.shown("nps", NOW);
        m.answered("nps", NOW);
        m.page_view(NOW + days(89.0));
        assert_eq!(
            m.may_show(&p, &f, s, NOW + days(89.0)),
            Err(Refusal::Answered)
        );
        m.page_view(NOW + days(91.0));
        assert_eq!(m.may_show(&p, &f, s, NOW + days(91.0)), Ok(()));
        for i in 2..=3 {
            m.page_view(NOW + days(100.0 * f64::from(i)));
            m.shown("nps", NOW + days(100.0 * f64::from(i)));
        }
        m.page_view(NOW + days(400.0));
        assert_eq!(
            m.may_show(&p, &f, s, NOW + days(400.0)),
            Err(Refusal::ShownEnough)
        );
    }

    #[test]
    fn visits_end_after_30_idle_minutes() {
        let mut m = fresh();
        m.page_view(NOW + 60_000.0);
        assert_eq!(m.visit.views, 2);
        m.shown("nps", NOW + 60_000.0);
        m.page_view(NOW + 60_000.0 + VISIT_IDLE_MS + 1.0);
        assert_eq!((m.visit.views, m.visit.prompted), (1, false));
    }

    #[test]
    fn round_trips_through_json_and_rejects_what_is_not_it() {
        let mut m = fresh();
        m.shown("nps", NOW);
        m.answered("nps", NOW + 5.0);
        m.dismissed("csat", NOW + 9.0);
        let text = m.to_json().to_string();
        assert_eq!(Memory::from_json(&parse(&text).unwrap()), Some(m));
        assert_eq!(Memory::from_json(&parse(r#"{"v": 1}"#).unwrap()), None);
        assert_eq!(Memory::from_json(&parse("[]").unwrap()), None);
    }
}
