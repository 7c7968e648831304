//! The files of the media library and the pictures pages show.
//!
//! `GET /media/{key}` serves a file to everyone, but only while an item that shows its
//! picture (or lists its document, see `attachments`) is public: the gate
//! ([`publishing::Public::media`]) decides, and anything else — an unknown key, a file no
//! item uses, one whose items are embargoed, drafts or withdrawn — is the same 404, after
//! the same single query. A key names its content, so a served file is kept
//! by caches for a year. `GET /admin/media/{key}` serves any picture of the library to the
//! workspace, never kept.
//!
//! The views: a picture as `<picture>` (`render::pages::Picture`) at the top of an item or
//! small on its card, as the image of a shared link, and as the HTML an item's body shows it
//! with.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use publishing::PublicFile;
use render::messages::{key, workspace_key as wk};
use render::pages::{MetaImage, Picture, Ui};
use store::{MediaFile, MediaRecord};

use crate::AppState;
use crate::auth::SignedIn;
use crate::error::WebError;
use crate::http_cache;
use crate::language::Here;

/// How long a public file is kept: its key changes with its content.
const PUBLIC_FILE: &str = "public, max-age=31536000, immutable";
/// A file seen in the workspace may be one the public may not see: never kept.
const PRIVATE_FILE: &str = "private, no-store";

/// How wide an item's lead picture is shown: the text's width on a wide screen, the
/// screen's width less the margins on a phone.
const LEAD_SIZES: &str = "(min-width: 50rem) 46rem, calc(100vw - 2rem)";
/// How wide a card's picture is shown.
const THUMBNAIL_SIZES: &str = "8rem";
/// How wide a picture of an item's gallery is shown.
const GALLERY_SIZES: &str = "12rem";
/// The width of the variant a browser without `srcset` takes, at most.
const DEFAULT_WIDTH: u32 = 800;

/// `GET /media/{key}`: a file of a picture that a public item shows, or of a document that a
/// public item lists.
pub async fn public_file(
    State(state): State<AppState>,
    Path(file): Path<String>,
    here: Here,
    request: HeaderMap,
) -> Result<Response, WebError> {
    let not_found = || WebError::NotFound(here.ui.text(key::MEDIA_NOT_FOUND, &[]));
    // Attachments: a document's file is served here too, through the same gate.
    let (content_type, document) = match state.public().media(&file).await? {
        None => return Err(not_found()),
        Some(PublicFile::Picture(_)) => (content_type(&file), None),
        Some(PublicFile::Document { document, title }) => {
            let format = media::DocumentFormat::parse(&document.format);
            (
                format.map(media::DocumentFormat::mime),
                format.zip(Some(title)),
            )
        }
    };
    let Some(content_type) = content_type else {
        return Err(not_found());
    };
    let etag = format!("\"{file}\"");
    let mut headers = HeaderMap::new();
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(PUBLIC_FILE));
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    if let Ok(v) = HeaderValue::from_str(&etag) {
        headers.insert(header::ETAG, v);
    }
    if let Some((format, title)) = &document {
        super::attachments::add_document_headers(&mut headers, *format, title);
    }
    if http_cache::matches(&request, &etag) {
        return Ok((StatusCode::NOT_MODIFIED, headers).into_response());
    }
    let Some(bytes) = read(&state, &file).await? else {
        tracing::warn!(key = %file, "a public picture's file is missing from the storage");
        return Err(not_found());
    };
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    Ok((StatusCode::OK, headers, bytes).into_response())
}

/// `GET /admin/media/{key}`: any file of the library, for the workspace.
pub async fn workspace_file(
    State(state): State<AppState>,
    s: SignedIn,
    Path(file): Path<String>,
) -> Result<Response, WebError> {
    let not_found = || WebError::NotFound(s.ui().text(wk::MEDIA_FILE_NOT_FOUND, &[]));
    if let Some(document) = super::attachments::workspace_document(&state, &file, not_found).await?
    {
        return Ok(document);
    }
    let Some(content_type) = content_type(&file).filter(|_| media::is_valid_key(&file)) else {
        return Err(not_found());
    };
    if state.store.media_by_key(&file).await?.is_none() {
        return Err(not_found());
    }
    let Some(bytes) = read(&state, &file).await? else {
        return Err(not_found());
    };
    Ok((
        [
            (header::CONTENT_TYPE, content_type),
            (header::CACHE_CONTROL, PRIVATE_FILE),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        ],
        bytes,
    )
        .into_response())
}

/// The file under `key` in the application's storage.
pub(crate) async fn read(state: &AppState, file: &str) -> Result<Option<bytes::Bytes>, WebError> {
    state
        .media
        .get(file)
        .await
        .map_err(|e| WebError::Internal(format!("media storage: {e}")))
}

/// The media type of a file, from its key's extension.
pub(crate) fn content_type(file: &str) -> Option<&'static str> {
    let (_, extension) = file.rsplit_once('.')?;
    media::Format::parse(extension)
        .filter(|f| f.extension() == extension)
        .map(media::Format::mime)
}

/// The public address of a file.
pub fn address(file: &str) -> String {
    format!("/media/{file}")
}

/// The variants in the format every browser shows (JPEG or PNG), narrowest first.
fn fallbacks(record: &MediaRecord) -> Vec<&MediaFile> {
    record
        .variants
        .iter()
        .filter(|v| v.format != "webp")
        .collect()
}

/// "/media/…-400.jpg 400w, /media/…-800.jpg 800w".
fn srcset(files: &[&MediaFile]) -> String {
    files
        .iter()
        .map(|f| format!("{} {}w", address(&f.key), f.width))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The WebP variants, when there is one at every width of the fallbacks (a browser takes
/// its choice from the WebP list alone: one that stops short would show a blurred picture).
fn webp_srcset(record: &MediaRecord, fallbacks: &[&MediaFile]) -> String {
    let webp: Vec<&MediaFile> = record
        .variants
        .iter()
        .filter(|v| v.format == "webp")
        .collect();
    let complete = !webp.is_empty()
        && fallbacks
            .iter()
            .all(|f| webp.iter().any(|w| w.width == f.width));
    if complete {
        srcset(&webp)
    } else {
        String::new()
    }
}

/// The focal point as CSS `object-position` values ("50% 30%").
fn focal_point(record: &MediaRecord) -> String {
    let d = &record.description;
    // The store keeps the point within the picture; a stored value out of range is shown as
    // the centre.
    media::FocalPoint::new(d.focal_x as f32, d.focal_y as f32)
        .unwrap_or_default()
        .css_object_position()
}

/// The language of a picture's texts when it is not the page's.
fn other_language(record: &MediaRecord, page_lang: &str) -> Option<String> {
    let lang = record.description.language.as_str();
    (lang != page_lang).then(|| lang.to_owned())
}

/// "Photo: OSCE/Micky Kroell" in the page's language, or empty.
fn credit_line(ui: &Ui, record: &MediaRecord) -> String {
    let credit = record.description.credit.trim();
    if credit.is_empty() {
        String::new()
    } else {
        ui.text(key::PICTURE_CREDIT, &[("credit", credit.into())])
    }
}

/// An item's lead picture, above its text: every variant offered, loaded at once, with its
/// caption and credit.
pub fn lead_picture(ui: &Ui, record: &MediaRecord) -> Option<Picture> {
    let fallbacks = fallbacks(record);
    let shown = fallbacks
        .iter()
        .find(|f| f.width >= DEFAULT_WIDTH)
        .or(fallbacks.last())?;
    Some(Picture {
        src: address(&shown.key),
        srcset: srcset(&fallbacks),
        webp_srcset: webp_srcset(record, &fallbacks),
        sizes: LEAD_SIZES.to_owned(),
        width: shown.width,
        height: shown.height,
        alt: record.description.alt.clone(),
        lang: other_language(record, ui.lang()),
        caption: record.description.caption.clone(),
        credit: credit_line(ui, record),
        lazy: false,
        focal_point: focal_point(record),
    })
}

/// The small picture of a card: the narrowest variant, loaded when it comes near the
/// screen. Its text alternative is empty: the card's title, beside it, says what it is
/// about.
pub fn thumbnail(record: &MediaRecord) -> Option<Picture> {
    let fallbacks = fallbacks(record);
    let narrowest = *fallbacks.first()?;
    let webp = record
        .variants
        .iter()
        .find(|v| v.format == "webp" && v.width == narrowest.width);
    Some(Picture {
        src: address(&narrowest.key),
        srcset: srcset(&[narrowest]),
        webp_srcset: webp.map(|w| srcset(&[w])).unwrap_or_default(),
        sizes: THUMBNAIL_SIZES.to_owned(),
        width: narrowest.width,
        height: narrowest.height,
        alt: String::new(),
        lang: None,
        caption: String::new(),
        credit: String::new(),
        lazy: true,
        focal_point: focal_point(record),
    })
}

/// A picture of an item's gallery (attachments): its variants offered at a thumbnail's
/// width, loaded when it comes near the screen, with its alternative text (the link around
/// it has no other text); and the key of its widest variant, which the thumbnail leads to.
pub fn gallery_picture(ui: &Ui, record: &MediaRecord) -> Option<(Picture, String)> {
    let fallbacks = fallbacks(record);
    let narrowest = *fallbacks.first()?;
    let widest = *fallbacks.last()?;
    Some((
        Picture {
            src: address(&narrowest.key),
            srcset: srcset(&fallbacks),
            webp_srcset: webp_srcset(record, &fallbacks),
            sizes: GALLERY_SIZES.to_owned(),
            width: narrowest.width,
            height: narrowest.height,
            alt: record.description.alt.clone(),
            lang: other_language(record, ui.lang()),
            caption: String::new(),
            credit: String::new(),
            lazy: true,
            focal_point: focal_point(record),
        },
        widest.key.clone(),
    ))
}

/// The picture of a shared link and of the item's `NewsArticle`: its widest variant in the
/// format every reader of cards shows, by absolute address.
pub fn meta_image(origin: &str, record: &MediaRecord) -> Option<MetaImage> {
    let widest = *fallbacks(record).last()?;
    Some(MetaImage {
        url: format!("{origin}{}", address(&widest.key)),
        width: widest.width,
        height: widest.height,
        alt: record.description.alt.clone(),
    })
}

/// The HTML an item's body shows a picture with: a `<figure>` with every variant, its size,
/// its alternative text, loaded when it comes near the screen, and its caption and credit
/// (`credit` is the credit as the item's language writes it, or empty).
pub fn body_figure(record: &MediaRecord, credit: &str) -> String {
    use render::html::escape;
    let fallbacks = fallbacks(record);
    let Some(shown) = fallbacks
        .iter()
        .find(|f| f.width >= DEFAULT_WIDTH)
        .or(fallbacks.last())
    else {
        return String::new();
    };
    let caption = record.description.caption.trim();
    let figcaption = match (caption.is_empty(), credit.is_empty()) {
        (true, true) => String::new(),
        (false, true) => format!("<figcaption>{}</figcaption>", escape(caption)),
        (true, false) => format!("<figcaption>{}</figcaption>", escape(credit)),
        (false, false) => format!(
            "<figcaption>{} {}</figcaption>",
            escape(caption),
            escape(credit)
        ),
    };
    format!(
        "<figure><img src=\"{}\" srcset=\"{}\" sizes=\"{LEAD_SIZES}\" width=\"{}\" height=\"{}\" \
         alt=\"{}\" loading=\"lazy\" decoding=\"async\">{figcaption}</figure>",
        address(&shown.key),
        srcset(&fallbacks),
        shown.width,
        shown.height,
        escape(&record.description.alt),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use store::{MediaDescription, MediaId};

    fn record(variants: &[(u32, &str)]) -> MediaRecord {
        let hash = "3f2a9c0d1e2b4a5c";
        MediaRecord {
            id: MediaId(7),
            hash: hash.to_owned(),
            format: "jpeg".to_owned(),
            width: 1600,
            height: 900,
            bytes_size: 1,
            original_key: format!("{hash}.jpg"),
            variants: variants
                .iter()
                .map(|(w, f)| MediaFile {
                    width: *w,
                    height: w * 9 / 16,
                    format: (*f).to_owned(),
                    key: format!("{hash}-{w}.{}", if *f == "jpeg" { "jpg" } else { "webp" }),
                })
                .collect(),
            description: MediaDescription {
                language: model::LanguageCode::parse("en").expect("lang"),
                alt: "Delegates \"in\" the hall".to_owned(),
                caption: "The opening.".to_owned(),
                credit: "OSCE/Micky Kroell".to_owned(),
                focal_x: 0.5,
                focal_y: 0.3,
            },
            uploaded_by: None,
            uploaded_at: jiff::Timestamp::UNIX_EPOCH,
            updated_at: jiff::Timestamp::UNIX_EPOCH,
        }
    }

    #[test]
    fn a_lead_picture_offers_every_variant_and_webp_only_when_complete() {
        let full = record(&[
            (400, "jpeg"),
            (400, "webp"),
            (800, "jpeg"),
            (800, "webp"),
            (1600, "jpeg"),
            (1600, "webp"),
        ]);
        let ru = Ui::new("ru", "en");
        let p = lead_picture(&ru, &full).expect("a picture");
        assert_eq!(p.src, "/media/3f2a9c0d1e2b4a5c-800.jpg");
        assert_eq!((p.width, p.height), (800, 450));
        assert!(p.srcset.ends_with("/media/3f2a9c0d1e2b4a5c-1600.jpg 1600w"));
        assert!(p.webp_srcset.contains("-1600.webp 1600w"));
        assert_eq!(p.lang.as_deref(), Some("en"));
        assert_eq!(p.focal_point, "50% 30%");
        assert!(!p.lazy);
        let partial = record(&[(400, "jpeg"), (400, "webp"), (800, "jpeg")]);
        let p = lead_picture(&Ui::default(), &partial).expect("a picture");
        assert_eq!(
            p.webp_srcset, "",
            "a WebP list that stops short is left out"
        );
        assert_eq!(p.lang, None);
        let t = thumbnail(&partial).expect("a thumbnail");
        assert_eq!(t.src, "/media/3f2a9c0d1e2b4a5c-400.jpg");
        assert!(t.lazy && t.alt.is_empty());
        assert_eq!(t.webp_srcset, "/media/3f2a9c0d1e2b4a5c-400.webp 400w");
        let m = meta_image("https://www.osce.org", &full).expect("an image");
        assert_eq!(
            m.url,
            "https://www.osce.org/media/3f2a9c0d1e2b4a5c-1600.jpg"
        );
        assert_eq!((m.width, m.height), (1600, 900));
    }

    #[test]
    fn a_body_figure_is_kept_by_the_sanitizer() {
        let full = record(&[(400, "jpeg"), (800, "jpeg"), (1600, "jpeg")]);
        let html = body_figure(&full, "Photo: OSCE/Micky Kroell");
        assert_eq!(render::sanitize(&html), html);
        assert!(html.contains("alt=\"Delegates &quot;in&quot; the hall\""));
        assert!(html.contains("<figcaption>The opening. Photo: OSCE/Micky Kroell</figcaption>"));
        assert_eq!(
            render::html::media_keys(&html),
            [
                "3f2a9c0d1e2b4a5c-800.jpg",
                "3f2a9c0d1e2b4a5c-400.jpg",
                "3f2a9c0d1e2b4a5c-1600.jpg"
            ]
        );
        assert_eq!(content_type("3f2a9c0d1e2b4a5c-800.jpg"), Some("image/jpeg"));
        assert_eq!(content_type("3f2a9c0d1e2b4a5c-800.jpeg"), None);
    }
}
