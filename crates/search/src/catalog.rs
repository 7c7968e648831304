//! The catalog's data: one entry per item, newest first, and for every taxonomy value a
//! bitmap of the entries that carry it; the small accessors every part of it reads.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use jiff::Timestamp;
use jiff::civil::Date;
use model::query::{Field, Storage};
use model::{Dimension, ItemId, ItemStatus};

use crate::bits::Bits;

/// What the catalog needs of one item (built by the caller from the store).
#[derive(Debug, Clone)]
pub struct CatalogItem {
    pub id: ItemId,
    pub published_at: Timestamp,
    pub status: ItemStatus,
    pub embargo_until: Option<Timestamp>,
    /// Every (dimension, value) of the item; sources include their ancestors, the year is
    /// the year at the item's place.
    pub values: Vec<(Dimension, String)>,
    /// The calendar day of publication at the item's place.
    pub date: Date,
    /// The title's sort key: [`title_key`] of the title.
    pub title_key: String,
    /// The slug of the item's address (`/items/{id}/{slug}`).
    pub slug: String,
    /// The place of publication as stored (may be empty).
    pub place: String,
    pub has_summary: bool,
    pub has_body: bool,
}

/// The longest title sort key, in characters.
pub const TITLE_KEY_CHARS: usize = 32;

/// The sort key of a title: lowercase, without leading punctuation or spaces, at most
/// [`TITLE_KEY_CHARS`] characters. Empty exactly when the title is blank.
pub fn title_key(title: &str) -> String {
    let trimmed = title.trim();
    let from_letter = trimmed.trim_start_matches(|c: char| !c.is_alphanumeric());
    let source = if from_letter.is_empty() {
        trimmed
    } else {
        from_letter
    };
    source
        .chars()
        .flat_map(char::to_lowercase)
        .take(TITLE_KEY_CHARS)
        .collect()
}

/// Flags of [`Entry::flags`]: which text fields hold something (bit `n` is the field the
/// field table keeps as `Storage::Flag(n)`).
pub(crate) const HAS_TITLE: u8 = flag(Field::Title);
pub(crate) const HAS_SUMMARY: u8 = flag(Field::Summary);
pub(crate) const HAS_BODY: u8 = flag(Field::Body);

// Three distinct flags.
const _: () = assert!((HAS_TITLE | HAS_SUMMARY | HAS_BODY).count_ones() == 3);

const fn flag(field: Field) -> u8 {
    match field.spec().storage {
        Storage::Flag(bit) => 1 << bit,
        _ => 0,
    }
}
/// [`Entry::place`] of an item without a place.
pub(crate) const NO_PLACE: u32 = u32::MAX;

#[derive(Debug, Clone, Copy)]
pub(crate) struct Entry {
    pub(crate) id: i64,
    pub(crate) published_at: i64,
    /// `Visibility::public_from` in microseconds (`i64::MAX`: never public as things stand).
    /// The entry is public at `now` exactly when `public_from <= now`.
    pub(crate) public_from: i64,
    /// Index of the entry's values in `Catalog::pending` (only while building).
    pub(crate) slot: u32,
    /// The local date as `yyyymmdd`.
    pub(crate) date: u32,
    /// Index in `Catalog::places`, or [`NO_PLACE`].
    pub(crate) place: u32,
    /// [`HAS_TITLE`], [`HAS_SUMMARY`], [`HAS_BODY`].
    pub(crate) flags: u8,
}

/// What an entry keeps only while the catalog is being built.
#[derive(Debug)]
pub(crate) struct Pending {
    pub(crate) terms: Vec<u16>,
    pub(crate) title_key: Box<str>,
    pub(crate) url_hash: u64,
}

/// The catalog: entries newest first, and for every taxonomy value a bitmap of the entries
/// that carry it. A listing is a few bitmap operations; a facet count is one AND and a
/// population count per value.
#[derive(Debug, Default)]
pub struct Catalog {
    pub(crate) entries: Vec<Entry>,
    /// Values of each entry while items are being added (dropped by `finish`).
    pub(crate) pending: Vec<Pending>,
    pub(crate) term_dim: Vec<Dimension>,
    pub(crate) term_value: Vec<String>,
    pub(crate) term_ids: HashMap<(Dimension, String), u16>,
    pub(crate) term_bits: Vec<Bits>,
    /// The terms of each position, one after the other (`entry_terms[term_starts[p]..
    /// term_starts[p + 1]]`): counting over a few positions reads these instead of a
    /// bitmap per value.
    pub(crate) entry_terms: Vec<u16>,
    pub(crate) term_starts: Vec<u32>,
    /// Position of each item id (`u32::MAX`: not in the catalog).
    pub(crate) pos_of_id: Vec<u32>,
    /// Title sort keys, one after the other in position order (see `title_at`).
    pub(crate) titles: String,
    /// End of each position's title key in `titles`.
    pub(crate) title_ends: Vec<usize>,
    /// Hashes of the slugs of the items' addresses, by position.
    pub(crate) url_hashes: Vec<u64>,
    pub(crate) places: Vec<String>,
    pub(crate) place_ids: HashMap<String, u32>,
    pub(crate) visible: Mutex<Option<VisibleSet>>,
}

/// Which entries are public, valid for instants in `[from, until)`.
#[derive(Debug)]
pub(crate) struct VisibleSet {
    pub(crate) from: i64,
    pub(crate) until: i64,
    pub(crate) bits: Arc<Bits>,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("the catalog holds too many distinct taxonomy values (at most 65,535)")]
pub struct TooManyTerms;

impl Catalog {
    pub fn new() -> Catalog {
        Catalog::default()
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The first instant after `now` at which an item of the catalog becomes public (`None`:
    /// none will). Until then, what the catalog shows changes only by a write.
    pub fn next_public_change(&self, now: Timestamp) -> Option<Timestamp> {
        let now = now.as_microsecond();
        self.visible_at(now);
        let until = self.visible.lock().ok()?.as_ref()?.until;
        if until == i64::MAX {
            None
        } else {
            Timestamp::from_microsecond(until).ok()
        }
    }

    pub(crate) fn position(&self, id: ItemId) -> Option<usize> {
        let pos = *self.pos_of_id.get(usize::try_from(id.0).ok()?)?;
        (pos != u32::MAX).then_some(pos as usize)
    }

    pub(crate) fn none(&self) -> Bits {
        Bits::zeros(self.entries.len())
    }

    /// Fills `pos_of_id` from the entries.
    pub(crate) fn index_positions(&mut self) {
        let max_id = self.entries.iter().map(|e| e.id).max().unwrap_or(0);
        let mut pos_of_id = vec![u32::MAX; usize::try_from(max_id).unwrap_or(0) + 1];
        for (pos, e) in self.entries.iter().enumerate() {
            if let Ok(id) = usize::try_from(e.id) {
                pos_of_id[id] = pos as u32;
            }
        }
        self.pos_of_id = pos_of_id;
    }

    /// Approximate heap memory of the catalog in bytes.
    pub fn memory_bytes(&self) -> usize {
        self.entries.capacity() * std::mem::size_of::<Entry>()
            + self.term_bits.iter().map(Bits::memory_bytes).sum::<usize>()
            + self.entry_terms.capacity() * 2
            + self.term_starts.capacity() * 4
            + self.pos_of_id.capacity() * 4
            + self.titles.capacity()
            + self.title_ends.capacity() * std::mem::size_of::<usize>()
            + self.url_hashes.capacity() * 8
            + self
                .places
                .iter()
                .map(|p| 2 * p.capacity() + 64)
                .sum::<usize>()
            + self
                .term_value
                .iter()
                .map(|v| v.capacity() + 64)
                .sum::<usize>()
    }

    /// The title sort key of the entry at `pos`.
    pub(crate) fn title_at(&self, pos: usize) -> &str {
        let start = match pos {
            0 => 0,
            p => self.title_ends.get(p - 1).copied().unwrap_or(0),
        };
        let end = self.title_ends.get(pos).copied().unwrap_or(start);
        self.titles.get(start..end).unwrap_or("")
    }

    /// The terms of the entry at `pos`.
    pub(crate) fn terms_at(&self, pos: usize) -> &[u16] {
        let start = self.term_starts.get(pos).copied().unwrap_or(0) as usize;
        let end = self.term_starts.get(pos + 1).copied().unwrap_or(0) as usize;
        self.entry_terms.get(start..end).unwrap_or(&[])
    }

    /// The entries public at `now` (cached until the next instant at which that changes).
    pub(crate) fn visible_at(&self, now: i64) -> Arc<Bits> {
        if let Ok(guard) = self.visible.lock()
            && let Some(v) = guard.as_ref()
            && v.from <= now
            && now < v.until
        {
            return Arc::clone(&v.bits);
        }
        let mut bits = Bits::zeros(self.entries.len());
        let mut until = i64::MAX;
        let mut from = i64::MIN;
        for (pos, e) in self.entries.iter().enumerate() {
            if e.public_from <= now {
                bits.set(pos);
                from = from.max(e.public_from);
            } else {
                until = until.min(e.public_from);
            }
        }
        let bits = Arc::new(bits);
        if let Ok(mut guard) = self.visible.lock() {
            *guard = Some(VisibleSet {
                from,
                until,
                bits: Arc::clone(&bits),
            });
        }
        bits
    }
}

/// A date as the number `yyyymmdd` (years before 1 count as 0).
pub(crate) fn date_number(d: Date) -> u32 {
    let year = u32::try_from(d.year()).unwrap_or(0);
    year * 10_000 + u32::from(d.month().unsigned_abs()) * 100 + u32::from(d.day().unsigned_abs())
}

/// FNV-1a, 64 bits.
pub(crate) fn hash_str(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}
