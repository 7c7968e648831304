//! JSON bodies read strictly: an object that gives the same key twice is refused (serde_json
//! keeps the last one silently), as the query string's bracket syntax refuses a parameter
//! given twice, so that both forms of a request mean the same.

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

/// A JSON value whose objects have distinct keys.
struct Strict(Value);

impl<'de> Deserialize<'de> for Strict {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Strict, D::Error> {
        d.deserialize_any(StrictVisitor).map(Strict)
    }
}

struct StrictVisitor;

impl<'de> Visitor<'de> for StrictVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut out = Vec::new();
        while let Some(Strict(v)) = seq.next_element()? {
            out.push(v);
        }
        Ok(Value::Array(out))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut out = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            if out.contains_key(&key) {
                return Err(de::Error::custom(format!(
                    "the key '{}' is given twice",
                    model::text::shown(&key)
                )));
            }
            let Strict(v) = map.next_value()?;
            out.insert(key, v);
        }
        Ok(Value::Object(out))
    }
}

/// Parses a JSON body, refusing an object with a key given twice, as the API's error.
pub fn from_slice(bytes: &[u8]) -> Result<Value, super::ApiError> {
    serde_json::from_slice::<Strict>(bytes)
        .map(|s| s.0)
        .map_err(|e| {
            // The only error of the data (not of the syntax) is a key given twice.
            let code = if e.is_data() {
                model::query::code::DUPLICATE
            } else {
                super::transport_code::MALFORMED_JSON
            };
            super::ApiError::new(
                http::StatusCode::BAD_REQUEST,
                code,
                format!("the request body is not valid JSON: {e}"),
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_given_twice_is_refused_anywhere() {
        assert!(from_slice(br#"{"limit": 1, "limit": 2}"#).is_err());
        let nested =
            from_slice(br#"{"filter": {"field": "a", "field": "b"}}"#).expect_err("nested");
        assert_eq!(nested.code, model::query::code::DUPLICATE);
        assert!(
            nested.message.contains("'field' is given twice"),
            "{}",
            nested.message
        );
        assert!(
            from_slice(br#"[{"a": 1}, {"a": 2}]"#).is_ok(),
            "different objects"
        );
        let v = from_slice(br#"{"a": [1, 2.5, "x", null, true, {"b": -3}]}"#).expect("valid");
        assert_eq!(
            v,
            serde_json::json!({"a": [1, 2.5, "x", null, true, {"b": -3}]})
        );
        assert_eq!(
            from_slice(b"[[[[").map_err(|e| e.code),
            Err(crate::handlers::api::transport_code::MALFORMED_JSON)
        );
    }
}
