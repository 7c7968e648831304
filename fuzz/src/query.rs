//! Checks shared by the targets of the API's query language (`api_query`, `query_pairs`):
//! what an error must look like, what an accepted request must hold, and a restatement of
//! an accepted request as a JSON body and as query-string pairs, which must mean the same.

use jiff::civil::Date;
use model::query::{
    ApiQuery, Condition, FacetRequest, FacetSort, Field, Interval, MAX_DEPTH, MAX_FACET_LIMIT,
    MAX_FACETS, MAX_LIMIT, MAX_OFFSET, MAX_PAIR_CHARS, MAX_PAIRS, MAX_QUERY_CHARS, MAX_SORTS,
    MAX_VALUES, Profile, QueryError, Scope, code,
};
use model::{Dimension, SiteDefinition};
use serde_json::{Map, Value, json};

/// The longest error message accepted. A message may quote the request, but only a short
/// piece of it (the validator cuts what it quotes at 60 characters): an error must not echo
/// a large request back.
pub const MAX_MESSAGE_CHARS: usize = 2000;

/// The longest facet name (`MAX_FACET_NAME_CHARS` of `model::query`, which is private).
const MAX_FACET_NAME_CHARS: usize = 100;

/// Every code of `model::query::code`.
pub const CODES: [&str; 17] = [
    code::WRONG_TYPE,
    code::UNKNOWN_PARAMETER,
    code::UNKNOWN_KEY,
    code::UNKNOWN_FIELD,
    code::UNKNOWN_VALUE,
    code::INVALID_VALUE,
    code::OUT_OF_RANGE,
    code::EMPTY,
    code::MISSING,
    code::TOO_LONG,
    code::TOO_MANY,
    code::TOO_DEEP,
    code::NOT_ALLOWED,
    code::DUPLICATE,
    code::INVALID_RANGE,
    code::CONFLICT,
    code::MALFORMED,
];

/// At most `max` characters of `s`, for panic messages that would otherwise quote megabytes.
pub fn cut(s: &str, max: usize) -> String {
    if s.chars().count() > max {
        let mut out: String = s.chars().take(max).collect();
        out.push('…');
        out
    } else {
        s.to_owned()
    }
}

/// A refusal: a documented code, a message that is neither empty nor long, and a
/// well-formed JSON Pointer (RFC 6901: empty, or `/`-separated tokens where `~` is only
/// written `~0` or `~1`).
pub fn check_error(e: &QueryError) {
    assert!(
        CODES.contains(&e.code),
        "an undocumented error code {:?}",
        e.code
    );
    assert!(
        !e.message.trim().is_empty(),
        "an error without a message: code {}, pointer {:?}",
        e.code,
        cut(&e.pointer, 200)
    );
    let chars = e.message.chars().count();
    assert!(
        chars <= MAX_MESSAGE_CHARS,
        "an error message of {chars} characters (code {}, pointer {:?}): {}",
        e.code,
        cut(&e.pointer, 200),
        cut(&e.message, 200)
    );
    check_pointer(&e.pointer);
}

/// Whether `pointer` addresses a part of `doc`. A key longer than the pointers quote is cut,
/// with "…" (`model::query` never echoes more than 100 characters of a key): such a token
/// addresses a longer key it begins.
pub fn addresses(doc: &serde_json::Value, pointer: &str) -> bool {
    if pointer.is_empty() {
        return true;
    }
    let Some(rest) = pointer.strip_prefix('/') else {
        return false;
    };
    let mut at = doc;
    for token in rest.split('/') {
        let token = token.replace("~1", "/").replace("~0", "~");
        at = match at {
            serde_json::Value::Object(m) => match m.get(&token) {
                Some(v) => v,
                None => match token.strip_suffix('…') {
                    Some(start) => match m
                        .iter()
                        .find(|(k, _)| k.starts_with(start) && k.chars().count() > start.chars().count())
                    {
                        Some((_, v)) => v,
                        None => return false,
                    },
                    None => return false,
                },
            },
            serde_json::Value::Array(a) => match token.parse::<usize>().ok().and_then(|i| a.get(i)) {
                Some(v) => v,
                None => return false,
            },
            _ => return false,
        };
    }
    true
}

fn check_pointer(p: &str) {
    if p.is_empty() {
        return;
    }
    assert!(
        p.starts_with('/'),
        "a pointer that does not start with '/': {:?}",
        cut(p, 200)
    );
    let mut chars = p.chars();
    while let Some(c) = chars.next() {
        if c == '~' {
            assert!(
                matches!(chars.next(), Some('0' | '1')),
                "a '~' that is not escaped in the pointer {:?}",
                cut(p, 200)
            );
        }
    }
}

/// What an accepted request holds (the limits and normal forms of `model::query` and
/// docs/API.md).
pub fn check_query(q: &ApiQuery, site: &SiteDefinition) {
    assert!(q.limit <= MAX_LIMIT, "limit {}", q.limit);
    assert!(q.offset <= MAX_OFFSET, "offset {}", q.offset);

    if let Some(t) = &q.query {
        assert!(!t.value.is_empty(), "an empty query value");
        assert_eq!(t.value.trim(), t.value, "a query value with outer spaces");
        assert!(
            t.value.chars().count() <= MAX_QUERY_CHARS,
            "a query value of {} characters",
            t.value.chars().count()
        );
        assert!(!t.fields.is_empty(), "a query searching no field");
        distinct("query fields", &t.fields);
        for f in &t.fields {
            assert!(f.is_searchable(), "the query searches '{f}'");
        }
    }

    if let Some(c) = &q.filter {
        check_condition(c, site);
    }

    assert!(q.facets.len() <= MAX_FACETS, "{} facets", q.facets.len());
    let names: Vec<&str> = q.facets.iter().map(|f| f.name.as_str()).collect();
    distinct("facet names", &names);
    for f in &q.facets {
        check_facet(f, site);
    }

    assert!(q.sort.len() <= MAX_SORTS, "{} sort keys", q.sort.len());
    let keys: Vec<_> = q.sort.iter().map(|s| s.key).collect();
    distinct("sort keys", &keys);

    distinct("included fields", &q.include);
    distinct("excluded fields", &q.exclude);
    if let Some(f) = q.include.iter().find(|f| q.exclude.contains(f)) {
        panic!("'{f}' is both included and excluded");
    }
}

fn check_facet(f: &FacetRequest, site: &SiteDefinition) {
    assert!(!f.name.is_empty(), "a facet without a name");
    assert_eq!(f.name.trim(), f.name, "a facet name with outer spaces");
    assert!(
        f.name.chars().count() <= MAX_FACET_NAME_CHARS,
        "a facet name of {} characters",
        f.name.chars().count()
    );
    assert!(
        (1..=MAX_FACET_LIMIT).contains(&f.limit),
        "facet limit {}",
        f.limit
    );
    assert!(f.field.is_facetable(), "a facet on '{}'", f.field);
    assert_eq!(
        f.interval.is_some(),
        f.field == Field::Date,
        "a facet on '{}' with interval {:?}",
        f.field,
        f.interval
    );
    if let Some(c) = &f.filter {
        check_condition(c, site);
    }
}

/// Groups add a level, `Not` does not. A JSON filter has at most `MAX_DEPTH` levels; a
/// list of dates holding a year or a month becomes a group of its own, one more level.
fn depth(c: &Condition) -> usize {
    match c {
        Condition::All(cs) | Condition::Any(cs) => 1 + cs.iter().map(depth).max().unwrap_or(0),
        Condition::Not(inner) => depth(inner),
        _ => 1,
    }
}

fn check_condition(c: &Condition, site: &SiteDefinition) {
    let d = depth(c);
    assert!(d <= MAX_DEPTH + 1, "a filter {d} levels deep");
    condition(c, site);
}

fn condition(c: &Condition, site: &SiteDefinition) {
    match c {
        Condition::All(cs) | Condition::Any(cs) => {
            assert!(!cs.is_empty(), "an empty group: {c:?}");
            for c in cs {
                condition(c, site);
            }
        }
        Condition::Not(inner) => {
            assert!(
                !matches!(**inner, Condition::Not(_)),
                "a double negation: {c:?}"
            );
            condition(inner, site);
        }
        Condition::Values { field, values, .. } => {
            assert!(field.takes_values(), "values on '{field}'");
            assert!(
                !values.is_empty(),
                "a condition on '{field}' without values"
            );
            assert!(
                values.len() <= MAX_VALUES,
                "{} values in one condition",
                values.len()
            );
            distinct("values", values);
            for v in values {
                check_value(*field, v, site);
            }
        }
        Condition::Range { field, from, to } => {
            assert!(field.takes_range(), "a range on '{field}'");
            assert!(
                from.is_some() || to.is_some(),
                "a range without bounds on '{field}'"
            );
            for v in [from, to].into_iter().flatten() {
                check_value(*field, v, site);
            }
            if let (Some(f), Some(t)) = (from, to) {
                let in_order = match field {
                    Field::Date => f <= t,
                    _ => f.parse::<i64>().ok() <= t.parse::<i64>().ok(),
                };
                assert!(in_order, "a range on '{field}' from {f} to {t}");
            }
        }
        Condition::Exists(_) => {}
    }
}

/// One normalized value of a field (module documentation of `model::query`).
fn check_value(field: Field, v: &str, site: &SiteDefinition) {
    match field {
        Field::Id => {
            let n: i64 = v
                .parse()
                .unwrap_or_else(|_| panic!("id value {v:?} is not a number"));
            assert!(n > 0 && n.to_string() == v, "id value {v:?}");
        }
        Field::Date => {
            let day: Date = v
                .parse()
                .unwrap_or_else(|e| panic!("date value {v:?} is not a day: {e}"));
            assert!(
                v.len() == 10 && day.year() >= 1 && day.to_string() == v,
                "date value {v:?} is not a YYYY-MM-DD day from year 1"
            );
        }
        Field::Year => assert!(
            v.len() == 4 && v.bytes().all(|b| b.is_ascii_digit()),
            "year value {v:?}"
        ),
        Field::Place | Field::Url => {
            assert!(!v.is_empty(), "an empty {field} value");
            assert_eq!(v.trim(), v, "a {field} value with outer spaces");
        }
        Field::Title | Field::Summary | Field::Body => panic!("a value {v:?} on '{field}'"),
        Field::Type
        | Field::Language
        | Field::Source
        | Field::FieldOfWork
        | Field::Country
        | Field::Meeting => {
            let dim: Dimension = field.dimension().expect("a taxonomy field");
            assert_eq!(v.to_lowercase(), v, "{field} value {v:?} is not lowercase");
            assert_eq!(
                site.check_filter_value(dim, v).as_deref(),
                Ok(v),
                "{field} value {v:?} is not the site's"
            );
        }
    }
}

fn distinct<T: PartialEq + std::fmt::Debug>(what: &str, list: &[T]) {
    for (i, x) in list.iter().enumerate() {
        assert!(!list[..i].contains(x), "{what}: {x:?} is listed twice");
    }
}

// ---------------------------------------------------------------------------------------
// Restatement
// ---------------------------------------------------------------------------------------

/// An accepted request written back as a JSON body and then as query-string pairs must be
/// accepted and mean exactly the same request (the normal forms are fixed points).
pub fn check_restated(q: &ApiQuery, site: &SiteDefinition) {
    let body = restate(q);
    match ApiQuery::from_json(&body, site) {
        Ok(again) => assert_eq!(
            &again,
            q,
            "the request restated as JSON means something else: {}",
            cut(&body.to_string(), 2000)
        ),
        Err(e) => panic!(
            "the request restated as JSON is refused: {} ({}, at {}); body {}",
            cut(&e.message, 300),
            e.code,
            cut(&e.pointer, 200),
            cut(&body.to_string(), 2000)
        ),
    }
    // The same body as a GET, where it fits the query string's own limits.
    let pairs = to_pairs(&body);
    let fits = pairs.len() <= MAX_PAIRS
        && pairs.iter().all(|(n, v)| {
            n.chars().count() <= MAX_PAIR_CHARS && v.chars().count() <= MAX_PAIR_CHARS
        });
    if fits {
        assert_eq!(
            ApiQuery::from_query_pairs(&pairs, site).as_ref(),
            Ok(q),
            "the request restated as query-string pairs differs: {pairs:?}"
        );
    }
}

/// The request as a JSON body, every parameter written out. A group that a single date
/// condition became (days and whole years or months, `date_periods` of `model::query`) is
/// written back as that one condition, so that the restatement has no more conditions and
/// no more levels than the request it states.
pub fn restate(q: &ApiQuery) -> Value {
    let mut root = Map::new();
    if let Some(t) = &q.query {
        root.insert(
            "query".into(),
            json!({
                "value": t.value,
                "fields": names(&t.fields),
                "operator": if t.all_words { "AND" } else { "OR" },
            }),
        );
    }
    if let Some(c) = &q.filter {
        root.insert("filter".into(), condition_json(c));
    }
    if !q.facets.is_empty() {
        root.insert(
            "facets".into(),
            Value::Array(q.facets.iter().map(facet_json).collect()),
        );
    }
    if !q.sort.is_empty() {
        let sorts: Vec<String> = q
            .sort
            .iter()
            .map(|s| {
                format!(
                    "{}:{}",
                    s.key.name(),
                    if s.descending { "desc" } else { "asc" }
                )
            })
            .collect();
        root.insert("sort".into(), json!(sorts));
    }
    if !q.include.is_empty() || !q.exclude.is_empty() {
        let mut m = Map::new();
        if !q.include.is_empty() {
            m.insert("include".into(), json!(names(&q.include)));
        }
        if !q.exclude.is_empty() {
            m.insert("exclude".into(), json!(names(&q.exclude)));
        }
        root.insert("fields".into(), Value::Object(m));
    }
    root.insert("limit".into(), json!(q.limit));
    root.insert("offset".into(), json!(q.offset));
    let profile = match q.profile {
        Profile::Minimal => "minimal",
        Profile::List => "list",
        Profile::Full => "full",
    };
    root.insert("profile".into(), json!(profile));
    Value::Object(root)
}

fn names(fields: &[Field]) -> Vec<&'static str> {
    fields.iter().map(|f| f.name()).collect()
}

fn condition_json(c: &Condition) -> Value {
    match c {
        Condition::All(cs) | Condition::Any(cs) => {
            let all = matches!(c, Condition::All(_));
            if let Some(v) = date_list(cs, all) {
                return v;
            }
            let mut m = Map::new();
            m.insert(
                "conditions".into(),
                Value::Array(cs.iter().map(condition_json).collect()),
            );
            if !all {
                m.insert("operator".into(), json!("OR"));
            }
            Value::Object(m)
        }
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
            m.insert("value".into(), json!(values));
            if *all {
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

/// A group of the shape a list of dates with whole years or months becomes: optionally the
/// days first (one condition with the group's operator), then one range per period, each
/// period once; written back as the list it stands for.
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
            from: Some(f),
            to: Some(t),
        } = c
        else {
            return None;
        };
        let p = period(f, t)?;
        if periods.contains(&p) {
            return None;
        }
        periods.push(p);
    }
    if periods.is_empty() || list.len() + periods.len() > MAX_VALUES {
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
fn period(from: &str, to: &str) -> Option<String> {
    let f: Date = from.parse().ok()?;
    let t: Date = to.parse().ok()?;
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
    m.insert("name".into(), json!(f.name));
    m.insert("limit".into(), json!(f.limit));
    let sort = match f.sort {
        FacetSort::CountDesc => "count:desc",
        FacetSort::CountAsc => "count:asc",
        FacetSort::ValueAsc => "value:asc",
        FacetSort::ValueDesc => "value:desc",
    };
    m.insert("sort".into(), json!(sort));
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
    let scope = match f.scope {
        Scope::Default => "default",
        Scope::Query => "query",
        Scope::Global => "global",
    };
    m.insert("scope".into(), json!(scope));
    Value::Object(m)
}

/// A JSON tree as bracket-syntax pairs (`filter[conditions][0][field]=country`), as
/// `to_pairs` of the web crate writes links.
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

// ---------------------------------------------------------------------------------------
// The query string of GET /api/v1/items
// ---------------------------------------------------------------------------------------

/// A copy of `decode_query` of `crates/web/src/handlers/api/links.rs` (private there), which
/// turns the raw query string of `GET /api/v1/items` into the pairs given to
/// `ApiQuery::from_query_pairs`: `+` is a space, a name without `=` has an empty value, a
/// malformed `%` escape is kept as written, invalid UTF-8 is refused. Keep it the same.
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
