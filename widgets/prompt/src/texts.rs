//! What the prompt says: its question, the scale's labels, the follow-up question for a band
//! and the counts, in the visitor's language. Pure, so it is tested without a browser.

use vox_core::config::{CsatIcons, PromptConfig, PromptKind};
use vox_core::locale::Catalog;
use vox_core::submission::Band;

/// Longest follow-up answer, in characters.
pub const MAX_TEXT: usize = 1000;

/// CSAT faces, very dissatisfied to very satisfied.
const FACES: [&str; 5] = ["😞", "🙁", "😐", "🙂", "😄"];

/// One point of the scale as drawn.
#[derive(Debug, PartialEq, Eq)]
pub struct Point {
    pub score: u8,
    /// What sighted visitors see: the number, a face or a star.
    pub shown: &'static str,
    /// Whether `shown` is an icon, hidden from screen readers (they hear `name` instead).
    pub icon: bool,
    /// What a screen reader hears after the number, where the scale names the point.
    pub name: Option<String>,
}

/// What every step needs.
pub struct Texts<'a> {
    pub catalog: &'a Catalog,
    pub prompt: &'a PromptConfig,
    /// The shop's name for `$brand`.
    pub brand: &'a str,
}

impl Texts<'_> {
    pub fn t(&self, id: &str) -> String {
        self.catalog.t(id)
    }

    fn kind(&self) -> &'static str {
        self.prompt.kind.as_str()
    }

    /// The site's own question, or the method's standard one with the brand in it.
    pub fn question(&self) -> String {
        self.prompt.question.clone().unwrap_or_else(|| {
            let id = format!("prompt-{}-question", self.kind());
            self.catalog.t_args(&id, &[("brand", self.brand.into())])
        })
    }

    /// The prompt's accessible name.
    pub fn label(&self) -> String {
        self.catalog
            .t_args("prompt-label", &[("brand", self.brand.into())])
    }

    /// The scale's points, lowest first.
    pub fn points(&self) -> Vec<Point> {
        let kind = self.prompt.kind;
        let (low, high) = kind.range();
        let icons = kind == PromptKind::Csat;
        (low..=high)
            .map(|score| {
                let (shown, icon) = match (icons, self.prompt.icons) {
                    (true, CsatIcons::Faces) => (FACES[usize::from(score - 1)], true),
                    (true, CsatIcons::Stars) => ("★", true),
                    _ => (NUMBERS[usize::from(score)], false),
                };
                let name =
                    self.option_label(score)
                        .map(|name| if icon { name } else { format!(" {name}") });
                Point {
                    score,
                    shown,
                    icon,
                    name,
                }
            })
            .collect()
    }

    /// The label a screen reader hears after the number: the endpoints for NPS, every point
    /// for CSAT and CES.
    fn option_label(&self, score: u8) -> Option<String> {
        let (low, high) = self.prompt.kind.range();
        match self.prompt.kind {
            PromptKind::Nps if score == low => Some(self.t("prompt-nps-low")),
            PromptKind::Nps if score == high => Some(self.t("prompt-nps-high")),
            PromptKind::Nps => None,
            kind => Some(self.t(&format!("prompt-{}-{score}", kind.as_str()))),
        }
    }

    /// The words under the two ends of the scale.
    pub fn ends(&self) -> (String, String) {
        match self.prompt.kind {
            PromptKind::Nps => (self.t("prompt-nps-low"), self.t("prompt-nps-high")),
            kind => {
                let (low, high) = kind.range();
                let point = |s: u8| self.t(&format!("prompt-{}-{s}", kind.as_str()));
                (point(low), point(high))
            }
        }
    }
}

/// The open question for the score's band.
pub fn follow_up(catalog: &Catalog, band: Band) -> String {
    catalog.t(&format!("prompt-follow-up-{}", band.as_str()))
}

/// How many characters the follow-up answer has left.
pub fn characters_left(catalog: &Catalog, count: usize) -> String {
    catalog.t_args("prompt-characters-left", &[("count", count.into())])
}

/// The scores as shown (every scale is within 0-10).
const NUMBERS: [&str; 11] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"];

#[cfg(test)]
mod tests {
    use super::*;
    use vox_core::config::Config;
    use vox_core::json::parse;

    fn prompt(json: &str) -> PromptConfig {
        let config = format!(r#"{{"prompts": [{json}]}}"#);
        Config::read(&parse(&config).unwrap())
            .unwrap()
            .prompts
            .remove(0)
    }

    fn catalog() -> Catalog {
        Catalog::new("en", None, crate::SPEC.english)
    }

    fn texts<'a>(catalog: &'a Catalog, prompt: &'a PromptConfig) -> Texts<'a> {
        Texts {
            catalog,
            prompt,
            brand: "Lumen",
        }
    }

    #[test]
    fn nps_is_eleven_choices_with_named_ends_and_the_brand_in_the_question() {
        let (p, c) = (prompt(r#"{"id": "n", "kind": "nps"}"#), catalog());
        let texts = texts(&c, &p);
        let points = texts.points();
        assert_eq!(points.len(), 11);
        assert!(texts.question().contains("recommend \u{2068}Lumen\u{2069}"));
        assert_eq!(points[0].name.as_deref(), Some(" Not at all likely"));
        assert_eq!((points[10].shown, points[10].icon), ("10", false));
        assert!(
            points[1..10].iter().all(|p| p.name.is_none()),
            "only the ends are named"
        );
    }

    #[test]
    fn ces_names_every_point_and_csat_shows_icons_named_for_screen_readers() {
        let p = prompt(r#"{"id": "c", "kind": "ces"}"#);
        let c = catalog();
        let points = texts(&c, &p).points();
        assert_eq!(points.len(), 7);
        assert!(points.iter().all(|p| p.name.is_some()));
        assert!(points
            .iter()
            .any(|p| p.name.as_deref() == Some(" Somewhat agree")));
        let p = prompt(r#"{"id": "s", "kind": "csat"}"#);
        let points = texts(&c, &p).points();
        assert_eq!(points.len(), 5);
        assert!(points.iter().all(|p| p.icon && p.name.is_some()));
        assert_eq!(points[0].score, 1);
    }

    #[test]
    fn a_custom_question_replaces_the_standard_one_and_follow_ups_follow_the_band() {
        let p = prompt(r#"{"id": "s", "kind": "csat", "question": "How was the fit?"}"#);
        let c = catalog();
        let texts = texts(&c, &p);
        assert_eq!(texts.question(), "How was the fit?");
        assert!(follow_up(&c, Band::Low).ends_with("What could we have done better?"));
        assert!(follow_up(&c, Band::High).ends_with("What did you like most?"));
        assert!(characters_left(&c, 1).ends_with("1\u{2069} character left"));
    }
}
