//! Writing items in the workspace: the form (new and edit), saving as a new revision, the
//! workflow's moves. Rights are checked on the server for every request.
//!
//! The handlers are here; [`form`] reads the form into an item, [`page`] shows the form
//! page, [`changes`] tells how two versions differ, [`translate`] makes and maintains
//! translations, [`translation_lists`] lists the dashboard's translation work,
//! [`attachments`] changes the documents, links and attached pictures listed under its text.

mod attachments;
mod changes;
mod form;
mod page;
mod pictures;
mod translate;
pub mod translation_lists;

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use jiff::Timestamp;
use jiff::tz::TimeZone;
use model::access::{Rights, Transition};
use model::{Item, ItemId, NewItem};
use render::messages::workspace_key as wk;
use render::pages::Ui;
use store::ItemAccess;

pub use self::attachments::{
    DOCUMENT_BODY_LIMIT, add_link, attach_picture, change as change_attachment, upload_document,
};
use self::attachments::{Typed, attachments_view};
use self::changes::{changes, conflict_view};
use self::form::{
    Pairs, blank, first, item_from_form, local_instant, revision_of, shown_from_form,
};
use self::page::{FormState, form_page, form_page_view, history};
pub use self::pictures::{choose_lead, upload as upload_picture};
use self::pictures::{pictures_view, sync_body_media};
use self::translate::translation_panel;
pub use self::translate::{mark_up_to_date, original_changes, translate};
use crate::AppState;
use crate::auth::SignedIn;
use crate::error::WebError;
use crate::workspace::{CsrfForm, layout, private_page, refusal_text};

/// An item the signed-in account may edit. Another office's item is answered exactly as
/// one that does not exist: nothing about it (not even its workflow state) is told.
async fn load_editable(state: &AppState, s: &SignedIn, id: i64) -> Result<Item, WebError> {
    state
        .store
        .item(ItemId(id))
        .await?
        .filter(|item| {
            s.user
                .rights()
                .may_edit(&state.site(), &item.data.sources)
                .is_ok()
        })
        .ok_or_else(|| WebError::NotFound(s.ui().text(wk::ITEM_NOT_FOUND, &[])))
}

/// The 404 of a revision the item does not have.
fn no_revision(ui: &Ui, id: i64, revision: i64) -> WebError {
    WebError::NotFound(ui.text(
        wk::REVISION_NOT_FOUND,
        &[
            ("id", id.to_string().into()),
            ("revision", revision.to_string().into()),
        ],
    ))
}

/// The refusal of a right, as a 403.
fn forbidden(ui: &Ui, e: &model::access::Refusal) -> WebError {
    WebError::Forbidden(ui.text(
        wk::ITEM_NOT_ALLOWED,
        &[("reason", refusal_text(ui, e).into())],
    ))
}

/// `GET /admin/items/new`.
pub async fn new_form(State(state): State<AppState>, s: SignedIn) -> Result<Response, WebError> {
    let item = blank(&state)?;
    form_page(
        &state,
        FormState {
            signed_in: &s,
            item: &item,
            stored: None,
            form_revision: 0,
            problems: Vec::new(),
            conflict: None,
            history: Vec::new(),
            translations: Vec::new(),
            translate_into: None,
            source: None,
            pictures: None,
            attachments: None,
        },
        StatusCode::OK,
    )
}

/// `POST /admin/items`: a new item, saved as a draft.
pub async fn create(
    State(state): State<AppState>,
    CsrfForm(s, form): CsrfForm<Pairs>,
) -> Result<Response, WebError> {
    let base = blank(&state)?;
    let original = original_of(&state, &s, &form).await?;
    let checked = item_from_form(s.ui(), &state.site(), &form, &base)
        .and_then(|item| as_translation(s.ui(), item, &original));
    let item = match checked {
        Ok(item) => item,
        Err(problems) => return refused_new(&state, &s, &form, &base, problems),
    };
    s.user
        .rights()
        .may_save(&state.site(), None, &item)
        .map_err(|e| forbidden(s.ui(), &e))?;
    let saved = state
        .store
        .create_item(&item, &s.actor(), state.clock.now())
        .await?;
    sync_body_media(&state, &s, saved.id, &item.body_html).await?;
    state.written();
    Ok(Redirect::to(&format!("/admin/items/{}", saved.id)).into_response())
}

/// The item a new form names in `translation_of`: none when the field is empty; a problem
/// when it is not an item number or names no item the account may see.
async fn original_of(
    state: &AppState,
    s: &SignedIn,
    form: &Pairs,
) -> Result<Result<Option<ItemAccess>, String>, WebError> {
    let raw = first(form, "translation_of").trim();
    if raw.is_empty() {
        return Ok(Ok(None));
    }
    let Ok(id) = ItemId::parse(raw) else {
        return Ok(Err(s.ui().text(
            wk::TRANSLATION_NOT_AN_ITEM,
            &[("value", model::text::shown(raw).into())],
        )));
    };
    // An item the account may not see is answered as one that does not exist.
    let original = state
        .store
        .item_access(store::ItemKey::Id(id))
        .await?
        .filter(|o| {
            s.user.rights().may_read(
                &state.site(),
                &o.sources,
                state.public().shows(&o.visibility),
            )
        });
    Ok(original.map(Some).ok_or_else(|| {
        s.ui().text(
            wk::TRANSLATION_NO_SUCH_ITEM,
            &[("id", id.to_string().into())],
        )
    }))
}

/// The new item as a translation of `original` (if the form names one), unless it is in the
/// original's language or the original was refused.
fn as_translation(
    ui: &Ui,
    mut item: NewItem,
    original: &Result<Option<ItemAccess>, String>,
) -> Result<NewItem, Vec<String>> {
    match original {
        Ok(Some(o)) if o.language == item.language.as_str() => Err(vec![ui.text(
            wk::TRANSLATION_SAME_LANGUAGE,
            &[("id", o.id.to_string().into())],
        )]),
        Ok(Some(o)) => {
            item.translation_of = Some(o.id);
            Ok(item)
        }
        Ok(None) => Ok(item),
        Err(e) => Err(vec![e.clone()]),
    }
}

/// The new item's form again, as typed, with its problems (422).
fn refused_new(
    state: &AppState,
    s: &SignedIn,
    form: &Pairs,
    base: &NewItem,
    problems: Vec<String>,
) -> Result<Response, WebError> {
    let shown = shown_from_form(&state.site(), form, base);
    form_page(
        state,
        FormState {
            signed_in: s,
            item: &shown,
            stored: None,
            form_revision: 0,
            problems,
            conflict: None,
            history: Vec::new(),
            translations: Vec::new(),
            translate_into: None,
            source: None,
            pictures: None,
            attachments: None,
        },
        StatusCode::UNPROCESSABLE_ENTITY,
    )
}

/// `GET /admin/items/{id}`: the edit form, the workflow and the history.
pub async fn edit_form(
    State(state): State<AppState>,
    s: SignedIn,
    Path(id): Path<i64>,
) -> Result<Response, WebError> {
    let stored = load_editable(&state, &s, id).await?;
    let history = history(&state, s.ui(), stored.id).await?;
    let translations = state
        .store
        .translations(stored.id)
        .await?
        .into_iter()
        .map(|(id, lang, title)| (format!("/admin/items/{id}"), lang, title))
        .collect();
    let (into, source) = translation_panel(&state, &s, &stored).await?;
    let pictures = pictures_view(&state, &s, &stored, None, Vec::new()).await?;
    let attachments = attachments_view(&state, &s, &stored, Typed::default()).await?;
    form_page(
        &state,
        FormState {
            translations,
            translate_into: Some(into),
            source,
            pictures: Some(pictures),
            attachments: Some(attachments),
            ..FormState::of_stored(&s, &stored, history)
        },
        StatusCode::OK,
    )
}

/// `POST /admin/items/{id}`: saves the form as a new revision, unless someone saved since.
pub async fn save(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    CsrfForm(s, form): CsrfForm<Pairs>,
) -> Result<Response, WebError> {
    let stored = load_editable(&state, &s, id).await?;
    let rights = s.user.rights();
    let expected = revision_of(s.ui(), &form)?;
    let item = match item_from_form(s.ui(), &state.site(), &form, &stored.data) {
        Ok(item) => item,
        Err(problems) => return refused_edit(&state, &s, &stored, &form, expected, problems).await,
    };
    rights
        .may_save(&state.site(), Some(&stored.data), &item)
        .map_err(|e| forbidden(s.ui(), &e))?;
    let now = state.clock.now();
    let result = state
        .store
        .save_item(stored.id, expected, &item, &s.actor(), "item.save", now)
        .await;
    match result {
        Err(store::SaveError::Stale(stale)) => {
            conflict_page(&state, &s, &item, *stale.current).await
        }
        Ok(saved) => {
            sync_body_media(&state, &s, stored.id, &item.body_html).await?;
            // Saved: this process serves the item at once, not after the next poll.
            after_move(&state, s.ui(), Ok(saved))
        }
        other => after_move(&state, s.ui(), other),
    }
}

/// The edit form again, as typed, with its problems (422).
async fn refused_edit(
    state: &AppState,
    s: &SignedIn,
    stored: &Item,
    form: &Pairs,
    expected: i64,
    problems: Vec<String>,
) -> Result<Response, WebError> {
    let shown = shown_from_form(&state.site(), form, &stored.data);
    let history = history(state, s.ui(), stored.id).await?;
    let pictures = pictures_view(state, s, stored, None, Vec::new()).await?;
    let attachments = attachments_view(state, s, stored, Typed::default()).await?;
    form_page(
        state,
        FormState {
            item: &shown,
            form_revision: expected,
            problems,
            pictures: Some(pictures),
            attachments: Some(attachments),
            ..FormState::of_stored(s, stored, history)
        },
        StatusCode::UNPROCESSABLE_ENTITY,
    )
}

/// The form of `item` over the version someone saved first (`current`), with what differs
/// between them (409).
async fn conflict_page(
    state: &AppState,
    s: &SignedIn,
    item: &NewItem,
    current: Item,
) -> Result<Response, WebError> {
    let conflict = conflict_view(state, s.ui(), &current, item).await?;
    let history = history(state, s.ui(), current.id).await?;
    let pictures = pictures_view(state, s, &current, None, Vec::new()).await?;
    let attachments = attachments_view(state, s, &current, Typed::default()).await?;
    form_page(
        state,
        FormState {
            item,
            conflict: Some(conflict),
            pictures: Some(pictures),
            attachments: Some(attachments),
            ..FormState::of_stored(s, &current, history)
        },
        StatusCode::CONFLICT,
    )
}

/// `POST /admin/items/{id}/transition`: submit, withdraw, schedule, publish, unpublish,
/// archive — each a new revision.
pub async fn transition(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    CsrfForm(s, form): CsrfForm<Pairs>,
) -> Result<Response, WebError> {
    let stored = load_editable(&state, &s, id).await?;
    let t = Transition::parse(first(&form, "transition")).ok_or_else(|| {
        WebError::BadRequest(s.ui().text(
            wk::TRANSITION_UNKNOWN,
            &[(
                "value",
                model::text::shown(first(&form, "transition")).into(),
            )],
        ))
    })?;
    let rights: Rights = s.user.rights();
    let to = rights
        .transition(&state.site(), &stored.data.sources, stored.data.status, t)
        .map_err(|e| match e {
            model::access::Refusal::NotFromThisState { .. } => WebError::Conflict(s.ui().text(
                wk::ITEM_NOT_POSSIBLE,
                &[("reason", refusal_text(s.ui(), &e).into())],
            )),
            other => forbidden(s.ui(), &other),
        })?;
    let now = state.clock.now();
    let at = match t {
        Transition::Schedule => {
            let zone = TimeZone::get(&stored.data.time_zone).unwrap_or(TimeZone::UTC);
            Some(
                local_instant(s.ui(), first(&form, "at").trim(), &zone).map_err(|e| {
                    WebError::BadRequest(s.ui().text(wk::SCHEDULE_PROBLEM, &[("reason", e.into())]))
                })?,
            )
        }
        _ => None,
    };
    let next = model::access::moved(&stored.data, t, to, now, at)
        .map_err(|_| WebError::BadRequest(s.ui().text(wk::SCHEDULE_IN_PAST, &[])))?;
    let expected = revision_of(s.ui(), &form)?;
    let result = state
        .store
        .save_item(
            stored.id,
            expected,
            &next,
            &s.actor(),
            &format!("item.{}", t.as_str()),
            now,
        )
        .await;
    after_move(&state, s.ui(), result)
}

/// `GET /admin/items/{id}/revisions/{revision}`: what changed since that revision.
pub async fn revision_page(
    State(state): State<AppState>,
    s: SignedIn,
    Path((id, revision)): Path<(i64, i64)>,
) -> Result<Response, WebError> {
    let current = load_editable(&state, &s, id).await?;
    let rights = s.user.rights();
    let old = state
        .store
        .item_at(current.id, revision)
        .await?
        .ok_or_else(|| no_revision(s.ui(), id, revision))?;
    let info = state
        .store
        .history(current.id)
        .await?
        .into_iter()
        .find(|r| r.revision == revision);
    private_page(
        StatusCode::OK,
        &render::admin::RevisionPage {
            admin: layout(
                &state,
                &s.ui().text(
                    wk::REVISION_TITLE,
                    &[("revision", revision.to_string().into())],
                ),
                &s,
            ),
            item_id: id,
            item_href: format!("/admin/items/{id}"),
            revision,
            current_revision: current.revision,
            title: old.data.title.clone(),
            author: match info.as_ref().map(|i| i.author.as_str()) {
                // A revision an import made has no author: told as the history tells it.
                Some("") => s.ui().text(wk::HISTORY_IMPORT, &[]),
                author => author.unwrap_or_default().to_owned(),
            },
            at: info
                .map(|i| i.authored_at.strftime("%Y-%m-%d %H:%M UTC").to_string())
                .unwrap_or_default(),
            changes: changes(s.ui(), &state.site(), &old.data, &current.data),
            can_restore: revision != current.revision
                && rights.may_edit(&state.site(), &old.data.sources).is_ok(),
            csrf: s.csrf.clone(),
        },
    )
}

/// `POST /admin/items/{id}/restore`: an earlier revision's text and terms as a new
/// revision (the status and dates stay as they are).
pub async fn restore(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    CsrfForm(s, form): CsrfForm<Pairs>,
) -> Result<Response, WebError> {
    let current = load_editable(&state, &s, id).await?;
    let rights = s.user.rights();
    let from: i64 = first(&form, "from")
        .parse()
        .map_err(|_| WebError::BadRequest(s.ui().text(wk::RESTORE_WHICH, &[])))?;
    let old = state
        .store
        .item_at(current.id, from)
        .await?
        .ok_or_else(|| no_revision(s.ui(), id, from))?;
    rights
        .may_edit(&state.site(), &old.data.sources)
        .map_err(|e| forbidden(s.ui(), &e))?;
    let mut next = old.data.clone();
    next.status = current.data.status;
    next.published_at = current.data.published_at;
    next.embargo_until = current.data.embargo_until;
    next.external_id = current.data.external_id.clone();
    // The restored version is a save like any other: the sources it brings back must be
    // ones the account writes for, and a public item's change needs the publishing right.
    rights
        .may_save(&state.site(), Some(&current.data), &next)
        .map_err(|e| forbidden(s.ui(), &e))?;
    let expected = revision_of(s.ui(), &form)?;
    let result = state
        .store
        .save_item(
            current.id,
            expected,
            &next,
            &s.actor(),
            &format!("item.restore-revision-{from}"),
            state.clock.now(),
        )
        .await;
    after_move(&state, s.ui(), result)
}

/// `POST /admin/items/{id}/preview-link`: a signed link to the item as it will look, valid
/// for `days` (1–30, default 7), shown once on the item's page.
pub async fn preview_link(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(id): Path<i64>,
    CsrfForm(s, form): CsrfForm<Pairs>,
) -> Result<Response, WebError> {
    let stored = load_editable(&state, &s, id).await?;
    let days = preview_days(s.ui(), &form)?;
    let now = state.clock.now();
    let until = now.as_second() + days * 86_400;
    let path = publishing::preview::link(&state, stored.id.0, until).await?;
    let (scheme, host) = scheme_and_host(&headers);
    let expires = Timestamp::from_second(until)
        .map(|t| t.strftime("%Y-%m-%d %H:%M UTC").to_string())
        .unwrap_or_default();
    state
        .store
        .audit(
            &s.actor(),
            now,
            "item.preview-link",
            &format!("item {}", stored.id),
            &format!("valid until {expires}"),
        )
        .await?;
    let history = history(&state, s.ui(), stored.id).await?;
    let (into, source) = translation_panel(&state, &s, &stored).await?;
    let pictures = pictures_view(&state, &s, &stored, None, Vec::new()).await?;
    let attachments = attachments_view(&state, &s, &stored, Typed::default()).await?;
    let mut page = form_page_view(
        &state,
        FormState {
            translate_into: Some(into),
            source,
            pictures: Some(pictures),
            attachments: Some(attachments),
            ..FormState::of_stored(&s, &stored, history)
        },
    );
    page.admin.notice = s.ui().text(
        wk::PREVIEW_LINK,
        &[
            ("expires", expires.into()),
            ("link", format!("{scheme}://{host}{path}").into()),
        ],
    );
    private_page(StatusCode::OK, &page)
}

/// How many days a preview link is valid: the form's `days` (1–30), 7 when it is empty.
fn preview_days(ui: &Ui, form: &Pairs) -> Result<i64, WebError> {
    match first(form, "days").trim() {
        "" => Ok(7),
        d => d
            .parse()
            .ok()
            .filter(|d| (1..=publishing::preview::MAX_DAYS).contains(d))
            .ok_or_else(|| {
                WebError::BadRequest(ui.text(
                    wk::PREVIEW_DAYS,
                    &[("max", publishing::preview::MAX_DAYS.to_string().into())],
                ))
            }),
    }
}

/// The scheme and the host the request came to, for an absolute link.
fn scheme_and_host(headers: &HeaderMap) -> (&'static str, &str) {
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("localhost");
    let scheme = if crate::auth::is_https(headers) {
        "https"
    } else {
        "http"
    };
    (scheme, host)
}

/// Where a move or a restore leads: the item's page (its rendered public page dropped, so
/// this process serves the change at once), or a 409 when someone saved first.
fn after_move(
    state: &AppState,
    ui: &Ui,
    result: Result<store::Saved, store::SaveError>,
) -> Result<Response, WebError> {
    match result {
        Ok(saved) => {
            state.written();
            Ok(Redirect::to(&format!("/admin/items/{}", saved.id)).into_response())
        }
        Err(store::SaveError::Stale(_)) => {
            Err(WebError::Conflict(ui.text(wk::ITEM_CHANGED_SINCE, &[])))
        }
        Err(store::SaveError::Store(e)) => Err(e.into()),
    }
}
