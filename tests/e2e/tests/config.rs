//! Config that lives in a file (`data-config`), and a consent section the banner refuses: the
//! gate stays closed whatever the mode's defaults would have let in.

use serde_json::json;
use vox_e2e::*;

const FEEDBACK: &str = "vox-feedback";

#[tokio::test(flavor = "multi_thread")]
async fn a_config_file_sets_up_the_page_consent_included() {
    let demo = Demo::start(None);
    let client = browser().await;
    client
        .goto(&demo.url("/fixtures/config-file.html?config=/site/fixtures/vox-config.json"))
        .await
        .unwrap();
    // The file's opt-out mode lets the blocked analytics script in once it has arrived.
    wait_true(
        &client,
        "window.voxDemoAnalyticsRuns === 1",
        "analytics to run",
    )
    .await;
    assert_eq!(
        js(&client, "return Vox.consent.get().mode;").await,
        json!("opt-out")
    );
    // Its launcher, in its language, posting where the page says.
    wait_rendered(&client, FEEDBACK, "button.launcher").await;
    js(
        &client,
        "Vox.open('feedback', { message: 'Aus der Datei / mit Schrägstrich' });",
    )
    .await;
    wait_rendered(&client, FEEDBACK, "input[value=other]").await;
    click(&client, FEEDBACK, "input[value=other]").await;
    click(&client, FEEDBACK, "button.primary").await;
    let rows = demo.collected("feedback", 1).await;
    assert_eq!(rows[0]["locale"], "de");
    assert_eq!(
        rows[0]["answers"]["message"],
        "Aus der Datei / mit Schrägstrich"
    );
    assert_eq!(console(&client, "Errors").await, Vec::<String>::new());
}

#[tokio::test(flavor = "multi_thread")]
async fn a_bad_consent_section_keeps_the_gate_closed_in_opt_out_and_the_rest_works() {
    let demo = Demo::start(None);
    let client = browser().await;
    client
        .goto(&demo.url("/fixtures/config-file.html?config=/site/fixtures/vox-config-typo.json"))
        .await
        .unwrap();
    let errors = wait_for("the consent section's error", WAIT, || async {
        let errors = console(&client, "Errors").await;
        (!errors.is_empty()).then_some(errors)
    })
    .await;
    assert!(
        errors[0].contains("field \"consent.categoris\""),
        "{errors:?}"
    );
    wait_true(
        &client,
        "Vox.consent.get().mode === 'opt-in'",
        "the gate to close",
    )
    .await;
    assert_eq!(analytics_runs(&client).await, json!(0));
    assert_eq!(
        js(&client, "return Vox.consent.allows('analytics');").await,
        json!(false)
    );
    // A mistake in the consent section switches off only the banner.
    wait_rendered(&client, FEEDBACK, "button.launcher").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_config_file_that_cannot_be_used_says_why_on_the_page() {
    let demo = Demo::start(None);
    let client = browser().await;
    for (url, why) in [
        (
            "/site/fixtures/missing.json",
            "invalid config in the config file /site/fixtures/missing.json: expected a file that loads, got HTTP 404.",
        ),
        (
            "//evil.example/vox-config.json",
            "invalid config in data-config on the vox.js <script>: expected an absolute http(s) URL or a path starting with /, got \"//evil.example/vox-config.json\".",
        ),
    ] {
        client
            .goto(&demo.url(&format!(
                "/fixtures/config-file.html?debug=1&config={}",
                percent_encode(url)
            )))
            .await
            .unwrap();
        // Nothing asks for a widget here: the site owner's Vox.open() shows the problem.
        js(&client, "Vox.open('feedback');").await;
        let items = wait_for("the debug panel", WAIT, || async {
            let v = js(&client, DEBUG_PANEL).await;
            v.as_array().filter(|a| !a.is_empty()).cloned()
        })
        .await;
        assert!(items[0].as_str().unwrap().contains(why), "{url}: {items:?}");
    }
}
