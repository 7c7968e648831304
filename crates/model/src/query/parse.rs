//! The validator: from the JSON tree of a request (a body, or the tree the query-string
//! pairs stand for) to an [`ApiQuery`], checking every value against the site definition.

use serde_json::{Map, Value};

use super::brackets::pairs_to_json;
use super::code;
use super::error::{Ptr, QueryError, Result};
use super::fields::{Facet, Field, Kind};
use super::limits::*;
use super::read::*;
use super::request::*;
use super::values::*;
use crate::ids::ItemId;
use crate::site::SiteDefinition;

pub(super) const TOP_KEYS: [&str; 8] = [
    "query", "filter", "facets", "sort", "fields", "limit", "offset", "profile",
];
pub(super) const QUERY_KEYS: [&str; 3] = ["value", "fields", "operator"];
pub(super) const CONDITION_KEYS: [&str; 5] = ["field", "value", "operator", "negate", "conditions"];
pub(super) const RANGE_KEYS: [&str; 2] = ["from", "to"];
pub(super) const FACET_KEYS: [&str; 7] = [
    "field", "name", "limit", "sort", "filter", "interval", "scope",
];
pub(super) const FIELDS_KEYS: [&str; 2] = ["include", "exclude"];

impl ApiQuery {
    /// Validates a JSON request body.
    pub fn from_json(value: &Value, site: &SiteDefinition) -> Result<ApiQuery> {
        let root = Ptr::root();
        let map = object(value, &root)?;
        check_keys(map, &TOP_KEYS, &root, None)?;
        let mut p = Parser {
            site,
            conditions: 0,
        };
        let mut out = ApiQuery::default();
        if let Some(v) = map.get("query") {
            out.query = Some(p.text_query(v, &root.key("query"))?);
        }
        if let Some(v) = map.get("filter") {
            let at = root.key("filter");
            out.filter = Some(p.condition(v, &at, 1, &at)?);
        }
        if let Some(v) = map.get("facets") {
            out.facets = p.facets(v, &root.key("facets"))?;
        }
        if let Some(v) = map.get("sort") {
            out.sort = sorts(v, &root.key("sort"))?;
        }
        if let Some(v) = map.get("fields") {
            (out.include, out.exclude) = include_exclude(v, &root.key("fields"))?;
        }
        if let Some(v) = map.get("limit") {
            out.limit = bounded(v, &root.key("limit"), 0, MAX_LIMIT)?;
        }
        if let Some(v) = map.get("offset") {
            out.offset = bounded(v, &root.key("offset"), 0, MAX_OFFSET)?;
        }
        if let Some(v) = map.get("profile") {
            out.profile = choice(
                v,
                &root.key("profile"),
                "profile",
                &[
                    ("minimal", Profile::Minimal),
                    ("list", Profile::List),
                    ("full", Profile::Full),
                ],
            )?;
        }
        Ok(out)
    }

    /// Validates the decoded pairs of a query string in bracket syntax: they are turned
    /// into a JSON tree by [`pairs_to_json`], which is then validated as a body would be.
    pub fn from_query_pairs(pairs: &[(String, String)], site: &SiteDefinition) -> Result<ApiQuery> {
        let tree = pairs_to_json(pairs)?;
        Self::from_json(&tree, site)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Operator {
    And,
    Or,
}

pub(super) fn operator(v: &Value, at: &Ptr) -> Result<Operator> {
    choice(
        v,
        at,
        "operator",
        &[("AND", Operator::And), ("OR", Operator::Or)],
    )
}

pub(super) struct Parser<'s> {
    site: &'s SiteDefinition,
    /// Conditions read so far in the whole request.
    conditions: usize,
}

impl Parser<'_> {
    fn text_query(&mut self, v: &Value, at: &Ptr) -> Result<TextQuery> {
        let (value, value_at, map) = match v {
            Value::String(_) => (v, at.clone(), None),
            Value::Object(map) => {
                check_keys(map, &QUERY_KEYS, at, Some("the query"))?;
                let value = map.get("value").ok_or_else(|| {
                    QueryError::new(code::MISSING, "the query needs a 'value'", at)
                })?;
                (value, at.key("value"), Some(map))
            }
            _ => return Err(wrong_type("a string or an object", v, at)),
        };
        let s = string(value, &value_at)?;
        let chars = s.chars().count();
        if chars > MAX_QUERY_CHARS {
            return Err(QueryError::new(
                code::TOO_LONG,
                format!(
                    "the query value is too long ({chars} characters; at most {MAX_QUERY_CHARS})"
                ),
                &value_at,
            ));
        }
        let text = s.trim();
        if text.is_empty() {
            return Err(QueryError::new(
                code::EMPTY,
                "the query value is empty",
                &value_at,
            ));
        }
        let mut query = TextQuery {
            value: text.to_owned(),
            fields: Field::DEFAULT_SEARCH.to_vec(),
            all_words: true,
        };
        let Some(map) = map else {
            return Ok(query);
        };
        if let Some(v) = map.get("fields") {
            let at = at.key("fields");
            let fields = field_list(v, &at)?;
            if fields.is_empty() {
                return Err(QueryError::new(
                    code::EMPTY,
                    "'query/fields' is empty; leave it out to search the default fields",
                    &at,
                ));
            }
            if let Some((f, p)) = fields.iter().find(|(f, _)| !f.is_searchable()) {
                return Err(QueryError::new(
                    code::NOT_ALLOWED,
                    format!(
                        "field '{f}' cannot be searched (searchable: {})",
                        names_of(Field::is_searchable)
                    ),
                    p,
                ));
            }
            query.fields = fields.into_iter().map(|(f, _)| f).collect();
        }
        if let Some(v) = map.get("operator") {
            query.all_words = operator(v, &at.key("operator"))? == Operator::And;
        }
        Ok(query)
    }

    /// One condition at nesting level `depth` (1 for the root of a filter at `root`).
    fn condition(&mut self, v: &Value, at: &Ptr, depth: usize, root: &Ptr) -> Result<Condition> {
        if depth > MAX_DEPTH {
            return Err(QueryError::new(
                code::TOO_DEEP,
                format!(
                    "{} is nested too deeply (at most {MAX_DEPTH} levels)",
                    root.plain()
                ),
                at,
            ));
        }
        self.conditions += 1;
        if self.conditions > MAX_CONDITIONS {
            return Err(QueryError::new(
                code::TOO_MANY,
                format!("too many filter conditions (at most {MAX_CONDITIONS} in a request)"),
                at,
            ));
        }
        let map = object(v, at)?;
        check_keys(map, &CONDITION_KEYS, at, Some("a condition"))?;
        let negate = match map.get("negate") {
            Some(v) => boolean(v, &at.key("negate"))?,
            None => false,
        };
        let op = match map.get("operator") {
            Some(v) => Some(operator(v, &at.key("operator"))?),
            None => None,
        };
        let condition = if let Some(children) = map.get("conditions") {
            if let Some(k) = ["field", "value"]
                .into_iter()
                .find(|k| map.contains_key(*k))
            {
                return Err(QueryError::new(
                    code::CONFLICT,
                    "a condition is either a group ('conditions') or a test of one field \
                     ('field' and 'value'), not both",
                    &at.key(k),
                ));
            }
            let at = at.key("conditions");
            let Value::Array(list) = children else {
                return Err(wrong_type("a list of conditions", children, &at));
            };
            if list.is_empty() {
                return Err(QueryError::new(
                    code::EMPTY,
                    format!(
                        "{} is empty; a group needs at least one condition",
                        at.quoted()
                    ),
                    &at,
                ));
            }
            let mut out = Vec::new();
            for (i, c) in list.iter().enumerate() {
                out.push(self.condition(c, &at.index(i), depth + 1, root)?);
            }
            match op.unwrap_or(Operator::And) {
                Operator::And => Condition::All(out),
                Operator::Or => Condition::Any(out),
            }
        } else {
            let Some(f) = map.get("field") else {
                return Err(QueryError::new(
                    code::MISSING,
                    "a condition needs a 'field' (or 'conditions' for a group)",
                    at,
                ));
            };
            let field = field(f, &at.key("field"))?;
            self.field_condition(field, map.get("value"), op, at)?
        };
        Ok(if negate {
            Condition::Not(Box::new(condition))
        } else {
            condition
        })
    }

    fn field_condition(
        &mut self,
        field: Field,
        value: Option<&Value>,
        op: Option<Operator>,
        at: &Ptr,
    ) -> Result<Condition> {
        let single = matches!(value, None | Some(Value::Object(_)));
        if single && op.is_some() {
            return Err(QueryError::new(
                code::NOT_ALLOWED,
                "'operator' applies to a list of values or to a group of conditions",
                &at.key("operator"),
            ));
        }
        let Some(value) = value else {
            return Ok(Condition::Exists(field));
        };
        let at = at.key("value");
        if let Value::Object(range) = value {
            return self.range(field, range, &at);
        }
        if !field.takes_values() {
            return Err(QueryError::new(
                code::NOT_ALLOWED,
                format!(
                    "field '{field}' cannot be filtered by value; search it with 'query' \
                     (a condition without a value tests that the field is present)"
                ),
                &at,
            ));
        }
        let values = match value {
            Value::Array(items) => {
                if items.is_empty() {
                    return Err(QueryError::new(
                        code::EMPTY,
                        format!("{} is an empty list", at.quoted()),
                        &at,
                    ));
                }
                if items.len() > MAX_VALUES {
                    return Err(QueryError::new(
                        code::TOO_MANY,
                        format!("too many values in one condition (at most {MAX_VALUES})"),
                        &at,
                    ));
                }
                let mut out: Vec<String> = Vec::with_capacity(items.len());
                for (i, item) in items.iter().enumerate() {
                    let v = self.value(field, item, &at.index(i))?;
                    if !out.contains(&v) {
                        out.push(v);
                    }
                }
                out
            }
            _ => vec![self.value(field, value, &at)?],
        };
        let all = op == Some(Operator::And);
        if field.kind() == Kind::Date && values.iter().any(|v| period_bounds(v).is_some()) {
            return Ok(date_periods(field, values, all));
        }
        Ok(Condition::Values { field, values, all })
    }

    /// One value of a field, normalized.
    fn value(&self, field: Field, v: &Value, at: &Ptr) -> Result<String> {
        let numeric = matches!(field.kind(), Kind::Year | Kind::Id);
        let raw = match v {
            Value::String(s) => s.trim().to_owned(),
            Value::Number(n) if numeric => n.to_string(),
            _ if numeric => return Err(wrong_type("a string or a number", v, at)),
            _ => return Err(wrong_type("a string", v, at)),
        };
        if raw.is_empty() {
            return Err(QueryError::new(
                code::EMPTY,
                format!("{} is empty", at.quoted()),
                at,
            ));
        }
        match field.kind() {
            Kind::Id => ItemId::parse(&raw)
                .map(|id| id.to_string())
                .map_err(|e| invalid(e.0, at)),
            Kind::Date => normalize_date_or_period(&raw).map_err(|m| invalid(m, at)),
            Kind::Exact => Ok(raw),
            Kind::Text => Err(QueryError::new(
                code::NOT_ALLOWED,
                format!("field '{field}' cannot be filtered by value"),
                at,
            )),
            // Every term and year is kept as terms (checked when compiling the table).
            Kind::Term | Kind::Year => match field.dimension() {
                Some(dim) => self
                    .site
                    .check_filter_value(dim, &raw.to_lowercase())
                    .map_err(|e| filter_error(e, at)),
                None => Ok(raw),
            },
        }
    }

    fn range(&self, field: Field, map: &Map<String, Value>, at: &Ptr) -> Result<Condition> {
        if !field.takes_range() {
            return Err(QueryError::new(
                code::NOT_ALLOWED,
                format!(
                    "field '{field}' takes no range (ranges work on {})",
                    names_of(Field::takes_range)
                ),
                at,
            ));
        }
        check_keys(map, &RANGE_KEYS, at, Some("a range"))?;
        let bound = |key: &str| -> Result<Option<String>> {
            match map.get(key) {
                None | Some(Value::Null) => Ok(None),
                Some(v) => {
                    let v = self.value(field, v, &at.key(key))?;
                    // A year or a month starts on its first day and ends on its last.
                    let period = (field.kind() == Kind::Date)
                        .then(|| period_bounds(&v))
                        .flatten();
                    Ok(Some(match period {
                        Some((first, _)) if key == "from" => first,
                        Some((_, last)) => last,
                        None => v,
                    }))
                }
            }
        };
        let from = bound("from")?;
        let to = bound("to")?;
        match (&from, &to) {
            (None, None) => {
                return Err(QueryError::new(
                    code::MISSING,
                    "a range needs 'from', 'to' or both",
                    at,
                ));
            }
            (Some(f), Some(t)) if range_order(field, f, t).is_gt() => {
                return Err(QueryError::new(
                    code::INVALID_RANGE,
                    format!("the range starts after it ends ('from' {f} is after 'to' {t})"),
                    at,
                ));
            }
            _ => {}
        }
        Ok(Condition::Range { field, from, to })
    }

    fn facets(&mut self, v: &Value, at: &Ptr) -> Result<Vec<FacetRequest>> {
        let Value::Array(list) = v else {
            return Err(wrong_type("a list of facets", v, at));
        };
        if list.len() > MAX_FACETS {
            return Err(QueryError::new(
                code::TOO_MANY,
                format!("too many facets (at most {MAX_FACETS})"),
                at,
            ));
        }
        let mut out: Vec<FacetRequest> = Vec::with_capacity(list.len());
        for (i, item) in list.iter().enumerate() {
            let (facet, name_at) = self.facet(item, &at.index(i))?;
            if out.iter().any(|f| f.name == facet.name) {
                return Err(QueryError::new(
                    code::DUPLICATE,
                    format!(
                        "two facets are named '{}'; give one of them another 'name'",
                        shown(&facet.name)
                    ),
                    &name_at,
                ));
            }
            out.push(facet);
        }
        Ok(out)
    }

    /// One facet, and the pointer to what gives its name.
    fn facet(&mut self, v: &Value, at: &Ptr) -> Result<(FacetRequest, Ptr)> {
        let empty = Map::new();
        let (map, field_v, field_at) = match v {
            Value::String(_) => (&empty, v, at.clone()),
            Value::Object(map) => {
                check_keys(map, &FACET_KEYS, at, Some("a facet"))?;
                let f = map
                    .get("field")
                    .ok_or_else(|| QueryError::new(code::MISSING, "a facet needs a 'field'", at))?;
                (map, f, at.key("field"))
            }
            _ => return Err(wrong_type("an object", v, at)),
        };
        let field = field(field_v, &field_at)?;
        if !field.is_facetable() {
            return Err(QueryError::new(
                code::NOT_ALLOWED,
                format!(
                    "field '{field}' cannot be a facet (facets work on {})",
                    names_of(Field::is_facetable)
                ),
                &field_at,
            ));
        }
        let facet_kind = field.spec().facet;
        let interval = match map.get("interval") {
            Some(v) => {
                let at = at.key("interval");
                if facet_kind != Facet::Dates {
                    let fields: Vec<String> = Field::ALL
                        .into_iter()
                        .filter(|f| f.spec().facet == Facet::Dates)
                        .map(|f| format!("'{f}'"))
                        .collect();
                    return Err(QueryError::new(
                        code::NOT_ALLOWED,
                        format!("'interval' applies only to facets on {}", fields.join(", ")),
                        &at,
                    ));
                }
                Some(choice(
                    v,
                    &at,
                    "interval",
                    &[
                        ("year", Interval::Year),
                        ("month", Interval::Month),
                        ("day", Interval::Day),
                    ],
                )?)
            }
            None if facet_kind == Facet::Dates => {
                return Err(QueryError::new(
                    code::MISSING,
                    format!("a facet on '{field}' needs an 'interval': year, month or day"),
                    at,
                ));
            }
            None => None,
        };
        let (name, name_at) = match map.get("name") {
            Some(v) => {
                let at = at.key("name");
                let s = string(v, &at)?.trim();
                if s.is_empty() {
                    return Err(QueryError::new(
                        code::EMPTY,
                        "a facet name cannot be empty",
                        &at,
                    ));
                }
                if s.chars().count() > MAX_FACET_NAME_CHARS {
                    return Err(QueryError::new(
                        code::TOO_LONG,
                        format!("a facet name has at most {MAX_FACET_NAME_CHARS} characters"),
                        &at,
                    ));
                }
                (s.to_owned(), at)
            }
            None => (field.name().to_owned(), field_at),
        };
        let limit = match map.get("limit") {
            Some(v) => bounded(v, &at.key("limit"), 1, MAX_FACET_LIMIT)?,
            None => DEFAULT_FACET_LIMIT,
        };
        let sort = match map.get("sort") {
            Some(v) => choice(
                v,
                &at.key("sort"),
                "facet sort",
                &[
                    ("count:desc", FacetSort::CountDesc),
                    ("count:asc", FacetSort::CountAsc),
                    ("value:asc", FacetSort::ValueAsc),
                    ("value:desc", FacetSort::ValueDesc),
                ],
            )?,
            None if facet_kind == Facet::Dates => FacetSort::ValueAsc,
            None => FacetSort::CountDesc,
        };
        let filter = match map.get("filter") {
            Some(v) => {
                let at = at.key("filter");
                Some(self.condition(v, &at, 1, &at)?)
            }
            None => None,
        };
        let scope = match map.get("scope") {
            Some(v) => choice(
                v,
                &at.key("scope"),
                "scope",
                &[
                    ("default", Scope::Default),
                    ("query", Scope::Query),
                    ("global", Scope::Global),
                ],
            )?,
            None => Scope::Default,
        };
        let facet = FacetRequest {
            field,
            name,
            limit,
            sort,
            filter,
            interval,
            scope,
        };
        Ok((facet, name_at))
    }
}

pub(super) fn sorts(v: &Value, at: &Ptr) -> Result<Vec<Sort>> {
    let items = match v {
        Value::Array(items) => {
            if items.len() > MAX_SORTS {
                return Err(QueryError::new(
                    code::TOO_MANY,
                    format!("too many sort keys (at most {MAX_SORTS})"),
                    at,
                ));
            }
            items
                .iter()
                .enumerate()
                .map(|(i, item)| (item, at.index(i)))
                .collect()
        }
        Value::String(_) => vec![(v, at.clone())],
        _ => return Err(wrong_type("a list of strings", v, at)),
    };
    let keys: [(&str, SortKey); 4] = [
        ("date", SortKey::Date),
        ("title", SortKey::Title),
        ("score", SortKey::Score),
        ("id", SortKey::Id),
    ];
    let mut out: Vec<Sort> = Vec::with_capacity(items.len());
    for (item, p) in items {
        let s = string(item, &p)?;
        let t = s.trim().to_ascii_lowercase();
        let (key, dir) = t.split_once(':').unwrap_or((t.as_str(), ""));
        let Some(&(_, key)) = keys.iter().find(|(n, _)| *n == key) else {
            let names: Vec<&str> = keys.iter().map(|(n, _)| *n).collect();
            let hint = did_you_mean(key, &names).unwrap_or_default();
            return Err(invalid(
                format!(
                    "cannot sort by '{}'{hint} (sort by date, title, score or id, e.g. 'date:desc')",
                    shown(s)
                ),
                &p,
            ));
        };
        let descending = match dir {
            "asc" => false,
            "desc" => true,
            _ => {
                return Err(invalid(
                    format!(
                        "sort '{}' needs a direction: '{0}:asc' or '{0}:desc'",
                        key.name()
                    ),
                    &p,
                ));
            }
        };
        if out.iter().any(|o| o.key == key) {
            return Err(QueryError::new(
                code::DUPLICATE,
                format!("the sort by '{}' is given twice", key.name()),
                &p,
            ));
        }
        out.push(Sort { key, descending });
    }
    Ok(out)
}

pub(super) fn include_exclude(v: &Value, at: &Ptr) -> Result<(Vec<Field>, Vec<Field>)> {
    let map = object(v, at)?;
    check_keys(map, &FIELDS_KEYS, at, Some("'fields'"))?;
    let include = match map.get("include") {
        Some(v) => field_list(v, &at.key("include"))?,
        None => Vec::new(),
    };
    let exclude = match map.get("exclude") {
        Some(v) => field_list(v, &at.key("exclude"))?,
        None => Vec::new(),
    };
    if let Some((f, p)) = exclude
        .iter()
        .find(|(f, _)| include.iter().any(|(g, _)| g == f))
    {
        return Err(QueryError::new(
            code::CONFLICT,
            format!("field '{f}' is both included and excluded"),
            p,
        ));
    }
    Ok((
        include.into_iter().map(|(f, _)| f).collect(),
        exclude.into_iter().map(|(f, _)| f).collect(),
    ))
}
