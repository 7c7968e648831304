//! The HTTP edge of Communiqué: one route table, thin handlers, one error-to-HTTP mapping.
//! Everything below this crate (model, store, search, render) knows nothing of HTTP.

pub mod auth;
mod error;
mod error_pages;
mod handlers;
mod headers;
mod http_cache;
mod introduction_form;
mod introductions;
mod language;
mod listing;
pub mod metrics;
mod query;
mod routes;
pub mod server;
mod sharing;
mod text_search;
mod views;
pub mod work;
mod workspace;
mod workspace_language;

use std::sync::Arc;

use publishing::App;

pub use error::WebError;
pub use routes::router;

/// The read-only API addresses the OpenAPI document lists (path, summary, schema).
pub fn openapi_addresses() -> &'static [(&'static str, &'static str, &'static str)] {
    &handlers::api::openapi::ADDRESSES
}

/// Everything a handler may use: the application, and what only HTTP needs. Cheap to clone.
/// It dereferences to the [`App`], so that a handler reads `state.store` or
/// `state.public()` directly.
#[derive(Clone)]
pub struct AppState {
    /// One reference for the application's dozen shared parts: every request clones the
    /// state a few times (each layer and extractor that takes it).
    app: Arc<App>,
    stylesheet_version: Arc<str>,
    /// The address the public reaches the site at (`https://www.osce.org`), for the absolute
    /// addresses of feeds and sitemaps; without it, the request's own host is used.
    public_url: Option<Arc<str>>,
    /// The address of the pages' absolute links (canonical, sharing cards) when no public
    /// address is configured: the one the server listens on. Never the request's `Host`,
    /// which a client chooses: rendered pages are kept and served to everyone.
    listen_origin: Arc<str>,
    /// The reverse proxies whose `X-Forwarded-For` names the client.
    trusted_proxies: Arc<auth::TrustedProxies>,
    /// Heavy requests each client may have running at once.
    per_client: work::PerClient,
    /// The rendered main navigation of each language, day and section.
    navigation: Arc<views::NavCache>,
    /// Whether each request is logged (method, path, status, time).
    request_log: bool,
    /// The request latencies and what else `/metrics` keeps between scrapes.
    metrics: Arc<metrics::Metrics>,
    /// The networks, beside the loopback, whose clients may read `/metrics`.
    metrics_from: Arc<auth::TrustedProxies>,
    /// `/readyz` says "not ready" from this many changes behind the database.
    ready_lag: i64,
}

impl std::ops::Deref for AppState {
    type Target = App;

    fn deref(&self) -> &App {
        &self.app
    }
}

/// Heavy requests (listings, searches, the API, feeds, sitemaps) one client may have running
/// at once by default (`serve --client-concurrency`).
pub const DEFAULT_CLIENT_CONCURRENCY: usize = 4;

/// After this many failed ticks in a row (about as many seconds), `/healthz` says the process
/// no longer follows the database, so that a load balancer stops sending it readers.
pub const FOLLOW_FAILURES_UNHEALTHY: u32 = 10;

impl AppState {
    pub fn new(app: App) -> AppState {
        AppState {
            app: Arc::new(app),
            stylesheet_version: render::stylesheet_version().into(),
            public_url: None,
            listen_origin: "http://localhost:8080".into(),
            trusted_proxies: Arc::default(),
            per_client: work::PerClient::new(DEFAULT_CLIENT_CONCURRENCY),
            navigation: Arc::default(),
            request_log: false,
            metrics: Arc::default(),
            metrics_from: Arc::default(),
            ready_lag: metrics::READY_LAG,
        }
    }

    /// Lets clients in these networks read `/metrics`, beside those on the loopback
    /// (`serve --metrics-from`).
    pub fn with_metrics_from(mut self, networks: auth::TrustedProxies) -> AppState {
        self.metrics_from = Arc::new(networks);
        self
    }

    /// The networks, beside the loopback, whose clients may read `/metrics`.
    pub fn metrics_from(&self) -> &auth::TrustedProxies {
        &self.metrics_from
    }

    /// Says "not ready" on `/readyz` from `changes` changes of the database behind
    /// (default [`metrics::READY_LAG`]).
    pub fn with_ready_lag(mut self, changes: i64) -> AppState {
        self.ready_lag = changes;
        self
    }

    /// How many changes behind the database `/readyz` starts saying "not ready".
    pub fn ready_lag(&self) -> i64 {
        self.ready_lag
    }

    /// What `/metrics` keeps between scrapes.
    pub(crate) fn metrics(&self) -> &metrics::Metrics {
        &self.metrics
    }

    /// The cache of rendered navigations.
    pub(crate) fn navigation(&self) -> &views::NavCache {
        &self.navigation
    }

    /// The application this state answers for.
    pub fn app(&self) -> &App {
        &self.app
    }

    /// Lets each client have `n` heavy requests running at once (`serve --client-concurrency`).
    pub fn with_client_concurrency(mut self, n: usize) -> AppState {
        self.per_client = work::PerClient::new(n);
        self
    }

    /// The turns of each client's heavy requests.
    pub fn per_client(&self) -> &work::PerClient {
        &self.per_client
    }

    /// Believes `X-Forwarded-For` from these proxies (`serve --trusted-proxy`).
    pub fn with_trusted_proxies(mut self, proxies: auth::TrustedProxies) -> AppState {
        self.trusted_proxies = Arc::new(proxies);
        self
    }

    /// The reverse proxies whose `X-Forwarded-For` names the client.
    pub fn trusted_proxies(&self) -> &auth::TrustedProxies {
        &self.trusted_proxies
    }

    /// Sets the site's public address (scheme and host, without a trailing slash).
    pub fn with_public_url(mut self, url: &str) -> AppState {
        self.public_url = Some(url.trim_end_matches('/').into());
        self
    }

    /// Logs one line per request at `info` (target `communique::requests`): method, path
    /// (without the query, which may hold what a reader searched for), status and time.
    pub fn with_request_log(mut self, on: bool) -> AppState {
        self.request_log = on;
        self
    }

    /// Whether each request is logged.
    pub fn logs_requests(&self) -> bool {
        self.request_log
    }

    /// Sets the address of the pages' absolute links when no public address is configured.
    pub fn with_listen_origin(mut self, origin: &str) -> AppState {
        self.listen_origin = origin.trim_end_matches('/').into();
        self
    }

    /// The scheme and host of the pages' absolute links: the public address when configured,
    /// else the one the server listens on.
    pub fn pages_origin(&self) -> &str {
        self.public_url.as_deref().unwrap_or(&self.listen_origin)
    }

    /// The version of the stylesheet, for its cache-busting address.
    pub fn stylesheet_version(&self) -> &str {
        &self.stylesheet_version
    }

    /// The site's public address, if configured.
    pub fn public_url(&self) -> Option<&str> {
        self.public_url.as_deref()
    }
}
