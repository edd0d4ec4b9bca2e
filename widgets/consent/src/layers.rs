//! The banner's two views as markup (see `vox_core::web::markup` for why): the first layer and
//! the preferences. Buttons carry `data-action`, switches `data-category`; the component
//! listens once on the banner.

use vox_core::config::{Category, ConsentMode};
use vox_core::locale::Catalog;
use vox_core::web::markup::Markup;
use vox_core::web::mount::WidgetContext;

use crate::choices::Choices;

pub const TITLE_ID: &str = "vox-consent-title";

/// What both views need, fixed at mount.
#[derive(Clone)]
pub struct Layers {
    pub ctx: WidgetContext,
    pub mode: ConsentMode,
    pub gpc: bool,
}

impl Layers {
    fn t(&self, id: &str) -> String {
        self.ctx.catalog.t(id)
    }

    fn title(&self, m: &mut Markup, id: &str) {
        m.element(
            "h2",
            &[("id", TITLE_ID), ("part", "title"), ("tabindex", "-1")],
            &self.t(id),
        );
    }

    /// Equal buttons: same element, class and part for accepting and refusing (EDPB 2023).
    fn buttons(&self, m: &mut Markup, buttons: &[(&str, &str)]) {
        m.open("div", &[("class", "actions"), ("part", "actions")]);
        for (message, action) in buttons {
            let attrs = [
                ("type", "button"),
                ("class", "choice"),
                ("part", "button"),
                ("data-action", action),
            ];
            m.element("button", &attrs, &self.t(message));
        }
        m.close("div");
    }

    /// Global Privacy Control is honoured, and the visitor is told so (in both views).
    fn gpc_notice(&self, m: &mut Markup) {
        if self.gpc {
            m.element(
                "p",
                &[("class", "gpc"), ("part", "gpc")],
                &self.t("consent-gpc"),
            );
        }
    }

    /// What the shop does, its policy, and accept / refuse / customize (notice mode: OK only).
    pub fn first(&self) -> String {
        let mut m = Markup::new();
        // Announces the banner when it appears without focus (the component fills it in).
        m.element("p", &[("class", "visually-hidden"), ("role", "status")], "");
        self.title(&mut m, "consent-title");
        m.open("p", &[("class", "body"), ("part", "body")]);
        m.text(&self.t(match self.mode {
            ConsentMode::OptIn => "consent-body",
            ConsentMode::OptOut => "consent-body-opt-out",
            ConsentMode::Notice => "consent-body-notice",
        }));
        if let Some(href) = &self.ctx.config.consent.policy_url {
            m.text(" ").element(
                "a",
                &[("href", href), ("part", "policy")],
                &self.t("consent-policy"),
            );
        }
        m.close("p");
        self.gpc_notice(&mut m);
        match self.mode {
            ConsentMode::Notice => self.buttons(&mut m, &[("consent-ok", "acknowledge")]),
            ConsentMode::OptIn | ConsentMode::OptOut => {
                let refuse = if self.mode == ConsentMode::OptOut {
                    "consent-opt-out"
                } else {
                    "consent-reject-all"
                };
                self.buttons(
                    &mut m,
                    &[
                        ("consent-accept-all", "accept_all"),
                        (refuse, "reject_all"),
                        ("consent-customize", "customize"),
                    ],
                );
            }
        }
        m.finish()
    }

    /// Every category with its description, switch and services; then save / accept / reject.
    pub fn preferences(&self, choices: &Choices) -> String {
        let mut m = Markup::new();
        self.title(&mut m, "consent-preferences-title");
        m.element(
            "p",
            &[("class", "body")],
            &self.t("consent-preferences-intro"),
        );
        self.gpc_notice(&mut m);
        m.open("ul", &[("class", "categories"), ("role", "list")]);
        m.open("li", &[("class", "category"), ("part", "category")])
            .open("div", &[("class", "category-head")])
            .element("h3", &[], &self.t("consent-category-necessary"))
            .element(
                "span",
                &[("class", "always-on")],
                &self.t("consent-always-on"),
            )
            .close("div")
            .element(
                "p",
                &[("class", "muted")],
                &self.t("consent-category-necessary-description"),
            )
            .close("li");
        for c in &self.ctx.config.consent.categories {
            category(&mut m, c, &self.ctx.catalog, choices.get(&c.id));
        }
        m.close("ul");
        self.buttons(
            &mut m,
            &[
                ("consent-save", "custom"),
                ("consent-accept-all", "accept_all"),
                ("consent-reject-all", "reject_all"),
            ],
        );
        m.finish()
    }
}

/// One category: built-in ones are translated, site-defined ones show the site's own text.
fn category(m: &mut Markup, c: &Category, catalog: &Catalog, on: bool) {
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
    let mut switch = vec![
        ("type", "checkbox"),
        ("role", "switch"),
        ("class", "switch"),
        ("part", "switch"),
        ("data-category", id.as_str()),
        ("aria-labelledby", heading.as_str()),
        ("aria-describedby", desc.as_str()),
    ];
    if on {
        switch.push(("checked", ""));
    }
    m.open("li", &[("class", "category"), ("part", "category")])
        .open("div", &[("class", "category-head")])
        .element("h3", &[("id", &heading)], &label)
        .open("input", &switch)
        .close("div")
        .element("p", &[("class", "muted"), ("id", &desc)], &description);
    if !c.services.is_empty() {
        let count = catalog.t_args("consent-services", &[("count", c.services.len().into())]);
        m.open("details", &[("class", "services")])
            .element("summary", &[], &count)
            .open("ul", &[("role", "list")]);
        for s in &c.services {
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
        m.close("ul").close("details");
    }
    m.close("li");
}
