//! The search page: the newsroom's listing, narrowed by the words of a full-text query,
//! ordered by relevance, with the matching passage of each item.

use axum::extract::{Query, State};
use axum::response::Response;

use crate::AppState;
use crate::error::WebError;
use crate::listing::{ListingSpec, listing};
use crate::text_search::{TextSearch, text_search};

const MAX_QUERY_CHARS: usize = 1_000;

/// `GET /search?q=…`: words, the newsroom's filters, `sort` (relevance, newest, oldest).
pub async fn search_page(
    State(state): State<AppState>,
    Query(pairs): Query<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let q = pairs
        .iter()
        .find(|(k, _)| k == "q")
        .map(|(_, v)| v.trim().to_owned())
        .unwrap_or_default();
    if q.chars().count() > MAX_QUERY_CHARS {
        return Err(WebError::BadRequest(format!(
            "the search words are limited to {MAX_QUERY_CHARS} characters"
        )));
    }
    let order = match pairs
        .iter()
        .find(|(k, _)| k == "sort")
        .map(|(_, v)| v.as_str())
    {
        None | Some("relevance") => search::Order::Relevance,
        Some("newest") => search::Order::Newest,
        Some("oldest") => search::Order::Oldest,
        Some(other) => {
            return Err(WebError::BadRequest(format!(
                "sort must be relevance, newest or oldest, not '{}'",
                other.chars().take(40).collect::<String>()
            )));
        }
    };
    let search = if q.is_empty() {
        None
    } else {
        Some(text_search(&state, &q, order, false).await?)
    };
    let base = match &search {
        Some(s) => format!(
            "/search?q={}{}",
            model::filter::encode_query_value(&s.q),
            sort_param(order)
        ),
        None => "/search".to_owned(),
    };
    let (heading, intro) = match &search {
        Some(s) => (format!("Search: {}", s.q), Vec::new()),
        None => (
            "Search".to_owned(),
            vec!["Search press releases, news, statements and speeches.".to_owned()],
        ),
    };
    let spec = ListingSpec {
        base,
        title: heading.clone(),
        kicker: String::new(),
        heading,
        intro,
        facts: Vec::new(),
        lists: Vec::new(),
        fixed: Vec::new(),
        section: "newsroom",
        list_heading: "Results".into(),
        search: Some(search.unwrap_or_else(|| TextSearch {
            q: String::new(),
            order: search::Order::Newest,
            matches: std::sync::Arc::default(),
            query: Box::new(tantivy_all()),
        })),
    };
    listing(&state, spec, &pairs).await
}

fn tantivy_all() -> impl search::text::TantivyQuery {
    search::text::all_query()
}

fn sort_param(order: search::Order) -> &'static str {
    match order {
        search::Order::Relevance => "",
        search::Order::Newest => "&sort=newest",
        search::Order::Oldest => "&sort=oldest",
    }
}
