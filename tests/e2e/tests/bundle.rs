//! What a page downloads: the loader always, and the module of each widget it shows, never
//! another's. Read from the browser's own list of requests (Resource Timing).

use serde_json::json;
use vox_e2e::*;

/// Every request the page has made so far for the bundle's files, sorted, repeats kept.
async fn requests(client: &fantoccini::Client) -> Vec<String> {
    let v = js(
        client,
        "return performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.startsWith('/vox/'));",
    )
    .await;
    let mut files: Vec<String> = serde_json::from_value(v).unwrap();
    files.sort();
    files
}

/// The bundle's files the page has requested so far, sorted, without repeats.
async fn downloaded(client: &fantoccini::Client) -> Vec<String> {
    let mut files = requests(client).await;
    files.dedup();
    files
}

/// Only the code: the loader and the widget modules (locales depend on the language).
async fn code(client: &fantoccini::Client) -> Vec<String> {
    let files = downloaded(client).await.into_iter();
    files.filter(|p| !p.starts_with("/vox/locales/")).collect()
}

fn modules(widgets: &[&str]) -> Vec<String> {
    let mut files = vec!["/vox/vox.js".to_string()];
    for w in widgets {
        files.push(format!("/vox/vox-{w}.js"));
        files.push(format!("/vox/vox-{w}_bg.wasm"));
    }
    files.sort();
    files
}

#[tokio::test(flavor = "multi_thread")]
async fn a_page_that_shows_no_widget_downloads_only_the_loader() {
    let demo = Demo::start(None);
    let client = browser().await;
    client
        .goto(&demo.url("/fixtures/config-file.html"))
        .await
        .unwrap();
    loaded(&client).await;
    // Vox is ready (its API answers) and stays idle.
    assert_eq!(
        js(&client, "return typeof Vox.open;").await,
        json!("function")
    );
    assert_eq!(downloaded(&client).await, ["/vox/vox.js"]);
}

#[tokio::test(flavor = "multi_thread")]
async fn each_page_downloads_the_modules_of_the_widgets_it_shows() {
    let demo = Demo::start(None);
    let client = browser().await;

    // The consent banner and a blocked embed's placeholder: the consent module alone.
    client.goto(&demo.url("/fixtures/gate.html")).await.unwrap();
    wait_rendered(&client, "vox-consent", "[part=banner]").await;
    wait_rendered(&client, "vox-placeholder", "button").await;
    assert_eq!(downloaded(&client).await, modules(&["consent"]));
    // Decided: a site-placed prompt shows only once the banner is out of the way.
    js(&client, "Vox.consent.rejectAll();").await;

    // An inline form, and no banner: the feedback module alone (English is built in, so no
    // messages are fetched).
    client
        .goto(&demo.url("/fixtures/clobber.html"))
        .await
        .unwrap();
    wait_rendered(&client, "vox-feedback", "textarea").await;
    assert_eq!(downloaded(&client).await, modules(&["feedback"]));

    // All four at once (the banner as its privacy-choices button): each module once.
    let all = json!({
        "consent": { "enabled": true, "mode": "opt-in", "privacyButton": true },
        "prompts": [{ "id": "hostile", "kind": "nps", "brand": "Lumen", "display": "inline" }],
        "help": { "index": "/indexes/help/" },
    });
    client.goto(&demo.url(&hostile_page(&all))).await.unwrap();
    wait_rendered(&client, "vox-consent", "[part=privacy-button]").await;
    wait_rendered(&client, "vox-feedback", "textarea").await;
    wait_rendered(&client, "vox-prompt", ".prompt").await;
    wait_rendered(&client, "vox-help", "input").await;
    assert_eq!(
        code(&client).await,
        modules(&["consent", "feedback", "help", "prompt"])
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn single_page_app_routes_download_nothing_more_until_a_prompt_shows_once() {
    let demo = Demo::start(None);
    let client = browser().await;
    client
        .goto(&demo.url("/fixtures/prompts.html"))
        .await
        .unwrap();
    loaded(&client).await;
    // A config with prompts loads the prompt module when the browser is idle, to watch the
    // triggers; no prompt shows on this route.
    wait_true(
        &client,
        "sessionStorage.getItem('vox.prompts') !== null",
        "the prompts runtime",
    )
    .await;
    assert_eq!(downloaded(&client).await, modules(&["prompt"]));

    // Two route changes, as a router makes them: the third page view shows a prompt, from the
    // module already there.
    for path in ["/fixtures/views/a", "/fixtures/views/b"] {
        js(&client, &format!("history.pushState({{}}, '', {path:?});")).await;
    }
    wait_rendered(&client, "vox-prompt[prompt=third-view]", ".prompt").await;
    assert_eq!(
        requests(&client).await,
        modules(&["prompt"]),
        "each file once"
    );
}

/// The locale files the page has requested so far, repeats kept.
async fn messages(client: &fantoccini::Client) -> Vec<String> {
    let files = requests(client).await.into_iter();
    files.filter(|p| p.ends_with(".ftl")).collect()
}

/// A widget's messages: asked for before its wasm module is ready, not after it (the glue,
/// which arrives first, starts them), and downloaded once, in the locale the widget then
/// speaks: the glue's choice of locale and the wasm's agree, or the wasm would fetch another.
#[tokio::test(flavor = "multi_thread")]
async fn messages_download_beside_the_wasm_in_the_locale_the_widget_speaks() {
    let demo = Demo::start(None);
    let client = browser().await;
    let ftl = |locale: &str| format!("/vox/locales/{locale}/feedback.ftl");
    let cases = [
        ("de", "de"),
        ("de-AT", "de"),
        ("pt", "pt-BR"),
        ("zh-Hant-HK", "zh-TW"),
        ("zh_SG", "zh-CN"),
        ("iw", "he"),
        ("AR", "ar"),
    ];
    for (asked, locale) in cases {
        let config = json!({ "locale": asked }).to_string();
        // A query of its own: a new fragment alone would not load the page again.
        let page = format!("/fixtures/locales.html?{asked}#{}", percent_encode(&config));
        client.goto(&demo.url(&page)).await.unwrap();
        wait_rendered(
            &client,
            "vox-feedback",
            &format!("[lang='{locale}'] textarea"),
        )
        .await;
        assert_eq!(
            js(&client, "return window.__order;").await,
            json!([ftl(locale), "wasm"]),
            "{asked}: the messages are asked for before the module is ready"
        );
        assert_eq!(messages(&client).await, [ftl(locale)], "{asked}: once");
    }
    assert_eq!(
        text(&client, "vox-feedback", "[part=title]").await,
        "أرسل لنا ملاحظاتك",
        "the Arabic messages are the ones shown"
    );

    // English is built in: nothing to fetch. A widget added later in its own language (its
    // element's data-locale wins) fetches its messages once, from the module already there.
    let config = json!({ "locale": "en-GB" }).to_string();
    let page = format!("/fixtures/locales.html#{}", percent_encode(&config));
    client.goto(&demo.url(&page)).await.unwrap();
    wait_rendered(&client, "vox-feedback", "[lang='en'] textarea").await;
    assert_eq!(js(&client, "return window.__order;").await, json!(["wasm"]));
    js(
        &client,
        "const f = document.createElement('vox-feedback'); f.id = 'korean'; \
         f.dataset.mode = 'inline'; f.dataset.locale = 'ko'; document.querySelector('main').append(f);",
    )
    .await;
    wait_rendered(&client, "#korean", "[lang='ko'] textarea").await;
    assert_eq!(messages(&client).await, [ftl("ko")]);
}
