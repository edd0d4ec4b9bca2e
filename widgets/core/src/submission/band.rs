//! Which band a score falls in: it picks the follow-up question and groups the results.

use serde::Serialize;

use crate::config::PromptKind;

/// A score's band. NPS has three (the method's own); CSAT and CES split at the point where
/// their usual score begins: CSAT counts 4-5 as satisfied, CES counts 5-7 as easy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Band {
    /// NPS 0-6.
    Detractor,
    /// NPS 7-8.
    Passive,
    /// NPS 9-10.
    Promoter,
    /// CSAT 1-3, CES 1-4.
    Low,
    /// CSAT 4-5, CES 5-7.
    High,
}

impl Band {
    pub fn of(kind: PromptKind, score: u8) -> Band {
        match kind {
            PromptKind::Nps if score >= 9 => Band::Promoter,
            PromptKind::Nps if score >= 7 => Band::Passive,
            PromptKind::Nps => Band::Detractor,
            PromptKind::Csat if score >= 4 => Band::High,
            PromptKind::Ces if score >= 5 => Band::High,
            PromptKind::Csat | PromptKind::Ces => Band::Low,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Band::Detractor => "detractor",
            Band::Passive => "passive",
            Band::Promoter => "promoter",
            Band::Low => "low",
            Band::High => "high",
        }
    }
}

impl PromptKind {
    /// The lowest and highest score of the scale.
    pub fn range(self) -> (u8, u8) {
        match self {
            PromptKind::Nps => (0, 10),
            PromptKind::Csat => (1, 5),
            PromptKind::Ces => (1, 7),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bands_follow_each_method() {
        let bands = |kind: PromptKind| {
            let (low, high) = kind.range();
            (low..=high)
                .map(|s| Band::of(kind, s).as_str())
                .collect::<Vec<_>>()
        };
        let nps = bands(PromptKind::Nps);
        assert_eq!(nps.iter().filter(|b| **b == "detractor").count(), 7);
        assert_eq!(&nps[7..], ["passive", "passive", "promoter", "promoter"]);
        assert_eq!(
            bands(PromptKind::Csat),
            ["low", "low", "low", "high", "high"]
        );
        assert_eq!(
            bands(PromptKind::Ces),
            ["low", "low", "low", "low", "high", "high", "high"]
        );
    }
}
