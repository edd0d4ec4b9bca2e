//! The prompt's state and what the visitor can do with it, shared by its views and its
//! handler.

use vox_core::submission::Band;

/// Where the prompt is in its short life.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Step {
    /// The question and its scale.
    Scale,
    /// The open question for the band of the score given.
    FollowUp(Band),
    Thanks,
}

/// What the visitor can do: every control hands one of these to the prompt.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Action {
    /// A score picked (by pointer, Enter or Space; arrow keys only move).
    Pick(u8),
    /// No follow-up answer.
    Skip,
    /// The follow-up answer as typed.
    Send,
    /// The close button or `Esc`.
    Close,
}
