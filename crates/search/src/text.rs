//! The full-text index (tantivy) in the data dir: one title and one text field per language,
//! each with that language's stemmer and stop words, and a field of the names an item is
//! filed under (sources with their former names, fields of work, countries, meeting series,
//! in every language). It answers "which items match these words, how well" — filters,
//! facets, visibility and ordering stay with the catalog, so both always agree.
//!
//! It holds only items that are public: an item enters at the instant it becomes public and
//! leaves when it stops being public. Everything derived from it — scores (the statistics of
//! BM25 count documents), "did you mean" (its dictionaries), completions (its words) — then
//! tells nothing about drafts, scheduled or embargoed items.
//!
//! The index can always be rebuilt from the database; `communique-meta.txt` beside it
//! records the schema version, the last change of the database it reflects, and the instant
//! up to which it has taken the items that became public.
//!
//! * `schema`: the fields of the index and the analyzers of each language.
//! * `meta`: what `communique-meta.txt` records.
//! * `index` ([`TextIndex`]): opening, writing, committing and reading matches.
//! * `parse`: reading a reader's query into a tantivy query.
//! * `spelling`: "did you mean" and completions.
//! * `collect`: the collector of every match with its score.

mod collect;
mod index;
mod meta;
mod parse;
mod schema;
mod spelling;

pub use index::{Matches, TextError, TextIndex, TextRanker};
pub use meta::IndexMeta;
pub use parse::{MAX_NESTING, SearchIn, all_query};
pub use schema::{LANGUAGES, Names, SCHEMA_VERSION, TextDoc};
pub use tantivy::query::Query as TantivyQuery;

#[cfg(test)]
mod tests;
