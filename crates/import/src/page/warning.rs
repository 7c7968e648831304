//! What the import of a page dropped, guessed or could not reconcile, by kind: the report
//! counts each kind so that an archivist sees at a glance what needs review.

use std::fmt;

/// The kinds of warnings, each with the line the report's summary gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum WarningKind {
    /// No type label: the type came from the section or from `--type`.
    TypeAssumed,
    /// No source on the page: it came from `--source`, the page's address or its text.
    SourceAssumed,
    /// No source at all: imported as a draft.
    NoSource,
    /// The date came from the file's path, the page's address or a sentence of the text.
    DateAssumed,
    /// Two dates or places of the page disagree; one was used.
    Disagreement,
    /// The page names no place.
    NoPlace,
    /// Photo captions, credits and "Photo details" blocks dropped.
    Caption,
    /// Repeated paragraphs, a repeated title or a lead repeating the body dropped.
    Repeated,
    /// A contact block, a disclaimer or a note kept apart from the body.
    KeptApart,
    /// Metadata the import does not read.
    Ignored,
    /// Scripts or styles removed, e-mail addresses hidden by a CDN.
    Markup,
    /// A truncated page kept as a draft for review (`--keep-truncated`).
    Truncated,
    /// Abbreviations: learned into the glossary, or expanded otherwise than it does.
    Abbreviation,
    /// Several cities: the time zone of the first one.
    TimeZone,
    /// The page matched an item that already exists.
    Matched,
    /// The source changed and the workspace's state was kept.
    StateKept,
    /// A translated page joined the translation group of its original.
    Translation,
    /// A translated page names an original that no import brought in: imported alone.
    OriginalNotImported,
    /// More warnings than are listed one by one.
    More,
}

impl WarningKind {
    /// The summary line of this kind in the report.
    pub fn label(self) -> &'static str {
        match self {
            WarningKind::TypeAssumed => "type not shown on the page (from the section or --type)",
            WarningKind::SourceAssumed => {
                "source not shown on the page (from --source, the address or the text)"
            }
            WarningKind::NoSource => "no source found: imported as a draft",
            WarningKind::DateAssumed => {
                "date not shown as such (from the path, the address or the text)"
            }
            WarningKind::Disagreement => "dates or places of the page disagree",
            WarningKind::NoPlace => "no place",
            WarningKind::Caption => "photo captions and credits dropped",
            WarningKind::Repeated => "repeated text dropped",
            WarningKind::KeptApart => "contact blocks and notes kept apart from the body",
            WarningKind::Ignored => "metadata not read",
            WarningKind::Markup => "scripts removed or hidden e-mail addresses",
            WarningKind::Truncated => "truncated pages kept as drafts for review",
            WarningKind::Abbreviation => "abbreviations",
            WarningKind::TimeZone => "several cities (time zone of the first)",
            WarningKind::Matched => "matched an item that already exists",
            WarningKind::StateKept => "workspace state kept over a changed source",
            WarningKind::Translation => "translations in the group of their original",
            WarningKind::OriginalNotImported => "translation of an address not imported",
            WarningKind::More => "more warnings than listed",
        }
    }
}

/// One warning: its kind and what happened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub kind: WarningKind,
    pub message: String,
}

impl Warning {
    pub fn new(kind: WarningKind, message: impl Into<String>) -> Warning {
        Warning {
            kind,
            message: message.into(),
        }
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}
