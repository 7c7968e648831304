//! Small readers of the JSON tree of a request: each checks the type it expects and
//! says where and what was found instead.

use serde_json::{Map, Value};

use super::code;
use super::error::{Ptr, QueryError, Result};
use super::fields::Field;
use crate::text::closest;

pub(super) fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// A user-supplied string for a message, cut short if long.
pub(super) fn shown(s: &str) -> String {
    crate::text::clip(s, 60)
}

pub(super) fn did_you_mean(wanted: &str, candidates: &[&str]) -> Option<String> {
    if wanted.trim().is_empty() {
        return None;
    }
    closest(wanted, candidates.iter().copied(), 1)
        .first()
        .map(|c| format!(" — did you mean '{c}'?"))
}

pub(super) fn wrong_type(expected: &str, found: &Value, at: &Ptr) -> QueryError {
    QueryError::new(
        code::WRONG_TYPE,
        format!(
            "expected {expected} for {}, found {}",
            at.quoted(),
            kind(found)
        ),
        at,
    )
}

pub(super) fn object<'v>(v: &'v Value, at: &Ptr) -> Result<&'v Map<String, Value>> {
    v.as_object().ok_or_else(|| wrong_type("an object", v, at))
}

pub(super) fn string<'v>(v: &'v Value, at: &Ptr) -> Result<&'v str> {
    v.as_str().ok_or_else(|| wrong_type("a string", v, at))
}

/// Refuses keys outside `allowed`; `what` names the object (`None`: the top level).
pub(super) fn check_keys(
    map: &Map<String, Value>,
    allowed: &[&str],
    at: &Ptr,
    what: Option<&str>,
) -> Result<()> {
    let Some(key) = map.keys().find(|k| !allowed.contains(&k.as_str())) else {
        return Ok(());
    };
    let hint = did_you_mean(key, allowed)
        .unwrap_or_else(|| format!(" (expected one of: {})", allowed.join(", ")));
    Err(match what {
        None => QueryError::new(
            code::UNKNOWN_PARAMETER,
            format!("unknown parameter '{}'{hint}", shown(key)),
            &at.key(key),
        ),
        Some(what) => QueryError::new(
            code::UNKNOWN_KEY,
            format!("unknown key '{}' in {what}{hint}", shown(key)),
            &at.key(key),
        ),
    })
}

pub(super) fn boolean(v: &Value, at: &Ptr) -> Result<bool> {
    match v {
        Value::Bool(b) => Ok(*b),
        Value::String(s) => match s.trim().to_ascii_lowercase().as_str() {
            "true" | "1" => Ok(true),
            "false" | "0" => Ok(false),
            _ => Err(QueryError::new(
                code::INVALID_VALUE,
                format!(
                    "expected true or false for {}, found '{}'",
                    at.quoted(),
                    shown(s)
                ),
                at,
            )),
        },
        _ => Err(wrong_type("true or false", v, at)),
    }
}

/// A whole number within `min..=max`, given as a JSON number or a numeric string.
pub(super) fn bounded(v: &Value, at: &Ptr, min: usize, max: usize) -> Result<usize> {
    let out_of_range = || {
        QueryError::new(
            code::OUT_OF_RANGE,
            format!("{} must be between {min} and {max}", at.plain()),
            at,
        )
    };
    let n: i128 = match v {
        Value::Number(n) => {
            if let Some(u) = n.as_u64() {
                i128::from(u)
            } else if let Some(i) = n.as_i64() {
                i128::from(i)
            } else {
                let f = n.as_f64().unwrap_or(f64::NAN);
                if f.fract() != 0.0 || !f.is_finite() {
                    return Err(QueryError::new(
                        code::INVALID_VALUE,
                        format!("expected a whole number for {}, found {n}", at.quoted()),
                        at,
                    ));
                }
                if f.abs() > 1e30 {
                    return Err(out_of_range());
                }
                f as i128
            }
        }
        Value::String(s) => {
            let t = s.trim();
            match t.parse::<i128>() {
                Ok(n) => n,
                Err(_) => {
                    let digits = t.strip_prefix('-').unwrap_or(t);
                    if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
                        return Err(out_of_range());
                    }
                    return Err(QueryError::new(
                        code::WRONG_TYPE,
                        format!(
                            "expected a number for {}, found '{}'",
                            at.quoted(),
                            shown(s)
                        ),
                        at,
                    ));
                }
            }
        }
        _ => return Err(wrong_type("a number", v, at)),
    };
    if n < min as i128 || n > max as i128 {
        return Err(out_of_range());
    }
    usize::try_from(n).map_err(|_| out_of_range())
}

/// One of a few names, in any case.
pub(super) fn choice<T: Copy>(v: &Value, at: &Ptr, what: &str, options: &[(&str, T)]) -> Result<T> {
    let s = string(v, at)?;
    let t = s.trim();
    if let Some((_, value)) = options.iter().find(|(n, _)| n.eq_ignore_ascii_case(t)) {
        return Ok(*value);
    }
    let names: Vec<&str> = options.iter().map(|(n, _)| *n).collect();
    let hint = did_you_mean(t, &names).unwrap_or_default();
    Err(QueryError::new(
        code::INVALID_VALUE,
        format!(
            "'{}' is not a valid {what}{hint} (expected one of: {})",
            shown(s),
            names.join(", ")
        ),
        at,
    ))
}

/// A string or a list of strings, each with its pointer.
pub(super) fn one_or_many<'v>(v: &'v Value, at: &Ptr) -> Result<Vec<(&'v Value, Ptr)>> {
    match v {
        Value::Array(items) => Ok(items
            .iter()
            .enumerate()
            .map(|(i, item)| (item, at.index(i)))
            .collect()),
        Value::String(_) => Ok(vec![(v, at.clone())]),
        _ => Err(wrong_type("a string or a list of strings", v, at)),
    }
}

pub(super) fn field(v: &Value, at: &Ptr) -> Result<Field> {
    let s = string(v, at)?;
    let name = s.trim().to_ascii_lowercase();
    if name.is_empty() {
        return Err(QueryError::new(
            code::EMPTY,
            format!("{} is empty; expected a field name", at.quoted()),
            at,
        ));
    }
    Field::from_name(&name).ok_or_else(|| {
        let names: Vec<&str> = Field::ALL.iter().map(|f| f.name()).collect();
        let hint = did_you_mean(&name, &names)
            .unwrap_or_else(|| format!(" (fields: {})", names.join(", ")));
        QueryError::new(
            code::UNKNOWN_FIELD,
            format!("unknown field '{}'{hint}", shown(s)),
            at,
        )
    })
}

/// A list of distinct fields (duplicates dropped, first occurrence kept).
pub(super) fn field_list(v: &Value, at: &Ptr) -> Result<Vec<(Field, Ptr)>> {
    let mut out: Vec<(Field, Ptr)> = Vec::new();
    for (item, p) in one_or_many(v, at)? {
        let f = field(item, &p)?;
        if !out.iter().any(|(g, _)| *g == f) {
            out.push((f, p));
        }
    }
    Ok(out)
}

pub(super) fn names_of(pred: impl Fn(Field) -> bool) -> String {
    Field::ALL
        .into_iter()
        .filter(|f| pred(*f))
        .map(Field::name)
        .collect::<Vec<_>>()
        .join(", ")
}
