//! The feedback form in a real browser against the demo storefront and collector.

use std::time::Duration;

use serde_json::Value;
use vox_e2e::*;

const WAIT: Duration = Duration::from_secs(30);

/// Waits until the collector holds `n` submissions and returns them.
async fn collected(demo: &Demo, n: usize) -> Vec<Value> {
    wait_for(
        &format!("{n} submission(s) at the collector"),
        WAIT,
        || async {
            let rows = demo.submissions();
            (rows.len() >= n).then_some(rows)
        },
    )
    .await
}

#[tokio::test(flavor = "multi_thread")]
async fn keyboard_only_visitor_sends_feedback_from_the_launcher() {
    let demo = Demo::start(None);
    let client = browser().await;
    client.goto(&demo.url("/?lang=de")).await.unwrap();
    wait_rendered(&client, "vox-feedback", ".launcher").await;

    // Reach the floating button by Tab alone and open the dialog with Enter.
    tab_to(&client, 30, |f| f.starts_with("button.launcher")).await;
    press(&client, &[Key::Enter.into()]).await;
    let open = format!("return {}?.open === true;", inner("vox-feedback", "dialog"));
    wait_for("the dialog to open", WAIT, || async {
        (js(&client, &open).await == Value::Bool(true)).then_some(())
    })
    .await;
    assert_eq!(
        focused(&client).await,
        "input.visually-hidden[radio]",
        "focus starts on the first topic"
    );

    // Topic: Space picks the focused first topic ("bug"). Rating: Tab into the stars, arrows to 4.
    press(&client, &[' ']).await;
    press(&client, &[Key::Tab.into()]).await;
    press(
        &client,
        &[Key::Right.into(), Key::Right.into(), Key::Right.into()],
    )
    .await;
    press(&client, &[Key::Tab.into()]).await;
    assert_eq!(focused(&client).await, "textarea#vox-message[textarea]");
    type_text(
        &client,
        "Der Rabattcode wird im Warenkorb nicht angenommen.",
    )
    .await;
    let count = js(
        &client,
        &format!(
            "return {}.textContent;",
            inner("vox-feedback", "#vox-count")
        ),
    )
    .await;
    assert!(
        count.as_str().unwrap_or_default().contains("950"),
        "live character count: {count}"
    );
    press(&client, &[Key::Tab.into()]).await;
    assert_eq!(
        focused(&client).await,
        "button.primary[submit]",
        "the honeypot is skipped"
    );
    press(&client, &[Key::Enter.into()]).await;

    let rows = collected(&demo, 1).await;
    assert_eq!(rows.len(), 1);
    let s = &rows[0];
    assert_eq!(s["widget"], "feedback");
    assert_eq!(s["locale"], "de");
    assert_eq!(s["answers"]["category"], "bug");
    assert_eq!(s["answers"]["rating"], 4);
    assert_eq!(
        s["answers"]["message"],
        "Der Rabattcode wird im Warenkorb nicht angenommen."
    );
    assert!(s["answers"].get("email").is_none());
    assert_eq!(s["page"]["url"], demo.url("/?lang=de"));
    assert_eq!(s["schema_version"], 1);

    // The thank-you is shown; Esc closes the dialog and focus returns to the launcher.
    let outcome = format!("return {}.textContent;", inner("vox-feedback", ".outcome"));
    let text = wait_for("the thank-you", WAIT, || async {
        let t = js(&client, &outcome)
            .await
            .as_str()
            .unwrap_or_default()
            .to_string();
        (!t.is_empty()).then_some(t)
    })
    .await;
    assert!(text.contains("Danke"), "German thank-you, got {text:?}");
    press(&client, &[Key::Escape.into()]).await;
    wait_for("the dialog to close", WAIT, || async {
        (js(&client, &open).await == Value::Bool(false)).then_some(())
    })
    .await;
    assert!(
        focused(&client).await.starts_with("button.launcher"),
        "focus back on the launcher"
    );
    client.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn invalid_form_announces_errors_and_focuses_the_first_problem() {
    let demo = Demo::start(None);
    let client = browser().await;
    client.goto(&demo.url("/help.html")).await.unwrap();
    wait_rendered(&client, "vox-feedback", "form").await;
    js(
        &client,
        &format!("{}.click();", inner("vox-feedback", "button.primary")),
    )
    .await;
    // Fluent isolates placeables with U+2068/U+2069 for correct bidi display; strip them to compare.
    let summary = format!(
        "return {}.textContent.replace(/[\\u2068\\u2069]/g, '');",
        inner("vox-feedback", "[role=alert]")
    );
    let text = wait_for("the error summary", WAIT, || async {
        let t = js(&client, &summary)
            .await
            .as_str()
            .unwrap_or_default()
            .to_string();
        (!t.is_empty()).then_some(t)
    })
    .await;
    assert_eq!(text, "Please fix 2 problems before sending.");
    assert_eq!(focused(&client).await, "input.visually-hidden[radio]");
    let invalid = js(
        &client,
        &format!(
            "return {}.getAttribute('aria-invalid');",
            inner("vox-feedback", "textarea")
        ),
    )
    .await;
    assert_eq!(invalid, "true");
    // An email that does not look like one is caught too (the help page collects email).
    js(
        &client,
        &format!(
            "{}.click();",
            inner("vox-feedback", "input[value=question]")
        ),
    )
    .await;
    js(
        &client,
        &format!(
            "const t = {}; t.value = 'Where is my parcel?'; t.dispatchEvent(new Event('input'));",
            inner("vox-feedback", "textarea")
        ),
    )
    .await;
    js(
        &client,
        &format!(
            "const e = {}; e.value = 'me@home'; e.dispatchEvent(new Event('input'));",
            inner("vox-feedback", "#vox-email")
        ),
    )
    .await;
    js(
        &client,
        &format!("{}.click();", inner("vox-feedback", "button.primary")),
    )
    .await;
    let text = wait_for("one remaining problem", WAIT, || async {
        let t = js(&client, &summary)
            .await
            .as_str()
            .unwrap_or_default()
            .to_string();
        (t == "Please fix 1 problem before sending.").then_some(t)
    })
    .await;
    assert!(!text.is_empty());
    assert_eq!(focused(&client).await, "input#vox-email[email]");
    assert!(
        demo.submissions().is_empty(),
        "nothing is sent while invalid"
    );
    client.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn offline_submission_survives_a_reload_and_arrives_once() {
    // The shop posts to a collector on another origin, which is down at first.
    let collector_port = free_port();
    let endpoint = format!("http://127.0.0.1:{collector_port}/api/vox");
    let shop = Demo::start(Some(&endpoint));
    let client = browser().await;
    client.goto(&shop.url("/help.html?lang=ja")).await.unwrap();
    wait_rendered(&client, "vox-feedback", "form").await;

    js(
        &client,
        &format!("{}.click();", inner("vox-feedback", "input[value=order]")),
    )
    .await;
    js(&client, &format!("const t = {}; t.value = '荷物がまだ届きません。'; t.dispatchEvent(new Event('input'));", inner("vox-feedback", "textarea"))).await;
    js(
        &client,
        &format!("{}.click();", inner("vox-feedback", "button.primary")),
    )
    .await;

    // The visitor is told it is saved; it sits in the outbox.
    let outcome = format!("return {}.textContent;", inner("vox-feedback", ".outcome"));
    let text = wait_for("the saved-offline message", WAIT, || async {
        let t = js(&client, &outcome)
            .await
            .as_str()
            .unwrap_or_default()
            .to_string();
        (!t.is_empty()).then_some(t)
    })
    .await;
    assert!(
        text.contains("オンライン"),
        "Japanese offline message, got {text:?}"
    );
    let queued = js(&client, "return JSON.parse(localStorage.getItem('vox.outbox') || '{\"items\":[]}').items.map(i => i.id);").await;
    let ids = queued.as_array().cloned().unwrap_or_default();
    assert_eq!(ids.len(), 1, "one queued submission: {queued}");

    // Reload while still offline, then bring the collector up.
    client.refresh().await.unwrap();
    wait_rendered(&client, "vox-feedback", "form").await;
    let db = std::env::temp_dir().join(format!("vox-e2e-collector-{collector_port}.sqlite"));
    let _ = std::fs::remove_file(&db);
    let collector = Demo::start_with(collector_port, db, None);

    let rows = collected(&collector, 1).await;
    let empty = "return localStorage.getItem('vox.outbox') === null;";
    wait_for("the outbox to empty", WAIT, || async {
        (js(&client, empty).await == Value::Bool(true)).then_some(())
    })
    .await;
    let rows_after = collector.submissions();
    assert_eq!(
        rows_after.len(),
        1,
        "delivered exactly once: {rows_after:?}"
    );
    assert_eq!(rows[0]["id"], ids[0], "the same id as when it was queued");
    assert_eq!(rows[0]["locale"], "ja");
    assert_eq!(rows[0]["answers"]["message"], "荷物がまだ届きません。");
    client.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn malformed_config_reports_the_field_and_leaves_the_page_working() {
    let demo = Demo::start(None);
    let client = browser().await;
    client
        .goto(&demo.url("/fixtures/bad-config.html"))
        .await
        .unwrap();
    let errors = wait_for("a console error", WAIT, || async {
        let v = js(&client, "return window.__consoleErrors || [];").await;
        v.as_array().filter(|a| !a.is_empty()).cloned()
    })
    .await;
    assert_eq!(
        errors,
        vec![Value::from(
            "Vox: invalid config in data-feedback-max-length on the vox.js <script>: expected a whole number, got \"lots\". The widget is not shown."
        )]
    );
    let rendered = js(&client, "const r = document.querySelector('vox-feedback').shadowRoot; return !!(r && r.childElementCount);").await;
    assert_eq!(
        rendered,
        Value::Bool(false),
        "the widget stays out of the way"
    );
    client
        .find(fantoccini::Locator::Id("count"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let label = client
        .find(fantoccini::Locator::Id("count"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(label, "Clicked 1 times", "the host page still works");
    client.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn arabic_renders_right_to_left_in_arabic() {
    let demo = Demo::start(None);
    let client = browser().await;
    client.goto(&demo.url("/help.html?lang=ar")).await.unwrap();
    wait_rendered(&client, "vox-feedback", "form").await;
    let root = js(
        &client,
        &format!(
            "const r = {}; return [r.getAttribute('dir'), r.getAttribute('lang')];",
            inner("vox-feedback", ".vox")
        ),
    )
    .await;
    assert_eq!(root, serde_json::json!(["rtl", "ar"]));
    let title = js(
        &client,
        &format!("return {}.textContent;", inner("vox-feedback", "h2")),
    )
    .await;
    let title = title.as_str().unwrap_or_default();
    assert!(
        title
            .chars()
            .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)),
        "Arabic title, got {title:?}"
    );
    // Logical properties mirror the layout: the submit button sits at the right edge.
    let edges = js(&client, &format!(
        "const b = {}.getBoundingClientRect(), f = {}.getBoundingClientRect(); return [Math.round(f.right - b.right), Math.round(b.left - f.left)];",
        inner("vox-feedback", "button.primary"), inner("vox-feedback", "form"))).await;
    let gap_right = edges[0].as_i64().unwrap_or(-1);
    let gap_left = edges[1].as_i64().unwrap_or(-1);
    assert!(
        gap_right < gap_left,
        "button aligned to the start (right) edge in RTL: {edges}"
    );
    client.close().await.unwrap();
}
