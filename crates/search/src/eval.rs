//! The one evaluator of filters: a condition tree (`model::query::Condition`) as bitmap
//! algebra over the catalog's entries. The site's listings (their short-form filters become
//! condition trees) and the API's searches are both filtered here. How a field is read
//! depends only on where the catalog keeps it (`model::query::Storage`, from the field
//! table).

use jiff::Timestamp;
use jiff::civil::Date;
use model::query::{Condition, Field, Storage};
use model::{Dimension, ItemId};

use crate::bits::Bits;
use crate::catalog::*;

impl Catalog {
    /// Entries carrying any of `values` in `dim` (no entry if none is known).
    pub(crate) fn any_of(&self, dim: Dimension, values: &[String]) -> Bits {
        let mut out = Bits::zeros(self.entries.len());
        for v in values {
            if let Some(&t) = self.term_ids.get(&(dim, v.clone())) {
                out.or_assign(&self.term_bits[usize::from(t)]);
            }
        }
        out
    }

    /// The entries public at `now` that satisfy `condition`.
    ///
    /// Groups are AND / OR of bitmaps, a negation is the complement within the public
    /// entries, taxonomy values are their bitmaps (sources carry their ancestors), dates
    /// are a run of positions found by binary search, ids are looked up.
    pub fn evaluate(&self, condition: &Condition, now: Timestamp) -> Bits {
        let visible = self.visible_at(now.as_microsecond());
        self.eval(condition, &visible)
    }

    /// `universe ∩ condition` (the result is always within `universe`).
    pub(crate) fn eval(&self, condition: &Condition, universe: &Bits) -> Bits {
        match condition {
            Condition::All(cs) => {
                let mut out = universe.clone();
                for c in cs {
                    let part = self.eval(c, &out);
                    out = part;
                }
                out
            }
            Condition::Any(cs) => {
                let mut out = self.none();
                for c in cs {
                    out.or_assign(&self.eval(c, universe));
                }
                out
            }
            Condition::Not(c) => {
                let mut out = universe.clone();
                out.and_not_assign(&self.eval(c, universe));
                out
            }
            Condition::Values { field, values, all } => {
                let mut out = if values.is_empty() {
                    // Every one of no values: vacuously true; any of none: false.
                    if *all { universe.clone() } else { self.none() }
                } else if let (false, Some(dim)) = (*all, field.dimension()) {
                    // Any of some terms: their bitmaps OR-ed into one.
                    self.any_of(dim, values)
                } else {
                    let mut parts = values.iter().map(|v| self.with_value(*field, v));
                    let mut acc = parts.next().unwrap_or_else(|| self.none());
                    for p in parts {
                        if *all {
                            acc.and_assign(&p);
                        } else {
                            acc.or_assign(&p);
                        }
                    }
                    acc
                };
                out.and_assign(universe);
                out
            }
            Condition::Range { field, from, to } => {
                let mut out = self.in_range(*field, from.as_deref(), to.as_deref());
                out.and_assign(universe);
                out
            }
            Condition::Exists(field) => {
                let mut out = self.with_field(*field, universe);
                out.and_assign(universe);
                out
            }
        }
    }

    /// Entries having `value` in `field` (values in their normalized form).
    fn with_value(&self, field: Field, value: &str) -> Bits {
        let mut out = self.none();
        match field.spec().storage {
            Storage::Terms(dim) => {
                return self.any_of(dim, std::slice::from_ref(&value.to_owned()));
            }
            Storage::Date => return self.in_range(field, Some(value), Some(value)),
            Storage::Id => {
                if let Some(pos) = strict_id(value).and_then(|id| self.position(id)) {
                    out.set(pos);
                }
            }
            Storage::Url => {
                let found = value
                    .strip_prefix("/items/")
                    .and_then(|rest| rest.split_once('/'))
                    .and_then(|(id, slug)| Some((strict_id(id)?, slug)));
                if let Some((id, slug)) = found
                    && let Some(pos) = self.position(id)
                    && self.url_hashes[pos] == hash_str(slug)
                {
                    out.set(pos);
                }
            }
            Storage::Place => {
                if let Some(&place) = self.place_ids.get(value) {
                    for (pos, e) in self.entries.iter().enumerate() {
                        if e.place == place {
                            out.set(pos);
                        }
                    }
                }
            }
            // Text fields are searched with the text query, not matched by value.
            Storage::Flag(_) => {}
        }
        out
    }

    /// Entries whose value in `field` lies within the inclusive bounds (`None`: open). A
    /// malformed bound matches nothing.
    pub(crate) fn in_range(&self, field: Field, from: Option<&str>, to: Option<&str>) -> Bits {
        match field.spec().storage {
            Storage::Date => {
                let parse = |b: Option<&str>| b.map(|s| s.parse::<Date>()).transpose();
                match (parse(from), parse(to)) {
                    (Ok(from), Ok(to)) => self.dated(from, to),
                    _ => self.none(),
                }
            }
            // Terms that are numbers (years).
            Storage::Terms(dim) => {
                let (Ok(lo), Ok(hi)) = (numeric_bound(from, i64::MIN), numeric_bound(to, i64::MAX))
                else {
                    return self.none();
                };
                let mut out = self.none();
                for (t, d) in self.term_dim.iter().enumerate() {
                    if *d == dim
                        && self.term_value[t]
                            .parse::<i64>()
                            .is_ok_and(|y| lo <= y && y <= hi)
                    {
                        out.or_assign(&self.term_bits[t]);
                    }
                }
                out
            }
            Storage::Id => {
                let (Ok(lo), Ok(hi)) = (numeric_bound(from, i64::MIN), numeric_bound(to, i64::MAX))
                else {
                    return self.none();
                };
                let mut out = self.none();
                let last = i64::try_from(self.pos_of_id.len()).unwrap_or(i64::MAX) - 1;
                let (lo, hi) = (lo.max(0), hi.min(last));
                if lo <= hi {
                    let (lo, hi) = (lo as usize, hi as usize);
                    for &pos in &self.pos_of_id[lo..=hi] {
                        if pos != u32::MAX {
                            out.set(pos as usize);
                        }
                    }
                }
                out
            }
            Storage::Place | Storage::Url | Storage::Flag(_) => self.none(),
        }
    }

    /// Entries dated (at their place) within `from..=to`: entries are ordered by that date,
    /// newest first, so they are one run of positions, found by binary search.
    pub(crate) fn dated(&self, from: Option<Date>, to: Option<Date>) -> Bits {
        let (lo, hi) = (
            from.map_or(0, date_number),
            to.map_or(u32::MAX, date_number),
        );
        let start = self.entries.partition_point(|e| e.date > hi);
        let end = self.entries.partition_point(|e| e.date >= lo);
        let mut out = self.none();
        out.set_range(start, end);
        out
    }

    /// Entries with a non-empty value in `field` (`all`: every entry in question).
    pub(crate) fn with_field(&self, field: Field, all: &Bits) -> Bits {
        let flag = match field.spec().storage {
            Storage::Terms(dim) => {
                let mut out = self.none();
                for (t, d) in self.term_dim.iter().enumerate() {
                    if *d == dim {
                        out.or_assign(&self.term_bits[t]);
                    }
                }
                return out;
            }
            Storage::Flag(bit) => 1u8 << bit,
            Storage::Place => {
                let mut out = self.none();
                for (pos, e) in self.entries.iter().enumerate() {
                    if e.place != NO_PLACE {
                        out.set(pos);
                    }
                }
                return out;
            }
            // Every item has an id, a date and an address.
            Storage::Id | Storage::Date | Storage::Url => return all.clone(),
        };
        let mut out = self.none();
        for (pos, e) in self.entries.iter().enumerate() {
            if e.flags & flag != 0 {
                out.set(pos);
            }
        }
        out
    }
}

/// An id written as the API normalizes it (decimal, no leading zeros).
fn strict_id(s: &str) -> Option<ItemId> {
    let id = ItemId::parse(s).ok()?;
    (id.to_string() == s).then_some(id)
}

/// A numeric bound (`open` when absent); a malformed one is an error.
fn numeric_bound(b: Option<&str>, open: i64) -> Result<i64, std::num::ParseIntError> {
    b.map_or(Ok(open), str::parse)
}
