//! Attachments of an item, from its form: documents uploaded (PDF and office files, checked
//! by content), links added (`http` and `https` only), pictures of the library attached as a
//! small gallery, and each of them moved up, down or removed.
//!
//! Every change takes the rights of a change of the item's pictures (`pictures::changeable`:
//! another office's item is answered as one that does not exist; a published or scheduled
//! item needs the right to publish it), a valid CSRF proof, and is one store transaction
//! with its audit line and outbox row. A refused change shows the form again (422) with what
//! was typed and why; an upload larger than the route accepts is a 413.

use axum::extract::multipart::{Multipart, MultipartRejection};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use bytes::Bytes;
use model::{Item, LanguageCode};
use render::admin::{AttachedPicture, AttachmentRow, ItemAttachments};
use render::messages::{Key, workspace_key as wk};
use render::pages::Ui;
use store::{AttachmentTarget, LinkProblem, MediaId, MediaRole, Move, NewAttachment, NewTarget};

use super::form::{Pairs, first};
use super::page::{FormState, form_page, history};
use super::pictures::{changeable, pictures_view};
use super::translate::translation_panel;
use crate::AppState;
use crate::auth::SignedIn;
use crate::error::WebError;
use crate::handlers::{admin_media, attachments as public};
use crate::workspace::{CsrfForm, problem};

/// The largest request body of a document's upload: the largest document accepted and the
/// form's other fields. Set on the upload route only.
pub const DOCUMENT_BODY_LIMIT: usize = 51 * 1024 * 1024;

/// What a refused form of the attachments part held, shown again with its problems.
#[derive(Debug, Default)]
pub(super) struct Typed {
    pub document_title: String,
    pub document_language: String,
    pub link_title: String,
    pub link_url: String,
    pub link_language: String,
    pub picture_number: String,
    pub problems: Vec<String>,
}

/// The address of an item's attachments in its form.
fn attachments_href(id: model::ItemId) -> String {
    format!("/admin/items/{id}#attachments")
}

/// Text cut to `max` characters: a text far too long is not sent back.
fn cut(text: &str, max: usize) -> String {
    text.chars().take(max).collect()
}

/// The attachments part of an item's form.
pub(super) async fn attachments_view(
    state: &AppState,
    s: &SignedIn,
    item: &Item,
    typed: Typed,
) -> Result<ItemAttachments, WebError> {
    let ui = s.ui();
    let site = state.site();
    let language_name = |code: &str| {
        site.language(code)
            .map_or_else(|| code.to_owned(), |l| l.name.clone())
    };
    let list = state.store.attachments(item.id).await?;
    let n = list.len();
    let rows = list
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let (href, kind) = match &a.target {
                AttachmentTarget::Document(d) => (
                    format!("/admin/media/{}", d.key),
                    public::document_note(ui, &d.format, d.bytes_size),
                ),
                AttachmentTarget::Link(url) => (
                    url.clone(),
                    ui.text(
                        render::messages::key::ATTACHMENT_LINK,
                        &[("host", public::host_of(url).into())],
                    ),
                ),
            };
            AttachmentRow {
                id: a.id.0,
                title: a.title.clone(),
                href,
                kind,
                language: language_name(a.language.as_str()),
                lang: a.language.as_str().to_owned(),
                first: i == 0,
                last: i + 1 == n,
            }
        })
        .collect();
    let lang = item.data.language.as_str();
    let pictures: Vec<_> = state
        .store
        .item_media(item.id)
        .await?
        .into_iter()
        .filter(|(role, _)| *role == MediaRole::Attachment)
        .map(|(_, r)| admin_media::row(ui, &r, &admin_media::credit_in(lang, &r)))
        .collect();
    let m = pictures.len();
    let choices = |chosen: &str| {
        let chosen = if chosen.is_empty() { lang } else { chosen };
        site.organization
            .languages
            .iter()
            .map(|l| {
                (
                    l.code.to_string(),
                    l.name.clone(),
                    l.code.as_str() == chosen,
                )
            })
            .collect()
    };
    let base = format!("/admin/items/{}", item.id);
    Ok(ItemAttachments {
        rows,
        pictures: pictures
            .into_iter()
            .enumerate()
            .map(|(i, row)| AttachedPicture {
                row,
                first: i == 0,
                last: i + 1 == m,
            })
            .collect(),
        document_action: format!("{base}/documents"),
        link_action: format!("{base}/links"),
        gallery_action: format!("{base}/gallery"),
        change_action: format!("{base}/attachments"),
        document_languages: choices(&typed.document_language),
        link_languages: choices(&typed.link_language),
        document_title: cut(&typed.document_title, store::MAX_ATTACHMENT_TITLE_CHARS),
        link_title: cut(&typed.link_title, store::MAX_ATTACHMENT_TITLE_CHARS),
        link_url: cut(&typed.link_url, store::MAX_LINK_CHARS),
        picture_number: cut(&typed.picture_number, 20),
        problems: typed.problems,
    })
}

/// The item's form again with the problems of a change of its attachments (422).
async fn refused(
    state: &AppState,
    s: &SignedIn,
    stored: &Item,
    typed: Typed,
) -> Result<Response, WebError> {
    let history = history(state, s.ui(), stored.id).await?;
    let (into, source) = translation_panel(state, s, stored).await?;
    let pictures = pictures_view(state, s, stored, None, Vec::new()).await?;
    let attachments = attachments_view(state, s, stored, typed).await?;
    form_page(
        state,
        FormState {
            translate_into: Some(into),
            source,
            pictures: Some(pictures),
            attachments: Some(attachments),
            ..FormState::of_stored(s, stored, history)
        },
        StatusCode::UNPROCESSABLE_ENTITY,
    )
}

/// The problem of a title, if it has one.
fn title_problem(ui: &Ui, title: &str) -> Option<String> {
    let title = title.trim();
    let field = wk::ATTACHMENT_FIELD_TITLE;
    let n = title.chars().count();
    if title.is_empty() {
        Some(problem(ui, field, ui.text(wk::ATTACHMENT_REQUIRED, &[])))
    } else if n > store::MAX_ATTACHMENT_TITLE_CHARS {
        Some(problem(
            ui,
            field,
            too_long(ui, n, store::MAX_ATTACHMENT_TITLE_CHARS),
        ))
    } else if title.chars().any(char::is_control) {
        Some(problem(ui, field, ui.text(wk::ATTACHMENT_CONTROL, &[])))
    } else {
        None
    }
}

fn too_long(ui: &Ui, length: usize, max: usize) -> String {
    ui.text(
        wk::MEDIA_TOO_LONG,
        &[
            ("length", ui.number(length).into()),
            ("max", ui.number(max).into()),
        ],
    )
}

/// The language chosen in a form: one of the site's (the item's when none is given).
fn language_of(state: &AppState, ui: &Ui, item: &Item, raw: &str) -> Result<LanguageCode, String> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(item.data.language.clone());
    }
    LanguageCode::parse(raw)
        .ok()
        .filter(|code| state.site().language(code.as_str()).is_some())
        .ok_or_else(|| {
            let text = ui.text(
                wk::ATTACHMENT_LANGUAGE_UNKNOWN,
                &[("value", model::text::shown(raw).into())],
            );
            problem(ui, wk::ATTACHMENT_FIELD_LANGUAGE, text)
        })
}

/// Why an address cannot be a link, in the workspace's language.
fn link_problem(ui: &Ui, e: LinkProblem) -> String {
    let key: Key = match e {
        LinkProblem::Empty => wk::ATTACHMENT_REQUIRED,
        LinkProblem::TooLong { length } => {
            let text = too_long(ui, length, store::MAX_LINK_CHARS);
            return problem(ui, wk::ATTACHMENT_FIELD_ADDRESS, text);
        }
        LinkProblem::Characters => wk::LINK_CHARACTERS,
        LinkProblem::NotHttp => wk::LINK_NOT_HTTP,
        LinkProblem::NoHost => wk::LINK_NO_HOST,
        LinkProblem::Credentials => wk::LINK_CREDENTIALS,
        LinkProblem::BadHost => wk::LINK_BAD_HOST,
    };
    problem(ui, wk::ATTACHMENT_FIELD_ADDRESS, ui.text(key, &[]))
}

/// A refusal of the store ("the item already lists 100 …") as a problem of the form; any
/// other error as it is.
fn store_refusal(ui: &Ui, e: store::StoreError) -> Result<String, WebError> {
    match e {
        store::StoreError::Invalid(_) => Ok(ui.text(
            wk::ATTACHMENT_FULL,
            &[(
                "max",
                ui.number(usize::try_from(store::MAX_ATTACHMENTS).unwrap_or(0))
                    .into(),
            )],
        )),
        other => Err(other.into()),
    }
}

/// The fields of a document's upload form, as sent.
#[derive(Debug, Default)]
struct DocumentUpload {
    csrf: String,
    file: Bytes,
    title: String,
    language: String,
}

/// Reads a document's upload form. A body that is not a form or is cut off is a 400; one
/// larger than the route accepts, a 413.
async fn read_document(
    ui: &Ui,
    multipart: Result<Multipart, MultipartRejection>,
) -> Result<DocumentUpload, WebError> {
    let unreadable = || WebError::BadRequest(ui.text(wk::MEDIA_UPLOAD_UNREADABLE, &[]));
    let refused = |e: axum::extract::multipart::MultipartError| {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            WebError::TooLarge(ui.text(wk::DOCUMENT_UPLOAD_TOO_LARGE, &[]))
        } else {
            unreadable()
        }
    };
    let mut multipart = multipart.map_err(|_| unreadable())?;
    let mut upload = DocumentUpload::default();
    while let Some(field) = multipart.next_field().await.map_err(refused)? {
        let name = field.name().unwrap_or_default().to_owned();
        let text = match name.as_str() {
            "file" => {
                upload.file = field.bytes().await.map_err(refused)?;
                continue;
            }
            "csrf" => &mut upload.csrf,
            "title" => &mut upload.title,
            "language" => &mut upload.language,
            _ => {
                field.bytes().await.map_err(refused)?;
                continue;
            }
        };
        *text = field.text().await.map_err(refused)?;
    }
    Ok(upload)
}

/// Why a file cannot be a document of the site, in the workspace's language; a file larger
/// than accepted is a 413.
fn document_refusal(ui: &Ui, e: &media::DocumentError) -> Result<String, WebError> {
    use media::DocumentError as E;
    let text = match e {
        E::Empty => ui.text(wk::DOCUMENT_NO_FILE, &[]),
        E::TooLarge { .. } => {
            return Err(WebError::TooLarge(
                ui.text(wk::DOCUMENT_UPLOAD_TOO_LARGE, &[]),
            ));
        }
        E::NotADocument { looks_like } => ui.text(
            wk::DOCUMENT_NOT_ACCEPTED,
            &[("looks-like", (*looks_like).into())],
        ),
        E::Macros => ui.text(wk::DOCUMENT_MACROS, &[]),
        E::Damaged => ui.text(wk::DOCUMENT_DAMAGED, &[]),
    };
    Ok(problem(ui, wk::ATTACHMENT_FIELD_FILE, text))
}

/// `POST /admin/items/{id}/documents`: a document uploaded and listed at the end of the
/// item's documents and links.
pub async fn upload_document(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    s: SignedIn,
    multipart: Result<Multipart, MultipartRejection>,
) -> Result<Response, WebError> {
    let stored = changeable(&state, &s, id).await?;
    let form = read_document(s.ui(), multipart).await?;
    s.check_csrf(&form.csrf)?;
    let ui = s.ui();
    let mut typed = Typed {
        document_title: form.title.clone(),
        document_language: form.language.clone(),
        ..Typed::default()
    };
    typed.problems.extend(title_problem(ui, &form.title));
    let language = language_of(&state, ui, &stored, &form.language);
    if let Err(p) = &language {
        typed.problems.push(p.clone());
    }
    if form.file.is_empty() {
        typed.problems.push(problem(
            ui,
            wk::ATTACHMENT_FIELD_FILE,
            ui.text(wk::DOCUMENT_NO_FILE, &[]),
        ));
    }
    let Ok(language) = language else {
        return refused(&state, &s, &stored, typed).await;
    };
    if !typed.problems.is_empty() {
        return refused(&state, &s, &stored, typed).await;
    }
    let file = form.file.clone();
    let prepared = state
        .cpu(move || media::prepare_document(file, media::MAX_DOCUMENT_BYTES))
        .await?;
    let prepared = match prepared {
        Ok(p) => p,
        Err(e) => {
            typed.problems.push(document_refusal(ui, &e)?);
            return refused(&state, &s, &stored, typed).await;
        }
    };
    media::store_document(state.media.as_ref(), &prepared)
        .await
        .map_err(|e| WebError::Internal(format!("media storage: {e}")))?;
    let now = state.clock.now();
    let document = state
        .store
        .add_document(
            &store::NewDocument {
                hash: prepared.hash.clone(),
                format: prepared.format.extension().to_owned(),
                bytes_size: u64::try_from(prepared.bytes.len()).unwrap_or(u64::MAX),
                key: prepared.key.clone(),
            },
            &s.actor(),
            now,
        )
        .await?;
    let new = NewAttachment {
        title: form.title.clone(),
        language,
        target: NewTarget::Document(document.id),
    };
    added(&state, &s, &stored, &new, typed).await
}

/// Adds an entry to the item's list, or shows the form again with the store's refusal.
async fn added(
    state: &AppState,
    s: &SignedIn,
    stored: &Item,
    new: &NewAttachment,
    mut typed: Typed,
) -> Result<Response, WebError> {
    let result = state
        .store
        .add_attachment(stored.id, new, &s.actor(), state.clock.now())
        .await;
    match result {
        Ok(_) => {
            state.written();
            Ok(Redirect::to(&attachments_href(stored.id)).into_response())
        }
        Err(e) => {
            typed.problems.push(store_refusal(s.ui(), e)?);
            refused(state, s, stored, typed).await
        }
    }
}

/// `POST /admin/items/{id}/links`: a link (title, `http` or `https` address, language)
/// listed at the end of the item's documents and links.
pub async fn add_link(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    CsrfForm(s, form): CsrfForm<Pairs>,
) -> Result<Response, WebError> {
    let stored = changeable(&state, &s, id).await?;
    let ui = s.ui();
    let mut typed = Typed {
        link_title: first(&form, "title").to_owned(),
        link_url: first(&form, "url").to_owned(),
        link_language: first(&form, "language").to_owned(),
        ..Typed::default()
    };
    let url = store::checked_link(first(&form, "url")).map_err(|e| link_problem(ui, e));
    if let Err(p) = &url {
        typed.problems.push(p.clone());
    }
    typed
        .problems
        .extend(title_problem(ui, first(&form, "title")));
    let language = language_of(&state, ui, &stored, first(&form, "language"));
    if let Err(p) = &language {
        typed.problems.push(p.clone());
    }
    let (Ok(url), Ok(language), true) = (url, language, typed.problems.is_empty()) else {
        return refused(&state, &s, &stored, typed).await;
    };
    let new = NewAttachment {
        title: first(&form, "title").to_owned(),
        language,
        target: NewTarget::Link(url),
    };
    added(&state, &s, &stored, &new, typed).await
}

/// `POST /admin/items/{id}/gallery`: a picture of the library (by its number) attached at
/// the end of the item's gallery.
pub async fn attach_picture(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    CsrfForm(s, form): CsrfForm<Pairs>,
) -> Result<Response, WebError> {
    let stored = changeable(&state, &s, id).await?;
    let ui = s.ui();
    let raw = first(&form, "number").trim();
    let mut typed = Typed {
        picture_number: raw.to_owned(),
        ..Typed::default()
    };
    let field = wk::ATTACHMENT_FIELD_PICTURE;
    let Ok(n) = raw.parse::<i64>() else {
        typed
            .problems
            .push(problem(ui, field, ui.text(wk::GALLERY_WHICH, &[])));
        return refused(&state, &s, &stored, typed).await;
    };
    if state.store.media(MediaId(n)).await?.is_none() {
        let text = ui.text(wk::ITEM_LEAD_NOT_FOUND, &[("id", n.to_string().into())]);
        typed.problems.push(problem(ui, field, text));
        return refused(&state, &s, &stored, typed).await;
    }
    let result = state
        .store
        .attach_picture(stored.id, MediaId(n), &s.actor(), state.clock.now())
        .await;
    if let Err(e) = result {
        typed.problems.push(store_refusal(ui, e)?);
        return refused(&state, &s, &stored, typed).await;
    }
    state.written();
    Ok(Redirect::to(&attachments_href(stored.id)).into_response())
}

/// What a change of one entry does.
enum Change {
    Move(Move),
    Remove,
}

/// `POST /admin/items/{id}/attachments`: one document or link (`attachment`) or attached
/// picture (`picture`) moved `up` or `down`, or `remove`d.
pub async fn change(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    CsrfForm(s, form): CsrfForm<Pairs>,
) -> Result<Response, WebError> {
    let stored = changeable(&state, &s, id).await?;
    let ui = s.ui();
    let which = || WebError::BadRequest(ui.text(wk::ATTACHMENT_ACTION_UNKNOWN, &[]));
    let action = match first(&form, "action") {
        "remove" => Change::Remove,
        other => Change::Move(Move::parse(other).ok_or_else(which)?),
    };
    let number = |name: &str| first(&form, name).trim().parse::<i64>().ok();
    let not_listed = || WebError::NotFound(ui.text(wk::ATTACHMENT_NOT_FOUND, &[]));
    let (actor, now) = (s.actor(), state.clock.now());
    if let Some(entry) = number("attachment") {
        let entry = store::AttachmentId(entry);
        let listed = state.store.attachments(stored.id).await?;
        if !listed.iter().any(|a| a.id == entry) {
            return Err(not_listed());
        }
        match action {
            Change::Remove => {
                state
                    .store
                    .remove_attachment(stored.id, entry, &actor, now)
                    .await?
            }
            Change::Move(to) => {
                state
                    .store
                    .move_attachment(stored.id, entry, to, &actor, now)
                    .await?
            }
        };
    } else if let Some(picture) = number("picture") {
        let picture = MediaId(picture);
        let attached = state
            .store
            .item_media(stored.id)
            .await?
            .iter()
            .any(|(role, m)| *role == MediaRole::Attachment && m.id == picture);
        if !attached {
            return Err(not_listed());
        }
        match action {
            Change::Remove => {
                state
                    .store
                    .detach_media(stored.id, picture, MediaRole::Attachment, &actor, now)
                    .await?
            }
            Change::Move(to) => {
                state
                    .store
                    .move_attached_picture(stored.id, picture, to, &actor, now)
                    .await?
            }
        };
    } else {
        return Err(which());
    }
    state.written();
    Ok(Redirect::to(&attachments_href(stored.id)).into_response())
}
