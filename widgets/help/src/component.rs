//! `<VoxHelp/>`: the help search as a Leptos app uses it, without the loader.

use leptos::prelude::*;
use vox_core::config::Config;
use vox_core::submission::Envelope;
use vox_core::web::host::{hosted, Hosting};
use vox_search::Hit;

use crate::state::Hooks;
use crate::{remote, HelpSearch, SPEC};

/// The help search box where you place it, or with `modal` a dialog that `open` shows. The
/// index is the one `cargo xtask index` writes, at `config.help.index` (else `{assets}help/`).
///
/// ```no_run
/// use leptos::prelude::*;
/// use vox_core::config::Config;
/// use vox_help::VoxHelp;
/// use vox_search::Hit;
///
/// #[component]
/// fn HelpPage() -> impl IntoView {
///     let mut config = Config::default();
///     config.help.index = Some("/help-index/".into());
///     let opened = RwSignal::new(String::new());
///     view! {
///         <VoxHelp config=config on_open_article=move |hit: Hit| opened.set(hit.title) />
///         <p>{move || opened.get()}</p>
///     }
/// }
/// ```
#[component]
pub fn VoxHelp(
    /// The config; its `help` section names the index and the contact page.
    #[prop(into)]
    config: Signal<Config>,
    /// The URL of the folder holding `locales/` and, by default, `help/` (`/` by default).
    #[prop(optional, into)]
    assets: Option<String>,
    /// Drawn while the widget's messages load (nothing by default; English needs no file).
    #[prop(optional, into)]
    fallback: Option<ViewFn>,
    /// A dialog (opened by `open`) instead of a box in the page.
    #[prop(optional)]
    modal: bool,
    /// Opens and closes the dialog.
    #[prop(optional)]
    open: Option<RwSignal<bool>>,
    /// Called with each result the visitor opens.
    #[prop(optional, into)]
    on_open_article: Option<Callback<Hit>>,
    /// Called with the query when the visitor asks to contact the shop (without a
    /// `help.contact` page); route them to your contact form.
    #[prop(optional, into)]
    on_contact: Option<Callback<String>>,
    /// Called with each search analytics envelope (sent only while `analytics` is allowed).
    #[prop(optional, into)]
    on_submit: Option<Callback<Envelope>>,
) -> impl IntoView {
    let open = open.unwrap_or_else(|| RwSignal::new(false));
    let assets = assets.unwrap_or_else(|| "/".into());
    let hooks = Hooks {
        open_article: on_open_article,
        contact: on_contact,
    };
    let base = assets.clone();
    let hosting = Hosting {
        config,
        assets,
        on_submit,
        fallback,
    };
    hosted(&SPEC, hosting, move |ctx| {
        let index = remote::index_url(&ctx.config, &base);
        view! { <HelpSearch ctx=ctx index=index modal=modal open=open hooks=hooks /> }
    })
}
