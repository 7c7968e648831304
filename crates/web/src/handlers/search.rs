//! The search page: the newsroom's listing, narrowed by the words of a full-text query,
//! ordered by relevance, with the matching passage of each item.

use axum::extract::{Query, State};
use axum::response::Response;
use model::Filter;
use render::pages::{ItemCard, LinkEntry, SearchForm};

use super::listing::{ListingSpec, TextSearch, listing};
use crate::AppState;
use crate::error::WebError;
use crate::work::CatalogQuery;

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

/// Runs a text query against the index (off the async threads).
pub async fn text_search(
    state: &AppState,
    q: &str,
    order: search::Order,
    any_word: bool,
) -> Result<TextSearch, WebError> {
    let index = std::sync::Arc::clone(&state.text);
    let words = q.to_owned();
    let (query, matches) = state
        .cpu(move || {
            let query = index.parse(&words, any_word)?;
            let matches = index.matches(query.as_ref())?;
            Ok::<_, search::text::TextError>((query, matches))
        })
        .await?
        .map_err(|e| match e {
            search::text::TextError::Query(m) => {
                WebError::BadRequest(format!("cannot understand the search: {m}"))
            }
            other => WebError::Internal(other.to_string()),
        })?;
    Ok(TextSearch {
        q: q.to_owned(),
        order,
        matches: std::sync::Arc::new(matches),
        query,
    })
}

/// The form, keeping the current filters as hidden fields.
pub fn form(search: &TextSearch, filter: &Filter) -> SearchForm {
    let orders = [
        ("relevance", "Best match"),
        ("newest", "Newest first"),
        ("oldest", "Oldest first"),
    ];
    let selected = match search.order {
        search::Order::Relevance => "relevance",
        search::Order::Newest => "newest",
        search::Order::Oldest => "oldest",
    };
    SearchForm {
        q: search.q.clone(),
        orders: orders
            .iter()
            .map(|(v, l)| ((*v).to_owned(), (*l).to_owned(), *v == selected))
            .collect(),
        hidden: filter
            .dimensions()
            .flat_map(|(d, vs)| vs.iter().map(move |v| (d.key().to_owned(), v.clone())))
            .collect(),
    }
}

/// Adds the matching passage to each card of a search page.
pub async fn add_snippets(
    state: &AppState,
    search: &TextSearch,
    cards: &mut [ItemCard],
) -> Result<(), WebError> {
    if search.q.is_empty() || cards.is_empty() {
        return Ok(());
    }
    let ids: Vec<model::ItemId> = cards.iter().filter_map(|c| item_id_of(&c.href)).collect();
    let items = state.store.items(&ids).await?;
    for card in cards.iter_mut() {
        let Some(item) = item_id_of(&card.href).and_then(|id| items.iter().find(|i| i.id == id))
        else {
            continue;
        };
        let text = render::html::plain_text(&item.data.body_html, 20_000);
        let html = state
            .text
            .snippet(search.query.as_ref(), item.data.language.as_str(), &text);
        card.snippet_html = html.replace("<b>", "<mark>").replace("</b>", "</mark>");
    }
    Ok(())
}

fn item_id_of(href: &str) -> Option<model::ItemId> {
    href.strip_prefix("/items/")?
        .split('/')
        .next()
        .and_then(|s| model::ItemId::parse(s).ok())
}

/// Ways out of an empty result: the words spelled as the index knows them, the same words
/// without the filters, any of the words.
pub async fn help(
    state: &AppState,
    search: &TextSearch,
    filter: &Filter,
) -> Result<Vec<LinkEntry>, WebError> {
    if search.q.is_empty() {
        return Ok(Vec::new());
    }
    let count = async |matches: &std::sync::Arc<Vec<(model::ItemId, f32)>>, f: &Filter| {
        state
            .public()
            .listing(CatalogQuery {
                text: Some(std::sync::Arc::clone(matches)),
                ..CatalogQuery::newest(f.clone(), 0)
            })
            .await
            .map(|r| r.total)
    };
    let enc = model::filter::encode_query_value(&search.q);
    let mut help = Vec::new();
    let index = std::sync::Arc::clone(&state.text);
    let words = search.q.clone();
    let better = state.cpu(move || index.suggest(&words)).await?;
    if let Some(better) = better {
        let found = text_search(state, &better, search.order, false).await?;
        let n = count(&found.matches, filter).await?;
        if n > 0 {
            help.push(LinkEntry {
                label: format!("Did you mean “{better}”?"),
                href: format!(
                    "/search?q={}&{}",
                    model::filter::encode_query_value(&better),
                    filter.to_query()
                )
                .trim_end_matches('&')
                .to_owned(),
                note: String::new(),
                count: Some(n),
            });
        }
    }
    if !filter.is_empty() {
        let n = count(&search.matches, &Filter::new()).await?;
        if n > 0 {
            help.push(LinkEntry {
                label: format!("Search all items for “{}”, without the filters", search.q),
                href: format!("/search?q={enc}"),
                note: String::new(),
                count: Some(n),
            });
        }
    }
    if search.q.split_whitespace().count() > 1 {
        let any = text_search(state, &search.q, search.order, true).await?;
        let n = count(&any.matches, filter).await?;
        if n > 0 {
            let words = search.q.split_whitespace().collect::<Vec<_>>().join(" OR ");
            help.push(LinkEntry {
                label: format!("Items with any of the words: {words}"),
                href: format!(
                    "/search?q={}&{}",
                    model::filter::encode_query_value(&words),
                    filter.to_query()
                )
                .trim_end_matches('&')
                .to_owned(),
                note: String::new(),
                count: Some(n),
            });
        }
    }
    help.push(LinkEntry {
        label: "Check the spelling, or try fewer or more general words".into(),
        href: "/search".into(),
        note: String::new(),
        count: None,
    });
    Ok(help)
}
