//! The query language of the public API, modelled on ReliefWeb's API: a free-text `query`,
//! a `filter` tree of conditions, `facets`, `sort`, `fields` to include or exclude, `limit`,
//! `offset` and `profile`.
//!
//! A request comes either as a JSON body (POST) or as query-string pairs in bracket syntax
//! (GET: `filter[conditions][0][field]=country`). The pairs are first turned into the same
//! JSON tree a body would be, then both go through one validator, so a mistake gives the
//! same error whichever way it was sent. The validator is a pure function of the request
//! and the site definition: no I/O.
//!
//! # Semantics
//!
//! * A condition on a field with a value matches items having that value; with a list of
//!   values, items having any of them (`operator: OR`, the default) or all of them
//!   (`operator: AND`). A condition with a field and no value matches items where the field
//!   is present (not empty). `negate: true` inverts any condition.
//! * A group (`conditions`) combines its conditions with AND (default) or OR.
//! * Ranges (`value: {from, to}`) work on `date`, `year` and `id`; both bounds are inclusive
//!   and at least one is needed.
//! * Taxonomy values (type, language, source, field_of_work, country, meeting) are slugs,
//!   accepted in any case and stored lowercase; they are checked against the site
//!   definition. Sources match their units' items too (the item's facts list the ancestors
//!   of its sources).
//! * `place` and `url` values match exactly. `title`, `summary` and `body` cannot be
//!   filtered by value (search them with `query`), only tested for presence.
//!
//! # Dates
//!
//! Items are dated by the calendar day of publication at their place, so date conditions
//! work on days. A date written `YYYY-MM-DD` is kept as is; an RFC 3339 instant
//! (`2020-05-01T10:00:00+02:00`) is normalized to the calendar day it falls on in UTC
//! (`2020-05-01`). Every normalized date is thus a `YYYY-MM-DD` string, and dates compare
//! as strings. A year (`2024`) or a month (`2024-03`) stands for the whole period: as a value
//! it becomes a range over its days, as `from` its first day, as `to` its last day — so the
//! buckets of a `date` facet can be used as filter values as they are. Years are four
//! digits; ids are positive whole numbers, written in decimal without leading zeros.

use std::collections::BTreeMap;
use std::fmt;

use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::TimeZone;
use serde_json::{Map, Value};

use crate::filter::{Dimension, Filter, FilterError};
use crate::ids::ItemId;
use crate::site::SiteDefinition;
use crate::text::closest;

// ---------------------------------------------------------------------------------------
// Limits
// ---------------------------------------------------------------------------------------

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
const MAX_BRACKETS: usize = 64;
/// The longest facet name.
const MAX_FACET_NAME_CHARS: usize = 100;

/// The `code` of every [`QueryError`], for clients to act on without reading messages.
pub mod code {
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
}

// ---------------------------------------------------------------------------------------
// The typed request
// ---------------------------------------------------------------------------------------

/// A field of an item, as named in the API.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    Id,
    Type,
    Language,
    Title,
    Summary,
    Body,
    Date,
    Place,
    Source,
    FieldOfWork,
    Country,
    Meeting,
    Year,
    Url,
}

impl Field {
    pub const ALL: [Field; 14] = [
        Field::Id,
        Field::Type,
        Field::Language,
        Field::Title,
        Field::Summary,
        Field::Body,
        Field::Date,
        Field::Place,
        Field::Source,
        Field::FieldOfWork,
        Field::Country,
        Field::Meeting,
        Field::Year,
        Field::Url,
    ];

    /// The fields a text query searches when it does not name any.
    pub const DEFAULT_SEARCH: [Field; 3] = [Field::Title, Field::Summary, Field::Body];

    /// The name used in the API.
    pub fn name(self) -> &'static str {
        match self {
            Field::Id => "id",
            Field::Type => "type",
            Field::Language => "language",
            Field::Title => "title",
            Field::Summary => "summary",
            Field::Body => "body",
            Field::Date => "date",
            Field::Place => "place",
            Field::Source => "source",
            Field::FieldOfWork => "field_of_work",
            Field::Country => "country",
            Field::Meeting => "meeting",
            Field::Year => "year",
            Field::Url => "url",
        }
    }

    pub fn from_name(name: &str) -> Option<Field> {
        Self::ALL.into_iter().find(|f| f.name() == name)
    }

    /// The taxonomy dimension behind the field, if it is one.
    pub fn dimension(self) -> Option<Dimension> {
        match self {
            Field::Type => Some(Dimension::Type),
            Field::Language => Some(Dimension::Language),
            Field::FieldOfWork => Some(Dimension::FieldOfWork),
            Field::Country => Some(Dimension::Country),
            Field::Source => Some(Dimension::Source),
            Field::Meeting => Some(Dimension::Meeting),
            Field::Year => Some(Dimension::Year),
            _ => None,
        }
    }

    pub fn from_dimension(dim: Dimension) -> Field {
        match dim {
            Dimension::Type => Field::Type,
            Dimension::Language => Field::Language,
            Dimension::FieldOfWork => Field::FieldOfWork,
            Dimension::Country => Field::Country,
            Dimension::Source => Field::Source,
            Dimension::Meeting => Field::Meeting,
            Dimension::Year => Field::Year,
        }
    }

    /// Whether a condition can test the field for given values.
    pub fn takes_values(self) -> bool {
        !matches!(self, Field::Title | Field::Summary | Field::Body)
    }

    /// Whether a condition can test the field against a range.
    pub fn takes_range(self) -> bool {
        matches!(self, Field::Date | Field::Year | Field::Id)
    }

    /// Whether values of the field can be counted in a facet (`date` needs an interval).
    pub fn is_facetable(self) -> bool {
        self.dimension().is_some() || self == Field::Date
    }

    /// Whether a text query can search the field (taxonomy fields by the names of their
    /// values, in every language).
    pub fn is_searchable(self) -> bool {
        matches!(
            self,
            Field::Title
                | Field::Summary
                | Field::Body
                | Field::Source
                | Field::Country
                | Field::FieldOfWork
                | Field::Meeting
        )
    }
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A filter: a tree of conditions on the fields of items.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Condition {
    /// Every condition matches (an empty list matches every item).
    All(Vec<Condition>),
    /// At least one condition matches (an empty list matches no item).
    Any(Vec<Condition>),
    Not(Box<Condition>),
    /// The item has any of the values (`all: false`) or every one of them (`all: true`).
    /// Values are normalized (see the module documentation).
    Values {
        field: Field,
        values: Vec<String>,
        all: bool,
    },
    /// The item has a value within the inclusive bounds (`date`, `year`, `id`).
    Range {
        field: Field,
        from: Option<String>,
        to: Option<String>,
    },
    /// The item has a non-empty value in the field.
    Exists(Field),
}

/// A free-text query. Its value is handed to the search engine, which parses its syntax.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextQuery {
    pub value: String,
    /// The fields searched; [`Field::DEFAULT_SEARCH`] when the request names none.
    pub fields: Vec<Field>,
    /// Every word must match (`operator: AND`, the default) or any word (`OR`).
    pub all_words: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FacetSort {
    CountDesc,
    CountAsc,
    ValueAsc,
    ValueDesc,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Interval {
    Year,
    Month,
    Day,
}

/// Which items a facet counts (its own `filter`, if any, narrows them further).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Scope {
    /// The items matched by the request's query and filter.
    #[default]
    Default,
    /// The items matched by the query alone (the filter is ignored).
    Query,
    /// Every public item (query and filter ignored).
    Global,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetRequest {
    pub field: Field,
    /// The key of the facet in the response: the field's name unless given; unique.
    pub name: String,
    /// How many values to return, 1 to 1000 (default 10).
    pub limit: usize,
    /// Default: by count, largest first; for dates, oldest first.
    pub sort: FacetSort,
    pub filter: Option<Condition>,
    /// The width of the buckets of a `date` facet (required there, refused elsewhere).
    pub interval: Option<Interval>,
    pub scope: Scope,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortKey {
    Date,
    Title,
    Score,
    Id,
}

impl SortKey {
    pub fn name(self) -> &'static str {
        match self {
            SortKey::Date => "date",
            SortKey::Title => "title",
            SortKey::Score => "score",
            SortKey::Id => "id",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sort {
    pub key: SortKey,
    pub descending: bool,
}

/// How much of each item the response carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Profile {
    Minimal,
    #[default]
    List,
    Full,
}

/// A validated API request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiQuery {
    pub query: Option<TextQuery>,
    pub filter: Option<Condition>,
    pub facets: Vec<FacetRequest>,
    /// In order of precedence; empty: the engine's default order.
    pub sort: Vec<Sort>,
    pub include: Vec<Field>,
    pub exclude: Vec<Field>,
    /// 0 to 1000 (default 10); 0 returns only the total and the facets.
    pub limit: usize,
    /// 0 to 1,000,000.
    pub offset: usize,
    pub profile: Profile,
}

impl Default for ApiQuery {
    fn default() -> Self {
        ApiQuery {
            query: None,
            filter: None,
            facets: Vec::new(),
            sort: Vec::new(),
            include: Vec::new(),
            exclude: Vec::new(),
            limit: DEFAULT_LIMIT,
            offset: 0,
            profile: Profile::List,
        }
    }
}

/// Why a request was refused: a stable code (see [`code`]), a message for the developer
/// and a JSON Pointer (RFC 6901) to the offending part of the request, e.g.
/// `/filter/conditions/1/field` (empty for the request as a whole). For a query string the
/// pointer addresses the JSON tree the pairs stand for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryError {
    pub code: &'static str,
    pub message: String,
    pub pointer: String,
}

impl QueryError {
    fn new(code: &'static str, message: impl Into<String>, at: &Ptr) -> QueryError {
        QueryError {
            code,
            message: message.into(),
            pointer: at.0.clone(),
        }
    }
}

impl fmt::Display for QueryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.pointer.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{} (at {})", self.message, self.pointer)
        }
    }
}

impl std::error::Error for QueryError {}

type Result<T> = std::result::Result<T, QueryError>;

// ---------------------------------------------------------------------------------------
// Entry points
// ---------------------------------------------------------------------------------------

const TOP_KEYS: [&str; 8] = [
    "query", "filter", "facets", "sort", "fields", "limit", "offset", "profile",
];
const QUERY_KEYS: [&str; 3] = ["value", "fields", "operator"];
const CONDITION_KEYS: [&str; 5] = ["field", "value", "operator", "negate", "conditions"];
const RANGE_KEYS: [&str; 2] = ["from", "to"];
const FACET_KEYS: [&str; 7] = [
    "field", "name", "limit", "sort", "filter", "interval", "scope",
];
const FIELDS_KEYS: [&str; 2] = ["include", "exclude"];

impl ApiQuery {
    /// Validates a JSON request body.
    pub fn from_json(value: &Value, site: &SiteDefinition) -> Result<ApiQuery> {
        let root = Ptr::root();
        let map = object(value, &root)?;
        check_keys(map, &TOP_KEYS, &root, None)?;
        let mut p = Parser {
            site,
            conditions: 0,
        };
        let mut out = ApiQuery::default();
        if let Some(v) = map.get("query") {
            out.query = Some(p.text_query(v, &root.key("query"))?);
        }
        if let Some(v) = map.get("filter") {
            let at = root.key("filter");
            out.filter = Some(p.condition(v, &at, 1, &at)?);
        }
        if let Some(v) = map.get("facets") {
            out.facets = p.facets(v, &root.key("facets"))?;
        }
        if let Some(v) = map.get("sort") {
            out.sort = sorts(v, &root.key("sort"))?;
        }
        if let Some(v) = map.get("fields") {
            (out.include, out.exclude) = include_exclude(v, &root.key("fields"))?;
        }
        if let Some(v) = map.get("limit") {
            out.limit = bounded(v, &root.key("limit"), 0, MAX_LIMIT)?;
        }
        if let Some(v) = map.get("offset") {
            out.offset = bounded(v, &root.key("offset"), 0, MAX_OFFSET)?;
        }
        if let Some(v) = map.get("profile") {
            out.profile = choice(
                v,
                &root.key("profile"),
                "profile",
                &[
                    ("minimal", Profile::Minimal),
                    ("list", Profile::List),
                    ("full", Profile::Full),
                ],
            )?;
        }
        Ok(out)
    }

    /// Validates the decoded pairs of a query string in bracket syntax: they are turned
    /// into a JSON tree by [`pairs_to_json`], which is then validated as a body would be.
    pub fn from_query_pairs(pairs: &[(String, String)], site: &SiteDefinition) -> Result<ApiQuery> {
        let tree = pairs_to_json(pairs)?;
        Self::from_json(&tree, site)
    }
}

// ---------------------------------------------------------------------------------------
// JSON Pointers and small readers
// ---------------------------------------------------------------------------------------

/// A JSON Pointer being built while descending into the request.
#[derive(Debug, Clone)]
struct Ptr(String);

/// The most characters of one key a pointer quotes.
const MAX_POINTER_KEY_CHARS: usize = 100;

impl Ptr {
    fn root() -> Ptr {
        Ptr(String::new())
    }

    /// The pointer one key further. A key longer than [`MAX_POINTER_KEY_CHARS`] (no key
    /// the API knows comes near) is cut, with "…": an error never quotes more of what was
    /// sent than that.
    fn key(&self, key: &str) -> Ptr {
        let mut s = self.0.clone();
        s.push('/');
        for c in key.chars().take(MAX_POINTER_KEY_CHARS) {
            match c {
                '~' => s.push_str("~0"),
                '/' => s.push_str("~1"),
                c => s.push(c),
            }
        }
        if key.chars().nth(MAX_POINTER_KEY_CHARS).is_some() {
            s.push('…');
        }
        Ptr(s)
    }

    fn index(&self, i: usize) -> Ptr {
        Ptr(format!("{}/{i}", self.0))
    }

    /// The place in messages: `limit`, `facets/0/limit`.
    fn plain(&self) -> &str {
        self.0.strip_prefix('/').unwrap_or("the request")
    }

    /// The place quoted in messages: `'sort/0'`, or "the request".
    fn quoted(&self) -> String {
        match self.0.strip_prefix('/') {
            Some(p) => format!("'{p}'"),
            None => "the request".to_owned(),
        }
    }
}

fn kind(v: &Value) -> &'static str {
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
fn shown(s: &str) -> String {
    crate::text::clip(s, 60)
}

fn did_you_mean(wanted: &str, candidates: &[&str]) -> Option<String> {
    if wanted.trim().is_empty() {
        return None;
    }
    closest(wanted, candidates.iter().copied(), 1)
        .first()
        .map(|c| format!(" — did you mean '{c}'?"))
}

fn wrong_type(expected: &str, found: &Value, at: &Ptr) -> QueryError {
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

fn object<'v>(v: &'v Value, at: &Ptr) -> Result<&'v Map<String, Value>> {
    v.as_object().ok_or_else(|| wrong_type("an object", v, at))
}

fn string<'v>(v: &'v Value, at: &Ptr) -> Result<&'v str> {
    v.as_str().ok_or_else(|| wrong_type("a string", v, at))
}

/// Refuses keys outside `allowed`; `what` names the object (`None`: the top level).
fn check_keys(
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

fn boolean(v: &Value, at: &Ptr) -> Result<bool> {
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
fn bounded(v: &Value, at: &Ptr, min: usize, max: usize) -> Result<usize> {
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
fn choice<T: Copy>(v: &Value, at: &Ptr, what: &str, options: &[(&str, T)]) -> Result<T> {
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
fn one_or_many<'v>(v: &'v Value, at: &Ptr) -> Result<Vec<(&'v Value, Ptr)>> {
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

fn field(v: &Value, at: &Ptr) -> Result<Field> {
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
fn field_list(v: &Value, at: &Ptr) -> Result<Vec<(Field, Ptr)>> {
    let mut out: Vec<(Field, Ptr)> = Vec::new();
    for (item, p) in one_or_many(v, at)? {
        let f = field(item, &p)?;
        if !out.iter().any(|(g, _)| *g == f) {
            out.push((f, p));
        }
    }
    Ok(out)
}

fn names_of(pred: impl Fn(Field) -> bool) -> String {
    Field::ALL
        .into_iter()
        .filter(|f| pred(*f))
        .map(Field::name)
        .collect::<Vec<_>>()
        .join(", ")
}

// ---------------------------------------------------------------------------------------
// Values and dates
// ---------------------------------------------------------------------------------------

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
fn normalize_date_or_period(s: &str) -> std::result::Result<String, String> {
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
fn period_bounds(s: &str) -> Option<(String, String)> {
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
fn date_periods(values: Vec<String>, all: bool) -> Condition {
    let (periods, days): (Vec<String>, Vec<String>) =
        values.into_iter().partition(|v| period_bounds(v).is_some());
    let mut parts = Vec::with_capacity(periods.len() + 1);
    if !days.is_empty() {
        parts.push(Condition::Values {
            field: Field::Date,
            values: days,
            all,
        });
    }
    for p in periods {
        if let Some((first, last)) = period_bounds(&p) {
            parts.push(Condition::Range {
                field: Field::Date,
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

fn invalid(message: impl Into<String>, at: &Ptr) -> QueryError {
    QueryError::new(code::INVALID_VALUE, message, at)
}

fn filter_error(e: FilterError, at: &Ptr) -> QueryError {
    let code = match e {
        FilterError::UnknownValue { .. } => code::UNKNOWN_VALUE,
        FilterError::BadYear { .. } => code::INVALID_VALUE,
        FilterError::TooManyValues { .. } => code::TOO_MANY,
    };
    QueryError::new(code, e.to_string(), at)
}

/// Compares two normalized values of a range field.
fn range_order(field: Field, a: &str, b: &str) -> std::cmp::Ordering {
    match field {
        Field::Date => a.cmp(b),
        _ => match (a.parse::<i64>(), b.parse::<i64>()) {
            (Ok(x), Ok(y)) => x.cmp(&y),
            _ => a.cmp(b),
        },
    }
}

// ---------------------------------------------------------------------------------------
// The validator
// ---------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Operator {
    And,
    Or,
}

fn operator(v: &Value, at: &Ptr) -> Result<Operator> {
    choice(
        v,
        at,
        "operator",
        &[("AND", Operator::And), ("OR", Operator::Or)],
    )
}

struct Parser<'s> {
    site: &'s SiteDefinition,
    /// Conditions read so far in the whole request.
    conditions: usize,
}

impl Parser<'_> {
    fn text_query(&mut self, v: &Value, at: &Ptr) -> Result<TextQuery> {
        let (value, value_at, map) = match v {
            Value::String(_) => (v, at.clone(), None),
            Value::Object(map) => {
                check_keys(map, &QUERY_KEYS, at, Some("the query"))?;
                let value = map.get("value").ok_or_else(|| {
                    QueryError::new(code::MISSING, "the query needs a 'value'", at)
                })?;
                (value, at.key("value"), Some(map))
            }
            _ => return Err(wrong_type("a string or an object", v, at)),
        };
        let s = string(value, &value_at)?;
        let chars = s.chars().count();
        if chars > MAX_QUERY_CHARS {
            return Err(QueryError::new(
                code::TOO_LONG,
                format!(
                    "the query value is too long ({chars} characters; at most {MAX_QUERY_CHARS})"
                ),
                &value_at,
            ));
        }
        let text = s.trim();
        if text.is_empty() {
            return Err(QueryError::new(
                code::EMPTY,
                "the query value is empty",
                &value_at,
            ));
        }
        let mut query = TextQuery {
            value: text.to_owned(),
            fields: Field::DEFAULT_SEARCH.to_vec(),
            all_words: true,
        };
        let Some(map) = map else {
            return Ok(query);
        };
        if let Some(v) = map.get("fields") {
            let at = at.key("fields");
            let fields = field_list(v, &at)?;
            if fields.is_empty() {
                return Err(QueryError::new(
                    code::EMPTY,
                    "'query/fields' is empty; leave it out to search the default fields",
                    &at,
                ));
            }
            if let Some((f, p)) = fields.iter().find(|(f, _)| !f.is_searchable()) {
                return Err(QueryError::new(
                    code::NOT_ALLOWED,
                    format!(
                        "field '{f}' cannot be searched (searchable: {})",
                        names_of(Field::is_searchable)
                    ),
                    p,
                ));
            }
            query.fields = fields.into_iter().map(|(f, _)| f).collect();
        }
        if let Some(v) = map.get("operator") {
            query.all_words = operator(v, &at.key("operator"))? == Operator::And;
        }
        Ok(query)
    }

    /// One condition at nesting level `depth` (1 for the root of a filter at `root`).
    fn condition(&mut self, v: &Value, at: &Ptr, depth: usize, root: &Ptr) -> Result<Condition> {
        if depth > MAX_DEPTH {
            return Err(QueryError::new(
                code::TOO_DEEP,
                format!(
                    "{} is nested too deeply (at most {MAX_DEPTH} levels)",
                    root.plain()
                ),
                at,
            ));
        }
        self.conditions += 1;
        if self.conditions > MAX_CONDITIONS {
            return Err(QueryError::new(
                code::TOO_MANY,
                format!("too many filter conditions (at most {MAX_CONDITIONS} in a request)"),
                at,
            ));
        }
        let map = object(v, at)?;
        check_keys(map, &CONDITION_KEYS, at, Some("a condition"))?;
        let negate = match map.get("negate") {
            Some(v) => boolean(v, &at.key("negate"))?,
            None => false,
        };
        let op = match map.get("operator") {
            Some(v) => Some(operator(v, &at.key("operator"))?),
            None => None,
        };
        let condition = if let Some(children) = map.get("conditions") {
            if let Some(k) = ["field", "value"]
                .into_iter()
                .find(|k| map.contains_key(*k))
            {
                return Err(QueryError::new(
                    code::CONFLICT,
                    "a condition is either a group ('conditions') or a test of one field \
                     ('field' and 'value'), not both",
                    &at.key(k),
                ));
            }
            let at = at.key("conditions");
            let Value::Array(list) = children else {
                return Err(wrong_type("a list of conditions", children, &at));
            };
            if list.is_empty() {
                return Err(QueryError::new(
                    code::EMPTY,
                    format!(
                        "{} is empty; a group needs at least one condition",
                        at.quoted()
                    ),
                    &at,
                ));
            }
            let mut out = Vec::new();
            for (i, c) in list.iter().enumerate() {
                out.push(self.condition(c, &at.index(i), depth + 1, root)?);
            }
            match op.unwrap_or(Operator::And) {
                Operator::And => Condition::All(out),
                Operator::Or => Condition::Any(out),
            }
        } else {
            let Some(f) = map.get("field") else {
                return Err(QueryError::new(
                    code::MISSING,
                    "a condition needs a 'field' (or 'conditions' for a group)",
                    at,
                ));
            };
            let field = field(f, &at.key("field"))?;
            self.field_condition(field, map.get("value"), op, at)?
        };
        Ok(if negate {
            Condition::Not(Box::new(condition))
        } else {
            condition
        })
    }

    fn field_condition(
        &mut self,
        field: Field,
        value: Option<&Value>,
        op: Option<Operator>,
        at: &Ptr,
    ) -> Result<Condition> {
        let single = matches!(value, None | Some(Value::Object(_)));
        if single && op.is_some() {
            return Err(QueryError::new(
                code::NOT_ALLOWED,
                "'operator' applies to a list of values or to a group of conditions",
                &at.key("operator"),
            ));
        }
        let Some(value) = value else {
            return Ok(Condition::Exists(field));
        };
        let at = at.key("value");
        if let Value::Object(range) = value {
            return self.range(field, range, &at);
        }
        if !field.takes_values() {
            return Err(QueryError::new(
                code::NOT_ALLOWED,
                format!(
                    "field '{field}' cannot be filtered by value; search it with 'query' \
                     (a condition without a value tests that the field is present)"
                ),
                &at,
            ));
        }
        let values = match value {
            Value::Array(items) => {
                if items.is_empty() {
                    return Err(QueryError::new(
                        code::EMPTY,
                        format!("{} is an empty list", at.quoted()),
                        &at,
                    ));
                }
                if items.len() > MAX_VALUES {
                    return Err(QueryError::new(
                        code::TOO_MANY,
                        format!("too many values in one condition (at most {MAX_VALUES})"),
                        &at,
                    ));
                }
                let mut out: Vec<String> = Vec::with_capacity(items.len());
                for (i, item) in items.iter().enumerate() {
                    let v = self.value(field, item, &at.index(i))?;
                    if !out.contains(&v) {
                        out.push(v);
                    }
                }
                out
            }
            _ => vec![self.value(field, value, &at)?],
        };
        let all = op == Some(Operator::And);
        if field == Field::Date && values.iter().any(|v| period_bounds(v).is_some()) {
            return Ok(date_periods(values, all));
        }
        Ok(Condition::Values { field, values, all })
    }

    /// One value of a field, normalized.
    fn value(&self, field: Field, v: &Value, at: &Ptr) -> Result<String> {
        let numeric = matches!(field, Field::Year | Field::Id);
        let raw = match v {
            Value::String(s) => s.trim().to_owned(),
            Value::Number(n) if numeric => n.to_string(),
            _ if numeric => return Err(wrong_type("a string or a number", v, at)),
            _ => return Err(wrong_type("a string", v, at)),
        };
        if raw.is_empty() {
            return Err(QueryError::new(
                code::EMPTY,
                format!("{} is empty", at.quoted()),
                at,
            ));
        }
        match field {
            Field::Id => ItemId::parse(&raw)
                .map(|id| id.to_string())
                .map_err(|e| invalid(e.0, at)),
            Field::Date => normalize_date_or_period(&raw).map_err(|m| invalid(m, at)),
            Field::Place | Field::Url => Ok(raw),
            Field::Title | Field::Summary | Field::Body => Err(QueryError::new(
                code::NOT_ALLOWED,
                format!("field '{field}' cannot be filtered by value"),
                at,
            )),
            Field::Type
            | Field::Language
            | Field::Source
            | Field::FieldOfWork
            | Field::Country
            | Field::Meeting
            | Field::Year => {
                let dim = field.dimension().unwrap_or(Dimension::Year);
                self.site
                    .check_filter_value(dim, &raw.to_lowercase())
                    .map_err(|e| filter_error(e, at))
            }
        }
    }

    fn range(&self, field: Field, map: &Map<String, Value>, at: &Ptr) -> Result<Condition> {
        if !field.takes_range() {
            return Err(QueryError::new(
                code::NOT_ALLOWED,
                format!(
                    "field '{field}' takes no range (ranges work on {})",
                    names_of(Field::takes_range)
                ),
                at,
            ));
        }
        check_keys(map, &RANGE_KEYS, at, Some("a range"))?;
        let bound = |key: &str| -> Result<Option<String>> {
            match map.get(key) {
                None | Some(Value::Null) => Ok(None),
                Some(v) => {
                    let v = self.value(field, v, &at.key(key))?;
                    // A year or a month starts on its first day and ends on its last.
                    let period = (field == Field::Date).then(|| period_bounds(&v)).flatten();
                    Ok(Some(match period {
                        Some((first, _)) if key == "from" => first,
                        Some((_, last)) => last,
                        None => v,
                    }))
                }
            }
        };
        let from = bound("from")?;
        let to = bound("to")?;
        match (&from, &to) {
            (None, None) => {
                return Err(QueryError::new(
                    code::MISSING,
                    "a range needs 'from', 'to' or both",
                    at,
                ));
            }
            (Some(f), Some(t)) if range_order(field, f, t).is_gt() => {
                return Err(QueryError::new(
                    code::INVALID_RANGE,
                    format!("the range starts after it ends ('from' {f} is after 'to' {t})"),
                    at,
                ));
            }
            _ => {}
        }
        Ok(Condition::Range { field, from, to })
    }

    fn facets(&mut self, v: &Value, at: &Ptr) -> Result<Vec<FacetRequest>> {
        let Value::Array(list) = v else {
            return Err(wrong_type("a list of facets", v, at));
        };
        if list.len() > MAX_FACETS {
            return Err(QueryError::new(
                code::TOO_MANY,
                format!("too many facets (at most {MAX_FACETS})"),
                at,
            ));
        }
        let mut out: Vec<FacetRequest> = Vec::with_capacity(list.len());
        for (i, item) in list.iter().enumerate() {
            let (facet, name_at) = self.facet(item, &at.index(i))?;
            if out.iter().any(|f| f.name == facet.name) {
                return Err(QueryError::new(
                    code::DUPLICATE,
                    format!(
                        "two facets are named '{}'; give one of them another 'name'",
                        shown(&facet.name)
                    ),
                    &name_at,
                ));
            }
            out.push(facet);
        }
        Ok(out)
    }

    /// One facet, and the pointer to what gives its name.
    fn facet(&mut self, v: &Value, at: &Ptr) -> Result<(FacetRequest, Ptr)> {
        let empty = Map::new();
        let (map, field_v, field_at) = match v {
            Value::String(_) => (&empty, v, at.clone()),
            Value::Object(map) => {
                check_keys(map, &FACET_KEYS, at, Some("a facet"))?;
                let f = map
                    .get("field")
                    .ok_or_else(|| QueryError::new(code::MISSING, "a facet needs a 'field'", at))?;
                (map, f, at.key("field"))
            }
            _ => return Err(wrong_type("an object", v, at)),
        };
        let field = field(field_v, &field_at)?;
        if !field.is_facetable() {
            return Err(QueryError::new(
                code::NOT_ALLOWED,
                format!(
                    "field '{field}' cannot be a facet (facets work on {})",
                    names_of(Field::is_facetable)
                ),
                &field_at,
            ));
        }
        let interval = match map.get("interval") {
            Some(v) => {
                let at = at.key("interval");
                if field != Field::Date {
                    return Err(QueryError::new(
                        code::NOT_ALLOWED,
                        "'interval' applies only to facets on 'date'",
                        &at,
                    ));
                }
                Some(choice(
                    v,
                    &at,
                    "interval",
                    &[
                        ("year", Interval::Year),
                        ("month", Interval::Month),
                        ("day", Interval::Day),
                    ],
                )?)
            }
            None if field == Field::Date => {
                return Err(QueryError::new(
                    code::MISSING,
                    "a facet on 'date' needs an 'interval': year, month or day",
                    at,
                ));
            }
            None => None,
        };
        let (name, name_at) = match map.get("name") {
            Some(v) => {
                let at = at.key("name");
                let s = string(v, &at)?.trim();
                if s.is_empty() {
                    return Err(QueryError::new(
                        code::EMPTY,
                        "a facet name cannot be empty",
                        &at,
                    ));
                }
                if s.chars().count() > MAX_FACET_NAME_CHARS {
                    return Err(QueryError::new(
                        code::TOO_LONG,
                        format!("a facet name has at most {MAX_FACET_NAME_CHARS} characters"),
                        &at,
                    ));
                }
                (s.to_owned(), at)
            }
            None => (field.name().to_owned(), field_at),
        };
        let limit = match map.get("limit") {
            Some(v) => bounded(v, &at.key("limit"), 1, MAX_FACET_LIMIT)?,
            None => DEFAULT_FACET_LIMIT,
        };
        let sort = match map.get("sort") {
            Some(v) => choice(
                v,
                &at.key("sort"),
                "facet sort",
                &[
                    ("count:desc", FacetSort::CountDesc),
                    ("count:asc", FacetSort::CountAsc),
                    ("value:asc", FacetSort::ValueAsc),
                    ("value:desc", FacetSort::ValueDesc),
                ],
            )?,
            None if field == Field::Date => FacetSort::ValueAsc,
            None => FacetSort::CountDesc,
        };
        let filter = match map.get("filter") {
            Some(v) => {
                let at = at.key("filter");
                Some(self.condition(v, &at, 1, &at)?)
            }
            None => None,
        };
        let scope = match map.get("scope") {
            Some(v) => choice(
                v,
                &at.key("scope"),
                "scope",
                &[
                    ("default", Scope::Default),
                    ("query", Scope::Query),
                    ("global", Scope::Global),
                ],
            )?,
            None => Scope::Default,
        };
        let facet = FacetRequest {
            field,
            name,
            limit,
            sort,
            filter,
            interval,
            scope,
        };
        Ok((facet, name_at))
    }
}

fn sorts(v: &Value, at: &Ptr) -> Result<Vec<Sort>> {
    let items = match v {
        Value::Array(items) => {
            if items.len() > MAX_SORTS {
                return Err(QueryError::new(
                    code::TOO_MANY,
                    format!("too many sort keys (at most {MAX_SORTS})"),
                    at,
                ));
            }
            items
                .iter()
                .enumerate()
                .map(|(i, item)| (item, at.index(i)))
                .collect()
        }
        Value::String(_) => vec![(v, at.clone())],
        _ => return Err(wrong_type("a list of strings", v, at)),
    };
    let keys: [(&str, SortKey); 4] = [
        ("date", SortKey::Date),
        ("title", SortKey::Title),
        ("score", SortKey::Score),
        ("id", SortKey::Id),
    ];
    let mut out: Vec<Sort> = Vec::with_capacity(items.len());
    for (item, p) in items {
        let s = string(item, &p)?;
        let t = s.trim().to_ascii_lowercase();
        let (key, dir) = t.split_once(':').unwrap_or((t.as_str(), ""));
        let Some(&(_, key)) = keys.iter().find(|(n, _)| *n == key) else {
            let names: Vec<&str> = keys.iter().map(|(n, _)| *n).collect();
            let hint = did_you_mean(key, &names).unwrap_or_default();
            return Err(invalid(
                format!(
                    "cannot sort by '{}'{hint} (sort by date, title, score or id, e.g. 'date:desc')",
                    shown(s)
                ),
                &p,
            ));
        };
        let descending = match dir {
            "asc" => false,
            "desc" => true,
            _ => {
                return Err(invalid(
                    format!(
                        "sort '{}' needs a direction: '{0}:asc' or '{0}:desc'",
                        key.name()
                    ),
                    &p,
                ));
            }
        };
        if out.iter().any(|o| o.key == key) {
            return Err(QueryError::new(
                code::DUPLICATE,
                format!("the sort by '{}' is given twice", key.name()),
                &p,
            ));
        }
        out.push(Sort { key, descending });
    }
    Ok(out)
}

fn include_exclude(v: &Value, at: &Ptr) -> Result<(Vec<Field>, Vec<Field>)> {
    let map = object(v, at)?;
    check_keys(map, &FIELDS_KEYS, at, Some("'fields'"))?;
    let include = match map.get("include") {
        Some(v) => field_list(v, &at.key("include"))?,
        None => Vec::new(),
    };
    let exclude = match map.get("exclude") {
        Some(v) => field_list(v, &at.key("exclude"))?,
        None => Vec::new(),
    };
    if let Some((f, p)) = exclude
        .iter()
        .find(|(f, _)| include.iter().any(|(g, _)| g == f))
    {
        return Err(QueryError::new(
            code::CONFLICT,
            format!("field '{f}' is both included and excluded"),
            p,
        ));
    }
    Ok((
        include.into_iter().map(|(f, _)| f).collect(),
        exclude.into_iter().map(|(f, _)| f).collect(),
    ))
}

// ---------------------------------------------------------------------------------------
// Query strings in bracket syntax
// ---------------------------------------------------------------------------------------

/// One bracket of a query-string name.
#[derive(Debug)]
enum Segment {
    /// `[name]`: a key of an object.
    Key(String),
    /// `[3]`: an element of a list.
    Index(usize),
    /// `[]`: a new element at the end of a list.
    Append,
}

/// The tree being built from the pairs.
#[derive(Debug)]
enum Node {
    /// Created by a name, its shape not yet known.
    Pending,
    Leaf(String),
    List(BTreeMap<usize, Node>),
    Map(BTreeMap<String, Node>),
}

/// Splits `filter[conditions][0][field]` into `filter` and its segments.
fn parse_name(name: &str) -> Result<(&str, Vec<Segment>)> {
    let (head, mut rest) = match name.find('[') {
        Some(i) => name.split_at(i),
        None => (name, ""),
    };
    let malformed = |why: &str| {
        let at = if head.is_empty() || head.contains(']') {
            Ptr::root()
        } else {
            Ptr::root().key(head)
        };
        QueryError::new(
            code::MALFORMED,
            format!("malformed parameter name '{}': {why}", shown(name)),
            &at,
        )
    };
    if head.is_empty() {
        return Err(malformed("it needs a name before any '['"));
    }
    if head.contains(']') {
        return Err(malformed("']' without '['"));
    }
    let mut segments = Vec::new();
    while !rest.is_empty() {
        let Some(inner) = rest.strip_prefix('[') else {
            return Err(malformed("expected '[' after ']'"));
        };
        let Some(end) = inner.find(']') else {
            return Err(malformed("'[' without ']'"));
        };
        let part = &inner[..end];
        if part.contains('[') {
            return Err(malformed("brackets cannot be nested"));
        }
        rest = &inner[end + 1..];
        if segments.len() == MAX_BRACKETS {
            return Err(QueryError::new(
                code::TOO_DEEP,
                format!(
                    "parameter name '{}' has too many brackets (at most {MAX_BRACKETS})",
                    shown(name)
                ),
                &Ptr::root().key(head),
            ));
        }
        segments.push(if part.is_empty() {
            Segment::Append
        } else if part.bytes().all(|b| b.is_ascii_digit()) {
            match part.parse::<usize>() {
                Ok(i) if i <= MAX_INDEX => Segment::Index(i),
                _ => {
                    return Err(QueryError::new(
                        code::OUT_OF_RANGE,
                        format!(
                            "index {} in '{}' is too large (at most {MAX_INDEX})",
                            shown(part),
                            shown(name)
                        ),
                        &Ptr::root().key(head),
                    ));
                }
            }
        } else {
            Segment::Key(part.to_owned())
        });
    }
    Ok((head, segments))
}

fn shape_conflict(name: &str, path: &str, at: &Ptr) -> QueryError {
    QueryError::new(
        code::CONFLICT,
        format!(
            "'{}' is given in two shapes that do not fit together (a single value, a list \
             or an object), e.g. by '{}'",
            shown(path),
            shown(name)
        ),
        at,
    )
}

/// Puts one pair into the tree.
fn insert(root: &mut BTreeMap<String, Node>, name: &str, value: &str) -> Result<()> {
    let (head, segments) = parse_name(name)?;
    let mut at = Ptr::root().key(head);
    let mut path = head.to_owned();
    let mut node = root.entry(head.to_owned()).or_insert(Node::Pending);
    for segment in &segments {
        match segment {
            Segment::Key(key) => {
                if matches!(node, Node::Pending) {
                    *node = Node::Map(BTreeMap::new());
                }
                let Node::Map(map) = node else {
                    return Err(shape_conflict(name, &path, &at));
                };
                at = at.key(key);
                path = format!("{path}[{key}]");
                node = map.entry(key.clone()).or_insert(Node::Pending);
            }
            Segment::Index(_) | Segment::Append => {
                if matches!(node, Node::Pending) {
                    *node = Node::List(BTreeMap::new());
                }
                let Node::List(list) = node else {
                    return Err(shape_conflict(name, &path, &at));
                };
                let i = match segment {
                    Segment::Index(i) => *i,
                    _ => list.keys().next_back().map_or(0, |last| last + 1),
                };
                if i > MAX_INDEX {
                    return Err(QueryError::new(
                        code::OUT_OF_RANGE,
                        format!(
                            "'{}' has too many elements (at most {MAX_INDEX})",
                            shown(&path)
                        ),
                        &at,
                    ));
                }
                at = at.index(i);
                path = format!("{path}[{i}]");
                node = list.entry(i).or_insert(Node::Pending);
            }
        }
    }
    if value.chars().count() > MAX_PAIR_CHARS {
        return Err(QueryError::new(
            code::TOO_LONG,
            format!(
                "the value of '{}' is too long (at most {MAX_PAIR_CHARS} characters)",
                shown(name)
            ),
            &at,
        ));
    }
    match node {
        Node::Pending => {
            *node = Node::Leaf(value.to_owned());
            Ok(())
        }
        Node::Leaf(_) => Err(QueryError::new(
            code::DUPLICATE,
            format!("'{}' is given more than once", shown(name)),
            &at,
        )),
        Node::List(_) | Node::Map(_) => Err(shape_conflict(name, &path, &at)),
    }
}

fn into_json(node: Node) -> Value {
    match node {
        Node::Pending => Value::Null,
        Node::Leaf(s) => Value::String(s),
        Node::List(list) => Value::Array(list.into_values().map(into_json).collect()),
        Node::Map(map) => Value::Object(map.into_iter().map(|(k, v)| (k, into_json(v))).collect()),
    }
}

/// Turns decoded query-string pairs in bracket syntax into the JSON tree a request body
/// would be: `a[b]=1` gives `{"a": {"b": "1"}}`; `a[]=1&a[]=2` and `a[0]=1&a[1]=2` give
/// `{"a": ["1", "2"]}` (a list keeps its indices' order; gaps close up); every value is a
/// string. A name given twice, or in two shapes (`a=1&a[b]=2`), is refused, as are more
/// than [`MAX_PAIRS`] pairs, names or values longer than [`MAX_PAIR_CHARS`] characters and
/// indices above [`MAX_INDEX`].
pub fn pairs_to_json(pairs: &[(String, String)]) -> Result<Value> {
    if pairs.len() > MAX_PAIRS {
        return Err(QueryError::new(
            code::TOO_MANY,
            format!(
                "the query string has too many parameters ({}; at most {MAX_PAIRS}); send a \
                 large request as a JSON body instead",
                pairs.len()
            ),
            &Ptr::root(),
        ));
    }
    let mut root = BTreeMap::new();
    for (name, value) in pairs {
        if name.chars().count() > MAX_PAIR_CHARS {
            return Err(QueryError::new(
                code::TOO_LONG,
                format!(
                    "a parameter name is too long (at most {MAX_PAIR_CHARS} characters): '{}'",
                    shown(name)
                ),
                &Ptr::root(),
            ));
        }
        insert(&mut root, name, value)?;
    }
    Ok(into_json(Node::Map(root)))
}

// ---------------------------------------------------------------------------------------
// The reference evaluator
// ---------------------------------------------------------------------------------------

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
fn in_order(field: Field, a: &str, b: &str) -> Option<std::cmp::Ordering> {
    if field == Field::Date {
        return (a.len() == b.len()).then(|| a.cmp(b));
    }
    Some(a.parse::<i64>().ok()?.cmp(&b.parse::<i64>().ok()?))
}

/// The pages' filter as a condition tree: all of its dimensions, each matching any of its
/// values.
impl From<&Filter> for Condition {
    fn from(filter: &Filter) -> Condition {
        Condition::All(
            filter
                .dimensions()
                .map(|(dim, values)| Condition::Values {
                    field: Field::from_dimension(dim),
                    values: values.to_vec(),
                    all: false,
                })
                .collect(),
        )
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;
    use std::path::Path;
    use std::sync::LazyLock;

    use proptest::prelude::*;
    use serde_json::json;

    use super::*;
    use crate::site::SiteSources;

    /// The real site definition shipped in `site/osce`.
    static SITE: LazyLock<SiteDefinition> = LazyLock::new(|| {
        fn walk(base: &Path, dir: &Path, out: &mut Vec<(String, String)>) {
            for entry in std::fs::read_dir(dir).expect("the site folder is readable") {
                let path = entry.expect("a directory entry").path();
                if path.is_dir() {
                    walk(base, &path, out);
                } else if path.extension().is_some_and(|x| x == "toml") {
                    let rel = path.strip_prefix(base).expect("a path under the site");
                    let name = rel
                        .components()
                        .map(|c| c.as_os_str().to_string_lossy())
                        .collect::<Vec<_>>()
                        .join("/");
                    let text = std::fs::read_to_string(&path).expect("a readable file");
                    out.push((name, text));
                }
            }
        }
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../site/osce");
        let mut files = Vec::new();
        walk(&dir, &dir, &mut files);
        SiteDefinition::load(&SiteSources {
            root: "site/osce".into(),
            files,
        })
        .expect("the real site loads")
    });

    fn parse(v: Value) -> Result<ApiQuery> {
        ApiQuery::from_json(&v, &SITE)
    }

    fn ok(v: Value) -> ApiQuery {
        parse(v.clone()).unwrap_or_else(|e| panic!("{v} should be accepted: {e}"))
    }

    fn err(v: Value) -> QueryError {
        match parse(v.clone()) {
            Ok(q) => panic!("{v} should be refused, got {q:?}"),
            Err(e) => e,
        }
    }

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    fn get(list: &[(&str, &str)]) -> Result<ApiQuery> {
        ApiQuery::from_query_pairs(&pairs(list), &SITE)
    }

    fn get_err(list: &[(&str, &str)]) -> QueryError {
        match get(list) {
            Ok(q) => panic!("{list:?} should be refused, got {q:?}"),
            Err(e) => e,
        }
    }

    fn assert_err(e: &QueryError, code: &str, pointer: &str, message: &str) {
        assert_eq!(e.code, code, "{e}");
        assert_eq!(e.pointer, pointer, "{e}");
        assert!(
            e.message.contains(message),
            "'{}' lacks '{message}'",
            e.message
        );
    }

    fn values(field: Field, values: &[&str], all: bool) -> Condition {
        Condition::Values {
            field,
            values: values.iter().map(|v| (*v).to_owned()).collect(),
            all,
        }
    }

    fn filter_of(v: Value) -> Condition {
        ok(json!({ "filter": v })).filter.expect("a filter")
    }

    // --- defaults and top level ---------------------------------------------------------

    #[test]
    fn an_empty_request_has_the_defaults() {
        assert_eq!(ok(json!({})), ApiQuery::default());
        assert_eq!(get(&[]).expect("no pairs is fine"), ApiQuery::default());
        let q = ApiQuery::default();
        assert_eq!((q.limit, q.offset, q.profile), (10, 0, Profile::List));
    }

    #[test]
    fn the_request_must_be_an_object() {
        let e = err(json!([1, 2]));
        assert_err(
            &e,
            code::WRONG_TYPE,
            "",
            "expected an object for the request, found a list",
        );
    }

    #[test]
    fn unknown_top_level_key_is_refused_with_a_suggestion() {
        let e = err(json!({ "filtr": { "field": "country" } }));
        assert_err(
            &e,
            code::UNKNOWN_PARAMETER,
            "/filtr",
            "unknown parameter 'filtr'",
        );
        assert!(e.message.contains("did you mean 'filter'?"), "{e}");
        let e = err(json!({ "zzzzzzzzzzzz": 1 }));
        assert_err(
            &e,
            code::UNKNOWN_PARAMETER,
            "/zzzzzzzzzzzz",
            "expected one of: query",
        );
        // The same from a query string.
        let e = get_err(&[("limt", "5")]);
        assert_err(
            &e,
            code::UNKNOWN_PARAMETER,
            "/limt",
            "unknown parameter 'limt' — did you mean 'limit'?",
        );
    }

    #[test]
    fn errors_display_with_their_pointer_and_are_std_errors() {
        let e = err(json!({ "limit": 1001 }));
        assert_eq!(
            e.to_string(),
            "limit must be between 0 and 1000 (at /limit)"
        );
        let boxed: Box<dyn std::error::Error> = Box::new(e);
        assert!(boxed.to_string().starts_with("limit"));
    }

    // --- limit, offset, profile -----------------------------------------------------------

    #[test]
    fn limit_and_offset_accept_numbers_and_numeric_strings() {
        let q = ok(json!({ "limit": 0, "offset": 1_000_000 }));
        assert_eq!((q.limit, q.offset), (0, 1_000_000));
        let q = ok(json!({ "limit": "25", "offset": " 40 " }));
        assert_eq!((q.limit, q.offset), (25, 40));
        assert_eq!(ok(json!({ "limit": 5.0 })).limit, 5);
    }

    #[test]
    fn limit_out_of_range_is_refused() {
        for bad in [
            json!(-1),
            json!(1001),
            json!("-1"),
            json!("99999999999999999999999999"),
        ] {
            let e = err(json!({ "limit": bad }));
            assert_err(
                &e,
                code::OUT_OF_RANGE,
                "/limit",
                "limit must be between 0 and 1000",
            );
        }
        let e = err(json!({ "limit": "abc" }));
        assert_err(
            &e,
            code::WRONG_TYPE,
            "/limit",
            "expected a number for 'limit', found 'abc'",
        );
        let e = err(json!({ "limit": 2.5 }));
        assert_err(&e, code::INVALID_VALUE, "/limit", "whole number");
        let e = err(json!({ "limit": [5] }));
        assert_err(
            &e,
            code::WRONG_TYPE,
            "/limit",
            "expected a number for 'limit', found a list",
        );
        let e = err(json!({ "offset": 1_000_001 }));
        assert_err(
            &e,
            code::OUT_OF_RANGE,
            "/offset",
            "offset must be between 0 and 1000000",
        );
        let e = get_err(&[("limit", "1001")]);
        assert_err(
            &e,
            code::OUT_OF_RANGE,
            "/limit",
            "limit must be between 0 and 1000",
        );
    }

    #[test]
    fn profile_is_one_of_three() {
        assert_eq!(
            ok(json!({ "profile": "minimal" })).profile,
            Profile::Minimal
        );
        assert_eq!(ok(json!({ "profile": "FULL" })).profile, Profile::Full);
        let e = err(json!({ "profile": "ful" }));
        assert_err(
            &e,
            code::INVALID_VALUE,
            "/profile",
            "'ful' is not a valid profile — did you mean 'full'?",
        );
        let e = err(json!({ "profile": 1 }));
        assert_err(
            &e,
            code::WRONG_TYPE,
            "/profile",
            "expected a string for 'profile', found a number",
        );
    }

    // --- query ------------------------------------------------------------------------------

    #[test]
    fn query_as_string_or_object() {
        let q = ok(json!({ "query": "  election observation " })).query;
        assert_eq!(
            q,
            Some(TextQuery {
                value: "election observation".into(),
                fields: Field::DEFAULT_SEARCH.to_vec(),
                all_words: true,
            })
        );
        let q = ok(
            json!({ "query": { "value": "osce", "fields": ["title", "TITLE", "country"], "operator": "or" } }),
        );
        assert_eq!(
            q.query,
            Some(TextQuery {
                value: "osce".into(),
                fields: vec![Field::Title, Field::Country],
                all_words: false,
            })
        );
        // The shorthand of the query string.
        assert_eq!(
            get(&[("query", "osce")]).expect("shorthand").query,
            ok(json!({ "query": "osce" })).query
        );
    }

    #[test]
    fn bad_queries_are_refused() {
        let e = err(json!({ "query": "   " }));
        assert_err(&e, code::EMPTY, "/query", "the query value is empty");
        let e = err(json!({ "query": { "fields": ["title"] } }));
        assert_err(&e, code::MISSING, "/query", "needs a 'value'");
        let e = err(json!({ "query": { "value": "x", "fields": ["titel"] } }));
        assert_err(
            &e,
            code::UNKNOWN_FIELD,
            "/query/fields/0",
            "unknown field 'titel' — did you mean 'title'?",
        );
        let e = err(json!({ "query": { "value": "x", "fields": ["date"] } }));
        assert_err(
            &e,
            code::NOT_ALLOWED,
            "/query/fields/0",
            "field 'date' cannot be searched",
        );
        let e = err(json!({ "query": { "value": "x", "fields": "place" } }));
        assert_err(
            &e,
            code::NOT_ALLOWED,
            "/query/fields",
            "field 'place' cannot be searched",
        );
        let e = err(json!({ "query": { "value": "x", "fields": [] } }));
        assert_err(&e, code::EMPTY, "/query/fields", "is empty");
        let e = err(json!({ "query": { "value": "x", "operator": "XOR" } }));
        assert_err(
            &e,
            code::INVALID_VALUE,
            "/query/operator",
            "expected one of: AND, OR",
        );
        let e = err(json!({ "query": { "valeu": "x" } }));
        assert_err(
            &e,
            code::UNKNOWN_KEY,
            "/query/valeu",
            "unknown key 'valeu' in the query — did you mean 'value'?",
        );
        let e = err(json!({ "query": 42 }));
        assert_err(
            &e,
            code::WRONG_TYPE,
            "/query",
            "expected a string or an object for 'query', found a number",
        );
    }

    #[test]
    fn a_100_kb_query_value_is_refused() {
        let long = "word ".repeat(20_000);
        let e = err(json!({ "query": { "value": long } }));
        assert_err(
            &e,
            code::TOO_LONG,
            "/query/value",
            "too long (100000 characters; at most 1000)",
        );
        let e = err(json!({ "query": long }));
        assert_err(&e, code::TOO_LONG, "/query", "at most 1000");
        // A query string refuses it earlier, for its own limit on values.
        let e = get_err(&[("query[value]", long.as_str())]);
        assert_err(
            &e,
            code::TOO_LONG,
            "/query/value",
            "at most 10000 characters",
        );
        // 1,000 characters are fine.
        assert!(parse(json!({ "query": "a".repeat(1000) })).is_ok());
    }

    // --- filter -------------------------------------------------------------------------

    #[test]
    fn single_value_and_lists() {
        assert_eq!(
            filter_of(json!({ "field": "country", "value": "Ukraine" })),
            values(Field::Country, &["ukraine"], false)
        );
        assert_eq!(
            filter_of(json!({ "field": "country", "value": ["ukraine", "belarus", "UKRAINE"] })),
            values(Field::Country, &["ukraine", "belarus"], false)
        );
        assert_eq!(
            filter_of(
                json!({ "field": "field_of_work", "value": ["elections", "education"], "operator": "AND" })
            ),
            values(Field::FieldOfWork, &["elections", "education"], true)
        );
        assert_eq!(
            filter_of(json!({ "field": "year", "value": [2008, "2009"] })),
            values(Field::Year, &["2008", "2009"], false)
        );
        assert_eq!(
            filter_of(json!({ "field": "id", "value": "007" })),
            values(Field::Id, &["7"], false)
        );
        assert_eq!(
            filter_of(json!({ "field": "date", "value": "2021-01-01T00:30:00+02:00" })),
            values(Field::Date, &["2020-12-31"], false)
        );
        assert_eq!(
            filter_of(json!({ "field": "place", "value": "Minsk" })),
            values(Field::Place, &["Minsk"], false)
        );
    }

    #[test]
    fn unknown_field_is_refused_with_a_suggestion() {
        let e = err(json!({ "filter": { "field": "sourse", "value": "odihr" } }));
        assert_err(
            &e,
            code::UNKNOWN_FIELD,
            "/filter/field",
            "unknown field 'sourse' — did you mean 'source'?",
        );
        assert_eq!(e.message, "unknown field 'sourse' — did you mean 'source'?");
    }

    #[test]
    fn unknown_taxonomy_value_is_refused_with_a_suggestion() {
        let e =
            err(json!({ "filter": { "field": "source", "value": ["odihr", "ofice-in-minsk"] } }));
        assert_err(
            &e,
            code::UNKNOWN_VALUE,
            "/filter/value/1",
            "unknown source 'ofice-in-minsk' — did you mean one of: office-in-minsk",
        );
        let e = err(json!({ "filter": { "field": "year", "value": "08" } }));
        assert_err(
            &e,
            code::INVALID_VALUE,
            "/filter/value",
            "'08' is not a year",
        );
        let e = err(json!({ "filter": { "field": "id", "value": "-3" } }));
        assert_err(&e, code::INVALID_VALUE, "/filter/value", "not an item id");
        let e = err(json!({ "filter": { "field": "date", "value": "2020-02-30" } }));
        assert_err(&e, code::INVALID_VALUE, "/filter/value", "not a valid date");
        let e = err(json!({ "filter": { "field": "date", "value": "yesterday" } }));
        assert_err(
            &e,
            code::INVALID_VALUE,
            "/filter/value",
            "expected YYYY-MM-DD or an RFC 3339 instant",
        );
    }

    #[test]
    fn wrong_types_in_a_filter_are_refused() {
        let e = err(json!({ "filter": "country" }));
        assert_err(
            &e,
            code::WRONG_TYPE,
            "/filter",
            "expected an object for 'filter', found a string",
        );
        let e = err(json!({ "filter": { "field": "country", "value": 3 } }));
        assert_err(
            &e,
            code::WRONG_TYPE,
            "/filter/value",
            "expected a string for 'filter/value', found a number",
        );
        let e = err(json!({ "filter": { "field": "country", "value": [["ukraine"]] } }));
        assert_err(&e, code::WRONG_TYPE, "/filter/value/0", "found a list");
        let e = err(json!({ "filter": { "field": "country", "value": null } }));
        assert_err(&e, code::WRONG_TYPE, "/filter/value", "found null");
        let e = err(json!({ "filter": { "field": 1 } }));
        assert_err(
            &e,
            code::WRONG_TYPE,
            "/filter/field",
            "expected a string for 'filter/field'",
        );
        let e = err(json!({ "filter": { "field": "country", "negate": "yes" } }));
        assert_err(
            &e,
            code::INVALID_VALUE,
            "/filter/negate",
            "expected true or false",
        );
        let e = err(json!({ "filter": { "conditions": { "field": "country" } } }));
        assert_err(
            &e,
            code::WRONG_TYPE,
            "/filter/conditions",
            "expected a list of conditions",
        );
    }

    #[test]
    fn malformed_conditions_are_refused() {
        let e =
            err(json!({ "filter": { "field": "country", "conditions": [{ "field": "type" }] } }));
        assert_err(&e, code::CONFLICT, "/filter/field", "either a group");
        let e = err(json!({ "filter": { "value": "ukraine" } }));
        assert_err(&e, code::MISSING, "/filter", "needs a 'field'");
        let e = err(json!({ "filter": { "conditions": [] } }));
        assert_err(
            &e,
            code::EMPTY,
            "/filter/conditions",
            "at least one condition",
        );
        let e = err(json!({ "filter": { "field": "country", "value": [] } }));
        assert_err(&e, code::EMPTY, "/filter/value", "empty list");
        let e = err(json!({ "filter": { "field": "country", "value": "" } }));
        assert_err(&e, code::EMPTY, "/filter/value", "is empty");
        let e = err(json!({ "filter": { "field": "country", "valeu": "ukraine" } }));
        assert_err(
            &e,
            code::UNKNOWN_KEY,
            "/filter/valeu",
            "unknown key 'valeu' in a condition — did you mean 'value'?",
        );
        let e = err(json!({ "filter": { "field": "body", "value": "osce" } }));
        assert_err(
            &e,
            code::NOT_ALLOWED,
            "/filter/value",
            "cannot be filtered by value",
        );
        let e = err(json!({ "filter": { "field": "country", "operator": "OR" } }));
        assert_err(
            &e,
            code::NOT_ALLOWED,
            "/filter/operator",
            "applies to a list",
        );
        let many: Vec<String> = (0..=MAX_VALUES).map(|i| format!("v{i}")).collect();
        let e = err(json!({ "filter": { "field": "place", "value": many } }));
        assert_err(&e, code::TOO_MANY, "/filter/value", "at most 100");
    }

    #[test]
    fn groups_negate_and_exists() {
        let c = filter_of(json!({
            "operator": "OR",
            "conditions": [
                { "field": "country", "value": "ukraine", "negate": true },
                { "field": "summary" },
                { "conditions": [{ "field": "type", "value": "news" }], "negate": "true" }
            ]
        }));
        assert_eq!(
            c,
            Condition::Any(vec![
                Condition::Not(Box::new(values(Field::Country, &["ukraine"], false))),
                Condition::Exists(Field::Summary),
                Condition::Not(Box::new(Condition::All(vec![values(
                    Field::Type,
                    &["news"],
                    false
                )]))),
            ])
        );
        assert_eq!(
            filter_of(json!({ "field": "meeting" })),
            Condition::Exists(Field::Meeting)
        );
        assert_eq!(
            filter_of(json!({ "field": "meeting", "negate": true })),
            Condition::Not(Box::new(Condition::Exists(Field::Meeting)))
        );
    }

    #[test]
    fn ranges() {
        assert_eq!(
            filter_of(
                json!({ "field": "date", "value": { "from": "2020-01-01", "to": "2021-01-01T00:30:00+02:00" } })
            ),
            Condition::Range {
                field: Field::Date,
                from: Some("2020-01-01".into()),
                to: Some("2020-12-31".into()),
            }
        );
        assert_eq!(
            filter_of(json!({ "field": "year", "value": { "from": 2008 } })),
            Condition::Range {
                field: Field::Year,
                from: Some("2008".into()),
                to: None
            }
        );
        assert_eq!(
            filter_of(json!({ "field": "id", "value": { "from": "9", "to": 10 } })),
            Condition::Range {
                field: Field::Id,
                from: Some("9".into()),
                to: Some("10".into())
            }
        );
        // Bounds are inclusive: one day is a range too.
        assert!(parse(json!({ "filter": { "field": "date", "value": { "from": "2020-01-01", "to": "2020-01-01" } } })).is_ok());
    }

    #[test]
    fn bad_ranges_are_refused() {
        let e = err(
            json!({ "filter": { "field": "date", "value": { "from": "2021-01-01", "to": "2020-12-31" } } }),
        );
        assert_err(
            &e,
            code::INVALID_RANGE,
            "/filter/value",
            "starts after it ends",
        );
        // Ids compare as numbers, not as strings.
        let e = err(json!({ "filter": { "field": "id", "value": { "from": 10, "to": 9 } } }));
        assert_err(
            &e,
            code::INVALID_RANGE,
            "/filter/value",
            "'from' 10 is after 'to' 9",
        );
        let e = err(json!({ "filter": { "field": "year", "value": {} } }));
        assert_err(
            &e,
            code::MISSING,
            "/filter/value",
            "needs 'from', 'to' or both",
        );
        let e = err(json!({ "filter": { "field": "country", "value": { "from": "a" } } }));
        assert_err(
            &e,
            code::NOT_ALLOWED,
            "/filter/value",
            "ranges work on id, date, year",
        );
        let e = err(json!({ "filter": { "field": "date", "value": { "form": "2020-01-01" } } }));
        assert_err(
            &e,
            code::UNKNOWN_KEY,
            "/filter/value/form",
            "did you mean 'from'?",
        );
        let e = err(json!({ "filter": { "field": "date", "value": { "from": "2020-13-01" } } }));
        assert_err(
            &e,
            code::INVALID_VALUE,
            "/filter/value/from",
            "not a valid date",
        );
        let e = err(json!({ "filter": { "field": "date", "value": { "to": 2020 } } }));
        assert_err(
            &e,
            code::WRONG_TYPE,
            "/filter/value/to",
            "expected a string",
        );
        let e = err(
            json!({ "filter": { "field": "date", "value": { "from": "2020-01-01" }, "operator": "AND" } }),
        );
        assert_err(
            &e,
            code::NOT_ALLOWED,
            "/filter/operator",
            "applies to a list",
        );
    }

    /// A filter `levels` conditions deep.
    fn nested(levels: usize) -> Value {
        let mut v = json!({ "field": "country", "value": "ukraine" });
        for _ in 1..levels {
            v = json!({ "operator": "OR", "conditions": [v] });
        }
        v
    }

    #[test]
    fn nesting_is_limited_to_ten_levels() {
        assert!(parse(json!({ "filter": nested(10) })).is_ok());
        let e = err(json!({ "filter": nested(11) }));
        let deepest = format!("/filter{}", "/conditions/0".repeat(10));
        assert_err(
            &e,
            code::TOO_DEEP,
            &deepest,
            "filter is nested too deeply (at most 10 levels)",
        );
        let e = err(json!({ "facets": [{ "field": "type", "filter": nested(11) }] }));
        assert_err(
            &e,
            code::TOO_DEEP,
            &format!("/facets/0/filter{}", "/conditions/0".repeat(10)),
            "facets/0/filter is nested too deeply",
        );
    }

    #[test]
    fn conditions_are_limited_in_number() {
        let leaves = |n: usize| vec![json!({ "field": "meeting" }); n];
        // A group and 199 conditions: 200 in all.
        assert!(parse(json!({ "filter": { "conditions": leaves(199) } })).is_ok());
        let e = err(json!({ "filter": { "conditions": leaves(200) } }));
        assert_err(
            &e,
            code::TOO_MANY,
            "/filter/conditions/199",
            "too many filter conditions (at most 200 in a request)",
        );
        // Facet filters count towards the same total.
        let e = err(json!({
            "filter": { "conditions": leaves(150) },
            "facets": [{ "field": "type", "filter": { "conditions": leaves(60) } }]
        }));
        assert_eq!(e.code, code::TOO_MANY);
    }

    // --- facets -------------------------------------------------------------------------

    #[test]
    fn facets_with_defaults_and_options() {
        let q = ok(json!({ "facets": [
            { "field": "country" },
            "source",
            { "field": "date", "interval": "month", "name": "months", "limit": "24", "sort": "count:desc", "scope": "global" },
            { "field": "type", "name": "types", "filter": { "field": "language", "value": "en" }, "scope": "query", "sort": "value:desc" }
        ] }));
        assert_eq!(
            q.facets,
            vec![
                FacetRequest {
                    field: Field::Country,
                    name: "country".into(),
                    limit: 10,
                    sort: FacetSort::CountDesc,
                    filter: None,
                    interval: None,
                    scope: Scope::Default,
                },
                FacetRequest {
                    field: Field::Source,
                    name: "source".into(),
                    limit: 10,
                    sort: FacetSort::CountDesc,
                    filter: None,
                    interval: None,
                    scope: Scope::Default,
                },
                FacetRequest {
                    field: Field::Date,
                    name: "months".into(),
                    limit: 24,
                    sort: FacetSort::CountDesc,
                    filter: None,
                    interval: Some(Interval::Month),
                    scope: Scope::Global,
                },
                FacetRequest {
                    field: Field::Type,
                    name: "types".into(),
                    limit: 10,
                    sort: FacetSort::ValueDesc,
                    filter: Some(values(Field::Language, &["en"], false)),
                    interval: None,
                    scope: Scope::Query,
                },
            ]
        );
        // A date facet is oldest first unless told otherwise.
        let q = ok(json!({ "facets": [{ "field": "date", "interval": "year" }] }));
        assert_eq!(q.facets[0].sort, FacetSort::ValueAsc);
    }

    #[test]
    fn bad_facets_are_refused() {
        let e =
            err(json!({ "facets": [{ "field": "country" }, { "field": "country", "limit": 3 }] }));
        assert_err(
            &e,
            code::DUPLICATE,
            "/facets/1/field",
            "two facets are named 'country'",
        );
        let e = err(
            json!({ "facets": [{ "field": "country", "name": "x" }, { "field": "type", "name": "x" }] }),
        );
        assert_err(&e, code::DUPLICATE, "/facets/1/name", "another 'name'");
        assert!(parse(json!({ "facets": [{ "field": "country" }, { "field": "country", "name": "all-countries", "scope": "global" }] })).is_ok());
        let e = err(json!({ "facets": [{ "field": "country", "interval": "year" }] }));
        assert_err(
            &e,
            code::NOT_ALLOWED,
            "/facets/0/interval",
            "only to facets on 'date'",
        );
        let e = err(json!({ "facets": [{ "field": "date" }] }));
        assert_err(&e, code::MISSING, "/facets/0", "needs an 'interval'");
        let e = err(json!({ "facets": [{ "field": "date", "interval": "week" }] }));
        assert_err(
            &e,
            code::INVALID_VALUE,
            "/facets/0/interval",
            "expected one of: year, month, day",
        );
        let e = err(json!({ "facets": [{ "field": "title" }] }));
        assert_err(
            &e,
            code::NOT_ALLOWED,
            "/facets/0/field",
            "cannot be a facet",
        );
        let e = err(json!({ "facets": [{ "field": "country", "limit": 0 }] }));
        assert_err(
            &e,
            code::OUT_OF_RANGE,
            "/facets/0/limit",
            "facets/0/limit must be between 1 and 1000",
        );
        let e = err(json!({ "facets": [{ "field": "country", "sort": "count" }] }));
        assert_err(
            &e,
            code::INVALID_VALUE,
            "/facets/0/sort",
            "not a valid facet sort",
        );
        let e = err(json!({ "facets": [{ "field": "country", "scope": "everything" }] }));
        assert_err(
            &e,
            code::INVALID_VALUE,
            "/facets/0/scope",
            "expected one of: default, query, global",
        );
        let e = err(json!({ "facets": [{ "name": "x" }] }));
        assert_err(&e, code::MISSING, "/facets/0", "needs a 'field'");
        let e = err(json!({ "facets": [{ "field": "country", "limt": 5 }] }));
        assert_err(
            &e,
            code::UNKNOWN_KEY,
            "/facets/0/limt",
            "in a facet — did you mean 'limit'?",
        );
        let e = err(json!({ "facets": { "field": "country" } }));
        assert_err(
            &e,
            code::WRONG_TYPE,
            "/facets",
            "expected a list of facets for 'facets', found an object",
        );
        let e = err(json!({ "facets": [{ "field": "country", "name": "" }] }));
        assert_err(&e, code::EMPTY, "/facets/0/name", "cannot be empty");
        let many: Vec<Value> = (0..21)
            .map(|i| json!({ "field": "type", "name": format!("f{i}") }))
            .collect();
        let e = err(json!({ "facets": many }));
        assert_err(
            &e,
            code::TOO_MANY,
            "/facets",
            "too many facets (at most 20)",
        );
    }

    // --- sort and fields ----------------------------------------------------------------

    #[test]
    fn sort_parsing() {
        let q = ok(json!({ "sort": ["date:desc", "Title:ASC", "score:desc", "id:asc"] }));
        assert_eq!(
            q.sort,
            vec![
                Sort {
                    key: SortKey::Date,
                    descending: true
                },
                Sort {
                    key: SortKey::Title,
                    descending: false
                },
                Sort {
                    key: SortKey::Score,
                    descending: true
                },
                Sort {
                    key: SortKey::Id,
                    descending: false
                },
            ]
        );
        assert_eq!(
            ok(json!({ "sort": "date:asc" })).sort,
            vec![Sort {
                key: SortKey::Date,
                descending: false
            }]
        );
        let e = err(json!({ "sort": [1] }));
        assert_err(
            &e,
            code::WRONG_TYPE,
            "/sort/0",
            "expected a string for 'sort/0', found a number",
        );
        assert_eq!(e.message, "expected a string for 'sort/0', found a number");
        let e = err(json!({ "sort": ["date"] }));
        assert_err(
            &e,
            code::INVALID_VALUE,
            "/sort/0",
            "needs a direction: 'date:asc' or 'date:desc'",
        );
        let e = err(json!({ "sort": ["date:up"] }));
        assert_err(&e, code::INVALID_VALUE, "/sort/0", "needs a direction");
        let e = err(json!({ "sort": ["dat:desc"] }));
        assert_err(
            &e,
            code::INVALID_VALUE,
            "/sort/0",
            "cannot sort by 'dat:desc' — did you mean 'date'?",
        );
        let e = err(json!({ "sort": ["country:asc"] }));
        assert_err(
            &e,
            code::INVALID_VALUE,
            "/sort/0",
            "sort by date, title, score or id",
        );
        let e = err(json!({ "sort": ["date:desc", "date:asc"] }));
        assert_err(&e, code::DUPLICATE, "/sort/1", "given twice");
        let e = err(
            json!({ "sort": ["date:desc", "title:asc", "score:desc", "id:asc", "date:asc", "id:desc"] }),
        );
        assert_err(&e, code::TOO_MANY, "/sort", "at most 5");
        let e = err(json!({ "sort": { "date": "desc" } }));
        assert_err(&e, code::WRONG_TYPE, "/sort", "found an object");
    }

    #[test]
    fn fields_include_and_exclude() {
        let q =
            ok(json!({ "fields": { "include": ["title", "date", "title"], "exclude": "body" } }));
        assert_eq!(q.include, vec![Field::Title, Field::Date]);
        assert_eq!(q.exclude, vec![Field::Body]);
        let e = err(json!({ "fields": { "include": ["title"], "exclude": ["Title"] } }));
        assert_err(
            &e,
            code::CONFLICT,
            "/fields/exclude/0",
            "both included and excluded",
        );
        let e = err(json!({ "fields": { "include": ["bdy"] } }));
        assert_err(
            &e,
            code::UNKNOWN_FIELD,
            "/fields/include/0",
            "did you mean 'body'?",
        );
        let e = err(json!({ "fields": { "only": ["title"] } }));
        assert_err(
            &e,
            code::UNKNOWN_KEY,
            "/fields/only",
            "unknown key 'only' in 'fields'",
        );
        let e = err(json!({ "fields": ["title"] }));
        assert_err(
            &e,
            code::WRONG_TYPE,
            "/fields",
            "expected an object for 'fields', found a list",
        );
    }

    // --- query strings ----------------------------------------------------------------------

    #[test]
    fn brackets_build_the_json_tree() {
        let tree = pairs_to_json(&pairs(&[
            ("a[b]", "1"),
            ("a[c][]", "x"),
            ("a[c][]", "y"),
            ("d[2]", "late"),
            ("d[0]", "early"),
            ("e", "plain"),
        ]))
        .expect("a well-formed query string");
        assert_eq!(
            tree,
            json!({ "a": { "b": "1", "c": ["x", "y"] }, "d": ["early", "late"], "e": "plain" })
        );
    }

    #[test]
    fn get_and_post_give_the_same_request() {
        let body = json!({
            "query": { "value": "election observation", "fields": ["title", "body"], "operator": "OR" },
            "filter": {
                "operator": "AND",
                "conditions": [
                    { "field": "country", "value": ["Ukraine", "belarus"], "operator": "OR" },
                    { "field": "date", "value": { "from": "2020-01-01", "to": "2020-12-31T23:00:00+01:00" } },
                    { "field": "type", "value": "news", "negate": true },
                    { "field": "source" },
                    { "operator": "OR", "conditions": [
                        { "field": "year", "value": 2019 },
                        { "field": "id", "value": { "from": 10 } }
                    ] }
                ]
            },
            "facets": [
                { "field": "country", "limit": 5, "sort": "value:asc" },
                { "field": "date", "interval": "month", "name": "months", "scope": "global" },
                { "field": "type", "filter": { "field": "language", "value": "en" } }
            ],
            "sort": ["date:desc", "title:asc"],
            "fields": { "include": ["title", "date"], "exclude": ["body"] },
            "limit": 5,
            "offset": 10,
            "profile": "full"
        });
        let query_string = [
            ("query[value]", "election observation"),
            ("query[fields][]", "title"),
            ("query[fields][]", "body"),
            ("query[operator]", "OR"),
            ("filter[operator]", "AND"),
            ("filter[conditions][0][field]", "country"),
            ("filter[conditions][0][value][]", "Ukraine"),
            ("filter[conditions][0][value][]", "belarus"),
            ("filter[conditions][0][operator]", "OR"),
            ("filter[conditions][1][field]", "date"),
            ("filter[conditions][1][value][from]", "2020-01-01"),
            (
                "filter[conditions][1][value][to]",
                "2020-12-31T23:00:00+01:00",
            ),
            ("filter[conditions][2][field]", "type"),
            ("filter[conditions][2][value]", "news"),
            ("filter[conditions][2][negate]", "true"),
            ("filter[conditions][3][field]", "source"),
            ("filter[conditions][4][operator]", "OR"),
            ("filter[conditions][4][conditions][0][field]", "year"),
            ("filter[conditions][4][conditions][0][value]", "2019"),
            ("filter[conditions][4][conditions][1][field]", "id"),
            ("filter[conditions][4][conditions][1][value][from]", "10"),
            ("facets[0][field]", "country"),
            ("facets[0][limit]", "5"),
            ("facets[0][sort]", "value:asc"),
            ("facets[1][field]", "date"),
            ("facets[1][interval]", "month"),
            ("facets[1][name]", "months"),
            ("facets[1][scope]", "global"),
            ("facets[2][field]", "type"),
            ("facets[2][filter][field]", "language"),
            ("facets[2][filter][value]", "en"),
            ("sort[]", "date:desc"),
            ("sort[1]", "title:asc"),
            ("fields[include][]", "title"),
            ("fields[include][]", "date"),
            ("fields[exclude][]", "body"),
            ("limit", "5"),
            ("offset", "10"),
            ("profile", "full"),
        ];
        let posted = ok(body);
        let got = get(&query_string).expect("the query string is valid");
        assert_eq!(got, posted);
        assert_eq!(
            posted
                .filter
                .as_ref()
                .map(|f| matches!(f, Condition::All(c) if c.len() == 5)),
            Some(true)
        );
        assert_eq!(posted.facets.len(), 3);
        assert_eq!(posted.sort.len(), 2);
    }

    #[test]
    fn get_and_post_give_the_same_errors() {
        let cases: Vec<(Vec<(&str, &str)>, Value)> = vec![
            (
                vec![("filter[field]", "sourse")],
                json!({ "filter": { "field": "sourse" } }),
            ),
            (
                vec![("filter[field]", "country"), ("filter[value]", "ukrane")],
                json!({ "filter": { "field": "country", "value": "ukrane" } }),
            ),
            (
                vec![("facets[0][field]", "date")],
                json!({ "facets": [{ "field": "date" }] }),
            ),
            (vec![("sort[]", "date")], json!({ "sort": ["date"] })),
            (vec![("offset", "-4")], json!({ "offset": -4 })),
            (
                vec![
                    ("filter[conditions][0][field]", "year"),
                    ("filter[conditions][0][value][from]", "2021"),
                    ("filter[conditions][0][value][to]", "2020"),
                ],
                json!({ "filter": { "conditions": [{ "field": "year", "value": { "from": "2021", "to": "2020" } }] } }),
            ),
        ];
        for (query_string, body) in cases {
            assert_eq!(get_err(&query_string), err(body));
        }
    }

    #[test]
    fn malformed_query_strings_are_refused() {
        let e = get_err(&[("limit", "1"), ("limit[b]", "2")]);
        assert_err(&e, code::CONFLICT, "/limit", "two shapes");
        let e = get_err(&[("filter[value][]", "a"), ("filter[value][from]", "b")]);
        assert_err(
            &e,
            code::CONFLICT,
            "/filter/value",
            "'filter[value]' is given in two shapes",
        );
        let e = get_err(&[("filter[field]", "country"), ("filter", "x")]);
        assert_err(&e, code::CONFLICT, "/filter", "two shapes");
        let e = get_err(&[("limit", "1"), ("limit", "2")]);
        assert_err(
            &e,
            code::DUPLICATE,
            "/limit",
            "'limit' is given more than once",
        );
        let e = get_err(&[("filter[field", "country")]);
        assert_err(&e, code::MALFORMED, "/filter", "'[' without ']'");
        let e = get_err(&[("filter[a]b", "country")]);
        assert_err(&e, code::MALFORMED, "/filter", "expected '[' after ']'");
        let e = get_err(&[("[a]", "x")]);
        assert_err(&e, code::MALFORMED, "", "needs a name");
        let e = get_err(&[("facets[1001][field]", "country")]);
        assert_err(&e, code::OUT_OF_RANGE, "/facets", "index 1001");
        let e = get_err(&[("query", "osce"), ("query[value]", "x")]);
        assert_err(&e, code::CONFLICT, "/query", "two shapes");
        let deep = format!("filter{}", "[a]".repeat(65));
        let e = get_err(&[(deep.as_str(), "x")]);
        assert_err(&e, code::TOO_DEEP, "/filter", "too many brackets");
    }

    #[test]
    fn query_string_size_is_limited() {
        let many: Vec<(String, String)> = (0..=MAX_PAIRS)
            .map(|i| (format!("sort[{}]", i % 5), "x".to_owned()))
            .collect();
        let e = ApiQuery::from_query_pairs(&many, &SITE).expect_err("too many pairs");
        assert_err(
            &e,
            code::TOO_MANY,
            "",
            "too many parameters (1001; at most 1000)",
        );
        let long = "x".repeat(MAX_PAIR_CHARS + 1);
        let e = get_err(&[("profile", long.as_str())]);
        assert_err(&e, code::TOO_LONG, "/profile", "too long");
        let e = get_err(&[(long.as_str(), "x")]);
        assert_err(&e, code::TOO_LONG, "", "parameter name is too long");
    }

    #[test]
    fn query_string_gaps_close_up() {
        let q = get(&[("sort[3]", "title:asc"), ("sort[1]", "date:desc")]).expect("sparse indices");
        assert_eq!(
            q.sort,
            vec![
                Sort {
                    key: SortKey::Date,
                    descending: true
                },
                Sort {
                    key: SortKey::Title,
                    descending: false
                }
            ]
        );
    }

    // --- the evaluator and the pages' filter ---------------------------------------------

    #[derive(Default)]
    struct Facts(HashMap<Field, Vec<String>>);

    impl Facts {
        fn with(mut self, field: Field, values: &[&str]) -> Facts {
            self.0
                .insert(field, values.iter().map(|v| (*v).to_owned()).collect());
            self
        }
    }

    impl ItemFacts for Facts {
        fn values(&self, field: Field) -> Vec<String> {
            self.0.get(&field).cloned().unwrap_or_default()
        }
    }

    fn item() -> Facts {
        Facts::default()
            .with(Field::Id, &["42"])
            .with(Field::Type, &["press-release"])
            .with(Field::Country, &["belarus", "ukraine"])
            .with(Field::Source, &["office-in-minsk", "field-operations"])
            .with(Field::Date, &["2008-04-08"])
            .with(Field::Year, &["2008"])
            .with(Field::Summary, &[""])
    }

    fn matches(filter: Value) -> bool {
        filter_of(filter).matches(&item())
    }

    #[test]
    fn the_evaluator_follows_the_documented_semantics() {
        assert!(matches(
            json!({ "field": "country", "value": ["ukraine", "moldova"] })
        ));
        assert!(!matches(
            json!({ "field": "country", "value": ["ukraine", "moldova"], "operator": "AND" })
        ));
        assert!(matches(
            json!({ "field": "country", "value": ["ukraine", "belarus"], "operator": "AND" })
        ));
        assert!(matches(
            json!({ "field": "source", "value": "field-operations" })
        ));
        assert!(!matches(
            json!({ "field": "type", "value": "press-release", "negate": true })
        ));
        assert!(matches(json!({ "field": "meeting", "negate": true })));
        assert!(
            !matches(json!({ "field": "summary" })),
            "an empty value is absent"
        );
        assert!(matches(
            json!({ "field": "date", "value": { "from": "2008-04-08", "to": "2008-04-08" } })
        ));
        assert!(matches(
            json!({ "field": "date", "value": { "to": "2008-04-08T12:00:00Z" } })
        ));
        assert!(!matches(
            json!({ "field": "date", "value": { "from": "2008-04-09" } })
        ));
        assert!(
            matches(json!({ "field": "id", "value": { "from": 9, "to": 100 } })),
            "ids compare as numbers"
        );
        assert!(!matches(
            json!({ "field": "year", "value": { "from": 2009 } })
        ));
        assert!(matches(json!({ "operator": "OR", "conditions": [
            { "field": "year", "value": 1999 },
            { "field": "id", "value": "42" }
        ] })));
        assert!(!matches(json!({ "conditions": [
            { "field": "year", "value": 2008 },
            { "field": "type", "value": "news" }
        ] })));
        assert!(Condition::All(vec![]).matches(&item()));
        assert!(!Condition::Any(vec![]).matches(&item()));
    }

    #[test]
    fn the_pages_filter_becomes_the_same_tree() {
        let f = Filter::new()
            .with(Dimension::Type, "news")
            .with(Dimension::Type, "press-release")
            .with(Dimension::Country, "belarus");
        let c = Condition::from(&f);
        assert_eq!(
            c,
            Condition::All(vec![
                values(Field::Type, &["news", "press-release"], false),
                values(Field::Country, &["belarus"], false),
            ])
        );
        assert_eq!(Condition::from(&Filter::new()), Condition::All(vec![]));
        assert!(c.matches(&item()));
        assert!(!Condition::from(&f.with(Dimension::Year, "2009")).matches(&item()));
    }

    #[test]
    fn fields_and_dimensions_correspond() {
        for dim in Dimension::ALL {
            let f = Field::from_dimension(dim);
            assert_eq!(f.dimension(), Some(dim));
            assert_eq!(f.name(), dim.key());
            assert!(f.is_facetable());
        }
        for f in Field::ALL {
            assert_eq!(Field::from_name(f.name()), Some(f));
        }
        assert_eq!(Field::Date.dimension(), None);
    }

    #[test]
    fn dates_are_normalized_to_days() {
        assert_eq!(normalize_date("2020-05-01").as_deref(), Ok("2020-05-01"));
        assert_eq!(
            normalize_date("2020-05-01T10:00:00Z").as_deref(),
            Ok("2020-05-01")
        );
        assert_eq!(
            normalize_date("2020-05-01T01:00:00+02:00").as_deref(),
            Ok("2020-04-30")
        );
        assert_eq!(
            normalize_date("2020-05-01T23:30:00-05:00").as_deref(),
            Ok("2020-05-02")
        );
        assert!(normalize_date("2020-5-1").is_err());
        assert!(
            normalize_date("2020-05-01T10:00:00").is_err(),
            "an instant needs an offset"
        );
    }

    #[test]
    fn years_and_months_stand_for_their_days() {
        let range = |from: &str, to: &str| Condition::Range {
            field: Field::Date,
            from: Some(from.to_owned()),
            to: Some(to.to_owned()),
        };
        assert_eq!(
            filter_of(json!({ "field": "date", "value": "2024-02" })),
            range("2024-02-01", "2024-02-29")
        );
        assert_eq!(
            filter_of(json!({ "field": "date", "value": ["2008", "2010-01-05"] })),
            Condition::Any(vec![
                values(Field::Date, &["2010-01-05"], false),
                range("2008-01-01", "2008-12-31"),
            ])
        );
        assert_eq!(
            filter_of(json!({ "field": "date", "value": { "from": "2008", "to": "2009-03" } })),
            range("2008-01-01", "2009-03-31")
        );
        assert!(filter_of(json!({ "field": "date", "value": "2008" })).matches(&item()));
        assert!(!filter_of(json!({ "field": "date", "value": "2008-05" })).matches(&item()));
        let e = err(json!({ "filter": { "field": "date", "value": "2024-13" } }));
        assert_err(
            &e,
            code::INVALID_VALUE,
            "/filter/value",
            "not a valid year or month",
        );
        let e = err(
            json!({ "filter": { "field": "date", "value": { "from": "2009", "to": "2008-12" } } }),
        );
        assert_err(
            &e,
            code::INVALID_RANGE,
            "/filter/value",
            "starts after it ends",
        );
    }

    // --- properties -----------------------------------------------------------------------

    const WORDS: &[&str] = &[
        "query",
        "filter",
        "facets",
        "sort",
        "fields",
        "limit",
        "offset",
        "profile",
        "value",
        "operator",
        "negate",
        "conditions",
        "field",
        "from",
        "to",
        "name",
        "interval",
        "scope",
        "include",
        "exclude",
        "country",
        "ukraine",
        "belarus",
        "date",
        "year",
        "id",
        "type",
        "news",
        "source",
        "odihr",
        "title",
        "body",
        "AND",
        "OR",
        "2020-01-01",
        "2019",
        "2021-01-01T00:00:00Z",
        "count:desc",
        "date:desc",
        "month",
        "global",
        "full",
        "true",
        "10",
        "-1",
        "",
        "[",
        "]",
        "[]",
        "[0]",
        "~/",
    ];

    fn word() -> impl Strategy<Value = String> {
        prop_oneof![
            3 => proptest::sample::select(WORDS).prop_map(str::to_owned),
            1 => ".{0,12}",
        ]
    }

    fn json_value() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(Value::from),
            any::<f64>().prop_map(Value::from),
            (0u64..3000).prop_map(Value::from),
            word().prop_map(Value::String),
        ];
        leaf.prop_recursive(14, 256, 8, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
                proptest::collection::vec((word(), inner), 0..8)
                    .prop_map(|kv| Value::Object(kv.into_iter().collect())),
            ]
        })
    }

    fn request() -> impl Strategy<Value = Value> {
        proptest::collection::vec(
            (
                proptest::sample::select(&TOP_KEYS[..]).prop_map(str::to_owned),
                json_value(),
            ),
            0..6,
        )
        .prop_map(|kv| Value::Object(kv.into_iter().collect()))
    }

    fn pair_name() -> impl Strategy<Value = String> {
        (
            prop_oneof![3 => proptest::sample::select(&TOP_KEYS[..]).prop_map(str::to_owned), 1 => word()],
            proptest::collection::vec(
                prop_oneof![
                    word().prop_map(|w| format!("[{w}]")),
                    (0usize..1200).prop_map(|i| format!("[{i}]")),
                    Just("[]".to_owned()),
                    ".{0,3}",
                ],
                0..8,
            ),
        )
            .prop_map(|(head, segments)| format!("{head}{}", segments.concat()))
    }

    proptest! {
        #[test]
        fn any_json_gives_ok_or_err(v in json_value()) {
            let _ = ApiQuery::from_json(&v, &SITE);
        }

        #[test]
        fn any_request_shaped_json_gives_ok_or_err(v in request()) {
            if let Err(e) = ApiQuery::from_json(&v, &SITE) {
                prop_assert!(!e.code.is_empty() && !e.message.is_empty());
                prop_assert!(e.pointer.is_empty() || e.pointer.starts_with('/'));
            }
        }

        #[test]
        fn any_pairs_give_ok_or_err(list in proptest::collection::vec((pair_name(), word()), 0..24)) {
            let _ = ApiQuery::from_query_pairs(&list, &SITE);
        }

        /// The tree of the pages' filter agrees with the pages' own evaluation.
        #[test]
        fn the_pages_filter_and_its_tree_agree(
            wanted in proptest::collection::vec((0usize..3, 0usize..3), 0..5),
            have in proptest::collection::vec((0usize..3, 0usize..3), 0..6),
        ) {
            let dims = [Dimension::Type, Dimension::Country, Dimension::Year];
            let vals = [["news", "statement", "speech"], ["belarus", "ukraine", "moldova"], ["2007", "2008", "2009"]];
            let mut filter = Filter::new();
            for (d, v) in &wanted {
                filter = filter.with(dims[*d], vals[*d][*v]);
            }
            let mut facts = Facts::default();
            for (d, v) in &have {
                facts.0.entry(Field::from_dimension(dims[*d])).or_default().push(vals[*d][*v].to_owned());
            }
            let by_pages = filter.matches(|dim| {
                have.iter()
                    .filter(|(d, _)| dims[*d] == dim)
                    .map(|(d, v)| vals[*d][*v])
                    .collect::<Vec<_>>()
            });
            prop_assert_eq!(Condition::from(&filter).matches(&facts), by_pages);
        }
    }
}
