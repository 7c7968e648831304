//! Builds the view models of `render::pages` from the site definition, the catalog and the
//! store.

use axum::response::{Html, IntoResponse, Response};
use jiff::civil::Date;
use model::menu::{self, structure_href};
use model::{Dimension, Filter, Item, SiteDefinition};
use render::Template;
use render::messages::{Key, dimension_key, key};
use render::pages::{Facet, FacetOption, ItemCard, LanguageLink, Layout, Link, Pagination, Ui};

use crate::AppState;
use crate::error::WebError;
use crate::language::Here;

/// What every page shares, in the language of `here`, with the switcher to the same page in
/// each language of the site's interface (its path, without the query: a listing puts its
/// own filters back with [`localize`]).
pub fn layout(state: &AppState, here: &Here, title: &str, section: &str) -> Layout {
    // One snapshot of the definition: the navigation's cache key and its content agree.
    let effect = state.site_in_effect();
    let site = &effect.definition;
    let now = state.clock.now();
    let today = site.today(now);
    let ui = &here.ui;
    let lang = ui.lang();
    let chair = site.chairpersonship(today.year()).map(|(ch, c)| {
        let (country, country_lang) = site
            .value_name_in(Dimension::Country, c.slug.as_str(), lang)
            .unwrap_or((c.name.as_str(), lang));
        Link {
            label: ui.text(
                key::CHAIR_BADGE,
                &[
                    ("country", country.into()),
                    ("organization", site.organization.short_name_in(lang).into()),
                    ("year", ch.year.to_string().into()),
                ],
            ),
            href: structure_href("chairpersonship"),
            lang: (country_lang != lang).then(|| country_lang.to_owned()),
        }
    });
    let (tagline, tagline_lang) = site.organization.tagline_in(lang);
    let default = site.organization.default_language.as_str();
    let languages = site
        .organization
        .languages
        .iter()
        .filter(|l| l.interface || l.code.as_str() == ui.lang())
        .map(|l| {
            let code = l.code.as_str();
            LanguageLink {
                code: code.to_owned(),
                name: l.name.clone(),
                href: Ui::new(code, default).href(here.path_only()),
                current: code == ui.lang(),
            }
        })
        .collect();
    Layout {
        ui: ui.clone(),
        lang: ui.lang().to_owned(),
        title: title.to_owned(),
        site_name: site.organization.name_in(lang).to_owned(),
        short_name: site.organization.short_name_in(lang).to_owned(),
        tagline: tagline.to_owned(),
        tagline_lang: (tagline_lang != lang).then(|| tagline_lang.to_owned()),
        nav_html: state
            .navigation()
            .get(effect.last_change, site, today, ui, section),
        chair,
        canonical: None,
        feed: None,
        stylesheet: state.stylesheet_version.to_string(),
        year: today.year(),
        current_section: section.to_owned(),
        languages,
        x_default: Some(here.path_only().to_owned()),
        origin: state.pages_origin().to_owned(),
        meta: render::pages::Meta {
            description: tagline.to_owned(),
            ..Default::default()
        },
        breadcrumbs: breadcrumbs(ui, here.path_only()),
    }
}

/// The pages above the page at `path`: the home page, and the index of its part of the site
/// unless it is that index.
fn breadcrumbs(ui: &Ui, path: &str) -> Vec<Link> {
    if path == "/" {
        return Vec::new();
    }
    let link = |k: Key, href: &str| Link {
        label: ui.text(k, &[]),
        href: href.to_owned(),
        lang: None,
    };
    let mut trail = vec![link(key::HOME_TITLE, "/")];
    let parts: [(&str, Key, &str); 6] = [
        ("/press-releases", key::NEWSROOM_TITLE, "/press-releases"),
        ("/items/", key::NEWSROOM_TITLE, "/press-releases"),
        ("/fields-of-work/", key::FIELDS_TITLE, "/fields-of-work"),
        ("/meetings/", key::MEETINGS_TITLE, "/meetings"),
        ("/countries/", key::COUNTRIES_TITLE, "/countries"),
        ("/structures/", key::STRUCTURES_TITLE, "/structures"),
    ];
    if let Some((_, k, href)) = parts
        .iter()
        .find(|(prefix, _, href)| path.starts_with(prefix) && path != *href)
    {
        trail.push(link(*k, href));
    }
    trail
}

/// The main navigation rendered for each (site definition, day, language, section): the
/// same on every page that shares them, so it is resolved and rendered once rather than on
/// each request (a third or more of a page's bytes). A change of the site definition makes a
/// new key (the number of the last change applied); old entries are dropped when the cache
/// is full.
#[derive(Debug, Default)]
pub struct NavCache {
    rendered: std::sync::RwLock<std::collections::HashMap<NavKey, std::sync::Arc<str>>>,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct NavKey {
    /// The last change of the site definition applied (the definition only moves forward).
    site: i64,
    day: Date,
    lang: String,
    section: String,
}

/// Entries kept at most: 16 languages × 6 sections with room for a day's change.
const NAV_ENTRIES: usize = 256;

impl NavCache {
    fn get(
        &self,
        change: i64,
        site: &SiteDefinition,
        today: Date,
        ui: &Ui,
        section: &str,
    ) -> std::sync::Arc<str> {
        let key = NavKey {
            site: change,
            day: today,
            lang: ui.lang().to_owned(),
            section: section.to_owned(),
        };
        let read = self
            .rendered
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(html) = read.get(&key) {
            return std::sync::Arc::clone(html);
        }
        drop(read);
        let menus = menu::resolve_in(site, today, ui.lang());
        let nav = render::pages::MainNav {
            ui,
            menus: &menus,
            current_section: section,
        };
        let html: std::sync::Arc<str> = match nav.render() {
            Ok(html) => html.into(),
            Err(e) => {
                // Not cached: the next page tries again.
                tracing::error!(error = %e, "the navigation did not render");
                return std::sync::Arc::from("");
            }
        };
        let mut write = self
            .rendered
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if write.len() >= NAV_ENTRIES {
            write.clear();
        }
        write.insert(key, std::sync::Arc::clone(&html));
        html
    }
}

/// Points the language switcher of `layout` at `path` (an address without language prefix,
/// with its query) in each language.
pub fn localize(layout: &mut Layout, default: &str, path: &str) {
    for l in &mut layout.languages {
        l.href = Ui::new(&l.code, default).href(path);
    }
    layout.x_default = Some(path.to_owned());
}

/// The address of an item: under its language's prefix (`/ru/items/5/…`), at the root in
/// the site's default language.
pub fn item_address(site: &SiteDefinition, item: &Item) -> String {
    item_ui(site, item).href(&item.path())
}

/// The interface an item's own page is shown in: the item's language.
pub fn item_ui(site: &SiteDefinition, item: &Item) -> Ui {
    Ui::in_site(site, item.data.language.as_str())
}

/// The bytes of a page, for the render cache.
pub fn rendered<T: Template>(page: &T) -> Result<bytes::Bytes, WebError> {
    page.render()
        .map(bytes::Bytes::from)
        .map_err(|e| WebError::Internal(format!("template: {e}")))
}

/// The body of a rendered page (bounded: the site's pages are far smaller).
pub async fn body_of(page: Response) -> Result<bytes::Bytes, WebError> {
    axum::body::to_bytes(page.into_body(), 16 << 20)
        .await
        .map_err(|e| WebError::Internal(format!("page body: {e}")))
}

/// A page kept in the render cache, served compressed or as 304 (`Cache-Control: no-cache`:
/// clients keep it and ask again each time, answered by a 304 while it has not changed).
pub fn kept_page(request: &http::HeaderMap, view: &publishing::CachedView) -> Response {
    crate::http_cache::serve(
        request,
        crate::http_cache::Kept {
            body: &view.html,
            etag: &view.etag,
            encoded: &view.encoded,
            content_type: "text/html; charset=utf-8",
            cache_control: "public, no-cache",
        },
    )
}

pub fn html<T: Template>(page: &T) -> Result<Response, WebError> {
    let body = page
        .render()
        .map_err(|e| WebError::Internal(format!("template: {e}")))?;
    Ok(Html(body).into_response())
}

/// "OSCE Secretariat, OSCE Office in Minsk (closed)" and the links behind each name, in the
/// item's language where the site translates the name.
pub fn source_links(site: &SiteDefinition, item: &Item, today: Date) -> Vec<Link> {
    let date = item.data.local_date();
    let lang = item.data.language.as_str();
    item.data
        .sources
        .iter()
        .map(|slug| match site.structure(slug.as_str()) {
            Some(s) => Link {
                label: source_label(site, s, date, today, lang),
                href: structure_href(slug.as_str()),
                // A name the site does not give in the item's language is in the default one.
                lang: (s.name_at(date).translation(lang).is_none()
                    && lang != site.organization.default_language.as_str())
                .then(|| site.organization.default_language.to_string()),
            },
            None => Link {
                label: slug.to_string(),
                href: structure_href(slug.as_str()),
                lang: None,
            },
        })
        .collect()
}

/// How a structure is shown as the source of an item written in `lang`: the name it had on
/// the item's date, marked "(closed)" in that language when it is closed on `today`.
pub fn source_label(
    site: &SiteDefinition,
    s: &model::site::Structure,
    item_date: Date,
    today: Date,
    lang: &str,
) -> String {
    let name = site.source_name_in(s, item_date, lang);
    if s.is_closed_on(today) {
        render::messages::text_in(
            lang,
            render::messages::key::STRUCTURE_CLOSED_NAME,
            &[("name", name.as_str().into())],
        )
    } else {
        name
    }
}

/// An item's card on a page in `page_lang`: the card is in the item's language (its type,
/// date and sources too), marked so when that is not the page's.
pub fn card(site: &SiteDefinition, item: &Item, today: Date, page_lang: &str) -> ItemCard {
    let lang = item.data.language.as_str();
    let date = item.data.local_date();
    let excerpt = if item.data.summary.is_empty() {
        render::html::excerpt(&item.data.body_html, 220)
    } else {
        item.data.summary.clone()
    };
    ItemCard {
        href: item_address(site, item),
        type_label: site.item_type(item.data.item_type.as_str()).map_or_else(
            || item.data.item_type.to_string(),
            |t| t.name_in(lang).to_owned(),
        ),
        title: item.data.title.clone(),
        date: render::dates::format_date(date, site.locale_of(lang)),
        date_iso: date.to_string(),
        place: item.data.place.clone(),
        sources: source_links(site, item, today)
            .into_iter()
            .map(|l| l.label)
            .collect::<Vec<_>>()
            .join(", "),
        excerpt,
        lang: lang.to_owned(),
        same_lang: lang == page_lang,
        snippet_html: String::new(),
        thumbnail: None,
    }
}

/// An item's body as its page shows it: the glossary's abbreviations marked at their first
/// use, and the dateline ("MINSK, 8 April 2008 - ") at its head when it has a place.
pub fn body_html(state: &AppState, item: &Item) -> String {
    let d = &item.data;
    let lang = d.language.as_str();
    let body = render::mark_abbreviations(&d.body_html, &state.glossary_for(lang));
    if d.place.is_empty() {
        body
    } else {
        let date = render::dates::format_date(d.local_date(), state.site().locale_of(lang));
        render::with_dateline(&body, &format!("{}, {date} - ", d.place.to_uppercase()))
    }
}

/// Loads the items of a page of results, in order, each with its lead picture small when it
/// has one (the lead pictures of the page read in one query).
pub async fn cards(
    state: &AppState,
    ui: &Ui,
    ids: &[model::ItemId],
) -> Result<Vec<ItemCard>, WebError> {
    let public = state.public();
    let site = state.site();
    let today = site.today(public.now());
    let items = public.card_items(ids).await?;
    let shown: Vec<model::ItemId> = items.iter().map(|i| i.id).collect();
    let leads = state.store.lead_images(&shown).await?;
    Ok(items
        .iter()
        .map(|i| ItemCard {
            thumbnail: leads.get(&i.id).and_then(crate::handlers::media::thumbnail),
            ..card(&site, i, today, ui.lang())
        })
        .collect())
}

/// The name of a filter value on a page in `ui`'s language ("Права человека"), a closed
/// structure marked so, and the language of the name when the site gives none in the page's
/// (it is then shown in the default language, marked with its own `lang`).
pub fn value_label(
    site: &SiteDefinition,
    ui: &Ui,
    dim: Dimension,
    value: &str,
    today: Date,
) -> (String, Option<String>) {
    let lang = ui.lang();
    let Some((name, name_lang)) = site.value_name_in(dim, value, lang) else {
        return (value.to_owned(), None);
    };
    let closed =
        dim == Dimension::Source && site.structure(value).is_some_and(|s| s.is_closed_on(today));
    let label = if closed {
        ui.text(key::STRUCTURE_CLOSED_NAME, &[("name", name.into())])
    } else {
        name.to_owned()
    };
    (label, (name_lang != lang).then(|| name_lang.to_owned()))
}

/// `base` with `query` appended (`base` may already carry a query, e.g. `/search?q=x`).
pub fn url(base: &str, query: &str) -> String {
    if query.is_empty() {
        base.to_owned()
    } else if base.contains('?') {
        format!("{base}&{query}")
    } else {
        format!("{base}?{query}")
    }
}

/// Facet views: every value with its count, selected values first kept even at zero. The
/// values in `marked` are shown as chosen, with `unmark` as their link (a listing narrowed to
/// its page's language shows that language chosen, and the link widens it).
#[allow(clippy::too_many_arguments)]
pub fn facets(
    site: &SiteDefinition,
    ui: &Ui,
    base: &str,
    filter: &Filter,
    results: &search::Results,
    dims: &[Dimension],
    today: Date,
    marked: Option<(Dimension, &str, &str)>,
) -> Vec<Facet> {
    dims.iter()
        .filter_map(|dim| {
            let values = results.facets.get(dim)?;
            let option = |value: &str, count: u32| {
                let (label, lang) = value_label(site, ui, *dim, value, today);
                match marked {
                    Some((d, v, unmark)) if d == *dim && v == value => FacetOption {
                        label,
                        href: unmark.to_owned(),
                        count,
                        selected: true,
                        lang,
                    },
                    _ => FacetOption {
                        label,
                        href: url(base, &filter.toggled(*dim, value).to_query()),
                        count,
                        selected: filter.has(*dim, value),
                        lang,
                    },
                }
            };
            let mut options: Vec<FacetOption> = values
                .iter()
                .map(|fv| option(&fv.value, fv.count))
                .collect();
            for v in filter.values(*dim) {
                if !values.iter().any(|fv| &fv.value == v) {
                    options.push(option(v, 0));
                }
            }
            if options.is_empty() {
                return None;
            }
            options.sort_by_key(|o| !o.selected);
            Some(Facet {
                key: dim.key().to_owned(),
                label: ui.text(dimension_key(*dim), &[]),
                options,
                fold_after: 8,
            })
        })
        .collect()
}

/// The chips of the active filters, each a link that removes it.
pub fn active_filters(
    site: &SiteDefinition,
    ui: &Ui,
    base: &str,
    filter: &Filter,
    today: Date,
) -> Vec<FacetOption> {
    filter
        .dimensions()
        .flat_map(|(dim, values)| {
            values.iter().map(move |v| {
                let (value, _) = value_label(site, ui, dim, v, today);
                FacetOption {
                    label: ui.text(
                        key::ACTIVE_FILTER,
                        &[
                            ("dimension", ui.text(dimension_key(dim), &[]).into()),
                            ("value", value.into()),
                        ],
                    ),
                    href: url(base, &filter.toggled(dim, v).to_query()),
                    count: 0,
                    selected: true,
                    lang: None,
                }
            })
        })
        .collect()
}

pub fn pagination(
    base: &str,
    filter: &Filter,
    page: usize,
    total: usize,
    page_size: usize,
) -> Pagination {
    let pages = total.div_ceil(page_size).max(1);
    let href = |n: usize| {
        let q = filter.to_query();
        let q = if n == 1 {
            q
        } else if q.is_empty() {
            format!("page={n}")
        } else {
            format!("{q}&page={n}")
        };
        url(base, &q)
    };
    let mut numbers = Vec::new();
    let mut last_shown = 0;
    for n in 1..=pages {
        if n == 1 || n == pages || n.abs_diff(page) <= 2 {
            if last_shown + 1 != n && last_shown != 0 {
                numbers.push(None);
            }
            numbers.push(Some((n, href(n))));
            last_shown = n;
        }
    }
    Pagination {
        page,
        pages,
        prev: (page > 1).then(|| href(page - 1)),
        next: (page < pages).then(|| href(page + 1)),
        numbers,
    }
}

/// The address of the feed of what `filter` selects, in `ui`'s language (or in every
/// language), and its title.
pub fn feed_link(
    site: &SiteDefinition,
    ui: &Ui,
    filter: &Filter,
    today: jiff::civil::Date,
    every_language: bool,
) -> (String, String) {
    let mut href = url("/feed.atom", &filter.to_query());
    if every_language {
        href = crate::listing::widened(&href);
    }
    let href = ui.href(&href);
    (href, feed_title(site, ui, filter, today))
}

/// The title of the feed of what `filter` selects: the newsroom's, with the values chosen,
/// in `ui`'s language.
pub fn feed_title(
    site: &SiteDefinition,
    ui: &Ui,
    filter: &Filter,
    today: jiff::civil::Date,
) -> String {
    // Values of one dimension are alternatives ("Press releases or News"); dimensions narrow
    // each other.
    let labels: Vec<String> = filter
        .dimensions()
        .map(|(dim, values)| {
            let names: Vec<String> = values
                .iter()
                .map(|v| value_label(site, ui, dim, v, today).0)
                .collect();
            render::dates::format_list_or(&names, ui.locale())
        })
        .collect();
    let organization = (
        "organization",
        site.organization.short_name_in(ui.lang()).into(),
    );
    if labels.is_empty() {
        ui.text(key::FEED_TITLE, &[organization])
    } else {
        let filters = ("filters", labels.join(", ").into());
        ui.text(key::FEED_TITLE_FILTERED, &[organization, filters])
    }
}

/// An interface text that the site definition may replace with its own (one that names the
/// organization's bodies, kept in its `[texts]`, written in the default language): other
/// languages show their message.
pub fn site_text(site: &SiteDefinition, ui: &Ui, key: Key) -> String {
    match site.texts.get(key.id()) {
        Some(own) if ui.is_default() => own.clone(),
        _ => ui.text(key, &[]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_site_texts_replace_messages_of_the_interface() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../site/osce");
        let sources = publishing::site_sources_from_dir(&dir).expect("site folder readable");
        let site = SiteDefinition::load(&sources).expect("valid site");
        assert!(!site.texts.is_empty());
        for id in site.texts.keys() {
            assert!(
                render::messages::key::ALL.iter().any(|k| k.id() == id),
                "site.toml [texts] names no message '{id}'"
            );
        }
        assert_eq!(
            site_text(&site, &Ui::in_site(&site, "en"), key::COUNTRIES_INTRO),
            "The participating States and the Partners for Co-operation."
        );
    }

    #[test]
    fn pagination_shows_gaps() {
        let p = pagination("/press-releases", &Filter::new(), 10, 1000, 20);
        let nums: Vec<Option<usize>> = p
            .numbers
            .iter()
            .map(|n| n.as_ref().map(|(k, _)| *k))
            .collect();
        assert_eq!(
            nums,
            vec![
                Some(1),
                None,
                Some(8),
                Some(9),
                Some(10),
                Some(11),
                Some(12),
                None,
                Some(50)
            ]
        );
        assert_eq!(p.prev.as_deref(), Some("/press-releases?page=9"));
        assert_eq!(p.next.as_deref(), Some("/press-releases?page=11"));
    }
}
