//! A strict JSON parser (RFC 8259) over `&str`, with the position of the first problem.

use super::{last_wins, Json, Map};

/// Deeper nesting of arrays and objects is refused instead of overflowing the wasm stack on
/// hostile input; 127 levels pass, as in serde_json (its recursion limit of 128).
const MAX_DEPTH: usize = 127;

/// Why a text is not JSON: where, and what was expected there.
///
/// Kept this small on purpose (it is in the wasm every shopper downloads): the line, column and
/// excerpt a person reads are worked out from `offset` only when the error is shown (see the
/// config error's `Display`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ParseError {
    /// Byte offset of the problem in the text, on a character boundary; the text's length when
    /// it ended too soon.
    pub offset: usize,
    /// What should have been there, e.g. ``"`,` or `}`"`` or `"a value"`.
    pub expected: &'static str,
}

/// Parses a whole JSON text; the error says what was wrong and where.
pub fn parse(text: &str) -> Result<Json, ParseError> {
    let mut p = Parser { text, pos: 0 };
    let value = p.value(MAX_DEPTH)?;
    p.skip_space();
    if p.pos < text.len() {
        return Err(p.error("end of the text"));
    }
    Ok(value)
}

struct Parser<'a> {
    text: &'a str,
    /// Byte offset of the next unread character.
    pos: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    /// `expected` at the next unread character.
    fn error(&self, expected: &'static str) -> ParseError {
        ParseError {
            offset: self.pos,
            expected,
        }
    }

    /// `expected` where the next token should start, whitespace just skipped: at the character
    /// found instead; right after the previous token when the text ends first, or, for a
    /// `separator`, when a line break comes first (a `,` missing at the end of a line belongs
    /// there, not under the next line's key).
    fn error_after_space(&self, expected: &'static str, separator: bool) -> ParseError {
        let bytes = self.text.as_bytes();
        let (mut token_end, mut line_break) = (self.pos, false);
        while token_end > 0 && matches!(bytes[token_end - 1], b' ' | b'\t' | b'\n' | b'\r') {
            line_break |= matches!(bytes[token_end - 1], b'\n' | b'\r');
            token_end -= 1;
        }
        let offset = if self.peek().is_none() || (separator && line_break) {
            token_end
        } else {
            self.pos
        };
        ParseError { offset, expected }
    }

    fn eat(&mut self, byte: u8, expected: &'static str) -> Result<(), ParseError> {
        self.skip_space();
        if self.peek() == Some(byte) {
            self.pos += 1;
            Ok(())
        } else {
            Err(self.error_after_space(expected, true))
        }
    }

    /// A value where `room` more arrays or objects may open.
    fn value(&mut self, room: usize) -> Result<Json, ParseError> {
        self.skip_space();
        match self.peek() {
            Some(b'{' | b'[') if room == 0 => Err(self.error("less deeply nested data")),
            Some(b'{') => self.object(room - 1),
            Some(b'[') => self.array(room - 1),
            Some(b'"') => self.string().map(Json::Str),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => {
                for (word, value) in [
                    ("true", Json::Bool(true)),
                    ("false", Json::Bool(false)),
                    ("null", Json::Null),
                ] {
                    if self.text[self.pos..].starts_with(word) {
                        self.pos += word.len();
                        return Ok(value);
                    }
                }
                Err(self.error_after_space("a value", false))
            }
        }
    }

    /// An object; a repeated key keeps its first position and its last value.
    fn object(&mut self, room: usize) -> Result<Json, ParseError> {
        self.pos += 1;
        let mut pairs = Vec::new();
        self.skip_space();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(Json::Obj(Map::new()));
        }
        loop {
            self.skip_space();
            if self.peek() != Some(b'"') {
                return Err(self.error_after_space("a \"key\"", false));
            }
            let key = self.string()?;
            self.eat(b':', "`:`")?;
            pairs.push((key, self.value(room)?));
            self.skip_space();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b'}') => {
                    self.pos += 1;
                    return Ok(Json::Obj(Map::from_pairs(pairs, last_wins)));
                }
                _ => return Err(self.error_after_space("`,` or `}`", true)),
            }
        }
    }

    fn array(&mut self, room: usize) -> Result<Json, ParseError> {
        self.pos += 1;
        let mut items = Vec::new();
        self.skip_space();
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(Json::Arr(items));
        }
        loop {
            items.push(self.value(room)?);
            self.skip_space();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b']') => {
                    self.pos += 1;
                    return Ok(Json::Arr(items));
                }
                _ => return Err(self.error_after_space("`,` or `]`", true)),
            }
        }
    }

    /// A string starting at the opening quote.
    fn string(&mut self) -> Result<String, ParseError> {
        self.pos += 1;
        let mut out = String::new();
        loop {
            // Copy the run of plain characters up to the next quote, backslash or control.
            let rest = &self.text[self.pos..];
            let run = rest
                .bytes()
                .position(|b| b == b'"' || b == b'\\' || b < 0x20)
                .unwrap_or(rest.len());
            out.push_str(&rest[..run]);
            self.pos += run;
            match self.peek() {
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.pos += 1;
                    out.push(self.escape()?);
                }
                _ => return Err(self.error("a closing `\"`")),
            }
        }
    }

    /// The character of an escape, the backslash already read.
    fn escape(&mut self) -> Result<char, ParseError> {
        let c = match self.peek() {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                self.pos += 1;
                let unit = self.hex4()?;
                // A high surrogate must be followed by `\u` and a low one; lone halves are invalid.
                let code = if (0xD800..0xDC00).contains(&unit)
                    && self.text[self.pos..].starts_with("\\u")
                {
                    self.pos += 2;
                    let low = self.hex4()?;
                    if !(0xDC00..0xE000).contains(&low) {
                        return Err(self.error("a low surrogate"));
                    }
                    0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                } else {
                    unit
                };
                return char::from_u32(code).ok_or_else(|| self.error("a valid \\u escape"));
            }
            _ => return Err(self.error("an escape such as \\n or \\u00e9")),
        };
        self.pos += 1;
        Ok(c)
    }

    fn hex4(&mut self) -> Result<u32, ParseError> {
        let digits = self.text.get(self.pos..self.pos + 4).unwrap_or("");
        match u32::from_str_radix(digits, 16) {
            Ok(n) if digits.bytes().all(|b| b.is_ascii_hexdigit()) => {
                self.pos += 4;
                Ok(n)
            }
            _ => Err(self.error("four hex digits")),
        }
    }

    /// A number: its JSON grammar is checked here, its value is the platform's correctly
    /// rounded reading of the same text ([`to_f64`]).
    fn number(&mut self) -> Result<Json, ParseError> {
        let start = self.pos;
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        let int_digits = self.digits();
        if int_digits == 0 {
            return Err(self.error("a digit"));
        }
        if int_digits > 1 && self.text.as_bytes()[self.pos - int_digits] == b'0' {
            return Err(self.error("no leading zero"));
        }
        if self.peek() == Some(b'.') {
            self.pos += 1;
            if self.digits() == 0 {
                return Err(self.error("a digit after `.`"));
            }
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.pos += 1;
            if let Some(b'-' | b'+') = self.peek() {
                self.pos += 1;
            }
            if self.digits() == 0 {
                return Err(self.error("an exponent"));
            }
        }
        let n = to_f64(&self.text[start..self.pos]);
        if !n.is_finite() {
            return Err(self.error("a number within range"));
        }
        Ok(Json::Num(n))
    }

    /// Consumes ASCII digits; returns how many there were.
    fn digits(&mut self) -> usize {
        let start = self.pos;
        while let Some(b'0'..=b'9') = self.peek() {
            self.pos += 1;
        }
        self.pos - start
    }
}

/// The nearest double to a JSON number: the browser's `parseFloat` in the wasm, where Rust's
/// float parsing would add kilobytes (and a hand-made one was off by several units in the last
/// place for large exponents); Rust's (the same value) in native code and tests.
#[cfg(target_arch = "wasm32")]
fn to_f64(number: &str) -> f64 {
    js_sys::parse_float(number)
}

#[cfg(not(target_arch = "wasm32"))]
fn to_f64(number: &str) -> f64 {
    number.parse().unwrap_or(f64::NAN)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_kind_of_value() {
        let v =
            parse(r#" {"a": [1, -2.5, 3e2, 0.1, true, false, null], "b": {"c": "d"}} "#).unwrap();
        assert_eq!(
            v.get("a"),
            &Json::Arr(vec![
                Json::Num(1.0),
                Json::Num(-2.5),
                Json::Num(300.0),
                Json::Num(0.1),
                Json::Bool(true),
                Json::Bool(false),
                Json::Null,
            ])
        );
        assert_eq!(v.get("b").get("c").as_str(), Some("d"));
        assert_eq!(
            parse("1732269600123").unwrap().as_u64(),
            Some(1_732_269_600_123)
        );
    }

    #[test]
    fn decodes_escapes_and_unicode() {
        let v = parse(r#""a\"b\\c\/\n\t\u00e9\u597d\ud83d\ude00 好""#).unwrap();
        assert_eq!(v.as_str(), Some("a\"b\\c/\n\té好😀 好"));
    }

    #[test]
    fn agrees_with_serde_json_on_numbers() {
        for text in [
            "0",
            "-0",
            "42",
            "0.5",
            "123.456",
            "1e-7",
            "6.02e23",
            "9007199254740993",
        ] {
            let ours = parse(text).unwrap().as_f64().unwrap();
            let theirs: f64 = serde_json::from_str(text).unwrap();
            let ulps = (ours.to_bits() as i64 - theirs.to_bits() as i64).abs();
            assert!(ulps <= 1, "{text}: {ours} vs {theirs}");
        }
        let tiny = parse("2.2250738585072014e-308").unwrap().as_f64().unwrap();
        assert!((tiny / f64::MIN_POSITIVE - 1.0).abs() < 1e-14, "{tiny}");
    }

    fn error(text: &str) -> (usize, &'static str) {
        let e = parse(text).unwrap_err();
        (e.offset, e.expected)
    }

    #[test]
    fn rejects_invalid_json_with_a_position() {
        assert_eq!(error("{oops"), (1, "a \"key\""));
        for bad in [
            "",
            "[1,]",
            "{\"a\" 1}",
            "01",
            "1.",
            "-",
            "\"tab\there\"",
            "\"\\x\"",
            "\"\\ud800\\u0041\"",
            "[1] 2",
            "tru",
            "\"open",
            "1e999",
        ] {
            assert!(parse(bad).is_err(), "{bad:?}");
        }
        let deep = "[".repeat(MAX_DEPTH + 1) + &"]".repeat(MAX_DEPTH + 1);
        assert!(parse(&deep).is_err());
        let ok = "[".repeat(MAX_DEPTH) + "1" + &"]".repeat(MAX_DEPTH);
        assert!(parse(&ok).is_ok());
    }

    /// The offset is in bytes, on a character boundary; line and column are the reader's job.
    #[test]
    fn the_offset_is_a_byte_offset() {
        assert_eq!(error("[\"好😀\", tru]"), (12, "a value"));
        assert_eq!(error("\"é\u{1}\""), (3, "a closing `\"`"));
        assert_eq!(error("[1] 2"), (4, "end of the text"));
    }

    /// A missing separator is placed right after the previous token when a line break comes
    /// first (where the `,` goes), else at the character found instead.
    #[test]
    fn a_missing_separator_is_shown_where_it_belongs() {
        assert_eq!(error("{\n  \"a\": 1\n  \"b\": 2\n}"), (10, "`,` or `}`"));
        assert_eq!(error("{\"a\": 1 \"b\": 2}"), (8, "`,` or `}`"));
        assert_eq!(error("[1\r\n 2]"), (2, "`,` or `]`"));
        assert_eq!(error("{\"a\"\n 1}"), (4, "`:`"));
        // An unexpected key or value is shown itself, even on the next line.
        assert_eq!(error("{\"a\": 1,\n  b: 2}"), (11, "a \"key\""));
        assert_eq!(error("[1,\n ]"), (5, "a value"));
    }

    /// A text that ends too soon is shown right after its last token, not after the blank
    /// lines that may follow it.
    #[test]
    fn an_early_end_is_shown_after_the_last_token() {
        assert_eq!(error("{\"a\": 1\n\n  "), (7, "`,` or `}`"));
        assert_eq!(error("[1,  "), (3, "a value"));
        assert_eq!(error("{\"a\": 1,\n"), (8, "a \"key\""));
        assert_eq!(error("{\"a\"  "), (4, "`:`"));
        assert_eq!(error("\"open"), (5, "a closing `\"`"));
        assert_eq!(error(""), (0, "a value"));
        assert_eq!(error(" \n "), (0, "a value"));
    }

    #[test]
    fn later_duplicate_keys_win() {
        assert_eq!(
            parse(r#"{"a": 1, "a": 2}"#).unwrap().get("a"),
            &Json::Num(2.0)
        );
    }
}
