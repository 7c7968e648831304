//! The glossary for administrators: the site definition's abbreviations (read only here) and
//! the stored ones, which can be added and removed. Changes reach item pages through the
//! outbox, like item changes.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use model::SiteDefinition;
use render::admin::{GlossaryGroup, GlossaryPage, GlossaryRow};
use render::messages::workspace_key as wk;
use render::pages::Ui;
use serde::Deserialize;
use store::StoredAbbreviation;

use crate::AppState;
use crate::auth::SignedIn;
use crate::error::WebError;
use crate::workspace::{Admin, AdminForm, layout, private_page};

/// The glossary page: the form to add (with what was typed, if it was refused, and its
/// problems), and each language's abbreviations.
async fn page(
    state: &AppState,
    s: &SignedIn,
    problems: Vec<String>,
    form: Option<&AddForm>,
    status: StatusCode,
) -> Result<Response, WebError> {
    let stored = state.store.glossary().await?;
    let site = &state.site();
    let chosen = form.map_or(site.organization.default_language.as_str(), |f| {
        f.language.as_str()
    });
    private_page(
        status,
        &GlossaryPage {
            admin: layout(state, &s.ui().text(wk::GLOSSARY_TITLE, &[]), s),
            csrf: s.csrf.clone(),
            problems,
            languages: site
                .organization
                .languages
                .iter()
                .map(|l| {
                    (
                        l.code.to_string(),
                        l.name.clone(),
                        l.code.as_str() == chosen,
                    )
                })
                .collect(),
            abbr: form.map(|f| f.abbr.clone()).unwrap_or_default(),
            expansion: form.map(|f| f.expansion.clone()).unwrap_or_default(),
            groups: groups(s.ui(), site, &stored),
        },
    )
}

/// Each language's abbreviations, from the site definition and stored, in alphabetical order.
fn groups(ui: &Ui, site: &SiteDefinition, stored: &[StoredAbbreviation]) -> Vec<GlossaryGroup> {
    site.organization
        .languages
        .iter()
        .map(|l| {
            let code = l.code.as_str();
            let mut entries: Vec<GlossaryRow> = site
                .glossary_for(code)
                .iter()
                .map(|e| GlossaryRow {
                    abbr: e.abbr.clone(),
                    expansion: e.expansion.clone(),
                    origin: ui.text(wk::GLOSSARY_FROM_SITE, &[]),
                    removable: false,
                })
                .collect();
            entries.extend(
                stored
                    .iter()
                    .filter(|a| a.language == code)
                    .map(|a| GlossaryRow {
                        abbr: a.entry.abbr.clone(),
                        expansion: a.entry.expansion.clone(),
                        origin: a.origin.clone(),
                        removable: true,
                    }),
            );
            entries.sort_by(|a, b| a.abbr.cmp(&b.abbr));
            GlossaryGroup {
                code: code.to_owned(),
                name: l.name.clone(),
                entries,
            }
        })
        .collect()
}

/// `GET /admin/glossary`.
pub async fn glossary(
    State(state): State<AppState>,
    Admin(s): Admin,
) -> Result<Response, WebError> {
    page(&state, &s, Vec::new(), None, StatusCode::OK).await
}

#[derive(Debug, Deserialize)]
pub struct AddForm {
    #[serde(default)]
    language: String,
    #[serde(default)]
    abbr: String,
    #[serde(default)]
    expansion: String,
}

/// `POST /admin/glossary`: adds an abbreviation.
pub async fn add(
    State(state): State<AppState>,
    AdminForm(Admin(s), form): AdminForm<AddForm>,
) -> Result<Response, WebError> {
    let abbr = form.abbr.trim();
    let expansion = form.expansion.trim();
    let mut problems = problems_of(s.ui(), &state.site(), &form.language, abbr, expansion);
    if problems.is_empty() {
        if store_abbreviation(&state, &s, &form.language, abbr, expansion).await? {
            return Ok(Redirect::to("/admin/glossary").into_response());
        }
        problems.push(
            s.ui()
                .text(wk::GLOSSARY_ALREADY_STORED, &[("abbr", abbr.into())]),
        );
    }
    page(
        &state,
        &s,
        problems,
        Some(&form),
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await
}

/// What is wrong with an abbreviation to add, if anything: a language the site has not, an
/// abbreviation or an expansion of the wrong shape, or one the site definition already has.
fn problems_of(
    ui: &Ui,
    site: &SiteDefinition,
    language: &str,
    abbr: &str,
    expansion: &str,
) -> Vec<String> {
    let mut problems = Vec::new();
    if !site
        .organization
        .languages
        .iter()
        .any(|l| l.code.as_str() == language)
    {
        problems.push(ui.text(
            wk::GLOSSARY_NO_SUCH_LANGUAGE,
            &[("value", model::text::shown(language).into())],
        ));
    }
    if abbr.is_empty() || abbr.chars().count() > 20 || abbr.chars().any(char::is_whitespace) {
        problems.push(ui.text(wk::GLOSSARY_ABBR_SHAPE, &[]));
    } else if !abbr.chars().any(char::is_alphabetic) {
        problems.push(ui.text(wk::GLOSSARY_ABBR_LETTER, &[]));
    }
    if expansion.is_empty() || expansion.chars().count() > 200 {
        problems.push(ui.text(wk::GLOSSARY_EXPANSION_LENGTH, &[]));
    }
    if let Some(e) = site.glossary_for(language).iter().find(|e| e.abbr == abbr) {
        problems.push(ui.text(
            wk::GLOSSARY_IN_SITE,
            &[
                ("abbr", abbr.into()),
                ("expansion", e.expansion.as_str().into()),
            ],
        ));
    }
    problems
}

/// Stores the abbreviation in the glossary of `language`, as added by `s`; false when that
/// language's glossary already has it.
async fn store_abbreviation(
    state: &AppState,
    s: &SignedIn,
    language: &str,
    abbr: &str,
    expansion: &str,
) -> Result<bool, WebError> {
    let now = state.clock.now();
    let added = state
        .store
        .add_abbreviation(
            &StoredAbbreviation {
                language: language.to_owned(),
                entry: model::site::GlossaryEntry {
                    abbr: abbr.to_owned(),
                    expansion: expansion.to_owned(),
                },
                origin: format!("admin: {}", s.user.email),
                added_at: now,
            },
            &s.actor(),
            now,
        )
        .await?;
    Ok(added)
}

#[derive(Debug, Deserialize)]
pub struct RemoveForm {
    #[serde(default)]
    language: String,
    #[serde(default)]
    abbr: String,
}

/// `POST /admin/glossary/remove`: removes a stored abbreviation.
pub async fn remove(
    State(state): State<AppState>,
    AdminForm(Admin(s), form): AdminForm<RemoveForm>,
) -> Result<Response, WebError> {
    let removed = state
        .store
        .remove_from_glossary(&form.language, &form.abbr, &s.actor(), state.clock.now())
        .await?;
    if !removed {
        return Err(WebError::NotFound(s.ui().text(
            wk::GLOSSARY_NOT_STORED,
            &[
                ("abbr", form.abbr.as_str().into()),
                ("language", form.language.as_str().into()),
            ],
        )));
    }
    Ok(Redirect::to("/admin/glossary").into_response())
}
