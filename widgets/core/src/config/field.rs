//! How each type a config field can hold is read, and what a `data-*` attribute setting it
//! holds. `#[section]` (crate `vox-config-macros`) writes each section's reader out of these, so
//! a rule here (a list's count, a number's range, a text's length) holds for every field of
//! that type.

use super::read::Obj;
use crate::json::Map;

/// How an attribute's text becomes a JSON value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Kind {
    Text,
    /// `true`, `false`, or present-but-empty (`data-feedback-rating`) meaning true.
    Bool,
    Number,
    /// Comma-separated list.
    List,
}

/// A `data-*` row: (dataset key as the browser spells it, config path, kind).
pub type Row = (&'static str, Vec<&'static str>, Kind);

/// A section's `data-*` rows, as static data: its own (dataset key, field key, kind), and per
/// field the table inside it (`None` for a field that holds no section). Data rather than
/// generated code, because every widget module carries it.
pub struct Table {
    pub attrs: &'static [(&'static str, &'static str, Kind)],
    pub children: &'static [(&'static str, Option<&'static Table>)],
}

impl Table {
    /// Every row under `path`, with its full path, in declaration order.
    pub fn rows(&self, path: &mut Vec<&'static str>, out: &mut Vec<Row>) {
        for (name, key, kind) in self.attrs {
            path.push(key);
            out.push((name, path.clone(), *kind));
            path.pop();
        }
        for (key, table) in self.children {
            if let Some(table) = table {
                path.push(key);
                table.rows(path, out);
                path.pop();
            }
        }
    }
}

/// A value a config field holds.
pub trait Field: Sized {
    /// What a `data-*` attribute for a field of this type holds.
    const KIND: Kind = Kind::Text;

    /// The value at `key`, `None` when absent or wrong (reported). `min` and `max` are the
    /// field's declared bounds: a number's range, a text's characters, a list's items; types
    /// without a size ignore them.
    fn read(o: &Obj, key: &str, min: u64, max: u64) -> Option<Self>;

    /// The `data-*` rows inside a value of this type: a section's.
    const TABLE: Option<&'static Table> = None;
}

/// A config section: an object of fields, declared with `#[section]`.
pub trait Section: Default {
    /// Its keys, as written in JSON.
    const FIELDS: &'static [&'static str];
    /// `false` where the crate leaves this section's reader out (accepted and ignored).
    const ENABLED: bool;
    /// Its `data-*` rows.
    const TABLE: Table;
    fn read(o: &Obj) -> Self;
}

impl<T: Section> Field for T {
    fn read(o: &Obj, key: &str, _: u64, _: u64) -> Option<Self> {
        if !T::ENABLED {
            return None;
        }
        o.object(key).map(|section| T::read(&section))
    }

    const TABLE: Option<&'static Table> = Some(&T::TABLE);
}

/// An object in a list (`categories`, `pages`); `None`, reported, drops it.
pub trait Item: Sized {
    fn item(o: &Obj) -> Option<Self>;
}

impl<T: Section> Item for T {
    fn item(o: &Obj) -> Option<Self> {
        Some(T::read(o))
    }
}

impl<T: Item> Field for Vec<T> {
    fn read(o: &Obj, key: &str, min: u64, max: u64) -> Option<Self> {
        let items = o.objects(key, T::item)?;
        o.count(key, items.len(), min, max).then_some(items)
    }
}

impl Field for Vec<String> {
    const KIND: Kind = Kind::List;
    fn read(o: &Obj, key: &str, min: u64, max: u64) -> Option<Self> {
        let items = o.strings(key)?;
        o.count(key, items.len(), min, max).then_some(items)
    }
}

/// Header-like maps of strings, kept as pairs in the order written.
impl Field for Vec<(String, String)> {
    fn read(o: &Obj, key: &str, _: u64, _: u64) -> Option<Self> {
        o.string_map(key)
    }
}

impl<T: Field> Field for Option<T> {
    const KIND: Kind = T::KIND;
    fn read(o: &Obj, key: &str, min: u64, max: u64) -> Option<Self> {
        T::read(o, key, min, max).map(Some)
    }
}

impl Field for String {
    fn read(o: &Obj, key: &str, min: u64, max: u64) -> Option<Self> {
        o.text(key, min as usize, max.min(usize::MAX as u64) as usize)
    }
}

impl Field for bool {
    const KIND: Kind = Kind::Bool;
    fn read(o: &Obj, key: &str, _: u64, _: u64) -> Option<Self> {
        o.bool(key)
    }
}

/// Whole numbers, in the field's range and always in the type's.
macro_rules! whole {
    ($($t:ty),*) => {$(
        impl Field for $t {
            const KIND: Kind = Kind::Number;
            fn read(o: &Obj, key: &str, min: u64, max: u64) -> Option<Self> {
                o.int(key, min, max.min(<$t>::MAX as u64)).map(|n| n as $t)
            }
        }
    )*};
}
whole!(u8, u16, u32);

/// Site-defined values, kept as written (`meta`).
impl Field for Map {
    fn read(o: &Obj, key: &str, _: u64, _: u64) -> Option<Self> {
        o.any_object(key)
    }
}

/// A URL under Vox's one URL rule, for `#[field(read = url)]`.
pub(crate) fn url(o: &Obj, key: &str) -> Option<Option<String>> {
    o.url(key).map(Some)
}
