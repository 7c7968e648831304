//! Databases for tests. Every store and web test runs on the embedded SQLite; when the
//! environment names a PostgreSQL server (`COMMUNIQUE_TEST_POSTGRES=postgres://…`), the same
//! tests run again, each in a fresh database of its own that is dropped afterwards.
//!
//! Without that variable the PostgreSQL runs are listed as ignored, with the reason; with it,
//! a server that cannot be reached fails the tests (a run that was asked to cover PostgreSQL
//! never passes without it).

use std::io::Write;
use std::str::FromStr;
use std::sync::atomic::{AtomicU64, Ordering};

use sqlx::AnyConnection;
use sqlx::Connection;
use sqlx::Executor;
use sqlx::any::AnyConnectOptions;

/// The variable naming the PostgreSQL server the tests may use (any database on it: the
/// tests create their own next to it).
pub const POSTGRES_ENV: &str = "COMMUNIQUE_TEST_POSTGRES";

/// A database made for one test, dropped when the value is dropped.
#[derive(Debug)]
pub struct TestDatabase {
    url: String,
    server: String,
    name: String,
}

impl TestDatabase {
    /// The URL a store opens.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The database's name (unique to the test that made it).
    pub fn name(&self) -> &str {
        &self.name
    }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        // Drop runs inside the test's runtime: drop the database from a thread with its own.
        let server = self.server.clone();
        let statement = format!("DROP DATABASE IF EXISTS \"{}\" WITH (FORCE)", self.name);
        let dropped = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .ok()?;
            runtime.block_on(async move {
                let mut conn = connect(&server).await.ok()?;
                conn.execute(sqlx::AssertSqlSafe(statement)).await.ok()?;
                conn.close().await.ok()
            })
        })
        .join();
        if !matches!(dropped, Ok(Some(()))) {
            let _ = writeln!(
                std::io::stderr(),
                "note: the test database {} could not be dropped",
                self.name
            );
        }
    }
}

async fn connect(url: &str) -> Result<AnyConnection, sqlx::Error> {
    sqlx::any::install_default_drivers();
    let options = AnyConnectOptions::from_str(url)?;
    AnyConnection::connect_with(&options).await
}

/// The server named by `COMMUNIQUE_TEST_POSTGRES`, if any.
pub fn postgres_server() -> Option<String> {
    std::env::var(POSTGRES_ENV)
        .ok()
        .filter(|url| !url.trim().is_empty())
}

/// A fresh, empty database on the test server, or `None` when no server is named.
///
/// # Panics
/// When a server is named but cannot be reached or refuses to create a database: the run
/// was asked to cover PostgreSQL and must fail rather than pass without it.
pub async fn postgres_database() -> Option<TestDatabase> {
    let server = postgres_server()?;
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or_default();
    let name = format!(
        "communique_test_{}_{}_{nanos}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    );
    let mut conn = match connect(&server).await {
        Ok(conn) => conn,
        Err(error) => panic!(
            "{POSTGRES_ENV} names {}, which cannot be reached: {error}",
            crate::redact(&server)
        ),
    };
    // Code-point collation, as SQLite compares text (docs/database-backends.md).
    let create = format!(
        "CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'"
    );
    if let Err(error) = conn.execute(sqlx::AssertSqlSafe(create)).await {
        panic!("cannot create the test database {name}: {error}");
    }
    let _ = conn.close().await;
    Some(TestDatabase {
        url: with_database(&server, &name),
        server,
        name,
    })
}

/// The URL of another database on the same server.
fn with_database(server: &str, name: &str) -> String {
    let (base, query) = match server.split_once('?') {
        Some((base, query)) => (base, Some(query)),
        None => (server, None),
    };
    let scheme_end = base.find("://").map_or(0, |i| i + 3);
    let host_end = base[scheme_end..]
        .find('/')
        .map_or(base.len(), |i| scheme_end + i);
    let mut url = format!("{}/{name}", &base[..host_end]);
    if let Some(query) = query {
        url.push('?');
        url.push_str(query);
    }
    url
}
