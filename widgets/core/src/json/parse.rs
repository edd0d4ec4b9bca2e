//! A strict JSON parser (RFC 8259) over `&str`, with the position of the first problem.

use super::{last_wins, Json, Map};

/// Deeper nesting of arrays and objects is refused instead of overflowing the wasm stack on
/// hostile input; 127 levels pass, as in serde_json (its recursion limit of 128).
const MAX_DEPTH: usize = 127;

/// Parses a whole JSON text; the error says what was wrong and at which character.
pub fn parse(text: &str) -> Result<Json, String> {
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

    /// "expected X at character N" (1-based, counted in characters, as editors show it).
    fn error(&self, expected: &str) -> String {
        let at = self.text[..self.pos].chars().count() + 1;
        format!("expected {expected} at character {at}")
    }

    fn eat(&mut self, byte: u8, expected: &str) -> Result<(), String> {
        self.skip_space();
        if self.peek() == Some(byte) {
            self.pos += 1;
            Ok(())
        } else {
            Err(self.error(expected))
        }
    }

    /// A value where `room` more arrays or objects may open.
    fn value(&mut self, room: usize) -> Result<Json, String> {
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
                Err(self.error("a value"))
            }
        }
    }

    /// An object; a repeated key keeps its first position and its last value.
    fn object(&mut self, room: usize) -> Result<Json, String> {
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
                return Err(self.error("a \"key\""));
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
                _ => return Err(self.error("`,` or `}`")),
            }
        }
    }

    fn array(&mut self, room: usize) -> Result<Json, String> {
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
                _ => return Err(self.error("`,` or `]`")),
            }
        }
    }

    /// A string starting at the opening quote.
    fn string(&mut self) -> Result<String, String> {
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
    fn escape(&mut self) -> Result<char, String> {
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

    fn hex4(&mut self) -> Result<u32, String> {
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
    fn number(&mut self) -> Result<Json, String> {
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

    #[test]
    fn rejects_invalid_json_with_a_position() {
        assert_eq!(
            parse("{oops").unwrap_err(),
            "expected a \"key\" at character 2"
        );
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

    #[test]
    fn later_duplicate_keys_win() {
        assert_eq!(
            parse(r#"{"a": 1, "a": 2}"#).unwrap().get("a"),
            &Json::Num(2.0)
        );
    }
}
