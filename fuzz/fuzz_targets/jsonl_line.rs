//! JSON Lines: any line given to `jsonl::parse_line` must give a complete item or an error
//! naming the problem, never a panic; an item must keep the promises of docs/import.md.

#![no_main]

use std::collections::HashSet;

use communique_fuzz::site;
use import::jsonl::{Record, parse_line};
use jiff::Timestamp;
use jiff::civil::Date;
use libfuzzer_sys::fuzz_target;
use model::{ItemStatus, SiteDefinition, Slug};

fuzz_target!(|data: &[u8]| {
    // The importer refuses a line that is not UTF-8 before parsing it.
    let Ok(line) = std::str::from_utf8(data) else {
        return;
    };
    let site = site();
    match parse_line(line, site) {
        Ok(record) => {
            check_record(line, &record, site);
            assert_eq!(
                parse_line(line, site).as_ref(),
                Ok(&record),
                "a second reading of the same line differs"
            );
        }
        Err(e) => assert!(!e.message.is_empty(), "an error without a message"),
    }
});

fn check_record(line: &str, record: &Record, site: &SiteDefinition) {
    let item = &record.item;
    let id = item
        .external_id
        .as_deref()
        .expect("an imported item has a key");
    assert!(!id.is_empty() && id.len() <= 500, "external_id {id:?}");
    assert_eq!(id.trim(), id, "an external_id with outer spaces");
    assert!(!item.title.is_empty(), "an item without a title");
    assert_eq!(item.title.trim(), item.title, "a title with outer spaces");
    assert!(!item.body_html.trim().is_empty(), "an item without a body");
    assert!(
        site.language(item.language.as_str()).is_some(),
        "a language the site lacks: {}",
        item.language
    );
    assert!(
        site.item_type(item.item_type.as_str()).is_some(),
        "an item type the site lacks: {}",
        item.item_type
    );
    assert!(
        jiff::tz::TimeZone::get(&item.time_zone).is_ok(),
        "an unknown time zone {}",
        item.time_zone
    );
    if let Some(t) = &record.translation_of {
        assert!(!t.trim().is_empty(), "an empty translation_of is kept");
    }

    check_slugs("sources", &item.sources, |s| site.structure(s).is_some());
    check_slugs("fields_of_work", &item.fields_of_work, |s| {
        site.field(s).is_some()
    });
    check_slugs("countries", &item.countries, |s| site.country(s).is_some());
    check_slugs("meetings", &item.meetings, |s| site.meeting(s).is_some());

    // docs/import.md: one JSON object per line.
    let value: serde_json::Value = serde_json::from_str(line).expect("valid JSON");
    assert!(
        value.is_object(),
        "a line that is not a JSON object was accepted"
    );
    if value.get("status").is_none_or(serde_json::Value::is_null) {
        assert_eq!(item.status, ItemStatus::Published, "the default status");
    }
    let date = value
        .get("date")
        .and_then(serde_json::Value::as_str)
        .expect("a date string")
        .trim();
    check_date(date, item);
}

/// A date-time with an offset is that instant; a calendar day is the start of that day at
/// the item's place.
fn check_date(date: &str, item: &model::NewItem) {
    if let Ok(ts) = date.parse::<Timestamp>() {
        assert_eq!(item.published_at, ts, "the instant of {date:?}");
        return;
    }
    let day: Date = date
        .parse()
        .unwrap_or_else(|e| panic!("{date:?} was accepted but is not a date: {e}"));
    assert_eq!(item.local_date(), day, "the local date of {date:?}");
    if let Ok(before) = item
        .published_at
        .checked_sub(jiff::SignedDuration::from_nanos(1))
    {
        let previous = item.tz().to_datetime(before).date();
        assert!(
            previous < day,
            "{date:?} at {} is published after the start of its day",
            item.time_zone
        );
    }
}

fn check_slugs(what: &str, slugs: &[Slug], known: impl Fn(&str) -> bool) {
    let mut seen = HashSet::new();
    for s in slugs {
        assert!(seen.insert(s), "{what}: {s} is listed twice");
        assert!(
            known(s.as_str()),
            "{what}: {s} is not in the site definition"
        );
    }
}
