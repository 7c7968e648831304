//! The index itself: opening, writing in batches, committing, and reading matches.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use model::ItemId;
use tantivy::schema::{IndexRecordOption, Schema};
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, Score, TantivyDocument, Term};

use super::TantivyQuery;
use super::collect::AllMatches;
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
        self.with_writer(|w| w.delete_all_documents())?;
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

    /// Makes the changes searchable and records that the index reflects change `applied`
    /// and the items public at `visible_at` (microseconds).
    pub fn commit(&self, applied: i64, visible_at: i64) -> Result<(), TextError> {
        self.with_writer(|w| w.commit())?;
        self.record(applied, visible_at)?;
        self.reader.reload()?;
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
        self.with_writer(|w| w.rollback())?;
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
        if ids.len() > 1 {
            self.with_writer(|w| {
                w.merge(&ids).wait()?;
                w.commit()
            })?;
        }
        self.reader.reload()?;
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
                self.add(&[], &batch)?;
                batch.clear();
            }
        }
        self.add(&[], &batch)?;
        self.commit(applied, visible_at)?;
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
        let searcher = self.reader.searcher();
        Ok(searcher.search(query, &AllMatches)?)
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

/// The index's one writer (one thread: the follower writes in small batches).
pub(super) fn open_writer(index: &Index) -> Result<IndexWriter, TextError> {
    index
        .writer_with_num_threads(1, 64_000_000)
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
