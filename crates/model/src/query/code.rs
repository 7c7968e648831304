//! The `code` of every [`QueryError`](super::QueryError), for clients to act on without
//! reading messages.

/// A JSON type other than the one expected (a number where a string belongs…).
pub const WRONG_TYPE: &str = "wrong_type";
/// A top-level parameter (or query-string name) that the API does not know.
pub const UNKNOWN_PARAMETER: &str = "unknown_parameter";
/// A key that does not belong in a query, condition, facet, range or `fields` object.
pub const UNKNOWN_KEY: &str = "unknown_key";
/// A field name that does not exist.
pub const UNKNOWN_FIELD: &str = "unknown_field";
/// A taxonomy value that the site does not have.
pub const UNKNOWN_VALUE: &str = "unknown_value";
/// A malformed value: a bad date, year or id, an unknown operator, sort or profile…
pub const INVALID_VALUE: &str = "invalid_value";
/// A number outside its bounds (limit, offset, facet limit, index).
pub const OUT_OF_RANGE: &str = "out_of_range";
/// An empty string or list where something is needed.
pub const EMPTY: &str = "empty";
/// A required key is missing.
pub const MISSING: &str = "missing";
/// A string longer than allowed.
pub const TOO_LONG: &str = "too_long";
/// More items than allowed (conditions, values, facets, sort keys, pairs).
pub const TOO_MANY: &str = "too_many";
/// A filter (or a query-string name) nested too deeply.
pub const TOO_DEEP: &str = "too_deep";
/// A field used where it does not work (a facet on `title`, a range on `country`…).
pub const NOT_ALLOWED: &str = "not_allowed";
/// The same thing given twice (facet name, sort key, query-string pair).
pub const DUPLICATE: &str = "duplicate";
/// A range whose `from` is after its `to`.
pub const INVALID_RANGE: &str = "invalid_range";
/// Parts of the request that contradict each other.
pub const CONFLICT: &str = "conflict";
/// A query-string name that is not `name` followed by `[…]` segments.
pub const MALFORMED: &str = "malformed";
