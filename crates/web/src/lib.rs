//! The HTTP edge of Communiqué: one route table, thin handlers, one error-to-HTTP mapping.
//! Everything below this crate (model, store, search, render) knows nothing of HTTP.

pub mod auth;
mod error;
mod error_pages;
mod handlers;
mod headers;
mod listing;
mod query;
pub mod server;
mod text_search;
mod views;
pub mod work;
mod workspace;

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::routing::get;
use publishing::App;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::timeout::TimeoutLayer;

/// The read-only API addresses the OpenAPI document lists (path, summary, schema).
pub fn openapi_addresses() -> &'static [(&'static str, &'static str, &'static str)] {
    &handlers::api::openapi::ADDRESSES
}
pub use error::WebError;

/// Everything a handler may use: the application, and what only HTTP needs. Cheap to clone.
/// It dereferences to the [`App`], so that a handler reads `state.store` or
/// `state.public()` directly.
#[derive(Clone)]
pub struct AppState {
    app: App,
    stylesheet_version: Arc<str>,
    /// The address the public reaches the site at (`https://www.osce.org`), for the absolute
    /// addresses of feeds and sitemaps; without it, the request's own host is used.
    public_url: Option<Arc<str>>,
    /// The reverse proxies whose `X-Forwarded-For` names the client.
    trusted_proxies: Arc<auth::TrustedProxies>,
    /// Heavy requests each client may have running at once.
    per_client: work::PerClient,
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
            app,
            stylesheet_version: render::stylesheet_version().into(),
            public_url: None,
            trusted_proxies: Arc::default(),
            per_client: work::PerClient::new(DEFAULT_CLIENT_CONCURRENCY),
        }
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

    /// The version of the stylesheet, for its cache-busting address.
    pub fn stylesheet_version(&self) -> &str {
        &self.stylesheet_version
    }

    /// The site's public address, if configured.
    pub fn public_url(&self) -> Option<&str> {
        self.public_url.as_deref()
    }
}

/// The one route table of the site.
pub fn router(state: AppState) -> Router {
    use handlers::*;
    Router::new()
        .route("/", get(home::home))
        .route("/healthz", get(health::healthz))
        .route("/assets/site.css", get(health::stylesheet))
        .route("/assets/site.js", get(health::script))
        .route("/assets/admin.js", get(health::admin_script))
        .route("/press-releases", get(newsroom::newsroom))
        .route("/search", get(search::search_page))
        .route("/items/{id}", get(item::item_without_slug))
        .route("/items/{id}/{slug}", get(item::item_page))
        .route("/fields-of-work", get(taxonomy::fields_index))
        .route("/fields-of-work/{slug}", get(taxonomy::field_page))
        .route("/meetings", get(taxonomy::meetings_index))
        .route("/meetings/{slug}", get(taxonomy::meeting_page))
        .route("/countries", get(taxonomy::countries_index))
        .route(
            "/countries/groups/{slug}",
            get(taxonomy::country_group_page),
        )
        .route("/countries/{slug}", get(taxonomy::country_page))
        .route("/structures", get(structure::structures_index))
        .route("/structures/{slug}", get(structure::structure_page))
        .route("/structures/{slug}/closed", get(structure::closed_children))
        .route("/pages/{slug}", get(pages::text_page))
        .route("/feed.atom", get(feeds::feed))
        .route("/sitemap.xml", get(feeds::sitemap))
        .route("/robots.txt", get(feeds::robots))
        .route(
            "/api/v1/items",
            get(api::items_get)
                .post(api::items_post)
                .options(api::preflight_search)
                .fallback(api::method_not_allowed),
        )
        .route(
            "/api/v1/items/{id}",
            api::read(api::item)
                .patch(api::write::patch)
                .delete(api::write::delete),
        )
        .route(
            "/api/v1/items/{id}/transitions",
            axum::routing::post(api::write::transition).fallback(api::method_not_allowed),
        )
        .route(
            "/api/v1/items/by-external-id/{*external_id}",
            axum::routing::put(api::write::put_by_external_id).fallback(api::method_not_allowed),
        )
        .route("/api/v1/structures", api::read(api::structures))
        .route("/api/v1/fields-of-work", api::read(api::fields_of_work))
        .route("/api/v1/countries", api::read(api::countries))
        .route("/api/v1/meetings", api::read(api::meetings))
        .route("/api/v1/chairpersonships", api::read(api::chairpersonships))
        .route("/api/v1/openapi.json", api::read(api::openapi))
        .route("/api", get(pages::api_docs))
        .route("/preview/{id}", get(item::preview))
        .route("/admin", get(admin::dashboard))
        .route("/admin/login", get(admin::login_form).post(admin::login))
        .route("/admin/logout", axum::routing::post(admin::logout))
        .route("/admin/audit", get(admin::audit_log))
        .route(
            "/admin/glossary",
            get(admin_glossary::glossary).post(admin_glossary::add),
        )
        .route(
            "/admin/glossary/remove",
            axum::routing::post(admin_glossary::remove),
        )
        .route("/admin/site", get(admin_site::overview))
        .route(
            "/admin/site/terms",
            axum::routing::post(admin_site::add_term),
        )
        .route(
            "/admin/site/structures",
            axum::routing::post(admin_site::open_structure),
        )
        .route("/admin/site/structures/{slug}", get(admin_site::structure))
        .route(
            "/admin/site/structures/{slug}/{action}",
            axum::routing::post(admin_site::structure_change),
        )
        .route(
            "/admin/site/chairpersonships",
            axum::routing::post(admin_site::set_chair),
        )
        .route("/admin/items", axum::routing::post(admin_items::create))
        .route("/admin/items/new", get(admin_items::new_form))
        .route(
            "/admin/items/{id}",
            get(admin_items::edit_form).post(admin_items::save),
        )
        .route(
            "/admin/items/{id}/transition",
            axum::routing::post(admin_items::transition),
        )
        .route(
            "/admin/items/{id}/revisions/{revision}",
            get(admin_items::revision_page),
        )
        .route(
            "/admin/items/{id}/restore",
            axum::routing::post(admin_items::restore),
        )
        .route(
            "/admin/items/{id}/preview-link",
            axum::routing::post(admin_items::preview_link),
        )
        .route("/api/{*rest}", axum::routing::any(api::not_found))
        .fallback(health::not_found)
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            work::per_client,
        ))
        .layer(axum::middleware::map_response_with_state(
            state.clone(),
            error_pages::render_error_pages,
        ))
        .layer(CatchPanicLayer::custom(error_pages::panic_response))
        .layer(TimeoutLayer::with_status_code(
            http::StatusCode::SERVICE_UNAVAILABLE,
            Duration::from_secs(30),
        ))
        .layer(axum::middleware::map_request_with_state(
            state.clone(),
            auth::drop_untrusted_forwarding,
        ))
        .layer(axum::middleware::map_response(headers::security_headers))
        .with_state(state)
}
