//! The admin token. Submissions hold visitors' emails and messages, so `/admin*` and every
//! endpoint that reads stored data need it; the storefront, the bundle and `POST /api/vox` do not.
//!
//! It is accepted as `Authorization: Bearer TOKEN`, or once as `/admin?token=TOKEN` (the URL
//! printed at start): that answer sets an `HttpOnly`, `SameSite=Strict` cookie for `/admin` and
//! redirects to the same URL without the token, so the token does not stay in the address bar,
//! the history or a `Referer`.

use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, StatusCode, Uri};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::AppState;

/// The cookie `/admin?token=` sets.
const COOKIE: &str = "vox_admin";

/// What a refused request is told.
const REFUSED: &str =
    "admin token required: see the admin line vox-demo printed at start, or pass --admin-token\n";

/// The secret that unlocks the admin routes.
pub struct Token(String);

impl Token {
    /// `--admin-token`, else a non-empty `VOX_ADMIN_TOKEN`, else a random one.
    pub fn choose(flag: Option<String>, env: Option<String>) -> Result<Token, String> {
        match flag.or(env.filter(|t| !t.is_empty())) {
            Some(token) => Token::given(token),
            None => Token::random(),
        }
    }

    /// A token chosen by the operator. It goes into a header, a cookie and a query string, so
    /// it is limited to the characters none of them needs to escape.
    fn given(token: String) -> Result<Token, String> {
        let unreserved =
            |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~');
        if token.is_empty() || !token.bytes().all(unreserved) {
            return Err("the admin token takes letters, digits, '-', '.', '_' and '~'".into());
        }
        Ok(Token(token))
    }

    /// 128 bits from the operating system's RNG, hex-encoded.
    fn random() -> Result<Token, String> {
        let mut bytes = [0u8; 16];
        getrandom::fill(&mut bytes)
            .map_err(|e| format!("cannot make an admin token (OS random source: {e})"))?;
        Ok(Token(bytes.iter().map(|b| format!("{b:02x}")).collect()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Compares every byte whatever the first difference, so the response time does not tell
    /// an attacker how much of a guess was right.
    fn matches(&self, candidate: &str) -> bool {
        let (a, b) = (self.0.as_bytes(), candidate.as_bytes());
        a.len() == b.len() && a.iter().zip(b).fold(0u8, |diff, (x, y)| diff | (x ^ y)) == 0
    }
}

/// Middleware for the guarded routes: lets a request through with the right token, trades
/// `?token=` on `/admin*` for the cookie, and refuses everything else with 401.
pub async fn require_admin(
    State(state): State<Arc<AppState>>,
    request: Request,
    next: Next,
) -> Response {
    let token = &state.admin_token;
    let uri = request.uri();
    let admin_page = uri.path() == "/admin" || uri.path().starts_with("/admin/");
    if let Some(given) = admin_page.then(|| query_token(uri)).flatten() {
        return if token.matches(&given) {
            trade_for_cookie(uri, token)
        } else {
            refuse()
        };
    }
    let headers = request.headers();
    if bearer(headers).is_some_and(|t| token.matches(t))
        || cookie(headers).is_some_and(|t| token.matches(t))
    {
        next.run(request).await
    } else {
        refuse()
    }
}

fn query_token(uri: &Uri) -> Option<String> {
    form_urlencoded::parse(uri.query()?.as_bytes())
        .find(|(key, _)| key == "token")
        .map(|(_, value)| value.into_owned())
}

/// 303 to the same URL without `token`, setting the cookie admin pages are then read with.
fn trade_for_cookie(uri: &Uri, token: &Token) -> Response {
    let rest = form_urlencoded::Serializer::new(String::new())
        .extend_pairs(
            form_urlencoded::parse(uri.query().unwrap_or_default().as_bytes())
                .filter(|(key, _)| key != "token"),
        )
        .finish();
    let location = if rest.is_empty() {
        uri.path().to_string()
    } else {
        format!("{}?{rest}", uri.path())
    };
    let cookie = format!(
        "{COOKIE}={}; HttpOnly; SameSite=Strict; Path=/admin",
        token.as_str()
    );
    (
        StatusCode::SEE_OTHER,
        [(header::LOCATION, location), (header::SET_COOKIE, cookie)],
    )
        .into_response()
}

fn bearer(headers: &HeaderMap) -> Option<&str> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.split_once(' ')?;
    scheme.eq_ignore_ascii_case("bearer").then(|| token.trim())
}

fn cookie(headers: &HeaderMap) -> Option<&str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .find_map(|pair| pair.trim().strip_prefix(COOKIE)?.strip_prefix('='))
}

fn refuse() -> Response {
    (
        StatusCode::UNAUTHORIZED,
        [(header::WWW_AUTHENTICATE, "Bearer")],
        REFUSED,
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_flag_wins_then_the_environment_then_a_random_token() {
        let some = |s: &str| Some(s.to_string());
        let chosen = |flag, env| Token::choose(flag, env).unwrap().0;
        assert_eq!(chosen(some("from-flag"), some("from-env")), "from-flag");
        assert_eq!(chosen(None, some("from-env")), "from-env");
        let random = chosen(None, some(""));
        assert_eq!(random.len(), 32);
        assert!(random.bytes().all(|b| b.is_ascii_hexdigit()));
        assert_ne!(random, chosen(None, None));
        for bad in ["", "has space", "semi;colon", "quote\"", "ünicode"] {
            assert!(Token::choose(some(bad), None).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn only_the_whole_token_matches() {
        let token = Token("abc123".into());
        assert!(token.matches("abc123"));
        for wrong in ["", "abc12", "abc1234", "abc124", "ABC123"] {
            assert!(!token.matches(wrong), "{wrong:?}");
        }
    }
}
