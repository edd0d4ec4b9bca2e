//! The index as the browser sees it: `index.json` says which locales exist, `<locale>/meta.bin`
//! holds the vocabulary, and a query downloads only the chunks [`vox_search::search`] asks
//! for. Opened indexes stay for the page's life, shared by the widget and `Vox.search`.

use std::cell::RefCell;
use std::rc::Rc;

use vox_core::json::Json;
use vox_core::web::text::fetch_text_once;
use vox_search::{search, Chunk, Hit, Index, Query, Step};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// An index opened from `url` (its locale's folder).
pub struct Remote {
    url: String,
    index: RefCell<Index>,
}

thread_local! {
    static OPENED: RefCell<Vec<Rc<Remote>>> = const { RefCell::new(Vec::new()) };
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
    // Fetched once per page (every later search reuses it), like a locale's messages.
    let manifest = fetch_text_once(&format!("{base}index.json"))
        .await
        .ok_or(format!("{base}index.json could not be downloaded"))?;
    let manifest =
        vox_core::json::parse(&manifest).map_err(|_| format!("{base}index.json is not JSON"))?;
    let locales: Vec<&str> = match manifest.get("locales") {
        Json::Arr(items) => items.iter().filter_map(Json::as_str).collect(),
        _ => Vec::new(),
    };
    let language = |tag: &str| tag.split('-').next().unwrap_or(tag).to_ascii_lowercase();
    let locale = locales
        .iter()
        .find(|l| l.eq_ignore_ascii_case(wanted))
        .or_else(|| locales.iter().find(|l| language(l) == language(wanted)))
        .or(locales.first())
        .ok_or(format!("{base}index.json lists no locales"))?;
    let url = format!("{base}{locale}/");
    if let Some(open) = OPENED.with(|o| o.borrow().iter().find(|r| r.url == url).cloned()) {
        return Ok(open);
    }
    let meta = fetch(&format!("{url}meta.bin")).await?;
    let index = vox_search::files::read_meta(&meta).map_err(|e| format!("{url}meta.bin: {e}"))?;
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

    /// The ranked results of `query`, downloading what it needs first.
    pub async fn search(&self, query: &Query<'_>) -> Result<Vec<Hit>, String> {
        loop {
            let step = search(&self.index.borrow(), query);
            match step {
                Step::Done(hits) => return Ok(hits),
                Step::Fetch(chunks) => self.load(&chunks).await?,
            }
        }
    }

    /// Article `doc`'s body (Markdown), downloading its chunk if needed.
    pub async fn body(&self, doc: u32) -> Result<String, String> {
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
            added.map_err(|e| format!("{url}: {e}"))?;
        }
        Ok(())
    }
}

fn start(url: &str) -> Result<JsFuture, String> {
    let window = web_sys::window().ok_or("no window")?;
    Ok(JsFuture::from(window.fetch_with_str(url)))
}

async fn finish(url: &str, request: JsFuture) -> Result<Vec<u8>, String> {
    let failed = |what: &str| format!("{url}: {what}");
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
