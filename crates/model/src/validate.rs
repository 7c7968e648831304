//! The checks every item written by a person or a script passes before it is stored, with
//! a message per field that the writer can act on.

use crate::item::NewItem;
use crate::site::SiteDefinition;

/// The longest title, in characters.
pub const MAX_TITLE_CHARS: usize = 500;
/// The longest summary, in characters.
pub const MAX_SUMMARY_CHARS: usize = 2_000;
/// The longest place name ("VALLETTA/VIENNA", "Bishkek and Osh").
pub const MAX_PLACE_CHARS: usize = 200;
/// The longest body, in bytes of HTML.
pub const MAX_BODY_BYTES: usize = 2_000_000;

/// A problem with one field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldProblem {
    /// The field's name as the forms and the API call it ("title", "sources", …).
    pub field: &'static str,
    pub message: String,
}

fn problem(field: &'static str, message: impl Into<String>) -> FieldProblem {
    FieldProblem {
        field,
        message: message.into(),
    }
}

/// A control character other than tab and line breaks (or a non-character): nothing a person
/// means to write, and what XML (feeds, sitemaps) cannot carry at all.
pub fn is_forbidden_control(c: char) -> bool {
    (c.is_control() && !matches!(c, '\t' | '\n' | '\r')) || c == '\u{fffe}' || c == '\u{ffff}'
}

/// Whether a value of a taxonomy exists.
type Known<'a> = dyn Fn(&str) -> bool + 'a;

/// Every problem of `item` against the site (empty when it may be stored).
pub fn item_problems(site: &SiteDefinition, item: &NewItem) -> Vec<FieldProblem> {
    let mut out = Vec::new();
    let title = item.title.trim();
    if title.is_empty() {
        out.push(problem("title", "a title is required"));
    } else if title.chars().count() > MAX_TITLE_CHARS {
        out.push(problem(
            "title",
            format!("the title is longer than {MAX_TITLE_CHARS} characters"),
        ));
    }
    for (field, text) in [
        ("title", item.title.as_str()),
        ("summary", item.summary.as_str()),
        ("place", item.place.as_str()),
    ] {
        if let Some(c) = text.chars().find(|&c| is_forbidden_control(c)) {
            out.push(problem(
                field,
                format!(
                    "the {field} has an invisible control character (U+{:04X}); remove it",
                    u32::from(c)
                ),
            ));
        }
    }
    if item.place.chars().count() > MAX_PLACE_CHARS {
        out.push(problem(
            "place",
            format!("the place is longer than {MAX_PLACE_CHARS} characters"),
        ));
    }
    if item.summary.chars().count() > MAX_SUMMARY_CHARS {
        out.push(problem(
            "summary",
            format!("the summary is longer than {MAX_SUMMARY_CHARS} characters"),
        ));
    }
    if item.body_html.len() > MAX_BODY_BYTES {
        out.push(problem(
            "body",
            format!("the body is larger than {MAX_BODY_BYTES} bytes"),
        ));
    }
    if site.item_type(item.item_type.as_str()).is_none() {
        out.push(problem(
            "type",
            format!("unknown item type '{}'", item.item_type),
        ));
    }
    if !site
        .organization
        .languages
        .iter()
        .any(|l| l.code == item.language)
    {
        out.push(problem(
            "language",
            format!("'{}' is not a language of the site", item.language),
        ));
    }
    if jiff::tz::TimeZone::get(&item.time_zone).is_err() {
        out.push(problem(
            "time_zone",
            format!("unknown time zone '{}'", item.time_zone),
        ));
    }
    if item.sources.is_empty() {
        out.push(problem("sources", "at least one source is required"));
    }
    let lists: [(&'static str, &Vec<crate::Slug>, &Known<'_>); 4] = [
        ("sources", &item.sources, &|s| site.structure(s).is_some()),
        ("fields_of_work", &item.fields_of_work, &|s| {
            site.field(s).is_some()
        }),
        ("countries", &item.countries, &|s| site.country(s).is_some()),
        ("meetings", &item.meetings, &|s| site.meeting(s).is_some()),
    ];
    for (field, values, known) in lists {
        for (i, v) in values.iter().enumerate() {
            if !known(v.as_str()) {
                out.push(problem(field, format!("unknown value '{v}'")));
            } else if values[..i].contains(v) {
                out.push(problem(field, format!("'{v}' is given twice")));
            }
        }
    }
    if let Some(embargo) = item.embargo_until
        && embargo < item.published_at
    {
        out.push(problem(
            "embargo_until",
            "the embargo ends before the publication time: leave it empty instead",
        ));
    }
    out
}
