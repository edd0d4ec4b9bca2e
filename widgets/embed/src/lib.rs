//! What the loader calls in a widget's module. Each widget is a cargo feature, and
//! `cargo xtask build` builds each one alone into its own module (`vox-<widget>.js` and
//! `vox-<widget>_bg.wasm`): a page downloads the code of the widgets it shows, and nothing else.
//! `js/vox.js` (the loader) defines the custom elements and calls [`mount`] in the element's
//! module when one connects; the registry (`registry.rs`) says which widget draws which
//! element, and mounts it through its crate's `embed`.

mod registry;

use leptos::prelude::*;
use vox_core::config::{self, ConfigFile, Part, Sources};
use vox_core::json::Json;
use vox_core::web::mount::{Embedding, MountHandle};
use vox_core::web::{events, outbox};
use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

/// A mounted widget. Freeing it (`widget.free()` in JS) unmounts it.
#[wasm_bindgen]
pub struct Widget {
    // Field order is drop order: unmount the view, then dispose what it was given.
    _view: MountHandle,
    open: RwSignal<bool>,
    /// The feedback form's message, which `Vox.open('feedback', { message })` fills in.
    message: RwSignal<String>,
    _owner: Owner,
}

#[wasm_bindgen]
impl Widget {
    /// Opens the widget's dialog (no-op for inline widgets), with `message` in the feedback
    /// form's message field, as if typed.
    pub fn open(&self, message: JsValue) {
        if let Some(message) = message.as_string() {
            self.message.set(message);
        }
        self.open.set(true);
    }

    /// Closes the widget's dialog.
    pub fn close(&self) {
        self.open.set(false);
    }
}

/// Mounts the widget for `host` (e.g. `<vox-feedback>`) into its shadow root.
///
/// `sources` is `{ file, jsonBlock, script, init, element, visitor }` as the loader found them;
/// `assets` is the URL of the folder holding `vox.js`; `messages` is `[url, promise of text]`
/// for the `.ftl` the glue started beside the wasm (`js/messages.js`), or `null`. Resolves to
/// `null` (after one console error naming the field) when the config is invalid, leaving the
/// page untouched.
#[wasm_bindgen]
pub async fn mount(
    host: HtmlElement,
    sources: JsValue,
    assets: String,
    messages: JsValue,
) -> Result<JsValue, JsValue> {
    if let Some([url, text]) = messages
        .dyn_ref::<js_sys::Array>()
        .map(|a| [a.get(0), a.get(1)])
    {
        if let (Some(url), Ok(text)) = (url.as_string(), text.dyn_into()) {
            vox_core::web::text::started(url, text);
        }
    }
    let tag = host.tag_name().to_ascii_lowercase();
    let Some((widget, part)) = registry::widget_of(&tag) else {
        return Err(format!("<{tag}> is no Vox widget").into());
    };
    let sources = events::from_js(&sources);
    let config = match config::resolve_for(&read_sources(&sources, &tag), part) {
        Ok(config) => config,
        Err(error) => {
            let text = error.to_string();
            vox_core::web::report::error_once(&text);
            events::emit(&host, "error", &JsValue::from_str(&text));
            return Ok(JsValue::NULL);
        }
    };
    // Owned by the Widget, so freeing the widget (JS `widget.free()`) disposes it too.
    let owner = Owner::new();
    let (open, message) = owner.with(|| (RwSignal::new(false), RwSignal::new(String::new())));
    let page = Embedding {
        host,
        config,
        assets,
        open,
        message,
        visitor: sources
            .get("visitor")
            .as_object()
            .cloned()
            .unwrap_or_default(),
    };
    // The loader loads each element's own module; another is a bug to report.
    let Some(view) = registry::mount(widget, page).await else {
        return Err(format!("<{tag}> is not drawn by this module").into());
    };
    Ok(Widget {
        _view: view?,
        open,
        message,
        _owner: owner,
    }
    .into())
}

/// Deletes the cookies of refused categories (`autoClear`) and posts the record of a consent
/// decision (the loader's `vox:consent` detail, with the banner `texts` the visitor saw, which
/// the record carries as a hash) to the configured endpoint, through the outbox like any
/// submission. Invalid config was reported when a widget mounted; here it only means there is
/// nowhere to send the record.
/// Not `async` for JS: nobody waits for the result, and a spawned task is smaller wasm than a
/// second promise-returning export.
#[wasm_bindgen]
pub fn record_consent(detail: JsValue, sources: JsValue) {
    let config = config::resolve_for(&read_sources(&events::from_js(&sources), ""), Part::Consent)
        .unwrap_or_default();
    vox_core::web::gate::record::post(config, &events::from_js(&detail));
}

/// Whether the consent section is one the banner accepts. The loader asks before it lets
/// anything in on the mode's defaults alone (opt-out, notice), and closes the gate (opt-in)
/// when it is not: a mistake in the section never lets a script run. The error is reported
/// here, once, in case no banner shows it.
#[wasm_bindgen]
pub fn consent_ok(sources: JsValue) -> bool {
    let sources = read_sources(&events::from_js(&sources), "");
    config::resolve_for(&sources, Part::Consent)
        .map_err(|error| vox_core::web::report::error_once(&error.to_string()))
        .is_ok()
}

/// Starts the rating prompts' runtime (the loader calls it when the browser is idle, on pages
/// whose config has `prompts`). `visitor` is what `Vox.identify` was told so far; `tracked` the
/// `Vox.track` events before now. Invalid config was reported when a widget mounted, or is
/// reported here, once.
#[cfg(feature = "prompt")]
#[wasm_bindgen]
pub fn prompts(sources: JsValue, visitor: JsValue, tracked: JsValue) {
    match config::resolve_for(&read_sources(&events::from_js(&sources), ""), Part::Prompts) {
        Ok(config) => {
            let visitor = events::from_js(&visitor).as_object().cloned();
            let tracked = match events::from_js(&tracked) {
                Json::Arr(items) => items,
                _ => Vec::new(),
            };
            let visitor = visitor.unwrap_or_default();
            vox_prompt::start(config, visitor, &tracked, vox_prompt::add_element).forget();
        }
        Err(error) => vox_core::web::report::error_once(&error.to_string()),
    }
}

/// `Vox.preview(id, { send })`: shows a rating prompt at once for the site owner, whatever its
/// trigger, sample and the fatigue memory say; it records nothing, and sends its answers only
/// with `send: true`.
#[cfg(feature = "prompt")]
#[wasm_bindgen]
pub fn preview(id: String, options: JsValue, sources: JsValue) {
    let shown = config::resolve_for(&read_sources(&events::from_js(&sources), ""), Part::Prompts)
        .map_err(|e| e.to_string())
        .and_then(|config| {
            let send = *events::from_js(&options).get("send") == Json::Bool(true);
            vox_prompt::preview(&config, &id, send)
        });
    if let Err(e) = shown {
        vox_core::web::report::error_once(&e);
    }
}

/// `Vox.search(query, { locale, limit, category })`: the ranked results of the help-center
/// index the config names, as `[{ id, title, url, category, categoryLabel, snippet, score }]`
/// (`categoryLabel` is the category's name in the index's language, else its id; `snippet` is
/// escaped HTML with the matches in `<mark>`). Rejects with a message when the index cannot
/// be read.
#[cfg(feature = "help")]
#[wasm_bindgen]
pub async fn search(
    query: String,
    options: JsValue,
    sources: JsValue,
    assets: String,
) -> Result<JsValue, JsValue> {
    let config = config::resolve_for(&read_sources(&events::from_js(&sources), ""), Part::Help)
        .map_err(|e| JsValue::from_str(&e.to_string()))?;
    let options = events::from_js(&options);
    let locale = match options.get("locale").as_str() {
        Some(tag) => tag.to_string(),
        None => vox_core::web::mount::negotiated_locale(&config).to_string(),
    };
    let limit = options
        .get("limit")
        .as_u64()
        .map_or(config.help.limit.into(), |n| n.clamp(1, 100) as usize);
    let category = options
        .get("category")
        .as_str()
        .map(String::from)
        .or(config.help.category.clone());
    let remote =
        vox_help::remote::open(&vox_help::remote::index_url(&config, &assets), &locale).await?;
    let query = vox_search::Query {
        text: &query,
        limit,
        category: category.as_deref(),
    };
    let hits = remote.search(&query).await?;
    let list: Vec<Json> = hits.iter().map(vox_help::hit_json).collect();
    Ok(events::to_js(&Json::Arr(list)))
}

/// Sends whatever an earlier page left in the outbox.
#[wasm_bindgen]
pub fn flush() {
    outbox::flush();
}

/// The page's config sources, as the loader hands them over; turns the site owner's debug
/// panel on first when the tag or `Vox.debug()` asks for it (read here, not from the config,
/// so that a config too broken to read still shows why).
fn read_sources(value: &Json, tag: &str) -> Sources {
    let on = |v: &Json| !matches!(v, Json::Null | Json::Bool(false)) && v.as_str() != Some("false");
    if on(value.get("script").get("debug")) || on(value.get("init").get("debug")) {
        vox_core::web::debug::enable();
    }
    let pairs = |v: &Json| -> Vec<(String, String)> {
        v.as_object()
            .map(|m| {
                m.iter()
                    .map(|(k, v)| (k.clone(), v.as_str().unwrap_or_default().to_string()))
                    .collect()
            })
            .unwrap_or_default()
    };
    let file = value.get("file");
    Sources {
        file: file.get("url").as_str().map(|url| ConfigFile {
            url: url.into(),
            loaded: match (file.get("text").as_str(), file.get("error").as_str()) {
                (Some(text), _) => Ok(text.into()),
                (None, Some(error)) => Err(error.into()),
                (None, None) => Err("nothing: the loader did not fetch it".into()),
            },
        }),
        json_block: value.get("jsonBlock").as_str().map(String::from),
        script: pairs(value.get("script")),
        init: Some(value.get("init").clone()).filter(|v| !v.is_null()),
        element: Some((tag.to_string(), pairs(value.get("element")))),
    }
}
