//! The index as the browser sees it: `index.json` says which locales exist, `<locale>/meta.bin`
//! holds the vocabulary, and a query downloads only the chunks [`mod@vox_search::search`] asks
//! for. Opened indexes stay for the page's life, shared by the widget and `Vox.search`.
//!
//! Index files come from the site and may be damaged. A damaged one refuses its index for the
//! page's life, reported once on the console: every later use gets the same error without
//! downloading or logging again, and the page and the other widgets carry on.

use std::cell::RefCell;
use std::rc::Rc;

use vox_core::json::Json;
use vox_core::web::text::fetch_text_once;
use vox_search::{search, Chunk, Hit, Index, Progress, Query, Step};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// An index opened from `url` (its locale's folder).
pub struct Remote {
    url: String,
    index: RefCell<Index>,
}

thread_local! {
    static OPENED: RefCell<Vec<Rc<Remote>>> = const { RefCell::new(Vec::new()) };
    /// Refused indexes (a locale's folder, or `index.json`) and why.
    static REFUSED: RefCell<Vec<(String, String)>> = const { RefCell::new(Vec::new()) };
}

/// Refuses the index at `url` for the page's life; the first refusal is reported on the
/// console, a later one (a query racing it) gets the first one's reason.
fn refuse(url: &str, why: String) -> String {
    REFUSED.with(|refused| {
        let mut refused = refused.borrow_mut();
        if let Some((_, first)) = refused.iter().find(|(u, _)| u == url) {
            return first.clone();
        }
        let why = report(why);
        refused.push((url.to_string(), why.clone()));
        why
    })
}

/// Why the index at `url` was refused, if it was.
fn refused(url: &str) -> Result<(), String> {
    REFUSED.with(
        |refused| match refused.borrow().iter().find(|(u, _)| u == url) {
            Some((_, why)) => Err(why.clone()),
            None => Ok(()),
        },
    )
}

/// Where the config says the index is: `help.index`, else `help/` next to `vox.js`.
pub fn index_url(config: &vox_core::config::Config, assets: &str) -> String {
    config
        .help
        .index
        .clone()
        .unwrap_or_else(|| format!("{assets}help/"))
}

/// The index under `base` (the folder holding `index.json`) in the locale closest to
/// `wanted`: the same tag, else the same language, else the first one built.
pub async fn open(base: &str, wanted: &str) -> Result<Rc<Remote>, String> {
    let base = if base.ends_with('/') {
        base.to_string()
    } else {
        format!("{base}/")
    };
    let listing = format!("{base}index.json");
    refused(&listing)?;
    // Fetched once per page (every later search reuses it), like a locale's messages.
    let manifest = fetch_text_once(&listing)
        .await
        .ok_or_else(|| report(format!("{listing} could not be downloaded")))?;
    let manifest = vox_core::json::parse(&manifest)
        .map_err(|_| refuse(&listing, format!("{listing} is not JSON")))?;
    let locales: Vec<&str> = match manifest.get("locales") {
        Json::Arr(items) => items.iter().filter_map(Json::as_str).collect(),
        _ => Vec::new(),
    };
    let locale = vox_search::index::closest_locale(&locales, wanted)
        .or(locales.first().copied())
        .ok_or_else(|| refuse(&listing, format!("{listing} lists no locales")))?;
    let url = format!("{base}{locale}/");
    refused(&url)?;
    if let Some(open) = OPENED.with(|o| o.borrow().iter().find(|r| r.url == url).cloned()) {
        return Ok(open);
    }
    let meta = fetch(&format!("{url}meta.bin")).await?;
    let index = vox_search::files::read_meta(&meta)
        .map_err(|e| refuse(&url, format!("{url}meta.bin: {e}")))?;
    let remote = Rc::new(Remote {
        url,
        index: RefCell::new(index),
    });
    OPENED.with(|o| o.borrow_mut().push(remote.clone()));
    Ok(remote)
}

impl Remote {
    /// The locale of the opened index.
    pub fn locale(&self) -> String {
        self.index.borrow().locale.clone()
    }

    pub fn has_bodies(&self) -> bool {
        self.index.borrow().has_bodies()
    }

    /// The ranked results of `query`, downloading what it needs first. Each round of
    /// downloads must bring chunks the query has not had yet, in the rounds a query takes
    /// ([`Progress`]), so a damaged index is refused instead of fetched forever.
    pub async fn search(&self, query: &Query<'_>) -> Result<Vec<Hit>, String> {
        let mut progress = Progress::default();
        loop {
            refused(&self.url)?;
            let step = search(&self.index.borrow(), query);
            match step {
                Step::Done(hits) => return Ok(hits),
                Step::Fetch(chunks) => {
                    let fetch = progress.fetch(&chunks);
                    fetch.map_err(|e| refuse(&self.url, format!("{}: {e}", self.url)))?;
                    self.load(&chunks).await?;
                }
            }
        }
    }

    /// A correction of `text` that finds something, for a query that found nothing ("Did you
    /// mean"): searched before it is offered, so a category filter is honoured.
    pub async fn suggest(&self, query: &Query<'_>) -> Option<String> {
        let corrected = vox_search::suggest(&self.index.borrow(), query.text)?;
        let again = Query {
            text: &corrected,
            ..query.clone()
        };
        let found = self.search(&again).await.ok()?;
        (!found.is_empty()).then_some(corrected)
    }

    /// Article `doc`'s body (Markdown), downloading its chunk if needed.
    pub async fn body(&self, doc: u32) -> Result<String, String> {
        refused(&self.url)?;
        let missing = self.index.borrow().missing_body(doc);
        if let Some(chunk) = missing {
            self.load(&[chunk]).await?;
        }
        let index = self.index.borrow();
        let body = index.bodies.get(doc as usize).cloned().flatten();
        body.ok_or_else(|| "no body".to_string())
    }

    /// Downloads `chunks` side by side and adds them to the index.
    async fn load(&self, chunks: &[Chunk]) -> Result<(), String> {
        let stamp = self.index.borrow().stamp;
        let urls: Vec<String> = chunks
            .iter()
            .map(|c| format!("{}{}?v={stamp:x}", self.url, c.file_name()))
            .collect();
        let started: Vec<_> = urls.iter().map(|u| start(u)).collect();
        for ((chunk, url), request) in chunks.iter().zip(&urls).zip(started) {
            let bytes = finish(url, request?).await?;
            // Adding a chunk twice (two queries racing for it) writes the same values again.
            let added = self.index.borrow_mut().add(*chunk, &bytes);
            added.map_err(|e| refuse(&self.url, format!("{url}: {e}")))?;
        }
        Ok(())
    }
}

fn start(url: &str) -> Result<JsFuture, String> {
    let window = web_sys::window().ok_or_else(|| report("no window".into()))?;
    Ok(JsFuture::from(window.fetch_with_str(url)))
}

/// Logs an index problem on the console: a failed download every time (the next try may work),
/// a refusal once ([`refuse`]).
fn report(error: String) -> String {
    web_sys::console::error_1(&format!("Vox: help search index: {error}").into());
    error
}

async fn finish(url: &str, request: JsFuture) -> Result<Vec<u8>, String> {
    let failed = |what: &str| report(format!("{url}: {what}"));
    let response: web_sys::Response = request
        .await
        .map_err(|_| failed("network error"))?
        .dyn_into()
        .map_err(|_| failed("not a response"))?;
    if !response.ok() {
        return Err(failed(&format!("HTTP {}", response.status())));
    }
    let buffer = response.array_buffer().map_err(|_| failed("unreadable"))?;
    let buffer = JsFuture::from(buffer)
        .await
        .map_err(|_| failed("unreadable"))?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

async fn fetch(url: &str) -> Result<Vec<u8>, String> {
    finish(url, start(url)?).await
}
