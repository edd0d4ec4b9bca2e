//! Thin adapters over browser APIs. Nothing here decides policy: rules live in the pure modules
//! ([`crate::config`], [`crate::delivery`], [`crate::locale`]) where native tests reach them.
//! Every call that can throw on a hostile page (storage disabled, odd globals) is handled.

pub mod announce;
pub mod compact;
pub mod cookies;
pub mod debug;
pub mod digest;
pub mod events;
pub mod focus;
pub mod gate;
pub mod host;
pub mod markup;
pub mod mount;
pub mod outbox;
pub mod page;
pub mod report;
pub mod shadow;
mod shared;
pub mod storage;
pub mod submit;
pub mod text;
