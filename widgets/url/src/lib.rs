//! Vox's one URL rule, shared by the config reader, the help index builder and the index
//! reader, so that a URL refused in one place is refused in all of them.
//!
//! A URL is accepted when it is an absolute `http://` or `https://` URL with a host, or a path
//! on the same origin (`/…`). Everything else is refused: other schemes (`javascript:`,
//! `data:`, `vbscript:`), scheme-relative URLs (`//host`), relative paths, and anything a
//! browser would read differently from how it looks. Browsers treat `\` like `/` in http(s)
//! URLs and strip tabs and newlines, so `/\evil.example` and `/\t/evil.example` lead to
//! another host: any backslash, whitespace or control character is refused.

/// Checks `url` against the rule; the error says what was expected and what was found.
pub fn check(url: &str) -> Result<(), String> {
    let expected = || {
        let shown: String = url.chars().take(80).collect();
        format!("an absolute http(s) URL or a path starting with /, got \"{shown}\"")
    };
    if url
        .chars()
        .any(|c| c == '\\' || c.is_whitespace() || c.is_control())
    {
        return Err(expected());
    }
    let rest = strip_prefix_ignore_case(url, "https://")
        .or_else(|| strip_prefix_ignore_case(url, "http://"));
    match rest {
        Some(rest) => {
            let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
            let host = authority.rsplit('@').next().unwrap_or("");
            if host.is_empty() || host.starts_with(':') {
                return Err(expected());
            }
            Ok(())
        }
        None if url.starts_with('/') && !url.starts_with("//") => Ok(()),
        None => Err(expected()),
    }
}

/// Whether `url` passes [`check`].
pub fn is_safe(url: &str) -> bool {
    check(url).is_ok()
}

fn strip_prefix_ignore_case<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &s[prefix.len()..])
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn accepted() {
        for ok in [
            "https://shop.example/api/vox",
            "HTTPS://shop.example/x",
            "http://127.0.0.1:8080/x",
            "/api/vox",
            "/help/article?id=1#top",
            "https://a.b?x=1",
        ] {
            assert_eq!(check(ok), Ok(()), "{ok}");
        }
    }

    #[test]
    fn refused() {
        for bad in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            " javascript:alert(1)",
            "java\tscript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox(1)",
            "//cdn.example/x",
            "/\\evil.example",
            "/\t/evil.example",
            "\\\\evil.example",
            "https:\\\\evil.example",
            "ftp://x",
            "https://",
            "https://:80/",
            "https://user@/x",
            "api/vox",
            "/a b",
            "/a\u{0}b",
            "",
        ] {
            assert!(check(bad).is_err(), "{bad:?}");
        }
    }

    /// How a browser's URL parser would see the start of `url` (WHATWG: leading and trailing
    /// C0 controls and spaces stripped, tabs and newlines removed, `\` read as `/`).
    fn browser_view(url: &str) -> String {
        url.trim_matches(|c: char| c <= ' ')
            .chars()
            .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
            .map(|c| if c == '\\' { '/' } else { c })
            .collect::<String>()
            .to_ascii_lowercase()
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 20_000, ..ProptestConfig::default() })]

        /// Whatever is accepted reads, to a browser, as http(s) with a host or as a path on
        /// this origin: never another scheme, never a scheme-relative URL.
        #[test]
        fn accepted_urls_stay_http_or_same_origin(
            url in r"[ \t\n/\\:a-zA-Z0-9.@?#%-]{0,24}|(javascript|data|https?|/|//|/\\)[ -~\t\n]{0,24}"
        ) {
            if check(&url).is_ok() {
                let seen = browser_view(&url);
                let ok = seen.starts_with("https://") || seen.starts_with("http://")
                    || (seen.starts_with('/') && !seen.starts_with("//"));
                prop_assert!(ok, "{url:?} is read as {seen:?}");
                prop_assert_eq!(seen, url.to_ascii_lowercase());
            }
        }
    }
}
