//! An item's attachments as readers meet them: the gallery of the pictures attached to it
//! and its list of documents and links under its text, and how a document's file is served.
//!
//! A document is served at `/media/{key}`, the address of every file of the media library,
//! rather than at an address of its own such as `/documents/{key}/{name}`: one route, one
//! gate ([`publishing::Public::media`]) and one 404 serve pictures and documents, so that a
//! document of an embargoed, draft or withdrawn item is answered exactly as a key nobody
//! uploaded, by the same code. The name a browser saves it under comes from
//! `Content-Disposition`, made from the title the newest public item that lists it gives it.
//! A PDF is shown `inline`, sandboxed (`Content-Security-Policy: sandbox`: its scripts and
//! forms run in no origin); an office file is an `attachment` (saved, never rendered by the
//! browser).

use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Response};
use media::DocumentFormat;
use model::Item;
use render::messages::key;
use render::pages::{AttachmentEntry, Attachments, GalleryPicture, Ui};
use store::{AttachmentTarget, MediaRole};

use crate::AppState;
use crate::error::WebError;

/// The longest name given to a saved document, in characters (before its extension).
const MAX_FILE_NAME_CHARS: usize = 60;
/// A file of the workspace may be one the public may not see: never kept.
const PRIVATE_FILE: &str = "private, no-store";

/// What the item offers under its text, in the page's interface `ui`. Pictures' files go
/// through `address` (a preview link's own addresses for a preview); documents keep their
/// public address, which answers as soon as the item is public.
pub(crate) async fn section(
    state: &AppState,
    item: &Item,
    ui: &Ui,
    address: &(dyn Fn(&str) -> String + Sync),
) -> Result<Attachments, WebError> {
    let gallery = state
        .store
        .item_media(item.id)
        .await?
        .iter()
        .filter(|(role, _)| *role == MediaRole::Attachment)
        .filter_map(|(_, record)| super::media::gallery_picture(ui, record))
        .map(|(mut picture, widest)| {
            picture.src = render::html::rewrite_address_list(&picture.src, &address);
            picture.srcset = render::html::rewrite_address_list(&picture.srcset, &address);
            picture.webp_srcset =
                render::html::rewrite_address_list(&picture.webp_srcset, &address);
            GalleryPicture {
                picture,
                href: address(&widest),
            }
        })
        .collect();
    let entries = state
        .store
        .attachments(item.id)
        .await?
        .into_iter()
        .map(|a| {
            let lang = a.language.as_str();
            let (href, note) = match &a.target {
                AttachmentTarget::Document(d) => {
                    (address(&d.key), document_note(ui, &d.format, d.bytes_size))
                }
                AttachmentTarget::Link(url) => (
                    url.clone(),
                    ui.text(key::ATTACHMENT_LINK, &[("host", host_of(url).into())]),
                ),
            };
            AttachmentEntry {
                title: a.title.clone(),
                href,
                note,
                lang: (lang != ui.lang()).then(|| lang.to_owned()),
            }
        })
        .collect();
    Ok(Attachments { gallery, entries })
}

/// "PDF, 1.2 MB" in `ui`'s language.
pub(crate) fn document_note(ui: &Ui, format: &str, bytes: u64) -> String {
    let format =
        DocumentFormat::parse(format).map_or_else(|| format.to_uppercase(), |f| f.to_string());
    ui.text(
        key::ATTACHMENT_DOCUMENT,
        &[("format", format.into()), ("size", size(ui, bytes).into())],
    )
}

/// A file's size as readers know it: "340 KB", "1.2 MB" (binary units, a decimal for
/// megabytes unless whole), with the language's decimal sign.
pub(crate) fn size(ui: &Ui, bytes: u64) -> String {
    const KIB: u64 = 1024;
    const MIB: u64 = 1024 * 1024;
    if bytes < MIB {
        let kilobytes = bytes.div_ceil(KIB).max(1);
        let n = ui.number(usize::try_from(kilobytes).unwrap_or(usize::MAX));
        ui.text(key::ATTACHMENT_SIZE_KB, &[("size", n.into())])
    } else {
        let tenths = (bytes.saturating_mul(10) + MIB / 2) / MIB;
        let n =
            render::dates::format_tenths(i64::try_from(tenths).unwrap_or(i64::MAX), ui.locale());
        ui.text(key::ATTACHMENT_SIZE_MB, &[("size", n.into())])
    }
}

/// The host of a link's address ("www.un.org"), in lowercase, without its port.
pub(crate) fn host_of(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let authority = &rest[..rest.find(['/', '?', '#']).unwrap_or(rest.len())];
    let host = if authority.starts_with('[') {
        authority
            .find(']')
            .map_or(authority, |end| &authority[..=end])
    } else {
        authority.rsplit_once(':').map_or(authority, |(h, _)| h)
    };
    host.to_lowercase()
}

/// The headers of a document's file: how the browser treats it (`inline` for PDF, in a
/// sandbox; `attachment` otherwise) and the name it is saved under, made from `title`.
pub(crate) fn add_document_headers(headers: &mut HeaderMap, format: DocumentFormat, title: &str) {
    if let Ok(value) = HeaderValue::from_str(&content_disposition(format, title)) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    if format.shown_inline() {
        headers.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static("sandbox"),
        );
    }
}

/// `inline; filename="Annual-report-2025.pdf"; filename*=UTF-8''Annual-report-2025.pdf`:
/// the title's letters and digits joined by dashes, cut short, with the format's extension
/// (never one the title suggests); an ASCII name for old browsers, the full one in UTF-8.
pub(crate) fn content_disposition(format: DocumentFormat, title: &str) -> String {
    let how = if format.shown_inline() {
        "inline"
    } else {
        "attachment"
    };
    let extension = format.extension();
    let full = file_stem(title, char::is_alphanumeric);
    let ascii = file_stem(title, |c| c.is_ascii_alphanumeric());
    let encoded: String = format!("{full}.{extension}")
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b == b'-' || b == b'.' {
                char::from(b).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect();
    format!("{how}; filename=\"{ascii}.{extension}\"; filename*=UTF-8''{encoded}")
}

/// The characters of `title` that `keep` keeps, the runs of others made one dash, at most
/// [`MAX_FILE_NAME_CHARS`]; "document" when nothing is kept.
fn file_stem(title: &str, keep: impl Fn(char) -> bool) -> String {
    let mut stem = String::new();
    let mut count = 0;
    for c in title.chars() {
        if count >= MAX_FILE_NAME_CHARS {
            break;
        }
        if keep(c) {
            stem.push(c);
            count += 1;
        } else if !stem.is_empty() && !stem.ends_with('-') {
            stem.push('-');
            count += 1;
        }
    }
    let stem = stem.trim_end_matches('-');
    if stem.is_empty() {
        "document".to_owned()
    } else {
        stem.to_owned()
    }
}

/// `GET /admin/media/{key}` for a document: any stored document, for the workspace (its item
/// may not be public yet), never kept. None when `file` is not a document's key.
pub(crate) async fn workspace_document(
    state: &AppState,
    file: &str,
    not_found: impl Fn() -> WebError,
) -> Result<Option<Response>, WebError> {
    let Some(format) = file
        .rsplit_once('.')
        .and_then(|(_, extension)| DocumentFormat::parse(extension))
    else {
        return Ok(None);
    };
    if !media::is_valid_key(file) || state.store.document_by_key(file).await?.is_none() {
        return Err(not_found());
    }
    let Some(bytes) = super::media::read(state, file).await? else {
        return Err(not_found());
    };
    let mut headers = HeaderMap::new();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(format.mime()),
    );
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static(PRIVATE_FILE),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    add_document_headers(&mut headers, format, "");
    Ok(Some((headers, bytes).into_response()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saved_names_are_made_safe_from_the_title() {
        assert_eq!(
            content_disposition(DocumentFormat::Pdf, "Annual report 2025"),
            "inline; filename=\"Annual-report-2025.pdf\"; \
             filename*=UTF-8''Annual-report-2025.pdf"
        );
        assert_eq!(
            content_disposition(DocumentFormat::Docx, "Доклад: «итоги»"),
            "attachment; filename=\"document.docx\"; filename*=UTF-8''\
             %D0%94%D0%BE%D0%BA%D0%BB%D0%B0%D0%B4-%D0%B8%D1%82%D0%BE%D0%B3%D0%B8.docx"
        );
        let hostile = content_disposition(
            DocumentFormat::Pdf,
            "a\"; filename=evil.exe\r\nSet-Cookie: x=1 ../../etc/passwd.html",
        );
        assert!(HeaderValue::from_str(&hostile).is_ok());
        assert!(!hostile.contains(".exe\"") && !hostile.contains('/') && !hostile.contains('\r'));
        assert!(hostile.ends_with(".pdf"));
        assert_eq!(file_stem(&"x".repeat(500), char::is_alphanumeric).len(), 60);
        assert_eq!(file_stem("", char::is_alphanumeric), "document");
    }

    #[test]
    fn sizes_and_hosts_read_as_people_write_them() {
        let en = Ui::new("en", "en").with_locale("en-GB");
        assert_eq!(size(&en, 1), "1 KB");
        assert_eq!(size(&en, 340 * 1024), "340 KB");
        assert_eq!(size(&en, 1_258_291), "1.2 MB");
        assert_eq!(size(&en, 50 * 1024 * 1024), "50 MB");
        let fr = Ui::new("fr", "en");
        assert_eq!(size(&fr, 1_258_291), "1,2 Mo");
        assert_eq!(document_note(&en, "pdf", 1_258_291), "PDF, 1.2 MB");
        assert_eq!(host_of("https://WWW.UN.org:8443/a?b#c"), "www.un.org");
        assert_eq!(host_of("http://[2001:db8::1]:80/"), "[2001:db8::1]");
    }
}
