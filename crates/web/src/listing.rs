//! The listing builder shared by the newsroom, the search page and every taxonomy and
//! structure page: one query of the catalog through the gate, with facets, active filters,
//! paging and the feed of what is listed.

use std::collections::HashMap;

use axum::response::Response;
use model::{Dimension, Filter};
use publishing::CatalogQuery;
use render::pages::{Fact, LinkList, ListingPage};

use crate::AppState;
use crate::error::WebError;
use crate::query::{PAGE_SIZE, parse_listing};
use crate::text_search::{self, TextSearch};
use crate::views;

/// What distinguishes one listing page from another.
pub struct ListingSpec {
    /// The page's own path (facet and paging links are built on it).
    pub base: String,
    pub title: String,
    pub kicker: String,
    pub heading: String,
    pub intro: Vec<String>,
    pub facts: Vec<Fact>,
    pub lists: Vec<LinkList>,
    /// Constraints of the page itself (e.g. the field of work of a field page).
    pub fixed: Vec<(Dimension, String)>,
    pub section: &'static str,
    pub list_heading: String,
    /// A full-text search narrowing the listing (the search page).
    pub search: Option<TextSearch>,
}

const FACETS: [Dimension; 7] = [
    Dimension::Type,
    Dimension::FieldOfWork,
    Dimension::Source,
    Dimension::Country,
    Dimension::Meeting,
    Dimension::Year,
    Dimension::Language,
];

pub async fn listing(
    state: &AppState,
    spec: ListingSpec,
    pairs: &[(String, String)],
) -> Result<Response, WebError> {
    let params = parse_listing(pairs, &state.site())?;
    let fixed_dims: Vec<Dimension> = spec.fixed.iter().map(|(d, _)| *d).collect();
    let mut user = params.filter;
    for d in &fixed_dims {
        user = user.without(*d);
    }
    let effective = spec
        .fixed
        .iter()
        .fold(user.clone(), |f: Filter, (d, v)| f.with(*d, v));
    let facet_dims: Vec<Dimension> = FACETS
        .into_iter()
        .filter(|d| !fixed_dims.contains(d))
        .collect();
    let now = state.clock.now();
    let today = state.site().today(now);
    let results = state
        .public()
        .listing(CatalogQuery {
            filter: effective.clone(),
            offset: (params.page - 1) * PAGE_SIZE,
            limit: PAGE_SIZE,
            facets: facet_dims.clone(),
            text: spec
                .search
                .as_ref()
                .filter(|s| !s.q.is_empty())
                .map(|s| std::sync::Arc::clone(&s.matches)),
            order: spec
                .search
                .as_ref()
                .map_or(search::Order::Newest, |s| s.order),
        })
        .await?;
    let pages = results.total.div_ceil(PAGE_SIZE).max(1);
    if params.page > pages {
        return Err(WebError::NotFound(format!(
            "This listing has {pages} page(s) of results; there is no page {}.",
            params.page
        )));
    }
    let first = if results.total == 0 {
        0
    } else {
        (params.page - 1) * PAGE_SIZE + 1
    };
    let mut cards = views::cards(state, &results.ids).await?;
    if let Some(search) = &spec.search {
        text_search::add_snippets(state, search, &mut cards).await?;
    }
    let last = first + cards.len().saturating_sub(1);
    let mut layout = views::layout(state, &spec.title, spec.section);
    let canonical = views::url(&spec.base, &{
        let q = user.to_query();
        if params.page > 1 {
            if q.is_empty() {
                format!("page={}", params.page)
            } else {
                format!("{q}&page={}", params.page)
            }
        } else {
            q
        }
    });
    layout.canonical = Some(canonical);
    if spec.search.is_none() {
        layout.feed = Some(views::feed_link(&state.site(), &effective, today));
    }
    let page = ListingPage {
        layout,
        kicker: spec.kicker,
        heading: spec.heading,
        intro: spec.intro,
        facts: spec.facts,
        lists: spec.lists,
        cards,
        total: results.total,
        first,
        last,
        facets: views::facets(
            &state.site(),
            &spec.base,
            &user,
            &results,
            &facet_dims,
            today,
        ),
        active: views::active_filters(&state.site(), &spec.base, &user, today),
        clear_href: spec.base.clone(),
        pagination: views::pagination(&spec.base, &user, params.page, results.total, PAGE_SIZE),
        action: spec.base,
        list_heading: spec.list_heading,
        search_form: spec.search.as_ref().map(|s| text_search::form(s, &user)),
        help: match &spec.search {
            Some(s) if results.total == 0 => text_search::help(state, s, &user).await?,
            _ => Vec::new(),
        },
    };
    views::html(&page)
}

/// Public items per value of a dimension.
pub async fn counts(state: &AppState, dim: Dimension) -> Result<HashMap<String, usize>, WebError> {
    let r = state
        .public()
        .listing(publishing::CatalogQuery {
            facets: vec![dim],
            ..publishing::CatalogQuery::newest(Filter::new(), 0)
        })
        .await?;
    Ok(r.facets
        .get(&dim)
        .map(|v| {
            v.iter()
                .map(|fv| (fv.value.clone(), fv.count as usize))
                .collect()
        })
        .unwrap_or_default())
}
