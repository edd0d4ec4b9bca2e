//! What the visitor was shown, for the consent record's `text_hash`: every text of the banner
//! in its locale, joined. The record is posted with its SHA-256 (`vox_core::web::digest`).

use vox_core::web::mount::WidgetContext;

/// Messages of the first layer and the preferences, in display order.
const SHOWN: &[&str] = &[
    "consent-title",
    "consent-body",
    "consent-body-opt-out",
    "consent-body-notice",
    "consent-accept-all",
    "consent-reject-all",
    "consent-opt-out",
    "consent-customize",
    "consent-preferences-intro",
    "consent-category-necessary-description",
    "consent-category-functional-description",
    "consent-category-analytics-description",
    "consent-category-marketing-description",
];

pub fn shown_texts(ctx: &WidgetContext) -> String {
    let mut text: String = SHOWN.iter().map(|id| ctx.catalog.t(id) + "\n").collect();
    for c in &ctx.config.consent.categories {
        text.extend(
            c.label
                .iter()
                .chain(&c.description)
                .map(|s| s.clone() + "\n"),
        );
    }
    text
}
