//! Imports: create or update items by their external key, keeping every replaced version.

use std::collections::HashMap;

use jiff::Timestamp;
use model::{ItemId, ItemStatus, NewItem, Slug};
use sqlx::AssertSqlSafe;

use crate::items::{content_hash, insert_in, micros, terms_of};
use crate::{Result, Store, StoreError};

/// What an import did with one item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Imported(ItemId),
    Updated(ItemId),
    /// The source changed and its content became a new revision, but the item's workflow
    /// state and embargo, which people changed in the workspace, were kept.
    UpdatedKeepingState(ItemId),
    Unchanged(ItemId),
}

impl Outcome {
    pub fn id(self) -> ItemId {
        match self {
            Outcome::Imported(id)
            | Outcome::Updated(id)
            | Outcome::UpdatedKeepingState(id)
            | Outcome::Unchanged(id) => id,
        }
    }
}

/// What is stored of an item an import meets again.
#[derive(Debug, Clone)]
struct Stored {
    id: i64,
    /// The hash of the item as it is now.
    content_hash: Option<String>,
    /// The hash of the item as the import last read it from its source.
    source_hash: Option<String>,
    /// Who wrote the current version ("" for an import or the command line).
    updated_by: String,
    status: String,
    embargo_until: Option<i64>,
    published_at: i64,
}

const STORED_COLUMNS: &str =
    "external_id, id, content_hash, source_hash, updated_by, status, embargo_until, published_at";

type StoredRow = (
    String,
    i64,
    Option<String>,
    Option<String>,
    String,
    String,
    Option<i64>,
    i64,
);

fn stored(row: StoredRow) -> (String, Stored) {
    let (key, id, content_hash, source_hash, updated_by, status, embargo_until, published_at) = row;
    (
        key,
        Stored {
            id,
            content_hash,
            source_hash,
            updated_by,
            status,
            embargo_until,
            published_at,
        },
    )
}

/// What an import does with an item it read from its source.
#[derive(Debug, Clone, PartialEq)]
enum Decision {
    Unchanged,
    /// Write this version (the source's content, with the stored workflow state where
    /// people set it); `kept` says whether the state was kept.
    Update {
        item: Box<NewItem>,
        kept: bool,
    },
}

/// Decides against what is stored. The source is compared with what the import last read
/// from it, never with the item as people left it: re-importing an unchanged source changes
/// nothing, whatever was done in the workspace since. A changed source replaces the content;
/// the workflow state (status, embargo, and a scheduled instant) stays as people set it,
/// unless the item is exactly as the import left it.
fn decide(stored: &Stored, item: &NewItem, hash: &str) -> Result<Decision> {
    let as_imported = match &stored.source_hash {
        Some(source) => stored.content_hash.as_deref() == Some(source.as_str()),
        // Written before the source was recorded: the import's if nobody saved it since.
        None => stored.updated_by.is_empty(),
    };
    let last_source = match &stored.source_hash {
        Some(source) => Some(source.as_str()),
        None if as_imported => stored.content_hash.as_deref(),
        None => None,
    };
    if last_source == Some(hash) {
        return Ok(Decision::Unchanged);
    }
    if as_imported {
        return Ok(Decision::Update {
            item: Box::new(item.clone()),
            kept: false,
        });
    }
    let mut next = item.clone();
    next.status = ItemStatus::parse(&stored.status)
        .map_err(|_| StoreError::Corrupt(format!("unknown status '{}'", stored.status)))?;
    next.embargo_until = stored
        .embargo_until
        .map(crate::items::instant)
        .transpose()?;
    if next.status == ItemStatus::Scheduled {
        next.published_at = crate::items::instant(stored.published_at)?;
    }
    // Without a recorded source, an item whose content equals the source's is unchanged.
    if last_source.is_none() && stored.content_hash.as_deref() == Some(&*content_hash(&next)) {
        return Ok(Decision::Unchanged);
    }
    let kept = next.status != item.status
        || next.embargo_until != item.embargo_until
        || next.published_at != item.published_at;
    Ok(Decision::Update {
        item: Box::new(next),
        kept,
    })
}

impl Store {
    /// Creates or updates items keyed by `external_id` (required), in one transaction. An
    /// item whose content changed becomes a new revision (the old one is kept in
    /// `revisions`); an unchanged one is left alone. Outcomes are in the order of `items`.
    pub async fn upsert_items(&self, items: &[NewItem], now: Timestamp) -> Result<Vec<Outcome>> {
        let keys: Vec<&str> = items
            .iter()
            .map(|i| {
                i.external_id.as_deref().ok_or_else(|| {
                    StoreError::Corrupt("an imported item needs an external id".into())
                })
            })
            .collect::<Result<_>>()?;
        let (_turn, mut tx) = self.begin_write().await?;
        let mut existing: HashMap<String, Stored> = HashMap::new();
        for chunk in keys.chunks(200) {
            let list: Vec<String> = (1..=chunk.len()).map(|i| format!("${i}")).collect();
            let sql = format!(
                "SELECT {STORED_COLUMNS} FROM items WHERE external_id IN ({})",
                list.join(", ")
            );
            let mut q = sqlx::query_as::<_, StoredRow>(AssertSqlSafe(sql));
            for k in chunk {
                q = q.bind(*k);
            }
            for row in q.fetch_all(&mut *tx).await? {
                let (key, s) = stored(row);
                existing.insert(key, s);
            }
        }
        // A key given twice in one batch: the last line wins, as it would in two batches.
        let last_of: HashMap<&str, usize> =
            keys.iter().enumerate().map(|(pos, k)| (*k, pos)).collect();
        let mut outcomes: Vec<Option<Outcome>> = vec![None; items.len()];
        let mut new_items = Vec::new();
        let mut new_positions = Vec::new();
        for (pos, (item, key)) in items.iter().zip(&keys).enumerate() {
            if last_of.get(key) != Some(&pos) {
                continue;
            }
            let hash = content_hash(item);
            let Some(stored) = existing.get(*key) else {
                new_items.push(item.clone());
                new_positions.push(pos);
                continue;
            };
            let id = ItemId(stored.id);
            outcomes[pos] = Some(match decide(stored, item, &hash)? {
                Decision::Unchanged => Outcome::Unchanged(id),
                Decision::Update { item: next, kept } => {
                    update_in(&mut tx, id, &next, &content_hash(&next), now).await?;
                    sqlx::query("UPDATE items SET source_hash = $2, updated_by = '' WHERE id = $1")
                        .bind(id.0)
                        .bind(&hash)
                        .execute(&mut *tx)
                        .await?;
                    if kept {
                        Outcome::UpdatedKeepingState(id)
                    } else {
                        Outcome::Updated(id)
                    }
                }
            });
        }
        let ids = insert_in(&mut tx, &new_items, now).await?;
        for (id, (pos, item)) in ids.iter().zip(new_positions.iter().zip(&new_items)) {
            sqlx::query("UPDATE items SET source_hash = $2 WHERE id = $1")
                .bind(id.0)
                .bind(content_hash(item))
                .execute(&mut *tx)
                .await?;
            outcomes[*pos] = Some(Outcome::Imported(*id));
        }
        tx.commit().await?;
        keys.iter()
            .map(|k| {
                last_of
                    .get(k)
                    .and_then(|&last| outcomes[last])
                    .ok_or_else(|| StoreError::Corrupt("an import outcome is missing".into()))
            })
            .collect()
    }

    /// What `upsert_items` would do, without writing anything (for a dry run).
    pub async fn predict_upsert(&self, items: &[NewItem]) -> Result<Vec<Outcome>> {
        let mut out = Vec::with_capacity(items.len());
        for item in items {
            let key = item.external_id.as_deref().unwrap_or_default();
            let row: Option<StoredRow> = sqlx::query_as(AssertSqlSafe(format!(
                "SELECT {STORED_COLUMNS} FROM items WHERE external_id = $1"
            )))
            .bind(key)
            .fetch_optional(&self.pool)
            .await?;
            out.push(match row.map(stored) {
                None => Outcome::Imported(ItemId(0)),
                Some((_, s)) => match decide(&s, item, &content_hash(item))? {
                    Decision::Unchanged => Outcome::Unchanged(ItemId(s.id)),
                    Decision::Update { kept: true, .. } => {
                        Outcome::UpdatedKeepingState(ItemId(s.id))
                    }
                    Decision::Update { kept: false, .. } => Outcome::Updated(ItemId(s.id)),
                },
            });
        }
        Ok(out)
    }

    /// The replaced versions of an item, newest first: (revision, saved_at, title).
    pub async fn revisions(&self, id: ItemId) -> Result<Vec<(i64, Timestamp, String)>> {
        let rows: Vec<(i64, i64, String)> = sqlx::query_as(
            "SELECT revision, saved_at, title FROM revisions WHERE item_id = $1 ORDER BY revision DESC",
        )
        .bind(id.0)
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter()
            .map(|(r, at, t)| {
                Ok((
                    r,
                    Timestamp::from_microsecond(at)
                        .map_err(|e| StoreError::Corrupt(e.to_string()))?,
                    t,
                ))
            })
            .collect()
    }
}

pub(crate) async fn update_in(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    id: ItemId,
    item: &NewItem,
    hash: &str,
    now: Timestamp,
) -> Result<()> {
    // Keep the version being replaced.
    let old_terms: Vec<(String, String)> = sqlx::query_as(
        "SELECT kind, slug FROM item_terms WHERE item_id = $1 ORDER BY kind, position",
    )
    .bind(id.0)
    .fetch_all(&mut **tx)
    .await?;
    let terms: Vec<String> = old_terms
        .into_iter()
        .map(|(k, s)| format!("{k}:{s}"))
        .collect();
    sqlx::query(
        "INSERT INTO revisions (item_id, revision, saved_at, item_type, language, title, summary, body_html, place, \
         time_zone, published_at, status, embargo_until, terms, author, authored_at) \
         SELECT id, revision, $2, item_type, language, title, summary, body_html, place, time_zone, published_at, \
         status, embargo_until, $3, updated_by, updated_at FROM items WHERE id = $1",
    )
    .bind(id.0)
    .bind(micros(now))
    .bind(terms.join(" "))
    .execute(&mut **tx)
    .await?;
    sqlx::query(
        "UPDATE items SET item_type = $2, language = $3, title = $4, slug = $5, summary = $6, body_html = $7, \
         place = $8, time_zone = $9, published_at = $10, status = $11, embargo_until = $12, \
         revision = revision + 1, updated_at = $13, content_hash = $14 WHERE id = $1",
    )
    .bind(id.0)
    .bind(item.item_type.as_str().to_owned())
    .bind(item.language.as_str().to_owned())
    .bind(item.title.clone())
    .bind(Slug::slugify(&item.title).to_string())
    .bind(item.summary.clone())
    .bind(item.body_html.clone())
    .bind(item.place.clone())
    .bind(item.time_zone.clone())
    .bind(micros(item.published_at))
    .bind(item.status.as_str())
    .bind(item.embargo_until.map(micros))
    .bind(micros(now))
    .bind(hash.to_owned())
    .execute(&mut **tx)
    .await?;
    sqlx::query("DELETE FROM item_terms WHERE item_id = $1")
        .bind(id.0)
        .execute(&mut **tx)
        .await?;
    for (kind, pos, slug) in terms_of(item) {
        sqlx::query(
            "INSERT INTO item_terms (item_id, kind, position, slug) VALUES ($1, $2, $3, $4)",
        )
        .bind(id.0)
        .bind(kind.code())
        .bind(pos as i64)
        .bind(slug.as_str().to_owned())
        .execute(&mut **tx)
        .await?;
    }
    sqlx::query("INSERT INTO outbox (first_id, last_id, at) VALUES ($1, $1, $2)")
        .bind(id.0)
        .bind(micros(now))
        .execute(&mut **tx)
        .await?;
    Ok(())
}
