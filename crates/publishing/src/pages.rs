//! Rendered item pages, kept in memory. An entry is valid for one day of the organization's
//! calendar (menus and "(closed)" labels depend on the day) and is served only while the
//! item's `Visibility` says it is public.

use std::collections::HashMap;
use std::sync::RwLock;

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
}

#[derive(Debug)]
pub struct PageCache {
    capacity: usize,
    pages: RwLock<HashMap<ItemId, CachedPage>>,
    /// Bumped by `clear`: a page rendered from data read before a clear is not kept.
    generation: std::sync::atomic::AtomicU64,
}

impl PageCache {
    pub fn new(capacity: usize) -> PageCache {
        PageCache {
            capacity,
            pages: RwLock::new(HashMap::new()),
            generation: std::sync::atomic::AtomicU64::new(0),
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

    pub fn clear(&self) {
        self.generation
            .fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        if let Ok(mut pages) = self.pages.write() {
            pages.clear();
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
}
