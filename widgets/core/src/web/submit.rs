//! One path for every widget's submissions: the envelope, the `vox:submit` event, the outbox.

use web_sys::EventTarget;

use super::outbox::{self, Delivery};
use super::{events, page};
use crate::config::Config;
use crate::delivery::Target;
use crate::submission::{Envelope, Payload};

/// Wraps `payload` in an envelope, hands it to `notify` and emits it as `vox:submit` from
/// `from`, and sends it when the config names an endpoint. `None`: there is no endpoint, so
/// the event was the delivery.
pub async fn submit(
    config: &Config,
    locale: &str,
    payload: Payload,
    from: &EventTarget,
    notify: impl FnOnce(&Envelope),
) -> Option<Delivery> {
    let envelope = Envelope::new(
        page::new_id(),
        page::now_iso(),
        locale,
        page::current(),
        payload,
        &config.meta,
    );
    notify(&envelope);
    events::emit(from, "submit", &events::to_js(&envelope.to_json()));
    let target = Target::from_config(config)?;
    Some(outbox::send(&envelope, target).await)
}
