//! Query-string parsing shared by the listing handlers: the filters and the page, and the
//! reader's controls of a listing (a range of publication days, the order, the page size).

use model::query::{ApiQuery, Condition, Field};
use model::{Filter, SiteDefinition};
use render::messages::key;
use render::pages::Ui;

use crate::error::WebError;

/// The number of items on a page of a listing, unless the reader chose another.
pub const PAGE_SIZE: usize = 20;
/// The page sizes a reader can choose (`per_page`).
pub const PAGE_SIZES: [usize; 3] = [10, 20, 50];
/// Deep paging is bounded so that a crawler cannot ask for page 10^9.
pub const MAX_PAGE: usize = 5_000;
/// The most characters of a control's value quoted in a message.
const QUOTED_CHARS: usize = 40;
/// The most characters a date bound can have (an RFC 3339 instant with a fraction).
const MAX_DATE_CHARS: usize = 40;

#[derive(Debug, Clone)]
pub struct ListingParams {
    pub filter: Filter,
    pub page: usize,
}

pub fn parse_listing(
    pairs: &[(String, String)],
    site: &SiteDefinition,
) -> Result<ListingParams, WebError> {
    let filter = Filter::from_query(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())), site)?;
    let mut page = 1;
    for (k, v) in pairs {
        if k == "page" {
            page = match v.parse::<usize>() {
                Ok(n) if (1..=MAX_PAGE).contains(&n) => n,
                _ => {
                    return Err(WebError::BadRequest(format!(
                        "page must be a whole number from 1 to {MAX_PAGE}, not '{}'",
                        quoted(v)
                    )));
                }
            };
        }
    }
    Ok(ListingParams { filter, page })
}

/// A range of publication days, both bounds inclusive (`YYYY-MM-DD`), at least one given:
/// the `date` range of the API's filter language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateRange {
    pub from: Option<String>,
    pub to: Option<String>,
}

impl DateRange {
    /// The range as a condition of the catalog's filters.
    pub fn condition(&self) -> Condition {
        Condition::Range {
            field: Field::Date,
            from: self.from.clone(),
            to: self.to.clone(),
        }
    }

    /// The range in a query string (`from=2024-01-01&to=2024-06-30`).
    pub fn to_query(&self) -> String {
        let bounds = [("from", &self.from), ("to", &self.to)];
        bounds
            .iter()
            .filter_map(|(k, v)| v.as_ref().map(|v| format!("{k}={v}")))
            .collect::<Vec<_>>()
            .join("&")
    }
}

/// What a reader chose of a listing besides its filters: a range of publication days
/// (`from`, `to`), an order (`sort`) and a page size (`per_page`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Controls {
    pub range: Option<DateRange>,
    /// The order asked for, if any (relevance only where words can be searched for).
    pub sort: Option<search::Order>,
    pub per_page: usize,
}

/// The first non-empty value of `name` (an empty field of a form is no value).
fn value<'a>(pairs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    pairs
        .iter()
        .filter(|(k, _)| k == name)
        .map(|(_, v)| v.trim())
        .find(|v| !v.is_empty())
}

/// At most [`QUOTED_CHARS`] characters of a value, for a message.
fn quoted(v: &str) -> String {
    model::text::clip(v, QUOTED_CHARS)
}

/// Reads the controls of a listing. `words`: the listing can be ordered by relevance (the
/// search page); elsewhere `sort=relevance` is refused.
pub fn parse_controls(
    pairs: &[(String, String)],
    site: &SiteDefinition,
    ui: &Ui,
    words: bool,
) -> Result<Controls, WebError> {
    let bad =
        |k, args: &[(&str, render::messages::Value<'_>)]| WebError::BadRequest(ui.text(k, args));
    let sort = match value(pairs, "sort") {
        None => None,
        Some("newest") => Some(search::Order::Newest),
        Some("oldest") => Some(search::Order::Oldest),
        Some("relevance") if words => Some(search::Order::Relevance),
        Some("relevance") => return Err(bad(key::LISTING_RELEVANCE_NEEDS_WORDS, &[])),
        Some(other) => {
            return Err(bad(
                key::SEARCH_BAD_SORT,
                &[("value", quoted(other).into())],
            ));
        }
    };
    let per_page = match value(pairs, "per_page") {
        None => PAGE_SIZE,
        Some(v) => match v.parse::<usize>() {
            Ok(n) if PAGE_SIZES.contains(&n) => n,
            _ => {
                return Err(bad(
                    key::LISTING_BAD_PER_PAGE,
                    &[("value", quoted(v).into())],
                ));
            }
        },
    };
    let from = value(pairs, "from")
        .map(|v| date_bound(site, "from", v).ok_or_else(|| bad_date(ui, v)))
        .transpose()?;
    let to = value(pairs, "to")
        .map(|v| date_bound(site, "to", v).ok_or_else(|| bad_date(ui, v)))
        .transpose()?;
    let range = match (from, to) {
        (None, None) => None,
        (Some(f), Some(t)) if f > t => {
            return Err(bad(
                key::LISTING_BAD_RANGE,
                &[("from", f.into()), ("to", t.into())],
            ));
        }
        (from, to) => Some(DateRange { from, to }),
    };
    Ok(Controls {
        range,
        sort,
        per_page,
    })
}

fn bad_date(ui: &Ui, v: &str) -> WebError {
    WebError::BadRequest(ui.text(key::LISTING_BAD_DATE, &[("value", quoted(v).into())]))
}

/// One bound of a range of days, read as the API reads the bound of a `date` range: a day
/// (`2024-05-31`), an instant (its day in UTC), or a year or a month (as `from` its first
/// day, as `to` its last). `None` when it is not a date.
fn date_bound(site: &SiteDefinition, bound: &str, v: &str) -> Option<String> {
    if v.chars().count() > MAX_DATE_CHARS {
        return None;
    }
    let request = serde_json::json!({
        "filter": { "field": "date", "value": { bound: v } }
    });
    match ApiQuery::from_json(&request, site).ok()?.filter? {
        Condition::Range { from, to, .. } => from.or(to),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> SiteDefinition {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../site/osce");
        let sources = publishing::site_sources_from_dir(&dir).expect("site folder readable");
        SiteDefinition::load(&sources).expect("valid site")
    }

    fn pairs(q: &[(&str, &str)]) -> Vec<(String, String)> {
        q.iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn periods_stand_for_their_days() {
        let site = site();
        let ui = Ui::default_language();
        let c = parse_controls(
            &pairs(&[("from", "2024"), ("to", "2024-02")]),
            &site,
            &ui,
            false,
        )
        .expect("valid");
        let range = c.range.expect("a range");
        assert_eq!(range.from.as_deref(), Some("2024-01-01"));
        assert_eq!(range.to.as_deref(), Some("2024-02-29"));
        assert_eq!(range.to_query(), "from=2024-01-01&to=2024-02-29");
        assert_eq!(c.per_page, PAGE_SIZE);
        assert_eq!(c.sort, None);
    }

    #[test]
    fn empty_fields_are_no_values() {
        let site = site();
        let ui = Ui::default_language();
        let c = parse_controls(
            &pairs(&[("from", ""), ("to", " "), ("sort", ""), ("per_page", "")]),
            &site,
            &ui,
            false,
        )
        .expect("valid");
        assert_eq!(
            c,
            Controls {
                range: None,
                sort: None,
                per_page: PAGE_SIZE
            }
        );
    }

    #[test]
    fn bad_controls_are_refused_with_a_short_message() {
        let site = site();
        let ui = Ui::default_language();
        let huge = "9".repeat(1 << 20);
        for q in [
            [("from", "2024-13-01")],
            [("to", "yesterday")],
            [("per_page", "1000")],
            [("per_page", "-1")],
            [("sort", "relevance")],
            [("sort", "random")],
            [("from", huge.as_str())],
            [("per_page", huge.as_str())],
        ] {
            match parse_controls(&pairs(&q), &site, &ui, false) {
                Err(WebError::BadRequest(m)) => assert!(m.len() < 300, "{q:?}: {m}"),
                other => panic!("{:?} gave {other:?}", &q[0].0),
            }
        }
        let reversed = parse_controls(
            &pairs(&[("from", "2024-05-01"), ("to", "2024-04-30")]),
            &site,
            &ui,
            false,
        );
        assert!(matches!(reversed, Err(WebError::BadRequest(_))));
        assert!(
            parse_controls(&pairs(&[("sort", "relevance")]), &site, &ui, true).is_ok(),
            "relevance where words are searched for"
        );
    }
}
