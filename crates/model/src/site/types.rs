//! The data of a site definition: the organization, its taxonomies, structures,
//! countries, chairpersonships, glossary, pages, menus and sample items.

use std::collections::{BTreeMap, HashMap};
use std::fmt;

use jiff::civil::Date;
use jiff::tz::TimeZone;
use serde::Deserialize;

use crate::date::HistDate;
use crate::ids::{LanguageCode, Slug};

/// The text of each file of a site definition, named by its path inside the site folder
/// (`structures.toml`, `glossary/en.toml`, `content/minsk.toml`).
#[derive(Debug, Clone, Default)]
pub struct SiteSources {
    /// A label for the folder in messages, e.g. `site/osce`.
    pub root: String,
    pub files: Vec<(String, String)>,
}

/// One problem found in a site definition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    /// The entry concerned, e.g. `structure 'office-in-minsk'`; empty for the whole file.
    pub entry: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.entry.is_empty() {
            write!(f, "{}: {}", self.file, self.message)
        } else {
            write!(f, "{}: {}: {}", self.file, self.entry, self.message)
        }
    }
}

/// Every problem found in a site definition (never empty).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct SiteError {
    pub problems: Vec<Problem>,
}

impl fmt::Display for SiteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "the site definition has {} problem(s):",
            self.problems.len()
        )?;
        for p in &self.problems {
            writeln!(f, "  {p}")?;
        }
        Ok(())
    }
}

// ---------------------------------------------------------------------------------------
// Validated definition
// ---------------------------------------------------------------------------------------

#[derive(Debug, Clone)]
pub struct Organization {
    pub name: String,
    pub short_name: String,
    /// Written before a structure's name when it is shown as a source ("OSCE").
    pub source_prefix: String,
    pub time_zone: TimeZone,
    pub time_zone_name: String,
    pub default_language: LanguageCode,
    pub languages: Vec<Language>,
    pub tagline: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Language {
    pub code: LanguageCode,
    /// The language's own name ("Русский").
    pub name: String,
}

/// An entry of a flat taxonomy (item types, fields of work, meeting series).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub slug: Slug,
    pub name: String,
    /// Names in the other languages of the site.
    #[serde(default)]
    pub names: BTreeMap<String, String>,
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Plural heading (item types only).
    #[serde(default)]
    pub plural: Option<String>,
}

impl Term {
    pub fn name_in(&self, lang: &str) -> &str {
        self.names
            .get(lang)
            .map(String::as_str)
            .unwrap_or(&self.name)
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CountryGroup {
    pub slug: Slug,
    pub name: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Country {
    pub slug: Slug,
    pub name: String,
    #[serde(default)]
    pub iso: Option<String>,
    #[serde(default)]
    pub group: Option<Slug>,
    #[serde(default)]
    pub names: BTreeMap<String, String>,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub dissolved: Option<HistDate>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum StructureKind {
    Chairpersonship,
    Secretariat,
    Unit,
    Group,
    Institution,
    FieldOperation,
    ParliamentaryAssembly,
    Court,
}

impl StructureKind {
    pub const ALL: [StructureKind; 8] = [
        StructureKind::Chairpersonship,
        StructureKind::Secretariat,
        StructureKind::Unit,
        StructureKind::Group,
        StructureKind::Institution,
        StructureKind::FieldOperation,
        StructureKind::ParliamentaryAssembly,
        StructureKind::Court,
    ];

    /// The name used in site files and forms ("field-operation").
    pub fn code(self) -> &'static str {
        match self {
            StructureKind::Chairpersonship => "chairpersonship",
            StructureKind::Secretariat => "secretariat",
            StructureKind::Unit => "unit",
            StructureKind::Group => "group",
            StructureKind::Institution => "institution",
            StructureKind::FieldOperation => "field-operation",
            StructureKind::ParliamentaryAssembly => "parliamentary-assembly",
            StructureKind::Court => "court",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            StructureKind::Chairpersonship => "Chairpersonship",
            StructureKind::Secretariat => "Secretariat",
            StructureKind::Unit => "Secretariat unit",
            StructureKind::Group => "Group of structures",
            StructureKind::Institution => "Institution",
            StructureKind::FieldOperation => "Field operation",
            StructureKind::ParliamentaryAssembly => "Parliamentary Assembly",
            StructureKind::Court => "Court",
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StructureName {
    pub name: String,
    /// When this name took effect; `None` on the first name (it starts with the structure).
    #[serde(default)]
    pub from: Option<HistDate>,
    /// The full form shown as a source, when it is not the prefix followed by the name.
    #[serde(default)]
    pub source: Option<String>,
    /// This name in the other languages of the site, by language code, each written in full
    /// as it is shown as a source in that language: the organization's name has its own
    /// place in each language ("Секретариат ОБСЕ", "Secrétariat de l'OSCE", "OSZE-Sekretariat"),
    /// so no prefix is added to a translation.
    #[serde(default)]
    pub translations: BTreeMap<String, String>,
}

impl StructureName {
    /// The name in `lang` as shown as a source, when the site translates it.
    pub fn translation(&self, lang: &str) -> Option<&str> {
        self.translations.get(lang).map(String::as_str)
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Structure {
    pub slug: Slug,
    pub kind: StructureKind,
    #[serde(default)]
    pub parent: Option<Slug>,
    #[serde(default)]
    pub opened: Option<HistDate>,
    #[serde(default)]
    pub closed: Option<HistDate>,
    #[serde(default)]
    pub country: Option<Slug>,
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Oldest first; the last is the current name.
    pub names: Vec<StructureName>,
    #[serde(skip)]
    pub children: Vec<usize>,
    #[serde(skip)]
    pub ancestors: Vec<usize>,
}

impl Structure {
    pub fn current_name(&self) -> &StructureName {
        // Validation guarantees at least one name.
        &self.names[self.names.len() - 1]
    }

    /// The name in force on `date`.
    pub fn name_at(&self, date: Date) -> &StructureName {
        self.names
            .iter()
            .rev()
            .find(|n| n.from.is_none_or(|f| f.first_day <= date))
            .unwrap_or(&self.names[0])
    }

    /// Closed on `date`: the closing date (its last possible day) is before `date`.
    pub fn is_closed_on(&self, date: Date) -> bool {
        self.closed.is_some_and(|c| c.last_day() < date)
    }

    /// Open on `date`: opened (or of unknown opening) and not closed.
    pub fn is_open_on(&self, date: Date) -> bool {
        self.opened.is_none_or(|o| o.first_day <= date) && !self.is_closed_on(date)
    }

    /// Names that were in force before the current one (newest first).
    pub fn former_names(&self) -> impl Iterator<Item = &StructureName> {
        self.names.iter().rev().skip(1)
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Chairpersonship {
    pub year: i16,
    pub country: Slug,
}

#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct GlossaryEntry {
    pub abbr: String,
    pub expansion: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Page {
    pub slug: Slug,
    pub title: String,
    pub body: Vec<String>,
}

/// One entry of a menu group, as written in `menus.toml`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MenuEntry {
    /// Every entry of a taxonomy: `fields-of-work` or `meetings`.
    All(TaxonomyList),
    /// One structure (a link to its page).
    Structure {
        slug: Slug,
        label: Option<String>,
    },
    /// The structure's children (all of them open on the day the menu is shown).
    OpenChildren(Slug),
    /// A link to the list of the structure's closed children.
    ClosedChildren {
        slug: Slug,
        label: String,
    },
    /// Every country of a group, the current chairpersonship marked.
    CountryGroupMembers(Slug),
    /// A link to a country group's page.
    CountryGroup(Slug),
    Page(Slug),
    Link {
        href: String,
        label: String,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TaxonomyList {
    FieldsOfWork,
    Meetings,
}

#[derive(Debug, Clone)]
pub struct MenuGroup {
    pub label: Option<String>,
    pub href: Option<String>,
    pub entries: Vec<MenuEntry>,
}

#[derive(Debug, Clone)]
pub struct MenuSection {
    pub label: String,
    pub groups: Vec<MenuGroup>,
}

/// Sample content shipped with the site (the seed press release).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SampleItem {
    pub external_id: String,
    #[serde(rename = "type")]
    pub item_type: Slug,
    pub language: LanguageCode,
    pub title: String,
    /// The day of publication at the place (the item is published at 00:00 there).
    pub date: HistDate,
    pub place: String,
    pub time_zone: String,
    #[serde(default)]
    pub summary: String,
    #[serde(default)]
    pub sources: Vec<Slug>,
    #[serde(default)]
    pub fields_of_work: Vec<Slug>,
    #[serde(default)]
    pub countries: Vec<Slug>,
    #[serde(default)]
    pub meetings: Vec<Slug>,
    /// Body paragraphs, plain text.
    pub body: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct SiteDefinition {
    pub organization: Organization,
    pub item_types: Vec<Term>,
    pub fields: Vec<Term>,
    pub meetings: Vec<Term>,
    pub country_groups: Vec<CountryGroup>,
    pub countries: Vec<Country>,
    pub structures: Vec<Structure>,
    pub chairpersonships: Vec<Chairpersonship>,
    pub glossary: BTreeMap<LanguageCode, Vec<GlossaryEntry>>,
    pub pages: Vec<Page>,
    pub menus: Vec<MenuSection>,
    pub sample_items: Vec<SampleItem>,
    pub(super) index: Index,
}

#[derive(Debug, Clone, Default)]
pub(super) struct Index {
    pub(super) item_types: HashMap<Slug, usize>,
    pub(super) fields: HashMap<Slug, usize>,
    pub(super) meetings: HashMap<Slug, usize>,
    pub(super) countries: HashMap<Slug, usize>,
    pub(super) country_groups: HashMap<Slug, usize>,
    pub(super) structures: HashMap<Slug, usize>,
    pub(super) pages: HashMap<Slug, usize>,
    pub(super) chair_by_year: HashMap<i16, usize>,
    /// Every name, former name, alias, translation and slug, normalized, to its entry.
    pub(super) names: HashMap<(NameKind, String), Slug>,
}

/// The kinds of entries an imported name can refer to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NameKind {
    Type,
    FieldOfWork,
    Country,
    Meeting,
    Source,
}

impl NameKind {
    pub fn label(self) -> &'static str {
        match self {
            NameKind::Type => "type",
            NameKind::FieldOfWork => "field of work",
            NameKind::Country => "country",
            NameKind::Meeting => "meeting series",
            NameKind::Source => "source",
        }
    }
}
