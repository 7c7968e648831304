//! The JSON documents of the API: items with the fields their profile asks for and their
//! public translations, and facets with labels (the taxonomies are in `taxonomy`).

use std::collections::HashMap;

use jiff::civil::Date;
use model::date::{HistDate, Precision};
use model::query::{Field, Interval, Profile};
use model::{Item, ItemId, SiteDefinition, Slug};
use publishing::gate::Version;
use render::pages::Ui;
use search::{ApiFacet, ApiHit};
use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

/// The fields a response carries: the profile's, plus `include`, minus `exclude`.
pub fn selected_fields(profile: Profile, include: &[Field], exclude: &[Field]) -> Vec<Field> {
    let base: &[Field] = match profile {
        Profile::Minimal => &[Field::Id, Field::Title, Field::Url],
        Profile::List | Profile::Full => &Field::ALL,
    };
    Field::ALL
        .into_iter()
        .filter(|f| {
            let in_profile = base.contains(f) && !(profile == Profile::List && *f == Field::Body);
            (in_profile || include.contains(f)) && !exclude.contains(f)
        })
        .collect()
}

/// A taxonomy value as items refer to it.
#[derive(Debug, Serialize)]
pub struct TermRef {
    pub id: String,
    pub slug: String,
    pub name: String,
}

impl TermRef {
    pub(super) fn new(slug: &str, name: Option<&str>) -> TermRef {
        TermRef {
            id: slug.to_owned(),
            slug: slug.to_owned(),
            name: name.unwrap_or(slug).to_owned(),
        }
    }
}

#[derive(Debug, Serialize)]
pub struct LanguageRef {
    pub id: String,
    pub name: String,
}

/// A source of an item: the structure, its current name, and how the item shows it (the
/// name it had on the item's date, "(closed)" if it is closed today).
#[derive(Debug, Serialize)]
pub struct SourceRef {
    pub id: String,
    pub slug: String,
    pub name: String,
    pub label: String,
    pub closed: bool,
}

#[derive(Debug, Default, Serialize)]
pub struct ItemFields {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub item_type: Option<TermRef>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<LanguageRef>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// The publication instant (RFC 3339, UTC).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// The calendar day of publication at the item's place.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_local: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<Vec<SourceRef>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field_of_work: Option<Vec<TermRef>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<Vec<TermRef>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meeting: Option<Vec<TermRef>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub year: Option<i16>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// A public translation of an item.
#[derive(Debug, Serialize)]
pub struct TranslationRef {
    /// Its language's code ("ru").
    pub language: String,
    pub id: i64,
    /// Its page, under its language's prefix, in the form of an item's `url`.
    pub url: String,
}

#[derive(Debug, Serialize)]
pub struct ItemView {
    pub id: i64,
    /// The text score; `null` without a text query.
    pub score: Option<f32>,
    /// This item in the API.
    pub href: String,
    /// Its public translations, by id.
    pub translations: Vec<TranslationRef>,
    pub fields: ItemFields,
    /// Its documents, links and attached pictures (`/api/v1/items/{id}` only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attachments: Option<Vec<AttachmentRef>>,
}

// Attachments

/// A document, link or attached picture of an item.
#[derive(Debug, Serialize)]
pub struct AttachmentRef {
    /// "document", "link" or "picture".
    pub kind: &'static str,
    /// The title (a picture's alternative text).
    pub title: String,
    /// The file's address on the site ("/media/…"), or the link's.
    pub url: String,
    /// "pdf", "docx"… for a document, "jpeg", "png", "webp" for a picture; none for a link.
    pub format: Option<String>,
    /// The file's size in bytes (a picture's original); none for a link.
    pub size: Option<u64>,
    /// The language of the title and of the document or page.
    pub language: String,
}

/// The attachments of an item: its documents and links in their order, then its attached
/// pictures in theirs (each by its original file).
pub fn attachment_refs(
    attachments: &[store::Attachment],
    pictures: &[store::MediaRecord],
) -> Vec<AttachmentRef> {
    let listed = attachments.iter().map(|a| match &a.target {
        store::AttachmentTarget::Document(d) => AttachmentRef {
            kind: "document",
            title: a.title.clone(),
            url: format!("/media/{}", d.key),
            format: Some(d.format.clone()),
            size: Some(d.bytes_size),
            language: a.language.to_string(),
        },
        store::AttachmentTarget::Link(url) => AttachmentRef {
            kind: "link",
            title: a.title.clone(),
            url: url.clone(),
            format: None,
            size: None,
            language: a.language.to_string(),
        },
    });
    let shown = pictures.iter().map(|m| AttachmentRef {
        kind: "picture",
        title: m.description.alt.clone(),
        url: format!("/media/{}", m.original_key),
        format: Some(m.format.clone()),
        size: Some(m.bytes_size),
        language: m.description.language.to_string(),
    });
    listed.chain(shown).collect()
}

/// The translations of an item, as the gate gave them (public ones only).
pub fn translation_refs(site: &SiteDefinition, translations: &[Version]) -> Vec<TranslationRef> {
    let default = site.organization.default_language.as_str();
    translations
        .iter()
        .map(|v| TranslationRef {
            language: v.language.clone(),
            id: v.id.0,
            url: Ui::new(&v.language, default).href(&model::item::item_path(v.id, &v.slug)),
        })
        .collect()
}

pub fn item_href(id: model::ItemId) -> String {
    format!("/api/v1/items/{id}")
}

/// An item as the API shows it, with the `fields` asked for and its public `translations`.
pub fn item(
    site: &SiteDefinition,
    item: &Item,
    score: Option<f32>,
    translations: &[Version],
    fields: &[Field],
    today: Date,
) -> ItemView {
    let d = &item.data;
    let local = d.local_date();
    let mut out = ItemFields::default();
    for field in fields {
        match field {
            Field::Id => out.id = Some(item.id.0),
            Field::Type => {
                out.item_type = Some(TermRef::new(
                    d.item_type.as_str(),
                    site.item_type(d.item_type.as_str())
                        .map(|t| t.name.as_str()),
                ));
            }
            Field::Language => out.language = Some(language_ref(site, d.language.as_str())),
            Field::Title => out.title = Some(d.title.clone()),
            Field::Summary => out.summary = Some(d.summary.clone()),
            Field::Body => out.body = Some(d.body_html.clone()),
            Field::Date => {
                out.date = Some(d.published_at.to_string());
                out.date_local = Some(local.to_string());
            }
            Field::Place => out.place = Some(d.place.clone()),
            Field::Source => out.source = Some(source_refs(site, &d.sources, local, today)),
            Field::FieldOfWork => {
                out.field_of_work = Some(term_refs(&d.fields_of_work, &|s| {
                    site.field(s).map(|t| t.name.clone())
                }));
            }
            Field::Country => {
                out.country = Some(term_refs(&d.countries, &|s| {
                    site.country(s).map(|c| c.name.clone())
                }));
            }
            Field::Meeting => {
                out.meeting = Some(term_refs(&d.meetings, &|s| {
                    site.meeting(s).map(|t| t.name.clone())
                }));
            }
            Field::Year => out.year = Some(local.year()),
            Field::Url => out.url = Some(crate::views::item_address(site, item)),
        }
    }
    ItemView {
        id: item.id.0,
        score,
        href: item_href(item.id),
        translations: translation_refs(site, translations),
        fields: out,
        attachments: None,
    }
}

/// Terms of an item, each named by `name` (by its slug when the site has lost it).
fn term_refs(slugs: &[Slug], name: &dyn Fn(&str) -> Option<String>) -> Vec<TermRef> {
    slugs
        .iter()
        .map(|s| TermRef::new(s.as_str(), name(s.as_str()).as_deref()))
        .collect()
}

/// A language by its code, named as the site names it.
fn language_ref(site: &SiteDefinition, code: &str) -> LanguageRef {
    LanguageRef {
        id: code.to_owned(),
        name: site
            .language(code)
            .map_or_else(|| code.to_owned(), |l| l.name.clone()),
    }
}

/// The sources of an item dated `local`, as they are shown `today`.
fn source_refs(
    site: &SiteDefinition,
    sources: &[Slug],
    local: Date,
    today: Date,
) -> Vec<SourceRef> {
    sources
        .iter()
        .map(|slug| match site.structure(slug.as_str()) {
            Some(s) => SourceRef {
                id: slug.to_string(),
                slug: slug.to_string(),
                name: s.current_name().name.clone(),
                label: site.source_label(s, local, today),
                closed: s.is_closed_on(today),
            },
            None => SourceRef {
                id: slug.to_string(),
                slug: slug.to_string(),
                name: slug.to_string(),
                label: slug.to_string(),
                closed: false,
            },
        })
        .collect()
}

/// The hits that could be loaded, in order, with their items and public translations.
pub fn items(
    site: &SiteDefinition,
    hits: &[ApiHit],
    loaded: &[Item],
    translations: &HashMap<ItemId, Vec<Version>>,
    fields: &[Field],
    today: Date,
) -> Vec<ItemView> {
    let by_id: HashMap<ItemId, &Item> = loaded.iter().map(|i| (i.id, i)).collect();
    hits.iter()
        .filter_map(|h| {
            let it = by_id.get(&h.id)?;
            let of_it = translations.get(&h.id).map_or(&[][..], Vec::as_slice);
            Some(item(site, it, h.score, of_it, fields, today))
        })
        .collect()
}

#[derive(Debug, Serialize)]
pub struct FacetValueView {
    /// Usable as it is as a filter value of the facet's field.
    pub value: String,
    pub label: String,
    pub count: u32,
}

#[derive(Debug, Serialize)]
pub struct FacetView {
    pub data: Vec<FacetValueView>,
    pub more: bool,
}

/// Facets keyed by name, in the order they were requested.
#[derive(Debug, Default)]
pub struct Facets(pub Vec<(String, FacetView)>);

impl Serialize for Facets {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (name, facet) in &self.0 {
            map.serialize_entry(name, facet)?;
        }
        map.end()
    }
}

pub fn facets(
    site: &SiteDefinition,
    facets: &[ApiFacet],
    intervals: &[Option<Interval>],
    today: Date,
) -> Facets {
    Facets(
        facets
            .iter()
            .zip(intervals)
            .map(|(f, interval)| {
                let data = f
                    .values
                    .iter()
                    .map(|v| FacetValueView {
                        value: v.value.clone(),
                        label: facet_label(site, f.field, *interval, &v.value, today),
                        count: v.count,
                    })
                    .collect();
                (f.name.clone(), FacetView { data, more: f.more })
            })
            .collect(),
    )
}

fn facet_label(
    site: &SiteDefinition,
    field: Field,
    interval: Option<Interval>,
    value: &str,
    today: Date,
) -> String {
    if let Some(dim) = field.dimension() {
        return site.filter_value_label(dim, value, today);
    }
    let precision = match interval {
        Some(Interval::Year) | None => Precision::Year,
        Some(Interval::Month) => Precision::Month,
        Some(Interval::Day) => Precision::Day,
    };
    match HistDate::parse(value) {
        Ok(d) if d.precision == precision => render::dates::format_hist_date(
            d,
            site.locale_of(site.organization.default_language.as_str()),
        ),
        _ => value.to_owned(),
    }
}

// ---------------------------------------------------------------------------------------
// Taxonomies
// ---------------------------------------------------------------------------------------

/// A list of taxonomy entries.
#[derive(Debug, Serialize)]
pub struct List<T> {
    #[serde(rename = "totalCount")]
    pub total_count: usize,
    pub count: usize,
    pub data: Vec<T>,
}

impl<T> List<T> {
    pub fn new(data: Vec<T>) -> List<T> {
        List {
            total_count: data.len(),
            count: data.len(),
            data,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn profiles_and_adjustments_select_fields() {
        assert_eq!(
            selected_fields(Profile::Minimal, &[], &[]),
            vec![Field::Id, Field::Title, Field::Url]
        );
        let list = selected_fields(Profile::List, &[], &[]);
        assert!(!list.contains(&Field::Body) && list.len() == Field::ALL.len() - 1);
        assert_eq!(
            selected_fields(Profile::Full, &[], &[]).len(),
            Field::ALL.len()
        );
        assert_eq!(
            selected_fields(Profile::Minimal, &[Field::Date], &[Field::Url]),
            vec![Field::Id, Field::Title, Field::Date]
        );
        assert!(selected_fields(Profile::List, &[Field::Body], &[]).contains(&Field::Body));
    }
}
