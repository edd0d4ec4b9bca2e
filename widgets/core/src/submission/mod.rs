//! What a widget sends: one JSON envelope per submission, documented in
//! `schema/submission.schema.json` (generated from these types).

mod answers;
mod band;
mod envelope;
mod form_encoding;
mod uuid;

pub use answers::{
    ConsentAnswers, FeedbackAnswers, Payload, PromptAnswers, SearchAnswers, SearchEvent, Stage,
};
pub use band::Band;
pub use envelope::{Envelope, Page, SCHEMA_VERSION};
pub use form_encoding::form_encode;
pub use uuid::uuid_v4;
