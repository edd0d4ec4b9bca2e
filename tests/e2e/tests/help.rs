//! Help-center search in a real browser, over the demo help center's index: typing with a typo
//! and picking by keyboard, what a snippet marks, "Did you mean", Chinese, the dialog's
//! shortcut, "Contact us" into the feedback form and on to the collector, analytics only after
//! consent, and axe-core in en, ar and ja.

use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use serde_json::{json, Value};
use vox_e2e::*;

const HOST: &str = "vox-help";
const MODAL: &str = "vox-help[modal]";

/// The help page in `lang`, its search box focused.
async fn help_page(client: &fantoccini::Client, demo: &Demo, lang: &str) {
    client
        .goto(&demo.url(&format!("/help.html?lang={lang}")))
        .await
        .unwrap();
    loaded(client).await;
    wait_rendered(client, HOST, "input[role=combobox]").await;
    js(client, &format!("{}.focus();", inner(HOST, "input"))).await;
}

/// The titles of the listed options, once there are some.
async fn titles(client: &fantoccini::Client, host: &str) -> Vec<String> {
    let script = format!(
        "const l = {}; return l && !l.hidden ? [...l.querySelectorAll('[role=option] .title')].map(t => t.textContent) : [];",
        inner(host, "[role=listbox]")
    );
    wait_for("search results", WAIT, || async {
        let list = js(client, &script).await;
        let titles: Vec<String> = list
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(Value::as_str)
                    .map(String::from)
                    .collect()
            })
            .unwrap_or_default();
        (!titles.is_empty()).then_some(titles)
    })
    .await
}

/// Waits until the dialog in `host`'s shadow root is open (or closed).
async fn wait_dialog(client: &fantoccini::Client, host: &str, open: bool, what: &str) {
    let expr = format!("{}?.open === {open}", inner(host, "dialog"));
    wait_true(client, &expr, what).await;
}

/// Presses `key` while holding `modifier`, as a shortcut is pressed.
async fn chord(client: &fantoccini::Client, modifier: Key, key: char) {
    let actions = KeyActions::new("keyboard".into())
        .then(KeyAction::Down {
            value: modifier.into(),
        })
        .then(KeyAction::Down { value: key })
        .then(KeyAction::Up { value: key })
        .then(KeyAction::Up {
            value: modifier.into(),
        });
    client.perform_actions(actions).await.expect("key actions");
}

/// Waits until typing paused long enough for the count to be announced, and returns it.
async fn announced(client: &fantoccini::Client, host: &str) -> String {
    wait_text(
        client,
        host,
        "[role=status]",
        "the result count announcement",
    )
    .await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_typo_finds_the_article_and_the_keyboard_opens_it() {
    let demo = Demo::start(None);
    let client = browser().await;
    help_page(&client, &demo, "en").await;

    type_text(&client, "custms dutie").await;
    let found = titles(&client, HOST).await;
    assert!(found[0].to_lowercase().contains("customs"), "{found:?}");
    assert_eq!(
        js(
            &client,
            &format!(
                "return {}.getAttribute('aria-expanded');",
                inner(HOST, "input")
            )
        )
        .await,
        "true"
    );
    assert!(announced(&client, HOST).await.contains("found"));

    // Arrow keys move the active option while focus stays in the box; Enter opens it.
    press(&client, &[Key::Down.into()]).await;
    let active = format!(
        "{}.getAttribute('aria-activedescendant')",
        inner(HOST, "input")
    );
    assert_eq!(
        js(&client, &format!("return {active};")).await,
        "vox-help-opt-0"
    );
    assert_eq!(
        js(
            &client,
            &format!(
                "return {}.getAttribute('aria-selected');",
                inner(HOST, "#vox-help-opt-0")
            )
        )
        .await,
        "true"
    );
    assert!(focused(&client).await.starts_with("input#vox-help-q"));
    press(&client, &[Key::Enter.into()]).await;
    let title = wait_text(&client, HOST, "article h2", "the article shown in place").await;
    assert_eq!(title, found[0]);
    wait_true(
        &client,
        &format!(
            "{} === document.querySelector('{HOST}').shadowRoot.activeElement",
            inner(HOST, "article h2")
        ),
        "focus on the article's title",
    )
    .await;
    assert!(!text(&client, HOST, "article .body").await.is_empty());

    // Esc goes back to the results, focus back in the box.
    press(&client, &[Key::Escape.into()]).await;
    wait_true(
        &client,
        &format!("!{}", inner(HOST, "article:not([hidden])")),
        "back to the results",
    )
    .await;
    assert!(focused(&client).await.starts_with("input#vox-help-q"));

    // A question's snippet marks the words that ranked the article: not "included", "IOSS" and
    // "in", which the question's "I" begins.
    fill(
        &client,
        HOST,
        "input[role=combobox]",
        "how do I pay import fees?",
    )
    .await;
    let marks = format!(
        "[...({}?.querySelectorAll('mark') ?? [])].map(m => m.textContent).join(' ')",
        inner(HOST, "#vox-help-opt-0 .snippet")
    );
    wait_true(
        &client,
        &format!("{marks} === 'import fees pay'"),
        "the question's own words marked in the first snippet",
    )
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_chinese_query_finds_a_chinese_article_labelled_in_chinese_and_a_pinned_answer_leads() {
    let demo = Demo::start(None);
    let client = browser().await;
    help_page(&client, &demo, "zh-CN").await;
    type_text(&client, "退货").await;
    let found = titles(&client, HOST).await;
    assert!(found.iter().any(|t| t.contains("退货")), "{found:?}");
    // Categories show under their zh-CN labels (demo/help/categories.json), not their ids.
    let chip = text(&client, HOST, "#vox-help-opt-0 .category").await;
    assert!(
        ["账户", "订单", "支付", "隐私", "商品", "退货", "配送"].contains(&chip.as_str()),
        "{chip:?}"
    );

    help_page(&client, &demo, "en").await;
    type_text(&client, "talk to a human").await;
    wait_true(
        &client,
        &format!(
            "{}?.textContent === 'How can I contact customer support?'",
            inner(HOST, "#vox-help-opt-0 .title")
        ),
        "the pinned answer first",
    )
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_shortcut_opens_the_dialog_and_escape_gives_focus_back() {
    let demo = Demo::start(None);
    let client = browser().await;
    client.goto(&demo.url("/?lang=en")).await.unwrap();
    loaded(&client).await;
    js(
        &client,
        "document.querySelector('a[data-page=\"help.html\"]').focus();",
    )
    .await;
    chord(&client, Key::Control, 'k').await;
    wait_dialog(&client, MODAL, true, "the search dialog").await;
    wait_true(
        &client,
        "document.activeElement?.localName === 'vox-help'",
        "focus in the dialog's search box",
    )
    .await;
    type_text(&client, "warranty").await;
    assert!(titles(&client, MODAL).await[0]
        .to_lowercase()
        .contains("warranty"));
    press(&client, &[Key::Escape.into()]).await; // closes the list
    press(&client, &[Key::Escape.into()]).await; // closes the dialog
    wait_dialog(&client, MODAL, false, "the dialog to close").await;
    assert_eq!(
        js(&client, "return document.activeElement.dataset.page;").await,
        "help.html",
        "focus back where it was"
    );

    // "/" opens it too, but not while typing in a field.
    js(&client, "document.querySelector('#lang').focus();").await;
    press(&client, &['/']).await;
    assert_eq!(
        js(&client, &format!("return {}.open;", inner(MODAL, "dialog"))).await,
        false
    );
    js(&client, "document.activeElement.blur();").await;
    press(&client, &['/']).await;
    wait_dialog(&client, MODAL, true, "the dialog, by /").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn nothing_found_leads_to_the_feedback_form_with_the_query() {
    let demo = Demo::start(None);
    let client = browser().await;
    help_page(&client, &demo, "en").await;
    let query = "zebra xylophone";
    type_text(&client, "zzqx qqvv").await;
    wait_text(&client, HOST, ".empty", "the nothing-found message").await;
    // A new query replaces the old one.
    js(
        &client,
        &format!(
            "const i = {}; i.value = ''; i.dispatchEvent(new Event('input'));",
            inner(HOST, "input")
        ),
    )
    .await;
    type_text(&client, query).await;
    wait_true(
        &client,
        &format!(
            "{}?.textContent.includes('xylophone')",
            inner(HOST, ".empty")
        ),
        "nothing found for the query",
    )
    .await;
    click(&client, HOST, "[part=contact-button]").await;

    let modal = "vox-feedback:not([data-mode=inline])";
    wait_dialog(&client, modal, true, "the feedback dialog").await;
    wait_true(
        &client,
        &format!("{}?.value === {query:?}", inner(modal, "textarea")),
        "the message prefilled with the query",
    )
    .await;
    click(&client, modal, "input[value=question]").await;
    click(&client, modal, "button.primary").await;
    let rows = demo.collected("feedback", 1).await;
    assert_eq!(rows[0]["answers"]["message"], query);
    assert_eq!(rows[0]["answers"]["category"], "question");
}

/// A query that finds nothing is offered a one-edit correction that finds something, read out
/// with the count; taking it by keyboard searches it, as typed (case and accents kept).
#[tokio::test(flavor = "multi_thread")]
async fn did_you_mean_offers_a_correction_in_english_spanish_and_russian() {
    let demo = Demo::start(None);
    let client = browser().await;
    for (lang, typed, corrected, offer) in [
        ("en", "Sise", "Size", "Did you mean"),
        ("es", "pgao", "pago", "Quizás quisiste decir"),
        ("ru", "Кфое", "Кофе", "Возможно, вы имели в виду"),
    ] {
        help_page(&client, &demo, lang).await;
        type_text(&client, typed).await;
        let offered = wait_text(&client, HOST, "[part=suggestion]", "the suggestion").await;
        assert_eq!(offered, corrected, "{lang}");
        assert!(
            text(&client, HOST, ".suggest").await.starts_with(offer),
            "{lang}"
        );
        let said = announced(&client, HOST).await;
        assert!(
            said.contains(offer) && said.ends_with(corrected),
            "{lang}: {said}"
        );
        tab_to(&client, 3, |f| f.starts_with("button")).await;
        press(&client, &[Key::Enter.into()]).await;
        wait_true(
            &client,
            &format!("{}.value === {corrected:?}", inner(HOST, "input")),
            "the correction in the box",
        )
        .await;
        assert!(!titles(&client, HOST).await.is_empty(), "{lang}: results");
        assert!(focused(&client).await.starts_with("input#vox-help-q"));
        wait_true(
            &client,
            &format!("{}.hidden", inner(HOST, ".suggest")),
            "no suggestion once results show",
        )
        .await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn analytics_are_sent_only_once_the_visitor_allows_them() {
    let demo = Demo::start(None);
    let client = browser().await;
    help_page(&client, &demo, "en").await;
    js(&client, "window.helpEvents = []; document.addEventListener('vox:submit', (e) => e.detail.widget === 'help' && helpEvents.push(e.detail));").await;

    type_text(&client, "refund").await;
    titles(&client, HOST).await;
    announced(&client, HOST).await;
    press(&client, &[Key::Down.into(), Key::Enter.into()]).await;
    wait_rendered(&client, HOST, "article:not([hidden]) [part=vote-yes]").await;
    js(
        &client,
        "window.uncaught = []; addEventListener('error', (e) => uncaught.push(e.message));",
    )
    .await;
    click(&client, HOST, "[part=vote-yes]").await;
    wait_rendered(&client, HOST, ".thanks:not([hidden])").await;
    assert_eq!(
        js(&client, "return uncaught;").await,
        json!([]),
        "the vote throws nothing"
    );
    // Everything the widget would send is emitted as vox:submit in the same task as the act
    // that sends it; a macrotask later, none has been.
    let sent = client
        .execute_async(
            "const done = arguments[0]; setTimeout(() => done(helpEvents.length), 0);",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(sent, 0, "nothing before consent");
    assert!(demo.submissions().iter().all(|s| s["widget"] != "help"));

    js(&client, "Vox.consent.set({ analytics: true });").await;
    help_page(&client, &demo, "en").await;
    type_text(&client, "parcel lockr").await;
    titles(&client, HOST).await;
    announced(&client, HOST).await;
    press(&client, &[Key::Down.into(), Key::Enter.into()]).await;
    wait_rendered(&client, HOST, "article:not([hidden]) [part=vote-no]").await;
    click(&client, HOST, "[part=vote-no]").await;
    let rows = demo.collected("help", 3).await;
    let events: Vec<&str> = rows
        .iter()
        .filter_map(|r| r["answers"]["event"].as_str())
        .collect();
    assert_eq!(events, ["query", "click", "helpful"]);
    assert_eq!(rows[0]["answers"]["query"], "parcel lockr");
    assert!(rows[0]["answers"]["results"].as_u64().unwrap() > 0);
    assert_eq!(rows[2]["answers"]["helpful"], false);
    assert!(rows[1]["answers"]["article"].is_string());
    // After a "no", the offer to contact the shop, readable: accent text on the accent colour.
    wait_rendered(
        &client,
        HOST,
        ".after-no:not([hidden]) [part=contact-button]",
    )
    .await;
    let colours = js(
        &client,
        &format!(
            "const s = getComputedStyle({}); return [s.backgroundColor, s.color];",
            inner(HOST, ".vote [part=contact-button]")
        ),
    )
    .await;
    assert_ne!(colours[0], json!("rgba(0, 0, 0, 0)"), "{colours}");
    assert_ne!(colours[0], colours[1], "{colours}");
    // "Contact us" after the "no" is where self-service ended: reported, with the article.
    click(
        &client,
        HOST,
        ".after-no:not([hidden]) [part=contact-button]",
    )
    .await;
    let rows = demo.collected("help", 4).await;
    assert_eq!(rows[3]["answers"]["event"], "contact");
    assert_eq!(rows[3]["answers"]["query"], "parcel lockr");
    assert_eq!(rows[3]["answers"]["article"], rows[2]["answers"]["article"]);
    // The collector's admin lists the query.
    let admin = demo.get("/admin");
    assert!(admin.contains(r#"<h2 id="help">"#) && admin.contains("parcel lockr"));
}

#[tokio::test(flavor = "multi_thread")]
async fn axe_finds_nothing_in_english_arabic_and_japanese() {
    let demo = Demo::start(None);
    let client = browser().await;
    for (lang, query) in [("en", "ship"), ("ar", "الشحن"), ("ja", "返品")] {
        help_page(&client, &demo, lang).await;
        type_text(&client, query).await;
        titles(&client, HOST).await;
        press(&client, &[Key::Down.into()]).await;
        assert_accessible(&client, HOST, &format!("results ({lang})")).await;
        press(&client, &[Key::Enter.into()]).await;
        wait_rendered(&client, HOST, "article").await;
        assert_accessible(&client, HOST, &format!("article ({lang})")).await;
    }
    chord(&client, Key::Control, 'k').await;
    wait_dialog(&client, MODAL, true, "the search dialog").await;
    assert_accessible(&client, MODAL, "dialog (ja)").await;
}
