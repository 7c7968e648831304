//! The site definition: the organization, its languages, taxonomies, structures over time,
//! countries, chairpersonships, glossary, pages and menus, as data. It is parsed from TOML
//! sources and validated as a whole; a broken reference is refused with the file, the entry
//! and the problem.
//!
//! * `types`: the data of a definition ([`SiteDefinition`] and its parts).
//! * `raw` and `load`: parsing the TOML files and validating them as a whole.
//! * `lookup`: entries by slug or name, the structure tree, filter values.
//! * `validate`: structures, menus and sample items; the index after a change.

mod load;
mod lookup;
mod raw;
mod types;
mod validate;

pub use types::*;
pub(crate) use validate::did_you_mean;
