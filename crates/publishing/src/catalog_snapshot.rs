//! The catalog kept in the data dir between starts (`catalog.snapshot`), so that a node
//! starts from its previous state: it reads the file, applies the database's changes since
//! (the outbox says which items), and answers — instead of reading every item from the
//! database, which takes tens of seconds with a million items.
//!
//! A snapshot is used only when its stamp matches: this build, this database (an id stored
//! in it on first use), the site definition's structures (sources are counted with their
//! ancestors), and a change the database has not gone back behind. Anything else — no file,
//! another version, a damaged file, a restored older database, too many changes since —
//! and the catalog is read from the database as before; the file is then written again.
//!
//! A running node writes it after its start when it did not come from it, at most every
//! [`SAVE_EVERY`] while the database changes, and when it stops. The file is written beside
//! its name and renamed, so a crash leaves the previous one whole.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use model::{ItemId, SiteDefinition};
use search::Catalog;
use sha2::{Digest, Sha256};
use store::{Store, StoreError};

use crate::catalog::{load_catalog, update_catalog};

/// The file in the data dir.
pub const SNAPSHOT_FILE: &str = "catalog.snapshot";

/// The key under which a database keeps its id (`site_state`).
const DATABASE_ID: &str = "database_id";

/// How often at most a running node writes the snapshot again while the database changes.
pub const SAVE_EVERY: Duration = Duration::from_secs(300);

/// Above this many changed items since the snapshot, the catalog is read from the database.
const APPLY_AT_MOST: usize = 100_000;

/// Where a node keeps its snapshot, and what it last wrote.
#[derive(Debug)]
pub struct SnapshotPlace {
    path: PathBuf,
    database: String,
    /// The change of the last snapshot written or read, and when.
    last: std::sync::Mutex<Option<(i64, Instant)>>,
    /// Held while a snapshot is written (one at a time).
    writing: std::sync::Mutex<()>,
}

/// How a node's catalog came to be at its start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// From the snapshot, with this many changed items applied since.
    Snapshot { applied: usize },
    /// From the database; why the snapshot was not used.
    Database(&'static str),
}

impl SnapshotPlace {
    /// The place in `data_dir` for the database of `store` (giving the database an id the
    /// first time).
    pub async fn in_data_dir(data_dir: &Path, store: &Store) -> Result<SnapshotPlace, StoreError> {
        let fresh = {
            let mut bytes = [0u8; 16];
            // Without randomness, the time: an id only has to differ between databases.
            if getrandom::fill(&mut bytes).is_err() {
                bytes = jiff::Timestamp::now().as_nanosecond().to_le_bytes();
            }
            bytes.iter().map(|b| format!("{b:02x}")).collect::<String>()
        };
        let database = store.init_state(DATABASE_ID, &fresh).await?;
        Ok(SnapshotPlace {
            path: data_dir.join(SNAPSHOT_FILE),
            database,
            last: std::sync::Mutex::new(None),
            writing: std::sync::Mutex::new(()),
        })
    }

    fn stamp(&self, change: i64, site: &SiteDefinition) -> String {
        format!(
            "communique {}\ndatabase {}\nchange {change}\nsite {}",
            env!("CARGO_PKG_VERSION"),
            self.database,
            site_fingerprint(site)
        )
    }

    /// The change a stamp names, if it is otherwise this node's stamp for `site`.
    fn change_of(&self, stamp: &[u8], site: &SiteDefinition) -> Option<i64> {
        let stamp = std::str::from_utf8(stamp).ok()?;
        let change: i64 = stamp
            .lines()
            .find_map(|l| l.strip_prefix("change "))?
            .parse()
            .ok()?;
        (self.stamp(change, site) == stamp).then_some(change)
    }

    fn note(&self, change: i64) {
        let mut last = match self.last.lock() {
            Ok(l) => l,
            Err(poisoned) => poisoned.into_inner(),
        };
        *last = Some((change, Instant::now()));
    }

    /// Whether a snapshot of `change` is worth writing now: something changed since the last
    /// one, and that one is older than `every`.
    pub fn due(&self, change: i64, every: Duration) -> bool {
        let last = match self.last.lock() {
            Ok(l) => *l,
            Err(poisoned) => *poisoned.into_inner(),
        };
        last.is_none_or(|(c, at)| c != change && at.elapsed() >= every)
    }

    /// Whether the last snapshot written or read is of `change`.
    pub fn holds(&self, change: i64) -> bool {
        let last = match self.last.lock() {
            Ok(l) => *l,
            Err(poisoned) => *poisoned.into_inner(),
        };
        last.is_some_and(|(c, _)| c == change)
    }

    /// Writes the snapshot of `catalog` at `change` (blocking: call it off the async
    /// threads). While another write is under way, waits for it when `wait`, else returns
    /// `false` without writing.
    pub fn save(
        &self,
        catalog: &Catalog,
        change: i64,
        site: &SiteDefinition,
        wait: bool,
    ) -> std::io::Result<bool> {
        let _writing = match self.writing.try_lock() {
            Ok(guard) => guard,
            Err(std::sync::TryLockError::Poisoned(p)) => p.into_inner(),
            Err(std::sync::TryLockError::WouldBlock) if wait => match self.writing.lock() {
                Ok(guard) => guard,
                Err(poisoned) => poisoned.into_inner(),
            },
            Err(std::sync::TryLockError::WouldBlock) => return Ok(false),
        };
        let bytes = catalog.to_snapshot(self.stamp(change, site).as_bytes());
        let partial = self.path.with_extension("snapshot.partial");
        std::fs::write(&partial, &bytes)?;
        std::fs::rename(&partial, &self.path)?;
        self.note(change);
        Ok(true)
    }

    /// The snapshot's catalog and change, when it is this node's for `site` and no newer
    /// than `upto`; else why not.
    fn read(&self, site: &SiteDefinition, upto: i64) -> Result<(Catalog, i64), &'static str> {
        let bytes = match std::fs::read(&self.path) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err("there is none"),
            Err(_) => return Err("it cannot be read"),
        };
        let stamp = Catalog::snapshot_stamp(&bytes).map_err(|_| "it is of another version")?;
        let change = self
            .change_of(stamp, site)
            .ok_or("it is of another version, database or site definition")?;
        if change > upto {
            return Err("the database is older than it (restored?)");
        }
        let (catalog, _) = Catalog::from_snapshot(&bytes).map_err(|e| match e {
            search::SnapshotError::Format => "it is of another version",
            search::SnapshotError::Damaged(_) => "it is damaged",
        })?;
        Ok((catalog, change))
    }
}

/// The catalog at (at least) the database's change `upto`: from the snapshot and the
/// changes since when it can be, else from the database.
pub async fn starting_catalog(
    place: &Arc<SnapshotPlace>,
    store: &Store,
    site: &Arc<SiteDefinition>,
    upto: i64,
) -> Result<(Catalog, Origin), StoreError> {
    let read = {
        let (place, site) = (Arc::clone(place), Arc::clone(site));
        tokio::task::spawn_blocking(move || place.read(&site, upto))
            .await
            .unwrap_or(Err("it cannot be read"))
    };
    let why = match read {
        Ok((catalog, change)) => {
            let changed: Vec<ItemId> = store.changed_items(change, upto).await?;
            if changed.len() <= APPLY_AT_MOST {
                let applied = changed.len();
                let catalog = if changed.is_empty() {
                    catalog
                } else {
                    update_catalog(store, site, Arc::new(catalog), changed).await?
                };
                if applied == 0 {
                    place.note(change);
                }
                return Ok((catalog, Origin::Snapshot { applied }));
            }
            "too many items changed since"
        }
        Err(why) => why,
    };
    Ok((load_catalog(store, site).await?, Origin::Database(why)))
}

/// What of the site definition the catalog depends on: each structure with its ancestors
/// (an item is counted under its sources and their ancestors).
fn site_fingerprint(site: &SiteDefinition) -> String {
    let mut h = Sha256::new();
    for idx in 0..site.structures.len() {
        for s in site.structure_with_ancestors(idx) {
            h.update(s.to_string().as_bytes());
            h.update(b"/");
        }
        h.update(b"\n");
    }
    h.finalize()
        .iter()
        .take(16)
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_snapshot_is_due_after_a_change_and_a_while() {
        let place = SnapshotPlace {
            path: PathBuf::from("unused"),
            database: "d".into(),
            last: std::sync::Mutex::new(None),
            writing: std::sync::Mutex::new(()),
        };
        assert!(place.due(5, SAVE_EVERY), "never written");
        place.note(5);
        assert!(!place.due(5, Duration::ZERO), "nothing changed");
        assert!(!place.due(6, SAVE_EVERY), "too soon");
        assert!(place.due(6, Duration::ZERO));
    }
}
