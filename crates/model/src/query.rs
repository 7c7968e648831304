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
//!
//! # Where things are
//!
//! * `fields`: the fields of items that requests name, and what each one is.
//! * `request`: the validated request ([`ApiQuery`]) and its filter tree ([`Condition`]).
//! * `limits` and [`code`]: the bounds of a request and the codes of its errors.
//! * `parse`: the validator, from a JSON tree to an [`ApiQuery`]; `read` and `values` are
//!   its readers of JSON values and of dates; `brackets` turns query-string pairs into the
//!   JSON tree a body would be.
//! * `reference`: the reference semantics of a filter ([`Condition::matches`]).

mod brackets;
pub mod code;
mod error;
mod fields;
mod limits;
mod parse;
mod read;
mod reference;
mod request;
mod values;

pub use brackets::pairs_to_json;
pub use error::QueryError;
pub use fields::{Dimension, FIELDS, Facet, Field, FieldSpec, Kind, Shape, Storage};
pub use limits::*;
pub use reference::ItemFacts;
pub use request::{
    ApiQuery, Condition, FacetRequest, FacetSort, Interval, Profile, Scope, Sort, SortKey,
    TextQuery,
};
pub use values::normalize_date;

#[cfg(test)]
mod tests;
