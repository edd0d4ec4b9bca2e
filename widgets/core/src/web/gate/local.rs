//! The consent gate in Rust, for pages without the loader (a Leptos app using the components
//! directly). It keeps the loader's cookie (same name, same record), so a visitor's decision
//! holds whichever of the two a page uses, and it does what the loader does on a decision: run
//! what is now allowed, fire `vox:consent`, post the record. Google Consent Mode signals stay
//! the loader's.

use std::cell::RefCell;

use wasm_bindgen::JsCast;

use super::{Decision, State};
use crate::config::{Config, ConsentMode};
use crate::json::{self, Json, Map};
use crate::web::{events, page};

/// The gate of this page: its settings and the visitor's record.
pub struct Gate {
    config: Config,
    mode: ConsentMode,
    gpc: bool,
    record: Option<Record>,
}

/// What the cookie holds, as the loader writes it: `{ id, at, revision, choices, services }`.
struct Record {
    id: String,
    revision: u32,
    /// Per category, once the visitor decided.
    choices: Option<Map>,
    /// Services let in one at a time from a blocked iframe's placeholder.
    services: Map,
}

thread_local! {
    static GATE: RefCell<Option<Gate>> = const { RefCell::new(None) };
}

/// Sets the gate up for `config` (again, when the config changed), reading the visitor's record
/// from the cookie.
pub fn install(config: Config) {
    let gate = Gate::new(config);
    GATE.with(|g| *g.borrow_mut() = Some(gate));
    super::unblock::run(allows_item);
}

/// Runs `f` on the page's gate, set up with the default config when nothing installed one.
pub fn with<T>(f: impl FnOnce(&mut Gate) -> T) -> T {
    GATE.with(|g| {
        f(g.borrow_mut()
            .get_or_insert_with(|| Gate::new(Config::default())))
    })
}

/// Whether a blocked item with these categories (or this service) may run now.
fn allows_item(categories: &str, service: &str) -> bool {
    with(|gate| gate.allows_item(categories, service))
}

impl Gate {
    fn new(config: Config) -> Gate {
        let c = &config.consent;
        let country = c
            .country
            .as_deref()
            .unwrap_or_default()
            .to_ascii_uppercase();
        let region = |code: &str| {
            c.regions
                .iter()
                .find(|(r, _)| r.eq_ignore_ascii_case(code))
                .map(|(_, m)| *m)
        };
        let mode = region(&country)
            .or_else(|| region(country.split('-').next().unwrap_or_default()))
            .unwrap_or(c.mode);
        let record = read_cookie(&c.cookie.name).and_then(|r| Record::from_json(&r, c.revision));
        Gate {
            gpc: gpc(),
            mode,
            record,
            config,
        }
    }

    pub fn state(&self) -> State {
        let mut categories = Map::new();
        categories.insert("necessary", true.into());
        let choices = self.record.as_ref().and_then(|r| r.choices.clone());
        for (id, granted) in choices.unwrap_or_else(|| self.defaults()).iter() {
            categories.insert(id.as_str(), granted.clone());
        }
        State {
            decided: self.record.as_ref().is_some_and(|r| r.choices.is_some()),
            mode: self.mode.as_str().into(),
            gpc: self.gpc,
            categories,
        }
    }

    fn allows_item(&self, categories: &str, service: &str) -> bool {
        let state = self.state();
        categories.split_whitespace().all(|c| state.granted(c))
            || (!service.is_empty()
                && self.record.as_ref().and_then(|r| r.services.get(service))
                    == Some(&Json::Bool(true)))
    }

    /// What each category is before a decision: refused under opt-in; allowed otherwise, but
    /// never marketing when the browser sends Global Privacy Control.
    fn defaults(&self) -> Map {
        self.category_ids()
            .map(|id| {
                let open = self.mode != ConsentMode::OptIn && !(self.gpc && id == "marketing");
                (id, Json::Bool(open))
            })
            .collect()
    }

    fn category_ids(&self) -> impl Iterator<Item = &str> {
        let ids = self.config.consent.categories.iter().map(|c| c.id.as_str());
        ids.filter(|id| *id != "necessary")
    }

    /// An explicit decision: the categories left out are refused, and services allowed one at
    /// a time are dropped (the categories now say it all).
    pub fn decide(&mut self, given: &Map, action: Decision, texts: Option<&str>) {
        let choices = self
            .category_ids()
            .map(|id| (id, Json::Bool(given.get(id) == Some(&Json::Bool(true)))))
            .collect();
        self.store(Some(choices), Map::new(), action.as_str(), texts);
    }

    pub fn allow_service(&mut self, id: &str, texts: &str) {
        let mut services = self
            .record
            .as_ref()
            .map(|r| r.services.clone())
            .unwrap_or_default();
        services.insert(id, true.into());
        let choices = self.record.as_ref().and_then(|r| r.choices.clone());
        self.store(choices, services, "service", Some(texts));
    }

    /// Keeps the record in the cookie, runs what it allows, tells the page and posts it.
    fn store(&mut self, choices: Option<Map>, services: Map, action: &str, texts: Option<&str>) {
        let record = Record {
            id: self
                .record
                .as_ref()
                .map_or_else(page::new_id, |r| r.id.clone()),
            revision: self.config.consent.revision,
            choices,
            services,
        };
        write_cookie(&self.config, &record.to_json());
        self.record = Some(record);
        super::unblock::run(allows_item);
        let mut detail = self.detail();
        if let Json::Obj(map) = &mut detail {
            map.insert("action", action.into());
        }
        // After this task: listeners read the gate again, and the borrow of it ends first.
        let (config, texts) = (self.config.clone(), texts.map(String::from));
        page::after(0, move || {
            events::emit_on_document("consent", &events::to_js(&detail));
            if let (Json::Obj(map), Some(texts)) = (&mut detail, texts) {
                map.insert("texts", texts.into());
            }
            super::record::post(config, &detail);
        })
        .forget();
    }

    /// The `vox:consent` detail, as the loader gives it.
    fn detail(&self) -> Json {
        let state = self.state();
        let record = self.record.as_ref();
        let mut m = Map::new();
        m.insert("decided", state.decided.into());
        m.insert("id", record.map(|r| r.id.as_str()).into());
        m.insert("revision", self.config.consent.revision.into());
        m.insert("mode", state.mode.as_str().into());
        m.insert("gpc", state.gpc.into());
        m.insert("categories", state.categories.into());
        let services = record.map(|r| r.services.clone()).unwrap_or_default();
        m.insert("services", services.into());
        m.into()
    }
}

impl Record {
    /// A record for this revision, or none: a new revision asks again.
    fn from_json(value: &Json, revision: u32) -> Option<Record> {
        let choices = value.get("choices").as_object().cloned();
        let services = value.get("services").as_object().cloned();
        let same = value.get("revision").as_u64() == Some(u64::from(revision));
        (same && (choices.is_some() || services.is_some())).then(|| Record {
            id: value
                .get("id")
                .as_str()
                .map_or_else(page::new_id, String::from),
            revision,
            choices,
            services: services.unwrap_or_default(),
        })
    }

    fn to_json(&self) -> Json {
        let mut m = Map::new();
        m.insert("id", self.id.as_str().into());
        m.insert("at", page::now_iso().into());
        m.insert("revision", self.revision.into());
        if let Some(choices) = &self.choices {
            m.insert("choices", choices.clone().into());
        }
        m.insert("services", self.services.clone().into());
        m.into()
    }
}

fn html_document() -> Option<web_sys::HtmlDocument> {
    page::document()?.dyn_into().ok()
}

fn read_cookie(name: &str) -> Option<Json> {
    let cookies = html_document()?.cookie().ok()?;
    let prefix = format!("{name}=");
    let row = cookies
        .split("; ")
        .find_map(|row| row.strip_prefix(&prefix))?;
    let text: String = js_sys::decode_uri_component(row).ok()?.into();
    json::parse(&text).ok()
}

fn write_cookie(config: &Config, record: &Json) {
    let Some(document) = html_document() else {
        return;
    };
    let cookie = &config.consent.cookie;
    let value: String = js_sys::encode_uri_component(&record.to_string()).into();
    let mut text = format!(
        "{}={value}; Max-Age={}; Path=/; SameSite=Lax",
        cookie.name,
        u32::from(cookie.expires_days) * 86_400
    );
    if let Some(domain) = &cookie.domain {
        text.push_str("; Domain=");
        text.push_str(domain);
    }
    if document
        .location()
        .and_then(|l| l.protocol().ok())
        .as_deref()
        == Some("https:")
    {
        text.push_str("; Secure");
    }
    let _ = document.set_cookie(&text);
}

/// Whether the browser sends Global Privacy Control (`navigator.globalPrivacyControl`).
fn gpc() -> bool {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return false;
    };
    js_sys::Reflect::get(&navigator, &"globalPrivacyControl".into())
        .is_ok_and(|v| v.as_bool() == Some(true))
}
