//! The media library: pictures uploaded in the workspace (what is known of their files, what
//! people wrote about them) and the items that show them. The files themselves are kept
//! outside the database, by key.
//!
//! A picture is stored once: the same content uploaded again (same hash) is the record
//! already stored. Its files are served publicly only while an item that shows it is public:
//! [`Store::items_using_media`] tells which items those are.

use std::collections::HashMap;

use jiff::Timestamp;
use model::{ItemId, ItemStatus, LanguageCode, Visibility};
use sqlx::{AssertSqlSafe, Row};

use self::rows::{escape_like, grouped, record_from_row, search_text, variants_json};
use crate::accounts::Actor;
use crate::items::{instant, micros};
use crate::{Result, Store, StoreError};

/// Records from rows, the variants as JSON, the search's texts.
mod rows;

/// The longest alternative text accepted, in characters.
pub const MAX_ALT_CHARS: usize = 1_000;
/// The longest caption accepted, in characters.
pub const MAX_CAPTION_CHARS: usize = 2_000;
/// The longest credit accepted, in characters.
pub const MAX_CREDIT_CHARS: usize = 300;

/// The most words of a library search that are looked for.
const MAX_SEARCH_WORDS: usize = 8;
/// The most records of one page of the library.
const MAX_PAGE: i64 = 500;
/// The most item ids bound in one statement.
const IDS_PER_QUERY: usize = 500;
/// The most items read to decide whether a picture is public (a picture is shown by a few
/// items; the newest are read first).
const MAX_USERS_READ: i64 = 1_000;
/// The most lead pictures set in one transaction by [`Store::set_lead_images`].
const LEADS_PER_TRANSACTION: usize = 2_000;

/// The id of a picture in the media library.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct MediaId(pub i64);

impl std::fmt::Display for MediaId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// What a picture is to an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MediaRole {
    /// The picture at the top of the item and on its cards; an item has one at most.
    Lead,
    /// A picture in the item's text.
    Body,
    /// A picture offered for download with the item.
    Attachment,
}

impl MediaRole {
    /// "lead", "body", "attachment".
    pub fn as_str(self) -> &'static str {
        match self {
            MediaRole::Lead => "lead",
            MediaRole::Body => "body",
            MediaRole::Attachment => "attachment",
        }
    }

    /// The role named by [`MediaRole::as_str`].
    pub fn parse(s: &str) -> Option<MediaRole> {
        match s {
            "lead" => Some(MediaRole::Lead),
            "body" => Some(MediaRole::Body),
            "attachment" => Some(MediaRole::Attachment),
            _ => None,
        }
    }
}

/// A file of a picture: its original or a variant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MediaFile {
    pub width: u32,
    pub height: u32,
    /// "jpeg", "png" or "webp".
    pub format: String,
    /// The storage key, also the last part of the file's address.
    pub key: String,
}

/// What people write about a picture: its alternative text (required), caption and credit,
/// the language they are in, and the point that cropping keeps in view.
#[derive(Debug, Clone, PartialEq)]
pub struct MediaDescription {
    pub language: LanguageCode,
    /// What the picture shows, for readers who cannot see it. Required.
    pub alt: String,
    pub caption: String,
    /// Who took or owns the picture ("OSCE/Micky Kroell").
    pub credit: String,
    /// The focal point, as fractions of the width and height (0 to 1 each).
    pub focal_x: f64,
    pub focal_y: f64,
}

impl MediaDescription {
    /// The description with its texts trimmed, or why it is refused
    /// ([`StoreError::Invalid`]): what [`Store::add_media`] and [`Store::update_media`]
    /// check, for a caller that checks before doing costly work.
    pub fn checked(&self) -> Result<MediaDescription> {
        checked(self)
    }
}

/// A picture to add to the library: its files (already kept) and its description.
#[derive(Debug, Clone, PartialEq)]
pub struct NewMedia {
    /// The content hash of the cleaned original.
    pub hash: String,
    /// The original's format: "jpeg", "png" or "webp".
    pub format: String,
    pub width: u32,
    pub height: u32,
    /// The size of the original, in bytes.
    pub bytes_size: u64,
    pub original_key: String,
    /// The variants, narrowest first.
    pub variants: Vec<MediaFile>,
    pub description: MediaDescription,
}

/// A picture of the library.
#[derive(Debug, Clone, PartialEq)]
pub struct MediaRecord {
    pub id: MediaId,
    pub hash: String,
    /// The original's format: "jpeg", "png" or "webp".
    pub format: String,
    pub width: u32,
    pub height: u32,
    pub bytes_size: u64,
    pub original_key: String,
    /// The variants, narrowest first.
    pub variants: Vec<MediaFile>,
    pub description: MediaDescription,
    /// The account that uploaded it (None from the command line).
    pub uploaded_by: Option<i64>,
    pub uploaded_at: Timestamp,
    pub updated_at: Timestamp,
}

const COLUMNS: &str = "m.id, m.hash, m.format, m.width, m.height, m.bytes_size, \
     m.original_key, m.variants, m.language, m.alt, m.caption, m.credit, m.focal_x, m.focal_y, \
     m.uploaded_by, m.uploaded_at, m.updated_at";

impl Store {
    /// Adds a picture to the library, or returns the one already stored with the same hash
    /// (as stored: its description is not changed). Refused when the description is not
    /// acceptable (no alternative text, a text too long, a focal point outside the picture).
    pub async fn add_media(
        &self,
        new: &NewMedia,
        actor: &Actor,
        now: Timestamp,
    ) -> Result<MediaRecord> {
        let description = checked(&new.description)?;
        check_files(new)?;
        let (_turn, mut tx) = self.begin_write().await?;
        let existing: Option<(i64,)> = sqlx::query_as("SELECT id FROM media WHERE hash = $1")
            .bind(&new.hash)
            .fetch_optional(&mut *tx)
            .await?;
        if let Some((id,)) = existing {
            tx.commit().await?;
            return self.media(MediaId(id)).await?.ok_or(StoreError::NotFound);
        }
        let size = i64::try_from(new.bytes_size)
            .map_err(|_| StoreError::Invalid("the picture is too large".into()))?;
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO media (hash, format, width, height, bytes_size, original_key, variants, \
             language, alt, caption, credit, search_text, focal_x, focal_y, uploaded_by, \
             uploaded_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) \
             RETURNING id",
        )
        .bind(&new.hash)
        .bind(&new.format)
        .bind(i64::from(new.width))
        .bind(i64::from(new.height))
        .bind(size)
        .bind(&new.original_key)
        .bind(variants_json(&new.variants))
        .bind(description.language.as_str())
        .bind(&description.alt)
        .bind(&description.caption)
        .bind(&description.credit)
        .bind(search_text(&description))
        .bind(description.focal_x)
        .bind(description.focal_y)
        .bind(actor.user_id)
        .bind(micros(now))
        .bind(micros(now))
        .fetch_one(&mut *tx)
        .await?;
        let keys = std::iter::once(&new.original_key).chain(new.variants.iter().map(|v| &v.key));
        for key in keys {
            sqlx::query(
                "INSERT INTO media_files (key, media_id) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING",
            )
            .bind(key)
            .bind(id)
            .execute(&mut *tx)
            .await?;
        }
        Store::audit_in(
            &mut tx,
            actor,
            now,
            "media.add",
            &format!("media {id}"),
            &new.original_key,
        )
        .await?;
        tx.commit().await?;
        self.media(MediaId(id)).await?.ok_or(StoreError::NotFound)
    }

    /// The picture with this id.
    pub async fn media(&self, id: MediaId) -> Result<Option<MediaRecord>> {
        let sql = format!("SELECT {COLUMNS} FROM media m WHERE m.id = $1");
        let row = sqlx::query(AssertSqlSafe(sql))
            .bind(id.0)
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(record_from_row).transpose()
    }

    /// The picture whose cleaned original has this content hash.
    pub async fn media_by_hash(&self, hash: &str) -> Result<Option<MediaRecord>> {
        let sql = format!("SELECT {COLUMNS} FROM media m WHERE m.hash = $1");
        let row = sqlx::query(AssertSqlSafe(sql))
            .bind(hash)
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(record_from_row).transpose()
    }

    /// The picture one of whose files (the original or a variant) has this key.
    pub async fn media_by_key(&self, key: &str) -> Result<Option<MediaRecord>> {
        let sql = format!(
            "SELECT {COLUMNS} FROM media_files f JOIN media m ON m.id = f.media_id WHERE f.key = $1"
        );
        let row = sqlx::query(AssertSqlSafe(sql))
            .bind(key)
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(record_from_row).transpose()
    }

    /// Replaces what is written about a picture (its files do not change). The items that
    /// show it are announced as changed, so that their pages show the new texts.
    pub async fn update_media(
        &self,
        id: MediaId,
        description: &MediaDescription,
        actor: &Actor,
        now: Timestamp,
    ) -> Result<MediaRecord> {
        let description = checked(description)?;
        let (_turn, mut tx) = self.begin_write().await?;
        let done = sqlx::query(
            "UPDATE media SET language = $1, alt = $2, caption = $3, credit = $4, \
             search_text = $5, focal_x = $6, focal_y = $7, updated_at = $8 WHERE id = $9",
        )
        .bind(description.language.as_str())
        .bind(&description.alt)
        .bind(&description.caption)
        .bind(&description.credit)
        .bind(search_text(&description))
        .bind(description.focal_x)
        .bind(description.focal_y)
        .bind(micros(now))
        .bind(id.0)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        let items: Vec<(i64,)> =
            sqlx::query_as("SELECT DISTINCT item_id FROM item_media WHERE media_id = $1")
                .bind(id.0)
                .fetch_all(&mut *tx)
                .await?;
        for (item,) in items {
            announce_item(&mut tx, ItemId(item), now).await?;
        }
        Store::audit_in(
            &mut tx,
            actor,
            now,
            "media.update",
            &format!("media {id}"),
            &description.alt,
        )
        .await?;
        tx.commit().await?;
        self.media(id).await?.ok_or(StoreError::NotFound)
    }

    /// A page of the library, newest upload first, and how many pictures match in all. Every
    /// word of `search` (case ignored, in any script) must occur in the alternative text, the
    /// caption or the credit; an empty search matches every picture.
    pub async fn list_media(
        &self,
        search: &str,
        offset: i64,
        limit: i64,
    ) -> Result<(Vec<MediaRecord>, i64)> {
        let patterns: Vec<String> = search
            .split_whitespace()
            .take(MAX_SEARCH_WORDS)
            .map(|w| format!("%{}%", escape_like(&w.to_lowercase())))
            .collect();
        let condition: String = (1..=patterns.len())
            .map(|i| format!(" AND m.search_text LIKE ${i} ESCAPE '\\'"))
            .collect();
        let count_sql = format!("SELECT COUNT(*) FROM media m WHERE 1 = 1{condition}");
        let mut count = sqlx::query_as::<_, (i64,)>(AssertSqlSafe(count_sql));
        for p in &patterns {
            count = count.bind(p.clone());
        }
        let (total,) = count.fetch_one(&self.pool).await?;

        let n = patterns.len();
        let sql = format!(
            "SELECT {COLUMNS} FROM media m WHERE 1 = 1{condition} \
             ORDER BY m.uploaded_at DESC, m.id DESC LIMIT ${} OFFSET ${}",
            n + 1,
            n + 2
        );
        let mut q = sqlx::query(AssertSqlSafe(sql));
        for p in &patterns {
            q = q.bind(p.clone());
        }
        let rows = q
            .bind(limit.clamp(0, MAX_PAGE))
            .bind(offset.max(0))
            .fetch_all(&self.pool)
            .await?;
        let records = rows.iter().map(record_from_row).collect::<Result<_>>()?;
        Ok((records, total))
    }

    /// Makes `media` the lead picture of `item` (replacing the one it had), or leaves the
    /// item without one (None).
    pub async fn set_lead_image(
        &self,
        item: ItemId,
        media: Option<MediaId>,
        actor: &Actor,
        now: Timestamp,
    ) -> Result<()> {
        let (_turn, mut tx) = self.begin_write().await?;
        check_item_exists(&mut tx, item).await?;
        if let Some(media) = media {
            check_media_exists(&mut tx, media).await?;
        }
        sqlx::query("DELETE FROM item_media WHERE item_id = $1 AND role = 'lead'")
            .bind(item.0)
            .execute(&mut *tx)
            .await?;
        if let Some(media) = media {
            sqlx::query(
                "INSERT INTO item_media (item_id, media_id, role, position) VALUES ($1, $2, 'lead', 0)",
            )
            .bind(item.0)
            .bind(media.0)
            .execute(&mut *tx)
            .await?;
        }
        announce_item(&mut tx, item, now).await?;
        let detail = match media {
            Some(m) => format!("lead: media {m}"),
            None => "lead: none".to_owned(),
        };
        Store::audit_in(
            &mut tx,
            actor,
            now,
            "item.media",
            &format!("item {}", item.0),
            &detail,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Shows `media` in `item` in `role`, at `position` among the pictures of that role (a
    /// picture already there in that role moves to `position`). For the lead role, this is
    /// [`Store::set_lead_image`].
    pub async fn attach_media(
        &self,
        item: ItemId,
        media: MediaId,
        role: MediaRole,
        position: i64,
        actor: &Actor,
        now: Timestamp,
    ) -> Result<()> {
        if role == MediaRole::Lead {
            return self.set_lead_image(item, Some(media), actor, now).await;
        }
        let (_turn, mut tx) = self.begin_write().await?;
        check_item_exists(&mut tx, item).await?;
        check_media_exists(&mut tx, media).await?;
        sqlx::query(
            "INSERT INTO item_media (item_id, media_id, role, position) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (item_id, media_id, role) DO UPDATE SET position = excluded.position",
        )
        .bind(item.0)
        .bind(media.0)
        .bind(role.as_str())
        .bind(position)
        .execute(&mut *tx)
        .await?;
        announce_item(&mut tx, item, now).await?;
        Store::audit_in(
            &mut tx,
            actor,
            now,
            "item.media",
            &format!("item {}", item.0),
            &format!("{}: media {media}", role.as_str()),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Stops showing `media` in `item` in `role`; whether it was shown there.
    pub async fn detach_media(
        &self,
        item: ItemId,
        media: MediaId,
        role: MediaRole,
        actor: &Actor,
        now: Timestamp,
    ) -> Result<bool> {
        let (_turn, mut tx) = self.begin_write().await?;
        let done = sqlx::query(
            "DELETE FROM item_media WHERE item_id = $1 AND media_id = $2 AND role = $3",
        )
        .bind(item.0)
        .bind(media.0)
        .bind(role.as_str())
        .execute(&mut *tx)
        .await?;
        let removed = done.rows_affected() > 0;
        if removed {
            announce_item(&mut tx, item, now).await?;
            Store::audit_in(
                &mut tx,
                actor,
                now,
                "item.media",
                &format!("item {}", item.0),
                &format!("{} removed: media {media}", role.as_str()),
            )
            .await?;
        }
        tx.commit().await?;
        Ok(removed)
    }

    /// The pictures an item shows: the lead picture first, then those of the body, then the
    /// attachments, each in their positions.
    pub async fn item_media(&self, item: ItemId) -> Result<Vec<(MediaRole, MediaRecord)>> {
        let sql = format!(
            "SELECT im.role, {COLUMNS} FROM item_media im JOIN media m ON m.id = im.media_id \
             WHERE im.item_id = $1 ORDER BY CASE im.role WHEN 'lead' THEN 0 \
             WHEN 'body' THEN 1 ELSE 2 END, im.position, im.media_id"
        );
        let rows = sqlx::query(AssertSqlSafe(sql))
            .bind(item.0)
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|row| {
                let role: String = row.try_get("role")?;
                let role = MediaRole::parse(&role)
                    .ok_or_else(|| StoreError::Corrupt(format!("media role '{role}'")))?;
                Ok((role, record_from_row(row)?))
            })
            .collect()
    }

    /// The items that show a picture, in any role, by id: its files are public only while
    /// one of them is.
    pub async fn items_using_media(&self, media: MediaId) -> Result<Vec<ItemId>> {
        let rows: Vec<(i64,)> = sqlx::query_as(
            "SELECT DISTINCT item_id FROM item_media WHERE media_id = $1 ORDER BY item_id",
        )
        .bind(media.0)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().map(|(id,)| ItemId(id)).collect())
    }

    /// The items that show the picture one of whose files has this key, in any role, with
    /// what decides whether each is public, newest item first (at most 1,000). One query,
    /// whether the key is known or not: an unknown key, an unused picture and a picture
    /// whose items are not public cost the same.
    pub async fn media_users_by_key(&self, key: &str) -> Result<Vec<(ItemId, Visibility)>> {
        let rows: Vec<(i64, String, i64, Option<i64>)> = sqlx::query_as(
            "SELECT DISTINCT i.id, i.status, i.published_at, i.embargo_until \
             FROM media_files f JOIN item_media im ON im.media_id = f.media_id \
             JOIN items i ON i.id = im.item_id WHERE f.key = $1 ORDER BY i.id DESC LIMIT $2",
        )
        .bind(key)
        .bind(MAX_USERS_READ)
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter()
            .map(|(id, status, published, embargo)| {
                let status = ItemStatus::parse(&status)
                    .map_err(|e| StoreError::Corrupt(format!("item {id}: {e}")))?;
                Ok((
                    ItemId(id),
                    Visibility {
                        status,
                        published_at: instant(published)?,
                        embargo_until: embargo.map(instant).transpose()?,
                    },
                ))
            })
            .collect()
    }

    /// Makes each picture the lead picture of its item (replacing the one it had), for many
    /// items at once (the demo content): a transaction per 2,000 items, one outbox row and
    /// one audit entry for each.
    pub async fn set_lead_images(
        &self,
        leads: &[(ItemId, MediaId)],
        actor: &Actor,
        now: Timestamp,
    ) -> Result<()> {
        for chunk in leads.chunks(LEADS_PER_TRANSACTION) {
            let (Some(first), Some(last)) = (
                chunk.iter().map(|(i, _)| i.0).min(),
                chunk.iter().map(|(i, _)| i.0).max(),
            ) else {
                continue;
            };
            let (_turn, mut tx) = self.begin_write().await?;
            for (item, media) in chunk {
                sqlx::query("DELETE FROM item_media WHERE item_id = $1 AND role = 'lead'")
                    .bind(item.0)
                    .execute(&mut *tx)
                    .await?;
                sqlx::query(
                    "INSERT INTO item_media (item_id, media_id, role, position) \
                     VALUES ($1, $2, 'lead', 0)",
                )
                .bind(item.0)
                .bind(media.0)
                .execute(&mut *tx)
                .await?;
            }
            crate::items::announce_items(&mut tx, first, last, now).await?;
            Store::audit_in(
                &mut tx,
                actor,
                now,
                "item.media",
                &format!("items {first}–{last}"),
                &format!("lead pictures of {} items", chunk.len()),
            )
            .await?;
            tx.commit().await?;
        }
        Ok(())
    }

    /// Makes `media` the pictures of `item`'s body, in this order (those its text shows),
    /// in place of those it had; whether anything changed.
    pub async fn set_body_media(
        &self,
        item: ItemId,
        media: &[MediaId],
        actor: &Actor,
        now: Timestamp,
    ) -> Result<bool> {
        let (_turn, mut tx) = self.begin_write().await?;
        let had: Vec<(i64,)> = sqlx::query_as(
            "SELECT media_id FROM item_media WHERE item_id = $1 AND role = 'body' \
             ORDER BY position, media_id",
        )
        .bind(item.0)
        .fetch_all(&mut *tx)
        .await?;
        let mut wanted: Vec<i64> = Vec::with_capacity(media.len());
        for m in media {
            if !wanted.contains(&m.0) {
                wanted.push(m.0);
            }
        }
        if had.iter().map(|(id,)| *id).eq(wanted.iter().copied()) {
            tx.commit().await?;
            return Ok(false);
        }
        check_item_exists(&mut tx, item).await?;
        sqlx::query("DELETE FROM item_media WHERE item_id = $1 AND role = 'body'")
            .bind(item.0)
            .execute(&mut *tx)
            .await?;
        for (position, id) in wanted.iter().enumerate() {
            check_media_exists(&mut tx, MediaId(*id)).await?;
            sqlx::query(
                "INSERT INTO item_media (item_id, media_id, role, position) \
                 VALUES ($1, $2, 'body', $3)",
            )
            .bind(item.0)
            .bind(id)
            .bind(i64::try_from(position).unwrap_or(i64::MAX))
            .execute(&mut *tx)
            .await?;
        }
        announce_item(&mut tx, item, now).await?;
        let list: Vec<String> = wanted.iter().map(ToString::to_string).collect();
        Store::audit_in(
            &mut tx,
            actor,
            now,
            "item.media",
            &format!("item {}", item.0),
            &format!("body: media {}", list.join(", ")),
        )
        .await?;
        tx.commit().await?;
        Ok(true)
    }

    /// The lead pictures of the items that have one, for a list of items (one query for a
    /// page of a listing).
    pub async fn lead_images(&self, items: &[ItemId]) -> Result<HashMap<ItemId, MediaRecord>> {
        let mut leads = HashMap::new();
        for chunk in items.chunks(IDS_PER_QUERY) {
            let marks: Vec<String> = (1..=chunk.len()).map(|i| format!("${i}")).collect();
            let sql = format!(
                "SELECT im.item_id, {COLUMNS} FROM item_media im JOIN media m ON m.id = im.media_id \
                 WHERE im.role = 'lead' AND im.item_id IN ({})",
                marks.join(", ")
            );
            let mut q = sqlx::query(AssertSqlSafe(sql));
            for id in chunk {
                q = q.bind(id.0);
            }
            for row in q.fetch_all(&self.pool).await? {
                let item: i64 = row.try_get("item_id")?;
                leads.insert(ItemId(item), record_from_row(&row)?);
            }
        }
        Ok(leads)
    }
}

/// The description with its texts trimmed, or why it is refused.
fn checked(d: &MediaDescription) -> Result<MediaDescription> {
    let alt = d.alt.trim();
    if alt.is_empty() {
        return Err(StoreError::Invalid(
            "the alternative text is required: describe what the picture shows, for readers \
             who cannot see it"
                .into(),
        ));
    }
    let caption = d.caption.trim();
    let credit = d.credit.trim();
    for (what, text, max) in [
        ("alternative text", alt, MAX_ALT_CHARS),
        ("caption", caption, MAX_CAPTION_CHARS),
        ("credit", credit, MAX_CREDIT_CHARS),
    ] {
        let n = text.chars().count();
        if n > max {
            return Err(StoreError::Invalid(format!(
                "the {what} is {} characters long; the longest accepted is {}",
                grouped(n),
                grouped(max)
            )));
        }
    }
    if !(0.0..=1.0).contains(&d.focal_x) || !(0.0..=1.0).contains(&d.focal_y) {
        return Err(StoreError::Invalid(
            "the focal point must lie within the picture (each coordinate from 0 to 1)".into(),
        ));
    }
    Ok(MediaDescription {
        language: d.language.clone(),
        alt: alt.to_owned(),
        caption: caption.to_owned(),
        credit: credit.to_owned(),
        focal_x: d.focal_x,
        focal_y: d.focal_y,
    })
}

/// Refuses a new picture whose files are not described right (a caller's mistake).
fn check_files(new: &NewMedia) -> Result<()> {
    let format_ok = |f: &str| matches!(f, "jpeg" | "png" | "webp");
    let files_ok = new
        .variants
        .iter()
        .all(|v| format_ok(&v.format) && v.width > 0 && v.height > 0 && !v.key.is_empty());
    if new.hash.is_empty()
        || !format_ok(&new.format)
        || new.width == 0
        || new.height == 0
        || new.original_key.is_empty()
        || !files_ok
    {
        return Err(StoreError::Invalid(format!(
            "the files of the picture {} are not described right",
            new.original_key
        )));
    }
    Ok(())
}

/// Writes, inside `tx`, the outbox row of a change of one item (its pictures, its imported
/// content): readers render the item again.
pub(crate) async fn announce_item(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    item: ItemId,
    now: Timestamp,
) -> Result<()> {
    crate::items::announce_items(tx, item.0, item.0, now).await
}

pub(crate) async fn check_item_exists(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    item: ItemId,
) -> Result<()> {
    let row: Option<(i64,)> = sqlx::query_as("SELECT id FROM items WHERE id = $1")
        .bind(item.0)
        .fetch_optional(&mut **tx)
        .await?;
    row.map(|_| ()).ok_or(StoreError::NotFound)
}

pub(crate) async fn check_media_exists(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    media: MediaId,
) -> Result<()> {
    let row: Option<(i64,)> = sqlx::query_as("SELECT id FROM media WHERE id = $1")
        .bind(media.0)
        .fetch_optional(&mut **tx)
        .await?;
    row.map(|_| ()).ok_or(StoreError::NotFound)
}
