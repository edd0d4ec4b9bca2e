//! Every widget, named once. A line gives its name (the `vox-embed` feature that builds it,
//! its module `vox-<name>.js` in the bundle), its crate (whose `embed` mounts it), the config
//! section it reads, and the elements it draws. The embed's dispatch below, the loader's
//! element list (written into `vox.js` by `cargo xtask build`) and the xtask's module and page
//! lists all come from these lines; `xtask/src/registry.rs` reads this file.
//!
//! A fifth widget: its crate with a `SPEC`, a component and an `embed` function; an optional
//! dependency and a feature of the same name in `widgets/embed/Cargo.toml`; one line here;
//! its page budget in `xtask/src/size.rs`.

use vox_core::config::Part;
use vox_core::web::mount::{Embedding, Mounted};

/// Generates the registry's tables and dispatch from its lines.
macro_rules! widgets {
    ($($name:literal => $krate:ident, $part:expr, [$($tag:literal),+];)+) => {
        /// The widget drawing element `tag` (lower case), and the config section it reads.
        pub fn widget_of(tag: &str) -> Option<(&'static str, Part)> {
            match tag {
                $($($tag)|+ => Some(($name, $part)),)+
                _ => None,
            }
        }

        /// Mounts `widget`, if this module was built with it (each module holds one).
        // A build with no widget feature compiles only the fallback arm.
        #[allow(unused_variables, unreachable_code)]
        pub async fn mount(widget: &str, page: Embedding) -> Option<Mounted> {
            match widget {
                $(#[cfg(feature = $name)] $name => Some($krate::embed(page).await),)+
                _ => None,
            }
        }
    };
}

widgets! {
    "consent" => vox_consent, Part::Consent, ["vox-consent", "vox-placeholder"];
    "feedback" => vox_feedback, Part::Feedback, ["vox-feedback"];
    "prompt" => vox_prompt, Part::Prompts, ["vox-prompt"];
    "help" => vox_help, Part::Help, ["vox-help"];
}
