//! What the visitor has typed so far, and whether it can be sent.

use vox_core::config::FeedbackConfig;
use vox_core::submission::FeedbackAnswers;

/// A field that can be invalid, in the order the form shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Field {
    Category,
    Message,
    Email,
}

impl Field {
    /// The message explaining the problem.
    pub fn error_id(self) -> &'static str {
        match self {
            Field::Category => "feedback-error-category",
            Field::Message => "feedback-error-message",
            Field::Email => "feedback-error-email",
        }
    }
}

/// The form's current values.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Draft {
    pub category: Option<String>,
    pub rating: Option<u8>,
    pub message: String,
    pub email: String,
    /// The hidden spam-trap field: people never fill it, naive bots do.
    pub honeypot: String,
}

/// The result of checking a draft.
#[derive(Debug, Clone, PartialEq)]
pub enum Checked {
    /// Ready to send.
    Valid(FeedbackAnswers),
    /// A bot filled the trap: show "thank you", send nothing.
    Trapped,
    /// These fields need fixing, in form order.
    Invalid(Vec<Field>),
}

impl Draft {
    pub fn check(&self, config: &FeedbackConfig) -> Checked {
        if !self.honeypot.is_empty() {
            return Checked::Trapped;
        }
        let mut invalid = Vec::new();
        let category = self
            .category
            .clone()
            .filter(|c| config.categories.contains(c));
        if category.is_none() {
            invalid.push(Field::Category);
        }
        let message = self.message.trim();
        if message.is_empty() || message.chars().count() > config.max_length as usize {
            invalid.push(Field::Message);
        }
        let email = self.email.trim();
        let email = (config.collect_email && !email.is_empty()).then(|| email.to_string());
        if email.as_deref().is_some_and(|e| !plausible_email(e)) {
            invalid.push(Field::Email);
        }
        if !invalid.is_empty() {
            return Checked::Invalid(invalid);
        }
        Checked::Valid(FeedbackAnswers {
            category: category.unwrap_or_default(),
            rating: self
                .rating
                .filter(|r| (1..=5).contains(r))
                .filter(|_| config.rating),
            message: message.to_string(),
            email,
        })
    }
}

/// Catches typos (missing @, no domain dot, spaces), not every RFC 5321 corner: the shop
/// replies to it, so a friendly check beats a strict one.
fn plausible_email(email: &str) -> bool {
    let Some((local, domain)) = email.rsplit_once('@') else {
        return false;
    };
    !local.is_empty()
        && email.len() <= 254
        && !email.chars().any(char::is_whitespace)
        && domain.split('.').count() >= 2
        && domain.split('.').all(|label| !label.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(category: &str, message: &str, email: &str) -> Draft {
        Draft {
            category: Some(category.into()).filter(|c: &String| !c.is_empty()),
            message: message.into(),
            email: email.into(),
            ..Default::default()
        }
    }

    #[test]
    fn valid_draft_becomes_trimmed_answers() {
        let config = FeedbackConfig {
            collect_email: true,
            ..Default::default()
        };
        let mut d = draft("bug", "  Zip code rejected \n", " me@shop.example ");
        d.rating = Some(2);
        assert_eq!(
            d.check(&config),
            Checked::Valid(FeedbackAnswers {
                category: "bug".into(),
                rating: Some(2),
                message: "Zip code rejected".into(),
                email: Some("me@shop.example".into()),
            })
        );
    }

    #[test]
    fn reports_every_invalid_field_in_order() {
        let config = FeedbackConfig {
            collect_email: true,
            ..Default::default()
        };
        assert_eq!(
            draft("", "   ", "not-an-email").check(&config),
            Checked::Invalid(vec![Field::Category, Field::Message, Field::Email])
        );
        assert_eq!(
            draft("unknown", "hi", "").check(&config),
            Checked::Invalid(vec![Field::Category])
        );
        let long = "x".repeat(1001);
        assert_eq!(
            draft("bug", &long, "").check(&config),
            Checked::Invalid(vec![Field::Message])
        );
    }

    #[test]
    fn email_is_dropped_unless_collected() {
        let config = FeedbackConfig::default();
        match draft("idea", "More colours", "a@b.co").check(&config) {
            Checked::Valid(answers) => assert_eq!(answers.email, None),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn rating_is_dropped_when_disabled() {
        let config = FeedbackConfig {
            rating: false,
            ..Default::default()
        };
        let mut d = draft("idea", "x", "");
        d.rating = Some(5);
        assert!(matches!(d.check(&config), Checked::Valid(a) if a.rating.is_none()));
    }

    #[test]
    fn honeypot_traps_bots() {
        let mut d = draft("bug", "buy now", "");
        d.honeypot = "http://spam.example".into();
        assert_eq!(d.check(&FeedbackConfig::default()), Checked::Trapped);
    }

    #[test]
    fn emails() {
        for ok in ["a@b.co", "first.last+tag@shop.example", "用户@例子.中国"] {
            assert!(plausible_email(ok), "{ok}");
        }
        for bad in ["a@b", "@b.co", "a b@c.de", "a@.co", "a@b.", "plain"] {
            assert!(!plausible_email(bad), "{bad}");
        }
    }
}
