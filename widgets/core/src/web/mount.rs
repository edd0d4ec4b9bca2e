//! Mounting a widget: negotiate the locale, fetch its messages, open the shadow root, adopt the
//! styles, render. Shared by every widget so each one is only its view.

use std::any::Any;
use std::sync::Arc;

use leptos::attr::AttributeValue;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::HtmlElement;

use super::outbox::Delivery;
use super::{events, page, report, shadow, submit, text};
use crate::config::Config;
use crate::locale::{self, Catalog, Direction};
use crate::submission::{Envelope, Payload};

/// Tokens and resets shared by every widget; each widget adds its own sheet after it.
pub const BASE_CSS: &str = crate::compact!(css, include_bytes!("base.css"));

/// What makes a widget a widget. Declare it `static`: a `const` is copied into the wasm at
/// every use, stylesheet and messages included.
pub struct Spec {
    /// Name used for the `.ftl` file, events and submissions, e.g. `feedback`.
    pub name: &'static str,
    /// The widget's own stylesheet.
    pub css: &'static str,
    /// The English messages, compiled in as the fallback.
    pub english: &'static str,
}

/// What the embed hands a widget it mounts for an element of the page (each widget crate's
/// `embed`): the one contract between the loader's elements and the widgets' components.
pub struct Embedding {
    /// The custom element (`<vox-feedback>`…) whose shadow root the widget renders into.
    pub host: HtmlElement,
    /// The page's config, already read and checked for this widget's section.
    pub config: Config,
    /// The URL of the folder holding `vox.js`, for the locales and the help index.
    pub assets: String,
    /// Whether the widget's dialog is open: `el.open()` / `el.close()` and `Vox.open()` set
    /// it, the widget follows it and sets it back when the visitor closes the dialog. A widget
    /// without a dialog ignores it.
    pub open: RwSignal<bool>,
    /// Text for the widget's main field, from `Vox.open(name, { message })`.
    pub message: RwSignal<String>,
    /// What `Vox.identify` was told so far, for rules on the visitor.
    pub visitor: crate::json::Map,
}

/// What an `embed` returns: the mounted widget, or why it could not be.
pub type Mounted = Result<MountHandle, JsValue>;

/// A widget mounted into an element, unmounted when this is dropped: keep it for as long as
/// the widget shows, or [`forget`](MountHandle::forget) it to keep the widget for the page's
/// life.
#[must_use = "the widget unmounts when its handle is dropped; keep it, or call forget()"]
pub struct MountHandle {
    _view: Box<dyn Any>,
}

impl MountHandle {
    /// A handle that unmounts nothing: an element the page may not show now.
    pub fn empty() -> MountHandle {
        MountHandle {
            _view: Box::new(()),
        }
    }

    /// Keeps the widget mounted for as long as the page lives.
    pub fn forget(self) {
        std::mem::forget(self);
    }
}

impl Embedding {
    /// Prepares the widget's context (locale, messages), then renders `view(ctx)` into the
    /// host's shadow root with `spec`'s styles: what every widget's `embed` does. Dropping the
    /// returned handle unmounts it.
    pub async fn render<V: IntoView + 'static>(
        self,
        spec: &Spec,
        view: impl FnOnce(WidgetContext) -> V + 'static,
    ) -> Mounted {
        let ctx = prepare(self.host, self.config, &self.assets, spec).await;
        mount(&ctx.clone(), spec, move || view(ctx))
    }
}

/// Everything a widget's view needs, resolved before its first frame.
#[derive(Clone)]
pub struct WidgetContext {
    pub config: Arc<Config>,
    pub catalog: Catalog,
    pub locale: &'static str,
    pub dir: Direction,
    /// Called with every submission the widget makes, before it is sent: the typed twin of the
    /// `vox:submit` event, for Rust callers (the components' `on_submit`).
    pub on_submit: Option<Callback<Envelope>>,
    host: SendWrapper<HtmlElement>,
}

impl WidgetContext {
    /// The custom element the widget renders into.
    pub fn host(&self) -> &HtmlElement {
        &self.host
    }

    /// Dispatches `vox:{name}` from the widget's element.
    pub fn emit(&self, name: &str, detail: &JsValue) {
        events::emit(self.host.unchecked_ref(), name, detail);
    }

    /// Submits `payload` from this widget: `on_submit` and `vox:submit` get the envelope, and
    /// the outbox sends it when the config names an endpoint (`None` when it does not).
    pub async fn submit(&self, payload: Payload) -> Option<Delivery> {
        let on_submit = self.on_submit;
        let notify = move |envelope: &Envelope| {
            if let Some(callback) = on_submit {
                callback.run(envelope.clone());
            }
        };
        submit::submit(&self.config, self.locale, payload, self.host(), notify).await
    }
}

/// The locale a widget speaks: the configured one, else the page's and the browser's.
pub fn negotiated_locale(config: &Config) -> &'static str {
    let requested: Vec<String> = match config.locale_request() {
        Some(tag) => vec![tag.to_string()],
        None => page::requested_locales(),
    };
    locale::negotiate(requested.iter().map(String::as_str))
}

/// Negotiates the locale and loads its messages (English needs no fetch).
pub(crate) async fn prepare(
    host: HtmlElement,
    config: Config,
    assets: &str,
    spec: &Spec,
) -> WidgetContext {
    let locale = negotiated_locale(&config);
    let base = config
        .locales_url
        .clone()
        .unwrap_or_else(|| format!("{assets}locales/"));
    let base = if base.ends_with('/') {
        base
    } else {
        format!("{base}/")
    };
    let ftl = match locale {
        "en" => None,
        _ => text::fetch_text_once(&format!("{base}{locale}/{}.ftl", spec.name)).await,
    };
    let (catalog, problems) = Catalog::with_texts(
        locale,
        ftl.as_deref(),
        spec.english,
        spec.name,
        &config.texts,
    );
    for problem in problems {
        report::error_once(&problem);
    }
    WidgetContext {
        catalog,
        dir: locale::direction(locale),
        locale,
        config: Arc::new(config),
        on_submit: None,
        host: SendWrapper::new(host),
    }
}

/// Renders `view` into the host's shadow root. Dropping the returned handle unmounts it.
pub(crate) fn mount<V: IntoView + 'static>(
    ctx: &WidgetContext,
    spec: &Spec,
    view: impl FnOnce() -> V + 'static,
) -> Mounted {
    let root = styled_root(ctx.host(), spec)?;
    root.set_inner_html("");
    let (dir, theme) = (ctx.dir.as_str(), ctx.config.theme.as_str());
    let lang = ctx.locale;
    // A shadow root is no `HtmlElement`, but mounting only appends to it.
    let handle = leptos::mount::mount_to(root.unchecked_into(), move || {
        frame(lang, dir, theme, view())
    });
    Ok(MountHandle {
        _view: Box::new(handle),
    })
}

/// The host's shadow root with the base and `spec`'s stylesheets adopted.
pub(crate) fn styled_root(host: &HtmlElement, spec: &Spec) -> Result<web_sys::ShadowRoot, JsValue> {
    let root = shadow::root(host)?;
    shadow::adopt(&root, &[BASE_CSS, spec.css])?;
    Ok(root)
}

/// The one element inside the shadow root, carrying the widget's locale, direction and theme:
/// values, or signals where they can change. Reactive content must stand inside an element,
/// never at the shadow root's top: a shadow root is no element's parent.
pub(crate) fn frame<L, D, T>(lang: L, dir: D, theme: T, view: impl IntoView) -> impl IntoView
where
    L: AttributeValue + 'static,
    D: AttributeValue + 'static,
    T: AttributeValue + 'static,
{
    view! {
        <div class="vox" part="root" lang=lang dir=dir data-theme=theme>
            {view}
        </div>
    }
}
