//! The record of a consent decision, posted like any submission: proof of what the visitor
//! chose and was shown. Whichever gate stored the decision (the loader's or the Rust one), this
//! deletes the cookies of refused categories (`autoClear`) and posts the record.

use crate::config::Config;
use crate::json::Json;
use crate::submission::{ConsentAnswers, Payload};
use crate::web::{cookies, digest, mount, submit};

/// `detail` is the `vox:consent` event's detail, plus `texts`: what the banner said, which the
/// record carries as a SHA-256 hash.
pub fn post(config: Config, detail: &Json) {
    let Some(mut answers) = ConsentAnswers::from_detail(detail) else {
        return;
    };
    cookies::clear_refused(&config.consent.categories, &answers.categories);
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let locale = mount::negotiated_locale(&config);
    let texts = detail.get("texts").as_str().map(String::from);
    wasm_bindgen_futures::spawn_local(async move {
        if let Some(texts) = texts {
            answers.text_hash = digest::sha256_hex(&texts).await;
        }
        submit::submit(
            &config,
            locale,
            Payload::Consent(answers),
            &document,
            |_| (),
        )
        .await;
    });
}
