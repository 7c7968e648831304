//! The one mapping from errors to HTTP. Handlers return `WebError`; it becomes a status and
//! a message; a response layer renders the message into the site's error page.

use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use model::FilterError;

use crate::AppState;
use crate::views;

#[derive(Debug, thiserror::Error)]
pub enum WebError {
    #[error("{0}")]
    NotFound(String),
    #[error("{0}")]
    BadRequest(String),
    /// Not allowed for this account, or a request another site may have forged.
    #[error("{0}")]
    Forbidden(String),
    /// The request is based on an outdated version.
    #[error("{0}")]
    Conflict(String),
    /// Too many attempts (failed logins).
    #[error("{0}")]
    TooManyRequests(String),
    #[error(transparent)]
    Filter(#[from] FilterError),
    #[error("internal error: {0}")]
    Internal(String),
}

impl From<store::StoreError> for WebError {
    fn from(e: store::StoreError) -> Self {
        WebError::Internal(e.to_string())
    }
}

impl WebError {
    pub fn status(&self) -> StatusCode {
        match self {
            WebError::NotFound(_) => StatusCode::NOT_FOUND,
            WebError::BadRequest(_) | WebError::Filter(_) => StatusCode::BAD_REQUEST,
            WebError::Forbidden(_) => StatusCode::FORBIDDEN,
            WebError::Conflict(_) => StatusCode::CONFLICT,
            WebError::TooManyRequests(_) => StatusCode::TOO_MANY_REQUESTS,
            WebError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The message shown to the reader (never the cause of an internal error).
    pub fn public_message(&self) -> String {
        match self {
            WebError::Internal(_) => "Something went wrong on our side. The error has been logged; please try again later.".into(),
            other => other.to_string(),
        }
    }
}

/// Carried from the error to the page renderer.
#[derive(Debug, Clone)]
pub struct ErrorInfo {
    pub message: String,
}

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        if let WebError::Internal(cause) = &self {
            tracing::error!(%cause, "request failed");
        }
        let status = self.status();
        let message = self.public_message();
        let mut res = (
            status,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            message.clone(),
        )
            .into_response();
        res.extensions_mut().insert(ErrorInfo { message });
        res
    }
}

/// Renders the site's error page for every error response produced by a handler, and for
/// the plain-text refusals of the extractors (a query string or form the handler cannot
/// read) outside the API, which answers in JSON.
pub async fn render_error_pages(
    State(state): State<AppState>,
    uri: http::Uri,
    res: Response,
) -> Response {
    let status = res.status();
    let is_error = status.is_client_error() || status.is_server_error();
    let mut res = match res.extensions().get::<ErrorInfo>().cloned() {
        Some(info) => views::error_page(&state, status, &info.message).into_response(),
        None if is_error
            && !uri.path().starts_with("/api/")
            && uri.path() != "/healthz"
            && is_plain_text(&res) =>
        {
            let message = refusal_message(status, res).await;
            views::error_page(&state, status, &message).into_response()
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
    let text = String::from_utf8_lossy(&body);
    let text = text.trim();
    if text.is_empty() {
        status
            .canonical_reason()
            .unwrap_or("The request cannot be answered")
            .to_owned()
    } else {
        model::text::clip(text, 200)
    }
}

pub fn panic_response(_: Box<dyn std::any::Any + Send + 'static>) -> Response {
    tracing::error!("a request handler panicked");
    let body = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Server error</title></head>\
                <body><main><h1>Something went wrong</h1><p>The error has been logged; please try again later.</p>\
                <p><a href=\"/\">Home page</a></p></main></body></html>";
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

#[cfg(test)]
mod tests {
    use super::*;
    use model::Dimension;

    #[test]
    fn each_error_maps_to_its_status() {
        assert_eq!(
            WebError::NotFound("x".into()).status(),
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            WebError::BadRequest("x".into()).status(),
            StatusCode::BAD_REQUEST
        );
        let f = FilterError::BadYear {
            value: "20x8".into(),
        };
        assert_eq!(WebError::from(f).status(), StatusCode::BAD_REQUEST);
        let internal = WebError::Internal("disk full at /var/db".into());
        assert_eq!(internal.status(), StatusCode::INTERNAL_SERVER_ERROR);
        assert!(
            !internal.public_message().contains("disk"),
            "the cause of a 500 is not shown"
        );
        let unknown = WebError::from(FilterError::UnknownValue {
            dimension: Dimension::Country,
            value: "atlantis".into(),
            suggestions: vec![],
        });
        assert_eq!(unknown.public_message(), "unknown country 'atlantis'");
    }
}
