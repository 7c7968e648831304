//! Work that keeps a processor busy (catalog queries over a million items, the search
//! index, spelling suggestions) runs here, off the async threads that answer `/healthz`,
//! item pages and every other request: on blocking threads, at most one per processor at a
//! time, the others waiting their turn without holding a thread.

use std::sync::Arc;

use model::{Dimension, Filter, ItemId};
use tokio::sync::Semaphore;

use crate::Error;

/// The permits of CPU-heavy work.
#[derive(Debug, Clone)]
pub struct CpuPool {
    permits: Arc<Semaphore>,
}

impl CpuPool {
    /// One permit per processor the process may use.
    pub fn for_this_machine() -> CpuPool {
        let n = std::thread::available_parallelism().map_or(2, std::num::NonZero::get);
        CpuPool {
            permits: Arc::new(Semaphore::new(n.max(1))),
        }
    }

    /// Runs `f` on a blocking thread when a permit is free.
    pub async fn run<T: Send + 'static>(
        &self,
        f: impl FnOnce() -> T + Send + 'static,
    ) -> Result<T, Error> {
        let permit = Arc::clone(&self.permits)
            .acquire_owned()
            .await
            .map_err(|e| Error::Task(format!("the work queue is closed: {e}")))?;
        tokio::task::spawn_blocking(move || {
            let out = f();
            drop(permit);
            out
        })
        .await
        .map_err(|e| Error::Task(format!("a task failed: {e}")))
    }
}

/// A catalog query that owns what it asks (it runs on another thread).
#[derive(Debug, Clone)]
pub struct CatalogQuery {
    pub filter: Filter,
    pub offset: usize,
    pub limit: usize,
    pub facets: Vec<Dimension>,
    /// Matches of a text query: only these can be results.
    pub text: Option<Arc<Vec<(ItemId, f32)>>>,
    pub order: search::Order,
}

impl CatalogQuery {
    /// Every public item matching `filter`, newest first, `limit` of them.
    pub fn newest(filter: Filter, limit: usize) -> CatalogQuery {
        CatalogQuery {
            filter,
            offset: 0,
            limit,
            facets: Vec::new(),
            text: None,
            order: search::Order::Newest,
        }
    }
}
