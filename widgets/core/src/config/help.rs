//! The `help` section: where the help-center index is, how the search opens, how many
//! results it shows, and where "Contact us" leads.

use serde::Serialize;

#[cfg(feature = "help")]
use super::read::Obj;

/// Help-center search options (`<vox-help>` and `Vox.search`), the `help` section.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, rename_all = "camelCase", deny_unknown_fields)]
pub struct HelpConfig {
    /// URL of the folder `cargo xtask index` wrote (the one holding `index.json`); defaults to
    /// `help/` next to `vox.js`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub index: Option<String>,
    /// Key that opens the search dialog with Ctrl (⌘ on a Mac): `k` by default; `""` for none.
    #[cfg_attr(feature = "schema", schemars(length(max = 1)))]
    pub shortcut: String,
    /// Whether `/` also opens it (not while the visitor types in a field).
    pub slash: bool,
    /// Results shown.
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = 20)))]
    pub limit: u8,
    /// Show only articles of this category.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// Where "Contact us" leads: the feedback form (absent), or this URL with the query as `q`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact: Option<String>,
    /// Offer the visitor's recent searches (kept only while `functional` is granted).
    pub recent: bool,
}

impl Default for HelpConfig {
    fn default() -> Self {
        HelpConfig {
            index: None,
            shortcut: "k".into(),
            slash: true,
            limit: 8,
            category: None,
            contact: None,
            recent: true,
        }
    }
}

#[cfg(feature = "help")]
const FIELDS: &[&str] = &[
    "index", "shortcut", "slash", "limit", "category", "contact", "recent",
];

#[cfg(feature = "help")]
impl HelpConfig {
    pub(crate) fn read(o: &Obj) -> Self {
        o.only(FIELDS);
        let d = HelpConfig::default();
        let shortcut = match o.string("shortcut") {
            Some(s) if s.chars().count() > 1 => o.wrong(
                "shortcut",
                "one key, like \"k\", or \"\" for none",
                o.value("shortcut"),
            ),
            other => other,
        };
        HelpConfig {
            index: o.url("index"),
            shortcut: shortcut.unwrap_or(d.shortcut).to_ascii_lowercase(),
            slash: o.bool("slash").unwrap_or(d.slash),
            limit: o.int("limit", 1, 20).map_or(d.limit, |n| n as u8),
            category: o.string("category"),
            contact: o.url("contact"),
            recent: o.bool("recent").unwrap_or(d.recent),
        }
    }
}
