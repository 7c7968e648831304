//! JSON Lines, the migration format: one item per line (see docs/import.md). A line is
//! parsed and checked as a whole: it becomes a complete item or an error naming the key and
//! the problem — never half an item.

use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::TimeZone;
use model::{ItemStatus, LanguageCode, NameKind, NewItem, SiteDefinition, Slug};
use serde::Deserialize;

/// The longest line accepted (a body can be long, not endless).
pub const MAX_LINE_BYTES: usize = 4 * 1024 * 1024;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Line {
    external_id: String,
    #[serde(rename = "type")]
    item_type: String,
    language: String,
    title: String,
    date: String,
    #[serde(default)]
    place: String,
    #[serde(default)]
    time_zone: Option<String>,
    #[serde(default)]
    sources: Vec<String>,
    #[serde(default)]
    fields_of_work: Vec<String>,
    #[serde(default)]
    countries: Vec<String>,
    #[serde(default)]
    meetings: Vec<String>,
    #[serde(default)]
    summary: String,
    body_html: String,
    #[serde(default)]
    translation_of: Option<String>,
    #[serde(default)]
    status: Option<String>,
    #[serde(default)]
    url: Option<String>,
}

/// A line as an item, ready for the store.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    /// `item.external_id` is set; `item.translation_of` is resolved by the importer from
    /// `translation_of`.
    pub item: NewItem,
    pub translation_of: Option<String>,
    pub url: Option<String>,
}

/// Why a line was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineError {
    /// The key concerned, if one is.
    pub key: Option<String>,
    pub message: String,
}

impl std::fmt::Display for LineError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.key {
            Some(k) => write!(f, "{k}: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

fn err(key: &str, message: impl Into<String>) -> LineError {
    LineError {
        key: Some(model::text::shown(key)),
        message: message.into(),
    }
}

/// The longest `url` (of the page an item was published at) kept.
const MAX_URL_BYTES: usize = 2_000;

/// The longest message of a line's error (serde quotes the values it refuses).
const MAX_MESSAGE_CHARS: usize = 300;

const KEYS: [&str; 16] = [
    "external_id",
    "type",
    "language",
    "title",
    "date",
    "place",
    "time_zone",
    "sources",
    "fields_of_work",
    "countries",
    "meetings",
    "summary",
    "body_html",
    "translation_of",
    "status",
    "url",
];

/// Turns serde's message into one naming the key.
fn from_serde(e: &serde_json::Error) -> LineError {
    let msg = e.to_string();
    let msg = msg.split(" at line ").next().unwrap_or(&msg).to_owned();
    if let Some(rest) = msg.strip_prefix("unknown field `") {
        let key = rest.split('`').next().unwrap_or("");
        let hint = model::text::closest(key, KEYS.iter().copied(), 1);
        let hint = hint
            .first()
            .map(|h| format!(" — did you mean '{h}'?"))
            .unwrap_or_default();
        return err(
            key,
            format!("unknown key '{}'{hint}", model::text::shown(key)),
        );
    }
    if let Some(rest) = msg.strip_prefix("missing field `") {
        let key = rest.split('`').next().unwrap_or("");
        return err(key, "is required");
    }
    let msg = model::text::clip(&msg, MAX_MESSAGE_CHARS);
    if e.is_syntax() || e.is_eof() {
        return LineError {
            key: None,
            message: format!("not valid JSON: {msg} (column {})", e.column()),
        };
    }
    LineError {
        key: None,
        message: msg,
    }
}

/// Parses and checks one line against the site definition.
pub fn parse_line(line: &str, site: &SiteDefinition) -> Result<Record, LineError> {
    if line.len() > MAX_LINE_BYTES {
        return Err(LineError {
            key: None,
            message: format!("the line is longer than {MAX_LINE_BYTES} bytes"),
        });
    }
    // serde would read a JSON array as the fields in order: a line is one object.
    if line.trim_start().starts_with('[') {
        return Err(LineError {
            key: None,
            message: "not a JSON object: a line is one item, {\"key\": value, …}".into(),
        });
    }
    let raw: Line = serde_json::from_str(line).map_err(|e| from_serde(&e))?;
    let external_id = raw.external_id.trim().to_owned();
    if external_id.is_empty() || external_id.len() > 500 {
        return Err(err("external_id", "must be 1 to 500 characters"));
    }
    let title = raw.title.trim().to_owned();
    if title.is_empty() {
        return Err(err("title", "must not be empty"));
    }
    let item_type = resolve(site, NameKind::Type, "type", &raw.item_type)?;
    let language = LanguageCode::parse(raw.language.trim())
        .ok()
        .filter(|l| site.language(l.as_str()).is_some())
        .ok_or_else(|| {
            let known: Vec<&str> = site
                .organization
                .languages
                .iter()
                .map(|l| l.code.as_str())
                .collect();
            err(
                "language",
                format!(
                    "unknown language '{}' (known: {})",
                    model::text::shown(&raw.language),
                    known.join(", ")
                ),
            )
        })?;
    let place = raw.place.trim().to_owned();
    if place.chars().count() > model::validate::MAX_PLACE_CHARS {
        return Err(err(
            "place",
            format!(
                "the place is longer than {} characters",
                model::validate::MAX_PLACE_CHARS
            ),
        ));
    }
    if raw.url.as_ref().is_some_and(|u| u.len() > MAX_URL_BYTES) {
        return Err(err(
            "url",
            format!("the address is longer than {MAX_URL_BYTES} bytes"),
        ));
    }
    let time_zone = match &raw.time_zone {
        Some(tz) => {
            TimeZone::get(tz).map_err(|_| {
                err(
                    "time_zone",
                    format!(
                        "unknown time zone '{}' (an IANA name such as Europe/Vienna)",
                        model::text::shown(tz)
                    ),
                )
            })?;
            tz.clone()
        }
        None => crate::places::time_zone_of(&place)
            .unwrap_or(&site.organization.time_zone_name)
            .to_owned(),
    };
    let published_at = parse_date(&raw.date, &time_zone)?;
    let status = match &raw.status {
        None => ItemStatus::Published,
        Some(s) => ItemStatus::parse(s.trim()).map_err(|_| {
            let known: Vec<&str> = ItemStatus::ALL.iter().map(|s| s.as_str()).collect();
            err(
                "status",
                format!(
                    "unknown status '{}' (known: {})",
                    model::text::shown(s),
                    known.join(", ")
                ),
            )
        })?,
    };
    let list = |key: &str, kind: NameKind, names: &[String]| -> Result<Vec<Slug>, LineError> {
        let mut out: Vec<Slug> = Vec::with_capacity(names.len());
        for n in names {
            let slug = resolve(site, kind, key, n)?;
            if !out.contains(&slug) {
                out.push(slug);
            }
        }
        Ok(out)
    };
    render::html::check_nesting(&raw.body_html).map_err(|m| err("body_html", m))?;
    let body_html = render::sanitize(&raw.body_html);
    if body_html.trim().is_empty() {
        return Err(err(
            "body_html",
            "is empty (after removing what is not allowed in a body)",
        ));
    }
    let item = NewItem {
        external_id: Some(external_id),
        item_type,
        language,
        translation_of: None,
        title,
        summary: raw.summary.trim().to_owned(),
        body_html,
        place,
        time_zone,
        published_at,
        status,
        embargo_until: None,
        sources: list("sources", NameKind::Source, &raw.sources)?,
        fields_of_work: list("fields_of_work", NameKind::FieldOfWork, &raw.fields_of_work)?,
        countries: list("countries", NameKind::Country, &raw.countries)?,
        meetings: list("meetings", NameKind::Meeting, &raw.meetings)?,
        is_demo: false,
    };
    Ok(Record {
        item,
        translation_of: raw.translation_of.filter(|t| !t.trim().is_empty()),
        url: raw.url,
    })
}

fn resolve(
    site: &SiteDefinition,
    kind: NameKind,
    key: &str,
    name: &str,
) -> Result<Slug, LineError> {
    site.resolve_name(kind, name).map_err(|close| {
        let hint = if close.is_empty() {
            String::new()
        } else {
            format!(
                " — closest known: {}",
                close
                    .iter()
                    .map(|c| format!("'{c}'"))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        };
        err(
            key,
            format!(
                "unknown {} '{}'{hint}",
                kind.label(),
                model::text::shown(name)
            ),
        )
    })
}

/// "2008-04-08" (the start of that day at the place) or an instant with an offset
/// ("2008-04-08T10:30:00+03:00", "…Z").
fn parse_date(s: &str, time_zone: &str) -> Result<Timestamp, LineError> {
    let s = s.trim();
    if let Ok(ts) = s.parse::<Timestamp>() {
        return Ok(ts);
    }
    let day: Date = s.parse().map_err(|_| {
        err(
            "date",
            format!(
                "'{}' is not a date (YYYY-MM-DD) or a date-time with an offset (YYYY-MM-DDTHH:MM:SS+02:00)",
                model::text::shown(s)
            ),
        )
    })?;
    let tz = TimeZone::get(time_zone).map_err(|_| {
        err(
            "time_zone",
            format!("unknown time zone '{}'", model::text::shown(time_zone)),
        )
    })?;
    day.to_zoned_datetime(tz)
        .map(|z| z.timestamp())
        .map_err(|e| err("date", e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> SiteDefinition {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../site/osce");
        let mut files = Vec::new();
        fn walk(d: &std::path::Path, root: &std::path::Path, out: &mut Vec<(String, String)>) {
            for e in std::fs::read_dir(d).expect("site dir") {
                let p = e.expect("entry").path();
                if p.is_dir() {
                    walk(&p, root, out);
                } else if p.extension().is_some_and(|x| x == "toml") {
                    let rel = p
                        .strip_prefix(root)
                        .expect("inside")
                        .to_string_lossy()
                        .replace('\\', "/");
                    out.push((rel, std::fs::read_to_string(&p).expect("text")));
                }
            }
        }
        walk(&dir, &dir, &mut files);
        SiteDefinition::load(&model::SiteSources {
            root: "site/osce".into(),
            files,
        })
        .expect("valid site")
    }

    const GOOD: &str = r#"{"external_id":"x-1","type":"Press release","language":"en","title":"Title","date":"2008-04-08","place":"Minsk","sources":["OSCE Secretariat","OSCE Office in Minsk (closed)"],"fields_of_work":["combating trafficking in human beings"],"countries":["Belarus"],"body_html":"<p>Body <script>x</script></p>"}"#;

    #[test]
    fn a_good_line_becomes_an_item() {
        let r = parse_line(GOOD, &site()).expect("valid");
        let i = &r.item;
        assert_eq!(i.external_id.as_deref(), Some("x-1"));
        assert_eq!(i.item_type.as_str(), "press-release");
        assert_eq!(
            i.sources.iter().map(Slug::as_str).collect::<Vec<_>>(),
            ["secretariat", "office-in-minsk"]
        );
        assert_eq!(
            i.fields_of_work[0].as_str(),
            "combating-trafficking-in-human-beings"
        );
        assert_eq!(i.countries[0].as_str(), "belarus");
        assert_eq!(i.time_zone, "Europe/Minsk");
        assert_eq!(i.local_date(), jiff::civil::date(2008, 4, 8));
        assert_eq!(
            i.body_html, "<p>Body </p>",
            "bodies go through the sanitizer"
        );
        assert_eq!(i.status, ItemStatus::Published);
    }

    #[test]
    fn names_resolve_by_former_names_slugs_aliases_and_translations() {
        let s = site();
        let line = GOOD
            .replace(
                "\"OSCE Secretariat\",\"OSCE Office in Minsk (closed)\"",
                "\"advisory and monitoring group in belarus\",\"programme-office-in-bishkek\"",
            )
            .replace(
                "combating trafficking in human beings",
                "Борьба с торговлей людьми",
            )
            .replace("\"Belarus\"", "\"Czech Republic\"")
            .replace("\"2008-04-08\"", "\"2008-04-08T10:30:00+03:00\"");
        let r = parse_line(&line, &s);
        let i = r.expect("valid").item;
        assert_eq!(i.sources[0].as_str(), "office-in-minsk");
        assert_eq!(i.countries[0].as_str(), "czechia");
        assert_eq!(
            i.published_at,
            "2008-04-08T07:30:00Z"
                .parse::<Timestamp>()
                .expect("instant")
        );
    }

    #[test]
    fn bad_lines_name_the_key_and_the_problem() {
        let s = site();
        let cases = [
            (
                GOOD.replace("\"Belarus\"", "\"Belaruss\""),
                "countries",
                "unknown country 'Belaruss' — closest known: 'Belarus'",
            ),
            (
                GOOD.replace("\"place\"", "\"plase\""),
                "plase",
                "unknown key 'plase' — did you mean 'place'?",
            ),
            (
                GOOD.replace("\"date\":\"2008-04-08\",", ""),
                "date",
                "is required",
            ),
            (
                GOOD.replace("2008-04-08", "08/04/2008"),
                "date",
                "'08/04/2008' is not a date",
            ),
            (
                GOOD.replace("\"language\":\"en\"", "\"language\":\"xx\""),
                "language",
                "unknown language 'xx'",
            ),
            (
                GOOD.replace("\"title\":\"Title\"", "\"title\":\"  \""),
                "title",
                "must not be empty",
            ),
            (
                GOOD.replace("<p>Body <script>x</script></p>", "<script>x</script>"),
                "body_html",
                "is empty",
            ),
        ];
        for (line, key, start) in cases {
            let e = parse_line(&line, &s).expect_err("refused");
            assert_eq!(e.key.as_deref(), Some(key), "{line}");
            assert!(
                e.message.starts_with(start),
                "{} does not start with {start}",
                e.message
            );
        }
        let e = parse_line("{not json", &s).expect_err("refused");
        assert!(
            e.key.is_none() && e.message.starts_with("not valid JSON"),
            "{e}"
        );
        let e = parse_line(r#"{"external_id": 5}"#, &s).expect_err("refused");
        assert!(e.message.contains("invalid type"), "{e}");
    }

    #[test]
    fn a_line_is_an_object_not_an_array() {
        // The values of a line in key order, as a JSON array, were read as an item (an
        // invariant of the fuzz target jsonl_line; input in fuzz/regressions/jsonl_line/).
        let line = r#"["x","news","en","T","2010-05-05","",null,[],[],[],[],"","x"]"#;
        let e = parse_line(line, &site()).expect_err("refused");
        assert!(
            e.key.is_none() && e.message.starts_with("not a JSON object"),
            "{e}"
        );
        let e = parse_line(&format!("  {line}"), &site()).expect_err("refused");
        assert!(e.message.starts_with("not a JSON object"), "{e}");
    }

    proptest::proptest! {
        #[test]
        fn no_line_makes_it_panic(line in "\\PC{0,200}") {
            let _ = parse_line(&line, &site());
        }
    }
}
