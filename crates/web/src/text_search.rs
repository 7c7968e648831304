//! Full-text search in listings: the words a reader searched for, what the index matched,
//! the matching passage of each card, and the ways out of an empty result.

use model::Filter;
use publishing::CatalogQuery;
use render::messages::{Key, key, text};
use render::pages::{ItemCard, LinkEntry, SearchForm, Ui};

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
    // Only an order by relevance reads the scores.
    let scoring = order == search::Order::Relevance;
    let (query, matches) = state
        .cpu(move || {
            let query = index.parse(&words, any_word)?;
            let matches = index.matching(query.as_ref(), scoring)?;
            Ok::<_, search::text::TextError>((query, matches))
        })
        .await?
        .map_err(|e| match e {
            search::text::TextError::Query(m) => {
                WebError::BadRequest(text(key::SEARCH_NOT_UNDERSTOOD, &[("reason", m.into())]))
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

/// The form, keeping the current filters (and a listing widened to every language) as
/// hidden fields.
pub fn form(ui: &Ui, search: &TextSearch, filter: &Filter, every_language: bool) -> SearchForm {
    let orders = [
        ("relevance", key::SORT_RELEVANCE),
        ("newest", key::SORT_NEWEST),
        ("oldest", key::SORT_OLDEST),
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
            .map(|(v, l)| ((*v).to_owned(), ui.text(*l, &[]), *v == selected))
            .collect(),
        hidden: filter
            .dimensions()
            .flat_map(|(d, vs)| vs.iter().map(move |v| (d.key().to_owned(), v.clone())))
            .chain(
                (every_language && filter.values(model::Dimension::Language).is_empty()).then(
                    || {
                        (
                            "language".to_owned(),
                            crate::listing::EVERY_LANGUAGE.to_owned(),
                        )
                    },
                ),
            )
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
    // "/items/5/…" or, in another language, "/ru/items/5/…".
    let (_, rest) = href.split_once("/items/")?;
    rest.split('/')
        .next()
        .and_then(|s| model::ItemId::parse(s).ok())
}

/// What an empty search is helped from: the reader's filters, the page's language, and
/// whether the listing is narrowed to it or widened to every language.
pub struct Scope<'a> {
    pub ui: &'a Ui,
    pub filter: &'a Filter,
    pub narrowed_to: Option<&'a str>,
    /// The reader widened the listing to every language (`language=all`).
    pub every_language: bool,
}

impl Scope<'_> {
    /// What a way out with `filter` finds: `filter` in the page's language, as the listing it
    /// links to shows it (unless it names languages or the reader widened to all of them).
    fn counted(&self, filter: &Filter) -> Filter {
        if self.every_language || !filter.values(model::Dimension::Language).is_empty() {
            filter.clone()
        } else {
            filter
                .clone()
                .with(model::Dimension::Language, self.ui.lang())
        }
    }

    /// A way out of an empty result: a link to the search page with `words` and `filter` (in
    /// every language when the reader widened to them), and how many items it finds.
    fn way_out(&self, label: String, words: &str, filter: &Filter, count: usize) -> LinkEntry {
        let mut href = format!(
            "/search?q={}&{}",
            model::filter::encode_query_value(words),
            filter.to_query()
        )
        .trim_end_matches('&')
        .to_owned();
        if self.every_language && filter.values(model::Dimension::Language).is_empty() {
            href = crate::listing::widened(&href);
        }
        LinkEntry {
            label,
            href,
            note: String::new(),
            count: Some(count),
            lang: None,
        }
    }

    /// A labelled message of the help with the searched words.
    fn label(&self, key: Key, words: &str) -> String {
        self.ui.text(key, &[("words", words.into())])
    }
}

/// How many public items `matches` has within `filter`.
async fn count(
    state: &AppState,
    matches: &std::sync::Arc<Vec<(model::ItemId, f32)>>,
    filter: &Filter,
) -> Result<usize, WebError> {
    let r = state
        .public()
        .listing(CatalogQuery {
            text: Some(std::sync::Arc::clone(matches)),
            ..CatalogQuery::newest(filter.condition(), 0)
        })
        .await?;
    Ok(r.total)
}

/// The words spelled as the index knows them, when that finds something.
async fn did_you_mean(
    state: &AppState,
    search: &TextSearch,
    scope: &Scope<'_>,
) -> Result<Option<LinkEntry>, WebError> {
    let index = std::sync::Arc::clone(&state.text);
    let words = search.q.clone();
    let Some(better) = state.cpu(move || index.suggest(&words)).await? else {
        return Ok(None);
    };
    let found = text_search(state, &better, search.order, false).await?;
    let n = count(state, &found.matches, &scope.counted(scope.filter)).await?;
    let label = scope.label(key::SEARCH_HELP_DID_YOU_MEAN, &better);
    Ok((n > 0).then(|| scope.way_out(label, &better, scope.filter, n)))
}

/// The same words without the filters, when the reader has some and that finds something.
async fn without_filters(
    state: &AppState,
    search: &TextSearch,
    scope: &Scope<'_>,
) -> Result<Option<LinkEntry>, WebError> {
    if scope.filter.is_empty() {
        return Ok(None);
    }
    let none = Filter::new();
    let n = count(state, &search.matches, &scope.counted(&none)).await?;
    let label = scope.label(key::SEARCH_HELP_WITHOUT_FILTERS, &search.q);
    Ok((n > 0).then(|| scope.way_out(label, &search.q, &none, n)))
}

/// The same words in every language, when the listing is narrowed to its page's language
/// and that finds something.
async fn every_language(
    state: &AppState,
    search: &TextSearch,
    scope: &Scope<'_>,
) -> Result<Option<LinkEntry>, WebError> {
    if scope.narrowed_to.is_none() {
        return Ok(None);
    }
    let widened = Scope {
        every_language: true,
        ..*scope
    };
    let n = count(state, &search.matches, scope.filter).await?;
    let label = scope.ui.text(key::LISTING_ALL_LANGUAGES, &[]);
    Ok((n > 0).then(|| widened.way_out(label, &search.q, scope.filter, n)))
}

/// Any of the words, when there are several and that finds something.
async fn any_word(
    state: &AppState,
    search: &TextSearch,
    scope: &Scope<'_>,
) -> Result<Option<LinkEntry>, WebError> {
    if search.q.split_whitespace().count() < 2 {
        return Ok(None);
    }
    let any = text_search(state, &search.q, search.order, true).await?;
    let n = count(state, &any.matches, &scope.counted(scope.filter)).await?;
    let words = search.q.split_whitespace().collect::<Vec<_>>().join(" OR ");
    let label = scope.label(key::SEARCH_HELP_ANY_WORD, &words);
    Ok((n > 0).then(|| scope.way_out(label, &words, scope.filter, n)))
}

/// Ways out of an empty result: the words spelled as the index knows them, the same words
/// without the filters, in every language, any of the words.
pub async fn help(
    state: &AppState,
    search: &TextSearch,
    scope: &Scope<'_>,
) -> Result<Vec<LinkEntry>, WebError> {
    if search.q.is_empty() {
        return Ok(Vec::new());
    }
    let mut help = Vec::new();
    help.extend(did_you_mean(state, search, scope).await?);
    help.extend(without_filters(state, search, scope).await?);
    help.extend(every_language(state, search, scope).await?);
    help.extend(any_word(state, search, scope).await?);
    help.push(LinkEntry {
        label: scope.ui.text(key::SEARCH_HELP_SPELLING, &[]),
        href: "/search".into(),
        note: String::new(),
        count: None,
        lang: None,
    });
    Ok(help)
}
