//! `autoClear`: the cookies of a refused category are deleted when the visitor decides, on
//! this host and on every parent domain they may have been set for (`_ga` is set for
//! `.shop.example` by a script on `www.shop.example`).
//!
//! It runs here, with the consent record, rather than in the loader, which has to stay small;
//! the cookies were set by scripts the gate had let in, so nothing new runs before they go.

use wasm_bindgen::JsCast;

use crate::config::Category;
use crate::json::{Json, Map};

/// Deletes the `autoClear` cookies of every category not granted in `granted`.
pub fn clear_refused(categories: &[Category], granted: &Map) {
    let Some(document) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.dyn_into::<web_sys::HtmlDocument>().ok())
    else {
        return;
    };
    let host = document
        .location()
        .and_then(|l| l.hostname().ok())
        .unwrap_or_default();
    let cookies = document.cookie().unwrap_or_default();
    for name in refused(categories, granted, &cookies) {
        let _ = document.set_cookie(&format!("{name}=; Max-Age=0; Path=/"));
        let mut domain = host.as_str();
        while !domain.is_empty() {
            let _ = document.set_cookie(&format!("{name}=; Max-Age=0; Path=/; Domain={domain}"));
            domain = domain.split_once('.').map_or("", |(_, parent)| parent);
        }
    }
}

/// The cookies (names, from a `document.cookie` text) that a refused category's `autoClear`
/// lists: names, or prefixes ending in `*`.
fn refused<'a>(
    categories: &'a [Category],
    granted: &'a Map,
    cookies: &'a str,
    // Split on a char, not "; ": a string pattern compiles a substring search into the wasm.
) -> impl Iterator<Item = &'a str> {
    let names = cookies
        .split(';')
        .map(|row| row.split('=').next().unwrap_or("").trim());
    names.filter(move |name| {
        !name.is_empty()
            && categories.iter().any(|k| {
                granted.get(&k.id) != Some(&Json::Bool(true))
                    && k.auto_clear
                        .iter()
                        .any(|pattern| match pattern.strip_suffix('*') {
                            Some(prefix) => name.starts_with(prefix),
                            None => name == pattern,
                        })
            })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn category(id: &str, auto_clear: &[&str]) -> Category {
        Category {
            id: id.into(),
            label: None,
            description: None,
            services: Vec::new(),
            auto_clear: auto_clear.iter().map(|s| s.to_string()).collect(),
        }
    }

    #[test]
    fn only_the_cookies_of_refused_categories_go() {
        let categories = [
            category("analytics", &["_ga*", "_gid"]),
            category("marketing", &["_fbp"]),
        ];
        let granted: Map = [("marketing", Json::Bool(true))].into_iter().collect();
        let cookies = "_ga=1; _ga_X1=2; _gid=3; _gidx=4; _fbp=5; session=6; =7";
        let gone: Vec<&str> = refused(&categories, &granted, cookies).collect();
        assert_eq!(gone, ["_ga", "_ga_X1", "_gid"]);
        assert_eq!(refused(&categories, &granted, "").count(), 0);
    }
}
