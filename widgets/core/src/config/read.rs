//! Reading typed values out of a [`Json`] value with the path of every problem.
//!
//! Hand-written instead of `#[derive(Deserialize)]` + `serde_path_to_error`: the derive
//! machinery costs tens of KB in the wasm every shopper downloads, while this reader is small
//! and gives site owners the same field-precise messages. `tests` round-trip it against the
//! `Serialize` derive, and `tests/schema.rs` against the published JSON Schema.
//!
//! Readers return plain values and report problems to [`Problems`], which keeps the first,
//! instead of returning a `Result` from every field: the wasm then holds one error path instead
//! of one per field read (the config section of prompts alone cost 3.8 KB brotli the other way).

use std::cell::RefCell;

use crate::json::{Json, Map};

/// A problem: (dotted field path, what was expected and found).
pub type Problem = (String, String);

/// The first problem met while reading, if any.
#[derive(Default)]
pub struct Problems(RefCell<Option<Problem>>);

impl Problems {
    /// Keeps `problem` unless an earlier one is kept already: the first is the one to fix.
    pub fn report(&self, problem: Problem) {
        let mut first = self.0.borrow_mut();
        if first.is_none() {
            *first = Some(problem);
        }
    }

    /// `value` when nothing was reported, else the first problem.
    pub fn finish<T>(self, value: T) -> Result<T, Problem> {
        match self.0.into_inner() {
            Some(problem) => Err(problem),
            None => Ok(value),
        }
    }
}

/// An object being read, with its path for messages and where its problems go.
pub struct Obj<'a> {
    map: &'a Map,
    path: String,
    problems: &'a Problems,
}

/// A string-valued enum readable from config.
pub trait Choice: Sized + Copy + 'static {
    const ALL: &'static [Self];
    /// The config spellings, in the order of `ALL`.
    const NAMES: &'static [&'static str];
}

/// Declares a string-valued config enum: its variants with their config spellings, its default,
/// `as_str`, and its [`Choice`] table for the reader.
macro_rules! string_enum {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident = $text:literal),+ $(,)? } default $default:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        pub enum $name { $($(#[$vdoc])* #[serde(rename = $text)] $variant),+ }
        impl Default for $name { fn default() -> Self { Self::$default } }
        impl $name {
            /// The config spelling of this value.
            pub fn as_str(self) -> &'static str { match self { $(Self::$variant => $text),+ } }
        }
        impl $crate::config::read::Choice for $name {
            const ALL: &'static [Self] = &[$(Self::$variant),+];
            const NAMES: &'static [&'static str] = &[$($text),+];
        }
        impl $crate::config::field::Field for $name {
            fn read(o: &$crate::config::read::Obj, key: &str, _: u64, _: u64) -> Option<Self> {
                o.choice(key)
            }
        }
    };
}
pub(crate) use string_enum;

/// Shows a found value briefly: `"abc"`, `5`, `an object`.
fn found(value: &Json) -> String {
    match value {
        Json::Obj(_) => "an object".into(),
        Json::Arr(_) => "a list".into(),
        other => {
            let text = other.to_string();
            if text.chars().count() > 40 {
                format!("{}…", text.chars().take(40).collect::<String>())
            } else {
                text
            }
        }
    }
}

impl<'a> Obj<'a> {
    /// Reads `value` as an object at `path` ("" for the root); `None`, reported, when it is not.
    pub fn new(value: &'a Json, path: &str, problems: &'a Problems) -> Option<Self> {
        match value {
            Json::Obj(map) => Some(Obj {
                map,
                path: path.to_string(),
                problems,
            }),
            other => {
                problems.report((path.to_string(), format!("an object, got {}", found(other))));
                None
            }
        }
    }

    fn field(&self, key: &str) -> String {
        if self.path.is_empty() {
            key.to_string()
        } else {
            format!("{}.{key}", self.path)
        }
    }

    /// Reports `expected` at `key`, and gives `None` for the caller to return.
    fn fail<T>(&self, key: &str, expected: String) -> Option<T> {
        self.problems.report((self.field(key), expected));
        None
    }

    pub fn wrong<T>(&self, key: &str, expected: &str, value: &Json) -> Option<T> {
        self.fail(key, format!("{expected}, got {}", found(value)))
    }

    /// Reports keys not in `known`: a typo must not be silently ignored.
    pub fn only(&self, known: &[&str]) {
        if let Some(key) = self.map.keys().find(|k| !known.contains(&k.as_str())) {
            let list: Vec<String> = known.iter().map(|k| format!("`{k}`")).collect();
            self.fail::<()>(
                key,
                format!("a known field, one of {}; got `{key}`", list.join(", ")),
            );
        }
    }

    /// The value at `key`; `null` counts as absent (the default applies).
    fn get(&self, key: &str) -> Option<&'a Json> {
        self.map.get(key).filter(|v| !v.is_null())
    }

    pub fn string(&self, key: &str) -> Option<String> {
        match self.get(key)? {
            Json::Str(s) => Some(s.clone()),
            v => self.wrong(key, "a string", v),
        }
    }

    /// A string of `min` to `max` characters, the bounds the schema publishes for it.
    pub fn text(&self, key: &str, min: usize, max: usize) -> Option<String> {
        let text = self.string(key)?;
        match (min..=max).contains(&text.chars().count()) {
            true => Some(text),
            false => self.fail(key, format!("a text of {min} to {max} characters")),
        }
    }

    /// A URL that passes Vox's one URL rule ([`vox_url::check`]): it may become a fetch, an
    /// `href` or a `location`, so a `javascript:` or off-site `/\\host` value is an error here.
    pub fn url(&self, key: &str) -> Option<String> {
        let url = self.string(key)?;
        match vox_url::check(&url) {
            Ok(()) => Some(url),
            Err(e) => self.fail(key, e),
        }
    }

    pub fn bool(&self, key: &str) -> Option<bool> {
        match self.get(key)? {
            Json::Bool(b) => Some(*b),
            v => self.wrong(key, "true or false", v),
        }
    }

    /// A whole number from `min` to `max`.
    pub fn int(&self, key: &str, min: u64, max: u64) -> Option<u64> {
        let v = self.get(key)?;
        match v.as_u64().filter(|n| (min..=max).contains(n)) {
            Some(n) => Some(n),
            None => self.wrong(key, &format!("a whole number from {min} to {max}"), v),
        }
    }

    pub fn choice<T: Choice>(&self, key: &str) -> Option<T> {
        self.choice_index(key, T::NAMES).map(|i| T::ALL[i])
    }

    /// The non-generic half of [`Obj::choice`], so the wasm holds it once, not once per enum.
    fn choice_index(&self, key: &str, names: &[&str]) -> Option<usize> {
        self.choice_of(key, self.get(key)?, names)
    }

    /// Which of `names` the `value` at `key` is; `None` for `null`, reported when none.
    fn choice_of(&self, key: &str, value: &Json, names: &[&str]) -> Option<usize> {
        let text = match value {
            Json::Str(text) => text,
            Json::Null => return None,
            other => return self.wrong(key, "a string", other),
        };
        match names.iter().position(|n| n == text) {
            Some(i) => Some(i),
            None => {
                let list: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
                self.fail(
                    key,
                    format!("a known value, one of {}; got `{text}`", list.join(", ")),
                )
            }
        }
    }

    /// Whether a list of `len` items at `key` has from `min` to `max`; reported when not.
    /// (Not generic over the items: the wasm holds it once.)
    pub fn count(&self, key: &str, len: usize, min: u64, max: u64) -> bool {
        let fits = (min..=max).contains(&(len as u64));
        if !fits {
            let expected = match min {
                0 => format!("a list of at most {max} items"),
                _ => format!("a list of {min} to {max} items"),
            };
            self.fail::<()>(key, expected);
        }
        fits
    }

    pub fn strings(&self, key: &str) -> Option<Vec<String>> {
        let items = match self.get(key)? {
            Json::Arr(items) => items,
            v => return self.wrong(key, "a list of strings", v),
        };
        let mut out = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            match item {
                Json::Str(s) => out.push(s.clone()),
                other => {
                    return self.fail(
                        &format!("{key}[{i}]"),
                        format!("a string, got {}", found(other)),
                    )
                }
            }
        }
        Some(out)
    }

    /// An object of strings, as `(key, value)` pairs in the order written.
    pub fn string_map(&self, key: &str) -> Option<Vec<(String, String)>> {
        let obj = self.object(key)?;
        let mut pairs = Vec::new();
        for (k, v) in obj.map.iter() {
            match v {
                Json::Str(s) => pairs.push((k.clone(), s.clone())),
                other => return obj.wrong(k, "a string", other),
            }
        }
        Some(pairs)
    }

    pub fn object(&self, key: &str) -> Option<Obj<'a>> {
        Obj::new(self.get(key)?, &self.field(key), self.problems)
    }

    /// A list of objects, each read by `item` with its index in the path; one `item` refuses
    /// (after reporting it) is left out.
    pub fn objects<T>(&self, key: &str, item: impl Fn(&Obj<'a>) -> Option<T>) -> Option<Vec<T>> {
        let mut out = Vec::new();
        self.each_object(key, &mut |o| out.extend(item(o)))?;
        Some(out)
    }

    /// The walk of [`Obj::objects`], apart from the items' type, so the wasm holds it once.
    fn each_object(&self, key: &str, item: &mut dyn FnMut(&Obj<'a>)) -> Option<()> {
        let items = match self.get(key)? {
            Json::Arr(items) => items,
            v => return self.wrong(key, "a list of objects", v),
        };
        for (i, v) in items.iter().enumerate() {
            let path = format!("{}[{i}]", self.field(key));
            item(&Obj::new(v, &path, self.problems)?);
        }
        Some(())
    }

    /// An object whose values are all one [`Choice`], as pairs in the order written; a value
    /// that is `null` or wrong (reported) reads as `T::ALL[0]`.
    ///
    /// Reads each pair as it goes: a lookup per key would be O(n²) in a hostile object.
    pub fn choice_map<T: Choice>(&self, key: &str) -> Option<Vec<(String, T)>> {
        let obj = self.object(key)?;
        let pairs = obj.map.iter().map(|(k, v)| {
            let i = obj.choice_of(k, v, T::NAMES).unwrap_or(0);
            (k.clone(), T::ALL[i])
        });
        Some(pairs.collect())
    }

    /// Any JSON object, kept as is (site-defined `meta`).
    pub fn any_object(&self, key: &str) -> Option<Map> {
        Some(self.object(key)?.map.clone())
    }

    /// Reports a required field left out.
    pub fn missing<T>(&self, key: &str, expected: &str) -> Option<T> {
        self.fail(key, format!("{expected}, which is required"))
    }

    /// Which one of `keys` this object sets, for objects that hold exactly one of several
    /// choices (a trigger, a page rule).
    pub fn single(&self, keys: &[&'static str]) -> Option<&'static str> {
        let mut set = keys.iter().filter(|k| self.get(k).is_some());
        match (set.next(), set.next()) {
            (Some(one), None) => Some(one),
            _ => {
                let list: Vec<String> = keys.iter().map(|k| format!("`{k}`")).collect();
                let expected = format!("an object with exactly one of {}", list.join(", "));
                self.problems.report((self.path.clone(), expected));
                None
            }
        }
    }

    /// Where this object's problems go, for a reader that walks its own values.
    pub fn problems(&self) -> &'a Problems {
        self.problems
    }

    /// The value at `key` as it is (`null` when absent).
    pub fn value(&self, key: &str) -> &'a Json {
        static NULL: Json = Json::Null;
        self.get(key).unwrap_or(&NULL)
    }

    /// A list of any values.
    pub fn list(&self, key: &str) -> Option<Vec<Json>> {
        match self.get(key)? {
            Json::Arr(items) => Some(items.clone()),
            v => self.wrong(key, "a list", v),
        }
    }

    /// A number, whole or not.
    pub fn number(&self, key: &str) -> Option<f64> {
        match self.get(key)? {
            Json::Num(n) => Some(*n),
            v => self.wrong(key, "a number", v),
        }
    }
}
