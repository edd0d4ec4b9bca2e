//! Rating prompts in a real browser: each trigger kind, single-page-app navigation, the
//! contact-fatigue rules across reloads, what reaches the collector, and axe-core on every
//! display. Trigger kinds run on a fixture page (one prompt per route, no consent banner); the
//! rest on the demo storefront's own prompts.

use std::time::Duration;

use serde_json::{json, Value};
use vox_e2e::*;

const PROMPT: &str = "vox-prompt";
const DAY_MS: f64 = 86_400_000.0;

/// The id of the prompt drawn on the page, if one is.
async fn shown(client: &fantoccini::Client) -> Value {
    js(
        client,
        "const p = [...document.querySelectorAll('vox-prompt')].find((e) => e.shadowRoot?.querySelector('.prompt'));
         return p ? p.getAttribute('prompt') : null;",
    )
    .await
}

async fn wait_shown(client: &fantoccini::Client, id: &str) {
    wait_true(
        client,
        &format!("!!document.querySelector('vox-prompt[prompt={id}]')?.shadowRoot?.querySelector('.prompt')"),
        &format!("the prompt {id}"),
    )
    .await;
}

/// Goes to a single-page-app route, as a router would.
async fn route(client: &fantoccini::Client, path: &str) {
    js(client, &format!("history.pushState({{}}, '', {path:?});")).await;
}

/// The fixture page, once the prompts runtime runs (it keeps its memory in sessionStorage
/// there: no consent banner).
async fn fixture(client: &fantoccini::Client, demo: &Demo) {
    client
        .goto(&demo.url("/fixtures/prompts.html"))
        .await
        .unwrap();
    loaded(client).await;
    wait_true(
        client,
        "sessionStorage.getItem('vox.prompts') !== null",
        "the prompts runtime",
    )
    .await;
}

/// How many prompts the page holds.
async fn prompts_on_page(client: &fantoccini::Client) -> u64 {
    let n = js(
        client,
        "return document.querySelectorAll('vox-prompt').length;",
    )
    .await;
    n.as_u64().unwrap_or_default()
}

/// Closes the prompt with its close button, and waits until it is gone.
async fn close(client: &fantoccini::Client) {
    click(client, PROMPT, "button[part=close]").await;
    wait_true(
        client,
        "!document.querySelector('vox-prompt')",
        "the prompt to close",
    )
    .await;
}

/// Picks a score as a pointer does (a click with `detail` 1; arrow keys click with 0).
async fn pick(client: &fantoccini::Client, score: u8) {
    js(
        client,
        &format!(
            "{}.dispatchEvent(new MouseEvent('click', {{ bubbles: true, composed: true, detail: 1 }}));",
            inner(PROMPT, &format!("input[value='{score}']"))
        ),
    )
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_scroll_trigger_fires_at_its_depth_and_once() {
    let demo = Demo::start(None);
    let client = browser().await;
    fixture(&client, &demo).await;
    route(&client, "/fixtures/scroll").await;
    assert_eq!(shown(&client).await, Value::Null, "not before scrolling");
    js(
        &client,
        "window.scrollTo(0, document.documentElement.scrollHeight);",
    )
    .await;
    wait_shown(&client, "on-scroll").await;
    js(
        &client,
        "window.scrollTo(0, 0); window.scrollTo(0, document.documentElement.scrollHeight);",
    )
    .await;
    assert_eq!(prompts_on_page(&client).await, 1);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_delayed_trigger_is_cancelled_when_the_route_changes() {
    let demo = Demo::start(None);
    let client = browser().await;
    fixture(&client, &demo).await;
    route(&client, "/fixtures/seconds").await;
    route(&client, "/fixtures/elsewhere").await;
    // Absence can only be seen by waiting past the 2 s the prompt would have taken.
    tokio::time::sleep(Duration::from_millis(2_800)).await;
    assert_eq!(
        shown(&client).await,
        Value::Null,
        "cancelled by the route change"
    );
    route(&client, "/fixtures/seconds").await;
    assert_eq!(
        shown(&client).await,
        Value::Null,
        "not before its 2 seconds"
    );
    wait_shown(&client, "after-seconds").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn page_views_count_single_page_app_routes() {
    let demo = Demo::start(None);
    let client = browser().await;
    fixture(&client, &demo).await; // page view 1
    route(&client, "/fixtures/views/a").await; // 2
    assert_eq!(shown(&client).await, Value::Null);
    route(&client, "/fixtures/views/b").await; // 3
    wait_shown(&client, "third-view").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn exit_intent_fires_when_the_pointer_leaves_the_top() {
    let demo = Demo::start(None);
    let client = browser().await;
    fixture(&client, &demo).await;
    route(&client, "/fixtures/exit").await;
    let leave = |y: i32| {
        format!("document.dispatchEvent(new MouseEvent('mouseout', {{ bubbles: true, clientY: {y}, relatedTarget: null }}));")
    };
    js(&client, &leave(300)).await;
    assert_eq!(
        shown(&client).await,
        Value::Null,
        "leaving through the page's middle is not an exit"
    );
    js(&client, &leave(-2)).await;
    wait_shown(&client, "on-exit").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn audience_rules_follow_vox_identify() {
    let demo = Demo::start(None);
    let client = browser().await;
    fixture(&client, &demo).await;
    route(&client, "/fixtures/members").await;
    assert_eq!(
        shown(&client).await,
        Value::Null,
        "an unknown visitor is not in the audience"
    );
    js(
        &client,
        "Vox.identify({ id: 'u-7', lifecycle_stage: 'loyalty', orders: 4 });",
    )
    .await;
    route(&client, "/fixtures/members/home").await;
    wait_shown(&client, "members").await;
}

/// The demo shop with its consent banner answered, so prompts may appear.
async fn shop(client: &fantoccini::Client, demo: &Demo, page: &str) {
    client.goto(&demo.url(page)).await.unwrap();
    loaded(client).await;
    js(client, "Vox.consent.acceptAll();").await;
    client.refresh().await.unwrap();
    loaded(client).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_score_then_close_delivers_exactly_one_score() {
    let demo = Demo::start(None);
    let client = browser().await;
    shop(&client, &demo, "/cart.html?lang=en").await;
    assert_eq!(shown(&client).await, Value::Null);
    place_order(&client).await;
    wait_shown(&client, "nps-after-order").await;
    pick(&client, 9).await;
    wait_rendered(&client, PROMPT, "textarea:not([hidden] *)").await;
    close(&client).await;

    let rows = demo.collected("prompt", 1).await;
    let a = &rows[0]["answers"];
    assert_eq!(
        (
            a["prompt"].clone(),
            a["stage"].clone(),
            a["score"].clone(),
            a["band"].clone()
        ),
        (
            json!("nps-after-order"),
            json!("score"),
            json!(9),
            json!("promoter")
        )
    );
    // Answered: the same event on the next page shows nothing, and nothing more was sent.
    client.refresh().await.unwrap();
    loaded(&client).await;
    js(&client, "Vox.track('order_completed');").await;
    assert_eq!(shown(&client).await, Value::Null);
    let prompts = demo
        .submissions()
        .into_iter()
        .filter(|s| s["widget"] == "prompt")
        .count();
    assert_eq!(prompts, 1);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_score_and_follow_up_by_keyboard_make_one_response_in_two_messages() {
    let demo = Demo::start(None);
    let client = browser().await;
    shop(&client, &demo, "/help.html?lang=en").await;
    wait_shown(&client, "csat-help").await;
    assert_eq!(
        focused(&client).await,
        "body",
        "a non-modal prompt takes no focus"
    );
    let announced = wait_text(&client, PROMPT, "[role=status]", "the prompt announced").await;
    assert!(announced.contains("How satisfied"), "{announced}");

    js(
        &client,
        &format!("{}.focus();", inner(PROMPT, "input[value='1']")),
    )
    .await;
    press(
        &client,
        &[Key::Right.into(), Key::Right.into(), Key::Right.into()],
    )
    .await;
    assert_eq!(
        demo.submissions()
            .iter()
            .filter(|s| s["widget"] == "prompt")
            .count(),
        0,
        "moving through the scale picks nothing"
    );
    press(&client, &[Key::Enter.into()]).await;
    wait_true(
        &client,
        &format!(
            "{} === document.querySelector('vox-prompt').shadowRoot.activeElement",
            inner(PROMPT, "textarea")
        ),
        "focus on the follow-up question",
    )
    .await;
    type_text(&client, "Clear answers").await;
    tab_to(&client, 4, |f| f == "button.primary[button]").await;
    press(&client, &[Key::Enter.into()]).await;
    let thanks = wait_text(
        &client,
        PROMPT,
        ".thanks-title:not([hidden] *)",
        "the thank-you",
    )
    .await;
    assert_eq!(thanks, "Thank you!");

    let rows = demo.collected("prompt", 2).await;
    let (score, follow_up) = (&rows[0]["answers"], &rows[1]["answers"]);
    assert_eq!(
        (score["stage"].clone(), score["score"].clone()),
        (json!("score"), json!(4))
    );
    assert_eq!(follow_up["stage"], "follow_up");
    assert_eq!(follow_up["text"], "Clear answers");
    assert_eq!(follow_up["band"], "high");
    assert_eq!(score["response_id"], follow_up["response_id"]);
    assert_ne!(
        rows[0]["id"], rows[1]["id"],
        "two messages, each its own idempotency key"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn two_prompts_never_show_together() {
    let demo = Demo::start(None);
    let client = browser().await;
    shop(&client, &demo, "/help.html?lang=en").await;
    wait_shown(&client, "csat-help").await;
    js(&client, "Vox.track('contact_submitted');").await;
    assert_eq!(prompts_on_page(&client).await, 1);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_dismissed_prompt_stays_away_until_its_window_passes() {
    let demo = Demo::start(None);
    let client = browser().await;
    shop(&client, &demo, "/help.html?lang=en").await;
    wait_shown(&client, "csat-help").await;
    close(&client).await;
    let stored = js(
        &client,
        "return JSON.parse(localStorage.getItem('vox.prompts'));",
    )
    .await;
    assert!(
        stored["p"][0]["d"].is_number(),
        "dismissal kept (functional granted): {stored}"
    );

    client.refresh().await.unwrap();
    loaded(&client).await;
    // Absence: wait past the 5 s the prompt would take.
    tokio::time::sleep(Duration::from_millis(6_000)).await;
    assert_eq!(
        shown(&client).await,
        Value::Null,
        "dismissed: not asked again"
    );

    // 31 days later (the clock moved by rewriting the stored times), in a new visit.
    js(
        &client,
        &format!(
            "const m = JSON.parse(localStorage.getItem('vox.prompts')); const back = (t) => t - 31 * {DAY_MS};
             m.last = back(m.last); m.visit.seen = back(m.visit.seen);
             for (const p of m.p) {{ if (p.d) p.d = back(p.d); if (p.a) p.a = back(p.a); }}
             localStorage.setItem('vox.prompts', JSON.stringify(m));"
        ),
    )
    .await;
    client.refresh().await.unwrap();
    loaded(&client).await;
    wait_shown(&client, "csat-help").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn every_display_has_no_axe_violations_in_en_ar_th_light_and_dark() {
    let demo = Demo::start(None);
    let client = browser().await;
    // Slide-in (cart), bar (help), modal (after the contact form), inline (fixture).
    let displays: [(&str, &str, &str); 4] = [
        (
            "/cart.html?lang=en",
            "Vox.track('order_completed');",
            "nps-after-order",
        ),
        ("/help.html?lang=en", "", "csat-help"),
        (
            "/help.html?lang=en",
            "Vox.track('contact_submitted');",
            "ces-after-contact",
        ),
        ("/fixtures/prompt-inline.html", "", "inline-csat"),
    ];
    for (page, show, id) in displays {
        client.goto(&demo.url(page)).await.unwrap();
        loaded(&client).await;
        js(
            &client,
            "localStorage.clear(); sessionStorage.clear(); Vox.consent.acceptAll();",
        )
        .await;
        client.refresh().await.unwrap();
        loaded(&client).await;
        js(&client, show).await;
        wait_shown(&client, id).await;
        for locale in ["en", "ar", "th"] {
            for theme in ["light", "dark"] {
                js(
                    &client,
                    &format!("Vox.init({{ locale: '{locale}', theme: '{theme}' }});"),
                )
                .await;
                wait_true(
                    &client,
                    // Drawn in that locale and theme, its slide-in finished (axe reads the
                    // colours as they are on screen).
                    &format!("(() => {{ const p = document.querySelector('vox-prompt')?.shadowRoot?.querySelector('.vox[lang={locale}][data-theme={theme}] .prompt');
                        return !!p && p.getAnimations().every((a) => a.playState === 'finished'); }})()"),
                    &format!("{id} in {locale} {theme}"),
                )
                .await;
                assert_accessible(&client, PROMPT, &format!("{id} {locale} {theme}")).await;
            }
        }
    }
}

/// Clicks the storefront's "Place order" button, which calls `Vox.track('order_completed')`.
async fn place_order(client: &fantoccini::Client) {
    client
        .find(fantoccini::Locator::Css("button[data-place-order]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn a_prompt_triggered_while_the_banner_waits_shows_once_the_visitor_decides() {
    let demo = Demo::start(None);
    let client = browser().await;
    client.goto(&demo.url("/cart.html?lang=en")).await.unwrap();
    loaded(&client).await;
    wait_rendered(&client, "vox-consent", "[part~=reject-all]:not([hidden] *)").await;
    // The runtime starts when the browser is idle; the order is tracked either way.
    wait_true(&client, "typeof Vox.track === 'function'", "the loader").await;
    place_order(&client).await;
    assert_eq!(shown(&client).await, Value::Null, "not over the banner");
    click(&client, "vox-consent", "[part~=reject-all]:not([hidden] *)").await;
    wait_shown(&client, "nps-after-order").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_slide_in_stacks_above_the_launcher_and_its_thanks_close_themselves() {
    let demo = Demo::start(None);
    let client = browser().await;
    shop(&client, &demo, "/cart.html?lang=en").await;
    wait_rendered(&client, "vox-feedback", ".launcher").await;
    place_order(&client).await;
    wait_shown(&client, "nps-after-order").await;
    let overlap = js(
        &client,
        &format!(
            "const a = {}.getBoundingClientRect(), b = {}.getBoundingClientRect();
             return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;",
            inner(PROMPT, ".prompt"),
            inner("vox-feedback", ".launcher")
        ),
    )
    .await;
    assert_eq!(overlap, json!(false), "the prompt covers the launcher");

    pick(&client, 9).await;
    wait_rendered(&client, PROMPT, "textarea:not([hidden] *)").await;
    click(&client, PROMPT, "[part=skip]").await;
    wait_rendered(&client, PROMPT, ".thanks:not([hidden])").await;
    wait_true(
        &client,
        &format!(
            "{}?.textContent === 'Thank you!'",
            inner(PROMPT, "p[role=status]")
        ),
        "the thanks announced",
    )
    .await;
    // Focus elsewhere on the page: the card goes by itself.
    js(&client, "document.activeElement.blur();").await;
    wait_true(
        &client,
        "!document.querySelector('vox-prompt')",
        "the thank-you card to close itself",
    )
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_preview_shows_at_once_remembers_nothing_and_sends_only_when_asked() {
    let demo = Demo::start(None);
    let client = browser().await;
    // `after-seconds` waits on another route: only the preview shows it here.
    client
        .goto(&demo.url("/fixtures/prompts.html?vox-preview=after-seconds"))
        .await
        .unwrap();
    loaded(&client).await;
    js(
        &client,
        "window.sent = []; document.addEventListener('vox:submit', (e) => sent.push(e.detail));",
    )
    .await;
    wait_shown(&client, "after-seconds").await;
    pick(&client, 9).await;
    wait_rendered(&client, PROMPT, "textarea:not([hidden] *)").await;
    close(&client).await;
    assert_eq!(
        js(&client, "return sent.length;").await,
        json!(0),
        "a preview sends nothing"
    );
    let memory = js(
        &client,
        "return sessionStorage.getItem('vox.prompts') || '';",
    )
    .await;
    assert!(
        !memory
            .as_str()
            .unwrap_or_default()
            .contains("after-seconds"),
        "a preview is not remembered: {memory}"
    );

    // Asked to send, from the API: the answer reaches the collector.
    js(&client, "Vox.preview('on-exit', { send: true });").await;
    wait_shown(&client, "on-exit").await;
    pick(&client, 2).await;
    let rows = demo.collected("prompt", 1).await;
    assert_eq!(rows[0]["answers"]["prompt"], "on-exit");
    assert_eq!(rows[0]["answers"]["score"], 2);

    // A prompt the config does not have: one clear error, nothing shown.
    js(&client, "window.errs = []; const e = console.error; console.error = (...a) => { errs.push(a.join(' ')); e(...a); }; Vox.preview('nope');").await;
    wait_true(
        &client,
        "errs.some((m) => m.includes('Vox.preview: no prompt \"nope\"'))",
        "the error",
    )
    .await;
}
