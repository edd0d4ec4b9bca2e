//! The three rating methods' scores, each with a 95% confidence interval, so a week of 12
//! answers is not read like a week of 1,200:
//! - **NPS** (0–10): % promoters (9–10) − % detractors (0–6), −100 to +100; its interval from
//!   the variance of a promoter (+1) / passive (0) / detractor (−1) answer;
//! - **CSAT** (1–5): % answering 4 or 5; a Wilson interval, which stays inside 0–100 % for small
//!   or lopsided samples;
//! - **CES** (1–7): the mean; mean ± 1.96 standard errors.
//!
//! A response counts once, by its first `score` message: the prompt's outbox may deliver a
//! message twice under different envelope ids, and follow-ups repeat the score.

use std::collections::{BTreeMap, HashSet};

use time::Date;

use crate::store::Fact;

/// z for a two-sided 95% interval.
const Z: f64 = 1.96;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Method {
    Nps,
    Csat,
    Ces,
}

impl Method {
    pub const ALL: [Method; 3] = [Method::Nps, Method::Csat, Method::Ces];

    /// The method of a prompt's `kind`.
    pub fn of(kind: &str) -> Option<Method> {
        match kind {
            "nps" => Some(Method::Nps),
            "csat" => Some(Method::Csat),
            "ces" => Some(Method::Ces),
            _ => None,
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Method::Nps => "nps",
            Method::Csat => "csat",
            Method::Ces => "ces",
        }
    }

    /// The range a chart of this method's score spans.
    pub fn range(self) -> (f64, f64) {
        match self {
            Method::Nps => (-100.0, 100.0),
            Method::Csat => (0.0, 100.0),
            Method::Ces => (1.0, 7.0),
        }
    }

    /// The score as a reader expects it: `+20`, `75%`, `5.2`.
    pub fn label(self, value: f64) -> String {
        match self {
            Method::Nps => format!("{value:+.0}"),
            Method::Csat => format!("{value:.0}%"),
            Method::Ces => format!("{value:.1}"),
        }
    }
}

/// A score, its 95% interval, and how many responses it stands on.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Score {
    pub n: usize,
    pub value: f64,
    pub low: f64,
    pub high: f64,
}

impl Score {
    /// The score of `answers` by `method`; `None` without any.
    pub fn of(method: Method, answers: &[f64]) -> Option<Score> {
        let n = answers.len();
        if n == 0 {
            return None;
        }
        let nf = n as f64;
        let share = |f: fn(f64) -> bool| answers.iter().filter(|s| f(**s)).count() as f64 / nf;
        let (value, half) = match method {
            Method::Nps => {
                let (p, d) = (share(|s| s >= 9.0), share(|s| s <= 6.0));
                let spread = (p + d - (p - d).powi(2)).max(0.0);
                (100.0 * (p - d), 100.0 * Z * (spread / nf).sqrt())
            }
            Method::Csat => {
                let p = share(|s| s >= 4.0);
                let z2 = Z * Z / nf;
                let centre = (p + z2 / 2.0) / (1.0 + z2);
                let half = Z * (p * (1.0 - p) / nf + z2 / (4.0 * nf)).sqrt() / (1.0 + z2);
                let (low, high) = (100.0 * (centre - half), 100.0 * (centre + half));
                return Some(Score {
                    n,
                    value: 100.0 * p,
                    low,
                    high,
                });
            }
            Method::Ces => {
                let mean = answers.iter().sum::<f64>() / nf;
                let var = if n > 1 {
                    answers.iter().map(|s| (s - mean).powi(2)).sum::<f64>() / (nf - 1.0)
                } else {
                    0.0
                };
                (mean, Z * (var / nf).sqrt())
            }
        };
        let (min, max) = method.range();
        Some(Score {
            n,
            value,
            low: (value - half).max(min),
            high: (value + half).min(max),
        })
    }
}

/// One response: its method, its day and its score.
#[derive(Debug, Clone, PartialEq)]
pub struct Response<'a> {
    pub method: Method,
    pub fact: &'a Fact,
    pub score: f64,
}

/// Every prompt response among `facts`, each once (by its thread, else its envelope id).
pub fn responses<'a>(facts: &[&'a Fact]) -> Vec<Response<'a>> {
    let mut seen = HashSet::new();
    facts
        .iter()
        .rev() // oldest first: a response's first message counts
        .filter(|f| f.widget == "prompt" && f.facts.event == "score")
        .filter_map(|f| {
            let method = Method::of(&f.facts.topic)?;
            let score = f.facts.score?;
            let key = if f.facts.thread.is_empty() {
                &f.id
            } else {
                &f.facts.thread
            };
            seen.insert(key.as_str()).then_some(Response {
                method,
                fact: f,
                score,
            })
        })
        .collect()
}

/// Each method's score overall.
pub fn overall(responses: &[Response]) -> BTreeMap<Method, Score> {
    Method::ALL
        .iter()
        .filter_map(|m| {
            let answers: Vec<f64> = responses
                .iter()
                .filter(|r| r.method == *m)
                .map(|r| r.score)
                .collect();
            Some((*m, Score::of(*m, &answers)?))
        })
        .collect()
}

/// The period a day falls in: the day itself, or the Monday of its week.
pub fn bucket(day: &str, weekly: bool) -> Option<Date> {
    let date = Date::parse(
        day,
        time::macros::format_description!("[year]-[month]-[day]"),
    )
    .ok()?;
    Some(match weekly {
        true => date - time::Duration::days(i64::from(date.weekday().number_days_from_monday())),
        false => date,
    })
}

/// `method`'s score per period, oldest first.
pub fn series(responses: &[Response], method: Method, weekly: bool) -> Vec<(Date, Score)> {
    let mut periods: BTreeMap<Date, Vec<f64>> = BTreeMap::new();
    for r in responses.iter().filter(|r| r.method == method) {
        if let Some(period) = bucket(&r.fact.facts.day, weekly) {
            periods.entry(period).or_default().push(r.score);
        }
    }
    periods
        .into_iter()
        .filter_map(|(period, answers)| Some((period, Score::of(method, &answers)?)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 0.05
    }

    #[test]
    fn nps_counts_promoters_minus_detractors_with_its_interval() {
        // 2 promoters, 1 passive, 1 detractor: +25.
        let s = Score::of(Method::Nps, &[10.0, 9.0, 8.0, 3.0]).unwrap();
        assert_eq!((s.n, s.value), (4, 25.0));
        // var = p + d − (p − d)² = 0.75 − 0.0625; half = 1.96 · √(0.6875 / 4) · 100 = 81.3.
        assert!(close(s.high, 100.0) && close(s.low, 25.0 - 81.26), "{s:?}");
        let all_promoters = Score::of(Method::Nps, &[10.0; 50]).unwrap();
        assert_eq!((all_promoters.low, all_promoters.high), (100.0, 100.0));
    }

    #[test]
    fn csat_is_the_share_of_4_and_5_with_a_wilson_interval() {
        let s = Score::of(Method::Csat, &[5.0, 4.0, 2.0]).unwrap();
        assert!(close(s.value, 66.67));
        // Wilson, n = 3, p = 2/3: 20.8 % to 93.9 %.
        assert!(close(s.low, 20.77) && close(s.high, 93.85), "{s:?}");
        let none = Score::of(Method::Csat, &[1.0; 10]).unwrap();
        assert!(
            none.low == 0.0 && none.high > 0.0 && none.high < 35.0,
            "{none:?}"
        );
    }

    #[test]
    fn ces_is_the_mean_with_its_standard_error() {
        let s = Score::of(Method::Ces, &[7.0, 4.0]).unwrap();
        assert_eq!(s.value, 5.5);
        // sd = 2.12, se = 1.5, half = 2.94, clamped to the 1–7 scale.
        assert!(close(s.low, 2.56) && s.high == 7.0, "{s:?}");
        assert_eq!(Score::of(Method::Ces, &[]), None);
    }

    /// A response counts once, by its first score message; weeks start on Monday.
    #[test]
    fn responses_count_once_per_period() {
        use crate::dashboard::testing::fact;
        let mut facts = [
            fact("prompt", "en", "score", "nps", Some(0.0), "again"), // newest: a repeat
            fact("prompt", "en", "score", "nps", Some(10.0), ""),
            fact("prompt", "en", "follow_up", "nps", Some(10.0), "Great"),
            fact("prompt", "en", "score", "nps", Some(9.0), "other"),
        ];
        for (f, (thread, day)) in facts.iter_mut().zip([
            ("a", "2026-11-26"),
            ("a", "2026-11-24"),
            ("a", "2026-11-24"),
            ("b", "2026-11-22"),
        ]) {
            f.facts.thread = thread.into();
            f.facts.day = day.into();
        }
        let all: Vec<&Fact> = facts.iter().collect();
        let r = responses(&all);
        assert_eq!(r.iter().map(|r| r.score).collect::<Vec<_>>(), [9.0, 10.0]);
        let weeks = series(&r, Method::Nps, true);
        let mondays: Vec<String> = weeks.iter().map(|(d, _)| d.to_string()).collect();
        assert_eq!(mondays, ["2026-11-16", "2026-11-23"]);
        assert_eq!(series(&r, Method::Nps, false).len(), 2);
        assert_eq!(overall(&r)[&Method::Nps].value, 100.0);
    }
}
