//! Pictures of Communiqué: an upload is checked (kind by content, size, pixels), cleaned
//! (metadata removed, the camera's orientation applied) and turned into the variants the
//! site serves (400, 800 and 1600 pixels wide, in the upload's format and in WebP where WebP
//! is smaller), each under a key derived from the content, so that its address can be
//! cached for a year. Files are kept through [`MediaStorage`]: [`LocalStorage`] in the data
//! dir by default.
//!
//! Documents (PDF and the office formats, [`prepare_document`]) are checked by content and
//! kept as uploaded, under a key of the same kind, through the same storage.
//!
//! [`prepare`] is CPU-bound (decoding, resizing, encoding: up to seconds for a large photo):
//! an async caller runs it on a blocking thread (`tokio::task::spawn_blocking`).

#![warn(missing_docs)]

/// Reading the directory of a ZIP archive (the office formats are ZIP archives).
mod archive;
/// Procedural pictures for the demo content.
mod demo;
/// Documents: PDF and office files recognized by content, named by their hash.
mod document;
/// What can go wrong with an upload, in words a press officer understands; the limits.
mod error;
/// Where in a picture its subject is.
mod focal;
/// The formats stored and served, and recognizing a file by its content.
mod format;
/// The files in an object store (S3-compatible, or a shared folder), for several nodes.
mod object_storage;
/// Turning an upload into a cleaned original and its variants.
mod prepare;
/// Keeping the files: the storage interface and the local data dir.
mod storage;

pub use demo::demo_picture;
pub use document::{
    DocumentError, DocumentFormat, MAX_DOCUMENT_BYTES, PreparedDocument, document_key,
    prepare_document, sniff_document, store_document,
};
pub use error::{Limits, MediaError};
pub use focal::FocalPoint;
pub use format::{Format, sniff};
pub use object_storage::ObjectStorage;
pub use prepare::{Prepared, VARIANT_WIDTHS, Variant, file_key, prepare};
pub use storage::{
    LocalStorage, MEDIA_DIR, MediaStorage, StorageFuture, is_valid_key, store_prepared,
};
