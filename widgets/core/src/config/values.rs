//! Value types and checks that several config sections share. They live apart from any one
//! section so that the sections import from here, never from each other.

use serde::Serialize;

use super::read::string_enum;

pub(super) use vox_url::check as check_url;

/// Writes `(key, value)` pairs as a JSON object, for the schema and tests (the wasm keeps such
/// small maps as lists).
pub(super) fn pairs_as_object<V: Serialize, S: serde::Serializer>(
    pairs: &[(String, V)],
    s: S,
) -> Result<S::Ok, S::Error> {
    s.collect_map(pairs.iter().map(|(k, v)| (k, v)))
}

string_enum!(/// A screen corner.
    Corner {
        BottomRight = "bottom-right", BottomLeft = "bottom-left",
        TopRight = "top-right", TopLeft = "top-left",
    } default BottomRight);
