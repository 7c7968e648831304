//! The catalog: item metadata held in memory, newest first, answering filtered listings with
//! disjunctive facet counts in one pass. Every listing of the site goes through it; it never
//! returns an item that `Visibility` says is not public at the query's instant.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex};

mod api;
mod bits;
pub mod text;

pub use api::{ApiFacet, ApiHit, ApiResults, ApiSearch};
pub use bits::Bits;

use jiff::Timestamp;
use jiff::civil::Date;
use model::{Dimension, Filter, ItemId, ItemStatus, Visibility};

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

/// Flags of [`Entry::flags`]: which text fields hold something.
const HAS_TITLE: u8 = 1;
const HAS_SUMMARY: u8 = 2;
const HAS_BODY: u8 = 4;
/// [`Entry::place`] of an item without a place.
const NO_PLACE: u32 = u32::MAX;
const DAY_US: i64 = 86_400_000_000;

#[derive(Debug, Clone, Copy)]
struct Entry {
    id: i64,
    published_at: i64,
    /// `Visibility::public_from` in microseconds (`i64::MAX`: never public as things stand).
    /// The entry is public at `now` exactly when `public_from <= now`.
    public_from: i64,
    /// Index of the entry's values in `Catalog::pending` (only while building).
    slot: u32,
    /// The local date as `yyyymmdd`.
    date: u32,
    /// Index in `Catalog::places`, or [`NO_PLACE`].
    place: u32,
    /// [`HAS_TITLE`], [`HAS_SUMMARY`], [`HAS_BODY`].
    flags: u8,
}

/// What an entry keeps only while the catalog is being built.
#[derive(Debug)]
struct Pending {
    terms: Vec<u16>,
    title_key: Box<str>,
    url_hash: u64,
}

/// A listing request.
#[derive(Debug, Clone)]
pub struct Query<'a> {
    pub filter: &'a Filter,
    /// Only items public at this instant are returned or counted.
    pub now: Timestamp,
    pub offset: usize,
    pub limit: usize,
    /// Which dimensions to count.
    pub facets: &'a [Dimension],
    /// Matches of a full-text query (item ids with scores): only these can be results.
    pub text: Option<&'a [(ItemId, f32)]>,
    pub order: Order,
}

/// The order of results.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Order {
    #[default]
    Newest,
    Oldest,
    /// Best text match first (ties: newest first); newest first without a text query.
    Relevance,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetValue {
    pub value: String,
    pub count: u32,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Results {
    /// Items matching the filter (all pages).
    pub total: usize,
    /// The requested page, newest first.
    pub ids: Vec<ItemId>,
    /// For each requested dimension, the values with their counts: how many items would
    /// match if that dimension's selection were replaced by the value (other dimensions
    /// kept). Sorted by count, then value; years newest first.
    pub facets: BTreeMap<Dimension, Vec<FacetValue>>,
}

/// The catalog: entries newest first, and for every taxonomy value a bitmap of the entries
/// that carry it. A listing is a few bitmap operations; a facet count is one AND and a
/// population count per value.
#[derive(Debug, Default)]
pub struct Catalog {
    entries: Vec<Entry>,
    /// Values of each entry while items are being added (dropped by `finish`).
    pending: Vec<Pending>,
    term_dim: Vec<Dimension>,
    term_value: Vec<String>,
    term_ids: HashMap<(Dimension, String), u16>,
    term_bits: Vec<Bits>,
    /// The terms of each position, one after the other (`entry_terms[term_starts[p]..
    /// term_starts[p + 1]]`): counting over a few positions reads these instead of a
    /// bitmap per value.
    entry_terms: Vec<u16>,
    term_starts: Vec<u32>,
    /// Position of each item id (`u32::MAX`: not in the catalog).
    pos_of_id: Vec<u32>,
    /// Title sort keys, one after the other in position order (see `title_at`).
    titles: String,
    /// End of each position's title key in `titles`.
    title_ends: Vec<usize>,
    /// Hashes of the slugs of the items' addresses, by position.
    url_hashes: Vec<u64>,
    places: Vec<String>,
    place_ids: HashMap<String, u32>,
    /// The largest difference in days between an entry's local date and its date in UTC
    /// (bounds the stretch of positions a date range can cover).
    date_skew_days: i64,
    visible: Mutex<Option<VisibleSet>>,
}

/// Which entries are public, valid for instants in `[from, until)`.
#[derive(Debug)]
struct VisibleSet {
    from: i64,
    until: i64,
    bits: Arc<Bits>,
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

    fn term(&mut self, dim: Dimension, value: &str) -> Result<u16, TooManyTerms> {
        if let Some(&t) = self.term_ids.get(&(dim, value.to_owned())) {
            return Ok(t);
        }
        let t = u16::try_from(self.term_dim.len()).map_err(|_| TooManyTerms)?;
        self.term_dim.push(dim);
        self.term_value.push(value.to_owned());
        self.term_ids.insert((dim, value.to_owned()), t);
        Ok(t)
    }

    /// Adds items in any order; call `finish` once after the last.
    pub fn push(&mut self, item: &CatalogItem) -> Result<(), TooManyTerms> {
        let mut terms: Vec<u16> = Vec::with_capacity(item.values.len());
        for (dim, value) in &item.values {
            let t = self.term(*dim, value)?;
            if !terms.contains(&t) {
                terms.push(t);
            }
        }
        let visibility = Visibility {
            status: item.status,
            published_at: item.published_at,
            embargo_until: item.embargo_until,
        };
        let place = if item.place.trim().is_empty() {
            NO_PLACE
        } else if let Some(&p) = self.place_ids.get(&item.place) {
            p
        } else {
            let p = u32::try_from(self.places.len())
                .ok()
                .filter(|p| *p != NO_PLACE)
                .ok_or(TooManyTerms)?;
            self.places.push(item.place.clone());
            self.place_ids.insert(item.place.clone(), p);
            p
        };
        let mut flags = 0;
        for (present, flag) in [
            (!item.title_key.is_empty(), HAS_TITLE),
            (item.has_summary, HAS_SUMMARY),
            (item.has_body, HAS_BODY),
        ] {
            if present {
                flags |= flag;
            }
        }
        let published_at = item.published_at.as_microsecond();
        let skew = (epoch_days(item.date) - published_at.div_euclid(DAY_US)).abs();
        self.date_skew_days = self.date_skew_days.max(skew);
        self.entries.push(Entry {
            id: item.id.0,
            published_at,
            public_from: visibility
                .public_from()
                .map_or(i64::MAX, |t| t.as_microsecond()),
            slot: u32::try_from(self.pending.len()).map_err(|_| TooManyTerms)?,
            date: date_number(item.date),
            place,
            flags,
        });
        self.pending.push(Pending {
            terms,
            title_key: item.title_key.as_str().into(),
            url_hash: hash_str(&item.slug),
        });
        Ok(())
    }

    /// Orders the catalog newest first (ties: higher id first) and builds the bitmaps.
    pub fn finish(&mut self) {
        self.entries
            .sort_unstable_by_key(|e| std::cmp::Reverse((e.published_at, e.id)));
        let n = self.entries.len();
        let mut bits: Vec<Bits> = (0..self.term_dim.len()).map(|_| Bits::zeros(n)).collect();
        let mut titles = String::new();
        let mut title_ends = Vec::with_capacity(n);
        let mut url_hashes = Vec::with_capacity(n);
        let mut entry_terms = Vec::new();
        let mut term_starts = Vec::with_capacity(n + 1);
        term_starts.push(0);
        for (pos, e) in self.entries.iter().enumerate() {
            let pending = &mut self.pending[e.slot as usize];
            for &t in &pending.terms {
                bits[usize::from(t)].set(pos);
            }
            entry_terms.extend_from_slice(&pending.terms);
            term_starts.push(u32::try_from(entry_terms.len()).unwrap_or(u32::MAX));
            titles.push_str(&pending.title_key);
            title_ends.push(titles.len());
            url_hashes.push(pending.url_hash);
        }
        self.term_bits = bits;
        entry_terms.shrink_to_fit();
        self.entry_terms = entry_terms;
        self.term_starts = term_starts;
        titles.shrink_to_fit();
        self.titles = titles;
        self.title_ends = title_ends;
        self.url_hashes = url_hashes;
        self.index_positions();
        self.pending = Vec::new();
        self.entries.shrink_to_fit();
        if let Ok(mut v) = self.visible.lock() {
            *v = None;
        }
    }

    /// A new catalog: this one without the items of `remove`, plus `items` (an item of
    /// `items` replaces the entry with its id, whether or not the id is in `remove`). One
    /// pass over the entries and the set bits, without the database: a few changed items
    /// cost milliseconds where a rebuild from the database costs seconds.
    pub fn with_changes(
        &self,
        remove: &[ItemId],
        items: &[CatalogItem],
    ) -> Result<Catalog, TooManyTerms> {
        let mut next = Catalog {
            term_dim: self.term_dim.clone(),
            term_value: self.term_value.clone(),
            term_ids: self.term_ids.clone(),
            places: self.places.clone(),
            place_ids: self.place_ids.clone(),
            date_skew_days: self.date_skew_days,
            ..Catalog::default()
        };
        // The last version of an item given twice wins.
        let mut seen = std::collections::HashSet::with_capacity(items.len());
        for item in items.iter().rev() {
            if seen.insert(item.id) {
                next.push(item)?;
            }
        }
        let mut added = std::mem::take(&mut next.entries);
        added.sort_unstable_by_key(|e| std::cmp::Reverse((e.published_at, e.id)));

        let mut dropped = Bits::zeros(self.entries.len());
        for id in remove.iter().chain(items.iter().map(|i| &i.id)) {
            if let Some(pos) = self.position(*id) {
                dropped.set(pos);
            }
        }

        // Merge the kept entries and the added ones, both newest first.
        enum From {
            Old(u32),
            New(u32),
        }
        let kept = self.entries.len() - dropped.count();
        let mut order: Vec<From> = Vec::with_capacity(kept + added.len());
        let mut old_to_new = vec![u32::MAX; self.entries.len()];
        let mut new_pos = vec![0u32; added.len()];
        let key = |e: &Entry| (e.published_at, e.id);
        let (mut i, mut j) = (0, 0);
        while i < self.entries.len() || j < added.len() {
            if i < self.entries.len() && dropped.get(i) {
                i += 1;
                continue;
            }
            let take_old = match (self.entries.get(i), added.get(j)) {
                (Some(o), Some(a)) => key(o) > key(a),
                (Some(_), None) => true,
                _ => false,
            };
            let pos = u32::try_from(order.len()).map_err(|_| TooManyTerms)?;
            if take_old {
                old_to_new[i] = pos;
                order.push(From::Old(i as u32));
                i += 1;
            } else {
                new_pos[j] = pos;
                order.push(From::New(j as u32));
                j += 1;
            }
        }

        let n = order.len();
        let mut bits: Vec<Bits> = (0..next.term_dim.len()).map(|_| Bits::zeros(n)).collect();
        for (t, old) in self.term_bits.iter().enumerate() {
            for pos in old.ones() {
                if let Some(&p) = old_to_new.get(pos)
                    && p != u32::MAX
                {
                    bits[t].set(p as usize);
                }
            }
        }
        for (e, &pos) in added.iter().zip(&new_pos) {
            for &t in &next.pending[e.slot as usize].terms {
                bits[usize::from(t)].set(pos as usize);
            }
        }

        let mut entries = Vec::with_capacity(n);
        let mut titles = String::with_capacity(self.titles.len());
        let mut title_ends = Vec::with_capacity(n);
        let mut url_hashes = Vec::with_capacity(n);
        let mut entry_terms = Vec::with_capacity(self.entry_terms.len());
        let mut term_starts = Vec::with_capacity(n + 1);
        term_starts.push(0);
        for from in &order {
            match *from {
                From::Old(p) => {
                    let p = p as usize;
                    entries.push(self.entries[p]);
                    titles.push_str(self.title_at(p));
                    url_hashes.push(self.url_hashes[p]);
                    entry_terms.extend_from_slice(self.terms_at(p));
                }
                From::New(k) => {
                    let e = added[k as usize];
                    let pending = &next.pending[e.slot as usize];
                    entries.push(e);
                    titles.push_str(&pending.title_key);
                    url_hashes.push(pending.url_hash);
                    entry_terms.extend_from_slice(&pending.terms);
                }
            }
            title_ends.push(titles.len());
            term_starts.push(u32::try_from(entry_terms.len()).map_err(|_| TooManyTerms)?);
        }
        next.entry_terms = entry_terms;
        next.term_starts = term_starts;
        next.entries = entries;
        next.term_bits = bits;
        next.titles = titles;
        next.title_ends = title_ends;
        next.url_hashes = url_hashes;
        next.pending = Vec::new();
        next.index_positions();
        Ok(next)
    }

    /// Fills `pos_of_id` from the entries.
    fn index_positions(&mut self) {
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
    fn title_at(&self, pos: usize) -> &str {
        let start = match pos {
            0 => 0,
            p => self.title_ends.get(p - 1).copied().unwrap_or(0),
        };
        let end = self.title_ends.get(pos).copied().unwrap_or(start);
        self.titles.get(start..end).unwrap_or("")
    }

    /// The terms of the entry at `pos`.
    fn terms_at(&self, pos: usize) -> &[u16] {
        let start = self.term_starts.get(pos).copied().unwrap_or(0) as usize;
        let end = self.term_starts.get(pos + 1).copied().unwrap_or(0) as usize;
        self.entry_terms.get(start..end).unwrap_or(&[])
    }

    /// The entries public at `now` (cached until the next instant at which that changes).
    fn visible_at(&self, now: i64) -> Arc<Bits> {
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

    /// Entries carrying any of `values` in `dim` (no entry if none is known).
    fn any_of(&self, dim: Dimension, values: &[String]) -> Bits {
        let mut out = Bits::zeros(self.entries.len());
        for v in values {
            if let Some(&t) = self.term_ids.get(&(dim, v.clone())) {
                out.or_assign(&self.term_bits[usize::from(t)]);
            }
        }
        out
    }

    pub fn query(&self, q: &Query<'_>) -> Results {
        let visible = self.visible_at(q.now.as_microsecond());
        let selections: Vec<(Dimension, Bits)> = q
            .filter
            .dimensions()
            .map(|(dim, values)| (dim, self.any_of(dim, values)))
            .collect();
        // Items passing every filter (before the words): only their scores are kept.
        let mut filtered = (*visible).clone();
        for (_, sel) in &selections {
            filtered.and_assign(sel);
        }
        let mut base = (*visible).clone();
        let mut scored: Vec<(f32, u32)> = Vec::new();
        let hits = match q.text {
            Some(matches) => {
                let mut matched = Bits::zeros(self.entries.len());
                for (id, score) in matches {
                    if let Some(&pos) = usize::try_from(id.0)
                        .ok()
                        .and_then(|i| self.pos_of_id.get(i))
                        && pos != u32::MAX
                    {
                        matched.set(pos as usize);
                        if filtered.get(pos as usize) {
                            scored.push((*score, pos));
                        }
                    }
                }
                base.and_assign(&matched);
                filtered.and_assign(&matched);
                filtered
            }
            None => filtered,
        };
        let total = hits.count();
        let ids = self.page(&hits, &mut scored, q);

        let mut facets = BTreeMap::new();
        for &dim in q.facets {
            // Disjunctive counts: the mask ignores the dimension's own selection.
            let owned;
            let mask = if selections.iter().any(|(d, _)| *d == dim) {
                let mut m = base.clone();
                for (_, sel) in selections.iter().filter(|(d, _)| *d != dim) {
                    m.and_assign(sel);
                }
                owned = m;
                &owned
            } else {
                &hits
            };
            let mut list = self.count_values(dim, mask);
            if dim == Dimension::Year {
                list.sort_by(|a, b| b.value.cmp(&a.value));
            } else {
                list.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.value.cmp(&b.value)));
            }
            facets.insert(dim, list);
        }
        Results { total, ids, facets }
    }

    /// How many entries of `mask` carry each value of `dim` (values with none left out).
    pub(crate) fn count_values(&self, dim: Dimension, mask: &Bits) -> Vec<FacetValue> {
        let values = self.term_dim.iter().filter(|d| **d == dim).count();
        // Either one AND per value over the mask's words, or a pass over the terms of the
        // mask's entries: whichever reads less.
        let per_value_cost = values.saturating_mul(mask.nonzero_word_count());
        let members = mask.count();
        let per_entry_cost = members.saturating_mul(self.average_terms() + 1);
        self.count_values_with(dim, mask, per_entry_cost < per_value_cost)
    }

    /// [`Catalog::count_values`] by entries' term lists (`by_entry`) or by value bitmaps.
    fn count_values_with(&self, dim: Dimension, mask: &Bits, by_entry: bool) -> Vec<FacetValue> {
        let values: Vec<usize> = (0..self.term_dim.len())
            .filter(|&t| self.term_dim[t] == dim)
            .collect();
        let counts: Vec<(usize, u32)> = if by_entry {
            let mut counts = vec![0u32; self.term_dim.len()];
            for pos in mask.ones() {
                for &t in self.terms_at(pos) {
                    counts[usize::from(t)] += 1;
                }
            }
            values.iter().map(|&t| (t, counts[t])).collect()
        } else {
            let words = mask.nonzero_words();
            values
                .iter()
                .map(|&t| (t, self.term_bits[t].count_and_in(mask, words.as_deref())))
                .collect()
        };
        counts
            .into_iter()
            .filter(|(_, count)| *count > 0)
            .map(|(t, count)| FacetValue {
                value: self.term_value[t].clone(),
                count,
            })
            .collect()
    }

    /// The average number of terms of an entry (rounded up).
    fn average_terms(&self) -> usize {
        self.entry_terms.len().div_ceil(self.entries.len().max(1))
    }

    /// The requested page of `hits` in the requested order.
    fn page(&self, hits: &Bits, scored: &mut Vec<(f32, u32)>, q: &Query<'_>) -> Vec<ItemId> {
        let id = |pos: usize| ItemId(self.entries[pos].id);
        match q.order {
            Order::Relevance if q.text.is_some() => {
                scored.retain(|(_, pos)| hits.get(*pos as usize));
                // Best score first; equal scores newest first (lower position).
                let cmp = |a: &(f32, u32), b: &(f32, u32)| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1));
                let wanted = q.offset.saturating_add(q.limit).min(scored.len());
                if wanted < scored.len() && wanted > 0 {
                    scored.select_nth_unstable_by(wanted - 1, cmp);
                    scored.truncate(wanted);
                }
                scored.sort_by(cmp);
                scored
                    .iter()
                    .skip(q.offset)
                    .take(q.limit)
                    .map(|(_, pos)| id(*pos as usize))
                    .collect()
            }
            Order::Oldest => {
                let total = hits.count();
                let mut v: Vec<usize> = hits
                    .ones()
                    .skip(total.saturating_sub(q.offset.saturating_add(q.limit)))
                    .collect();
                v.reverse();
                v.into_iter().skip(q.offset).take(q.limit).map(id).collect()
            }
            _ => hits.ones().skip(q.offset).take(q.limit).map(id).collect(),
        }
    }
}

/// A date as the number `yyyymmdd` (years before 1 count as 0).
fn date_number(d: Date) -> u32 {
    let year = u32::try_from(d.year()).unwrap_or(0);
    year * 10_000 + u32::from(d.month().unsigned_abs()) * 100 + u32::from(d.day().unsigned_abs())
}

/// Days from 1970-01-01 to `d` (negative before).
fn epoch_days(d: Date) -> i64 {
    // Howard Hinnant's days_from_civil.
    let (m, day) = (i64::from(d.month()), i64::from(d.day()));
    let y = i64::from(d.year()) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// FNV-1a, 64 bits.
fn hash_str(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn ts(us: i64) -> Timestamp {
        Timestamp::from_microsecond(us).expect("valid")
    }

    fn item(id: i64, day: i64, ty: &str, fields: &[&str], year: &str) -> CatalogItem {
        let mut values = vec![
            (Dimension::Type, ty.to_owned()),
            (Dimension::Year, year.to_owned()),
        ];
        values.extend(
            fields
                .iter()
                .map(|f| (Dimension::FieldOfWork, (*f).to_owned())),
        );
        let published_at = ts(day * 86_400_000_000);
        CatalogItem {
            id: ItemId(id),
            published_at,
            status: ItemStatus::Published,
            embargo_until: None,
            values,
            date: jiff::tz::TimeZone::UTC.to_datetime(published_at).date(),
            title_key: title_key(&format!("Item {id}")),
            slug: format!("item-{id}"),
            place: String::new(),
            has_summary: false,
            has_body: true,
        }
    }

    fn catalog(items: &[CatalogItem]) -> Catalog {
        let mut c = Catalog::new();
        for i in items {
            c.push(i).expect("few terms");
        }
        c.finish();
        c
    }

    const ALL: [Dimension; 3] = [Dimension::Type, Dimension::FieldOfWork, Dimension::Year];

    #[test]
    fn days_since_the_epoch() {
        for (d, n) in [
            ("1970-01-01", 0),
            ("1969-12-31", -1),
            ("2000-03-01", 11_017),
            ("2024-02-29", 19_782),
        ] {
            let date: Date = d.parse().expect("date");
            assert_eq!(epoch_days(date), n, "{d}");
        }
        assert_eq!(date_number(Date::constant(2024, 3, 5)), 20_240_305);
    }

    #[test]
    fn title_keys_are_short_lowercase_and_skip_leading_punctuation() {
        assert_eq!(
            title_key("  «Élections» en Moldavie"),
            "élections» en moldavie"
        );
        assert_eq!(title_key("\"!!\""), "\"!!\"");
        assert_eq!(title_key("   "), "");
        assert_eq!(title_key(&"A".repeat(50)).chars().count(), TITLE_KEY_CHARS);
    }

    #[test]
    fn lists_newest_first_and_counts_disjunctively() {
        let c = catalog(&[
            item(1, 10, "news", &["elections"], "2008"),
            item(2, 20, "press-release", &["elections", "policing"], "2009"),
            item(3, 30, "press-release", &["policing"], "2009"),
        ]);
        let f = Filter::new().with(Dimension::Type, "press-release");
        let r = c.query(&Query {
            filter: &f,
            now: Timestamp::MAX,
            offset: 0,
            limit: 10,
            facets: &ALL,
            text: None,
            order: Order::Newest,
        });
        assert_eq!(r.ids, vec![ItemId(3), ItemId(2)]);
        assert_eq!(r.total, 2);
        // The type facet ignores the type selection: news still counts 1.
        let types = &r.facets[&Dimension::Type];
        assert_eq!(
            types,
            &vec![
                FacetValue {
                    value: "press-release".into(),
                    count: 2
                },
                FacetValue {
                    value: "news".into(),
                    count: 1
                },
            ]
        );
        let fields = &r.facets[&Dimension::FieldOfWork];
        assert_eq!(
            fields
                .iter()
                .map(|v| (v.value.as_str(), v.count))
                .collect::<Vec<_>>(),
            vec![("policing", 2), ("elections", 1)]
        );
    }

    #[test]
    fn items_not_public_now_are_neither_listed_nor_counted() {
        let mut embargoed = item(2, 20, "news", &[], "2009");
        embargoed.embargo_until = Some(ts(100 * 86_400_000_000));
        let mut draft = item(3, 5, "news", &[], "2009");
        draft.status = ItemStatus::Draft;
        let c = catalog(&[item(1, 10, "news", &[], "2009"), embargoed, draft]);
        let f = Filter::new();
        let before = c.query(&Query {
            filter: &f,
            now: ts(50 * 86_400_000_000),
            offset: 0,
            limit: 10,
            facets: &ALL,
            text: None,
            order: Order::Newest,
        });
        assert_eq!(before.ids, vec![ItemId(1)]);
        assert_eq!(before.facets[&Dimension::Type][0].count, 1);
        let after = c.query(&Query {
            filter: &f,
            now: ts(100 * 86_400_000_000),
            offset: 0,
            limit: 10,
            facets: &ALL,
            text: None,
            order: Order::Newest,
        });
        assert_eq!(after.ids, vec![ItemId(2), ItemId(1)]);
    }

    #[test]
    fn text_matches_narrow_results_and_order_by_relevance() {
        let c = catalog(&[
            item(1, 10, "news", &["elections"], "2008"),
            item(2, 20, "news", &["elections"], "2009"),
            item(3, 30, "statement", &["policing"], "2009"),
        ]);
        let f = Filter::new();
        let matches = [(ItemId(1), 0.5), (ItemId(3), 2.0), (ItemId(99), 9.0)];
        let q = |order, offset, limit| Query {
            filter: &f,
            now: Timestamp::MAX,
            offset,
            limit,
            facets: &ALL,
            text: Some(&matches),
            order,
        };
        let r = c.query(&q(Order::Relevance, 0, 10));
        assert_eq!(r.ids, vec![ItemId(3), ItemId(1)]);
        assert_eq!(r.total, 2, "unknown ids in the matches are ignored");
        assert_eq!(
            r.facets[&Dimension::Type]
                .iter()
                .map(|v| v.count)
                .sum::<u32>(),
            2
        );
        assert_eq!(c.query(&q(Order::Relevance, 1, 1)).ids, vec![ItemId(1)]);
        assert_eq!(
            c.query(&q(Order::Newest, 0, 10)).ids,
            vec![ItemId(3), ItemId(1)]
        );
        assert_eq!(
            c.query(&q(Order::Oldest, 0, 10)).ids,
            vec![ItemId(1), ItemId(3)]
        );
        let all = Query {
            text: None,
            ..q(Order::Oldest, 1, 1)
        };
        assert_eq!(c.query(&all).ids, vec![ItemId(2)]);
    }

    fn arb_items() -> impl Strategy<Value = Vec<CatalogItem>> {
        let types = prop::sample::select(vec!["news", "press-release", "statement"]);
        let fields = prop::collection::vec(prop::sample::select(vec!["a", "b", "c", "d"]), 0..3);
        let years = prop::sample::select(vec!["2007", "2008", "2009"]);
        prop::collection::vec((0i64..50, types, fields, years, any::<bool>()), 0..120).prop_map(
            |v| {
                v.into_iter()
                    .enumerate()
                    .map(|(i, (day, ty, fields, year, published))| {
                        let mut it = item(i as i64 + 1, day, ty, &fields, year);
                        if !published {
                            it.status = ItemStatus::Draft;
                        }
                        it
                    })
                    .collect()
            },
        )
    }

    fn arb_filter() -> impl Strategy<Value = Filter> {
        (
            prop::collection::vec(
                prop::sample::select(vec!["news", "press-release", "statement"]),
                0..2,
            ),
            prop::collection::vec(prop::sample::select(vec!["a", "b", "c", "d", "zz"]), 0..2),
            prop::collection::vec(prop::sample::select(vec!["2007", "2008", "2009"]), 0..2),
        )
            .prop_map(|(t, f, y)| {
                let mut filter = Filter::new();
                for v in t {
                    filter = filter.with(Dimension::Type, v);
                }
                for v in f {
                    filter = filter.with(Dimension::FieldOfWork, v);
                }
                for v in y {
                    filter = filter.with(Dimension::Year, v);
                }
                filter
            })
    }

    fn brute_force(items: &[CatalogItem], f: &Filter) -> Vec<ItemId> {
        let mut hits: Vec<&CatalogItem> = items
            .iter()
            .filter(|i| i.status == ItemStatus::Published)
            .filter(|i| {
                f.matches(|d| {
                    i.values
                        .iter()
                        .filter(move |(vd, _)| *vd == d)
                        .map(|(_, v)| v.as_str())
                })
            })
            .collect();
        hits.sort_by_key(|h| std::cmp::Reverse((h.published_at, h.id)));
        hits.into_iter().map(|i| i.id).collect()
    }

    /// What a catalog holds, position by position: id, public_from, taxonomy values
    /// (sorted), title key, slug hash.
    #[allow(clippy::type_complexity)]
    fn contents(c: &Catalog) -> Vec<(i64, i64, Vec<(Dimension, String)>, String, u64)> {
        (0..c.len())
            .map(|pos| {
                let mut values: Vec<(Dimension, String)> = (0..c.term_bits.len())
                    .filter(|&t| c.term_bits[t].get(pos))
                    .map(|t| (c.term_dim[t], c.term_value[t].clone()))
                    .collect();
                values.sort();
                let mut listed: Vec<(Dimension, String)> = c
                    .terms_at(pos)
                    .iter()
                    .map(|&t| {
                        (
                            c.term_dim[usize::from(t)],
                            c.term_value[usize::from(t)].clone(),
                        )
                    })
                    .collect();
                listed.sort();
                assert_eq!(listed, values, "term lists agree with the bitmaps");
                let e = &c.entries[pos];
                (
                    e.id,
                    e.public_from,
                    values,
                    c.title_at(pos).to_owned(),
                    c.url_hashes[pos],
                )
            })
            .collect()
    }

    proptest! {
        #[test]
        fn changes_applied_in_memory_equal_a_rebuild(
            items in arb_items(),
            changed in arb_items(),
            removed in prop::collection::vec(1i64..130, 0..20),
            shift in 0i64..40,
        ) {
            // `changed` reuses ids 1.. of `items` (replacing them) and adds new ones above.
            let changed: Vec<CatalogItem> = changed
                .into_iter()
                .enumerate()
                .filter(|(i, _)| i % 3 == 0)
                .map(|(_, mut it)| {
                    it.id = ItemId(it.id.0 * 2 + shift);
                    it
                })
                .collect();
            let removed: Vec<ItemId> = removed.into_iter().map(ItemId).collect();
            let before = catalog(&items);
            let after = before.with_changes(&removed, &changed).expect("few terms");

            let mut expected: Vec<CatalogItem> = items
                .iter()
                .filter(|i| !removed.contains(&i.id) && !changed.iter().any(|c| c.id == i.id))
                .cloned()
                .collect();
            expected.extend(changed.iter().cloned());
            let rebuilt = catalog(&expected);
            prop_assert_eq!(contents(&after), contents(&rebuilt));
            for id in expected.iter().map(|i| i.id) {
                prop_assert_eq!(after.position(id), rebuilt.position(id));
            }
            for id in &removed {
                if !expected.iter().any(|i| i.id == *id) {
                    prop_assert_eq!(after.position(*id), None);
                }
            }
            let q = Query { filter: &Filter::new(), now: Timestamp::MAX, offset: 0, limit: 1000, facets: &ALL, text: None, order: Order::Newest };
            prop_assert_eq!(after.query(&q), rebuilt.query(&q));
        }

        #[test]
        fn paging_never_skips_or_repeats(items in arb_items(), filter in arb_filter(), page_size in 1usize..15) {
            let c = catalog(&items);
            let now = Timestamp::MAX;
            let expected = brute_force(&items, &filter);
            let mut seen = Vec::new();
            let mut offset = 0;
            loop {
                let r = c.query(&Query { filter: &filter, now, offset, limit: page_size, facets: &[], text: None, order: Order::Newest });
                prop_assert_eq!(r.total, expected.len());
                if r.ids.is_empty() { break; }
                offset += r.ids.len();
                seen.extend(r.ids);
            }
            prop_assert_eq!(seen, expected);
        }

        #[test]
        fn both_ways_of_counting_agree(items in arb_items(), filter in arb_filter()) {
            let c = catalog(&items);
            for dim in ALL {
                let mask = c.any_of(dim, &["a".to_owned(), "news".to_owned(), "2008".to_owned()]);
                let mut masks = vec![mask, (*c.visible_at(i64::MAX)).clone()];
                for (d, values) in filter.dimensions() {
                    masks.push(c.any_of(d, values));
                }
                for m in &masks {
                    let by_entry = c.count_values_with(dim, m, true);
                    let by_value = c.count_values_with(dim, m, false);
                    prop_assert_eq!(&by_entry, &by_value);
                    prop_assert_eq!(c.count_values(dim, m), by_value);
                }
            }
        }

        #[test]
        fn facet_counts_equal_brute_force(items in arb_items(), filter in arb_filter()) {
            let c = catalog(&items);
            let r = c.query(&Query { filter: &filter, now: Timestamp::MAX, offset: 0, limit: 0, facets: &ALL, text: None, order: Order::Newest });
            for dim in ALL {
                for fv in &r.facets[&dim] {
                    let narrowed = filter.without(dim).with(dim, &fv.value);
                    prop_assert_eq!(fv.count as usize, brute_force(&items, &narrowed).len(), "{:?} {}", dim, fv.value);
                }
                // And no value with matches is missing.
                for it in &items {
                    for (d, v) in it.values.iter().filter(|(d, _)| *d == dim) {
                        let n = brute_force(&items, &filter.without(*d).with(*d, v)).len();
                        if n > 0 {
                            prop_assert!(r.facets[&dim].iter().any(|fv| &fv.value == v));
                        }
                    }
                }
            }
        }
    }
}
