//! Fields of work, meeting series, countries and country groups: an index page each, and a
//! listing page per entry.

use axum::extract::{Path, Query, State};
use axum::response::Response;
use model::Dimension;
use model::menu::{country_group_href, country_href, field_href, meeting_href};
use render::messages::{Key, key};
use render::pages::{Fact, IndexPage, Link, LinkEntry, LinkList};

use crate::AppState;
use crate::error::WebError;
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
    state: &AppState,
    here: &Here,
    dim: Dimension,
    slug: &str,
    href: String,
    count: usize,
) -> LinkEntry {
    let (label, lang) = named(state, here, dim, slug);
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

pub async fn fields_index(State(state): State<AppState>, here: Here) -> Result<Response, WebError> {
    let counts = counts(&state, &here, Dimension::FieldOfWork).await?;
    let entries = state
        .site()
        .fields
        .iter()
        .map(|f| {
            let slug = f.slug.as_str();
            let count = counts.get(slug).copied().unwrap_or(0);
            term_entry(
                &state,
                &here,
                Dimension::FieldOfWork,
                slug,
                field_href(slug),
                count,
            )
        })
        .collect();
    index(
        &state,
        &here,
        here.ui.text(key::FIELDS_TITLE, &[]),
        here.ui.text(key::FIELDS_INTRO, &[]),
        "our-work",
        vec![LinkList {
            heading: here.ui.text(key::FIELDS_LIST_HEADING, &[]),
            entries,
        }],
    )
}

pub async fn field_page(
    State(state): State<AppState>,
    here: Here,
    Path(slug): Path<String>,
    Query(pairs): Query<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let site = state.site();
    let field = site
        .field(&slug)
        .ok_or_else(|| not_found(&here, key::NO_SUCH_FIELD, &slug))?;
    let (name, name_lang) = named(&state, &here, Dimension::FieldOfWork, field.slug.as_str());
    let spec = ListingSpec {
        base: field_href(&slug),
        title: name.clone(),
        kicker: here.ui.text(key::FIELD_KICKER, &[]),
        heading: name,
        heading_lang: name_lang,
        intro: Vec::new(),
        facts: Vec::new(),
        lists: Vec::new(),
        fixed: vec![(Dimension::FieldOfWork, slug.clone())],
        section: "our-work",
        list_heading: here.ui.text(key::LISTING_ITEMS_HEADING, &[]),
        search: None,
    };
    listing(&state, &here, spec, &pairs).await
}

pub async fn meetings_index(
    State(state): State<AppState>,
    here: Here,
) -> Result<Response, WebError> {
    let counts = counts(&state, &here, Dimension::Meeting).await?;
    let entries = state
        .site()
        .meetings
        .iter()
        .map(|m| {
            let slug = m.slug.as_str();
            let count = counts.get(slug).copied().unwrap_or(0);
            term_entry(
                &state,
                &here,
                Dimension::Meeting,
                slug,
                meeting_href(slug),
                count,
            )
        })
        .collect();
    index(
        &state,
        &here,
        here.ui.text(key::MEETINGS_TITLE, &[]),
        here.ui.text(key::MEETINGS_INTRO, &[]),
        "our-work",
        vec![LinkList {
            heading: here.ui.text(key::MEETINGS_LIST_HEADING, &[]),
            entries,
        }],
    )
}

pub async fn meeting_page(
    State(state): State<AppState>,
    here: Here,
    Path(slug): Path<String>,
    Query(pairs): Query<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let site = state.site();
    let meeting = site
        .meeting(&slug)
        .ok_or_else(|| not_found(&here, key::NO_SUCH_MEETING, &slug))?;
    let (name, name_lang) = named(&state, &here, Dimension::Meeting, meeting.slug.as_str());
    let spec = ListingSpec {
        base: meeting_href(&slug),
        title: name.clone(),
        kicker: here.ui.text(key::MEETING_KICKER, &[]),
        heading: name,
        heading_lang: name_lang,
        intro: Vec::new(),
        facts: Vec::new(),
        lists: Vec::new(),
        fixed: vec![(Dimension::Meeting, slug.clone())],
        section: "our-work",
        list_heading: here.ui.text(key::LISTING_ITEMS_HEADING, &[]),
        search: None,
    };
    listing(&state, &here, spec, &pairs).await
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
                        &state,
                        &here,
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
    let spec = ListingSpec {
        base: country_href(&slug),
        title: name.clone(),
        kicker: here.ui.text(key::COUNTRY_KICKER, &[]),
        heading: name,
        heading_lang: name_lang,
        intro: Vec::new(),
        facts,
        lists: Vec::new(),
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
    let entries = members
        .iter()
        .map(|c| {
            let slug = c.slug.as_str();
            let count = counts.get(slug).copied().unwrap_or(0);
            term_entry(
                &state,
                &here,
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
