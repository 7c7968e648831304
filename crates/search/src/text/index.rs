//! The index itself: opening, writing in batches, committing, and reading matches.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use model::ItemId;
use tantivy::schema::{IndexRecordOption, Schema};
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, Score, TantivyDocument, Term};

use super::TantivyQuery;
use super::collect::{AllMatches, IdCache};
use super::meta::*;
use super::schema::*;

#[derive(Debug, thiserror::Error)]
pub enum TextError {
    #[error("search index: {0}")]
    Tantivy(#[from] tantivy::TantivyError),
    #[error("search index: {0}")]
    Io(#[from] std::io::Error),
    #[error("the search index is in use by another process (is `communique serve` running?)")]
    Locked,
    #[error("cannot understand the query: {0}")]
    Query(String),
}

pub struct TextIndex {
    /// Held for the life of the index: one process owns the index (and its writer).
    pub(super) _lock: std::fs::File,
    pub(super) dir: PathBuf,
    pub(super) index: Index,
    pub(super) reader: IndexReader,
    /// `None` after an operation failed: the next one opens a writer again, from the last
    /// commit (a writer that met an I/O error, such as running out of files, stays broken).
    pub(super) writer: Mutex<Option<IndexWriter>>,
    pub(super) fields: Fields,
    /// The instant (microseconds) up to which items that became public have been taken:
    /// kept in memory between commits, recorded in the meta with each commit.
    pub(super) visible_at: std::sync::atomic::AtomicI64,
    /// The item ids of each segment's documents.
    pub(super) ids: IdCache,
}

impl std::fmt::Debug for TextIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TextIndex")
            .field("dir", &self.dir)
            .finish_non_exhaustive()
    }
}

/// Matches of a text query: item ids with their scores.
pub type Matches = Vec<(ItemId, Score)>;

impl TextIndex {
    /// Opens the index in `dir`, or creates an empty one (wiping an incompatible one).
    /// Returns the index and the meta it had (`None` when it was created now: rebuild it).
    pub fn open(dir: &Path) -> Result<(TextIndex, Option<IndexMeta>), TextError> {
        std::fs::create_dir_all(dir)?;
        let lock = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(dir.join(LOCK_FILE))?;
        match lock.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => return Err(TextError::Locked),
            Err(std::fs::TryLockError::Error(e)) => return Err(TextError::Io(e)),
        }
        let meta = IndexMeta::read(dir).filter(IndexMeta::is_compatible);
        let (schema, fields) = schema();
        let index = match &meta {
            Some(_) => Index::open_in_dir(dir).or_else(|_| fresh(dir, schema.clone()))?,
            None => fresh(dir, schema)?,
        };
        register_analyzers(&index);
        let writer = open_writer(&index)?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        let meta = if index.searchable_segment_ids()?.is_empty()
            && meta.as_ref().is_none_or(|m| m.applied > 0)
        {
            // An index without documents is rebuilt, whatever the meta says.
            meta.filter(|m| m.applied == 0)
        } else {
            meta
        };
        Ok((
            TextIndex {
                _lock: lock,
                dir: dir.to_owned(),
                index,
                reader,
                writer: Mutex::new(Some(writer)),
                fields,
                visible_at: std::sync::atomic::AtomicI64::new(
                    meta.as_ref().map_or(0, |m| m.visible_at),
                ),
                ids: IdCache::default(),
            },
            meta,
        ))
    }

    pub(super) fn document(&self, d: &TextDoc) -> TantivyDocument {
        let f = &self.fields;
        let (_, title, summary, body) = f
            .per_language
            .iter()
            .find(|(code, ..)| *code == d.language)
            .unwrap_or(&f.per_language[6]);
        let mut doc = TantivyDocument::default();
        doc.add_u64(f.id, d.id.0 as u64);
        doc.add_text(*title, &d.title);
        doc.add_text(f.spell, &d.title);
        doc.add_text(*summary, &d.summary);
        doc.add_text(*body, &d.body);
        let n = &d.names;
        for (field, list) in
            f.names
                .iter()
                .zip([&n.sources, &n.fields_of_work, &n.countries, &n.meetings])
        {
            for name in list {
                doc.add_text(*field, name);
            }
        }
        doc
    }

    /// Runs `f` with the writer, opening one if the last failed; after a failure the writer
    /// is dropped with what it had queued (as a rollback would), so that a broken writer
    /// never stays in use.
    pub(super) fn with_writer<T>(
        &self,
        f: impl FnOnce(&mut IndexWriter) -> tantivy::Result<T>,
    ) -> Result<T, TextError> {
        let mut guard = match self.writer.lock() {
            Ok(w) => w,
            Err(poisoned) => {
                // A panic inside the writer: do not trust it again.
                let mut w = poisoned.into_inner();
                *w = None;
                w
            }
        };
        let writer = match guard.as_mut() {
            Some(w) => w,
            None => guard.insert(open_writer(&self.index)?),
        };
        match f(writer) {
            Ok(t) => Ok(t),
            Err(e) => {
                *guard = None;
                Err(e.into())
            }
        }
    }

    /// Starts a rebuild: every document is deleted (readers keep seeing the old ones until
    /// `commit`).
    pub fn clear(&self) -> Result<(), TextError> {
        self.with_writer(|w| {
            // No merges while the index fills: `merge_all` makes one segment at the end.
            w.set_merge_policy(Box::new(tantivy::indexer::NoMergePolicy));
            w.delete_all_documents()
        })?;
        Ok(())
    }

    /// Adds (or replaces) documents, and deletes `removed`; visible after `commit`.
    pub fn add(&self, removed: &[ItemId], docs: &[TextDoc]) -> Result<(), TextError> {
        let id_field = self.fields.id;
        self.with_writer(|writer| {
            for id in removed.iter().chain(docs.iter().map(|d| &d.id)) {
                writer.delete_term(Term::from_field_u64(id_field, id.0 as u64));
            }
            for d in docs {
                writer.add_document(self.document(d))?;
            }
            Ok(())
        })
    }

    /// Makes the reader see the last commit, and forgets the ids of segments gone.
    fn reload_reader(&self) -> Result<(), TextError> {
        self.reader.reload()?;
        let live: Vec<tantivy::index::SegmentId> = self
            .reader
            .searcher()
            .segment_readers()
            .iter()
            .map(tantivy::SegmentReader::segment_id)
            .collect();
        self.ids.keep_only(&live);
        Ok(())
    }

    /// Adds documents of items the index does not hold (after [`TextIndex::clear`], each
    /// item once): no deletion is queued for them, which a rebuild of a million items
    /// would otherwise apply a million times.
    pub fn add_new(&self, docs: &[TextDoc]) -> Result<(), TextError> {
        self.with_writer(|writer| {
            for d in docs {
                writer.add_document(self.document(d))?;
            }
            Ok(())
        })
    }

    /// Makes the changes searchable and records that the index reflects change `applied`
    /// and the items public at `visible_at` (microseconds).
    pub fn commit(&self, applied: i64, visible_at: i64) -> Result<(), TextError> {
        self.with_writer(|w| w.commit())?;
        self.record(applied, visible_at)?;
        self.reload_reader()?;
        Ok(())
    }

    /// Records that the index reflects change `applied` and the items public at
    /// `visible_at`, when nothing in it had to change (no commit: nothing a reader can see
    /// moves, not even a statistic).
    pub fn record(&self, applied: i64, visible_at: i64) -> Result<(), TextError> {
        self.visible_at
            .store(visible_at, std::sync::atomic::Ordering::SeqCst);
        IndexMeta::current(applied, visible_at).write(&self.dir)?;
        Ok(())
    }

    /// Forgets every change queued since the last commit (after a failure part of the way
    /// through: a later commit must not make half of it visible).
    pub fn rollback(&self) -> Result<(), TextError> {
        self.with_writer(|w| {
            w.rollback()?;
            w.set_merge_policy(Box::<tantivy::indexer::LogMergePolicy>::default());
            Ok(())
        })?;
        Ok(())
    }

    /// Notes, without writing the meta, that the index holds the items public at
    /// `visible_at` (nothing changed since the last record but the time).
    pub fn note_visible_at(&self, visible_at: i64) {
        self.visible_at
            .store(visible_at, std::sync::atomic::Ordering::SeqCst);
    }

    /// The instant (microseconds) up to which items that became public are in the index.
    pub fn visible_at(&self) -> i64 {
        self.visible_at.load(std::sync::atomic::Ordering::SeqCst)
    }

    /// Whether the index holds a (live) document of this item.
    pub fn holds(&self, id: ItemId) -> Result<bool, TextError> {
        let searcher = self.reader.searcher();
        let query = tantivy::query::TermQuery::new(
            Term::from_field_u64(self.fields.id, id.0 as u64),
            IndexRecordOption::Basic,
        );
        Ok(searcher.search(&query, &tantivy::collector::Count)? > 0)
    }

    /// Merges every segment into one (after a rebuild: a query then sets up its scorers
    /// once instead of once per segment). Readers keep the old segments until it is done.
    pub fn merge_all(&self) -> Result<(), TextError> {
        let ids = self.index.searchable_segment_ids()?;
        self.with_writer(|w| {
            if ids.len() > 1 {
                w.merge(&ids).wait()?;
                w.commit()?;
            }
            w.set_merge_policy(Box::<tantivy::indexer::LogMergePolicy>::default());
            Ok(())
        })?;
        self.reload_reader()?;
        Ok(())
    }

    /// Replaces the whole index with `docs` (the items public at `visible_at`), then records
    /// `applied`.
    pub fn rebuild(
        &self,
        docs: impl Iterator<Item = TextDoc>,
        applied: i64,
        visible_at: i64,
    ) -> Result<usize, TextError> {
        self.clear()?;
        let mut n = 0;
        let mut batch = Vec::with_capacity(1000);
        for d in docs {
            batch.push(d);
            n += 1;
            if batch.len() == 1000 {
                self.add_new(&batch)?;
                batch.clear();
            }
        }
        self.add_new(&batch)?;
        self.commit(applied, visible_at)?;
        self.merge_all()?;
        Ok(n)
    }

    /// Brings items up to date: `removed` ids are deleted; `docs` are (re)indexed. When
    /// nothing the index holds changes (only items it does not hold were removed), nothing
    /// is committed.
    pub fn apply(
        &self,
        removed: &[ItemId],
        docs: &[TextDoc],
        applied: i64,
        visible_at: i64,
    ) -> Result<(), TextError> {
        if self.stage(removed, docs)? {
            self.commit(applied, visible_at)
        } else {
            self.record(applied, visible_at)
        }
    }

    /// Queues the deletion of those of `removed` the index holds, and `docs`, for the next
    /// commit; returns whether anything was queued.
    pub fn stage(&self, removed: &[ItemId], docs: &[TextDoc]) -> Result<bool, TextError> {
        let mut held = Vec::with_capacity(removed.len());
        for id in removed {
            if self.holds(*id)? {
                held.push(*id);
            }
        }
        if held.is_empty() && docs.is_empty() {
            return Ok(false);
        }
        self.add(&held, docs)?;
        Ok(true)
    }

    pub fn meta(&self) -> Option<IndexMeta> {
        IndexMeta::read(&self.dir)
    }

    /// Every matching item with its score.
    pub fn matches(&self, query: &dyn TantivyQuery) -> Result<Matches, TextError> {
        self.matching(query, true)
    }

    /// Every matching item, with its score when `scoring` (else every score is 0: an order
    /// by date needs none, and finding the matches without scoring them reads less).
    pub fn matching(&self, query: &dyn TantivyQuery, scoring: bool) -> Result<Matches, TextError> {
        let searcher = self.reader.searcher();
        if !scoring && let Some(clauses) = conjunction(query) {
            return self.conjunction_matches(&searcher, &clauses);
        }
        Ok(searcher.search(
            query,
            &AllMatches {
                scoring,
                ids: &self.ids,
            },
        )?)
    }

    /// The matches of a conjunction (every `true` clause, none of the `false` ones),
    /// without scores: each clause's documents are collected into a bitmap a block at a
    /// time and the bitmaps are intersected. Words searched in many fields are each a
    /// union of posting lists, which tantivy's intersection would otherwise advance to
    /// each other's documents one seek at a time.
    fn conjunction_matches(
        &self,
        searcher: &tantivy::Searcher,
        clauses: &[(bool, &dyn TantivyQuery)],
    ) -> Result<Matches, TextError> {
        let enable = tantivy::query::EnableScoring::disabled_from_searcher(searcher);
        let weights = clauses
            .iter()
            .map(|(must, q)| Ok((*must, q.weight(enable)?)))
            .collect::<tantivy::Result<Vec<_>>>()?;
        let mut out = Vec::new();
        for segment in searcher.segment_readers() {
            let max = segment.max_doc() as usize;
            let mut found: Option<crate::Bits> = None;
            for (must, weight) in weights.iter().filter(|(must, _)| *must) {
                let mut bits = crate::Bits::zeros(max);
                weight.for_each_no_score(segment, &mut |docs| {
                    for &d in docs {
                        bits.set(d as usize);
                    }
                })?;
                debug_assert!(*must);
                match &mut found {
                    Some(acc) => acc.and_assign(&bits),
                    None => found = Some(bits),
                }
            }
            let Some(mut found) = found else { continue };
            for (_, weight) in weights.iter().filter(|(must, _)| !*must) {
                let mut bits = crate::Bits::zeros(max);
                weight.for_each_no_score(segment, &mut |docs| {
                    for &d in docs {
                        bits.set(d as usize);
                    }
                })?;
                found.and_not_assign(&bits);
            }
            let ids = self.ids.ids(segment)?;
            let alive = segment.alive_bitset();
            out.extend(
                found
                    .ones()
                    .filter(|&d| alive.is_none_or(|a| a.is_alive(d as u32)))
                    .filter_map(|d| ids.get(d))
                    .map(|&id| (ItemId(id as i64), 0.0)),
            );
        }
        Ok(out)
    }

    /// The `k` best matches of `query` among the items `rank` accepts (`Some(rank)`: lower
    /// ranks win ties), best first, with their scores. Blocks of documents that cannot beat
    /// the `k`-th score found so far are skipped (block-max WAND, for queries tantivy can
    /// prune: one word over several fields), so the best of 200,000 matches costs little
    /// more than the best of 200; every other query scores each match once.
    pub fn best(
        &self,
        query: &dyn TantivyQuery,
        k: usize,
        rank: &dyn Fn(ItemId) -> Option<u32>,
    ) -> Result<Vec<(ItemId, Score)>, TextError> {
        use std::collections::BinaryHeap;
        /// A candidate; the heap's top is the worst kept.
        #[derive(PartialEq)]
        struct Kept(Score, u32, u64);
        impl Eq for Kept {}
        impl Ord for Kept {
            fn cmp(&self, other: &Self) -> std::cmp::Ordering {
                // Better: higher score, then lower rank. The heap keeps the worst on top.
                other.0.total_cmp(&self.0).then(self.1.cmp(&other.1))
            }
        }
        impl PartialOrd for Kept {
            fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
                Some(self.cmp(other))
            }
        }
        if k == 0 {
            return Ok(Vec::new());
        }
        let searcher = self.reader.searcher();
        let weight = query.weight(tantivy::query::EnableScoring::enabled_from_searcher(
            &searcher,
        ))?;
        let mut heap: BinaryHeap<Kept> = BinaryHeap::with_capacity(k + 1);
        for segment in searcher.segment_readers() {
            let ids = self.ids.ids(segment)?;
            let alive = segment.alive_bitset();
            // Scores equal to the k-th still come through: they may win on their rank.
            let threshold = |heap: &BinaryHeap<Kept>| match heap.peek() {
                Some(worst) if heap.len() >= k => worst.0.next_down(),
                _ => Score::MIN,
            };
            let start = threshold(&heap);
            weight.for_each_pruning(start, segment, &mut |doc, score| {
                if alive.is_none_or(|a| a.is_alive(doc))
                    && let Some(&id) = ids.get(doc as usize)
                    && let Some(r) = rank(ItemId(id as i64))
                {
                    heap.push(Kept(score, r, id));
                    if heap.len() > k {
                        heap.pop();
                    }
                }
                threshold(&heap)
            })?;
        }
        let mut best: Vec<Kept> = heap.into_vec();
        best.sort();
        Ok(best
            .into_iter()
            .map(|Kept(score, _, id)| (ItemId(id as i64), score))
            .collect())
    }

    /// The scores of `ids` for `query`, in the order of `ids` (0 for an item the query does
    /// not match or the index does not hold): the same scores as [`TextIndex::matches`]
    /// gives, for the few items of a page ordered by something else.
    pub fn scores_of(
        &self,
        query: &dyn TantivyQuery,
        ids: &[ItemId],
    ) -> Result<Vec<Score>, TextError> {
        let searcher = self.reader.searcher();
        let weight = query.weight(tantivy::query::EnableScoring::enabled_from_searcher(
            &searcher,
        ))?;
        let mut scores = vec![0.0; ids.len()];
        for segment in searcher.segment_readers() {
            let postings = segment.inverted_index(self.fields.id)?;
            // The live documents of the wanted items in this segment, in document order.
            let mut wanted: Vec<(tantivy::DocId, usize)> = Vec::new();
            for (i, id) in ids.iter().enumerate() {
                let term = Term::from_field_u64(self.fields.id, id.0 as u64);
                if let Some(mut docs) = postings.read_postings(&term, IndexRecordOption::Basic)? {
                    let mut doc = tantivy::DocSet::doc(&docs);
                    while doc != tantivy::TERMINATED {
                        if segment.alive_bitset().is_none_or(|a| a.is_alive(doc)) {
                            wanted.push((doc, i));
                        }
                        doc = tantivy::DocSet::advance(&mut docs);
                    }
                }
            }
            if wanted.is_empty() {
                continue;
            }
            wanted.sort_unstable();
            let mut scorer = weight.scorer(segment, 1.0)?;
            for (doc, i) in wanted {
                // A scorer only moves forward: past `doc` already means no match.
                if scorer.doc() <= doc && scorer.seek(doc) == doc {
                    scores[i] = scorer.score();
                }
            }
        }
        Ok(scores)
    }

    /// Number of documents in the index.
    pub fn num_docs(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    /// A snippet of `text` around the words of `query`, as HTML with `<b>` marks
    /// (escaped by tantivy).
    pub fn snippet(&self, query: &dyn TantivyQuery, language: &str, text: &str) -> String {
        let f = &self.fields;
        let (_, _, _, field) = f
            .per_language
            .iter()
            .find(|(code, ..)| *code == language)
            .unwrap_or(&f.per_language[6]);
        let searcher = self.reader.searcher();
        match tantivy::snippet::SnippetGenerator::create(&searcher, query, *field) {
            Ok(mut g) => {
                g.set_max_num_chars(240);
                g.snippet(text).to_html()
            }
            Err(_) => String::new(),
        }
    }
}

/// The index's one writer.
pub(super) fn open_writer(index: &Index) -> Result<IndexWriter, TextError> {
    // Analyzing text is the work of a rebuild: one thread per core (at most four) shares it.
    // The memory budget is shared by the threads.
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get().clamp(1, 4));
    index
        .writer_with_num_threads(threads, 96_000_000)
        .map_err(|e| match e {
            tantivy::TantivyError::LockFailure(..) => TextError::Locked,
            other => TextError::Tantivy(other),
        })
}

pub(super) fn fresh(dir: &Path, schema: Schema) -> Result<Index, TextError> {
    for entry in std::fs::read_dir(dir)? {
        let p = entry?.path();
        if p.is_file() && p.file_name().is_some_and(|n| n != LOCK_FILE) {
            std::fs::remove_file(p)?;
        }
    }
    Ok(Index::create_in_dir(dir, schema)?)
}

/// The text index as the catalog's [`crate::Ranker`] for one query. A failure of the index
/// gives an empty page and is kept: the caller asks [`TextRanker::failure`] afterwards.
pub struct TextRanker {
    pub index: std::sync::Arc<TextIndex>,
    pub query: Box<dyn TantivyQuery>,
    failure: Mutex<Option<TextError>>,
}

impl TextRanker {
    pub fn new(index: std::sync::Arc<TextIndex>, query: Box<dyn TantivyQuery>) -> TextRanker {
        TextRanker {
            index,
            query,
            failure: Mutex::new(None),
        }
    }

    /// What went wrong while ranking, if anything did.
    pub fn failure(self) -> Option<TextError> {
        match self.failure.into_inner() {
            Ok(f) => f,
            Err(poisoned) => poisoned.into_inner(),
        }
    }
}

impl crate::Ranker for TextRanker {
    fn best(&self, rank: &dyn Fn(ItemId) -> Option<u32>, k: usize) -> Vec<(ItemId, f32)> {
        match self.index.best(self.query.as_ref(), k, rank) {
            Ok(best) => best,
            Err(e) => {
                if let Ok(mut failure) = self.failure.lock() {
                    *failure = Some(e);
                }
                Vec::new()
            }
        }
    }
}

/// The clauses of a query that is a conjunction of at least two required parts (and any
/// excluded ones): `(true, part)` for each required part, `(false, part)` for each excluded
/// one. `None` for any other query (an optional clause changes what matches only when no
/// part is required, and scores always).
fn conjunction(query: &dyn TantivyQuery) -> Option<Vec<(bool, &dyn TantivyQuery)>> {
    use tantivy::query::{BooleanQuery, Occur};
    let boolean = query.downcast_ref::<BooleanQuery>()?;
    let mut clauses = Vec::with_capacity(boolean.clauses().len());
    for (occur, q) in boolean.clauses() {
        match occur {
            Occur::Must => clauses.push((true, q.as_ref())),
            Occur::MustNot => clauses.push((false, q.as_ref())),
            Occur::Should => return None,
        }
    }
    (clauses.iter().filter(|(must, _)| *must).count() >= 2).then_some(clauses)
}
