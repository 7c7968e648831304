//! Abbreviations stored in the database, beside the site definition's glossary.

use jiff::Timestamp;
use model::site::GlossaryEntry;

use crate::{Result, Store, StoreError};

/// An abbreviation of one language, with where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredAbbreviation {
    pub language: String,
    pub entry: GlossaryEntry,
    pub origin: String,
    pub added_at: Timestamp,
}

impl Store {
    /// Every stored abbreviation, by language then abbreviation.
    pub async fn glossary(&self) -> Result<Vec<StoredAbbreviation>> {
        let rows: Vec<(String, String, String, String, i64)> = sqlx::query_as(
            "SELECT language, abbreviation, expansion, origin, added_at FROM glossary \
             ORDER BY language, abbreviation",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter()
            .map(|(language, abbr, expansion, origin, at)| {
                Ok(StoredAbbreviation {
                    language,
                    entry: GlossaryEntry { abbr, expansion },
                    origin,
                    added_at: Timestamp::from_microsecond(at)
                        .map_err(|e| StoreError::Corrupt(format!("glossary instant {at}: {e}")))?,
                })
            })
            .collect()
    }

    /// Adds the abbreviations not stored yet (an abbreviation already stored for its
    /// language keeps its expansion), in one transaction; a running server sees them through
    /// the change outbox. Returns how many were added.
    pub async fn add_to_glossary(
        &self,
        entries: &[StoredAbbreviation],
        now: Timestamp,
    ) -> Result<usize> {
        let (_turn, mut tx) = self.begin_write().await?;
        let mut added = 0;
        for e in entries {
            let done = sqlx::query(
                "INSERT INTO glossary (language, abbreviation, expansion, origin, added_at) \
                 VALUES ($1, $2, $3, $4, $5) ON CONFLICT (language, abbreviation) DO NOTHING",
            )
            .bind(&e.language)
            .bind(&e.entry.abbr)
            .bind(&e.entry.expansion)
            .bind(&e.origin)
            .bind(e.added_at.as_microsecond())
            .execute(&mut *tx)
            .await?;
            added += usize::try_from(done.rows_affected()).unwrap_or(0);
        }
        if added > 0 {
            crate::items::announce_in(&mut tx, now, None).await?;
        }
        tx.commit().await?;
        Ok(added)
    }

    /// Removes a stored abbreviation (the site definition's entries are not stored here).
    /// Returns whether there was one.
    pub async fn remove_from_glossary(
        &self,
        language: &str,
        abbreviation: &str,
        actor: &crate::Actor,
        now: Timestamp,
    ) -> Result<bool> {
        let (_turn, mut tx) = self.begin_write().await?;
        let done = sqlx::query("DELETE FROM glossary WHERE language = $1 AND abbreviation = $2")
            .bind(language)
            .bind(abbreviation)
            .execute(&mut *tx)
            .await?;
        let removed = done.rows_affected() > 0;
        if removed {
            crate::items::announce_in(&mut tx, now, None).await?;
            Store::audit_in(
                &mut tx,
                actor,
                now,
                "glossary.remove",
                &format!("{language} {abbreviation}"),
                "",
            )
            .await?;
        }
        tx.commit().await?;
        Ok(removed)
    }

    /// Adds one abbreviation written by a person, audited; false when the language already
    /// has it (its expansion is kept).
    pub async fn add_abbreviation(
        &self,
        entry: &StoredAbbreviation,
        actor: &crate::Actor,
        now: Timestamp,
    ) -> Result<bool> {
        let (_turn, mut tx) = self.begin_write().await?;
        let done = sqlx::query(
            "INSERT INTO glossary (language, abbreviation, expansion, origin, added_at) \
             VALUES ($1, $2, $3, $4, $5) ON CONFLICT (language, abbreviation) DO NOTHING",
        )
        .bind(&entry.language)
        .bind(&entry.entry.abbr)
        .bind(&entry.entry.expansion)
        .bind(&entry.origin)
        .bind(entry.added_at.as_microsecond())
        .execute(&mut *tx)
        .await?;
        let added = done.rows_affected() > 0;
        if added {
            crate::items::announce_in(&mut tx, now, None).await?;
            Store::audit_in(
                &mut tx,
                actor,
                now,
                "glossary.add",
                &format!("{} {}", entry.language, entry.entry.abbr),
                &entry.entry.expansion,
            )
            .await?;
        }
        tx.commit().await?;
        Ok(added)
    }
}
