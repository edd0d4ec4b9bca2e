//! A parser for the part of Fluent syntax Vox's messages use: messages, terms, comments,
//! placeables with variables, message and term references, string and number literals, and
//! select expressions. The official `fluent-syntax` parser cost about 4 KB brotli in the wasm;
//! it stays the judge in `tests/locales.rs` (every shipped file must parse cleanly there), and a
//! test here checks that both parsers read every shipped file the same way.
//!
//! One difference in what it reads: a continuation line loses all its indentation, where Fluent
//! keeps what goes past the pattern's common indentation. Our messages indent evenly.
//!
//! Anything else (attributes, functions, junk) is skipped rather than failing the whole file,
//! so one broken line in a translation costs one message, which then falls back to English.
//! So does a select nested deeper than [`MAX_NESTING`]: the parser recurses once per level, and a
//! hostile file of 10,000 nested selects would otherwise overflow the stack.

/// A message or term (`-brand`) with its value.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// The id, with the leading `-` for terms.
    pub id: String,
    pub value: Pattern,
}

pub type Pattern = Vec<Element>;

#[derive(Debug, Clone, PartialEq)]
pub enum Element {
    Text(String),
    Placeable(Expression),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Expression {
    Inline(Inline),
    Select {
        selector: Inline,
        variants: Vec<Variant>,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub enum Inline {
    /// Already unescaped.
    Text(String),
    Number(String),
    Variable(String),
    /// A message id, or a term id with its leading `-`.
    Reference(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Variant {
    /// An identifier (a plural category or a value) or a number literal, as written.
    pub key: String,
    pub default: bool,
    pub value: Pattern,
}

/// How deep placeables may nest in one entry (a select inside a variant is one level deeper).
/// Real messages nest one or two levels (a plural inside a gender select); 32 leaves room for
/// any translation while the parser's recursion (two calls a level) stays far from the end of
/// the stack, in the wasm's 1 MB stack as natively.
pub const MAX_NESTING: usize = 32;

/// Parses a resource: every entry that parses, and the ids of those that do not (the caller
/// says which messages will show in English instead).
pub fn parse(text: &str) -> (Vec<Entry>, Vec<&str>) {
    let mut entries = Vec::new();
    let mut unreadable = Vec::new();
    let lines: Vec<&str> = text.lines().collect();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        i += 1;
        let Some((id, first)) = entry_start(line) else {
            continue;
        };
        // The value: the rest of this line, then every line that continues it. Inside an open
        // placeable any line does (Fluent allows line breaks there), unless it starts an entry.
        let mut source = first.to_string();
        let mut open = braces(first, 0);
        while i < lines.len()
            && (continues(lines[i]) || (open > 0 && entry_start(lines[i]).is_none()))
        {
            source.push('\n');
            source.push_str(lines[i]);
            open = braces(lines[i], open);
            i += 1;
        }
        let mut p = Parser {
            s: source.as_bytes(),
            text: &source,
            pos: 0,
        };
        // An empty value is no value in Fluent (a message may have only attributes).
        match p.pattern(Stop::End, 0).filter(|value| !value.is_empty()) {
            Some(value) => entries.push(Entry {
                id: id.to_string(),
                value,
            }),
            None => unreadable.push(id),
        }
    }
    (entries, unreadable)
}

/// Whether a line continues the entry above: indented or blank, or starting a placeable, a
/// variant or the `}` of a select (Fluent lets those start a line unindented), but not an
/// attribute (`.title = …`), which ends the value and which we do not read.
fn continues(line: &str) -> bool {
    let attribute = line.trim_start().starts_with('.');
    (line.starts_with([' ', '{', '[', '*', '}']) || line.trim().is_empty()) && !attribute
}

/// How many placeables are open after `line`, given `open` before it. A string literal inside
/// a placeable (`{ "}" }`) holds no braces; outside one, text holds none unescaped.
fn braces(line: &str, mut open: usize) -> usize {
    let mut in_string = false;
    let mut bytes = line.bytes();
    while let Some(b) = bytes.next() {
        match b {
            b'\\' if in_string => {
                bytes.next();
            }
            b'"' if open > 0 => in_string = !in_string,
            _ if in_string => {}
            b'{' => open += 1,
            b'}' => open = open.saturating_sub(1),
            _ => {}
        }
    }
    open
}

/// `id = rest` at the start of a line; `-id` for terms.
fn entry_start(line: &str) -> Option<(&str, &str)> {
    let (id, rest) = line.split_once('=')?;
    let id = id.trim_end();
    let name = id.strip_prefix('-').unwrap_or(id);
    let valid = name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    valid.then_some((id, rest.trim_start_matches(' ')))
}

/// Where a pattern ends.
#[derive(Clone, Copy, PartialEq)]
enum Stop {
    /// The end of the entry.
    End,
    /// A new line starting a variant (`[`, `*[`) or closing the select (`}`).
    Variant,
}

struct Parser<'a> {
    s: &'a [u8],
    text: &'a str,
    pos: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.pos).copied()
    }

    fn skip_blank(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    fn eat(&mut self, b: u8) -> Option<()> {
        (self.peek() == Some(b)).then(|| self.pos += 1)
    }

    /// Text and placeables. Each line break inside the pattern is kept as `\n` with the next
    /// line's indentation removed; leading and trailing blank space is dropped, as Fluent does.
    /// `depth` counts the placeables around this pattern.
    fn pattern(&mut self, stop: Stop, depth: usize) -> Option<Pattern> {
        let mut out: Pattern = Vec::new();
        let mut text = String::new();
        loop {
            match self.peek() {
                None => break,
                Some(b'{') => {
                    self.pos += 1;
                    if !text.is_empty() {
                        out.push(Element::Text(std::mem::take(&mut text)));
                    }
                    out.push(Element::Placeable(self.expression(depth + 1)?));
                }
                Some(b'}') if stop == Stop::Variant => break,
                Some(b'\n') => {
                    let line_start = self.pos + 1;
                    let indent = self.s[line_start..]
                        .iter()
                        .take_while(|b| **b == b' ')
                        .count();
                    let next = self.s.get(line_start + indent).copied();
                    if stop == Stop::Variant && matches!(next, Some(b'[' | b'*' | b'}')) {
                        self.pos = line_start + indent;
                        break;
                    }
                    self.pos = line_start + indent;
                    if !(out.is_empty() && text.trim().is_empty()) {
                        text.push('\n');
                    }
                }
                Some(_) => {
                    let rest = &self.text[self.pos..];
                    let run = rest.find(['{', '}', '\n']).unwrap_or(rest.len()).max(1);
                    text.push_str(&rest[..run]);
                    self.pos += run;
                }
            }
        }
        if !text.is_empty() {
            out.push(Element::Text(text));
        }
        trim(&mut out);
        Some(out)
    }

    /// Inside `{ }`, the brace already read; `None` past [`MAX_NESTING`] levels.
    fn expression(&mut self, depth: usize) -> Option<Expression> {
        if depth > MAX_NESTING {
            return None;
        }
        self.skip_blank();
        let selector = self.inline()?;
        self.skip_blank();
        if self.text[self.pos..].starts_with("->") {
            self.pos += 2;
            let mut variants = Vec::new();
            loop {
                self.skip_blank();
                if self.eat(b'}').is_some() {
                    break;
                }
                let default = self.eat(b'*').is_some();
                self.eat(b'[')?;
                let end = self.text[self.pos..].find(']')? + self.pos;
                let key = self.text[self.pos..end].trim().to_string();
                self.pos = end + 1;
                while self.peek() == Some(b' ') {
                    self.pos += 1;
                }
                let value = self.pattern(Stop::Variant, depth)?;
                variants.push(Variant {
                    key,
                    default,
                    value,
                });
            }
            return variants
                .iter()
                .any(|v| v.default)
                .then_some(Expression::Select { selector, variants });
        }
        self.eat(b'}')?;
        Some(Expression::Inline(selector))
    }

    fn inline(&mut self) -> Option<Inline> {
        match self.peek()? {
            b'"' => {
                self.pos += 1;
                let start = self.pos;
                while self.peek()? != b'"' {
                    self.pos += if self.peek()? == b'\\' { 2 } else { 1 };
                }
                let raw = &self.text[start..self.pos];
                self.pos += 1;
                Some(Inline::Text(unescape(raw)))
            }
            b'$' => {
                self.pos += 1;
                Some(Inline::Variable(self.identifier()?))
            }
            b'-' if !self.s.get(self.pos + 1).is_some_and(u8::is_ascii_digit) => {
                self.pos += 1;
                Some(Inline::Reference(format!("-{}", self.identifier()?)))
            }
            b'-' | b'0'..=b'9' => {
                let start = self.pos;
                self.pos += 1;
                while matches!(self.peek(), Some(b'0'..=b'9' | b'.')) {
                    self.pos += 1;
                }
                Some(Inline::Number(self.text[start..self.pos].to_string()))
            }
            _ => Some(Inline::Reference(self.identifier()?)),
        }
    }

    fn identifier(&mut self) -> Option<String> {
        let start = self.pos;
        while matches!(self.peek(), Some(b) if b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        {
            self.pos += 1;
        }
        (self.pos > start && self.s[start].is_ascii_alphabetic())
            .then(|| self.text[start..self.pos].to_string())
    }
}

/// Drops blank space at both ends of a pattern.
fn trim(pattern: &mut Pattern) {
    if let Some(Element::Text(t)) = pattern.first_mut() {
        *t = t.trim_start().to_string();
    }
    if let Some(Element::Text(t)) = pattern.last_mut() {
        *t = t.trim_end().to_string();
    }
    pattern.retain(|e| !matches!(e, Element::Text(t) if t.is_empty()));
}

/// Fluent string literal escapes: `\"`, `\\`, `\uXXXX`, `\UXXXXXX`.
fn unescape(value: &str) -> String {
    let mut out = String::new();
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some(len @ ('u' | 'U')) => {
                let hex: String = chars
                    .by_ref()
                    .take(if len == 'u' { 4 } else { 6 })
                    .collect();
                out.extend(u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32));
            }
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_syntax::ast;

    /// The official parser's reading of a file, in our terms.
    fn reference(text: &str) -> Vec<Entry> {
        let resource = fluent_syntax::parser::parse(text).expect("shipped files parse cleanly");
        resource
            .body
            .into_iter()
            .filter_map(|entry| match entry {
                ast::Entry::Message(m) => Some(Entry {
                    id: m.id.name.to_string(),
                    value: pattern(&m.value?),
                }),
                ast::Entry::Term(t) => Some(Entry {
                    id: format!("-{}", t.id.name),
                    value: pattern(&t.value),
                }),
                _ => None,
            })
            .collect()
    }

    fn pattern(p: &ast::Pattern<&str>) -> Pattern {
        p.elements
            .iter()
            .map(|e| match e {
                ast::PatternElement::TextElement { value } => Element::Text(value.to_string()),
                ast::PatternElement::Placeable { expression } => {
                    Element::Placeable(expression_of(expression))
                }
            })
            .fold(Vec::new(), |mut out, e| {
                // The official parser splits text at line breaks; ours keeps one run.
                match (out.last_mut(), e) {
                    (Some(Element::Text(a)), Element::Text(b)) => a.push_str(&b),
                    (_, e) => out.push(e),
                }
                out
            })
    }

    fn expression_of(e: &ast::Expression<&str>) -> Expression {
        match e {
            ast::Expression::Inline(i) => Expression::Inline(inline(i)),
            ast::Expression::Select { selector, variants } => Expression::Select {
                selector: inline(selector),
                variants: variants
                    .iter()
                    .map(|v| Variant {
                        key: match &v.key {
                            ast::VariantKey::Identifier { name } => name.to_string(),
                            ast::VariantKey::NumberLiteral { value } => value.to_string(),
                        },
                        default: v.default,
                        value: pattern(&v.value),
                    })
                    .collect(),
            },
        }
    }

    fn inline(i: &ast::InlineExpression<&str>) -> Inline {
        match i {
            ast::InlineExpression::StringLiteral { value } => Inline::Text(unescape(value)),
            ast::InlineExpression::NumberLiteral { value } => Inline::Number(value.to_string()),
            ast::InlineExpression::VariableReference { id } => Inline::Variable(id.name.into()),
            ast::InlineExpression::MessageReference { id, .. } => Inline::Reference(id.name.into()),
            ast::InlineExpression::TermReference { id, .. } => {
                Inline::Reference(format!("-{}", id.name))
            }
            other => panic!("not used by Vox messages: {other:?}"),
        }
    }

    #[test]
    fn reads_every_shipped_file_as_the_official_parser_does() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
        let mut files = 0;
        for locale in std::fs::read_dir(&dir).unwrap() {
            for file in std::fs::read_dir(locale.unwrap().path()).unwrap() {
                let path = file.unwrap().path();
                let text = std::fs::read_to_string(&path).unwrap();
                let (entries, unreadable) = parse(&text);
                assert_eq!(entries, reference(&text), "{}", path.display());
                assert!(unreadable.is_empty(), "{}", path.display());
                files += 1;
            }
        }
        assert!(files >= 20);
    }

    #[test]
    fn reads_terms_selects_literals_and_skips_what_it_cannot_read() {
        let text = "# comment\n-brand = Lumen\nhi = Hi { -brand } { $n ->\n    [one] one\n    [0] zero\n   *[other] { $n } many\n} { \"\\u00A0\" }!\nbroken = { $n ->\n  [one] no default\n}\n.attr = skipped\nafter = still here\n";
        let (entries, unreadable) = parse(text);
        let ids: Vec<&str> = entries.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["-brand", "hi", "after"]);
        assert_eq!(unreadable, ["broken"]);
        let Element::Placeable(Expression::Select { variants, .. }) = &entries[1].value[3] else {
            panic!("{:?}", entries[1].value);
        };
        assert_eq!((variants[1].key.as_str(), variants[2].default), ("0", true));
        assert_eq!(
            entries[1].value[5],
            Element::Placeable(Expression::Inline(Inline::Text("\u{a0}".into())))
        );
    }

    #[test]
    fn reads_values_as_fluent_bounds_them() {
        let text = "a = A\n    .title = skipped\nb =\n{ $n }\nempty =\n    .title = only\n";
        let (entries, unreadable) = parse(text);
        assert_eq!(
            entries,
            reference(text),
            "attributes end a value; a placeable may start a line"
        );
        assert_eq!(
            unreadable,
            ["empty"],
            "a message without a value is not one"
        );
    }

    #[test]
    fn an_open_placeable_continues_over_unindented_lines_but_not_over_an_entry() {
        // Found by the property test against fluent-syntax: line breaks are blank space inside
        // `{ }`, so `a` on the next line is the placeable's reference, not a new line of text.
        for text in ["a = {\na\n    }", "a = { \"}\" }\nb = {\n$n\n}\n"] {
            assert_eq!(parse(text).0, reference(text), "{text:?}");
        }
        // A placeable left open costs its own message only.
        let (entries, unreadable) = parse("a = {\nb = B\n");
        assert_eq!(unreadable, ["a"]);
        assert_eq!(
            entries.iter().map(|e| e.id.as_str()).collect::<Vec<_>>(),
            ["b"]
        );
    }
}
