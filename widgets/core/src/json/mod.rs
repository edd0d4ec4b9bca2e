//! A small JSON value with its own parser and writer.
//!
//! Vox reads config and its persisted outbox, and writes envelopes, as JSON in the wasm every
//! shopper downloads. `serde_json` with its `Value` cost about 9 KB brotli there (its parser,
//! error messages, float formatting and `BTreeMap` code); this module does the same job in a
//! fraction of that. Objects keep insertion order in a short list: config and envelopes have a
//! handful of keys, where a linear scan is as fast as a tree and far smaller. Whole objects from
//! outside (parsed text, merged config layers) are made unique with one sort instead, so a
//! hostile object of 100,000 keys costs O(n log n), not a scan per key.
//!
//! The serde derives on the config and envelope types still describe the format for the JSON
//! Schemas; tests check that this writer and those derives agree.

mod parse;
mod serde_impls;
mod write;

pub use parse::parse;

/// A JSON value. Numbers are `f64`, as in JavaScript.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Json {
    #[default]
    Null,
    Bool(bool),
    Num(f64),
    Str(String),
    Arr(Vec<Json>),
    Obj(Map),
}

/// A JSON object: keys in insertion order, each once.
#[derive(Debug, Clone, Default)]
pub struct Map(Vec<(String, Json)>);

/// Objects are equal when they have the same keys with equal values, in any order.
impl PartialEq for Map {
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len() && self.iter().all(|(k, v)| other.get(k) == Some(v))
    }
}

impl Map {
    pub fn new() -> Self {
        Map(Vec::new())
    }

    pub fn get(&self, key: &str) -> Option<&Json> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// Sets `key`, replacing an existing value in place (so its position is kept).
    pub fn insert(&mut self, key: impl Into<String>, value: Json) {
        let key = key.into();
        match self.0.iter_mut().find(|(k, _)| *k == key) {
            Some((_, slot)) => *slot = value,
            None => self.0.push((key, value)),
        }
    }

    /// The value at `key`, inserting `Null` first when absent.
    pub fn slot(&mut self, key: &str) -> &mut Json {
        let index = match self.0.iter().position(|(k, _)| k == key) {
            Some(i) => i,
            None => {
                self.0.push((key.to_string(), Json::Null));
                self.0.len() - 1
            }
        };
        &mut self.0[index].1
    }

    /// Removes `key`; whether it was there.
    pub fn remove(&mut self, key: &str) -> bool {
        let before = self.0.len();
        self.0.retain(|(k, _)| k != key);
        self.0.len() != before
    }

    pub fn iter(&self) -> impl Iterator<Item = (&String, &Json)> {
        self.0.iter().map(|(k, v)| (k, v))
    }

    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.0.iter().map(|(k, _)| k)
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// A map of `pairs`, each key once at its first position; a repeated key's values are
    /// folded into that first one by `combine`, in order ([`last_wins`], as `insert` and
    /// serde_json do; or a deep merge, where later config layers win).
    ///
    /// One sort of positions makes this O(n log n) where `insert` per pair is O(n²).
    pub(crate) fn from_pairs(mut pairs: Vec<(String, Json)>, combine: fn(&mut Json, Json)) -> Map {
        let order = {
            let keys: Vec<&str> = pairs.iter().map(|(k, _)| k.as_str()).collect();
            sorted_positions(&keys)
        };
        let mut repeated = vec![false; pairs.len()];
        let mut first = 0;
        for (n, &i) in order.iter().enumerate().skip(1) {
            if pairs[i].0 == pairs[order[first]].0 {
                let value = std::mem::take(&mut pairs[i].1);
                combine(&mut pairs[order[first]].1, value);
                repeated[i] = true;
            } else {
                first = n;
            }
        }
        let mut i = 0;
        pairs.retain(|_| {
            i += 1;
            !repeated[i - 1]
        });
        Map(pairs)
    }
}

/// Positions of `keys` in key order, equal keys in their original order: the one sort behind
/// every "each key once" rule (object keys, config region codes), in O(n log n).
pub(crate) fn sorted_positions(keys: &[&str]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..keys.len()).collect();
    order.sort_unstable_by_key(|&i| (keys[i], i));
    order
}

/// The `combine` of [`Map::from_pairs`] for JSON's duplicate keys: the last value wins.
pub(crate) fn last_wins(slot: &mut Json, value: Json) {
    *slot = value;
}

impl<K: Into<String>> FromIterator<(K, Json)> for Map {
    fn from_iter<I: IntoIterator<Item = (K, Json)>>(pairs: I) -> Self {
        let pairs = pairs.into_iter().map(|(k, v)| (k.into(), v)).collect();
        Map::from_pairs(pairs, last_wins)
    }
}

impl IntoIterator for Map {
    type Item = (String, Json);
    type IntoIter = std::vec::IntoIter<(String, Json)>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl Json {
    /// An object from `(key, value)` pairs, for writing fixed shapes tersely.
    pub fn object<const N: usize>(pairs: [(&str, Json); N]) -> Json {
        Json::Obj(pairs.into_iter().collect())
    }

    /// `obj[key]`, or `Null` when this is not an object or has no such key.
    pub fn get(&self, key: &str) -> &Json {
        match self {
            Json::Obj(map) => map.get(key).unwrap_or(&Json::Null),
            _ => &Json::Null,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::Str(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Json::Num(n) => Some(*n),
            _ => None,
        }
    }

    /// A whole, non-negative number that fits in a `u64`.
    pub fn as_u64(&self) -> Option<u64> {
        self.as_f64()
            .filter(|n| n.fract() == 0.0 && (0.0..=u64::MAX as f64).contains(n))
            .map(|n| n as u64)
    }

    pub fn as_object(&self) -> Option<&Map> {
        match self {
            Json::Obj(map) => Some(map),
            _ => None,
        }
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Json::Null)
    }
}

impl From<&str> for Json {
    fn from(s: &str) -> Self {
        Json::Str(s.into())
    }
}

impl From<String> for Json {
    fn from(s: String) -> Self {
        Json::Str(s)
    }
}

impl From<bool> for Json {
    fn from(b: bool) -> Self {
        Json::Bool(b)
    }
}

impl From<f64> for Json {
    fn from(n: f64) -> Self {
        Json::Num(n)
    }
}

impl From<u32> for Json {
    fn from(n: u32) -> Self {
        Json::Num(n.into())
    }
}

impl<T: Into<Json>> From<Option<T>> for Json {
    fn from(value: Option<T>) -> Self {
        value.map_or(Json::Null, Into::into)
    }
}

/// Tests write expected values with `serde_json::json!`.
#[cfg(test)]
pub fn from_serde(value: serde_json::Value) -> Json {
    parse(&value.to_string()).expect("serde_json writes valid JSON")
}

impl From<Map> for Json {
    fn from(map: Map) -> Self {
        Json::Obj(map)
    }
}
