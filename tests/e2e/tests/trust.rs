//! The consent gate's edges and the loader's handling of what a page or a site hands it, each
//! reproduced as a security review found it: a same-site embed let in must not run another
//! service's script, a typed "/" belongs to the field it is typed in, every decision closes the
//! banner, a config block is a `<script>`, loosely written regions fail closed, and a site's
//! listener decides what "Contact us" does.

use serde_json::{json, Value};
use vox_e2e::*;

const PLACEHOLDER: &str = "vox-placeholder";
const CONSENT: &str = "vox-consent";

async fn page(client: &fantoccini::Client, demo: &Demo, path: &str) {
    client.goto(&demo.url(path)).await.unwrap();
    loaded(client).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn letting_a_same_site_embed_in_never_runs_a_blocked_script_of_another_service() {
    let demo = Demo::start(None);
    let client = browser().await;
    page(&client, &demo, "/fixtures/gate.html").await;
    js(&client, "Vox.consent.rejectAll();").await;
    wait_rendered(&client, PLACEHOLDER, "button").await;
    click(&client, PLACEHOLDER, "button").await;
    // The blocked script comes first in the document: had the grant let it in, it would have
    // run (and been waited for) before the embed's src was set.
    wait_true(
        &client,
        "document.querySelector('iframe').getAttribute('src') === '/site/video.html'",
        "the embed to load",
    )
    .await;
    assert_eq!(analytics_runs(&client).await, json!(0));
    assert_eq!(
        js(&client, "return Vox.consent.allows('analytics');").await,
        json!(false)
    );
    let services = js(&client, "return Object.keys(Vox.consent.get().services);").await;
    assert_eq!(
        services,
        json!([format!("127.0.0.1:{}/site/video.html", demo.port)]),
        "the embed's own path, never the page's host"
    );

    client.refresh().await.unwrap();
    loaded(&client).await;
    wait_true(
        &client,
        "document.querySelector('iframe').getAttribute('src') !== null",
        "the allowed embed on the next page",
    )
    .await;
    assert_eq!(analytics_runs(&client).await, json!(0));
}

#[tokio::test(flavor = "multi_thread")]
async fn a_marked_script_the_browser_ran_is_warned_about_and_never_run_again() {
    let demo = Demo::start(None);
    let client = browser().await;
    page(&client, &demo, "/fixtures/gate.html").await;
    js(&client, "Vox.consent.acceptAll();").await;
    wait_true(
        &client,
        "window.voxDemoAnalyticsRuns === 1",
        "the blocked script to run",
    )
    .await;
    assert_eq!(
        js(&client, "return window.voxUnblockedRuns;").await,
        json!(1)
    );
    let warnings = console(&client, "Warnings").await;
    assert_eq!(
        warnings
            .iter()
            .filter(|w| w.contains("Vox: not blocked"))
            .count(),
        1,
        "{warnings:?}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn blocked_items_a_single_page_app_adds_later_wait_for_consent() {
    let demo = Demo::start(None);
    let client = browser().await;
    page(&client, &demo, "/fixtures/gate.html").await;
    wait_true(
        &client,
        "document.querySelectorAll('vox-placeholder').length === 1",
        "the first embed's placeholder",
    )
    .await;
    js(
        &client,
        "const s = document.createElement('script');
         s.type = 'text/plain'; s.dataset.voxConsent = 'analytics'; s.src = '/site/analytics-test.js';
         const f = document.createElement('iframe');
         f.title = 'Added later'; f.dataset.voxConsent = 'marketing'; f.dataset.voxSrc = '/site/video.html?later';
         const view = document.createElement('section');
         view.append(s, f);
         document.querySelector('main').append(view);",
    )
    .await;
    wait_true(
        &client,
        "document.querySelectorAll('vox-placeholder').length === 2",
        "a placeholder for the embed added later",
    )
    .await;
    assert_eq!(analytics_runs(&client).await, json!(0));
    js(&client, "Vox.consent.acceptAll();").await;
    wait_true(
        &client,
        "window.voxDemoAnalyticsRuns === 2 && document.querySelectorAll('iframe[src]').length === 2",
        "both blocked scripts and both embeds to run",
    )
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn every_decision_closes_the_banner_whoever_makes_it() {
    let demo = Demo::start(None);
    let client = browser().await;
    for decision in [
        "Vox.consent.acceptAll()",
        "Vox.consent.rejectAll()",
        "Vox.consent.set({ analytics: true })",
    ] {
        js(
            &client,
            "document.cookie = 'vox_consent=; Max-Age=0; Path=/';",
        )
        .await;
        page(&client, &demo, "/fixtures/gate.html").await;
        let open = inner(CONSENT, "dialog.banner");
        wait_true(
            &client,
            &format!("{open}?.open"),
            "the banner on a first visit",
        )
        .await;
        js(&client, &format!("{decision};")).await;
        wait_true(
            &client,
            &format!("{open}?.open === false"),
            &format!("the banner to close after {decision}"),
        )
        .await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn region_codes_in_any_case_match_and_a_mistyped_mode_closes_the_gate() {
    let demo = Demo::start(None);
    let client = browser().await;
    // A valid section: "ca" matches CA (and stays open once the wasm has read the section).
    let valid = json!({"consent": {"enabled": true, "mode": "opt-in", "country": "CA",
        "regions": {"ca": "opt-out"}}});
    page(&client, &demo, &hostile_page(&valid)).await;
    wait_rendered(&client, CONSENT, "[part=banner]").await;
    assert_eq!(
        js(&client, "return Vox.consent.get().mode;").await,
        json!("opt-out"),
        "\"ca\" matches CA"
    );

    // A mistyped mode ("us": "optin"): the wasm refuses the section, so even CA, whose own
    // mode is fine, ends up closed; Google Consent Mode is told so.
    page(&client, &demo, "/fixtures/regions.html?country=CA").await;
    wait_true(
        &client,
        "Vox.consent.get().mode === 'opt-in'",
        "the gate to close",
    )
    .await;
    assert_eq!(
        js(&client, "return dataLayer.map((a) => Array.from(a)).filter((a) => a[1] === 'update').map((a) => a[2].analytics_storage);").await,
        json!(["denied"])
    );

    page(&client, &demo, "/fixtures/regions.html?country=US").await;
    assert_eq!(
        js(
            &client,
            "return [Vox.consent.get().mode, Vox.consent.allows('analytics')];"
        )
        .await,
        json!(["opt-in", false])
    );
    // Google Consent Mode's default for the mistyped region: denied, like opt-in.
    let regions: Vec<Value> = serde_json::from_value(
        js(
            &client,
            "return dataLayer.map((a) => Array.from(a)).filter((a) => a[1] === 'default' && a[2].region).map((a) => a[2]);",
        )
        .await,
    )
    .unwrap();
    let us = regions
        .iter()
        .find(|r| {
            r["region"]
                .as_array()
                .is_some_and(|c| c.contains(&json!("US")))
        })
        .expect("a default for US");
    assert_eq!(us["analytics_storage"], "denied");
    assert_eq!(us["ad_storage"], "denied");
}

#[tokio::test(flavor = "multi_thread")]
async fn vox_init_refuses_consent_settings_and_identify_refuses_what_is_not_json() {
    let demo = Demo::start(None);
    let client = browser().await;
    page(&client, &demo, "/fixtures/gate.html").await;
    js(
        &client,
        "Vox.init({ consent: { mode: 'opt-out' } });
         const a = {}; a.self = a;
         Vox.identify(a);
         Vox.identify({ orders: 1n });
         Vox.identify({ plan: 'pro' });",
    )
    .await;
    let errors = console(&client, "Errors").await;
    assert_eq!(
        errors
            .iter()
            .filter(|e| e.contains("Vox.init: consent settings ignored"))
            .count(),
        1,
        "{errors:?}"
    );
    assert_eq!(
        errors
            .iter()
            .filter(|e| e.contains("Vox.identify: not plain JSON"))
            .count(),
        2,
        "{errors:?}"
    );
    assert_eq!(
        js(
            &client,
            "return [Vox.consent.get().mode, Vox.consent.allows('analytics')];"
        )
        .await,
        json!(["opt-in", false]),
        "the gate is as the page set it up"
    );
}

/// Focuses `field` (a JS expression), types `text` with real key presses, and returns what the
/// field then holds.
async fn type_into(client: &fantoccini::Client, field: &str, text: &str) -> Value {
    js(client, &format!("{field}.focus();")).await;
    type_text(client, text).await;
    js(client, &format!("return {field}.value;")).await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_slash_typed_in_any_field_is_typed_not_a_search_shortcut() {
    let demo = Demo::start(None);
    let client = browser().await;
    page(&client, &demo, "/fixtures/keys.html").await;
    // No banner on this page; allowing `functional` shows the optional email field too.
    js(&client, "Vox.consent.acceptAll();").await;
    wait_rendered(&client, "vox-help", "input[role=combobox]").await;
    wait_rendered(&client, "vox-feedback", "textarea").await;
    wait_rendered(&client, "vox-prompt", ".prompt").await;
    // The prompt's follow-up question appears after a score.
    js(
        &client,
        &format!(
            "{}.dispatchEvent(new MouseEvent('click', {{ bubbles: true, composed: true, detail: 1 }}));",
            inner("vox-prompt", "input[value='9']")
        ),
    )
    .await;
    wait_rendered(&client, "vox-prompt", "textarea").await;

    let fields = [
        (
            inner("vox-feedback", "textarea"),
            "Die Größe a/b passt nicht",
        ),
        (
            inner("vox-feedback", "input[type=email]"),
            "a/b@shop.example",
        ),
        (inner("vox-help", "input[role=combobox]"), "a/b"),
        (inner("vox-prompt", "textarea"), "a/b"),
        (
            "document.querySelector('shop-review').shadowRoot.querySelector('input')".to_string(),
            "a/b",
        ),
    ];
    for (field, text) in fields {
        assert_eq!(
            type_into(&client, &field, text).await,
            json!(text),
            "typed into {field}"
        );
        assert_eq!(
            js(
                &client,
                "return !!document.querySelector('vox-help[modal]');"
            )
            .await,
            json!(false),
            "no search dialog opened while typing into {field}"
        );
    }
    // Outside any field, "/" still opens search.
    js(&client, "document.activeElement.blur();").await;
    press(&client, &['/']).await;
    wait_true(
        &client,
        &format!("{}?.open", inner("vox-help[modal]", "dialog")),
        "the search dialog, by /",
    )
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_site_listener_that_prevents_vox_contact_routes_the_visitor_itself() {
    let demo = Demo::start(None);
    let client = browser().await;
    page(&client, &demo, "/help.html?lang=en").await;
    wait_rendered(&client, "vox-help", "input[role=combobox]").await;
    // Registered after the loader's own listeners, as a site's would be.
    js(
        &client,
        "document.addEventListener('vox:contact', (e) => { e.preventDefault(); window.routed = e.detail.query; });",
    )
    .await;
    js(
        &client,
        &format!("{}.focus();", inner("vox-help", "input[role=combobox]")),
    )
    .await;
    type_text(&client, "zzqx qqvv").await;
    wait_rendered(
        &client,
        "vox-help",
        ".contact:not([hidden]) [part=contact-button]",
    )
    .await;
    click(&client, "vox-help", "[part=contact-button]").await;
    wait_true(
        &client,
        "window.routed === 'zzqx qqvv'",
        "the site's listener",
    )
    .await;
    assert_eq!(
        js(
            &client,
            "return !!document.querySelector('vox-feedback:not([data-mode=inline])');"
        )
        .await,
        json!(false),
        "the feedback form did not open"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn only_a_script_element_is_the_config_block() {
    let demo = Demo::start(None);
    let client = browser().await;
    page(&client, &demo, "/fixtures/clobber.html").await;
    wait_rendered(&client, "vox-feedback", "textarea").await;
    click(&client, "vox-feedback", "input[type=radio]").await;
    fill(
        &client,
        "vox-feedback",
        "textarea",
        "Still reaches the shop",
    )
    .await;
    click(&client, "vox-feedback", "button.primary").await;
    let rows = demo.collected("feedback", 1).await;
    assert_eq!(rows[0]["answers"]["message"], "Still reaches the shop");
}

/// A consent cookie a visitor's browser might hold: a record of any shape (choices and services
/// of any type, any revision), written as the loader writes it or not, or plain garbage.
fn cookie_values() -> impl proptest::strategy::Strategy<Value = (Value, String)> {
    use proptest::prelude::*;
    let leaf = prop_oneof![
        Just(json!(true)),
        Just(json!("true")),
        Just(json!(1)),
        Just(json!(null)),
        Just(json!(false)),
        Just(json!({ "true": true })),
        Just(json!([true])),
    ];
    let names = prop::sample::select(vec![
        "analytics",
        "marketing",
        "functional",
        "necessary",
        "__proto__",
        "constructor",
        "x",
    ]);
    let map = prop::collection::btree_map(names, leaf, 0..4)
        .prop_map(|m| Value::Object(m.into_iter().map(|(k, v)| (k.to_string(), v)).collect()));
    let record = (
        prop::option::of(map.clone()),
        prop::option::of(map),
        prop_oneof![
            Just(json!(0)),
            Just(json!("0")),
            Just(json!(1)),
            Just(json!(null))
        ],
    )
        .prop_map(|(choices, services, revision)| {
            let mut r = json!({ "id": "x", "at": "2026-01-01", "revision": revision });
            if let Some(c) = choices {
                r["choices"] = c;
            }
            if let Some(s) = services {
                r["services"] = s;
            }
            r
        });
    prop_oneof![
        record.clone().prop_map(|r| {
            let text = r.to_string();
            (r, percent_encode(&text))
        }),
        record.prop_map(|r| {
            let text = r.to_string().replace([';', ' '], "");
            (Value::Null, text)
        }),
        "[ -:<-~]{0,40}".prop_map(|s| (Value::Null, s)),
    ]
}

/// What a record truly grants: each category whose choice is the literal `true`, and each
/// service likewise, only for the page's revision (0).
fn truly_granted(record: &Value, what: &str) -> Vec<String> {
    if record["revision"] != json!(0) {
        return Vec::new();
    }
    let mut out: Vec<String> = record[what]
        .as_object()
        .map(|m| {
            m.iter()
                .filter(|(_, v)| **v == json!(true))
                .map(|(k, _)| k.clone())
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

/// The loader's cookie reader, property-tested in the browser where it runs: whatever the
/// `vox_consent` cookie holds, the page loads, and nothing is granted that the cookie does not
/// grant with a literal `true` for this revision.
#[tokio::test(flavor = "multi_thread")]
async fn any_consent_cookie_grants_no_more_than_it_literally_says() {
    use proptest::strategy::{Strategy, ValueTree};
    let demo = Demo::start(None);
    let client = browser().await;
    page(&client, &demo, "/fixtures/gate.html").await;
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let strategy = cookie_values();
    const CASES: usize = 40;
    for case in 0..CASES {
        let (record, cookie) = strategy.new_tree(&mut runner).unwrap().current();
        client
            .execute(
                "document.cookie = 'vox_consent=' + arguments[0] + '; Path=/';",
                vec![json!(cookie)],
            )
            .await
            .unwrap();
        client.refresh().await.unwrap();
        loaded(&client).await;
        let state = js(
            &client,
            "const s = Vox.consent.get();
             const on = (m) => Object.keys(m).filter((k) => m[k] === true && k !== 'necessary').sort();
             return { categories: on(s.categories), services: on(s.services) };",
        )
        .await;
        let what = format!("case {case}: cookie {cookie:?}");
        let granted: Vec<String> = serde_json::from_value(state["categories"].clone()).unwrap();
        let allowed = truly_granted(&record, "choices");
        assert!(
            granted.iter().all(|c| allowed.contains(c)),
            "{what}: grants {granted:?}, the cookie says {allowed:?}"
        );
        let services: Vec<String> = serde_json::from_value(state["services"].clone()).unwrap();
        let allowed = truly_granted(&record, "services");
        assert!(
            services.iter().all(|s| allowed.contains(s)),
            "{what}: allows services {services:?}, the cookie says {allowed:?}"
        );
    }
}

/// A blocked script's own `onload` attribute runs once it loads: the loader waits for it with
/// listeners, not by overwriting the handler. (On the hostile-input fixture, which allows inline
/// handlers; a strict CSP would block the attribute whatever the loader did.)
#[tokio::test(flavor = "multi_thread")]
async fn a_blocked_scripts_onload_attribute_still_runs() {
    let demo = Demo::start(None);
    let client = browser().await;
    page(
        &client,
        &demo,
        &hostile_page(&json!({ "consent": { "enabled": true } })),
    )
    .await;
    js(
        &client,
        "const s = document.createElement('script');
         s.type = 'text/plain'; s.dataset.voxConsent = 'analytics'; s.src = '/site/analytics-test.js';
         s.setAttribute('onload', 'window.onloadRan = (window.onloadRan || 0) + 1');
         document.head.append(s);",
    )
    .await;
    js(&client, "Vox.consent.acceptAll();").await;
    wait_true(
        &client,
        "window.voxDemoAnalyticsRuns === 1 && window.onloadRan === 1",
        "the script and its onload attribute",
    )
    .await;
}
