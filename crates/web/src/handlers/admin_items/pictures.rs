//! The pictures of an item, from its form: the lead picture chosen from the library or
//! uploaded, a picture uploaded into the body, and the pictures a body shows recorded as
//! the item's (their files are public while the item is).
//!
//! Changing an item's pictures changes what its page shows: it takes the right to save the
//! item as it is (for a published or scheduled item, the right to publish it). Another
//! office's item is answered as one that does not exist, before the upload is read.

use axum::extract::multipart::{Multipart, MultipartRejection};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use model::{Item, ItemId};
use render::admin::{ItemPictures, UploadForm};
use render::messages::workspace_key as wk;
use store::MediaId;

use super::attachments::{Typed, attachments_view};
use super::form::{Pairs, first};
use super::page::{FormState, form_page, history};
use super::translate::translation_panel;
use super::{forbidden, load_editable};
use crate::AppState;
use crate::auth::SignedIn;
use crate::error::WebError;
use crate::handlers::admin_media::{self, Upload};
use crate::handlers::media::body_figure;
use crate::workspace::CsrfForm;

/// How many of the newest pictures of the library the form offers as the lead picture.
const RECENT: i64 = 20;
/// The most pictures of a body recorded as the item's.
const MAX_BODY_PICTURES: usize = 100;

/// The address of an item's pictures in its form.
fn pictures_href(id: ItemId) -> String {
    format!("/admin/items/{id}#pictures")
}

/// The upload form of an item, sent to `/admin/items/{id}/media`, its texts in the item's
/// language.
fn upload_form(state: &AppState, s: &SignedIn, item: &Item) -> UploadForm {
    admin_media::blank_form(
        format!("/admin/items/{}/media", item.id),
        admin_media::language_note(state, s.ui(), item.data.language.as_str()),
    )
}

/// The pictures part of an item's form: its lead picture, the newest pictures of the
/// library to choose from, the upload form (as typed, after a refusal) and the problems of
/// the last change.
pub(super) async fn pictures_view(
    state: &AppState,
    s: &SignedIn,
    item: &Item,
    upload: Option<UploadForm>,
    problems: Vec<String>,
) -> Result<ItemPictures, WebError> {
    let ui = s.ui();
    let lead = state.store.lead_images(&[item.id]).await?.remove(&item.id);
    let (recent, _) = state.store.list_media("", 0, RECENT).await?;
    let lang = item.data.language.as_str();
    Ok(ItemPictures {
        recent: recent
            .iter()
            .map(|r| {
                let alt: String = r.description.alt.chars().take(80).collect();
                let chosen = lead.as_ref().is_some_and(|l| l.id == r.id);
                (r.id.to_string(), format!("{} · {alt}", r.id), chosen)
            })
            .collect(),
        lead: lead
            .as_ref()
            .map(|r| admin_media::row(ui, r, &admin_media::credit_in(lang, r))),
        lead_action: format!("/admin/items/{}/lead-image", item.id),
        upload: upload.unwrap_or_else(|| upload_form(state, s, item)),
        problems,
    })
}

/// The item's form again with the problems of a change of its pictures (422).
async fn refused(
    state: &AppState,
    s: &SignedIn,
    stored: &Item,
    upload: Option<UploadForm>,
    problems: Vec<String>,
) -> Result<Response, WebError> {
    let history = history(state, s.ui(), stored.id).await?;
    let (into, source) = translation_panel(state, s, stored).await?;
    let pictures = pictures_view(state, s, stored, upload, problems).await?;
    let attachments = attachments_view(state, s, stored, Typed::default()).await?;
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

/// The item, if the account may change its pictures.
pub(super) async fn changeable(state: &AppState, s: &SignedIn, id: i64) -> Result<Item, WebError> {
    let stored = load_editable(state, s, id).await?;
    s.user
        .rights()
        .may_save(&state.site(), Some(&stored.data), &stored.data)
        .map_err(|e| forbidden(s.ui(), &e))?;
    Ok(stored)
}

/// `POST /admin/items/{id}/media`: a picture uploaded from the item's form, made its lead
/// picture or put at the end of its body (a new revision) with its caption and credit.
pub async fn upload(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    s: SignedIn,
    multipart: Result<Multipart, MultipartRejection>,
) -> Result<Response, WebError> {
    let stored = changeable(&state, &s, id).await?;
    let form = admin_media::read_upload(s.ui(), multipart).await?;
    s.check_csrf(&form.csrf)?;
    let into_body = form.use_as == "body";
    // A picture for the body changes the text: the form must be of the current revision
    // (checked again by the save), before any work is done on the picture.
    let expected: i64 = if into_body {
        form.revision
            .trim()
            .parse()
            .map_err(|_| WebError::BadRequest(s.ui().text(wk::FORM_NO_REVISION, &[])))?
    } else {
        stored.revision
    };
    if expected != stored.revision {
        return Err(WebError::Conflict(s.ui().text(wk::ITEM_CHANGED_SINCE, &[])));
    }
    let language = stored.data.language.clone();
    let record = match admin_media::accept(&state, &s, &form, language).await? {
        Ok((record, _)) => record,
        Err(problems) => {
            let shown = shown(&state, &s, &stored, &form, problems);
            return refused(&state, &s, &stored, Some(shown), Vec::new()).await;
        }
    };
    let now = state.clock.now();
    if into_body {
        let lang = stored.data.language.as_str();
        let figure = body_figure(&record, &admin_media::credit_in(lang, &record));
        let mut next = stored.data.clone();
        next.body_html = render::sanitize(&format!("{}\n{figure}", stored.data.body_html));
        s.user
            .rights()
            .may_save(&state.site(), Some(&stored.data), &next)
            .map_err(|e| forbidden(s.ui(), &e))?;
        match state
            .store
            .save_item(stored.id, expected, &next, &s.actor(), "item.picture", now)
            .await
        {
            Ok(_) => sync_body_media(&state, &s, stored.id, &next.body_html).await?,
            Err(store::SaveError::Stale(_)) => {
                return Err(WebError::Conflict(s.ui().text(wk::ITEM_CHANGED_SINCE, &[])));
            }
            Err(store::SaveError::Store(e)) => return Err(e.into()),
        }
    } else {
        state
            .store
            .set_lead_image(stored.id, Some(record.id), &s.actor(), now)
            .await?;
    }
    state.written();
    Ok(Redirect::to(&pictures_href(stored.id)).into_response())
}

/// The item's upload form as typed, with its problems.
fn shown(
    state: &AppState,
    s: &SignedIn,
    stored: &Item,
    form: &Upload,
    problems: Vec<String>,
) -> UploadForm {
    let blank = upload_form(state, s, stored);
    form.shown(blank.action, blank.language_note, problems)
}

/// `POST /admin/items/{id}/lead-image`: a picture of the library made the lead picture (by
/// its number, or chosen among the newest), or the lead picture removed (`remove`).
pub async fn choose_lead(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    CsrfForm(s, form): CsrfForm<Pairs>,
) -> Result<Response, WebError> {
    let stored = changeable(&state, &s, id).await?;
    let ui = s.ui();
    let chosen = if first(&form, "remove") == "1" {
        None
    } else {
        let number = first(&form, "number").trim();
        let raw = if number.is_empty() {
            first(&form, "recent").trim()
        } else {
            number
        };
        let Ok(n) = raw.parse::<i64>() else {
            let problem = ui.text(wk::ITEM_LEAD_WHICH, &[]);
            return refused(&state, &s, &stored, None, vec![problem]).await;
        };
        if state.store.media(MediaId(n)).await?.is_none() {
            let problem = ui.text(wk::ITEM_LEAD_NOT_FOUND, &[("id", n.to_string().into())]);
            return refused(&state, &s, &stored, None, vec![problem]).await;
        }
        Some(MediaId(n))
    };
    state
        .store
        .set_lead_image(stored.id, chosen, &s.actor(), state.clock.now())
        .await?;
    state.written();
    Ok(Redirect::to(&pictures_href(stored.id)).into_response())
}

/// Records the pictures of the library that a saved body shows as the item's body
/// pictures (and no others), so that their files are public exactly while the item is.
pub(super) async fn sync_body_media(
    state: &AppState,
    s: &SignedIn,
    item: ItemId,
    body_html: &str,
) -> Result<(), WebError> {
    let mut shown: Vec<MediaId> = Vec::new();
    for key in render::html::media_keys(body_html)
        .iter()
        .take(MAX_BODY_PICTURES)
    {
        if let Some(record) = state.store.media_by_key(key).await?
            && !shown.contains(&record.id)
        {
            shown.push(record.id);
        }
    }
    state
        .store
        .set_body_media(item, &shown, &s.actor(), state.clock.now())
        .await?;
    Ok(())
}
