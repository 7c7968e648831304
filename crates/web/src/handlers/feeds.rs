//! Feeds and sitemaps. A feed takes the listings' filters (the one filter language) and
//! answers with the newest public items as Atom, in the language of its address (`/ru/…`);
//! sitemaps list every public page for search engines, with its versions in the other
//! languages. Both read through the gate, so what they show is exactly what is public at the
//! moment of the request: an embargoed item is in neither before its instant, nor named as
//! another item's translation.

use axum::extract::{Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use jiff::Timestamp;
use model::{Dimension, Filter, Item, ItemId, SiteDefinition};
use render::Template;
use render::feeds::{Feed, FeedEntry, SitemapIndex, xml_text};
use render::messages::{key, text};
use render::pages::Ui;

use crate::AppState;
use crate::error::WebError;
use crate::language::Here;
use crate::query::parse_listing;

/// Items in a feed.
const FEED_SIZE: usize = 30;
/// Item ids per sitemap file. The protocol allows 50,000 addresses and 50 MB per file; an
/// address with an alternate for each of the site's languages (16 here, about 170 bytes each)
/// is near 3 KB, so 10,000 of them stay under 30 MB.
const SITEMAP_SIZE: usize = 10_000;
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

/// An instant as feeds, sitemaps and sharing cards write it (UTC, whole seconds).
pub(crate) fn rfc3339(t: Timestamp) -> String {
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
        // The permanent id of the entry stays the address without language or slug.
        id: format!("{origin}/items/{}", item.id),
        title: xml_text(&d.title),
        href: format!("{origin}{}", crate::views::item_address(&site, item)),
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

/// The value of `language` that widens a feed to every language, as it widens a listing.
const ALL_LANGUAGES: &str = crate::listing::EVERY_LANGUAGE;

/// What a feed selects: the reader's filters, and whether `language=all` widened it.
struct FeedScope {
    /// The filters of the query string (`language=all` taken out).
    asked: Filter,
    all_languages: bool,
}

impl FeedScope {
    fn of(pairs: &[(String, String)], site: &SiteDefinition) -> Result<FeedScope, WebError> {
        let (all_languages, rest) = crate::listing::take_widening(pairs);
        let asked = parse_listing(&rest, site)?.filter;
        // Languages named alongside `all` are followed, as on a listing.
        let all_languages = all_languages && asked.values(Dimension::Language).is_empty();
        Ok(FeedScope {
            asked,
            all_languages,
        })
    }

    /// What the feed lists at the address of `lang`: the reader's filters, in `lang` alone
    /// unless they name languages themselves or ask for all of them.
    fn filter(&self, lang: &str) -> Filter {
        if self.all_languages || !self.asked.values(Dimension::Language).is_empty() {
            self.asked.clone()
        } else {
            self.asked.clone().with(Dimension::Language, lang)
        }
    }

    /// The query string that asks for this feed again (the language of the address is not in
    /// it: the prefix says it).
    fn query(&self) -> String {
        let q = self.asked.to_query();
        match (self.all_languages, q.is_empty()) {
            (false, _) => q,
            (true, true) => format!("language={ALL_LANGUAGES}"),
            (true, false) => format!("{q}&language={ALL_LANGUAGES}"),
        }
    }
}

/// `path` with the query string `q`, if there is one.
fn with_query(path: &str, q: &str) -> String {
    if q.is_empty() {
        path.to_owned()
    } else {
        format!("{path}?{q}")
    }
}

/// `GET /feed.atom?field_of_work=elections&country=serbia`: the newest public items the
/// filters select, as Atom. Under a language's prefix (`/ru/feed.atom`) the feed lists the
/// items in that language and is titled in it; at the root, those in the default language.
/// `language=all` lists every language; a `language` filter is followed as it is.
pub async fn feed(
    State(state): State<AppState>,
    here: Here,
    headers: HeaderMap,
    Query(pairs): Query<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    // A search can be followed: `q` narrows the feed to the items its words find.
    let words = crate::handlers::search::words(&here, &pairs)?;
    let pairs: Vec<(String, String)> = pairs.into_iter().filter(|(k, _)| k != "q").collect();
    if let Some((k, _)) = pairs.iter().find(|(k, _)| Dimension::from_key(k).is_none()) {
        let filters = Dimension::ALL.map(|d| d.key()).join(", ");
        return Err(WebError::BadRequest(here.ui.text(
            key::FEED_UNKNOWN_FILTER,
            &[
                ("key", k.chars().take(40).collect::<String>().into()),
                ("filters", filters.into()),
            ],
        )));
    }
    let site = state.site();
    let ui = &here.ui;
    let scope = FeedScope::of(&pairs, &site)?;
    let filter = scope.filter(ui.lang());
    let origin = origin(&state, &headers)?;
    let now = state.clock.now();
    let today = site.today(now);
    let text = if words.is_empty() {
        None
    } else {
        let found =
            crate::text_search::text_search(&state, &words, search::Order::Newest, false).await?;
        Some(found.matches)
    };
    let public = state.public();
    let results = public
        .listing(publishing::CatalogQuery {
            text,
            ..publishing::CatalogQuery::newest(filter.condition(), FEED_SIZE)
        })
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
    let mut title = crate::views::feed_title(&site, ui, &scope.asked, today);
    // The feed's own address, and the page that lists the same items (newest first).
    let (mut self_query, mut html_page, mut html_query) =
        (scope.query(), "/press-releases", scope.query());
    if !words.is_empty() {
        let searched = ui.text(
            key::SEARCH_HEADING_WORDS,
            &[("words", words.as_str().into())],
        );
        title = format!("{searched} — {title}");
        let q = format!("q={}", model::filter::encode_query_value(&words));
        let joined = |a: &str, b: &str| {
            if b.is_empty() {
                a.to_owned()
            } else {
                format!("{a}&{b}")
            }
        };
        self_query = joined(&q, &self_query);
        html_query = joined(&format!("{q}&sort=newest"), &html_query);
        html_page = "/search";
    }
    let self_href = format!(
        "{origin}{}",
        ui.href(&with_query("/feed.atom", &self_query))
    );
    let page = Feed {
        id: self_href.clone(),
        lang: ui.lang().to_owned(),
        title: xml_text(&title),
        subtitle: xml_text(site.organization.name_in(ui.lang())),
        updated: rfc3339(updated),
        self_href,
        html_href: format!("{origin}{}", ui.href(&with_query(html_page, &html_query))),
        author: xml_text(site.organization.name_in(ui.lang())),
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
/// pages, then the public items by ranges of 10,000 ids. An item stays in its part as others
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
    let site = state.site();
    let urls = if part == "pages" {
        page_urls(&site, &origin, state.clock.now())
    } else {
        let n: usize = part
            .strip_prefix("items-")
            .filter(|d| !d.starts_with('0') && d.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|d| d.parse().ok())
            .ok_or_else(not_found)?;
        // A part far beyond any id is unknown (and its range never overflows).
        let first = i64::try_from(n - 1)
            .ok()
            .and_then(|k| k.checked_mul(SITEMAP_SIZE as i64))
            .filter(|k| k.checked_add(SITEMAP_SIZE as i64).is_some())
            .ok_or_else(not_found)?;
        let urls = item_urls(&state, &site, &origin, first).await?;
        if urls.is_empty() {
            return Err(not_found());
        }
        urls
    };
    text_response(sitemap_xml(&urls), "application/xml; charset=utf-8", &state)
}

/// One address of a sitemap, with the same page in the other languages.
struct SitemapUrl {
    loc: String,
    /// `YYYY-MM-DD`, when known.
    lastmod: Option<String>,
    /// (hreflang, address): every version of the page, itself included, and `x-default`;
    /// none for a page in one language.
    alternates: Vec<(String, String)>,
}

/// The address of an item in `lang` (under its prefix) from its id and slug.
fn item_address(site: &SiteDefinition, lang: &str, id: ItemId, slug: &model::Slug) -> String {
    Ui::new(lang, site.organization.default_language.as_str())
        .href(&model::item::item_path(id, slug))
}

/// The public items whose ids are in the `first`+1… range of one part, each at its own
/// language's address with its public translations as alternates.
async fn item_urls(
    state: &AppState,
    site: &SiteDefinition,
    origin: &str,
    first: i64,
) -> Result<Vec<SitemapUrl>, WebError> {
    let default = site.organization.default_language.as_str();
    let stamped = state
        .public()
        .stamps_with_translations(ItemId(first + 1), ItemId(first + SITEMAP_SIZE as i64))
        .await?;
    Ok(stamped
        .into_iter()
        .map(|item| {
            let s = &item.stamp;
            // Changed when last saved, or when it became public, whichever is later.
            let changed = s
                .visibility
                .public_from()
                .map_or(s.updated_at, |p| p.max(s.updated_at));
            let loc = format!(
                "{origin}{}",
                item_address(site, &item.language, s.id, &s.slug)
            );
            // One version per language: the item itself first, then its translations by id
            // (a second item in a language already listed is left out).
            let mut versions: Vec<(&str, String)> = vec![(item.language.as_str(), loc.clone())];
            for t in &item.translations {
                if versions.iter().all(|(l, _)| *l != t.language) {
                    let href = item_address(site, &t.language, t.id, &t.slug);
                    versions.push((t.language.as_str(), format!("{origin}{href}")));
                }
            }
            let alternates = if versions.len() > 1 {
                let x_default = versions
                    .iter()
                    .find(|(l, _)| *l == default)
                    .map(|(_, href)| ("x-default".to_owned(), href.clone()));
                versions
                    .iter()
                    .map(|(l, href)| (render::lang_tag(l).to_owned(), href.clone()))
                    .chain(x_default)
                    .collect()
            } else {
                Vec::new()
            };
            SitemapUrl {
                loc,
                lastmod: Some(changed.strftime("%Y-%m-%d").to_string()),
                alternates,
            }
        })
        .collect())
}

/// `text` escaped for XML text and attribute values.
fn xml_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in xml_text(text).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

/// A sitemap with `xhtml:link` alternates (the form search engines read for the languages
/// of a page), written directly: a part holds the addresses of up to 10,000 ids.
fn sitemap_xml(urls: &[SitemapUrl]) -> String {
    let mut out = String::with_capacity(urls.len() * 160);
    out.push_str(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset \
         xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" \
         xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for u in urls {
        out.push_str("  <url><loc>");
        out.push_str(&xml_escape(&u.loc));
        out.push_str("</loc>");
        if let Some(lastmod) = &u.lastmod {
            out.push_str("<lastmod>");
            out.push_str(&xml_escape(lastmod));
            out.push_str("</lastmod>");
        }
        for (lang, href) in &u.alternates {
            out.push_str("\n    <xhtml:link rel=\"alternate\" hreflang=\"");
            out.push_str(&xml_escape(lang));
            out.push_str("\" href=\"");
            out.push_str(&xml_escape(href));
            out.push_str("\"/>");
        }
        if !u.alternates.is_empty() {
            out.push_str("\n  ");
        }
        out.push_str("</url>\n");
    }
    out.push_str("</urlset>\n");
    out
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

/// Every public page that is not an item: listings, taxonomies, structures, text pages; each
/// in every language of the site's interface, with the others as its alternates.
fn page_urls(site: &SiteDefinition, origin: &str, now: Timestamp) -> Vec<SitemapUrl> {
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
    let default = site.organization.default_language.as_str();
    let languages: Vec<&str> = site
        .organization
        .languages
        .iter()
        .filter(|l| l.interface || l.code.as_str() == default)
        .map(|l| l.code.as_str())
        .collect();
    let mut urls = Vec::with_capacity(paths.len() * languages.len());
    for path in &paths {
        let versions: Vec<(&str, String)> = languages
            .iter()
            .map(|l| (*l, format!("{origin}{}", Ui::new(l, default).href(path))))
            .collect();
        let alternates: Vec<(String, String)> = if versions.len() > 1 {
            versions
                .iter()
                .map(|(l, href)| (render::lang_tag(l).to_owned(), href.clone()))
                .chain(std::iter::once((
                    "x-default".to_owned(),
                    format!("{origin}{path}"),
                )))
                .collect()
        } else {
            Vec::new()
        };
        urls.extend(versions.into_iter().map(|(_, loc)| SitemapUrl {
            loc,
            lastmod: None,
            alternates: alternates.clone(),
        }));
    }
    urls
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
