//! Feeds and sitemaps. A feed takes the listings' filters (the one filter language) and
//! answers with the newest public items as Atom; sitemaps list every public page for search
//! engines. Both ask the catalog, so what they show is exactly what is public at the moment
//! of the request: an embargoed item is in neither before its instant.

use axum::extract::{Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use jiff::Timestamp;
use model::{Dimension, Item, SiteDefinition};
use render::Template;
use render::feeds::{Feed, FeedEntry, Sitemap, SitemapIndex, xml_text};
use render::messages::{key, text};

use crate::AppState;
use crate::error::WebError;
use crate::query::parse_listing;

/// Items in a feed.
const FEED_SIZE: usize = 30;
/// Addresses per sitemap file (the protocol allows 50,000).
const SITEMAP_SIZE: usize = 50_000;
/// How long caches may keep a feed or a sitemap: an item due at an instant appears in them
/// at most this late (it can never appear early: nothing is computed ahead of time).
const MAX_AGE: &str = "public, max-age=60";

/// The scheme and host of absolute addresses: the configured public address, or the
/// request's host (over HTTPS when a proxy says so).
fn origin(state: &AppState, headers: &HeaderMap) -> Result<String, WebError> {
    if let Some(url) = state.public_url() {
        return Ok(url.to_owned());
    }
    let host = headers
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .filter(|h| {
            !h.is_empty()
                && h.len() <= 255
                && h.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b".-:[]".contains(&b))
        })
        .ok_or_else(|| WebError::BadRequest(text(key::FEED_NO_HOST, &[])))?;
    let scheme = if crate::auth::is_https(headers) {
        "https"
    } else {
        "http"
    };
    Ok(format!("{scheme}://{host}"))
}

/// A response whose addresses come from `origin`: without a configured public address they
/// depend on the request's host and scheme, which caches must then tell apart.
fn text_response(
    body: String,
    content_type: &'static str,
    state: &AppState,
) -> Result<Response, WebError> {
    let mut res = (
        StatusCode::OK,
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(content_type)),
            (header::CACHE_CONTROL, HeaderValue::from_static(MAX_AGE)),
        ],
        body,
    )
        .into_response();
    if state.public_url().is_none() {
        res.headers_mut().insert(
            header::VARY,
            HeaderValue::from_static("Host, X-Forwarded-Proto"),
        );
    }
    Ok(res)
}

fn rendered(page: &impl Template) -> Result<String, WebError> {
    page.render()
        .map_err(|e| WebError::Internal(format!("template: {e}")))
}

fn rfc3339(t: Timestamp) -> String {
    t.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
}

fn entry(state: &AppState, origin: &str, item: &Item, today: jiff::civil::Date) -> FeedEntry {
    let site = state.site();
    let d = &item.data;
    let lang = d.language.as_str();
    let content = xml_text(&crate::views::body_html(state, item));
    let mut categories = Vec::new();
    if let Some(t) = site.item_type(d.item_type.as_str()) {
        categories.push((
            t.slug.to_string(),
            xml_text(t.name_in(lang)),
            format!("{origin}/press-releases?type="),
        ));
    }
    for f in d
        .fields_of_work
        .iter()
        .filter_map(|f| site.field(f.as_str()))
    {
        categories.push((
            f.slug.to_string(),
            xml_text(f.name_in(lang)),
            format!("{origin}/fields-of-work/"),
        ));
    }
    for c in d.countries.iter().filter_map(|c| site.country(c.as_str())) {
        categories.push((
            c.slug.to_string(),
            xml_text(c.names.get(lang).unwrap_or(&c.name)),
            format!("{origin}/countries/"),
        ));
    }
    FeedEntry {
        id: format!("{origin}/items/{}", item.id),
        title: xml_text(&d.title),
        href: format!("{origin}{}", item.path()),
        lang: lang.to_owned(),
        published: rfc3339(d.published_at),
        updated: rfc3339(item.updated_at.max(d.published_at)),
        authors: crate::views::source_links(&site, item, today)
            .into_iter()
            .map(|l| xml_text(&l.label))
            .collect(),
        categories,
        summary: xml_text(&d.summary),
        content,
    }
}

/// `GET /feed.atom?field_of_work=elections&country=serbia`: the newest public items the
/// filters select, as Atom.
pub async fn feed(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(pairs): Query<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    if let Some((k, _)) = pairs.iter().find(|(k, _)| Dimension::from_key(k).is_none()) {
        let filters = Dimension::ALL.map(|d| d.key()).join(", ");
        return Err(WebError::BadRequest(text(
            key::FEED_UNKNOWN_FILTER,
            &[
                ("key", k.chars().take(40).collect::<String>().into()),
                ("filters", filters.into()),
            ],
        )));
    }
    let site = state.site();
    let filter = parse_listing(&pairs, &site)?.filter;
    let origin = origin(&state, &headers)?;
    let now = state.clock.now();
    let today = site.today(now);
    let public = state.public();
    let results = public
        .listing(publishing::CatalogQuery::newest(
            filter.condition(),
            FEED_SIZE,
        ))
        .await?;
    let items = public.items(&results.ids).await?;
    let entries: Vec<FeedEntry> = items
        .iter()
        .map(|i| entry(&state, &origin, i, today))
        .collect();
    let updated = items
        .iter()
        .map(|i| i.updated_at.max(i.data.published_at))
        .max()
        .unwrap_or(Timestamp::UNIX_EPOCH);
    let (self_path, title) = crate::views::feed_link(&site, &filter, today);
    let q = filter.to_query();
    let page = Feed {
        id: format!("{origin}{self_path}"),
        lang: site.organization.default_language.to_string(),
        title: xml_text(&title),
        subtitle: xml_text(&site.organization.name),
        updated: rfc3339(updated),
        self_href: format!("{origin}{self_path}"),
        html_href: if q.is_empty() {
            format!("{origin}/press-releases")
        } else {
            format!("{origin}/press-releases?{q}")
        },
        author: xml_text(&site.organization.name),
        entries,
    };
    text_response(
        rendered(&page)?,
        "application/atom+xml; charset=utf-8",
        &state,
    )
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SitemapQuery {
    part: Option<String>,
}

/// `GET /sitemap.xml`: the index of the sitemaps, and `?part=pages` or `?part=items-N`, its
/// parts (all at the site's root, so that they may list any of its addresses): the site's
/// pages, then the public items by ranges of 50,000 ids. An item stays in its part as others
/// are published; a range without a public item is not listed.
pub async fn sitemap(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(query): Query<SitemapQuery>,
) -> Result<Response, WebError> {
    let origin = origin(&state, &headers)?;
    let Some(part) = query.part else {
        return sitemap_index(&state, &origin).await;
    };
    let not_found = || {
        WebError::NotFound(text(
            key::SITEMAP_NO_SUCH_PART,
            &[("part", part.chars().take(40).collect::<String>().into())],
        ))
    };
    let urls = if part == "pages" {
        page_urls(&state.site(), &origin, state.clock.now())
    } else {
        let n: usize = part
            .strip_prefix("items-")
            .filter(|d| !d.starts_with('0') && d.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|d| d.parse().ok())
            .ok_or_else(not_found)?;
        let first = i64::try_from(n - 1)
            .ok()
            .and_then(|k| k.checked_mul(SITEMAP_SIZE as i64))
            .ok_or_else(not_found)?;
        let urls: Vec<(String, String)> = state
            .public()
            .stamps(
                model::ItemId(first + 1),
                model::ItemId(first + SITEMAP_SIZE as i64),
            )
            .await?
            .into_iter()
            .map(|s| {
                // Changed when last saved, or when it became public, whichever is later.
                let changed = s
                    .visibility
                    .public_from()
                    .map_or(s.updated_at, |p| p.max(s.updated_at));
                (
                    format!("{origin}{}", model::item::item_path(s.id, &s.slug)),
                    changed.strftime("%Y-%m-%d").to_string(),
                )
            })
            .collect();
        if urls.is_empty() {
            return Err(not_found());
        }
        urls
    };
    text_response(
        rendered(&Sitemap { urls })?,
        "application/xml; charset=utf-8",
        &state,
    )
}

async fn sitemap_index(state: &AppState, origin: &str) -> Result<Response, WebError> {
    let everything = state.catalog().len();
    let public = state
        .public()
        .listing(publishing::CatalogQuery::every_item(everything))
        .await?;
    let mut parts: Vec<usize> = public
        .ids
        .iter()
        .filter_map(|id| usize::try_from(id.0 - 1).ok())
        .map(|i| i / SITEMAP_SIZE + 1)
        .collect();
    parts.sort_unstable();
    parts.dedup();
    let mut sitemaps = vec![(format!("{origin}/sitemap.xml?part=pages"), String::new())];
    sitemaps.extend(parts.into_iter().map(|n| {
        (
            format!("{origin}/sitemap.xml?part=items-{n}"),
            String::new(),
        )
    }));
    text_response(
        rendered(&SitemapIndex { sitemaps })?,
        "application/xml; charset=utf-8",
        state,
    )
}

/// Every public page that is not an item: listings, taxonomies, structures, text pages.
fn page_urls(site: &SiteDefinition, origin: &str, now: Timestamp) -> Vec<(String, String)> {
    let today = site.today(now);
    let mut paths: Vec<String> = [
        "/",
        "/press-releases",
        "/fields-of-work",
        "/meetings",
        "/countries",
        "/structures",
        "/api",
    ]
    .into_iter()
    .map(str::to_owned)
    .collect();
    paths.extend(
        site.fields
            .iter()
            .map(|t| format!("/fields-of-work/{}", t.slug)),
    );
    paths.extend(
        site.meetings
            .iter()
            .map(|t| format!("/meetings/{}", t.slug)),
    );
    paths.extend(
        site.country_groups
            .iter()
            .map(|g| format!("/countries/groups/{}", g.slug)),
    );
    paths.extend(
        site.countries
            .iter()
            .map(|c| format!("/countries/{}", c.slug)),
    );
    for s in &site.structures {
        paths.push(format!("/structures/{}", s.slug));
        if site.children_of(s).any(|c| c.is_closed_on(today)) {
            paths.push(format!("/structures/{}/closed", s.slug));
        }
    }
    paths.extend(site.pages.iter().map(|p| format!("/pages/{}", p.slug)));
    paths
        .into_iter()
        .map(|p| (format!("{origin}{p}"), String::new()))
        .collect()
}

/// `GET /robots.txt`: the workspace and preview links are not for crawlers; the sitemap is.
pub async fn robots(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let origin = origin(&state, &headers)?;
    text_response(
        format!(
            "User-agent: *\nDisallow: /admin\nDisallow: /preview/\n\nSitemap: {origin}/sitemap.xml\n"
        ),
        "text/plain; charset=utf-8",
        &state,
    )
}
