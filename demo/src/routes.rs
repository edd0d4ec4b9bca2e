//! Which routes exist and who may reach them. Public: the storefront and bundle, `/healthz`
//! and `/readyz` for a load balancer, and `/api/vox`, the only route with CORS (shops' pages
//! post to it from their own origins).
//! Guarded by the admin token: everything that reads stored submissions, served with the admin
//! security headers.

use std::sync::Arc;

use axum::middleware::{from_fn_with_state, map_response};
use axum::routing::{get, post};
use axum::Router;

use crate::{admin, auth, collector, dashboard, follow_up, rights, site, AppState};

pub fn app(state: Arc<AppState>) -> Router {
    let submit = post(collector::receive)
        .put(collector::receive)
        .options(collector::preflight)
        .layer(map_response(collector::cors));
    let guarded = Router::new()
        .route("/admin", get(dashboard::page))
        .route("/admin/export.csv", get(dashboard::csv))
        .route("/admin/export.json", get(dashboard::json))
        .route("/admin/submissions.json", get(collector::list))
        .route("/api/submissions", get(collector::list))
        .route("/api/people/export", get(rights::export))
        .route("/api/people/erase", post(rights::erase))
        .route("/admin/people/export", get(rights::export))
        .route("/admin/people/erase", post(rights::erase_form))
        .route("/admin/items/reply", post(follow_up::reply))
        .route("/admin/items/handled", post(follow_up::handled))
        .route_layer(from_fn_with_state(state.clone(), auth::require_admin))
        .route_layer(map_response(admin::security_headers));
    Router::new()
        .route("/api/vox", submit)
        .route("/healthz", get(collector::healthz))
        .route("/readyz", get(collector::readyz))
        .merge(guarded)
        .fallback(get(site::serve))
        .with_state(state)
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use axum::body::{to_bytes, Body};
    use axum::http::{header, HeaderMap, Request, StatusCode};
    use serde_json::{json, Value};
    use tower::ServiceExt;

    use super::*;
    use crate::store::Store;

    const TOKEN: &str = "test-admin-token";

    /// Every route that returns stored data.
    const GUARDED: [&str; 5] = [
        "/admin",
        "/admin/submissions.json",
        "/api/submissions",
        "/api/people/export?email=a%40b.example",
        "/admin/people/export?email=a%40b.example",
    ];

    /// The app over a store of each engine (see `store::testing`): every test below runs on
    /// SQLite and on Postgres.
    async fn states() -> Vec<Arc<AppState>> {
        let stores = crate::store::testing::stores().await;
        stores.into_iter().map(state_over).collect()
    }

    fn state_over(store: Store) -> Arc<AppState> {
        let demo = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        Arc::new(AppState {
            store,
            validator: collector::validator(),
            dist: demo.join("../dist/vox"),
            site: demo.join("site"),
            indexes: demo.join("../target/demo"),
            app: demo.join("../target/leptos-app"),
            endpoint: "/api/vox".into(),
            admin_token: auth::Token::choose(Some(TOKEN.into()), None).unwrap(),
            retention: Vec::new(),
            webhooks: Vec::new(),
            reply_webhook: None,
        })
    }

    /// A `#[tokio::test]` per test body, which runs it once per engine.
    macro_rules! on_each_engine {
        ($($name:ident),* $(,)?) => {
            mod each_engine {
                $(
                    #[tokio::test]
                    async fn $name() {
                        for state in super::states().await {
                            super::$name(state).await;
                        }
                    }
                )*
            }
        };
    }

    struct Reply {
        status: StatusCode,
        headers: HeaderMap,
        body: String,
    }

    impl Reply {
        fn header(&self, name: header::HeaderName) -> &str {
            self.headers
                .get(name)
                .map_or("", |v| v.to_str().unwrap_or_default())
        }
    }

    async fn send(
        app: &Router,
        method: &str,
        uri: &str,
        headers: &[(header::HeaderName, &str)],
        body: &str,
    ) -> Reply {
        let mut request = Request::builder().method(method).uri(uri);
        for (name, value) in headers {
            request = request.header(name, *value);
        }
        let response = app
            .clone()
            .oneshot(request.body(Body::from(body.to_string())).unwrap())
            .await
            .unwrap();
        let (parts, body) = response.into_parts();
        let body = to_bytes(body, usize::MAX).await.unwrap();
        Reply {
            status: parts.status,
            headers: parts.headers,
            body: String::from_utf8_lossy(&body).into_owned(),
        }
    }

    async fn get_as_admin(app: &Router, uri: &str) -> Reply {
        let bearer = format!("Bearer {TOKEN}");
        send(app, "GET", uri, &[(header::AUTHORIZATION, &bearer)], "").await
    }

    /// Feedback sent today (the dashboard shows the last 90 days).
    fn envelope(id: &str, page_url: &str) -> Value {
        json!({
            "schema_version": 1, "id": id, "widget": "feedback",
            "answers": {"category": "bug", "message": "Zip code rejected"},
            "created_at": format!("{}T10:00:00.000Z", crate::facts::today()), "locale": "de",
            "page": {"url": page_url, "title": "Cart"}, "meta": {"vox_version": "0.1.0"}
        })
    }

    /// Every `href` value in the page, as written.
    fn hrefs(html: &str) -> Vec<&str> {
        html.split("href=")
            .skip(1)
            .map(|rest| {
                let rest = rest.strip_prefix('"').expect("hrefs are double-quoted");
                &rest[..rest.find('"').unwrap()]
            })
            .collect()
    }

    async fn admin_never_links_a_stored_unsafe_url(state: Arc<AppState>) {
        let unsafe_urls = [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "/\\evil.example",
            " javascript:alert(1)",
        ];
        for (i, url) in unsafe_urls.iter().enumerate() {
            state
                .store
                .insert(&envelope(&format!("bad-{i}"), url), &[])
                .await
                .unwrap();
        }
        let good = "https://shop.example/cart?size=m&color=red";
        state
            .store
            .insert(&envelope("good", good), &[])
            .await
            .unwrap();

        let page = get_as_admin(&app(state), "/admin").await;
        assert_eq!(page.status, StatusCode::OK);
        // The dashboard shows a page as its path (a stored URL can hold an email) and links
        // only to itself: nothing posted becomes a link.
        for link in hrefs(&page.body) {
            assert!(
                link.starts_with('#') || (link.starts_with('/') && !link.starts_with("//")),
                "{link}"
            );
            let lower = link.to_lowercase();
            assert!(
                !lower.contains("javascript") && !lower.contains("evil"),
                "{link}"
            );
        }
        assert!(
            page.body.contains(" · /cart</p>"),
            "the good URL's path is shown"
        );
    }

    async fn admin_escapes_markup_in_every_text_field(state: Arc<AppState>) {
        let x = "<script>alert(1)</script>";
        let sent = [
            json!({"id": format!("{x}1"), "widget": x, "locale": x,
                "answers": {"category": x, "rating": x, "email": x, "message": x},
                "page": {"url": x, "title": x}}),
            json!({"id": format!("{x}2"), "widget": "prompt", "locale": x,
                "answers": {"prompt": x, "kind": x, "response_id": "r", "stage": "score", "score": 9}}),
            json!({"id": format!("{x}3"), "widget": "prompt", "locale": x,
                "answers": {"prompt": x, "kind": x, "response_id": "r", "stage": "follow_up",
                    "band": x, "text": x}}),
            json!({"id": format!("{x}4"), "widget": "help", "locale": x,
                "answers": {"event": "query", "query": x, "results": 0}}),
        ];
        for submission in &sent {
            state.store.insert(submission, &[]).await.unwrap();
        }
        let page = get_as_admin(&app(state), "/admin").await;
        assert!(
            page.body.contains(r#"<h2 id="verbatims">"#) && page.body.contains(r#"<h2 id="help">"#)
        );
        assert!(!page.body.contains("<script"), "{}", page.body);
        // The message and follow-up (verbatims, their terms), the query (top and zero-result
        // lists), the item's id, and the locale beside each.
        assert!(
            page.body
                .matches("&lt;script&gt;alert(1)&lt;/script&gt;")
                .count()
                >= 8,
            "{}",
            page.body
        );
    }

    async fn guarded_responses_carry_a_strict_csp(state: Arc<AppState>) {
        let app = app(state);
        let page = get_as_admin(&app, "/admin").await;
        let refused = send(&app, "GET", "/admin", &[], "").await;
        for reply in [
            &page,
            &refused,
            &get_as_admin(&app, "/api/submissions").await,
        ] {
            assert_eq!(
                reply.header(header::CONTENT_SECURITY_POLICY),
                "default-src 'none'; style-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
            );
            assert_eq!(reply.header(header::X_CONTENT_TYPE_OPTIONS), "nosniff");
            assert_eq!(reply.header(header::REFERRER_POLICY), "no-referrer");
        }
        // What the policy allows is all the page uses: its stylesheet, nothing inline.
        for inline in ["<style", "style=", "<script", "<img"] {
            assert!(!page.body.contains(inline), "{inline}");
        }
        // Its forms (data rights) post to this site, as `form-action 'self'` allows.
        let actions: Vec<&str> = page
            .body
            .split("action=\"")
            .skip(1)
            .map(|a| &a[..a.find('"').unwrap()])
            .collect();
        assert_eq!(
            actions,
            ["/admin", "/admin/people/export", "/admin/people/erase"]
        );
        let css = send(&app, "GET", "/site/admin.css", &[], "").await;
        assert_eq!(
            (css.status, css.header(header::CONTENT_TYPE)),
            (StatusCode::OK, "text/css; charset=utf-8")
        );
    }

    async fn reads_are_not_shared_with_other_origins(state: Arc<AppState>) {
        let app = app(state);
        let bearer = format!("Bearer {TOKEN}");
        for path in GUARDED {
            for method in ["GET", "OPTIONS"] {
                let reply = send(
                    &app,
                    method,
                    path,
                    &[
                        (header::ORIGIN, "https://evil.example"),
                        (header::AUTHORIZATION, &bearer),
                    ],
                    "",
                )
                .await;
                let cors: Vec<_> = reply
                    .headers
                    .keys()
                    .filter(|name| name.as_str().starts_with("access-control-"))
                    .collect();
                assert!(cors.is_empty(), "{method} {path}: {cors:?}");
            }
        }
    }

    async fn the_submit_route_keeps_what_widgets_need(state: Arc<AppState>) {
        let app = app(state);
        let shop = "https://shop.example";
        let preflight = send(
            &app,
            "OPTIONS",
            "/api/vox",
            &[
                (header::ORIGIN, shop),
                (header::ACCESS_CONTROL_REQUEST_METHOD, "PUT"),
                (
                    header::ACCESS_CONTROL_REQUEST_HEADERS,
                    "content-type,idempotency-key",
                ),
            ],
            "",
        )
        .await;
        assert_eq!(preflight.status, StatusCode::NO_CONTENT);
        assert_eq!(preflight.header(header::ACCESS_CONTROL_ALLOW_ORIGIN), "*");
        assert_eq!(
            preflight.header(header::ACCESS_CONTROL_ALLOW_METHODS),
            "POST, PUT, OPTIONS"
        );
        assert_eq!(
            preflight.header(header::ACCESS_CONTROL_ALLOW_HEADERS),
            "Content-Type, Idempotency-Key"
        );

        let id = "7c0e5f0a-2b9d-4d83-9a51-0f3f1e7a2c44";
        let body = envelope(id, "https://shop.example/cart").to_string();
        // The page-exit beacon: text/plain, no preflight, no custom header.
        let beacon = send(
            &app,
            "POST",
            "/api/vox",
            &[
                (header::ORIGIN, shop),
                (header::CONTENT_TYPE, "text/plain;charset=UTF-8"),
            ],
            &body,
        )
        .await;
        assert_eq!(beacon.status, StatusCode::CREATED, "{}", beacon.body);
        assert_eq!(beacon.header(header::ACCESS_CONTROL_ALLOW_ORIGIN), "*");
        // A fetch retry with PUT, JSON and the idempotency key.
        let retry = send(
            &app,
            "PUT",
            "/api/vox",
            &[
                (header::ORIGIN, shop),
                (header::CONTENT_TYPE, "application/json"),
                (header::HeaderName::from_static("idempotency-key"), id),
            ],
            &body,
        )
        .await;
        assert_eq!(retry.status, StatusCode::OK, "{}", retry.body);
        assert_eq!(retry.header(header::ACCESS_CONTROL_ALLOW_ORIGIN), "*");
    }

    async fn reads_need_the_admin_token(state: Arc<AppState>) {
        let app = app(state);
        let wrong = [
            vec![],
            vec![(header::AUTHORIZATION, "Bearer wrong-token")],
            vec![(header::AUTHORIZATION, "Bearer test-admin-toke")],
            vec![(header::AUTHORIZATION, TOKEN)],
            vec![(header::COOKIE, "vox_admin=wrong-token")],
        ];
        for path in GUARDED {
            for headers in &wrong {
                let reply = send(&app, "GET", path, headers, "").await;
                assert_eq!(reply.status, StatusCode::UNAUTHORIZED, "{path} {headers:?}");
                assert!(reply.body.contains("--admin-token"), "{}", reply.body);
                assert!(reply.header(header::CONTENT_TYPE).starts_with("text/plain"));
            }
            assert_eq!(
                get_as_admin(&app, path).await.status,
                StatusCode::OK,
                "{path}"
            );
        }
        // A token in the URL is only taken on /admin, where it is swapped for a cookie at once.
        let in_url = format!("/api/submissions?token={TOKEN}");
        assert_eq!(
            send(&app, "GET", &in_url, &[], "").await.status,
            StatusCode::UNAUTHORIZED
        );
    }

    async fn the_shop_and_the_submit_route_stay_public(state: Arc<AppState>) {
        let app = app(state);
        for path in ["/", "/cart.html", "/site/admin.css"] {
            assert_eq!(
                send(&app, "GET", path, &[], "").await.status,
                StatusCode::OK,
                "{path}"
            );
        }
        let body = envelope("7c0e5f0a-2b9d-4d83-9a51-0f3f1e7a2c44", "/cart.html").to_string();
        let json = [(header::CONTENT_TYPE, "application/json")];
        assert_eq!(
            send(&app, "POST", "/api/vox", &json, &body).await.status,
            StatusCode::CREATED
        );
    }

    async fn a_token_in_the_admin_url_becomes_a_cookie(state: Arc<AppState>) {
        let app = app(state);
        let traded = send(&app, "GET", &format!("/admin?token={TOKEN}"), &[], "").await;
        assert_eq!(traded.status, StatusCode::SEE_OTHER);
        assert_eq!(traded.header(header::LOCATION), "/admin");
        let cookie = format!("vox_admin={TOKEN}; HttpOnly; SameSite=Strict; Path=/admin");
        assert_eq!(traded.header(header::SET_COOKIE), cookie);
        // Other parameters survive the redirect; the token does not.
        let kept = send(
            &app,
            "GET",
            &format!("/admin?view=all&token={TOKEN}"),
            &[],
            "",
        )
        .await;
        assert_eq!(kept.header(header::LOCATION), "/admin?view=all");

        let cookies = format!("theme=dark; vox_admin={TOKEN}");
        let with_cookie = [(header::COOKIE, cookies.as_str())];
        for path in ["/admin", "/admin/submissions.json"] {
            let reply = send(&app, "GET", path, &with_cookie, "").await;
            assert_eq!(reply.status, StatusCode::OK, "{path}");
        }

        let guessed = send(&app, "GET", "/admin?token=guess", &[], "").await;
        assert_eq!(guessed.status, StatusCode::UNAUTHORIZED);
        assert!(guessed.headers.get(header::SET_COOKIE).is_none());
    }

    /// Export and erasure of one person, as an API (Bearer token) and as the admin page's
    /// forms (its cookie); without the token, nothing.
    async fn people_are_exported_and_erased_with_the_admin_token(state: Arc<AppState>) {
        let mine = envelope("7c0e5f0a-2b9d-4d83-9a51-0f3f1e7a2c11", "/cart.html");
        let mut with_email = mine.clone();
        with_email["answers"]["email"] = json!("ana@shop.example");
        state.store.insert(&with_email, &[]).await.unwrap();
        state
            .store
            .insert(
                &envelope("7c0e5f0a-2b9d-4d83-9a51-0f3f1e7a2c12", "/cart.html"),
                &[],
            )
            .await
            .unwrap();
        let app = app(state);
        let bearer = format!("Bearer {TOKEN}");
        let admin = [(header::AUTHORIZATION, bearer.as_str())];

        let exported = send(
            &app,
            "GET",
            "/api/people/export?email=ANA%40shop.example",
            &admin,
            "",
        )
        .await;
        assert_eq!(exported.status, StatusCode::OK, "{}", exported.body);
        assert_eq!(
            exported.header(header::CONTENT_DISPOSITION),
            "attachment; filename=\"vox-export.json\""
        );
        let file: Value = serde_json::from_str(&exported.body).unwrap();
        assert_eq!(file["submissions"].as_array().unwrap().len(), 1);
        assert_eq!(file["submissions"][0]["submission"]["id"], with_email["id"]);

        let body = r#"{"email": "ana@shop.example"}"#;
        let json = [(header::CONTENT_TYPE, "application/json")];
        assert_eq!(
            send(&app, "POST", "/api/people/erase", &json, body)
                .await
                .status,
            StatusCode::UNAUTHORIZED
        );
        let erased = send(&app, "POST", "/api/people/erase", &admin, body).await;
        assert_eq!(erased.status, StatusCode::OK, "{}", erased.body);
        assert_eq!(
            serde_json::from_str::<Value>(&erased.body).unwrap(),
            json!({"deleted": 1, "blanked": 0})
        );
        let refused = send(&app, "POST", "/api/people/erase", &admin, "{}").await;
        assert_eq!(refused.status, StatusCode::BAD_REQUEST);

        // The admin page's form, with the page's cookie: the other submission goes the same way.
        let cookie = format!("vox_admin={TOKEN}");
        let form = [
            (header::COOKIE, cookie.as_str()),
            (header::CONTENT_TYPE, "application/x-www-form-urlencoded"),
        ];
        let page = send(
            &app,
            "POST",
            "/admin/people/erase",
            &form,
            "email=nobody%40shop.example&consent_id=",
        )
        .await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("0 submissions deleted"), "{}", page.body);
        let listed = get_as_admin(&app, "/api/submissions").await;
        assert_eq!(
            listed.body.matches("\"submission\"").count(),
            1,
            "the other person's stays"
        );
    }

    /// The closed loop on the admin page: a feedback item that left an email can be answered
    /// (which marks it handled), any feedback item marked handled and back; nothing else.
    async fn feedback_is_answered_and_marked_handled(state: Arc<AppState>) {
        let with_email_id = "7c0e5f0a-2b9d-4d83-9a51-0f3f1e7a2c21";
        let mut with_email = envelope(with_email_id, "/cart.html");
        with_email["answers"]["email"] = json!("ana@shop.example");
        let without_id = "7c0e5f0a-2b9d-4d83-9a51-0f3f1e7a2c22";
        state.store.insert(&with_email, &[]).await.unwrap();
        state
            .store
            .insert(&envelope(without_id, "/cart.html"), &[])
            .await
            .unwrap();
        let app = app(state);
        let cookie = format!("vox_admin={TOKEN}");
        let form = [
            (header::COOKIE, cookie.as_str()),
            (header::CONTENT_TYPE, "application/x-www-form-urlencoded"),
        ];
        let page = get_as_admin(&app, "/admin").await.body;
        assert_eq!(
            page.matches(r#"action="/admin/items/reply""#).count(),
            1,
            "only the item with an email"
        );
        assert_eq!(page.matches("Mark handled").count(), 2);

        let body = format!("id={with_email_id}&reply=It+is+on+its+way+%3C3");
        let sent = send(&app, "POST", "/admin/items/reply", &form, &body).await;
        assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
        assert_eq!(
            sent.header(header::LOCATION),
            format!("/admin#item-{with_email_id}")
        );
        let page = get_as_admin(&app, "/admin").await.body;
        assert!(
            page.contains(
                r#"<strong>Replied:</strong> <span dir="auto">It is on its way &lt;3</span>"#
            ),
            "{page}"
        );
        assert_eq!(page.matches("Handled ✓ · undo").count(), 1);

        for body in [
            format!("id={without_id}&reply=Hello"),
            format!("id={with_email_id}&reply="),
        ] {
            let refused = send(&app, "POST", "/admin/items/reply", &form, &body).await;
            assert_eq!(refused.status, StatusCode::BAD_REQUEST, "{body}");
        }
        let undo = format!("id={with_email_id}&handled=0");
        assert_eq!(
            send(&app, "POST", "/admin/items/handled", &form, &undo)
                .await
                .status,
            StatusCode::SEE_OTHER
        );
        let page = get_as_admin(&app, "/admin").await.body;
        assert_eq!(page.matches("Mark handled").count(), 2);
        assert_eq!(
            send(&app, "POST", "/admin/items/handled", &[], &undo)
                .await
                .status,
            StatusCode::UNAUTHORIZED
        );
    }

    /// The database goes down: a submission gets 503 with `Retry-After` (nothing is stored,
    /// so the widget's outbox sends it again), `/readyz` says so while `/healthz` stays up; once
    /// the database is back the same collector stores again, by itself. (Postgres, through a
    /// cable the test cuts; a SQLite file cannot go away under an open connection.)
    #[tokio::test]
    async fn a_database_that_goes_down_answers_503_until_it_is_back() {
        let Some((mut cable, url)) = crate::store::testing::postgres_behind_cable().await else {
            return;
        };
        let app = app(state_over(Store::open(&url).await.unwrap()));
        let post = |id: &str| {
            let body = envelope(id, "https://shop.example/cart").to_string();
            let app = app.clone();
            async move {
                let json = [(header::CONTENT_TYPE, "application/json")];
                send(&app, "POST", "/api/vox", &json, &body).await
            }
        };
        let first = "7c0e5f0a-2b9d-4d83-9a51-0f3f1e7a2c01";
        let second = "7c0e5f0a-2b9d-4d83-9a51-0f3f1e7a2c02";
        assert_eq!(post(first).await.status, StatusCode::CREATED);

        cable.cut();
        let refused = post(second).await;
        assert_eq!(
            refused.status,
            StatusCode::SERVICE_UNAVAILABLE,
            "{}",
            refused.body
        );
        assert_eq!(refused.header(header::RETRY_AFTER), "5");
        let readyz = send(&app, "GET", "/readyz", &[], "").await;
        assert_eq!(readyz.status, StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(readyz.header(header::RETRY_AFTER), "5");
        assert_eq!(
            send(&app, "GET", "/healthz", &[], "").await.status,
            StatusCode::OK
        );

        cable.restore().await;
        // The pool notices its dead connections and opens new ones within a few tries.
        let mut stored = post(second).await;
        for _ in 0..20 {
            if stored.status != StatusCode::SERVICE_UNAVAILABLE {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(250)).await;
            stored = post(second).await;
        }
        assert_eq!(stored.status, StatusCode::CREATED, "{}", stored.body);
        assert_eq!(
            send(&app, "GET", "/readyz", &[], "").await.status,
            StatusCode::OK
        );
        let listed = get_as_admin(&app, "/api/submissions").await;
        assert_eq!(
            listed.body.matches("\"submission\"").count(),
            2,
            "each once"
        );
    }

    on_each_engine!(
        admin_never_links_a_stored_unsafe_url,
        admin_escapes_markup_in_every_text_field,
        guarded_responses_carry_a_strict_csp,
        reads_are_not_shared_with_other_origins,
        the_submit_route_keeps_what_widgets_need,
        reads_need_the_admin_token,
        the_shop_and_the_submit_route_stay_public,
        a_token_in_the_admin_url_becomes_a_cookie,
        people_are_exported_and_erased_with_the_admin_token,
        feedback_is_answered_and_marked_handled,
    );
}
