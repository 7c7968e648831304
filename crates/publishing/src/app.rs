//! [`App`]: what the site holds while it runs, shared by every request and the follower.

use std::sync::atomic::{AtomicI64, AtomicU32, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};

use model::{Clock, SiteDefinition};
use store::Store;

use crate::SiteInEffect;
use crate::pages::PageCache;
use crate::work::CpuPool;

/// Stored abbreviations by language.
pub type StoredGlossary = std::collections::HashMap<String, Vec<model::site::GlossaryEntry>>;

/// Everything the site holds while it runs. Cheap to clone (each part is shared).
#[derive(Clone)]
pub struct App {
    site: Arc<RwLock<Arc<SiteInEffect>>>,
    pub store: Store,
    pub clock: Arc<dyn Clock>,
    pub text: Arc<search::text::TextIndex>,
    catalog: Arc<RwLock<Arc<search::Catalog>>>,
    pub(crate) pages: Arc<PageCache>,
    catalog_change: Arc<AtomicI64>,
    /// Abbreviations stored in the database, by language (beside the site's glossary).
    stored_glossary: Arc<RwLock<Arc<StoredGlossary>>>,
    /// Turns of CPU-heavy work.
    cpu: CpuPool,
    /// How many ticks in a row the follower of the database has failed (0: it follows).
    follow_failures: Arc<AtomicU32>,
    /// When the follower's last tick succeeded (none before its first).
    followed_at: Arc<Mutex<Option<Instant>>>,
    /// Wakes the follower after a write of this process.
    follow_now: Arc<tokio::sync::Notify>,
    /// Where the files of pictures are kept (the data dir by default; any other storage,
    /// such as an object store, behind the same interface).
    pub media: Arc<dyn media::MediaStorage>,
    /// Where the catalog is kept between starts (none: it is not kept).
    snapshot: Option<Arc<crate::catalog_snapshot::SnapshotPlace>>,
}

/// Reads a shared snapshot, also after a writer panicked (the value is still whole: writers
/// only swap one `Arc` for another).
fn snapshot<T: ?Sized>(lock: &RwLock<Arc<T>>) -> Arc<T> {
    match lock.read() {
        Ok(v) => Arc::clone(&v),
        Err(poisoned) => Arc::clone(&poisoned.into_inner()),
    }
}

/// Swaps in a new snapshot.
fn install<T: ?Sized>(lock: &RwLock<Arc<T>>, new: Arc<T>) {
    match lock.write() {
        Ok(mut v) => *v = new,
        Err(poisoned) => *poisoned.into_inner() = new,
    }
}

impl App {
    pub fn new(
        site: SiteInEffect,
        store: Store,
        clock: Arc<dyn Clock>,
        catalog: search::Catalog,
        text: Arc<search::text::TextIndex>,
        media: Arc<dyn media::MediaStorage>,
    ) -> App {
        App {
            site: Arc::new(RwLock::new(Arc::new(site))),
            store,
            clock,
            text,
            catalog: Arc::new(RwLock::new(Arc::new(catalog))),
            pages: Arc::new(PageCache::new(20_000)),
            catalog_change: Arc::new(AtomicI64::new(0)),
            stored_glossary: Arc::default(),
            cpu: CpuPool::for_this_machine(),
            follow_failures: Arc::default(),
            followed_at: Arc::default(),
            follow_now: Arc::default(),
            media,
            snapshot: None,
        }
    }

    /// Keeps the catalog at `place` between starts.
    pub fn with_snapshot_place(
        mut self,
        place: Arc<crate::catalog_snapshot::SnapshotPlace>,
    ) -> App {
        self.snapshot = Some(place);
        self
    }

    /// Writes the catalog's snapshot in the background when one is due (something changed
    /// since the last, written at least `every` ago).
    pub fn save_snapshot_if_due(&self, every: Duration) {
        let Some(place) = self.snapshot.clone() else {
            return;
        };
        // The change before the catalog: the catalog is then at least as new as the stamp
        // says (changes are applied again at the next start, which changes nothing twice).
        let change = self.catalog_change();
        if !place.due(change, every) {
            return;
        }
        let (catalog, site) = (self.catalog(), self.site());
        tokio::task::spawn_blocking(move || {
            if let Err(e) = place.save(&catalog, change, &site, false) {
                tracing::warn!(error = %e, "cannot write the catalog snapshot");
            }
        });
    }

    /// Writes the catalog's snapshot now unless the last one holds the current state (when
    /// the node stops).
    pub async fn save_snapshot(&self) {
        let Some(place) = self.snapshot.clone() else {
            return;
        };
        let change = self.catalog_change();
        if place.holds(change) {
            return;
        }
        let (catalog, site) = (self.catalog(), self.site());
        let started = Instant::now();
        let saved =
            tokio::task::spawn_blocking(move || place.save(&catalog, change, &site, true)).await;
        match saved {
            Ok(Ok(_)) => tracing::info!(
                seconds = started.elapsed().as_secs_f64(),
                "catalog snapshot written"
            ),
            Ok(Err(e)) => tracing::warn!(error = %e, "cannot write the catalog snapshot"),
            Err(e) => tracing::warn!(error = %e, "cannot write the catalog snapshot"),
        }
    }

    /// Notes how the follower's last tick went.
    pub fn note_follow(&self, ok: bool) {
        if ok {
            self.follow_failures.store(0, Ordering::SeqCst);
            let mut at = match self.followed_at.lock() {
                Ok(at) => at,
                Err(poisoned) => poisoned.into_inner(),
            };
            *at = Some(Instant::now());
        } else {
            self.follow_failures.fetch_add(1, Ordering::SeqCst);
        }
    }

    /// How many ticks in a row the follower has failed.
    pub fn follow_failures(&self) -> u32 {
        self.follow_failures.load(Ordering::SeqCst)
    }

    /// How long ago the follower's last tick succeeded; `None` before its first.
    pub fn since_followed(&self) -> Option<Duration> {
        let at = match self.followed_at.lock() {
            Ok(at) => *at,
            Err(poisoned) => *poisoned.into_inner(),
        };
        at.map(|at| at.elapsed())
    }

    /// How often rendered pages were served from memory, and how often they were not.
    pub fn page_cache_counts(&self) -> crate::pages::CacheCounts {
        self.pages.counts()
    }

    /// The turns of CPU-heavy work.
    pub fn cpu_pool(&self) -> &CpuPool {
        &self.cpu
    }

    /// Runs CPU-heavy work off the async threads.
    pub async fn cpu<T: Send + 'static>(
        &self,
        f: impl FnOnce() -> T + Send + 'static,
    ) -> Result<T, crate::Error> {
        self.cpu.run(f).await
    }

    /// The site definition in effect (a snapshot: a change swaps in a new one).
    pub fn site(&self) -> Arc<SiteDefinition> {
        Arc::clone(&self.site_in_effect().definition)
    }

    /// The site definition in effect with its base and the state of its stored changes.
    pub fn site_in_effect(&self) -> Arc<SiteInEffect> {
        snapshot(&self.site)
    }

    /// Reads the stored changes of the site definition again when there are new ones, and
    /// drops cached pages (menus, names and labels may have changed). Returns whether the
    /// definition changed. The definition only moves forward: a slow reload never replaces
    /// a newer one installed meanwhile, so after this returns, the definition in effect
    /// includes every site change recorded before it was called.
    pub async fn reload_site(&self) -> Result<bool, store::StoreError> {
        let current = self.site_in_effect();
        if self.store.last_site_change().await? <= current.last_change {
            return Ok(false);
        }
        let next = Arc::new(SiteInEffect::load(Arc::clone(&current.base), &self.store).await?);
        let replaced = {
            let mut guard = match self.site.write() {
                Ok(g) => g,
                Err(poisoned) => poisoned.into_inner(),
            };
            if next.last_change > guard.last_change {
                *guard = Arc::clone(&next);
                true
            } else {
                false
            }
        };
        if replaced {
            tracing::info!(change = next.last_change, "site definition changed");
            self.pages.clear();
        }
        Ok(replaced)
    }

    /// The catalog in use (a snapshot: a reload swaps in a new one).
    pub fn catalog(&self) -> Arc<search::Catalog> {
        snapshot(&self.catalog)
    }

    /// Replaces the catalog (after the database changed) and drops cached pages.
    pub fn replace_catalog(&self, catalog: search::Catalog) {
        install(&self.catalog, Arc::new(catalog));
        self.pages.clear();
    }

    /// Forgets every rendered page (the data they show may have changed).
    pub fn drop_cached_pages(&self) {
        self.pages.clear();
    }

    /// After a write of this process: rendered pages are dropped at once, and the follower
    /// applies the change now rather than at its next tick (counts, search and listings
    /// follow within milliseconds).
    pub fn written(&self) {
        self.pages.clear();
        self.follow_now.notify_one();
    }

    /// Waits until a write of this process asks the follower to run.
    pub async fn write_noticed(&self) {
        self.follow_now.notified().await;
    }

    /// The glossary of a language: the site's entries, then the stored abbreviations the
    /// site does not define.
    pub fn glossary_for(&self, lang: &str) -> Vec<model::site::GlossaryEntry> {
        let mut entries = self.site().glossary_for(lang).to_vec();
        let stored = snapshot(&self.stored_glossary);
        if let Some(more) = stored.get(lang) {
            for e in more {
                if !entries.iter().any(|known| known.abbr == e.abbr) {
                    entries.push(e.clone());
                }
            }
        }
        entries
    }

    /// Reads the stored abbreviations again.
    pub async fn reload_glossary(&self) -> Result<(), store::StoreError> {
        let mut by_language = StoredGlossary::new();
        for a in self.store.glossary().await? {
            by_language.entry(a.language).or_default().push(a.entry);
        }
        install(&self.stored_glossary, Arc::new(by_language));
        Ok(())
    }

    /// The database change the catalog reflects.
    pub fn catalog_change(&self) -> i64 {
        self.catalog_change.load(Ordering::SeqCst)
    }

    pub fn set_catalog_change(&self, change: i64) {
        self.catalog_change.store(change, Ordering::SeqCst);
    }
}
