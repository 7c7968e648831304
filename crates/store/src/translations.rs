//! Translations made in the workspace: a draft in another language made from an original,
//! the revision of the original it says the same as, and the dashboard's lists (translations
//! whose original changed since, recent public items that lack a language).
//!
//! A translation is outdated when the original is at a newer revision *and* its text (title,
//! summary, body, place) differs from the text at the recorded revision: a workflow move of
//! the original (publishing it, a new date) is a revision too, but gives nothing to translate.

use jiff::Timestamp;
use model::{ItemId, NewItem};
use sqlx::AssertSqlSafe;

use crate::accounts::Actor;
use crate::editorial::Saved;
use crate::items::{instant, micros};
use crate::{Result, Store, StoreError};

/// What a translation was made from, and whether it still says what the original says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TranslationSource {
    pub original: ItemId,
    /// The original's revision the translation says the same as.
    pub revision: i64,
    /// The original's revision now.
    pub current: i64,
    /// Whether the original's text changed after `revision`.
    pub outdated: bool,
    /// Who recorded `revision` (made the translation or marked it up to date), and when.
    pub checked_by: String,
    pub checked_at: Timestamp,
}

/// A translation whose original's text changed after the revision it matches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutdatedTranslation {
    pub id: ItemId,
    pub language: String,
    pub title: String,
    pub original: ItemId,
    pub original_title: String,
    /// The original's revision the translation matches.
    pub revision: i64,
    /// The original's revision now.
    pub current: i64,
}

/// A recent public original and the languages its group has no version in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MissingItem {
    pub id: ItemId,
    pub title: String,
    pub language: String,
    pub published_at: Timestamp,
    /// The IANA zone of the item's place (its date is the date there).
    pub time_zone: String,
    /// The languages asked about that the item's group lacks, in the order asked.
    pub missing: Vec<String>,
}

/// The recent public originals that lack a version in some of the languages asked about.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MissingTranslations {
    /// For each language asked about (in that order): how many originals lack it.
    pub counts: Vec<(String, i64)>,
    /// The most recent of those originals, newest first.
    pub recent: Vec<MissingItem>,
}

/// Why a translation was not made or not marked up to date.
#[derive(Debug, thiserror::Error)]
pub enum TranslationError {
    /// The original's group already has a version in this language (this item).
    #[error("the item already has a version in this language: item {0}")]
    LanguageTaken(ItemId),
    /// The original is at another revision than the one the writer saw.
    #[error("the original changed since it was read (it is at revision {current})")]
    OriginalChanged { current: i64 },
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<sqlx::Error> for TranslationError {
    fn from(e: sqlx::Error) -> Self {
        TranslationError::Store(StoreError::Database(e))
    }
}

/// The tables of a translation's source: `s` (translation_sources), `o` (the original) and
/// `r` (the original's version at the recorded revision, if kept).
const SOURCE_TABLES: &str = "translation_sources s JOIN items o ON o.id = s.original_id \
     LEFT JOIN revisions r ON r.item_id = s.original_id AND r.revision = s.revision";

/// Whether the original's text changed after the recorded revision (over [`SOURCE_TABLES`]).
/// A recorded revision the history lacks counts as changed.
const OUTDATED: &str = "o.revision > s.revision AND (r.item_id IS NULL OR r.title <> o.title \
     OR r.summary <> o.summary OR r.body_html <> o.body_html OR r.place <> o.place)";

/// Public originals (the first items of their groups) published from `$2` to `$1`.
const RECENT_PUBLIC_ORIGINALS: &str = "i.id = i.translation_group \
     AND i.status IN ('published', 'scheduled') AND i.published_at <= $1 \
     AND (i.embargo_until IS NULL OR i.embargo_until <= $1) AND i.published_at >= $2";

/// `$from, $from+1, …` for `n` parameters.
fn marks(from: usize, n: usize) -> String {
    (from..from + n)
        .map(|i| format!("${i}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The condition that item `alias` has one of `n` sources, bound from `$from` on.
fn with_sources(alias: &str, from: usize, n: usize) -> String {
    format!(
        " AND {alias}.id IN (SELECT item_id FROM item_terms WHERE kind = 's' AND slug IN ({}))",
        marks(from, n)
    )
}

type OutdatedRow = (i64, String, String, i64, String, i64, i64);
type MissingRow = (i64, String, String, i64, String);

impl Store {
    /// Stores `item` as a new draft translation of `original`, made from its revision
    /// `revision`: in the original's translation group, with the revision recorded. Refused
    /// when the original is no longer at that revision (the text copied would not be the
    /// one recorded) or its group already has a version in the item's language.
    pub async fn create_translation(
        &self,
        original: ItemId,
        revision: i64,
        item: &NewItem,
        actor: &Actor,
        now: Timestamp,
    ) -> Result<Saved, TranslationError> {
        let (_turn, mut tx) = self.begin_write().await?;
        let row: Option<(i64, i64)> =
            sqlx::query_as("SELECT revision, translation_group FROM items WHERE id = $1")
                .bind(original.0)
                .fetch_optional(&mut *tx)
                .await?;
        let Some((current, group)) = row else {
            return Err(StoreError::NotFound.into());
        };
        if current != revision {
            return Err(TranslationError::OriginalChanged { current });
        }
        let taken: Option<(i64,)> = sqlx::query_as(
            "SELECT id FROM items WHERE translation_group = $1 AND language = $2 \
             ORDER BY id LIMIT 1",
        )
        .bind(group)
        .bind(item.language.as_str().to_owned())
        .fetch_optional(&mut *tx)
        .await?;
        if let Some((id,)) = taken {
            return Err(TranslationError::LanguageTaken(ItemId(id)));
        }
        let mut item = item.clone();
        item.translation_of = Some(original);
        let id = crate::editorial::insert_written_in(&mut tx, &item, actor, now).await?;
        sqlx::query(
            "INSERT INTO translation_sources (item_id, original_id, revision, checked_by, checked_at) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(id.0)
        .bind(original.0)
        .bind(revision)
        .bind(&actor.name)
        .bind(micros(now))
        .execute(&mut *tx)
        .await?;
        Store::audit_in(
            &mut tx,
            actor,
            now,
            "item.translate",
            &format!("item {}", id.0),
            &format!(
                "translation of item {} (revision {revision}) into {} · {} · {}",
                original.0,
                item.language,
                item.status.as_str(),
                item.title
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(Saved { id, revision: 1 })
    }

    /// What the item was translated from, if it was made as a translation in the workspace.
    pub async fn translation_source(&self, id: ItemId) -> Result<Option<TranslationSource>> {
        let sql = format!(
            "SELECT s.original_id, s.revision, o.revision, s.checked_by, s.checked_at, \
             CASE WHEN {OUTDATED} THEN 1 ELSE 0 END FROM {SOURCE_TABLES} WHERE s.item_id = $1"
        );
        let row: Option<(i64, i64, i64, String, i64, i64)> = sqlx::query_as(AssertSqlSafe(sql))
            .bind(id.0)
            .fetch_optional(&self.pool)
            .await?;
        row.map(|(original, revision, current, by, at, outdated)| {
            Ok(TranslationSource {
                original: ItemId(original),
                revision,
                current,
                outdated: outdated != 0,
                checked_by: by,
                checked_at: instant(at)?,
            })
        })
        .transpose()
    }

    /// Records that translation `id` says what its original says at revision `seen` — the
    /// original's current revision, which the translator compared it with. Refused when the
    /// original moved on since (`OriginalChanged`), or when the item was not made as a
    /// translation (`NotFound`). Returns the original's id.
    pub async fn mark_translation_current(
        &self,
        id: ItemId,
        seen: i64,
        actor: &Actor,
        now: Timestamp,
    ) -> Result<ItemId, TranslationError> {
        let (_turn, mut tx) = self.begin_write().await?;
        let row: Option<(i64, i64, i64)> = sqlx::query_as(
            "SELECT s.original_id, s.revision, o.revision FROM translation_sources s \
             JOIN items o ON o.id = s.original_id WHERE s.item_id = $1",
        )
        .bind(id.0)
        .fetch_optional(&mut *tx)
        .await?;
        let Some((original, before, current)) = row else {
            return Err(StoreError::NotFound.into());
        };
        if current != seen {
            return Err(TranslationError::OriginalChanged { current });
        }
        sqlx::query(
            "UPDATE translation_sources SET revision = $2, checked_by = $3, checked_at = $4 \
             WHERE item_id = $1",
        )
        .bind(id.0)
        .bind(current)
        .bind(&actor.name)
        .bind(micros(now))
        .execute(&mut *tx)
        .await?;
        Store::audit_in(
            &mut tx,
            actor,
            now,
            "item.translation-up-to-date",
            &format!("item {}", id.0),
            &format!("matches item {original} at revision {current} (was {before})"),
        )
        .await?;
        tx.commit().await?;
        Ok(ItemId(original))
    }

    /// Translations whose original's text changed after the revision they match, the most
    /// recently changed originals first; archived translations are left out (they are kept
    /// for the record, not maintained). Only translations with one of `sources` among their
    /// sources when `sources` is given.
    pub async fn outdated_translations(
        &self,
        sources: Option<&[String]>,
        limit: i64,
    ) -> Result<Vec<OutdatedTranslation>> {
        let filter = match sources {
            None => String::new(),
            Some([]) => return Ok(Vec::new()),
            Some(list) => with_sources("t", 2, list.len()),
        };
        let sql = format!(
            "SELECT t.id, t.language, t.title, o.id, o.title, s.revision, o.revision \
             FROM {SOURCE_TABLES} JOIN items t ON t.id = s.item_id \
             WHERE {OUTDATED} AND t.status <> 'archived'{filter} \
             ORDER BY o.updated_at DESC, t.id DESC LIMIT $1"
        );
        let mut q = sqlx::query_as::<_, OutdatedRow>(AssertSqlSafe(sql)).bind(limit);
        for s in sources.unwrap_or_default() {
            q = q.bind(s.clone());
        }
        let rows = q.fetch_all(&self.pool).await?;
        Ok(rows
            .into_iter()
            .map(
                |(id, language, title, original, original_title, revision, current)| {
                    OutdatedTranslation {
                        id: ItemId(id),
                        language,
                        title,
                        original: ItemId(original),
                        original_title,
                        revision,
                        current,
                    }
                },
            )
            .collect())
    }

    /// The public originals published from `since` to `now` that have no version in some of
    /// `languages`: how many lack each language, and the `limit` most recent of them. Only
    /// originals with one of `sources` among their sources when `sources` is given.
    pub async fn missing_translations(
        &self,
        languages: &[String],
        sources: Option<&[String]>,
        since: Timestamp,
        now: Timestamp,
        limit: i64,
    ) -> Result<MissingTranslations> {
        let sources: &[String] = match sources {
            Some([]) => return Ok(MissingTranslations::default()),
            Some(list) => list,
            None => &[],
        };
        if languages.is_empty() {
            return Ok(MissingTranslations::default());
        }
        let filter = |from: usize| {
            if sources.is_empty() {
                String::new()
            } else {
                with_sources("i", from, sources.len())
            }
        };
        let mut counts = Vec::with_capacity(languages.len());
        for language in languages {
            let sql = format!(
                "SELECT COUNT(*) FROM items i WHERE {RECENT_PUBLIC_ORIGINALS} AND NOT EXISTS \
                 (SELECT 1 FROM items v WHERE v.translation_group = i.translation_group \
                 AND v.language = $3){}",
                filter(4)
            );
            let mut q = sqlx::query_as::<_, (i64,)>(AssertSqlSafe(sql))
                .bind(micros(now))
                .bind(micros(since))
                .bind(language.clone());
            for s in sources {
                q = q.bind(s.clone());
            }
            let (n,) = q.fetch_one(&self.pool).await?;
            counts.push((language.clone(), n));
        }
        if counts.iter().all(|(_, n)| *n == 0) {
            return Ok(MissingTranslations {
                counts,
                recent: Vec::new(),
            });
        }
        // An original lacks a language when its group has fewer of the languages than asked.
        let sql = format!(
            "SELECT i.id, i.title, i.language, i.published_at, i.time_zone FROM items i \
             WHERE {RECENT_PUBLIC_ORIGINALS} AND (SELECT COUNT(DISTINCT v.language) FROM items v \
             WHERE v.translation_group = i.translation_group AND v.language IN ({})) < $4{} \
             ORDER BY i.published_at DESC, i.id DESC LIMIT $3",
            marks(5, languages.len()),
            filter(5 + languages.len())
        );
        let asked = i64::try_from(languages.len())
            .map_err(|_| StoreError::Corrupt("too many languages".into()))?;
        let mut q = sqlx::query_as::<_, MissingRow>(AssertSqlSafe(sql))
            .bind(micros(now))
            .bind(micros(since))
            .bind(limit)
            .bind(asked);
        for l in languages {
            q = q.bind(l.clone());
        }
        for s in sources {
            q = q.bind(s.clone());
        }
        let rows = q.fetch_all(&self.pool).await?;
        let present = self
            .group_languages(&rows.iter().map(|r| r.0).collect::<Vec<_>>())
            .await?;
        let recent = rows
            .into_iter()
            .map(|(id, title, language, published, time_zone)| {
                let missing = languages
                    .iter()
                    .filter(|l| !present.contains(&(id, (*l).clone())))
                    .cloned()
                    .collect();
                Ok(MissingItem {
                    id: ItemId(id),
                    title,
                    language,
                    published_at: instant(published)?,
                    time_zone,
                    missing,
                })
            })
            .collect::<Result<_>>()?;
        Ok(MissingTranslations { counts, recent })
    }

    /// The (group, language) pairs of the items of these translation groups.
    async fn group_languages(&self, groups: &[i64]) -> Result<Vec<(i64, String)>> {
        let mut out = Vec::new();
        for chunk in groups.chunks(200) {
            let sql = format!(
                "SELECT translation_group, language FROM items WHERE translation_group IN ({})",
                marks(1, chunk.len())
            );
            let mut q = sqlx::query_as::<_, (i64, String)>(AssertSqlSafe(sql));
            for g in chunk {
                q = q.bind(*g);
            }
            out.extend(q.fetch_all(&self.pool).await?);
        }
        Ok(out)
    }
}

/// When an item may first be read by the public, from its stored columns.
fn public_from(status: &str, published: i64, embargo: Option<i64>) -> Result<Option<Timestamp>> {
    let status = model::ItemStatus::parse(status)
        .map_err(|e| StoreError::Corrupt(format!("status '{status}': {e}")))?;
    let visibility = model::Visibility {
        status,
        published_at: instant(published)?,
        embargo_until: embargo.map(instant).transpose()?,
    };
    Ok(visibility.public_from())
}

/// A translation made in the workspace is never public before its original: it would tell
/// the original's news early, whatever the original's embargo says. Checked in the write
/// that saves `item` as item `id`:
/// - as a translation: it may be public only from when its original is (refused when the
///   original is not published or scheduled, or is scheduled later);
/// - as an original: it may not stop being public, or become public later, while a
///   translation of it is public or scheduled earlier.
///
/// A refusal names languages, not items: the translations may belong to other offices.
pub(crate) async fn check_order(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    id: ItemId,
    item: &NewItem,
) -> Result<()> {
    let visibility = model::Visibility {
        status: item.status,
        published_at: item.published_at,
        embargo_until: item.embargo_until,
    };
    let from = visibility.public_from();
    type Row = (String, String, i64, Option<i64>);
    if let Some(from) = from {
        let original: Option<Row> = sqlx::query_as(
            "SELECT o.language, o.status, o.published_at, o.embargo_until \
             FROM translation_sources s JOIN items o ON o.id = s.original_id \
             WHERE s.item_id = $1",
        )
        .bind(id.0)
        .fetch_optional(&mut **tx)
        .await?;
        if let Some((language, status, published, embargo)) = original {
            let original_from = public_from(&status, published, embargo)?;
            if original_from.is_none_or(|o| o > from) {
                return Err(StoreError::Conflict(format!(
                    "a translation cannot be public before its original: the original \
                     ({language}) is {} — publish or schedule it first, or schedule this \
                     translation later",
                    match original_from {
                        Some(o) => format!("public only from {o}"),
                        None => "not published".to_owned(),
                    }
                )));
            }
        }
    }
    let translations: Vec<Row> = sqlx::query_as(
        "SELECT t.language, t.status, t.published_at, t.embargo_until \
         FROM translation_sources s JOIN items t ON t.id = s.item_id \
         WHERE s.original_id = $1 ORDER BY t.language",
    )
    .bind(id.0)
    .fetch_all(&mut **tx)
    .await?;
    let mut earlier = Vec::new();
    for (language, status, published, embargo) in translations {
        let Some(t) = public_from(&status, published, embargo)? else {
            continue;
        };
        if from.is_none_or(|f| f > t) {
            earlier.push(language);
        }
    }
    if earlier.is_empty() {
        Ok(())
    } else {
        Err(StoreError::Conflict(format!(
            "its translations ({}) are public or scheduled before that: withdraw or reschedule \
             them first, so that no translation is public before its original",
            earlier.join(", ")
        )))
    }
}
