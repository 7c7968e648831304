//! Entries of the flat taxonomies (item types, fields of work, meeting series), countries
//! and their groups, and the chairpersonship of each year.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::SiteDefinition;
use crate::date::HistDate;
use crate::ids::Slug;

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
    /// Names in the other languages of the site.
    #[serde(default)]
    pub names: BTreeMap<String, String>,
}

impl CountryGroup {
    /// The group's name in `lang`, and the language it is written in (`default`'s name when
    /// the site gives none in `lang`).
    pub fn name_in<'a>(&'a self, lang: &'a str, default: &'a str) -> (&'a str, &'a str) {
        match self.names.get(lang) {
            Some(n) if lang != default => (n, lang),
            _ => (&self.name, default),
        }
    }
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

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Chairpersonship {
    pub year: i16,
    pub country: Slug,
}

impl SiteDefinition {
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
}
