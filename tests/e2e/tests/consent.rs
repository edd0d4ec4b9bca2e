//! The consent gate in the loader, in a real browser against the demo storefront: what runs
//! and what is stored before and after a decision, Google Consent Mode order, GPC, revisions,
//! and the consent record at the collector.

use serde_json::{json, Value};
use vox_e2e::*;

/// `dataLayer` as plain arrays (gtag pushes `arguments` objects).
async fn data_layer(client: &fantoccini::Client) -> Vec<Value> {
    let v = js(
        client,
        "return (window.dataLayer || []).map((a) => Array.from(a));",
    )
    .await;
    v.as_array().cloned().unwrap_or_default()
}

async fn cookies(client: &fantoccini::Client) -> String {
    js(client, "return document.cookie;")
        .await
        .as_str()
        .unwrap_or_default()
        .to_string()
}

/// How often the blocked analytics stand-in has run on this page.
async fn analytics_runs(client: &fantoccini::Client) -> Value {
    js(client, "return window.voxDemoAnalyticsRuns ?? 0;").await
}

/// The blocked video's `src` (`null` while blocked).
async fn video_src(client: &fantoccini::Client) -> Value {
    js(
        client,
        "return document.querySelector('iframe.video').getAttribute('src');",
    )
    .await
}

#[tokio::test(flavor = "multi_thread")]
async fn first_visit_in_opt_in_mode_stores_and_runs_nothing_non_essential() {
    let demo = Demo::start(None);
    let client = browser().await;
    client.goto(&demo.url("/?lang=en")).await.unwrap();
    loaded(&client).await;

    assert_eq!(cookies(&client).await, "", "no cookie before a decision");
    assert_eq!(
        js(
            &client,
            "return localStorage.length + sessionStorage.length;"
        )
        .await,
        json!(0)
    );
    assert_eq!(analytics_runs(&client).await, json!(0));
    assert_eq!(video_src(&client).await, Value::Null);
    assert_eq!(
        js(&client, "return performance.getEntriesByType('resource').some((r) => r.name.includes('analytics-test') || r.name.includes('video.html'));").await,
        json!(false),
        "no request to a blocked URL"
    );
    let state = js(&client, "return Vox.consent.get();").await;
    assert_eq!(state["decided"], json!(false));
    assert_eq!(state["mode"], json!("opt-in"));
    assert_eq!(
        js(&client, "return Vox.consent.allows('analytics');").await,
        json!(false)
    );

    // Google Consent Mode: the global default, then the per-region one, nothing else yet.
    let layer = data_layer(&client).await;
    assert_eq!(
        (&layer[0][0], &layer[0][1]),
        (&json!("consent"), &json!("default"))
    );
    assert_eq!(layer[0][2]["analytics_storage"], "denied");
    assert_eq!(layer[0][2]["ad_user_data"], "denied");
    assert_eq!(layer[0][2]["security_storage"], "granted");
    assert_eq!(layer[0][2]["wait_for_update"], 500);
    assert_eq!(layer[1][2]["region"], json!(["US", "US-CA"]));
    assert_eq!(layer[1][2]["analytics_storage"], "granted");
    assert_eq!(layer[2], json!(["set", "ads_data_redaction", true]));
    assert!(
        !layer.iter().any(|e| e[1] == "update"),
        "no update before a decision"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn accepting_runs_each_blocked_item_once_records_it_once_and_survives_a_reload() {
    let demo = Demo::start(None);
    let client = browser().await;
    client.goto(&demo.url("/?lang=en")).await.unwrap();
    loaded(&client).await;

    js(&client, "Vox.consent.acceptAll();").await;
    wait_true(
        &client,
        "window.voxDemoAnalyticsRuns === 1",
        "the analytics script to run",
    )
    .await;
    wait_true(
        &client,
        "document.querySelector('iframe.video').src.endsWith('/site/video.html')",
        "the video to load",
    )
    .await;
    let layer = data_layer(&client).await;
    let update = layer.last().unwrap();
    assert_eq!(
        (&update[0], &update[1]),
        (&json!("consent"), &json!("update"))
    );
    assert_eq!(update[2]["analytics_storage"], "granted");
    assert_eq!(update[2]["ad_storage"], "granted");

    let state = js(&client, "return Vox.consent.get();").await;
    assert_eq!(state["decided"], json!(true));
    assert_eq!(state["categories"]["marketing"], json!(true));
    assert!(cookies(&client).await.contains("vox_consent="));

    let record = &demo.collected("consent", 1).await[0];
    assert_eq!(record["answers"]["consent_id"], state["id"]);
    assert_eq!(record["answers"]["action"], "accept_all");
    assert_eq!(record["answers"]["categories"]["marketing"], true);
    assert_eq!(record["answers"]["revision"], 0);

    // The same choice again runs nothing twice, and is its own (second) decision.
    js(&client, "Vox.consent.acceptAll();").await;
    demo.collected("consent", 2).await;
    assert_eq!(
        js(&client, "return window.voxDemoAnalyticsRuns;").await,
        json!(1)
    );

    client.refresh().await.unwrap();
    loaded(&client).await;
    wait_true(
        &client,
        "window.voxDemoAnalyticsRuns === 1",
        "the analytics script to run once after reload",
    )
    .await;
    assert_eq!(
        js(&client, "return Vox.consent.get().decided;").await,
        json!(true)
    );
    let layer = data_layer(&client).await;
    let update = layer
        .iter()
        .position(|e| e[1] == "update")
        .expect("an update from the stored choice");
    let default = layer.iter().position(|e| e[1] == "default").unwrap();
    assert!(default < update, "the default comes before the update");
    assert_eq!(demo.submissions().len(), 2, "a reload is not a decision");
}

#[tokio::test(flavor = "multi_thread")]
async fn rejecting_keeps_scripts_blocked_and_clears_their_cookies() {
    let demo = Demo::start(None);
    let client = browser().await;
    client.goto(&demo.url("/?lang=en")).await.unwrap();
    loaded(&client).await;
    js(&client, "Vox.consent.acceptAll();").await;
    wait_true(
        &client,
        "document.cookie.includes('_demo_analytics=1')",
        "the analytics cookie",
    )
    .await;

    let id = js(&client, "return Vox.consent.get().id;").await;
    let event = js(
        &client,
        "let d; document.addEventListener('vox:consent', (e) => { d = e.detail; }, { once: true }); Vox.consent.rejectAll(); return d;",
    )
    .await;
    assert_eq!(event["action"], "reject_all");
    assert_eq!(event["id"], id, "the consent id is kept across decisions");
    assert!(
        !cookies(&client).await.contains("_demo_analytics"),
        "autoClear removed it"
    );
    assert_eq!(
        js(&client, "return Vox.consent.allows('analytics');").await,
        json!(false)
    );

    client.refresh().await.unwrap();
    loaded(&client).await;
    assert_eq!(analytics_runs(&client).await, json!(0));
    assert_eq!(video_src(&client).await, Value::Null);
}

#[tokio::test(flavor = "multi_thread")]
async fn gpc_in_opt_out_mode_turns_marketing_off_without_a_cookie() {
    let demo = Demo::start(None);
    let client = browser().await;
    client
        .goto(&demo.url("/?lang=en&country=US&gpc=1"))
        .await
        .unwrap();
    loaded(&client).await;

    let state = js(&client, "return Vox.consent.get();").await;
    assert_eq!(
        (state["mode"].clone(), state["gpc"].clone()),
        (json!("opt-out"), json!(true))
    );
    assert_eq!(state["categories"]["marketing"], false);
    assert_eq!(state["categories"]["analytics"], true);
    let told = wait_text(&client, BANNER, ".gpc", "the banner to say GPC is honoured").await;
    assert!(told.contains("Global Privacy Control"), "{told}");
    wait_true(
        &client,
        "window.voxDemoAnalyticsRuns === 1",
        "analytics, on by default in opt-out",
    )
    .await;
    assert_eq!(video_src(&client).await, Value::Null);
    assert!(
        !cookies(&client).await.contains("vox_consent"),
        "GPC is honoured without a cookie"
    );
    let layer = data_layer(&client).await;
    let update = layer
        .iter()
        .find(|e| e[1] == "update")
        .expect("GPC pushes an update");
    assert_eq!(update[2]["ad_storage"], "denied");
    assert_eq!(update[2]["analytics_storage"], "granted");

    // An explicit choice still wins over GPC.
    js(&client, "Vox.consent.acceptAll();").await;
    assert_eq!(
        js(&client, "return Vox.consent.allows('marketing');").await,
        json!(true)
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn raising_the_revision_asks_again() {
    let demo = Demo::start(None);
    let client = browser().await;
    client.goto(&demo.url("/?lang=en")).await.unwrap();
    loaded(&client).await;
    js(&client, "Vox.consent.acceptAll();").await;
    assert_eq!(
        js(&client, "return Vox.consent.get().decided;").await,
        json!(true)
    );

    client
        .goto(&demo.url("/?lang=en&revision=1"))
        .await
        .unwrap();
    loaded(&client).await;
    let state = js(&client, "return Vox.consent.get();").await;
    assert_eq!(
        (state["decided"].clone(), state["revision"].clone()),
        (json!(false), json!(1))
    );
    assert_eq!(analytics_runs(&client).await, json!(0));
}

const BANNER: &str = "vox-consent";

fn banner_open(open: bool) -> String {
    format!("({}?.open ?? false) === {open}", inner(BANNER, "dialog"))
}

#[tokio::test(flavor = "multi_thread")]
async fn the_banner_rejects_in_one_click_and_records_what_was_shown() {
    let demo = Demo::start(None);
    let client = browser().await;
    client.goto(&demo.url("/?lang=en")).await.unwrap();
    wait_rendered(&client, BANNER, "[part~=reject-all]:not([hidden] *)").await;
    assert_eq!(
        focused(&client).await,
        "body",
        "a first visit does not steal focus"
    );
    let announced = wait_text(&client, BANNER, "[role=status]", "the banner announced").await;
    assert_eq!(announced, "Your privacy choices");
    let buttons = js(
        &client,
        &format!("return [...{}.querySelectorAll('button:not([hidden] *)')].map((b) => [b.textContent, b.className, b.offsetWidth]);", inner(BANNER, "dialog")),
    )
    .await;
    let buttons = buttons.as_array().unwrap();
    assert_eq!(buttons.len(), 3);
    assert!(
        buttons
            .iter()
            .all(|b| b[1] == buttons[0][1] && b[2] == buttons[0][2]),
        "accept, reject and customize look the same: {buttons:?}"
    );

    click(&client, BANNER, "[part~=reject-all]:not([hidden] *)").await;
    wait_true(&client, &banner_open(false), "the banner to close").await;
    let state = js(&client, "return Vox.consent.get();").await;
    assert_eq!(state["decided"], json!(true));
    assert_eq!(state["categories"]["analytics"], json!(false));
    let record = &demo.collected("consent", 1).await[0];
    assert_eq!(record["answers"]["action"], "reject_all");
    let hash = record["answers"]["text_hash"].as_str().unwrap_or_default();
    assert!(
        hash.len() == 64 && hash.bytes().all(|b| b.is_ascii_hexdigit()),
        "{hash}"
    );

    client.refresh().await.unwrap();
    loaded(&client).await;
    wait_rendered(&client, BANNER, "button.privacy").await;
    assert_eq!(
        js(
            &client,
            &format!("return {}.open;", inner(BANNER, "dialog"))
        )
        .await,
        json!(false),
        "no banner once decided, only the privacy choices button"
    );
    assert_eq!(analytics_runs(&client).await, json!(0));
    assert_eq!(video_src(&client).await, Value::Null);
    let says = wait_text(&client, PLACEHOLDER, "p", "the video's placeholder").await;
    assert!(says.contains("Brewing video"), "names the service: {says}");
    assert_eq!(
        js(
            &client,
            "return document.querySelector('iframe.video').hidden;"
        )
        .await,
        json!(true),
        "the empty iframe hides behind its placeholder"
    );
}

const PLACEHOLDER: &str = "vox-placeholder";

#[tokio::test(flavor = "multi_thread")]
async fn load_this_content_allows_just_that_service_until_the_visitor_rejects_all() {
    let demo = Demo::start(None);
    let client = browser().await;
    client.goto(&demo.url("/?lang=en")).await.unwrap();
    loaded(&client).await;
    js(&client, "Vox.consent.rejectAll();").await;
    wait_rendered(&client, PLACEHOLDER, "button").await;

    // By keyboard: focus the button, press Enter.
    js(
        &client,
        &format!("{}.focus();", inner(PLACEHOLDER, "button")),
    )
    .await;
    press(&client, &[Key::Enter.into()]).await;
    wait_true(
        &client,
        "document.querySelector('iframe.video').getAttribute('src') === '/site/video.html'",
        "the video to load",
    )
    .await;
    assert_eq!(
        js(
            &client,
            "const f = document.querySelector('iframe.video');
             return [!!document.querySelector('vox-placeholder'), f.hidden, document.activeElement === f];"
        )
        .await,
        json!([false, false, true]),
        "placeholder gone, video shown, focus on it"
    );
    let state = js(&client, "return Vox.consent.get();").await;
    assert_eq!(state["services"], json!({ "video": true }));
    assert_eq!(state["categories"]["marketing"], false, "only the service");
    let records = demo.collected("consent", 2).await;
    assert_eq!(records[1]["answers"]["action"], "service");
    assert_eq!(records[1]["answers"]["services"], json!({ "video": true }));
    assert!(records[1]["answers"]["text_hash"].is_string());

    client.refresh().await.unwrap();
    loaded(&client).await;
    wait_true(
        &client,
        "document.querySelector('iframe.video').getAttribute('src') !== null",
        "the allowed video to load on the next page",
    )
    .await;
    assert_eq!(analytics_runs(&client).await, json!(0));

    // Reject all withdraws the service too.
    js(&client, "Vox.consent.rejectAll();").await;
    client.refresh().await.unwrap();
    loaded(&client).await;
    wait_rendered(&client, PLACEHOLDER, "button").await;
    assert_eq!(video_src(&client).await, Value::Null);
}

#[tokio::test(flavor = "multi_thread")]
async fn the_privacy_choices_button_reopens_the_preferences_by_keyboard() {
    let demo = Demo::start(None);
    let client = browser().await;
    client.goto(&demo.url("/?lang=en")).await.unwrap();
    loaded(&client).await;
    js(&client, "Vox.consent.acceptAll();").await;
    client.refresh().await.unwrap();
    wait_rendered(&client, BANNER, "button.privacy").await;

    tab_to(&client, 40, |f| f == "button.privacy[button]").await;
    press(&client, &[Key::Enter.into()]).await;
    wait_true(&client, &banner_open(true), "the preferences to open").await;
    wait_true(
        &client,
        &format!(
            "{}?.checked === true",
            inner(BANNER, "input[name=marketing]")
        ),
        "the preferences to show the stored choice",
    )
    .await;
    assert_eq!(focused(&client).await, "h2#vox-consent-title");
    press(&client, &[Key::Escape.into()]).await;
    wait_true(&client, &banner_open(false), "Esc to close the preferences").await;
    wait_true(
        &client,
        "(() => { const e = document.activeElement; return e?.localName === 'vox-consent' && e.shadowRoot.activeElement?.className === 'privacy'; })()",
        "focus back on the privacy choices button",
    )
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn consent_is_withdrawn_by_keyboard_from_the_preferences() {
    let demo = Demo::start(None);
    let client = browser().await;
    client.goto(&demo.url("/?lang=en")).await.unwrap();
    wait_rendered(&client, BANNER, "[part~=accept-all]:not([hidden] *)").await;
    click(&client, BANNER, "[part~=accept-all]:not([hidden] *)").await;
    wait_true(
        &client,
        "window.voxDemoAnalyticsRuns === 1",
        "analytics to run after accepting",
    )
    .await;

    js(&client, "Vox.consent.show();").await;
    wait_true(&client, &banner_open(true), "the preferences to open").await;
    wait_true(
        &client,
        "document.activeElement?.localName === 'vox-consent'",
        "focus in the preferences",
    )
    .await;
    assert_eq!(
        focused(&client).await,
        "h2#vox-consent-title",
        "focus starts on the heading"
    );
    // Functional, then analytics: Space turns analytics off; then on to "Save my choices".
    tab_to(&client, 10, |f| f == "input.switch[checkbox]").await;
    press(&client, &[Key::Tab.into()]).await;
    assert_eq!(
        js(
            &client,
            &format!("return {}.checked;", inner(BANNER, "input[name=analytics]"))
        )
        .await,
        json!(true)
    );
    assert_eq!(
        js(
            &client,
            &format!(
                "return {} === {}.activeElement;",
                inner(BANNER, "input[name=analytics]"),
                "document.querySelector('vox-consent').shadowRoot"
            )
        )
        .await,
        json!(true)
    );
    press(&client, &[' ']).await;
    tab_to(&client, 20, |f| {
        f == "button.choice[submit]" || f == "button.choice[button]"
    })
    .await;
    press(&client, &[Key::Enter.into()]).await;
    wait_true(&client, &banner_open(false), "the preferences to close").await;
    assert_eq!(
        js(&client, "return Vox.consent.allows('analytics');").await,
        json!(false)
    );
    assert_eq!(
        js(&client, "return Vox.consent.allows('marketing');").await,
        json!(true)
    );
    let records = demo.collected("consent", 2).await;
    assert_eq!(records[1]["answers"]["action"], "custom");
}

#[tokio::test(flavor = "multi_thread")]
async fn banner_preferences_and_placeholder_have_no_axe_violations_in_en_ar_zh() {
    let demo = Demo::start(None);
    let client = browser().await;
    for lang in ["en", "ar", "zh-CN"] {
        client
            .goto(&demo.url(&format!("/?lang={lang}")))
            .await
            .unwrap();
        wait_rendered(&client, BANNER, "[part~=customize]:not([hidden] *)").await;
        assert_accessible(&client, BANNER, &format!("banner {lang}")).await;
        click(&client, BANNER, "[part~=customize]:not([hidden] *)").await;
        wait_rendered(&client, BANNER, "input.switch").await;
        js(
            &client,
            &format!(
                "{}.querySelectorAll('details').forEach((d) => d.open = true);",
                inner(BANNER, "dialog")
            ),
        )
        .await;
        assert_accessible(&client, BANNER, &format!("preferences {lang}")).await;
        click(&client, BANNER, "[part~=reject-all]:not([hidden] *)").await;
        wait_rendered(&client, PLACEHOLDER, "button").await;
        assert_accessible(&client, PLACEHOLDER, &format!("iframe placeholder {lang}")).await;
        assert_accessible(&client, BANNER, &format!("privacy choices button {lang}")).await;
        js(
            &client,
            "document.cookie = 'vox_consent=; Max-Age=0; Path=/';",
        )
        .await;
    }
}
