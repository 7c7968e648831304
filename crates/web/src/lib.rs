//! The HTTP edge of Communiqué: one route table, thin handlers, one error-to-HTTP mapping.
//! Everything below this crate (model, store, search, render) knows nothing of HTTP.

pub mod app;
pub mod auth;
mod cache;
mod catalog;
mod error;
mod handlers;
mod headers;
pub mod indexing;
pub mod preview;
pub mod public;
mod query;
pub mod server;
mod views;
pub mod work;

use std::sync::{Arc, RwLock};
use std::time::Duration;

use axum::Router;
use axum::routing::get;
use model::{Clock, SiteDefinition};
use store::Store;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::timeout::TimeoutLayer;

pub use cache::PageCache;

/// The read-only API addresses the OpenAPI document lists (path, summary, schema).
pub fn openapi_addresses() -> &'static [(&'static str, &'static str, &'static str)] {
    &handlers::api::openapi::ADDRESSES
}
pub use catalog::load_catalog;
pub use error::WebError;

/// Everything a handler may use. Cheap to clone.
#[derive(Clone)]
pub struct AppState {
    site: Arc<RwLock<Arc<SiteInEffect>>>,
    pub store: Store,
    pub clock: Arc<dyn Clock>,
    pub text: Arc<search::text::TextIndex>,
    catalog: Arc<RwLock<Arc<search::Catalog>>>,
    pages: Arc<PageCache>,
    catalog_change: Arc<std::sync::atomic::AtomicI64>,
    /// Abbreviations stored in the database, by language (beside the site's glossary).
    stored_glossary: Arc<RwLock<Arc<StoredGlossary>>>,
    stylesheet_version: Arc<str>,
    /// The address the public reaches the site at (`https://www.osce.org`), for the absolute
    /// addresses of feeds and sitemaps; without it, the request's own host is used.
    public_url: Option<Arc<str>>,
    /// The reverse proxies whose `X-Forwarded-For` names the client.
    trusted_proxies: Arc<auth::TrustedProxies>,
    /// Turns of CPU-heavy work.
    cpu: work::CpuPool,
    /// How many ticks in a row the follower of the database has failed (0: it follows).
    follow_failures: Arc<std::sync::atomic::AtomicU32>,
    /// Heavy requests each client may have running at once.
    per_client: work::PerClient,
    /// Wakes the follower after a write of this process.
    follow_now: Arc<tokio::sync::Notify>,
}

/// Heavy requests (listings, searches, the API, feeds, sitemaps) one client may have running
/// at once by default (`serve --client-concurrency`).
pub const DEFAULT_CLIENT_CONCURRENCY: usize = 4;

/// After this many failed ticks in a row (about as many seconds), `/healthz` says the process
/// no longer follows the database, so that a load balancer stops sending it readers.
pub const FOLLOW_FAILURES_UNHEALTHY: u32 = 10;

/// The site definition in effect: the definition read from the site files (the base), with
/// the changes administrators made in the workspace applied over it.
#[derive(Debug)]
pub struct SiteInEffect {
    pub base: Arc<SiteDefinition>,
    pub definition: Arc<SiteDefinition>,
    /// The number of the last stored change applied (0: none).
    pub last_change: i64,
    /// Stored changes that no longer apply to the base, with the reason.
    pub skipped: Vec<model::site_change::SkippedChange>,
}

impl SiteInEffect {
    /// The base definition with the stored changes applied.
    pub async fn load(base: Arc<SiteDefinition>, store: &Store) -> Result<Self, store::StoreError> {
        let stored = store.site_changes().await?;
        let last_change = stored.last().map_or(0, |c| c.seq);
        if stored.is_empty() {
            return Ok(SiteInEffect {
                definition: Arc::clone(&base),
                base,
                last_change,
                skipped: Vec::new(),
            });
        }
        let (definition, mut skipped) = base.with_changes(
            stored
                .iter()
                .filter_map(|c| c.change.as_ref().ok().map(|change| (c.seq, change))),
        );
        skipped.extend(stored.iter().filter_map(|c| {
            c.change
                .as_ref()
                .err()
                .map(|reason| model::site_change::SkippedChange {
                    seq: c.seq,
                    reason: reason.clone(),
                })
        }));
        skipped.sort_by_key(|s| s.seq);
        for s in &skipped {
            tracing::warn!(change = s.seq, reason = %s.reason, "a stored change to the site definition does not apply");
        }
        Ok(SiteInEffect {
            base,
            definition: Arc::new(definition),
            last_change,
            skipped,
        })
    }
}

/// Stored abbreviations by language.
pub type StoredGlossary = std::collections::HashMap<String, Vec<model::site::GlossaryEntry>>;

impl AppState {
    pub fn new(
        site: SiteInEffect,
        store: Store,
        clock: Arc<dyn Clock>,
        catalog: search::Catalog,
        text: Arc<search::text::TextIndex>,
    ) -> AppState {
        AppState {
            site: Arc::new(RwLock::new(Arc::new(site))),
            store,
            clock,
            text,
            catalog: Arc::new(RwLock::new(Arc::new(catalog))),
            pages: Arc::new(PageCache::new(20_000)),
            catalog_change: Arc::new(std::sync::atomic::AtomicI64::new(0)),
            stored_glossary: Arc::default(),
            stylesheet_version: render::stylesheet_version().into(),
            public_url: None,
            trusted_proxies: Arc::default(),
            cpu: work::CpuPool::for_this_machine(),
            follow_failures: Arc::default(),
            per_client: work::PerClient::new(DEFAULT_CLIENT_CONCURRENCY),
            follow_now: Arc::default(),
        }
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

    /// Notes how the follower's last tick went.
    pub fn note_follow(&self, ok: bool) {
        use std::sync::atomic::Ordering;
        if ok {
            self.follow_failures.store(0, Ordering::SeqCst);
        } else {
            self.follow_failures.fetch_add(1, Ordering::SeqCst);
        }
    }

    /// How many ticks in a row the follower has failed.
    pub fn follow_failures(&self) -> u32 {
        self.follow_failures
            .load(std::sync::atomic::Ordering::SeqCst)
    }

    /// The turns of CPU-heavy work.
    pub fn cpu_pool(&self) -> &work::CpuPool {
        &self.cpu
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

    /// The site's public address, if configured.
    pub fn public_url(&self) -> Option<&str> {
        self.public_url.as_deref()
    }

    /// The site definition in effect (a snapshot: a change swaps in a new one).
    pub fn site(&self) -> Arc<SiteDefinition> {
        Arc::clone(&self.site_in_effect().definition)
    }

    /// The site definition in effect with its base and the state of its stored changes.
    pub fn site_in_effect(&self) -> Arc<SiteInEffect> {
        match self.site.read() {
            Ok(s) => Arc::clone(&s),
            Err(poisoned) => Arc::clone(&poisoned.into_inner()),
        }
    }

    /// Reads the stored changes of the site definition again when there are new ones, and
    /// drops cached pages (menus, names and labels may have changed). Returns whether the
    /// definition changed. The definition only moves forward: a slow reload never replaces
    /// a newer one installed meanwhile, so after this returns, the definition in effect
    /// includes every site change recorded before it was called.
    pub async fn reload_site(&self) -> Result<bool, store::StoreError> {
        let current = self.site_in_effect();
        if self.store.last_site_change().await? <= current.last_change {
            return Ok(false);
        }
        let next = Arc::new(SiteInEffect::load(Arc::clone(&current.base), &self.store).await?);
        let replaced = {
            let mut guard = match self.site.write() {
                Ok(g) => g,
                Err(poisoned) => poisoned.into_inner(),
            };
            if next.last_change > guard.last_change {
                *guard = Arc::clone(&next);
                true
            } else {
                false
            }
        };
        if replaced {
            tracing::info!(change = next.last_change, "site definition changed");
            self.pages.clear();
        }
        Ok(replaced)
    }

    /// The catalog in use (a snapshot: a reload swaps in a new one).
    pub fn catalog(&self) -> Arc<search::Catalog> {
        match self.catalog.read() {
            Ok(c) => Arc::clone(&c),
            Err(poisoned) => Arc::clone(&poisoned.into_inner()),
        }
    }

    /// Replaces the catalog (after the database changed) and drops cached pages.
    pub fn replace_catalog(&self, catalog: search::Catalog) {
        let new = Arc::new(catalog);
        match self.catalog.write() {
            Ok(mut c) => *c = new,
            Err(poisoned) => *poisoned.into_inner() = new,
        }
        self.pages.clear();
    }

    /// Forgets every rendered page (the data they show may have changed).
    pub fn drop_cached_pages(&self) {
        self.pages.clear();
    }

    /// After a write of this process: rendered pages are dropped at once, and the follower
    /// applies the change now rather than at its next tick (counts, search and listings
    /// follow within milliseconds).
    pub fn written(&self) {
        self.pages.clear();
        self.follow_now.notify_one();
    }

    /// Waits until a write of this process asks the follower to run.
    pub async fn write_noticed(&self) {
        self.follow_now.notified().await;
    }

    /// The glossary of a language: the site's entries, then the stored abbreviations the
    /// site does not define.
    pub fn glossary_for(&self, lang: &str) -> Vec<model::site::GlossaryEntry> {
        let mut entries = self.site().glossary_for(lang).to_vec();
        let stored = match self.stored_glossary.read() {
            Ok(g) => Arc::clone(&g),
            Err(poisoned) => Arc::clone(&poisoned.into_inner()),
        };
        if let Some(more) = stored.get(lang) {
            for e in more {
                if !entries.iter().any(|known| known.abbr == e.abbr) {
                    entries.push(e.clone());
                }
            }
        }
        entries
    }

    /// Reads the stored abbreviations again.
    pub async fn reload_glossary(&self) -> Result<(), store::StoreError> {
        let mut by_language = StoredGlossary::new();
        for a in self.store.glossary().await? {
            by_language.entry(a.language).or_default().push(a.entry);
        }
        let new = Arc::new(by_language);
        match self.stored_glossary.write() {
            Ok(mut g) => *g = new,
            Err(poisoned) => *poisoned.into_inner() = new,
        }
        Ok(())
    }

    /// The database change the catalog reflects.
    pub fn catalog_change(&self) -> i64 {
        self.catalog_change
            .load(std::sync::atomic::Ordering::SeqCst)
    }

    pub fn set_catalog_change(&self, change: i64) {
        self.catalog_change
            .store(change, std::sync::atomic::Ordering::SeqCst);
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
        .route("/press-releases", get(listing::newsroom))
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
            error::render_error_pages,
        ))
        .layer(CatchPanicLayer::custom(error::panic_response))
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
