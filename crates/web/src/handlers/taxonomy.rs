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
fn not_found(key: Key, slug: &str) -> WebError {
    WebError::NotFound(render::messages::text(
        key,
        &[("slug", slug.chars().take(60).collect::<String>().into())],
    ))
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
    let counts = counts(&state, Dimension::FieldOfWork).await?;
    let entries = state
        .site()
        .fields
        .iter()
        .map(|f| LinkEntry {
            label: f.name.clone(),
            href: field_href(f.slug.as_str()),
            note: String::new(),
            count: Some(counts.get(f.slug.as_str()).copied().unwrap_or(0)),
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
        .ok_or_else(|| not_found(key::NO_SUCH_FIELD, &slug))?;
    let spec = ListingSpec {
        base: field_href(&slug),
        title: field.name.clone(),
        kicker: here.ui.text(key::FIELD_KICKER, &[]),
        heading: field.name.clone(),
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
    let counts = counts(&state, Dimension::Meeting).await?;
    let entries = state
        .site()
        .meetings
        .iter()
        .map(|m| LinkEntry {
            label: m.name.clone(),
            href: meeting_href(m.slug.as_str()),
            note: String::new(),
            count: Some(counts.get(m.slug.as_str()).copied().unwrap_or(0)),
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
        .ok_or_else(|| not_found(key::NO_SUCH_MEETING, &slug))?;
    let spec = ListingSpec {
        base: meeting_href(&slug),
        title: meeting.name.clone(),
        kicker: here.ui.text(key::MEETING_KICKER, &[]),
        heading: meeting.name.clone(),
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
    let counts = counts(&state, Dimension::Country).await?;
    let site = &state.site();
    let today = site.today(state.clock.now());
    let chair = site
        .chairpersonship(today.year())
        .map(|(_, c)| c.slug.clone());
    let lists = site
        .country_groups
        .iter()
        .map(|g| LinkList {
            heading: g.name.clone(),
            entries: site
                .countries_in_group(g.slug.as_str())
                .map(|c| LinkEntry {
                    label: c.name.clone(),
                    href: country_href(c.slug.as_str()),
                    note: if chair.as_ref() == Some(&c.slug) {
                        here.ui.text(
                            key::COUNTRIES_CHAIRPERSONSHIP_NOTE,
                            &[
                                ("organization", site.organization.short_name.as_str().into()),
                                ("year", today.year().into()),
                            ],
                        )
                    } else {
                        String::new()
                    },
                    count: Some(counts.get(c.slug.as_str()).copied().unwrap_or(0)),
                })
                .collect(),
        })
        .collect();
    index(
        &state,
        &here,
        here.ui.text(key::COUNTRIES_TITLE, &[]),
        views::site_text(site, key::COUNTRIES_INTRO),
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
        .ok_or_else(|| not_found(key::NO_SUCH_COUNTRY, &slug))?;
    let mut facts = Vec::new();
    if let Some(g) = country
        .group
        .as_ref()
        .and_then(|g| site.country_group(g.as_str()))
    {
        facts.push(Fact {
            label: here.ui.text(key::COUNTRY_FACT_GROUP, &[]),
            text: String::new(),
            links: vec![Link {
                label: g.name.clone(),
                href: country_group_href(g.slug.as_str()),
            }],
        });
    }
    if let Some(d) = country.dissolved {
        facts.push(Fact {
            label: here.ui.text(key::COUNTRY_FACT_DISSOLVED, &[]),
            text: render::dates::format_hist_date(d),
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
    let spec = ListingSpec {
        base: country_href(&slug),
        title: country.name.clone(),
        kicker: here.ui.text(key::COUNTRY_KICKER, &[]),
        heading: country.name.clone(),
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
        .ok_or_else(|| not_found(key::NO_SUCH_COUNTRY_GROUP, &slug))?;
    let members: Vec<_> = site.countries_in_group(&slug).collect();
    let counts = counts(&state, Dimension::Country).await?;
    let entries = members
        .iter()
        .map(|c| LinkEntry {
            label: c.name.clone(),
            href: country_href(c.slug.as_str()),
            note: String::new(),
            count: Some(counts.get(c.slug.as_str()).copied().unwrap_or(0)),
        })
        .collect();
    let spec = ListingSpec {
        base: country_group_href(&slug),
        title: group.name.clone(),
        kicker: here.ui.text(key::COUNTRY_GROUP_KICKER, &[]),
        heading: group.name.clone(),
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
