//! The site definition: the organization, its languages, taxonomies, structures over time,
//! countries, chairpersonships, glossary, pages and menus, as data. It is parsed from TOML
//! sources and validated as a whole; a broken reference is refused with the file, the entry
//! and the problem.

/// Pages and sample items shipped with the site.
mod content;
/// The validated definition, its organization and languages, and the look-ups by slug.
mod definition;
/// Filter values checked against the site's entries, and their labels.
mod filter_values;
/// The glossary of abbreviations, by language.
mod glossary;
/// What each structure, field of work and country is, per language, and how to reach it.
mod introductions;
/// Parsing the TOML sources into a definition and checking it as a whole.
mod load;
/// The menus as written in `menus.toml`.
mod menus;
/// What the definition does not name in each of its languages.
mod missing;
/// The names entries answer to (current, former, translated, aliases), and their resolution.
mod names;
/// The TOML files as written, before validation.
mod raw;
/// The text of the site's files and the problems found in them.
mod sources;
/// The organization's structures and their names over time.
mod structures;
/// Taxonomy terms, countries and their groups, and chairpersonships.
mod terms;
/// Checks of structures, menus and sample items against the rest of the definition.
mod validate;

pub use content::{Page, SampleItem};
pub use definition::{Language, Organization, SiteDefinition};
pub use glossary::GlossaryEntry;
pub use introductions::{
    FoundPressContact, Head, Introduced, Introduction, Introductions, MAX_ADDRESS_LINES,
    MAX_DESCRIPTION, MAX_LINE, PressContact,
};
pub use menus::{MenuEntry, MenuGroup, MenuSection, TaxonomyList};
pub use missing::MissingNames;
pub use names::NameKind;
pub use sources::{Problem, SiteError, SiteSources};
pub use structures::{Structure, StructureKind, StructureName};
pub use terms::{Chairpersonship, Country, CountryGroup, Term};
pub(crate) use validate::did_you_mean;
