//! What every guarded response (the dashboard, JSON lists, exports, refusals) carries: a CSP
//! that allows the page's stylesheet and nothing else, and no caching.

use axum::http::{header, HeaderValue};
use axum::response::Response;

/// The headers of every guarded response (admin page, JSON lists, refusals). The page needs
/// nothing but its stylesheet from this origin: no script, no inline style, no frames.
pub async fn security_headers(mut response: Response) -> Response {
    for (name, value) in [
        (
            header::CONTENT_SECURITY_POLICY,
            "default-src 'none'; style-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
        ),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "no-referrer"),
        // Visitors' emails and messages: not for the browser's or a proxy's cache.
        (header::CACHE_CONTROL, "no-store"),
    ] {
        response
            .headers_mut()
            .insert(name, HeaderValue::from_static(value));
    }
    response
}
