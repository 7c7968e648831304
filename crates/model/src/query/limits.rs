//! The bounds of a request: what the validator refuses beyond them.

/// Items returned when `limit` is not given.
pub const DEFAULT_LIMIT: usize = 10;
/// The largest `limit`.
pub const MAX_LIMIT: usize = 1000;
/// The largest `offset`.
pub const MAX_OFFSET: usize = 1_000_000;
/// The longest query value, in characters.
pub const MAX_QUERY_CHARS: usize = 1000;
/// The deepest nesting of a filter (a single condition is one level).
pub const MAX_DEPTH: usize = 10;
/// The most conditions (groups included) in all the filters of one request.
pub const MAX_CONDITIONS: usize = 200;
/// The most values in one condition's list.
pub const MAX_VALUES: usize = 100;
/// The most facets in one request.
pub const MAX_FACETS: usize = 20;
/// Values counted per facet when its `limit` is not given.
pub const DEFAULT_FACET_LIMIT: usize = 10;
/// The largest facet `limit`.
pub const MAX_FACET_LIMIT: usize = 1000;
/// The most sort keys.
pub const MAX_SORTS: usize = 5;
/// The most pairs in a query string.
pub const MAX_PAIRS: usize = 1000;
/// The longest name or value of a query-string pair, in characters.
pub const MAX_PAIR_CHARS: usize = 10_000;
/// The largest numeric index in a bracket name (`facets[3][field]`).
pub const MAX_INDEX: usize = 1000;
/// The most brackets in one query-string name.
pub(super) const MAX_BRACKETS: usize = 64;
/// The longest facet name.
pub(super) const MAX_FACET_NAME_CHARS: usize = 100;
