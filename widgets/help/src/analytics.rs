//! What the widget remembers and reports, each behind its consent category: search events go
//! to the endpoint only while `analytics` is granted, and recent searches are kept in
//! `localStorage` only while `functional` is (and are wiped when it is withdrawn).

use vox_core::json::{self, Json};
use vox_core::submission::{Payload, SearchAnswers, SearchEvent};
use vox_core::web::gate;
use vox_core::web::mount::WidgetContext;
use vox_core::web::storage::{self, Area};

const RECENT_KEY: &str = "vox.help.recent";
const RECENT_MAX: usize = 5;

/// Sends a search event, if the visitor allows analytics right now.
pub fn report(
    ctx: &WidgetContext,
    event: SearchEvent,
    query: &str,
    results: usize,
    article: Option<&str>,
    helpful: Option<bool>,
) {
    if !gate::allows("analytics") {
        return;
    }
    let answers = SearchAnswers {
        event,
        query: query.trim().chars().take(200).collect(),
        results: results as u32,
        article: article.map(String::from),
        helpful,
    };
    let ctx = ctx.clone();
    wasm_bindgen_futures::spawn_local(async move {
        ctx.submit(Payload::Help(answers)).await;
    });
}

/// The visitor's recent searches, newest first (none without `functional`).
pub fn recent(ctx: &WidgetContext) -> Vec<String> {
    if !ctx.config.help.recent {
        return Vec::new();
    }
    if !gate::allows("functional") {
        storage::remove(Area::Local, RECENT_KEY);
        return Vec::new();
    }
    let stored = storage::get(Area::Local, RECENT_KEY).unwrap_or_default();
    match json::parse(&stored) {
        Ok(Json::Arr(items)) => items
            .iter()
            .filter_map(Json::as_str)
            .map(String::from)
            .take(RECENT_MAX)
            .collect(),
        _ => Vec::new(),
    }
}

/// Remembers a query that led somewhere (a result was opened).
pub fn remember(ctx: &WidgetContext, query: &str) {
    let query = query.trim();
    if query.is_empty() || !ctx.config.help.recent || !gate::allows("functional") {
        return;
    }
    let mut list = recent(ctx);
    list.retain(|q| q != query);
    list.insert(0, query.to_string());
    list.truncate(RECENT_MAX);
    let value = Json::Arr(list.into_iter().map(Json::Str).collect());
    storage::set(Area::Local, RECENT_KEY, &value.to_string());
}
