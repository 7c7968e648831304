//! Keeping the search index and the catalog in step with the database. The store's outbox
//! says which items changed; the indexer re-reads them and updates the full-text index, then
//! the catalog is rebuilt. Both can always be rebuilt from the database.

use std::sync::Arc;
use std::time::Duration;

use jiff::Timestamp;
use model::{Item, ItemId, SiteDefinition};
use search::text::{Names, TextDoc, TextError, TextIndex};
use store::{Store, StoreError};

use crate::App;
use crate::catalog::{load_catalog, update_catalog};

/// Above this many changed items, and above a third of the index, a full rebuild is cheaper
/// than item-by-item updates (a rename of a structure with 94,000 of 1,000,000 items is
/// applied item by item: a rebuild would stop following the database for over a minute).
const REBUILD_ABOVE: usize = 50_000;
const CHUNK: i64 = 1_000;

#[derive(Debug, thiserror::Error)]
pub enum IndexingError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Text(#[from] TextError),
    #[error("indexing task failed: {0}")]
    Task(String),
}

/// What the full-text index holds of an item: its words, and every name it is filed under
/// (sources with all their names over time and in every language, fields of work,
/// countries and meeting series in every language), by taxonomy.
pub fn text_doc(site: &SiteDefinition, item: &Item) -> TextDoc {
    let d = &item.data;
    let mut names = Names::default();
    for s in d.sources.iter().filter_map(|s| site.structure(s.as_str())) {
        for n in &s.names {
            names.sources.push(n.name.clone());
            names.sources.extend(n.source.iter().cloned());
            names.sources.extend(n.translations.values().cloned());
        }
        names.sources.extend(s.aliases.iter().cloned());
    }
    let term_names = |t: &model::site::Term, out: &mut Vec<String>| {
        out.push(t.name.clone());
        out.extend(t.names.values().cloned());
        out.extend(t.aliases.iter().cloned());
    };
    for t in d
        .fields_of_work
        .iter()
        .filter_map(|f| site.field(f.as_str()))
    {
        term_names(t, &mut names.fields_of_work);
    }
    for t in d.meetings.iter().filter_map(|m| site.meeting(m.as_str())) {
        term_names(t, &mut names.meetings);
    }
    for c in d.countries.iter().filter_map(|c| site.country(c.as_str())) {
        names.countries.push(c.name.clone());
        names.countries.extend(c.names.values().cloned());
        names.countries.extend(c.aliases.iter().cloned());
    }
    TextDoc {
        id: item.id,
        language: d.language.to_string(),
        title: d.title.clone(),
        summary: d.summary.clone(),
        body: render::html::plain_text(&d.body_html, usize::MAX / 2),
        names,
    }
}

async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, TextError> + Send + 'static,
) -> Result<T, IndexingError> {
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|e| IndexingError::Task(e.to_string()))?
        .map_err(Into::into)
}

/// The database's last change, then the site definition in effect (`base` with the stored
/// changes). In this order, the definition includes every change to the site recorded up to
/// that number (a site change and its outbox rows are written together), so the items a
/// rename touched are indexed by their new names.
async fn last_change_and_site(
    store: &Store,
    base: &Arc<SiteDefinition>,
) -> Result<(i64, Arc<SiteDefinition>), IndexingError> {
    let upto = store.change_counter().await?;
    let site = crate::SiteInEffect::load(Arc::clone(base), store)
        .await?
        .definition;
    Ok((upto, site))
}

/// Rebuilds the whole index from the database, with the site definition in effect over
/// `base`, with the items public at `now`; `progress` gets the number of items read.
pub async fn rebuild(
    store: &Store,
    base: &Arc<SiteDefinition>,
    index: &Arc<TextIndex>,
    now: Timestamp,
    progress: impl FnMut(usize),
) -> Result<usize, IndexingError> {
    let (upto, site) = last_change_and_site(store, base).await?;
    rebuild_to(store, &site, index, upto, now, progress).await
}

/// The documents of those of `items` that are public at `now` (the index holds no other).
fn public_docs(site: &SiteDefinition, items: &[Item], now: Timestamp) -> Vec<TextDoc> {
    items
        .iter()
        .filter(|i| i.visibility().is_public_at(now))
        .map(|i| text_doc(site, i))
        .collect()
}

/// Rebuilds the index with the items public at `now` and records it as up to date with
/// change number `applied` (`site` includes every site change up to it).
async fn rebuild_to(
    store: &Store,
    site: &Arc<SiteDefinition>,
    index: &Arc<TextIndex>,
    applied: i64,
    now: Timestamp,
    mut progress: impl FnMut(usize),
) -> Result<usize, IndexingError> {
    let idx = Arc::clone(index);
    blocking(move || idx.clear()).await?;
    let mut after = ItemId(0);
    let mut done = 0;
    let filled: Result<(), IndexingError> = async {
        loop {
            let ids = store.item_ids_after(after, CHUNK).await?;
            let Some(&last) = ids.last() else { break };
            let items = store.items(&ids).await?;
            let docs = public_docs(site, &items, now);
            let idx = Arc::clone(index);
            blocking(move || idx.add_new(&docs)).await?;
            done += ids.len();
            progress(done);
            after = last;
        }
        Ok(())
    }
    .await;
    if let Err(e) = filled {
        // The queued "delete everything" must not reach a later commit.
        let idx = Arc::clone(index);
        blocking(move || idx.rollback()).await?;
        return Err(e);
    }
    let idx = Arc::clone(index);
    blocking(move || idx.commit(applied, now.as_microsecond())).await?;
    let idx = Arc::clone(index);
    blocking(move || idx.merge_all()).await?;
    Ok(done)
}

/// Applies the changes the index has not seen yet, with the site definition in effect over
/// `base`, and takes the items that became public up to `now`. Returns whether anything
/// changed.
pub async fn catch_up(
    store: &Store,
    base: &Arc<SiteDefinition>,
    index: &Arc<TextIndex>,
    now: Timestamp,
) -> Result<bool, IndexingError> {
    let (upto, site) = last_change_and_site(store, base).await?;
    catch_up_to(store, &site, index, upto, now).await
}

/// Applies the changes up to number `upto`, and the passing of time up to `now`: an item
/// enters the index when it becomes public, by a change or because its instant came, and
/// leaves it when it stops being public. `site` must include every change to the site
/// definition recorded up to `upto`: a renamed structure's items are re-indexed by its names.
async fn catch_up_to(
    store: &Store,
    site: &Arc<SiteDefinition>,
    index: &Arc<TextIndex>,
    upto: i64,
    now: Timestamp,
) -> Result<bool, IndexingError> {
    let Some(applied) = index.meta().map(|m| m.applied) else {
        rebuild_after_logging(store, site, index, upto, now).await?;
        return Ok(true);
    };
    let mut ids = if applied < upto {
        store.items_to_index(applied, upto).await?
    } else {
        Vec::new()
    };
    let rebuild_above =
        REBUILD_ABOVE.max(usize::try_from(index.num_docs() / 3).unwrap_or(usize::MAX));
    if ids.len() > rebuild_above {
        rebuild_after_logging(store, site, index, upto, now).await?;
        return Ok(true);
    }
    // The items whose instant lies between the last tick and now: those that became public
    // since — or, had the clock gone back, those that are not public any more.
    let last = index.visible_at();
    let at = now.as_microsecond();
    if last != at {
        let (from, to) = (last.min(at), last.max(at));
        let (from, to) = (
            jiff::Timestamp::from_microsecond(from).unwrap_or(now),
            jiff::Timestamp::from_microsecond(to).unwrap_or(now),
        );
        ids.extend(store.items_public_from_between(from, to).await?);
        ids.sort_unstable();
        ids.dedup();
    }
    let recorded = applied.max(upto);
    if ids.is_empty() {
        if applied < upto {
            let idx = Arc::clone(index);
            blocking(move || idx.record(recorded, at)).await?;
        } else {
            // Only time passed: kept in memory (a restart looks at a longer stretch of time
            // again, which changes nothing twice).
            index.note_visible_at(at);
        }
        return Ok(false);
    }
    let staged = match stage_all(store, site, index, &ids, now).await {
        Ok(staged) => staged,
        Err(e) => {
            // Nothing of a failed tick may reach a later commit.
            let idx = Arc::clone(index);
            blocking(move || idx.rollback()).await?;
            return Err(e);
        }
    };
    let visible_at = at;
    let idx = Arc::clone(index);
    // Nothing the index holds changed (only items it does not hold, such as drafts and
    // scheduled items): no commit, so that not even a statistic moves.
    if staged {
        blocking(move || idx.commit(recorded, visible_at)).await?;
    } else {
        blocking(move || idx.record(recorded, visible_at)).await?;
    }
    Ok(staged)
}

/// Queues, for the next commit, each of `ids` as it is public at `now` (or its removal);
/// returns whether anything the index holds changes.
async fn stage_all(
    store: &Store,
    site: &Arc<SiteDefinition>,
    index: &Arc<TextIndex>,
    ids: &[ItemId],
    now: Timestamp,
) -> Result<bool, IndexingError> {
    let mut staged = false;
    for chunk in ids.chunks(CHUNK as usize) {
        let items = store.items(chunk).await?;
        let docs = public_docs(site, &items, now);
        let removed: Vec<ItemId> = chunk
            .iter()
            .copied()
            .filter(|id| !docs.iter().any(|d| d.id == *id))
            .collect();
        let idx = Arc::clone(index);
        staged |= blocking(move || idx.stage(&removed, &docs)).await?;
    }
    Ok(staged)
}

async fn rebuild_after_logging(
    store: &Store,
    site: &Arc<SiteDefinition>,
    index: &Arc<TextIndex>,
    upto: i64,
    now: Timestamp,
) -> Result<(), IndexingError> {
    let started = std::time::Instant::now();
    let n = rebuild_to(store, site, index, upto, now, |_| {}).await?;
    tracing::info!(
        items = n,
        seconds = started.elapsed().as_secs_f64(),
        "search index rebuilt"
    );
    Ok(())
}

/// Above this many changed items, the catalog is reloaded from the database rather than
/// updated in memory.
const RELOAD_CATALOG_ABOVE: usize = 100_000;

/// How long the follower waits after a write of this process before it applies it, so
/// that one tick takes the writes that follow within that time.
const WRITE_GATHERING: Duration = Duration::from_millis(200);

/// Follows the database: applies its changes to the search index and to the catalog, every
/// `every`, at once after a write of this process, and, on PostgreSQL, at once when another
/// node commits a write (LISTEN/NOTIFY wakes the follower; the outbox stays the record, and
/// the ticks go on, so a lost notification costs at most one tick).
pub async fn follow(state: App, every: Duration) {
    let mut tick = tokio::time::interval(every);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut listener = listen(&state).await;
    loop {
        tokio::select! {
            _ = tick.tick() => {}
            () = state.write_noticed() => {
                // Writes come in bursts: take the burst's next writes in the same tick.
                tokio::time::sleep(WRITE_GATHERING.min(every)).await;
            }
            heard = other_nodes_wrote(&mut listener) => {
                match heard {
                    Ok(()) => tokio::time::sleep(WRITE_GATHERING.min(every)).await,
                    Err(e) => {
                        // The server is away: the ticks go on (and fail) until it is back;
                        // the listener reconnects when next asked, at most once a tick.
                        tracing::warn!(error = %e, "listening for other nodes' writes failed");
                        tokio::time::sleep(every.max(Duration::from_secs(1))).await;
                    }
                }
            }
        }
        match apply_changes(&state).await {
            Ok(_) => state.note_follow(true),
            Err(e) => {
                state.note_follow(false);
                tracing::warn!(
                    error = %e,
                    failures_in_a_row = state.follow_failures(),
                    "following the database failed"
                );
            }
        }
    }
}

/// The listener for other nodes' writes, if the database has one (PostgreSQL).
async fn listen(state: &App) -> Option<store::ChangeListener> {
    match state.store.listen_for_changes().await {
        Ok(listener) => listener,
        Err(e) => {
            tracing::warn!(
                error = %e,
                "cannot listen for other nodes' writes: following them by polling alone"
            );
            None
        }
    }
}

/// Waits until another node commits a write; never, without a listener.
async fn other_nodes_wrote(listener: &mut Option<store::ChangeListener>) -> Result<(), StoreError> {
    match listener {
        Some(listener) => listener.changed().await,
        None => std::future::pending().await,
    }
}

/// Applies the database's new changes: the site definition's, then the items' to the search
/// index and to the catalog. A step that fails does not keep the others from running.
/// Returns whether the catalog changed.
pub async fn apply_changes(state: &App) -> Result<bool, IndexingError> {
    // The last change is read before the site definition, so that the definition used to
    // index includes every site change recorded up to it (they are written together).
    let upto = state.store.change_counter().await?;
    // Without the definition that includes every site change up to `upto`, a renamed
    // structure's items would be indexed by their old names and never again: wait.
    if let Err(e) = state.reload_site().await {
        let catalog = refresh_catalog(state).await;
        catalog?;
        return Err(e.into());
    }
    let indexed = catch_up_to(
        &state.store,
        &state.site(),
        &state.text,
        upto,
        state.clock.now(),
    )
    .await;
    let catalog = refresh_catalog(state).await;
    indexed?;
    Ok(catalog?)
}

/// Brings the catalog up to the database's last change: the changed items are applied in
/// memory, or, after very many changes, the catalog is reloaded. Returns whether anything
/// changed.
pub async fn refresh_catalog(state: &App) -> Result<bool, StoreError> {
    let now = state.store.change_counter().await?;
    let seen = state.catalog_change();
    if now == seen {
        return Ok(false);
    }
    // Pages rendered before the change may show what changed: never serve them again,
    // even if the catalog cannot be updated now.
    state.drop_cached_pages();
    let started = std::time::Instant::now();
    state.reload_glossary().await?;
    let changed = state.store.changed_items(seen, now).await?;
    let catalog = if changed.len() > RELOAD_CATALOG_ABOVE || now < seen {
        load_catalog(&state.store, &state.site()).await?
    } else {
        update_catalog(
            &state.store,
            &state.site(),
            state.catalog(),
            changed.clone(),
        )
        .await?
    };
    tracing::info!(
        items = catalog.len(),
        changed = changed.len(),
        milliseconds = started.elapsed().as_millis() as u64,
        "database changed: catalog updated"
    );
    state.replace_catalog(catalog);
    state.set_catalog_change(now);
    state.save_snapshot_if_due(crate::catalog_snapshot::SAVE_EVERY);
    Ok(true)
}
