//! Items written by people (the workspace, the write API): every save is a new revision with
//! its author, a save based on an outdated revision is refused, and every change is audited.

use jiff::Timestamp;
use model::{Item, ItemId, ItemStatus, NewItem};
use sqlx::{AssertSqlSafe, Row};

use crate::accounts::Actor;
use crate::items::instant;
use crate::items::{ItemStamp, content_hash, insert_in};
use crate::upsert::update_in;
use crate::{Result, Store, StoreError};

/// An item as saved: its id and its revision now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Saved {
    pub id: ItemId,
    pub revision: i64,
}

/// One version of an item, for the history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RevisionInfo {
    pub revision: i64,
    pub author: String,
    pub authored_at: Timestamp,
    pub title: String,
    pub status: String,
}

/// A save refused because the item changed since the writer loaded it.
#[derive(Debug, Clone)]
pub struct Stale {
    /// The item as it is now.
    pub current: Box<Item>,
}

/// Why a save did not happen.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    #[error("the item changed since you loaded it (it is at revision {})", .0.current.revision)]
    Stale(Stale),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<sqlx::Error> for SaveError {
    fn from(e: sqlx::Error) -> Self {
        SaveError::Store(StoreError::Database(e))
    }
}

impl Store {
    /// Stores a new item as revision 1, written by `actor`.
    pub async fn create_item(
        &self,
        item: &NewItem,
        actor: &Actor,
        now: Timestamp,
    ) -> Result<Saved> {
        let (_turn, mut tx) = self.begin_write().await?;
        if let Some(key) = &item.external_id {
            let taken: Option<(i64,)> =
                sqlx::query_as("SELECT id FROM items WHERE external_id = $1")
                    .bind(key)
                    .fetch_optional(&mut *tx)
                    .await?;
            if taken.is_some() {
                return Err(StoreError::Conflict(format!(
                    "an item has the external_id '{}'",
                    model::text::shown(key)
                )));
            }
        }
        let id = insert_written_in(&mut tx, item, actor, now).await?;
        Store::audit_in(
            &mut tx,
            actor,
            now,
            "item.create",
            &format!("item {}", id.0),
            &format!("{} · {}", item.status.as_str(), item.title),
        )
        .await?;
        tx.commit().await?;
        Ok(Saved { id, revision: 1 })
    }

    /// Replaces an item's content with `item` as a new revision, if the item is still at
    /// revision `expected`; otherwise nothing is written and the current item comes back.
    /// `action` names the change in the audit log ("item.save", "item.publish", …).
    pub async fn save_item(
        &self,
        id: ItemId,
        expected: i64,
        item: &NewItem,
        actor: &Actor,
        action: &str,
        now: Timestamp,
    ) -> Result<Saved, SaveError> {
        let (turn, mut tx) = self.begin_write().await?;
        let row: Option<(i64,)> = sqlx::query_as("SELECT revision FROM items WHERE id = $1")
            .bind(id.0)
            .fetch_optional(&mut *tx)
            .await?;
        let Some((revision,)) = row else {
            return Err(StoreError::NotFound.into());
        };
        if revision != expected {
            drop(tx);
            drop(turn);
            let current = self.item(id).await?.ok_or(StoreError::NotFound)?;
            return Err(SaveError::Stale(Stale {
                current: Box::new(current),
            }));
        }
        crate::translations::check_order(&mut tx, id, item).await?;
        update_in(&mut tx, id, item, &content_hash(item), now).await?;
        sqlx::query("UPDATE items SET updated_by = $2 WHERE id = $1")
            .bind(id.0)
            .bind(&actor.name)
            .execute(&mut *tx)
            .await?;
        Store::audit_in(
            &mut tx,
            actor,
            now,
            action,
            &format!("item {}", id.0),
            &format!(
                "revision {} · {} · {}",
                revision + 1,
                item.status.as_str(),
                item.title
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(Saved {
            id,
            revision: revision + 1,
        })
    }

    /// The other items of an item's translation group: (id, language, title), by id.
    pub async fn translations(&self, id: ItemId) -> Result<Vec<(ItemId, String, String)>> {
        let rows: Vec<(i64, String, String)> = sqlx::query_as(
            "SELECT id, language, title FROM items WHERE id <> $1 AND translation_group = \
             (SELECT translation_group FROM items WHERE id = $1) ORDER BY id",
        )
        .bind(id.0)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|(i, l, t)| (ItemId(i), l, t))
            .collect())
    }

    /// Every item of the translation groups of `ids` (those items included), whatever its
    /// status: (group, language, stamp), by id. One query for a whole page of items; the
    /// caller keeps the public ones.
    pub async fn translation_groups(
        &self,
        ids: &[ItemId],
    ) -> Result<Vec<(i64, String, ItemStamp)>> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let list: Vec<String> = (1..=ids.len()).map(|i| format!("${i}")).collect();
        let sql = format!(
            "{GROUP_MEMBERS} (SELECT translation_group FROM items WHERE id IN ({})) ORDER BY id",
            list.join(", ")
        );
        let mut q = sqlx::query_as::<_, GroupRow>(AssertSqlSafe(sql));
        for id in ids {
            q = q.bind(id.0);
        }
        q.fetch_all(&self.pool)
            .await?
            .into_iter()
            .map(group_member)
            .collect()
    }

    /// [`translation_groups`](Self::translation_groups) of the items whose ids are in
    /// `first..=last` (a part of the sitemap).
    pub async fn translation_groups_between(
        &self,
        first: ItemId,
        last: ItemId,
    ) -> Result<Vec<(i64, String, ItemStamp)>> {
        let sql = format!(
            "{GROUP_MEMBERS} (SELECT translation_group FROM items WHERE id >= $1 AND id <= $2) \
             ORDER BY id"
        );
        sqlx::query_as::<_, GroupRow>(AssertSqlSafe(sql))
            .bind(first.0)
            .bind(last.0)
            .fetch_all(&self.pool)
            .await?
            .into_iter()
            .map(group_member)
            .collect()
    }

    /// Every version of an item, newest first (the current one first).
    pub async fn history(&self, id: ItemId) -> Result<Vec<RevisionInfo>> {
        let mut out = Vec::new();
        let current = sqlx::query(
            "SELECT revision, updated_by, updated_at, title, status FROM items WHERE id = $1",
        )
        .bind(id.0)
        .fetch_optional(&self.pool)
        .await?;
        let Some(current) = current else {
            return Ok(out);
        };
        out.push(RevisionInfo {
            revision: current.try_get(0)?,
            author: current.try_get(1)?,
            authored_at: instant(current.try_get(2)?)?,
            title: current.try_get(3)?,
            status: current.try_get(4)?,
        });
        let rows = sqlx::query(
            "SELECT revision, author, authored_at, title, status FROM revisions \
             WHERE item_id = $1 ORDER BY revision DESC",
        )
        .bind(id.0)
        .fetch_all(&self.pool)
        .await?;
        for r in &rows {
            out.push(RevisionInfo {
                revision: r.try_get(0)?,
                author: r.try_get(1)?,
                authored_at: instant(r.try_get(2)?)?,
                title: r.try_get(3)?,
                status: r.try_get(4)?,
            });
        }
        Ok(out)
    }

    /// The content of an item at an earlier revision (the current item for its own
    /// revision), with the item's other fields as they are now.
    pub async fn item_at(&self, id: ItemId, revision: i64) -> Result<Option<Item>> {
        let Some(mut item) = self.item(id).await? else {
            return Ok(None);
        };
        if item.revision == revision {
            return Ok(Some(item));
        }
        let row = sqlx::query(
            "SELECT item_type, language, title, summary, body_html, place, time_zone, published_at, \
             status, embargo_until, terms FROM revisions WHERE item_id = $1 AND revision = $2",
        )
        .bind(id.0)
        .bind(revision)
        .fetch_optional(&self.pool)
        .await?;
        let Some(r) = row else {
            return Ok(None);
        };
        let corrupt = |e: model::ParseError| StoreError::Corrupt(e.to_string());
        let d = &mut item.data;
        d.item_type = model::Slug::parse(&r.try_get::<String, _>(0)?).map_err(corrupt)?;
        d.language = model::LanguageCode::parse(&r.try_get::<String, _>(1)?).map_err(corrupt)?;
        d.title = r.try_get(2)?;
        d.summary = r.try_get(3)?;
        d.body_html = r.try_get(4)?;
        d.place = r.try_get(5)?;
        d.time_zone = r.try_get(6)?;
        d.published_at = instant(r.try_get(7)?)?;
        let status: String = r.try_get(8)?;
        d.status = ItemStatus::parse(&status).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        d.embargo_until = r.try_get::<Option<i64>, _>(9)?.map(instant).transpose()?;
        d.sources.clear();
        d.fields_of_work.clear();
        d.countries.clear();
        d.meetings.clear();
        let terms: String = r.try_get(10)?;
        for t in terms.split_whitespace() {
            let Some((kind, slug)) = t.split_once(':') else {
                continue;
            };
            let slug = model::Slug::parse(slug).map_err(corrupt)?;
            match kind {
                "s" => d.sources.push(slug),
                "f" => d.fields_of_work.push(slug),
                "c" => d.countries.push(slug),
                "m" => d.meetings.push(slug),
                other => return Err(StoreError::Corrupt(format!("unknown term kind '{other}'"))),
            }
        }
        item.revision = revision;
        Ok(Some(item))
    }
}

/// The items of some translation groups; the query ends with the groups' list.
const GROUP_MEMBERS: &str = "SELECT translation_group, language, id, slug, updated_at, status, \
     published_at, embargo_until FROM items WHERE translation_group IN";

type GroupRow = (i64, String, i64, String, i64, String, i64, Option<i64>);

fn group_member(row: GroupRow) -> Result<(i64, String, ItemStamp)> {
    let (group, language, id, slug, updated, status, published, embargo) = row;
    let corrupt = |e: model::ParseError| StoreError::Corrupt(format!("item {id}: {e}"));
    Ok((
        group,
        language,
        ItemStamp {
            id: ItemId(id),
            slug: model::Slug::parse(&slug).map_err(corrupt)?,
            updated_at: instant(updated)?,
            visibility: model::Visibility {
                status: ItemStatus::parse(&status).map_err(corrupt)?,
                published_at: instant(published)?,
                embargo_until: embargo.map(instant).transpose()?,
            },
        },
    ))
}

/// Inserts one item written by `actor` in the workspace (its first revision, with its author
/// and the hash of its content), in `tx`, and returns its id.
pub(crate) async fn insert_written_in(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    item: &NewItem,
    actor: &Actor,
    now: Timestamp,
) -> Result<ItemId> {
    let ids = insert_in(tx, std::slice::from_ref(item), now).await?;
    let id = *ids
        .first()
        .ok_or_else(|| StoreError::Corrupt("no id for a new item".into()))?;
    sqlx::query("UPDATE items SET updated_by = $2, content_hash = $3 WHERE id = $1")
        .bind(id.0)
        .bind(&actor.name)
        .bind(content_hash(item))
        .execute(&mut **tx)
        .await?;
    Ok(id)
}
