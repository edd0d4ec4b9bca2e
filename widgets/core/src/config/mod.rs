//! The one config model every widget reads.
//!
//! Site owners configure Vox from five places (a config file named by `data-config`, a
//! `<script type="application/json" id="vox-config">` block, `data-*` attributes on the script
//! tag, `Vox.init({...})`, and `data-*` attributes on the widget element). Every field has a default, so each source is a complete, valid config on its
//! own: we check each source separately, which lets an error name exactly where the bad value came
//! from, then deep-merge them in that order (later wins).

mod attributes;
mod consent;
mod error;
pub(crate) mod field;
mod help;
mod model;
mod prompts;
pub(crate) mod read;
mod sources;
mod texts;
mod validate;
mod values;

pub use consent::*;
pub use error::{ConfigError, Origin};
pub use help::HelpConfig;
pub use model::*;
pub use prompts::*;
pub use sources::{resolve, resolve_for, ConfigFile, Part, Sources};
pub use texts::Texts;
pub use values::Corner;
