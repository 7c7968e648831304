//! The public API's search over the catalog: a filter tree (`model::query::Condition`)
//! evaluated by the one evaluator (`eval`), optional text matches, any order, paging, and facets over
//! three scopes. Like every listing, it never returns or counts an item that `Visibility`
//! says is not public at the request's instant.

use jiff::Timestamp;
use model::ItemId;
use model::query::{Condition, FacetRequest, Field, Scope, Sort, SortKey};
use std::cmp::Ordering;

use crate::bits::Bits;
use crate::catalog::Catalog;
use crate::facets::{FacetValue, sort_values};

/// Finds the best-scoring matches of a text query among a set of items (the text index
/// does, for an order by score alone: see [`ApiSearch::ranker`]).
pub trait Ranker: Sync {
    /// The `k` best matches among the items `rank` accepts (lower ranks win equal scores),
    /// best first, with their scores.
    fn best(&self, rank: &dyn Fn(ItemId) -> Option<u32>, k: usize) -> Vec<(ItemId, f32)>;
}

/// A search of the API.
#[derive(Clone)]
pub struct ApiSearch<'a> {
    /// Matches of a full-text query (item ids with scores): only these can be results.
    pub text: Option<&'a [(ItemId, f32)]>,
    /// With a text query ordered by score alone (no sort, or `score:desc` only): the page
    /// is asked of the ranker, among the hits, so `text` needs no scores.
    pub ranker: Option<&'a dyn Ranker>,
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

/// Whether an API search with a text query in this order reads the matches' scores (the
/// default order of a text query is by score). When it does not, the matches need no score,
/// and [`Catalog::search`] gives each hit a score of 0.
pub fn orders_by_score(sort: &[Sort]) -> bool {
    sort.is_empty() || sort.iter().any(|s| s.key == SortKey::Score)
}

/// Whether the order is by score alone, best first (ties newest first, as every order
/// ends): a [`Ranker`] can then give the page.
pub fn orders_by_score_alone(sort: &[Sort]) -> bool {
    match sort {
        [] => true,
        [s] => s.key == SortKey::Score && s.descending,
        _ => false,
    }
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
    /// Answers an API search: the total, the requested page in the requested order, and
    /// the facets.
    pub fn search(&self, q: &ApiSearch<'_>) -> ApiResults {
        let visible = self.visible_at(q.now.as_microsecond());
        // Scores by position, best first for an id given twice (only when the order reads
        // them: a page of a few hits by date is scored by the caller if it shows scores).
        let mut scored: Vec<(u32, f32)> = Vec::new();
        let ranked = q.ranker.filter(|_| orders_by_score_alone(q.sort));
        let by_score = orders_by_score(q.sort) && ranked.is_none();
        let matched = match q.text {
            None => (*visible).clone(),
            Some(matches) => {
                let mut matched = self.none();
                for (id, score) in matches {
                    if let Some(pos) = self.position(*id) {
                        matched.set(pos);
                        if by_score {
                            scored.push((pos as u32, *score));
                        }
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
        let page = match (ranked, q.text.is_some()) {
            (Some(ranker), true) => {
                let rank =
                    |id: ItemId| self.position(id).filter(|p| hits.get(*p)).map(|p| p as u32);
                ranker
                    .best(&rank, q.offset.saturating_add(q.limit))
                    .into_iter()
                    .skip(q.offset)
                    .map(|(id, score)| ApiHit {
                        id,
                        score: Some(score),
                    })
                    .collect()
            }
            _ => self.order(&hits, &scored, q),
        };
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
    pub(crate) fn order(
        &self,
        hits: &Bits,
        scored: &[(u32, f32)],
        q: &ApiSearch<'_>,
    ) -> Vec<ApiHit> {
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
    pub(crate) fn facet(&self, f: &FacetRequest, scope: &Bits) -> ApiFacet {
        let narrowed;
        let mask = match &f.filter {
            Some(c) => {
                narrowed = self.eval(c, scope);
                &narrowed
            }
            None => scope,
        };
        let mut values = self.facet_values(f.field, mask, f.interval);
        sort_values(&mut values, f.sort);
        let more = values.len() > f.limit;
        values.truncate(f.limit);
        ApiFacet {
            name: f.name.clone(),
            field: f.field,
            values,
            more,
        }
    }
}

#[cfg(test)]
mod tests;
