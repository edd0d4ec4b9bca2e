//! The banner's two layers as views: the first layer (what the shop does, accept / refuse /
//! customize as equal buttons) and the preferences (a switch per category, its services).
//! Every button is an [`Action`] handed to one callback; the component decides what it does.

use std::sync::Arc;

use leptos::prelude::*;
use vox_core::config::{Category, ConsentMode, Service};
use vox_core::locale::Catalog;
use vox_core::web::markup::Markup;
use vox_core::web::mount::WidgetContext;

use crate::choices::Choices;
use crate::Action;

pub const TITLE_ID: &str = "vox-consent-title";

/// Which layer the banner shows.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Layer {
    First,
    Preferences,
}

/// What both layers need, fixed at mount.
#[derive(Clone)]
pub struct Layers {
    pub ctx: WidgetContext,
    pub mode: ConsentMode,
    pub gpc: bool,
    pub choices: Choices,
    /// What a button does: the component's one handler.
    pub act: Arc<dyn Fn(Action) + Send + Sync>,
}

impl Layers {
    fn t(&self, id: &str) -> String {
        self.ctx.catalog.t(id)
    }

    /// Equal buttons: the same element and class for accepting and refusing (EDPB 2023). Each
    /// has the part `button` for theming and one naming its action (`accept-all`…).
    fn buttons(&self, buttons: &[(&str, Action)]) -> impl IntoView {
        let buttons: Vec<_> = buttons
            .iter()
            .map(|&(message, action)| {
                let act = self.act.clone();
                view! {
                    <button
                        type="button"
                        class="choice"
                        part=action.part()
                        on:click=move |_| act(action)
                    >
                        {self.t(message)}
                    </button>
                }
            })
            .collect();
        view! { <div class="actions" part="actions">{buttons}</div> }
    }

    /// Global Privacy Control is honoured, and the visitor is told so (in both layers).
    fn gpc_notice(&self) -> impl IntoView {
        self.gpc
            .then(|| view! { <p class="gpc" part="gpc">{self.t("consent-gpc")}</p> })
    }

    /// What the shop does, its policy, and accept / refuse / customize (notice mode: OK only).
    pub fn first(&self) -> impl IntoView {
        let body = self.t(match self.mode {
            ConsentMode::OptIn => "consent-body",
            ConsentMode::OptOut => "consent-body-opt-out",
            ConsentMode::Notice => "consent-body-notice",
        });
        let policy = self.ctx.config.consent.policy_url.clone().map(|href| {
            view! { " " <a href=href part="policy">{self.t("consent-policy")}</a> }
        });
        let buttons = match self.mode {
            ConsentMode::Notice => vec![("consent-ok", Action::Acknowledge)],
            ConsentMode::OptIn => vec![
                ("consent-accept-all", Action::AcceptAll),
                ("consent-reject-all", Action::RejectAll),
                ("consent-customize", Action::Customize),
            ],
            ConsentMode::OptOut => vec![
                ("consent-accept-all", Action::AcceptAll),
                ("consent-opt-out", Action::RejectAll),
                ("consent-customize", Action::Customize),
            ],
        };
        view! {
            <p class="body" part="body">{body}{policy}</p>
            {self.gpc_notice()}
            {self.buttons(&buttons)}
        }
    }

    /// Every category with its description, switch and services; then save / accept / reject.
    pub fn preferences(&self) -> impl IntoView {
        let catalog = &self.ctx.catalog;
        let categories: Vec<_> = self
            .ctx
            .config
            .consent
            .categories
            .iter()
            .filter_map(|c| Some(category(c, catalog, self.choices.switch(&c.id)?)))
            .collect();
        view! {
            <p class="body">{self.t("consent-preferences-intro")}</p>
            {self.gpc_notice()}
            <ul class="categories" role="list">
                <li class="category" part="category">
                    <div class="category-head">
                        <h3>{self.t("consent-category-necessary")}</h3>
                        <span class="always-on">{self.t("consent-always-on")}</span>
                    </div>
                    <p class="muted">{self.t("consent-category-necessary-description")}</p>
                </li>
                {categories}
            </ul>
            {self.buttons(
                &[
                    ("consent-save", Action::Save),
                    ("consent-accept-all", Action::AcceptAll),
                    ("consent-reject-all", Action::RejectAll),
                ],
            )}
        }
    }
}

/// One category: built-in ones are translated, site-defined ones show the site's own text.
/// The switch is a native checkbox (`role=switch`) named by the category's id.
fn category(c: &Category, catalog: &Catalog, on: RwSignal<bool>) -> impl IntoView {
    let id = &c.id;
    let label = c
        .label
        .clone()
        .unwrap_or_else(|| catalog.t(&format!("consent-category-{id}")));
    let description = c
        .description
        .clone()
        .unwrap_or_else(|| catalog.t(&format!("consent-category-{id}-description")));
    let heading = format!("vox-cat-{id}");
    let desc = format!("vox-cat-{id}-desc");
    // Fixed text: written as escaped markup, under a tenth of the wasm of the same view.
    let services = (!c.services.is_empty()).then(|| {
        view! { <details class="services" inner_html=services(&c.services, catalog)></details> }
    });
    view! {
        <li class="category" part="category">
            <div class="category-head">
                <h3 id=heading.clone()>{label}</h3>
                <input
                    type="checkbox"
                    role="switch"
                    class="switch"
                    part="switch"
                    name=id.clone()
                    aria-labelledby=heading
                    aria-describedby=desc.clone()
                    prop:checked=on
                    on:change=move |ev| on.set(event_target_checked(&ev))
                />
            </div>
            <p class="muted" id=desc>{description}</p>
            {services}
        </li>
    }
}

/// The count of services, then each: its name, purpose, provider, cookies and privacy policy.
fn services(list: &[Service], catalog: &Catalog) -> String {
    let count = catalog.t_args("consent-services", &[("count", list.len().into())]);
    let mut m = Markup::new();
    m.element("summary", &[], &count)
        .open("ul", &[("role", "list")]);
    for s in list {
        let mut facts = Vec::new();
        facts.extend(s.purpose.clone());
        if let Some(provider) = &s.provider {
            facts.push(catalog.t_args(
                "consent-service-provider",
                &[("provider", provider.as_str().into())],
            ));
        }
        if !s.cookies.is_empty() {
            let cookies = s.cookies.join(", ");
            facts.push(catalog.t_args(
                "consent-service-cookies",
                &[("cookies", cookies.as_str().into())],
            ));
        }
        m.open("li", &[])
            .element("strong", &[], &s.name)
            .text(" ")
            .text(&facts.join(" · "));
        if let Some(href) = &s.privacy_url {
            let text = catalog.t_args(
                "consent-service-privacy",
                &[("service", s.name.as_str().into())],
            );
            m.text(" ").element("a", &[("href", href)], &text);
        }
        m.close("li");
    }
    m.close("ul");
    m.finish()
}
