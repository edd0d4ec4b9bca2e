//! The hostile-input suite: every string in `corpus/xss.txt` placed in every free-text config
//! field, in every message of a locale's files, and typed as a help search query; bad URLs in
//! every URL field. Runs on a fixture page that allows inline script, so a string that became
//! markup would really run. Each page must end with nothing run (`__pwned` never called), no
//! event-handler attribute, `javascript:` link or script-like element anywhere in the page or a
//! widget's shadow root, the host page's own button still working, and for each refused input,
//! one console error that names it.

use serde_json::{json, Value};
use vox_e2e::*;

/// The corpus, its `\n`, `\t` and `\u{…}` escapes unescaped.
fn corpus() -> Vec<String> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/xss.txt");
    let text = std::fs::read_to_string(path).expect("the corpus");
    text.lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(unescape)
        .collect()
}

fn unescape(line: &str) -> String {
    let mut out = String::new();
    let mut rest = line;
    while let Some(i) = rest.find('\\') {
        out.push_str(&rest[..i]);
        let tail = &rest[i + 1..];
        if let Some(t) = tail.strip_prefix('n') {
            out.push('\n');
            rest = t;
        } else if let Some(t) = tail.strip_prefix('t') {
            out.push('\t');
            rest = t;
        } else if let Some((hex, t)) = tail.strip_prefix("u{").and_then(|t| t.split_once('}')) {
            out.extend(u32::from_str_radix(hex, 16).ok().and_then(char::from_u32));
            rest = t;
        } else {
            out.push('\\');
            rest = tail;
        }
    }
    out + rest
}

/// Everything wrong on the page now: whether a hostile string ran, and each node a string
/// turned into markup (in the document and in every open shadow root).
const INSPECT: &str = r#"
const problems = [];
const scriptish = ['script', 'iframe', 'object', 'embed', 'style', 'base', 'meta', 'template'];
const visit = (root, inShadow) => {
  for (const el of root.querySelectorAll('*')) {
    for (const a of el.attributes) {
      const v = a.value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
      if (a.name.startsWith('on')) problems.push(`${el.localName}[${a.name}]`);
      if (/^(href|src|action|formaction|xlink:href|data|srcdoc)$/.test(a.name) && /^(javascript|data:text\/html|vbscript)/.test(v))
        problems.push(`${el.localName}[${a.name}=${a.value}]`);
    }
    if (inShadow && scriptish.includes(el.localName)) problems.push(`<${el.localName}> in a shadow root`);
    if (el.shadowRoot) visit(el.shadowRoot, true);
  }
};
visit(document, false);
return { pwned: window.__pwnedCount, problems, path: location.pathname };
"#;

async fn assert_clean(client: &fantoccini::Client, what: &str) {
    let found = js(client, INSPECT).await;
    assert_eq!(found["pwned"], json!(0), "{what}: a hostile string ran");
    assert_eq!(found["problems"], json!([]), "{what}: markup injected");
    assert_eq!(
        found["path"],
        json!("/fixtures/hostile.html"),
        "{what}: navigated away"
    );
    // The host page's own script still answers.
    js(client, "document.getElementById('count').click();").await;
    wait_true(
        client,
        "document.getElementById('count').textContent !== 'Clicked 0 times'",
        &format!("{what}: the host page's button"),
    )
    .await;
}

async fn errors(client: &fantoccini::Client) -> Vec<String> {
    console(client, "Errors").await
}

/// Opens the hostile fixture with `config` as its config block.
async fn open(client: &fantoccini::Client, demo: &Demo, config: &Value) {
    // A fresh start each time: no prompt memory or consent from the page before (a prompt
    // shown once would be held back by its frequency), and a fresh document, which a
    // fragment-only change would not give.
    js(
        client,
        "try { localStorage.clear(); sessionStorage.clear(); } catch (_) {}
         document.cookie = 'vox_consent=; Max-Age=0; Path=/';",
    )
    .await;
    client.goto("about:blank").await.unwrap();
    client.goto(&demo.url(&hostile_page(config))).await.unwrap();
    loaded(client).await;
}

/// Waits until `host` has drawn `selector`, or a console error says why it did not.
async fn rendered_or_refused(
    client: &fantoccini::Client,
    host: &str,
    selector: &str,
    what: &str,
) -> bool {
    let script = format!(
        "return !!{} ? 'drawn' : (window.__consoleErrors.length ? 'refused' : null);",
        inner(host, selector)
    );
    wait_for(
        &format!("{what}: {host} drawn or refused"),
        WAIT,
        || async { js(client, &script).await.as_str().map(|s| s == "drawn") },
    )
    .await
}

#[tokio::test(flavor = "multi_thread")]
async fn hostile_text_in_every_free_text_config_field_stays_text() {
    let demo = Demo::start(None);
    let client = browser().await;
    for (i, p) in corpus().iter().enumerate() {
        // The consent banner's texts, read on a first visit and in the preferences.
        let consent = json!({ "consent": { "enabled": true, "mode": "opt-in", "categories": [
            { "id": "analytics", "label": p, "description": p,
              "services": [{ "id": "svc", "name": p, "purpose": p, "provider": p, "cookies": [p] }] }
        ] } });
        open(&client, &demo, &consent).await;
        let what = format!("consent texts, string {i}: {p:?}");
        if rendered_or_refused(
            &client,
            "vox-consent",
            "[part~=customize]:not([hidden] *)",
            &what,
        )
        .await
        {
            click(&client, "vox-consent", "[part~=customize]:not([hidden] *)").await;
            wait_rendered(&client, "vox-consent", "input[name=analytics]").await;
        } else {
            assert_eq!(errors(&client).await.len(), 1, "{what}: one clear error");
        }
        assert_clean(&client, &what).await;

        // The prompt's brand and the feedback form's topics, with no banner in the way.
        let widgets = json!({
            "prompts": [{ "id": "hostile", "kind": "nps", "brand": p, "display": "inline" }],
            "feedback": { "categories": ["bug", p] },
            "help": { "category": p },
        });
        open(&client, &demo, &widgets).await;
        let what = format!("prompt and feedback texts, string {i}: {p:?}");
        if rendered_or_refused(&client, "vox-prompt", ".prompt", &what).await {
            rendered_or_refused(&client, "vox-feedback", "textarea", &what).await;
        }
        let refused = errors(&client).await;
        assert!(refused.len() <= 3, "{what}: {refused:?}");
        assert_clean(&client, &what).await;
    }
}

/// A config with one URL field set to the given URL.
type ConfigWith = fn(&str) -> Value;

#[tokio::test(flavor = "multi_thread")]
async fn every_url_field_refuses_what_is_not_http_or_a_site_path_with_one_error() {
    let demo = Demo::start(None);
    let client = browser().await;
    let urls = [
        "javascript:__pwned()",
        " JaVaScRiPt:__pwned()",
        "data:text/html,<script>parent.__pwned()</script>",
        "/\\evil.example/",
        "//evil.example/",
        "java\tscript:__pwned()",
    ];
    let fields: [(&str, ConfigWith); 6] = [
        ("endpoint", |u| json!({ "endpoint": u })),
        ("localesUrl", |u| json!({ "localesUrl": u })),
        ("help.contact", |u| json!({ "help": { "contact": u } })),
        ("help.index", |u| json!({ "help": { "index": u } })),
        (
            "consent.policyUrl",
            |u| json!({ "consent": { "enabled": true, "policyUrl": u } }),
        ),
        ("consent.categories[0].services[0].privacyUrl", |u| {
            json!({ "consent": { "enabled": true, "categories": [
                { "id": "analytics", "services": [{ "id": "s", "name": "S", "privacyUrl": u }] }
            ] } })
        }),
    ];
    for (i, (field, config)) in fields.iter().enumerate() {
        for url in urls.iter().cycle().skip(i).take(2) {
            open(&client, &demo, &config(url)).await;
            let what = format!("{field} = {url:?}");
            wait_for(&format!("{what}: an error"), WAIT, || async {
                let e = errors(&client).await;
                e.iter().any(|m| m.contains("invalid config")).then_some(())
            })
            .await;
            assert_clean(&client, &what).await;
            // (The fixture's `<vox-prompt prompt="hostile">` names a prompt these configs lack:
            // that is another error, about the page.)
            let e: Vec<String> = errors(&client)
                .await
                .into_iter()
                .filter(|m| m.contains("invalid config"))
                .collect();
            assert_eq!(e.len(), 1, "{what}: one clear error, {e:?}");
            assert!(
                e[0].contains(&format!("\"{field}\"")) && e[0].contains("http(s) URL"),
                "{what}: {e:?}"
            );
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn hostile_message_files_show_as_text_and_a_reference_bomb_falls_back_to_english() {
    let demo = Demo::start(None);
    let client = browser().await;
    let config = json!({
        "locale": "de",
        "localesUrl": "/site/fixtures/hostile-locales/",
        "consent": { "enabled": true, "mode": "opt-in" },
        "prompts": [{ "id": "hostile", "kind": "nps", "brand": "Lumen", "display": "inline" }],
    });
    open(&client, &demo, &config).await;
    wait_rendered(&client, "vox-consent", "[part~=customize]:not([hidden] *)").await;
    wait_rendered(&client, "vox-feedback", "textarea").await;
    click(&client, "vox-consent", "[part~=customize]:not([hidden] *)").await;
    wait_rendered(&client, "vox-consent", "input[part~=switch]").await;
    assert_clean(&client, "hostile .ftl files").await;
    // The intro is a 10^10-character reference bomb: English, with a warning naming it.
    assert_eq!(
        text(&client, "vox-feedback", ".intro").await,
        "Tell us what works and what doesn't. We read every message."
    );
    let warnings = console(&client, "Warnings").await;
    assert!(
        warnings.iter().any(|w| w.contains("feedback-intro")),
        "{warnings:?}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn hostile_queries_and_the_snippets_they_mark_stay_text() {
    let demo = Demo::start(None);
    let client = browser().await;
    open(
        &client,
        &demo,
        &json!({ "help": { "index": "/indexes/help/" } }),
    )
    .await;
    wait_rendered(&client, "vox-help", "input[role=combobox]").await;
    // The demo's own help index, searched with every hostile string and with hostile strings
    // around words it has, so that snippets mark matches next to them.
    for p in corpus() {
        for query in [p.clone(), format!("{p} coffee"), format!("return {p}")] {
            fill(&client, "vox-help", "input[role=combobox]", &query).await;
            let root = "document.querySelector('vox-help')?.shadowRoot";
            wait_true(
                &client,
                &format!(
                    "!!({root}?.querySelector('[role=option]') || {root}?.querySelector('.empty'))"
                ),
                &format!("results or nothing found for {query:?}"),
            )
            .await;
            assert_clean(&client, &format!("query {query:?}")).await;
        }
    }
}

/// The hostile articles' index (`cargo xtask demo` and `cargo xtask test` build it from
/// `corpus/articles`, every field a string of the corpus), as the demo serves it.
const ARTICLES: &str = "/indexes/hostile/";

#[tokio::test(flavor = "multi_thread")]
async fn hostile_article_titles_summaries_bodies_and_category_labels_stay_text() {
    let demo = Demo::start(None);
    let client = browser().await;
    open(&client, &demo, &json!({ "help": { "index": ARTICLES } })).await;
    wait_rendered(&client, "vox-help", "input[role=combobox]").await;
    let options = format!(
        "({}?.querySelectorAll('[role=option]').length ?? 0)",
        inner("vox-help", "[role=listbox]")
    );
    for query in ["kettle", "descale kettle", "kettl"] {
        fill(&client, "vox-help", "input[role=combobox]", query).await;
        wait_true(&client, &format!("{options} >= 8"), "results").await;
        assert_clean(&client, &format!("results for {query:?}")).await;
    }
    // Each result opened in place: its body, rendered from Markdown, and its link.
    let count = js(&client, &format!("return {options};")).await;
    for i in 0..count.as_u64().unwrap_or(0) {
        fill(&client, "vox-help", "input[role=combobox]", "kettle").await;
        wait_true(&client, &format!("{options} >= 8"), "results").await;
        js(
            &client,
            &format!(
                "{}.querySelectorAll('[role=option]')[{i}].click();",
                inner("vox-help", "[role=listbox]")
            ),
        )
        .await;
        wait_rendered(&client, "vox-help", "article").await;
        assert_clean(&client, &format!("article {i}")).await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn an_index_whose_article_url_could_run_script_is_refused_with_one_error() {
    // The hostile index, with one article's url turned into a `javascript:` URL of the same
    // length, written in place so that every other byte of the file stays valid.
    let built = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/demo/hostile");
    let dir = std::env::temp_dir().join(format!("vox-e2e-index-{}", std::process::id()));
    let copy = dir.join("hostile");
    copy_dir(&built, &copy);
    let (from, to) = (b"/help/hostile/0", b"javascript:x();");
    let mut patched = 0;
    for entry in std::fs::read_dir(copy.join("en")).unwrap() {
        let path = entry.unwrap().path();
        let mut bytes = std::fs::read(&path).unwrap();
        if let Some(at) = bytes.windows(from.len()).position(|w| w == from) {
            bytes[at..at + to.len()].copy_from_slice(to);
            std::fs::write(&path, bytes).unwrap();
            patched += 1;
        }
    }
    assert_eq!(patched, 1, "one article chunk holds the url");

    let demo = Demo::start_serving_indexes(&dir);
    let client = browser().await;
    open(&client, &demo, &json!({ "help": { "index": ARTICLES } })).await;
    wait_rendered(&client, "vox-help", "input[role=combobox]").await;
    // "script" is in the first article's title: the chunk that holds it is downloaded.
    fill(&client, "vox-help", "input[role=combobox]", "script").await;
    wait_for("the index refused", WAIT, || async {
        let e = errors(&client).await;
        e.iter()
            .any(|m| m.contains("help search index"))
            .then_some(())
    })
    .await;
    assert_clean(&client, "a refused index").await;
    // Refused for the page's life: another query and Vox.search fail at once, without a second
    // error in the console.
    fill(&client, "vox-help", "input[role=combobox]", "descale").await;
    let search = client
        .execute_async(
            "const done = arguments[0]; Vox.search('script').then(() => done('found'), (e) => done(String(e)));",
            vec![],
        )
        .await
        .unwrap();
    assert_ne!(search, json!("found"));
    let e: Vec<String> = errors(&client)
        .await
        .into_iter()
        .filter(|m| m.contains("help search index"))
        .collect();
    assert_eq!(e.len(), 1, "one clear error: {e:?}");
    let _ = std::fs::remove_dir_all(&dir);
}

fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).expect("the hostile index (cargo xtask test builds it)") {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_typo_in_one_section_switches_off_only_its_own_widget() {
    let demo = Demo::start(None);
    let client = browser().await;
    // A prompt's kind mistyped: the banner, which the law requires, and the form stay.
    let config = json!({
        "consent": { "enabled": true, "mode": "opt-in" },
        "prompts": [{ "id": "hostile", "kind": "nsp", "brand": "Lumen", "display": "inline" }],
    });
    open(&client, &demo, &config).await;
    wait_rendered(&client, "vox-consent", "[part~=reject-all]:not([hidden] *)").await;
    wait_rendered(&client, "vox-feedback", "textarea").await;
    let e = wait_for("the prompt's error", WAIT, || async {
        let e = errors(&client).await;
        (!e.is_empty()).then_some(e)
    })
    .await;
    assert_eq!(e.len(), 1, "{e:?}");
    assert!(e[0].contains("\"prompts[0].kind\""), "{e:?}");
    assert_eq!(
        js(
            &client,
            "return !!document.querySelector('vox-prompt').shadowRoot?.querySelector('.prompt');"
        )
        .await,
        json!(false)
    );
    assert_clean(&client, "a typo in a prompt").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn text_overrides_show_as_written_and_stay_text_and_a_wrong_id_is_named() {
    let demo = Demo::start(None);
    let client = browser().await;
    let config = json!({
        "consent": { "enabled": true, "mode": "opt-in" },
        "texts": { "en": {
            "consent-title": "Cookies at Lumen <img src=x onerror=__pwned()>",
            "consent-titel": "A typo",
        } },
    });
    open(&client, &demo, &config).await;
    let title = wait_text(&client, "vox-consent", "h2", "the banner's title").await;
    assert_eq!(title, "Cookies at Lumen <img src=x onerror=__pwned()>");
    let e = wait_for("the wrong id's error", WAIT, || async {
        let e = errors(&client).await;
        e.iter()
            .any(|m| m.contains("texts.en.consent-titel"))
            .then_some(e)
    })
    .await;
    assert_eq!(
        e.iter().filter(|m| m.contains("consent-titel")).count(),
        1,
        "{e:?}"
    );
    assert_clean(&client, "text overrides").await;
}
