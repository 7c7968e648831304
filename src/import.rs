//! `communique import`: files and folders of JSON Lines and saved pages into the store.
//! Every input ends as imported, updated, unchanged or failed (with its reason); a failed
//! input never leaves half an item behind, and re-running the same import changes nothing.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context;
use import::jsonl::{self, Record};
use indicatif::{ProgressBar, ProgressStyle};
use model::site::GlossaryEntry;
use model::{NewItem, SiteDefinition};
use serde::Serialize;
use store::{Outcome, Store, StoredAbbreviation};

use crate::cli::ImportOpts;

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
    #[serde(skip_serializing_if = "Vec::is_empty")]
    warnings: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    reason: Option<String>,
}

#[derive(Debug, Default, Serialize)]
struct Summary {
    imported: usize,
    updated: usize,
    unchanged: usize,
    failed: usize,
}

struct Importer<'a> {
    site: &'a SiteDefinition,
    store: &'a Store,
    dry_run: bool,
    report: Vec<Entry>,
    keep_report: bool,
    summary: Summary,
    /// Items waiting to be written, with their source label.
    pending: Vec<(String, NewItem, Vec<String>)>,
    /// Stored abbreviations by (language, abbreviation), with those found in this run.
    known_abbreviations: HashMap<(String, String), String>,
    /// Abbreviations found in this run, to store at its end.
    new_abbreviations: Vec<StoredAbbreviation>,
    bar: ProgressBar,
}

impl Importer<'_> {
    fn record(
        &mut self,
        source: String,
        outcome: &'static str,
        item_id: Option<i64>,
        warnings: Vec<String>,
        reason: Option<String>,
    ) {
        match outcome {
            "imported" => self.summary.imported += 1,
            "updated" => self.summary.updated += 1,
            "unchanged" => self.summary.unchanged += 1,
            _ => self.summary.failed += 1,
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
                    warnings,
                    reason,
                });
            }
        }
    }

    fn fail(&mut self, source: String, reason: String) {
        self.record(source, "failed", None, Vec::new(), Some(reason));
    }

    async fn add(
        &mut self,
        source: String,
        mut record: Record,
        warnings: Vec<String>,
    ) -> anyhow::Result<()> {
        if let Some(of) = record.translation_of.take() {
            let mut found = self.store.item_id_by_external_id(&of).await?;
            if found.is_none()
                && self
                    .pending
                    .iter()
                    .any(|(_, i, _)| i.external_id.as_deref() == Some(&of))
            {
                self.flush().await?;
                found = self.store.item_id_by_external_id(&of).await?;
            }
            match found {
                Some(id) => record.item.translation_of = Some(id),
                None => {
                    self.fail(source, format!("translation_of: no item has the external_id '{of}' (import the original first)"));
                    return Ok(());
                }
            }
        }
        self.pending.push((source, record.item, warnings));
        if self.pending.len() >= BATCH {
            self.flush().await?;
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
        warnings: &mut Vec<String>,
    ) {
        for g in found {
            let key = (language.to_owned(), g.abbr.clone());
            match self.known_abbreviations.get(&key) {
                Some(known) if *known == g.expansion => {}
                Some(known) => warnings.push(format!(
                    "the page expands {} as '{}'; the {language} glossary has '{known}'",
                    g.abbr, g.expansion
                )),
                None => {
                    warnings.push(format!(
                        "abbreviation {} ({}) {} the {language} glossary",
                        g.abbr,
                        g.expansion,
                        if self.dry_run {
                            "would be added to"
                        } else {
                            "added to"
                        }
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
        let items: Vec<NewItem> = batch.iter().map(|(_, i, _)| i.clone()).collect();
        let outcomes = if self.dry_run {
            self.store.predict_upsert(&items).await?
        } else {
            self.store
                .upsert_items(&items, jiff::Timestamp::now())
                .await?
        };
        for ((source, _, mut warnings), outcome) in batch.into_iter().zip(outcomes) {
            let (label, id) = match outcome {
                Outcome::Imported(id) => ("imported", id),
                Outcome::Updated(id) => ("updated", id),
                Outcome::UpdatedKeepingState(id) => {
                    warnings.push(
                        "the source changed: its content is a new revision, and the item's status and embargo set in the workspace were kept"
                            .into(),
                    );
                    ("updated", id)
                }
                Outcome::Unchanged(id) => ("unchanged", id),
            };
            self.record(source, label, (id.0 > 0).then_some(id.0), warnings, None);
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
                Ok(record) => self.add(source, record, Vec::new()).await?,
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
        let mut extracted = match import::page::extract(&bytes, self.site) {
            Ok(e) => e,
            Err(e) => {
                self.fail(label.to_owned(), e.to_string());
                return Ok(());
            }
        };
        let language = extracted.language.to_string();
        let found = std::mem::take(&mut extracted.new_glossary);
        match page_record(extracted, page_key(path, root), self.site) {
            Ok((record, mut warnings)) => {
                self.learn_abbreviations(label, &language, found, &mut warnings);
                self.add(label.to_owned(), record, warnings).await
            }
            Err(reason) => {
                self.fail(label.to_owned(), reason);
                Ok(())
            }
        }
    }
}

/// A page's extract as an item: published at the start of its day at its place.
fn page_record(
    e: import::page::Extracted,
    key: String,
    site: &SiteDefinition,
) -> Result<(Record, Vec<String>), String> {
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
        warnings.push(format!(
            "contact block kept apart from the body: {}",
            e.contact.join(" / ")
        ));
    }
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
        status: model::ItemStatus::Published,
        embargo_until: None,
        sources: e.sources,
        fields_of_work: e.fields_of_work,
        countries: e.countries,
        meetings: Vec::new(),
        is_demo: false,
    };
    Ok((
        Record {
            item,
            translation_of: None,
            url: None,
        },
        warnings,
    ))
}

/// Saved pages are keyed by their path from the folder given on the command line (their
/// address on the old site is not in them): `archive/2008/index.html` stays apart from
/// `archive/2009/index.html`.
fn page_key(path: &Path, root: &Path) -> String {
    let base = root.parent().unwrap_or(root);
    let rel = path.strip_prefix(base).unwrap_or(path);
    format!("page:{}", rel.to_string_lossy().replace('\\', "/"))
}

fn collect(path: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    if path.is_dir() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(path)?
            .map(|e| e.map(|e| e.path()))
            .collect::<Result<_, _>>()?;
        entries.sort();
        for e in entries {
            collect(&e, out)?;
        }
    } else {
        out.push(path.to_owned());
    }
    Ok(())
}

/// JSON Lines when the first visible character opens an object.
fn looks_like_jsonl(path: &Path) -> std::io::Result<bool> {
    let mut head = [0u8; 512];
    let n = std::fs::File::open(path)?.read(&mut head)?;
    Ok(head[..n]
        .iter()
        .find(|b| !b.is_ascii_whitespace() && **b != 0xEF && **b != 0xBB && **b != 0xBF)
        == Some(&b'{'))
}

pub async fn run(opts: ImportOpts) -> anyhow::Result<ExitCode> {
    // The site files are checked before anything is read or created.
    let base = Arc::new(crate::site::load(&opts.site)?);
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
    std::fs::create_dir_all(&opts.data.data_dir).with_context(|| {
        format!(
            "cannot create the data dir {}",
            opts.data.data_dir.display()
        )
    })?;
    let store = Store::open_data_dir(&opts.data.data_dir)
        .await
        .with_context(|| {
            format!(
                "cannot open the database in {}",
                opts.data.data_dir.display()
            )
        })?;
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
    imp.flush().await?;
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
