//! `<vox-placeholder>`: what stands in for an iframe the gate keeps blocked. The loader puts one
//! before each such iframe, at its size, and removes it when the iframe may load. It names the
//! service and offers "load this content", which allows that one service and nothing else.

use leptos::prelude::*;
use vox_core::web::gate;
use vox_core::web::mount::WidgetContext;

/// The placeholder. The loader sets `service` (the iframe's `data-vox-service`, or the host it
/// loads from) and `label` (the iframe's title) on the element.
#[component]
pub(crate) fn Placeholder(ctx: WidgetContext) -> impl IntoView {
    let attr = |name| ctx.host().get_attribute(name).unwrap_or_default();
    let (service, label) = (attr("service"), attr("label"));
    // A configured service is shown by its name; an unknown one by the host it loads from.
    let mut configured = ctx
        .config
        .consent
        .categories
        .iter()
        .flat_map(|c| &c.services);
    let name = configured
        .find(|s| s.id == service)
        .map_or(service.as_str(), |s| s.name.as_str());
    let says = ctx
        .catalog
        .t_args("consent-placeholder", &[("service", name.into())]);
    let load = ctx.catalog.t("consent-placeholder-load");
    // What the visitor was shown, for the record of this grant.
    let shown = format!("{says}\n{load}\n");
    view! {
        <div
            class="placeholder"
            part="placeholder"
            role="group"
            aria-label=(!label.is_empty()).then_some(label)
        >
            <p>{says}</p>
            <button
                type="button"
                class="choice"
                part="button"
                on:click=move |_| gate::allow_service(&service, &shown)
            >
                {load}
            </button>
        </div>
    }
}
