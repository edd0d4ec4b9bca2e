//! Turning valid answers into a submission: emitted as `vox:submit`, then handed to the outbox.

use vox_core::submission::{FeedbackAnswers, Payload};
use vox_core::web::mount::WidgetContext;
use vox_core::web::outbox::Delivery;

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
    let payload = Payload::Feedback(answers);
    match ctx.submit(payload).await {
        None | Some(Delivery::Sent) => Status::Sent,
        Some(Delivery::Queued) => Status::Queued,
        Some(Delivery::Refused(_)) => Status::Failed,
    }
}
