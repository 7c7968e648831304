//! The site's error pages: every error response of a handler, and the plain-text refusals
//! of the extractors outside the API, become the site's error page; a panic becomes a
//! minimal page of its own.

use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use render::Template;
use render::messages::{key, text};
use render::pages::ErrorPage;

use crate::AppState;
use crate::error::ErrorInfo;
use crate::language::Here;
use crate::views::layout;

pub fn error_page(state: &AppState, here: &Here, status: StatusCode, message: &str) -> Response {
    let heading = here.ui.text(
        match status {
            StatusCode::NOT_FOUND => key::ERROR_HEADING_NOT_FOUND,
            s if s.is_server_error() => key::ERROR_HEADING_SERVER,
            _ => key::ERROR_HEADING_REFUSED,
        },
        &[],
    );
    let mut layout = layout(state, here, &heading, "");
    // An error is no page to offer in other languages.
    layout.languages.clear();
    layout.x_default = None;
    let page = ErrorPage {
        layout,
        kicker: here
            .ui
            .t_with(key::ERROR_KICKER, &[("status", status.as_u16().into())]),
        heading,
        message: message.to_owned(),
        suggestions: Vec::new(),
    };
    match page.render() {
        Ok(body) => (
            status,
            [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
            body,
        )
            .into_response(),
        Err(e) => {
            tracing::error!(error = %e, "error page failed to render");
            (status, message.to_owned()).into_response()
        }
    }
}

/// Renders the site's error page for every error response produced by a handler, and for
/// the plain-text refusals of the extractors (a query string or form the handler cannot
/// read) outside the API, which answers in JSON.
pub async fn render_error_pages(
    State(state): State<AppState>,
    here: Here,
    uri: http::Uri,
    res: Response,
) -> Response {
    let status = res.status();
    let is_error = status.is_client_error() || status.is_server_error();
    let mut res = match res.extensions().get::<ErrorInfo>().cloned() {
        Some(info) => error_page(&state, &here, status, &info.message).into_response(),
        None if is_error
            && !uri.path().starts_with("/api/")
            && uri.path() != "/healthz"
            && uri.path() != "/readyz"
            && is_plain_text(&res) =>
        {
            let message = refusal_message(status, res).await;
            error_page(&state, &here, status, &message).into_response()
        }
        None => res,
    };
    // A cache must not keep an error: the 404 of an embargoed item would hide it after its
    // instant (404 responses are cacheable by default when nothing says otherwise).
    if (status.is_client_error() || status.is_server_error())
        && !res.headers().contains_key(header::CACHE_CONTROL)
    {
        res.headers_mut().insert(
            header::CACHE_CONTROL,
            http::HeaderValue::from_static("no-store"),
        );
    }
    res
}

fn is_plain_text(res: &Response) -> bool {
    res.headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/plain"))
}

/// The message of an extractor's refusal, at most a short paragraph of it (it may quote
/// what the client sent).
async fn refusal_message(status: StatusCode, res: Response) -> String {
    use http_body_util::BodyExt;
    let body = http_body_util::Limited::new(res.into_body(), 4096)
        .collect()
        .await
        .map(|b| b.to_bytes())
        .unwrap_or_default();
    let body = String::from_utf8_lossy(&body);
    let said = body.trim();
    if said.is_empty() {
        status
            .canonical_reason()
            .map_or_else(|| text(key::ERROR_REFUSAL_FALLBACK, &[]), str::to_owned)
    } else {
        model::text::clip(said, 200)
    }
}

pub fn panic_response(_: Box<dyn std::any::Any + Send + 'static>) -> Response {
    tracing::error!("a request handler panicked");
    let t = |k| render::html::escape(&text(k, &[]));
    let body = format!(
        "<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>{title}</title></head>\
         <body><main><h1>{heading}</h1><p>{message}</p>\
         <p><a href=\"/\">{home}</a></p></main></body></html>",
        lang = render::messages::DEFAULT_LANGUAGE,
        title = t(key::ERROR_PANIC_TITLE),
        heading = t(key::ERROR_HEADING_SERVER),
        message = t(key::ERROR_PANIC_TEXT),
        home = t(key::ERROR_PANIC_HOME),
    );
    (
        StatusCode::INTERNAL_SERVER_ERROR,
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        body,
    )
        .into_response()
}
