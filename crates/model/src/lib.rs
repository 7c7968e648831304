//! The domain model of Communiqué: items, the organization's structures over time,
//! taxonomies, chairpersonships, the glossary, the one filter language and the one
//! visibility rule. No I/O, no async, no HTTP: everything here is a pure function of
//! its inputs (the clock is injected).

/// Who may do what: roles, the structures a press officer writes for, the editorial workflow.
pub mod access;
/// The injected clock ("now" asked of a `Clock`, fixed in tests).
pub mod clock;
/// Dates of history known to a given precision (year, month or day).
pub mod date;
/// The one filter language of listings, taxonomy pages, search, feeds and the API.
pub mod filter;
/// Identifier newtypes: invalid values cannot exist past `parse`.
pub mod ids;
/// Items: press releases, news, statements… one row per language version.
pub mod item;
/// Menus resolved for a day (which structures are open, who holds the chair).
pub mod menu;
/// The query language of the public API (free text, filter tree, facets, sort, fields).
pub mod query;
/// The site definition: the organization, its taxonomies, structures over time, glossary.
pub mod site;
/// Changes to the organization made by administrators, applied over the site definition.
pub mod site_change;
/// Small text helpers: transliteration for slugs, name normalization for matching.
pub mod text;
/// The checks every item passes before it is stored, with a message per field.
pub mod validate;
/// The one rule that decides whether an item is public at an instant.
pub mod visibility;

pub use clock::{Clock, FixedClock, SystemClock};
pub use date::HistDate;
pub use filter::{Dimension, Filter, FilterError};
pub use ids::{ItemId, LanguageCode, ParseError, Slug};
pub use item::{Item, ItemStatus, NewItem};
pub use site::{NameKind, SiteDefinition, SiteError, SiteSources};
pub use visibility::Visibility;
