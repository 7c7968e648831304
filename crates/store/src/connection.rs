//! The `Store`: opening a database (connection settings, migrations) and the writers'
//! turns (one write transaction at a time, started with the write lock taken).

use std::path::Path;
use std::str::FromStr;
use std::sync::Arc;

use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::{AnyPool, Executor};

use crate::{Result, StoreError};

/// The name of the SQLite database file inside a data dir.
pub const DATABASE_FILE: &str = "communique.db";

#[derive(Debug, Clone)]
pub struct Store {
    pub(crate) pool: AnyPool,
    /// Writers of this process take turns (first come, first served): a write transaction
    /// never waits inside SQLite for another one of the same process, and waiting writers
    /// hold no connection that readers need.
    writer: Arc<tokio::sync::Mutex<()>>,
}

/// A writer's turn: held until its transaction ends.
pub(crate) type WriterTurn = tokio::sync::OwnedMutexGuard<()>;

/// How a write transaction starts. SQLite: `BEGIN IMMEDIATE` takes the write lock at once,
/// so the busy timeout applies when another process writes (a deferred transaction that
/// reads first cannot be upgraded while another writer commits, and fails at once with
/// "database is locked").
const BEGIN_WRITE: &str = "BEGIN IMMEDIATE";

impl Store {
    /// Opens (creating if needed) the SQLite database of a data dir and applies migrations.
    pub async fn open_data_dir(dir: &Path) -> Result<Store> {
        let path = dir.join(DATABASE_FILE);
        let url = format!("sqlite://{}?mode=rwc", path.display());
        Store::open(&url).await
    }

    /// Opens a database by URL and applies the embedded migrations.
    pub async fn open(url: &str) -> Result<Store> {
        sqlx::any::install_default_drivers();
        if !url.starts_with("sqlite:") {
            return Err(StoreError::UnsupportedUrl(url.to_owned()));
        }
        let options = AnyConnectOptions::from_str(url)?;
        let pool = AnyPoolOptions::new()
            .max_connections(4)
            .after_connect(|conn, _meta| {
                Box::pin(async move {
                    // Connection settings of the SQLite backend: write-ahead log, foreign
                    // keys, and waiting (not failing) when another connection writes.
                    conn.execute("PRAGMA page_size = 8192").await?;
                    conn.execute("PRAGMA journal_mode = WAL").await?;
                    conn.execute("PRAGMA cache_size = -65536").await?;
                    conn.execute("PRAGMA synchronous = NORMAL").await?;
                    conn.execute("PRAGMA foreign_keys = ON").await?;
                    conn.execute("PRAGMA busy_timeout = 10000").await?;
                    Ok(())
                })
            })
            .connect_with(options)
            .await?;
        // Migrations only add (tables, nullable columns, indexes), so a version may open a
        // database a newer one has migrated: going back to the previous binary is possible.
        let mut migrator = sqlx::migrate!("./migrations/sqlite");
        migrator.set_ignore_missing(true);
        migrator.run(&pool).await?;
        Ok(Store {
            pool,
            writer: Arc::new(tokio::sync::Mutex::new(())),
        })
    }

    /// Starts a write transaction when it is this writer's turn. Every transaction that
    /// writes starts here: the turn (in this process) and the immediate lock (across
    /// processes) make concurrent writers wait for each other instead of failing.
    pub(crate) async fn begin_write(
        &self,
    ) -> Result<(WriterTurn, sqlx::Transaction<'static, sqlx::Any>)> {
        let turn = Arc::clone(&self.writer).lock_owned().await;
        let tx = self.pool.begin_with(BEGIN_WRITE).await?;
        Ok((turn, tx))
    }

    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }
}
