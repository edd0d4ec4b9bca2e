//! The `consent` section: how the banner asks, what it asks for, and where the choice is kept.
//!
//! The loader reads the parts it needs before any wasm (mode, revision, cookie, Google Consent
//! Mode) from the same JSON, falling back to the safest value when one is malformed; this reader
//! is where a site owner gets the precise error, as for every other section.

use vox_config_macros::section;

use super::read::{string_enum, Obj, Problem};
use super::values::{check_url, pairs_as_object};
use crate::json::sorted_positions;

/// The built-in categories, in display order. `necessary` is always granted and never stored.
pub const BUILT_IN_CATEGORIES: &[&str] = &["necessary", "functional", "analytics", "marketing"];

string_enum!(/// How consent is asked for.
    ConsentMode {
        /// Nothing non-essential until the visitor agrees (EU, UK).
        OptIn = "opt-in",
        /// Allowed by default; "Do not sell or share" or Global Privacy Control turns marketing off (US).
        OptOut = "opt-out",
        /// Information only: everything is allowed and the banner just informs.
        Notice = "notice",
    } default OptIn);

string_enum!(/// Where the first layer of the banner sits.
    ConsentLayout {
        /// A bar across the bottom of the viewport.
        Bar = "bar",
        /// A box in the bottom corner (start side).
        Box = "box",
        /// A centred dialog that must be answered.
        Modal = "modal",
    } default Bar);

/// Consent banner and gate options.
#[section]
pub struct ConsentConfig {
    /// Show the banner when the visitor has not decided yet (or the revision changed).
    #[field(attr = "consent")]
    pub enabled: bool,
    /// The mode where no `regions` entry matches the visitor's country.
    #[field(attr = "consentMode")]
    pub mode: ConsentMode,
    /// Mode per country (ISO 3166-1 alpha-2, e.g. `DE`) or subdivision (`US-CA`); the more
    /// precise key wins. Also sent to Google Consent Mode as per-region defaults.
    #[field(read = regions)]
    #[serde(serialize_with = "pairs_as_object")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "std::collections::BTreeMap<String, ConsentMode>")
    )]
    pub regions: Vec<(String, ConsentMode)>,
    /// The visitor's country, usually set by the host or its CDN as `data-country`.
    #[field(length(2, 6), attr = "country")]
    pub country: Option<String>,
    /// Raise it when purposes or services change: everyone is asked again.
    #[field(range(0, 1_000_000), attr = "consentRevision")]
    pub revision: u32,
    /// Where the first layer sits.
    #[field(attr = "consentLayout")]
    pub layout: ConsentLayout,
    /// A floating "privacy choices" button to reopen the preferences at any time.
    #[field(attr = "consentPrivacyButton")]
    pub privacy_button: bool,
    /// The site's privacy policy, linked from the banner.
    #[field(attr = "consentPolicyUrl")]
    pub policy_url: Option<String>,
    /// Categories offered besides `necessary`, in display order.
    #[field(
        default = ["functional", "analytics", "marketing"].map(Category::built_in).to_vec(),
        length(0, 12),
    )]
    pub categories: Vec<Category>,
    /// The first-party cookie that keeps the choice.
    pub cookie: ConsentCookie,
    /// Google Consent Mode v2 signals in `dataLayer`.
    pub google_consent_mode: GoogleConsentMode,
}

/// A purpose visitors can allow or refuse.
#[section]
pub struct Category {
    /// `functional`, `analytics`, `marketing`, or a site-defined id (letters, digits, `-`, `_`).
    #[field(required = "an id of letters, digits, - and _", length(1, 40))]
    pub id: String,
    /// Shown name; built-in categories are translated when it is absent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Shown description; built-in categories are translated when it is absent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The services that use this category.
    pub services: Vec<Service>,
    /// Cookies deleted when this category is refused: names, or prefixes ending in `*` (`_ga*`).
    pub auto_clear: Vec<String>,
}

impl Category {
    fn built_in(id: &str) -> Category {
        Category {
            id: id.into(),
            ..Category::default()
        }
    }
}

/// A third party (or first-party tool) listed under its category.
#[section(finish = Service::named)]
pub struct Service {
    /// Id used by `data-vox-service` on blocked scripts and iframes.
    #[field(required = "an id of letters, digits, - and _", length(1, 40))]
    pub id: String,
    /// Shown name, e.g. `YouTube`; the id when absent.
    pub name: String,
    /// What it is used for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub purpose: Option<String>,
    /// Who provides it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
    /// Cookies it sets.
    pub cookies: Vec<String>,
    /// The provider's privacy policy.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub privacy_url: Option<String>,
}

impl Service {
    /// A service without a name is shown by its id.
    fn named(&mut self) {
        if self.name.is_empty() {
            self.name = self.id.clone();
        }
    }
}

/// The consent cookie.
#[section]
pub struct ConsentCookie {
    /// Cookie name.
    #[field(default = "vox_consent".into(), length(1, 64))]
    pub name: String,
    /// Cookie domain, e.g. `.shop.example` so every subdomain shares one choice.
    pub domain: Option<String>,
    /// How long a choice is kept before asking again, in days.
    #[field(default = 182, range(1, 395))]
    pub expires_days: u16,
}

/// Google Consent Mode v2.
#[section]
pub struct GoogleConsentMode {
    /// Push `gtag('consent', 'default' | 'update', ...)` commands to `dataLayer`.
    pub enabled: bool,
    /// How long Google tags wait for an update after the default, in milliseconds.
    #[field(default = 500, range(0, 10_000))]
    pub wait_for_update: u16,
    /// Redact ad click identifiers while `ad_storage` is denied.
    pub ads_data_redaction: bool,
    /// Pass click information through URLs while storage is denied.
    pub url_passthrough: bool,
}

/// `regions`: modes per region code, the codes read in capitals.
fn regions(o: &Obj, key: &str) -> Option<Vec<(String, ConsentMode)>> {
    let pairs = o.choice_map(key)?;
    Some(pairs.into_iter().map(|(k, m)| (region_key(k), m)).collect())
}

impl ConsentConfig {
    /// Rules across values, as (field path, expectation).
    pub(super) fn check(&self) -> Result<(), Problem> {
        if let Some(url) = &self.policy_url {
            check_url(url).map_err(|e| ("policyUrl".to_string(), e))?;
        }
        for (key, _) in &self.regions {
            if !is_region(key) {
                return Err((
                    format!("regions.{key}"),
                    "a country code such as `DE` or a subdivision such as `US-CA`".into(),
                ));
            }
        }
        if let Some(code) = repeated_region(&self.regions) {
            return Err((
                format!("regions.{code}"),
                format!("each region once (`de` and `DE` are one), `{code}` is repeated"),
            ));
        }
        if let Some(country) = &self.country {
            if !is_region(country) {
                return Err((
                    "country".into(),
                    format!("a country code such as `DE`, got \"{country}\""),
                ));
            }
        }
        for (i, c) in self.categories.iter().enumerate() {
            let field = |f: &str| format!("categories[{i}].{f}");
            if !is_id(&c.id) || c.id == "necessary" {
                return Err((
                    field("id"),
                    "an id of letters, digits, - and _, other than `necessary`".into(),
                ));
            }
            if self.categories[..i].iter().any(|o| o.id == c.id) {
                return Err((
                    field("id"),
                    format!("a category listed once, `{}` is repeated", c.id),
                ));
            }
            if !BUILT_IN_CATEGORIES.contains(&c.id.as_str()) && c.label.is_none() {
                return Err((
                    field("label"),
                    format!("a label for the site-defined category `{}`", c.id),
                ));
            }
            for (j, s) in c.services.iter().enumerate() {
                // It becomes a link in the banner: no `javascript:` or other schemes.
                if let Some(url) = &s.privacy_url {
                    check_url(url)
                        .map_err(|e| (format!("categories[{i}].services[{j}].privacyUrl"), e))?;
                }
                if !is_id(&s.id) {
                    return Err((
                        format!("categories[{i}].services[{j}].id"),
                        "an id of letters, digits, - and _".into(),
                    ));
                }
            }
        }
        let name = &self.cookie.name;
        if name.is_empty()
            || !name
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b))
        {
            return Err((
                "cookie.name".into(),
                "a cookie name of letters, digits, -, _ and .".into(),
            ));
        }
        Ok(())
    }
}

/// `DE`, `US-CA`: two ASCII letters, optionally a subdivision of one to three letters or digits.
fn is_region(code: &str) -> bool {
    let (country, sub) = code.split_once('-').unwrap_or((code, "X"));
    country.len() == 2
        && country.bytes().all(|b| b.is_ascii_alphabetic())
        && (1..=3).contains(&sub.len())
        && sub.bytes().all(|b| b.is_ascii_alphanumeric())
}

/// A region code in capitals, as the loader matches it with the visitor's country: a lowercase
/// `de` would otherwise be accepted and never match. Anything else stays as written, for its
/// error to quote.
fn region_key(code: String) -> String {
    if is_region(&code) {
        code.to_ascii_uppercase()
    } else {
        code
    }
}

/// The first region code given twice once in capitals (`de` and `DE`): one sort, as there may
/// be any number of codes.
fn repeated_region(regions: &[(String, ConsentMode)]) -> Option<&str> {
    let codes: Vec<&str> = regions.iter().map(|(code, _)| code.as_str()).collect();
    let order = sorted_positions(&codes);
    let pair = order.windows(2).find(|w| codes[w[0]] == codes[w[1]])?;
    Some(codes[pair[1]])
}

pub(super) fn is_id(id: &str) -> bool {
    (1..=40).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_".contains(&b))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::json::from_serde;
    use serde_json::json;

    fn read(v: serde_json::Value) -> Result<ConsentConfig, Problem> {
        Config::read(&from_serde(json!({ "consent": v }))).map(|c| c.consent)
    }

    #[test]
    fn reads_every_field() {
        let c = read(json!({
            "enabled": true, "mode": "opt-out", "regions": {"DE": "opt-in", "US-CA": "opt-out"},
            "country": "de", "revision": 3, "layout": "box", "privacyButton": true,
            "policyUrl": "/privacy",
            "categories": [{"id": "analytics", "services": [{"id": "ga", "name": "Google Analytics", "cookies": ["_ga"]}], "autoClear": ["_ga*"]},
                           {"id": "chat", "label": "Live chat"}],
            "cookie": {"name": "shop_consent", "domain": ".shop.example", "expiresDays": 90},
            "googleConsentMode": {"enabled": true, "waitForUpdate": 800, "adsDataRedaction": true}
        }))
        .unwrap();
        assert_eq!(c.regions[1], ("US-CA".to_string(), ConsentMode::OptOut));
        assert_eq!(c.layout, ConsentLayout::Box);
        assert_eq!(c.categories[0].services[0].cookies, ["_ga"]);
        assert_eq!(c.categories[1].label.as_deref(), Some("Live chat"));
        assert_eq!(c.cookie.expires_days, 90);
        assert!(c.google_consent_mode.ads_data_redaction);
    }

    #[test]
    fn names_the_bad_field() {
        let field = |v| read(v).unwrap_err().0;
        assert_eq!(field(json!({"mode": "maybe"})), "consent.mode");
        assert_eq!(
            field(json!({"regions": {"Europe": "opt-in"}})),
            "consent.regions.Europe"
        );
        assert_eq!(
            field(json!({"categories": [{"id": "chat"}]})),
            "consent.categories[0].label"
        );
        assert_eq!(
            field(json!({"categories": [{"id": "necessary"}]})),
            "consent.categories[0].id"
        );
        assert_eq!(
            field(
                json!({"categories": [{"id": "ads", "label": "Ads"}, {"id": "ads", "label": "Ads"}]})
            ),
            "consent.categories[1].id"
        );
        assert_eq!(
            field(json!({"categories": [{"id": "x", "label": "X", "services": [{"id": "a b"}]}]})),
            "consent.categories[0].services[0].id"
        );
        assert_eq!(
            field(
                json!({"categories": [{"id": "ads", "label": "Ads", "services": [{"id": "x", "name": "X", "privacyUrl": "javascript:alert(1)"}]}]})
            ),
            "consent.categories[0].services[0].privacyUrl"
        );
        assert_eq!(
            field(json!({"policyUrl": "javascript:alert(1)"})),
            "consent.policyUrl"
        );
        assert_eq!(
            field(json!({"cookie": {"expiresDays": 400}})),
            "consent.cookie.expiresDays"
        );
        assert_eq!(
            field(json!({"cookie": {"name": "a;b"}})),
            "consent.cookie.name"
        );
        assert_eq!(
            field(json!({"googleConsentMode": {"enable": true}})),
            "consent.googleConsentMode.enable"
        );
    }

    #[test]
    fn region_codes_are_read_in_capitals() {
        let c = read(json!({"regions": {"de": "opt-in", "us-ca": "opt-out", "FR": "notice"}}));
        // In the order written, which `json!` sorts.
        let pairs = [
            ("FR", ConsentMode::Notice),
            ("DE", ConsentMode::OptIn),
            ("US-CA", ConsentMode::OptOut),
        ];
        assert_eq!(c.unwrap().regions, pairs.map(|(k, m)| (k.to_string(), m)));
        // One region twice is refused rather than one of its modes picked.
        let twice = read(json!({"regions": {"de": "opt-out", "DE": "opt-in"}}));
        assert_eq!(twice.unwrap_err().0, "consent.regions.DE");
    }

    #[test]
    fn a_mode_not_of_the_three_names_its_field() {
        for (config, path) in [
            (json!({"mode": "optin"}), "consent.mode"),
            (json!({"regions": {"DE": "optin"}}), "consent.regions.DE"),
            (
                json!({"regions": {"de-by": "Opt-In"}}),
                "consent.regions.de-by",
            ),
            (json!({"regions": {"US": true}}), "consent.regions.US"),
        ] {
            let (field, why) = read(config).unwrap_err();
            assert_eq!(field, path);
            assert!(
                why.starts_with("a known value, one of `opt-in`, `opt-out`, `notice`")
                    || why == "a string, got true",
                "{why}"
            );
        }
    }

    /// When the consent config is in doubt the mode is opt-in: by default, and for a region
    /// whose mode is `null` (or wrong: `choice_map` reads it as `ALL[0]`, and reports it).
    #[test]
    fn in_doubt_the_mode_is_opt_in() {
        use crate::config::read::Choice;
        assert_eq!(ConsentConfig::default().mode, ConsentMode::OptIn);
        assert_eq!(ConsentMode::ALL[0], ConsentMode::OptIn);
        let c = read(json!({"mode": "opt-out", "regions": {"de": null}})).unwrap();
        assert_eq!(c.regions, [("DE".to_string(), ConsentMode::OptIn)]);
    }

    #[test]
    fn at_most_twelve_categories() {
        let many: Vec<_> = (0..13)
            .map(|i| json!({"id": format!("c{i}"), "label": "C"}))
            .collect();
        assert_eq!(
            read(json!({ "categories": many })).unwrap_err().0,
            "consent.categories"
        );
        assert!(read(json!({ "categories": many[..12] })).is_ok());
    }
}
