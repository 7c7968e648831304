//! The one mapping from errors to HTTP. Handlers return `WebError`; it becomes a status and
//! a message; a response layer renders the message into the site's error page.

use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use model::FilterError;

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
    /// What was sent is understood but not acceptable (a required text left blank, a text
    /// too long, a file that is not a picture).
    #[error("{0}")]
    Invalid(String),
    /// The request's body is larger than the route accepts.
    #[error("{0}")]
    TooLarge(String),
    #[error(transparent)]
    Filter(#[from] FilterError),
    #[error("internal error: {0}")]
    Internal(String),
}

impl From<store::StoreError> for WebError {
    fn from(e: store::StoreError) -> Self {
        match e {
            // A write the store refuses for what is stored (a taken key, a translation that
            // would be public before its original): the writer is told why.
            store::StoreError::Conflict(message) => WebError::Conflict(message),
            // What was given is refused whatever is stored (a blank alternative text): the
            // writer is told why.
            store::StoreError::Invalid(message) => WebError::Invalid(message),
            other => WebError::Internal(other.to_string()),
        }
    }
}

impl From<publishing::Error> for WebError {
    fn from(e: publishing::Error) -> Self {
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
            WebError::Invalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
            WebError::TooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            WebError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The message shown to the reader (never the cause of an internal error).
    pub fn public_message(&self) -> String {
        match self {
            WebError::Internal(_) => {
                render::messages::text(render::messages::key::ERROR_INTERNAL, &[])
            }
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
        let invalid = WebError::from(store::StoreError::Invalid("the alt is required".into()));
        assert_eq!(invalid.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(invalid.public_message(), "the alt is required");
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
