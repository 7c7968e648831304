//! Content shipped with the site: its static pages and sample items.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::date::HistDate;
use crate::ids::{LanguageCode, Slug};

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Page {
    pub slug: Slug,
    pub title: String,
    pub body: Vec<String>,
    /// The title in the site's other languages, by language code.
    #[serde(default)]
    pub titles: BTreeMap<String, String>,
    /// The text in the site's other languages, by language code.
    #[serde(default)]
    pub bodies: BTreeMap<String, Vec<String>>,
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
    /// The `external_id` of the sample this one translates: both are in one translation group.
    #[serde(default)]
    pub translation_of: Option<String>,
}
