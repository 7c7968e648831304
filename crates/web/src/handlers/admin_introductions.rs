//! Introductions for administrators: the page of a field of work's or a country's
//! introduction in one language, and the saving of any entry's (a structure's form is on the
//! structure's own page). Saving becomes one `SiteChange` — the introduction set, or removed
//! when the form is emptied or its removal asked — checked by the model, recorded and
//! applied at once like every change of the organization.

use std::collections::HashMap;

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use model::site::Introduced;
use model::site_change::SiteChange;
use model::{LanguageCode, SiteDefinition, Slug};
use render::admin::IntroductionPage;
use render::messages::workspace_key as wk;
use render::pages::Ui;

use crate::AppState;
use crate::auth::SignedIn;
use crate::error::WebError;
use crate::introduction_form::{self, Fields};
use crate::workspace::{Admin, AdminForm, layout, private_page, record_site_change};

/// The entry an address names (`/admin/site/introductions/countries/serbia`), or a 404.
fn entry(
    site: &SiteDefinition,
    ui: &Ui,
    segment: &str,
    slug: &str,
) -> Result<(Introduced, Slug), WebError> {
    let not_found = || {
        WebError::NotFound(ui.text(
            wk::INTRO_NO_SUCH,
            &[("slug", model::text::shown(slug).into())],
        ))
    };
    let of = Introduced::from_segment(segment).ok_or_else(not_found)?;
    let slug = Slug::parse(slug).map_err(|_| not_found())?;
    let known = match of {
        Introduced::Structure => site.structure(slug.as_str()).is_some(),
        Introduced::FieldOfWork => site.field(slug.as_str()).is_some(),
        Introduced::Country => site.country(slug.as_str()).is_some(),
    };
    if known {
        Ok((of, slug))
    } else {
        Err(not_found())
    }
}

/// The language a form or an address asks for: the default language when none is given.
fn language(site: &SiteDefinition, ui: &Ui, asked: Option<&str>) -> Result<String, WebError> {
    match asked.map(str::trim).filter(|l| !l.is_empty()) {
        None => Ok(site.organization.default_language.to_string()),
        Some(l) if site.language(l).is_some() => Ok(l.to_owned()),
        Some(l) => Err(WebError::NotFound(ui.text(
            wk::INTRO_NOT_A_LANGUAGE,
            &[("value", model::text::shown(l).into())],
        ))),
    }
}

/// The entry's name in the workspace.
fn name_of(site: &SiteDefinition, of: Introduced, slug: &Slug) -> String {
    let s = slug.as_str();
    match of {
        Introduced::Structure => site.structure(s).map(|x| x.current_name().name.clone()),
        Introduced::FieldOfWork => site.field(s).map(|t| t.name.clone()),
        Introduced::Country => site.country(s).map(|c| c.name.clone()),
    }
    .unwrap_or_else(|| slug.to_string())
}

/// Where the workspace lists the entry.
fn back_of(of: Introduced, slug: &Slug) -> String {
    match of {
        Introduced::Structure => format!("/admin/site/structures/{slug}"),
        Introduced::FieldOfWork => "/admin/site#fields".to_owned(),
        Introduced::Country => "/admin/site#countries".to_owned(),
    }
}

/// The introduction's page in `lang`, with what was typed and the problems of a refused form.
fn intro_page(
    state: &AppState,
    s: &SignedIn,
    (of, slug): (Introduced, &Slug),
    lang: &str,
    typed: Option<&Fields>,
    problems: Vec<String>,
    status: StatusCode,
) -> Result<Response, WebError> {
    let site = state.site();
    let name = name_of(&site, of, slug);
    let title = s
        .ui()
        .text(wk::INTRO_TITLE, &[("name", name.as_str().into())]);
    private_page(
        status,
        &IntroductionPage {
            admin: layout(state, &title, s),
            csrf: s.csrf.clone(),
            problems,
            public_href: format!("/{}/{slug}", of.segment()),
            back_href: back_of(of, slug),
            name,
            intro: introduction_form::form(&site, of, slug, lang, typed),
        },
    )
}

/// `GET /admin/site/introductions/{kind}/{slug}?language=…`.
pub async fn editor(
    State(state): State<AppState>,
    Admin(s): Admin,
    Path((segment, slug)): Path<(String, String)>,
    Query(query): Query<HashMap<String, String>>,
) -> Result<Response, WebError> {
    let site = state.site();
    let (of, slug) = entry(&site, s.ui(), &segment, &slug)?;
    let lang = language(&site, s.ui(), query.get("language").map(String::as_str))?;
    intro_page(
        &state,
        &s,
        (of, &slug),
        &lang,
        None,
        Vec::new(),
        StatusCode::OK,
    )
}

/// `POST /admin/site/introductions/{kind}/{slug}`: sets the introduction in the form's
/// language, or removes it (`action=clear`, or a form left empty).
pub async fn save(
    State(state): State<AppState>,
    Path((segment, slug)): Path<(String, String)>,
    AdminForm(Admin(s), form): AdminForm<Fields>,
) -> Result<Response, WebError> {
    let site = state.site();
    let ui = s.ui();
    let (of, slug) = entry(&site, ui, &segment, &slug)?;
    let mut problems = Vec::new();
    let asked = form.get("language").map(String::as_str);
    let lang = match language(&site, ui, asked) {
        Ok(l) => l,
        Err(e) => {
            problems.push(e.to_string());
            site.organization.default_language.to_string()
        }
    };
    if problems.is_empty() {
        let language =
            LanguageCode::parse(&lang).map_err(|e| WebError::BadRequest(e.to_string()))?;
        let clear =
            form.get("action").is_some_and(|a| a == "clear") || introduction_form::is_blank(&form);
        let change = if clear {
            SiteChange::ClearIntroduction {
                of,
                slug: slug.clone(),
                language,
            }
        } else {
            SiteChange::SetIntroduction {
                of,
                slug: slug.clone(),
                language,
                intro: introduction_form::introduction_of(&form),
            }
        };
        match record_site_change(&state, &s, &change).await? {
            Ok(()) => {
                let done = match of {
                    Introduced::Structure => {
                        format!("/admin/site/structures/{slug}?language={lang}#introduction")
                    }
                    _ => format!("{}?language={lang}", introduction_form::action(of, &slug)),
                };
                return Ok(Redirect::to(&done).into_response());
            }
            Err(reason) => problems.push(reason),
        }
    }
    intro_page(
        &state,
        &s,
        (of, &slug),
        &lang,
        Some(&form),
        problems,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
}
