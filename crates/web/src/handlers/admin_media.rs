//! The media library in the workspace: `GET /admin/media` lists the pictures (newest first,
//! paged, searched in their texts) with the form that uploads one; `POST /admin/media`
//! takes an upload. Any signed-in writer may upload; showing a picture in an item takes the
//! right to change that item (see `admin_items::pictures`).
//!
//! An upload is read whole (the route's body limit bounds it), its CSRF proof checked, its
//! texts checked, and only then is the picture prepared — on the application's CPU pool, one
//! per processor at a time — and kept: files first (by content key), then the record.

use axum::extract::multipart::{Multipart, MultipartRejection};
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use bytes::Bytes;
use model::LanguageCode;
use render::admin::{MediaLibraryPage, MediaRow, UploadForm};
use render::messages::workspace_key as wk;
use render::pages::Ui;
use store::{MediaDescription, MediaRecord, NewMedia};

use crate::AppState;
use crate::auth::SignedIn;
use crate::error::WebError;
use crate::workspace::{layout, private_page, problem};

/// The largest request body of an upload: the largest picture accepted and the form's
/// other fields. Set on the upload routes only.
pub const UPLOAD_BODY_LIMIT: usize = 21 * 1024 * 1024;

/// Pictures per page of the library.
const PAGE_SIZE: i64 = 24;
/// The last page of the library one can ask for.
const MAX_PAGE: i64 = 10_000;

/// The fields of an upload form, as sent.
#[derive(Debug, Default)]
pub struct Upload {
    pub csrf: String,
    pub file: Bytes,
    pub alt: String,
    pub caption: String,
    pub credit: String,
    pub focal_x: String,
    pub focal_y: String,
    /// Where an item's upload goes: "lead" or "body".
    pub use_as: String,
    /// The item's revision the form was loaded at.
    pub revision: String,
}

impl Upload {
    /// The upload form again, as typed, with the problems of the upload.
    /// The texts are cut to the lengths accepted: a text far too long is not sent back.
    pub fn shown(
        &self,
        action: String,
        language_note: String,
        problems: Vec<String>,
    ) -> UploadForm {
        let cut = |text: &str, max: usize| text.chars().take(max).collect::<String>();
        UploadForm {
            action,
            alt: cut(&self.alt, store::MAX_ALT_CHARS),
            caption: cut(&self.caption, store::MAX_CAPTION_CHARS),
            credit: cut(&self.credit, store::MAX_CREDIT_CHARS),
            focal_x: cut(&self.focal_x, 20),
            focal_y: cut(&self.focal_y, 20),
            problems,
            language_note,
        }
    }
}

/// A blank upload form sent to `action`, its texts in `language`.
pub fn blank_form(action: String, language_note: String) -> UploadForm {
    UploadForm {
        action,
        focal_x: "50".to_owned(),
        focal_y: "50".to_owned(),
        language_note,
        ..UploadForm::default()
    }
}

/// "Write the texts in English." for the language `code` of the site.
pub fn language_note(state: &AppState, ui: &Ui, code: &str) -> String {
    let site = state.site();
    let name = site
        .language(code)
        .map_or_else(|| code.to_owned(), |l| l.name.clone());
    ui.text(wk::MEDIA_TEXTS_LANGUAGE, &[("language", name.into())])
}

/// Reads an upload form. A body that is not a form, is cut off, or is larger than the route
/// accepts is refused with a 4xx that says so.
pub async fn read_upload(
    ui: &Ui,
    multipart: Result<Multipart, MultipartRejection>,
) -> Result<Upload, WebError> {
    let unreadable = || WebError::BadRequest(ui.text(wk::MEDIA_UPLOAD_UNREADABLE, &[]));
    let refused = |e: axum::extract::multipart::MultipartError| {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            WebError::TooLarge(ui.text(wk::MEDIA_UPLOAD_TOO_LARGE, &[]))
        } else {
            unreadable()
        }
    };
    let mut multipart = multipart.map_err(|_| unreadable())?;
    let mut upload = Upload::default();
    while let Some(field) = multipart.next_field().await.map_err(refused)? {
        let name = field.name().unwrap_or_default().to_owned();
        let text = match name.as_str() {
            "file" => {
                upload.file = field.bytes().await.map_err(refused)?;
                continue;
            }
            "csrf" => &mut upload.csrf,
            "alt" => &mut upload.alt,
            "caption" => &mut upload.caption,
            "credit" => &mut upload.credit,
            "focal_x" => &mut upload.focal_x,
            "focal_y" => &mut upload.focal_y,
            "use" => &mut upload.use_as,
            "revision" => &mut upload.revision,
            // Other fields are read past.
            _ => {
                field.bytes().await.map_err(refused)?;
                continue;
            }
        };
        *text = field.text().await.map_err(refused)?;
    }
    Ok(upload)
}

/// The focal point's coordinate typed in per cent ("50", "33.5"), as a fraction; empty is
/// the centre.
fn fraction(value: &str) -> Option<f64> {
    let v = value.trim();
    if v.is_empty() {
        return Some(0.5);
    }
    v.parse::<f64>()
        .ok()
        .filter(|p| (0.0..=100.0).contains(p))
        .map(|p| p / 100.0)
}

/// The problems of the texts of an upload, in the workspace's language, and its
/// description when it has none.
fn described(
    ui: &Ui,
    upload: &Upload,
    language: LanguageCode,
) -> Result<MediaDescription, Vec<String>> {
    let mut problems = Vec::new();
    if upload.file.is_empty() {
        problems.push(problem(
            ui,
            wk::MEDIA_FIELD_FILE,
            ui.text(wk::MEDIA_NO_FILE, &[]),
        ));
    }
    if upload.alt.trim().is_empty() {
        problems.push(problem(
            ui,
            wk::MEDIA_FIELD_ALT,
            ui.text(wk::MEDIA_ALT_REQUIRED, &[]),
        ));
    }
    for (field, text, max) in [
        (wk::MEDIA_FIELD_ALT, &upload.alt, store::MAX_ALT_CHARS),
        (
            wk::MEDIA_FIELD_CAPTION,
            &upload.caption,
            store::MAX_CAPTION_CHARS,
        ),
        (
            wk::MEDIA_FIELD_CREDIT,
            &upload.credit,
            store::MAX_CREDIT_CHARS,
        ),
    ] {
        let n = text.trim().chars().count();
        if n > max {
            let too_long = ui.text(
                wk::MEDIA_TOO_LONG,
                &[
                    ("length", ui.number(n).into()),
                    ("max", ui.number(max).into()),
                ],
            );
            problems.push(problem(ui, field, too_long));
        }
    }
    let (x, y) = (fraction(&upload.focal_x), fraction(&upload.focal_y));
    if x.is_none() || y.is_none() {
        problems.push(problem(
            ui,
            wk::MEDIA_FOCAL,
            ui.text(wk::MEDIA_FOCAL_RANGE, &[]),
        ));
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let description = MediaDescription {
        language,
        alt: upload.alt.clone(),
        caption: upload.caption.clone(),
        credit: upload.credit.clone(),
        focal_x: x.unwrap_or(0.5),
        focal_y: y.unwrap_or(0.5),
    };
    // The store's own rules, should they say more than the form's.
    description.checked().map_err(|e| vec![e.to_string()])
}

/// Why a file cannot be a picture of the site, in the workspace's language (the media
/// crate words it in English; the refusals an upload meets are told here).
fn refusal(ui: &Ui, e: &media::MediaError) -> Result<String, WebError> {
    use media::MediaError as E;
    let thousands = |n: u64| ui.number(usize::try_from(n).unwrap_or(usize::MAX));
    let text = match e {
        E::Empty => ui.text(wk::MEDIA_NO_FILE, &[]),
        E::TooLarge { bytes, max } => ui.text(
            wk::MEDIA_FILE_TOO_LARGE,
            &[
                ("size", megabytes(*bytes).into()),
                ("max", megabytes(*max).into()),
            ],
        ),
        E::NotAPicture { looks_like } => ui.text(
            wk::MEDIA_NOT_A_PICTURE,
            &[("looks-like", (*looks_like).into())],
        ),
        E::TooManyPixels {
            width,
            height,
            max_pixels,
        } => ui.text(
            wk::MEDIA_TOO_MANY_PIXELS,
            &[
                ("width", thousands(u64::from(*width)).into()),
                ("height", thousands(u64::from(*height)).into()),
                ("max", thousands(max_pixels / 1_000_000).into()),
            ],
        ),
        E::SideTooLong {
            width,
            height,
            max_side,
        } => ui.text(
            wk::MEDIA_SIDE_TOO_LONG,
            &[
                ("width", thousands(u64::from(*width)).into()),
                ("height", thousands(u64::from(*height)).into()),
                ("max", thousands(u64::from(*max_side)).into()),
            ],
        ),
        E::NoPixels { .. } | E::Unreadable(_) | E::FocalPointOutside => {
            ui.text(wk::MEDIA_UNREADABLE, &[("reason", e.to_string().into())])
        }
        // Not the upload's fault: an internal error.
        E::Conversion(_) => return Err(WebError::Internal(e.to_string())),
    };
    Ok(problem(ui, wk::MEDIA_FIELD_FILE, text))
}

/// "31.2 MB" (binary megabytes, a decimal when it is not whole).
fn megabytes(bytes: u64) -> String {
    let tenths = (bytes * 10 + 512 * 1024) / (1024 * 1024);
    if tenths.is_multiple_of(10) {
        format!("{} MB", tenths / 10)
    } else {
        format!("{}.{} MB", tenths / 10, tenths % 10)
    }
}

/// Takes an upload into the library, its texts in `language`: the picture and whether it
/// was already there (the same content uploaded before: that record, its texts unchanged),
/// or the problems that refuse it. Nothing is prepared before the texts are acceptable.
pub async fn accept(
    state: &AppState,
    s: &SignedIn,
    upload: &Upload,
    language: LanguageCode,
) -> Result<Result<(MediaRecord, bool), Vec<String>>, WebError> {
    let ui = s.ui();
    let description = match described(ui, upload, language) {
        Ok(d) => d,
        Err(problems) => return Ok(Err(problems)),
    };
    let file = upload.file.clone();
    let prepared = state
        .cpu(move || media::prepare(&file, &media::Limits::default()))
        .await?;
    let prepared = match prepared {
        Ok(p) => p,
        Err(e) => return Ok(Err(vec![refusal(ui, &e)?])),
    };
    if let Some(existing) = state.store.media_by_hash(&prepared.hash).await? {
        return Ok(Ok((existing, true)));
    }
    media::store_prepared(state.media.as_ref(), &prepared)
        .await
        .map_err(|e| WebError::Internal(format!("media storage: {e}")))?;
    let new = NewMedia {
        hash: prepared.hash.clone(),
        format: prepared.format.as_str().to_owned(),
        width: prepared.width,
        height: prepared.height,
        bytes_size: u64::try_from(prepared.original.bytes.len()).unwrap_or(u64::MAX),
        original_key: prepared.original.key.clone(),
        variants: prepared
            .variants
            .iter()
            .map(|v| store::MediaFile {
                width: v.width,
                height: v.height,
                format: v.format.as_str().to_owned(),
                key: v.key.clone(),
            })
            .collect(),
        description,
    };
    match state
        .store
        .add_media(&new, &s.actor(), state.clock.now())
        .await
    {
        Ok(record) => Ok(Ok((record, false))),
        Err(store::StoreError::Invalid(message)) => Ok(Err(vec![message])),
        Err(e) => Err(e.into()),
    }
}

/// A picture of the library as the workspace lists it (its files through the workspace's
/// address, which shows pictures that are not public). `credit` is the credit as a body
/// shows it.
pub fn row(ui: &Ui, record: &MediaRecord, credit: &str) -> MediaRow {
    let thumb = record
        .variants
        .iter()
        .find(|v| v.format != "webp")
        .or(record.variants.first());
    let format = media::Format::parse(&record.format)
        .map_or_else(|| record.format.clone(), |f| f.to_string());
    MediaRow {
        id: record.id.0,
        thumb_src: thumb.map_or_else(String::new, |t| format!("/admin/media/{}", t.key)),
        thumb_width: thumb.map_or(record.width, |t| t.width),
        thumb_height: thumb.map_or(record.height, |t| t.height),
        alt: record.description.alt.clone(),
        caption: record.description.caption.clone(),
        credit: record.description.credit.clone(),
        size: ui.text(
            wk::MEDIA_SIZE,
            &[
                ("width", ui.number(record.width).into()),
                ("height", ui.number(record.height).into()),
                ("format", format.into()),
            ],
        ),
        uploaded: record.uploaded_at.strftime("%Y-%m-%d %H:%M").to_string(),
        uploaded_iso: record.uploaded_at.to_string(),
        snippet: super::media::body_figure(record, credit),
    }
}

/// The credit line of a picture in `lang` ("Photo: …"), or empty.
pub fn credit_in(lang: &str, record: &MediaRecord) -> String {
    let credit = record.description.credit.trim();
    if credit.is_empty() {
        String::new()
    } else {
        render::messages::text_in(
            lang,
            render::messages::key::PICTURE_CREDIT,
            &[("credit", credit.into())],
        )
    }
}

#[derive(Debug, Default, serde::Deserialize)]
pub struct LibraryQuery {
    #[serde(default)]
    q: String,
    #[serde(default)]
    page: Option<String>,
    /// The picture just added, or found already in the library.
    #[serde(default)]
    added: Option<i64>,
    #[serde(default)]
    already: Option<i64>,
}

/// `GET /admin/media`.
pub async fn library(
    State(state): State<AppState>,
    s: SignedIn,
    query: Result<Query<LibraryQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Response, WebError> {
    let Query(q) = query.unwrap_or_default();
    let ui = s.ui();
    let upload = blank_form(
        "/admin/media".to_owned(),
        language_note(&state, ui, ui.lang()),
    );
    let mut page = library_page(&state, &s, &q, upload).await?;
    page.admin.notice = match (q.added, q.already) {
        (Some(id), _) => ui.text(wk::MEDIA_ADDED, &[("id", id.to_string().into())]),
        (None, Some(id)) => ui.text(wk::MEDIA_ALREADY, &[("id", id.to_string().into())]),
        (None, None) => String::new(),
    };
    private_page(StatusCode::OK, &page)
}

/// The library page of a query, with this upload form.
async fn library_page(
    state: &AppState,
    s: &SignedIn,
    q: &LibraryQuery,
    upload: UploadForm,
) -> Result<MediaLibraryPage, WebError> {
    let ui = s.ui();
    let words: String = q.q.chars().take(200).collect();
    let page = q
        .page
        .as_deref()
        .and_then(|p| p.trim().parse::<i64>().ok())
        .unwrap_or(1)
        .clamp(1, MAX_PAGE);
    let (records, total) = state
        .store
        .list_media(&words, (page - 1) * PAGE_SIZE, PAGE_SIZE)
        .await?;
    let lang = ui.lang().to_owned();
    let href = |n: i64| {
        let mut query = Vec::new();
        if !words.trim().is_empty() {
            query.push(format!("q={}", model::filter::encode_query_value(&words)));
        }
        if n > 1 {
            query.push(format!("page={n}"));
        }
        if query.is_empty() {
            "/admin/media".to_owned()
        } else {
            format!("/admin/media?{}", query.join("&"))
        }
    };
    Ok(MediaLibraryPage {
        admin: layout(state, &ui.text(wk::MEDIA_TITLE, &[]), s),
        csrf: s.csrf.clone(),
        q: words.clone(),
        rows: records
            .iter()
            .map(|r| row(ui, r, &credit_in(&lang, r)))
            .collect(),
        count: ui.text(
            wk::MEDIA_COUNT,
            &[("count", usize::try_from(total).unwrap_or(0).into())],
        ),
        newer: (page > 1).then(|| href(page - 1)),
        older: (page * PAGE_SIZE < total).then(|| href(page + 1)),
        upload,
    })
}

/// `POST /admin/media`: an upload into the library, from any signed-in writer.
pub async fn upload(
    State(state): State<AppState>,
    s: SignedIn,
    multipart: Result<Multipart, MultipartRejection>,
) -> Result<Response, WebError> {
    let form = read_upload(s.ui(), multipart).await?;
    s.check_csrf(&form.csrf)?;
    let ui = s.ui();
    let language = LanguageCode::parse(ui.lang())
        .or_else(|_| LanguageCode::parse(state.site().organization.default_language.as_str()))
        .map_err(|e| WebError::Internal(e.to_string()))?;
    match accept(&state, &s, &form, language).await? {
        Ok((record, already)) => {
            let which = if already { "already" } else { "added" };
            Ok(Redirect::to(&format!("/admin/media?{which}={}", record.id)).into_response())
        }
        Err(problems) => {
            let shown = form.shown(
                "/admin/media".to_owned(),
                language_note(&state, ui, ui.lang()),
                problems,
            );
            let page = library_page(&state, &s, &LibraryQuery::default(), shown).await?;
            private_page(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn focal_points_are_typed_in_per_cent() {
        assert_eq!(fraction(""), Some(0.5));
        assert_eq!(fraction(" 25 "), Some(0.25));
        assert_eq!(fraction("100"), Some(1.0));
        for bad in ["-1", "100.5", "NaN", "inf", "fifty"] {
            assert_eq!(fraction(bad), None, "{bad}");
        }
        assert_eq!(megabytes(20 * 1024 * 1024), "20 MB");
        assert_eq!(megabytes(32_715_571), "31.2 MB");
    }
}
