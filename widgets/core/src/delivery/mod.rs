//! Delivery policy, kept pure (no browser calls) so it is tested natively with an injected clock
//! and random source. `web::outbox` drives it with `fetch`, timers and `localStorage`.

mod policy;
mod queue;

pub use policy::{backoff_ms, classify, Verdict};
pub use queue::{Pending, Queue, Settled, Target, MAX_PENDING};
