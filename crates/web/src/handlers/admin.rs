//! The editorial workspace: login, logout, the list of items an account may edit, and the
//! audit log. Every response is private (`Cache-Control: no-store`); every state-changing
//! request must come from this site and carry the form's CSRF proof.

use axum::Form;
use axum::extract::{FromRequestParts, Query, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use render::Template;
use render::admin::{
    AccountBar, AdminItemRow, AdminLayout, AuditPage, AuditRow, DashboardPage, LoginPage,
};
use serde::Deserialize;

use crate::AppState;
use crate::auth::{self, MaybeSignedIn, SignedIn};
use crate::error::WebError;

/// The client's address, for throttling and the audit log.
pub struct ClientAddress(pub String);

impl FromRequestParts<AppState> for ClientAddress {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        Ok(ClientAddress(auth::client_address(
            parts,
            state.trusted_proxies(),
        )))
    }
}

pub(crate) fn layout(state: &AppState, title: &str, signed_in: Option<&SignedIn>) -> AdminLayout {
    AdminLayout {
        title: title.to_owned(),
        site_name: state.site().organization.name.clone(),
        short_name: state.site().organization.short_name.clone(),
        stylesheet: state.stylesheet_version.to_string(),
        account: signed_in.map(|s| AccountBar {
            email: s.user.email.clone(),
            role: s.user.role.label().to_owned(),
            is_admin: s.user.role == model::access::Role::Admin,
            csrf: s.csrf.clone(),
        }),
        notice: String::new(),
    }
}

/// A workspace page: HTML that no cache keeps.
pub(crate) fn private_page(status: StatusCode, page: &impl Template) -> Result<Response, WebError> {
    let body = page
        .render()
        .map_err(|e| WebError::Internal(format!("template: {e}")))?;
    Ok((
        status,
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        body,
    )
        .into_response())
}

fn with_cookies(mut res: Response, cookies: &[String]) -> Result<Response, WebError> {
    for c in cookies {
        let v = HeaderValue::from_str(c).map_err(|e| WebError::Internal(e.to_string()))?;
        res.headers_mut().append(header::SET_COOKIE, v);
    }
    Ok(res)
}

/// Where to go after login: a workspace address, never another site.
fn safe_next(next: &str) -> &str {
    let ok = next.starts_with("/admin")
        && !next.starts_with("//")
        && !next.contains('\\')
        && next.len() <= 500
        && !next.chars().any(char::is_control);
    if ok { next } else { "/admin" }
}

pub(crate) fn to_login(next: &str) -> Response {
    let target = format!(
        "/admin/login?next={}",
        model::filter::encode_query_value(safe_next(next))
    );
    Redirect::to(&target).into_response()
}

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
    MaybeSignedIn(signed_in): MaybeSignedIn,
    Query(q): Query<LoginQuery>,
) -> Result<Response, WebError> {
    if signed_in.is_some() {
        return Ok(Redirect::to(safe_next(&q.next)).into_response());
    }
    let mut admin = layout(&state, "Log in", None);
    if q.notice == "logged-out" {
        admin.notice = "You are logged out.".into();
    } else if q.notice == "expired" {
        admin.notice = "Your session has ended; please log in again.".into();
    }
    login_page(
        &state,
        &headers,
        admin,
        q.next,
        String::new(),
        String::new(),
        StatusCode::OK,
    )
}

/// The login form with a fresh CSRF proof (kept in a cookie until the form comes back).
fn login_page(
    _state: &AppState,
    headers: &HeaderMap,
    admin: AdminLayout,
    next: String,
    email: String,
    error: String,
    status: StatusCode,
) -> Result<Response, WebError> {
    let csrf = auth::new_token()?;
    let res = private_page(
        status,
        &LoginPage {
            admin,
            csrf: csrf.clone(),
            next: safe_next(&next).to_owned(),
            email,
            error,
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
    MaybeSignedIn(_): MaybeSignedIn,
    Form(form): Form<LoginForm>,
) -> Result<Response, WebError> {
    let expected = auth::cookie(&headers, auth::LOGIN_COOKIE).unwrap_or("");
    if !auth::same_secret(&form.csrf, expected) {
        return Err(WebError::Forbidden(
            "The login form expired or was not sent from this site. Reload the page and try again."
                .into(),
        ));
    }
    let email = store::normalize_email(&form.email);
    let again = |error: String, status: StatusCode| {
        login_page(
            &state,
            &headers,
            layout(&state, "Log in", None),
            form.next.clone(),
            email.clone(),
            error,
            status,
        )
    };
    if email.is_empty() || form.password.is_empty() {
        return again(
            "Enter your email and your password.".into(),
            StatusCode::BAD_REQUEST,
        );
    }
    if email.len() > 320 {
        return again("This email is too long.".into(), StatusCode::BAD_REQUEST);
    }
    let attempt = auth::new_token()?;
    if let Some(message) = auth::claim_attempt(&state, &email, &address, &attempt).await? {
        return again(message, StatusCode::TOO_MANY_REQUESTS);
    }
    let user = state.store.user_by_email(&email).await?;
    let hash = user.as_ref().map_or_else(
        || auth::decoy_hash().to_owned(),
        |u| u.password_hash.clone(),
    );
    let password = form.password.clone();
    let matches = tokio::task::spawn_blocking(move || auth::verify_password(&hash, &password))
        .await
        .map_err(|e| WebError::Internal(e.to_string()))?;
    let now = state.clock.now();
    let user = match user {
        Some(u) if matches && !u.disabled => u,
        other => {
            // A disabled account is answered exactly as a wrong password: the answer must
            // not confirm a password. The attempt stays counted as a failure.
            let attempted = store::Actor {
                user_id: None,
                name: email.clone(),
                address: address.clone(),
            };
            let detail = if matches && other.is_some_and(|u| u.disabled) {
                "the account is disabled"
            } else {
                ""
            };
            state
                .store
                .audit(
                    &attempted,
                    now,
                    "login.failed",
                    &format!("user {email}"),
                    detail,
                )
                .await?;
            return again(
                "The email or the password is wrong.".into(),
                StatusCode::UNAUTHORIZED,
            );
        }
    };
    auth::release_attempt(&state, &email, &attempt).await?;
    let token = auth::new_token()?;
    let csrf = auth::new_token()?;
    state
        .store
        .create_session(
            &auth::token_digest(&token),
            &user,
            &csrf,
            &address,
            now,
            now + auth::SESSION_LIFETIME,
        )
        .await?;
    let res = Redirect::to(safe_next(&form.next)).into_response();
    with_cookies(
        res,
        &[
            auth::set_cookie(
                &headers,
                auth::SESSION_COOKIE,
                &token,
                auth::SESSION_LIFETIME.as_secs(),
            ),
            auth::set_cookie(&headers, auth::LOGIN_COOKIE, "", 0),
        ],
    )
}

#[derive(Debug, Deserialize)]
pub struct CsrfForm {
    #[serde(default)]
    csrf: String,
}

/// `POST /admin/logout`.
pub async fn logout(
    State(state): State<AppState>,
    headers: HeaderMap,
    MaybeSignedIn(signed_in): MaybeSignedIn,
    Form(form): Form<CsrfForm>,
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

/// `GET /admin`: the items the account may edit, most recently changed first.
pub async fn dashboard(
    State(state): State<AppState>,
    MaybeSignedIn(signed_in): MaybeSignedIn,
) -> Result<Response, WebError> {
    let Some(s) = signed_in else {
        return Ok(to_login("/admin"));
    };
    let site = &state.site();
    let rights = s.user.rights();
    let (scope, sources) = match rights.role {
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
            (format!("Items of {}", names.join(", ")), Some(covered))
        }
        _ => ("All items".to_owned(), None),
    };
    let ids = state
        .store
        .recently_changed(sources.as_deref(), 100)
        .await?;
    let items = state.store.items(&ids).await?;
    let now = state.clock.now();
    let today = site.today(now);
    let rows = items
        .iter()
        .map(|i| {
            let date = i.data.local_date();
            AdminItemRow {
                title: i.data.title.clone(),
                href: format!("/admin/items/{}", i.id),
                public_href: i.path(),
                public: state.public().shows(&i.visibility()),
                status: i.data.status.as_str().to_owned(),
                status_label: super::admin_items::status_label(i.data.status).to_owned(),
                date: render::dates::format_date(date, "en"),
                date_iso: date.to_string(),
                sources: crate::views::source_links(site, i, today)
                    .into_iter()
                    .map(|l| l.label)
                    .collect::<Vec<_>>()
                    .join(", "),
            }
        })
        .collect();
    private_page(
        StatusCode::OK,
        &DashboardPage {
            admin: layout(&state, "Items", Some(&s)),
            scope,
            items: rows,
        },
    )
}

#[derive(Debug, Deserialize)]
pub struct AuditQuery {
    before: Option<i64>,
}

const AUDIT_PAGE: i64 = 100;

/// `GET /admin/audit`: the audit log, for administrators.
pub async fn audit_log(
    State(state): State<AppState>,
    MaybeSignedIn(signed_in): MaybeSignedIn,
    Query(q): Query<AuditQuery>,
) -> Result<Response, WebError> {
    let Some(s) = signed_in else {
        return Ok(to_login("/admin/audit"));
    };
    s.user
        .rights()
        .may_administer()
        .map_err(|e| WebError::Forbidden(format!("The audit log: {e}.")))?;
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
            admin: layout(&state, "Audit log", Some(&s)),
            entries: rows,
            older,
        },
    )
}
