//! Reading typed values out of a [`Json`] value with the path of every problem.
//!
//! Hand-written instead of `#[derive(Deserialize)]` + `serde_path_to_error`: the derive
//! machinery costs tens of KB in the wasm every shopper downloads, while this reader is small
//! and gives site owners the same field-precise messages. `tests` round-trip it against the
//! `Serialize` derive, and `tests/schema.rs` against the published JSON Schema.

use crate::json::{Json, Map};

/// A problem: (dotted field path, what was expected and found).
pub type Problem = (String, String);

/// An object being read, with its path for messages.
pub struct Obj<'a> {
    map: &'a Map,
    path: String,
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
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
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
    /// Reads `value` as an object at `path` ("" for the root).
    pub fn new(value: &'a Json, path: &str) -> Result<Self, Problem> {
        match value {
            Json::Obj(map) => Ok(Obj {
                map,
                path: path.to_string(),
            }),
            other => Err((path.to_string(), format!("an object, got {}", found(other)))),
        }
    }

    fn field(&self, key: &str) -> String {
        if self.path.is_empty() {
            key.to_string()
        } else {
            format!("{}.{key}", self.path)
        }
    }

    /// Rejects keys not in `known`: a typo must not be silently ignored.
    pub fn only(&self, known: &[&str]) -> Result<(), Problem> {
        match self.map.keys().find(|k| !known.contains(&k.as_str())) {
            None => Ok(()),
            Some(key) => {
                let list: Vec<String> = known.iter().map(|k| format!("`{k}`")).collect();
                Err((
                    self.field(key),
                    format!("a known field, one of {}; got `{key}`", list.join(", ")),
                ))
            }
        }
    }

    /// The value at `key`; `null` counts as absent (the default applies).
    fn get(&self, key: &str) -> Option<&'a Json> {
        self.map.get(key).filter(|v| !v.is_null())
    }

    fn wrong(&self, key: &str, expected: &str, value: &Json) -> Problem {
        (self.field(key), format!("{expected}, got {}", found(value)))
    }

    pub fn string(&self, key: &str) -> Result<Option<String>, Problem> {
        match self.get(key) {
            None => Ok(None),
            Some(Json::Str(s)) => Ok(Some(s.clone())),
            Some(v) => Err(self.wrong(key, "a string", v)),
        }
    }

    pub fn bool(&self, key: &str) -> Result<Option<bool>, Problem> {
        match self.get(key) {
            None => Ok(None),
            Some(Json::Bool(b)) => Ok(Some(*b)),
            Some(v) => Err(self.wrong(key, "true or false", v)),
        }
    }

    /// A whole number from `min` to `max`.
    pub fn int(&self, key: &str, min: u64, max: u64) -> Result<Option<u64>, Problem> {
        match self.get(key) {
            None => Ok(None),
            Some(v) => match v.as_u64().filter(|n| (min..=max).contains(n)) {
                Some(n) => Ok(Some(n)),
                None => Err(self.wrong(key, &format!("a whole number from {min} to {max}"), v)),
            },
        }
    }

    pub fn choice<T: Choice>(&self, key: &str) -> Result<Option<T>, Problem> {
        Ok(self.choice_index(key, T::NAMES)?.map(|i| T::ALL[i]))
    }

    /// The non-generic half of [`Obj::choice`], so the wasm holds it once, not once per enum.
    fn choice_index(&self, key: &str, names: &[&str]) -> Result<Option<usize>, Problem> {
        let Some(text) = self.string(key)? else {
            return Ok(None);
        };
        match names.iter().position(|n| *n == text) {
            Some(i) => Ok(Some(i)),
            None => {
                let list: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
                Err((
                    self.field(key),
                    format!("a known value, one of {}; got `{text}`", list.join(", ")),
                ))
            }
        }
    }

    pub fn strings(&self, key: &str) -> Result<Option<Vec<String>>, Problem> {
        match self.get(key) {
            None => Ok(None),
            Some(Json::Arr(items)) => items
                .iter()
                .enumerate()
                .map(|(i, item)| match item {
                    Json::Str(s) => Ok(s.clone()),
                    other => Err((
                        format!("{}[{i}]", self.field(key)),
                        format!("a string, got {}", found(other)),
                    )),
                })
                .collect::<Result<Vec<_>, _>>()
                .map(Some),
            Some(v) => Err(self.wrong(key, "a list of strings", v)),
        }
    }

    /// An object of strings, as `(key, value)` pairs in the order written.
    pub fn string_map(&self, key: &str) -> Result<Option<Vec<(String, String)>>, Problem> {
        let Some(obj) = self.object(key)? else {
            return Ok(None);
        };
        let mut pairs = Vec::new();
        for (k, v) in obj.map.iter() {
            match v {
                Json::Str(s) => pairs.push((k.clone(), s.clone())),
                other => return Err((obj.field(k), format!("a string, got {}", found(other)))),
            }
        }
        Ok(Some(pairs))
    }

    pub fn object(&self, key: &str) -> Result<Option<Obj<'a>>, Problem> {
        self.get(key)
            .map(|v| Obj::new(v, &self.field(key)))
            .transpose()
    }

    /// A list of objects, each read by `item` with its index in the path.
    pub fn objects<T>(
        &self,
        key: &str,
        item: impl Fn(&Obj<'a>) -> Result<T, Problem>,
    ) -> Result<Option<Vec<T>>, Problem> {
        let items = match self.get(key) {
            None => return Ok(None),
            Some(Json::Arr(items)) => items,
            Some(v) => return Err(self.wrong(key, "a list of objects", v)),
        };
        let mut out = Vec::with_capacity(items.len());
        for (i, v) in items.iter().enumerate() {
            out.push(item(&Obj::new(v, &format!("{}[{i}]", self.field(key)))?)?);
        }
        Ok(Some(out))
    }

    /// An object whose values are all one [`Choice`], as pairs in the order written.
    pub fn choice_map<T: Choice>(&self, key: &str) -> Result<Option<Vec<(String, T)>>, Problem> {
        let Some(obj) = self.object(key)? else {
            return Ok(None);
        };
        let mut pairs = Vec::new();
        for k in obj.map.keys() {
            pairs.push((k.clone(), obj.choice::<T>(k)?.unwrap_or(T::ALL[0])));
        }
        Ok(Some(pairs))
    }

    /// Any JSON object, kept as is (site-defined `meta`).
    pub fn any_object(&self, key: &str) -> Result<Option<Map>, Problem> {
        Ok(self.object(key)?.map(|o| o.map.clone()))
    }
}
