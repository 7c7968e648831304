//! Opening a data dir: the store (created on first start), the sample content loaded once,
//! the search index brought up to date, the catalog built. Used by `communique serve`, by
//! the commands that work on a data dir, and by the tests.

use std::path::Path;
use std::sync::Arc;

use jiff::tz::TimeZone;
use model::site::SampleItem;
use model::{Clock, ItemStatus, NewItem, SiteDefinition};
use store::{Store, StoreError};

use search::text::TextIndex;

use crate::App;
use crate::catalog_snapshot::{Origin, SnapshotPlace, starting_catalog};
use crate::indexing::IndexingError;

/// The folder of the search index inside a data dir.
pub const INDEX_DIR: &str = "index";

/// Marks in the database that the sample content was loaded (so it is loaded only once,
/// even if an editor later withdraws it).
const SAMPLES_LOADED: &str = "sample_content_loaded";

#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("cannot create the data dir {path}: {source}")]
    DataDir {
        path: String,
        source: std::io::Error,
    },
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Indexing(#[from] IndexingError),
    #[error("sample item '{id}': {problem}")]
    Sample { id: String, problem: String },
}

/// Opens (creating on first start) the data dir and its embedded SQLite database, and
/// returns the state the router serves.
pub async fn open(
    data_dir: &Path,
    site: Arc<SiteDefinition>,
    clock: Arc<dyn Clock>,
) -> Result<App, StartError> {
    open_with(data_dir, None, site, clock).await
}

/// Opens (creating on first start) the data dir with the database at `database` (a
/// `postgres://` or `sqlite://` URL), or the embedded SQLite database of the data dir when
/// `None`. The data dir keeps this node's search index and files either way.
pub async fn open_with(
    data_dir: &Path,
    database: Option<&str>,
    site: Arc<SiteDefinition>,
    clock: Arc<dyn Clock>,
) -> Result<App, StartError> {
    std::fs::create_dir_all(data_dir).map_err(|source| StartError::DataDir {
        path: data_dir.display().to_string(),
        source,
    })?;
    let file = data_dir.join(store::DATABASE_FILE);
    let url = match database {
        Some(url) => url.to_owned(),
        None => format!("sqlite://{}?mode=rwc", file.display()),
    };
    let store = Store::connect(&url).await?;
    let migrated = store.migrate().await?;
    // A database is new when it had no migration before this start.
    let fresh = migrated.before == 0;
    if fresh {
        let shown = match database {
            Some(url) => store::redact(url),
            None => file.display().to_string(),
        };
        tracing::info!("created the {} database {shown}", store.backend().name());
    } else if migrated.applied > 0 {
        tracing::info!("applied {} database migration(s)", migrated.applied);
    }
    let base = site;
    let in_effect = crate::SiteInEffect::load(Arc::clone(&base), &store).await?;
    let site = Arc::clone(&in_effect.definition);
    let samples = load_samples(&store, &site, clock.now()).await?;
    if samples > 0 {
        tracing::info!(
            "loaded the site's sample content: {samples} item{}",
            if samples == 1 { "" } else { "s" }
        );
    }
    let index_existed = data_dir.join(INDEX_DIR).exists();
    let (text, meta) = TextIndex::open(&data_dir.join(INDEX_DIR)).map_err(IndexingError::from)?;
    let text = Arc::new(text);
    if meta.is_none() && !fresh {
        if index_existed {
            tracing::warn!(
                "the search index is missing or was built by another version: rebuilding it"
            );
        } else {
            // A new node on a database that other nodes already use.
            tracing::info!("this data dir has no search index yet: building it");
        }
    }
    let started = std::time::Instant::now();
    let brought_up_to_date = if meta.is_none() {
        crate::indexing::rebuild(&store, &base, &text, clock.now(), |_| {}).await?;
        true
    } else {
        crate::indexing::catch_up(&store, &base, &text, clock.now()).await?
    };
    if brought_up_to_date {
        tracing::info!(
            seconds = started.elapsed().as_secs_f64(),
            documents = text.num_docs(),
            "{} the search index",
            if meta.is_none() {
                "built"
            } else {
                "brought up to date"
            }
        );
    }
    let change = store.change_counter().await?;
    let started = std::time::Instant::now();
    let place = Arc::new(SnapshotPlace::in_data_dir(data_dir, &store).await?);
    let (catalog, origin) = starting_catalog(&place, &store, &site, change).await?;
    let seconds = started.elapsed().as_secs_f64();
    let (items, memory_kib) = (catalog.len(), catalog.memory_bytes() / 1024);
    match origin {
        Origin::Snapshot { applied } => tracing::info!(
            items,
            memory_kib,
            seconds,
            changed_since = applied,
            "catalog read from its snapshot"
        ),
        Origin::Database(why) => tracing::info!(
            items,
            memory_kib,
            seconds,
            "catalog read from the database (not from a snapshot: {why})"
        ),
    }
    let pictures = Arc::new(media::LocalStorage::in_data_dir(data_dir));
    let state =
        App::new(in_effect, store, clock, catalog, text, pictures).with_snapshot_place(place);
    state.reload_glossary().await?;
    state.set_catalog_change(change);
    // The next start begins from here (written in the background).
    state.save_snapshot_if_due(std::time::Duration::ZERO);
    Ok(state)
}

/// Stores the site's sample content, once per database.
pub async fn load_samples(
    store: &Store,
    site: &SiteDefinition,
    now: jiff::Timestamp,
) -> Result<usize, StartError> {
    if store.state(SAMPLES_LOADED).await?.is_some() {
        return Ok(0);
    }
    let mut added = 0;
    // Originals first: a translation joins the group of its original by the original's id.
    let (originals, translations): (Vec<&SampleItem>, Vec<&SampleItem>) = site
        .sample_items
        .iter()
        .partition(|s| s.translation_of.is_none());
    for sample in originals.into_iter().chain(translations) {
        if store
            .item_id_by_external_id(&sample.external_id)
            .await?
            .is_some()
        {
            continue;
        }
        let mut item = sample_to_item(sample)?;
        if let Some(original) = &sample.translation_of {
            item.translation_of = store.item_id_by_external_id(original).await?;
        }
        // Nodes starting together on a new database load the samples together: the
        // upsert (by key, under the write lock) lets the second find the first's items
        // rather than fail on the duplicate key.
        let outcome = store.upsert_items(std::slice::from_ref(&item), now).await?;
        if matches!(outcome.first(), Some(store::Outcome::Imported(_))) {
            added += 1;
        }
    }
    store.set_state(SAMPLES_LOADED, &now.to_string()).await?;
    Ok(added)
}

/// A sample item as a new item: published at the start of its day at its place.
pub fn sample_to_item(s: &SampleItem) -> Result<NewItem, StartError> {
    let problem = |p: String| StartError::Sample {
        id: s.external_id.clone(),
        problem: p,
    };
    let tz = TimeZone::get(&s.time_zone).map_err(|e| problem(e.to_string()))?;
    let published_at = s
        .date
        .first_day
        .to_zoned_datetime(tz)
        .map_err(|e| problem(e.to_string()))?
        .timestamp();
    Ok(NewItem {
        external_id: Some(s.external_id.clone()),
        item_type: s.item_type.clone(),
        language: s.language.clone(),
        translation_of: None,
        title: s.title.clone(),
        summary: s.summary.clone(),
        body_html: render::sanitize(&render::paragraphs_to_html(&s.body)),
        place: s.place.clone(),
        time_zone: s.time_zone.clone(),
        published_at,
        status: ItemStatus::Published,
        embargo_until: None,
        sources: s.sources.clone(),
        fields_of_work: s.fields_of_work.clone(),
        countries: s.countries.clone(),
        meetings: s.meetings.clone(),
        is_demo: false,
    })
}

/// Reads every `.toml` file under `dir` as a site definition's sources.
pub fn site_sources_from_dir(dir: &Path) -> std::io::Result<model::SiteSources> {
    fn walk(dir: &Path, root: &Path, out: &mut Vec<(String, String)>) -> std::io::Result<()> {
        let mut entries: Vec<_> = std::fs::read_dir(dir)?.collect::<Result<_, _>>()?;
        entries.sort_by_key(|e| e.path());
        for e in entries {
            let p = e.path();
            if p.is_dir() {
                walk(&p, root, out)?;
            } else if p.extension().is_some_and(|x| x == "toml") {
                let text = std::fs::read_to_string(&p)
                    .map_err(|e| std::io::Error::new(e.kind(), format!("{}: {e}", p.display())))?;
                let rel = p
                    .strip_prefix(root)
                    .unwrap_or(&p)
                    .to_string_lossy()
                    .replace('\\', "/");
                out.push((rel, text));
            }
        }
        Ok(())
    }
    let mut files = Vec::new();
    walk(dir, dir, &mut files)?;
    Ok(model::SiteSources {
        root: dir.display().to_string(),
        files,
    })
}
