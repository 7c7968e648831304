//! The collector of matches: every matching document's item id, with its score when the
//! order needs one; and the item ids of each segment's documents, read once per segment.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use model::ItemId;
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::index::SegmentId;
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader};

use super::index::Matches;

/// The item id of every document of a segment, by document number.
pub(super) type SegmentIds = Arc<[u64]>;

/// Item ids by segment (segments never change): a match's item is then one array read,
/// instead of decoding the fast field's block for each match.
#[derive(Debug, Default)]
pub(super) struct IdCache {
    segments: Mutex<HashMap<SegmentId, SegmentIds>>,
}

impl IdCache {
    /// The ids of `segment`'s documents (read from its fast field the first time).
    pub(super) fn ids(&self, segment: &SegmentReader) -> tantivy::Result<SegmentIds> {
        let key = segment.segment_id();
        if let Ok(cache) = self.segments.lock()
            && let Some(ids) = cache.get(&key)
        {
            return Ok(Arc::clone(ids));
        }
        let column = segment.fast_fields().u64("id")?.first_or_default_col(0);
        let docs: Vec<DocId> = (0..segment.max_doc()).collect();
        let mut ids = vec![0u64; docs.len()];
        column.get_vals(&docs, &mut ids);
        let ids: SegmentIds = ids.into();
        if let Ok(mut cache) = self.segments.lock() {
            cache.insert(key, Arc::clone(&ids));
        }
        Ok(ids)
    }

    /// Forgets the segments that are not in `live` (merged away or deleted).
    pub(super) fn keep_only(&self, live: &[SegmentId]) {
        if let Ok(mut cache) = self.segments.lock() {
            cache.retain(|id, _| live.contains(id));
        }
    }
}

/// Collects every match, reading the item id from the fast field. With `scoring` off, tantivy
/// reads only the documents of the posting lists (no term frequencies, no BM25) and hands
/// them over a block at a time; every score is then 0.
pub(super) struct AllMatches<'a> {
    pub(super) scoring: bool,
    pub(super) ids: &'a IdCache,
}

pub(super) struct SegmentMatches {
    ids: SegmentIds,
    out: Matches,
}

impl Collector for AllMatches<'_> {
    type Fruit = Matches;
    type Child = SegmentMatches;

    fn for_segment(
        &self,
        _ord: SegmentOrdinal,
        segment: &SegmentReader,
    ) -> tantivy::Result<SegmentMatches> {
        Ok(SegmentMatches {
            ids: self.ids.ids(segment)?,
            out: Vec::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        self.scoring
    }

    fn merge_fruits(&self, mut fruits: Vec<Matches>) -> tantivy::Result<Matches> {
        if fruits.len() == 1 {
            return Ok(fruits.pop().unwrap_or_default());
        }
        let mut all = Vec::with_capacity(fruits.iter().map(Vec::len).sum());
        for f in fruits {
            all.extend(f);
        }
        Ok(all)
    }
}

impl SegmentCollector for SegmentMatches {
    type Fruit = Matches;

    fn collect(&mut self, doc: DocId, score: Score) {
        if let Some(&id) = self.ids.get(doc as usize) {
            self.out.push((ItemId(id as i64), score));
        }
    }

    fn collect_block(&mut self, docs: &[DocId]) {
        let ids = &self.ids;
        self.out.extend(
            docs.iter()
                .filter_map(|&d| ids.get(d as usize))
                .map(|&id| (ItemId(id as i64), 0.0)),
        );
    }

    fn harvest(self) -> Matches {
        self.out
    }
}
