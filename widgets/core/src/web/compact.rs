//! Text compiled into the wasm is compacted at compile time: stylesheets lose comments and
//! indentation, the English messages lose their comments. The readable sources stay in the
//! repository; every shopper downloads less.

/// A text file's bytes, compacted at compile time by one of this module's functions:
/// `compact!(css, include_bytes!("feedback.css"))`, `compact!(ftl, include_bytes!(...))`.
#[macro_export]
macro_rules! compact {
    ($kind:ident, $bytes:expr) => {{
        const SOURCE: &[u8] = $bytes;
        const OUT: ([u8; SOURCE.len()], usize) = $crate::web::compact::$kind(SOURCE);
        const TEXT: &str = match ::core::str::from_utf8(OUT.0.split_at(OUT.1).0) {
            Ok(text) => text,
            Err(_) => panic!("embedded text must be UTF-8"),
        };
        TEXT
    }};
}

/// CSS: drops comments, collapses white space, and removes it around `{ } ; ,` and the last
/// `;` before `}`. Spaces elsewhere (descendant combinators, `calc(a - b)`, quoted strings)
/// are kept as one. Returns the buffer and the length used.
pub const fn css<const N: usize>(src: &[u8]) -> ([u8; N], usize) {
    let mut out = [0u8; N];
    let (mut i, mut n, mut space) = (0, 0, false);
    while i < src.len() {
        let b = src[i];
        if b == b'/' && i + 1 < src.len() && src[i + 1] == b'*' {
            i += 2;
            while i + 1 < src.len() && !(src[i] == b'*' && src[i + 1] == b'/') {
                i += 1;
            }
            i += 2;
            continue;
        }
        if matches!(b, b' ' | b'\n' | b'\r' | b'\t') {
            space = true;
            i += 1;
            continue;
        }
        if space && n > 0 && !tight(out[n - 1]) && !tight(b) {
            out[n] = b' ';
            n += 1;
        }
        space = false;
        if b == b'}' && n > 0 && out[n - 1] == b';' {
            n -= 1;
        }
        out[n] = b;
        n += 1;
        i += 1;
    }
    (out, n)
}

/// Characters around which CSS white space means nothing.
const fn tight(b: u8) -> bool {
    matches!(b, b'{' | b'}' | b';' | b',')
}

/// Fluent: drops comment lines (`#` in the first column is always a comment).
pub const fn ftl<const N: usize>(src: &[u8]) -> ([u8; N], usize) {
    let mut out = [0u8; N];
    let (mut i, mut n) = (0, 0);
    while i < src.len() {
        let comment = src[i] == b'#';
        while i < src.len() {
            let b = src[i];
            i += 1;
            if !comment {
                out[n] = b;
                n += 1;
            }
            if b == b'\n' {
                break;
            }
        }
    }
    (out, n)
}

#[cfg(test)]
mod tests {
    #[test]
    fn css_keeps_its_meaning() {
        const CSS: &str = compact!(
            css,
            b"/* tokens */\n.a  .b:focus ,\n.c > d {\n  margin: calc(1px - 2px);\n  font: 1em \"Segoe UI\";\n}\n@media (x: y) { .e { f: g; } }\n"
        );
        assert_eq!(
            CSS,
            ".a .b:focus,.c > d{margin: calc(1px - 2px);font: 1em \"Segoe UI\"}@media (x: y){.e{f: g}}"
        );
    }

    #[test]
    fn ftl_loses_only_its_comments() {
        const FTL: &str = compact!(
            ftl,
            b"# about\n## Group\nhello = Hi # not a comment\n    [x]\n"
        );
        assert_eq!(FTL, "hello = Hi # not a comment\n    [x]\n");
    }
}
