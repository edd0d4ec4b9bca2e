//! axe-core finds no violations in the feedback form, in several scripts, light and dark,
//! inline and as a dialog, and with its error state shown.

use vox_e2e::*;

const HOST: &str = "vox-feedback";

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
            wait_rendered(&client, HOST, "form").await;
            js(&client, &format!("Vox.init({{ theme: '{theme}' }});")).await;
            wait_true(
                &client,
                &format!("{}?.dataset.theme === '{theme}'", inner(HOST, ".vox")),
                "the theme to apply",
            )
            .await;
            assert_accessible(&client, HOST, &format!("{lang} {theme}")).await;
            // And with validation errors on screen.
            click(&client, HOST, "button.primary").await;
            wait_rendered(&client, HOST, ".error").await;
            assert_accessible(&client, HOST, &format!("{lang} {theme} with errors")).await;
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
        wait_rendered(&client, HOST, ".launcher").await;
        js(&client, "Vox.open('feedback');").await;
        // Colours are only final once the fade-in has finished; axe measures what is on screen.
        let settled = format!(
            "({0}?.open ?? false) && {0}.getAnimations().length === 0",
            inner(HOST, "dialog")
        );
        wait_true(
            &client,
            &settled,
            "the dialog to open and finish its fade-in",
        )
        .await;
        assert_accessible(&client, HOST, &format!("dialog {lang}")).await;
    }
    client.close().await.unwrap();
}
