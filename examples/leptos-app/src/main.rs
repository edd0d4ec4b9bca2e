//! A shop written in Leptos that uses the four Vox components directly, without `vox.js`:
//! typed config, callbacks that update the app's own signals, routing, and the consent gate in
//! Rust, whose decision lets a waiting rating prompt show and a blocked analytics script run.
//!
//! `cargo xtask demo` serves it at `/app/`; `tests/e2e/tests/leptos_app.rs` drives it. Each
//! widget is a cargo feature only so that `cargo xtask size --app` can weigh the app without
//! it; an app of your own just uses the components.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes, A};
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::path;
use vox_core::config::{
    Config, ConsentLayout, FeedbackMode, PromptConfig, PromptKind, Trigger, UrlRule,
};
use vox_core::submission::Envelope;
use vox_core::web::gate::provide_consent;

/// Where the app is served, and where trunk put `locales/` beside it.
const BASE: &str = "/app";
const ASSETS: &str = "/app/";

/// The shop's Vox config, in the visitor's chosen language.
fn config(locale: String) -> Config {
    let mut config = Config {
        endpoint: Some("/api/vox".into()),
        locale,
        ..Config::default()
    };
    config.consent.enabled = true;
    config.consent.layout = ConsentLayout::Bar;
    config.feedback.mode = FeedbackMode::Inline;
    config.help.index = Some("/indexes/help/".into());
    let mut nps = PromptConfig::new("after-order", PromptKind::Nps);
    nps.trigger = Trigger::Event("order_completed".into());
    config.prompts.push(nps);
    // Shown on the contact route as soon as the visitor gets there (the router tells the
    // prompts about route changes, see `prompts`).
    let mut ces = PromptConfig::new("contact-ease", PromptKind::Ces);
    ces.pages = vec![UrlRule::Prefix("/app/contact".into())];
    config.prompts.push(ces);
    config
}

/// What the app keeps from Vox's callbacks, shared with every route through context.
#[derive(Clone, Copy)]
struct Log {
    /// The widget of each submission, in order (`feedback`, `prompt`, …).
    sent: RwSignal<Vec<String>>,
    /// Whether the visitor allows analytics, from the banner's `on_consent`.
    analytics: RwSignal<bool>,
}

#[component]
fn App() -> impl IntoView {
    let locale = RwSignal::new("en".to_string());
    let config = Signal::derive(move || config(locale.get()));
    // The consent gate in Rust, for every component below (and the prompts' runtime).
    provide_consent(config.get_untracked());
    let log = Log {
        sent: RwSignal::new(Vec::new()),
        analytics: RwSignal::new(false),
    };
    provide_context(log);
    provide_context(config);
    let on_submit = Callback::new(move |envelope: Envelope| {
        log.sent
            .update(|sent| sent.push(envelope.payload.widget().to_string()));
    });
    provide_context(on_submit);

    view! {
        <Router base=BASE>
            <header>
                <nav>
                    <A href="/app/" exact=true>"Shop"</A>
                    <A href="/app/help">"Help"</A>
                    <A href="/app/contact">"Contact"</A>
                </nav>
                <label>
                    "Language "
                    <select id="locale" on:change=move |ev| locale.set(event_target_value(&ev))>
                        <option value="en">"English"</option>
                        <option value="de">"Deutsch"</option>
                        <option value="ar">"العربية"</option>
                    </select>
                </label>
            </header>
            <main>
                <Routes fallback=|| "Not found">
                    <Route path=path!("/") view=Shop />
                    <Route path=path!("/help") view=HelpPage />
                    <Route path=path!("/contact") view=Contact />
                </Routes>
            </main>
            <footer>
                <p id="sent">{move || log.sent.get().join(",")}</p>
                <p id="analytics">
                    {move || if log.analytics.get() { "analytics on" } else { "analytics off" }}
                </p>
            </footer>
            {consent_banner(config, log)}
            {prompts(config, on_submit)}
        </Router>
    }
}

/// The banner; its decision is kept in the app's own signal.
#[cfg(feature = "consent")]
fn consent_banner(config: Signal<Config>, log: Log) -> impl IntoView {
    use vox_consent::VoxConsent;
    use vox_core::web::gate::State;
    view! {
        <VoxConsent
            config=config
            assets=ASSETS
            on_consent=move |state: State| log.analytics.set(state.granted("analytics"))
        />
    }
}

/// The rating prompts: "after-order" fires when the shop tracks `order_completed`, and waits
/// for a consent decision while the banner is up; "contact-ease" on the contact route. The
/// router's path changes are passed on with `navigated()`.
#[cfg(feature = "prompt")]
fn prompts(config: Signal<Config>, on_submit: Callback<Envelope>) -> impl IntoView {
    use leptos_router::hooks::use_location;
    use vox_prompt::VoxPrompts;
    let path = use_location().pathname;
    Effect::new(move |before: Option<String>| {
        let now = path.get();
        if before.is_some_and(|before| before != now) {
            vox_prompt::navigated();
        }
        now
    });
    view! { <VoxPrompts config=config assets=ASSETS on_submit=on_submit /> }
}

#[component]
fn Shop() -> impl IntoView {
    let ordered = RwSignal::new(false);
    let order = move |_| {
        ordered.set(true);
        #[cfg(feature = "prompt")]
        vox_prompt::track("order_completed");
    };
    view! {
        <h1>"Lumen Lamps"</h1>
        <button id="order" on:click=order>"Place order"</button>
        <p id="ordered">{move || ordered.get().then_some("Thank you for your order!")}</p>
    }
}

/// Help search; "Contact us" comes to the contact route with the query as the message.
#[component]
fn HelpPage() -> impl IntoView {
    let opened = RwSignal::new(String::new());
    view! {
        <h1>"Help"</h1>
        {help_search(opened)}
        <p id="opened">{move || opened.get()}</p>
    }
}

#[cfg(feature = "help")]
fn help_search(opened: RwSignal<String>) -> impl IntoView {
    use vox_help::VoxHelp;
    use vox_search::Hit;
    let config = expect_context::<Signal<Config>>();
    let navigate = use_navigate();
    let contact = move |query: String| {
        let query = js_sys::encode_uri_component(&query);
        // The router's base (`/app`) is put in front of the path.
        navigate(&format!("/contact?message={query}"), Default::default());
    };
    view! {
        <VoxHelp
            config=config
            assets=ASSETS
            on_open_article=move |hit: Hit| opened.set(hit.title)
            on_contact=contact
        />
    }
}

/// The feedback form, its message filled in from `?message=`, its status shown beside it.
#[component]
fn Contact() -> impl IntoView {
    let query = use_query_map();
    let message = RwSignal::new(query.get_untracked().get("message").unwrap_or_default());
    view! {
        <h1>"Contact us"</h1>
        {feedback_form(message)}
    }
}

#[cfg(feature = "feedback")]
fn feedback_form(message: RwSignal<String>) -> impl IntoView {
    use vox_feedback::{Status, VoxFeedback};
    let config = expect_context::<Signal<Config>>();
    let on_submit = expect_context::<Callback<Envelope>>();
    let status = RwSignal::new(Status::Editing);
    view! {
        <VoxFeedback config=config assets=ASSETS message=message status=status on_submit=on_submit />
        <p id="status">{move || format!("{:?}", status.get())}</p>
    }
}

// Without a widget's feature (for `cargo xtask size --app` only), its place stays empty.
#[cfg(not(feature = "consent"))]
fn consent_banner(_: Signal<Config>, _: Log) {}
#[cfg(not(feature = "prompt"))]
fn prompts(_: Signal<Config>, _: Callback<Envelope>) {}
#[cfg(not(feature = "help"))]
fn help_search(_: RwSignal<String>) {}
#[cfg(not(feature = "feedback"))]
fn feedback_form(_: RwSignal<String>) {}

fn main() {
    leptos::mount::mount_to_body(App);
}
