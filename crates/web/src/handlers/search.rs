//! The search page: the newsroom's listing, narrowed by the words of a full-text query,
//! ordered by relevance, with the matching passage of each item.

use axum::extract::{Query, State};
use axum::response::Response;

use crate::AppState;
use crate::error::WebError;
use crate::language::Here;
use crate::listing::{ListingSpec, listing};
use crate::text_search::{TextSearch, text_search};
use render::messages::key;

const MAX_QUERY_CHARS: usize = 1_000;

/// `GET /search?q=…`: words, the newsroom's filters, `sort` (relevance, newest, oldest).
pub async fn search_page(
    State(state): State<AppState>,
    here: Here,
    Query(pairs): Query<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let q = words(&here, &pairs)?;
    let order = order(&here, &pairs)?;
    let search = if q.is_empty() {
        None
    } else {
        Some(text_search(&state, &q, order, false).await?)
    };
    let spec = spec(&here, search, order);
    listing(&state, &here, spec, &pairs).await
}

/// The words searched for (`q`), trimmed; at most [`MAX_QUERY_CHARS`].
pub(crate) fn words(here: &Here, pairs: &[(String, String)]) -> Result<String, WebError> {
    let q = pairs
        .iter()
        .find(|(k, _)| k == "q")
        .map(|(_, v)| v.trim().to_owned())
        .unwrap_or_default();
    if q.chars().count() > MAX_QUERY_CHARS {
        return Err(WebError::BadRequest(
            here.ui
                .text(key::SEARCH_TOO_LONG, &[("max", MAX_QUERY_CHARS.into())]),
        ));
    }
    Ok(q)
}

/// The order asked for (`sort`), by relevance when none is.
fn order(here: &Here, pairs: &[(String, String)]) -> Result<search::Order, WebError> {
    match pairs
        .iter()
        .find(|(k, _)| k == "sort")
        .map(|(_, v)| v.as_str())
    {
        None | Some("relevance") => Ok(search::Order::Relevance),
        Some("newest") => Ok(search::Order::Newest),
        Some("oldest") => Ok(search::Order::Oldest),
        Some(other) => Err(WebError::BadRequest(here.ui.text(
            key::SEARCH_BAD_SORT,
            &[("value", other.chars().take(40).collect::<String>().into())],
        ))),
    }
}

/// The search page as a listing: the newsroom's, narrowed by the words when there are some.
fn spec(here: &Here, search: Option<TextSearch>, order: search::Order) -> ListingSpec {
    let base = match &search {
        Some(s) => format!(
            "/search?q={}{}",
            model::filter::encode_query_value(&s.q),
            sort_param(order)
        ),
        None => "/search".to_owned(),
    };
    let (heading, intro) = match &search {
        Some(s) => (
            here.ui
                .text(key::SEARCH_HEADING_WORDS, &[("words", s.q.as_str().into())]),
            Vec::new(),
        ),
        None => (
            here.ui.text(key::SEARCH_TITLE, &[]),
            vec![here.ui.text(key::SEARCH_INTRO, &[])],
        ),
    };
    ListingSpec {
        base,
        title: heading.clone(),
        kicker: String::new(),
        heading,
        heading_lang: None,
        intro,
        introduction: None,
        facts: Vec::new(),
        lists: Vec::new(),
        fixed: Vec::new(),
        section: "newsroom",
        list_heading: here.ui.text(key::SEARCH_LIST_HEADING, &[]),
        search: Some(search.unwrap_or_else(|| TextSearch {
            q: String::new(),
            order: search::Order::Newest,
            matches: std::sync::Arc::default(),
            query: Box::new(tantivy_all()),
        })),
    }
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
