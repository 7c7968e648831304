//! The stores the tests run on: the embedded SQLite in a temporary data dir, and a fresh
//! PostgreSQL database when `COMMUNIQUE_TEST_POSTGRES` names a server (see
//! `communique_store::testing`). Every test of this folder runs on both.

// Each test file is its own crate and uses a part of this module.
#![allow(dead_code)]

use communique_store::Store;
use communique_store::testing::{TestDatabase, postgres_database};

pub struct Fixture {
    pub store: Store,
    url: String,
    _dir: tempfile::TempDir,
    // Dropped last: the database outlives the store's connections.
    _database: Option<TestDatabase>,
}

impl Fixture {
    pub async fn sqlite() -> Fixture {
        let dir = tempfile::tempdir().expect("dir");
        let url = format!(
            "sqlite://{}?mode=rwc",
            dir.path().join(communique_store::DATABASE_FILE).display()
        );
        let store = Store::open(&url).await.expect("SQLite store");
        Fixture {
            store,
            url,
            _dir: dir,
            _database: None,
        }
    }

    /// A fresh database on the server `COMMUNIQUE_TEST_POSTGRES` names.
    pub async fn postgres() -> Fixture {
        let database = postgres_database()
            .await
            .expect("the PostgreSQL tests were built with COMMUNIQUE_TEST_POSTGRES set: set it when running them too");
        let url = database.url().to_owned();
        let store = Store::open(&url).await.expect("PostgreSQL store");
        Fixture {
            store,
            url,
            _dir: tempfile::tempdir().expect("dir"),
            _database: Some(database),
        }
    }

    /// Opens the same database again, as a restarted process would.
    pub async fn reopen(&self) -> communique_store::Result<Store> {
        Store::open(&self.url).await
    }
}

/// Declares each named `async fn(Fixture)` as two tests: `on_sqlite::NAME` and
/// `on_postgres::NAME`. The second is compiled to run when `COMMUNIQUE_TEST_POSTGRES` was set
/// at build time (the store's build script), and is listed as ignored otherwise.
#[macro_export]
macro_rules! on_both_backends {
    ($($name:ident),+ $(,)?) => {
        mod on_sqlite {
            $(
                #[tokio::test]
                async fn $name() {
                    super::$name($crate::common::Fixture::sqlite().await).await;
                }
            )+
        }
        mod on_postgres {
            $(
                #[tokio::test]
                #[cfg_attr(
                    not(postgres_tests),
                    ignore = "PostgreSQL: set COMMUNIQUE_TEST_POSTGRES=postgres://… to run"
                )]
                async fn $name() {
                    super::$name($crate::common::Fixture::postgres().await).await;
                }
            )+
        }
    };
}
