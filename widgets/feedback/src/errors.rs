//! The fields currently shown as invalid: all set when a send fails, each cleared as soon as the
//! visitor edits that field.

use leptos::prelude::*;

use crate::draft::Field;

/// A `Copy` handle the form and its fields share.
#[derive(Clone, Copy)]
pub struct Errors(RwSignal<Vec<Field>>);

impl Default for Errors {
    fn default() -> Self {
        Errors(RwSignal::new(Vec::new()))
    }
}

impl Errors {
    /// Whether `field` is invalid (tracked: re-runs the caller when it changes).
    pub fn has(self, field: Field) -> bool {
        self.0.with(|e| e.contains(&field))
    }

    /// How many fields are invalid (tracked).
    pub fn count(self) -> usize {
        self.0.with(Vec::len)
    }

    /// Shows these problems, in form order.
    pub fn show(self, fields: Vec<Field>) {
        self.0.set(fields);
    }

    /// The visitor is fixing `field`: stop marking it.
    pub fn clear(self, field: Field) {
        self.0.update(|e| e.retain(|f| *f != field));
    }

    pub fn clear_all(self) {
        self.0.set(Vec::new());
    }
}

/// The id of the element explaining `field`'s problem, for `aria-describedby`.
pub fn error_element_id(field: Field) -> &'static str {
    match field {
        Field::Category => "vox-category-error",
        Field::Message => "vox-message-error",
        Field::Email => "vox-email-error",
    }
}
