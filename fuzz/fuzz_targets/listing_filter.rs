//! The listing filter of the newsroom, taxonomy pages, search and feeds: any query string,
//! decoded as the pages decode it, must give through `Filter::from_query` a filter or an
//! error with a short message, never a panic. A filter holds exactly the values asked for
//! (known to the site, each once, sorted), does not depend on the order of the pairs, and
//! its canonical query string (`Filter::to_query`) gives it back.

#![no_main]

use std::collections::{BTreeMap, BTreeSet};

use communique_fuzz::query::{MAX_MESSAGE_CHARS, cut};
use communique_fuzz::site;
use libfuzzer_sys::fuzz_target;
use model::{Dimension, Filter, FilterError, SiteDefinition};

/// `MAX_VALUES_PER_DIMENSION` of `model::filter` (private there).
const MAX_VALUES_PER_DIMENSION: usize = 50;

fuzz_target!(|data: &[u8]| {
    // The listing handlers take `Query<Vec<(String, String)>>` (axum, serde_urlencoded):
    // form_urlencoded pairs, `+` a space, invalid UTF-8 replaced.
    let pairs = decode(data);
    let site = site();
    let result = parse(&pairs, site);
    assert_eq!(
        parse(&pairs, site),
        result,
        "a second reading of the same pairs differs"
    );
    match &result {
        Ok(filter) => check_filter(&pairs, filter, site),
        Err(e) => {
            let message = e.to_string();
            assert!(
                !message.trim().is_empty(),
                "an error without a message: {e:?}"
            );
            let chars = message.chars().count();
            assert!(
                chars <= MAX_MESSAGE_CHARS,
                "an error message of {chars} characters: {}",
                cut(&message, 200)
            );
        }
    }
});

fn decode(data: &[u8]) -> Vec<(String, String)> {
    form_urlencoded::parse(data).into_owned().collect()
}

fn parse(pairs: &[(String, String)], site: &SiteDefinition) -> Result<Filter, FilterError> {
    Filter::from_query(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())), site)
}

fn check_filter(pairs: &[(String, String)], filter: &Filter, site: &SiteDefinition) {
    // Exactly the values of the dimensions' pairs (repeated or comma-separated, trimmed,
    // empty ones skipped), each once, sorted; other keys ignored.
    let mut wanted: BTreeMap<Dimension, BTreeSet<&str>> = BTreeMap::new();
    for (key, raw) in pairs {
        if let Some(dim) = Dimension::from_key(key) {
            for v in raw.split(',').map(str::trim).filter(|v| !v.is_empty()) {
                wanted.entry(dim).or_default().insert(v);
            }
        }
    }
    let wanted: BTreeMap<Dimension, Vec<&str>> = wanted
        .into_iter()
        .map(|(d, values)| (d, values.into_iter().collect()))
        .collect();
    let got: BTreeMap<Dimension, Vec<&str>> = filter
        .dimensions()
        .map(|(d, values)| (d, values.iter().map(String::as_str).collect()))
        .collect();
    assert_eq!(got, wanted, "the filter is not the values asked for");
    assert_eq!(filter.is_empty(), got.is_empty());
    for (dim, values) in filter.dimensions() {
        assert!(
            values.len() <= MAX_VALUES_PER_DIMENSION,
            "{} values for {dim}",
            values.len()
        );
        for v in values {
            assert_eq!(
                site.check_filter_value(dim, v).as_ref(),
                Ok(v),
                "{dim} value {v:?} is not the site's"
            );
        }
    }

    // The order of the pairs does not matter.
    let reversed: Vec<(String, String)> = pairs.iter().rev().cloned().collect();
    assert_eq!(
        parse(&reversed, site).as_ref(),
        Ok(filter),
        "the same pairs in reverse order give another filter"
    );

    // The canonical query string (facet links, feeds) gives the same filter back.
    let query = filter.to_query();
    let again = parse(&decode(query.as_bytes()), site);
    assert_eq!(
        again.as_ref(),
        Ok(filter),
        "the canonical query string {:?} gives another filter",
        cut(&query, 500)
    );
    assert_eq!(
        again.map(|f| f.to_query()).as_deref(),
        Ok(query.as_str()),
        "the canonical query string is not stable"
    );
}
