//! The TOML files of a site definition as written, before they are validated.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::{
    Chairpersonship, Country, CountryGroup, GlossaryEntry, Language, Page, Structure, Term,
};
use crate::ids::{LanguageCode, Slug};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawSite {
    pub(super) organization: RawOrganization,
    #[serde(rename = "item_type")]
    pub(super) item_types: Vec<Term>,
    #[serde(default)]
    pub(super) texts: std::collections::BTreeMap<String, String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawOrganization {
    pub(super) name: String,
    pub(super) short_name: String,
    pub(super) source_prefix: String,
    pub(super) time_zone: String,
    pub(super) default_language: LanguageCode,
    pub(super) languages: Vec<Language>,
    #[serde(default)]
    pub(super) tagline: String,
    #[serde(default)]
    pub(super) translations:
        std::collections::BTreeMap<String, super::definition::OrganizationNames>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawFields {
    pub(super) field: Vec<Term>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawMeetings {
    pub(super) meeting: Vec<Term>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawCountries {
    pub(super) group: Vec<CountryGroup>,
    pub(super) country: Vec<Country>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawStructures {
    pub(super) structure: Vec<Structure>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawChairs {
    pub(super) chairpersonship: Vec<Chairpersonship>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawGlossary {
    pub(super) entry: Vec<GlossaryEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawPages {
    #[serde(default)]
    pub(super) page: Vec<Page>,
}

/// `introductions.toml`: by kind of entry, slug and language (`[structure.odihr.en]`).
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct RawIntroductions {
    #[serde(default)]
    pub(super) structure: BTreeMap<String, BTreeMap<String, super::Introduction>>,
    #[serde(default)]
    pub(super) field: BTreeMap<String, BTreeMap<String, super::Introduction>>,
    #[serde(default)]
    pub(super) country: BTreeMap<String, BTreeMap<String, super::Introduction>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawMenus {
    pub(super) section: Vec<RawSection>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawSection {
    pub(super) label: String,
    /// The label in the site's other languages.
    #[serde(default)]
    pub(super) labels: BTreeMap<String, String>,
    pub(super) group: Vec<RawGroup>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawGroup {
    #[serde(default)]
    pub(super) label: Option<String>,
    #[serde(default)]
    pub(super) labels: BTreeMap<String, String>,
    #[serde(default)]
    pub(super) href: Option<String>,
    pub(super) entries: Vec<RawEntry>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub(super) struct RawEntry {
    pub(super) all: Option<String>,
    pub(super) structure: Option<Slug>,
    pub(super) open_children: Option<Slug>,
    pub(super) closed_children: Option<Slug>,
    pub(super) country_group_members: Option<Slug>,
    pub(super) country_group: Option<Slug>,
    pub(super) page: Option<Slug>,
    pub(super) link: Option<String>,
    pub(super) label: Option<String>,
    #[serde(default)]
    pub(super) labels: BTreeMap<String, String>,
}
