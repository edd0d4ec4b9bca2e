//! Shared core of the Vox widgets.
//!
//! The pure modules hold every rule worth testing and run natively:
//! - [`config`]: the one config model, its four sources, and field-precise errors;
//! - [`locale`]: negotiation with a fallback chain, and Fluent messages with English built in;
//! - [`submission`]: the JSON envelope every widget posts;
//! - [`delivery`]: the persisted outbox's retry policy;
//! - [`json`]: the small JSON value, parser and writer they share.
//!
//! [`web`] adapts them to the browser: shadow roots, events, storage, `fetch`.
//!
//! # In a Leptos app
//!
//! The widget crates (`vox-feedback`, `vox-consent`, `vox-prompt`, `vox-help`) each export a
//! component (`VoxFeedback`, `VoxConsent`, `VoxPrompts`/`VoxPrompt`, `VoxHelp`) that a Leptos
//! app places like any other:
//!
//! - **Mounting.** Each is built on [`web::host::hosted`]: a host `<div>` where it stands, its
//!   own shadow root with the widget's stylesheets, its locale's messages loaded (English is
//!   compiled in), and the widget rendered under the component's owner, so the app's context
//!   reaches it and it is disposed with the component. The config is a `Signal<Config>`,
//!   checked with [`config::Config::validate`] on every change.
//! - **Events.** Typed callbacks (`on_submit: Callback<`[`submission::Envelope`]`>`,
//!   `on_consent`, `on_open_article`, `on_contact`) beside the `vox:*` DOM events, which still
//!   fire for JS on the page.
//! - **Consent.** [`web::gate::provide_consent`] sets up the consent gate and provides it as a
//!   context ([`web::gate::ConsentGate`]); without the loader the gate is Rust's (feature
//!   `standalone`), keeping the loader's cookie, so both share one state.
//! - **Render modes.** No Leptos render mode is enabled here: `csr`, `hydrate` and `ssr` are
//!   passed through. On the server a component renders its empty host.
//! - **Sizes.** The README's Size section gives the example app's wasm with and without each
//!   widget (`cargo xtask size --app`).

pub mod config;
pub mod delivery;
pub mod json;
pub mod locale;
#[cfg(feature = "schema")]
pub mod schema;
pub mod submission;
pub mod web;
