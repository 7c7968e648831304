//! The collector of matches: every matching document with its score and item id.

use model::ItemId;
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader};

use super::index::Matches;

/// Collects every match with its score, reading the item id from the fast field.
pub(super) struct AllMatches;

pub(super) struct SegmentMatches {
    /// Every document has an id: read it as a dense column.
    ids: std::sync::Arc<dyn tantivy::columnar::ColumnValues<u64>>,
    out: Matches,
}

impl Collector for AllMatches {
    type Fruit = Matches;
    type Child = SegmentMatches;

    fn for_segment(
        &self,
        _ord: SegmentOrdinal,
        segment: &SegmentReader,
    ) -> tantivy::Result<SegmentMatches> {
        Ok(SegmentMatches {
            ids: segment.fast_fields().u64("id")?.first_or_default_col(0),
            out: Vec::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        true
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
        self.out.push((ItemId(self.ids.get_val(doc) as i64), score));
    }

    fn harvest(self) -> Matches {
        self.out
    }
}
