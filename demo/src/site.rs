//! The demo storefront: HTML pages from `demo/site` with the page language filled in, the
//! bundle from `dist/vox`, the demo's search indexes from `target/demo` (see [`folder`]), and a
//! strict Content-Security-Policy to prove Vox needs nothing more.

use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

use axum::extract::{Query, State};
use axum::http::{header, HeaderValue, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use crate::AppState;

/// Language switcher entries: tag and the language's own name.
const LANGUAGES: &[(&str, &str)] = &[
    ("en", "English"),
    ("zh-CN", "简体中文"),
    ("zh-TW", "繁體中文"),
    ("es", "Español"),
    ("fr", "Français"),
    ("de", "Deutsch"),
    ("it", "Italiano"),
    ("pt-BR", "Português (Brasil)"),
    ("ru", "Русский"),
    ("ja", "日本語"),
    ("ko", "한국어"),
    ("ar", "العربية"),
    ("he", "עברית"),
    ("th", "ไทย"),
    ("vi", "Tiếng Việt"),
    ("id", "Bahasa Indonesia"),
    ("ms", "Bahasa Melayu"),
    ("tr", "Türkçe"),
    ("hi", "हिन्दी"),
    ("pl", "Polski"),
];

#[derive(Deserialize)]
pub struct PageQuery {
    lang: Option<String>,
    /// Stands in for a CDN's geo header: becomes `data-country` on the script tag.
    country: Option<String>,
    /// Becomes `data-consent-revision`, to show a re-ask after the site changes its purposes.
    revision: Option<u32>,
    /// `gpc=1` loads a fixture that makes `navigator.globalPrivacyControl` true (Chromium never
    /// sets it; a browser with GPC on does).
    gpc: Option<u8>,
    /// `debug=1` becomes `data-debug`: the site owner's panel of config problems.
    debug: Option<u8>,
    /// Becomes `data-config`: a config file's URL, for the fixture that tries them.
    config: Option<String>,
}

/// Any GET that is not an API route: a templated page, a site asset, or a bundle file.
pub async fn serve(
    State(state): State<Arc<AppState>>,
    uri: Uri,
    Query(query): Query<PageQuery>,
) -> Response {
    let path = uri.path();
    let roots = [
        ("/vox/", &state.dist),
        ("/site/", &state.site),
        ("/indexes/", &state.indexes),
        ("/app/", &state.app),
    ];
    let Some((root, rel)) = folder(&roots, path) else {
        let page = if path == "/" {
            "index.html"
        } else {
            path.trim_start_matches('/')
        };
        return page_response(&state, page, &query);
    };
    match safe_join(&root, rel).map(std::fs::read) {
        Some(Ok(bytes)) => {
            let mut response = bytes.into_response();
            set(&mut response, header::CONTENT_TYPE, content_type(rel));
            set(&mut response, header::CACHE_CONTROL, "no-cache");
            response
        }
        _ => not_found(),
    }
}

/// The folder a file URL is served from, and the path under it; `None` for a page. The demo's
/// help index is built beside the bundle, never into it (a site owner copies the bundle folder
/// as it is), and served at `/indexes/help/`, which the shop's pages name. Under `/app/`, the
/// example Leptos app, a path that names no file is one of the app's routes: its `index.html`.
fn folder<'a>(roots: &[(&str, &PathBuf)], path: &'a str) -> Option<(PathBuf, &'a str)> {
    roots.iter().find_map(|(prefix, root)| {
        let rest = path
            .strip_prefix(prefix)
            .or_else(|| (path == prefix.trim_end_matches('/')).then_some(""))?;
        let route =
            *prefix == "/app/" && !rest.rsplit('/').next().unwrap_or_default().contains('.');
        Some((root.to_path_buf(), if route { "index.html" } else { rest }))
    })
}

fn page_response(state: &AppState, page: &str, query: &PageQuery) -> Response {
    let lang = query.lang.as_deref();
    if !page.ends_with(".html") {
        return not_found();
    }
    let Some(Ok(template)) = safe_join(&state.site, page).map(std::fs::read_to_string) else {
        return not_found();
    };
    let lang = LANGUAGES
        .iter()
        .find(|(tag, _)| Some(*tag) == lang)
        .map_or("en", |(tag, _)| tag);
    let dir = if matches!(lang, "ar" | "he") {
        "rtl"
    } else {
        "ltr"
    };
    let options: String = LANGUAGES
        .iter()
        .map(|(tag, name)| {
            let selected = if *tag == lang { " selected" } else { "" };
            format!("<option value=\"{tag}\" lang=\"{tag}\"{selected}>{name}</option>")
        })
        .collect();
    // The shared header, with the current page marked for assistive technology.
    let header = std::fs::read_to_string(state.site.join("partials/header.html"))
        .unwrap_or_default()
        .replace(
            &format!("data-page=\"{page}\""),
            &format!("data-page=\"{page}\" aria-current=\"page\""),
        );
    let vox_config =
        std::fs::read_to_string(state.site.join("partials/vox-config.html")).unwrap_or_default();
    let html = template
        .replace("{{header}}", &header)
        .replace("{{vox_config}}", &vox_config)
        .replace("{{lang}}", lang)
        .replace("{{dir}}", dir)
        .replace("{{endpoint}}", &escape(&state.endpoint))
        .replace("{{languages}}", &options)
        .replace("{{tag}}", &tag_attributes(query))
        .replace(
            "{{gpc}}",
            if query.gpc == Some(1) {
                "<script src=\"/site/fixtures/gpc.js\"></script>"
            } else {
                ""
            },
        );
    let mut response = html.into_response();
    set(
        &mut response,
        header::CONTENT_TYPE,
        "text/html; charset=utf-8",
    );
    let connect = origin(&state.endpoint)
        .map(|o| format!(" {o}"))
        .unwrap_or_default();
    // Strict: no inline script or style, nothing from elsewhere. 'wasm-unsafe-eval' is what
    // compiling WebAssembly needs; it does not allow eval().
    // The hostile-input fixture alone allows inline scripts, so that a hostile string that
    // became markup would run and its test could fail; the strict policy would hide it.
    let inline = if page == "fixtures/hostile.html" {
        " 'unsafe-inline'"
    } else {
        ""
    };
    let csp = format!(
        "default-src 'self'; script-src 'self'{inline} 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'{connect}; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
    );
    if let Ok(value) = HeaderValue::from_str(&csp) {
        response
            .headers_mut()
            .insert(header::CONTENT_SECURITY_POLICY, value);
    }
    response
}

/// The page's switches (consent, debug, config file) as extra attributes for the loader's tag.
fn tag_attributes(query: &PageQuery) -> String {
    let mut out = String::new();
    if let Some(country) = &query.country {
        if country
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        {
            out.push_str(&format!(" data-country=\"{country}\""));
        }
    }
    if let Some(revision) = query.revision {
        out.push_str(&format!(" data-consent-revision=\"{revision}\""));
    }
    if query.debug == Some(1) {
        out.push_str(" data-debug");
    }
    if let Some(config) = &query.config {
        out.push_str(&format!(" data-config=\"{}\"", escape(config)));
    }
    out
}

fn origin(url: &str) -> Option<&str> {
    let scheme_end = url.find("://")? + 3;
    let host_end = url[scheme_end..]
        .find('/')
        .map_or(url.len(), |i| scheme_end + i);
    Some(&url[..host_end])
}

/// Joins without letting `..` or absolute paths escape the folder.
fn safe_join(root: &Path, rel: &str) -> Option<PathBuf> {
    let rel = Path::new(rel);
    rel.components()
        .all(|c| matches!(c, Component::Normal(_)))
        .then(|| root.join(rel))
}

fn content_type(path: &str) -> &'static str {
    match path.rsplit('.').next().unwrap_or("") {
        "js" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "html" => "text/html; charset=utf-8",
        "ftl" => "text/plain; charset=utf-8",
        "json" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        _ => "application/octet-stream",
    }
}

fn set(response: &mut Response, name: header::HeaderName, value: &'static str) {
    response
        .headers_mut()
        .insert(name, HeaderValue::from_static(value));
}

fn not_found() -> Response {
    (StatusCode::NOT_FOUND, "not found").into_response()
}

/// Minimal HTML escaping for text and attribute values.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_cannot_escape() {
        assert!(safe_join(Path::new("/srv"), "../etc/passwd").is_none());
        assert!(safe_join(Path::new("/srv"), "/etc/passwd").is_none());
        assert_eq!(
            safe_join(Path::new("/srv"), "locales/ar/feedback.ftl"),
            Some(PathBuf::from("/srv/locales/ar/feedback.ftl"))
        );
    }

    #[test]
    fn bundle_site_files_and_indexes_come_from_their_own_folders() {
        let (dist, site, indexes, app) = (
            PathBuf::from("/d"),
            PathBuf::from("/s"),
            PathBuf::from("/i"),
            PathBuf::from("/a"),
        );
        let roots = [
            ("/vox/", &dist),
            ("/site/", &site),
            ("/indexes/", &indexes),
            ("/app/", &app),
        ];
        let at = |path| folder(&roots, path);
        assert_eq!(at("/vox/vox.js"), Some((PathBuf::from("/d"), "vox.js")));
        assert_eq!(
            at("/indexes/help/index.json"),
            Some((PathBuf::from("/i"), "help/index.json"))
        );
        assert_eq!(
            at("/site/shop.css"),
            Some((PathBuf::from("/s"), "shop.css"))
        );
        assert_eq!(at("/help.html"), None);
        // The app's routes are its page; its files are themselves.
        for route in ["/app", "/app/", "/app/help", "/app/contact?message=a"] {
            let route = route.split('?').next().unwrap();
            assert_eq!(
                at(route),
                Some((PathBuf::from("/a"), "index.html")),
                "{route}"
            );
        }
        assert_eq!(
            at("/app/locales/de/feedback.ftl"),
            Some((PathBuf::from("/a"), "locales/de/feedback.ftl"))
        );
    }

    #[test]
    fn origins() {
        assert_eq!(
            origin("http://127.0.0.1:9000/api/vox"),
            Some("http://127.0.0.1:9000")
        );
        assert_eq!(origin("/api/vox"), None);
    }
}
