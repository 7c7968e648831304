//! A fresh application per test: its own data dir, the OSCE site, a fixed clock, and its
//! own database: the embedded SQLite of the data dir, or, when `COMMUNIQUE_TEST_POSTGRES`
//! names a PostgreSQL server, a fresh database there (dropped after the test). `.ci/run`
//! runs this folder both ways.

#![allow(dead_code)]

pub mod workspace;

use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use communique_web as web;
use http::{Request, StatusCode};
use http_body_util::BodyExt;
use jiff::Timestamp;
use model::{FixedClock, ItemStatus, LanguageCode, NewItem, SiteDefinition, Slug};
use tower::ServiceExt;
use web::AppState;

pub struct TestApp {
    pub dir: tempfile::TempDir,
    pub state: AppState,
    pub router: Router,
    pub db: TestDb,
}

/// The database of a test: `url` is `None` for the data dir's SQLite file.
#[derive(Default)]
pub struct TestDb {
    pub url: Option<String>,
    _database: Option<store::testing::TestDatabase>,
}

impl TestDb {
    /// A fresh database on the PostgreSQL server the environment names, else the SQLite
    /// file of the data dir.
    pub async fn new() -> TestDb {
        match store::testing::postgres_database().await {
            Some(database) => TestDb {
                url: Some(database.url().to_owned()),
                _database: Some(database),
            },
            None => TestDb::default(),
        }
    }
}

/// Opens a data dir with the test's database, as `serve` does.
pub async fn open(
    dir: &std::path::Path,
    db: &TestDb,
    site: Arc<SiteDefinition>,
    clock: Arc<dyn model::Clock>,
) -> AppState {
    publishing::open_with(dir, db.url.as_deref(), site, clock)
        .await
        .map(web::AppState::new)
        .expect("app starts")
}

pub struct Page {
    pub status: StatusCode,
    pub headers: http::HeaderMap,
    pub body: String,
}

/// The OSCE site, with its sample press release alone: the tests count items and name them
/// by id from there, and make the translations they need themselves (the site's Russian
/// version of the sample is checked by `sample_translations_join_their_original`).
pub fn site() -> Arc<SiteDefinition> {
    let mut site = full_site();
    site.sample_items.retain(|s| s.translation_of.is_none());
    Arc::new(site)
}

/// The OSCE site as shipped, every sample item included.
pub fn full_site() -> SiteDefinition {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../site/osce");
    let sources = publishing::site_sources_from_dir(&dir).expect("site folder readable");
    SiteDefinition::load(&sources).expect("valid site")
}

pub fn at(instant: &str) -> Arc<FixedClock> {
    Arc::new(FixedClock(
        instant.parse::<Timestamp>().expect("valid instant"),
    ))
}

impl TestApp {
    pub async fn start_at(instant: &str) -> TestApp {
        TestApp::start_with_site(site(), at(instant)).await
    }

    pub async fn start_with_clock(clock: Arc<dyn model::Clock>) -> TestApp {
        TestApp::start_with_site(site(), clock).await
    }

    pub async fn start_with_site(
        site: Arc<SiteDefinition>,
        clock: Arc<dyn model::Clock>,
    ) -> TestApp {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = TestDb::new().await;
        let state = open(dir.path(), &db, site, clock).await;
        let router = web::router(state.clone());
        TestApp {
            dir,
            state,
            router,
            db,
        }
    }

    /// Another node on this one's database (its own data dir, index, catalog and caches), as
    /// a second `serve` process of the site would be.
    pub async fn second_node(&self) -> TestApp {
        let url = self.db.url.clone().unwrap_or_else(|| {
            format!(
                "sqlite://{}?mode=rwc",
                self.dir.path().join(store::DATABASE_FILE).display()
            )
        });
        let dir = tempfile::tempdir().expect("temp dir");
        // The database stays with `self`, which outlives this node.
        let db = TestDb {
            url: Some(url),
            _database: None,
        };
        let state = open(dir.path(), &db, site(), self.state.clock.clone()).await;
        let router = web::router(state.clone());
        TestApp {
            dir,
            state,
            router,
            db,
        }
    }

    pub async fn start() -> TestApp {
        TestApp::start_at("2026-03-01T12:00:00Z").await
    }

    pub async fn get(&self, uri: &str) -> Page {
        self.request(
            Request::get(uri)
                .header(http::header::HOST, "localhost")
                .body(Body::empty())
                .expect("request"),
        )
        .await
    }

    pub async fn request(&self, req: Request<Body>) -> Page {
        let res = self.router.clone().oneshot(req).await.expect("infallible");
        let status = res.status();
        let headers = res.headers().clone();
        let bytes = res.into_body().collect().await.expect("body").to_bytes();
        Page {
            status,
            headers,
            body: String::from_utf8_lossy(&bytes).into_owned(),
        }
    }

    /// Applies the database's changes to the search index and the catalog, as `serve` does
    /// on each tick; returns whether the catalog saw a change.
    pub async fn refresh(&self) -> bool {
        publishing::indexing::apply_changes(&self.state)
            .await
            .expect("database changes applied")
    }

    /// Stores items and makes the catalog see them.
    pub async fn add(&self, items: &[NewItem]) -> Vec<model::ItemId> {
        let ids = self
            .state
            .store
            .insert_items(items, Timestamp::UNIX_EPOCH)
            .await
            .expect("stored");
        // The catalog takes the new items in memory, as a running server does.
        let changed = publishing::indexing::refresh_catalog(&self.state)
            .await
            .expect("catalog updated");
        assert!(changed, "the catalog saw the change");
        ids
    }
}

/// Every path of the route table (`src/routes.rs`), as written there: read from the source,
/// so that a route added to the table is in the tests that go over every route.
pub fn route_table() -> Vec<String> {
    let table = include_str!("../../src/routes.rs");
    let mut paths = Vec::new();
    let mut rest = table;
    while let Some(at) = rest.find(".route(") {
        rest = &rest[at + ".route(".len()..];
        let Some(open) = rest.find('"') else { break };
        let after = &rest[open + 1..];
        let Some(close) = after.find('"') else { break };
        paths.push(after[..close].to_owned());
    }
    assert!(paths.len() > 40, "the route table was not read: {paths:?}");
    paths
}

pub fn slugs(list: &[&str]) -> Vec<Slug> {
    list.iter().map(|s| Slug::parse(s).expect("slug")).collect()
}

/// A published English press release with the given taxonomy.
pub fn item(
    title: &str,
    date: &str,
    sources: &[&str],
    fields: &[&str],
    countries: &[&str],
) -> NewItem {
    NewItem {
        external_id: None,
        item_type: Slug::parse("press-release").expect("slug"),
        language: LanguageCode::parse("en").expect("lang"),
        translation_of: None,
        title: title.to_owned(),
        summary: String::new(),
        body_html: "<p>Body text.</p>".to_owned(),
        place: "Vienna".to_owned(),
        time_zone: "Europe/Vienna".to_owned(),
        published_at: format!("{date}T10:00:00[Europe/Vienna]")
            .parse::<jiff::ZonedDateTime>()
            .expect("date")
            .timestamp(),
        status: ItemStatus::Published,
        embargo_until: None,
        sources: slugs(sources),
        fields_of_work: slugs(fields),
        countries: slugs(countries),
        meetings: Vec::new(),
        is_demo: false,
    }
}

/// The hrefs of the item links of a listing, in order.
pub fn item_links(html: &str) -> Vec<String> {
    html.match_indices("<h3 class=\"card-title\"><a href=\"")
        .map(|(i, m)| {
            let rest = &html[i + m.len()..];
            rest[..rest.find('"').expect("closing quote")].to_owned()
        })
        .collect()
}

/// A clock a test moves forward.
#[derive(Debug)]
pub struct MovableClock(pub std::sync::Mutex<Timestamp>);

impl MovableClock {
    pub fn at(instant: &str) -> Arc<MovableClock> {
        Arc::new(MovableClock(std::sync::Mutex::new(
            instant.parse().expect("valid instant"),
        )))
    }

    pub fn set(&self, instant: &str) {
        *self.0.lock().expect("clock lock") = instant.parse().expect("valid instant");
    }
}

impl model::Clock for MovableClock {
    fn now(&self) -> Timestamp {
        *self.0.lock().expect("clock lock")
    }
}
