//! The four components rendered to HTML as a Leptos server renders them (`ssr`): each is only
//! its empty host, which the browser fills in when the app hydrates. Nothing that needs a
//! browser (the consent cookie, listeners, the shadow root) runs on the server.

use leptos::prelude::*;
use vox_consent::VoxConsent;
use vox_core::config::{Config, PromptConfig, PromptKind};
use vox_core::web::gate::provide_consent;
use vox_feedback::VoxFeedback;
use vox_help::VoxHelp;
use vox_prompt::{VoxPrompt, VoxPrompts};

fn on_the_server(app: impl FnOnce() -> AnyView) -> String {
    // A server has an executor (the workspace's test build also turns `csr` on, whose effects
    // are spawned on one); what it would run later is not part of the HTML.
    let _ = any_spawner::Executor::init_futures_executor();
    Owner::new().with(|| app().to_html())
}

#[test]
fn every_component_renders_its_empty_host() {
    let config = Config {
        prompts: vec![PromptConfig::new("nps", PromptKind::Nps)],
        ..Config::default()
    };
    let html = on_the_server(move || {
        provide_consent(config.clone());
        view! {
            <VoxConsent config=config.clone() />
            <VoxFeedback config=config.clone() />
            <VoxHelp config=config.clone() />
            <VoxPrompt config=config.clone() id="nps" />
            <VoxPrompts config=config />
        }
        .into_any()
    });
    for widget in ["consent", "feedback", "help", "prompt"] {
        let host = format!(r#"<div data-widget="{widget}" class="vox-host"></div>"#);
        assert!(html.contains(&host), "no empty {widget} host in {html}");
    }
    assert!(!html.contains("<dialog"), "{html}");
    assert!(!html.contains("<form"), "{html}");
}
