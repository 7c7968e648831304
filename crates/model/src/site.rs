//! The site definition: the organization, its languages, taxonomies, structures over time,
//! countries, chairpersonships, glossary, pages and menus, as data. It is parsed from TOML
//! sources and validated as a whole; a broken reference is refused with the file, the entry
//! and the problem.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;

use jiff::civil::Date;
use jiff::tz::TimeZone;
use serde::Deserialize;

use crate::date::HistDate;
use crate::filter::{Dimension, FilterError};
use crate::ids::{LanguageCode, Slug};
use crate::text::{closest, normalize_name};

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
    index: Index,
}

#[derive(Debug, Clone, Default)]
struct Index {
    item_types: HashMap<Slug, usize>,
    fields: HashMap<Slug, usize>,
    meetings: HashMap<Slug, usize>,
    countries: HashMap<Slug, usize>,
    country_groups: HashMap<Slug, usize>,
    structures: HashMap<Slug, usize>,
    pages: HashMap<Slug, usize>,
    chair_by_year: HashMap<i16, usize>,
    /// Every name, former name, alias, translation and slug, normalized, to its entry.
    names: HashMap<(NameKind, String), Slug>,
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

// ---------------------------------------------------------------------------------------
// Raw files
// ---------------------------------------------------------------------------------------

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSite {
    organization: RawOrganization,
    #[serde(rename = "item_type")]
    item_types: Vec<Term>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOrganization {
    name: String,
    short_name: String,
    source_prefix: String,
    time_zone: String,
    default_language: LanguageCode,
    languages: Vec<Language>,
    #[serde(default)]
    tagline: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFields {
    field: Vec<Term>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMeetings {
    meeting: Vec<Term>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCountries {
    group: Vec<CountryGroup>,
    country: Vec<Country>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStructures {
    structure: Vec<Structure>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawChairs {
    chairpersonship: Vec<Chairpersonship>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGlossary {
    entry: Vec<GlossaryEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPages {
    #[serde(default)]
    page: Vec<Page>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMenus {
    section: Vec<RawSection>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSection {
    label: String,
    group: Vec<RawGroup>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGroup {
    #[serde(default)]
    label: Option<String>,
    #[serde(default)]
    href: Option<String>,
    entries: Vec<RawEntry>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawEntry {
    all: Option<String>,
    structure: Option<Slug>,
    open_children: Option<Slug>,
    closed_children: Option<Slug>,
    country_group_members: Option<Slug>,
    country_group: Option<Slug>,
    page: Option<Slug>,
    link: Option<String>,
    label: Option<String>,
}

// ---------------------------------------------------------------------------------------
// Loading
// ---------------------------------------------------------------------------------------

struct Loader<'a> {
    sources: &'a SiteSources,
    problems: Vec<Problem>,
}

impl<'a> Loader<'a> {
    fn file_label(&self, name: &str) -> String {
        if self.sources.root.is_empty() {
            name.to_owned()
        } else {
            format!("{}/{}", self.sources.root, name)
        }
    }

    fn problem(&mut self, file: &str, entry: impl Into<String>, message: impl Into<String>) {
        let file = self.file_label(file);
        self.problems.push(Problem {
            file,
            entry: entry.into(),
            message: message.into(),
        });
    }

    fn text(&mut self, name: &str) -> Option<&'a str> {
        let sources: &'a SiteSources = self.sources;
        let found = sources
            .files
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, t)| t.as_str());
        if found.is_none() {
            self.problem(name, "", "file is missing");
        }
        found
    }

    fn parse<T: serde::de::DeserializeOwned>(&mut self, name: &str) -> Option<T> {
        let text = self.text(name)?;
        self.parse_text(name, text)
    }

    fn parse_text<T: serde::de::DeserializeOwned>(&mut self, name: &str, text: &str) -> Option<T> {
        match toml::from_str::<T>(text) {
            Ok(v) => Some(v),
            Err(e) => {
                let msg = e.message().to_owned();
                let at = e
                    .span()
                    .map(|s| line_col(text, s.start))
                    .map(|(l, c)| format!("line {l}, column {c}: "));
                self.problem(name, "", format!("{}{}", at.unwrap_or_default(), msg));
                None
            }
        }
    }
}

fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

fn check_unique<'s>(
    loader: &mut Loader<'_>,
    file: &str,
    what: &str,
    slugs: impl Iterator<Item = &'s Slug>,
) -> HashMap<Slug, usize> {
    let mut map = HashMap::new();
    for (i, slug) in slugs.enumerate() {
        if map.insert(slug.clone(), i).is_some() {
            loader.problem(file, format!("{what} '{slug}'"), "duplicate slug");
        }
    }
    map
}

impl SiteDefinition {
    /// Parses and validates a whole site definition.
    pub fn load(sources: &SiteSources) -> Result<SiteDefinition, SiteError> {
        let mut l = Loader {
            sources,
            problems: Vec::new(),
        };
        let site: Option<RawSite> = l.parse("site.toml");
        let fields: Option<RawFields> = l.parse("fields_of_work.toml");
        let meetings: Option<RawMeetings> = l.parse("meetings.toml");
        let countries: Option<RawCountries> = l.parse("countries.toml");
        let structures: Option<RawStructures> = l.parse("structures.toml");
        let chairs: Option<RawChairs> = l.parse("chairpersonships.toml");
        let pages: Option<RawPages> = l.parse("pages.toml");
        let menus: Option<RawMenus> = l.parse("menus.toml");

        let mut glossary = BTreeMap::new();
        let mut sample_items = Vec::new();
        let mut sample_files = Vec::new();
        for (name, text) in &sources.files {
            if let Some(lang) = name
                .strip_prefix("glossary/")
                .and_then(|n| n.strip_suffix(".toml"))
            {
                match LanguageCode::parse(lang) {
                    Ok(code) => {
                        if let Some(g) = l.parse_text::<RawGlossary>(name, text) {
                            glossary.insert(code, g.entry);
                        }
                    }
                    Err(e) => l.problem(
                        name,
                        "",
                        format!("glossary files are named after a language: {e}"),
                    ),
                }
            } else if name.starts_with("content/")
                && name.ends_with(".toml")
                && let Some(item) = l.parse_text::<SampleItem>(name, text)
            {
                sample_items.push(item);
                sample_files.push(name.clone());
            }
        }

        let (
            Some(site),
            Some(fields),
            Some(meetings),
            Some(countries),
            Some(structures),
            Some(chairs),
            Some(pages),
            Some(menus),
        ) = (
            site, fields, meetings, countries, structures, chairs, pages, menus,
        )
        else {
            return Err(SiteError {
                problems: l.problems,
            });
        };

        let time_zone = match TimeZone::get(&site.organization.time_zone) {
            Ok(tz) => tz,
            Err(_) => {
                l.problem(
                    "site.toml",
                    "organization",
                    format!("unknown time zone '{}'", site.organization.time_zone),
                );
                TimeZone::UTC
            }
        };
        let org = site.organization;
        if !org
            .languages
            .iter()
            .any(|lang| lang.code == org.default_language)
        {
            l.problem(
                "site.toml",
                "organization",
                format!(
                    "default language '{}' is not among the languages",
                    org.default_language
                ),
            );
        }
        let organization = Organization {
            name: org.name,
            short_name: org.short_name,
            source_prefix: org.source_prefix,
            time_zone,
            time_zone_name: org.time_zone,
            default_language: org.default_language,
            languages: org.languages,
            tagline: org.tagline,
        };

        let mut index = Index {
            item_types: check_unique(
                &mut l,
                "site.toml",
                "item type",
                site.item_types.iter().map(|t| &t.slug),
            ),
            fields: check_unique(
                &mut l,
                "fields_of_work.toml",
                "field",
                fields.field.iter().map(|t| &t.slug),
            ),
            meetings: check_unique(
                &mut l,
                "meetings.toml",
                "meeting",
                meetings.meeting.iter().map(|t| &t.slug),
            ),
            countries: check_unique(
                &mut l,
                "countries.toml",
                "country",
                countries.country.iter().map(|c| &c.slug),
            ),
            country_groups: check_unique(
                &mut l,
                "countries.toml",
                "group",
                countries.group.iter().map(|g| &g.slug),
            ),
            structures: check_unique(
                &mut l,
                "structures.toml",
                "structure",
                structures.structure.iter().map(|s| &s.slug),
            ),
            pages: check_unique(
                &mut l,
                "pages.toml",
                "page",
                pages.page.iter().map(|p| &p.slug),
            ),
            chair_by_year: HashMap::new(),
            names: HashMap::new(),
        };
        for g in &countries.group {
            if index.countries.contains_key(&g.slug) {
                l.problem(
                    "countries.toml",
                    format!("group '{}'", g.slug),
                    "duplicate slug: a country has the same slug",
                );
            }
        }
        for c in &countries.country {
            if let Some(g) = &c.group
                && !index.country_groups.contains_key(g)
            {
                l.problem(
                    "countries.toml",
                    format!("country '{}'", c.slug),
                    format!("unknown group '{g}'"),
                );
            }
        }

        let mut structures = structures.structure;
        validate_structures(&mut l, &mut structures, &index, &organization);

        for (i, ch) in chairs.chairpersonship.iter().enumerate() {
            let entry = format!("chairpersonship {}", ch.year);
            if !(1975..=2200).contains(&ch.year) {
                l.problem("chairpersonships.toml", &entry, "invalid year");
            }
            if !index.countries.contains_key(&ch.country) {
                let known: Vec<&str> = countries.country.iter().map(|c| c.slug.as_str()).collect();
                let hint = closest(ch.country.as_str(), known.into_iter(), 1);
                l.problem(
                    "chairpersonships.toml",
                    &entry,
                    format!("unknown country '{}'{}", ch.country, did_you_mean(&hint)),
                );
            }
            if index.chair_by_year.insert(ch.year, i).is_some() {
                l.problem("chairpersonships.toml", &entry, "duplicate year");
            }
        }

        for (lang, entries) in &glossary {
            let mut seen = HashSet::new();
            for e in entries {
                let file = format!("glossary/{lang}.toml");
                if e.abbr.trim().is_empty()
                    || e.expansion.trim().is_empty()
                    || e.abbr.contains(char::is_whitespace)
                {
                    l.problem(
                        &file,
                        format!("entry '{}'", e.abbr),
                        "an abbreviation is one word with a non-empty expansion",
                    );
                }
                if !seen.insert(e.abbr.clone()) {
                    l.problem(
                        &file,
                        format!("entry '{}'", e.abbr),
                        "duplicate abbreviation",
                    );
                }
            }
        }

        let mut def = SiteDefinition {
            organization,
            item_types: site.item_types,
            fields: fields.field,
            meetings: meetings.meeting,
            country_groups: countries.group,
            countries: countries.country,
            structures,
            chairpersonships: chairs.chairpersonship,
            glossary,
            pages: pages.page,
            menus: Vec::new(),
            sample_items: Vec::new(),
            index: Index::default(),
        };
        def.index = std::mem::take(&mut index);
        def.index.names = def.name_index();
        def.menus = validate_menus(&mut l, menus, &def);
        for (item, file) in sample_items.iter().zip(&sample_files) {
            validate_sample(&mut l, file, item, &def);
        }
        def.sample_items = sample_items;

        if l.problems.is_empty() {
            Ok(def)
        } else {
            Err(SiteError {
                problems: l.problems,
            })
        }
    }

    // --- look-ups ------------------------------------------------------------------------

    pub fn item_type(&self, slug: &str) -> Option<&Term> {
        Slug::parse(slug)
            .ok()
            .and_then(|s| self.index.item_types.get(&s))
            .map(|&i| &self.item_types[i])
    }

    pub fn field(&self, slug: &str) -> Option<&Term> {
        Slug::parse(slug)
            .ok()
            .and_then(|s| self.index.fields.get(&s))
            .map(|&i| &self.fields[i])
    }

    pub fn meeting(&self, slug: &str) -> Option<&Term> {
        Slug::parse(slug)
            .ok()
            .and_then(|s| self.index.meetings.get(&s))
            .map(|&i| &self.meetings[i])
    }

    pub fn country(&self, slug: &str) -> Option<&Country> {
        Slug::parse(slug)
            .ok()
            .and_then(|s| self.index.countries.get(&s))
            .map(|&i| &self.countries[i])
    }

    pub fn country_group(&self, slug: &str) -> Option<&CountryGroup> {
        Slug::parse(slug)
            .ok()
            .and_then(|s| self.index.country_groups.get(&s))
            .map(|&i| &self.country_groups[i])
    }

    pub fn countries_in_group<'a>(
        &'a self,
        group: &'a str,
    ) -> impl Iterator<Item = &'a Country> + 'a {
        self.countries
            .iter()
            .filter(move |c| c.group.as_ref().is_some_and(|g| g.as_str() == group))
    }

    pub fn structure_index(&self, slug: &str) -> Option<usize> {
        Slug::parse(slug)
            .ok()
            .and_then(|s| self.index.structures.get(&s).copied())
    }

    pub fn structure(&self, slug: &str) -> Option<&Structure> {
        self.structure_index(slug).map(|i| &self.structures[i])
    }

    pub fn page(&self, slug: &str) -> Option<&Page> {
        Slug::parse(slug)
            .ok()
            .and_then(|s| self.index.pages.get(&s))
            .map(|&i| &self.pages[i])
    }

    pub fn language(&self, code: &str) -> Option<&Language> {
        self.organization
            .languages
            .iter()
            .find(|l| l.code.as_str() == code)
    }

    pub fn glossary_for(&self, lang: &str) -> &[GlossaryEntry] {
        self.glossary
            .iter()
            .find(|(l, _)| l.as_str() == lang)
            .map(|(_, e)| e.as_slice())
            .unwrap_or(&[])
    }

    /// Today's date in the organization's time zone.
    pub fn today(&self, now: jiff::Timestamp) -> Date {
        self.organization.time_zone.to_datetime(now).date()
    }

    // --- chairpersonship ----------------------------------------------------------------

    pub fn chairpersonship(&self, year: i16) -> Option<(&Chairpersonship, &Country)> {
        let ch = &self.chairpersonships[*self.index.chair_by_year.get(&year)?];
        Some((ch, self.country(ch.country.as_str())?))
    }

    /// The chairpersonship in force at `now`, read in the organization's time zone.
    pub fn current_chairpersonship(
        &self,
        now: jiff::Timestamp,
    ) -> Option<(&Chairpersonship, &Country)> {
        self.chairpersonship(self.today(now).year())
    }

    /// "Switzerland – OSCE Chairpersonship 2026".
    pub fn chairpersonship_label(&self, ch: &Chairpersonship, country: &Country) -> String {
        format!(
            "{} – {} Chairpersonship {}",
            country.name, self.organization.short_name, ch.year
        )
    }

    // --- structures ---------------------------------------------------------------------

    /// How a structure is shown as the source of an item dated `item_date`, seen on `today`:
    /// the name it had then, and "(closed)" if it is closed now.
    pub fn source_label(&self, s: &Structure, item_date: Date, today: Date) -> String {
        self.source_label_in(
            s,
            item_date,
            today,
            self.organization.default_language.as_str(),
        )
    }

    /// [`source_label`](Self::source_label) for an item written in `lang`: the translation
    /// of the name in force then, when the site gives one, otherwise the name in the default
    /// language. "(closed)" is written as in the rest of the site's interface.
    pub fn source_label_in(
        &self,
        s: &Structure,
        item_date: Date,
        today: Date,
        lang: &str,
    ) -> String {
        let name = s.name_at(item_date);
        let mut label = match (name.translation(lang), &name.source) {
            (Some(translated), _) => translated.to_owned(),
            (None, Some(full)) => full.clone(),
            (None, None) if self.organization.source_prefix.is_empty() => name.name.clone(),
            (None, None) => format!("{} {}", self.organization.source_prefix, name.name),
        };
        if s.is_closed_on(today) {
            label.push_str(" (closed)");
        }
        label
    }

    pub fn children_of(&self, s: &Structure) -> impl Iterator<Item = &Structure> {
        s.children.iter().map(|&i| &self.structures[i])
    }

    pub fn parent_of(&self, s: &Structure) -> Option<&Structure> {
        s.ancestors.first().map(|&i| &self.structures[i])
    }

    /// The slugs of a structure and all its ancestors (a filter on an ancestor matches).
    pub fn structure_with_ancestors(&self, idx: usize) -> impl Iterator<Item = &Slug> {
        std::iter::once(idx)
            .chain(self.structures[idx].ancestors.iter().copied())
            .map(|i| &self.structures[i].slug)
    }

    // --- filters ------------------------------------------------------------------------

    /// Checks a filter value and returns its canonical form.
    pub fn check_filter_value(&self, dim: Dimension, value: &str) -> Result<String, FilterError> {
        let known = match dim {
            Dimension::Year => {
                return if value.len() == 4 && value.bytes().all(|b| b.is_ascii_digit()) {
                    Ok(value.to_owned())
                } else {
                    Err(FilterError::BadYear {
                        value: crate::text::shown(value),
                    })
                };
            }
            _ if crate::text::too_long_for_a_name(value) => {
                return Err(FilterError::UnknownValue {
                    dimension: dim,
                    value: crate::text::shown(value),
                    suggestions: Vec::new(),
                });
            }
            Dimension::Type => self.item_type(value).is_some(),
            Dimension::Language => self.language(value).is_some(),
            Dimension::FieldOfWork => self.field(value).is_some(),
            Dimension::Country => self.country(value).is_some(),
            Dimension::Source => self.structure(value).is_some(),
            Dimension::Meeting => self.meeting(value).is_some(),
        };
        if known {
            return Ok(value.to_owned());
        }
        let candidates = self.vocabulary(dim);
        let suggestions = closest(value, candidates.into_iter(), 3)
            .into_iter()
            .map(str::to_owned)
            .collect();
        Err(FilterError::UnknownValue {
            dimension: dim,
            value: crate::text::shown(value),
            suggestions,
        })
    }

    /// The values a dimension's filter can take (the slugs of its vocabulary; none for
    /// years, which are checked by their form).
    pub fn vocabulary(&self, dim: Dimension) -> Vec<&str> {
        match dim {
            Dimension::Type => self.item_types.iter().map(|t| t.slug.as_str()).collect(),
            Dimension::Language => self
                .organization
                .languages
                .iter()
                .map(|l| l.code.as_str())
                .collect(),
            Dimension::FieldOfWork => self.fields.iter().map(|t| t.slug.as_str()).collect(),
            Dimension::Country => self.countries.iter().map(|c| c.slug.as_str()).collect(),
            Dimension::Source => self.structures.iter().map(|s| s.slug.as_str()).collect(),
            Dimension::Meeting => self.meetings.iter().map(|t| t.slug.as_str()).collect(),
            Dimension::Year => Vec::new(),
        }
    }

    /// The label of a filter value (for facet lists and headings).
    pub fn filter_value_label(&self, dim: Dimension, value: &str, today: Date) -> String {
        let label = match dim {
            Dimension::Type => self.item_type(value).map(|t| t.name.clone()),
            Dimension::Language => self.language(value).map(|l| l.name.clone()),
            Dimension::FieldOfWork => self.field(value).map(|t| t.name.clone()),
            Dimension::Country => self.country(value).map(|c| c.name.clone()),
            Dimension::Meeting => self.meeting(value).map(|t| t.name.clone()),
            Dimension::Source => self.structure(value).map(|s| {
                let mut name = s.current_name().name.clone();
                if s.is_closed_on(today) {
                    name.push_str(" (closed)");
                }
                name
            }),
            Dimension::Year => None,
        };
        label.unwrap_or_else(|| value.to_owned())
    }

    // --- names --------------------------------------------------------------------------

    /// The key a name is matched by: normalized (case, spacing, punctuation), without the
    /// organization's prefix and a trailing "(closed)".
    fn name_key(&self, name: &str) -> String {
        let mut n = normalize_name(name);
        if let Some(stripped) = n.strip_suffix(" closed") {
            n = stripped.to_owned();
        }
        let prefix = normalize_name(&self.organization.source_prefix);
        if !prefix.is_empty()
            && let Some(stripped) = n.strip_prefix(&format!("{prefix} "))
        {
            n = stripped.to_owned();
        }
        n
    }

    fn name_index(&self) -> HashMap<(NameKind, String), Slug> {
        let mut map = HashMap::new();
        let mut add = |kind: NameKind, name: &str, slug: &Slug| {
            let key = self.name_key(name);
            if !key.is_empty() {
                map.entry((kind, key)).or_insert_with(|| slug.clone());
            }
        };
        let terms = [
            (NameKind::Type, &self.item_types),
            (NameKind::FieldOfWork, &self.fields),
            (NameKind::Meeting, &self.meetings),
        ];
        for (kind, list) in terms {
            for t in list {
                add(kind, t.slug.as_str(), &t.slug);
                add(kind, &t.name, &t.slug);
                for n in t.names.values().chain(&t.aliases).chain(t.plural.iter()) {
                    add(kind, n, &t.slug);
                }
            }
        }
        for c in &self.countries {
            add(NameKind::Country, c.slug.as_str(), &c.slug);
            add(NameKind::Country, &c.name, &c.slug);
            for n in c.names.values().chain(&c.aliases).chain(c.iso.iter()) {
                add(NameKind::Country, n, &c.slug);
            }
        }
        for st in &self.structures {
            add(NameKind::Source, st.slug.as_str(), &st.slug);
            for n in &st.names {
                add(NameKind::Source, &n.name, &st.slug);
                for full in n.source.iter().chain(n.translations.values()) {
                    add(NameKind::Source, full, &st.slug);
                }
            }
            for a in &st.aliases {
                add(NameKind::Source, a, &st.slug);
            }
        }
        map
    }

    /// The entry a name refers to: any current or former name, translation, alias or slug,
    /// in any case and spacing, with or without the organization's prefix and "(closed)".
    /// On failure, the closest known names.
    pub fn resolve_name(&self, kind: NameKind, name: &str) -> Result<Slug, Vec<String>> {
        if crate::text::too_long_for_a_name(name) {
            return Err(Vec::new());
        }
        if let Some(slug) = self.index.names.get(&(kind, self.name_key(name))) {
            return Ok(slug.clone());
        }
        let key = self.name_key(name);
        let candidates: Vec<&str> = self
            .index
            .names
            .keys()
            .filter(|(k, _)| *k == kind)
            .map(|(_, n)| n.as_str())
            .collect();
        let close = closest(&key, candidates.into_iter(), 3);
        Err(close
            .into_iter()
            .filter_map(|n| self.index.names.get(&(kind, n.to_owned())))
            .map(|slug| self.display_name(kind, slug))
            .fold(Vec::new(), |mut v, n| {
                if !v.contains(&n) {
                    v.push(n);
                }
                v
            }))
    }

    fn display_name(&self, kind: NameKind, slug: &Slug) -> String {
        let s = slug.as_str();
        let name = match kind {
            NameKind::Type => self.item_type(s).map(|t| t.name.clone()),
            NameKind::FieldOfWork => self.field(s).map(|t| t.name.clone()),
            NameKind::Meeting => self.meeting(s).map(|t| t.name.clone()),
            NameKind::Country => self.country(s).map(|c| c.name.clone()),
            NameKind::Source => self.structure(s).map(|st| st.current_name().name.clone()),
        };
        name.unwrap_or_else(|| s.to_owned())
    }

    /// Finds a structure by any of its names (current or former, in any language of the
    /// site, with or without the prefix, any case and spacing, "(closed)" ignored), an alias
    /// or its slug.
    pub fn find_structure_by_name(&self, name: &str) -> Option<&Structure> {
        self.resolve_name(NameKind::Source, name)
            .ok()
            .and_then(|slug| self.structure(slug.as_str()))
    }
}

impl SiteDefinition {
    /// Recomputes the look-up tables and the structure tree after the definition's lists
    /// were changed by a [`SiteChange`](crate::site_change::SiteChange) that was checked
    /// beforehand (unique slugs, known parents, no cycles: a new structure is a leaf).
    pub(crate) fn rebuild_index(&mut self) {
        fn positions<'a>(slugs: impl Iterator<Item = &'a Slug>) -> HashMap<Slug, usize> {
            slugs.enumerate().map(|(i, s)| (s.clone(), i)).collect()
        }
        self.index.item_types = positions(self.item_types.iter().map(|t| &t.slug));
        self.index.fields = positions(self.fields.iter().map(|t| &t.slug));
        self.index.meetings = positions(self.meetings.iter().map(|t| &t.slug));
        self.index.countries = positions(self.countries.iter().map(|c| &c.slug));
        self.index.country_groups = positions(self.country_groups.iter().map(|g| &g.slug));
        self.index.structures = positions(self.structures.iter().map(|s| &s.slug));
        self.index.pages = positions(self.pages.iter().map(|p| &p.slug));
        self.index.chair_by_year = self
            .chairpersonships
            .iter()
            .enumerate()
            .map(|(i, c)| (c.year, i))
            .collect();
        let parent_of: Vec<Option<usize>> = self
            .structures
            .iter()
            .map(|s| {
                s.parent
                    .as_ref()
                    .and_then(|p| self.index.structures.get(p).copied())
            })
            .collect();
        for s in &mut self.structures {
            s.children.clear();
            s.ancestors.clear();
        }
        for i in 0..self.structures.len() {
            let mut chain = Vec::new();
            let mut cur = parent_of[i];
            while let Some(p) = cur {
                if p == i || chain.contains(&p) {
                    chain.clear();
                    break;
                }
                chain.push(p);
                cur = parent_of[p];
            }
            if let Some(&p) = chain.first() {
                self.structures[p].children.push(i);
            }
            self.structures[i].ancestors = chain;
        }
        self.index.names = self.name_index();
    }

    /// Whether two names are the same as imports compare them (case, spacing, punctuation,
    /// the organization's prefix).
    pub fn same_name(&self, a: &str, b: &str) -> bool {
        self.name_key(a) == self.name_key(b)
    }

    /// The entry of `kind` that already answers to `name` (a name, former name,
    /// translation, alias or slug, compared as imports compare them).
    pub fn entry_named(&self, kind: NameKind, name: &str) -> Option<&Slug> {
        self.index.names.get(&(kind, self.name_key(name)))
    }
}

pub(crate) fn did_you_mean(hint: &[&str]) -> String {
    hint.first()
        .map(|h| format!(" — did you mean '{h}'?"))
        .unwrap_or_default()
}

fn validate_structures(
    l: &mut Loader<'_>,
    structures: &mut [Structure],
    index: &Index,
    org: &Organization,
) {
    const FILE: &str = "structures.toml";
    let languages: Vec<&str> = org
        .languages
        .iter()
        .map(|lang| lang.code.as_str())
        .collect();
    let n = structures.len();
    let mut parent_of: Vec<Option<usize>> = vec![None; n];
    for (i, s) in structures.iter().enumerate() {
        let entry = format!("structure '{}'", s.slug);
        if s.names.is_empty() {
            l.problem(FILE, &entry, "has no name");
        }
        for (k, name) in s.names.iter().enumerate() {
            if name.name.trim().is_empty() {
                l.problem(FILE, &entry, "has an empty name");
            }
            if k > 0 && name.from.is_none() {
                l.problem(
                    FILE,
                    &entry,
                    format!(
                        "name '{}' needs a `from` date (it is not the first name)",
                        name.name
                    ),
                );
            }
            for (lang, text) in &name.translations {
                let problem = if lang.as_str() == org.default_language.as_str() {
                    format!(
                        "name '{}': a translation in '{lang}', the default language, which the name itself is in",
                        name.name
                    )
                } else if !languages.contains(&lang.as_str()) {
                    format!(
                        "name '{}': a translation in '{lang}', which is not a language of the site ({})",
                        name.name,
                        languages.join(", ")
                    )
                } else if text.trim().is_empty() {
                    format!("name '{}': an empty translation in '{lang}'", name.name)
                } else {
                    continue;
                };
                l.problem(FILE, &entry, problem);
            }
        }
        let froms: Vec<HistDate> = s.names.iter().filter_map(|n| n.from).collect();
        if froms.windows(2).any(|w| w[0] > w[1]) {
            l.problem(FILE, &entry, "names must be listed oldest first");
        }
        if let (Some(o), Some(c)) = (s.opened, s.closed)
            && c.last_day() < o.first_day
        {
            l.problem(FILE, &entry, format!("closed ({c}) before it opened ({o})"));
        }
        if let Some(c) = &s.country
            && !index.countries.contains_key(c)
        {
            l.problem(FILE, &entry, format!("unknown country '{c}'"));
        }
        if let Some(p) = &s.parent {
            match index.structures.get(p) {
                Some(&pi) => parent_of[i] = Some(pi),
                None => {
                    let known: Vec<&str> = structures.iter().map(|s| s.slug.as_str()).collect();
                    let hint = closest(p.as_str(), known.into_iter(), 1);
                    l.problem(
                        FILE,
                        &entry,
                        format!("unknown parent '{p}'{}", did_you_mean(&hint)),
                    );
                }
            }
        }
    }
    // Ancestors, refusing cycles.
    for i in 0..n {
        let mut chain = Vec::new();
        let mut cur = parent_of[i];
        let mut cyclic = false;
        while let Some(p) = cur {
            if p == i || chain.contains(&p) {
                cyclic = true;
                break;
            }
            chain.push(p);
            cur = parent_of[p];
        }
        if cyclic {
            let entry = format!("structure '{}'", structures[i].slug);
            l.problem(
                FILE,
                entry,
                "the structure tree has a cycle through this structure's parents",
            );
            chain.clear();
        }
        structures[i].ancestors = chain;
    }
    for i in 0..n {
        if let Some(p) = parent_of[i]
            && !structures[i].ancestors.is_empty()
        {
            structures[p].children.push(i);
        }
    }
}

fn validate_menus(l: &mut Loader<'_>, menus: RawMenus, def: &SiteDefinition) -> Vec<MenuSection> {
    const FILE: &str = "menus.toml";
    let mut out = Vec::new();
    for section in menus.section {
        let mut groups = Vec::new();
        for group in section.group {
            let mut entries = Vec::new();
            for raw in group.entries {
                let entry_label = format!("menu '{}'", section.label);
                match menu_entry(raw, def) {
                    Ok(e) => entries.push(e),
                    Err(msg) => l.problem(FILE, entry_label, msg),
                }
            }
            groups.push(MenuGroup {
                label: group.label,
                href: group.href,
                entries,
            });
        }
        out.push(MenuSection {
            label: section.label,
            groups,
        });
    }
    out
}

fn menu_entry(raw: RawEntry, def: &SiteDefinition) -> Result<MenuEntry, String> {
    let set = [
        raw.all.is_some(),
        raw.structure.is_some(),
        raw.open_children.is_some(),
        raw.closed_children.is_some(),
        raw.country_group_members.is_some(),
        raw.country_group.is_some(),
        raw.page.is_some(),
        raw.link.is_some(),
    ]
    .iter()
    .filter(|b| **b)
    .count();
    if set != 1 {
        return Err("each menu entry needs exactly one of: all, structure, open-children, closed-children, country-group-members, country-group, page, link".into());
    }
    let structure = |s: Slug| -> Result<Slug, String> {
        if def.structure(s.as_str()).is_some() {
            Ok(s)
        } else {
            Err(format!("unknown structure '{s}'"))
        }
    };
    let group = |g: Slug| -> Result<Slug, String> {
        if def.country_group(g.as_str()).is_some() {
            Ok(g)
        } else {
            Err(format!("unknown country group '{g}'"))
        }
    };
    if let Some(all) = raw.all {
        return match all.as_str() {
            "fields-of-work" => Ok(MenuEntry::All(TaxonomyList::FieldsOfWork)),
            "meetings" => Ok(MenuEntry::All(TaxonomyList::Meetings)),
            other => Err(format!(
                "unknown list '{other}' (expected fields-of-work or meetings)"
            )),
        };
    }
    if let Some(s) = raw.structure {
        return Ok(MenuEntry::Structure {
            slug: structure(s)?,
            label: raw.label,
        });
    }
    if let Some(s) = raw.open_children {
        return Ok(MenuEntry::OpenChildren(structure(s)?));
    }
    if let Some(s) = raw.closed_children {
        let label = raw.label.ok_or("closed-children needs a label")?;
        return Ok(MenuEntry::ClosedChildren {
            slug: structure(s)?,
            label,
        });
    }
    if let Some(g) = raw.country_group_members {
        return Ok(MenuEntry::CountryGroupMembers(group(g)?));
    }
    if let Some(g) = raw.country_group {
        return Ok(MenuEntry::CountryGroup(group(g)?));
    }
    if let Some(p) = raw.page {
        return if def.page(p.as_str()).is_some() {
            Ok(MenuEntry::Page(p))
        } else {
            Err(format!("unknown page '{p}'"))
        };
    }
    match (raw.link, raw.label) {
        (Some(href), Some(label)) if href.starts_with('/') => Ok(MenuEntry::Link { href, label }),
        (Some(href), Some(_)) => Err(format!("link '{href}' must be a path starting with '/'")),
        _ => Err("a link needs a label".into()),
    }
}

/// Whether a slug names an entry of one of the site's taxonomies.
type KnownSlug = fn(&SiteDefinition, &str) -> bool;

fn validate_sample(l: &mut Loader<'_>, file: &str, item: &SampleItem, def: &SiteDefinition) {
    let entry = format!("item '{}'", item.external_id);
    if def.item_type(item.item_type.as_str()).is_none() {
        l.problem(file, &entry, format!("unknown type '{}'", item.item_type));
    }
    if def.language(item.language.as_str()).is_none() {
        l.problem(
            file,
            &entry,
            format!("unknown language '{}'", item.language),
        );
    }
    if TimeZone::get(&item.time_zone).is_err() {
        l.problem(
            file,
            &entry,
            format!("unknown time zone '{}'", item.time_zone),
        );
    }
    if item.date.precision != crate::date::Precision::Day {
        l.problem(file, &entry, "the date of an item needs a day (YYYY-MM-DD)");
    }
    if item.title.trim().is_empty() || item.body.is_empty() {
        l.problem(file, &entry, "an item needs a title and a body");
    }
    let checks: [(&str, &[Slug], KnownSlug); 4] = [
        ("source", &item.sources, |d, s| d.structure(s).is_some()),
        ("field of work", &item.fields_of_work, |d, s| {
            d.field(s).is_some()
        }),
        ("country", &item.countries, |d, s| d.country(s).is_some()),
        ("meeting", &item.meetings, |d, s| d.meeting(s).is_some()),
    ];
    for (what, slugs, known) in checks {
        for s in slugs {
            if !known(def, s.as_str()) {
                l.problem(file, &entry, format!("unknown {what} '{s}'"));
            }
        }
    }
}
