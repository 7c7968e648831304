//! One page saved from the organization's old website, read into the item it holds.
//!
//! Two forms are read:
//! - the text form of a saved page (as the seed page, `crates/import/tests/seed/`): navigation menus ("- entry"
//!   lists), the type label ("Press release"), the title, a metadata block ("- Date:",
//!   "- Place:", "- Source:", "- Fields of work:", each followed by "- value" lines), then the
//!   body, one paragraph a line, its first paragraph opening with a dateline
//!   ("MINSK, 8 April 2008 - ");
//! - the HTML of the live site: the article's type label, `<h1>` title, metadata (definition
//!   lists or labelled fields), body `<p>` paragraphs and `<abbr title>` elements; scripts,
//!   styles and navigation are never read.
//!
//! Both forms are checked as a whole: the result is a complete item or an error naming the
//! problem, never half an item, and no input makes [`extract`] panic.

mod abbr;
mod address;
mod dates;
mod dom;
mod finish;
mod header;
mod hidden_emails;
mod html;
mod html_checks;
mod labels;
mod language;
mod meta_labels;
mod months;
mod names;
mod original;
mod text;
mod warning;

pub use address::{date_in_path, section_of};
pub use original::{Original, OriginalBy};
pub use warning::{Warning, WarningKind};

use jiff::civil::Date;
use model::site::GlossaryEntry;
use model::{LanguageCode, SiteDefinition, Slug};

/// The largest page accepted, in bytes.
pub const MAX_BYTES: usize = 10 * 1024 * 1024;

/// The most values one metadata label may list (an item with more sources than this is not
/// an item but a listing).
pub const MAX_VALUES: usize = 50;

/// The most warnings reported one by one.
const MAX_WARNINGS: usize = 50;

/// The deepest nesting of HTML elements read (real pages nest a few dozen deep).
pub const MAX_DEPTH: usize = 512;

/// What the archivist tells the import about the pages of one run (the command line's
/// `--type`, `--source`, `--keep-truncated` and `--date-from-path`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Options {
    /// The type of a page that shows no type label (the site's first type when `None`).
    pub default_type: Option<Slug>,
    /// The source of a page that shows none (given for a folder of one structure's pages).
    pub source: Option<Slug>,
    /// Import a page that looks truncated as a draft marked for review.
    pub keep_truncated: bool,
    /// The date the file's path gives ("2012/07/12/…", "2012-07-12-….txt"), used when the
    /// page shows none.
    pub path_date: Option<Date>,
}

/// The item read from a saved page.
#[derive(Debug, Clone, PartialEq)]
pub struct Extracted {
    /// From the type label ("Press release", "Пресс-релиз", …), in any of the site's
    /// languages; from the section ("News") or [`Options::default_type`] when the page
    /// shows none.
    pub item_type: Slug,
    /// From the labels, the type label, the month names, the script and the text.
    pub language: LanguageCode,
    pub title: String,
    /// From the metadata block, or from the dateline when the block has no date.
    pub date: Date,
    /// Title case of the metadata place or of the dateline's city ("Minsk",
    /// "Valletta/Vienna"); empty (with a warning) when the page names none.
    pub place: String,
    /// The IANA time zone of the place when it is a known city (the first one of
    /// "Valletta/Vienna").
    pub time_zone: Option<String>,
    pub sources: Vec<Slug>,
    pub fields_of_work: Vec<Slug>,
    pub countries: Vec<Slug>,
    /// Body paragraphs, plain text, without the dateline; abbreviation tooltips flattened by
    /// saving are restored ("NGONGO\nnon-governmental organization representatives" →
    /// "NGO representatives").
    pub paragraphs: Vec<String>,
    /// The lines of the contact block (names, phones, e-mail addresses), kept apart.
    pub contact: Vec<String>,
    /// Standard notes at the end (disclaimers, notes to editors), kept apart from the body.
    pub notes: Vec<String>,
    /// The page's address on the old site, when the saved file carries it (the "saved
    /// from url" comment browsers write, the canonical link, `og:url`).
    pub address: Option<String>,
    /// The page this page is a translation of, for a page in another language than the
    /// site's default one that names it (alternate link, language switcher, or its own
    /// address with a language prefix).
    pub original: Option<Original>,
    /// No source could be found: the item is to be imported as a draft for review.
    pub needs_source: bool,
    /// Why the item is to be reviewed before it is published (a truncated page kept with
    /// `--keep-truncated`).
    pub needs_review: Option<String>,
    /// Abbreviations found in the page that the site's glossary for the item's language
    /// lacks.
    pub new_glossary: Vec<GlossaryEntry>,
    /// What was dropped or guessed (photo credits, repeated paragraphs, disagreements
    /// between the metadata and the dateline…).
    pub warnings: Vec<Warning>,
}

/// Why a page could not be read into an item.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PageError {
    #[error("the page is empty")]
    Empty,
    #[error("the page is binary data, not a saved text or HTML page")]
    Binary,
    #[error(
        "the page is not valid UTF-8: the byte at offset {offset} is not part of a UTF-8 character (save the page as UTF-8)"
    )]
    InvalidUtf8 { offset: usize },
    #[error("the page is too large: {bytes} bytes, at most {max} are read")]
    TooLarge { bytes: usize, max: usize },
    #[error("the HTML cannot be read: {0}")]
    Malformed(String),
    #[error("the page is not an item: {0}")]
    NotAnItem(String),
    #[error("the page looks truncated: {0}")]
    Truncated(String),
    #[error("unknown item type '{label}'{}", did_you_mean(.suggestions))]
    UnknownType {
        label: String,
        suggestions: Vec<String>,
    },
    #[error("unknown source '{name}'{}", did_you_mean(.suggestions))]
    UnknownSource {
        name: String,
        suggestions: Vec<String>,
    },
    #[error("unknown field of work '{name}'{}", did_you_mean(.suggestions))]
    UnknownField {
        name: String,
        suggestions: Vec<String>,
    },
    #[error("unknown country '{name}'{}", did_you_mean(.suggestions))]
    UnknownCountry {
        name: String,
        suggestions: Vec<String>,
    },
    #[error(
        "the page has no date: no date line, no dateline and no date in its first paragraphs (when the file's path holds the date, give --date-from-path)"
    )]
    NoDate,
    #[error("the date '{value}' cannot be read (expected e.g. '8 April 2008' or '2008-04-08')")]
    UnreadableDate { value: String },
}

fn did_you_mean(suggestions: &[String]) -> String {
    if suggestions.is_empty() {
        String::new()
    } else {
        let list: Vec<String> = suggestions.iter().map(|s| format!("'{s}'")).collect();
        format!(" — did you mean {}?", list.join(" or "))
    }
}

/// Reads one saved page (text form or HTML, UTF-8) into the item it holds, with the
/// default [`Options`].
pub fn extract(bytes: &[u8], site: &SiteDefinition) -> Result<Extracted, PageError> {
    extract_with(bytes, site, &Options::default())
}

/// Reads one saved page (text form or HTML, UTF-8) into the item it holds.
pub fn extract_with(
    bytes: &[u8],
    site: &SiteDefinition,
    options: &Options,
) -> Result<Extracted, PageError> {
    if bytes.len() > MAX_BYTES {
        return Err(PageError::TooLarge {
            bytes: bytes.len(),
            max: MAX_BYTES,
        });
    }
    const BOM: &[u8] = b"\xEF\xBB\xBF";
    let (skipped, body) = match bytes.strip_prefix(BOM) {
        Some(rest) => (BOM.len(), rest),
        None => (0, bytes),
    };
    if body.iter().all(u8::is_ascii_whitespace) {
        return Err(PageError::Empty);
    }
    if looks_binary(body) && (body.contains(&0) || declared_encoding(body).is_none()) {
        return Err(PageError::Binary);
    }
    let decoded;
    let text = match std::str::from_utf8(body) {
        Ok(t) => t,
        Err(e) => match declared_encoding(body) {
            // A page saved in the encoding its markup declares.
            Some(encoding) => {
                decoded = encoding.decode_without_bom_handling(body).0;
                &decoded
            }
            None => {
                return Err(PageError::InvalidUtf8 {
                    offset: skipped + e.valid_up_to(),
                });
            }
        },
    };
    if text.trim().is_empty() {
        return Err(PageError::Empty);
    }
    let mut raw = if is_html(text) {
        html::read(text, site)?
    } else {
        text::read(text, site)
    };
    if raw.address.is_none() {
        raw.address = address::of_page(text);
    }
    finish::finish(raw, site, options)
}

/// The encoding an HTML page declares other than UTF-8 (`<meta charset=windows-1251>`,
/// `content="text/html; charset=iso-8859-2"`), read from its first 4 KiB.
fn declared_encoding(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let at = lower.windows(8).position(|w| w == b"charset=")? + 8;
    let label: Vec<u8> = lower[at..]
        .iter()
        .copied()
        .skip_while(|b| matches!(b, b'"' | b'\'' | b' '))
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.'))
        .collect();
    let encoding = encoding_rs::Encoding::for_label(&label)?;
    (encoding != encoding_rs::UTF_8).then_some(encoding)
}

/// NUL bytes, or more than a tenth of the first 64 KiB made of control bytes and bytes that
/// are not UTF-8.
fn looks_binary(bytes: &[u8]) -> bool {
    if bytes.contains(&0) {
        return true;
    }
    let sample = &bytes[..bytes.len().min(64 * 1024)];
    let controls = sample
        .iter()
        .filter(|&&b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c)) || b == 0x7f)
        .count();
    let mut invalid = 0;
    let mut rest = sample;
    while !rest.is_empty() {
        match std::str::from_utf8(rest) {
            Ok(_) => break,
            Err(e) => match e.error_len() {
                Some(len) => {
                    invalid += len;
                    rest = rest.get(e.valid_up_to() + len..).unwrap_or_default();
                }
                // A character cut by the end of the sample.
                None => break,
            },
        }
    }
    (controls + invalid) * 10 > sample.len()
}

fn is_html(text: &str) -> bool {
    let start = text.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    if start.starts_with('<') {
        return true;
    }
    let head: String = start.chars().take(4096).collect::<String>().to_lowercase();
    head.contains("<html") || head.contains("<body") || head.contains("<!doctype html")
}

// ---------------------------------------------------------------------------------------
// What each form reads, before it is matched against the site
// ---------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum MetaKey {
    Date,
    Place,
    Source,
    Field,
    Country,
    /// "Content type: Press release": the type label written as metadata.
    Type,
}

impl MetaKey {
    fn label(self) -> &'static str {
        match self {
            MetaKey::Date => "Date",
            MetaKey::Place => "Place",
            MetaKey::Source => "Source",
            MetaKey::Field => "Fields of work",
            MetaKey::Country => "Countries",
            MetaKey::Type => "Content type",
        }
    }
}

#[derive(Debug, Clone)]
pub(crate) struct MetaEntry {
    pub key: MetaKey,
    /// The languages the label is written in ("Date" is English and French).
    pub langs: &'static [&'static str],
    pub values: Vec<String>,
}

/// A page as read by one of the two forms, not yet matched against the site.
#[derive(Debug, Clone, Default)]
pub(crate) struct Raw {
    pub type_label: Option<String>,
    pub title: Option<String>,
    pub meta: Vec<MetaEntry>,
    /// Candidate body lines in order (the contact block and photo credits not yet removed).
    pub lines: Vec<String>,
    /// Contact lines found apart from the body (HTML contact blocks).
    pub contact: Vec<String>,
    /// (abbreviation, expansion) pairs found in the page.
    pub abbrs: Vec<(String, String)>,
    pub warnings: Vec<Warning>,
    /// A structure named in a section header above the title ("Secretary General").
    pub header_source: Option<String>,
    /// The type a section header implies ("News").
    pub type_hint: Option<&'static str>,
    /// The address of the page on the old site, when the file carries it.
    pub address: Option<String>,
    /// The `lang` attribute of an HTML page.
    pub lang_attr: Option<String>,
    /// The alternate links and language switcher links of an HTML page.
    pub links: Vec<original::LanguageLink>,
    /// Set when the form itself saw the page end too early.
    pub truncated: Option<String>,
    /// The text form has no closing tag: a last paragraph cut mid-sentence is how a
    /// truncated text page shows.
    pub check_last_sentence: bool,
}

impl Raw {
    fn values(&self, key: MetaKey) -> Vec<&str> {
        self.meta
            .iter()
            .filter(|m| m.key == key)
            .flat_map(|m| m.values.iter().map(String::as_str))
            .filter(|v| !v.trim().is_empty())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binary_detection() {
        assert!(looks_binary(b"abc\0def"));
        assert!(looks_binary(&[
            0xff, 0xfe, 0x01, 0x02, 0x9c, 0x88, 0x90, 0x12
        ]));
        assert!(!looks_binary("Пресс-релиз\nМИНСК".as_bytes()));
        // One stray Latin-1 byte is not binary: it is reported as invalid UTF-8.
        assert!(!looks_binary(
            b"The OSCE Mission in Z\xfcrich said today that it would..."
        ));
    }

    #[test]
    fn html_detection() {
        assert!(is_html("  <!DOCTYPE html><html>"));
        assert!(is_html("\u{feff}<html lang=\"en\">"));
        assert!(!is_html("Press release\nTitle"));
    }
}
