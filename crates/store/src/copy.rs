//! Copying every table of one store into another, empty one (SQLite to PostgreSQL and back,
//! a backup into a file, a restore from it), and comparing two stores table by table.
//!
//! The source is read in one consistent snapshot (a read transaction on SQLite, a
//! `REPEATABLE READ, READ ONLY` transaction on PostgreSQL), so a process writing meanwhile
//! does not tear the copy. The target is written in one write transaction: a copy that fails
//! leaves the target as it was. Rows are copied in key order, in multi-row `INSERT`s, each
//! value read and bound with its column's type. On PostgreSQL the identity columns' sequences
//! are moved past the copied values afterwards (`docs/database-backends.md`, "Ids").

use std::fmt;

use futures_util::TryStreamExt;
use sqlx::any::{AnyArguments, AnyRow};
use sqlx::query::Query;
use sqlx::{Any, AnyConnection, AssertSqlSafe, Row};

use crate::{Backend, Store, StoreError};

/// The tables, their columns and the checks of the two schemas.
mod schema;

pub use schema::{COPIED_TABLES, CopiedTable};
use schema::{
    Kind, MIGRATIONS_TABLE, Plan, SEEDED_TABLE, insert_sql, plan, quoted, read_schema, select_sql,
};

/// Values bound per `INSERT` statement at most: a few hundred, well below both backends'
/// limits (SQLite 32,766, PostgreSQL 65,535), so that a statement stays small to prepare.
const MAX_PARAMETERS: usize = 480;

/// Which of the two databases a message is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Source,
    Target,
}

impl fmt::Display for Side {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Side::Source => "source",
            Side::Target => "target",
        })
    }
}

/// Why a copy (or a comparison) was refused or failed. Nothing was written to the target.
#[derive(Debug, thiserror::Error)]
pub enum CopyError {
    #[error(
        "the target database is not empty: its table {table} has {rows} row(s); copy into a new, empty database"
    )]
    NotEmpty { table: &'static str, rows: i64 },
    #[error("the {0} database is not a Communiqué database: it has no table {MIGRATIONS_TABLE}")]
    NotAStore(Side),
    #[error(
        "the source database has {source_versions} applied and the target {target_versions}: both must be at the same version (run `communique migrate` on the older one with the newer binary)"
    )]
    Migrations {
        source_versions: String,
        target_versions: String,
    },
    /// The two schemas differ, or one has a table or column type this version does not know.
    #[error("{0}")]
    Schema(String),
    /// A value that cannot be read, or cannot be stored in the target.
    #[error("table {table}, row {row}, column {column}: {problem}")]
    Value {
        table: &'static str,
        row: String,
        column: String,
        problem: String,
    },
    /// A statement failed: reading rows, or writing a batch of them.
    #[error("table {table}, {at}: {source}")]
    Table {
        table: &'static str,
        at: String,
        source: sqlx::Error,
    },
    #[error("{0}")]
    Store(#[from] StoreError),
}

impl From<sqlx::Error> for CopyError {
    fn from(error: sqlx::Error) -> CopyError {
        CopyError::Store(StoreError::Database(error))
    }
}

/// How many rows of a table were copied.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TableCount {
    pub table: &'static str,
    pub rows: u64,
}

/// What a copy wrote: every table, in the order copied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Copied {
    pub tables: Vec<TableCount>,
}

impl Copied {
    /// Rows copied in all.
    pub fn rows(&self) -> u64 {
        self.tables.iter().map(|t| t.rows).sum()
    }
}

/// A table's row count and the digest of its rows' values in key order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TableDigest {
    pub table: &'static str,
    pub rows: u64,
    /// A 128-bit FNV-1a digest of every value (its type, whether it is NULL, its bytes).
    pub digest: u128,
}

/// Two stores compared table by table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comparison {
    /// `(source, target)` per table, in the order of [`COPIED_TABLES`].
    pub tables: Vec<(TableDigest, TableDigest)>,
}

impl Comparison {
    /// Whether every table has the same rows on both sides.
    pub fn is_equal(&self) -> bool {
        self.tables.iter().all(|(a, b)| a == b)
    }

    /// The tables whose rows differ.
    pub fn differences(&self) -> impl Iterator<Item = &(TableDigest, TableDigest)> {
        self.tables.iter().filter(|(a, b)| a != b)
    }

    /// Rows in all on the source side.
    pub fn rows(&self) -> u64 {
        self.tables.iter().map(|(a, _)| a.rows).sum()
    }
}

/// A value as read from one database and bound in the other.
#[derive(Debug, Clone, PartialEq)]
enum Value {
    Integer(Option<i64>),
    Real(Option<f64>),
    Text(Option<String>),
    Blob(Option<Vec<u8>>),
}

impl Value {
    fn read(row: &AnyRow, index: usize, kind: Kind) -> Result<Value, sqlx::Error> {
        Ok(match kind {
            Kind::Integer => Value::Integer(row.try_get(index)?),
            Kind::Real => Value::Real(row.try_get(index)?),
            Kind::Text => Value::Text(row.try_get(index)?),
            Kind::Blob => Value::Blob(row.try_get(index)?),
        })
    }

    fn bind<'q>(self, query: Query<'q, Any, AnyArguments>) -> Query<'q, Any, AnyArguments> {
        match self {
            Value::Integer(v) => query.bind(v),
            Value::Real(v) => query.bind(v),
            Value::Text(v) => query.bind(v),
            Value::Blob(v) => query.bind(v),
        }
    }

    /// The bytes the digest takes: a tag for the type and NULL, then the value itself
    /// (texts and blobs with their length, so that no two rows give the same bytes).
    fn feed(&self, digest: &mut Fnv128) {
        fn with_length(digest: &mut Fnv128, tag: u8, bytes: &[u8]) {
            digest.update(&[tag]);
            digest.update(&(bytes.len() as u64).to_le_bytes());
            digest.update(bytes);
        }
        match self {
            Value::Integer(Some(v)) => {
                digest.update(b"i");
                digest.update(&v.to_le_bytes());
            }
            Value::Real(Some(v)) => {
                digest.update(b"r");
                digest.update(&v.to_bits().to_le_bytes());
            }
            Value::Text(Some(v)) => with_length(digest, b't', v.as_bytes()),
            Value::Blob(Some(v)) => with_length(digest, b'b', v),
            Value::Integer(None) => digest.update(b"I"),
            Value::Real(None) => digest.update(b"R"),
            Value::Text(None) => digest.update(b"T"),
            Value::Blob(None) => digest.update(b"B"),
        }
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Integer(Some(v)) => write!(f, "{v}"),
            Value::Real(Some(v)) => write!(f, "{v}"),
            Value::Text(Some(v)) => {
                let shown: String = v.chars().take(60).collect();
                let more = if shown.len() < v.len() { "…" } else { "" };
                write!(f, "{:?}", format!("{shown}{more}"))
            }
            Value::Blob(Some(v)) => write!(f, "{} bytes", v.len()),
            Value::Integer(None) | Value::Real(None) | Value::Text(None) | Value::Blob(None) => {
                f.write_str("NULL")
            }
        }
    }
}

/// FNV-1a with 128 bits: dependency-free, and the same in every process, so that digests of
/// two stores read by one run compare.
struct Fnv128(u128);

impl Fnv128 {
    const OFFSET: u128 = 0x6c62_272e_07bb_0142_62b8_2175_6295_c58d;
    const PRIME: u128 = 0x0000_0000_0100_0000_0000_0000_0000_013b;

    fn new() -> Fnv128 {
        Fnv128(Fnv128::OFFSET)
    }

    fn update(&mut self, bytes: &[u8]) {
        for byte in bytes {
            self.0 ^= u128::from(*byte);
            self.0 = self.0.wrapping_mul(Fnv128::PRIME);
        }
    }
}

/// Starts a read transaction that sees one snapshot of the database until it ends.
async fn begin_snapshot(store: &Store) -> Result<sqlx::Transaction<'static, Any>, CopyError> {
    Ok(match store.backend() {
        // Deferred: the first read fixes the snapshot (write-ahead log), held to the end.
        Backend::Sqlite => store.pool.begin().await?,
        Backend::Postgres => {
            store
                .pool
                .begin_with("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                .await?
        }
    })
}

/// Refuses a target that holds anything but the rows its migrations seeded.
async fn check_empty(target: &mut AnyConnection) -> Result<(), CopyError> {
    for table in COPIED_TABLES.iter().filter(|t| t.name != SEEDED_TABLE) {
        let sql = format!("SELECT CAST(COUNT(*) AS BIGINT) FROM \"{}\"", table.name);
        let rows: i64 = sqlx::query_scalar(AssertSqlSafe(sql))
            .fetch_one(&mut *target)
            .await?;
        if rows > 0 {
            return Err(CopyError::NotEmpty {
                table: table.name,
                rows,
            });
        }
    }
    Ok(())
}

/// Checks, without writing anything, that `from` can be copied into `to`: the same schema
/// at the same migration, and nothing stored in `to` yet. [`copy_store`] checks it again in
/// its transaction; this lets a caller refuse before other work (copying files).
pub async fn check_copy(from: &Store, to: &Store) -> Result<(), CopyError> {
    let mut source = begin_snapshot(from).await?;
    let mut target = begin_snapshot(to).await?;
    plan(&mut source, from.backend(), &mut target, to.backend()).await?;
    check_empty(&mut target).await?;
    let _ = source.rollback().await;
    let _ = target.rollback().await;
    Ok(())
}

/// Copies every table of `from` into `to`, which must be empty and at the same migration.
/// `from` is read in one snapshot; `to` is written in one transaction, so a failure leaves it
/// as it was. Returns the rows copied per table.
pub async fn copy_store(from: &Store, to: &Store) -> Result<Copied, CopyError> {
    let mut source = begin_snapshot(from).await?;
    let (_turn, mut target) = to.begin_write().await?;
    let plans = plan(&mut source, from.backend(), &mut target, to.backend()).await?;
    check_empty(&mut target).await?;
    let delete_seeds = format!("DELETE FROM \"{SEEDED_TABLE}\"");
    sqlx::query(AssertSqlSafe(delete_seeds))
        .execute(&mut *target)
        .await?;
    let mut tables = Vec::with_capacity(plans.len());
    for plan in &plans {
        let rows = copy_table(&mut source, from.backend(), &mut target, to.backend(), plan).await?;
        tables.push(TableCount {
            table: plan.table.name,
            rows,
        });
    }
    if to.backend() == Backend::Postgres {
        move_sequences(&mut target).await?;
    }
    target.commit().await?;
    // The snapshot only read: its end cannot undo anything.
    let _ = source.rollback().await;
    Ok(Copied { tables })
}

/// The row's key as a message names it: `id = 12`, `item_id = 3, kind = "s", position = 0`.
fn describe_row(plan: &Plan, values: &[Value]) -> String {
    plan.table
        .key
        .iter()
        .filter_map(|key| {
            let index = plan.columns.iter().position(|c| c.name == *key)?;
            Some(format!("{key} = {}", values.get(index)?))
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Reads one row's values by the columns' kinds; a value that cannot be read is named.
fn read_row(plan: &Plan, row: &AnyRow) -> Result<Vec<Value>, CopyError> {
    let mut values = Vec::with_capacity(plan.columns.len());
    for (index, column) in plan.columns.iter().enumerate() {
        match Value::read(row, index, column.kind) {
            Ok(value) => values.push(value),
            Err(error) => {
                // The key columns come first in every table: what was read of the key so far
                // names the row.
                let row = match describe_row(plan, &values) {
                    known if known.is_empty() => "whose key cannot be read".to_owned(),
                    known => known,
                };
                return Err(CopyError::Value {
                    table: plan.table.name,
                    row,
                    column: column.name.clone(),
                    problem: format!("cannot be read as {}: {error}", column.kind.name()),
                });
            }
        }
    }
    Ok(values)
}

async fn copy_table(
    source: &mut AnyConnection,
    source_backend: Backend,
    target: &mut AnyConnection,
    target_backend: Backend,
    plan: &Plan,
) -> Result<u64, CopyError> {
    let per_statement = (MAX_PARAMETERS / plan.columns.len().max(1)).max(1);
    let full_batch = insert_sql(plan, per_statement);
    let select = select_sql(plan, source_backend);
    let mut rows = sqlx::query(AssertSqlSafe(select)).fetch(&mut *source);
    let mut batch: Vec<Vec<Value>> = Vec::with_capacity(per_statement);
    let mut copied = 0u64;
    while let Some(row) = rows.try_next().await.map_err(|source| CopyError::Table {
        table: plan.table.name,
        at: format!("reading row {}", copied + batch.len() as u64 + 1),
        source,
    })? {
        let values = read_row(plan, &row)?;
        if target_backend == Backend::Postgres {
            refuse_nul(plan, &values)?;
        }
        batch.push(values);
        if batch.len() == per_statement {
            copied += insert(target, plan, &full_batch, &mut batch).await?;
        }
    }
    if !batch.is_empty() {
        let sql = insert_sql(plan, batch.len());
        copied += insert(target, plan, &sql, &mut batch).await?;
    }
    Ok(copied)
}

/// PostgreSQL cannot store U+0000 in text (SQLite can): named here rather than as the
/// server's encoding error for a whole batch.
fn refuse_nul(plan: &Plan, values: &[Value]) -> Result<(), CopyError> {
    for (column, value) in plan.columns.iter().zip(values) {
        if let Value::Text(Some(text)) = value
            && text.contains('\0')
        {
            return Err(CopyError::Value {
                table: plan.table.name,
                row: describe_row(plan, values),
                column: column.name.clone(),
                problem: "the text contains the character U+0000, which PostgreSQL cannot store"
                    .to_owned(),
            });
        }
    }
    Ok(())
}

/// Inserts the batch with one statement and empties it.
async fn insert(
    target: &mut AnyConnection,
    plan: &Plan,
    sql: &str,
    batch: &mut Vec<Vec<Value>>,
) -> Result<u64, CopyError> {
    let first = batch
        .first()
        .map(|values| format!("writing the rows from {}", describe_row(plan, values)))
        .unwrap_or_default();
    let mut query = sqlx::query(AssertSqlSafe(sql.to_owned()));
    let count = batch.len() as u64;
    for values in batch.drain(..) {
        for value in values {
            query = value.bind(query);
        }
    }
    query
        .execute(&mut *target)
        .await
        .map_err(|source| CopyError::Table {
            table: plan.table.name,
            at: first,
            source,
        })?;
    Ok(count)
}

/// Moves each identity column's sequence past the highest value copied, so that the next row
/// inserted gets a new number (rows inserted with explicit values do not move it).
async fn move_sequences(target: &mut AnyConnection) -> Result<(), CopyError> {
    let identities: Vec<(String, String)> = sqlx::query_as(
        "SELECT CAST(table_name AS TEXT), CAST(column_name AS TEXT) \
         FROM information_schema.columns \
         WHERE table_schema = current_schema() AND is_identity = 'YES' \
         ORDER BY table_name, column_name",
    )
    .fetch_all(&mut *target)
    .await?;
    for (table, column) in identities {
        let sql = format!(
            "SELECT CAST(setval(pg_get_serial_sequence($1, $2), COALESCE(MAX({}), 0) + 1, false) AS BIGINT) FROM {}",
            quoted(&column),
            quoted(&table)
        );
        sqlx::query(AssertSqlSafe(sql))
            .bind(&table)
            .bind(&column)
            .execute(&mut *target)
            .await?;
    }
    Ok(())
}

/// Checks that `store` holds this version's tables, each with columns of types the copy
/// reads: what a backup must be before it is restored.
pub async fn check_store(store: &Store) -> Result<(), CopyError> {
    let mut snapshot = begin_snapshot(store).await?;
    read_schema(&mut snapshot, store.backend(), Side::Source)
        .await?
        .check_tables()?;
    let _ = snapshot.rollback().await;
    Ok(())
}

/// Checks, before anything is written to it (migrations included), that `store` may
/// receive a copy: it has no table at all, or it is a database of this kind. A database of
/// another application is refused as it is.
pub async fn check_target(store: &Store) -> Result<(), CopyError> {
    let mut conn = store.pool().acquire().await?;
    let tables = schema::table_names(&mut conn, store.backend()).await?;
    drop(conn);
    if tables.is_empty() {
        return Ok(());
    }
    if !tables.iter().any(|t| t == MIGRATIONS_TABLE) {
        return Err(CopyError::NotAStore(Side::Target));
    }
    let mut snapshot = begin_snapshot(store).await?;
    let schema = read_schema(&mut snapshot, store.backend(), Side::Target).await;
    let _ = snapshot.rollback().await;
    schema?.check_tables()
}

/// Every table's row count and digest, read in one snapshot of `store`.
pub async fn digest_store(store: &Store) -> Result<Vec<TableDigest>, CopyError> {
    let mut snapshot = begin_snapshot(store).await?;
    let backend = store.backend();
    let schema = read_schema(&mut snapshot, backend, Side::Source).await?;
    schema.check_tables()?;
    let mut digests = Vec::with_capacity(schema.plans.len());
    for plan in &schema.plans {
        digests.push(digest_table(&mut snapshot, backend, plan).await?);
    }
    let _ = snapshot.rollback().await;
    Ok(digests)
}

async fn digest_table(
    conn: &mut AnyConnection,
    backend: Backend,
    plan: &Plan,
) -> Result<TableDigest, CopyError> {
    let mut digest = Fnv128::new();
    let mut count = 0u64;
    let mut rows = sqlx::query(AssertSqlSafe(select_sql(plan, backend))).fetch(&mut *conn);
    while let Some(row) = rows.try_next().await.map_err(|source| CopyError::Table {
        table: plan.table.name,
        at: format!("reading row {}", count + 1),
        source,
    })? {
        for value in read_row(plan, &row)? {
            value.feed(&mut digest);
        }
        count += 1;
    }
    Ok(TableDigest {
        table: plan.table.name,
        rows: count,
        digest: digest.0,
    })
}

/// Compares two stores table by table: row counts and the digests of their rows in key
/// order, each store read in a snapshot of its own. Equal counts and digests of every table
/// mean equal contents (short of a collision of 128-bit digests).
pub async fn compare_stores(source: &Store, target: &Store) -> Result<Comparison, CopyError> {
    {
        let mut a = begin_snapshot(source).await?;
        let mut b = begin_snapshot(target).await?;
        plan(&mut a, source.backend(), &mut b, target.backend()).await?;
        let _ = a.rollback().await;
        let _ = b.rollback().await;
    }
    let from = digest_store(source).await?;
    let to = digest_store(target).await?;
    Ok(Comparison {
        tables: from.into_iter().zip(to).collect(),
    })
}

impl Store {
    /// The keys of every stored file: pictures' originals and variants, and documents, in
    /// order and each once.
    pub async fn file_keys(&self) -> crate::Result<Vec<String>> {
        let mut keys: Vec<String> = sqlx::query_scalar("SELECT key FROM media_files")
            .fetch_all(&self.pool)
            .await?;
        let documents: Vec<String> = sqlx::query_scalar("SELECT file_key FROM documents")
            .fetch_all(&self.pool)
            .await?;
        keys.extend(documents);
        keys.sort();
        keys.dedup();
        Ok(keys)
    }
}
