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
    pub canonical_path: String,
    pub etag: String,
    pub html: Bytes,
}

#[derive(Debug)]
pub struct PageCache {
    capacity: usize,
    pages: RwLock<HashMap<ItemId, CachedPage>>,
}

impl PageCache {
    pub fn new(capacity: usize) -> PageCache {
        PageCache {
            capacity,
            pages: RwLock::new(HashMap::new()),
        }
    }

    pub fn get(&self, id: ItemId, day: Date) -> Option<CachedPage> {
        let pages = self.pages.read().ok()?;
        pages.get(&id).filter(|p| p.day == day).cloned()
    }

    pub fn put(&self, id: ItemId, page: CachedPage) {
        if let Ok(mut pages) = self.pages.write() {
            if pages.len() >= self.capacity {
                // Simple and bounded: start afresh rather than track recency.
                pages.clear();
            }
            pages.insert(id, page);
        }
    }

    pub fn clear(&self) {
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
