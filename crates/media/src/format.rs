//! The formats stored and served, and recognizing a file by its content (never by its name).

use std::fmt;

use crate::MediaError;

/// A format of picture the site accepts, stores and serves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Format {
    /// JPEG: photographs.
    Jpeg,
    /// PNG: drawings, screenshots, pictures with transparency.
    Png,
    /// WebP (lossless, as the `image` crate writes it).
    Webp,
}

impl Format {
    /// The media type: "image/jpeg", "image/png", "image/webp".
    pub fn mime(self) -> &'static str {
        match self {
            Format::Jpeg => "image/jpeg",
            Format::Png => "image/png",
            Format::Webp => "image/webp",
        }
    }

    /// The file name extension, without the dot: "jpg", "png", "webp".
    pub fn extension(self) -> &'static str {
        match self {
            Format::Jpeg => "jpg",
            Format::Png => "png",
            Format::Webp => "webp",
        }
    }

    /// The name stored in a database: "jpeg", "png", "webp".
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Jpeg => "jpeg",
            Format::Png => "png",
            Format::Webp => "webp",
        }
    }

    /// The format of a stored name ([`Format::as_str`]) or an extension ("jpg", "jpeg",
    /// "png", "webp"), in any case.
    pub fn parse(name: &str) -> Option<Format> {
        match name.to_ascii_lowercase().as_str() {
            "jpeg" | "jpg" => Some(Format::Jpeg),
            "png" => Some(Format::Png),
            "webp" => Some(Format::Webp),
            _ => None,
        }
    }

    pub(crate) fn image_format(self) -> image::ImageFormat {
        match self {
            Format::Jpeg => image::ImageFormat::Jpeg,
            Format::Png => image::ImageFormat::Png,
            Format::Webp => image::ImageFormat::WebP,
        }
    }
}

impl fmt::Display for Format {
    /// "JPEG", "PNG", "WebP".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Format::Jpeg => "JPEG",
            Format::Png => "PNG",
            Format::Webp => "WebP",
        })
    }
}

/// The format of a file, from its first bytes (its name is not looked at). A file that is not
/// a JPEG, PNG or WebP picture is refused, naming what it looks like.
pub fn sniff(bytes: &[u8]) -> Result<Format, MediaError> {
    if bytes.is_empty() {
        return Err(MediaError::Empty);
    }
    match image::guess_format(bytes) {
        Ok(image::ImageFormat::Jpeg) => Ok(Format::Jpeg),
        Ok(image::ImageFormat::Png) => Ok(Format::Png),
        Ok(image::ImageFormat::WebP) => Ok(Format::Webp),
        _ => Err(MediaError::NotAPicture {
            looks_like: looks_like(bytes),
        }),
    }
}

/// What a file that is not an accepted picture or document seems to be, for the message
/// that refuses it.
pub(crate) fn looks_like(bytes: &[u8]) -> &'static str {
    let starts = |magic: &[u8]| bytes.starts_with(magic);
    if starts(b"%PDF") {
        return "a PDF document";
    }
    if starts(b"MZ")
        || starts(b"\x7FELF")
        || starts(b"\xCA\xFE\xBA\xBE")
        || starts(b"\xCF\xFA\xED\xFE")
        || starts(b"\xCE\xFA\xED\xFE")
    {
        return "a program";
    }
    if starts(b"#!") {
        return "a script";
    }
    if starts(b"GIF87a") || starts(b"GIF89a") {
        return "a GIF picture";
    }
    if starts(b"II*\0") || starts(b"MM\0*") {
        return "a TIFF picture or a camera's raw file";
    }
    if starts(b"BM") && bytes.len() > 14 && bytes[6..10] == [0, 0, 0, 0] {
        return "a BMP picture";
    }
    if bytes.len() >= 12 && &bytes[4..8] == b"ftyp" {
        return match &bytes[8..12] {
            b"heic" | b"heix" | b"hevc" | b"heim" | b"heis" | b"mif1" | b"msf1" => {
                "a HEIC picture, as phones take them"
            }
            b"avif" | b"avis" => "an AVIF picture",
            _ => "a video",
        };
    }
    if starts(b"PK\x03\x04") {
        return "a ZIP archive or an Office document";
    }
    if starts(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") {
        return "an older Office document";
    }
    if starts(b"{\\rtf") {
        return "an RTF document";
    }
    if starts(b"\x1F\x8B") {
        return "a compressed (gzip) file";
    }
    if starts(b"ID3") || starts(b"OggS") || starts(b"fLaC") {
        return "a sound file";
    }
    if starts(b"RIFF") && bytes.len() >= 12 {
        return match &bytes[8..12] {
            b"WAVE" => "a sound file",
            b"AVI " => "a video",
            _ => "an unknown kind of file",
        };
    }
    if starts(b"8BPS") {
        return "a Photoshop document";
    }
    let head = &bytes[..bytes.len().min(1024)];
    let text = match std::str::from_utf8(head) {
        Ok(text) => Some(text),
        // A multi-byte character cut by the 1,024-byte window.
        Err(e) if e.error_len().is_none() => std::str::from_utf8(&head[..e.valid_up_to()]).ok(),
        Err(_) => None,
    };
    match text {
        Some(text) if !text.contains('\0') => {
            let lower = text
                .trim_start_matches('\u{feff}')
                .trim_start()
                .to_lowercase();
            if lower.contains("<svg") {
                "an SVG drawing"
            } else if lower.starts_with("<!doctype html") || lower.contains("<html") {
                "a web page (HTML)"
            } else if lower.starts_with("<?xml") {
                "an XML document"
            } else {
                "a text file"
            }
        }
        _ => "an unknown kind of file",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(bytes: &[u8]) -> String {
        match sniff(bytes) {
            Err(e @ MediaError::NotAPicture { .. }) => e.to_string(),
            other => panic!("expected a refusal, got {other:?}"),
        }
    }

    #[test]
    fn formats_are_recognized_by_their_magic_numbers() {
        assert_eq!(
            sniff(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").expect("png"),
            Format::Png
        );
        assert_eq!(
            sniff(b"\xFF\xD8\xFF\xE0\0\x10JFIF").expect("jpeg"),
            Format::Jpeg
        );
        assert_eq!(sniff(b"RIFF\0\0\0\0WEBPVP8 ").expect("webp"), Format::Webp);
        assert!(matches!(sniff(b""), Err(MediaError::Empty)));
    }

    #[test]
    fn other_files_are_refused_with_what_they_look_like() {
        assert_eq!(
            refused(b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj"),
            "the file is not a JPEG, PNG or WebP picture (it looks like a PDF document)"
        );
        assert!(refused(b"<!DOCTYPE html><html><body>hi</body></html>").contains("a web page"));
        assert!(refused(b"\n  <html lang=\"en\">").contains("a web page"));
        assert!(refused(b"<?xml version=\"1.0\"?><svg xmlns=\"x\"/>").contains("an SVG drawing"));
        assert!(refused("Communiqué de presse\n".as_bytes()).contains("a text file"));
        assert!(refused(b"GIF89a\x01\0\x01\0").contains("a GIF picture"));
        assert!(refused(b"\0\0\0\x18ftypheic\0\0\0\0").contains("HEIC"));
        assert!(refused(b"PK\x03\x04\x14\0\0\0").contains("ZIP"));
        assert!(refused(&[0x00, 0x01, 0xFE, 0xFF, 0x80]).contains("an unknown kind of file"));
    }

    #[test]
    fn names_and_extensions_parse() {
        for f in [Format::Jpeg, Format::Png, Format::Webp] {
            assert_eq!(Format::parse(f.as_str()), Some(f));
            assert_eq!(Format::parse(f.extension()), Some(f));
            assert!(f.mime().starts_with("image/"));
        }
        assert_eq!(Format::parse("JPG"), Some(Format::Jpeg));
        assert_eq!(Format::parse("gif"), None);
    }
}
