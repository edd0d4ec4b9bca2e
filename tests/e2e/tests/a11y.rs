//! axe-core finds no violations in the feedback form, in several scripts, light and dark,
//! inline and as a dialog, and with its error state shown.

use std::time::Duration;

use serde_json::Value;
use vox_e2e::*;

async fn assert_clean(client: &fantoccini::Client, what: &str) {
    let violations = axe(client, "vox-feedback").await;
    assert!(
        violations.is_empty(),
        "{what}: {}",
        serde_json::to_string_pretty(&violations).unwrap_or_default()
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn inline_form_has_no_violations_in_en_ar_ja_light_and_dark() {
    let demo = Demo::start(None);
    let client = browser().await;
    for lang in ["en", "ar", "ja"] {
        for theme in ["light", "dark"] {
            client
                .goto(&demo.url(&format!("/help.html?lang={lang}")))
                .await
                .unwrap();
            wait_rendered(&client, "vox-feedback", "form").await;
            js(&client, &format!("Vox.init({{ theme: '{theme}' }});")).await;
            let themed = format!(
                "return {}?.dataset.theme === '{theme}';",
                inner("vox-feedback", ".vox")
            );
            wait_for("the theme to apply", Duration::from_secs(20), || async {
                (js(&client, &themed).await == Value::Bool(true)).then_some(())
            })
            .await;
            assert_clean(&client, &format!("{lang} {theme}")).await;
            // And with validation errors on screen.
            js(
                &client,
                &format!("{}.click();", inner("vox-feedback", "button.primary")),
            )
            .await;
            let shown = format!("return !!{};", inner("vox-feedback", ".error"));
            wait_for("errors to show", Duration::from_secs(20), || async {
                (js(&client, &shown).await == Value::Bool(true)).then_some(())
            })
            .await;
            assert_clean(&client, &format!("{lang} {theme} with errors")).await;
        }
    }
    client.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn open_dialog_has_no_violations() {
    let demo = Demo::start(None);
    let client = browser().await;
    for lang in ["en", "ar", "ja"] {
        client
            .goto(&demo.url(&format!("/?lang={lang}")))
            .await
            .unwrap();
        wait_rendered(&client, "vox-feedback", ".launcher").await;
        js(&client, "Vox.open('feedback');").await;
        let open = format!("return {}?.open === true;", inner("vox-feedback", "dialog"));
        wait_for("the dialog to open", Duration::from_secs(20), || async {
            (js(&client, &open).await == Value::Bool(true)).then_some(())
        })
        .await;
        assert_clean(&client, &format!("dialog {lang}")).await;
    }
    client.close().await.unwrap();
}
