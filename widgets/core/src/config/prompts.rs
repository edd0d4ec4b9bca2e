//! The `prompts` and `fatigue` sections: which rating prompts a site runs (NPS, CSAT, CES), when
//! and to whom each is shown, and how often anyone may be asked at all.
//!
//! The rules these settings feed (URL and audience targeting, sampling, the contact-fatigue
//! budget) live in [`crate::prompts`], where they are tested natively.

use serde::Serialize;
use vox_config_macros::section;

use super::field::{Field, Item};
use super::read::{string_enum, Obj, Problem};
use super::values::Corner;
use crate::json::Json;

/// Lifecycle stages, as shops name them, for `Vox.identify({ lifecycle_stage })` and audience
/// rules over it.
pub const LIFECYCLE_STAGES: &[&str] = &[
    "awareness",
    "interest",
    "consideration",
    "purchase",
    "use",
    "loyalty",
];

string_enum!(/// The question asked.
    PromptKind {
        /// Net Promoter Score: "How likely are you to recommend…?", 0-10.
        Nps = "nps",
        /// Customer satisfaction: "How satisfied are you…?", 1-5.
        Csat = "csat",
        /// Customer effort: agreement with "… made it easy for me…", 1-7.
        Ces = "ces",
    } default Nps);

string_enum!(/// Where the prompt appears.
    PromptDisplay {
        /// A panel sliding in at a corner; the page stays usable and keeps focus.
        SlideIn = "slide-in",
        /// A bar across the bottom of the viewport; non-modal.
        Bar = "bar",
        /// A centred dialog that takes focus.
        Modal = "modal",
        /// In the page, where the site puts `<vox-prompt prompt="id">`.
        Inline = "inline",
    } default SlideIn);

string_enum!(/// How the CSAT scale looks.
    CsatIcons { Faces = "faces", Stars = "stars" } default Faces);

/// One rating prompt.
#[section]
pub struct PromptConfig {
    /// Names the prompt in submissions, storage and `<vox-prompt prompt="…">`: letters, digits,
    /// `-` and `_`.
    // `prompt` in Rust's `Default`: a slide-in NPS prompt shown at once on every page.
    #[field(
        required = "an id of letters, digits, - and _",
        default = "prompt".into(),
        length(1, 40)
    )]
    pub id: String,
    #[field(required = "`nps`, `csat` or `ces`")]
    pub kind: PromptKind,
    /// The shop's or product's name in the standard question; the site's host name when absent.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[field(length(1, 80))]
    pub brand: Option<String>,
    /// Replaces the standard question (shown as written, in every language).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[field(length(1, 200))]
    pub question: Option<String>,
    pub display: PromptDisplay,
    /// The corner of a slide-in.
    pub position: Corner,
    /// In right-to-left languages, run the scale right to left too (0 on the right).
    #[field(default = true)]
    pub mirror: bool,
    /// Faces or stars for CSAT.
    pub icons: CsatIcons,
    /// Ask an open follow-up question after the score, chosen by the score's band.
    #[field(default = true)]
    pub follow_up: bool,
    /// When, on a page that matches, the prompt appears.
    pub trigger: Trigger,
    /// The pages it may appear on (any page when empty); matched against the URL's path.
    pub pages: Vec<UrlRule>,
    /// Rules over the visitor's attributes (`Vox.identify`); all must hold.
    pub audience: Vec<AudienceRule>,
    /// Percent of visitors asked, decided once per visitor and prompt.
    #[field(default = 100, range(0, 100))]
    pub sample: u8,
    /// How often this prompt may come back to the same visitor.
    pub frequency: Frequency,
}

impl PromptConfig {
    /// A prompt with every option but its id and method at the default: how Rust code writes
    /// one, setting only what differs.
    ///
    /// ```
    /// use vox_core::config::{PromptConfig, PromptKind, Trigger};
    ///
    /// let mut nps = PromptConfig::new("after-order", PromptKind::Nps);
    /// nps.trigger = Trigger::Event("order_completed".into());
    /// assert_eq!(nps.sample, 100);
    /// ```
    pub fn new(id: impl Into<String>, kind: PromptKind) -> Self {
        PromptConfig {
            id: id.into(),
            kind,
            ..PromptConfig::default()
        }
    }
}

/// What makes a prompt appear: exactly one key.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum Trigger {
    /// Seconds on the page (0: at once).
    Seconds(#[cfg_attr(feature = "schema", schemars(range(max = 3600)))] u32),
    /// Percent of the page scrolled.
    Scroll(#[cfg_attr(feature = "schema", schemars(range(min = 1, max = 100)))] u8),
    /// Pages seen in this visit, this one included.
    PageViews(#[cfg_attr(feature = "schema", schemars(range(min = 1, max = 1000)))] u32),
    /// The pointer leaving the top of the window, as to close the tab (desktop only); `true`.
    ExitIntent(bool),
    /// A site event, `Vox.track('order_completed')`.
    Event(#[cfg_attr(feature = "schema", schemars(length(min = 1, max = 60)))] String),
}

impl Default for Trigger {
    fn default() -> Self {
        Trigger::Seconds(0)
    }
}

/// A page rule, on the URL's path: one key.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum UrlRule {
    /// This path exactly: `/help.html`.
    Exact(String),
    /// Paths starting with it: `/products/`.
    Prefix(String),
    /// `*` stands for any run of characters: `/orders/*/done`.
    Wildcard(String),
}

/// A rule over one visitor attribute: `{ "attribute": "orders", "gte": 1 }`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AudienceRule {
    /// The attribute's name as passed to `Vox.identify` (`lifecycle_stage`, `orders`, `plan`…).
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = 60)))]
    pub attribute: String,
    #[serde(flatten)]
    pub test: AudienceTest,
}

impl AudienceRule {
    /// A rule on one visitor attribute (a rule has no useful default: both parts say what it is).
    ///
    /// ```
    /// use vox_core::config::{AudienceRule, AudienceTest};
    ///
    /// let repeat_buyers = AudienceRule::new("orders", AudienceTest::Gte(2.0));
    /// assert_eq!(repeat_buyers.attribute, "orders");
    /// ```
    pub fn new(attribute: impl Into<String>, test: AudienceTest) -> Self {
        AudienceRule {
            attribute: attribute.into(),
            test,
        }
    }
}

/// What the attribute must be.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum AudienceTest {
    /// Equal to this string, number or boolean.
    Equals(#[cfg_attr(feature = "schema", schemars(with = "serde_json::Value"))] Json),
    /// One of these.
    In(#[cfg_attr(feature = "schema", schemars(with = "Vec<serde_json::Value>"))] Vec<Json>),
    /// A number at least this.
    Gte(f64),
    /// A number at most this.
    Lte(f64),
    /// Set (`true`) or not set (`false`).
    Exists(bool),
}

/// How often one prompt may come back to the same visitor.
#[section]
pub struct Frequency {
    /// Days before asking again after an answer.
    #[field(default = 90, range(0, 3650))]
    pub after_answer_days: u16,
    /// Days before asking again after the visitor closed it unanswered.
    #[field(default = 30, range(0, 3650))]
    pub after_dismiss_days: u16,
    /// Times it may be shown in all (0: no limit).
    #[field(default = 3, range(0, 1000))]
    pub max_displays: u16,
}

/// The contact-fatigue budget every Vox widget shares: at most one prompt per visit, and none
/// within `days` of the last one, whichever prompt it was.
#[section]
pub struct Fatigue {
    /// Days after any prompt before another may appear.
    #[field(default = 14, range(0, 365))]
    pub days: u16,
}

const TRIGGERS: &[&str] = &["seconds", "scroll", "pageViews", "exitIntent", "event"];
const URL_RULES: &[&str] = &["exact", "prefix", "wildcard"];
const TESTS: &[&str] = &["equals", "in", "gte", "lte", "exists"];

impl PromptConfig {
    /// Rules across values, as (field path, expectation).
    pub(super) fn check(&self) -> Result<(), Problem> {
        if !super::consent::is_id(&self.id) {
            return Err(("id".into(), "an id of letters, digits, - and _".into()));
        }
        if let Trigger::Event(name) = &self.trigger {
            if name.trim().is_empty() {
                return Err(("trigger.event".into(), "an event name".into()));
            }
        }
        for (i, rule) in self.pages.iter().enumerate() {
            if !rule.pattern().starts_with('/') {
                return Err((
                    format!("pages[{i}]"),
                    format!("a path starting with /, got \"{}\"", rule.pattern()),
                ));
            }
        }
        for (i, rule) in self.audience.iter().enumerate() {
            rule.check()
                .map_err(|e| (format!("audience[{i}].{}", rule.key()), e))?;
        }
        Ok(())
    }
}

/// A trigger object; one that sets no valid trigger (reported) leaves the default.
impl Field for Trigger {
    fn read(o: &Obj, key: &str, _: u64, _: u64) -> Option<Self> {
        Some(Trigger::read(&o.object(key)?).unwrap_or_default())
    }
}

impl Item for UrlRule {
    fn item(o: &Obj) -> Option<Self> {
        UrlRule::read(o)
    }
}

impl Item for AudienceRule {
    fn item(o: &Obj) -> Option<Self> {
        AudienceRule::read(o)
    }
}

impl Trigger {
    /// `None`, reported, unless the object sets exactly one valid trigger.
    fn read(o: &Obj) -> Option<Self> {
        o.only(TRIGGERS);
        let one = o.single(TRIGGERS)?;
        Some(match one {
            "seconds" => Trigger::Seconds(o.int(one, 0, 3600)? as u32),
            "scroll" => Trigger::Scroll(o.int(one, 1, 100)? as u8),
            "pageViews" => Trigger::PageViews(o.int(one, 1, 1000)? as u32),
            "exitIntent" => match o.bool(one)? {
                true => Trigger::ExitIntent(true),
                false => return o.missing(one, "true"),
            },
            _ => Trigger::Event(o.text(one, 1, 60)?),
        })
    }
}

impl UrlRule {
    fn read(o: &Obj) -> Option<Self> {
        o.only(URL_RULES);
        let one = o.single(URL_RULES)?;
        let pattern = o.string(one)?;
        Some(match one {
            "exact" => UrlRule::Exact(pattern),
            "prefix" => UrlRule::Prefix(pattern),
            _ => UrlRule::Wildcard(pattern),
        })
    }

    /// The path or pattern, whatever the rule.
    pub fn pattern(&self) -> &str {
        match self {
            UrlRule::Exact(p) | UrlRule::Prefix(p) | UrlRule::Wildcard(p) => p,
        }
    }
}

impl AudienceRule {
    fn read(o: &Obj) -> Option<Self> {
        let mut known = vec!["attribute"];
        known.extend_from_slice(TESTS);
        o.only(&known);
        let Some(attribute) = o.text("attribute", 1, 60) else {
            return o.missing("attribute", "an attribute name");
        };
        let test = match o.single(TESTS)? {
            "equals" => AudienceTest::Equals(o.value("equals").clone()),
            "in" => AudienceTest::In(o.list("in")?),
            "gte" => AudienceTest::Gte(o.number("gte")?),
            "lte" => AudienceTest::Lte(o.number("lte")?),
            _ => AudienceTest::Exists(o.bool("exists")?),
        };
        Some(AudienceRule { attribute, test })
    }

    /// The test's key, for error paths.
    fn key(&self) -> &'static str {
        match self.test {
            AudienceTest::Equals(_) => "equals",
            AudienceTest::In(_) => "in",
            AudienceTest::Gte(_) => "gte",
            AudienceTest::Lte(_) => "lte",
            AudienceTest::Exists(_) => "exists",
        }
    }

    /// Values compared with must be plain (string, number, boolean); lifecycle stages must be
    /// known ones, so a typo such as `purchace` is reported instead of never matching.
    fn check(&self) -> Result<(), String> {
        let values: &[Json] = match &self.test {
            AudienceTest::Equals(v) => std::slice::from_ref(v),
            AudienceTest::In(list) => list,
            _ => return Ok(()),
        };
        for v in values {
            if !matches!(v, Json::Str(_) | Json::Num(_) | Json::Bool(_)) {
                return Err(format!("a string, number or boolean, got {v}"));
            }
            if self.attribute == "lifecycle_stage"
                && !v.as_str().is_some_and(|s| LIFECYCLE_STAGES.contains(&s))
            {
                return Err(format!(
                    "a lifecycle stage, one of {}; got {v}",
                    LIFECYCLE_STAGES.join(", ")
                ));
            }
        }
        Ok(())
    }
}

/// Prompts a site may configure: the reader's bound, which also bounds the repeated-id scan.
pub(super) const MAX_PROMPTS: usize = 20;

/// Prompt ids are unique: storage and submissions are keyed by them.
pub(super) fn check_all(prompts: &[PromptConfig]) -> Result<(), Problem> {
    for (i, p) in prompts.iter().enumerate() {
        p.check()
            .map_err(|(field, e)| (format!("[{i}].{field}"), e))?;
        if prompts[..i].iter().any(|o| o.id == p.id) {
            return Err((
                format!("[{i}].id"),
                format!("a prompt id listed once, `{}` is repeated", p.id),
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use crate::config::read::Problem;
    use crate::config::{Config, Trigger};
    use crate::json::from_serde;

    fn read(prompts: serde_json::Value) -> Result<Config, Problem> {
        Config::read(&from_serde(json!({ "prompts": prompts })))
    }

    #[test]
    fn at_most_twenty_prompts() {
        let many: Vec<_> = (0..21)
            .map(|i| json!({ "id": format!("p{i}"), "kind": "nps", "brand": "Lumen" }))
            .collect();
        assert!(read(json!(many[..20])).is_ok());
        assert_eq!(
            read(json!(many)).unwrap_err(),
            ("prompts".into(), "a list of at most 20 items".into())
        );
    }

    fn error_field(prompts: serde_json::Value) -> String {
        read(prompts).unwrap_err().0
    }

    #[test]
    fn a_prompt_needs_only_an_id_and_a_kind() {
        let c = read(json!([{ "id": "nps", "kind": "nps" }])).unwrap();
        let p = &c.prompts[0];
        assert_eq!(p.trigger, Trigger::Seconds(0));
        assert_eq!((p.sample, p.mirror, p.follow_up), (100, true, true));
        assert_eq!(p.frequency.after_answer_days, 90);
        assert_eq!(c.fatigue.days, 14);
    }

    #[test]
    fn errors_name_the_prompt_and_field() {
        assert_eq!(error_field(json!([{ "id": "a" }])), "prompts[0].kind");
        assert_eq!(
            error_field(
                json!([{ "id": "a", "kind": "nps", "trigger": { "seconds": 5, "scroll": 50 } }])
            ),
            "prompts[0].trigger"
        );
        assert_eq!(
            error_field(json!([{ "id": "a", "kind": "nps", "trigger": { "exitIntent": false } }])),
            "prompts[0].trigger.exitIntent"
        );
        assert_eq!(
            error_field(json!([{ "id": "a", "kind": "nps", "pages": [{ "prefix": "help" }] }])),
            "prompts[0].pages[0]"
        );
        assert_eq!(
            error_field(
                json!([{ "id": "a", "kind": "ces", "audience": [{ "attribute": "lifecycle_stage", "equals": "purchace" }] }])
            ),
            "prompts[0].audience[0].equals"
        );
        assert_eq!(
            error_field(
                json!([{ "id": "a", "kind": "ces", "audience": [{ "attribute": "orders", "gte": "2" }] }])
            ),
            "prompts[0].audience[0].gte"
        );
        assert_eq!(
            error_field(json!([{ "id": "a", "kind": "nps" }, { "id": "a", "kind": "csat" }])),
            "prompts[1].id"
        );
        assert_eq!(
            error_field(json!([{ "id": "a b", "kind": "nps" }])),
            "prompts[0].id"
        );
        assert_eq!(
            error_field(json!([{ "id": "a", "kind": "nps", "sample": 101 }])),
            "prompts[0].sample"
        );
    }
}
