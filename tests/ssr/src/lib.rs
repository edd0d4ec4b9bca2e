//! Tests only: see `tests/render.rs`.
