//! Persistence of Communiqué. One `Store` over an sqlx `Any` pool: SQLite (embedded, WAL)
//! by default, or PostgreSQL for a site of several nodes. Every statement is portable SQL
//! (`$N` parameters, `RETURNING`, no backend-only functions); the backends differ only in
//! their migrations and in how a write transaction starts (`docs/database-backends.md`).

/// Accounts, sessions, failed logins and the audit log.
mod accounts;
/// Addresses items had on the old website; items an import may meet again.
mod addresses;
/// Documents and links listed under an item's text, and the pictures attached to it.
mod attachments;
/// Opening a database and the writers' turns: the `Store` itself.
mod connection;
/// Copying a whole store into another, empty one, and comparing two stores.
mod copy;
/// Items written by people: revisions, stale saves refused, changes audited.
mod editorial;
/// The errors of the store.
mod error;
/// Abbreviations stored in the database, beside the site definition's glossary.
mod glossary;
/// Items: writes, reads by id, the catalog scan.
mod items;
/// The media library: pictures, what is written about them, the items that show them.
mod media;
/// The history of the site definition: administrators' changes, in order.
mod site_changes;
/// Facts about a database (`site_state`).
mod state;
/// Databases for tests: SQLite by default, a fresh PostgreSQL database per test on demand.
#[doc(hidden)]
pub mod testing;
/// API tokens: a name, an account, the digest of the secret.
mod tokens;
/// Translations made in the workspace: what each was made from, which are outdated, which
/// languages recent items lack.
mod translations;
/// Imports: create or update items by their external key.
mod upsert;

pub use accounts::{Actor, AuditEntry, Session, User, normalize_email};
pub use addresses::{Candidate, address_path};
pub use attachments::{
    Attachment, AttachmentId, AttachmentTarget, DocumentId, DocumentRecord, FileUser, LinkProblem,
    MAX_ATTACHMENT_TITLE_CHARS, MAX_ATTACHMENTS, MAX_LINK_CHARS, Move, NewAttachment, NewDocument,
    NewTarget, checked_link, checked_title,
};
pub use connection::{
    Backend, CHANGES_CHANNEL, ChangeListener, DATABASE_FILE, Migrated, Store, WRITE_LOCK_KEY,
    redact,
};
pub use copy::{
    COPIED_TABLES, Comparison, Copied, CopiedTable, CopyError, Side, TableCount, TableDigest,
    check_copy, check_store, check_target, compare_stores, copy_store, digest_store,
};
pub use editorial::{RevisionInfo, SaveError, Saved, Stale};
pub use error::{Result, StoreError};
pub use glossary::StoredAbbreviation;
pub use items::{CatalogRow, ItemAccess, ItemKey, ItemStamp, TermKind, content_hash};
pub use media::{
    MAX_ALT_CHARS, MAX_CAPTION_CHARS, MAX_CREDIT_CHARS, MediaDescription, MediaFile, MediaId,
    MediaRecord, MediaRole, NewMedia,
};
pub use site_changes::StoredSiteChange;
pub use tokens::TokenInfo;
pub use translations::{
    MissingItem, MissingTranslations, OutdatedTranslation, TranslationError, TranslationSource,
};
pub use upsert::Outcome;
