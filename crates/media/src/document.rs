//! Documents attached to items: PDF and the common office formats (OpenDocument text,
//! spreadsheet and presentation; Office Open XML's DOCX, XLSX and PPTX), recognized by their
//! content, never by their name. A document is kept as it was uploaded, under a key made of
//! its content hash and its format's extension ("3f2a…9c.pdf"), through the same
//! [`MediaStorage`] as pictures.
//!
//! What is refused, and why: a web page, an SVG drawing or a script would run in the site's
//! origin if a browser were ever led to render it; a program is not a document; an office
//! file with macros (`vbaProject.bin`, OpenDocument's `Basic/` and `Scripts/`) carries code
//! to every reader who opens it.

use std::fmt;
use std::io;

use bytes::Bytes;
use sha2::{Digest, Sha256};

use crate::MediaStorage;
use crate::archive::{self, ArchiveError};
use crate::error::megabytes;

/// The largest document accepted, in bytes (50 MiB).
pub const MAX_DOCUMENT_BYTES: u64 = 50 * 1024 * 1024;

/// How many hexadecimal digits of the SHA-256 of a document name its file.
const HASH_DIGITS: usize = 32;

/// A format of document the site accepts, keeps and serves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DocumentFormat {
    /// PDF.
    Pdf,
    /// OpenDocument text (LibreOffice Writer).
    Odt,
    /// OpenDocument spreadsheet (LibreOffice Calc).
    Ods,
    /// OpenDocument presentation (LibreOffice Impress).
    Odp,
    /// Office Open XML document (Word).
    Docx,
    /// Office Open XML workbook (Excel).
    Xlsx,
    /// Office Open XML presentation (PowerPoint).
    Pptx,
}

impl DocumentFormat {
    /// Every format, in the order the workspace names them.
    pub const ALL: [DocumentFormat; 7] = [
        DocumentFormat::Pdf,
        DocumentFormat::Odt,
        DocumentFormat::Ods,
        DocumentFormat::Odp,
        DocumentFormat::Docx,
        DocumentFormat::Xlsx,
        DocumentFormat::Pptx,
    ];

    /// The file name extension, without the dot, which is also the name stored in a
    /// database: "pdf", "odt", "docx"…
    pub fn extension(self) -> &'static str {
        match self {
            DocumentFormat::Pdf => "pdf",
            DocumentFormat::Odt => "odt",
            DocumentFormat::Ods => "ods",
            DocumentFormat::Odp => "odp",
            DocumentFormat::Docx => "docx",
            DocumentFormat::Xlsx => "xlsx",
            DocumentFormat::Pptx => "pptx",
        }
    }

    /// The media type the file is served with.
    pub fn mime(self) -> &'static str {
        match self {
            DocumentFormat::Pdf => "application/pdf",
            DocumentFormat::Odt => "application/vnd.oasis.opendocument.text",
            DocumentFormat::Ods => "application/vnd.oasis.opendocument.spreadsheet",
            DocumentFormat::Odp => "application/vnd.oasis.opendocument.presentation",
            DocumentFormat::Docx => {
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            }
            DocumentFormat::Xlsx => {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            }
            DocumentFormat::Pptx => {
                "application/vnd.openxmlformats-officedocument.presentationml.presentation"
            }
        }
    }

    /// Whether browsers show the format themselves (PDF) rather than handing it to another
    /// program: the file is then served `inline`, otherwise as an `attachment`.
    pub fn shown_inline(self) -> bool {
        self == DocumentFormat::Pdf
    }

    /// The format of an extension or stored name ([`DocumentFormat::extension`]), in lowercase.
    pub fn parse(name: &str) -> Option<DocumentFormat> {
        DocumentFormat::ALL
            .into_iter()
            .find(|f| f.extension() == name)
    }

    /// The format of an OpenDocument `mimetype` entry.
    fn of_open_document(mime: &[u8]) -> Option<DocumentFormat> {
        [
            DocumentFormat::Odt,
            DocumentFormat::Ods,
            DocumentFormat::Odp,
        ]
        .into_iter()
        .find(|f| f.mime().as_bytes() == mime)
    }
}

impl fmt::Display for DocumentFormat {
    /// "PDF", "ODT", "DOCX": how readers know the formats.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.extension().to_ascii_uppercase())
    }
}

/// Why a file cannot be a document of the site.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DocumentError {
    /// The file has no content.
    #[error("the file is empty")]
    Empty,
    /// The file is larger than accepted.
    #[error("the file is {}; the largest accepted is {}", megabytes(*.bytes), megabytes(*.max))]
    TooLarge {
        /// The size of the file, in bytes.
        bytes: u64,
        /// The largest size accepted, in bytes.
        max: u64,
    },
    /// The content is not one of the accepted formats; `looks_like` names what it seems to
    /// be ("a web page (HTML)").
    #[error(
        "the file is not a PDF, OpenDocument (ODT, ODS, ODP) or Office (DOCX, XLSX, PPTX) \
         document (it looks like {looks_like})"
    )]
    NotADocument {
        /// What the file seems to be, with its article.
        looks_like: &'static str,
    },
    /// An office document that carries macros.
    #[error("the document contains macros; save it without them (as DOCX, XLSX, PPTX or ODF)")]
    Macros,
    /// An office document whose archive cannot be read (damaged, cut off, or of a variant
    /// office programs do not write).
    #[error("the document cannot be read: it is damaged or cut off")]
    Damaged,
}

/// The format of a document, from its content.
///
/// PDF starts with `%PDF-`. An OpenDocument file is a ZIP archive whose first entry is
/// `mimetype`, stored uncompressed, holding its media type. An Office Open XML file is a ZIP
/// archive with a `[Content_Types].xml` entry and the main part of its kind
/// (`word/document.xml`, `xl/workbook.xml`, `ppt/presentation.xml`). Anything else is
/// refused, naming what it looks like.
pub fn sniff_document(bytes: &[u8]) -> Result<DocumentFormat, DocumentError> {
    if bytes.is_empty() {
        return Err(DocumentError::Empty);
    }
    if bytes.starts_with(b"%PDF-") {
        return Ok(DocumentFormat::Pdf);
    }
    if !bytes.starts_with(b"PK\x03\x04") {
        return Err(DocumentError::NotADocument {
            looks_like: crate::format::looks_like(bytes),
        });
    }
    let names = archive::entry_names(bytes).map_err(|e| match e {
        ArchiveError::Damaged | ArchiveError::TooManyEntries => DocumentError::Damaged,
    })?;
    if let Some((b"mimetype", mime)) = archive::first_stored_entry(bytes) {
        let format = DocumentFormat::of_open_document(mime).ok_or(DocumentError::NotADocument {
            looks_like: "an OpenDocument file of another kind (a drawing, a formula, a template)",
        })?;
        let macros = names
            .iter()
            .any(|n| n.starts_with(b"Basic/") || n.starts_with(b"Scripts/"));
        return if macros {
            Err(DocumentError::Macros)
        } else {
            Ok(format)
        };
    }
    let has = |part: &[u8]| names.contains(&part);
    if !has(b"[Content_Types].xml") {
        return Err(DocumentError::NotADocument {
            looks_like: "a ZIP archive",
        });
    }
    if names.iter().any(|n| n.ends_with(b"vbaProject.bin")) {
        return Err(DocumentError::Macros);
    }
    [
        (b"word/document.xml".as_slice(), DocumentFormat::Docx),
        (b"xl/workbook.xml".as_slice(), DocumentFormat::Xlsx),
        (b"ppt/presentation.xml".as_slice(), DocumentFormat::Pptx),
    ]
    .into_iter()
    .find(|(part, _)| has(part))
    .map(|(_, format)| format)
    .ok_or(DocumentError::NotADocument {
        looks_like: "an Office file of another kind (XPS, a Visio drawing, a package)",
    })
}

/// An upload made ready to keep: its format, content hash and key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PreparedDocument {
    /// The first 32 hexadecimal digits of the SHA-256 of the file: the same document
    /// uploaded twice has the same hash.
    pub hash: String,
    /// Its format, from its content.
    pub format: DocumentFormat,
    /// Its storage key and the last part of its address: `<hash>.<extension>`.
    pub key: String,
    /// The file, as uploaded.
    pub bytes: Bytes,
}

/// The key of the document with content hash `hash` in `format`: `<hash>.<extension>`.
pub fn document_key(hash: &str, format: DocumentFormat) -> String {
    format!("{hash}.{}", format.extension())
}

/// Checks an upload (its size, then its format from its content) and names it by its
/// content. Nothing is changed in the file: a document is served as its authors made it.
pub fn prepare_document(upload: Bytes, max_bytes: u64) -> Result<PreparedDocument, DocumentError> {
    if upload.is_empty() {
        return Err(DocumentError::Empty);
    }
    let size = u64::try_from(upload.len()).unwrap_or(u64::MAX);
    if size > max_bytes {
        return Err(DocumentError::TooLarge {
            bytes: size,
            max: max_bytes,
        });
    }
    let format = sniff_document(&upload)?;
    let digest = Sha256::digest(&upload);
    let hash: String = digest
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect::<String>()
        .chars()
        .take(HASH_DIGITS)
        .collect();
    Ok(PreparedDocument {
        key: document_key(&hash, format),
        hash,
        format,
        bytes: upload,
    })
}

/// Keeps a prepared document, unless a file is already kept under its key (keys name their
/// content, so it is the same file).
pub async fn store_document(
    storage: &dyn MediaStorage,
    document: &PreparedDocument,
) -> io::Result<()> {
    if !storage.exists(&document.key).await? {
        storage.put(&document.key, document.bytes.clone()).await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::archive::stored_zip;

    fn open_document(mime: &str) -> Vec<u8> {
        stored_zip(&[
            ("mimetype", mime.as_bytes()),
            ("content.xml", b"<office:document-content/>"),
            ("META-INF/manifest.xml", b"<manifest/>"),
        ])
    }

    fn office(main: &str) -> Vec<u8> {
        stored_zip(&[
            ("[Content_Types].xml", b"<Types/>"),
            ("_rels/.rels", b"<Relationships/>"),
            (main, b"<x/>"),
        ])
    }

    #[test]
    fn formats_are_recognized_by_their_content() {
        assert_eq!(
            sniff_document(b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj"),
            Ok(DocumentFormat::Pdf)
        );
        for f in [
            DocumentFormat::Odt,
            DocumentFormat::Ods,
            DocumentFormat::Odp,
        ] {
            assert_eq!(sniff_document(&open_document(f.mime())), Ok(f));
        }
        for (main, f) in [
            ("word/document.xml", DocumentFormat::Docx),
            ("xl/workbook.xml", DocumentFormat::Xlsx),
            ("ppt/presentation.xml", DocumentFormat::Pptx),
        ] {
            assert_eq!(sniff_document(&office(main)), Ok(f));
        }
    }

    fn refused(bytes: &[u8]) -> String {
        match sniff_document(bytes) {
            Err(e) => e.to_string(),
            Ok(f) => panic!("accepted as {f}"),
        }
    }

    #[test]
    fn pages_scripts_programs_and_macros_are_refused() {
        assert!(refused(b"<!DOCTYPE html><html><body>%PDF-</body></html>").contains("web page"));
        assert!(refused(b"<svg xmlns=\"http://www.w3.org/2000/svg\"/>").contains("SVG"));
        assert!(refused(b"MZ\x90\0\x03\0\0\0").contains("program"));
        assert!(refused(b"\x7FELF\x02\x01\x01").contains("program"));
        assert!(refused(b"#!/bin/sh\nrm -rf /\n").contains("script"));
        assert!(refused(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1").contains("older Office"));
        assert!(refused(&stored_zip(&[("a.txt", b"a")])).contains("ZIP archive"));
        let drawing = open_document("application/vnd.oasis.opendocument.graphics");
        assert!(refused(&drawing).contains("another kind"));
        let with_basic = stored_zip(&[
            ("mimetype", DocumentFormat::Odt.mime().as_bytes()),
            ("Basic/Standard/Module1.xml", b"<script/>"),
        ]);
        assert_eq!(sniff_document(&with_basic), Err(DocumentError::Macros));
        let docm = stored_zip(&[
            ("[Content_Types].xml", b"<Types/>"),
            ("word/document.xml", b"<x/>"),
            ("word/vbaProject.bin", b"\0"),
        ]);
        assert_eq!(sniff_document(&docm), Err(DocumentError::Macros));
        let mut cut = office("word/document.xml");
        cut.truncate(cut.len() - 10);
        assert_eq!(sniff_document(&cut), Err(DocumentError::Damaged));
        assert_eq!(sniff_document(b""), Err(DocumentError::Empty));
    }

    #[test]
    fn a_prepared_document_is_named_by_its_content() {
        let pdf = Bytes::from_static(b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n");
        let prepared = prepare_document(pdf.clone(), MAX_DOCUMENT_BYTES).expect("accepted");
        assert_eq!(prepared.hash.len(), 32);
        assert_eq!(prepared.key, format!("{}.pdf", prepared.hash));
        assert!(crate::is_valid_key(&prepared.key));
        assert_eq!(
            prepare_document(pdf, MAX_DOCUMENT_BYTES).expect("again"),
            prepared
        );
        assert_eq!(
            prepare_document(Bytes::from_static(b"%PDF-1.4 more"), 5),
            Err(DocumentError::TooLarge { bytes: 13, max: 5 })
        );
        assert_eq!(DocumentFormat::Docx.to_string(), "DOCX");
        for f in DocumentFormat::ALL {
            assert_eq!(DocumentFormat::parse(f.extension()), Some(f));
        }
        assert_eq!(DocumentFormat::parse("exe"), None);
    }
}
