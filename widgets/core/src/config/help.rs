//! The `help` section: where the help-center index is, how the search opens, how many
//! results it shows, and where "Contact us" leads.

use vox_config_macros::section;

use super::field::url;
use super::read::Obj;

/// Help-center search options (`<vox-help>` and `Vox.search`), the `help` section. Read only
/// by builds with help search (the `help` feature); others accept the section and ignore it.
#[section(feature = "help")]
pub struct HelpConfig {
    /// URL of the folder `cargo xtask index` wrote (the one holding `index.json`); defaults to
    /// `help/` next to `vox.js`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[field(read = url, attr = "helpIndex")]
    pub index: Option<String>,
    /// Key that opens the search dialog with Ctrl (⌘ on a Mac): `k` by default; `""` for none.
    #[field(default = "k".into(), read = shortcut)]
    #[cfg_attr(feature = "schema", schemars(length(max = 1)))]
    pub shortcut: String,
    /// Whether `/` also opens it (not while the visitor types in a field).
    #[field(default = true)]
    pub slash: bool,
    /// Results shown.
    #[field(default = 8, range(1, 20), attr = "helpLimit")]
    pub limit: u8,
    /// Show only articles of this category.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[field(attr = "helpCategory")]
    pub category: Option<String>,
    /// Where "Contact us" leads: the feedback form (absent), or this URL with the query as `q`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[field(read = url, attr = "helpContact")]
    pub contact: Option<String>,
    /// Offer the visitor's recent searches (kept only while `functional` is granted).
    #[field(default = true)]
    pub recent: bool,
}

/// One key or none, lowercased; `ctrl+k` is an error that shows what is meant.
fn shortcut(o: &Obj, key: &str) -> Option<String> {
    match o.string(key)? {
        s if s.chars().count() > 1 => {
            o.wrong(key, "one key, like \"k\", or \"\" for none", o.value(key))
        }
        s => Some(s.to_ascii_lowercase()),
    }
}
