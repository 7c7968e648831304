//! The errors of the store, and its `Result`.

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    #[error("migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error(
        "unsupported database URL '{0}' (expected sqlite://PATH or postgres://USER@HOST/DATABASE)"
    )]
    UnsupportedUrl(String),
    #[error("stored data is invalid: {0}")]
    Corrupt(String),
    #[error("not found")]
    NotFound,
    /// The write contradicts what is stored (a duplicate, a stale version).
    #[error("{0}")]
    Conflict(String),
    /// What was given is not acceptable whatever is stored (a required text left blank, a
    /// text too long, a value out of its range): the message tells the writer why.
    #[error("{0}")]
    Invalid(String),
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;
