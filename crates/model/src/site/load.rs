//! Loading a site definition: parsing each TOML source (a parse error is reported with its
//! line and column) and checking the whole, every problem collected.

use std::collections::{BTreeMap, HashMap, HashSet};

use jiff::tz::TimeZone;

use super::definition::Index;
use super::raw::{
    RawChairs, RawCountries, RawFields, RawGlossary, RawIntroductions, RawMeetings, RawMenus,
    RawPages, RawSite, RawStructures,
};
use super::validate::{
    did_you_mean, validate_introductions, validate_menus, validate_sample, validate_structures,
};
use super::{Organization, Problem, SampleItem, SiteDefinition, SiteError, SiteSources};
use crate::ids::{LanguageCode, Slug};
use crate::text::closest;

pub(super) struct Loader<'a> {
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

    pub(super) fn problem(
        &mut self,
        file: &str,
        entry: impl Into<String>,
        message: impl Into<String>,
    ) {
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

    /// A file the site may go without: its default when it is missing, `None` when it is
    /// there but cannot be read.
    fn parse_optional<T: serde::de::DeserializeOwned + Default>(
        &mut self,
        name: &str,
    ) -> Option<T> {
        let sources: &'a SiteSources = self.sources;
        match sources.files.iter().find(|(n, _)| n == name) {
            Some((_, text)) => self.parse_text(name, text),
            None => Some(T::default()),
        }
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
        let introductions: Option<RawIntroductions> = l.parse_optional("introductions.toml");

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
            Some(introductions),
        ) = (
            site,
            fields,
            meetings,
            countries,
            structures,
            chairs,
            pages,
            menus,
            introductions,
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
            translations: org.translations,
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
            texts: site.texts,
            introductions: Default::default(),
            index: Index::default(),
        };
        def.index = std::mem::take(&mut index);
        def.index.names = def.name_index();
        def.introductions = validate_introductions(&mut l, introductions, &def);
        def.menus = validate_menus(&mut l, menus, &def);
        for (item, file) in sample_items.iter().zip(&sample_files) {
            validate_sample(&mut l, file, item, &def);
            if let Some(original) = &item.translation_of {
                let found = sample_items
                    .iter()
                    .find(|o| &o.external_id == original && o.translation_of.is_none());
                match found {
                    None => l.problem(
                        file,
                        format!("item '{}'", item.external_id),
                        format!("translation of '{original}', which is no original sample item"),
                    ),
                    Some(o) if o.language == item.language => l.problem(
                        file,
                        format!("item '{}'", item.external_id),
                        format!("a translation of '{original}' in its own language"),
                    ),
                    Some(_) => {}
                }
            }
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
}
