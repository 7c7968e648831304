//! Query strings of the API: decoding the bracket syntax, and writing a validated request
//! back as the canonical query string of its `self`, `next` and `prev` links (a POSTed
//! request gets links too: the same request as a GET).

use model::query::{
    ApiQuery, Condition, DEFAULT_FACET_LIMIT, DEFAULT_LIMIT, FacetRequest, FacetSort, Field,
    Interval, Profile, QueryError, Scope, Sort, TextQuery, code,
};
use serde_json::{Map, Value, json};

/// Decodes `a=1&b%5B0%5D=x+y` into pairs (`+` is a space; a name without `=` has an empty
/// value; a malformed `%` escape is kept as written). Invalid UTF-8 is refused.
pub fn decode_query(raw: &str) -> Result<Vec<(String, String)>, QueryError> {
    let mut pairs = Vec::new();
    for part in raw.split('&').filter(|p| !p.is_empty()) {
        let (name, value) = part.split_once('=').unwrap_or((part, ""));
        pairs.push((decode(name)?, decode(value)?));
    }
    Ok(pairs)
}

fn decode(s: &str) -> Result<String, QueryError> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push(h * 16 + l);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out).map_err(|_| QueryError {
        code: code::MALFORMED,
        message: "the query string is not valid UTF-8 once decoded".into(),
        pointer: String::new(),
    })
}

fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Percent-encodes what a query-string value cannot hold as it is: everything but
/// unreserved characters and `:`, `/`, `@` (and, in names, the brackets).
fn encode(s: &str, name: bool) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric()
            || matches!(b, b'-' | b'_' | b'.' | b'~' | b':' | b'/' | b'@')
            || (name && matches!(b, b'[' | b']'))
        {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The request as the JSON body that states it most briefly (defaults left out).
pub fn canonical_json(q: &ApiQuery) -> Value {
    let mut root = Map::new();
    if let Some(t) = &q.query {
        root.insert("query".into(), query_json(t));
    }
    if let Some(f) = &q.filter {
        root.insert("filter".into(), condition_json(f));
    }
    if !q.facets.is_empty() {
        root.insert(
            "facets".into(),
            Value::Array(q.facets.iter().map(facet_json).collect()),
        );
    }
    if !q.sort.is_empty() {
        root.insert(
            "sort".into(),
            Value::Array(q.sort.iter().map(|s| json!(sort_name(s))).collect()),
        );
    }
    if !q.include.is_empty() || !q.exclude.is_empty() {
        root.insert("fields".into(), fields_json(&q.include, &q.exclude));
    }
    if q.limit != DEFAULT_LIMIT {
        root.insert("limit".into(), json!(q.limit));
    }
    if q.offset != 0 {
        root.insert("offset".into(), json!(q.offset));
    }
    if q.profile != Profile::List {
        root.insert("profile".into(), json!(profile_name(q.profile)));
    }
    Value::Object(root)
}

/// A text query: its value alone, or an object when it names fields or the `OR` operator.
fn query_json(t: &TextQuery) -> Value {
    let mut m = Map::new();
    m.insert("value".into(), json!(t.value));
    if t.fields != Field::DEFAULT_SEARCH {
        m.insert("fields".into(), json!(names(&t.fields)));
    }
    if !t.all_words {
        m.insert("operator".into(), json!("OR"));
    }
    if m.len() == 1 {
        json!(t.value)
    } else {
        Value::Object(m)
    }
}

/// The fields added to and taken from the profile's (each list only if it is not empty).
fn fields_json(include: &[Field], exclude: &[Field]) -> Value {
    let mut m = Map::new();
    if !include.is_empty() {
        m.insert("include".into(), json!(names(include)));
    }
    if !exclude.is_empty() {
        m.insert("exclude".into(), json!(names(exclude)));
    }
    Value::Object(m)
}

/// A profile's name in a request.
fn profile_name(p: Profile) -> &'static str {
    match p {
        Profile::Minimal => "minimal",
        Profile::List => "list",
        Profile::Full => "full",
    }
}

fn names(fields: &[Field]) -> Vec<&'static str> {
    fields.iter().map(|f| f.name()).collect()
}

fn sort_name(s: &Sort) -> String {
    format!(
        "{}:{}",
        s.key.name(),
        if s.descending { "desc" } else { "asc" }
    )
}

fn condition_json(c: &Condition) -> Value {
    match c {
        // The parser never gives empty groups; these are their equivalents.
        Condition::All(cs) if cs.is_empty() => json!({ "field": "id" }),
        Condition::Any(cs) if cs.is_empty() => json!({ "field": "id", "negate": true }),
        Condition::All(cs) => date_list(cs, true).unwrap_or_else(
            || json!({ "conditions": cs.iter().map(condition_json).collect::<Vec<_>>() }),
        ),
        Condition::Any(cs) => date_list(cs, false).unwrap_or_else(|| {
            json!({
                "operator": "OR",
                "conditions": cs.iter().map(condition_json).collect::<Vec<_>>(),
            })
        }),
        Condition::Not(inner) => {
            let mut v = condition_json(inner);
            if v.get("negate").is_some() {
                v = json!({ "conditions": [v] });
            }
            if let Value::Object(m) = &mut v {
                m.insert("negate".into(), Value::Bool(true));
            }
            v
        }
        Condition::Values { field, values, all } => {
            let mut m = Map::new();
            m.insert("field".into(), json!(field.name()));
            match values.as_slice() {
                [one] => m.insert("value".into(), json!(one)),
                many => m.insert("value".into(), json!(many)),
            };
            if *all && values.len() > 1 {
                m.insert("operator".into(), json!("AND"));
            }
            Value::Object(m)
        }
        Condition::Range { field, from, to } => {
            let mut range = Map::new();
            if let Some(f) = from {
                range.insert("from".into(), json!(f));
            }
            if let Some(t) = to {
                range.insert("to".into(), json!(t));
            }
            json!({ "field": field.name(), "value": range })
        }
        Condition::Exists(field) => json!({ "field": field.name() }),
    }
}

/// A list of dates with whole years or months (`["2024", "2025-03", "2026-01-05"]`) is
/// parsed into a group: the days first (one condition), then one range per period. Written
/// back as that group it would nest one level deeper and count more conditions than the
/// request did, so that the link to a valid request could be refused: it is written back
/// as the list it came from.
fn date_list(cs: &[Condition], all: bool) -> Option<Value> {
    if cs.len() < 2 {
        return None;
    }
    let (mut list, rest) = match &cs[0] {
        Condition::Values {
            field: Field::Date,
            values,
            all: a,
        } if *a == all => (values.clone(), &cs[1..]),
        _ => (Vec::new(), cs),
    };
    let mut periods: Vec<String> = Vec::new();
    for c in rest {
        let Condition::Range {
            field: Field::Date,
            from: Some(from),
            to: Some(to),
        } = c
        else {
            return None;
        };
        let p = whole_period(from, to)?;
        if periods.contains(&p) {
            return None;
        }
        periods.push(p);
    }
    if periods.is_empty() {
        return None;
    }
    list.extend(periods);
    let mut m = Map::new();
    m.insert("field".into(), json!("date"));
    m.insert("value".into(), json!(list));
    if all {
        m.insert("operator".into(), json!("AND"));
    }
    Some(Value::Object(m))
}

/// `YYYY` or `YYYY-MM` when `from..=to` is exactly that year or month.
fn whole_period(from: &str, to: &str) -> Option<String> {
    let f: jiff::civil::Date = from.parse().ok()?;
    let t: jiff::civil::Date = to.parse().ok()?;
    if f.year() < 1 || f.day() != 1 {
        return None;
    }
    if f.month() == 1 && t == f.last_of_year() {
        return Some(format!("{:04}", f.year()));
    }
    if t == f.last_of_month() {
        return Some(format!("{:04}-{:02}", f.year(), f.month()));
    }
    None
}

fn facet_json(f: &FacetRequest) -> Value {
    let mut m = Map::new();
    m.insert("field".into(), json!(f.field.name()));
    if f.name != f.field.name() {
        m.insert("name".into(), json!(f.name));
    }
    if f.limit != DEFAULT_FACET_LIMIT {
        m.insert("limit".into(), json!(f.limit));
    }
    let default_sort = if f.field == Field::Date {
        FacetSort::ValueAsc
    } else {
        FacetSort::CountDesc
    };
    if f.sort != default_sort {
        let name = match f.sort {
            FacetSort::CountDesc => "count:desc",
            FacetSort::CountAsc => "count:asc",
            FacetSort::ValueAsc => "value:asc",
            FacetSort::ValueDesc => "value:desc",
        };
        m.insert("sort".into(), json!(name));
    }
    if let Some(c) = &f.filter {
        m.insert("filter".into(), condition_json(c));
    }
    if let Some(i) = f.interval {
        let name = match i {
            Interval::Year => "year",
            Interval::Month => "month",
            Interval::Day => "day",
        };
        m.insert("interval".into(), json!(name));
    }
    if f.scope != Scope::Default {
        let name = match f.scope {
            Scope::Default => "default",
            Scope::Query => "query",
            Scope::Global => "global",
        };
        m.insert("scope".into(), json!(name));
    }
    Value::Object(m)
}

/// A JSON request as bracket-syntax pairs (`filter[conditions][0][field]=country`).
pub fn to_pairs(v: &Value) -> Vec<(String, String)> {
    let mut out = Vec::new();
    if let Value::Object(m) = v {
        for (k, v) in m {
            flatten(k.clone(), v, &mut out);
        }
    }
    out
}

fn flatten(name: String, v: &Value, out: &mut Vec<(String, String)>) {
    match v {
        Value::Null => {}
        Value::Bool(b) => out.push((name, b.to_string())),
        Value::Number(n) => out.push((name, n.to_string())),
        Value::String(s) => out.push((name, s.clone())),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                flatten(format!("{name}[{i}]"), item, out);
            }
        }
        Value::Object(m) => {
            for (k, item) in m {
                flatten(format!("{name}[{k}]"), item, out);
            }
        }
    }
}

/// `path` with the request as its query string.
pub fn link(path: &str, q: &ApiQuery) -> String {
    let pairs = to_pairs(&canonical_json(q));
    if pairs.is_empty() {
        return path.to_owned();
    }
    let query: Vec<String> = pairs
        .iter()
        .map(|(k, v)| format!("{}={}", encode(k, true), encode(v, false)))
        .collect();
    format!("{path}?{}", query.join("&"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> model::SiteDefinition {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../site/osce");
        let sources = publishing::site_sources_from_dir(&dir).expect("site folder readable");
        model::SiteDefinition::load(&sources).expect("valid site")
    }

    #[test]
    fn query_strings_decode() {
        let pairs = decode_query("a=1&&b%5B0%5D=x+y%2B&c&d=%zz&e=%E2%82%AC").expect("valid");
        let want: Vec<(String, String)> = [
            ("a", "1"),
            ("b[0]", "x y+"),
            ("c", ""),
            ("d", "%zz"),
            ("e", "€"),
        ]
        .iter()
        .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
        .collect();
        assert_eq!(pairs, want);
        assert!(decode_query("a=%FF").is_err());
        assert_eq!(
            decode_query("a=%4")
                .expect("kept")
                .first()
                .map(|p| p.1.as_str()),
            Some("%4")
        );
    }

    #[test]
    fn links_state_the_same_request() {
        let site = site();
        let body = json!({
            "query": { "value": "election observers", "fields": ["title"], "operator": "OR" },
            "filter": { "operator": "OR", "conditions": [
                { "field": "country", "value": ["belarus", "ukraine"], "operator": "AND" },
                { "field": "date", "value": { "from": "2008", "to": "2009-02" } },
                { "field": "summary", "negate": true },
                { "conditions": [{ "field": "type", "value": "news", "negate": true }], "negate": true },
                { "field": "id", "value": { "from": 3 } },
                { "field": "date", "value": ["2008-04-08", "2010"] }
            ] },
            "facets": [
                "country",
                { "field": "date", "interval": "month", "sort": "count:desc", "name": "months", "limit": 3 },
                { "field": "source", "scope": "global", "filter": { "field": "year", "value": 2008 } }
            ],
            "sort": ["title:asc", "date:desc"],
            "fields": { "include": ["body"], "exclude": ["summary", "place"] },
            "limit": 0,
            "offset": 20,
            "profile": "minimal"
        });
        let q = ApiQuery::from_json(&body, &site).expect("valid");
        let again = ApiQuery::from_query_pairs(&to_pairs(&canonical_json(&q)), &site)
            .expect("the link is valid");
        assert_eq!(again, q);
        let url = link("/api/v1/items", &q);
        let (_, query) = url.split_once('?').expect("query");
        let decoded = decode_query(query).expect("decodes");
        assert_eq!(ApiQuery::from_query_pairs(&decoded, &site), Ok(q));
        assert_eq!(link("/api/v1/items", &ApiQuery::default()), "/api/v1/items");
    }
}

#[cfg(test)]
mod date_lists {
    use super::*;

    /// The link to a request at the limits of depth and count is itself within them: a list
    /// of dates is written back as a list, not as the group it is parsed into.
    #[test]
    fn links_to_requests_at_the_limits_are_valid() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../site/osce");
        let sources = publishing::site_sources_from_dir(&dir).expect("site folder readable");
        let site = model::SiteDefinition::load(&sources).expect("valid site");
        let years = json!({ "field": "date", "value": ["2024", "2025-03", "2026-01-05"] });
        let mut deep = years.clone();
        for _ in 1..model::query::MAX_DEPTH {
            deep = json!({ "conditions": [deep] });
        }
        let many = json!({ "conditions": vec![years.clone(); model::query::MAX_CONDITIONS - 1] });
        let and = json!({ "field": "date", "value": ["2024", "2024-02-29"], "operator": "AND" });
        for filter in [years, deep, many, and] {
            let q = ApiQuery::from_json(&json!({ "filter": filter }), &site).expect("valid");
            let url = link("/api/v1/items", &q);
            let (_, query) = url.split_once('?').expect("query");
            let decoded = decode_query(query).expect("decodes");
            assert_eq!(
                ApiQuery::from_query_pairs(&decoded, &site),
                Ok(q),
                "{}",
                &url[..url.len().min(300)]
            );
        }
    }
}
