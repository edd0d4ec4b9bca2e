//! [`Json`] and [`Map`] as serde and schemars see them, so the config and envelope types keep
//! their derives (the published JSON Schemas come from those). The wasm never serialises
//! through serde, so none of this is compiled into it.

use serde::ser::{Serialize, SerializeMap, Serializer};

use super::{Json, Map};

impl Serialize for Json {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Json::Null => s.serialize_unit(),
            Json::Bool(b) => s.serialize_bool(*b),
            Json::Num(n) if n.fract() == 0.0 && n.abs() < 1e15 => s.serialize_i64(*n as i64),
            Json::Num(n) => s.serialize_f64(*n),
            Json::Str(text) => s.serialize_str(text),
            Json::Arr(items) => s.collect_seq(items),
            Json::Obj(map) => map.serialize(s),
        }
    }
}

impl Serialize for Map {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut out = s.serialize_map(Some(self.len()))?;
        for (k, v) in self.iter() {
            out.serialize_entry(k, v)?;
        }
        out.end()
    }
}

/// Any JSON object, as `serde_json::Map` used to be described.
#[cfg(feature = "schema")]
impl schemars::JsonSchema for Map {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Map".into()
    }

    fn inline_schema() -> bool {
        true
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({"type": "object", "additionalProperties": true})
    }
}
