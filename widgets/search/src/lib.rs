//! Vox help-center search: the engine, pure Rust, the same natively (the index builder, tests,
//! benches) and in the shared wasm. Terms are folded ([`fold`]), split the same way at index
//! and query time whatever the script ([`tokenize`]), lightly stemmed ([`stem`]), indexed with
//! BM25 statistics ([`index`]) and ranked with prefix matching and typo tolerance ([`search`]).

pub mod fold;
mod fold_table;
pub mod index;
pub mod search;
pub mod stem;
pub mod tokenize;
