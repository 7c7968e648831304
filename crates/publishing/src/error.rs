//! The errors of the application: a failure of the store, the index or a task. A request
//! the application refuses (a wrong password, an expired preview link) is not an error but
//! an answer of the operation (see [`crate::accounts::LogIn`], [`crate::preview::Refusal`]).

use search::text::TextError;
use store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Text(#[from] TextError),
    /// A task on another thread failed or the work queue closed.
    #[error("{0}")]
    Task(String),
    /// The machine gave no randomness.
    #[error("no randomness: {0}")]
    Randomness(String),
}

impl From<crate::indexing::IndexingError> for Error {
    fn from(e: crate::indexing::IndexingError) -> Self {
        match e {
            crate::indexing::IndexingError::Store(e) => Error::Store(e),
            crate::indexing::IndexingError::Text(e) => Error::Text(e),
            crate::indexing::IndexingError::Task(e) => Error::Task(e),
        }
    }
}
