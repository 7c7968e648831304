use std::collections::HashMap;
use std::path::Path;
use std::sync::LazyLock;

use proptest::prelude::*;
use serde_json::json;

use serde_json::Value;

use super::error::Result;
use super::parse::TOP_KEYS;
use super::*;
use crate::filter::{Dimension, Filter};
use crate::site::{SiteDefinition, SiteSources};

/// The real site definition shipped in `site/osce`.
static SITE: LazyLock<SiteDefinition> = LazyLock::new(|| {
    fn walk(base: &Path, dir: &Path, out: &mut Vec<(String, String)>) {
        for entry in std::fs::read_dir(dir).expect("the site folder is readable") {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                walk(base, &path, out);
            } else if path.extension().is_some_and(|x| x == "toml") {
                let rel = path.strip_prefix(base).expect("a path under the site");
                let name = rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/");
                let text = std::fs::read_to_string(&path).expect("a readable file");
                out.push((name, text));
            }
        }
    }
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../site/osce");
    let mut files = Vec::new();
    walk(&dir, &dir, &mut files);
    SiteDefinition::load(&SiteSources {
        root: "site/osce".into(),
        files,
    })
    .expect("the real site loads")
});

fn parse(v: Value) -> Result<ApiQuery> {
    ApiQuery::from_json(&v, &SITE)
}

fn ok(v: Value) -> ApiQuery {
    parse(v.clone()).unwrap_or_else(|e| panic!("{v} should be accepted: {e}"))
}

fn err(v: Value) -> QueryError {
    match parse(v.clone()) {
        Ok(q) => panic!("{v} should be refused, got {q:?}"),
        Err(e) => e,
    }
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

fn get(list: &[(&str, &str)]) -> Result<ApiQuery> {
    ApiQuery::from_query_pairs(&pairs(list), &SITE)
}

fn get_err(list: &[(&str, &str)]) -> QueryError {
    match get(list) {
        Ok(q) => panic!("{list:?} should be refused, got {q:?}"),
        Err(e) => e,
    }
}

fn assert_err(e: &QueryError, code: &str, pointer: &str, message: &str) {
    assert_eq!(e.code, code, "{e}");
    assert_eq!(e.pointer, pointer, "{e}");
    assert!(
        e.message.contains(message),
        "'{}' lacks '{message}'",
        e.message
    );
}

fn values(field: Field, values: &[&str], all: bool) -> Condition {
    Condition::Values {
        field,
        values: values.iter().map(|v| (*v).to_owned()).collect(),
        all,
    }
}

fn filter_of(v: Value) -> Condition {
    ok(json!({ "filter": v })).filter.expect("a filter")
}

// --- defaults and top level ---------------------------------------------------------

#[test]
fn an_empty_request_has_the_defaults() {
    assert_eq!(ok(json!({})), ApiQuery::default());
    assert_eq!(get(&[]).expect("no pairs is fine"), ApiQuery::default());
    let q = ApiQuery::default();
    assert_eq!((q.limit, q.offset, q.profile), (10, 0, Profile::List));
}

#[test]
fn the_request_must_be_an_object() {
    let e = err(json!([1, 2]));
    assert_err(
        &e,
        code::WRONG_TYPE,
        "",
        "expected an object for the request, found a list",
    );
}

#[test]
fn unknown_top_level_key_is_refused_with_a_suggestion() {
    let e = err(json!({ "filtr": { "field": "country" } }));
    assert_err(
        &e,
        code::UNKNOWN_PARAMETER,
        "/filtr",
        "unknown parameter 'filtr'",
    );
    assert!(e.message.contains("did you mean 'filter'?"), "{e}");
    let e = err(json!({ "zzzzzzzzzzzz": 1 }));
    assert_err(
        &e,
        code::UNKNOWN_PARAMETER,
        "/zzzzzzzzzzzz",
        "expected one of: query",
    );
    // The same from a query string.
    let e = get_err(&[("limt", "5")]);
    assert_err(
        &e,
        code::UNKNOWN_PARAMETER,
        "/limt",
        "unknown parameter 'limt' — did you mean 'limit'?",
    );
}

#[test]
fn errors_display_with_their_pointer_and_are_std_errors() {
    let e = err(json!({ "limit": 1001 }));
    assert_eq!(
        e.to_string(),
        "limit must be between 0 and 1000 (at /limit)"
    );
    let boxed: Box<dyn std::error::Error> = Box::new(e);
    assert!(boxed.to_string().starts_with("limit"));
}

// --- limit, offset, profile -----------------------------------------------------------

#[test]
fn limit_and_offset_accept_numbers_and_numeric_strings() {
    let q = ok(json!({ "limit": 0, "offset": 1_000_000 }));
    assert_eq!((q.limit, q.offset), (0, 1_000_000));
    let q = ok(json!({ "limit": "25", "offset": " 40 " }));
    assert_eq!((q.limit, q.offset), (25, 40));
    assert_eq!(ok(json!({ "limit": 5.0 })).limit, 5);
}

#[test]
fn limit_out_of_range_is_refused() {
    for bad in [
        json!(-1),
        json!(1001),
        json!("-1"),
        json!("99999999999999999999999999"),
    ] {
        let e = err(json!({ "limit": bad }));
        assert_err(
            &e,
            code::OUT_OF_RANGE,
            "/limit",
            "limit must be between 0 and 1000",
        );
    }
    let e = err(json!({ "limit": "abc" }));
    assert_err(
        &e,
        code::WRONG_TYPE,
        "/limit",
        "expected a number for 'limit', found 'abc'",
    );
    let e = err(json!({ "limit": 2.5 }));
    assert_err(&e, code::INVALID_VALUE, "/limit", "whole number");
    let e = err(json!({ "limit": [5] }));
    assert_err(
        &e,
        code::WRONG_TYPE,
        "/limit",
        "expected a number for 'limit', found a list",
    );
    let e = err(json!({ "offset": 1_000_001 }));
    assert_err(
        &e,
        code::OUT_OF_RANGE,
        "/offset",
        "offset must be between 0 and 1000000",
    );
    let e = get_err(&[("limit", "1001")]);
    assert_err(
        &e,
        code::OUT_OF_RANGE,
        "/limit",
        "limit must be between 0 and 1000",
    );
}

#[test]
fn profile_is_one_of_three() {
    assert_eq!(
        ok(json!({ "profile": "minimal" })).profile,
        Profile::Minimal
    );
    assert_eq!(ok(json!({ "profile": "FULL" })).profile, Profile::Full);
    let e = err(json!({ "profile": "ful" }));
    assert_err(
        &e,
        code::INVALID_VALUE,
        "/profile",
        "'ful' is not a valid profile — did you mean 'full'?",
    );
    let e = err(json!({ "profile": 1 }));
    assert_err(
        &e,
        code::WRONG_TYPE,
        "/profile",
        "expected a string for 'profile', found a number",
    );
}

// --- query ------------------------------------------------------------------------------

#[test]
fn query_as_string_or_object() {
    let q = ok(json!({ "query": "  election observation " })).query;
    assert_eq!(
        q,
        Some(TextQuery {
            value: "election observation".into(),
            fields: Field::DEFAULT_SEARCH.to_vec(),
            all_words: true,
        })
    );
    let q = ok(
        json!({ "query": { "value": "osce", "fields": ["title", "TITLE", "country"], "operator": "or" } }),
    );
    assert_eq!(
        q.query,
        Some(TextQuery {
            value: "osce".into(),
            fields: vec![Field::Title, Field::Country],
            all_words: false,
        })
    );
    // The shorthand of the query string.
    assert_eq!(
        get(&[("query", "osce")]).expect("shorthand").query,
        ok(json!({ "query": "osce" })).query
    );
}

#[test]
fn bad_queries_are_refused() {
    let e = err(json!({ "query": "   " }));
    assert_err(&e, code::EMPTY, "/query", "the query value is empty");
    let e = err(json!({ "query": { "fields": ["title"] } }));
    assert_err(&e, code::MISSING, "/query", "needs a 'value'");
    let e = err(json!({ "query": { "value": "x", "fields": ["titel"] } }));
    assert_err(
        &e,
        code::UNKNOWN_FIELD,
        "/query/fields/0",
        "unknown field 'titel' — did you mean 'title'?",
    );
    let e = err(json!({ "query": { "value": "x", "fields": ["date"] } }));
    assert_err(
        &e,
        code::NOT_ALLOWED,
        "/query/fields/0",
        "field 'date' cannot be searched",
    );
    let e = err(json!({ "query": { "value": "x", "fields": "place" } }));
    assert_err(
        &e,
        code::NOT_ALLOWED,
        "/query/fields",
        "field 'place' cannot be searched",
    );
    let e = err(json!({ "query": { "value": "x", "fields": [] } }));
    assert_err(&e, code::EMPTY, "/query/fields", "is empty");
    let e = err(json!({ "query": { "value": "x", "operator": "XOR" } }));
    assert_err(
        &e,
        code::INVALID_VALUE,
        "/query/operator",
        "expected one of: AND, OR",
    );
    let e = err(json!({ "query": { "valeu": "x" } }));
    assert_err(
        &e,
        code::UNKNOWN_KEY,
        "/query/valeu",
        "unknown key 'valeu' in the query — did you mean 'value'?",
    );
    let e = err(json!({ "query": 42 }));
    assert_err(
        &e,
        code::WRONG_TYPE,
        "/query",
        "expected a string or an object for 'query', found a number",
    );
}

#[test]
fn a_100_kb_query_value_is_refused() {
    let long = "word ".repeat(20_000);
    let e = err(json!({ "query": { "value": long } }));
    assert_err(
        &e,
        code::TOO_LONG,
        "/query/value",
        "too long (100000 characters; at most 1000)",
    );
    let e = err(json!({ "query": long }));
    assert_err(&e, code::TOO_LONG, "/query", "at most 1000");
    // A query string refuses it earlier, for its own limit on values.
    let e = get_err(&[("query[value]", long.as_str())]);
    assert_err(
        &e,
        code::TOO_LONG,
        "/query/value",
        "at most 10000 characters",
    );
    // 1,000 characters are fine.
    assert!(parse(json!({ "query": "a".repeat(1000) })).is_ok());
}

// --- filter -------------------------------------------------------------------------

#[test]
fn single_value_and_lists() {
    assert_eq!(
        filter_of(json!({ "field": "country", "value": "Ukraine" })),
        values(Field::Country, &["ukraine"], false)
    );
    assert_eq!(
        filter_of(json!({ "field": "country", "value": ["ukraine", "belarus", "UKRAINE"] })),
        values(Field::Country, &["ukraine", "belarus"], false)
    );
    assert_eq!(
        filter_of(
            json!({ "field": "field_of_work", "value": ["elections", "education"], "operator": "AND" })
        ),
        values(Field::FieldOfWork, &["elections", "education"], true)
    );
    assert_eq!(
        filter_of(json!({ "field": "year", "value": [2008, "2009"] })),
        values(Field::Year, &["2008", "2009"], false)
    );
    assert_eq!(
        filter_of(json!({ "field": "id", "value": "007" })),
        values(Field::Id, &["7"], false)
    );
    assert_eq!(
        filter_of(json!({ "field": "date", "value": "2021-01-01T00:30:00+02:00" })),
        values(Field::Date, &["2020-12-31"], false)
    );
    assert_eq!(
        filter_of(json!({ "field": "place", "value": "Minsk" })),
        values(Field::Place, &["Minsk"], false)
    );
}

#[test]
fn unknown_field_is_refused_with_a_suggestion() {
    let e = err(json!({ "filter": { "field": "sourse", "value": "odihr" } }));
    assert_err(
        &e,
        code::UNKNOWN_FIELD,
        "/filter/field",
        "unknown field 'sourse' — did you mean 'source'?",
    );
    assert_eq!(e.message, "unknown field 'sourse' — did you mean 'source'?");
}

#[test]
fn unknown_taxonomy_value_is_refused_with_a_suggestion() {
    let e = err(json!({ "filter": { "field": "source", "value": ["odihr", "ofice-in-minsk"] } }));
    assert_err(
        &e,
        code::UNKNOWN_VALUE,
        "/filter/value/1",
        "unknown source 'ofice-in-minsk' — did you mean one of: office-in-minsk",
    );
    let e = err(json!({ "filter": { "field": "year", "value": "08" } }));
    assert_err(
        &e,
        code::INVALID_VALUE,
        "/filter/value",
        "'08' is not a year",
    );
    let e = err(json!({ "filter": { "field": "id", "value": "-3" } }));
    assert_err(&e, code::INVALID_VALUE, "/filter/value", "not an item id");
    let e = err(json!({ "filter": { "field": "date", "value": "2020-02-30" } }));
    assert_err(&e, code::INVALID_VALUE, "/filter/value", "not a valid date");
    let e = err(json!({ "filter": { "field": "date", "value": "yesterday" } }));
    assert_err(
        &e,
        code::INVALID_VALUE,
        "/filter/value",
        "expected YYYY-MM-DD or an RFC 3339 instant",
    );
}

#[test]
fn wrong_types_in_a_filter_are_refused() {
    let e = err(json!({ "filter": "country" }));
    assert_err(
        &e,
        code::WRONG_TYPE,
        "/filter",
        "expected an object for 'filter', found a string",
    );
    let e = err(json!({ "filter": { "field": "country", "value": 3 } }));
    assert_err(
        &e,
        code::WRONG_TYPE,
        "/filter/value",
        "expected a string for 'filter/value', found a number",
    );
    let e = err(json!({ "filter": { "field": "country", "value": [["ukraine"]] } }));
    assert_err(&e, code::WRONG_TYPE, "/filter/value/0", "found a list");
    let e = err(json!({ "filter": { "field": "country", "value": null } }));
    assert_err(&e, code::WRONG_TYPE, "/filter/value", "found null");
    let e = err(json!({ "filter": { "field": 1 } }));
    assert_err(
        &e,
        code::WRONG_TYPE,
        "/filter/field",
        "expected a string for 'filter/field'",
    );
    let e = err(json!({ "filter": { "field": "country", "negate": "yes" } }));
    assert_err(
        &e,
        code::INVALID_VALUE,
        "/filter/negate",
        "expected true or false",
    );
    let e = err(json!({ "filter": { "conditions": { "field": "country" } } }));
    assert_err(
        &e,
        code::WRONG_TYPE,
        "/filter/conditions",
        "expected a list of conditions",
    );
}

#[test]
fn malformed_conditions_are_refused() {
    let e = err(json!({ "filter": { "field": "country", "conditions": [{ "field": "type" }] } }));
    assert_err(&e, code::CONFLICT, "/filter/field", "either a group");
    let e = err(json!({ "filter": { "value": "ukraine" } }));
    assert_err(&e, code::MISSING, "/filter", "needs a 'field'");
    let e = err(json!({ "filter": { "conditions": [] } }));
    assert_err(
        &e,
        code::EMPTY,
        "/filter/conditions",
        "at least one condition",
    );
    let e = err(json!({ "filter": { "field": "country", "value": [] } }));
    assert_err(&e, code::EMPTY, "/filter/value", "empty list");
    let e = err(json!({ "filter": { "field": "country", "value": "" } }));
    assert_err(&e, code::EMPTY, "/filter/value", "is empty");
    let e = err(json!({ "filter": { "field": "country", "valeu": "ukraine" } }));
    assert_err(
        &e,
        code::UNKNOWN_KEY,
        "/filter/valeu",
        "unknown key 'valeu' in a condition — did you mean 'value'?",
    );
    let e = err(json!({ "filter": { "field": "body", "value": "osce" } }));
    assert_err(
        &e,
        code::NOT_ALLOWED,
        "/filter/value",
        "cannot be filtered by value",
    );
    let e = err(json!({ "filter": { "field": "country", "operator": "OR" } }));
    assert_err(
        &e,
        code::NOT_ALLOWED,
        "/filter/operator",
        "applies to a list",
    );
    let many: Vec<String> = (0..=MAX_VALUES).map(|i| format!("v{i}")).collect();
    let e = err(json!({ "filter": { "field": "place", "value": many } }));
    assert_err(&e, code::TOO_MANY, "/filter/value", "at most 100");
}

#[test]
fn groups_negate_and_exists() {
    let c = filter_of(json!({
        "operator": "OR",
        "conditions": [
            { "field": "country", "value": "ukraine", "negate": true },
            { "field": "summary" },
            { "conditions": [{ "field": "type", "value": "news" }], "negate": "true" }
        ]
    }));
    assert_eq!(
        c,
        Condition::Any(vec![
            Condition::Not(Box::new(values(Field::Country, &["ukraine"], false))),
            Condition::Exists(Field::Summary),
            Condition::Not(Box::new(Condition::All(vec![values(
                Field::Type,
                &["news"],
                false
            )]))),
        ])
    );
    assert_eq!(
        filter_of(json!({ "field": "meeting" })),
        Condition::Exists(Field::Meeting)
    );
    assert_eq!(
        filter_of(json!({ "field": "meeting", "negate": true })),
        Condition::Not(Box::new(Condition::Exists(Field::Meeting)))
    );
}

#[test]
fn ranges() {
    assert_eq!(
        filter_of(
            json!({ "field": "date", "value": { "from": "2020-01-01", "to": "2021-01-01T00:30:00+02:00" } })
        ),
        Condition::Range {
            field: Field::Date,
            from: Some("2020-01-01".into()),
            to: Some("2020-12-31".into()),
        }
    );
    assert_eq!(
        filter_of(json!({ "field": "year", "value": { "from": 2008 } })),
        Condition::Range {
            field: Field::Year,
            from: Some("2008".into()),
            to: None
        }
    );
    assert_eq!(
        filter_of(json!({ "field": "id", "value": { "from": "9", "to": 10 } })),
        Condition::Range {
            field: Field::Id,
            from: Some("9".into()),
            to: Some("10".into())
        }
    );
    // Bounds are inclusive: one day is a range too.
    assert!(parse(json!({ "filter": { "field": "date", "value": { "from": "2020-01-01", "to": "2020-01-01" } } })).is_ok());
}

#[test]
fn bad_ranges_are_refused() {
    let e = err(
        json!({ "filter": { "field": "date", "value": { "from": "2021-01-01", "to": "2020-12-31" } } }),
    );
    assert_err(
        &e,
        code::INVALID_RANGE,
        "/filter/value",
        "starts after it ends",
    );
    // Ids compare as numbers, not as strings.
    let e = err(json!({ "filter": { "field": "id", "value": { "from": 10, "to": 9 } } }));
    assert_err(
        &e,
        code::INVALID_RANGE,
        "/filter/value",
        "'from' 10 is after 'to' 9",
    );
    let e = err(json!({ "filter": { "field": "year", "value": {} } }));
    assert_err(
        &e,
        code::MISSING,
        "/filter/value",
        "needs 'from', 'to' or both",
    );
    let e = err(json!({ "filter": { "field": "country", "value": { "from": "a" } } }));
    assert_err(
        &e,
        code::NOT_ALLOWED,
        "/filter/value",
        "ranges work on id, date, year",
    );
    let e = err(json!({ "filter": { "field": "date", "value": { "form": "2020-01-01" } } }));
    assert_err(
        &e,
        code::UNKNOWN_KEY,
        "/filter/value/form",
        "did you mean 'from'?",
    );
    let e = err(json!({ "filter": { "field": "date", "value": { "from": "2020-13-01" } } }));
    assert_err(
        &e,
        code::INVALID_VALUE,
        "/filter/value/from",
        "not a valid date",
    );
    let e = err(json!({ "filter": { "field": "date", "value": { "to": 2020 } } }));
    assert_err(
        &e,
        code::WRONG_TYPE,
        "/filter/value/to",
        "expected a string",
    );
    let e = err(
        json!({ "filter": { "field": "date", "value": { "from": "2020-01-01" }, "operator": "AND" } }),
    );
    assert_err(
        &e,
        code::NOT_ALLOWED,
        "/filter/operator",
        "applies to a list",
    );
}

/// A filter `levels` conditions deep.
fn nested(levels: usize) -> Value {
    let mut v = json!({ "field": "country", "value": "ukraine" });
    for _ in 1..levels {
        v = json!({ "operator": "OR", "conditions": [v] });
    }
    v
}

#[test]
fn nesting_is_limited_to_ten_levels() {
    assert!(parse(json!({ "filter": nested(10) })).is_ok());
    let e = err(json!({ "filter": nested(11) }));
    let deepest = format!("/filter{}", "/conditions/0".repeat(10));
    assert_err(
        &e,
        code::TOO_DEEP,
        &deepest,
        "filter is nested too deeply (at most 10 levels)",
    );
    let e = err(json!({ "facets": [{ "field": "type", "filter": nested(11) }] }));
    assert_err(
        &e,
        code::TOO_DEEP,
        &format!("/facets/0/filter{}", "/conditions/0".repeat(10)),
        "facets/0/filter is nested too deeply",
    );
}

#[test]
fn conditions_are_limited_in_number() {
    let leaves = |n: usize| vec![json!({ "field": "meeting" }); n];
    // A group and 199 conditions: 200 in all.
    assert!(parse(json!({ "filter": { "conditions": leaves(199) } })).is_ok());
    let e = err(json!({ "filter": { "conditions": leaves(200) } }));
    assert_err(
        &e,
        code::TOO_MANY,
        "/filter/conditions/199",
        "too many filter conditions (at most 200 in a request)",
    );
    // Facet filters count towards the same total.
    let e = err(json!({
        "filter": { "conditions": leaves(150) },
        "facets": [{ "field": "type", "filter": { "conditions": leaves(60) } }]
    }));
    assert_eq!(e.code, code::TOO_MANY);
}

// --- facets -------------------------------------------------------------------------

#[test]
fn facets_with_defaults_and_options() {
    let q = ok(json!({ "facets": [
        { "field": "country" },
        "source",
        { "field": "date", "interval": "month", "name": "months", "limit": "24", "sort": "count:desc", "scope": "global" },
        { "field": "type", "name": "types", "filter": { "field": "language", "value": "en" }, "scope": "query", "sort": "value:desc" }
    ] }));
    assert_eq!(
        q.facets,
        vec![
            FacetRequest {
                field: Field::Country,
                name: "country".into(),
                limit: 10,
                sort: FacetSort::CountDesc,
                filter: None,
                interval: None,
                scope: Scope::Default,
            },
            FacetRequest {
                field: Field::Source,
                name: "source".into(),
                limit: 10,
                sort: FacetSort::CountDesc,
                filter: None,
                interval: None,
                scope: Scope::Default,
            },
            FacetRequest {
                field: Field::Date,
                name: "months".into(),
                limit: 24,
                sort: FacetSort::CountDesc,
                filter: None,
                interval: Some(Interval::Month),
                scope: Scope::Global,
            },
            FacetRequest {
                field: Field::Type,
                name: "types".into(),
                limit: 10,
                sort: FacetSort::ValueDesc,
                filter: Some(values(Field::Language, &["en"], false)),
                interval: None,
                scope: Scope::Query,
            },
        ]
    );
    // A date facet is oldest first unless told otherwise.
    let q = ok(json!({ "facets": [{ "field": "date", "interval": "year" }] }));
    assert_eq!(q.facets[0].sort, FacetSort::ValueAsc);
}

#[test]
fn bad_facets_are_refused() {
    let e = err(json!({ "facets": [{ "field": "country" }, { "field": "country", "limit": 3 }] }));
    assert_err(
        &e,
        code::DUPLICATE,
        "/facets/1/field",
        "two facets are named 'country'",
    );
    let e = err(
        json!({ "facets": [{ "field": "country", "name": "x" }, { "field": "type", "name": "x" }] }),
    );
    assert_err(&e, code::DUPLICATE, "/facets/1/name", "another 'name'");
    assert!(parse(json!({ "facets": [{ "field": "country" }, { "field": "country", "name": "all-countries", "scope": "global" }] })).is_ok());
    let e = err(json!({ "facets": [{ "field": "country", "interval": "year" }] }));
    assert_err(
        &e,
        code::NOT_ALLOWED,
        "/facets/0/interval",
        "only to facets on 'date'",
    );
    let e = err(json!({ "facets": [{ "field": "date" }] }));
    assert_err(&e, code::MISSING, "/facets/0", "needs an 'interval'");
    let e = err(json!({ "facets": [{ "field": "date", "interval": "week" }] }));
    assert_err(
        &e,
        code::INVALID_VALUE,
        "/facets/0/interval",
        "expected one of: year, month, day",
    );
    let e = err(json!({ "facets": [{ "field": "title" }] }));
    assert_err(
        &e,
        code::NOT_ALLOWED,
        "/facets/0/field",
        "cannot be a facet",
    );
    let e = err(json!({ "facets": [{ "field": "country", "limit": 0 }] }));
    assert_err(
        &e,
        code::OUT_OF_RANGE,
        "/facets/0/limit",
        "facets/0/limit must be between 1 and 1000",
    );
    let e = err(json!({ "facets": [{ "field": "country", "sort": "count" }] }));
    assert_err(
        &e,
        code::INVALID_VALUE,
        "/facets/0/sort",
        "not a valid facet sort",
    );
    let e = err(json!({ "facets": [{ "field": "country", "scope": "everything" }] }));
    assert_err(
        &e,
        code::INVALID_VALUE,
        "/facets/0/scope",
        "expected one of: default, query, global",
    );
    let e = err(json!({ "facets": [{ "name": "x" }] }));
    assert_err(&e, code::MISSING, "/facets/0", "needs a 'field'");
    let e = err(json!({ "facets": [{ "field": "country", "limt": 5 }] }));
    assert_err(
        &e,
        code::UNKNOWN_KEY,
        "/facets/0/limt",
        "in a facet — did you mean 'limit'?",
    );
    let e = err(json!({ "facets": { "field": "country" } }));
    assert_err(
        &e,
        code::WRONG_TYPE,
        "/facets",
        "expected a list of facets for 'facets', found an object",
    );
    let e = err(json!({ "facets": [{ "field": "country", "name": "" }] }));
    assert_err(&e, code::EMPTY, "/facets/0/name", "cannot be empty");
    let many: Vec<Value> = (0..21)
        .map(|i| json!({ "field": "type", "name": format!("f{i}") }))
        .collect();
    let e = err(json!({ "facets": many }));
    assert_err(
        &e,
        code::TOO_MANY,
        "/facets",
        "too many facets (at most 20)",
    );
}

// --- sort and fields ----------------------------------------------------------------

#[test]
fn sort_parsing() {
    let q = ok(json!({ "sort": ["date:desc", "Title:ASC", "score:desc", "id:asc"] }));
    assert_eq!(
        q.sort,
        vec![
            Sort {
                key: SortKey::Date,
                descending: true
            },
            Sort {
                key: SortKey::Title,
                descending: false
            },
            Sort {
                key: SortKey::Score,
                descending: true
            },
            Sort {
                key: SortKey::Id,
                descending: false
            },
        ]
    );
    assert_eq!(
        ok(json!({ "sort": "date:asc" })).sort,
        vec![Sort {
            key: SortKey::Date,
            descending: false
        }]
    );
    let e = err(json!({ "sort": [1] }));
    assert_err(
        &e,
        code::WRONG_TYPE,
        "/sort/0",
        "expected a string for 'sort/0', found a number",
    );
    assert_eq!(e.message, "expected a string for 'sort/0', found a number");
    let e = err(json!({ "sort": ["date"] }));
    assert_err(
        &e,
        code::INVALID_VALUE,
        "/sort/0",
        "needs a direction: 'date:asc' or 'date:desc'",
    );
    let e = err(json!({ "sort": ["date:up"] }));
    assert_err(&e, code::INVALID_VALUE, "/sort/0", "needs a direction");
    let e = err(json!({ "sort": ["dat:desc"] }));
    assert_err(
        &e,
        code::INVALID_VALUE,
        "/sort/0",
        "cannot sort by 'dat:desc' — did you mean 'date'?",
    );
    let e = err(json!({ "sort": ["country:asc"] }));
    assert_err(
        &e,
        code::INVALID_VALUE,
        "/sort/0",
        "sort by date, title, score or id",
    );
    let e = err(json!({ "sort": ["date:desc", "date:asc"] }));
    assert_err(&e, code::DUPLICATE, "/sort/1", "given twice");
    let e = err(
        json!({ "sort": ["date:desc", "title:asc", "score:desc", "id:asc", "date:asc", "id:desc"] }),
    );
    assert_err(&e, code::TOO_MANY, "/sort", "at most 5");
    let e = err(json!({ "sort": { "date": "desc" } }));
    assert_err(&e, code::WRONG_TYPE, "/sort", "found an object");
}

#[test]
fn fields_include_and_exclude() {
    let q = ok(json!({ "fields": { "include": ["title", "date", "title"], "exclude": "body" } }));
    assert_eq!(q.include, vec![Field::Title, Field::Date]);
    assert_eq!(q.exclude, vec![Field::Body]);
    let e = err(json!({ "fields": { "include": ["title"], "exclude": ["Title"] } }));
    assert_err(
        &e,
        code::CONFLICT,
        "/fields/exclude/0",
        "both included and excluded",
    );
    let e = err(json!({ "fields": { "include": ["bdy"] } }));
    assert_err(
        &e,
        code::UNKNOWN_FIELD,
        "/fields/include/0",
        "did you mean 'body'?",
    );
    let e = err(json!({ "fields": { "only": ["title"] } }));
    assert_err(
        &e,
        code::UNKNOWN_KEY,
        "/fields/only",
        "unknown key 'only' in 'fields'",
    );
    let e = err(json!({ "fields": ["title"] }));
    assert_err(
        &e,
        code::WRONG_TYPE,
        "/fields",
        "expected an object for 'fields', found a list",
    );
}

// --- query strings ----------------------------------------------------------------------

#[test]
fn brackets_build_the_json_tree() {
    let tree = pairs_to_json(&pairs(&[
        ("a[b]", "1"),
        ("a[c][]", "x"),
        ("a[c][]", "y"),
        ("d[2]", "late"),
        ("d[0]", "early"),
        ("e", "plain"),
    ]))
    .expect("a well-formed query string");
    assert_eq!(
        tree,
        json!({ "a": { "b": "1", "c": ["x", "y"] }, "d": ["early", "late"], "e": "plain" })
    );
}

#[test]
fn get_and_post_give_the_same_request() {
    let body = json!({
        "query": { "value": "election observation", "fields": ["title", "body"], "operator": "OR" },
        "filter": {
            "operator": "AND",
            "conditions": [
                { "field": "country", "value": ["Ukraine", "belarus"], "operator": "OR" },
                { "field": "date", "value": { "from": "2020-01-01", "to": "2020-12-31T23:00:00+01:00" } },
                { "field": "type", "value": "news", "negate": true },
                { "field": "source" },
                { "operator": "OR", "conditions": [
                    { "field": "year", "value": 2019 },
                    { "field": "id", "value": { "from": 10 } }
                ] }
            ]
        },
        "facets": [
            { "field": "country", "limit": 5, "sort": "value:asc" },
            { "field": "date", "interval": "month", "name": "months", "scope": "global" },
            { "field": "type", "filter": { "field": "language", "value": "en" } }
        ],
        "sort": ["date:desc", "title:asc"],
        "fields": { "include": ["title", "date"], "exclude": ["body"] },
        "limit": 5,
        "offset": 10,
        "profile": "full"
    });
    let query_string = [
        ("query[value]", "election observation"),
        ("query[fields][]", "title"),
        ("query[fields][]", "body"),
        ("query[operator]", "OR"),
        ("filter[operator]", "AND"),
        ("filter[conditions][0][field]", "country"),
        ("filter[conditions][0][value][]", "Ukraine"),
        ("filter[conditions][0][value][]", "belarus"),
        ("filter[conditions][0][operator]", "OR"),
        ("filter[conditions][1][field]", "date"),
        ("filter[conditions][1][value][from]", "2020-01-01"),
        (
            "filter[conditions][1][value][to]",
            "2020-12-31T23:00:00+01:00",
        ),
        ("filter[conditions][2][field]", "type"),
        ("filter[conditions][2][value]", "news"),
        ("filter[conditions][2][negate]", "true"),
        ("filter[conditions][3][field]", "source"),
        ("filter[conditions][4][operator]", "OR"),
        ("filter[conditions][4][conditions][0][field]", "year"),
        ("filter[conditions][4][conditions][0][value]", "2019"),
        ("filter[conditions][4][conditions][1][field]", "id"),
        ("filter[conditions][4][conditions][1][value][from]", "10"),
        ("facets[0][field]", "country"),
        ("facets[0][limit]", "5"),
        ("facets[0][sort]", "value:asc"),
        ("facets[1][field]", "date"),
        ("facets[1][interval]", "month"),
        ("facets[1][name]", "months"),
        ("facets[1][scope]", "global"),
        ("facets[2][field]", "type"),
        ("facets[2][filter][field]", "language"),
        ("facets[2][filter][value]", "en"),
        ("sort[]", "date:desc"),
        ("sort[1]", "title:asc"),
        ("fields[include][]", "title"),
        ("fields[include][]", "date"),
        ("fields[exclude][]", "body"),
        ("limit", "5"),
        ("offset", "10"),
        ("profile", "full"),
    ];
    let posted = ok(body);
    let got = get(&query_string).expect("the query string is valid");
    assert_eq!(got, posted);
    assert_eq!(
        posted
            .filter
            .as_ref()
            .map(|f| matches!(f, Condition::All(c) if c.len() == 5)),
        Some(true)
    );
    assert_eq!(posted.facets.len(), 3);
    assert_eq!(posted.sort.len(), 2);
}

#[test]
fn get_and_post_give_the_same_errors() {
    let cases: Vec<(Vec<(&str, &str)>, Value)> = vec![
        (
            vec![("filter[field]", "sourse")],
            json!({ "filter": { "field": "sourse" } }),
        ),
        (
            vec![("filter[field]", "country"), ("filter[value]", "ukrane")],
            json!({ "filter": { "field": "country", "value": "ukrane" } }),
        ),
        (
            vec![("facets[0][field]", "date")],
            json!({ "facets": [{ "field": "date" }] }),
        ),
        (vec![("sort[]", "date")], json!({ "sort": ["date"] })),
        (vec![("offset", "-4")], json!({ "offset": -4 })),
        (
            vec![
                ("filter[conditions][0][field]", "year"),
                ("filter[conditions][0][value][from]", "2021"),
                ("filter[conditions][0][value][to]", "2020"),
            ],
            json!({ "filter": { "conditions": [{ "field": "year", "value": { "from": "2021", "to": "2020" } }] } }),
        ),
    ];
    for (query_string, body) in cases {
        assert_eq!(get_err(&query_string), err(body));
    }
}

#[test]
fn malformed_query_strings_are_refused() {
    let e = get_err(&[("limit", "1"), ("limit[b]", "2")]);
    assert_err(&e, code::CONFLICT, "/limit", "two shapes");
    let e = get_err(&[("filter[value][]", "a"), ("filter[value][from]", "b")]);
    assert_err(
        &e,
        code::CONFLICT,
        "/filter/value",
        "'filter[value]' is given in two shapes",
    );
    let e = get_err(&[("filter[field]", "country"), ("filter", "x")]);
    assert_err(&e, code::CONFLICT, "/filter", "two shapes");
    let e = get_err(&[("limit", "1"), ("limit", "2")]);
    assert_err(
        &e,
        code::DUPLICATE,
        "/limit",
        "'limit' is given more than once",
    );
    let e = get_err(&[("filter[field", "country")]);
    assert_err(&e, code::MALFORMED, "/filter", "'[' without ']'");
    let e = get_err(&[("filter[a]b", "country")]);
    assert_err(&e, code::MALFORMED, "/filter", "expected '[' after ']'");
    let e = get_err(&[("[a]", "x")]);
    assert_err(&e, code::MALFORMED, "", "needs a name");
    let e = get_err(&[("facets[1001][field]", "country")]);
    assert_err(&e, code::OUT_OF_RANGE, "/facets", "index 1001");
    let e = get_err(&[("query", "osce"), ("query[value]", "x")]);
    assert_err(&e, code::CONFLICT, "/query", "two shapes");
    let deep = format!("filter{}", "[a]".repeat(65));
    let e = get_err(&[(deep.as_str(), "x")]);
    assert_err(&e, code::TOO_DEEP, "/filter", "too many brackets");
}

#[test]
fn query_string_size_is_limited() {
    let many: Vec<(String, String)> = (0..=MAX_PAIRS)
        .map(|i| (format!("sort[{}]", i % 5), "x".to_owned()))
        .collect();
    let e = ApiQuery::from_query_pairs(&many, &SITE).expect_err("too many pairs");
    assert_err(
        &e,
        code::TOO_MANY,
        "",
        "too many parameters (1001; at most 1000)",
    );
    let long = "x".repeat(MAX_PAIR_CHARS + 1);
    let e = get_err(&[("profile", long.as_str())]);
    assert_err(&e, code::TOO_LONG, "/profile", "too long");
    let e = get_err(&[(long.as_str(), "x")]);
    assert_err(&e, code::TOO_LONG, "", "parameter name is too long");
}

#[test]
fn query_string_gaps_close_up() {
    let q = get(&[("sort[3]", "title:asc"), ("sort[1]", "date:desc")]).expect("sparse indices");
    assert_eq!(
        q.sort,
        vec![
            Sort {
                key: SortKey::Date,
                descending: true
            },
            Sort {
                key: SortKey::Title,
                descending: false
            }
        ]
    );
}

// --- the evaluator and the pages' filter ---------------------------------------------

#[derive(Default)]
struct Facts(HashMap<Field, Vec<String>>);

impl Facts {
    fn with(mut self, field: Field, values: &[&str]) -> Facts {
        self.0
            .insert(field, values.iter().map(|v| (*v).to_owned()).collect());
        self
    }
}

impl ItemFacts for Facts {
    fn values(&self, field: Field) -> Vec<String> {
        self.0.get(&field).cloned().unwrap_or_default()
    }
}

fn item() -> Facts {
    Facts::default()
        .with(Field::Id, &["42"])
        .with(Field::Type, &["press-release"])
        .with(Field::Country, &["belarus", "ukraine"])
        .with(Field::Source, &["office-in-minsk", "field-operations"])
        .with(Field::Date, &["2008-04-08"])
        .with(Field::Year, &["2008"])
        .with(Field::Summary, &[""])
}

fn matches(filter: Value) -> bool {
    filter_of(filter).matches(&item())
}

#[test]
fn the_evaluator_follows_the_documented_semantics() {
    assert!(matches(
        json!({ "field": "country", "value": ["ukraine", "moldova"] })
    ));
    assert!(!matches(
        json!({ "field": "country", "value": ["ukraine", "moldova"], "operator": "AND" })
    ));
    assert!(matches(
        json!({ "field": "country", "value": ["ukraine", "belarus"], "operator": "AND" })
    ));
    assert!(matches(
        json!({ "field": "source", "value": "field-operations" })
    ));
    assert!(!matches(
        json!({ "field": "type", "value": "press-release", "negate": true })
    ));
    assert!(matches(json!({ "field": "meeting", "negate": true })));
    assert!(
        !matches(json!({ "field": "summary" })),
        "an empty value is absent"
    );
    assert!(matches(
        json!({ "field": "date", "value": { "from": "2008-04-08", "to": "2008-04-08" } })
    ));
    assert!(matches(
        json!({ "field": "date", "value": { "to": "2008-04-08T12:00:00Z" } })
    ));
    assert!(!matches(
        json!({ "field": "date", "value": { "from": "2008-04-09" } })
    ));
    assert!(
        matches(json!({ "field": "id", "value": { "from": 9, "to": 100 } })),
        "ids compare as numbers"
    );
    assert!(!matches(
        json!({ "field": "year", "value": { "from": 2009 } })
    ));
    assert!(matches(json!({ "operator": "OR", "conditions": [
        { "field": "year", "value": 1999 },
        { "field": "id", "value": "42" }
    ] })));
    assert!(!matches(json!({ "conditions": [
        { "field": "year", "value": 2008 },
        { "field": "type", "value": "news" }
    ] })));
    assert!(Condition::All(vec![]).matches(&item()));
    assert!(!Condition::Any(vec![]).matches(&item()));
}

#[test]
fn the_pages_filter_becomes_the_same_tree() {
    let f = Filter::new()
        .with(Dimension::Type, "news")
        .with(Dimension::Type, "press-release")
        .with(Dimension::Country, "belarus");
    let c = Condition::from(&f);
    assert_eq!(
        c,
        Condition::All(vec![
            values(Field::Type, &["news", "press-release"], false),
            values(Field::Country, &["belarus"], false),
        ])
    );
    assert_eq!(Condition::from(&Filter::new()), Condition::All(vec![]));
    assert!(c.matches(&item()));
    assert!(!Condition::from(&f.with(Dimension::Year, "2009")).matches(&item()));
}

#[test]
fn fields_and_dimensions_correspond() {
    for dim in Dimension::ALL {
        let f = Field::from_dimension(dim);
        assert_eq!(f.dimension(), Some(dim));
        assert_eq!(f.name(), dim.key());
        assert!(f.is_facetable());
    }
    for f in Field::ALL {
        assert_eq!(Field::from_name(f.name()), Some(f));
    }
    assert_eq!(Field::Date.dimension(), None);
}

#[test]
fn the_field_table_says_what_each_field_takes() {
    let names = |pred: fn(Field) -> bool| -> Vec<&str> {
        Field::ALL
            .into_iter()
            .filter(|f| pred(*f))
            .map(Field::name)
            .collect()
    };
    assert_eq!(names(|f| !f.takes_values()), ["title", "summary", "body"]);
    assert_eq!(names(Field::takes_range), ["id", "date", "year"]);
    assert_eq!(
        names(Field::is_facetable),
        [
            "type",
            "language",
            "date",
            "source",
            "field_of_work",
            "country",
            "meeting",
            "year"
        ]
    );
    assert_eq!(
        names(Field::is_searchable),
        [
            "title",
            "summary",
            "body",
            "source",
            "field_of_work",
            "country",
            "meeting"
        ]
    );
    let labels: Vec<(&str, &str)> = Dimension::ALL
        .iter()
        .map(|d| (d.key(), d.label()))
        .collect();
    assert_eq!(
        labels,
        [
            ("type", "Type"),
            ("field_of_work", "Field of work"),
            ("country", "Country"),
            ("source", "Source"),
            ("meeting", "Meeting series"),
            ("language", "Language"),
            ("year", "Year"),
        ]
    );
    assert_eq!(
        Dimension::from_key("title"),
        None,
        "only terms are short-form keys"
    );
    assert_eq!(FIELDS.len(), Field::ALL.len());
    assert!(
        FIELDS
            .iter()
            .enumerate()
            .all(|(i, s)| s.field as usize == i && s.field.spec() == s)
    );
}

#[test]
fn dates_are_normalized_to_days() {
    assert_eq!(normalize_date("2020-05-01").as_deref(), Ok("2020-05-01"));
    assert_eq!(
        normalize_date("2020-05-01T10:00:00Z").as_deref(),
        Ok("2020-05-01")
    );
    assert_eq!(
        normalize_date("2020-05-01T01:00:00+02:00").as_deref(),
        Ok("2020-04-30")
    );
    assert_eq!(
        normalize_date("2020-05-01T23:30:00-05:00").as_deref(),
        Ok("2020-05-02")
    );
    assert!(normalize_date("2020-5-1").is_err());
    assert!(
        normalize_date("2020-05-01T10:00:00").is_err(),
        "an instant needs an offset"
    );
}

#[test]
fn years_and_months_stand_for_their_days() {
    let range = |from: &str, to: &str| Condition::Range {
        field: Field::Date,
        from: Some(from.to_owned()),
        to: Some(to.to_owned()),
    };
    assert_eq!(
        filter_of(json!({ "field": "date", "value": "2024-02" })),
        range("2024-02-01", "2024-02-29")
    );
    assert_eq!(
        filter_of(json!({ "field": "date", "value": ["2008", "2010-01-05"] })),
        Condition::Any(vec![
            values(Field::Date, &["2010-01-05"], false),
            range("2008-01-01", "2008-12-31"),
        ])
    );
    assert_eq!(
        filter_of(json!({ "field": "date", "value": { "from": "2008", "to": "2009-03" } })),
        range("2008-01-01", "2009-03-31")
    );
    assert!(filter_of(json!({ "field": "date", "value": "2008" })).matches(&item()));
    assert!(!filter_of(json!({ "field": "date", "value": "2008-05" })).matches(&item()));
    let e = err(json!({ "filter": { "field": "date", "value": "2024-13" } }));
    assert_err(
        &e,
        code::INVALID_VALUE,
        "/filter/value",
        "not a valid year or month",
    );
    let e =
        err(json!({ "filter": { "field": "date", "value": { "from": "2009", "to": "2008-12" } } }));
    assert_err(
        &e,
        code::INVALID_RANGE,
        "/filter/value",
        "starts after it ends",
    );
}

// --- properties -----------------------------------------------------------------------

const WORDS: &[&str] = &[
    "query",
    "filter",
    "facets",
    "sort",
    "fields",
    "limit",
    "offset",
    "profile",
    "value",
    "operator",
    "negate",
    "conditions",
    "field",
    "from",
    "to",
    "name",
    "interval",
    "scope",
    "include",
    "exclude",
    "country",
    "ukraine",
    "belarus",
    "date",
    "year",
    "id",
    "type",
    "news",
    "source",
    "odihr",
    "title",
    "body",
    "AND",
    "OR",
    "2020-01-01",
    "2019",
    "2021-01-01T00:00:00Z",
    "count:desc",
    "date:desc",
    "month",
    "global",
    "full",
    "true",
    "10",
    "-1",
    "",
    "[",
    "]",
    "[]",
    "[0]",
    "~/",
];

fn word() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => proptest::sample::select(WORDS).prop_map(str::to_owned),
        1 => ".{0,12}",
    ]
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        (0u64..3000).prop_map(Value::from),
        word().prop_map(Value::String),
    ];
    leaf.prop_recursive(14, 256, 8, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            proptest::collection::vec((word(), inner), 0..8)
                .prop_map(|kv| Value::Object(kv.into_iter().collect())),
        ]
    })
}

fn request() -> impl Strategy<Value = Value> {
    proptest::collection::vec(
        (
            proptest::sample::select(&TOP_KEYS[..]).prop_map(str::to_owned),
            json_value(),
        ),
        0..6,
    )
    .prop_map(|kv| Value::Object(kv.into_iter().collect()))
}

fn pair_name() -> impl Strategy<Value = String> {
    (
        prop_oneof![3 => proptest::sample::select(&TOP_KEYS[..]).prop_map(str::to_owned), 1 => word()],
        proptest::collection::vec(
            prop_oneof![
                word().prop_map(|w| format!("[{w}]")),
                (0usize..1200).prop_map(|i| format!("[{i}]")),
                Just("[]".to_owned()),
                ".{0,3}",
            ],
            0..8,
        ),
    )
        .prop_map(|(head, segments)| format!("{head}{}", segments.concat()))
}

proptest! {
    #[test]
    fn any_json_gives_ok_or_err(v in json_value()) {
        let _ = ApiQuery::from_json(&v, &SITE);
    }

    #[test]
    fn any_request_shaped_json_gives_ok_or_err(v in request()) {
        if let Err(e) = ApiQuery::from_json(&v, &SITE) {
            prop_assert!(!e.code.is_empty() && !e.message.is_empty());
            prop_assert!(e.pointer.is_empty() || e.pointer.starts_with('/'));
        }
    }

    #[test]
    fn any_pairs_give_ok_or_err(list in proptest::collection::vec((pair_name(), word()), 0..24)) {
        let _ = ApiQuery::from_query_pairs(&list, &SITE);
    }

    /// The tree of the pages' filter has the short form's semantics (values of a dimension
    /// OR, dimensions AND).
    #[test]
    fn the_pages_filter_and_its_tree_agree(
        wanted in proptest::collection::vec((0usize..3, 0usize..3), 0..5),
        have in proptest::collection::vec((0usize..3, 0usize..3), 0..6),
    ) {
        let dims = [Dimension::Type, Dimension::Country, Dimension::Year];
        let vals = [["news", "statement", "speech"], ["belarus", "ukraine", "moldova"], ["2007", "2008", "2009"]];
        let mut filter = Filter::new();
        for (d, v) in &wanted {
            filter = filter.with(dims[*d], vals[*d][*v]);
        }
        let mut facts = Facts::default();
        for (d, v) in &have {
            facts.0.entry(Field::from_dimension(dims[*d])).or_default().push(vals[*d][*v].to_owned());
        }
        // The short form's documented semantics: every dimension has one of its values.
        let by_pages = filter.dimensions().all(|(dim, wanted)| {
            have.iter()
                .any(|(d, v)| dims[*d] == dim && wanted.iter().any(|w| w == vals[*d][*v]))
        });
        prop_assert_eq!(Condition::from(&filter).matches(&facts), by_pages);
    }
}
