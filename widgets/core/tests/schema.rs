//! The committed schemas are exactly what the code generates.
#![cfg(feature = "schema")]

use std::path::Path;

#[test]
fn committed_schemas_match_the_code() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../schema");
    for (name, generated) in vox_core::schema::all() {
        let committed = std::fs::read_to_string(dir.join(name)).unwrap_or_default();
        assert!(
            committed == generated,
            "schema/{name} is out of date: run `cargo xtask schema` and commit the result"
        );
    }
}
