//! Translating items in the workspace: "Translate" makes a draft of an item in another
//! language, a translation's page tells what it was made from and whether the original
//! changed since, the original's changes are shown as a difference, and the translator marks
//! the translation up to date once it says what the original says.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use model::{Item, ItemId, ItemStatus, LanguageCode, NewItem, SiteDefinition};
use render::admin::{OriginalChangesPage, SourceNote};
use render::messages::workspace_key as wk;
use render::pages::Ui;
use store::{TranslationError, TranslationSource};

use super::changes::changes;
use super::form::{Pairs, first};
use super::{forbidden, load_editable, no_revision};
use crate::AppState;
use crate::auth::SignedIn;
use crate::error::WebError;
use crate::workspace::{CsrfForm, layout, private_page};

/// `POST /admin/items/{id}/translate`: a draft of the item in the form's `language`, in the
/// item's translation group, with the item's metadata and its text to translate; then its
/// form. Whoever may edit the item may translate it.
pub async fn translate(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    CsrfForm(s, form): CsrfForm<Pairs>,
) -> Result<Response, WebError> {
    let original = load_editable(&state, &s, id).await?;
    let site = state.site();
    let language = chosen_language(s.ui(), &site, first(&form, "language"))?;
    let draft = draft_of(&original, language);
    // The draft keeps the original's sources, as an edit of the original would (a joint
    // item included): an account that may edit the original may write for them.
    s.user
        .rights()
        .may_edit(&site, &draft.sources)
        .map_err(|e| forbidden(s.ui(), &e))?;
    let made = state
        .store
        .create_translation(
            original.id,
            original.revision,
            &draft,
            &s.actor(),
            state.clock.now(),
        )
        .await;
    match made {
        Ok(saved) => {
            // The draft's body shows the original's pictures: they are its pictures too.
            super::sync_body_media(&state, &s, saved.id, &draft.body_html).await?;
            state.written();
            Ok(Redirect::to(&format!("/admin/items/{}", saved.id)).into_response())
        }
        Err(TranslationError::LanguageTaken(existing)) => {
            let name = site
                .language(draft.language.as_str())
                .map_or_else(|| draft.language.to_string(), |l| l.name.clone());
            // The existing version is named only to whom may open it.
            if original_readable(&state, &s, existing).await? {
                Err(WebError::Conflict(s.ui().text(
                    wk::TRANSLATE_LANGUAGE_TAKEN,
                    &[
                        ("language", name.into()),
                        ("id", existing.to_string().into()),
                    ],
                )))
            } else {
                Err(WebError::Conflict(s.ui().text(
                    wk::TRANSLATE_LANGUAGE_TAKEN_ELSEWHERE,
                    &[("language", name.into())],
                )))
            }
        }
        Err(TranslationError::OriginalChanged { .. }) => Err(WebError::Conflict(
            s.ui().text(wk::TRANSLATE_ORIGINAL_CHANGED, &[]),
        )),
        Err(TranslationError::Store(e)) => Err(e.into()),
    }
}

/// The language a form asks for: one of the site's languages (compared as sent, so that no
/// length or shape of value needs parsing first).
fn chosen_language(ui: &Ui, site: &SiteDefinition, raw: &str) -> Result<LanguageCode, WebError> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Err(WebError::BadRequest(ui.text(wk::TRANSLATE_CHOOSE, &[])));
    }
    site.organization
        .languages
        .iter()
        .find(|l| l.code.as_str() == raw)
        .map(|l| l.code.clone())
        .ok_or_else(|| {
            WebError::BadRequest(ui.text(
                wk::TRANSLATE_NOT_A_LANGUAGE,
                &[("value", model::text::shown(raw).into())],
            ))
        })
}

/// The draft translation of `original` into `language`: its metadata, and its text to be
/// translated. The embargo comes along too: a translation must not be read before the
/// original may be.
fn draft_of(original: &Item, language: LanguageCode) -> NewItem {
    let o = &original.data;
    NewItem {
        external_id: None,
        item_type: o.item_type.clone(),
        language,
        translation_of: Some(original.id),
        title: o.title.clone(),
        summary: o.summary.clone(),
        body_html: o.body_html.clone(),
        place: o.place.clone(),
        time_zone: o.time_zone.clone(),
        published_at: o.published_at,
        status: ItemStatus::Draft,
        embargo_until: o.embargo_until,
        sources: o.sources.clone(),
        fields_of_work: o.fields_of_work.clone(),
        countries: o.countries.clone(),
        meetings: o.meetings.clone(),
        is_demo: o.is_demo,
    }
}

/// Whether the account may see the original of a translation: one it may edit, or one the
/// public sees now. Anything else is not told about (not even that it changed).
pub(crate) async fn original_readable(
    state: &AppState,
    s: &SignedIn,
    original: ItemId,
) -> Result<bool, WebError> {
    Ok(state
        .store
        .item_access(store::ItemKey::Id(original))
        .await?
        .is_some_and(|o| {
            s.user.rights().may_read(
                &state.site(),
                &o.sources,
                state.public().shows(&o.visibility),
            )
        }))
}

/// What the page of a stored item shows about translations: the languages it can still be
/// translated into, as (code, name), and what it was translated from (when the account may
/// see that original).
pub(super) async fn translation_panel(
    state: &AppState,
    s: &SignedIn,
    stored: &Item,
) -> Result<(Vec<(String, String)>, Option<SourceNote>), WebError> {
    let mut present = vec![stored.data.language.to_string()];
    present.extend(
        state
            .store
            .translations(stored.id)
            .await?
            .into_iter()
            .map(|(_, language, _)| language),
    );
    let into = state
        .site()
        .organization
        .languages
        .iter()
        .filter(|l| !present.iter().any(|p| p == l.code.as_str()))
        .map(|l| (l.code.to_string(), l.name.clone()))
        .collect();
    let source = match state.store.translation_source(stored.id).await? {
        Some(src) if original_readable(state, s, src.original).await? => {
            Some(source_note(s.ui(), stored.id, &src))
        }
        _ => None,
    };
    Ok((into, source))
}

/// How a translation's page tells what it was made from.
fn source_note(ui: &Ui, id: ItemId, src: &TranslationSource) -> SourceNote {
    SourceNote {
        text: ui.text(
            wk::TRANSLATION_SOURCE,
            &[
                ("id", src.original.to_string().into()),
                ("revision", src.revision.to_string().into()),
            ],
        ),
        original_href: format!("/admin/items/{}", src.original),
        outdated: src.outdated.then(|| {
            ui.text(
                wk::TRANSLATION_OUTDATED,
                &[("current", src.current.to_string().into())],
            )
        }),
        changes_href: format!("/admin/items/{id}/original-changes"),
        mark_action: format!("/admin/items/{id}/up-to-date"),
        current: src.current,
    }
}

/// The source of translation `id` that the account may see: a 404 for an item not made with
/// "Translate", or whose original the account may not see.
async fn readable_source(
    state: &AppState,
    s: &SignedIn,
    id: ItemId,
) -> Result<TranslationSource, WebError> {
    let src = state
        .store
        .translation_source(id)
        .await?
        .ok_or_else(|| not_tracked(s.ui(), id))?;
    // An original the account may not open is answered as no original at all.
    if !original_readable(state, s, src.original).await? {
        return Err(not_tracked(s.ui(), id));
    }
    Ok(src)
}

fn not_tracked(ui: &Ui, id: ItemId) -> WebError {
    WebError::NotFound(ui.text(
        wk::TRANSLATION_NOT_TRACKED,
        &[("id", id.to_string().into())],
    ))
}

/// `GET /admin/items/{id}/original-changes`: what changed in the original of translation
/// `id` since the revision the translation matches, word by word.
pub async fn original_changes(
    State(state): State<AppState>,
    s: SignedIn,
    Path(id): Path<i64>,
) -> Result<Response, WebError> {
    let translation = load_editable(&state, &s, id).await?;
    let src = readable_source(&state, &s, translation.id).await?;
    let current = state
        .store
        .item(src.original)
        .await?
        .ok_or_else(|| WebError::NotFound(s.ui().text(wk::ITEM_NOT_FOUND, &[])))?;
    let old = state
        .store
        .item_at(src.original, src.revision)
        .await?
        .ok_or_else(|| no_revision(s.ui(), src.original.0, src.revision))?;
    let revision = src.revision.to_string();
    let title = s.ui().text(
        wk::ORIGINAL_CHANGES_TITLE,
        &[("revision", revision.as_str().into())],
    );
    private_page(
        StatusCode::OK,
        &OriginalChangesPage {
            admin: layout(&state, &title, &s),
            lead: s.ui().text(
                wk::ORIGINAL_CHANGES_LEAD,
                &[
                    ("id", src.original.to_string().into()),
                    ("from", revision.as_str().into()),
                    ("to", current.revision.to_string().into()),
                ],
            ),
            none: s.ui().text(
                wk::ORIGINAL_CHANGES_NONE,
                &[("revision", revision.as_str().into())],
            ),
            back_href: format!("/admin/items/{id}"),
            changes: changes(s.ui(), &state.site(), &old.data, &current.data),
            // The revision shown here is the one the form records: what the translator saw.
            markable: current.revision != src.revision,
            mark_action: format!("/admin/items/{id}/up-to-date"),
            current: current.revision,
            csrf: s.csrf.clone(),
        },
    )
}

/// `POST /admin/items/{id}/up-to-date`: records that translation `id` says what its original
/// says at the form's `original_revision`, which must be the original's current revision.
/// Saving a translation never does this by itself: only the translator knows it is done.
pub async fn mark_up_to_date(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    CsrfForm(s, form): CsrfForm<Pairs>,
) -> Result<Response, WebError> {
    let translation = load_editable(&state, &s, id).await?;
    let seen: i64 = first(&form, "original_revision")
        .trim()
        .parse()
        .map_err(|_| WebError::BadRequest(s.ui().text(wk::TRANSLATION_MARK_WHICH, &[])))?;
    readable_source(&state, &s, translation.id).await?;
    let marked = state
        .store
        .mark_translation_current(translation.id, seen, &s.actor(), state.clock.now())
        .await;
    match marked {
        Ok(_) => Ok(Redirect::to(&format!("/admin/items/{id}")).into_response()),
        Err(TranslationError::OriginalChanged { current }) => Err(WebError::Conflict(s.ui().text(
            wk::TRANSLATION_MARK_STALE,
            &[("current", current.to_string().into())],
        ))),
        Err(TranslationError::Store(store::StoreError::NotFound)) => {
            Err(not_tracked(s.ui(), translation.id))
        }
        Err(e) => Err(WebError::Internal(e.to_string())),
    }
}
