//! The catalog: item metadata held in memory, newest first, answering filtered listings with
//! disjunctive facet counts in one pass. Every listing of the site goes through it; it never
//! returns an item that `Visibility` says is not public at the query's instant.

use std::collections::{BTreeMap, HashMap};

use jiff::Timestamp;
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
}

#[derive(Debug, Clone, Copy)]
struct Entry {
    id: i64,
    published_at: i64,
    embargo_until: i64,
    status: ItemStatus,
    start: u32,
    len: u16,
}

impl Entry {
    fn visibility(&self) -> Visibility {
        let ts = |us: i64| Timestamp::from_microsecond(us).unwrap_or(Timestamp::MAX);
        Visibility {
            status: self.status,
            published_at: ts(self.published_at),
            embargo_until: (self.embargo_until != i64::MIN).then(|| ts(self.embargo_until)),
        }
    }
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

#[derive(Debug, Default)]
pub struct Catalog {
    entries: Vec<Entry>,
    arena: Vec<u16>,
    term_dim: Vec<Dimension>,
    term_value: Vec<String>,
    term_ids: HashMap<(Dimension, String), u16>,
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
        let start = u32::try_from(self.arena.len()).map_err(|_| TooManyTerms)?;
        let mut terms: Vec<u16> = Vec::with_capacity(item.values.len());
        for (dim, value) in &item.values {
            let t = self.term(*dim, value)?;
            if !terms.contains(&t) {
                terms.push(t);
            }
        }
        terms.sort_unstable();
        self.arena.extend_from_slice(&terms);
        self.entries.push(Entry {
            id: item.id.0,
            published_at: item.published_at.as_microsecond(),
            embargo_until: item.embargo_until.map_or(i64::MIN, |e| e.as_microsecond()),
            status: item.status,
            start,
            len: u16::try_from(terms.len()).map_err(|_| TooManyTerms)?,
        });
        Ok(())
    }

    /// Orders the catalog newest first (ties: higher id first) and releases spare memory.
    pub fn finish(&mut self) {
        self.entries
            .sort_unstable_by_key(|e| std::cmp::Reverse((e.published_at, e.id)));
        self.entries.shrink_to_fit();
        self.arena.shrink_to_fit();
    }

    /// Approximate heap memory of the catalog in bytes.
    pub fn memory_bytes(&self) -> usize {
        self.entries.capacity() * std::mem::size_of::<Entry>()
            + self.arena.capacity() * 2
            + self
                .term_value
                .iter()
                .map(|v| v.capacity() + 64)
                .sum::<usize>()
    }

    pub fn query(&self, q: &Query<'_>) -> Results {
        // The wanted terms of each filtered dimension, as a bitmap over term ids.
        let words = self.term_dim.len().div_ceil(64);
        let mut wanted: Vec<(Dimension, Vec<u64>)> = Vec::new();
        for (dim, values) in q.filter.dimensions() {
            let mut bits = vec![0u64; words];
            for v in values {
                if let Some(&t) = self.term_ids.get(&(dim, v.clone())) {
                    bits[usize::from(t) / 64] |= 1 << (t % 64);
                }
            }
            wanted.push((dim, bits));
        }
        let counted: Vec<bool> = self.term_dim.iter().map(|d| q.facets.contains(d)).collect();
        let mut counts = vec![0u32; self.term_dim.len()];
        let mut total = 0usize;
        let mut ids = Vec::with_capacity(q.limit.min(1000));
        let now = q.now;

        for e in &self.entries {
            if !e.visibility().is_public_at(now) {
                continue;
            }
            let terms = &self.arena[e.start as usize..e.start as usize + usize::from(e.len)];
            let mut failed: Option<Dimension> = None;
            let mut failures = 0;
            for (dim, bits) in &wanted {
                let hit = terms
                    .iter()
                    .any(|&t| bits[usize::from(t) / 64] & (1 << (t % 64)) != 0);
                if !hit {
                    failures += 1;
                    failed = Some(*dim);
                    if failures > 1 {
                        break;
                    }
                }
            }
            match (failures, failed) {
                (0, _) => {
                    if total >= q.offset && ids.len() < q.limit {
                        ids.push(ItemId(e.id));
                    }
                    total += 1;
                    for &t in terms {
                        if counted[usize::from(t)] {
                            counts[usize::from(t)] += 1;
                        }
                    }
                }
                (1, Some(dim)) => {
                    // Matches everything but `dim`: counts towards `dim`'s other values.
                    for &t in terms {
                        if self.term_dim[usize::from(t)] == dim && counted[usize::from(t)] {
                            counts[usize::from(t)] += 1;
                        }
                    }
                }
                _ => {}
            }
        }

        let mut facets: BTreeMap<Dimension, Vec<FacetValue>> =
            q.facets.iter().map(|d| (*d, Vec::new())).collect();
        for (t, &count) in counts.iter().enumerate() {
            if count > 0
                && let Some(list) = facets.get_mut(&self.term_dim[t])
            {
                list.push(FacetValue {
                    value: self.term_value[t].clone(),
                    count,
                });
            }
        }
        for (dim, list) in &mut facets {
            if *dim == Dimension::Year {
                list.sort_by(|a, b| b.value.cmp(&a.value));
            } else {
                list.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.value.cmp(&b.value)));
            }
        }
        Results { total, ids, facets }
    }
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
        CatalogItem {
            id: ItemId(id),
            published_at: ts(day * 86_400_000_000),
            status: ItemStatus::Published,
            embargo_until: None,
            values,
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
        });
        assert_eq!(before.ids, vec![ItemId(1)]);
        assert_eq!(before.facets[&Dimension::Type][0].count, 1);
        let after = c.query(&Query {
            filter: &f,
            now: ts(100 * 86_400_000_000),
            offset: 0,
            limit: 10,
            facets: &ALL,
        });
        assert_eq!(after.ids, vec![ItemId(2), ItemId(1)]);
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

    proptest! {
        #[test]
        fn paging_never_skips_or_repeats(items in arb_items(), filter in arb_filter(), page_size in 1usize..15) {
            let c = catalog(&items);
            let now = Timestamp::MAX;
            let expected = brute_force(&items, &filter);
            let mut seen = Vec::new();
            let mut offset = 0;
            loop {
                let r = c.query(&Query { filter: &filter, now, offset, limit: page_size, facets: &[] });
                prop_assert_eq!(r.total, expected.len());
                if r.ids.is_empty() { break; }
                offset += r.ids.len();
                seen.extend(r.ids);
            }
            prop_assert_eq!(seen, expected);
        }

        #[test]
        fn facet_counts_equal_brute_force(items in arb_items(), filter in arb_filter()) {
            let c = catalog(&items);
            let r = c.query(&Query { filter: &filter, now: Timestamp::MAX, offset: 0, limit: 0, facets: &ALL });
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
