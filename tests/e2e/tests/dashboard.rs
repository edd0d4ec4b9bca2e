//! The collector's dashboard (`/admin`) in Chromium: submissions of every widget in several
//! languages go in through `/api/vox`; the dashboard shows them in English and Arabic, light
//! and dark, with no axe-core violations; its view is driven by keyboard alone, and the view
//! exports as CSV. Screenshots land in `target/screenshots/` for a person to look at.

use std::time::Duration;

use fantoccini::key::Key;
use serde_json::{json, Value};
use vox_e2e::*;

/// Today (UTC) as the collector counts it, for `created_at`.
fn today() -> String {
    time::OffsetDateTime::now_utc().date().to_string()
}

/// Opens the dashboard at `query` and waits until it has rendered.
async fn open(client: &fantoccini::Client, demo: &Demo, query: &str) {
    client
        .goto(&demo.url(&format!("/admin{query}")))
        .await
        .unwrap();
    wait_true(client, "!!document.querySelector('#help')", "the dashboard").await;
}

fn envelope(n: u32, widget: &str, locale: &str, answers: Value) -> Value {
    json!({
        "schema_version": 1,
        "id": format!("00000000-0000-4000-8000-{n:012}"),
        "widget": widget,
        "answers": answers,
        "created_at": format!("{}T09:00:00.000Z", today()),
        "locale": locale,
        "page": { "url": "https://shop.example/checkout?email=x@y.example", "title": "Checkout" },
        "meta": { "vox_version": "0.1.0", "market": if locale == "en" { "NA" } else { "APAC" } },
    })
}

/// A small shop's day: feedback in five scripts, NPS and CSAT responses with follow-ups, help
/// searches (one found nothing, one ended in "Contact us", one article voted not helpful),
/// and consent choices.
fn day_of_submissions() -> Vec<Value> {
    let mut all = Vec::new();
    let mut n = 0;
    let mut add = |widget: &str, locale: &str, answers: Value| {
        n += 1;
        all.push(envelope(n, widget, locale, answers));
    };
    for (locale, message) in [
        ("en", "The parcel arrived late"),
        ("en", "Parcel box was crushed"),
        ("ar", "وصل الطرد متأخرا"),
        ("ar", "الطرد وصل تالفا"),
        ("zh-CN", "物流太慢了"),
        ("zh-CN", "物流很快"),
        ("ja", "配送が遅い"),
        ("th", "ส่งช้ามาก"),
    ] {
        add(
            "feedback",
            locale,
            json!({ "category": "order", "message": message, "rating": 2, "email": "ana@shop.example" }),
        );
    }
    for (i, score) in [10, 9, 9, 7, 3].iter().enumerate() {
        let answers = json!({ "prompt": "nps-after-order", "kind": "nps", "response_id": format!("r{i}"),
            "stage": "score", "score": score, "band": if *score >= 9 { "promoter" } else if *score >= 7 { "passive" } else { "detractor" } });
        add("prompt", "en", answers.clone());
        if *score == 3 {
            let mut follow_up = answers;
            follow_up["stage"] = json!("follow_up");
            follow_up["text"] = json!("Parcel lost twice");
            add("prompt", "en", follow_up);
        }
    }
    for (i, score) in [5, 4, 2].iter().enumerate() {
        add(
            "prompt",
            "ar",
            json!({ "prompt": "csat-support", "kind": "csat", "response_id": format!("c{i}"),
            "stage": "score", "score": score, "band": if *score >= 4 { "high" } else { "low" } }),
        );
    }
    add(
        "help",
        "en",
        json!({ "event": "query", "query": "track parcel", "results": 3 }),
    );
    add(
        "help",
        "en",
        json!({ "event": "query", "query": "gift wrap", "results": 0 }),
    );
    add(
        "help",
        "en",
        json!({ "event": "contact", "query": "customs fee", "results": 0 }),
    );
    add(
        "help",
        "en",
        json!({ "event": "helpful", "query": "refund", "results": 2, "article": "refund-timing", "helpful": false }),
    );
    for (i, action) in ["accept_all", "reject_all", "custom"].iter().enumerate() {
        add(
            "consent",
            "en",
            json!({ "consent_id": format!("cid-{i}"), "action": action, "revision": 2,
            "mode": "opt-in", "gpc": false,
            "categories": { "necessary": true, "functional": false, "analytics": i == 0, "marketing": i == 0 } }),
        );
    }
    all
}

async fn screenshot(client: &fantoccini::Client, name: &str) {
    let png = client.screenshot().await.expect("a screenshot");
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join(format!("{name}.png")), png).unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn dashboard_shows_every_widget_in_en_and_ar_light_and_dark_without_violations() {
    let demo = Demo::start(None);
    for envelope in day_of_submissions() {
        assert_eq!(demo.post(&envelope), 201, "{envelope}");
    }
    for switches in [&[][..], &["--force-dark-mode"][..]] {
        let client = browser_with(switches).await;
        let theme = if switches.is_empty() { "light" } else { "dark" };
        open(&client, &demo, &format!("?token={ADMIN_TOKEN}")).await;
        for lang in ["en", "ar"] {
            open(&client, &demo, &format!("?lang={lang}")).await;
            let page = js(
                &client,
                "return [document.documentElement.dir,
                    matchMedia('(prefers-color-scheme: dark)').matches,
                    document.querySelectorAll('svg[role=img]').length,
                    document.querySelectorAll('ol.verbatims > li').length,
                    document.querySelector('.card .big').textContent];",
            )
            .await;
            let dir = if lang == "ar" { "rtl" } else { "ltr" };
            // NPS: 3 promoters and 1 detractor of 5 answers. Charts: NPS gauge and trend, CSAT trend, feedback volume, consent choices.
            assert_eq!(
                page,
                json!([dir, theme == "dark", 5, 9, "\u{2066}+40\u{2069}"]),
                "{lang} {theme}"
            );
            assert_accessible(&client, "body", &format!("dashboard {lang} {theme}")).await;
            screenshot(&client, &format!("admin-{lang}-{theme}")).await;
        }
        client.close().await.unwrap();
    }
}

/// The view is driven by keyboard alone: Tab to the search field, type a term (every
/// character a stranger might, `/` included), Enter; the verbatims narrow, and the same view
/// exports as CSV.
#[tokio::test(flavor = "multi_thread")]
async fn the_view_is_searched_by_keyboard_and_exported() {
    let demo = Demo::start(None);
    for envelope in day_of_submissions() {
        assert_eq!(demo.post(&envelope), 201);
    }
    let client = browser().await;
    open(&client, &demo, &format!("?token={ADMIN_TOKEN}")).await;
    tab_to(&client, 40, |f| f == "input[search]").await;
    type_text(&client, "PARCEL").await;
    press(&client, &[Key::Enter.into()]).await;
    wait_true(
        &client,
        "location.search.includes('q=PARCEL')",
        "the search in the URL",
    )
    .await;
    let mut shown: Vec<String> = serde_json::from_value(
        js(&client, "return [...document.querySelectorAll('ol.verbatims blockquote')].map(b => b.textContent);").await,
    )
    .unwrap();
    shown.sort();
    assert_eq!(
        shown,
        [
            "Parcel box was crushed",
            "Parcel lost twice",
            "The parcel arrived late"
        ],
        "only the three about a parcel, in any letter case"
    );
    let csv = demo.get("/admin/export.csv?q=parcel");
    // The three verbatims and the help query "track parcel": an export keeps every row whose
    // text holds the search.
    assert_eq!(csv.lines().count(), 5, "{csv}");
    assert!(csv.starts_with("id,widget,locale,day,event,topic,score,text"));

    // A search with every printable ASCII character, `/` included, finds nothing and breaks
    // nothing.
    let odd: String = (' '..='~').collect();
    open(&client, &demo, "").await;
    tab_to(&client, 40, |f| f == "input[search]").await;
    type_text(&client, &odd).await;
    press(&client, &[Key::Enter.into()]).await;
    wait_for("the odd search", Duration::from_secs(10), || async {
        let text = js(
            &client,
            "return !!document.querySelector('#help') && document.body.innerText.includes('No messages match this view.')",
        )
        .await;
        text.as_bool().filter(|b| *b)
    })
    .await;
    let typed = js(
        &client,
        "return document.querySelector('input[name=q]').value",
    )
    .await;
    assert_eq!(typed, json!(odd.trim()), "the search kept every character");
    assert_accessible(&client, "body", "an empty view").await;
    client.close().await.unwrap();
}
