//! The example Leptos app (`examples/leptos-app`, served at `/app/`): the four components in an
//! app's own tree, with no `vox.js` on the page. Typed config, callbacks that update the app's
//! signals, client-side routing, and the consent gate in Rust: its decision runs the blocked
//! analytics script and lets the waiting rating prompt show.

use serde_json::{json, Value};
use vox_e2e::*;

const CONSENT: &str = ".vox-host[data-widget=consent]";
const PROMPT: &str = ".vox-host[data-widget=prompt]";
const FEEDBACK: &str = ".vox-host[data-widget=feedback]";
const HELP: &str = ".vox-host[data-widget=help]";

/// The app at `path`, once its banner is drawn (the first thing every route shows).
async fn app(client: &fantoccini::Client, demo: &Demo, path: &str) {
    client.goto(&demo.url(path)).await.unwrap();
    wait_rendered(client, CONSENT, "dialog").await;
}

/// The text of an element of the app itself (outside every shadow root).
async fn page_text(client: &fantoccini::Client, selector: &str) -> String {
    let script = format!("return document.querySelector({selector:?})?.textContent ?? '';");
    js(client, &script)
        .await
        .as_str()
        .unwrap_or_default()
        .to_string()
}

async fn wait_page_text(client: &fantoccini::Client, selector: &str, want: &str) {
    let expr = format!("document.querySelector({selector:?})?.textContent === {want:?}");
    wait_true(client, &expr, &format!("{selector} to read {want:?}")).await;
}

/// Follows one of the app's own links, as a click does (the router handles it in the page).
async fn follow(client: &fantoccini::Client, href: &str) {
    js(
        client,
        &format!("document.querySelector('a[href=\"{href}\"]').click();"),
    )
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn consent_in_rust_unblocks_the_prompt_and_the_analytics_script() {
    let demo = Demo::start(None);
    let client = browser().await;
    app(&client, &demo, "/app/").await;

    // No loader: every request of the page is the app's own.
    let loader = js(
        &client,
        "return !!window.Vox || performance.getEntriesByType('resource').some((r) => r.name.includes('vox.js'));",
    )
    .await;
    assert_eq!(loader, json!(false));
    wait_rendered(&client, CONSENT, "[part~=accept-all]:not([hidden] *)").await;
    assert_accessible(&client, CONSENT, "the banner in the Leptos app").await;
    assert_eq!(analytics_runs_here(&client).await, json!(0));
    assert_eq!(page_text(&client, "#analytics").await, "analytics off");

    // The order is tracked, but the prompt waits while the visitor has not decided.
    js(&client, "document.querySelector('#order').click();").await;
    wait_page_text(&client, "#ordered", "Thank you for your order!").await;
    let prompt_now = js(
        &client,
        &format!("return !!document.querySelector('{PROMPT}');"),
    )
    .await;
    assert_eq!(
        prompt_now,
        json!(false),
        "no prompt before a consent decision"
    );

    click(&client, CONSENT, "[part~=accept-all]:not([hidden] *)").await;
    wait_true(
        &client,
        "window.analyticsRuns === 1",
        "the analytics script to run once",
    )
    .await;
    wait_page_text(&client, "#analytics", "analytics on").await;
    wait_rendered(&client, PROMPT, ".prompt").await;
    let record = demo.collected("consent", 1).await;
    assert_eq!(record[0]["answers"]["action"], json!("accept_all"));

    // The prompt's answer reaches the collector and the app's `on_submit`.
    js(
        &client,
        &format!(
            "{}.dispatchEvent(new MouseEvent('click', {{ bubbles: true, composed: true, detail: 1 }}));",
            inner(PROMPT, "input[value='9']")
        ),
    )
    .await;
    let scores = demo.collected("prompt", 1).await;
    assert_eq!(scores[0]["answers"]["score"], json!(9));
    assert_eq!(scores[0]["answers"]["prompt"], json!("after-order"));
    wait_page_text(&client, "#sent", "prompt").await;
    click(&client, PROMPT, "button[part=close]").await;

    // Client-side routing: the same document, the form mounted by the route.
    js(&client, "window.sameDocument = true;").await;
    follow(&client, "/app/contact").await;
    wait_rendered(&client, FEEDBACK, "form").await;
    assert_eq!(
        js(&client, "return window.sameDocument === true;").await,
        json!(true)
    );
    click(&client, FEEDBACK, "input[value=question]").await;
    let message = "Lamp/arm broke: ½ price? <b>&amp;</b> 100% / 50%";
    fill(&client, FEEDBACK, "textarea", message).await;
    click(&client, FEEDBACK, "button.primary").await;
    let sent = demo.collected("feedback", 1).await;
    assert_eq!(sent[0]["answers"]["message"], json!(message));
    wait_page_text(&client, "#status", "Sent").await;
    wait_page_text(&client, "#sent", "prompt,feedback").await;
    assert_accessible(&client, FEEDBACK, "the feedback form in the Leptos app").await;

    // The decision is kept in the loader's cookie: the next visit asks nothing, and the
    // analytics script runs once on it.
    client.refresh().await.unwrap();
    wait_rendered(&client, FEEDBACK, "form").await;
    wait_true(
        &client,
        "window.analyticsRuns === 1",
        "analytics to run on the next page",
    )
    .await;
    let banner_open = js(
        &client,
        &format!("return {}?.open;", inner(CONSENT, "dialog")),
    )
    .await;
    assert_eq!(banner_open, json!(false));
}

/// Picks a language in the app's own menu, which sets its config signal's locale.
async fn choose_locale(client: &fantoccini::Client, tag: &str) {
    let script = format!(
        "const s = document.querySelector('#locale'); s.value = {tag:?}; s.dispatchEvent(new Event('change'));"
    );
    js(client, &script).await;
}

/// The blocked script's run count, 0 before it ever ran.
async fn analytics_runs_here(client: &fantoccini::Client) -> Value {
    js(client, "return window.analyticsRuns ?? 0;").await
}

#[tokio::test(flavor = "multi_thread")]
async fn help_routes_contact_to_the_form_and_config_follows_the_locale() {
    let demo = Demo::start(None);
    let client = browser().await;
    // A route of the app opened directly: the server gives the app, the router the page.
    app(&client, &demo, "/app/help").await;
    click(&client, CONSENT, "[part~=reject-all]:not([hidden] *)").await;
    wait_rendered(&client, HELP, "input[role=combobox]").await;
    js(&client, &format!("{}.focus();", inner(HELP, "input"))).await;
    type_text(&client, "talk to a human").await;
    let first = format!("{}?.textContent", inner(HELP, "[role=option] .title"));
    wait_true(
        &client,
        &format!("{first} === 'How can I contact customer support?'"),
        "the contact article first",
    )
    .await;
    click(&client, HELP, "[role=option]").await;
    wait_page_text(&client, "#opened", "How can I contact customer support?").await;

    // Nothing found: "Contact us" goes to the app's contact route with the query.
    js(
        &client,
        &format!("{}.click();", inner(HELP, "[part~=vote-no]")),
    )
    .await;
    js(&client, &format!("{}.focus();", inner(HELP, "input"))).await;
    let query = "zzqx/qqvv";
    js(
        &client,
        &format!(
            "const i = {}; i.value = {query:?}; i.dispatchEvent(new Event('input'));",
            inner(HELP, "input")
        ),
    )
    .await;
    wait_rendered(&client, HELP, "[part=contact-button]:not([hidden] *)").await;
    click(&client, HELP, "[part=contact-button]:not([hidden] *)").await;
    wait_rendered(&client, FEEDBACK, "textarea").await;
    let filled = js(
        &client,
        &format!("return {}.value;", inner(FEEDBACK, "textarea")),
    )
    .await;
    assert_eq!(filled, json!(query));
    assert!(js(&client, "return location.pathname;").await == json!("/app/contact"));

    // The route change reached the prompts (`navigated()` from the router's path): the contact
    // route's own prompt, a 1-7 ease scale, shows without a page load.
    let scale = format!(
        "return {}?.shadowRoot?.querySelectorAll('.prompt input[value]').length ?? 0;",
        "document.querySelector('.vox-host[data-widget=prompt]')"
    );
    wait_for("the contact route's prompt", WAIT, || async {
        (js(&client, &scale).await == json!(7)).then_some(())
    })
    .await;

    // A new locale in the config signal: the form is drawn again, in German, in place.
    choose_locale(&client, "de").await;
    wait_true(
        &client,
        &format!("{}?.textContent === 'Ihr Feedback'", inner(FEEDBACK, "h2")),
        "the form in German",
    )
    .await;
    let lang = js(
        &client,
        &format!("return {}.lang;", inner(FEEDBACK, ".vox")),
    )
    .await;
    assert_eq!(lang, json!("de"));

    // Arabic: the widget turns right to left inside the English page, and widens nothing.
    choose_locale(&client, "ar").await;
    wait_true(
        &client,
        &format!("{}?.dir === 'rtl'", inner(FEEDBACK, ".vox")),
        "the form right to left",
    )
    .await;
    wait_rendered(&client, FEEDBACK, "form").await;
    let overflow = js(
        &client,
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;",
    )
    .await;
    assert_eq!(overflow, json!(0), "the page scrolls sideways");
}
