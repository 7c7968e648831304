//! What a node tells its operators: metrics in the Prometheus text format (`GET /metrics`)
//! and whether it is ready for readers (`GET /readyz`).
//!
//! Requests are timed by [`observe`], around every other layer, and filed under the route
//! that answered them — the template of the route table (`/items/{id}/{slug}`), never the
//! address a client typed, so that the number of series stays bounded. The rest is read when
//! the metrics are asked for: how far the catalog is behind the database, what the search
//! index has applied, the size of the catalog, the follower's failures, the render cache.
//!
//! `/metrics` answers only clients on the loopback and in the networks given with
//! [`crate::AppState::with_metrics_from`]; to everyone else it is an unknown address.

use std::sync::{Arc, LazyLock, OnceLock};
use std::time::{Duration, SystemTime};

use axum::extract::{MatchedPath, Request};
use axum::http::{Method, request::Parts};
use axum::middleware::Next;
use axum::response::Response;
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::encoding::prometheus_text;
use prometheus_client::metrics::counter::ConstCounter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::ConstGauge;
use prometheus_client::metrics::histogram::Histogram;
use prometheus_client::registry::Registry;

use crate::AppState;

/// The `Content-Type` of the metrics (the Prometheus text format, version 0.0.4).
pub const CONTENT_TYPE: &str = prometheus_text::CONTENT_TYPE;

/// By default, a node is ready while its catalog is fewer than this many changes of the
/// database behind (`AppState::with_ready_lag`).
pub const READY_LAG: i64 = 1_000;

/// How long `/metrics` and `/readyz` wait for the database's last change number.
const DATABASE_WAIT: Duration = Duration::from_secs(1);

/// The label of requests that no route of the table answered.
const UNMATCHED: &str = "unmatched";

/// The upper bounds of the latency buckets, in seconds.
const LATENCY_BUCKETS: [f64; 14] = [
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0,
];

/// When this process started serving (the first state made): its start, to a scraper.
static STARTED: LazyLock<SystemTime> = LazyLock::new(SystemTime::now);

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RequestLabels {
    /// The route's template, or [`UNMATCHED`].
    route: String,
    method: &'static str,
    /// `2xx`, `3xx`, …
    status: &'static str,
}

type Latencies = Family<RequestLabels, Histogram, fn() -> Histogram>;

/// The metrics a node keeps between scrapes. One per state (each test has its own).
#[derive(Debug)]
pub struct Metrics {
    registry: Registry,
    requests: Latencies,
}

impl Default for Metrics {
    fn default() -> Metrics {
        let started = STARTED
            .duration_since(SystemTime::UNIX_EPOCH)
            .map_or(0.0, |d| d.as_secs_f64());
        let requests: Latencies = Family::new_with_constructor(|| Histogram::new(LATENCY_BUCKETS));
        let mut registry = Registry::default();
        registry.register(
            "communique_http_request_duration_seconds",
            "Time to answer a request (to the response's head), by route template, method and status class",
            requests.clone(),
        );
        registry.register(
            "process_start_time_seconds",
            "Start time of the process since the Unix epoch in seconds",
            ConstGauge::new(started),
        );
        Metrics { registry, requests }
    }
}

/// Where the inner layer leaves the route that matched, for [`observe`] to read.
#[derive(Clone, Default)]
struct RouteSlot(Arc<OnceLock<MatchedPath>>);

/// Whether the request arrived with a proxy's forwarding headers (read before the headers
/// of an untrusted peer are dropped).
#[derive(Clone, Copy)]
struct ArrivedForwarded(bool);

/// The headers by which a proxy names the client.
const FORWARDING: [&str; 3] = ["x-forwarded-for", "forwarded", "x-real-ip"];

/// The outer layer: times every request and files it under its route, method and status.
pub async fn observe(
    axum::extract::State(state): axum::extract::State<AppState>,
    mut request: Request,
    next: Next,
) -> Response {
    let slot = RouteSlot::default();
    let forwarded = FORWARDING
        .iter()
        .any(|name| request.headers().contains_key(*name));
    request.extensions_mut().insert(slot.clone());
    request.extensions_mut().insert(ArrivedForwarded(forwarded));
    let method = method_label(request.method());
    let started = std::time::Instant::now();
    let response = next.run(request).await;
    let labels = RequestLabels {
        route: slot
            .0
            .get()
            .map_or(UNMATCHED, MatchedPath::as_str)
            .to_owned(),
        method,
        status: status_class(response.status()),
    };
    state
        .metrics()
        .requests
        .get_or_create(&labels)
        .observe(started.elapsed().as_secs_f64());
    response
}

/// The inner layer, on the route table: notes the template of the route that matched.
pub async fn note_route(request: Request, next: Next) -> Response {
    if let (Some(slot), Some(matched)) = (
        request.extensions().get::<RouteSlot>(),
        request.extensions().get::<MatchedPath>(),
    ) {
        let _ = slot.0.set(matched.clone());
    }
    next.run(request).await
}

fn method_label(method: &Method) -> &'static str {
    match *method {
        Method::GET => "GET",
        Method::HEAD => "HEAD",
        Method::POST => "POST",
        Method::PUT => "PUT",
        Method::PATCH => "PATCH",
        Method::DELETE => "DELETE",
        Method::OPTIONS => "OPTIONS",
        _ => "other",
    }
}

fn status_class(status: http::StatusCode) -> &'static str {
    match status.as_u16() {
        100..=199 => "1xx",
        200..=299 => "2xx",
        300..=399 => "3xx",
        400..=499 => "4xx",
        _ => "5xx",
    }
}

/// Whether the client of a request may read the metrics: it is on the loopback or in the
/// networks allowed, as the client's address is known (through the trusted proxies). A
/// request an untrusted peer forwarded for someone else is refused: its client is unknown.
pub fn may_read(state: &AppState, parts: &Parts) -> bool {
    let peer = parts
        .extensions
        .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
        .map(|c| c.0.ip().to_canonical());
    let Some(peer) = peer else {
        // Made in-process, by nobody in particular.
        return false;
    };
    let forwarded = parts
        .extensions
        .get::<ArrivedForwarded>()
        .is_some_and(|f| f.0);
    let through_proxy = state.trusted_proxies().contains(&peer);
    if forwarded && !through_proxy {
        return false;
    }
    if through_proxy && !parts.headers.contains_key("x-forwarded-for") {
        // A trusted proxy that names no client (nginx's proxy_pass without
        // X-Forwarded-For) forwards for anyone: the proxy's own loopback address says
        // nothing about who asks.
        return false;
    }
    let client = crate::auth::client_address(parts, state.trusted_proxies());
    let Ok(client) = client
        .parse::<std::net::IpAddr>()
        .map(|ip| ip.to_canonical())
    else {
        return false;
    };
    if through_proxy && client == peer {
        // The proxy's header named nobody it could read ("unknown", a port, garbage), and
        // the address fell back to the proxy's: the client is unknown.
        return false;
    }
    client.is_loopback() || state.metrics_from().contains(&client)
}

/// How far the catalog is behind the database, in changes (outbox rows); `None` when the
/// database does not answer within [`DATABASE_WAIT`].
pub async fn outbox_lag(state: &AppState) -> Option<i64> {
    match tokio::time::timeout(DATABASE_WAIT, state.store.change_counter()).await {
        Ok(Ok(latest)) => Some(latest - state.catalog_change()),
        Ok(Err(e)) => {
            tracing::warn!(error = %e, "cannot read the database's last change");
            None
        }
        Err(_) => {
            tracing::warn!("the database's last change took more than a second to read");
            None
        }
    }
}

/// The metrics as Prometheus reads them: those read now, then those kept.
pub async fn exposition(state: &AppState) -> Result<String, std::fmt::Error> {
    let lag = outbox_lag(state).await;
    let mut now = Registry::default();
    now.register(
        "communique_database_up",
        "Whether the database answered this scrape within a second (1) or not (0)",
        ConstGauge::new(i64::from(lag.is_some())),
    );
    if let Some(lag) = lag {
        now.register(
            "communique_outbox_lag",
            "Changes of the database (outbox rows) the catalog has not applied yet",
            ConstGauge::new(lag),
        );
    }
    now.register(
        "communique_catalog_applied_seq",
        "The last change of the database (outbox sequence number) the catalog has applied",
        ConstGauge::new(state.catalog_change()),
    );
    if let Some(meta) = state.text.meta() {
        now.register(
            "communique_index_applied_seq",
            "The last change of the database (outbox sequence number) the search index has applied",
            ConstGauge::new(meta.applied),
        );
    }
    now.register(
        "communique_catalog_items",
        "Items in the catalog (every status)",
        ConstGauge::new(i64::try_from(state.catalog().len()).unwrap_or(i64::MAX)),
    );
    now.register(
        "communique_follow_failures",
        "Ticks in a row the follower of the database has failed (0 while it follows)",
        ConstGauge::new(i64::from(state.follow_failures())),
    );
    if let Some(age) = state.since_followed() {
        now.register(
            "communique_index_age_seconds",
            "Seconds since the follower last applied the database's changes successfully",
            ConstGauge::new(age.as_secs_f64()),
        );
    }
    let cache = state.page_cache_counts();
    now.register(
        "communique_render_cache_hits",
        "Requests for a kept page (an item's, the home page, the newsroom) answered from memory",
        ConstCounter::new(cache.hits),
    );
    now.register(
        "communique_render_cache_misses",
        "Requests for a kept page that found none valid and rendered it (or found no such page)",
        ConstCounter::new(cache.misses),
    );
    let mut text = String::new();
    prometheus_text::encode(&mut text, &now)?;
    prometheus_text::encode(&mut text, &state.metrics().registry)?;
    Ok(text)
}

/// Why the node is not ready for readers, or `None` when it is.
pub async fn not_ready(state: &AppState) -> Option<String> {
    if state.text.meta().is_none() {
        return Some("the search index is not built".to_owned());
    }
    let failures = state.follow_failures();
    if failures > 0 {
        return Some(format!(
            "following the database failed at the last tick ({failures} in a row)"
        ));
    }
    let Some(lag) = outbox_lag(state).await else {
        return Some("the database did not answer within a second".to_owned());
    };
    let limit = state.ready_lag();
    (lag >= limit)
        .then(|| format!("the catalog is {lag} changes behind the database (ready below {limit})"))
}
