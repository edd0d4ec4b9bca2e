//! A config error names the source, the field and what was expected, in one console line.

use std::fmt;

/// Where a config value came from, so the site owner knows which line of HTML or JS to fix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// `<script type="application/json" id="vox-config">`.
    JsonBlock,
    /// A `data-*` attribute on the `vox.js` script tag.
    ScriptAttribute(String),
    /// `Vox.init({...})`.
    Init,
    /// A `data-*` attribute on a widget element such as `<vox-feedback>`.
    ElementAttribute { element: String, attribute: String },
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Origin::JsonBlock => f.write_str("<script id=\"vox-config\">"),
            Origin::ScriptAttribute(attr) => write!(f, "{attr} on the vox.js <script>"),
            Origin::Init => f.write_str("Vox.init()"),
            Origin::ElementAttribute { element, attribute } => {
                write!(f, "{attribute} on <{element}>")
            }
        }
    }
}

/// One clear problem with the config.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    pub origin: Origin,
    /// Dotted path of the field, e.g. `feedback.maxLength`; empty for the whole document.
    pub field: String,
    /// What was expected and what was found.
    pub message: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Vox: invalid config in {}", self.origin)?;
        if !self.field.is_empty() {
            write!(f, ", field \"{}\"", self.field)?;
        }
        write!(f, ": expected {}. The widget is not shown.", self.message)
    }
}
