//! The listing builder shared by the newsroom, the search page and every taxonomy and
//! structure page: one query of the catalog through the gate, with facets, active filters,
//! the reader's range of days, order and page size, paging and the feed of what is listed.

use std::collections::HashMap;

use axum::response::Response;
use model::SiteDefinition;
use model::query::Condition;
use model::{Dimension, Filter};
use publishing::CatalogQuery;
use render::messages::key;
use render::pages::{
    FacetOption, Fact, IntroductionView, ItemCard, Link, LinkEntry, LinkList, ListingPage, Ui,
};

use crate::AppState;
use crate::error::WebError;
use crate::language::Here;
use crate::query::{DateRange, PAGE_SIZE, PAGE_SIZES, parse_controls, parse_listing};
use crate::text_search::{self, TextSearch};
use crate::views;

/// What distinguishes one listing page from another.
pub struct ListingSpec {
    /// The page's own path (facet and paging links are built on it).
    pub base: String,
    pub title: String,
    pub kicker: String,
    pub heading: String,
    /// The heading's language when it is a name the site does not give in the page's.
    pub heading_lang: Option<String>,
    pub intro: Vec<String>,
    /// What the page's entry is, and how to reach it (a structure, field of work or country).
    pub introduction: Option<IntroductionView>,
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
    /// The page's language, when the listing shows only items in it: the reader chose no
    /// language and did not widen to every language.
    narrowed_to: Option<String>,
    /// The reader widened the listing to every language (`language=all`).
    every_language: bool,
    /// The reader's range of publication days.
    range: Option<DateRange>,
    /// The order of the results.
    order: search::Order,
    /// The order is the reader's and the page's address does not carry it: links keep it.
    sort_kept: bool,
    /// How many items a page shows.
    per_page: usize,
}

/// The value of `language` that widens a listing from its page's language to every language.
pub const EVERY_LANGUAGE: &str = "all";

/// `address` widened to every language (`…?language=all`).
pub fn widened(address: &str) -> String {
    views::url(address, &format!("language={EVERY_LANGUAGE}"))
}

/// Takes `language=all` out of a query: whether the reader asked for every language, and the
/// other pairs (the listing's and the feed's filters, read the same way).
pub fn take_widening(pairs: &[(String, String)]) -> (bool, Vec<(String, String)>) {
    let widens = |(k, v): &(String, String)| k == "language" && v == EVERY_LANGUAGE;
    let every_language = pairs.iter().any(widens);
    let rest = pairs.iter().filter(|p| !widens(p)).cloned().collect();
    (every_language, rest)
}

impl Scope {
    fn of(
        state: &AppState,
        here: &Here,
        spec: &ListingSpec,
        pairs: &[(String, String)],
    ) -> Result<Self, WebError> {
        let (every_language, pairs) = take_widening(pairs);
        let site = state.site();
        let params = parse_listing(&pairs, &site)?;
        let controls = parse_controls(&pairs, &site, &here.ui, spec.search.is_some())?;
        // With words, the search page's address carries their order; without, a listing is
        // newest first unless the reader asked for the oldest first.
        let words = spec.search.as_ref().filter(|s| !s.q.is_empty());
        let order = match (words, controls.sort) {
            (Some(s), _) => s.order,
            (None, Some(search::Order::Oldest)) => search::Order::Oldest,
            (None, _) => search::Order::Newest,
        };
        let fixed_dims: Vec<Dimension> = spec.fixed.iter().map(|(d, _)| *d).collect();
        let user = fixed_dims
            .iter()
            .fold(params.filter, |f: Filter, d| f.without(*d));
        let mut effective = spec
            .fixed
            .iter()
            .fold(user.clone(), |f: Filter, (d, v)| f.with(*d, v));
        // A listing shows the items of its page's language unless the reader chose languages
        // or widened it: /ru/press-releases lists Russian items.
        let narrowed_to = (!every_language && effective.values(Dimension::Language).is_empty())
            .then(|| here.ui.lang().to_owned());
        if let Some(lang) = &narrowed_to {
            effective = effective.with(Dimension::Language, lang);
        }
        let facet_dims = FACETS
            .into_iter()
            .filter(|d| !fixed_dims.contains(d))
            .collect();
        Ok(Scope {
            page: params.page,
            user,
            effective,
            facet_dims,
            narrowed_to,
            every_language,
            range: controls.range,
            order,
            sort_kept: words.is_none() && order == search::Order::Oldest,
            per_page: controls.per_page,
        })
    }

    /// How the reader asked the listing to be shown, as a query string: the range of days
    /// (when `with_range`), the order and the page size, each when not the default.
    fn settings(&self, with_range: bool) -> String {
        let mut parts = Vec::new();
        if let Some(r) = self.range.as_ref().filter(|_| with_range) {
            parts.push(r.to_query());
        }
        if self.sort_kept {
            parts.push("sort=oldest".to_owned());
        }
        if self.per_page != PAGE_SIZE {
            parts.push(format!("per_page={}", self.per_page));
        }
        parts.join("&")
    }

    /// The page's address, widened to every language when the reader asked so.
    fn address(&self, spec: &ListingSpec) -> String {
        if self.every_language && self.user.values(Dimension::Language).is_empty() {
            widened(&spec.base)
        } else {
            spec.base.clone()
        }
    }

    /// The address the reader's filters and paging are added to: the page's (widened to
    /// every language when the reader asked so) with the reader's range, order and page
    /// size.
    fn base(&self, spec: &ListingSpec) -> String {
        views::url(&self.address(spec), &self.settings(true))
    }

    /// What the catalog is asked for: the filters and the range of days, as one list of
    /// conjuncts (a dimension's values stay a conjunct of their own, for its facet).
    fn condition(&self) -> Condition {
        let mut parts = match self.effective.condition() {
            Condition::All(parts) => parts,
            other => vec![other],
        };
        parts.extend(self.range.as_ref().map(DateRange::condition));
        Condition::All(parts)
    }

    /// The link between the page's language and every language: widen a narrowed listing,
    /// or narrow a widened one back to the page's language.
    fn widen(&self, site: &SiteDefinition, spec: &ListingSpec, here: &Here) -> Option<Link> {
        let q = self.user.to_query();
        let settings = self.settings(true);
        if self.narrowed_to.is_some() {
            let every = views::url(&widened(&spec.base), &settings);
            Some(Link {
                label: here.ui.text(key::LISTING_ALL_LANGUAGES, &[]),
                href: here.ui.href(&views::url(&every, &q)),
                lang: None,
            })
        } else if self.every_language && self.user.values(Dimension::Language).is_empty() {
            let own = views::url(&spec.base, &settings);
            Some(Link {
                label: here.ui.text(
                    key::LISTING_ONE_LANGUAGE,
                    &[(
                        "language",
                        site.language(here.ui.lang())
                            .map_or(here.ui.lang(), |l| l.name.as_str())
                            .into(),
                    )],
                ),
                href: here.ui.href(&views::url(&own, &q)),
                lang: None,
            })
        } else {
            None
        }
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

/// One page of the catalog through the gate: the filters and the range of days, the page in
/// its order, the words searched for.
async fn query(
    state: &AppState,
    spec: &ListingSpec,
    scope: &Scope,
) -> Result<search::Results, WebError> {
    state
        .public()
        .listing(CatalogQuery {
            filter: scope.condition(),
            offset: (scope.page - 1) * scope.per_page,
            limit: scope.per_page,
            facets: scope.facet_dims.clone(),
            text: text_matches(spec),
            order: scope.order,
        })
        .await
        .map_err(WebError::from)
}

/// What the index matched of the words searched for, when there are words.
fn text_matches(spec: &ListingSpec) -> Option<std::sync::Arc<Vec<(model::ItemId, f32)>>> {
    spec.search
        .as_ref()
        .filter(|s| !s.q.is_empty())
        .map(|s| std::sync::Arc::clone(&s.matches))
}

/// A page past the last one of the results.
fn no_such_page(here: &Here, pages: usize, page: usize) -> WebError {
    WebError::NotFound(here.ui.text(
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
    let scope = Scope::of(state, here, &spec, pairs)?;
    let results = query(state, &spec, &scope).await?;
    let pages = results.total.div_ceil(scope.per_page).max(1);
    if scope.page > pages {
        return Err(no_such_page(here, pages, scope.page));
    }
    let mut cards = views::cards(state, &here.ui, &results.ids).await?;
    if let Some(search) = &spec.search {
        text_search::add_snippets(state, search, &mut cards).await?;
    }
    let help = match &spec.search {
        Some(s) if results.total == 0 => {
            let help_scope = text_search::Scope {
                ui: &here.ui,
                filter: &scope.user,
                narrowed_to: scope.narrowed_to.as_deref(),
                every_language: scope.every_language,
            };
            text_search::help(state, s, &help_scope).await?
        }
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
        (scope.page - 1) * scope.per_page + 1
    };
    let last = first + cards.len().saturating_sub(1);
    let mut layout = views::layout(state, here, &spec.title, spec.section);
    let base = scope.base(&spec);
    let canonical = scope.canonical(&base);
    // The same listing in another language has its own number of pages: the switcher and the
    // alternates point at its first page.
    views::localize(
        &mut layout,
        site.organization.default_language.as_str(),
        &views::url(&base, &scope.user.to_query()),
    );
    layout.canonical = Some(here.ui.href(&canonical));
    // Search results are for readers, not for search engines' indexes; a listing describes
    // itself by its introduction.
    layout.meta.noindex = spec.search.is_some();
    let described_by = spec.intro.first().map(String::as_str).or_else(|| {
        spec.introduction
            .as_ref()
            .and_then(|i| i.paragraphs.first())
            .map(String::as_str)
    });
    if let Some(intro) = described_by {
        layout.meta.description = crate::sharing::description(intro);
    }
    // A search with words can be followed as a feed too (`/feed.atom?q=…`).
    let words = spec
        .search
        .as_ref()
        .map(|s| s.q.as_str())
        .filter(|q| !q.is_empty());
    if spec.search.is_none() || words.is_some() {
        // The feed under the page's prefix is in the page's language, as the listing is.
        let feed_filter = match scope.narrowed_to {
            Some(_) => scope.effective.clone().without(Dimension::Language),
            None => scope.effective.clone(),
        };
        let every = scope.every_language && feed_filter.values(Dimension::Language).is_empty();
        let (mut href, mut title) = views::feed_link(&site, &here.ui, &feed_filter, today, every);
        if let Some(q) = words {
            href = views::url(
                &href,
                &format!("q={}", model::filter::encode_query_value(q)),
            );
            title = format!("{} — {title}", spec.heading);
        }
        layout.feed = Some((href, title));
    }
    let user = &scope.user;
    let widen = scope.widen(&site, &spec, here);
    // A listing narrowed to its page's language shows that language chosen in its facet; the
    // choice's link widens it.
    let marked = scope.narrowed_to.as_deref().map(|lang| {
        let every = views::url(&widened(&spec.base), &scope.settings(true));
        (
            Dimension::Language,
            lang,
            views::url(&every, &user.to_query()),
        )
    });
    let facets = views::facets(
        &site,
        &here.ui,
        &base,
        user,
        results,
        &scope.facet_dims,
        today,
        marked.as_ref().map(|(d, l, h)| (*d, *l, h.as_str())),
    );
    let mut active = views::active_filters(&site, &here.ui, &base, user, today);
    if let Some(range) = &scope.range {
        let without = views::url(&scope.address(&spec), &scope.settings(false));
        active.push(FacetOption {
            label: range_label(&here.ui, range),
            href: views::url(&without, &user.to_query()),
            count: 0,
            selected: true,
            lang: None,
        });
    }
    let controls = controls_fields(&here.ui, &spec, scope);
    ListingPage {
        layout,
        kicker: spec.kicker,
        heading: spec.heading,
        heading_lang: spec.heading_lang,
        intro: spec.intro,
        introduction: spec.introduction,
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
        facets,
        active,
        clear_href: views::url(&spec.base, &scope.settings(false)),
        pagination: views::pagination(&base, user, scope.page, results.total, scope.per_page),
        search_form: spec
            .search
            .as_ref()
            .map(|s| text_search::form(&here.ui, s, user, scope.every_language)),
        action: spec.base,
        list_heading: spec.list_heading,
        help,
        widen,
        controls_action: controls.action,
        date_from: controls.from,
        date_to: controls.to,
        sorts: controls.sorts,
        page_sizes: controls.page_sizes,
        controls_hidden: controls.hidden,
        search_hidden: controls.search_hidden,
    }
}

/// The chip of a range of days: "Dates: 1 January 2024 – 30 June 2024", "From …", "Until …".
fn range_label(ui: &Ui, range: &DateRange) -> String {
    let day = |d: &str| {
        d.parse::<jiff::civil::Date>()
            .map_or_else(|_| d.to_owned(), |d| ui.date(d))
    };
    match (&range.from, &range.to) {
        (Some(f), Some(t)) => ui.text(
            key::ACTIVE_RANGE,
            &[("from", day(f).into()), ("to", day(t).into())],
        ),
        (Some(f), None) => ui.text(key::ACTIVE_RANGE_FROM, &[("from", day(f).into())]),
        (None, Some(t)) => ui.text(key::ACTIVE_RANGE_TO, &[("to", day(t).into())]),
        (None, None) => String::new(),
    }
}

/// The fields of the filter panel's form and what the search form keeps of it.
struct ControlsFields {
    action: String,
    from: String,
    to: String,
    sorts: Vec<(String, String, bool)>,
    page_sizes: Vec<(usize, bool)>,
    hidden: Vec<(String, String)>,
    search_hidden: Vec<(String, String)>,
}

/// The filter panel's form of a listing: its address, the range, order and page size shown,
/// and the hidden fields that keep the rest of what the reader chose.
fn controls_fields(ui: &Ui, spec: &ListingSpec, scope: &Scope) -> ControlsFields {
    let words = spec.search.as_ref().filter(|s| !s.q.is_empty());
    let mut hidden: Vec<(String, String)> = scope
        .user
        .dimensions()
        .flat_map(|(d, vs)| vs.iter().map(move |v| (d.key().to_owned(), v.clone())))
        .collect();
    if scope.every_language && scope.user.values(Dimension::Language).is_empty() {
        hidden.push(("language".to_owned(), EVERY_LANGUAGE.to_owned()));
    }
    if let Some(s) = words {
        hidden.push(("q".to_owned(), s.q.clone()));
    }
    // The search page's form offers the orders; the panel keeps the one shown.
    let sorts = if spec.search.is_some() {
        let kept = match (words.map(|s| s.order), scope.sort_kept) {
            (Some(search::Order::Newest), _) => Some("newest"),
            (Some(search::Order::Oldest), _) | (None, true) => Some("oldest"),
            _ => None,
        };
        hidden.extend(kept.map(|s| ("sort".to_owned(), s.to_owned())));
        Vec::new()
    } else {
        [
            ("newest", key::SORT_NEWEST, search::Order::Newest),
            ("oldest", key::SORT_OLDEST, search::Order::Oldest),
        ]
        .into_iter()
        .map(|(v, k, o)| (v.to_owned(), ui.text(k, &[]), o == scope.order))
        .collect()
    };
    let range = scope.range.as_ref();
    let from = range.and_then(|r| r.from.clone()).unwrap_or_default();
    let to = range.and_then(|r| r.to.clone()).unwrap_or_default();
    let mut search_hidden = Vec::new();
    for (k, v) in [("from", &from), ("to", &to)] {
        if !v.is_empty() {
            search_hidden.push((k.to_owned(), v.clone()));
        }
    }
    if scope.per_page != PAGE_SIZE {
        search_hidden.push(("per_page".to_owned(), scope.per_page.to_string()));
    }
    let action = spec
        .base
        .split_once('?')
        .map_or(spec.base.as_str(), |(path, _)| path)
        .to_owned();
    ControlsFields {
        action,
        from,
        to,
        sorts,
        page_sizes: PAGE_SIZES
            .iter()
            .map(|n| (*n, *n == scope.per_page))
            .collect(),
        hidden,
        search_hidden,
    }
}

/// Public items in the page's language per value of a dimension (the counts of the listings
/// an index page links to).
pub async fn counts(
    state: &AppState,
    here: &Here,
    dim: Dimension,
) -> Result<HashMap<String, usize>, WebError> {
    let in_language = Filter::new().with(Dimension::Language, here.ui.lang());
    let r = state
        .public()
        .listing(publishing::CatalogQuery {
            facets: vec![dim],
            ..publishing::CatalogQuery::newest(in_language.condition(), 0)
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
