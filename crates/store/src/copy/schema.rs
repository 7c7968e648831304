//! What the copy knows of the schema: the tables it carries over and their keys, the columns
//! each database has (read from its catalog) and how their values are read, and the checks
//! that two databases hold the same schema at the same migration.

use sqlx::AnyConnection;

use super::{CopyError, Side};
use crate::Backend;

/// A table the copy carries over: its name and the columns of its primary key (every column,
/// for a table without one), which give the order rows are read in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CopiedTable {
    pub name: &'static str,
    pub key: &'static [&'static str],
}

const fn table(name: &'static str, key: &'static [&'static str]) -> CopiedTable {
    CopiedTable { name, key }
}

/// Every table of the schema, in the order of the migrations that create them: a table comes
/// after every table its foreign keys refer to. `_sqlx_migrations` is not copied (each
/// database records its own migrations); a database with any other table is refused.
pub const COPIED_TABLES: &[CopiedTable] = &[
    table("items", &["id"]),
    table("id_sequence", &["name"]),
    table("item_terms", &["item_id", "kind", "position"]),
    table("site_state", &["key"]),
    table("outbox", &["seq"]),
    table("revisions", &["item_id", "revision"]),
    table("glossary", &["language", "abbreviation"]),
    table("users", &["id"]),
    table("user_structures", &["user_id", "structure"]),
    table("sessions", &["token_hash"]),
    table("login_failures", &["key", "at", "attempt"]),
    table("audit_log", &["id"]),
    table("api_tokens", &["id"]),
    table("site_changes", &["seq"]),
    table("item_addresses", &["path"]),
    table("translation_sources", &["item_id"]),
    table("media", &["id"]),
    table("media_files", &["key"]),
    table("item_media", &["item_id", "media_id", "role"]),
    table("documents", &["id"]),
    table("item_attachments", &["id"]),
];

/// The table whose rows the migrations seed (`items` and `changes`, both 0): the target's
/// rows are replaced by the source's, and the table does not count as content.
pub(super) const SEEDED_TABLE: &str = "id_sequence";

/// The table where sqlx records the migrations applied.
pub(super) const MIGRATIONS_TABLE: &str = "_sqlx_migrations";

/// How a column's values are read and bound.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Integer,
    Real,
    Text,
    Blob,
}

impl Kind {
    /// The kind of a column's declared type: SQLite's affinity rules, PostgreSQL's names.
    fn of(backend: Backend, declared: &str) -> Option<Kind> {
        let upper = declared.to_ascii_uppercase();
        match backend {
            Backend::Sqlite => {
                if upper.contains("INT") {
                    Some(Kind::Integer)
                } else if upper.contains("CHAR") || upper.contains("CLOB") || upper.contains("TEXT")
                {
                    Some(Kind::Text)
                } else if upper.contains("BLOB") || upper.is_empty() {
                    Some(Kind::Blob)
                } else if upper.contains("REAL") || upper.contains("FLOA") || upper.contains("DOUB")
                {
                    Some(Kind::Real)
                } else {
                    None
                }
            }
            Backend::Postgres => match upper.as_str() {
                "BIGINT" | "INTEGER" | "SMALLINT" => Some(Kind::Integer),
                "DOUBLE PRECISION" | "REAL" => Some(Kind::Real),
                "TEXT" | "CHARACTER VARYING" | "CHARACTER" => Some(Kind::Text),
                "BYTEA" => Some(Kind::Blob),
                _ => None,
            },
        }
    }

    pub(super) fn name(self) -> &'static str {
        match self {
            Kind::Integer => "integer",
            Kind::Real => "real",
            Kind::Text => "text",
            Kind::Blob => "blob",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Column {
    pub(super) name: String,
    pub(super) kind: Kind,
}

/// A table as both sides have it: the copy's plan for it.
pub(super) struct Plan {
    pub(super) table: &'static CopiedTable,
    pub(super) columns: Vec<Column>,
}

/// The tables of a database, except the backend's own.
pub(super) async fn table_names(
    conn: &mut AnyConnection,
    backend: Backend,
) -> Result<Vec<String>, CopyError> {
    let sql = match backend {
        Backend::Sqlite => {
            "SELECT name FROM sqlite_master WHERE type = 'table' \
             AND substr(name, 1, 7) <> 'sqlite_' ORDER BY name"
        }
        Backend::Postgres => {
            "SELECT CAST(table_name AS TEXT) FROM information_schema.tables \
             WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' \
             ORDER BY table_name"
        }
    };
    Ok(sqlx::query_scalar(sql).fetch_all(&mut *conn).await?)
}

/// The migrations a database records as applied, by version.
async fn migration_versions(conn: &mut AnyConnection) -> Result<Vec<i64>, CopyError> {
    Ok(
        sqlx::query_scalar("SELECT version FROM _sqlx_migrations WHERE success ORDER BY version")
            .fetch_all(&mut *conn)
            .await?,
    )
}

/// "migrations 1–14" (or the list, when some are missing in between).
fn describe_versions(versions: &[i64]) -> String {
    match (versions.first(), versions.last()) {
        (None, _) | (_, None) => "no migration".to_owned(),
        (Some(first), Some(last)) if usize::try_from(last - first + 1) == Ok(versions.len()) => {
            if first == last {
                format!("migration {first}")
            } else {
                format!("migrations {first}–{last}")
            }
        }
        _ => {
            let list: Vec<String> = versions.iter().map(i64::to_string).collect();
            format!("migrations {}", list.join(", "))
        }
    }
}

/// The columns of a table, in order, with their kinds.
async fn columns(
    conn: &mut AnyConnection,
    backend: Backend,
    side: Side,
    table: &str,
) -> Result<Vec<Column>, CopyError> {
    let sql = match backend {
        Backend::Sqlite => "SELECT name, type FROM pragma_table_info($1) ORDER BY cid",
        Backend::Postgres => {
            "SELECT CAST(column_name AS TEXT), CAST(data_type AS TEXT) \
             FROM information_schema.columns \
             WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position"
        }
    };
    let rows: Vec<(String, String)> = sqlx::query_as(sql)
        .bind(table)
        .fetch_all(&mut *conn)
        .await?;
    rows.into_iter()
        .map(|(name, declared)| match Kind::of(backend, &declared) {
            Some(kind) => Ok(Column { name, kind }),
            None => Err(CopyError::Schema(format!(
                "the {side} database's column {table}.{name} has the type {declared}, which the copy does not know"
            ))),
        })
        .collect()
}

/// What one database holds: its migrations, its tables and their columns.
pub(super) struct Schema {
    side: Side,
    versions: Vec<i64>,
    tables: Vec<String>,
    pub(super) plans: Vec<Plan>,
}

/// Reads a database's schema. A database without sqlx's migrations table is refused; tables
/// this version does not know are left for [`Schema::check_tables`].
pub(super) async fn read_schema(
    conn: &mut AnyConnection,
    backend: Backend,
    side: Side,
) -> Result<Schema, CopyError> {
    let tables = table_names(conn, backend).await?;
    if !tables.iter().any(|t| t == MIGRATIONS_TABLE) {
        return Err(CopyError::NotAStore(side));
    }
    let versions = migration_versions(conn).await?;
    let mut plans = Vec::with_capacity(COPIED_TABLES.len());
    for table in COPIED_TABLES {
        if !tables.iter().any(|t| t == table.name) {
            continue;
        }
        plans.push(Plan {
            table,
            columns: columns(conn, backend, side, table.name).await?,
        });
    }
    Ok(Schema {
        side,
        versions,
        tables,
        plans,
    })
}

impl Schema {
    /// Refuses a database with a table this version does not know, or without one it
    /// copies, or whose table lacks a key column.
    pub(super) fn check_tables(&self) -> Result<(), CopyError> {
        let side = self.side;
        if let Some(unknown) = self
            .tables
            .iter()
            .find(|t| *t != MIGRATIONS_TABLE && !COPIED_TABLES.iter().any(|c| c.name == *t))
        {
            return Err(CopyError::Schema(format!(
                "the {side} database has a table {unknown} that this version of communique does not know"
            )));
        }
        if let Some(missing) = COPIED_TABLES
            .iter()
            .find(|c| !self.plans.iter().any(|p| p.table.name == c.name))
        {
            return Err(CopyError::Schema(format!(
                "the {side} database has no table {}",
                missing.name
            )));
        }
        for plan in &self.plans {
            if let Some(key) = plan
                .table
                .key
                .iter()
                .find(|k| !plan.columns.iter().any(|c| c.name == **k))
            {
                return Err(CopyError::Schema(format!(
                    "the {side} database's table {} has no column {key}",
                    plan.table.name
                )));
            }
        }
        Ok(())
    }

    /// The plans of the source, when the target has the same migrations, tables and columns.
    fn matching(self, target: &Schema) -> Result<Vec<Plan>, CopyError> {
        if self.versions != target.versions {
            return Err(CopyError::Migrations {
                source_versions: describe_versions(&self.versions),
                target_versions: describe_versions(&target.versions),
            });
        }
        self.check_tables()?;
        target.check_tables()?;
        for (from, to) in self.plans.iter().zip(&target.plans) {
            if from.columns != to.columns {
                let list = |columns: &[Column]| {
                    columns
                        .iter()
                        .map(|c| format!("{} {}", c.name, c.kind.name()))
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                return Err(CopyError::Schema(format!(
                    "the table {} has other columns in the source ({}) than in the target ({})",
                    from.table.name,
                    list(&from.columns),
                    list(&to.columns)
                )));
            }
        }
        Ok(self.plans)
    }
}

/// Checks that both databases hold this version's schema at the same migration, and gives
/// the plan of every table.
pub(super) async fn plan(
    source: &mut AnyConnection,
    source_backend: Backend,
    target: &mut AnyConnection,
    target_backend: Backend,
) -> Result<Vec<Plan>, CopyError> {
    let from = read_schema(source, source_backend, Side::Source).await?;
    let to = read_schema(target, target_backend, Side::Target).await?;
    from.matching(&to)
}

/// `SELECT` of every column in key order. Text keys are ordered by code point on
/// PostgreSQL too (`COLLATE "C"`), as SQLite orders them, whatever the database's collation.
pub(super) fn select_sql(plan: &Plan, backend: Backend) -> String {
    let columns: Vec<String> = plan.columns.iter().map(|c| quoted(&c.name)).collect();
    let order: Vec<String> = plan
        .table
        .key
        .iter()
        .map(|key| {
            let text = plan
                .columns
                .iter()
                .any(|c| c.name == *key && c.kind == Kind::Text);
            match (backend, text) {
                (Backend::Postgres, true) => format!("{} COLLATE \"C\" NULLS FIRST", quoted(key)),
                _ => format!("{} NULLS FIRST", quoted(key)),
            }
        })
        .collect();
    format!(
        "SELECT {} FROM {} ORDER BY {}",
        columns.join(", "),
        quoted(plan.table.name),
        order.join(", ")
    )
}

/// `INSERT` of `rows` rows of every column.
pub(super) fn insert_sql(plan: &Plan, rows: usize) -> String {
    let columns: Vec<String> = plan.columns.iter().map(|c| quoted(&c.name)).collect();
    let width = plan.columns.len();
    let tuples: Vec<String> = (0..rows)
        .map(|row| {
            let params: Vec<String> = (1..=width)
                .map(|i| format!("${}", row * width + i))
                .collect();
            format!("({})", params.join(", "))
        })
        .collect();
    format!(
        "INSERT INTO {} ({}) VALUES {}",
        quoted(plan.table.name),
        columns.join(", "),
        tuples.join(", ")
    )
}

pub(super) fn quoted(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}
