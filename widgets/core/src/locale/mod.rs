//! Which language a widget speaks, and its messages.

mod catalog;
mod negotiate;

pub use catalog::{Catalog, FluentArgs, FluentValue};
pub use negotiate::{direction, is_supported, negotiate, Direction, SUPPORTED};
