//! Turning valid answers into a submission: emitted as `vox:submit`, then handed to the outbox.

use vox_core::delivery::Target;
use vox_core::submission::{Envelope, FeedbackAnswers, Payload};
use vox_core::web::mount::WidgetContext;
use vox_core::web::outbox::{self, Delivery};
use vox_core::web::{events, page};

/// Where the form is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Editing,
    Sending,
    Sent,
    /// Saved in the outbox; will go out when the network is back.
    Queued,
    /// The endpoint refused it; the visitor can try again.
    Failed,
}

/// Sends the answers; without an endpoint the `vox:submit` event is the delivery.
pub async fn submit(ctx: &WidgetContext, answers: FeedbackAnswers) -> Status {
    let envelope = Envelope::new(
        page::new_id(),
        page::now_iso(),
        ctx.locale,
        page::current(),
        Payload::Feedback(answers),
        &ctx.config.meta,
    );
    ctx.emit("submit", &events::to_js(&envelope.to_json()));
    let Some(target) = Target::from_config(&ctx.config) else {
        return Status::Sent;
    };
    match outbox::send(&envelope, target).await {
        Delivery::Sent => Status::Sent,
        Delivery::Queued => Status::Queued,
        Delivery::Refused(_) => Status::Failed,
    }
}
