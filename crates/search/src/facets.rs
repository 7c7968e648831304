//! Facet counts: how many entries of a set carry each value of a field.

use std::collections::BTreeMap;

use model::Dimension;
use model::query::{Facet, FacetSort, Field, Interval};

use crate::bits::Bits;
use crate::catalog::Catalog;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetValue {
    pub value: String,
    pub count: u32,
}

impl Catalog {
    /// The values of `field` among the entries of `mask`, with how many carry each (values
    /// with none left out), in no particular order. Dates are counted per `interval` (a year
    /// without one); a field that is no facet has no values.
    pub(crate) fn facet_values(
        &self,
        field: Field,
        mask: &Bits,
        interval: Option<Interval>,
    ) -> Vec<FacetValue> {
        match (field.spec().facet, field.dimension()) {
            (Facet::Terms | Facet::Years, Some(dim)) => self.count_values(dim, mask),
            (Facet::Dates, _) => self.histogram(mask, interval.unwrap_or(Interval::Year)),
            _ => Vec::new(),
        }
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
    pub(crate) fn count_values_with(
        &self,
        dim: Dimension,
        mask: &Bits,
        by_entry: bool,
    ) -> Vec<FacetValue> {
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
    pub(crate) fn average_terms(&self) -> usize {
        self.entry_terms.len().div_ceil(self.entries.len().max(1))
    }

    /// Entries of `mask` per year, month or day: `2024`, `2024-03`, `2024-03-05`.
    pub(crate) fn histogram(&self, mask: &Bits, interval: Interval) -> Vec<FacetValue> {
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

/// Sorts facet values; ties of counts by value.
pub(crate) fn sort_values(values: &mut [FacetValue], sort: FacetSort) {
    values.sort_by(|a, b| match sort {
        FacetSort::CountDesc => b.count.cmp(&a.count).then_with(|| a.value.cmp(&b.value)),
        FacetSort::CountAsc => a.count.cmp(&b.count).then_with(|| a.value.cmp(&b.value)),
        FacetSort::ValueAsc => a.value.cmp(&b.value),
        FacetSort::ValueDesc => b.value.cmp(&a.value),
    });
}
