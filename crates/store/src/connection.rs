//! The `Store`: opening a database (connection settings, migrations) and the writers'
//! turns (one write transaction at a time, started with the write lock taken).

use std::path::Path;
use std::str::FromStr;
use std::sync::Arc;

use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::{AnyPool, Connection, Executor};

use crate::{Result, StoreError};

/// The name of the SQLite database file inside a data dir.
pub const DATABASE_FILE: &str = "communique.db";

/// The database engine behind a store. The statements are the same on both; the
/// differences (migrations, how a write transaction starts) are listed in
/// `docs/database-backends.md`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// The embedded default: one file in the data dir.
    Sqlite,
    /// A PostgreSQL server, shared by every node of a site.
    Postgres,
}

impl Backend {
    /// The backend a database URL names, if it is one the store speaks.
    pub fn of_url(url: &str) -> Option<Backend> {
        // An in-memory SQLite database lives as long as one connection: the pool's others
        // would each see an empty one.
        if url.starts_with("sqlite:") && (url.contains(":memory:") || url.contains("mode=memory")) {
            None
        } else if url.starts_with("sqlite:") {
            Some(Backend::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Some(Backend::Postgres)
        } else {
            None
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Backend::Sqlite => "SQLite",
            Backend::Postgres => "PostgreSQL",
        }
    }
}

/// What `Store::migrate` found and did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Migrated {
    /// Migrations the database had before (0: a new database).
    pub before: usize,
    /// Migrations applied now.
    pub applied: usize,
}

#[derive(Debug, Clone)]
pub struct Store {
    pub(crate) pool: AnyPool,
    backend: Backend,
    /// The URL the store was opened with (kept for the change listener's own connection;
    /// never shown: it may hold a password).
    url: DatabaseUrl,
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
const BEGIN_WRITE_SQLITE: &str = "BEGIN IMMEDIATE";

/// PostgreSQL: the first statement of every write transaction takes this transaction-level
/// advisory lock, held until commit or rollback by whichever node holds it. Writers of all
/// nodes thus run one after the other, and the outbox's sequence numbers are committed in
/// the order they are taken (a follower never sees seq 8 before seq 7). The key is the
/// store's own ("CMQWRITE" in ASCII), distinct from the one sqlx's migrator uses.
pub const WRITE_LOCK_KEY: i64 = 0x434d_5157_5249_5445;

/// The channel on which PostgreSQL tells every node that a write transaction that added to
/// the outbox committed.
pub const CHANGES_CHANNEL: &str = "communique_changes";
const NOTIFY_CHANGES: &str = "NOTIFY communique_changes";

/// Connections per process. SQLite: readers share the file through the WAL, and one writer
/// works at a time. PostgreSQL: every node opens this many, so a database with the default
/// `max_connections` (100) serves about ten nodes.
const SQLITE_CONNECTIONS: u32 = 4;
const POSTGRES_CONNECTIONS: u32 = 8;

impl Store {
    /// Opens (creating if needed) the SQLite database of a data dir and applies migrations.
    pub async fn open_data_dir(dir: &Path) -> Result<Store> {
        let path = dir.join(DATABASE_FILE);
        let url = format!("sqlite://{}?mode=rwc", path.display());
        Store::open(&url).await
    }

    /// Opens a database by URL (`sqlite://PATH?mode=rwc` or `postgres://…`) and applies the
    /// embedded migrations of its backend.
    pub async fn open(url: &str) -> Result<Store> {
        let store = Store::connect(url).await?;
        store.migrate().await?;
        Ok(store)
    }

    /// Opens a database by URL without applying migrations (`communique migrate` applies
    /// them and says what it did).
    pub async fn connect(url: &str) -> Result<Store> {
        sqlx::any::install_default_drivers();
        let backend =
            Backend::of_url(url).ok_or_else(|| StoreError::UnsupportedUrl(redact(url)))?;
        let options = AnyConnectOptions::from_str(url)?;
        let pool = match backend {
            Backend::Sqlite => {
                AnyPoolOptions::new()
                    .max_connections(SQLITE_CONNECTIONS)
                    .after_connect(|conn, _meta| {
                        Box::pin(async move {
                            // Connection settings of the SQLite backend: write-ahead log,
                            // foreign keys, and waiting (not failing) when another
                            // connection writes.
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
                    .await?
            }
            Backend::Postgres => {
                // One connection first, so that a server that cannot be reached or refuses
                // the login is named as such (the pool would only say it timed out).
                let mut first = sqlx::AnyConnection::connect_with(&options).await?;
                first.ping().await?;
                first.close().await?;
                AnyPoolOptions::new()
                    .max_connections(POSTGRES_CONNECTIONS)
                    .acquire_timeout(std::time::Duration::from_secs(10))
                    .after_connect(|conn, _meta| {
                        Box::pin(async move {
                            // A node that stops answering in the middle of a transaction
                            // (the process paused, the network cut) must not hold the
                            // write lock for every other node: the server ends such a
                            // session after a minute.
                            conn.execute("SET idle_in_transaction_session_timeout = '60s'")
                                .await?;
                            Ok(())
                        })
                    })
                    .connect_with(options)
                    .await?
            }
        };
        Ok(Store {
            pool,
            backend,
            url: DatabaseUrl(Arc::from(url)),
            writer: Arc::new(tokio::sync::Mutex::new(())),
        })
    }

    /// Applies the pending migrations of the store's backend and says how many there were
    /// before and how many it applied. On PostgreSQL the migrator holds an advisory lock for the whole run, so
    /// nodes starting together apply each migration once.
    ///
    /// Migrations only add (tables, nullable columns, indexes), so a version may open a
    /// database a newer one has migrated: going back to the previous binary is possible.
    pub async fn migrate(&self) -> Result<Migrated> {
        let mut migrator = match self.backend {
            Backend::Sqlite => sqlx::migrate!("./migrations/sqlite"),
            Backend::Postgres => sqlx::migrate!("./migrations/postgres"),
        };
        migrator.set_ignore_missing(true);
        let before = self.applied_migrations().await?;
        migrator.run(&self.pool).await?;
        let after = self.applied_migrations().await?;
        Ok(Migrated {
            before,
            applied: after.saturating_sub(before),
        })
    }

    /// How many migrations the database records as applied (0 before the first run).
    async fn applied_migrations(&self) -> Result<usize> {
        let exists: Option<i64> = match self.backend {
            Backend::Sqlite => {
                sqlx::query_scalar(
                    "SELECT CAST(1 AS BIGINT) FROM sqlite_master \
                 WHERE type = 'table' AND name = '_sqlx_migrations'",
                )
                .fetch_optional(&self.pool)
                .await?
            }
            Backend::Postgres => {
                sqlx::query_scalar(
                    "SELECT CAST(1 AS BIGINT) FROM information_schema.tables \
                 WHERE table_schema = current_schema() AND table_name = '_sqlx_migrations'",
                )
                .fetch_optional(&self.pool)
                .await?
            }
        };
        if exists.is_none() {
            return Ok(0);
        }
        let count: i64 = sqlx::query_scalar(
            "SELECT CAST(COUNT(*) AS BIGINT) FROM _sqlx_migrations WHERE success",
        )
        .fetch_one(&self.pool)
        .await?;
        Ok(usize::try_from(count).unwrap_or(0))
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// After a bulk load (an import, `demo`, a restore): PostgreSQL's planner gets fresh
    /// statistics at once rather than at autovacuum's next pass, which would leave the first
    /// minutes of a loaded site to plans made for empty tables (a scan of every item where an
    /// index answers). Nothing to do on SQLite, whose plans do not depend on statistics here.
    pub async fn analyze(&self) -> Result<()> {
        if self.backend == Backend::Postgres {
            sqlx::query("ANALYZE").execute(&self.pool).await?;
        }
        Ok(())
    }

    /// A listener that wakes when another process commits a write: on PostgreSQL a
    /// connection of its own listening on `CHANGES_CHANNEL`; on SQLite `None` (other
    /// processes' writes are found by polling).
    pub async fn listen_for_changes(&self) -> Result<Option<ChangeListener>> {
        match self.backend {
            Backend::Sqlite => Ok(None),
            Backend::Postgres => {
                let mut listener = sqlx::postgres::PgListener::connect(&self.url.0).await?;
                listener.listen(CHANGES_CHANNEL).await?;
                Ok(Some(ChangeListener { listener }))
            }
        }
    }

    /// Starts a write transaction when it is this writer's turn. Every transaction that
    /// writes starts here: the turn (in this process) and the immediate lock (across
    /// processes) make concurrent writers wait for each other instead of failing.
    pub(crate) async fn begin_write(
        &self,
    ) -> Result<(WriterTurn, sqlx::Transaction<'static, sqlx::Any>)> {
        let turn = Arc::clone(&self.writer).lock_owned().await;
        let tx = match self.backend {
            Backend::Sqlite => self.pool.begin_with(BEGIN_WRITE_SQLITE).await?,
            Backend::Postgres => {
                let mut tx = self.pool.begin().await?;
                sqlx::query("SELECT CAST(pg_advisory_xact_lock($1) AS TEXT)")
                    .bind(WRITE_LOCK_KEY)
                    .execute(&mut *tx)
                    .await?;
                tx
            }
        };
        Ok((turn, tx))
    }

    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }
}

/// A database URL as it may be shown in a message: without its password.
///
/// A password may hold any character, `/` and `@` included, so the credentials end at the
/// last `@` before the query; a `password=` parameter of the query is hidden too.
pub fn redact(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_owned();
    };
    let (before_query, query) = match rest.split_once('?') {
        Some((before, query)) => (before, Some(query)),
        None => (rest, None),
    };
    let mut shown = format!("{scheme}://");
    match before_query.rsplit_once('@') {
        Some((credentials, host_and_path)) => {
            match credentials.split_once(':') {
                Some((user, _password)) => shown.push_str(&format!("{user}:***@")),
                None => shown.push_str(&format!("{credentials}@")),
            }
            shown.push_str(host_and_path);
        }
        None => shown.push_str(before_query),
    }
    if let Some(query) = query {
        let parameters: Vec<String> = query
            .split('&')
            .map(|pair| match pair.split_once('=') {
                Some((name, _)) if name.eq_ignore_ascii_case("password") => {
                    format!("{name}=***")
                }
                _ => pair.to_owned(),
            })
            .collect();
        shown.push('?');
        shown.push_str(&parameters.join("&"));
    }
    shown
}

/// The URL a store was opened with, kept for the change listener; its `Debug` hides the
/// password like every message does.
#[derive(Clone)]
struct DatabaseUrl(Arc<str>);

impl std::fmt::Debug for DatabaseUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&redact(&self.0))
    }
}

/// Called by every statement that adds a row to the outbox, inside its write transaction:
/// on PostgreSQL every listening node is told when (and only if) the transaction commits,
/// and follows the outbox at once instead of at its next tick. Transactions that write no
/// outbox row (a login attempt, a session) wake nobody.
pub(crate) async fn announce_change(conn: &mut sqlx::AnyConnection) -> Result<()> {
    if conn.backend_name() == "PostgreSQL" {
        sqlx::query(NOTIFY_CHANGES).execute(&mut *conn).await?;
    }
    Ok(())
}

/// Wakes when a write transaction of any node commits (PostgreSQL).
#[derive(Debug)]
pub struct ChangeListener {
    listener: sqlx::postgres::PgListener,
}

impl ChangeListener {
    /// Waits for the next commit. Notifications that arrived meanwhile are taken with it:
    /// one wake-up stands for every change committed so far. After a lost connection the
    /// listener reconnects on the next call (changes committed in between are found by the
    /// follower's next pass over the outbox, which does not depend on notifications).
    pub async fn changed(&mut self) -> Result<()> {
        self.listener.recv().await?;
        while self.listener.next_buffered().is_some() {}
        Ok(())
    }
}
