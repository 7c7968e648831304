//! `communique import`: files and folders of JSON Lines and saved pages into the store.
//! Every input ends as imported, updated, unchanged or failed (with its reason); a failed
//! input never leaves half an item behind, and re-running the same import changes nothing.

use std::collections::{BTreeMap, HashMap};
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context;
use import::jsonl;
use import::page::{Options, Warning, WarningKind};
use indicatif::{ProgressBar, ProgressStyle};
use model::site::GlossaryEntry;
use model::{ItemId, NewItem, SiteDefinition, Slug};
use serde::Serialize;
use store::{Outcome, Store, StoredAbbreviation};

use crate::cli::ImportOpts;
use inputs::{collect, looks_like_jsonl, page_options, relative_path};

/// What an import reads: its files, and the options of saved pages.
mod inputs;
/// Translated pages joined to their originals.
mod translations;

/// Items written per transaction.
const BATCH: usize = 2_000;
/// The largest saved page read (JSON Lines files are streamed and may be larger).
const MAX_PAGE_BYTES: u64 = 10 * 1024 * 1024;

#[derive(Debug, Serialize)]
struct Entry {
    source: String,
    outcome: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    item_id: Option<i64>,
    /// Why the item was imported as a draft ("needs a source", "truncated: …").
    #[serde(skip_serializing_if = "Option::is_none")]
    needs: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    warnings: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    reason: Option<String>,
    /// For a translated page: the address of its original and whether it was found.
    #[serde(skip_serializing_if = "Option::is_none")]
    translation_of: Option<translations::Link>,
}

#[derive(Debug, Default, Serialize)]
struct Summary {
    imported: usize,
    updated: usize,
    unchanged: usize,
    failed: usize,
    /// Items imported or updated as drafts because they need a source.
    needs_source: usize,
    /// Truncated pages kept as drafts for review (`--keep-truncated`).
    needs_review: usize,
    /// Inputs with at least one warning of each kind, by the kind's summary line.
    warnings: BTreeMap<&'static str, usize>,
    /// Failed inputs by the start of their reason ("the page is not an item", …).
    failures: BTreeMap<String, usize>,
}

/// An item read, waiting to be written with its batch.
struct Pending {
    source: String,
    item: NewItem,
    warnings: Vec<Warning>,
    /// The page's address on the old site, kept for redirects.
    address: Option<String>,
    needs: Option<String>,
    /// For a translated page, its original as found at the end of the run.
    translation: Option<translations::Link>,
}

struct Importer<'a> {
    site: &'a SiteDefinition,
    store: &'a Store,
    dry_run: bool,
    report: Vec<Entry>,
    keep_report: bool,
    summary: Summary,
    /// Items waiting to be written.
    pending: Vec<Pending>,
    /// Translated pages, written at the end of the run after their originals.
    deferred: Vec<translations::Deferred>,
    /// The items of this run by their old address, where translations find their originals.
    run_addresses: translations::RunAddresses,
    /// Existing items without an external id that pages of this run were found to be: they
    /// take the page's key in the batch's transaction.
    adopt: Vec<(ItemId, String)>,
    /// Pages of this run by what identifies their item (title, date, main source), with
    /// their key: a second copy of a page updates the first one's item.
    seen_pages: HashMap<String, String>,
    /// What the command line says of pages that show no type, source or date.
    options: Options,
    date_from_path: bool,
    /// Stored abbreviations by (language, abbreviation), with those found in this run.
    known_abbreviations: HashMap<(String, String), String>,
    /// Abbreviations found in this run, to store at its end.
    new_abbreviations: Vec<StoredAbbreviation>,
    bar: ProgressBar,
}

/// What the report says of an input beside its outcome.
#[derive(Default)]
struct Notes {
    warnings: Vec<Warning>,
    needs: Option<String>,
    translation_of: Option<translations::Link>,
}

impl Importer<'_> {
    fn record(
        &mut self,
        source: String,
        outcome: &'static str,
        item_id: Option<i64>,
        reason: Option<String>,
        notes: Notes,
    ) {
        let Notes {
            warnings,
            needs,
            translation_of,
        } = notes;
        match outcome {
            "imported" => self.summary.imported += 1,
            "updated" => self.summary.updated += 1,
            "unchanged" => self.summary.unchanged += 1,
            _ => self.summary.failed += 1,
        }
        if let Some(n) = &needs {
            if n.starts_with("a source") {
                self.summary.needs_source += 1;
            } else {
                self.summary.needs_review += 1;
            }
        }
        let mut kinds: Vec<WarningKind> = warnings.iter().map(|w| w.kind).collect();
        kinds.sort();
        kinds.dedup();
        for k in kinds {
            *self.summary.warnings.entry(k.label()).or_default() += 1;
        }
        if let Some(r) = &reason {
            *self.summary.failures.entry(failure_kind(r)).or_default() += 1;
        }
        if self.keep_report || outcome == "failed" {
            if outcome == "failed" && !self.keep_report && self.summary.failed <= 20 {
                self.bar
                    .suspend(|| eprintln!("{source}: {}", reason.as_deref().unwrap_or("failed")));
            }
            if self.keep_report {
                self.report.push(Entry {
                    source,
                    outcome,
                    item_id,
                    needs,
                    warnings: warnings.into_iter().map(|w| w.message).collect(),
                    reason,
                    translation_of,
                });
            }
        }
    }

    fn fail(&mut self, source: String, reason: String) {
        self.record(source, "failed", None, Some(reason), Notes::default());
    }

    async fn add(&mut self, mut p: Pending, translation_of: Option<String>) -> anyhow::Result<()> {
        if let Some(of) = translation_of {
            let mut found = self.store.item_id_by_external_id(&of).await?;
            if found.is_none()
                && self
                    .pending
                    .iter()
                    .any(|q| q.item.external_id.as_deref() == Some(&of))
            {
                self.flush().await?;
                found = self.store.item_id_by_external_id(&of).await?;
            }
            match found {
                Some(id) => p.item.translation_of = Some(id),
                None => {
                    self.fail(p.source, format!("translation_of: no item has the external_id '{of}' (import the original first)"));
                    return Ok(());
                }
            }
        }
        self.pending.push(p);
        if self.pending.len() >= BATCH {
            self.flush().await?;
        }
        Ok(())
    }

    /// A page whose item already exists under another key — the same title, date and main
    /// source as an item written earlier (the sample item, a JSON Lines record, another
    /// copy of the page, an item written in the workspace) — updates that item: its key is
    /// taken, or given to it when it has none.
    async fn match_existing(&mut self, p: &mut Pending) -> anyhow::Result<()> {
        let Some(key) = p.item.external_id.clone() else {
            return Ok(());
        };
        let signature = page_signature(&p.item);
        if let Some(first) = self.seen_pages.get(&signature) {
            if *first != key {
                p.warnings.push(Warning::new(
                    WarningKind::Matched,
                    format!(
                        "the same item as {first}, read earlier in this run: it updates that item"
                    ),
                ));
                p.item.external_id = Some(first.clone());
            }
            return Ok(());
        }
        self.seen_pages.insert(signature, key.clone());
        if self.store.item_id_by_external_id(&key).await?.is_some()
            || self.adopt.iter().any(|(_, k)| *k == key)
        {
            return Ok(());
        }
        let day = jiff::SignedDuration::from_hours(36);
        let candidates = self
            .store
            .items_published_between(
                p.item.published_at.saturating_sub(day)?,
                p.item.published_at.saturating_add(day)?,
                500,
            )
            .await?;
        let wanted = title_key(&p.item.title);
        let ids: Vec<ItemId> = candidates
            .iter()
            .filter(|c| title_key(&c.title) == wanted)
            .map(|c| c.id)
            .collect();
        if ids.is_empty() {
            return Ok(());
        }
        let main = p.item.sources.first();
        for item in self.store.items(&ids).await? {
            let same_source = match main {
                Some(m) => item.data.sources.contains(m),
                None => true,
            };
            if !same_source {
                continue;
            }
            match &item.data.external_id {
                Some(existing) => {
                    p.warnings.push(Warning::new(
                        WarningKind::Matched,
                        format!(
                            "matched item {} ('{existing}') by its title, date and source: the page updates it",
                            item.id
                        ),
                    ));
                    self.seen_pages
                        .insert(page_signature(&p.item), existing.clone());
                    p.item.external_id = Some(existing.clone());
                }
                None => {
                    p.warnings.push(Warning::new(
                        WarningKind::Matched,
                        format!(
                            "matched item {} (written in the workspace) by its title, date and source: the page updates it",
                            item.id
                        ),
                    ));
                    if !self.dry_run {
                        self.adopt.push((item.id, key.clone()));
                    }
                }
            }
            // A source the page does not show stays as the item has it.
            if p.item.sources.is_empty() {
                p.item.sources = item.data.sources.clone();
                p.item.status = item.data.status;
                p.needs = None;
            }
            return Ok(());
        }
        Ok(())
    }

    /// Abbreviations a page expands that the site's glossary lacks: new ones are added to
    /// the stored glossary of the page's language (at the end of the run, unless dry), one
    /// that is stored with another expansion is reported.
    fn learn_abbreviations(
        &mut self,
        source: &str,
        language: &str,
        found: Vec<GlossaryEntry>,
        warnings: &mut Vec<Warning>,
    ) {
        for g in found {
            let key = (language.to_owned(), g.abbr.clone());
            match self.known_abbreviations.get(&key) {
                Some(known) if *known == g.expansion => {}
                Some(known) => warnings.push(Warning::new(
                    WarningKind::Abbreviation,
                    format!(
                        "the page expands {} as '{}'; the {language} glossary has '{known}'",
                        g.abbr, g.expansion
                    ),
                )),
                None => {
                    warnings.push(Warning::new(
                        WarningKind::Abbreviation,
                        format!(
                            "abbreviation {} ({}) {} the {language} glossary",
                            g.abbr,
                            g.expansion,
                            if self.dry_run {
                                "would be added to"
                            } else {
                                "added to"
                            }
                        ),
                    ));
                    self.known_abbreviations.insert(key, g.expansion.clone());
                    self.new_abbreviations.push(StoredAbbreviation {
                        language: language.to_owned(),
                        entry: g,
                        origin: format!("import: {source}"),
                        added_at: jiff::Timestamp::now(),
                    });
                }
            }
        }
    }

    async fn flush(&mut self) -> anyhow::Result<()> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let batch = std::mem::take(&mut self.pending);
        let adopt = std::mem::take(&mut self.adopt);
        let items: Vec<NewItem> = batch.iter().map(|p| p.item.clone()).collect();
        let addresses: Vec<Option<String>> = batch.iter().map(|p| p.address.clone()).collect();
        let outcomes = if self.dry_run {
            self.store.predict_upsert(&items).await?
        } else {
            self.store
                .upsert_imports(&items, &addresses, &adopt, jiff::Timestamp::now())
                .await?
        };
        for (mut p, outcome) in batch.into_iter().zip(outcomes) {
            let (label, id) = match outcome {
                Outcome::Imported(id) => ("imported", id),
                Outcome::Updated(id) => ("updated", id),
                Outcome::UpdatedKeepingState(id) => {
                    p.warnings.push(Warning::new(
                        WarningKind::StateKept,
                        "the source changed: its content is a new revision, and the item's status and embargo set in the workspace were kept",
                    ));
                    ("updated", id)
                }
                Outcome::Unchanged(id) => ("unchanged", id),
            };
            if let Some(address) = &p.address {
                self.run_addresses
                    .insert(address, &p.source, (id.0 > 0).then_some(id));
            }
            self.record(
                p.source,
                label,
                (id.0 > 0).then_some(id.0),
                None,
                Notes {
                    warnings: p.warnings,
                    needs: p.needs,
                    translation_of: p.translation,
                },
            );
        }
        Ok(())
    }

    async fn jsonl(&mut self, path: &Path, label: &str) -> anyhow::Result<()> {
        let file =
            std::fs::File::open(path).with_context(|| format!("cannot open {}", path.display()))?;
        let mut reader = BufReader::with_capacity(1 << 20, file);
        let mut buf = Vec::new();
        let mut line_no = 0usize;
        loop {
            buf.clear();
            let n = reader
                .read_until(b'\n', &mut buf)
                .with_context(|| format!("cannot read {}", path.display()))?;
            if n == 0 {
                break;
            }
            line_no += 1;
            self.bar.inc(n as u64);
            let source = format!("{label}:{line_no}");
            let Ok(text) = std::str::from_utf8(&buf) else {
                self.fail(source, "the line is not valid UTF-8".into());
                continue;
            };
            let text = text.trim();
            if text.is_empty() {
                continue;
            }
            match jsonl::parse_line(text, self.site) {
                Ok(record) => {
                    let pending = Pending {
                        source,
                        item: record.item,
                        warnings: Vec::new(),
                        address: record.url,
                        needs: None,
                        translation: None,
                    };
                    self.add(pending, record.translation_of).await?
                }
                Err(e) => self.fail(source, e.to_string()),
            }
        }
        Ok(())
    }

    async fn page(
        &mut self,
        path: &Path,
        root: &Path,
        label: &str,
        bytes: Vec<u8>,
    ) -> anyhow::Result<()> {
        let key_path = relative_path(path, root);
        let mut options = self.options.clone();
        if self.date_from_path {
            options.path_date = import::page::date_in_path(&key_path);
        }
        let mut extracted = match import::page::extract_with(&bytes, self.site, &options) {
            Ok(e) => e,
            Err(e) => {
                self.fail(label.to_owned(), e.to_string());
                return Ok(());
            }
        };
        let language = extracted.language.to_string();
        let found = std::mem::take(&mut extracted.new_glossary);
        let original = extracted.original.take();
        match page_record(extracted, format!("page:{key_path}"), self.site) {
            Ok(mut pending) => {
                pending.source = label.to_owned();
                self.learn_abbreviations(label, &language, found, &mut pending.warnings);
                self.match_existing(&mut pending).await?;
                match original {
                    Some(original) => {
                        self.defer(pending, original);
                        Ok(())
                    }
                    None => self.add(pending, None).await,
                }
            }
            Err(reason) => {
                self.fail(label.to_owned(), reason);
                Ok(())
            }
        }
    }
}

/// What identifies the item of a page within a run: its title, day and main source.
fn page_signature(item: &NewItem) -> String {
    format!(
        "{}\n{}\n{}",
        title_key(&item.title),
        item.published_at.as_second() / 86_400,
        item.sources.first().map(Slug::as_str).unwrap_or_default()
    )
}

/// A title as pages are matched by it: case, spacing and quotes aside.
fn title_key(title: &str) -> String {
    model::text::normalize_name(title)
}

/// The kind of a failure, for the summary: the reason up to its first colon or dash.
fn failure_kind(reason: &str) -> String {
    let end = reason
        .find([':', '—', '(', '\''])
        .unwrap_or(reason.len())
        .min(80);
    let end = (0..=end)
        .rev()
        .find(|&i| reason.is_char_boundary(i))
        .unwrap_or(0);
    reason[..end].trim().to_owned()
}

/// A page's extract as an item: published at the start of its day at its place; a draft
/// when it needs a source or a review.
fn page_record(
    e: import::page::Extracted,
    key: String,
    site: &SiteDefinition,
) -> Result<Pending, String> {
    let time_zone = e
        .time_zone
        .clone()
        .unwrap_or_else(|| site.organization.time_zone_name.clone());
    let tz = jiff::tz::TimeZone::get(&time_zone)
        .map_err(|err| format!("time zone {time_zone}: {err}"))?;
    let published_at = e
        .date
        .to_zoned_datetime(tz)
        .map_err(|err| err.to_string())?
        .timestamp();
    let mut warnings = e.warnings;
    if !e.contact.is_empty() {
        warnings.push(Warning::new(
            WarningKind::KeptApart,
            format!(
                "contact block kept apart from the body: {}",
                e.contact.join(" / ")
            ),
        ));
    }
    let needs = if e.needs_source {
        Some("a source: the page shows none".to_owned())
    } else {
        e.needs_review.map(|r| format!("a review: {r}"))
    };
    let item = NewItem {
        external_id: Some(key),
        item_type: e.item_type,
        language: e.language,
        translation_of: None,
        title: e.title,
        summary: String::new(),
        body_html: render::sanitize(&render::paragraphs_to_html(&e.paragraphs)),
        place: e.place,
        time_zone,
        published_at,
        status: if needs.is_some() {
            model::ItemStatus::Draft
        } else {
            model::ItemStatus::Published
        },
        embargo_until: None,
        sources: e.sources,
        fields_of_work: e.fields_of_work,
        countries: e.countries,
        meetings: Vec::new(),
        is_demo: false,
    };
    Ok(Pending {
        source: String::new(),
        item,
        warnings,
        address: e.address,
        needs,
        translation: None,
    })
}

pub async fn run(opts: ImportOpts) -> anyhow::Result<ExitCode> {
    // The site files and the options naming its entries are checked before anything is
    // read or created.
    let base = Arc::new(crate::site::load(&opts.site)?);
    let options = match page_options(&opts, &base) {
        Ok(o) => o,
        Err(message) => {
            eprintln!("error: {message}");
            return Ok(ExitCode::from(2));
        }
    };
    let mut files: Vec<(PathBuf, PathBuf)> = Vec::new();
    for p in &opts.paths {
        if !p.exists() {
            eprintln!("error: {} does not exist", p.display());
            return Ok(ExitCode::from(2));
        }
        let mut found = Vec::new();
        collect(p, &mut found).with_context(|| format!("cannot read {}", p.display()))?;
        files.extend(found.into_iter().map(|f| (f, p.clone())));
    }
    let store = opts.data.open_store().await?;
    let site = crate::site::in_effect(&base, &store).await?;
    let total_bytes: u64 = files
        .iter()
        .filter_map(|(f, _)| f.metadata().ok())
        .map(|m| m.len())
        .sum();
    let bar = ProgressBar::new(total_bytes);
    bar.set_style(
        ProgressStyle::with_template(
            "{bar:40} {bytes}/{total_bytes}  {bytes_per_sec}  eta {eta}  {msg}",
        )
        .map_err(|e| anyhow::anyhow!("progress bar: {e}"))?,
    );
    let started = std::time::Instant::now();
    let mut imp = Importer {
        site: &site,
        store: &store,
        dry_run: opts.dry_run,
        report: Vec::new(),
        keep_report: opts.report.is_some(),
        summary: Summary::default(),
        pending: Vec::new(),
        deferred: Vec::new(),
        run_addresses: translations::RunAddresses::default(),
        adopt: Vec::new(),
        seen_pages: HashMap::new(),
        options,
        date_from_path: opts.date_from_path,
        known_abbreviations: store
            .glossary()
            .await?
            .into_iter()
            .map(|a| ((a.language, a.entry.abbr), a.entry.expansion))
            .collect(),
        new_abbreviations: Vec::new(),
        bar: bar.clone(),
    };
    for (file, root) in &files {
        let label = file.display().to_string();
        bar.set_message(
            file.file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
        );
        let is_jsonl = match looks_like_jsonl(file) {
            Ok(j) => j,
            Err(e) => {
                imp.fail(label, format!("cannot read: {e}"));
                continue;
            }
        };
        if is_jsonl {
            imp.jsonl(file, &label).await?;
            continue;
        }
        let size = file.metadata().map(|m| m.len()).unwrap_or(0);
        if size > MAX_PAGE_BYTES {
            imp.fail(
                label,
                format!("the file is {size} bytes; a saved page is at most {MAX_PAGE_BYTES} bytes"),
            );
            bar.inc(size);
            continue;
        }
        match std::fs::read(file) {
            Ok(bytes) => imp.page(file, root, &label, bytes).await?,
            Err(e) => imp.fail(label, format!("cannot read: {e}")),
        }
        bar.inc(size);
    }
    // Translated pages last: their originals are written by now, whatever the order of
    // the files.
    imp.link_translations().await?;
    let learned = if opts.dry_run {
        0
    } else {
        store
            .add_to_glossary(&imp.new_abbreviations, jiff::Timestamp::now())
            .await?
    };
    bar.finish_and_clear();
    let s = &imp.summary;
    println!(
        "{}imported {}, updated {}, unchanged {}, failed {} ({} inputs in {:.1} s)",
        if opts.dry_run {
            "dry run, nothing written: "
        } else {
            ""
        },
        s.imported,
        s.updated,
        s.unchanged,
        s.failed,
        s.imported + s.updated + s.unchanged + s.failed,
        started.elapsed().as_secs_f64()
    );
    if s.needs_source + s.needs_review > 0 {
        println!(
            "drafts to review: {} need a source, {} looked truncated",
            s.needs_source, s.needs_review
        );
    }
    for (kind, n) in &s.warnings {
        println!("  {n:>6}  {kind}");
    }
    for (kind, n) in &s.failures {
        println!("  {n:>6}  failed: {kind}");
    }
    if learned > 0 {
        println!("{learned} new abbreviations added to the glossary");
    } else if opts.dry_run && !imp.new_abbreviations.is_empty() {
        println!(
            "{} new abbreviations would be added to the glossary",
            imp.new_abbreviations.len()
        );
    }
    if let Some(path) = &opts.report {
        #[derive(Serialize)]
        struct Report<'a> {
            summary: &'a Summary,
            inputs: &'a [Entry],
        }
        let json = serde_json::to_vec_pretty(&Report {
            summary: &imp.summary,
            inputs: &imp.report,
        })?;
        std::fs::write(path, json)
            .with_context(|| format!("cannot write the report {}", path.display()))?;
        println!("report written to {}", path.display());
    }
    let failed = imp.summary.failed > 0;
    if !opts.dry_run && imp.summary.imported + imp.summary.updated > 0 {
        store.analyze().await?;
        index_now(&store, &base, &opts.data.data_dir).await?;
    }
    store.close().await;
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Brings the search index up to date, unless a running server owns it (it will).
async fn index_now(
    store: &Store,
    base: &Arc<SiteDefinition>,
    data_dir: &Path,
) -> anyhow::Result<()> {
    match search::text::TextIndex::open(&data_dir.join(publishing::INDEX_DIR)) {
        Ok((index, _)) => {
            let started = std::time::Instant::now();
            publishing::indexing::catch_up(store, base, &Arc::new(index), jiff::Timestamp::now())
                .await?;
            println!(
                "search index updated in {:.1} s",
                started.elapsed().as_secs_f64()
            );
        }
        Err(search::text::TextError::Locked) => {
            println!("the running server will index the changes")
        }
        Err(e) => return Err(e.into()),
    }
    Ok(())
}
