use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

use crate::AppState;
use crate::error::WebError;

/// `GET /healthz`: 200 when the process serves and follows the database; 503 when its
/// search index and listings have failed to follow it for [`crate::FOLLOW_FAILURES_UNHEALTHY`]
/// ticks in a row (what it would serve is going stale).
pub async fn healthz(axum::extract::State(state): axum::extract::State<AppState>) -> Response {
    let failures = state.follow_failures();
    let (status, body) = if failures >= crate::FOLLOW_FAILURES_UNHEALTHY {
        (
            StatusCode::SERVICE_UNAVAILABLE,
            format!("not following the database: {failures} failures in a row (see the log)\n"),
        )
    } else {
        (StatusCode::OK, "ok\n".to_owned())
    };
    (
        status,
        [
            (header::CONTENT_TYPE, "text/plain; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        body,
    )
        .into_response()
}

/// The stylesheet; its URL carries a fingerprint, so it can be cached for a year.
pub async fn stylesheet() -> Response {
    (
        StatusCode::OK,
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
        ],
        render::STYLESHEET,
    )
        .into_response()
}

/// The menu script; fingerprinted URL as for the stylesheet.
pub async fn admin_script() -> Response {
    (
        StatusCode::OK,
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
        ],
        render::ADMIN_SCRIPT,
    )
        .into_response()
}

pub async fn script() -> Response {
    (
        StatusCode::OK,
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
        ],
        render::SCRIPT,
    )
        .into_response()
}

/// Any other address: an old link to an item imported from the previous website is
/// redirected to the item (when it is public); anything else is not found.
pub async fn not_found(
    axum::extract::State(state): axum::extract::State<AppState>,
    method: axum::http::Method,
    uri: axum::http::Uri,
) -> Result<Response, WebError> {
    let old_link = matches!(method, axum::http::Method::GET | axum::http::Method::HEAD)
        && uri.path().len() <= MAX_OLD_ADDRESS;
    if old_link {
        let path = uri.path_and_query().map_or(uri.path(), |p| p.as_str());
        if let Some(item) = state.public().item_at_old_address(path).await? {
            return Ok((
                StatusCode::MOVED_PERMANENTLY,
                [(header::LOCATION, item.path())],
            )
                .into_response());
        }
    }
    Err(WebError::NotFound(render::messages::text(
        render::messages::key::NO_PAGE_AT_ADDRESS,
        &[],
    )))
}

/// The longest address looked up among the old website's.
const MAX_OLD_ADDRESS: usize = 2_000;
