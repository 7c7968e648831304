//! What an item lists under its text: documents (PDF and office files, kept outside the
//! database by key, as pictures' files are) and links, each with a title and a language, in
//! an order editors choose; and the pictures attached to it (rows of `item_media` with the
//! role `attachment`, shown as a small gallery).
//!
//! A document is stored once (the same content uploaded again is the same row) and may be
//! listed by several items, each with its own title. Its file is public only while an item
//! that lists it is public: [`Store::file_users_by_key`] answers, for pictures and documents
//! alike, which items those are, in one query.

use jiff::Timestamp;
use model::{ItemId, ItemStatus, LanguageCode, Visibility};
use sqlx::Row;
use sqlx::any::AnyRow;

pub use self::link::{LinkProblem, MAX_LINK_CHARS, checked_link};
pub use self::pictures::Move;
use crate::accounts::Actor;
use crate::items::{instant, micros};
use crate::media::{announce_item, check_item_exists};
use crate::{Result, Store, StoreError};

/// The addresses a link may have.
mod link;
/// The pictures attached to an item: added at the end, moved, in `item_media`.
mod pictures;

/// The longest title of an attachment accepted, in characters.
pub const MAX_ATTACHMENT_TITLE_CHARS: usize = 300;
/// The most documents and links an item lists (and, apart, the most pictures attached).
pub const MAX_ATTACHMENTS: i64 = 100;
/// The most items read to decide whether a file is public (newest first).
const MAX_USERS_READ: i64 = 1_000;
/// The formats a document may have, as stored.
const FORMATS: [&str; 7] = ["pdf", "odt", "ods", "odp", "docx", "xlsx", "pptx"];

/// The id of a stored document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DocumentId(pub i64);

/// The id of one entry of an item's list of documents and links.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct AttachmentId(pub i64);

impl std::fmt::Display for AttachmentId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// A document to store: its file is already kept under `key`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewDocument {
    /// The content hash of the file.
    pub hash: String,
    /// "pdf", "odt", "ods", "odp", "docx", "xlsx" or "pptx".
    pub format: String,
    pub bytes_size: u64,
    /// The storage key: `<hash>.<format>`.
    pub key: String,
}

/// A stored document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentRecord {
    pub id: DocumentId,
    pub hash: String,
    pub format: String,
    pub bytes_size: u64,
    pub key: String,
    /// The account that uploaded it (None from the command line).
    pub uploaded_by: Option<i64>,
    pub uploaded_at: Timestamp,
}

/// What an entry of the list leads to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AttachmentTarget {
    Document(DocumentRecord),
    /// An absolute `http` or `https` address ([`checked_link`]).
    Link(String),
}

/// One entry of an item's list of documents and links.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attachment {
    pub id: AttachmentId,
    pub item: ItemId,
    pub title: String,
    /// The language of the document or of the page linked to.
    pub language: LanguageCode,
    pub position: i64,
    pub target: AttachmentTarget,
}

/// What a new entry leads to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NewTarget {
    Document(DocumentId),
    Link(String),
}

/// A new entry of an item's list, added at its end.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewAttachment {
    pub title: String,
    pub language: LanguageCode,
    pub target: NewTarget,
}

/// An item that shows a picture or lists a document, with what decides whether it is
/// public, and (for a document) the title the item gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileUser {
    pub item: ItemId,
    pub visibility: Visibility,
    /// The document's title in the item; None for a picture's file.
    pub title: Option<String>,
}

/// The title trimmed, or why it is refused.
pub fn checked_title(title: &str) -> Result<String> {
    let title = title.trim();
    if title.is_empty() {
        return Err(StoreError::Invalid("the title is required".into()));
    }
    let n = title.chars().count();
    if n > MAX_ATTACHMENT_TITLE_CHARS {
        return Err(StoreError::Invalid(format!(
            "the title is {n} characters long; the longest accepted is \
             {MAX_ATTACHMENT_TITLE_CHARS}"
        )));
    }
    if title.chars().any(char::is_control) {
        return Err(StoreError::Invalid(
            "the title contains control characters".into(),
        ));
    }
    Ok(title.to_owned())
}

const DOCUMENT_COLUMNS: &str =
    "d.id, d.hash, d.format, d.bytes_size, d.file_key, d.uploaded_by, d.uploaded_at";

fn document_from_row(row: &AnyRow) -> Result<DocumentRecord> {
    let size: i64 = row.try_get("bytes_size")?;
    Ok(DocumentRecord {
        id: DocumentId(row.try_get("id")?),
        hash: row.try_get("hash")?,
        format: row.try_get("format")?,
        bytes_size: u64::try_from(size)
            .map_err(|_| StoreError::Corrupt(format!("document size {size}")))?,
        key: row.try_get("file_key")?,
        uploaded_by: row.try_get("uploaded_by")?,
        uploaded_at: instant(row.try_get("uploaded_at")?)?,
    })
}

fn attachment_from_row(row: &AnyRow) -> Result<Attachment> {
    let id: i64 = row.try_get("a_id")?;
    let kind: String = row.try_get("kind")?;
    let target = match kind.as_str() {
        "document" => AttachmentTarget::Document(document_from_row(row)?),
        "link" => AttachmentTarget::Link(
            row.try_get::<Option<String>, _>("url")?
                .ok_or_else(|| StoreError::Corrupt(format!("attachment {id}: no address")))?,
        ),
        other => {
            return Err(StoreError::Corrupt(format!(
                "attachment {id}: kind '{other}'"
            )));
        }
    };
    let language: String = row.try_get("language")?;
    Ok(Attachment {
        id: AttachmentId(id),
        item: ItemId(row.try_get("item_id")?),
        title: row.try_get("title")?,
        language: LanguageCode::parse(&language)
            .map_err(|e| StoreError::Corrupt(format!("attachment {id}: {e}")))?,
        position: row.try_get("position")?,
        target,
    })
}

impl Store {
    /// Stores a document, or returns the one already stored with the same hash.
    pub async fn add_document(
        &self,
        new: &NewDocument,
        actor: &Actor,
        now: Timestamp,
    ) -> Result<DocumentRecord> {
        if new.hash.is_empty()
            || !FORMATS.contains(&new.format.as_str())
            || new.key != format!("{}.{}", new.hash, new.format)
            || new.bytes_size == 0
        {
            return Err(StoreError::Invalid(format!(
                "the document {} is not described right",
                new.key
            )));
        }
        let size = i64::try_from(new.bytes_size)
            .map_err(|_| StoreError::Invalid("the document is too large".into()))?;
        let (_turn, mut tx) = self.begin_write().await?;
        let existing: Option<(i64,)> = sqlx::query_as("SELECT id FROM documents WHERE hash = $1")
            .bind(&new.hash)
            .fetch_optional(&mut *tx)
            .await?;
        let id = match existing {
            Some((id,)) => id,
            None => {
                let (id,): (i64,) = sqlx::query_as(
                    "INSERT INTO documents (hash, format, bytes_size, file_key, uploaded_by, \
                     uploaded_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                )
                .bind(&new.hash)
                .bind(&new.format)
                .bind(size)
                .bind(&new.key)
                .bind(actor.user_id)
                .bind(micros(now))
                .fetch_one(&mut *tx)
                .await?;
                Store::audit_in(
                    &mut tx,
                    actor,
                    now,
                    "document.add",
                    &format!("document {id}"),
                    &new.key,
                )
                .await?;
                id
            }
        };
        tx.commit().await?;
        self.document(DocumentId(id))
            .await?
            .ok_or(StoreError::NotFound)
    }

    /// The document with this id.
    pub async fn document(&self, id: DocumentId) -> Result<Option<DocumentRecord>> {
        let sql = format!("SELECT {DOCUMENT_COLUMNS} FROM documents d WHERE d.id = $1");
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(id.0)
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(document_from_row).transpose()
    }

    /// The document whose file has this key.
    pub async fn document_by_key(&self, key: &str) -> Result<Option<DocumentRecord>> {
        let sql = format!("SELECT {DOCUMENT_COLUMNS} FROM documents d WHERE d.file_key = $1");
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(key)
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(document_from_row).transpose()
    }

    /// Adds a document or a link at the end of an item's list. Refused when the title or the
    /// address is not acceptable, the document does not exist, or the list is full.
    pub async fn add_attachment(
        &self,
        item: ItemId,
        new: &NewAttachment,
        actor: &Actor,
        now: Timestamp,
    ) -> Result<AttachmentId> {
        let title = checked_title(&new.title)?;
        let (kind, document, url, detail) = match &new.target {
            NewTarget::Document(d) => ("document", Some(d.0), None, format!("document {}", d.0)),
            NewTarget::Link(raw) => {
                let url = checked_link(raw).map_err(|e| StoreError::Invalid(e.to_string()))?;
                ("link", None, Some(url.clone()), url)
            }
        };
        let (_turn, mut tx) = self.begin_write().await?;
        check_item_exists(&mut tx, item).await?;
        if let Some(d) = document {
            let found: Option<(i64,)> = sqlx::query_as("SELECT id FROM documents WHERE id = $1")
                .bind(d)
                .fetch_optional(&mut *tx)
                .await?;
            found.ok_or(StoreError::NotFound)?;
        }
        let (count, last): (i64, Option<i64>) = sqlx::query_as(
            "SELECT COUNT(*), MAX(position) FROM item_attachments WHERE item_id = $1",
        )
        .bind(item.0)
        .fetch_one(&mut *tx)
        .await?;
        if count >= MAX_ATTACHMENTS {
            return Err(StoreError::Invalid(format!(
                "the item already lists {MAX_ATTACHMENTS} documents and links"
            )));
        }
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO item_attachments (item_id, kind, document_id, url, title, language, \
             position, added_by, added_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) \
             RETURNING id",
        )
        .bind(item.0)
        .bind(kind)
        .bind(document)
        .bind(url)
        .bind(&title)
        .bind(new.language.as_str())
        .bind(last.map_or(0, |p| p + 1))
        .bind(actor.user_id)
        .bind(micros(now))
        .fetch_one(&mut *tx)
        .await?;
        announce_item(&mut tx, item, now).await?;
        Store::audit_in(
            &mut tx,
            actor,
            now,
            "item.attachment",
            &format!("item {}", item.0),
            &format!("added {kind} {id}: {title} ({detail})"),
        )
        .await?;
        tx.commit().await?;
        Ok(AttachmentId(id))
    }

    /// The documents and links of an item, in their order.
    pub async fn attachments(&self, item: ItemId) -> Result<Vec<Attachment>> {
        let sql = format!(
            "SELECT a.id AS a_id, a.item_id, a.kind, a.url, a.title, a.language, a.position, \
             {DOCUMENT_COLUMNS} FROM item_attachments a LEFT JOIN documents d \
             ON d.id = a.document_id WHERE a.item_id = $1 ORDER BY a.position, a.id"
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(item.0)
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(attachment_from_row).collect()
    }

    /// Takes a document or link off an item's list; whether it was there.
    pub async fn remove_attachment(
        &self,
        item: ItemId,
        id: AttachmentId,
        actor: &Actor,
        now: Timestamp,
    ) -> Result<bool> {
        let (_turn, mut tx) = self.begin_write().await?;
        let found: Option<(String, String)> = sqlx::query_as(
            "SELECT kind, title FROM item_attachments WHERE id = $1 AND item_id = $2",
        )
        .bind(id.0)
        .bind(item.0)
        .fetch_optional(&mut *tx)
        .await?;
        let Some((kind, title)) = found else {
            tx.commit().await?;
            return Ok(false);
        };
        sqlx::query("DELETE FROM item_attachments WHERE id = $1")
            .bind(id.0)
            .execute(&mut *tx)
            .await?;
        announce_item(&mut tx, item, now).await?;
        Store::audit_in(
            &mut tx,
            actor,
            now,
            "item.attachment",
            &format!("item {}", item.0),
            &format!("removed {kind} {id}: {title}"),
        )
        .await?;
        tx.commit().await?;
        Ok(true)
    }

    /// Moves a document or link one place up or down an item's list (the positions are
    /// numbered again from 0); whether it moved (not when it is already first or last, or
    /// not in the list).
    pub async fn move_attachment(
        &self,
        item: ItemId,
        id: AttachmentId,
        to: Move,
        actor: &Actor,
        now: Timestamp,
    ) -> Result<bool> {
        let (_turn, mut tx) = self.begin_write().await?;
        let rows: Vec<(i64,)> = sqlx::query_as(
            "SELECT id FROM item_attachments WHERE item_id = $1 ORDER BY position, id",
        )
        .bind(item.0)
        .fetch_all(&mut *tx)
        .await?;
        let mut order: Vec<i64> = rows.into_iter().map(|(id,)| id).collect();
        if !pictures::moved(&mut order, id.0, to) {
            tx.commit().await?;
            return Ok(false);
        }
        for (position, row) in order.iter().enumerate() {
            sqlx::query("UPDATE item_attachments SET position = $1 WHERE id = $2")
                .bind(i64::try_from(position).unwrap_or(i64::MAX))
                .bind(row)
                .execute(&mut *tx)
                .await?;
        }
        announce_item(&mut tx, item, now).await?;
        Store::audit_in(
            &mut tx,
            actor,
            now,
            "item.attachment",
            &format!("item {}", item.0),
            &format!("moved {} {id}", to.as_str()),
        )
        .await?;
        tx.commit().await?;
        Ok(true)
    }

    /// The items that show the picture one of whose files has this key, or list the
    /// document with this key, with what decides whether each is public, newest item first
    /// (at most 1,000). One query, whether the key is known or not and whatever it names: an
    /// unknown key, an unused file and a file whose items are not public cost the same.
    pub async fn file_users_by_key(&self, key: &str) -> Result<Vec<FileUser>> {
        let rows = sqlx::query(
            "SELECT i.id, i.status, i.published_at, i.embargo_until, CAST(NULL AS TEXT) AS title \
             FROM media_files f JOIN item_media im ON im.media_id = f.media_id \
             JOIN items i ON i.id = im.item_id WHERE f.key = $1 \
             UNION \
             SELECT i.id, i.status, i.published_at, i.embargo_until, a.title \
             FROM documents d JOIN item_attachments a ON a.document_id = d.id \
             JOIN items i ON i.id = a.item_id WHERE d.file_key = $1 \
             ORDER BY 1 DESC, 5 LIMIT $2",
        )
        .bind(key)
        .bind(MAX_USERS_READ)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                let id: i64 = row.try_get(0)?;
                let status: String = row.try_get(1)?;
                let status = ItemStatus::parse(&status)
                    .map_err(|e| StoreError::Corrupt(format!("item {id}: {e}")))?;
                Ok(FileUser {
                    item: ItemId(id),
                    visibility: Visibility {
                        status,
                        published_at: instant(row.try_get(2)?)?,
                        embargo_until: row
                            .try_get::<Option<i64>, _>(3)?
                            .map(instant)
                            .transpose()?,
                    },
                    title: row.try_get(4)?,
                })
            })
            .collect()
    }
}
