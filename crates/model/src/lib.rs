//! The domain model of Communiqué: items, the organization's structures over time,
//! taxonomies, chairpersonships, the glossary, the one filter language and the one
//! visibility rule. No I/O, no async, no HTTP: everything here is a pure function of
//! its inputs (the clock is injected).

pub mod access;
pub mod clock;
pub mod date;
pub mod filter;
pub mod ids;
pub mod item;
pub mod menu;
pub mod query;
pub mod site;
pub mod site_change;
pub mod text;
pub mod validate;
pub mod visibility;

pub use clock::{Clock, FixedClock, SystemClock};
pub use date::HistDate;
pub use filter::{Dimension, Filter, FilterError};
pub use ids::{ItemId, LanguageCode, ParseError, Slug};
pub use item::{Item, ItemStatus, NewItem};
pub use site::{NameKind, SiteDefinition, SiteError, SiteSources};
pub use visibility::Visibility;
