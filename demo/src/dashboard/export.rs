//! `GET /admin/export.csv` and `/admin/export.json`: the dashboard's current view (same query
//! string) as rows, one per submission, for a spreadsheet or another tool. With search text,
//! only the submissions whose text holds it.

use std::sync::Arc;

use axum::extract::{RawQuery, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use serde_json::{json, Value};

use super::filter::Filter;
use crate::store::Fact;
use crate::AppState;

/// The columns, in order.
const COLUMNS: [&str; 13] = [
    "id", "widget", "locale", "day", "event", "topic", "score", "text", "email", "thread",
    "country", "page", "meta",
];

async fn rows(state: &AppState, query: Option<String>) -> Result<(Filter, Vec<Fact>), Response> {
    let filter = Filter::parse(query.as_deref().unwrap_or_default(), crate::facts::today());
    let mut rows = super::view(state, &filter).await?;
    rows.retain(|f| filter.finds(&f.facts.text));
    Ok((filter, rows))
}

fn cells(f: &Fact) -> [String; 13] {
    let x = &f.facts;
    [
        f.id.clone(),
        f.widget.clone(),
        f.locale.clone(),
        x.day.clone(),
        x.event.clone(),
        x.topic.clone(),
        x.score.map(|s| s.to_string()).unwrap_or_default(),
        x.text.clone(),
        x.email.clone(),
        x.thread.clone(),
        x.country.clone(),
        x.page.clone(),
        x.meta.clone(),
    ]
}

fn download(filter: &Filter, extension: &str, kind: &'static str, body: String) -> Response {
    let name = format!(
        "attachment; filename=\"vox-{}-{}.{extension}\"",
        filter.first_day(),
        filter.last_day()
    );
    (
        [
            (header::CONTENT_TYPE, kind.to_string()),
            (header::CONTENT_DISPOSITION, name),
        ],
        body,
    )
        .into_response()
}

pub async fn csv(State(state): State<Arc<AppState>>, RawQuery(query): RawQuery) -> Response {
    let (filter, rows) = match rows(&state, query).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    let mut out = COLUMNS.join(",") + "\r\n";
    for f in &rows {
        let line: Vec<String> = cells(f).iter().map(|c| cell(c)).collect();
        out += &line.join(",");
        out += "\r\n";
    }
    download(&filter, "csv", "text/csv; charset=utf-8", out)
}

pub async fn json(State(state): State<Arc<AppState>>, RawQuery(query): RawQuery) -> Response {
    let (filter, rows) = match rows(&state, query).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    let list: Vec<Value> = rows
        .iter()
        .map(|f| {
            let mut row: serde_json::Map<String, Value> = COLUMNS
                .iter()
                .zip(cells(f))
                .map(|(k, v)| (k.to_string(), json!(v)))
                .collect();
            row.insert("score".into(), json!(f.facts.score));
            row.insert(
                "meta".into(),
                serde_json::from_str(&f.facts.meta).unwrap_or(json!({})),
            );
            Value::Object(row)
        })
        .collect();
    download(
        &filter,
        "json",
        "application/json",
        Value::Array(list).to_string(),
    )
}

/// One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break. A cell that a
/// spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) gets a leading `'`:
/// a visitor's message must never execute in the shop's spreadsheet.
fn cell(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::cell;

    #[test]
    fn cells_are_quoted_and_never_formulas() {
        assert_eq!(cell("plain"), "plain");
        assert_eq!(cell("a,b"), "\"a,b\"");
        assert_eq!(cell("say \"hi\"\nbye"), "\"say \"\"hi\"\"\nbye\"");
        assert_eq!(cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(cell("-1+2"), "'-1+2");
        assert_eq!(cell("物流很慢"), "物流很慢");
    }
}
