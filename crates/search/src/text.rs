//! The full-text index (tantivy) in the data dir: one title and one text field per language,
//! each with that language's stemmer and stop words, and a field of the names an item is
//! filed under (sources with their former names, fields of work, countries, meeting series,
//! in every language). It answers "which items match these words, how well" — filters,
//! facets, visibility and ordering stay with the catalog, so both always agree.
//!
//! It holds only items that are public: an item enters at the instant it becomes public and
//! leaves when it stops being public. Everything derived from it — scores (the statistics of
//! BM25 count documents), "did you mean" (its dictionaries), completions (its words) — then
//! tells nothing about drafts, scheduled or embargoed items.
//!
//! The index can always be rebuilt from the database; `communique-meta.txt` beside it
//! records the schema version, the last change of the database it reflects, and the instant
//! up to which it has taken the items that became public.

mod spelling;

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use model::ItemId;
use tantivy::collector::{Collector, SegmentCollector};
pub use tantivy::query::Query as TantivyQuery;
use tantivy::query::QueryParser;
use tantivy::schema::{
    FAST, Field, INDEXED, IndexRecordOption, STORED, Schema, TextFieldIndexing, TextOptions,
};
use tantivy::tokenizer::{
    Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer, StopWordFilter, TextAnalyzer,
};
use tantivy::{
    DocId, Index, IndexReader, IndexWriter, ReloadPolicy, Score, SegmentOrdinal, SegmentReader,
    TantivyDocument, Term,
};

/// Bumped whenever the schema or the analyzers change: the index is then rebuilt.
pub const SCHEMA_VERSION: u32 = 4;

/// The languages with their own analyzer; other languages use the plain one.
pub const LANGUAGES: [(&str, Language); 6] = [
    ("en", Language::English),
    ("fr", Language::French),
    ("de", Language::German),
    ("it", Language::Italian),
    ("ru", Language::Russian),
    ("es", Language::Spanish),
];

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

/// What the index needs of an item.
#[derive(Debug, Clone)]
pub struct TextDoc {
    pub id: ItemId,
    pub language: String,
    pub title: String,
    pub summary: String,
    /// The body as plain text.
    pub body: String,
    /// Names the item is filed under, by taxonomy.
    pub names: Names,
}

/// The names of an item's terms in every language (and former names of its sources).
#[derive(Debug, Clone, Default)]
pub struct Names {
    pub sources: Vec<String>,
    pub fields_of_work: Vec<String>,
    pub countries: Vec<String>,
    pub meetings: Vec<String>,
}

#[derive(Debug, Clone, Copy)]
struct Fields {
    id: Field,
    /// Names of sources, fields of work, countries, meeting series (in that order).
    names: [Field; 4],
    /// Title words as written (lowercased, not stemmed): the dictionary of spelling
    /// suggestions.
    spell: Field,
    /// (language, title, summary, body) — the last entry is the plain analyzer for other
    /// languages.
    per_language: [(&'static str, Field, Field, Field); 7],
}

fn schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let id = b.add_u64_field("id", INDEXED | FAST | STORED);
    let text_options = |tokenizer: &str| {
        TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(tokenizer)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        )
    };
    let names = [
        "names_source",
        "names_field",
        "names_country",
        "names_meeting",
    ]
    .map(|n| b.add_text_field(n, text_options("plain")));
    let spell = b.add_text_field(
        "spell",
        TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer("plain")
                .set_index_option(IndexRecordOption::Basic),
        ),
    );
    let mut per_language = [("", spell, spell, spell); 7];
    for (i, (code, _)) in LANGUAGES.iter().enumerate() {
        let title = b.add_text_field(&format!("title_{code}"), text_options(code));
        let summary = b.add_text_field(&format!("summary_{code}"), text_options(code));
        let body = b.add_text_field(&format!("body_{code}"), text_options(code));
        per_language[i] = (code, title, summary, body);
    }
    let title = b.add_text_field("title_other", text_options("plain"));
    let summary = b.add_text_field("summary_other", text_options("plain"));
    let body = b.add_text_field("body_other", text_options("plain"));
    per_language[6] = ("other", title, summary, body);
    (
        b.build(),
        Fields {
            id,
            names,
            spell,
            per_language,
        },
    )
}

fn register_analyzers(index: &Index) {
    let plain = || {
        TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(RemoveLongFilter::limit(40))
            .filter(LowerCaser)
    };
    index.tokenizers().register("plain", plain().build());
    for (code, lang) in LANGUAGES {
        let analyzer = match StopWordFilter::new(lang) {
            Some(stop) => plain().filter(stop).filter(Stemmer::new(lang)).build(),
            None => plain().filter(Stemmer::new(lang)).build(),
        };
        index.tokenizers().register(code, analyzer);
    }
}

/// What `meta.txt` records beside the index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndexMeta {
    pub schema_version: u32,
    pub tantivy_version: String,
    /// The last database change (outbox sequence number) the index reflects.
    pub applied: i64,
    /// The instant (microseconds) up to which items that became public are in the index.
    pub visible_at: i64,
}

const META_FILE: &str = "communique-meta.txt";
const LOCK_FILE: &str = "communique.lock";

impl IndexMeta {
    fn current(applied: i64, visible_at: i64) -> IndexMeta {
        IndexMeta {
            schema_version: SCHEMA_VERSION,
            tantivy_version: tantivy::version_string().to_owned(),
            applied,
            visible_at,
        }
    }

    fn read(dir: &Path) -> Option<IndexMeta> {
        let text = std::fs::read_to_string(dir.join(META_FILE)).ok()?;
        let get = |key: &str| {
            text.lines()
                .find_map(|l| l.strip_prefix(key)?.strip_prefix('=').map(str::to_owned))
        };
        Some(IndexMeta {
            schema_version: get("schema")?.parse().ok()?,
            tantivy_version: get("tantivy")?,
            applied: get("applied")?.parse().ok()?,
            visible_at: get("visible")?.parse().ok()?,
        })
    }

    fn write(&self, dir: &Path) -> std::io::Result<()> {
        let tmp = dir.join(format!("{META_FILE}.tmp"));
        std::fs::write(
            &tmp,
            format!(
                "schema={}\ntantivy={}\napplied={}\nvisible={}\n",
                self.schema_version, self.tantivy_version, self.applied, self.visible_at
            ),
        )?;
        std::fs::rename(tmp, dir.join(META_FILE))
    }

    /// Whether an index with this meta can be used as it is by this build.
    pub fn is_compatible(&self) -> bool {
        self.schema_version == SCHEMA_VERSION && self.tantivy_version == tantivy::version_string()
    }
}

pub struct TextIndex {
    /// Held for the life of the index: one process owns the index (and its writer).
    _lock: std::fs::File,
    dir: PathBuf,
    index: Index,
    reader: IndexReader,
    /// `None` after an operation failed: the next one opens a writer again, from the last
    /// commit (a writer that met an I/O error, such as running out of files, stays broken).
    writer: Mutex<Option<IndexWriter>>,
    fields: Fields,
    /// The instant (microseconds) up to which items that became public have been taken:
    /// kept in memory between commits, recorded in the meta with each commit.
    visible_at: std::sync::atomic::AtomicI64,
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

    fn document(&self, d: &TextDoc) -> TantivyDocument {
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
    fn with_writer<T>(
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

    /// Parses a reader's query: words (all required by default, or any with `any_word`),
    /// "phrases", AND / OR / NOT, -word, field:term on title, text and names.
    pub fn parse(&self, query: &str, any_word: bool) -> Result<Box<dyn TantivyQuery>, TextError> {
        self.parse_in(query, any_word, SearchIn::ALL)
    }

    /// Like [`TextIndex::parse`], but words without a `field:` search only the parts of
    /// the index in `within`.
    pub fn parse_in(
        &self,
        query: &str,
        any_word: bool,
        within: SearchIn,
    ) -> Result<Box<dyn TantivyQuery>, TextError> {
        check_nesting(query)?;
        let f = &self.fields;
        let mut fields: Vec<Field> = Vec::new();
        for (field, wanted) in f.names.iter().zip([
            within.sources,
            within.fields_of_work,
            within.countries,
            within.meetings,
        ]) {
            if wanted {
                fields.push(*field);
            }
        }
        for (_, title, summary, body) in f.per_language {
            for (field, wanted) in [
                (title, within.title),
                (summary, within.summary),
                (body, within.body),
            ] {
                if wanted {
                    fields.push(field);
                }
            }
        }
        if fields.is_empty() {
            return Err(TextError::Query("there is no field to search".into()));
        }
        let mut parser = QueryParser::for_index(&self.index, fields.clone());
        if !any_word {
            parser.set_conjunction_by_default();
        }
        for (_, title, summary, _) in f.per_language {
            parser.set_field_boost(title, 3.0);
            parser.set_field_boost(summary, 1.5);
        }
        for names in f.names {
            parser.set_field_boost(names, 1.5);
        }
        // Search as you type: a last word ending in `*` matches every word it begins.
        let (rest, prefix) = split_prefix(query);
        let parse = |q: &str| -> Result<Box<dyn TantivyQuery>, TextError> {
            let q = normalize_field_names(q);
            // A reader's stray quote or bracket should not cost them their results: take
            // what can be understood.
            let (ast, _) = tantivy::query_grammar::parse_query_lenient(&q);
            refuse_what_cannot_run(&ast)?;
            Ok(match parser.build_query_from_user_input_ast(ast.clone()) {
                Ok(q) => q,
                Err(_) => parser.build_query_from_user_input_ast_lenient(ast).0,
            })
        };
        let Some(prefix) = prefix else {
            return parse(query);
        };
        // The beginning is looked for in the fields its `field:` names, or in those the
        // query searches.
        let targets: Vec<Field> = match prefix.field {
            Some(short) => self.fields_named(short),
            None => fields.clone(),
        };
        let pattern = prefix_pattern(&prefix.stem);
        let mut alternatives: Vec<Box<dyn TantivyQuery>> = Vec::with_capacity(targets.len());
        for field in &targets {
            alternatives.push(Box::new(tantivy::query::RegexQuery::from_pattern(
                &pattern, *field,
            )?));
        }
        let prefix_query: Box<dyn TantivyQuery> =
            Box::new(tantivy::query::BooleanQuery::union(alternatives));
        use tantivy::query::Occur;
        let default = if any_word || prefix.joined_by_or {
            Occur::Should
        } else {
            Occur::Must
        };
        let prefix_occur = match prefix.sign {
            Some('-') => Occur::MustNot,
            Some(_) => Occur::Must,
            None => default,
        };
        if rest.trim().is_empty() {
            return Ok(match prefix_occur {
                Occur::MustNot => Box::new(tantivy::query::BooleanQuery::new(vec![(
                    Occur::MustNot,
                    prefix_query,
                )])),
                _ => prefix_query,
            });
        }
        Ok(Box::new(tantivy::query::BooleanQuery::new(vec![
            (default, parse(rest)?),
            (prefix_occur, prefix_query),
        ])))
    }

    /// The index fields a short `field:` name stands for (`title` in every language,
    /// `source`, `names`…).
    fn fields_named(&self, short: &str) -> Vec<Field> {
        let schema = self.index.schema();
        FIELD_PREFIXES
            .iter()
            .filter(|(name, _)| *name == short)
            .flat_map(|(_, targets)| targets.iter())
            .flat_map(|target| {
                if target.starts_with("names_") {
                    vec![(*target).to_owned()]
                } else {
                    LANGUAGES
                        .iter()
                        .map(|(c, _)| *c)
                        .chain(std::iter::once("other"))
                        .map(|c| format!("{target}_{c}"))
                        .collect()
                }
            })
            .filter_map(|name| schema.get_field(&name).ok())
            .collect()
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

/// A query matching every document (stands in when there are no words).
pub fn all_query() -> tantivy::query::AllQuery {
    tantivy::query::AllQuery
}

/// The parts of the index a query searches: titles, texts (summary and body together) and
/// the names an item is filed under (sources, fields of work, countries, meeting series
/// together).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SearchIn {
    pub title: bool,
    pub summary: bool,
    pub body: bool,
    /// Names of the item's sources (with their former names).
    pub sources: bool,
    pub fields_of_work: bool,
    pub countries: bool,
    pub meetings: bool,
}

impl SearchIn {
    pub const ALL: SearchIn = SearchIn {
        title: true,
        summary: true,
        body: true,
        sources: true,
        fields_of_work: true,
        countries: true,
        meetings: true,
    };

    pub const NONE: SearchIn = SearchIn {
        title: false,
        summary: false,
        body: false,
        sources: false,
        fields_of_work: false,
        countries: false,
        meetings: false,
    };
}

/// The longest beginning of a word searched as a beginning (longer ones are ordinary words;
/// no indexed word is longer than 40 bytes anyway).
const MAX_PREFIX_CHARS: usize = 40;

/// The deepest nesting of brackets a query may have (the parser recurses on each level).
pub const MAX_NESTING: usize = 16;

/// Refuses a query whose brackets nest deeper than [`MAX_NESTING`] (outside quotes).
fn check_nesting(query: &str) -> Result<(), TextError> {
    let (mut depth, mut deepest, mut quoted) = (0usize, 0usize, false);
    for c in query.chars() {
        match c {
            '"' => quoted = !quoted,
            '(' if !quoted => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            ')' if !quoted => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    if deepest > MAX_NESTING {
        return Err(TextError::Query(format!(
            "the query nests brackets {deepest} deep; at most {MAX_NESTING} levels are allowed"
        )));
    }
    Ok(())
}

/// Refuses the parts of a parsed query the index cannot answer: `field:*` ("has the
/// field") needs a column the text fields do not have, and would tell nothing anyway (every
/// item has a title).
fn refuse_what_cannot_run(ast: &tantivy::query_grammar::UserInputAst) -> Result<(), TextError> {
    use tantivy::query_grammar::{UserInputAst, UserInputLeaf};
    match ast {
        UserInputAst::Clause(parts) => parts
            .iter()
            .try_for_each(|(_, part)| refuse_what_cannot_run(part)),
        UserInputAst::Boost(inner, _) => refuse_what_cannot_run(inner),
        UserInputAst::Leaf(leaf) => match leaf.as_ref() {
            UserInputLeaf::Exists { .. } => Err(TextError::Query(
                "a field needs a word after its name: title:police, or title:pol* for the words that begin with 'pol'".into(),
            )),
            _ => Ok(()),
        },
    }
}

/// The beginning of a word a query ends with (`pol*`, `-pol*`, `title:pol*`).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Prefix {
    /// Lowercase letters and digits, at least two.
    stem: String,
    /// `-` (must not) or `+` (must), as written before it.
    sign: Option<char>,
    /// The short `field:` name written before it.
    field: Option<&'static str>,
    /// Whether the words before it end with `OR` (`elections OR pol*`).
    joined_by_or: bool,
}

/// The query without its last word (and without an `OR`/`AND` joining it), and that word's
/// beginning when it ends in `*`.
fn split_prefix(query: &str) -> (&str, Option<Prefix>) {
    let trimmed = query.trim_end();
    let start = trimmed
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let last = &trimmed[start..];
    let Some(word) = last.strip_suffix('*') else {
        return (query, None);
    };
    let word = word.trim_end_matches('*');
    let (sign, word) = match word.chars().next() {
        Some(c @ ('-' | '+')) => (Some(c), &word[1..]),
        _ => (None, word),
    };
    let (field, stem) = match word.split_once(':') {
        Some((name, stem)) => match FIELD_PREFIXES.iter().find(|(short, _)| *short == name) {
            Some((short, _)) => (Some(*short), stem),
            None => return (query, None),
        },
        None => (None, word),
    };
    let letters = stem.chars().count();
    if !(2..=MAX_PREFIX_CHARS).contains(&letters) || !stem.chars().all(char::is_alphanumeric) {
        return (query, None);
    }
    let mut rest = trimmed[..start].trim_end();
    let mut joined_by_or = false;
    let mut sign = sign;
    for (op, or, not) in [
        (" OR", true, false),
        (" AND", false, false),
        (" NOT", false, true),
    ] {
        let bare = op.trim_start();
        if rest == bare || rest.ends_with(op) {
            rest = rest[..rest.len() - bare.len()].trim_end();
            joined_by_or = or;
            if not {
                sign = Some('-');
            }
            break;
        }
    }
    (
        rest,
        Some(Prefix {
            stem: stem.to_lowercase(),
            sign,
            field,
            joined_by_or,
        }),
    )
}

/// A pattern for the indexed words a typed beginning stands for: words that start with it,
/// and (as indexed words are stems) the word itself shortened by up to three letters.
fn prefix_pattern(prefix: &str) -> String {
    let chars: Vec<char> = prefix.chars().collect();
    let mut alternatives = vec![format!("{prefix}.*")];
    for cut in 1..=3 {
        if chars.len() > cut + 3 {
            alternatives.push(chars[..chars.len() - cut].iter().collect());
        }
    }
    format!("({})", alternatives.join("|"))
}

/// The `field:` prefixes a query may use, and the index fields each stands for (a name
/// without `names_` is a field per language).
const FIELD_PREFIXES: [(&str, &[&str]); 10] = [
    ("title", &["title"]),
    ("summary", &["summary"]),
    ("body", &["body"]),
    ("text", &["summary", "body"]),
    ("source", &["names_source"]),
    ("field_of_work", &["names_field"]),
    ("country", &["names_country"]),
    ("meeting", &["names_meeting"]),
    (
        "names",
        &[
            "names_source",
            "names_field",
            "names_country",
            "names_meeting",
        ],
    ),
    (
        "name",
        &[
            "names_source",
            "names_field",
            "names_country",
            "names_meeting",
        ],
    ),
];

/// Lets readers write `title:`, `text:`, `body:`, `source:`, `names:`… without knowing the
/// per-language fields.
fn normalize_field_names(q: &str) -> String {
    // tantivy's parser takes `field:term`; expand our short names into a group of the
    // per-language fields.
    let mut out = String::with_capacity(q.len());
    for (i, word) in q.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let expanded = FIELD_PREFIXES.iter().find_map(|(short, targets)| {
            // A sign or bracket before the field name stays in front of the group.
            let lead_len = word.len() - word.trim_start_matches(['-', '+', '(']).len();
            let (lead, bare) = word.split_at(lead_len);
            let rest = bare.strip_prefix(short)?.strip_prefix(':')?;
            if rest.is_empty() {
                return None;
            }
            let mut alts: Vec<String> = Vec::new();
            for target in *targets {
                if target.starts_with("names_") {
                    alts.push(format!("{target}:{rest}"));
                } else {
                    alts.extend(
                        LANGUAGES
                            .iter()
                            .map(|(c, _)| c)
                            .chain(std::iter::once(&"other"))
                            .map(|c| format!("{target}_{c}:{rest}")),
                    );
                }
            }
            Some(format!("{lead}({})", alts.join(" OR ")))
        });
        match expanded {
            Some(e) => out.push_str(&e),
            None => out.push_str(word),
        }
    }
    out
}

/// The index's one writer (one thread: the follower writes in small batches).
fn open_writer(index: &Index) -> Result<IndexWriter, TextError> {
    index
        .writer_with_num_threads(1, 64_000_000)
        .map_err(|e| match e {
            tantivy::TantivyError::LockFailure(..) => TextError::Locked,
            other => TextError::Tantivy(other),
        })
}

fn fresh(dir: &Path, schema: Schema) -> Result<Index, TextError> {
    for entry in std::fs::read_dir(dir)? {
        let p = entry?.path();
        if p.is_file() && p.file_name().is_some_and(|n| n != LOCK_FILE) {
            std::fs::remove_file(p)?;
        }
    }
    Ok(Index::create_in_dir(dir, schema)?)
}

/// Collects every match with its score, reading the item id from the fast field.
struct AllMatches;

struct SegmentMatches {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(id: i64, lang: &str, title: &str, text: &str, names: &[&str]) -> TextDoc {
        TextDoc {
            id: ItemId(id),
            language: lang.into(),
            title: title.into(),
            summary: String::new(),
            body: text.into(),
            names: Names {
                sources: names.iter().map(|s| (*s).to_owned()).collect(),
                ..Names::default()
            },
        }
    }

    fn ids(m: &Matches) -> Vec<i64> {
        let mut v: Vec<i64> = m.iter().map(|(id, _)| id.0).collect();
        v.sort();
        v
    }

    #[test]
    fn hostile_queries_get_an_error_or_an_answer_never_a_crash() {
        let dir = tempfile::tempdir().expect("dir");
        let (idx, _) = TextIndex::open(dir.path()).expect("open");
        idx.rebuild(
            vec![doc(1, "en", "Police training", "", &[])].into_iter(),
            1,
            0,
        )
        .expect("rebuild");
        let run = |q: &str| idx.parse(q, false).and_then(|q| idx.matches(q.as_ref()));
        // Whitespace outside ASCII before the last word.
        assert!(run("a\u{a0}b").is_ok());
        assert!(run("police\u{2003}trai*").is_ok());
        assert_eq!(ids(&run("police\u{3000}trai*").expect("runs")), vec![1]);
        // Deep brackets are refused before the parser sees them.
        for q in [
            "(".repeat(999) + "a",
            "title:(".repeat(125),
            format!("{}police{}", "(".repeat(17), ")".repeat(17)),
        ] {
            match run(&q) {
                Err(TextError::Query(m)) => assert!(m.contains("at most 16 levels"), "{m}"),
                other => panic!("{}…: {other:?}", &q[..20]),
            }
        }
        let ok = format!("{}police{}", "(".repeat(16), ")".repeat(16));
        assert_eq!(ids(&run(&ok).expect("runs")), vec![1]);
        assert!(
            run("\"((((((((((((((((((((\" police").is_ok(),
            "brackets inside quotes"
        );
        // A very long beginning is an ordinary (unindexable) word, not a huge pattern.
        assert!(run(&format!("{}*", "a".repeat(990))).is_ok());
        assert!(run(&format!("{}*", "é".repeat(499))).is_ok());
        assert!(run(&format!("{}*", "漢".repeat(333))).is_ok());
        // Long chains of operators.
        assert!(run(&format!("{}a", "-".repeat(999))).is_ok());
        assert!(run(&"NOT ".repeat(250)).is_ok());
        // What the engine could not run is refused with a message or read as words, never
        // an internal error.
        for q in [
            "title:*",
            "-title:*",
            "police -title:*",
            "body:*",
            "text:*",
            "names:*",
            "source:*",
            "spell:*",
            "title_en:*",
            "id:*",
            "*",
            "title:[a TO z]",
            "title:{a TO *}",
            "title:[* TO *]",
            "id:[1 TO 5]",
            "id:[a TO b]",
            "title: IN [police training]",
            "title:/pol.*/",
            "title:\"police training\"~2",
            "title:police^3",
            "nosuchfield:police",
            "title:",
            ":police",
            "title:(police OR *)",
            "(title:*)",
            "title:police*",
        ] {
            match run(q) {
                Ok(_) => {}
                Err(TextError::Query(m)) => assert!(!m.is_empty(), "{q}"),
                Err(e) => panic!("{q}: {e}"),
            }
        }
        match run("title:*") {
            Err(TextError::Query(m)) => assert!(m.contains("title:"), "{m}"),
            other => panic!("title:* {other:?}"),
        }
    }

    #[test]
    fn suggests_known_words_for_misspelled_ones() {
        let dir = tempfile::tempdir().expect("dir");
        let (idx, _) = TextIndex::open(dir.path()).expect("open");
        idx.rebuild(
            vec![
                doc(
                    1,
                    "en",
                    "Election observers deployed",
                    "",
                    &["OSCE Office in Minsk"],
                ),
                doc(2, "en", "Elections in Georgia", "", &[]),
                doc(3, "en", "Electing a new board", "", &[]),
                doc(
                    4,
                    "ru",
                    "Наблюдатели на выборах",
                    "",
                    &["Centre in Bishkek"],
                ),
                doc(
                    5,
                    "en",
                    "Police training",
                    "Trafficking in human beings.",
                    &[],
                ),
            ]
            .into_iter(),
            1,
            0,
        )
        .expect("rebuild");
        assert_eq!(idx.suggest("electons"), Some("elections".into()));
        assert_eq!(
            idx.suggest("-polise title:obsevers"),
            Some("-police title:observers".into()),
            "signs and fields are kept"
        );
        assert_eq!(
            idx.suggest("наблюдатели выбарах"),
            Some("наблюдатели выборах".into())
        );
        assert_eq!(idx.suggest("bishkec"), Some("bishkek".into()), "names");
        assert_eq!(idx.suggest("elections police"), None, "known words");
        assert_eq!(idx.suggest("observing"), None, "a stem of a known word");
        assert_eq!(idx.suggest("trafficking"), None, "a body word");
        assert_eq!(idx.suggest("the"), None, "a stop word");
        assert_eq!(idx.suggest("zzzzzzzz"), None, "nothing close");
        assert_eq!(
            idx.suggest("elections OR polise"),
            Some("elections OR police".into())
        );
    }

    #[test]
    fn stems_per_language_and_finds_names() {
        let dir = tempfile::tempdir().expect("dir");
        let (idx, meta) = TextIndex::open(dir.path()).expect("open");
        assert!(meta.is_none(), "a new index must be built");
        idx.rebuild(
            vec![
                doc(
                    1,
                    "en",
                    "Election observers deployed",
                    "The mission observed the elections.",
                    &["OSCE Office in Minsk"],
                ),
                doc(
                    2,
                    "ru",
                    "Наблюдатели на выборах",
                    "Миссия наблюдала за выборами в стране.",
                    &["Centre in Bishkek", "Programme Office in Bishkek"],
                ),
                doc(
                    3,
                    "en",
                    "Police training",
                    "Training for police officers.",
                    &[],
                ),
            ]
            .into_iter(),
            7,
            0,
        )
        .expect("rebuild");
        let m = |q: &str| {
            ids(&idx
                .matches(idx.parse(q, false).expect("parse").as_ref())
                .expect("search"))
        };
        assert_eq!(m("observing"), vec![1], "English stemming");
        assert_eq!(m("выборы"), vec![2], "Russian stemming");
        assert_eq!(
            m("\"centre in bishkek\""),
            vec![2],
            "former names are searchable"
        );
        assert_eq!(m("police OR elections"), vec![1, 3]);
        assert_eq!(m("police -training"), Vec::<i64>::new());
        assert_eq!(m("title:police"), vec![3]);
        assert_eq!(m("observ*"), vec![1], "search as you type");
        assert_eq!(m("police trai*"), vec![3]);
        assert_eq!(m("выбо*"), vec![2]);
        assert_eq!(
            m("electi*"),
            vec![1],
            "a beginning longer than the indexed stem"
        );
        assert_eq!(
            m("a*"),
            Vec::<i64>::new(),
            "a one-letter beginning is an ordinary word"
        );
        // Beginnings with operators, signs and fields, as the words before them.
        assert_eq!(m("police OR electi*"), vec![1, 3], "OR joins the beginning");
        assert_eq!(m("police electi*"), Vec::<i64>::new(), "both are required");
        assert_eq!(m("police AND trai*"), vec![3]);
        assert_eq!(m("training -polic*"), Vec::<i64>::new(), "a sign excludes");
        assert_eq!(m("observers NOT trai*"), vec![1]);
        assert_eq!(m("observers -trai*"), vec![1]);
        assert_eq!(m("title:trai*"), vec![3], "a field narrows the beginning");
        assert_eq!(
            m("title:missio*"),
            Vec::<i64>::new(),
            "a body word, not a title"
        );
        assert_eq!(m("missio*"), vec![1]);
        assert_eq!(m("body:offic*"), vec![3]);
        assert_eq!(m("source:minsk*"), vec![1]);
        assert_eq!(m("nosuchfield:trai*"), Vec::<i64>::new());
        let within = |q: &str, w: SearchIn| {
            ids(&idx
                .matches(idx.parse_in(q, false, w).expect("parse").as_ref())
                .expect("search"))
        };
        let titles = SearchIn {
            title: true,
            ..SearchIn::NONE
        };
        let names = SearchIn {
            sources: true,
            ..SearchIn::NONE
        };
        let countries = SearchIn {
            countries: true,
            ..SearchIn::NONE
        };
        let bodies = SearchIn {
            body: true,
            ..SearchIn::NONE
        };
        assert_eq!(within("training", titles), vec![3]);
        assert_eq!(within("mission", titles), Vec::<i64>::new());
        assert_eq!(within("minsk", names), vec![1]);
        assert_eq!(within("minsk", titles), Vec::<i64>::new());
        assert_eq!(
            within("minsk", countries),
            Vec::<i64>::new(),
            "a source, not a country"
        );
        assert_eq!(within("officers", bodies), vec![3]);
        assert_eq!(
            within("deployed", bodies),
            Vec::<i64>::new(),
            "a title word"
        );
        assert_eq!(m("source:minsk"), vec![1]);
        assert_eq!(m("country:minsk"), Vec::<i64>::new());
        assert_eq!(m("body:officers"), vec![3]);
        assert_eq!(m("text:officers"), vec![3]);
        assert_eq!(m("police -body:officers"), Vec::<i64>::new());
        assert!(idx.parse_in("x", false, SearchIn::NONE).is_err());
        assert_eq!(idx.meta().map(|m| m.applied), Some(7));

        idx.apply(
            &[ItemId(3)],
            &[doc(1, "en", "Updated title", "Nothing about votes.", &[])],
            8,
            0,
        )
        .expect("apply");
        assert_eq!(m("police"), Vec::<i64>::new(), "removed items are gone");
        assert_eq!(
            m("observing"),
            Vec::<i64>::new(),
            "edited items are re-indexed"
        );
        assert_eq!(m("updated"), vec![1]);
        assert!(
            idx.snippet(
                idx.parse("votes", false).expect("q").as_ref(),
                "en",
                "Nothing about votes."
            )
            .contains("<b>votes</b>")
        );
    }

    #[test]
    fn reopening_keeps_a_compatible_index() {
        let dir = tempfile::tempdir().expect("dir");
        {
            let (idx, _) = TextIndex::open(dir.path()).expect("open");
            idx.rebuild(vec![doc(1, "en", "a", "b", &[])].into_iter(), 3, 0)
                .expect("rebuild");
        }
        let (idx, meta) = TextIndex::open(dir.path()).expect("reopen");
        assert_eq!(meta.map(|m| m.applied), Some(3));
        assert_eq!(idx.num_docs(), 1);
    }

    /// A writer that failed (here: asked to merge a segment that does not exist; in
    /// production, an I/O error such as running out of files) is not used again: the next
    /// operation opens a new one from the last commit.
    #[test]
    fn a_failed_writer_is_replaced() {
        let dir = tempfile::tempdir().expect("dir");
        let (idx, _) = TextIndex::open(dir.path()).expect("open");
        idx.rebuild(
            vec![doc(1, "en", "Police training", "", &[])].into_iter(),
            1,
            0,
        )
        .expect("rebuild");
        idx.add(&[], &[doc(2, "en", "Queued then lost", "", &[])])
            .expect("queued");
        let failed = idx.with_writer(|w| {
            w.merge(&[tantivy::index::SegmentId::generate_random()])
                .wait()
        });
        assert!(failed.is_err());
        idx.add(&[], &[doc(3, "en", "Election observers", "", &[])])
            .expect("a new writer takes it");
        idx.commit(2, 0).expect("commit");
        let m = |q: &str| {
            ids(&idx
                .matches(idx.parse(q, false).expect("q").as_ref())
                .expect("search"))
        };
        assert_eq!(m("observers"), vec![3]);
        assert_eq!(m("police"), vec![1]);
        assert_eq!(
            m("lost"),
            Vec::<i64>::new(),
            "what the failed writer queued is gone"
        );
    }

    #[test]
    fn a_second_writer_is_refused() {
        let dir = tempfile::tempdir().expect("dir");
        let _first = TextIndex::open(dir.path()).expect("open");
        assert!(matches!(
            TextIndex::open(dir.path()),
            Err(TextError::Locked)
        ));
    }
}
