//! A config error names the source, the field and what was expected, in one console line; a
//! JSON syntax error adds its line, column and the offending line with a caret under the spot:
//!
//! ```text
//! Vox: invalid config in <script id="vox-config">: line 4, column 23: expected `,` or `}`. The widget is not shown.
//!     "mode": "opt-in"
//!                     ^
//! ```

use std::fmt;

/// Where a config value came from, so the site owner knows which line of HTML or JS to fix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// The file `data-config` names on the `vox.js` script tag (its URL).
    ConfigFile(String),
    /// `<script type="application/json" id="vox-config">`.
    JsonBlock,
    /// A `data-*` attribute on the `vox.js` script tag.
    ScriptAttribute(String),
    /// `Vox.init({...})`.
    Init,
    /// A `data-*` attribute on a widget element such as `<vox-feedback>`.
    ElementAttribute { element: String, attribute: String },
    /// A [`Config`](super::Config) built in Rust, checked by `Config::validate`; the field is
    /// its Rust path, e.g. `FeedbackConfig.max_length`.
    Rust,
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Origin::ConfigFile(url) => write!(f, "the config file {url}"),
            Origin::JsonBlock => f.write_str("<script id=\"vox-config\">"),
            Origin::ScriptAttribute(attr) => write!(f, "{attr} on the vox.js <script>"),
            Origin::Init => f.write_str("Vox.init()"),
            Origin::ElementAttribute { element, attribute } => {
                write!(f, "{attribute} on <{element}>")
            }
            Origin::Rust => f.write_str("the Rust Config"),
        }
    }
}

/// One clear problem with the config.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    pub origin: Origin,
    /// Dotted path of the field, e.g. `feedback.maxLength`; empty for the whole document.
    pub field: String,
    /// What was expected and what was found.
    pub message: String,
    /// Set when the source was not JSON: where in its text.
    pub syntax: Option<Box<JsonSyntax>>,
}

/// A JSON text and the byte offset of its syntax error. Only the offset is kept (the parser's
/// error stays small in the wasm); line, column and excerpt are worked out when displayed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonSyntax {
    pub text: String,
    pub offset: usize,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Vox: invalid config in {}", self.origin)?;
        if !self.field.is_empty() {
            write!(f, ", field \"{}\"", self.field)?;
        }
        let spot = self.syntax.as_ref().map(|s| Spot::find(&s.text, s.offset));
        if let Some(spot) = &spot {
            write!(f, ": line {}, column {}", spot.line, spot.column)?;
        }
        write!(f, ": expected {}. The widget is not shown.", self.message)?;
        if let Some(spot) = &spot {
            write!(f, "\n    {}\n    {}^", spot.excerpt, spot.under)?;
        }
        Ok(())
    }
}

/// At most this many characters of the offending line are shown, around the column.
const EXCERPT: usize = 60;

/// A byte offset as an editor shows it: line and column (1-based; columns count characters,
/// lines end at `\n`, `\r\n` or `\r`), and that line with the blank to put before a caret.
#[derive(Debug, PartialEq)]
struct Spot {
    line: usize,
    column: usize,
    /// The line without its indentation, cut to [`EXCERPT`] characters around the column (`…`
    /// where cut), tabs and other control characters (and line separators) shown as spaces.
    excerpt: String,
    /// As wide as the excerpt up to the column: a space per character, an ideographic space
    /// per wide one (CJK, emoji), so the caret after it lines up in a monospace console.
    under: String,
}

impl Spot {
    fn find(text: &str, offset: usize) -> Spot {
        let mut at = offset.min(text.len());
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        let before = &text[..at];
        let mut line = 1;
        let mut previous = 0;
        for &b in before.as_bytes() {
            if b == b'\r' || (b == b'\n' && previous != b'\r') {
                line += 1;
            }
            previous = b;
        }
        let start = before.rfind(['\n', '\r']).map_or(0, |i| i + 1);
        let end = text[start..]
            .find(['\n', '\r'])
            .map_or(text.len(), |i| start + i);
        let chars: Vec<char> = text[start..end].chars().collect();
        let caret = before[start..].chars().count();

        // Indentation and trailing blanks tell nothing (a config block is often indented deep
        // in the HTML); they are dropped, though never the ones before the caret's spot.
        let first = chars.iter().position(|c| !c.is_whitespace());
        let first = first.unwrap_or(chars.len()).min(caret);
        let last = chars.iter().rposition(|c| !c.is_whitespace());
        let last = last.map_or(0, |i| i + 1).max(caret);
        let (mut from, mut to) = (first, last);
        if to - from > EXCERPT {
            from = caret
                .saturating_sub(EXCERPT / 2)
                .max(first)
                .min(to - EXCERPT);
            to = from + EXCERPT;
        }

        let mut excerpt = String::new();
        let mut under = String::new();
        if from > first {
            excerpt.push('…');
            under.push(' ');
        }
        for (i, &c) in chars[from..to].iter().enumerate() {
            let blank = c.is_control() || matches!(c, '\u{2028}' | '\u{2029}');
            excerpt.push(if blank { ' ' } else { c });
            if from + i < caret {
                under.push(if is_wide(c) { '\u{3000}' } else { ' ' });
            }
        }
        if to < last {
            excerpt.push('…');
        }
        Spot {
            line,
            column: caret + 1,
            excerpt,
            under,
        }
    }
}

/// Characters a monospace console shows two cells wide: the main CJK, Hangul and full-width
/// blocks and the common emoji (a short table, not Unicode's full width data).
fn is_wide(c: char) -> bool {
    matches!(
        c as u32,
        0x1100..=0x115F
            | 0x2E80..=0x303E
            | 0x3041..=0xA4CF
            | 0xAC00..=0xD7A3
            | 0xF900..=0xFAFF
            | 0xFE30..=0xFE4F
            | 0xFF00..=0xFF60
            | 0xFFE0..=0xFFE6
            | 0x1F300..=0x1F64F
            | 0x1F900..=0x1F9FF
            | 0x20000..=0x3FFFD
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::{resolve, Sources};

    const BLOCK: &str = "Vox: invalid config in <script id=\"vox-config\">";
    const NOT_SHOWN: &str = ". The widget is not shown.";

    /// The console message for a config block holding `text`.
    fn shown(text: &str) -> String {
        let sources = Sources {
            json_block: Some(text.into()),
            ..Sources::default()
        };
        resolve(&sources).unwrap_err().to_string()
    }

    /// The message expected: the first line's middle, then the excerpt and the caret's blank.
    fn message(spot: &str, excerpt: &str, under: &str) -> String {
        format!("{BLOCK}: {spot}{NOT_SHOWN}\n    {excerpt}\n    {under}^")
    }

    #[test]
    fn an_error_on_the_first_line() {
        assert_eq!(
            shown(r#"{"theme": "dark",}"#),
            message(
                "line 1, column 18: expected a \"key\"",
                r#"{"theme": "dark",}"#,
                &" ".repeat(17)
            )
        );
        assert_eq!(
            shown("{oops"),
            message("line 1, column 2: expected a \"key\"", "{oops", " ")
        );
    }

    /// The issue's example: a `,` missing at the end of a line is shown there.
    #[test]
    fn an_error_on_a_later_line() {
        let block = "\n  {\n    \"consent\": {\n      \"mode\": \"opt-in\"\n      \"revision\": 2\n    }\n  }\n";
        assert_eq!(
            shown(block),
            message(
                "line 4, column 23: expected `,` or `}`",
                r#""mode": "opt-in""#,
                &" ".repeat(16)
            )
        );
        // Windows line ends, tabs: a tab is one column and is shown as one space.
        assert_eq!(
            shown("{\r\n\t\"a\":\t1,\r\n\t\"b\"\t2}"),
            message("line 3, column 6: expected `:`", "\"b\" 2}", "    ")
        );
        // The unexpected character itself when it is not a missing separator.
        assert_eq!(
            shown("{\n  \"theme\": \"dark\",\n  locale: \"fr\"\n}"),
            message("line 3, column 3: expected a \"key\"", "locale: \"fr\"", "")
        );
    }

    /// Columns count characters, not bytes; wide characters get a wide blank under them.
    #[test]
    fn an_error_after_multibyte_characters() {
        let text = "{\"meta\": {\"greeting\": \"こんにちは 😀\", \"é\" 1}}";
        let under = format!(
            "{}{}{}{}",
            " ".repeat(23),
            "\u{3000}".repeat(5),
            " \u{3000}",
            " ".repeat(7)
        );
        assert_eq!(
            shown(text),
            message("line 1, column 38: expected `:`", text, &under)
        );
    }

    #[test]
    fn an_error_on_a_very_long_line() {
        let long = format!(
            "{{\"meta\": {{\"a\": \"{}\", \"b\" 2, \"c\": \"{}\"}}}}",
            "x".repeat(100),
            "y".repeat(100)
        );
        // The `2` is at column 124: 30 characters before it are shown, 29 after.
        let excerpt = format!(
            "…{}\", \"b\" 2, \"c\": \"{}…",
            "x".repeat(23),
            "y".repeat(21)
        );
        assert_eq!(excerpt.chars().count(), 62);
        assert_eq!(
            shown(&long),
            message(
                "line 1, column 124: expected `:`",
                &excerpt,
                &" ".repeat(31)
            )
        );
        // Cut on one side only when the spot is near the line's start or end.
        let start = format!("[1 2, \"{}\"]", "z".repeat(100));
        assert_eq!(
            shown(&start),
            message(
                "line 1, column 4: expected `,` or `]`",
                &format!("[1 2, \"{}…", "z".repeat(53)),
                "   "
            )
        );
        let end = format!("[\"{}\", 1 2]", "z".repeat(100));
        assert_eq!(
            shown(&end),
            message(
                "line 1, column 108: expected `,` or `]`",
                &format!("…{}\", 1 2]", "z".repeat(53)),
                &" ".repeat(59)
            )
        );
    }

    #[test]
    fn an_error_at_the_end_of_the_text() {
        // Shown after the last token, not after the blank lines that follow it.
        assert_eq!(
            shown("{\n  \"theme\": \"dark\"\n\n  "),
            message(
                "line 2, column 18: expected `,` or `}`",
                "\"theme\": \"dark\"",
                &" ".repeat(15)
            )
        );
        assert_eq!(
            shown("{\"endpoint\": \"/api"),
            message(
                "line 1, column 19: expected a closing `\"`",
                "{\"endpoint\": \"/api",
                &" ".repeat(18)
            )
        );
        assert_eq!(
            shown("  \n"),
            message("line 1, column 1: expected a value", "", "")
        );
    }

    #[test]
    fn a_spot_survives_odd_offsets_and_line_ends() {
        // A lone `\r` ends a line; an offset inside `\r\n` or a character, or past the end,
        // is still a spot on a line.
        let spot = Spot::find("a\rb\r\nc", 2);
        assert_eq!((spot.line, spot.column, spot.excerpt.as_str()), (2, 1, "b"));
        let spot = Spot::find("a\r\nb", 2);
        assert_eq!((spot.line, spot.column, spot.excerpt.as_str()), (2, 1, ""));
        let spot = Spot::find("é", 1);
        assert_eq!((spot.line, spot.column), (1, 1));
        let spot = Spot::find("ab", 9);
        assert_eq!((spot.line, spot.column, spot.under.as_str()), (1, 3, "  "));
        // The caret may sit in the indentation; what precedes it is then kept.
        let spot = Spot::find("    x", 2);
        assert_eq!(
            (spot.column, spot.excerpt.as_str(), spot.under.as_str()),
            (3, "  x", "")
        );
        // Control characters other than tabs are blanks too.
        let spot = Spot::find("\"a\u{1}b\"", 2);
        assert_eq!((spot.column, spot.excerpt.as_str()), (3, "\"a b\""));
    }
}
