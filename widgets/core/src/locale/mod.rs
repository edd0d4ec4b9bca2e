//! Which language a widget speaks, and its messages.

mod catalog;
mod ftl;
mod negotiate;
pub mod plural;
#[cfg(test)]
mod properties;

pub use catalog::{Arg, Args, Catalog};
pub use negotiate::{direction, is_supported, negotiate, Direction, SUPPORTED};
