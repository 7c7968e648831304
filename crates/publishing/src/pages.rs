//! Rendered pages, kept in memory: item pages, and the few listing pages every visitor asks
//! for (the home page, the first page of the newsroom). An entry is valid for one day of the
//! organization's calendar (menus and "(closed)" labels depend on the day); an item page is
//! served only while the item's `Visibility` says it is public, a listing page only until the
//! next instant at which an item becomes public. Any write drops them all.
//!
//! Each entry keeps the compressed forms of its body once they are asked for, so that a hit
//! costs no compression.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock, RwLock};

use bytes::Bytes;
use jiff::civil::Date;
use model::{ItemId, Visibility};

#[derive(Debug, Clone)]
pub struct CachedPage {
    pub day: Date,
    pub visibility: Visibility,
    /// When the page must be rendered again although nothing was written: a translation of
    /// the item becomes public then, and the page must link it. Set by the gate.
    pub until: Option<jiff::Timestamp>,
    pub canonical_path: String,
    pub etag: String,
    pub html: Bytes,
    pub encoded: Arc<Encoded>,
}

/// The compressed forms of one body, each made once when first asked for (by the HTTP edge,
/// which knows the encodings: this only keeps the bytes).
#[derive(Debug, Default)]
pub struct Encoded {
    forms: [OnceLock<Bytes>; ENCODINGS],
}

/// How many compressed forms an entry may keep.
pub const ENCODINGS: usize = 3;

impl Encoded {
    /// The form number `slot` (below [`ENCODINGS`]), made by `make` the first time.
    pub fn get_or_make(&self, slot: usize, make: impl FnOnce() -> Bytes) -> Option<Bytes> {
        Some(self.forms.get(slot)?.get_or_init(make).clone())
    }
}

/// A rendered page that is not an item's (see [`PageCache::view`]).
#[derive(Debug, Clone)]
pub struct CachedView {
    pub day: Date,
    /// The next instant at which an item becomes public: the page may list it then.
    pub until: Option<jiff::Timestamp>,
    pub etag: String,
    pub html: Bytes,
    pub encoded: Arc<Encoded>,
}

impl CachedView {
    pub fn new(day: Date, html: Bytes) -> CachedView {
        CachedView {
            day,
            until: None,
            etag: etag_of(&html),
            html,
            encoded: Arc::default(),
        }
    }
}

/// How many listing pages are kept (a few per language).
const VIEW_CAPACITY: usize = 256;

#[derive(Debug)]
pub struct PageCache {
    capacity: usize,
    pages: RwLock<HashMap<ItemId, CachedPage>>,
    views: RwLock<HashMap<String, CachedView>>,
    /// The page being rendered, by key, and the readers waiting for it.
    turns: Arc<Mutex<HashMap<String, Arc<tokio::sync::Mutex<()>>>>>,
    /// Bumped by `clear`: a page rendered from data read before a clear is not kept.
    generation: std::sync::atomic::AtomicU64,
    /// Requests answered with a kept page, and requests that found none (for the metrics).
    hits: std::sync::atomic::AtomicU64,
    misses: std::sync::atomic::AtomicU64,
}

/// How often the cache answered since the process started.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CacheCounts {
    /// Requests answered with a kept page.
    pub hits: u64,
    /// Requests that found no valid page kept, so that it was rendered (or found missing).
    pub misses: u64,
}

impl PageCache {
    pub fn new(capacity: usize) -> PageCache {
        PageCache {
            capacity,
            pages: RwLock::new(HashMap::new()),
            views: RwLock::new(HashMap::new()),
            turns: Arc::default(),
            generation: std::sync::atomic::AtomicU64::new(0),
            hits: std::sync::atomic::AtomicU64::new(0),
            misses: std::sync::atomic::AtomicU64::new(0),
        }
    }

    /// Counts one request answered from the cache (`hit`) or not.
    pub fn note(&self, hit: bool) {
        let counter = if hit { &self.hits } else { &self.misses };
        counter.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    }

    /// How often the cache answered, and how often it did not.
    pub fn counts(&self) -> CacheCounts {
        CacheCounts {
            hits: self.hits.load(std::sync::atomic::Ordering::Relaxed),
            misses: self.misses.load(std::sync::atomic::Ordering::Relaxed),
        }
    }

    pub fn get(&self, id: ItemId, day: Date) -> Option<CachedPage> {
        let pages = self.pages.read().ok()?;
        pages.get(&id).filter(|p| p.day == day).cloned()
    }

    /// The generation to pass to `put` (read it before reading the item).
    pub fn generation(&self) -> u64 {
        self.generation.load(std::sync::atomic::Ordering::SeqCst)
    }

    /// Keeps a page, unless the cache was cleared since `generation` was read (the page
    /// may then show data that changed).
    pub fn put(&self, id: ItemId, page: CachedPage, generation: u64) {
        if let Ok(mut pages) = self.pages.write() {
            if self.generation() != generation {
                return;
            }
            if pages.len() >= self.capacity {
                // Simple and bounded: start afresh rather than track recency.
                pages.clear();
            }
            pages.insert(id, page);
        }
    }

    /// Waits until no one else renders the page of `key`; the page is this caller's to render
    /// while it holds the turn (the others then find it kept).
    pub async fn turn(&self, key: String) -> Turn {
        let lock = match self.turns.lock() {
            Ok(mut turns) => Arc::clone(turns.entry(key.clone()).or_default()),
            Err(poisoned) => Arc::clone(poisoned.into_inner().entry(key.clone()).or_default()),
        };
        let guard = Arc::clone(&lock).lock_owned().await;
        Turn {
            turns: Arc::clone(&self.turns),
            key,
            lock,
            guard: Some(guard),
        }
    }

    /// The listing page kept under `key`, when it is of `day` and still valid at `now`.
    pub fn view(&self, key: &str, day: Date, now: jiff::Timestamp) -> Option<CachedView> {
        let views = self.views.read().ok()?;
        views
            .get(key)
            .filter(|v| v.day == day && v.until.is_none_or(|u| now < u))
            .cloned()
    }

    /// Keeps a listing page, unless the cache was cleared since `generation` was read.
    pub fn put_view(&self, key: String, view: CachedView, generation: u64) {
        if let Ok(mut views) = self.views.write() {
            if self.generation() != generation {
                return;
            }
            if views.len() >= VIEW_CAPACITY {
                views.clear();
            }
            views.insert(key, view);
        }
    }

    pub fn clear(&self) {
        self.generation
            .fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        if let Ok(mut pages) = self.pages.write() {
            pages.clear();
        }
        if let Ok(mut views) = self.views.write() {
            views.clear();
        }
    }
}

/// A render's turn (see [`PageCache::turn`]): given back when dropped, also when the request
/// that held it is cancelled.
pub struct Turn {
    turns: Arc<Mutex<HashMap<String, Arc<tokio::sync::Mutex<()>>>>>,
    key: String,
    lock: Arc<tokio::sync::Mutex<()>>,
    guard: Option<tokio::sync::OwnedMutexGuard<()>>,
}

impl Drop for Turn {
    fn drop(&mut self) {
        self.guard.take();
        let mut turns = match self.turns.lock() {
            Ok(t) => t,
            Err(poisoned) => poisoned.into_inner(),
        };
        // The map's and this one: nobody else waits, the entry goes.
        if Arc::strong_count(&self.lock) == 2 {
            turns.remove(&self.key);
        }
    }
}

/// A strong validator for a response body (FNV-1a, 64 bits).
pub fn etag_of(body: &[u8]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in body {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("\"{h:016x}\"")
}

#[cfg(test)]
mod tests {
    use super::*;
    use model::ItemStatus;

    fn page() -> CachedPage {
        CachedPage {
            day: jiff::civil::date(2026, 3, 1),
            visibility: Visibility {
                status: ItemStatus::Published,
                published_at: jiff::Timestamp::UNIX_EPOCH,
                embargo_until: None,
            },
            until: None,
            canonical_path: "/items/1/x".into(),
            etag: etag_of(b"x"),
            html: Bytes::from_static(b"x"),
            encoded: Arc::default(),
        }
    }

    #[test]
    fn a_page_rendered_before_a_clear_is_not_kept() {
        let cache = PageCache::new(10);
        let day = jiff::civil::date(2026, 3, 1);
        let before = cache.generation();
        cache.clear();
        cache.put(ItemId(1), page(), before);
        assert!(cache.get(ItemId(1), day).is_none(), "stale page dropped");
        cache.put(ItemId(1), page(), cache.generation());
        assert!(cache.get(ItemId(1), day).is_some());
        assert!(
            cache
                .get(ItemId(1), jiff::civil::date(2026, 3, 2))
                .is_none(),
            "pages are kept for one day"
        );
    }

    #[test]
    fn a_listing_page_lasts_until_the_next_item_becomes_public() {
        let cache = PageCache::new(10);
        let day = jiff::civil::date(2026, 3, 1);
        let t = |s: i64| jiff::Timestamp::from_second(s).expect("instant");
        let mut view = CachedView::new(day, Bytes::from_static(b"home"));
        view.until = Some(t(100));
        cache.put_view("en /".into(), view, cache.generation());
        assert!(cache.view("en /", day, t(99)).is_some());
        assert!(
            cache.view("en /", day, t(100)).is_none(),
            "the instant itself"
        );
        assert!(cache.view("ru /", day, t(99)).is_none(), "another key");
        let before = cache.generation();
        cache.clear();
        assert!(cache.view("en /", day, t(1)).is_none(), "a write drops it");
        cache.put_view("en /".into(), CachedView::new(day, Bytes::new()), before);
        assert!(
            cache.view("en /", day, t(1)).is_none(),
            "rendered before the write"
        );
    }

    #[tokio::test]
    async fn one_render_at_a_time_per_page_and_no_entry_left_behind() {
        let cache = Arc::new(PageCache::new(10));
        let first = cache.turn("item 1".into()).await;
        let other = cache.turn("item 2".into()).await;
        let waiting = {
            let cache = Arc::clone(&cache);
            tokio::spawn(async move { cache.turn("item 1".into()).await })
        };
        tokio::task::yield_now().await;
        assert!(
            !waiting.is_finished(),
            "the second reader waits for the first render"
        );
        drop(first);
        let second = waiting.await.expect("task");
        drop(second);
        drop(other);
        assert!(cache.turns.lock().expect("lock").is_empty());
    }

    #[test]
    fn compressed_forms_are_made_once() {
        let encoded = Encoded::default();
        let mut made = 0;
        for _ in 0..3 {
            let form = encoded.get_or_make(1, || {
                made += 1;
                Bytes::from_static(b"z")
            });
            assert_eq!(form.as_deref(), Some(&b"z"[..]));
        }
        assert_eq!(made, 1);
        assert!(encoded.get_or_make(ENCODINGS, Bytes::new).is_none());
    }
}
