//! Values and dates: how dates, years and months are normalized and compared.

use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::TimeZone;

use super::code;
use super::error::{Ptr, QueryError};
use super::fields::{Field, Kind};
use super::read::shown;
use super::request::Condition;
use crate::filter::FilterError;

/// Normalizes a date: `YYYY-MM-DD` is checked and kept; an RFC 3339 instant becomes the
/// calendar day it falls on in UTC. The result is always `YYYY-MM-DD`.
pub fn normalize_date(s: &str) -> std::result::Result<String, String> {
    let s = s.trim();
    let b = s.as_bytes();
    let day_shaped = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    let date = if day_shaped {
        s.parse::<Date>()
            .map_err(|_| format!("'{}' is not a valid date", shown(s)))?
    } else {
        let ts = s.parse::<Timestamp>().map_err(|_| {
            format!(
                "'{}' is not a date (expected YYYY-MM-DD or an RFC 3339 instant such as 2020-05-01T10:00:00Z)",
                shown(s)
            )
        })?;
        TimeZone::UTC.to_datetime(ts).date()
    };
    if date.year() < 1 {
        return Err(format!(
            "'{}' is out of range (years 0001 to 9999)",
            shown(s)
        ));
    }
    Ok(date.to_string())
}

/// Normalizes a date value, which may also be a year (`2024`) or a month (`2024-03`):
/// those are checked and kept as they are.
pub(super) fn normalize_date_or_period(s: &str) -> std::result::Result<String, String> {
    let t = s.trim();
    if period_bounds(t).is_some() {
        return Ok(t.to_owned());
    }
    let b = t.as_bytes();
    let period_shaped = (b.len() == 4 || (b.len() == 7 && b[4] == b'-'))
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || c.is_ascii_digit());
    if period_shaped {
        return Err(format!("'{}' is not a valid year or month", shown(t)));
    }
    normalize_date(t)
        .map_err(|m| format!("{m}; a year (YYYY) or a month (YYYY-MM) stands for all its days"))
}

/// The first and last day (`YYYY-MM-DD`) of a year `YYYY` or a month `YYYY-MM`; `None` for
/// anything else (a full date included).
pub(super) fn period_bounds(s: &str) -> Option<(String, String)> {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    let (first, last) = match b.len() {
        4 if digits(0..4) => {
            let year: i16 = s.parse().ok()?;
            let first = Date::new(year, 1, 1).ok()?;
            (first, first.last_of_year())
        }
        7 if digits(0..4) && b[4] == b'-' && digits(5..7) => {
            let year: i16 = s[..4].parse().ok()?;
            let month: i8 = s[5..].parse().ok()?;
            let first = Date::new(year, month, 1).ok()?;
            (first, first.last_of_month())
        }
        _ => return None,
    };
    if first.year() < 1 {
        return None;
    }
    Some((first.to_string(), last.to_string()))
}

/// A list of date values some of which are periods: the days stay one condition, each
/// period becomes a range over its days; they combine with OR (or AND when `all`).
pub(super) fn date_periods(field: Field, values: Vec<String>, all: bool) -> Condition {
    let (periods, days): (Vec<String>, Vec<String>) =
        values.into_iter().partition(|v| period_bounds(v).is_some());
    let mut parts = Vec::with_capacity(periods.len() + 1);
    if !days.is_empty() {
        parts.push(Condition::Values {
            field,
            values: days,
            all,
        });
    }
    for p in periods {
        if let Some((first, last)) = period_bounds(&p) {
            parts.push(Condition::Range {
                field,
                from: Some(first),
                to: Some(last),
            });
        }
    }
    match (parts.len(), all) {
        (1, _) => parts.pop().unwrap_or(Condition::Any(Vec::new())),
        (_, true) => Condition::All(parts),
        (_, false) => Condition::Any(parts),
    }
}

pub(super) fn invalid(message: impl Into<String>, at: &Ptr) -> QueryError {
    QueryError::new(code::INVALID_VALUE, message, at)
}

pub(super) fn filter_error(e: FilterError, at: &Ptr) -> QueryError {
    let code = match e {
        FilterError::UnknownValue { .. } => code::UNKNOWN_VALUE,
        FilterError::BadYear { .. } => code::INVALID_VALUE,
        FilterError::TooManyValues { .. } => code::TOO_MANY,
    };
    QueryError::new(code, e.to_string(), at)
}

/// Compares two normalized values of a range field.
pub(super) fn range_order(field: Field, a: &str, b: &str) -> std::cmp::Ordering {
    match field.kind() {
        Kind::Date => a.cmp(b),
        _ => match (a.parse::<i64>(), b.parse::<i64>()) {
            (Ok(x), Ok(y)) => x.cmp(&y),
            _ => a.cmp(b),
        },
    }
}
