//! What the site does, independent of HTTP. The `web` crate answers requests with it; the
//! command line (`import`, `reindex`, `user`) uses it directly.
//!
//! - [`App`]: everything the site holds while it runs — the store, the clock, the site
//!   definition in effect, the catalog, the search index, rendered pages — and the
//!   operations that keep them in step.
//! - [`gate`]: the one gate for public reads ([`App::public`]).
//! - [`open`]: opening a data dir, first start included.
//! - [`indexing`]: following the database (the outbox) into the search index and the catalog.
//! - [`catalog`]: the in-memory catalog built from the store.
//! - [`catalog_snapshot`]: the catalog kept in the data dir between starts.
//! - [`site_in_effect`]: the site definition with the administrators' stored changes.
//! - [`accounts`]: passwords, tokens, logins and their throttling.
//! - [`preview`]: signed, expiring preview links.
//! - [`pages`]: rendered item pages kept in memory.
//! - [`work`]: CPU-heavy work off the async threads.

pub mod accounts;
mod app;
pub mod catalog;
pub mod catalog_snapshot;
mod error;
pub mod gate;
pub mod indexing;
pub mod open;
pub mod pages;
pub mod preview;
pub mod site_in_effect;
pub mod work;

pub use app::{App, StoredGlossary};
pub use error::Error;
pub use gate::{Public, PublicFile};
pub use open::{INDEX_DIR, StartError, open, open_with, site_sources_from_dir};
pub use pages::{CachedPage, CachedView, ENCODINGS, Encoded, etag_of};
pub use site_in_effect::SiteInEffect;
pub use work::CatalogQuery;
