//! Compact JSON text, as `JSON.stringify` writes it.

use std::fmt::{self, Display, Formatter, Write};

use super::Json;

impl Display for Json {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match self {
            Json::Null => f.write_str("null"),
            Json::Bool(b) => f.write_str(if *b { "true" } else { "false" }),
            Json::Num(n) => write_number(*n, f),
            Json::Str(s) => write_string(s, f),
            Json::Arr(items) => {
                f.write_char('[')?;
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        f.write_char(',')?;
                    }
                    item.fmt(f)?;
                }
                f.write_char(']')
            }
            Json::Obj(map) => {
                f.write_char('{')?;
                for (i, (key, value)) in map.iter().enumerate() {
                    if i > 0 {
                        f.write_char(',')?;
                    }
                    write_string(key, f)?;
                    f.write_char(':')?;
                    value.fmt(f)?;
                }
                f.write_char('}')
            }
        }
    }
}

fn write_string(s: &str, f: &mut Formatter<'_>) -> fmt::Result {
    f.write_char('"')?;
    for c in s.chars() {
        match c {
            '"' => f.write_str("\\\"")?,
            '\\' => f.write_str("\\\\")?,
            '\n' => f.write_str("\\n")?,
            '\r' => f.write_str("\\r")?,
            '\t' => f.write_str("\\t")?,
            c if u32::from(c) < 0x20 => write!(f, "\\u{:04x}", u32::from(c))?,
            c => f.write_char(c)?,
        }
    }
    f.write_char('"')
}

/// Whole numbers (ratings, lengths, timestamps) are written as integers with Rust's integer
/// formatting. Other numbers: JSON has no NaN or infinity (`null`, as `JSON.stringify` does);
/// fractions use the browser's shortest round-trip formatting in the wasm, where Rust's float
/// formatting would add kilobytes, and Rust's (the same digits) in native tests.
fn write_number(n: f64, f: &mut Formatter<'_>) -> fmt::Result {
    if !n.is_finite() {
        f.write_str("null")
    } else if n.fract() == 0.0 && n.abs() < 1e15 {
        write!(f, "{}", n as i64)
    } else {
        f.write_str(&fraction(n))
    }
}

#[cfg(target_arch = "wasm32")]
fn fraction(n: f64) -> String {
    js_sys::Number::from(n)
        .to_string_with_radix(10)
        .map(String::from)
        .unwrap_or_else(|_| "null".into())
}

#[cfg(not(target_arch = "wasm32"))]
fn fraction(n: f64) -> String {
    n.to_string()
}

#[cfg(test)]
mod tests {
    use super::super::parse;

    #[test]
    fn writes_what_serde_json_writes() {
        for text in [
            r#"{"a":[1,-2.5,300,0.1,true,false,null],"b":{"c":"d"}}"#,
            r#""quote \" backslash \\ nl \n tab \t ctl \u0001 é 好""#,
            "1732269600123",
            "[]",
            "{}",
        ] {
            let ours = parse(text).unwrap().to_string();
            let theirs = serde_json::from_str::<serde_json::Value>(text)
                .unwrap()
                .to_string();
            assert_eq!(ours, theirs);
            assert_eq!(ours, text);
        }
    }

    #[test]
    fn non_finite_numbers_become_null() {
        assert_eq!(super::Json::Num(f64::NAN).to_string(), "null");
    }
}
