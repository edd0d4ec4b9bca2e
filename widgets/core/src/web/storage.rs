//! Web storage that never throws: it is missing in some embedded browsers and throws when
//! disabled or full, and none of that may break a widget or the host page.

/// Which storage: `localStorage` outlives the visit, `sessionStorage` ends with the tab.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Area {
    Local,
    Session,
}

fn area(area: Area) -> Option<web_sys::Storage> {
    let window = web_sys::window()?;
    match area {
        Area::Local => window.local_storage(),
        Area::Session => window.session_storage(),
    }
    .ok()
    .flatten()
}

pub fn get(a: Area, key: &str) -> Option<String> {
    area(a)?.get_item(key).ok().flatten()
}

/// False when the value could not be stored.
pub fn set(a: Area, key: &str, value: &str) -> bool {
    area(a).is_some_and(|s| s.set_item(key, value).is_ok())
}

pub fn remove(a: Area, key: &str) {
    if let Some(s) = area(a) {
        let _ = s.remove_item(key);
    }
}
