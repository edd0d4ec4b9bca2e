//! The `consent` section: how the banner asks, what it asks for, and where the choice is kept.
//!
//! The loader reads the parts it needs before any wasm (mode, revision, cookie, Google Consent
//! Mode) from the same JSON, falling back to the safest value when one is malformed; this reader
//! is where a site owner gets the precise error, as for every other section.

use serde::Serialize;

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
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, rename_all = "camelCase", deny_unknown_fields)]
pub struct ConsentConfig {
    /// Show the banner when the visitor has not decided yet (or the revision changed).
    pub enabled: bool,
    /// The mode where no `regions` entry matches the visitor's country.
    pub mode: ConsentMode,
    /// Mode per country (ISO 3166-1 alpha-2, e.g. `DE`) or subdivision (`US-CA`); the more
    /// precise key wins. Also sent to Google Consent Mode as per-region defaults.
    #[serde(serialize_with = "pairs_as_object")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "std::collections::BTreeMap<String, ConsentMode>")
    )]
    pub regions: Vec<(String, ConsentMode)>,
    /// The visitor's country, usually set by the host or its CDN as `data-country`.
    #[cfg_attr(feature = "schema", schemars(length(min = 2, max = 6)))]
    pub country: Option<String>,
    /// Raise it when purposes or services change: everyone is asked again.
    #[cfg_attr(feature = "schema", schemars(range(min = 0, max = 1000000)))]
    pub revision: u32,
    /// Where the first layer sits.
    pub layout: ConsentLayout,
    /// A floating "privacy choices" button to reopen the preferences at any time.
    pub privacy_button: bool,
    /// The site's privacy policy, linked from the banner.
    pub policy_url: Option<String>,
    /// Categories offered besides `necessary`, in display order.
    #[cfg_attr(feature = "schema", schemars(length(max = 12)))]
    pub categories: Vec<Category>,
    /// The first-party cookie that keeps the choice.
    pub cookie: ConsentCookie,
    /// Google Consent Mode v2 signals in `dataLayer`.
    pub google_consent_mode: GoogleConsentMode,
}

impl Default for ConsentConfig {
    fn default() -> Self {
        ConsentConfig {
            enabled: false,
            mode: ConsentMode::OptIn,
            regions: Vec::new(),
            country: None,
            revision: 0,
            layout: ConsentLayout::Bar,
            privacy_button: false,
            policy_url: None,
            categories: ["functional", "analytics", "marketing"]
                .map(Category::built_in)
                .to_vec(),
            cookie: ConsentCookie::default(),
            google_consent_mode: GoogleConsentMode::default(),
        }
    }
}

/// A purpose visitors can allow or refuse.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Category {
    /// `functional`, `analytics`, `marketing`, or a site-defined id (letters, digits, `-`, `_`).
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = 40)))]
    pub id: String,
    /// Shown name; built-in categories are translated when it is absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Shown description; built-in categories are translated when it is absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The services that use this category.
    #[serde(default)]
    pub services: Vec<Service>,
    /// Cookies deleted when this category is refused: names, or prefixes ending in `*` (`_ga*`).
    #[serde(default)]
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
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Service {
    /// Id used by `data-vox-service` on blocked scripts and iframes.
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = 40)))]
    pub id: String,
    /// Shown name, e.g. `YouTube`.
    pub name: String,
    /// What it is used for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purpose: Option<String>,
    /// Who provides it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
    /// Cookies it sets.
    #[serde(default)]
    pub cookies: Vec<String>,
    /// The provider's privacy policy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub privacy_url: Option<String>,
}

/// The consent cookie.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, rename_all = "camelCase", deny_unknown_fields)]
pub struct ConsentCookie {
    /// Cookie name.
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = 64)))]
    pub name: String,
    /// Cookie domain, e.g. `.shop.example` so every subdomain shares one choice.
    pub domain: Option<String>,
    /// How long a choice is kept before asking again, in days.
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = 395)))]
    pub expires_days: u16,
}

impl Default for ConsentCookie {
    fn default() -> Self {
        ConsentCookie {
            name: "vox_consent".into(),
            domain: None,
            expires_days: 182,
        }
    }
}

/// Google Consent Mode v2.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, rename_all = "camelCase", deny_unknown_fields)]
pub struct GoogleConsentMode {
    /// Push `gtag('consent', 'default' | 'update', ...)` commands to `dataLayer`.
    pub enabled: bool,
    /// How long Google tags wait for an update after the default, in milliseconds.
    #[cfg_attr(feature = "schema", schemars(range(min = 0, max = 10000)))]
    pub wait_for_update: u16,
    /// Redact ad click identifiers while `ad_storage` is denied.
    pub ads_data_redaction: bool,
    /// Pass click information through URLs while storage is denied.
    pub url_passthrough: bool,
}

impl Default for GoogleConsentMode {
    fn default() -> Self {
        GoogleConsentMode {
            enabled: false,
            wait_for_update: 500,
            ads_data_redaction: false,
            url_passthrough: false,
        }
    }
}

const FIELDS: &[&str] = &[
    "enabled",
    "mode",
    "regions",
    "country",
    "revision",
    "layout",
    "privacyButton",
    "policyUrl",
    "categories",
    "cookie",
    "googleConsentMode",
];

impl ConsentConfig {
    /// Starts from the defaults and overwrites what is set, as [`super::Config::read`] does.
    pub(super) fn read(o: &Obj) -> Self {
        o.only(FIELDS);
        let mut c = ConsentConfig::default();
        if let Some(v) = o.bool("enabled") {
            c.enabled = v;
        }
        if let Some(v) = o.choice("mode") {
            c.mode = v;
        }
        if let Some(v) = o.choice_map("regions") {
            c.regions = v.into_iter().map(|(k, m)| (region_key(k), m)).collect();
        }
        c.country = o.string("country");
        if let Some(v) = o.int("revision", 0, 1_000_000) {
            c.revision = v as u32;
        }
        if let Some(v) = o.choice("layout") {
            c.layout = v;
        }
        if let Some(v) = o.bool("privacyButton") {
            c.privacy_button = v;
        }
        c.policy_url = o.string("policyUrl");
        if let Some(v) = o.objects("categories", Category::read) {
            c.categories = v;
        }
        if let Some(cookie) = o.object("cookie") {
            cookie.only(&["name", "domain", "expiresDays"]);
            if let Some(v) = cookie.text("name", 1, 64) {
                c.cookie.name = v;
            }
            c.cookie.domain = cookie.string("domain");
            if let Some(v) = cookie.int("expiresDays", 1, 395) {
                c.cookie.expires_days = v as u16;
            }
        }
        if let Some(g) = o.object("googleConsentMode") {
            let gcm = &mut c.google_consent_mode;
            g.only(&[
                "enabled",
                "waitForUpdate",
                "adsDataRedaction",
                "urlPassthrough",
            ]);
            if let Some(v) = g.bool("enabled") {
                gcm.enabled = v;
            }
            if let Some(v) = g.int("waitForUpdate", 0, 10_000) {
                gcm.wait_for_update = v as u16;
            }
            if let Some(v) = g.bool("adsDataRedaction") {
                gcm.ads_data_redaction = v;
            }
            if let Some(v) = g.bool("urlPassthrough") {
                gcm.url_passthrough = v;
            }
        }
        c
    }

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
        // As the schema says; it also bounds the repeated-id check below.
        if self.categories.len() > 12 {
            return Err((
                "categories".into(),
                "a list of at most 12 categories".into(),
            ));
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

impl Category {
    fn read(o: &Obj) -> Self {
        o.only(&["id", "label", "description", "services", "autoClear"]);
        Category {
            id: o.string("id").unwrap_or_default(),
            label: o.string("label"),
            description: o.string("description"),
            services: o.objects("services", Service::read).unwrap_or_default(),
            auto_clear: o.strings("autoClear").unwrap_or_default(),
        }
    }
}

impl Service {
    fn read(o: &Obj) -> Self {
        o.only(&["id", "name", "purpose", "provider", "cookies", "privacyUrl"]);
        let id = o.string("id").unwrap_or_default();
        Service {
            name: o.string("name").unwrap_or_else(|| id.clone()),
            id,
            purpose: o.string("purpose"),
            provider: o.string("provider"),
            cookies: o.strings("cookies").unwrap_or_default(),
            privacy_url: o.string("privacyUrl"),
        }
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
