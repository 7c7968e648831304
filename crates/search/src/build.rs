//! Building the catalog: items pushed in any order then `finish`ed, or a new catalog from
//! an old one and a few changed items.

use model::{Dimension, ItemId, Visibility};

use crate::bits::Bits;
use crate::catalog::*;

impl Catalog {
    pub(crate) fn term(&mut self, dim: Dimension, value: &str) -> Result<u16, TooManyTerms> {
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
            .sort_unstable_by_key(|e| std::cmp::Reverse(order_key(e)));
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
        added.sort_unstable_by_key(|e| std::cmp::Reverse(order_key(e)));

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
        let key = order_key;
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
}

/// The catalog's order, newest first: by the date readers see (the day at the item's place),
/// then by instant, then by id. An item of 30 November in Dushanbe comes before one of
/// 29 November in Vienna even when Vienna's was published later in UTC.
pub(crate) fn order_key(e: &Entry) -> (u32, i64, i64) {
    (e.date, e.published_at, e.id)
}
