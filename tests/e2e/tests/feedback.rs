//! The feedback form in a real browser against the demo storefront and collector.

use serde_json::{json, Value};
use vox_e2e::*;

const HOST: &str = "vox-feedback";

fn dialog_open(open: bool) -> String {
    format!("({}?.open ?? false) === {open}", inner(HOST, "dialog"))
}

#[tokio::test(flavor = "multi_thread")]
async fn keyboard_only_visitor_sends_feedback_from_the_launcher() {
    let demo = Demo::start(None);
    let client = browser().await;
    client.goto(&demo.url("/?lang=de")).await.unwrap();
    wait_rendered(&client, HOST, ".launcher").await;

    // Reach the floating button by Tab alone and open the dialog with Enter.
    tab_to(&client, 30, |f| f.starts_with("button.launcher")).await;
    press(&client, &[Key::Enter.into()]).await;
    wait_true(&client, &dialog_open(true), "the dialog to open").await;
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
    assert_eq!(
        text(&client, HOST, "#vox-count").await,
        "Noch 950 Zeichen",
        "live character count"
    );
    press(&client, &[Key::Tab.into()]).await;
    assert_eq!(
        focused(&client).await,
        "button.primary[submit]",
        "the honeypot is skipped"
    );
    press(&client, &[Key::Enter.into()]).await;

    let rows = demo.collected("feedback", 1).await;
    assert_eq!(rows.len(), 1);
    let s = &rows[0];
    assert_eq!(s["widget"], "feedback");
    assert_eq!(s["locale"], "de");
    assert_eq!(
        s["answers"],
        json!({"category": "bug", "rating": 4, "message": "Der Rabattcode wird im Warenkorb nicht angenommen."})
    );
    assert_eq!(s["page"]["url"], demo.url("/?lang=de"));
    assert_eq!(s["schema_version"], 1);

    // The thank-you is shown; Esc closes the dialog and focus returns to the launcher.
    let thanks = wait_text(&client, HOST, ".outcome", "the thank-you").await;
    assert!(thanks.contains("Dank"), "German thank-you, got {thanks:?}");
    press(&client, &[Key::Escape.into()]).await;
    wait_true(&client, &dialog_open(false), "the dialog to close").await;
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
    wait_rendered(&client, HOST, "form").await;
    click(&client, HOST, "button.primary").await;
    let summary = wait_text(&client, HOST, "[role=alert]", "the error summary").await;
    assert_eq!(summary, "Please fix 2 problems before sending.");
    assert_eq!(focused(&client).await, "input.visually-hidden[radio]");
    let invalid = js(
        &client,
        &format!(
            "return {}.getAttribute('aria-invalid');",
            inner(HOST, "textarea")
        ),
    )
    .await;
    assert_eq!(invalid, "true");

    // The help page collects email, but only once the visitor allows `functional`.
    // Hidden as the visitor sees it: no stylesheet rule may beat `[hidden]`.
    let email_hidden = format!(
        "(getComputedStyle({}.closest('.field')).display === 'none')",
        inner(HOST, "#vox-email")
    );
    assert_eq!(
        js(&client, &format!("return {email_hidden};")).await,
        json!(true)
    );
    js(&client, "Vox.consent.set({ functional: true });").await;
    wait_true(
        &client,
        &format!("!{email_hidden}"),
        "the email field to appear",
    )
    .await;

    // An email that does not look like one is caught too.
    click(&client, HOST, "input[value=question]").await;
    fill(&client, HOST, "textarea", "Where is my parcel?").await;
    fill(&client, HOST, "#vox-email", "me@home").await;
    click(&client, HOST, "button.primary").await;
    wait_for("one remaining problem", WAIT, || async {
        (text(&client, HOST, "[role=alert]").await == "Please fix 1 problem before sending.")
            .then_some(())
    })
    .await;
    assert_eq!(focused(&client).await, "input#vox-email[email]");
    assert!(
        demo.submissions().iter().all(|s| s["widget"] != "feedback"),
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
    wait_rendered(&client, HOST, "form").await;

    click(&client, HOST, "input[value=order]").await;
    fill(&client, HOST, "textarea", "荷物がまだ届きません。").await;
    click(&client, HOST, "button.primary").await;

    // The visitor is told it is saved; it sits in the outbox.
    let saved = wait_text(&client, HOST, ".outcome", "the saved-offline message").await;
    assert!(
        saved.contains("オフライン"),
        "Japanese offline message, got {saved:?}"
    );
    let queued = js(&client, "return JSON.parse(localStorage.getItem('vox.outbox') || '{\"items\":[]}').items.map(i => i.id);").await;
    let ids = queued.as_array().cloned().unwrap_or_default();
    assert_eq!(ids.len(), 1, "one queued submission: {queued}");

    // Reload while still offline, then bring the collector up.
    client.refresh().await.unwrap();
    wait_rendered(&client, HOST, "form").await;
    let db = std::env::temp_dir().join(format!("vox-e2e-collector-{collector_port}.sqlite"));
    let _ = std::fs::remove_file(&db);
    let collector = Demo::start_with(collector_port, db, None);

    let rows = collector.collected("feedback", 1).await;
    wait_true(
        &client,
        "localStorage.getItem('vox.outbox') === null",
        "the outbox to empty",
    )
    .await;
    assert_eq!(collector.submissions().len(), 1, "delivered exactly once");
    assert_eq!(rows[0]["id"], ids[0], "the same id as when it was queued");
    assert_eq!(rows[0]["locale"], "ja");
    assert_eq!(rows[0]["answers"]["message"], "荷物がまだ届きません。");
    client.close().await.unwrap();
}

/// The console errors of a fixture page (console-capture.js), once there is one.
async fn console_errors(client: &fantoccini::Client) -> Vec<String> {
    wait_for("a console error", WAIT, || async {
        Some(console(client, "Errors").await).filter(|e| !e.is_empty())
    })
    .await
}

#[tokio::test(flavor = "multi_thread")]
async fn malformed_config_reports_the_field_and_leaves_the_page_working() {
    let demo = Demo::start(None);
    let client = browser().await;
    client
        .goto(&demo.url("/fixtures/bad-config.html"))
        .await
        .unwrap();
    let errors = console_errors(&client).await;
    assert_eq!(
        errors,
        vec![String::from(
            "Vox: invalid config in data-feedback-max-length on the vox.js <script>: expected a whole number, got \"lots\". The widget is not shown."
        )]
    );
    let rendered = js(&client, "const r = document.querySelector('vox-feedback').shadowRoot; return !!(r && r.childElementCount);").await;
    assert_eq!(
        rendered,
        Value::Bool(false),
        "the widget stays out of the way"
    );
    let button = client.find(fantoccini::Locator::Id("count")).await.unwrap();
    button.click().await.unwrap();
    assert_eq!(
        button.text().await.unwrap(),
        "Clicked 1 times",
        "the host page still works"
    );

    // A typo in the JS API is reported the same way, not thrown at the host's code.
    js(&client, "Vox.open('feedbak');").await;
    let errors = wait_for("a second console error", WAIT, || async {
        Some(console(&client, "Errors").await).filter(|e| e.len() == 2)
    })
    .await;
    assert_eq!(
        errors[1],
        "Vox: unknown widget \"feedbak\"; expected one of feedback,consent,help"
    );
    client.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn arabic_renders_right_to_left_in_arabic() {
    let demo = Demo::start(None);
    let client = browser().await;
    client.goto(&demo.url("/help.html?lang=ar")).await.unwrap();
    wait_rendered(&client, HOST, "form").await;
    let root = js(
        &client,
        &format!(
            "const r = {}; return [r.getAttribute('dir'), r.getAttribute('lang')];",
            inner(HOST, ".vox")
        ),
    )
    .await;
    assert_eq!(root, json!(["rtl", "ar"]));
    let title = text(&client, HOST, "h2").await;
    assert!(
        title
            .chars()
            .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)),
        "Arabic title, got {title:?}"
    );
    // Logical properties mirror the layout: the submit button sits at the right (start) edge.
    let gaps = js(&client, &format!(
        "const b = {}.getBoundingClientRect(), f = {}.getBoundingClientRect(); return [f.right - b.right, b.left - f.left];",
        inner(HOST, "button.primary"), inner(HOST, "form"))).await;
    let (right, left) = (
        gaps[0].as_f64().unwrap_or(-1.0),
        gaps[1].as_f64().unwrap_or(-1.0),
    );
    assert!(
        right < left,
        "button aligned to the right edge in RTL: {gaps}"
    );
    client.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn a_json_syntax_error_in_the_config_block_is_shown_by_line_and_column() {
    let demo = Demo::start(None);
    let client = browser().await;
    client
        .goto(&demo.url("/fixtures/broken-json.html"))
        .await
        .unwrap();
    let errors = console_errors(&client).await;
    // The block's text starts after `<script …>`: its first line is the empty rest of that one.
    assert_eq!(
        errors,
        vec![String::from(
            "Vox: invalid config in <script id=\"vox-config\">: line 4, column 23: expected `,` or `}`. The widget is not shown.\n    \"mode\": \"inline\"\n                    ^"
        )]
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_send_the_network_refuses_points_the_site_owner_to_the_cors_docs() {
    let demo = Demo::start(None);
    let client = browser().await;
    // Another origin that answers nothing: to the page, as opaque as a missing CORS header.
    // (`Vox.init` outranks the fixture's `data-endpoint`.)
    client
        .goto(&demo.url("/fixtures/hostile.html"))
        .await
        .unwrap();
    loaded(&client).await;
    let endpoint = format!("http://127.0.0.1:{}/api/vox", free_port());
    js(&client, &format!("Vox.init({{ endpoint: {endpoint:?} }});")).await;
    wait_rendered(&client, HOST, "textarea").await;
    click(&client, HOST, "input[type=radio]").await;
    fill(&client, HOST, "textarea", "Is anyone there?").await;
    click(&client, HOST, "button.primary").await;
    wait_true(
        &client,
        "window.__consoleWarnings.filter((w) => w.includes('Receiving submissions')).length === 1",
        "one warning pointing to the README",
    )
    .await;
}

/// The debug panel's list items, if the panel is on the page.
#[tokio::test(flavor = "multi_thread")]
async fn the_debug_panel_shows_the_site_owner_what_is_wrong_on_the_page() {
    let demo = Demo::start(None);
    let client = browser().await;
    // data-debug on the tag (the demo adds it for `?debug=1`).
    client
        .goto(&demo.url("/fixtures/bad-config.html?debug=1"))
        .await
        .unwrap();
    let items = wait_for("the debug panel", WAIT, || async {
        let v = js(&client, DEBUG_PANEL).await;
        v.as_array().filter(|a| !a.is_empty()).cloned()
    })
    .await;
    assert_eq!(
        items,
        vec![String::from(
            "Vox: invalid config in data-feedback-max-length on the vox.js <script>: expected a whole number, got \"lots\". The widget is not shown."
        )]
    );
    // Its close button takes it away.
    js(
        &client,
        "[...document.body.children].find((e) => e.shadowRoot?.querySelector('section[aria-label=\"Vox config problems\"]')).shadowRoot.querySelector('button').click();",
    )
    .await;
    assert_eq!(js(&client, DEBUG_PANEL).await, Value::Null);

    // Without the attribute, nothing shows until the site owner asks, with Vox.debug().
    client
        .goto(&demo.url("/fixtures/bad-config.html"))
        .await
        .unwrap();
    console_errors(&client).await;
    assert_eq!(js(&client, DEBUG_PANEL).await, Value::Null);
    js(&client, "Vox.debug();").await;
    wait_true(
        &client,
        &format!("(() => {{ {DEBUG_PANEL} }})()?.length === 1"),
        "the panel after Vox.debug()",
    )
    .await;
}
