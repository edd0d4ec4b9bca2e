//! A strict JSON parser (RFC 8259) over `&str`, with the position of the first problem.

use super::{Json, Map};

/// Deeper nesting is refused instead of overflowing the wasm stack on hostile input.
const MAX_DEPTH: usize = 128;

/// Parses a whole JSON text; the error says what was wrong and at which character.
pub fn parse(text: &str) -> Result<Json, String> {
    let mut p = Parser { text, pos: 0 };
    let value = p.value(0)?;
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

    fn value(&mut self, depth: usize) -> Result<Json, String> {
        if depth > MAX_DEPTH {
            return Err(self.error("less deeply nested data"));
        }
        self.skip_space();
        match self.peek() {
            Some(b'{') => self.object(depth),
            Some(b'[') => self.array(depth),
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

    fn object(&mut self, depth: usize) -> Result<Json, String> {
        self.pos += 1;
        let mut map = Map::new();
        self.skip_space();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(Json::Obj(map));
        }
        loop {
            self.skip_space();
            if self.peek() != Some(b'"') {
                return Err(self.error("a \"key\""));
            }
            let key = self.string()?;
            self.eat(b':', "`:`")?;
            let value = self.value(depth + 1)?;
            map.insert(key, value);
            self.skip_space();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b'}') => {
                    self.pos += 1;
                    return Ok(Json::Obj(map));
                }
                _ => return Err(self.error("`,` or `}`")),
            }
        }
    }

    fn array(&mut self, depth: usize) -> Result<Json, String> {
        self.pos += 1;
        let mut items = Vec::new();
        self.skip_space();
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(Json::Arr(items));
        }
        loop {
            items.push(self.value(depth + 1)?);
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

    /// A number: exact for integers up to 2^53 and for decimals with at most 15 significant
    /// digits and small exponents (everything config and the outbox hold), within one unit in
    /// the last place otherwise. Avoids the kilobytes of `str::parse::<f64>`.
    fn number(&mut self) -> Result<Json, String> {
        let negative = self.peek() == Some(b'-');
        if negative {
            self.pos += 1;
        }
        let mut mantissa = 0f64;
        let mut exponent = 0i32;
        let int_digits = self.digits(|d| mantissa = mantissa * 10.0 + d);
        if int_digits == 0 {
            return Err(self.error("a digit"));
        }
        if int_digits > 1 && self.text.as_bytes()[self.pos - int_digits] == b'0' {
            return Err(self.error("no leading zero"));
        }
        if self.peek() == Some(b'.') {
            self.pos += 1;
            let frac_digits = self.digits(|d| {
                mantissa = mantissa * 10.0 + d;
                exponent -= 1;
            });
            if frac_digits == 0 {
                return Err(self.error("a digit after `.`"));
            }
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.pos += 1;
            let sign = match self.peek() {
                Some(b'-') => {
                    self.pos += 1;
                    -1
                }
                Some(b'+') => {
                    self.pos += 1;
                    1
                }
                _ => 1,
            };
            let mut e = 0i32;
            if self.digits(|d| e = e.saturating_mul(10).saturating_add(d as i32)) == 0 {
                return Err(self.error("an exponent"));
            }
            exponent = exponent.saturating_add(sign * e);
        }
        // Powers of ten up to 1e22 are exact, so one multiplication or division rounds once.
        // Below 1e-300 a first division keeps the power of ten itself finite.
        if exponent < -300 {
            mantissa /= 10f64.powi(-300 - exponent);
            exponent = -300;
        }
        let magnitude = if exponent >= 0 {
            mantissa * 10f64.powi(exponent)
        } else {
            mantissa / 10f64.powi(-exponent)
        };
        if !magnitude.is_finite() {
            return Err(self.error("a number within range"));
        }
        Ok(Json::Num(if negative { -magnitude } else { magnitude }))
    }

    /// Consumes ASCII digits, feeding each to `each`; returns how many there were.
    fn digits(&mut self, mut each: impl FnMut(f64)) -> usize {
        let start = self.pos;
        while let Some(b @ b'0'..=b'9') = self.peek() {
            each(f64::from(b - b'0'));
            self.pos += 1;
        }
        self.pos - start
    }
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
        let deep = "[".repeat(MAX_DEPTH + 2) + &"]".repeat(MAX_DEPTH + 2);
        assert!(parse(&deep).is_err());
        let ok = "[".repeat(MAX_DEPTH) + &"]".repeat(MAX_DEPTH);
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
