//! The rules of rating prompts, pure and natively tested: where and to whom a prompt may be
//! shown ([`targeting`]), whether this visitor is in its sample ([`sampling`]), and whether
//! asking now would be one time too many ([`memory`], the contact-fatigue budget). Time is
//! always passed in, never read, so tests move the clock.
//!
//! The browser side (triggers, storage, the prompt itself) only gathers facts and asks these.

pub mod memory;
pub mod sampling;
pub mod targeting;

/// Milliseconds in a day, for the day-counted windows of the config.
pub const DAY_MS: f64 = 86_400_000.0;
