//! The prompt's markup, step by step (see `vox_core::web::markup` for why markup): the frame,
//! the scale, the follow-up question and the thank-you. Controls carry `data-action`; the
//! widget listens once on the container.

use vox_core::config::{CsatIcons, PromptConfig, PromptDisplay, PromptKind};
use vox_core::locale::Catalog;
use vox_core::submission::Band;
use vox_core::web::markup::Markup;

/// Labels the question, for the frame's `aria-labelledby`.
pub const QUESTION_ID: &str = "vox-prompt-q";
pub const TEXT_ID: &str = "vox-prompt-text";
const COUNT_ID: &str = "vox-prompt-count";

/// Longest follow-up answer, in characters.
pub const MAX_TEXT: usize = 1000;

/// What every step needs.
pub struct Texts<'a> {
    pub catalog: &'a Catalog,
    pub prompt: &'a PromptConfig,
    /// The shop's name for `$brand`.
    pub brand: &'a str,
}

impl Texts<'_> {
    fn t(&self, id: &str) -> String {
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

    /// The whole prompt, showing the scale. A modal is a `<dialog>` (opened by the widget);
    /// the other displays are a labelled region that takes no focus, announced instead.
    pub fn frame(&self) -> String {
        let display = self.prompt.display;
        let tag = if display == PromptDisplay::Modal {
            "dialog"
        } else {
            "section"
        };
        let label = self
            .catalog
            .t_args("prompt-label", &[("brand", self.brand.into())]);
        let mut m = Markup::new();
        m.open(
            tag,
            &[
                ("class", "prompt"),
                ("part", "prompt"),
                ("data-display", display.as_str()),
                ("data-position", self.prompt.position.as_str()),
                ("aria-label", &label),
            ],
        );
        m.element("p", &[("class", "visually-hidden"), ("role", "status")], "");
        m.close_button(&self.t("prompt-close"), "×");
        m.open("div", &[("class", "step")]);
        self.scale(&mut m);
        m.close("div").close(tag);
        m.finish()
    }

    /// The score as a radio group: arrow keys move, a click, tap, Enter or Space picks.
    fn scale(&self, m: &mut Markup) {
        let kind = self.prompt.kind;
        let (low, high) = kind.range();
        let mut fieldset = vec![
            ("class", "scale"),
            ("part", "scale"),
            ("data-kind", self.kind()),
        ];
        if !self.prompt.mirror {
            fieldset.push(("dir", "ltr"));
        }
        let icons = kind == PromptKind::Csat;
        if icons {
            fieldset.push(("data-icons", self.prompt.icons.as_str()));
        }
        m.open("fieldset", &fieldset);
        m.element(
            "legend",
            &[("id", QUESTION_ID), ("part", "question")],
            &self.question(),
        );
        m.open("div", &[("class", "options")]);
        // A modal takes focus: onto the scale, where the answer is (the dialog honours
        // `autofocus`); the other displays never take it.
        let modal = self.prompt.display == PromptDisplay::Modal;
        for score in low..=high {
            let value = score.to_string();
            m.open("label", &[("class", "option"), ("part", "option")]);
            let mut input = vec![
                ("type", "radio"),
                ("name", "score"),
                ("value", value.as_str()),
            ];
            if modal && score == low {
                input.push(("autofocus", ""));
            }
            m.open("input", &input);
            // The accessible name: the number (icons are hidden, their label read instead),
            // then the point's label where the scale names it.
            let (shown, face) = match (icons, self.prompt.icons) {
                (true, CsatIcons::Faces) => (FACES[usize::from(score - 1)], ICON),
                (true, CsatIcons::Stars) => ("★", ICON),
                _ => (value.as_str(), NUMBER),
            };
            m.element("span", face, shown);
            if let Some(name) = self.option_label(score) {
                let text = if icons { name } else { format!(" {name}") };
                m.element("span", &[("class", "visually-hidden")], &text);
            }
            m.close("label");
        }
        m.close("div");
        let (start, end) = self.ends();
        m.open("div", &[("class", "ends"), ("aria-hidden", "true")])
            .element("span", &[], &start)
            .element("span", &[], &end)
            .close("div");
        m.close("fieldset");
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
    fn ends(&self) -> (String, String) {
        match self.prompt.kind {
            PromptKind::Nps => (self.t("prompt-nps-low"), self.t("prompt-nps-high")),
            kind => {
                let (low, high) = kind.range();
                let point = |s: u8| self.t(&format!("prompt-{}-{s}", kind.as_str()));
                (point(low), point(high))
            }
        }
    }

    /// The open question for the score's band, a text area with its count, skip and send.
    pub fn follow_up(&self, band: Band) -> String {
        let question = self.t(&format!("prompt-follow-up-{}", band.as_str()));
        let max = MAX_TEXT.to_string();
        let mut m = Markup::new();
        m.element(
            "label",
            &[("for", TEXT_ID), ("class", "question")],
            &question,
        );
        m.element(
            "textarea",
            &[
                ("id", TEXT_ID),
                ("part", "text"),
                ("rows", "3"),
                ("maxlength", &max),
                ("placeholder", &self.t("prompt-follow-up-placeholder")),
                ("aria-describedby", COUNT_ID),
            ],
            "",
        );
        m.element(
            "p",
            &[("id", COUNT_ID), ("class", "count")],
            &self.characters_left(MAX_TEXT),
        );
        m.open("div", &[("class", "actions")]);
        for (action, class, message) in [
            ("skip", "secondary", "prompt-skip"),
            ("send", "primary", "prompt-send"),
        ] {
            let attrs = [
                ("type", "button"),
                ("class", class),
                ("part", action),
                ("data-action", action),
            ];
            m.element("button", &attrs, &self.t(message));
        }
        m.close("div");
        m.finish()
    }

    pub fn characters_left(&self, count: usize) -> String {
        self.catalog
            .t_args("prompt-characters-left", &[("count", count.into())])
    }

    /// The thank-you, announced.
    pub fn thanks(&self) -> String {
        let mut m = Markup::new();
        // Announced through the prompt's status region: a live region inserted with its text
        // already in it is often not read.
        m.open("div", &[("class", "thanks")])
            .element(
                "p",
                &[("class", "thanks-title")],
                &self.t("prompt-thanks-title"),
            )
            .element("p", &[], &self.t("prompt-thanks-body"))
            .close("div");
        m.finish()
    }
}

const ICON: &[(&str, &str)] = &[("class", "face"), ("aria-hidden", "true")];
const NUMBER: &[(&str, &str)] = &[("class", "face")];

/// CSAT faces, very dissatisfied to very satisfied.
const FACES: [&str; 5] = ["😞", "🙁", "😐", "🙂", "😄"];

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

    fn count(haystack: &str, needle: &str) -> usize {
        haystack.matches(needle).count()
    }

    #[test]
    fn nps_is_eleven_choices_with_named_ends_and_the_brand_in_the_question() {
        let (p, c) = (prompt(r#"{"id": "n", "kind": "nps"}"#), catalog());
        let frame = texts(&c, &p).frame();
        assert_eq!(count(&frame, r#"type="radio""#), 11);
        assert!(frame.contains("recommend \u{2068}Lumen\u{2069}"));
        assert!(frame.contains(r#"<span class="visually-hidden"> Not at all likely</span>"#));
        assert!(
            frame.starts_with("<section"),
            "slide-in takes no focus: a region"
        );
        assert!(!frame.contains(r#"dir="ltr""#), "mirrored by default");
    }

    #[test]
    fn ces_names_every_point_and_modal_is_a_dialog() {
        let p = prompt(r#"{"id": "c", "kind": "ces", "display": "modal", "mirror": false}"#);
        let c = catalog();
        let frame = texts(&c, &p).frame();
        assert_eq!(count(&frame, r#"type="radio""#), 7);
        assert!(frame.contains("Somewhat agree"));
        assert!(frame.starts_with("<dialog"));
        assert!(frame.contains(r#"dir="ltr""#));
    }

    #[test]
    fn a_custom_question_replaces_the_standard_one_and_follow_ups_follow_the_band() {
        let p = prompt(r#"{"id": "s", "kind": "csat", "question": "How was the fit?"}"#);
        let c = catalog();
        let texts = texts(&c, &p);
        assert_eq!(texts.question(), "How was the fit?");
        assert!(texts
            .follow_up(Band::Low)
            .contains("What could we have done better?"));
        assert!(texts
            .follow_up(Band::High)
            .contains("What did you like most?"));
        assert!(texts
            .characters_left(1)
            .ends_with("1\u{2069} character left"));
    }
}
