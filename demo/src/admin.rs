//! `GET /admin`: what arrived, as a plain table. Everything in it was posted by anyone who
//! can reach `/api/vox`, so every text is escaped and a URL becomes a link only if it passes
//! Vox's URL rule; the page is served with a CSP that would stop a script anyway.

use std::sync::Arc;

use axum::extract::State;
use axum::http::{header, HeaderValue};
use axum::response::{Html, IntoResponse, Response};
use serde_json::Value;

use crate::search_stats::{search_queries, LocaleQueries};
use crate::site::escape;
use crate::stats::{prompt_results, PromptResult};
use crate::store::FollowUp;
use crate::AppState;

pub async fn page(State(state): State<Arc<AppState>>) -> Response {
    let rows = match state.store.list().await {
        Ok(rows) => rows,
        Err(e) => return crate::collector::unavailable(e),
    };
    let oldest_first: Vec<Value> = rows.iter().rev().map(|(_, s)| s.clone()).collect();
    let prompts = prompts_section(&prompt_results(&oldest_first));
    let searches = search_section(&search_queries(&oldest_first));
    let rights = rights_section(&state.retention);
    let follow_ups: std::collections::HashMap<String, FollowUp> =
        match state.store.follow_ups().await {
            Ok(all) => all.into_iter().collect(),
            Err(e) => return crate::collector::unavailable(e),
        };
    let body: String = rows
        .iter()
        .map(|(received, s)| {
            let id = s["id"].as_str().unwrap_or_default();
            let follow_up = follow_up_cell(s, follow_ups.get(id));
            let answers = &s["answers"];
            let cell = |v: &Value| escape(&match v {
                Value::String(s) => s.clone(),
                Value::Null => String::new(),
                other => other.to_string(),
            });
            format!(
                "<tr id=\"item-{}\"><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=msg>{}</td><td>{}</td><td>{}</td><td>{follow_up}</td></tr>",
                escape(id),
                escape(received),
                cell(&s["widget"]),
                cell(&s["locale"]),
                cell(&answers["category"]),
                cell(&answers["rating"]),
                cell(&answers["email"]),
                cell(&answers["message"]),
                cell(&s["id"]),
                page_link(&s["page"]),
            )
        })
        .collect();
    Html(format!(
        r#"<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Vox collector · admin</title><link rel="stylesheet" href="/site/admin.css"></head><body>
<header><h1>Submissions <span class="count">{count}</span></h1><p><a href="/">← back to the shop</a> · JSON: <a href="/admin/submissions.json">/admin/submissions.json</a></p></header>
<main><table><thead><tr><th scope="col">Received</th><th scope="col">Widget</th><th scope="col">Locale</th><th scope="col">Topic</th><th scope="col">Rating</th><th scope="col">Email</th><th scope="col">Message</th><th scope="col">Id</th><th scope="col">Page</th><th scope="col">Follow-up</th></tr></thead>
<tbody>{body}</tbody></table>{empty}{prompts}{searches}{rights}</main></body></html>"#,
        count = rows.len(),
        empty = if rows.is_empty() {
            "<p>Nothing yet. Send feedback from the shop.</p>"
        } else {
            ""
        },
    ))
    .into_response()
}

/// The closed loop for a feedback item: a reply form when it left an email (the reply once
/// sent), and handled or not (see `follow_up`). Other widgets' items have none.
fn follow_up_cell(item: &Value, state: Option<&FollowUp>) -> String {
    if item["widget"] != "feedback" {
        return String::new();
    }
    let id = escape(item["id"].as_str().unwrap_or_default());
    let state = state.cloned().unwrap_or_default();
    let reply = match (&state.reply, item["answers"]["email"].as_str()) {
        (Some(sent), _) => format!(
            r#"<p class="reply"><strong>Replied:</strong> {}</p>"#,
            escape(sent)
        ),
        (None, Some(email)) => format!(
            r#"<form class="reply" method="post" action="/admin/items/reply"><input type="hidden" name="id" value="{id}"><label>Reply to {}<textarea name="reply" required maxlength="5000" rows="2"></textarea></label><button type="submit">Send reply</button></form>"#,
            escape(email)
        ),
        (None, None) => String::new(),
    };
    let (value, label) = if state.handled {
        ("0", "Handled ✓ · undo")
    } else {
        ("1", "Mark handled")
    };
    format!(
        r#"{reply}<form method="post" action="/admin/items/handled"><input type="hidden" name="id" value="{id}"><input type="hidden" name="handled" value="{value}"><button type="submit">{label}</button></form>"#
    )
}

/// Export and erasure of one person (see `rights`), and how long each widget's submissions
/// are kept. Plain forms: the admin CSP allows posting to this site and nothing else.
fn rights_section(retention: &[crate::retention::Rule]) -> String {
    let kept = if retention.is_empty() {
        "Submissions are kept until erased (no <code>--retain</code> rule).".to_string()
    } else {
        let rules: Vec<String> = retention
            .iter()
            .map(|r| format!("{} {} days", r.widget, r.days))
            .collect();
        format!(
            "Kept: {}; older ones are deleted every hour.",
            rules.join(", ")
        )
    };
    let person = |verb: &str| {
        format!(
            r#"<label>Email <input name="email" type="email" autocomplete="off"></label><label>or consent id <input name="consent_id" autocomplete="off"></label><button type="submit">{verb}</button>"#
        )
    };
    format!(
        r#"<h2>Data rights</h2><p>{kept}</p>
<form class="person" method="get" action="/admin/people/export"><h3>Export one person's submissions</h3>{}</form>
<form class="person erase" method="post" action="/admin/people/erase"><h3>Erase one person (cannot be undone)</h3>{}</form>
<p>Erasing deletes the person's submissions; their consent records stay as proof of consent, with the page and the site's <code>meta</code> blanked.</p>"#,
        person("Export as JSON"),
        person("Erase"),
    )
}

/// The page a submission came from: a link to its URL when that passes `vox_url::check`, else
/// the URL as text (a posted `page.url` can be `javascript:…`).
fn page_link(page: &Value) -> String {
    let url = page["url"].as_str().unwrap_or_default();
    let title = page["title"]
        .as_str()
        .filter(|t| !t.is_empty())
        .unwrap_or(url);
    match vox_url::check(url) {
        Ok(()) => format!("<a href=\"{}\">{}</a>", escape(url), escape(title)),
        Err(_) if title == url => escape(url),
        Err(_) => format!("{} ({})", escape(title), escape(url)),
    }
}

/// The headers of every guarded response (admin page, JSON lists, refusals). The page needs
/// nothing but its stylesheet from this origin: no script, no inline style, no frames.
pub async fn security_headers(mut response: Response) -> Response {
    for (name, value) in [
        (
            header::CONTENT_SECURITY_POLICY,
            "default-src 'none'; style-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
        ),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "no-referrer"),
        // Visitors' emails and messages: not for the browser's or a proxy's cache.
        (header::CACHE_CONTROL, "no-store"),
    ] {
        response
            .headers_mut()
            .insert(name, HeaderValue::from_static(value));
    }
    response
}

/// Rating prompts: one row per prompt and locale, with its follow-up answers by band.
fn prompts_section(results: &[PromptResult]) -> String {
    if results.is_empty() {
        return String::new();
    }
    let rows: String = results
        .iter()
        .map(|r| {
            let follow_ups: String = r
                .follow_ups
                .iter()
                .map(|(band, text)| format!("<li><b>{}</b> {}</li>", escape(band), escape(text)))
                .collect();
            format!(
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=msg><ul>{follow_ups}</ul></td></tr>",
                escape(&r.prompt),
                escape(&r.kind),
                escape(&r.locale),
                r.responses(),
                escape(&r.score_label()),
            )
        })
        .collect();
    format!(
        r#"<h2>Rating prompts</h2><table><thead><tr><th scope="col">Prompt</th><th scope="col">Kind</th><th scope="col">Locale</th><th scope="col">Responses</th><th scope="col">Score</th><th scope="col">Follow-up answers by band</th></tr></thead><tbody>{rows}</tbody></table>"#
    )
}

/// Help search: per locale, the top queries and the top queries that found nothing.
fn search_section(stats: &[LocaleQueries]) -> String {
    if stats.is_empty() {
        return String::new();
    }
    let list = |items: &[(String, usize)]| -> String {
        let li: String = items
            .iter()
            .map(|(q, n)| format!("<li>{} <span class=count>{n}</span></li>", escape(q)))
            .collect();
        format!("<ol>{li}</ol>")
    };
    let rows: String = stats
        .iter()
        .map(|s| {
            format!(
                "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
                escape(&s.locale),
                list(&s.top),
                list(&s.zero)
            )
        })
        .collect();
    format!(
        r#"<h2>Help search</h2><table><thead><tr><th scope="col">Locale</th><th scope="col">Top queries</th><th scope="col">Top queries with no result</th></tr></thead><tbody>{rows}</tbody></table>"#
    )
}
