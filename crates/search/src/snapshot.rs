//! The catalog as bytes, so that a node starts from its previous state instead of reading
//! every item from the database: a few hundred milliseconds for a million items where the
//! scan takes tens of seconds.
//!
//! The caller says what the bytes reflect (`stamp`: the database, its last change and the
//! site definition in effect) and checks it when reading them back: the catalog reads only
//! what it wrote itself. The bytes end with a checksum, and every index in them is checked
//! when they are read, so a damaged file is refused (the caller then reads the database)
//! rather than showing anything it should not; `public_from` decides what is public, so not
//! even a flipped bit may pass.
//!
//! Layout (little-endian): the magic, the format version, the stamp, the entries' columns,
//! the values (dimension key and text), each entry's values, the title keys, the slug
//! hashes and the places, then the checksum of everything before it. Bitmaps and look-up
//! tables are derived again from these.

use model::Dimension;

use crate::bits::Bits;
use crate::build::order_key;
use crate::catalog::*;

const MAGIC: &[u8; 8] = b"CQCATLG\0";
const VERSION: u32 = 1;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum SnapshotError {
    #[error("not a catalog snapshot of this version")]
    Format,
    #[error("the catalog snapshot is damaged: {0}")]
    Damaged(&'static str),
}

impl Catalog {
    /// The catalog as bytes, with `stamp` (what the caller needs to know it is still the
    /// right catalog) in front.
    pub fn to_snapshot(&self, stamp: &[u8]) -> Vec<u8> {
        let mut w = Writer(Vec::with_capacity(self.snapshot_size_hint() + stamp.len()));
        w.0.extend_from_slice(MAGIC);
        w.u32(VERSION);
        w.bytes(stamp);
        w.len(self.entries.len());
        for e in &self.entries {
            w.i64(e.id);
            w.i64(e.published_at);
            w.i64(e.public_from);
            w.u32(e.date);
            w.u32(e.place);
            w.0.push(e.flags);
        }
        w.len(self.term_dim.len());
        for (dim, value) in self.term_dim.iter().zip(&self.term_value) {
            w.bytes(dim.key().as_bytes());
            w.bytes(value.as_bytes());
        }
        w.len(self.entry_terms.len());
        for t in &self.entry_terms {
            w.0.extend_from_slice(&t.to_le_bytes());
        }
        // `n + 1` starts (an empty catalog not yet finished has none: its one start is 0).
        for i in 0..=self.entries.len() {
            w.u32(self.term_starts.get(i).copied().unwrap_or(0));
        }
        w.bytes(self.titles.as_bytes());
        for end in &self.title_ends {
            w.len(*end);
        }
        for h in &self.url_hashes {
            w.u64(*h);
        }
        w.len(self.places.len());
        for p in &self.places {
            w.bytes(p.as_bytes());
        }
        let sum = checksum(&w.0);
        w.u64(sum);
        w.0
    }

    /// The stamp of a snapshot, without reading the rest (`Format` if the bytes are no
    /// snapshot of this version).
    pub fn snapshot_stamp(bytes: &[u8]) -> Result<&[u8], SnapshotError> {
        let mut r = Reader::new(bytes)?;
        r.bytes()
    }

    /// The catalog of a snapshot made by [`Catalog::to_snapshot`], and its stamp.
    pub fn from_snapshot(bytes: &[u8]) -> Result<(Catalog, &[u8]), SnapshotError> {
        let (body, sum) = bytes.split_last_chunk::<8>().ok_or(SnapshotError::Format)?;
        let mut r = Reader::new(body)?;
        if checksum(body) != u64::from_le_bytes(*sum) {
            return Err(SnapshotError::Damaged("its checksum does not match"));
        }
        let stamp = r.bytes()?;
        let mut c = Catalog::new();
        let n = r.len()?;
        // Each entry takes 33 bytes: a count beyond what is left is damage, not a reason to
        // reserve memory.
        if n > r.left() / 33 {
            return Err(SnapshotError::Damaged("too many entries"));
        }
        c.entries.reserve_exact(n);
        for _ in 0..n {
            c.entries.push(Entry {
                id: r.i64()?,
                published_at: r.i64()?,
                public_from: r.i64()?,
                slot: 0,
                date: r.u32()?,
                place: r.u32()?,
                flags: r.u8()?,
            });
        }
        let terms = r.len()?;
        if terms > usize::from(u16::MAX) {
            return Err(SnapshotError::Damaged("too many values"));
        }
        for t in 0..terms {
            let dim = std::str::from_utf8(r.bytes()?)
                .ok()
                .and_then(Dimension::from_key)
                .ok_or(SnapshotError::Damaged("a value of an unknown dimension"))?;
            let value = r.string()?;
            c.term_dim.push(dim);
            c.term_ids.insert((dim, value.clone()), t as u16);
            c.term_value.push(value);
        }
        let count = r.len()?;
        if count > r.left() / 2 {
            return Err(SnapshotError::Damaged("too many entry values"));
        }
        c.entry_terms.reserve_exact(count);
        for _ in 0..count {
            let t = r.u16()?;
            if usize::from(t) >= terms {
                return Err(SnapshotError::Damaged("an entry has an unknown value"));
            }
            c.entry_terms.push(t);
        }
        c.term_starts.reserve_exact(n + 1);
        let mut last = 0;
        for i in 0..=n {
            let s = r.u32()?;
            if s < last
                || s as usize > count
                || (i == 0 && s != 0)
                || (i == n && s as usize != count)
            {
                return Err(SnapshotError::Damaged("the entries' values overlap"));
            }
            last = s;
            c.term_starts.push(s);
        }
        c.titles = r.string()?;
        c.title_ends.reserve_exact(n);
        let mut last = 0;
        for _ in 0..n {
            let end = r.len()?;
            if end < last || !c.titles.is_char_boundary(end) {
                return Err(SnapshotError::Damaged("the title keys overlap"));
            }
            last = end;
            c.title_ends.push(end);
        }
        if last != c.titles.len() {
            return Err(SnapshotError::Damaged("the title keys overlap"));
        }
        c.url_hashes.reserve_exact(n);
        for _ in 0..n {
            c.url_hashes.push(r.u64()?);
        }
        let places = r.len()?;
        if places > r.left() / 8 {
            return Err(SnapshotError::Damaged("too many places"));
        }
        for p in 0..places {
            let place = r.string()?;
            c.place_ids.insert(place.clone(), p as u32);
            c.places.push(place);
        }
        if r.left() != 0 {
            return Err(SnapshotError::Damaged("bytes after the end"));
        }
        let mut previous: Option<(u32, i64, i64)> = None;
        for e in &c.entries {
            if e.place != NO_PLACE && e.place as usize >= places {
                return Err(SnapshotError::Damaged("an entry has an unknown place"));
            }
            // Newest first, each id once: what every ordering and look-up relies on.
            let key = order_key(e);
            if e.id < 0 || previous.is_some_and(|p| p <= key) {
                return Err(SnapshotError::Damaged("the entries are out of order"));
            }
            previous = Some(key);
        }
        let mut bits: Vec<Bits> = (0..terms).map(|_| Bits::zeros(n)).collect();
        for pos in 0..n {
            for &t in c.terms_at(pos) {
                bits[usize::from(t)].set(pos);
            }
        }
        c.term_bits = bits;
        c.index_positions();
        if c.pos_of_id.iter().filter(|p| **p != u32::MAX).count() != n {
            return Err(SnapshotError::Damaged("an item appears twice"));
        }
        Ok((c, stamp))
    }

    fn snapshot_size_hint(&self) -> usize {
        self.entries.len() * 49 + self.entry_terms.len() * 2 + self.titles.len() + 4096
    }
}

/// A 64-bit checksum (FNV-1a over 8-byte words, then the remaining bytes): catches a
/// truncated or damaged file, not a forged one.
fn checksum(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let (words, rest) = bytes.as_chunks::<8>();
    for w in words {
        h ^= u64::from_le_bytes(*w);
        h = h.wrapping_mul(0x0100_0000_01b3).rotate_left(29);
    }
    for b in rest {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

struct Writer(Vec<u8>);

impl Writer {
    fn u32(&mut self, v: u32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn u64(&mut self, v: u64) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn i64(&mut self, v: i64) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn len(&mut self, v: usize) {
        self.u64(v as u64);
    }
    fn bytes(&mut self, b: &[u8]) {
        self.len(b.len());
        self.0.extend_from_slice(b);
    }
}

struct Reader<'a> {
    rest: &'a [u8],
}

impl<'a> Reader<'a> {
    fn new(bytes: &'a [u8]) -> Result<Reader<'a>, SnapshotError> {
        let rest = bytes.strip_prefix(MAGIC).ok_or(SnapshotError::Format)?;
        let mut r = Reader { rest };
        if r.u32().map_err(|_| SnapshotError::Format)? != VERSION {
            return Err(SnapshotError::Format);
        }
        Ok(r)
    }
    fn left(&self) -> usize {
        self.rest.len()
    }
    fn take<const N: usize>(&mut self) -> Result<[u8; N], SnapshotError> {
        let (head, rest) = self
            .rest
            .split_first_chunk::<N>()
            .ok_or(SnapshotError::Damaged("it ends too early"))?;
        self.rest = rest;
        Ok(*head)
    }
    fn u8(&mut self) -> Result<u8, SnapshotError> {
        Ok(self.take::<1>()?[0])
    }
    fn u16(&mut self) -> Result<u16, SnapshotError> {
        Ok(u16::from_le_bytes(self.take()?))
    }
    fn u32(&mut self) -> Result<u32, SnapshotError> {
        Ok(u32::from_le_bytes(self.take()?))
    }
    fn u64(&mut self) -> Result<u64, SnapshotError> {
        Ok(u64::from_le_bytes(self.take()?))
    }
    fn i64(&mut self) -> Result<i64, SnapshotError> {
        Ok(i64::from_le_bytes(self.take()?))
    }
    fn len(&mut self) -> Result<usize, SnapshotError> {
        usize::try_from(self.u64()?).map_err(|_| SnapshotError::Damaged("a length too large"))
    }
    fn bytes(&mut self) -> Result<&'a [u8], SnapshotError> {
        let n = self.len()?;
        if n > self.rest.len() {
            return Err(SnapshotError::Damaged("it ends too early"));
        }
        let (head, rest) = self.rest.split_at(n);
        self.rest = rest;
        Ok(head)
    }
    fn string(&mut self) -> Result<String, SnapshotError> {
        std::str::from_utf8(self.bytes()?)
            .map(str::to_owned)
            .map_err(|_| SnapshotError::Damaged("a text that is not UTF-8"))
    }
}

#[cfg(test)]
mod tests;
