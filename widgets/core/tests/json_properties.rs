//! The JSON parser on hostile input (config blocks, cookies, the persisted outbox): any text
//! ends quickly in a value or in one error with its position, and never panics.

use std::time::{Duration, Instant};

use proptest::prelude::*;
use vox_core::config::{resolve, Sources};
use vox_core::json::parse;

/// Far above what one case takes in a debug build on a busy machine, far below a hang.
const BOUND: Duration = Duration::from_millis(500);

/// Parses `text` within [`BOUND`]: a value that writes back to text reading as itself, or an
/// error at a character boundary inside the text (or at its end).
fn parses_sanely(text: &str) -> Result<(), TestCaseError> {
    let start = Instant::now();
    let result = parse(text);
    prop_assert!(start.elapsed() < BOUND, "{:?}", start.elapsed());
    match result {
        Ok(value) => prop_assert_eq!(parse(&value.to_string()), Ok(value)),
        Err(e) => {
            prop_assert!(
                e.offset <= text.len() && text.is_char_boundary(e.offset) && !e.expected.is_empty(),
                "{e:?}"
            );
            // As a config block, the message gives the spot in three lines, ending at the caret.
            let sources = Sources {
                json_block: Some(text.to_string()),
                ..Sources::default()
            };
            let shown = resolve(&sources).map_err(|e| e.to_string());
            let shown = shown.err().unwrap_or_default();
            let column = format!(
                ", column {}",
                text[..e.offset]
                    .chars()
                    .rev()
                    .take_while(|&c| c != '\n' && c != '\r')
                    .count()
                    + 1
            );
            prop_assert!(
                shown.contains(&column) && shown.lines().count() == 3 && shown.ends_with('^'),
                "{shown}"
            );
        }
    }
    Ok(())
}

/// Pieces of JSON, valid and broken, to string together: text that gets deep into the parser
/// (nesting, escapes, numbers) before it goes wrong, if it does.
fn tokens() -> impl Strategy<Value = String> {
    let token = prop::sample::select(vec![
        "[", "]", "{", "}", ",", ":", "\"a\":", "\"", "\"x\"", "\\", "\\u", "\\ud83d", "\\ude00",
        "\\u00e9", "\\n", "0", "-", "1", "1.5", "e", "E+", "1e999", "-0.0e-5", "0.", "true",
        "fals", "null", " ", "\n", "\t", "é", "😀", "\u{1}", "\u{feff}",
    ]);
    prop::collection::vec(token, 0..300).prop_map(|t| t.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 5000, ..ProptestConfig::default() })]

    #[test]
    fn any_bytes_parse_sanely(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        parses_sanely(&String::from_utf8_lossy(&bytes))?;
    }

    #[test]
    fn any_text_parses_sanely(text in any::<String>()) {
        parses_sanely(&text)?;
    }

    #[test]
    fn json_pieces_parse_sanely(text in tokens()) {
        parses_sanely(&text)?;
    }
}

/// Large hostile texts of one shape each: linear work, whatever the shape.
#[test]
fn hostile_shapes_parse_in_bounded_time() {
    let mb = 1 << 20;
    for text in [
        "1".repeat(mb),
        format!("0.{}1e-5", "0".repeat(mb)),
        format!("\"{}\"", "\\u0041\\ud83d\\ude00".repeat(mb / 18)),
        format!("\"{}", "é".repeat(mb)),
        format!("[{}0]", "0,".repeat(mb / 2)),
        format!("[{}]", "{},".repeat(mb / 3)),
        " ".repeat(mb) + "x",
        "[".repeat(mb),
        "{\"a\":1,".repeat(mb / 7),
    ] {
        let start = Instant::now();
        let _ = parse(&text);
        let took = start.elapsed();
        let head: String = text.chars().take(20).collect();
        assert!(took < Duration::from_secs(2), "{head}…: {took:?}");
    }
}
