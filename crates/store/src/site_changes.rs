//! The history of the site definition: the changes administrators made to the organization,
//! in order, never edited. The definition in effect is the site files with these applied.

use jiff::Timestamp;
use model::site_change::SiteChange;
use model::{ItemId, Slug};

use crate::items::{TermKind, instant, micros};
use crate::{Actor, Result, Store, StoreError};

/// One change as stored.
#[derive(Debug, Clone)]
pub struct StoredSiteChange {
    pub seq: i64,
    /// The change, or why it cannot be read (written by a newer version, say): such a row is
    /// kept and shown, and skipped like a change that no longer applies.
    pub change: Result<SiteChange, String>,
    /// The account's email, or "command line".
    pub author: String,
    pub made_at: Timestamp,
}

impl Store {
    /// Every change, oldest first.
    pub async fn site_changes(&self) -> Result<Vec<StoredSiteChange>> {
        let rows: Vec<(i64, String, String, i64)> =
            sqlx::query_as("SELECT seq, change, author, made_at FROM site_changes ORDER BY seq")
                .fetch_all(&self.pool)
                .await?;
        rows.into_iter()
            .map(|(seq, json, author, at)| {
                let change = serde_json::from_str(&json)
                    .map_err(|e| format!("it cannot be read ({e}): {json}"));
                Ok(StoredSiteChange {
                    seq,
                    change,
                    author,
                    made_at: instant(at)?,
                })
            })
            .collect()
    }

    /// The number of the last change (0 when there is none).
    pub async fn last_site_change(&self) -> Result<i64> {
        let (n,): (i64,) = sqlx::query_as("SELECT COALESCE(MAX(seq), 0) FROM site_changes")
            .fetch_one(&self.pool)
            .await?;
        Ok(n)
    }

    /// Records a change made on top of change number `after`, audited. When another change
    /// was recorded since, nothing is written and the answer is a conflict (the change was
    /// checked against a definition that is no longer the latest).
    ///
    /// The outbox row written with it tells every serving process to read the definition
    /// again; it names a renamed structure, whose items the search index, which knows items
    /// by their sources' names, then indexes again.
    pub async fn record_site_change(
        &self,
        after: i64,
        change: &SiteChange,
        actor: &Actor,
        now: Timestamp,
    ) -> Result<i64> {
        let json = serde_json::to_string(change)
            .map_err(|e| StoreError::Corrupt(format!("site change cannot be written: {e}")))?;
        let (_turn, mut tx) = self.begin_write().await?;
        let done = sqlx::query(
            "INSERT INTO site_changes (change, author, made_at) \
             SELECT $1, $2, $3 WHERE (SELECT COALESCE(MAX(seq), 0) FROM site_changes) = $4",
        )
        .bind(&json)
        .bind(&actor.name)
        .bind(micros(now))
        .bind(after)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::Conflict(
                "the site definition was changed meanwhile".into(),
            ));
        }
        let (seq,): (i64,) = sqlx::query_as("SELECT MAX(seq) FROM site_changes")
            .fetch_one(&mut *tx)
            .await?;
        crate::items::announce_in(&mut tx, now, change.renamed_structure().map(Slug::as_str))
            .await?;
        Store::audit_in(
            &mut tx,
            actor,
            now,
            "site.change",
            &change.subject(),
            &change.to_string(),
        )
        .await?;
        tx.commit().await?;
        Ok(seq)
    }
}

impl Store {
    /// The items to index again for the changes after `after` up to `upto`: the items they
    /// touched, and the items filed under a structure they renamed. In increasing order.
    pub async fn items_to_index(&self, after: i64, upto: i64) -> Result<Vec<ItemId>> {
        let mut ids = self.changed_items(after, upto).await?;
        let renamed: Vec<(String,)> = sqlx::query_as(
            "SELECT DISTINCT renamed_structure FROM outbox \
             WHERE seq > $1 AND seq <= $2 AND renamed_structure IS NOT NULL",
        )
        .bind(after)
        .bind(upto)
        .fetch_all(&self.pool)
        .await?;
        for (slug,) in renamed {
            let filed: Vec<(i64,)> =
                sqlx::query_as("SELECT item_id FROM item_terms WHERE kind = $1 AND slug = $2")
                    .bind(TermKind::Source.code())
                    .bind(&slug)
                    .fetch_all(&self.pool)
                    .await?;
            ids.extend(filed.into_iter().map(|(id,)| ItemId(id)));
        }
        ids.sort_unstable();
        ids.dedup();
        Ok(ids)
    }
}
