//! Persistence of Communiqué. One `Store` over an sqlx `Any` pool: SQLite (embedded, WAL)
//! by default; every statement is portable SQL (`$N` parameters, `RETURNING`, no
//! backend-only functions) so that a PostgreSQL backend needs migrations, not new callers.

mod accounts;
mod editorial;
mod glossary;
mod items;
mod site_changes;
mod tokens;
mod upsert;

use std::path::Path;
use std::str::FromStr;
use std::sync::Arc;

use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::{AnyPool, Executor};

pub use accounts::{Actor, AuditEntry, Session, User, normalize_email};
pub use editorial::{RevisionInfo, SaveError, Saved, Stale};
pub use glossary::StoredAbbreviation;
pub use items::{CatalogRow, ItemAccess, ItemKey, ItemStamp, TermKind, content_hash};
pub use site_changes::StoredSiteChange;
pub use tokens::TokenInfo;
pub use upsert::Outcome;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    #[error("migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("unsupported database URL '{0}' (expected sqlite://…)")]
    UnsupportedUrl(String),
    #[error("stored data is invalid: {0}")]
    Corrupt(String),
    #[error("not found")]
    NotFound,
    /// The write contradicts what is stored (a duplicate, a stale version).
    #[error("{0}")]
    Conflict(String),
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// The name of the SQLite database file inside a data dir.
pub const DATABASE_FILE: &str = "communique.db";

#[derive(Debug, Clone)]
pub struct Store {
    pool: AnyPool,
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

    /// Reads a fact about this database (`site_state`).
    pub async fn state(&self, key: &str) -> Result<Option<String>> {
        let row: Option<(String,)> = sqlx::query_as("SELECT value FROM site_state WHERE key = $1")
            .bind(key)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.map(|r| r.0))
    }

    /// Stores `value` under `key` unless a value is there already; returns the stored value.
    pub async fn init_state(&self, key: &str, value: &str) -> Result<String> {
        sqlx::query(
            "INSERT INTO site_state (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING",
        )
        .bind(key)
        .bind(value)
        .execute(&self.pool)
        .await?;
        Ok(self.state(key).await?.unwrap_or_else(|| value.to_owned()))
    }

    pub async fn set_state(&self, key: &str, value: &str) -> Result<()> {
        sqlx::query(
            "INSERT INTO site_state (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        )
        .bind(key)
        .bind(value)
        .execute(&self.pool)
        .await?;
        Ok(())
    }
}
