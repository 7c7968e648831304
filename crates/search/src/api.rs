//! The public API's search over the catalog: a filter tree (`model::query::Condition`)
//! evaluated by bitmap algebra, optional text matches, any order, paging, and facets over
//! three scopes. Like every listing, it never returns or counts an item that `Visibility`
//! says is not public at the request's instant.

use std::cmp::Ordering;
use std::collections::BTreeMap;

use jiff::Timestamp;
use jiff::civil::Date;
use model::ItemId;
use model::query::{Condition, FacetRequest, FacetSort, Field, Interval, Scope, Sort, SortKey};

use crate::bits::Bits;
use crate::{
    Catalog, DAY_US, FacetValue, HAS_BODY, HAS_SUMMARY, HAS_TITLE, NO_PLACE, date_number,
    epoch_days, hash_str,
};

/// A search of the API.
#[derive(Debug, Clone)]
pub struct ApiSearch<'a> {
    /// Matches of a full-text query (item ids with scores): only these can be results.
    pub text: Option<&'a [(ItemId, f32)]>,
    pub filter: Option<&'a Condition>,
    /// Only items public at this instant are returned or counted.
    pub now: Timestamp,
    /// In order of precedence; empty: best score first with a text query, else newest
    /// first. Ties always end newest first (then highest id first).
    pub sort: &'a [Sort],
    pub offset: usize,
    pub limit: usize,
    pub facets: &'a [FacetRequest],
}

/// One result: the item and its text score (`None` without a text query).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ApiHit {
    pub id: ItemId,
    pub score: Option<f32>,
}

/// The counts of one requested facet, in the requested order, at most its `limit`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiFacet {
    pub name: String,
    pub field: Field,
    pub values: Vec<FacetValue>,
    /// Whether values were left out by the limit.
    pub more: bool,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct ApiResults {
    /// Items matching the query and the filter (all pages).
    pub total: usize,
    pub hits: Vec<ApiHit>,
    /// In the order of the request.
    pub facets: Vec<ApiFacet>,
}

impl Catalog {
    /// The entries public at `now` that satisfy `condition`.
    ///
    /// Groups are AND / OR of bitmaps, a negation is the complement within the public
    /// entries, taxonomy values are their bitmaps (sources carry their ancestors), dates
    /// are a run of positions found by binary search, ids are looked up.
    pub fn evaluate(&self, condition: &Condition, now: Timestamp) -> Bits {
        let visible = self.visible_at(now.as_microsecond());
        self.eval(condition, &visible)
    }

    fn none(&self) -> Bits {
        Bits::zeros(self.entries.len())
    }

    pub(crate) fn position(&self, id: ItemId) -> Option<usize> {
        let pos = *self.pos_of_id.get(usize::try_from(id.0).ok()?)?;
        (pos != u32::MAX).then_some(pos as usize)
    }

    /// `universe ∩ condition` (the result is always within `universe`).
    fn eval(&self, condition: &Condition, universe: &Bits) -> Bits {
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
        if let Some(dim) = field.dimension() {
            return self.any_of(dim, std::slice::from_ref(&value.to_owned()));
        }
        let mut out = self.none();
        match field {
            Field::Date => return self.in_range(Field::Date, Some(value), Some(value)),
            Field::Id => {
                if let Some(pos) = strict_id(value).and_then(|id| self.position(id)) {
                    out.set(pos);
                }
            }
            Field::Url => {
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
            Field::Place => {
                if let Some(&place) = self.place_ids.get(value) {
                    for (pos, e) in self.entries.iter().enumerate() {
                        if e.place == place {
                            out.set(pos);
                        }
                    }
                }
            }
            // Text fields are searched with the text query, not matched by value.
            _ => {}
        }
        out
    }

    /// Entries whose value in `field` lies within the inclusive bounds (`None`: open). A
    /// malformed bound matches nothing.
    fn in_range(&self, field: Field, from: Option<&str>, to: Option<&str>) -> Bits {
        match field {
            Field::Date => {
                let parse = |b: Option<&str>| b.map(|s| s.parse::<Date>()).transpose();
                match (parse(from), parse(to)) {
                    (Ok(from), Ok(to)) => self.dated(from, to),
                    _ => self.none(),
                }
            }
            Field::Year => {
                let (Ok(lo), Ok(hi)) = (numeric_bound(from, i64::MIN), numeric_bound(to, i64::MAX))
                else {
                    return self.none();
                };
                let mut out = self.none();
                for (t, dim) in self.term_dim.iter().enumerate() {
                    if *dim == model::Dimension::Year
                        && self.term_value[t]
                            .parse::<i64>()
                            .is_ok_and(|y| lo <= y && y <= hi)
                    {
                        out.or_assign(&self.term_bits[t]);
                    }
                }
                out
            }
            Field::Id => {
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
            _ => self.none(),
        }
    }

    /// Entries dated (at their place) within `from..=to`. Entries are ordered by instant,
    /// and a local date is at most `date_skew_days` from the date in UTC, so the candidates
    /// are one run of positions, found by binary search and then checked one by one.
    fn dated(&self, from: Option<Date>, to: Option<Date>) -> Bits {
        let skew = self.date_skew_days;
        let lo_us = from.map_or(i64::MIN, |d| (epoch_days(d) - skew).saturating_mul(DAY_US));
        let hi_us = to.map_or(i64::MAX, |d| {
            (epoch_days(d) + skew + 1).saturating_mul(DAY_US)
        });
        let (lo, hi) = (
            from.map_or(0, date_number),
            to.map_or(u32::MAX, date_number),
        );
        let start = self.entries.partition_point(|e| e.published_at >= hi_us);
        let end = self.entries.partition_point(|e| e.published_at >= lo_us);
        let mut out = self.none();
        for pos in start..end.max(start) {
            let d = self.entries[pos].date;
            if lo <= d && d <= hi {
                out.set(pos);
            }
        }
        out
    }

    /// Entries with a non-empty value in `field` (`all`: every entry in question).
    fn with_field(&self, field: Field, all: &Bits) -> Bits {
        if let Some(dim) = field.dimension() {
            let mut out = self.none();
            for (t, d) in self.term_dim.iter().enumerate() {
                if *d == dim {
                    out.or_assign(&self.term_bits[t]);
                }
            }
            return out;
        }
        let flag = match field {
            Field::Title => HAS_TITLE,
            Field::Summary => HAS_SUMMARY,
            Field::Body => HAS_BODY,
            Field::Place => {
                let mut out = self.none();
                for (pos, e) in self.entries.iter().enumerate() {
                    if e.place != NO_PLACE {
                        out.set(pos);
                    }
                }
                return out;
            }
            // Every item has an id, a date and an address.
            _ => return all.clone(),
        };
        let mut out = self.none();
        for (pos, e) in self.entries.iter().enumerate() {
            if e.flags & flag != 0 {
                out.set(pos);
            }
        }
        out
    }

    /// Answers an API search: the total, the requested page in the requested order, and
    /// the facets.
    pub fn search(&self, q: &ApiSearch<'_>) -> ApiResults {
        let visible = self.visible_at(q.now.as_microsecond());
        // Scores by position, best first for an id given twice.
        let mut scored: Vec<(u32, f32)> = Vec::new();
        let matched = match q.text {
            None => (*visible).clone(),
            Some(matches) => {
                let mut matched = self.none();
                for (id, score) in matches {
                    if let Some(pos) = self.position(*id) {
                        matched.set(pos);
                        scored.push((pos as u32, *score));
                    }
                }
                matched.and_assign(&visible);
                matched
            }
        };
        let hits = match q.filter {
            Some(f) => self.eval(f, &matched),
            None => matched.clone(),
        };
        // Only the results' scores are needed: keep those before sorting.
        scored.retain(|(pos, _)| hits.get(*pos as usize));
        scored.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.total_cmp(&a.1)));
        scored.dedup_by_key(|s| s.0);
        let total = hits.count();
        let page = self.order(&hits, &scored, q);
        let facets = q
            .facets
            .iter()
            .map(|f| {
                let scope = match f.scope {
                    Scope::Default => &hits,
                    Scope::Query => &matched,
                    Scope::Global => &visible,
                };
                self.facet(f, scope)
            })
            .collect();
        ApiResults {
            total,
            hits: page,
            facets,
        }
    }

    /// The page `offset..offset + limit` of `hits` in the requested order.
    fn order(&self, hits: &Bits, scored: &[(u32, f32)], q: &ApiSearch<'_>) -> Vec<ApiHit> {
        let with_scores = q.text.is_some();
        let default = Sort {
            key: if with_scores {
                SortKey::Score
            } else {
                SortKey::Date
            },
            descending: true,
        };
        let keys: &[Sort] = if q.sort.is_empty() {
            std::slice::from_ref(&default)
        } else {
            q.sort
        };
        let score_of = |pos: usize| -> f32 {
            scored
                .binary_search_by_key(&(pos as u32), |s| s.0)
                .map_or(0.0, |i| scored[i].1)
        };
        let hit = |pos: usize| ApiHit {
            id: ItemId(self.entries[pos].id),
            score: with_scores.then(|| score_of(pos)),
        };
        // Keys before the first that decides every comparison (a score without a text query
        // decides nothing); dates and ids are unique, so they end the comparison.
        let deciding = keys.iter().find(|s| s.key != SortKey::Score || with_scores);
        match deciding.map(|s| (s.key, s.descending)) {
            Some((SortKey::Date, true)) | None => {
                return hits.ones().skip(q.offset).take(q.limit).map(hit).collect();
            }
            Some((SortKey::Date, false)) => {
                return hits
                    .ones_rev()
                    .skip(q.offset)
                    .take(q.limit)
                    .map(hit)
                    .collect();
            }
            Some((SortKey::Id, descending)) => {
                let in_hits = |p: &u32| *p != u32::MAX && hits.get(*p as usize);
                let take = |it: &mut dyn Iterator<Item = &u32>| -> Vec<ApiHit> {
                    it.filter(|p| in_hits(p))
                        .skip(q.offset)
                        .take(q.limit)
                        .map(|p| hit(*p as usize))
                        .collect()
                };
                return if descending {
                    take(&mut self.pos_of_id.iter().rev())
                } else {
                    take(&mut self.pos_of_id.iter())
                };
            }
            _ => {}
        }
        let mut list: Vec<(u32, f32)> = Vec::with_capacity(hits.count());
        let mut s = scored.iter().peekable();
        for pos in hits.ones() {
            let pos = pos as u32;
            while s.next_if(|(p, _)| *p < pos).is_some() {}
            let score = s
                .peek()
                .filter(|(p, _)| *p == pos)
                .map_or(0.0, |(_, sc)| *sc);
            list.push((pos, score));
        }
        let cmp = |a: &(u32, f32), b: &(u32, f32)| -> Ordering {
            for s in keys {
                let o = match s.key {
                    // Positions run newest first: the oldest date has the highest position.
                    SortKey::Date => b.0.cmp(&a.0),
                    SortKey::Score => a.1.total_cmp(&b.1),
                    SortKey::Id => self.entries[a.0 as usize]
                        .id
                        .cmp(&self.entries[b.0 as usize].id),
                    SortKey::Title => self.title_at(a.0 as usize).cmp(self.title_at(b.0 as usize)),
                };
                let o = if s.descending { o.reverse() } else { o };
                if o != Ordering::Equal {
                    return o;
                }
            }
            a.0.cmp(&b.0)
        };
        let wanted = q.offset.saturating_add(q.limit);
        if wanted == 0 {
            return Vec::new();
        }
        if wanted < list.len() {
            list.select_nth_unstable_by(wanted - 1, cmp);
            list.truncate(wanted);
        }
        list.sort_unstable_by(cmp);
        list.into_iter()
            .skip(q.offset)
            .map(|(pos, score)| ApiHit {
                id: ItemId(self.entries[pos as usize].id),
                score: with_scores.then_some(score),
            })
            .collect()
    }

    /// One facet over the entries of its scope (narrowed by its own filter).
    fn facet(&self, f: &FacetRequest, scope: &Bits) -> ApiFacet {
        let narrowed;
        let mask = match &f.filter {
            Some(c) => {
                narrowed = self.eval(c, scope);
                &narrowed
            }
            None => scope,
        };
        let mut values = match f.field.dimension() {
            Some(dim) => self.count_values(dim, mask),
            None if f.field == Field::Date => {
                self.histogram(mask, f.interval.unwrap_or(Interval::Year))
            }
            None => Vec::new(),
        };
        values.sort_by(|a, b| match f.sort {
            FacetSort::CountDesc => b.count.cmp(&a.count).then_with(|| a.value.cmp(&b.value)),
            FacetSort::CountAsc => a.count.cmp(&b.count).then_with(|| a.value.cmp(&b.value)),
            FacetSort::ValueAsc => a.value.cmp(&b.value),
            FacetSort::ValueDesc => b.value.cmp(&a.value),
        });
        let more = values.len() > f.limit;
        values.truncate(f.limit);
        ApiFacet {
            name: f.name.clone(),
            field: f.field,
            values,
            more,
        }
    }

    /// Entries of `mask` per year, month or day: `2024`, `2024-03`, `2024-03-05`.
    fn histogram(&self, mask: &Bits, interval: Interval) -> Vec<FacetValue> {
        let mut buckets: BTreeMap<u32, u32> = BTreeMap::new();
        let width = match interval {
            Interval::Year => 10_000,
            Interval::Month => 100,
            Interval::Day => 1,
        };
        for pos in mask.ones() {
            *buckets.entry(self.entries[pos].date / width).or_default() += 1;
        }
        buckets
            .into_iter()
            .map(|(key, count)| FacetValue {
                value: match interval {
                    Interval::Year => format!("{key:04}"),
                    Interval::Month => format!("{:04}-{:02}", key / 100, key % 100),
                    Interval::Day => {
                        format!(
                            "{:04}-{:02}-{:02}",
                            key / 10_000,
                            key / 100 % 100,
                            key % 100
                        )
                    }
                },
                count,
            })
            .collect()
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

#[cfg(test)]
mod tests;
