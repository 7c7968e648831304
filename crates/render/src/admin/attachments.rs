//! The attachments part of an item's form (`admin/item_attachments.html`): its documents and
//! links in their order, the pictures attached to it, the buttons that move and remove them,
//! and the forms that add a document, a link or a picture of the library.

use super::{Choice, MediaRow};

/// The documents, links and attached pictures of an item, with the forms that change them
/// (as typed after a refusal, with its problems).
#[derive(Debug, Clone, Default)]
pub struct ItemAttachments {
    /// The documents and links, in their order.
    pub rows: Vec<AttachmentRow>,
    /// The pictures attached, in their order.
    pub pictures: Vec<AttachedPicture>,
    /// Where the forms are sent: an uploaded document, a link, a picture of the library, and
    /// a move or removal of one entry.
    pub document_action: String,
    pub link_action: String,
    pub gallery_action: String,
    pub change_action: String,
    /// The site's languages for the document's and the link's language, the one of each form
    /// chosen: (code, name, selected).
    pub document_languages: Vec<Choice>,
    pub link_languages: Vec<Choice>,
    /// What was typed in a refused form.
    pub document_title: String,
    pub link_title: String,
    pub link_url: String,
    pub picture_number: String,
    /// Why the last change was refused.
    pub problems: Vec<String>,
}

/// A document or link of an item, as its form lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttachmentRow {
    pub id: i64,
    pub title: String,
    /// The document through the workspace's address (it may not be public yet), or the link.
    pub href: String,
    /// "PDF, 1.2 MB", "link to www.un.org".
    pub kind: String,
    /// The language's name, and its code for the title's `lang`.
    pub language: String,
    pub lang: String,
    /// Whether it is first or last (it cannot move further).
    pub first: bool,
    pub last: bool,
}

/// A picture attached to an item, as its form lists it.
#[derive(Debug, Clone)]
pub struct AttachedPicture {
    pub row: MediaRow,
    pub first: bool,
    pub last: bool,
}
