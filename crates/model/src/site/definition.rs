//! The validated site definition: the organization and its languages, the lists of entries,
//! the look-up tables by slug and the look-ups themselves.

use std::collections::{BTreeMap, HashMap};

use jiff::civil::Date;
use jiff::tz::TimeZone;

use serde::Deserialize;

use super::{
    Chairpersonship, Country, CountryGroup, GlossaryEntry, MenuSection, NameKind, Page, SampleItem,
    Structure, Term,
};
use crate::ids::{LanguageCode, Slug};

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
    /// The organization's names and tagline in the site's other languages.
    pub translations: BTreeMap<String, OrganizationNames>,
}

/// How the organization is named in one language ("Организация по безопасности и
/// сотрудничеству в Европе", "ОБСЕ").
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrganizationNames {
    pub name: String,
    pub short_name: String,
    #[serde(default)]
    pub tagline: Option<String>,
}

impl Organization {
    /// The organization's full name in `lang`, else in the default language.
    pub fn name_in(&self, lang: &str) -> &str {
        self.translations.get(lang).map_or(&self.name, |t| &t.name)
    }

    /// The organization's short name in `lang` ("ОБСЕ"), else in the default language.
    pub fn short_name_in(&self, lang: &str) -> &str {
        self.translations
            .get(lang)
            .map_or(&self.short_name, |t| &t.short_name)
    }

    /// The tagline in `lang`, and the language it is written in.
    pub fn tagline_in<'a>(&'a self, lang: &'a str) -> (&'a str, &'a str) {
        match self
            .translations
            .get(lang)
            .and_then(|t| t.tagline.as_deref())
        {
            Some(t) => (t, lang),
            None => (&self.tagline, self.default_language.as_str()),
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Language {
    pub code: LanguageCode,
    /// The language's own name ("Русский").
    pub name: String,
    /// Whether the site's interface is offered in this language: the language switcher of
    /// every page lists it. Every language of the site has its addresses (`/ru/…`) and its
    /// listings; one without the interface shows the interface in the default language.
    #[serde(default)]
    pub interface: bool,
    /// The locale whose conventions dates, numbers and lists follow ("en-GB" for the
    /// OSCE's English, "sr-Latn" for its Bosnian/Croatian/Serbian), when it is not the code.
    #[serde(default)]
    pub locale: Option<String>,
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
    /// Texts of the public pages that are the organization's own (they name its bodies),
    /// by the id of the interface message each one takes the place of ("structures-intro").
    pub texts: BTreeMap<String, String>,
    /// What each structure, field of work and country is, by entry and language
    /// (`introductions.toml`, then the workspace's changes).
    pub introductions: super::Introductions,
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

impl SiteDefinition {
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

    /// The locale dates, numbers and lists of `lang` are written in: the language's
    /// `locale`, else its code.
    pub fn locale_of<'a>(&'a self, lang: &'a str) -> &'a str {
        self.language(lang)
            .and_then(|l| l.locale.as_deref())
            .unwrap_or(lang)
    }

    /// Today's date in the organization's time zone.
    pub fn today(&self, now: jiff::Timestamp) -> Date {
        self.organization.time_zone.to_datetime(now).date()
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
}
