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
    /// The workflow state the import last wrote ([`WorkflowState::code`]).
    source_state: Option<String>,
    /// Who wrote the current version ("" for an import or the command line).
    updated_by: String,
    state: WorkflowState,
}

/// The fields of an item that people set in the workspace as well as sources do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct WorkflowState {
    status: ItemStatus,
    published_at: Timestamp,
    embargo_until: Option<Timestamp>,
}

impl WorkflowState {
    fn of(item: &NewItem) -> WorkflowState {
        WorkflowState {
            status: item.status,
            published_at: item.published_at,
            embargo_until: item.embargo_until,
        }
    }

    /// "status published_at embargo_until" (microseconds; "-" for no embargo).
    fn code(self) -> String {
        format!(
            "{} {} {}",
            self.status.as_str(),
            self.published_at.as_microsecond(),
            self.embargo_until
                .map_or_else(|| "-".to_owned(), |e| e.as_microsecond().to_string())
        )
    }

    fn parse(code: &str) -> Option<WorkflowState> {
        let mut parts = code.split(' ');
        let status = ItemStatus::parse(parts.next()?).ok()?;
        let published_at = Timestamp::from_microsecond(parts.next()?.parse().ok()?).ok()?;
        let embargo_until = match parts.next()? {
            "-" => None,
            us => Some(Timestamp::from_microsecond(us.parse().ok()?).ok()?),
        };
        Some(WorkflowState {
            status,
            published_at,
            embargo_until,
        })
    }
}

const STORED_COLUMNS: &str = "external_id, id, content_hash, source_hash, source_state, updated_by, \
     status, published_at, embargo_until";

type StoredRow = (
    String,
    i64,
    Option<String>,
    Option<String>,
    Option<String>,
    String,
    String,
    i64,
    Option<i64>,
);

fn stored(row: StoredRow) -> Result<(String, Stored)> {
    let (key, id, content_hash, source_hash, source_state, updated_by, status, published, embargo) =
        row;
    let state = WorkflowState {
        status: ItemStatus::parse(&status)
            .map_err(|_| StoreError::Corrupt(format!("item {id}: unknown status '{status}'")))?,
        published_at: crate::items::instant(published)?,
        embargo_until: embargo.map(crate::items::instant).transpose()?,
    };
    Ok((
        key,
        Stored {
            id,
            content_hash,
            source_hash,
            source_state,
            updated_by,
            state,
        },
    ))
}

/// What an import does with an item it read from its source.
#[derive(Debug, Clone, PartialEq)]
enum Decision {
    Unchanged,
    /// Write this version (the source's content, with the workflow fields people set);
    /// `kept` says whether a field people set differs from the source's.
    Update {
        item: Box<NewItem>,
        kept: bool,
    },
}

/// Decides against what is stored. The source is compared with what the import last read
/// from it, never with the item as people left it: re-importing an unchanged source changes
/// nothing, whatever was done in the workspace since. A changed source replaces the content;
/// of the workflow fields (status, publication instant, embargo), each one people changed
/// since the import wrote it stays as they set it, and the others follow the source.
fn decide(stored: &Stored, item: &NewItem, hash: &str) -> Decision {
    // What the import wrote last: recorded, or — for an item written before it was — the
    // item itself when nobody saved it since.
    let imported_state = match stored.source_state.as_deref() {
        Some(code) => WorkflowState::parse(code),
        None => stored.updated_by.is_empty().then_some(stored.state),
    };
    let last_source = match &stored.source_hash {
        Some(source) => Some(source.as_str()),
        None if stored.updated_by.is_empty() => stored.content_hash.as_deref(),
        None => None,
    };
    if last_source == Some(hash) {
        return Decision::Unchanged;
    }
    let now = stored.state;
    let theirs = |changed: bool| changed || imported_state.is_none();
    let mut next = item.clone();
    let base = imported_state.unwrap_or(now);
    if theirs(now.status != base.status) {
        next.status = now.status;
    }
    if theirs(now.published_at != base.published_at) {
        next.published_at = now.published_at;
    }
    if theirs(now.embargo_until != base.embargo_until) {
        next.embargo_until = now.embargo_until;
    }
    // Without a recorded source, an item whose content equals the source's is unchanged.
    if last_source.is_none() && stored.content_hash.as_deref() == Some(&*content_hash(&next)) {
        return Decision::Unchanged;
    }
    let kept = WorkflowState::of(&next) != WorkflowState::of(item);
    Decision::Update {
        item: Box::new(next),
        kept,
    }
}

impl Store {
    /// Creates or updates items keyed by `external_id` (required), in one transaction. An
    /// item whose content changed becomes a new revision (the old one is kept in
    /// `revisions`); an unchanged one is left alone. Outcomes are in the order of `items`.
    pub async fn upsert_items(&self, items: &[NewItem], now: Timestamp) -> Result<Vec<Outcome>> {
        self.upsert_imports(items, &[], &[], now).await
    }

    /// As [`Store::upsert_items`], in the same transaction: `addresses[i]` (when given) is
    /// kept as an old address of `items[i]`, and each `(id, key)` of `adopt` gives the
    /// existing item `id`, which has no external id, the key `key` first (a page found to be
    /// an item that was written in the workspace updates that item).
    pub async fn upsert_imports(
        &self,
        items: &[NewItem],
        addresses: &[Option<String>],
        adopt: &[(ItemId, String)],
        now: Timestamp,
    ) -> Result<Vec<Outcome>> {
        let keys: Vec<&str> = items
            .iter()
            .map(|i| {
                i.external_id.as_deref().ok_or_else(|| {
                    StoreError::Corrupt("an imported item needs an external id".into())
                })
            })
            .collect::<Result<_>>()?;
        let (_turn, mut tx) = self.begin_write().await?;
        for (id, key) in adopt {
            sqlx::query("UPDATE items SET external_id = $2 WHERE id = $1 AND external_id IS NULL")
                .bind(id.0)
                .bind(key)
                .execute(&mut *tx)
                .await?;
        }
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
                let (key, s) = stored(row)?;
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
            outcomes[pos] = Some(match decide(stored, item, &hash) {
                Decision::Unchanged => Outcome::Unchanged(id),
                Decision::Update { item: next, kept } => {
                    update_in(&mut tx, id, &next, &content_hash(&next), now).await?;
                    sqlx::query(
                        "UPDATE items SET source_hash = $2, source_state = $3, updated_by = '' \
                         WHERE id = $1",
                    )
                    .bind(id.0)
                    .bind(&hash)
                    .bind(WorkflowState::of(item).code())
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
            sqlx::query("UPDATE items SET source_hash = $2, source_state = $3 WHERE id = $1")
                .bind(id.0)
                .bind(content_hash(item))
                .bind(WorkflowState::of(item).code())
                .execute(&mut *tx)
                .await?;
            outcomes[*pos] = Some(Outcome::Imported(*id));
        }
        let outcomes: Vec<Outcome> = keys
            .iter()
            .map(|k| {
                last_of
                    .get(k)
                    .and_then(|&last| outcomes[last])
                    .ok_or_else(|| StoreError::Corrupt("an import outcome is missing".into()))
            })
            .collect::<Result<_>>()?;
        for (outcome, address) in outcomes.iter().zip(addresses) {
            if let Some(url) = address {
                crate::addresses::record_in(&mut tx, outcome.id(), url).await?;
            }
        }
        tx.commit().await?;
        Ok(outcomes)
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
            out.push(match row.map(stored).transpose()? {
                None => Outcome::Imported(ItemId(0)),
                Some((_, s)) => match decide(&s, item, &content_hash(item)) {
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
    crate::media::announce_item(tx, id, now).await
}
