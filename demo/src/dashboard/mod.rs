//! `GET /admin`: the voice-of-customer dashboard. From the view in the query string (see
//! [`filter`]) it reads the period's rows once (from the narrow `facts` table, never the
//! stored JSON), keeps those the view selects, and renders, all on the server:
//! - scores over time (NPS, CSAT, CES) with their 95% bands, and the NPS gauge;
//! - a breakdown by locale, country, page or any `meta` field the site sends;
//! - feedback volume by category and rating, and consent choices by group and revision;
//! - verbatims, searchable, with recurring terms per language, and the closed loop (reply,
//!   handled) on feedback items;
//! - help center insights: top, zero-result and "Contact us" queries, unhelpful articles;
//! - the data-rights forms.
//!
//! `GET /admin/export.csv` and `/admin/export.json` give the same view's rows. Everything shown
//! was posted by anyone who can reach `/api/vox`, so every text is escaped; the page has no
//! script and no inline style, and its charts are SVG (see [`charts`]).

mod breakdown;
mod charts;
mod consent;
mod export;
mod filter;
mod help;
mod render;
mod scores;
mod terms;
#[cfg(test)]
mod testing;
mod verbatims;
mod volume;
mod words;

use std::sync::Arc;

use axum::extract::{RawQuery, State};
use axum::http::{header, HeaderMap};
use axum::response::{Html, IntoResponse, Response};

use crate::store::Fact;
use crate::AppState;
use filter::Filter;

pub use export::{csv, json};

/// Periods up to this many days are charted per day, longer ones per week.
const DAILY_UP_TO: i64 = 31;

pub async fn page(
    State(state): State<Arc<AppState>>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
) -> Response {
    let filter = Filter::parse(query.as_deref().unwrap_or_default(), crate::facts::today());
    let accept = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let words = words::choose(&filter.lang, accept);
    let rows = match view(&state, &filter).await {
        Ok(rows) => rows,
        Err(response) => return response,
    };
    let follow_ups = match state.store.follow_ups().await {
        Ok(all) => all.into_iter().collect(),
        Err(e) => return crate::collector::unavailable(e),
    };
    let shown: Vec<&Fact> = rows.iter().collect();
    Html(render::page(&render::Page {
        filter: &filter,
        words,
        facts: &shown,
        follow_ups: &follow_ups,
        retention: &state.retention,
        weekly: (filter.to - filter.from).whole_days() >= DAILY_UP_TO,
    }))
    .into_response()
}

/// The period's rows that the view keeps, newest first.
async fn view(state: &AppState, filter: &Filter) -> Result<Vec<Fact>, Response> {
    let mut rows = state
        .store
        .facts(&filter.first_day(), &filter.last_day())
        .await
        .map_err(crate::collector::unavailable)?;
    rows.retain(|f| filter.keeps(f));
    Ok(rows)
}
