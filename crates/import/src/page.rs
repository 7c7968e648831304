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
mod dates;
mod dom;
mod html;
mod labels;
mod names;
mod text;

use std::collections::HashSet;

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

/// The item read from a saved page.
#[derive(Debug, Clone, PartialEq)]
pub struct Extracted {
    /// From the type label ("Press release", "Пресс-релиз", …), in any of the site's languages.
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
    /// Abbreviations found in the page that the site's glossary for the item's language
    /// lacks.
    pub new_glossary: Vec<GlossaryEntry>,
    /// What was dropped or guessed (photo credits, repeated paragraphs, disagreements
    /// between the metadata and the dateline…).
    pub warnings: Vec<String>,
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
        "the page has no date: the metadata block gives none and the first paragraph has no dateline"
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

/// Reads one saved page (text form or HTML, UTF-8) into the item it holds.
pub fn extract(bytes: &[u8], site: &SiteDefinition) -> Result<Extracted, PageError> {
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
    if looks_binary(body) {
        return Err(PageError::Binary);
    }
    let text = std::str::from_utf8(body).map_err(|e| PageError::InvalidUtf8 {
        offset: skipped + e.valid_up_to(),
    })?;
    if text.trim().is_empty() {
        return Err(PageError::Empty);
    }
    let raw = if is_html(text) {
        html::read(text, site)?
    } else {
        text::read(text, site)
    };
    finish(raw, site)
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
}

impl MetaKey {
    fn label(self) -> &'static str {
        match self {
            MetaKey::Date => "Date",
            MetaKey::Place => "Place",
            MetaKey::Source => "Source",
            MetaKey::Field => "Fields of work",
            MetaKey::Country => "Countries",
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
    pub warnings: Vec<String>,
    /// The `lang` attribute of an HTML page.
    pub lang_attr: Option<String>,
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

// ---------------------------------------------------------------------------------------
// Matching against the site
// ---------------------------------------------------------------------------------------

fn finish(raw: Raw, site: &SiteDefinition) -> Result<Extracted, PageError> {
    let mut warnings = raw.warnings.clone();
    let mut votes = labels::Votes::new(site);

    // Type.
    let Some(label) = raw.type_label.as_deref() else {
        return Err(PageError::NotAnItem(
            "no type label (such as 'Press release') was found before a title".into(),
        ));
    };
    let item_type = match names::item_type(site, label) {
        Some((slug, langs)) => {
            for l in langs {
                votes.add(&l, 3);
            }
            slug
        }
        None => {
            return Err(PageError::UnknownType {
                label: label.to_owned(),
                suggestions: names::type_suggestions(site, label),
            });
        }
    };
    if let Some(reason) = &raw.truncated {
        return Err(PageError::Truncated(reason.clone()));
    }

    // Title.
    let title = raw
        .title
        .as_deref()
        .map(labels::collapse)
        .unwrap_or_default();
    if title.is_empty() {
        return Err(PageError::NotAnItem("the page has no title".into()));
    }

    // Body and contact block.
    let cleaned = labels::clean_body(&raw.lines, &title);
    warnings.extend(cleaned.warnings);
    let mut paragraphs = cleaned.paragraphs;
    let mut contact = raw.contact.clone();
    contact.extend(cleaned.contact);
    let has_meta = !raw.meta.is_empty();
    if paragraphs.is_empty() {
        return Err(if has_meta {
            PageError::Truncated("the page has its metadata but no body".into())
        } else {
            PageError::NotAnItem("the page has no body".into())
        });
    }

    // Dateline.
    let meta_date = raw.values(MetaKey::Date).join(" ");
    let dateline = dates::dateline(&paragraphs[0], !meta_date.trim().is_empty());
    if let Some(d) = &dateline {
        if d.rest.is_empty() {
            paragraphs.remove(0);
        } else {
            paragraphs[0] = d.rest.clone();
        }
        for l in &d.langs {
            votes.add(l, 2);
        }
    }
    if paragraphs.is_empty() {
        return Err(PageError::Truncated(
            "the body has nothing after its dateline".into(),
        ));
    }
    if raw.check_last_sentence
        && let Some(last) = paragraphs.last()
        && !labels::ends_a_sentence(last)
    {
        let tail: String = {
            let chars: Vec<char> = last.chars().collect();
            chars[chars.len().saturating_sub(40)..].iter().collect()
        };
        return Err(PageError::Truncated(format!(
            "the last paragraph stops mid-sentence ('…{tail}')"
        )));
    }

    // Date.
    let date = if meta_date.trim().is_empty() {
        None
    } else {
        match dates::parse_date(&meta_date) {
            Some(p) => {
                for l in &p.langs {
                    votes.add(l, 2);
                }
                Some(p.date)
            }
            None if dateline.as_ref().is_some_and(|d| d.date.is_some()) => {
                warnings.push(format!(
                    "the metadata date '{}' cannot be read; the dateline's date is used",
                    meta_date.trim()
                ));
                None
            }
            None => {
                return Err(PageError::UnreadableDate {
                    value: meta_date.trim().to_owned(),
                });
            }
        }
    };
    let line_date = dateline.as_ref().and_then(|d| d.date);
    let date = match (date, line_date) {
        (Some(m), Some(l)) if m != l => {
            warnings.push(format!(
                "the metadata date {m} differs from the dateline's {l}; the metadata's is used"
            ));
            m
        }
        (Some(m), _) => m,
        (None, Some(l)) => l,
        (None, None) => return Err(PageError::NoDate),
    };

    // Place.
    let meta_place = raw.values(MetaKey::Place).join("/");
    let line_city = dateline
        .as_ref()
        .map(|d| d.city.clone())
        .unwrap_or_default();
    let place = if !meta_place.trim().is_empty() {
        let place = names::title_case(meta_place.trim());
        if !line_city.is_empty()
            && labels::collapse(&line_city).to_lowercase() != place.to_lowercase()
        {
            warnings.push(format!(
                "the metadata place '{place}' differs from the dateline's '{line_city}'; the metadata's is used"
            ));
        }
        place
    } else if !line_city.is_empty() {
        names::title_case(&line_city)
    } else {
        warnings.push("the page names no place".into());
        String::new()
    };
    let time_zone = names::time_zone(&place);
    if place.contains('/') && time_zone.is_some() {
        let first = place.split('/').next().unwrap_or_default().trim();
        warnings.push(format!(
            "the place '{place}' names several cities: the time zone is that of {first}"
        ));
    }

    // Sources, fields of work, countries.
    let mut by_key = |key: MetaKey| -> Result<Vec<String>, PageError> {
        let pieces = names::split_values(&raw.values(key));
        if pieces.len() > MAX_VALUES {
            return Err(PageError::NotAnItem(format!(
                "the metadata '{}' lists {} values (an item has at most {MAX_VALUES})",
                key.label(),
                pieces.len()
            )));
        }
        for m in raw.meta.iter().filter(|m| m.key == key) {
            for l in m.langs {
                votes.add(l, 1);
            }
        }
        Ok(pieces)
    };
    let source_pieces = by_key(MetaKey::Source)?;
    let field_pieces = by_key(MetaKey::Field)?;
    let country_pieces = by_key(MetaKey::Country)?;
    for key in [MetaKey::Date, MetaKey::Place] {
        for m in raw.meta.iter().filter(|m| m.key == key) {
            for l in m.langs {
                votes.add(l, 1);
            }
        }
    }
    let sources = names::sources(site, &source_pieces)?;
    let fields_of_work = names::fields(site, &field_pieces)?;
    let countries = names::countries(site, &country_pieces)?;

    // Language.
    if let Some(lang) = &raw.lang_attr {
        votes.add(lang, 6);
    }
    votes.add_text(&title, &paragraphs);
    let language = votes.winner();
    let language = LanguageCode::parse(&language)
        .or_else(|_| LanguageCode::parse(site.organization.default_language.as_str()))
        .map_err(|e| PageError::NotAnItem(e.to_string()))?;

    // Abbreviations the glossary lacks.
    let glossary = site.glossary_for(language.as_str());
    let mut new_glossary: Vec<GlossaryEntry> = Vec::new();
    let mut seen = HashSet::new();
    for (abbr, expansion) in &raw.abbrs {
        let expansion = labels::collapse(expansion);
        if abbr.is_empty() || expansion.is_empty() || !seen.insert(abbr.clone()) {
            continue;
        }
        if *abbr == site.organization.short_name {
            continue;
        }
        match glossary.iter().find(|e| e.abbr == *abbr) {
            Some(known) => {
                if known.expansion.to_lowercase() != expansion.to_lowercase() {
                    warnings.push(format!(
                        "the page expands {abbr} as '{expansion}'; the glossary has '{}'",
                        known.expansion
                    ));
                }
            }
            None => new_glossary.push(GlossaryEntry {
                abbr: abbr.clone(),
                expansion,
            }),
        }
    }

    if warnings.len() > MAX_WARNINGS {
        let more = warnings.len() - MAX_WARNINGS;
        warnings.truncate(MAX_WARNINGS);
        warnings.push(format!("… and {more} more warning(s)"));
    }

    Ok(Extracted {
        item_type,
        language,
        title,
        date,
        place,
        time_zone,
        sources,
        fields_of_work,
        countries,
        paragraphs,
        contact,
        new_glossary,
        warnings,
    })
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
