//! Item pages. The URL is built from the permanent id; the slug is cosmetic and an outdated
//! one redirects (301) to the canonical address.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use model::menu::{country_href, field_href, meeting_href};
use model::{Item, ItemId};
use render::messages::{key, text};
use render::pages::{ItemPage, LanguageLink, Link, Ui};

use super::item_related;
use crate::AppState;
use crate::error::WebError;
use crate::http_cache;
use crate::language::Here;
use crate::sharing;
use crate::views;
use publishing::{CachedPage, etag_of};

fn parse_id(ui: &Ui, raw: &str) -> Result<ItemId, WebError> {
    ItemId::parse(raw).map_err(|_| {
        WebError::NotFound(ui.text(
            key::NO_SUCH_ITEM,
            &[("id", raw.chars().take(40).collect::<String>().into())],
        ))
    })
}

fn gone(ui: &Ui) -> WebError {
    WebError::NotFound(ui.text(key::ITEM_GONE, &[]))
}

/// `GET /items/{id}`: redirects to the canonical address.
pub async fn item_without_slug(
    State(state): State<AppState>,
    Path(id): Path<String>,
    here: Here,
) -> Result<Response, WebError> {
    let id = parse_id(&here.ui, &id)?;
    let page = page_for(&state, &here.ui, id).await?;
    moved_permanently(&page.canonical_path)
}

/// `GET /items/{id}/{slug}`, under the prefix of the item's language (`/ru/items/…`). Any
/// other slug or language prefix redirects to that address.
pub async fn item_page(
    State(state): State<AppState>,
    Path((id, slug)): Path<(String, String)>,
    here: Here,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let id = parse_id(&here.ui, &id)?;
    let page = page_for(&state, &here.ui, id).await?;
    if page.canonical_path != here.ui.href(&format!("/items/{}/{slug}", id.0)) {
        return moved_permanently(&page.canonical_path);
    }
    Ok(http_cache::serve(
        &headers,
        http_cache::Kept {
            body: &page.html,
            etag: &page.etag,
            encoded: &page.encoded,
            content_type: "text/html; charset=utf-8",
            cache_control: "public, max-age=60",
        },
    ))
}

/// 301: the address of an item never breaks, an outdated one points to the current one.
fn moved_permanently(path: &str) -> Result<Response, WebError> {
    let location = HeaderValue::from_str(path).map_err(|e| WebError::Internal(e.to_string()))?;
    Ok((
        StatusCode::MOVED_PERMANENTLY,
        [(header::LOCATION, location)],
    )
        .into_response())
}

/// The rendered page of a public item, from the cache when it is there. An item that is not
/// public is answered exactly as one that does not exist, by the same path: one look-up in
/// the store, nothing rendered, nothing cached — so that not even the time of the answer
/// tells that it exists.
async fn page_for(state: &AppState, ui: &Ui, id: ItemId) -> Result<CachedPage, WebError> {
    let public = state.public();
    let today = state.site().today(public.now());
    public
        .page(
            id,
            async |item, translations| -> Result<CachedPage, WebError> {
                let html = Bytes::from(
                    render_item(state, item, translations, today, Audience::Public).await?,
                );
                Ok(CachedPage {
                    day: today,
                    until: None,
                    visibility: item.visibility(),
                    canonical_path: views::item_address(&state.site(), item),
                    etag: etag_of(&html),
                    html,
                    encoded: Default::default(),
                })
            },
        )
        .await?
        .ok_or_else(|| gone(ui))
}

/// Links to the pages of `slugs`, named in the page's language (marked with the language
/// of the name when the site gives none in it; the slug where it has no name).
fn links(
    site: &model::SiteDefinition,
    ui: &Ui,
    dim: model::Dimension,
    slugs: &[model::Slug],
    href: fn(&str) -> String,
    today: jiff::civil::Date,
) -> Vec<Link> {
    slugs
        .iter()
        .map(|s| {
            let (label, lang) = views::value_label(site, ui, dim, s.as_str(), today);
            Link {
                label,
                href: href(s.as_str()),
                lang,
            }
        })
        .collect()
}

/// The item and its translations, one per language, in the order of the site's languages:
/// the language switcher of the item's page.
fn translation_links(
    site: &model::SiteDefinition,
    item: &Item,
    translations: &[Item],
) -> Vec<LanguageLink> {
    let mut links: Vec<(usize, LanguageLink)> = std::iter::once(item)
        .chain(translations)
        .filter_map(|i| {
            let code = i.data.language.as_str();
            let (pos, lang) = site
                .organization
                .languages
                .iter()
                .enumerate()
                .find(|(_, l)| l.code.as_str() == code)?;
            Some((
                pos,
                LanguageLink {
                    code: code.to_owned(),
                    name: lang.name.clone(),
                    href: views::item_address(site, i),
                    current: i.id == item.id,
                },
            ))
        })
        .collect();
    links.sort_by_key(|(pos, l)| (*pos, !l.current));
    // One entry per language: the item itself, else the first of its translations in it.
    links.dedup_by(|b, a| a.1.code == b.1.code);
    links.into_iter().map(|(_, l)| l).collect()
}

/// How an item's page is rendered: for the public, or as a preview of what it will be (no
/// sharing card, no share links: a chat that fetches a preview link would keep its text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Audience {
    Public,
    /// The holder of a preview link: the item's pictures are shown through addresses signed
    /// by the same link (`/preview/{id}/media/{key}?until=…&sig=…`), since the public
    /// addresses of an embargoed item's pictures answer 404 until it is public.
    Preview {
        until: i64,
        sig: String,
    },
}

impl Audience {
    /// The address a picture's file is shown at, for this audience.
    fn media_address(&self, item: ItemId, key: &str) -> String {
        match self {
            Audience::Public => super::media::address(key),
            Audience::Preview { until, sig } => {
                format!("/preview/{}/media/{key}?until={until}&sig={sig}", item.0)
            }
        }
    }
}

/// The page of an item, in its language, with the links to its public translations.
pub(crate) async fn render_item(
    state: &AppState,
    item: &Item,
    translations: &[Item],
    today: jiff::civil::Date,
    audience: Audience,
) -> Result<String, WebError> {
    let site = &state.site();
    let d = &item.data;
    let lang = d.language.as_str();
    let date = d.local_date();
    let date_text = render::dates::format_date(date, site.locale_of(lang));
    let body = match audience {
        Audience::Public => views::body_html(state, item),
        Audience::Preview { .. } => {
            // The body is HTML: the `&` between the link's parameters is written as such.
            render::html::rewrite_media_addresses(&views::body_html(state, item), |key| {
                render::html::escape(&audience.media_address(item.id, key))
            })
        }
    };
    let here = Here {
        ui: views::item_ui(site, item),
        path: item.path(),
    };
    let mut layout = views::layout(state, &here, &d.title, "newsroom");
    layout.canonical = Some(views::item_address(site, item));
    layout.languages = translation_links(site, item, translations);
    let default = site.organization.default_language.as_str();
    layout.x_default = layout
        .languages
        .iter()
        .find(|l| l.code == default)
        .map(|l| l.href.clone());
    let ui = &here.ui;
    let type_label = views::value_label(
        site,
        ui,
        model::Dimension::Type,
        d.item_type.as_str(),
        today,
    );
    let sources = views::source_links(site, item, today);
    let fields = links(
        site,
        ui,
        model::Dimension::FieldOfWork,
        &d.fields_of_work,
        field_href,
        today,
    );
    let body_text = render::html::plain_text(&d.body_html, 1_000);
    let lead = state.store.lead_images(&[item.id]).await?.remove(&item.id);
    layout.meta = sharing::item_meta(
        site,
        state.pages_origin(),
        &sharing::ItemFacts {
            item,
            type_label: &type_label.0,
            fields: fields.iter().map(|l| l.label.clone()).collect(),
            sources: sources
                .iter()
                .map(|l| (l.label.clone(), l.href.clone()))
                .collect(),
            body_text: &body_text,
            image: lead
                .as_ref()
                .and_then(|m| super::media::meta_image(state.pages_origin(), m)),
        },
    );
    let url = format!(
        "{}{}",
        state.pages_origin(),
        views::item_address(site, item)
    );
    let (more_from, shown) = match item_related::more_from(state, item, ui, today).await? {
        Some((list, ids)) => (Some(list), ids),
        None => (None, Vec::new()),
    };
    let related = item_related::related(state, item, ui, &shown).await?;
    let share = match audience {
        Audience::Public => {
            item_related::share_links(ui, site.organization.short_name_in(lang), &d.title, &url)
        }
        Audience::Preview { .. } => {
            layout.meta = render::pages::Meta {
                noindex: true,
                ..Default::default()
            };
            Vec::new()
        }
    };
    let page = ItemPage {
        layout,
        type_label: type_label.0,
        type_lang: type_label.1,
        type_href: format!("/press-releases?type={}", d.item_type),
        title: d.title.clone(),
        date: date_text,
        date_iso: date.to_string(),
        place: d.place.clone(),
        sources,
        fields,
        countries: links(
            site,
            ui,
            model::Dimension::Country,
            &d.countries,
            country_href,
            today,
        ),
        meetings: links(
            site,
            ui,
            model::Dimension::Meeting,
            &d.meetings,
            meeting_href,
            today,
        ),
        summary: d.summary.clone(),
        body_html: body,
        url,
        more_from,
        related,
        share,
        lead_image: lead
            .as_ref()
            .and_then(|m| super::media::lead_picture(ui, m))
            .map(|mut p| {
                let to = |key: &str| audience.media_address(item.id, key);
                if audience != Audience::Public {
                    p.src = render::html::rewrite_address_list(&p.src, &to);
                    p.srcset = render::html::rewrite_address_list(&p.srcset, &to);
                    p.webp_srcset = render::html::rewrite_address_list(&p.webp_srcset, &to);
                }
                p
            }),
        press_contact: item_related::press_contact(site, item, ui),
        attachments: super::attachments::section(state, item, ui, &|key| {
            audience.media_address(item.id, key)
        })
        .await?,
    };
    use render::Template;
    page.render()
        .map_err(|e| WebError::Internal(format!("template: {e}")))
}

/// Refuses a preview link whose signature does not match the item and the expiry, or that
/// has expired.
async fn check_preview_link(
    state: &AppState,
    id: ItemId,
    q: &PreviewQuery,
    now: jiff::Timestamp,
) -> Result<(), WebError> {
    match publishing::preview::check(state, id.0, q.until, &q.sig, now.as_second()).await? {
        Ok(()) => Ok(()),
        Err(publishing::preview::Refusal::Invalid) => {
            Err(WebError::Forbidden(text(key::PREVIEW_INVALID, &[])))
        }
        Err(publishing::preview::Refusal::Expired) => {
            Err(WebError::Forbidden(text(key::PREVIEW_EXPIRED, &[])))
        }
    }
}

/// `GET /preview/{id}/media/{key}?until=…&sig=…`: a file of a picture the item shows (its
/// lead picture, one in its body, one attached) or of a document it lists, for whoever holds
/// a valid preview link of that item. Never kept: the item may still be embargoed.
pub async fn preview_media(
    State(state): State<AppState>,
    Path((id, file)): Path<(String, String)>,
    query: Result<axum::extract::Query<PreviewQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Response, WebError> {
    let axum::extract::Query(q) =
        query.map_err(|_| WebError::Forbidden(text(key::PREVIEW_INCOMPLETE, &[])))?;
    let id = parse_id(&Ui::default(), &id)?;
    check_preview_link(&state, id, &q, state.clock.now()).await?;
    let not_found = || WebError::NotFound(text(key::MEDIA_NOT_FOUND, &[]));
    if !media::is_valid_key(&file) {
        return Err(not_found());
    }
    // The file must be one this item shows (a picture) or lists (a document): the link of
    // one item opens nothing of another.
    let users = state.store.file_users_by_key(&file).await?;
    let Some(user) = users.into_iter().find(|u| u.item == id) else {
        return Err(not_found());
    };
    let mut headers = axum::http::HeaderMap::new();
    let content_type = match user.title {
        None => super::media::content_type(&file),
        Some(title) => {
            let document = state
                .store
                .document_by_key(&file)
                .await?
                .ok_or_else(not_found)?;
            let format = media::DocumentFormat::parse(&document.format).ok_or_else(not_found)?;
            super::attachments::add_document_headers(&mut headers, format, &title);
            Some(format.mime())
        }
    }
    .ok_or_else(not_found)?;
    let bytes = super::media::read(&state, &file)
        .await?
        .ok_or_else(not_found)?;
    headers.insert(
        header::CONTENT_TYPE,
        header::HeaderValue::from_static(content_type),
    );
    headers.insert(
        header::CACHE_CONTROL,
        header::HeaderValue::from_static("no-store, private"),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        header::HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::HeaderName::from_static("x-robots-tag"),
        header::HeaderValue::from_static("noindex"),
    );
    Ok((headers, bytes).into_response())
}

#[derive(Debug, serde::Deserialize)]
pub struct PreviewQuery {
    until: i64,
    sig: String,
}

/// `GET /preview/{id}?until=…&sig=…`: the item exactly as its public page will show it, for
/// whoever holds a valid link (an embargoed or unpublished item included). Never cached,
/// never indexed.
pub async fn preview(
    State(state): State<AppState>,
    Path(id): Path<String>,
    query: Result<axum::extract::Query<PreviewQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Response, WebError> {
    let axum::extract::Query(q) =
        query.map_err(|_| WebError::Forbidden(text(key::PREVIEW_INCOMPLETE, &[])))?;
    let id = parse_id(&Ui::default(), &id)?;
    let now = state.clock.now();
    check_preview_link(&state, id, &q, now).await?;
    let item = state
        .store
        .item(id)
        .await?
        .ok_or_else(|| gone(&Ui::default()))?;
    let translations = state.public().translations(&item).await?;
    let html = render_item(
        &state,
        &item,
        &translations,
        state.site().today(now),
        Audience::Preview {
            until: q.until,
            sig: q.sig.clone(),
        },
    )
    .await?;
    Ok((
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/html; charset=utf-8"),
            ),
            (
                header::CACHE_CONTROL,
                HeaderValue::from_static("no-store, private"),
            ),
            (
                header::HeaderName::from_static("x-robots-tag"),
                HeaderValue::from_static("noindex, nofollow"),
            ),
        ],
        html,
    )
        .into_response())
}
