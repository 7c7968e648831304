//! `GET /metrics` for Prometheus and `GET /readyz` for load balancers (see
//! [`crate::metrics`]). `/healthz`, whether the process lives, is in [`super::health`].

use axum::extract::{Request, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

use crate::{AppState, WebError, metrics};

/// `GET /metrics`: the node's metrics in the Prometheus text format, to clients on the
/// loopback or in the networks allowed; to any other, the answer of an unknown address.
pub async fn metrics(
    State(state): State<AppState>,
    request: Request,
) -> Result<Response, WebError> {
    let (parts, _) = request.into_parts();
    if !metrics::may_read(&state, &parts) {
        return Err(WebError::NotFound(render::messages::text(
            render::messages::key::NO_PAGE_AT_ADDRESS,
            &[],
        )));
    }
    let text = metrics::exposition(&state)
        .await
        .map_err(|e| WebError::Internal(format!("metrics not written: {e}")))?;
    Ok((
        [
            (header::CONTENT_TYPE, metrics::CONTENT_TYPE),
            (header::CACHE_CONTROL, "no-store"),
        ],
        text,
    )
        .into_response())
}

/// `GET /readyz`: 200 "ready" while the node has its search index, its last tick following
/// the database succeeded and its catalog is less than [`AppState::ready_lag`] changes behind
/// the database; otherwise 503 and why, on one line. Unlike `/healthz` (does the process
/// live?), this says whether a load balancer should send it readers now.
pub async fn readyz(State(state): State<AppState>) -> Response {
    let (status, body) = match metrics::not_ready(&state).await {
        None => (StatusCode::OK, "ready\n".to_owned()),
        Some(why) => (
            StatusCode::SERVICE_UNAVAILABLE,
            format!("not ready: {why}\n"),
        ),
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
