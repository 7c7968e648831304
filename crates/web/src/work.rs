//! Each client's share of the heavy requests (listings, searches, the API, feeds,
//! sitemaps): the CPU work itself runs in the application's pool ([`publishing::work`]).

use std::sync::Arc;

use tokio::sync::Semaphore;

use crate::AppState;
use crate::error::WebError;

/// Requests of one client that may do heavy work (listings, searches, the API, feeds,
/// sitemaps) at the same time; the others wait a moment for their turn, then get a 429.
/// One client (an address, as [`crate::auth::client_address`] tells it) can then never
/// hold every turn of the CPU work while other readers wait behind it.
#[derive(Debug, Clone)]
pub struct PerClient {
    limit: usize,
    clients: Arc<std::sync::Mutex<std::collections::HashMap<String, Arc<Semaphore>>>>,
}

/// How long a request waits for its client's turn before it is refused.
const CLIENT_WAIT: std::time::Duration = std::time::Duration::from_secs(2);

impl PerClient {
    pub fn new(limit: usize) -> PerClient {
        PerClient {
            limit: limit.max(1),
            clients: Arc::default(),
        }
    }

    pub fn limit(&self) -> usize {
        self.limit
    }

    /// How many heavy requests of `client` are running now.
    pub fn running(&self, client: &str) -> usize {
        self.limit - self.semaphore(client).available_permits()
    }

    fn semaphore(&self, client: &str) -> Arc<Semaphore> {
        let mut clients = match self.clients.lock() {
            Ok(c) => c,
            Err(poisoned) => poisoned.into_inner(),
        };
        // Forget the clients with nothing running (their semaphore has every permit).
        if clients.len() > 10_000 {
            clients.retain(|_, s| s.available_permits() < self.limit);
        }
        Arc::clone(
            clients
                .entry(client.to_owned())
                .or_insert_with(|| Arc::new(Semaphore::new(self.limit))),
        )
    }
}

/// Whether a path does heavy work (a listing, a search, the API, a feed, a sitemap).
fn is_heavy(path: &str) -> bool {
    path == "/"
        || path == "/sitemap.xml"
        || path == "/feed.atom"
        || path == "/search"
        || path == "/press-releases"
        || path.starts_with("/api/v1/items")
        || [
            "/fields-of-work/",
            "/meetings/",
            "/countries/",
            "/structures/",
        ]
        .iter()
        .any(|p| path.starts_with(p))
}

/// The middleware: heavy requests take a turn of their client.
pub async fn per_client(
    axum::extract::State(state): axum::extract::State<AppState>,
    req: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    if !is_heavy(req.uri().path()) {
        return next.run(req).await;
    }
    // A request made in-process (no peer address: a test, a tool) is not counted.
    if req
        .extensions()
        .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
        .is_none()
    {
        return next.run(req).await;
    }
    let path = req.uri().path().to_owned();
    let (parts, body) = req.into_parts();
    let client = crate::auth::client_address(&parts, state.trusted_proxies());
    let req = axum::extract::Request::from_parts(parts, body);
    let semaphore = state.per_client().semaphore(&client);
    match tokio::time::timeout(CLIENT_WAIT, semaphore.acquire_owned()).await {
        Ok(Ok(turn)) => {
            let res = next.run(req).await;
            drop(turn);
            res
        }
        _ => {
            let message = format!(
                "Too many requests at once from your address (at most {} at a time). Try again in a moment.",
                state.per_client().limit()
            );
            let mut res = if path.starts_with("/api/") {
                crate::handlers::api::too_many_requests(message)
            } else {
                WebError::TooManyRequests(message).into_response()
            };
            res.headers_mut().insert(
                http::header::RETRY_AFTER,
                http::HeaderValue::from_static("1"),
            );
            res
        }
    }
}
