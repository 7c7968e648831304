//! What every page of the editorial workspace shares: its layout, private responses, the
//! way to the login page, and the extractors that replace the preamble of each handler —
//! [`SignedIn`] (a live session, or the login page), [`Admin`] (an administrator) and
//! [`CsrfForm`] (a form of this session, its CSRF proof checked) — and the recording of a
//! change of the organization, which the workspace's organization pages share.

use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use model::ItemStatus;
use model::access::{Refusal, Role};
use model::site_change::SiteChange;
use render::Template;
use render::admin::{AccountBar, AdminLayout};
use render::messages::{Key, workspace_key as wk};
use render::pages::Ui;
use serde::de::DeserializeOwned;

use crate::AppState;
use crate::auth::{self, MaybeSignedIn, SignedIn};
use crate::error::WebError;
use crate::workspace_language::WorkspaceUi;

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

/// A request of a live session; any other is sent to the login page, which comes back to
/// the page asked for (for a form sent after the session ended: the page it was sent from).
impl FromRequestParts<AppState> for SignedIn {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let MaybeSignedIn(signed_in) = MaybeSignedIn::from_request_parts(parts, state)
            .await
            .map_err(IntoResponse::into_response)?;
        signed_in.ok_or_else(|| to_login(&come_back_to(parts)))
    }
}

/// Where the login page sends the reader back: the address asked for by a `GET`, or the
/// workspace page a form was sent from.
pub(crate) fn come_back_to(parts: &Parts) -> String {
    if parts.method == Method::GET || parts.method == Method::HEAD {
        return parts
            .uri
            .path_and_query()
            .map_or_else(|| parts.uri.path().to_owned(), |pq| pq.as_str().to_owned());
    }
    let host = parts
        .headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok());
    parts
        .headers
        .get(header::REFERER)
        .and_then(|r| r.to_str().ok())
        .and_then(|r| r.parse::<http::Uri>().ok())
        .filter(|r| r.authority().map(|a| a.as_str()) == host)
        .and_then(|r| r.path_and_query().map(|pq| pq.as_str().to_owned()))
        .unwrap_or_else(|| "/admin".to_owned())
}

/// A signed-in administrator; any other account gets a 403 naming what it may not do.
pub struct Admin(pub SignedIn);

impl FromRequestParts<AppState> for Admin {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let s = SignedIn::from_request_parts(parts, state).await?;
        admin(s, parts.uri.path()).map_err(IntoResponse::into_response)
    }
}

/// `s`, if it is an administrator's session.
fn admin(s: SignedIn, path: &str) -> Result<Admin, WebError> {
    match s.user.rights().may_administer() {
        Ok(()) => Ok(Admin(s)),
        Err(e) => Err(WebError::Forbidden(s.ui().text(
            refusal_of(path),
            &[("reason", refusal_text(s.ui(), &e).into())],
        ))),
    }
}

/// The refusal naming what a workspace address is about.
fn refusal_of(path: &str) -> Key {
    if path.starts_with("/admin/glossary") {
        wk::REFUSED_GLOSSARY
    } else if path.starts_with("/admin/audit") {
        wk::REFUSED_AUDIT_LOG
    } else {
        wk::REFUSED_ORGANIZATION
    }
}

/// A form sent by a live session of this site: the session, and the form's fields, once its
/// CSRF proof (the field `csrf`) matched the session's.
pub struct CsrfForm<T>(pub SignedIn, pub T);

impl<T: DeserializeOwned> FromRequest<AppState> for CsrfForm<T> {
    type Rejection = Response;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        let (mut parts, body) = req.into_parts();
        let s = SignedIn::from_request_parts(&mut parts, state).await?;
        let req = Request::from_parts(parts, body);
        let axum::extract::RawForm(bytes) = axum::extract::RawForm::from_request(req, state)
            .await
            .map_err(IntoResponse::into_response)?;
        let fields: Vec<(String, String)> = serde_urlencoded::from_bytes(&bytes)
            .map_err(|e| bad_form(s.ui(), &e).into_response())?;
        let proof = fields
            .iter()
            .find(|(k, _)| k == "csrf")
            .map_or("", |(_, v)| v.as_str());
        s.check_csrf(proof).map_err(IntoResponse::into_response)?;
        let form = serde_urlencoded::from_bytes(&bytes)
            .map_err(|e| bad_form(s.ui(), &e).into_response())?;
        Ok(CsrfForm(s, form))
    }
}

/// A form of an administrator's session, its CSRF proof checked.
pub struct AdminForm<T>(pub Admin, pub T);

impl<T: DeserializeOwned> FromRequest<AppState> for AdminForm<T> {
    type Rejection = Response;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        let path = req.uri().path().to_owned();
        let CsrfForm(s, form) = CsrfForm::from_request(req, state).await?;
        let a = admin(s, &path).map_err(IntoResponse::into_response)?;
        Ok(AdminForm(a, form))
    }
}

fn bad_form(ui: &Ui, e: &serde_urlencoded::de::Error) -> WebError {
    WebError::BadRequest(ui.text(wk::FORM_UNREADABLE, &[("reason", e.to_string().into())]))
}

/// The frame of a workspace page of a signed-in account.
pub fn layout(state: &AppState, title: &str, s: &SignedIn) -> AdminLayout {
    let mut admin = signed_out_layout(state, &s.ws, title, &s.csrf);
    admin.account = Some(AccountBar {
        email: s.user.email.clone(),
        role: role_label(s.ui(), s.user.role),
        is_admin: s.user.role == Role::Admin,
        csrf: s.csrf.clone(),
    });
    admin
}

/// The frame of a workspace page without an account (the login page), its language picker
/// proven by `csrf`.
pub fn signed_out_layout(
    state: &AppState,
    ws: &WorkspaceUi,
    title: &str,
    csrf: &str,
) -> AdminLayout {
    AdminLayout {
        ui: ws.ui.clone(),
        title: title.to_owned(),
        site_name: state.site().organization.name.clone(),
        short_name: state.site().organization.short_name.clone(),
        stylesheet: state.stylesheet_version().to_owned(),
        account: None,
        notice: String::new(),
        picker_csrf: csrf.to_owned(),
        back: ws.back.clone(),
    }
}

/// A workspace page: HTML that no cache keeps.
pub fn private_page(status: StatusCode, page: &impl Template) -> Result<Response, WebError> {
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

/// `res` with these `Set-Cookie` values.
pub fn with_cookies(mut res: Response, cookies: &[String]) -> Result<Response, WebError> {
    for c in cookies {
        let v = HeaderValue::from_str(c).map_err(|e| WebError::Internal(e.to_string()))?;
        res.headers_mut().append(header::SET_COOKIE, v);
    }
    Ok(res)
}

/// Where to go after login: a workspace address, never another site.
pub fn safe_next(next: &str) -> &str {
    let ok = next.starts_with("/admin")
        && !next.starts_with("//")
        && !next.contains('\\')
        && next.len() <= 500
        && !next.chars().any(char::is_control);
    if ok { next } else { "/admin" }
}

/// The login page, coming back to `next` after.
pub fn to_login(next: &str) -> Response {
    let target = format!(
        "/admin/login?next={}",
        model::filter::encode_query_value(safe_next(next))
    );
    Redirect::to(&target).into_response()
}

/// A problem of a form's field, the field named by `field`.
pub fn problem(ui: &Ui, field: Key, problem: impl ToString) -> String {
    ui.text(
        wk::FORM_PROBLEM,
        &[
            ("field", ui.text(field, &[]).into()),
            ("problem", problem.to_string().into()),
        ],
    )
}

/// The name of a role in the workspace.
pub fn role_label(ui: &Ui, role: Role) -> String {
    let key = match role {
        Role::Admin => wk::ROLE_ADMIN,
        Role::Editor => wk::ROLE_EDITOR,
        Role::PressOfficer => wk::ROLE_PRESS_OFFICER,
    };
    ui.text(key, &[])
}

/// Why the rights refuse an action, in the workspace's language.
pub fn refusal_text(ui: &Ui, refusal: &Refusal) -> String {
    match refusal {
        Refusal::NotYourItem => ui.text(wk::REFUSAL_NOT_YOUR_ITEM, &[]),
        Refusal::MayNotPublish => ui.text(wk::REFUSAL_MAY_NOT_PUBLISH, &[]),
        Refusal::NotYourSource(source) => ui.text(
            wk::REFUSAL_NOT_YOUR_SOURCE,
            &[("source", source.as_str().into())],
        ),
        Refusal::AdminOnly => ui.text(wk::REFUSAL_ADMIN_ONLY, &[]),
        Refusal::NotFromThisState {
            transition,
            from,
            to,
        } => {
            // The states by their codes and by their names: a language picks what it shows.
            let state_name = |code: &str| {
                ItemStatus::parse(code).map_or_else(|_| code.to_owned(), |s| status_label(ui, s))
            };
            ui.text(
                wk::REFUSAL_NOT_FROM_STATE,
                &[
                    ("transition", (*transition).into()),
                    ("from", (*from).into()),
                    ("to", (*to).into()),
                    ("from-state", state_name(from).into()),
                    ("to-state", state_name(to).into()),
                ],
            )
        }
    }
}

/// The name of a workflow state in the workspace.
pub fn status_label(ui: &Ui, status: ItemStatus) -> String {
    let key = match status {
        ItemStatus::Draft => wk::STATUS_DRAFT,
        ItemStatus::InReview => wk::STATUS_IN_REVIEW,
        ItemStatus::Scheduled => wk::STATUS_SCHEDULED,
        ItemStatus::Published => wk::STATUS_PUBLISHED,
        ItemStatus::Unpublished => wk::STATUS_UNPUBLISHED,
        ItemStatus::Archived => wk::STATUS_ARCHIVED,
    };
    ui.text(key, &[])
}

/// Checks a change of the organization against the definition in effect and records it; the
/// reason when it is refused. A change recorded by someone else meanwhile is read first, and
/// a race with another administrator is answered by checking again.
pub async fn record_site_change(
    state: &AppState,
    s: &SignedIn,
    change: &SiteChange,
) -> Result<Result<(), String>, WebError> {
    for _ in 0..3 {
        state.reload_site().await?;
        let current = state.site_in_effect();
        if let Err(reason) = current.definition.with_change(change) {
            return Ok(Err(reason));
        }
        match state
            .store
            .record_site_change(current.last_change, change, &s.actor(), state.clock.now())
            .await
        {
            Ok(seq) => {
                // The change is stored: it takes effect here on the next tick if it cannot
                // be read back now, and the answer is still that it was made.
                if let Err(e) = state.reload_site().await {
                    tracing::warn!(change = seq, error = %e, "cannot read the site definition back after a change");
                }
                return Ok(Ok(()));
            }
            Err(store::StoreError::Conflict(_)) => continue,
            Err(e) => return Err(e.into()),
        }
    }
    Ok(Err(s.ui().text(wk::SITE_BUSY, &[])))
}
