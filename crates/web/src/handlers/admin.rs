//! The editorial workspace: login, logout, the list of items an account may edit, and the
//! audit log. Every response is private (`Cache-Control: no-store`); every state-changing
//! request must come from this site and carry the form's CSRF proof.

use axum::Form;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use jiff::civil::Date;
use model::access::Rights;
use model::{Item, SiteDefinition};
use publishing::accounts::{LogIn, Throttled};
use render::admin::{AdminItemRow, AuditPage, AuditRow, DashboardPage, LoginPage};
use render::messages::workspace_key as wk;
use render::pages::Ui;
use serde::Deserialize;

use super::admin_items::translation_lists;
use crate::AppState;
use crate::auth::{self, MaybeSignedIn, SignedIn};
use crate::error::WebError;
use crate::workspace::{
    Admin, ClientAddress, layout, private_page, safe_next, signed_out_layout, status_label,
    with_cookies,
};
use crate::workspace_language::WorkspaceUi;

#[derive(Debug, Deserialize)]
pub struct LoginQuery {
    #[serde(default)]
    next: String,
    #[serde(default)]
    notice: String,
}

/// `GET /admin/login`.
pub async fn login_form(
    State(state): State<AppState>,
    headers: HeaderMap,
    ws: WorkspaceUi,
    MaybeSignedIn(signed_in): MaybeSignedIn,
    Query(q): Query<LoginQuery>,
) -> Result<Response, WebError> {
    if signed_in.is_some() {
        return Ok(Redirect::to(safe_next(&q.next)).into_response());
    }
    let notice = match q.notice.as_str() {
        "logged-out" => ws.ui.text(wk::LOGIN_LOGGED_OUT, &[]),
        "expired" => ws.ui.text(wk::LOGIN_EXPIRED, &[]),
        _ => String::new(),
    };
    login_page(
        &state,
        &headers,
        &ws,
        notice,
        q.next,
        String::new(),
        String::new(),
        StatusCode::OK,
    )
    .await
}

/// The login form with a fresh CSRF proof (kept in a cookie until the form comes back; the
/// language picker of the page is proven by it too).
#[allow(clippy::too_many_arguments)] // the page's parts, each named at the call
async fn login_page(
    state: &AppState,
    headers: &HeaderMap,
    ws: &WorkspaceUi,
    notice: String,
    next: String,
    email: String,
    error: String,
    status: StatusCode,
) -> Result<Response, WebError> {
    let no_accounts = !state.store.has_users().await?;
    let csrf = publishing::accounts::new_token()?;
    let mut admin = signed_out_layout(state, ws, &ws.ui.text(wk::LOGIN_TITLE, &[]), &csrf);
    admin.notice = notice;
    let res = private_page(
        status,
        &LoginPage {
            admin,
            csrf: csrf.clone(),
            next: safe_next(&next).to_owned(),
            email,
            error,
            no_accounts,
        },
    )?;
    with_cookies(
        res,
        &[auth::set_cookie(headers, auth::LOGIN_COOKIE, &csrf, 3600)],
    )
}

#[derive(Debug, Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    next: String,
}

/// `POST /admin/login`.
pub async fn login(
    State(state): State<AppState>,
    headers: HeaderMap,
    ClientAddress(address): ClientAddress,
    ws: WorkspaceUi,
    MaybeSignedIn(_): MaybeSignedIn,
    Form(form): Form<LoginForm>,
) -> Result<Response, WebError> {
    check_login_proof(&ws.ui, &headers, &form.csrf)?;
    let email = store::normalize_email(&form.email);
    let again = |error: String, status: StatusCode| {
        login_page(
            &state,
            &headers,
            &ws,
            String::new(),
            form.next.clone(),
            email.clone(),
            error,
            status,
        )
    };
    if let Some(problem) = credentials_problem(&ws.ui, &email, &form.password) {
        return again(problem, StatusCode::BAD_REQUEST).await;
    }
    let attempt = publishing::accounts::Attempt {
        email: &email,
        password: &form.password,
        address: &address,
    };
    match publishing::accounts::log_in(&state, attempt).await? {
        LogIn::Session { token, .. } => session_started(&headers, &form.next, &token),
        LogIn::Throttled(t) => {
            again(throttled_message(&ws.ui, &t), StatusCode::TOO_MANY_REQUESTS).await
        }
        LogIn::Refused => again(ws.ui.text(wk::LOGIN_REFUSED, &[]), StatusCode::UNAUTHORIZED).await,
    }
}

/// Checks the CSRF proof of a form of the login page (the login form, the language picker)
/// against the one its cookie keeps.
pub(crate) fn check_login_proof(ui: &Ui, headers: &HeaderMap, proof: &str) -> Result<(), WebError> {
    let expected = auth::cookie(headers, auth::LOGIN_COOKIE).unwrap_or("");
    if !publishing::accounts::same_secret(proof, expected) {
        return Err(WebError::Forbidden(ui.text(wk::LOGIN_FORM_EXPIRED, &[])));
    }
    Ok(())
}

/// What is wrong with the email and password before they are tried, if anything.
fn credentials_problem(ui: &Ui, email: &str, password: &str) -> Option<String> {
    if email.is_empty() || password.is_empty() {
        return Some(ui.text(wk::LOGIN_MISSING, &[]));
    }
    if email.len() > 320 {
        return Some(ui.text(wk::LOGIN_EMAIL_TOO_LONG, &[]));
    }
    None
}

/// Why logging in must wait, and how long.
fn throttled_message(ui: &Ui, t: &Throttled) -> String {
    let key = if t.account {
        wk::LOGIN_THROTTLED_ACCOUNT
    } else {
        wk::LOGIN_THROTTLED_ADDRESS
    };
    ui.text(key, &[("minutes", t.minutes.into())])
}

/// The answer to a successful login: the session's cookie set, the login form's dropped, and
/// on to `next`.
fn session_started(headers: &HeaderMap, next: &str, token: &str) -> Result<Response, WebError> {
    let res = Redirect::to(safe_next(next)).into_response();
    with_cookies(
        res,
        &[
            auth::set_cookie(
                headers,
                auth::SESSION_COOKIE,
                token,
                publishing::accounts::SESSION_LIFETIME.as_secs(),
            ),
            auth::set_cookie(headers, auth::LOGIN_COOKIE, "", 0),
        ],
    )
}

#[derive(Debug, Deserialize)]
pub struct LogoutForm {
    #[serde(default)]
    csrf: String,
}

/// `POST /admin/logout`.
pub async fn logout(
    State(state): State<AppState>,
    headers: HeaderMap,
    MaybeSignedIn(signed_in): MaybeSignedIn,
    Form(form): Form<LogoutForm>,
) -> Result<Response, WebError> {
    let Some(s) = signed_in else {
        return Ok(Redirect::to("/admin/login").into_response());
    };
    s.check_csrf(&form.csrf)?;
    let now = state.clock.now();
    state.store.revoke_session(&s.token_digest, now).await?;
    state
        .store
        .audit(
            &s.actor(),
            now,
            "logout",
            &format!("user {}", s.user.email),
            "",
        )
        .await?;
    let res = Redirect::to("/admin/login?notice=logged-out").into_response();
    with_cookies(
        res,
        &[auth::set_cookie(&headers, auth::SESSION_COOKIE, "", 0)],
    )
}

#[derive(Debug, Deserialize)]
pub struct LanguageForm {
    #[serde(default)]
    lang: String,
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    back: String,
}

/// `POST /admin/language`: the language picker. Keeps the chosen language in a cookie and
/// goes back to the workspace page it was sent from (any other address: the dashboard). The
/// form is proven like the page's other forms: by the session's CSRF proof, or on the login
/// page by the login form's.
pub async fn choose_language(
    headers: HeaderMap,
    ws: WorkspaceUi,
    MaybeSignedIn(signed_in): MaybeSignedIn,
    Form(form): Form<LanguageForm>,
) -> Result<Response, WebError> {
    match &signed_in {
        Some(s) => s.check_csrf(&form.csrf)?,
        None => check_login_proof(&ws.ui, &headers, &form.csrf)?,
    }
    let Some(lang) = crate::workspace_language::interface_language(form.lang.trim()) else {
        return Err(WebError::BadRequest(ws.ui.text(
            wk::LANGUAGE_UNKNOWN,
            &[
                ("value", model::text::shown(&form.lang).into()),
                ("languages", render::messages::LANGUAGES.join(", ").into()),
            ],
        )));
    };
    let res = Redirect::to(safe_next(&form.back)).into_response();
    with_cookies(
        res,
        &[crate::workspace_language::set_cookie(&headers, lang)],
    )
}

/// `GET /admin`: the items the account may edit, most recently changed first, and the
/// translation work: outdated translations, recent public items lacking a language.
pub async fn dashboard(State(state): State<AppState>, s: SignedIn) -> Result<Response, WebError> {
    let site = &state.site();
    let (scope, sources) = scope_of(s.ui(), site, &s.user.rights());
    let ids = state
        .store
        .recently_changed(sources.as_deref(), 100)
        .await?;
    let items = state.store.items(&ids).await?;
    let today = site.today(state.clock.now());
    let rows = items
        .iter()
        .map(|i| item_row(&state, s.ui(), site, today, i))
        .collect();
    let outdated = translation_lists::outdated_rows(&state, &s, sources.as_deref()).await?;
    let missing =
        translation_lists::missing_translations(&state, s.ui(), site, sources.as_deref()).await?;
    private_page(
        StatusCode::OK,
        &DashboardPage {
            admin: layout(&state, &s.ui().text(wk::DASHBOARD_TITLE, &[]), &s),
            scope,
            items: rows,
            outdated,
            missing,
        },
    )
}

/// What the dashboard lists for these rights: its title, and the sources it is limited to
/// (a press officer's structures; none for the other roles, who see all items).
fn scope_of(ui: &Ui, site: &SiteDefinition, rights: &Rights) -> (String, Option<Vec<String>>) {
    match rights.role {
        model::access::Role::PressOfficer => {
            let covered: Vec<String> = site
                .structures
                .iter()
                .filter(|st| {
                    rights
                        .may_edit(site, std::slice::from_ref(&st.slug))
                        .is_ok()
                })
                .map(|st| st.slug.to_string())
                .collect();
            let names: Vec<String> = rights
                .structures
                .iter()
                .map(|a| {
                    site.structure(a.structure.as_str()).map_or_else(
                        || a.structure.to_string(),
                        |st| st.current_name().name.clone(),
                    )
                })
                .collect();
            let scope = ui.text(
                wk::DASHBOARD_SCOPE_STRUCTURES,
                &[("structures", names.join(", ").into())],
            );
            (scope, Some(covered))
        }
        _ => (ui.text(wk::DASHBOARD_SCOPE_ALL, &[]), None),
    }
}

/// An item as a row of the dashboard.
fn item_row(
    state: &AppState,
    ui: &Ui,
    site: &SiteDefinition,
    today: Date,
    i: &Item,
) -> AdminItemRow {
    let date = i.data.local_date();
    AdminItemRow {
        title: i.data.title.clone(),
        href: format!("/admin/items/{}", i.id),
        public_href: i.path(),
        public: state.public().shows(&i.visibility()),
        status: i.data.status.as_str().to_owned(),
        status_label: status_label(ui, i.data.status),
        date: ui.date(date),
        date_iso: date.to_string(),
        sources: crate::views::source_links(site, i, today)
            .into_iter()
            .map(|l| l.label)
            .collect::<Vec<_>>()
            .join(", "),
    }
}

#[derive(Debug, Deserialize)]
pub struct AuditQuery {
    before: Option<i64>,
}

const AUDIT_PAGE: i64 = 100;

/// `GET /admin/audit`: the audit log, for administrators.
pub async fn audit_log(
    State(state): State<AppState>,
    Admin(s): Admin,
    Query(q): Query<AuditQuery>,
) -> Result<Response, WebError> {
    let entries = state.store.audit_log(q.before, AUDIT_PAGE).await?;
    let older = (entries.len() as i64 == AUDIT_PAGE)
        .then(|| {
            entries
                .last()
                .map(|e| format!("/admin/audit?before={}", e.id))
        })
        .flatten();
    let rows = entries
        .into_iter()
        .map(|e| AuditRow {
            at: e.at.strftime("%Y-%m-%d %H:%M:%S").to_string(),
            at_iso: e.at.to_string(),
            actor: e.actor,
            address: e.address,
            action: e.action,
            subject: e.subject,
            detail: e.detail,
        })
        .collect();
    private_page(
        StatusCode::OK,
        &AuditPage {
            admin: layout(&state, &s.ui().text(wk::AUDIT_TITLE, &[]), &s),
            entries: rows,
            older,
        },
    )
}
