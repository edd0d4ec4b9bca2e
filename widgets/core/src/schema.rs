//! JSON Schemas generated from the Rust types, so the documented contract cannot drift from
//! the code. `cargo xtask schema` writes them to `schema/`; `tests/schema.rs` fails when the
//! committed files differ.

use crate::config::Config;
use crate::submission::Envelope;

/// `(file name, pretty JSON)` for each published schema.
pub fn all() -> Vec<(&'static str, String)> {
    let pretty =
        |schema: schemars::Schema| serde_json::to_string_pretty(&schema).unwrap_or_default() + "\n";
    vec![
        ("config.schema.json", pretty(schemars::schema_for!(Config))),
        (
            "submission.schema.json",
            pretty(schemars::schema_for!(Envelope)),
        ),
    ]
}
