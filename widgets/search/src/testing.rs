//! What the crate's tests build indexes from and read results with.

use crate::index::{Article, Index};
use crate::search::{search, Hit, Query, Step};

pub fn article(
    id: &str,
    locale: &str,
    category: &str,
    title: &str,
    summary: &str,
    body: &str,
) -> Article {
    Article {
        id: id.into(),
        locale: locale.into(),
        category: category.into(),
        title: title.into(),
        summary: summary.into(),
        body: body.into(),
        ..Article::default()
    }
}

/// The ids of the first ten results of `text`.
pub fn ids(index: &Index, text: &str) -> Vec<String> {
    let query = Query {
        text,
        limit: 10,
        category: None,
    };
    hits(index, &query).into_iter().map(|h| h.id).collect()
}

/// The results of a query over an index that has everything loaded.
pub fn hits(index: &Index, query: &Query) -> Vec<Hit> {
    match search(index, query) {
        Step::Done(hits) => hits,
        Step::Fetch(chunks) => panic!("a built index needs no {chunks:?}"),
    }
}
