//! Shared core of the Vox widgets.
//!
//! The pure modules hold every rule worth testing and run natively:
//! - [`config`]: the one config model, its four sources, and field-precise errors;
//! - [`locale`]: negotiation with a fallback chain, and Fluent messages with English built in;
//! - [`submission`]: the JSON envelope every widget posts;
//! - [`delivery`]: the persisted outbox's retry policy;
//! - [`json`]: the small JSON value, parser and writer they share.
//!
//! [`web`] adapts them to the browser: shadow roots, events, storage, `fetch`.

pub mod config;
pub mod delivery;
pub mod json;
pub mod locale;
#[cfg(feature = "schema")]
pub mod schema;
pub mod submission;
pub mod web;
