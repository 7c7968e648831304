//! Saved pages: any bytes given to `page::extract` must give a complete item or an error,
//! never a panic; an item must hold what the importer writes to the store.

#![no_main]

use std::collections::HashSet;

use communique_fuzz::site;
use import::page::{Extracted, MAX_VALUES, extract};
use libfuzzer_sys::fuzz_target;
use model::{SiteDefinition, Slug};

fuzz_target!(|data: &[u8]| {
    let site = site();
    match extract(data, site) {
        Ok(item) => {
            check_item(&item, site);
            // No hash order or other hidden state leaks into the result.
            assert_eq!(
                extract(data, site).as_ref(),
                Ok(&item),
                "a second reading of the same page differs"
            );
        }
        Err(e) => assert!(!e.to_string().is_empty(), "an error without a message"),
    }
});

fn check_item(item: &Extracted, site: &SiteDefinition) {
    assert!(!item.title.is_empty(), "an item without a title");
    assert_eq!(item.title.trim(), item.title, "a title with outer spaces");

    assert!(!item.paragraphs.is_empty(), "an item without a body");
    for p in &item.paragraphs {
        assert!(!p.trim().is_empty(), "an empty body paragraph: {p:?}");
    }
    // The body as the importer stores it.
    let body = render::sanitize(&render::paragraphs_to_html(&item.paragraphs));
    assert!(!body.trim().is_empty(), "the stored body would be empty");

    assert!(
        (1970..=2100).contains(&item.date.year()),
        "a date out of range: {}",
        item.date
    );
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

    // The importer publishes the item at the start of its day at its place.
    if let Some(zone) = &item.time_zone {
        assert!(!item.place.is_empty(), "a time zone without a place");
        assert_eq!(item.place.trim(), item.place, "a place with outer spaces");
        let tz = jiff::tz::TimeZone::get(zone)
            .unwrap_or_else(|e| panic!("an unknown time zone {zone}: {e}"));
        item.date
            .to_zoned_datetime(tz)
            .unwrap_or_else(|e| panic!("{} has no start at {zone}: {e}", item.date));
    }

    check_slugs("sources", &item.sources, |s| site.structure(s).is_some());
    check_slugs("fields of work", &item.fields_of_work, |s| {
        site.field(s).is_some()
    });
    check_slugs("countries", &item.countries, |s| site.country(s).is_some());
}

fn check_slugs(what: &str, slugs: &[Slug], known: impl Fn(&str) -> bool) {
    assert!(slugs.len() <= MAX_VALUES, "{} {what}", slugs.len());
    let mut seen = HashSet::new();
    for s in slugs {
        assert!(seen.insert(s), "{what}: {s} is listed twice");
        assert!(
            known(s.as_str()),
            "{what}: {s} is not in the site definition"
        );
    }
}
