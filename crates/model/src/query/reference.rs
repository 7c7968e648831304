//! The reference evaluator: the semantics of a filter on one item, the truth the search
//! engine must agree with.

use super::fields::{Field, Kind};
use super::request::Condition;

/// What the reference evaluator needs to know of an item: its values in each field, in
/// normalized form — slugs for taxonomies (sources with all their ancestors), the decimal
/// id, the four-digit year and the `YYYY-MM-DD` date at the item's place, the place name
/// and URL as stored. An empty list: the item has no value there.
pub trait ItemFacts {
    fn values(&self, field: Field) -> Vec<String>;
}

impl Condition {
    /// The reference semantics of a filter, used by tests as the truth the search engine
    /// must agree with.
    pub fn matches(&self, item: &dyn ItemFacts) -> bool {
        match self {
            Condition::All(cs) => cs.iter().all(|c| c.matches(item)),
            Condition::Any(cs) => cs.iter().any(|c| c.matches(item)),
            Condition::Not(c) => !c.matches(item),
            Condition::Values { field, values, all } => {
                let have = item.values(*field);
                if *all {
                    values.iter().all(|v| have.contains(v))
                } else {
                    values.iter().any(|v| have.contains(v))
                }
            }
            Condition::Range { field, from, to } => item.values(*field).iter().any(|v| {
                let after_from = from
                    .as_deref()
                    .is_none_or(|f| in_order(*field, f, v).is_some_and(|o| o.is_le()));
                let before_to = to
                    .as_deref()
                    .is_none_or(|t| in_order(*field, v, t).is_some_and(|o| o.is_le()));
                after_from && before_to
            }),
            Condition::Exists(field) => item.values(*field).iter().any(|v| !v.trim().is_empty()),
        }
    }
}

/// Compares two values of a range field: dates as strings of the same format, years and
/// ids as numbers (`None` when a value is malformed).
pub(super) fn in_order(field: Field, a: &str, b: &str) -> Option<std::cmp::Ordering> {
    if field.kind() == Kind::Date {
        return (a.len() == b.len()).then(|| a.cmp(b));
    }
    Some(a.parse::<i64>().ok()?.cmp(&b.parse::<i64>().ok()?))
}
