//! Work that keeps a processor busy (catalog queries over a million items, the search
//! index, spelling suggestions) runs here, off the async threads that answer `/healthz`,
//! item pages and every other request: on blocking threads, at most one per processor at a
//! time, the others waiting their turn without holding a thread.

use std::sync::Arc;

use model::query::Condition;
use model::{Dimension, ItemId};
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
    /// Which items, as a condition tree: the API's, or a page's short form parsed into one
    /// (`model::Filter::condition`). A top-level "any of these values" of a dimension is
    /// left out of that dimension's facet counts, so that they count the choices the
    /// reader has.
    pub filter: Condition,
    pub offset: usize,
    pub limit: usize,
    pub facets: Vec<Dimension>,
    /// Matches of a text query: only these can be results.
    pub text: Option<Arc<Vec<(ItemId, f32)>>>,
    pub order: search::Order,
}

impl CatalogQuery {
    /// Every public item matching `filter`, newest first, `limit` of them.
    pub fn newest(filter: Condition, limit: usize) -> CatalogQuery {
        CatalogQuery {
            filter,
            offset: 0,
            limit,
            facets: Vec::new(),
            text: None,
            order: search::Order::Newest,
        }
    }

    /// Every public item, newest first, `limit` of them.
    pub fn every_item(limit: usize) -> CatalogQuery {
        CatalogQuery::newest(Condition::All(Vec::new()), limit)
    }
}
