//! `<vox-placeholder>`: what stands in for an iframe the gate keeps blocked. The loader puts one
//! before each such iframe, at its size, and removes it when the iframe may load. It names the
//! service and offers "load this content", which allows that one service and nothing else.
//! Fixed text with one button: written as markup, no reactive view.

use std::any::Any;

use vox_core::web::gate;
use vox_core::web::markup::Markup;
use vox_core::web::mount::{mount_markup, WidgetContext};
use wasm_bindgen::JsValue;

/// Draws the placeholder. The loader sets `service` (the iframe's `data-vox-service`, or the
/// host it loads from) and `label` (the iframe's title) on the element.
pub fn placeholder(ctx: &WidgetContext) -> Result<Box<dyn Any>, JsValue> {
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
    let shown = format!("{says}\n{load}\n");

    let mut group = vec![
        ("class", "placeholder"),
        ("part", "placeholder"),
        ("role", "group"),
    ];
    if !label.is_empty() {
        group.push(("aria-label", &label));
    }
    let mut m = Markup::new();
    m.open("div", &group).element("p", &[], &says).element(
        "button",
        &[("type", "button"), ("class", "choice"), ("part", "button")],
        &load,
    );
    m.close("div");
    let on_click = move |ev: &web_sys::Event, _: &web_sys::HtmlElement| {
        if crate::target(ev).is_some_and(|t| t.local_name() == "button") {
            gate::allow_service(&service, &shown);
        }
    };
    Ok(mount_markup(ctx, &crate::SPEC, &m.finish(), &["click"], on_click)?.1)
}
