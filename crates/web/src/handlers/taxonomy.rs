//! Fields of work, meeting series, countries and country groups: an index page each, and a
//! listing page per entry.

use axum::extract::{Path, Query, State};
use axum::response::Response;
use model::menu::{country_group_href, country_href, field_href, meeting_href};
use model::site::{Introduced, Term};
use model::{Dimension, SiteDefinition};
use render::messages::{Key, key};
use render::pages::{Fact, IndexPage, Link, LinkEntry, LinkList};

use crate::AppState;
use crate::error::WebError;
use crate::introductions;
use crate::language::Here;
use crate::listing::{ListingSpec, counts, listing};
use crate::views;

/// An entry that does not exist: `key` is the message naming its kind.
fn not_found(here: &Here, key: Key, slug: &str) -> WebError {
    WebError::NotFound(here.ui.text(
        key,
        &[("slug", slug.chars().take(60).collect::<String>().into())],
    ))
}

/// The name of an entry in the page's language, and the language of the name when the site
/// gives none in it.
fn named(state: &AppState, here: &Here, dim: Dimension, slug: &str) -> (String, Option<String>) {
    let site = state.site();
    let today = site.today(state.clock.now());
    views::value_label(&site, &here.ui, dim, slug, today)
}

/// A link to an entry's page, named in the page's language, with its count of items.
fn term_entry(
    site: &SiteDefinition,
    here: &Here,
    today: jiff::civil::Date,
    dim: Dimension,
    slug: &str,
    href: String,
    count: usize,
) -> LinkEntry {
    let (label, lang) = views::value_label(site, &here.ui, dim, slug, today);
    LinkEntry {
        label,
        href,
        note: String::new(),
        count: Some(count),
        lang,
    }
}

/// An index page: its heading (also its title), introduction and lists.
fn index(
    state: &AppState,
    here: &Here,
    heading: String,
    intro: String,
    section: &str,
    lists: Vec<LinkList>,
) -> Result<Response, WebError> {
    views::html(&IndexPage {
        layout: views::layout(state, here, &heading, section),
        heading,
        intro,
        lists,
    })
}

/// What distinguishes the pages of a flat taxonomy (fields of work, meeting series).
struct Taxonomy {
    dim: Dimension,
    href: fn(&str) -> String,
    title: Key,
    intro: Key,
    list_heading: Key,
    kicker: Key,
    no_such: Key,
    /// The kind of introduction its entries have, if they have one.
    introduced: Option<Introduced>,
}

const FIELDS: Taxonomy = Taxonomy {
    dim: Dimension::FieldOfWork,
    href: field_href,
    title: key::FIELDS_TITLE,
    intro: key::FIELDS_INTRO,
    list_heading: key::FIELDS_LIST_HEADING,
    kicker: key::FIELD_KICKER,
    no_such: key::NO_SUCH_FIELD,
    introduced: Some(Introduced::FieldOfWork),
};

const MEETINGS: Taxonomy = Taxonomy {
    dim: Dimension::Meeting,
    href: meeting_href,
    title: key::MEETINGS_TITLE,
    intro: key::MEETINGS_INTRO,
    list_heading: key::MEETINGS_LIST_HEADING,
    kicker: key::MEETING_KICKER,
    no_such: key::NO_SUCH_MEETING,
    introduced: None,
};

/// The index of a flat taxonomy: every entry, named in the page's language, with its count.
async fn taxonomy_index(
    state: &AppState,
    here: &Here,
    t: &Taxonomy,
    terms: &[Term],
) -> Result<Response, WebError> {
    let counts = counts(state, here, t.dim).await?;
    let site = state.site();
    let today = site.today(state.clock.now());
    let entries = terms
        .iter()
        .map(|term| {
            let slug = term.slug.as_str();
            let count = counts.get(slug).copied().unwrap_or(0);
            term_entry(&site, here, today, t.dim, slug, (t.href)(slug), count)
        })
        .collect();
    index(
        state,
        here,
        here.ui.text(t.title, &[]),
        here.ui.text(t.intro, &[]),
        "our-work",
        vec![LinkList {
            heading: here.ui.text(t.list_heading, &[]),
            entries,
        }],
    )
}

/// The listing of one entry of a flat taxonomy, when the site has it.
async fn taxonomy_page(
    state: &AppState,
    here: &Here,
    t: &Taxonomy,
    known: bool,
    slug: &str,
    pairs: &[(String, String)],
) -> Result<Response, WebError> {
    if !known {
        return Err(not_found(here, t.no_such, slug));
    }
    let (name, name_lang) = named(state, here, t.dim, slug);
    let introduction = t
        .introduced
        .and_then(|of| introductions::introduction(&state.site(), &here.ui, of, slug));
    let spec = ListingSpec {
        base: (t.href)(slug),
        title: name.clone(),
        kicker: here.ui.text(t.kicker, &[]),
        heading: name,
        heading_lang: name_lang,
        intro: Vec::new(),
        introduction,
        facts: Vec::new(),
        lists: Vec::new(),
        fixed: vec![(t.dim, slug.to_owned())],
        section: "our-work",
        list_heading: here.ui.text(key::LISTING_ITEMS_HEADING, &[]),
        search: None,
    };
    listing(state, here, spec, pairs).await
}

pub async fn fields_index(State(state): State<AppState>, here: Here) -> Result<Response, WebError> {
    let site = state.site();
    taxonomy_index(&state, &here, &FIELDS, &site.fields).await
}

pub async fn field_page(
    State(state): State<AppState>,
    here: Here,
    Path(slug): Path<String>,
    Query(pairs): Query<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let known = state.site().field(&slug).is_some();
    taxonomy_page(&state, &here, &FIELDS, known, &slug, &pairs).await
}

pub async fn meetings_index(
    State(state): State<AppState>,
    here: Here,
) -> Result<Response, WebError> {
    let site = state.site();
    taxonomy_index(&state, &here, &MEETINGS, &site.meetings).await
}

pub async fn meeting_page(
    State(state): State<AppState>,
    here: Here,
    Path(slug): Path<String>,
    Query(pairs): Query<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let known = state.site().meeting(&slug).is_some();
    taxonomy_page(&state, &here, &MEETINGS, known, &slug, &pairs).await
}

pub async fn countries_index(
    State(state): State<AppState>,
    here: Here,
) -> Result<Response, WebError> {
    let counts = counts(&state, &here, Dimension::Country).await?;
    let site = &state.site();
    let today = site.today(state.clock.now());
    let lang = here.ui.lang();
    let chair = site
        .chairpersonship(today.year())
        .map(|(_, c)| c.slug.clone());
    let lists = site
        .country_groups
        .iter()
        .map(|g| LinkList {
            heading: g
                .name_in(lang, site.organization.default_language.as_str())
                .0
                .to_owned(),
            entries: site
                .countries_in_group(g.slug.as_str())
                .map(|c| {
                    let slug = c.slug.as_str();
                    let count = counts.get(slug).copied().unwrap_or(0);
                    let mut e = term_entry(
                        site,
                        &here,
                        today,
                        Dimension::Country,
                        slug,
                        country_href(slug),
                        count,
                    );
                    if chair.as_ref() == Some(&c.slug) {
                        e.note = here.ui.text(
                            key::COUNTRIES_CHAIRPERSONSHIP_NOTE,
                            &[
                                ("organization", site.organization.short_name_in(lang).into()),
                                ("year", today.year().to_string().into()),
                            ],
                        );
                    }
                    e
                })
                .collect(),
        })
        .collect();
    index(
        &state,
        &here,
        here.ui.text(key::COUNTRIES_TITLE, &[]),
        views::site_text(site, &here.ui, key::COUNTRIES_INTRO),
        "countries",
        lists,
    )
}

pub async fn country_page(
    State(state): State<AppState>,
    here: Here,
    Path(slug): Path<String>,
    Query(pairs): Query<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let site = &state.site();
    let country = site
        .country(&slug)
        .ok_or_else(|| not_found(&here, key::NO_SUCH_COUNTRY, &slug))?;
    let lang = here.ui.lang();
    let mut facts = Vec::new();
    if let Some(g) = country
        .group
        .as_ref()
        .and_then(|g| site.country_group(g.as_str()))
    {
        facts.push(Fact {
            label: here.ui.text(key::COUNTRY_FACT_GROUP, &[]),
            text: String::new(),
            links: vec![{
                let (name, name_lang) =
                    g.name_in(lang, site.organization.default_language.as_str());
                Link {
                    label: name.to_owned(),
                    href: country_group_href(g.slug.as_str()),
                    lang: (name_lang != lang).then(|| name_lang.to_owned()),
                }
            }],
        });
    }
    if let Some(d) = country.dissolved {
        facts.push(Fact {
            label: here.ui.text(key::COUNTRY_FACT_DISSOLVED, &[]),
            text: render::dates::format_hist_date(d, here.ui.locale()),
            links: Vec::new(),
        });
    }
    let years: Vec<String> = site
        .chairpersonships
        .iter()
        .filter(|c| c.country == country.slug)
        .map(|c| c.year.to_string())
        .collect();
    if !years.is_empty() {
        facts.push(Fact {
            label: here.ui.text(key::COUNTRY_FACT_CHAIRPERSONSHIP, &[]),
            text: years.join(", "),
            links: Vec::new(),
        });
    }
    let (name, name_lang) = named(&state, &here, Dimension::Country, country.slug.as_str());
    // The structures working in the country (the Mission to Serbia on Serbia's page), those
    // still open first.
    let today = site.today(state.clock.now());
    let mut working: Vec<&model::site::Structure> = site
        .structures
        .iter()
        .filter(|s| s.country.as_ref() == Some(&country.slug))
        .collect();
    working.sort_by_key(|s| s.is_closed_on(today));
    let lists = if working.is_empty() {
        Vec::new()
    } else {
        vec![LinkList {
            heading: here.ui.text(key::COUNTRY_STRUCTURES, &[]),
            entries: working
                .iter()
                .map(|s| {
                    let slug = s.slug.as_str();
                    let (label, lang) =
                        crate::views::value_label(site, &here.ui, Dimension::Source, slug, today);
                    LinkEntry {
                        label,
                        href: model::menu::structure_href(slug),
                        note: String::new(),
                        count: None,
                        lang,
                    }
                })
                .collect(),
        }]
    };
    let spec = ListingSpec {
        base: country_href(&slug),
        title: name.clone(),
        kicker: here.ui.text(key::COUNTRY_KICKER, &[]),
        heading: name,
        heading_lang: name_lang,
        intro: Vec::new(),
        introduction: introductions::introduction(site, &here.ui, Introduced::Country, &slug),
        facts,
        lists,
        fixed: vec![(Dimension::Country, slug.clone())],
        section: "countries",
        list_heading: here.ui.text(key::LISTING_ITEMS_HEADING, &[]),
        search: None,
    };
    listing(&state, &here, spec, &pairs).await
}

pub async fn country_group_page(
    State(state): State<AppState>,
    here: Here,
    Path(slug): Path<String>,
    Query(pairs): Query<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let site = &state.site();
    let group = site
        .country_group(&slug)
        .ok_or_else(|| not_found(&here, key::NO_SUCH_COUNTRY_GROUP, &slug))?;
    let members: Vec<_> = site.countries_in_group(&slug).collect();
    let counts = counts(&state, &here, Dimension::Country).await?;
    let today = site.today(state.clock.now());
    let entries = members
        .iter()
        .map(|c| {
            let slug = c.slug.as_str();
            let count = counts.get(slug).copied().unwrap_or(0);
            term_entry(
                site,
                &here,
                today,
                Dimension::Country,
                slug,
                country_href(slug),
                count,
            )
        })
        .collect();
    let default = site.organization.default_language.as_str();
    let (name, lang) = group.name_in(here.ui.lang(), default);
    let (name, name_lang) = (
        name.to_owned(),
        (lang != here.ui.lang()).then(|| lang.to_owned()),
    );
    let spec = ListingSpec {
        base: country_group_href(&slug),
        title: name.clone(),
        kicker: here.ui.text(key::COUNTRY_GROUP_KICKER, &[]),
        heading: name,
        heading_lang: name_lang,
        intro: Vec::new(),
        introduction: None,
        facts: Vec::new(),
        lists: vec![LinkList {
            heading: here.ui.text(
                key::COUNTRY_GROUP_MEMBERS,
                &[("count", members.len().into())],
            ),
            entries,
        }],
        fixed: members
            .iter()
            .map(|c| (Dimension::Country, c.slug.to_string()))
            .collect(),
        section: "countries",
        list_heading: here.ui.text(key::LISTING_ITEMS_HEADING, &[]),
        search: None,
    };
    listing(&state, &here, spec, &pairs).await
}
