//! The listing builder shared by the newsroom, the search page and every taxonomy and
//! structure page: one query of the catalog through the gate, with facets, active filters,
//! paging and the feed of what is listed.

use std::collections::HashMap;

use axum::response::Response;
use model::{Dimension, Filter};
use publishing::CatalogQuery;
use render::messages::{key, text};
use render::pages::{Fact, ItemCard, LinkEntry, LinkList, ListingPage};

use crate::AppState;
use crate::error::WebError;
use crate::language::Here;
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

/// What a request asks of a listing: its page, the reader's filters and, with the page's
/// own constraints, the filter of the query.
struct Scope {
    page: usize,
    /// The reader's filters (without the page's own constraints).
    user: Filter,
    /// What the query selects: the reader's filters and the page's constraints.
    effective: Filter,
    /// The facets counted: those the page does not fix.
    facet_dims: Vec<Dimension>,
}

impl Scope {
    fn of(
        state: &AppState,
        spec: &ListingSpec,
        pairs: &[(String, String)],
    ) -> Result<Self, WebError> {
        let params = parse_listing(pairs, &state.site())?;
        let fixed_dims: Vec<Dimension> = spec.fixed.iter().map(|(d, _)| *d).collect();
        let user = fixed_dims
            .iter()
            .fold(params.filter, |f: Filter, d| f.without(*d));
        let effective = spec
            .fixed
            .iter()
            .fold(user.clone(), |f: Filter, (d, v)| f.with(*d, v));
        let facet_dims = FACETS
            .into_iter()
            .filter(|d| !fixed_dims.contains(d))
            .collect();
        Ok(Scope {
            page: params.page,
            user,
            effective,
            facet_dims,
        })
    }

    /// The listing's own address: the reader's filters and the page number past the first.
    fn canonical(&self, base: &str) -> String {
        let q = self.user.to_query();
        let query = match (self.page > 1, q.is_empty()) {
            (false, _) => q,
            (true, true) => format!("page={}", self.page),
            (true, false) => format!("{q}&page={}", self.page),
        };
        views::url(base, &query)
    }
}

/// One page of the catalog through the gate: the filters, the page, the words searched for.
async fn query(
    state: &AppState,
    spec: &ListingSpec,
    scope: &Scope,
) -> Result<search::Results, WebError> {
    let search = spec.search.as_ref();
    state
        .public()
        .listing(CatalogQuery {
            filter: scope.effective.condition(),
            offset: (scope.page - 1) * PAGE_SIZE,
            limit: PAGE_SIZE,
            facets: scope.facet_dims.clone(),
            text: search
                .filter(|s| !s.q.is_empty())
                .map(|s| std::sync::Arc::clone(&s.matches)),
            order: search.map_or(search::Order::Newest, |s| s.order),
        })
        .await
        .map_err(WebError::from)
}

/// A page past the last one of the results.
fn no_such_page(pages: usize, page: usize) -> WebError {
    WebError::NotFound(text(
        key::LISTING_NO_SUCH_PAGE,
        &[("pages", pages.into()), ("page", page.into())],
    ))
}

/// The listing page of `spec`: the items that its constraints and the reader's filters
/// select, a page of them, with facets, active filters and paging.
pub async fn listing(
    state: &AppState,
    here: &Here,
    spec: ListingSpec,
    pairs: &[(String, String)],
) -> Result<Response, WebError> {
    let scope = Scope::of(state, &spec, pairs)?;
    let results = query(state, &spec, &scope).await?;
    let pages = results.total.div_ceil(PAGE_SIZE).max(1);
    if scope.page > pages {
        return Err(no_such_page(pages, scope.page));
    }
    let mut cards = views::cards(state, &results.ids).await?;
    if let Some(search) = &spec.search {
        text_search::add_snippets(state, search, &mut cards).await?;
    }
    let help = match &spec.search {
        Some(s) if results.total == 0 => text_search::help(state, s, &scope.user).await?,
        _ => Vec::new(),
    };
    views::html(&page(state, here, spec, &scope, &results, cards, help))
}

/// The view model of a listing page, from what was found.
fn page(
    state: &AppState,
    here: &Here,
    spec: ListingSpec,
    scope: &Scope,
    results: &search::Results,
    cards: Vec<ItemCard>,
    help: Vec<LinkEntry>,
) -> ListingPage {
    let site = state.site();
    let today = site.today(state.clock.now());
    let first = if results.total == 0 {
        0
    } else {
        (scope.page - 1) * PAGE_SIZE + 1
    };
    let last = first + cards.len().saturating_sub(1);
    let mut layout = views::layout(state, here, &spec.title, spec.section);
    let canonical = scope.canonical(&spec.base);
    views::localize(
        &mut layout,
        site.organization.default_language.as_str(),
        &canonical,
    );
    layout.canonical = Some(here.ui.href(&canonical));
    if spec.search.is_none() {
        layout.feed = Some(views::feed_link(&site, &scope.effective, today));
    }
    let user = &scope.user;
    ListingPage {
        layout,
        kicker: spec.kicker,
        heading: spec.heading,
        intro: spec.intro,
        facts: spec.facts,
        lists: spec.lists,
        cards,
        total: results.total,
        showing: here.ui.t_with(
            key::LISTING_SHOWING,
            &[
                ("first", first.into()),
                ("last", last.into()),
                ("total", results.total.into()),
            ],
        ),
        facets: views::facets(&site, &spec.base, user, results, &scope.facet_dims, today),
        active: views::active_filters(&site, &spec.base, user, today),
        clear_href: spec.base.clone(),
        pagination: views::pagination(&spec.base, user, scope.page, results.total, PAGE_SIZE),
        search_form: spec.search.as_ref().map(|s| text_search::form(s, user)),
        action: spec.base,
        list_heading: spec.list_heading,
        help,
    }
}

/// Public items per value of a dimension.
pub async fn counts(state: &AppState, dim: Dimension) -> Result<HashMap<String, usize>, WebError> {
    let r = state
        .public()
        .listing(publishing::CatalogQuery {
            facets: vec![dim],
            ..publishing::CatalogQuery::every_item(0)
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
