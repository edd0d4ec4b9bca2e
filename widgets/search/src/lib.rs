//! Vox help-center search: the engine, pure Rust, the same natively (the index builder, tests,
//! benches) and in the shared wasm. Terms are folded ([`fold`]), split the same way at index
//! and query time whatever the script ([`tokenize`]), lightly stemmed ([`stem`]), scored once
//! with BM25F ([`index`]), stored as chunked files ([`files`]) and ranked with prefix matching
//! and typo tolerance ([`mod@search`], [`typo`]), raised by what shoppers chose ([`learn`]);
//! a query that finds nothing may be offered a correction ([`mod@suggest`]).

mod codec;
pub mod files;
pub mod fold;
mod fold_table;
pub mod function_words;
pub mod index;
pub mod learn;
pub mod search;
pub mod stem;
pub mod suggest;
#[cfg(test)]
mod testing;
pub mod tokenize;
pub mod typo;

pub use codec::Malformed;
pub use files::Chunk;
pub use index::{Article, Index};
pub use search::{search, Hit, Progress, Query, Step};
pub use suggest::suggest;
