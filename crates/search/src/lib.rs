//! The catalog: item metadata held in memory, newest first, answering filtered listings with
//! disjunctive facet counts in one pass. Every listing of the site goes through it; it never
//! returns an item that `Visibility` says is not public at the query's instant.
//!
//! * `catalog` ([`Catalog`]): the entries and their bitmaps; `build` fills it (push, finish,
//!   changes in memory).
//! * `eval`: the one evaluator of filters, a `model::query::Condition` as bitmap algebra.
//! * `facets`: counting the values of a field over a set of entries.
//! * `listing` ([`Query`]): the site's listings, with disjunctive facets.
//! * `api` ([`ApiSearch`]): the public API's search, with any order and scoped facets.
//! * `snapshot`: the catalog as bytes, for a start from the previous state.
//! * [`text`]: the full-text index, which answers which items match words, how well.

mod api;
mod bits;
mod build;
mod catalog;
mod eval;
mod facets;
mod listing;
mod snapshot;
pub mod text;

pub use api::{
    ApiFacet, ApiHit, ApiResults, ApiSearch, Ranker, orders_by_score, orders_by_score_alone,
};
pub use bits::Bits;
pub use catalog::{Catalog, CatalogItem, TITLE_KEY_CHARS, TooManyTerms, title_key};
pub use facets::FacetValue;
pub use listing::{Order, Query, Results};
pub use snapshot::SnapshotError;

#[cfg(test)]
mod tests;
