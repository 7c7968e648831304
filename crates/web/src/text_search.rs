//! Full-text search in listings: the words a reader searched for, what the index matched,
//! the matching passage of each card, and the ways out of an empty result.

use model::Filter;
use publishing::CatalogQuery;
use render::pages::{ItemCard, LinkEntry, SearchForm};

use crate::AppState;
use crate::error::WebError;

/// The words a reader searched for, and what the index matched.
pub struct TextSearch {
    pub q: String,
    pub order: search::Order,
    pub matches: std::sync::Arc<Vec<(model::ItemId, f32)>>,
    pub query: Box<dyn search::text::TantivyQuery>,
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
