//! Parsing the JSON text with images decoded on the fly.
//!
//! Images are most of a quiz file (90 % of the 90 MB workshop-scale quiz). Building a
//! `serde_json::Value` first would copy every base64 string before decoding it, holding the
//! file, its copy and the decoded images at once. Here the root object is read key by key: every
//! field becomes a `Value` as usual, except each asset's `data`, which is decoded straight from
//! the (borrowed) text into [`Decoded`] and left out of the `Value`. The reader then finds the
//! decoded bytes by asset id. Anything unexpected (`data` that is not a string, `assets` that is
//! not an object) is kept as a placeholder of the wrong type so the reader reports it as usual.

use std::collections::HashMap;
use std::fmt;

use base64::Engine as _;
use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde_json::{Map, Value};

use super::MAX_ASSET_BYTES;

/// The outcome of decoding one asset's `data`.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Decoded {
    Bytes(Vec<u8>),
    Empty,
    BadBase64,
    TooLarge { size_mb: u64 },
}

/// Decoded `data` of each asset, by asset id (the last one wins for duplicate ids, as in JSON).
pub(super) type DecodedAssets = HashMap<String, Decoded>;

/// Placeholder for a value of an unexpected JSON type: never an object, string or null, so the
/// reader reports "wrong type" for it.
fn wrong_type_placeholder() -> Value {
    Value::Bool(false)
}

/// Parses `text`: the root as a `Value` (assets' `data` removed) and the decoded images.
pub(super) fn parse(text: &str) -> Result<(Value, DecodedAssets), serde_json::Error> {
    let mut de = serde_json::Deserializer::from_str(text);
    let mut decoded = DecodedAssets::new();
    let root = RootSeed(&mut decoded).deserialize(&mut de)?;
    de.end()?;
    Ok((root, decoded))
}

/// Base64 (standard alphabet; padding and line breaks tolerated), bounded in size.
pub(super) fn decode_base64(data: &str) -> Decoded {
    if data.is_empty() {
        return Decoded::Empty;
    }
    let decoded_len = (data.len() as u64) / 4 * 3;
    if decoded_len > MAX_ASSET_BYTES {
        return Decoded::TooLarge {
            size_mb: decoded_len.div_ceil(1024 * 1024),
        };
    }
    let engine = base64::engine::GeneralPurpose::new(
        &base64::alphabet::STANDARD,
        base64::engine::GeneralPurposeConfig::new()
            .with_decode_padding_mode(base64::engine::DecodePaddingMode::Indifferent),
    );
    // Most files have one unbroken line; only on failure look for line breaks to remove
    // (base64 wrapped at 76 columns by other tools), so the common case reads the data once.
    let result = engine.decode(data).or_else(|e| {
        if data.bytes().any(|b| b.is_ascii_whitespace()) {
            let compact: Vec<u8> = data.bytes().filter(|b| !b.is_ascii_whitespace()).collect();
            engine.decode(compact)
        } else {
            Err(e)
        }
    });
    result.map_or(Decoded::BadBase64, Decoded::Bytes)
}

/// Skips any value and stands for it with a wrong-type placeholder (or `Null` for JSON null).
macro_rules! placeholder_visits {
    () => {
        fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self::Value, E> {
            Ok(Self::Value::from(wrong_type_placeholder()))
        }
        fn visit_i64<E: de::Error>(self, _: i64) -> Result<Self::Value, E> {
            Ok(Self::Value::from(wrong_type_placeholder()))
        }
        fn visit_u64<E: de::Error>(self, _: u64) -> Result<Self::Value, E> {
            Ok(Self::Value::from(wrong_type_placeholder()))
        }
        fn visit_f64<E: de::Error>(self, _: f64) -> Result<Self::Value, E> {
            Ok(Self::Value::from(wrong_type_placeholder()))
        }
        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(Self::Value::from(Value::Null))
        }
        fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
            while seq.next_element::<IgnoredAny>()?.is_some() {}
            Ok(Self::Value::from(wrong_type_placeholder()))
        }
    };
}

/// The root: a map read key by key, `assets` through [`AssetsSeed`].
struct RootSeed<'a>(&'a mut DecodedAssets);

impl<'de> DeserializeSeed<'de> for RootSeed<'_> {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for RootSeed<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a quiz object")
    }

    placeholder_visits!();

    fn visit_str<E: de::Error>(self, _: &str) -> Result<Value, E> {
        Ok(wrong_type_placeholder())
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut out = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            let value = if key == "assets" {
                self.0.clear(); // a later `assets` replaces an earlier one, as in JSON
                map.next_value_seed(AssetsSeed(self.0))?
            } else {
                map.next_value::<Value>()?
            };
            out.insert(key, value);
        }
        Ok(Value::Object(out))
    }
}

/// `assets`: each asset's fields, with `data` decoded into the side table.
struct AssetsSeed<'a>(&'a mut DecodedAssets);

impl<'de> DeserializeSeed<'de> for AssetsSeed<'_> {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for AssetsSeed<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an object of images")
    }

    placeholder_visits!();

    fn visit_str<E: de::Error>(self, _: &str) -> Result<Value, E> {
        Ok(wrong_type_placeholder())
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut out = Map::new();
        while let Some(id) = map.next_key::<String>()? {
            let AssetParts { fields, data } = map.next_value_seed(AssetSeed)?;
            match data {
                Some(decoded) => self.0.insert(id.clone(), decoded),
                None => self.0.remove(&id),
            };
            out.insert(id, fields);
        }
        Ok(Value::Object(out))
    }
}

/// One asset: its fields as a `Value`, and its decoded `data` when that was a string.
struct AssetSeed;

/// An asset's fields, and its decoded `data` when that was a string.
struct AssetParts {
    fields: Value,
    data: Option<Decoded>,
}

impl<'de> DeserializeSeed<'de> for AssetSeed {
    type Value = AssetParts;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<AssetParts, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl From<Value> for AssetParts {
    fn from(fields: Value) -> Self {
        AssetParts { fields, data: None }
    }
}

impl<'de> Visitor<'de> for AssetSeed {
    type Value = AssetParts;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an image object")
    }

    placeholder_visits!();

    fn visit_str<E: de::Error>(self, _: &str) -> Result<AssetParts, E> {
        Ok(AssetParts::from(wrong_type_placeholder()))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<AssetParts, A::Error> {
        let mut fields = Map::new();
        let mut data = None;
        while let Some(key) = map.next_key::<String>()? {
            if key == "data" {
                match map.next_value_seed(DataSeed)? {
                    DataValue::Decoded(d) => {
                        data = Some(d);
                        fields.remove("data");
                    }
                    DataValue::Other(v) => {
                        data = None;
                        fields.insert(key, v);
                    }
                }
            } else {
                fields.insert(key, map.next_value::<Value>()?);
            }
        }
        Ok(AssetParts {
            fields: Value::Object(fields),
            data,
        })
    }
}

/// An asset's `data`: decoded when it is a string, a placeholder otherwise.
enum DataValue {
    Decoded(Decoded),
    Other(Value),
}

impl From<Value> for DataValue {
    fn from(value: Value) -> Self {
        DataValue::Other(value)
    }
}

struct DataSeed;

impl<'de> DeserializeSeed<'de> for DataSeed {
    type Value = DataValue;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<DataValue, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for DataSeed {
    type Value = DataValue;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("base64 text")
    }

    placeholder_visits!();

    fn visit_str<E: de::Error>(self, text: &str) -> Result<DataValue, E> {
        Ok(DataValue::Decoded(decode_base64(text)))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<DataValue, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(DataValue::Other(wrong_type_placeholder()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn images_are_decoded_and_left_out_of_the_value() {
        let text = r#"{"title": "t", "assets": {"a": {"media_type": "image/png", "data": "AQID", "x": 1}, "b": {"data": 5}, "c": {"data": ""}}}"#;
        let (root, decoded) = parse(text).unwrap();
        assert_eq!(decoded["a"], Decoded::Bytes(vec![1, 2, 3]));
        assert_eq!(decoded["c"], Decoded::Empty);
        assert!(
            !decoded.contains_key("b"),
            "non-string data stays in the value"
        );
        assert_eq!(
            root["assets"]["a"],
            serde_json::json!({"media_type": "image/png", "x": 1})
        );
        assert_eq!(root["assets"]["b"]["data"], wrong_type_placeholder());
        assert_eq!(root["title"], "t");
    }

    #[test]
    fn wrapped_escaped_and_bad_base64() {
        assert_eq!(decode_base64("AQ\nID"), Decoded::Bytes(vec![1, 2, 3]));
        assert_eq!(
            decode_base64("AQI"),
            Decoded::Bytes(vec![1, 2]),
            "padding is optional"
        );
        assert_eq!(decode_base64("A?ID"), Decoded::BadBase64);
        let (_, decoded) = parse(r#"{"assets": {"a": {"data": "AQ\/D"}}}"#).unwrap();
        // Some JSON writers escape '/' (a base64 character): the unescaped text is decoded.
        assert_eq!(
            decoded["a"],
            Decoded::Bytes(vec![1, 15, 195]),
            "an escaped '/' is part of the text"
        );
    }

    #[test]
    fn unexpected_shapes_become_wrong_types() {
        let (root, _) = parse(r#"{"assets": [1, 2]}"#).unwrap();
        assert_eq!(root["assets"], wrong_type_placeholder());
        let (root, _) = parse("[1, 2]").unwrap();
        assert_eq!(root, wrong_type_placeholder());
        assert!(
            parse(r#"{"assets": {"a": {"data": "AQID"}}} x"#).is_err(),
            "trailing text"
        );
        assert!(
            parse(r#"{"assets": {"a": {"data": "AQID"#).is_err(),
            "truncated"
        );
    }
}
