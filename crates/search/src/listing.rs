//! The listings of the site: a filter (the condition tree of the page's short form), a page
//! in one of three orders, and disjunctive facet counts.

use std::collections::BTreeMap;

use jiff::Timestamp;
use model::query::{Condition, FacetSort, Field};
use model::{Dimension, ItemId};

use crate::bits::Bits;
use crate::catalog::Catalog;
use crate::facets::{FacetValue, sort_values};

/// A listing request.
#[derive(Debug, Clone)]
pub struct Query<'a> {
    /// Which items: evaluated by the one evaluator (a page's short form, `model::Filter`,
    /// is [`Condition::All`] of one [`Condition::Values`] per dimension).
    pub filter: &'a Condition,
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

impl Catalog {
    pub fn query(&self, q: &Query<'_>) -> Results {
        let visible = self.visible_at(q.now.as_microsecond());
        // The conjuncts of the filter, each evaluated once and tagged with the dimension it
        // selects values of, if it does (see `disjunctive`).
        let conjuncts = match q.filter {
            Condition::All(cs) => cs.as_slice(),
            c => std::slice::from_ref(c),
        };
        let selections: Vec<(Option<Dimension>, Bits)> = conjuncts
            .iter()
            .map(|c| (disjunctive(c), self.eval(c, &visible)))
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
                        if q.order == Order::Relevance && filtered.get(pos as usize) {
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
            let mask = if selections.iter().any(|(d, _)| *d == Some(dim)) {
                let mut m = base.clone();
                for (_, sel) in selections.iter().filter(|(d, _)| *d != Some(dim)) {
                    m.and_assign(sel);
                }
                owned = m;
                &owned
            } else {
                &hits
            };
            let field = dim.field();
            let mut list = self.facet_values(field, mask, None);
            sort_values(&mut list, page_order(field));
            facets.insert(dim, list);
        }
        Results { total, ids, facets }
    }

    /// The requested page of `hits` in the requested order.
    pub(crate) fn page(
        &self,
        hits: &Bits,
        scored: &mut Vec<(f32, u32)>,
        q: &Query<'_>,
    ) -> Vec<ItemId> {
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

/// The dimension a conjunct of a listing's filter selects values of (any of them), if it
/// does: its facet is counted without it, as if each of its values were chosen in turn.
fn disjunctive(c: &Condition) -> Option<Dimension> {
    match c {
        Condition::Values {
            field, all: false, ..
        } => field.dimension(),
        _ => None,
    }
}

/// The order of a facet's values on pages: years newest first, other values the biggest
/// first.
fn page_order(field: Field) -> FacetSort {
    match field.spec().facet {
        model::query::Facet::Years => FacetSort::ValueDesc,
        _ => FacetSort::CountDesc,
    }
}
