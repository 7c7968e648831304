//! The history of the site definition: the changes administrators made to the organization,
//! in order, never edited. The definition in effect is the site files with these applied.

use jiff::Timestamp;
use model::site_change::SiteChange;

use crate::items::{TermKind, instant, micros};
use crate::{Actor, Result, Store, StoreError};

/// One change as stored.
#[derive(Debug, Clone)]
pub struct StoredSiteChange {
    pub seq: i64,
    pub change: SiteChange,
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
                let change = serde_json::from_str(&json).map_err(|e| {
                    StoreError::Corrupt(format!("site change {seq} cannot be read: {e}"))
                })?;
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
    /// again; a renamed structure's items are listed in it too, so that the search index,
    /// which knows items by their sources' names, takes the new name.
    pub async fn record_site_change(
        &self,
        after: i64,
        change: &SiteChange,
        actor: &Actor,
        now: Timestamp,
    ) -> Result<i64> {
        let json = serde_json::to_string(change)
            .map_err(|e| StoreError::Corrupt(format!("site change cannot be written: {e}")))?;
        let mut tx = self.pool.begin().await?;
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
        let mut ranges: Vec<(i64, i64)> = vec![(1, 0)];
        if let Some(slug) = change.renamed_structure() {
            let ids: Vec<(i64,)> = sqlx::query_as(
                "SELECT item_id FROM item_terms WHERE kind = $1 AND slug = $2 ORDER BY item_id",
            )
            .bind(TermKind::Source.code())
            .bind(slug.as_str())
            .fetch_all(&mut *tx)
            .await?;
            for (id,) in ids {
                match ranges.last_mut() {
                    Some(last) if last.0 <= last.1 && last.1 + 1 == id => last.1 = id,
                    _ => ranges.push((id, id)),
                }
            }
        }
        for (first, last) in ranges {
            sqlx::query("INSERT INTO outbox (first_id, last_id, at) VALUES ($1, $2, $3)")
                .bind(first)
                .bind(last)
                .bind(micros(now))
                .execute(&mut *tx)
                .await?;
        }
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
