//! The newsroom's short form of the one filter language: the query strings of listings,
//! taxonomy pages, search and feeds (`?type=press-release&field_of_work=democratization&
//! year=2008`). Its keys are the fields the catalog keeps as terms ([`Dimension`]); values
//! of one key combine with OR, keys with AND.
//!
//! A [`Filter`] is only the parsed short form: it keeps what the reader chose, to make the
//! links of the page (a facet value toggled, the canonical query string), and it is
//! evaluated as the condition tree of the API it stands for ([`Filter::condition`]): every
//! listing is filtered by a [`Condition`], the same evaluator as the API's.

use std::collections::BTreeMap;

pub use crate::query::Dimension;
use crate::query::{Condition, Field};
use crate::site::SiteDefinition;

/// A parsed short form: for each dimension, the values any of which an item must have.
/// An empty filter matches every item. It is evaluated as [`Filter::condition`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Filter {
    terms: BTreeMap<Dimension, Vec<String>>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FilterError {
    #[error("unknown {dimension} '{value}'{}", suggest(.suggestions))]
    UnknownValue {
        dimension: Dimension,
        value: String,
        suggestions: Vec<String>,
    },
    #[error("'{value}' is not a year (expected four digits, e.g. 2008)")]
    BadYear { value: String },
    #[error("too many values for {dimension} (at most {max})")]
    TooManyValues { dimension: Dimension, max: usize },
}

fn suggest(s: &[String]) -> String {
    match s {
        [] => String::new(),
        [one] => format!(" — did you mean '{one}'?"),
        many => format!(" — did you mean one of: {}?", many.join(", ")),
    }
}

const MAX_VALUES_PER_DIMENSION: usize = 50;

impl Filter {
    pub fn new() -> Self {
        Filter::default()
    }

    /// Parses the filter part of a query string (`type=news&field_of_work=elections`).
    /// Keys that are not dimensions (`page`, `q`, …) are ignored; a dimension's values may
    /// be repeated or comma-separated; every value is checked against the site definition.
    pub fn from_query<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
        site: &SiteDefinition,
    ) -> Result<Filter, FilterError> {
        let mut filter = Filter::new();
        for (key, raw) in pairs {
            let Some(dim) = Dimension::from_key(key) else {
                continue;
            };
            for value in raw.split(',').map(str::trim).filter(|v| !v.is_empty()) {
                filter.add(dim, value, site)?;
            }
        }
        Ok(filter)
    }

    /// Adds one value after checking it against the site definition.
    pub fn add(
        &mut self,
        dim: Dimension,
        value: &str,
        site: &SiteDefinition,
    ) -> Result<(), FilterError> {
        let value = site.check_filter_value(dim, value)?;
        let values = self.terms.entry(dim).or_default();
        if !values.contains(&value) {
            if values.len() >= MAX_VALUES_PER_DIMENSION {
                return Err(FilterError::TooManyValues {
                    dimension: dim,
                    max: MAX_VALUES_PER_DIMENSION,
                });
            }
            values.push(value);
            values.sort();
        }
        Ok(())
    }

    /// The same filter restricted to one more value (used by taxonomy pages).
    pub fn with(mut self, dim: Dimension, value: &str) -> Filter {
        let values = self.terms.entry(dim).or_default();
        if !values.iter().any(|v| v == value) {
            values.push(value.to_owned());
            values.sort();
        }
        self
    }

    /// The same filter without the given dimension (for disjunctive facet counts).
    pub fn without(&self, dim: Dimension) -> Filter {
        let mut f = self.clone();
        f.terms.remove(&dim);
        f
    }

    /// The filter with `value` toggled in `dim` (the link behind a facet value).
    pub fn toggled(&self, dim: Dimension, value: &str) -> Filter {
        let mut f = self.clone();
        let values = f.terms.entry(dim).or_default();
        if let Some(pos) = values.iter().position(|v| v == value) {
            values.remove(pos);
            if values.is_empty() {
                f.terms.remove(&dim);
            }
        } else {
            values.push(value.to_owned());
            values.sort();
        }
        f
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    pub fn values(&self, dim: Dimension) -> &[String] {
        self.terms.get(&dim).map(Vec::as_slice).unwrap_or(&[])
    }

    pub fn has(&self, dim: Dimension, value: &str) -> bool {
        self.values(dim).iter().any(|v| v == value)
    }

    pub fn dimensions(&self) -> impl Iterator<Item = (Dimension, &[String])> {
        self.terms.iter().map(|(d, v)| (*d, v.as_slice()))
    }

    /// The condition tree the short form stands for: all of its dimensions, each matching
    /// any of its values (an empty filter: `All` of nothing, every item).
    pub fn condition(&self) -> Condition {
        Condition::from(self)
    }

    /// Canonical query string, in a stable order (`country=belarus&type=news`).
    pub fn to_query(&self) -> String {
        let mut out = String::new();
        for (dim, values) in &self.terms {
            for v in values {
                if !out.is_empty() {
                    out.push('&');
                }
                out.push_str(dim.key());
                out.push('=');
                out.push_str(&encode_query_value(v));
            }
        }
        out
    }
}

/// The short form as a condition tree: all of its dimensions, each matching any of its
/// values.
impl From<&Filter> for Condition {
    fn from(filter: &Filter) -> Condition {
        Condition::All(
            filter
                .dimensions()
                .map(|(dim, values)| Condition::Values {
                    field: Field::from_dimension(dim),
                    values: values.to_vec(),
                    all: false,
                })
                .collect(),
        )
    }
}

/// Percent-encodes a query-string value (slugs and years need none, but be safe).
pub fn encode_query_value(v: &str) -> String {
    let mut out = String::with_capacity(v.len());
    for b in v.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::ItemFacts;

    #[test]
    fn toggling_adds_and_removes() {
        let f = Filter::new().with(Dimension::Type, "news");
        let g = f.toggled(Dimension::Country, "belarus");
        assert_eq!(g.to_query(), "type=news&country=belarus");
        assert_eq!(g.toggled(Dimension::Country, "belarus"), f);
        assert!(f.toggled(Dimension::Type, "news").is_empty());
    }

    #[test]
    fn dimensions_and_and_values_or() {
        let f = Filter::new()
            .with(Dimension::Type, "news")
            .with(Dimension::Type, "press-release")
            .with(Dimension::Year, "2008");
        struct Facts(&'static str, &'static str);
        impl ItemFacts for Facts {
            fn values(&self, field: Field) -> Vec<String> {
                match field {
                    Field::Type => vec![self.0.to_owned()],
                    Field::Year => vec![self.1.to_owned()],
                    _ => vec![],
                }
            }
        }
        let c = f.condition();
        assert!(c.matches(&Facts("news", "2008")));
        assert!(c.matches(&Facts("press-release", "2008")));
        assert!(!c.matches(&Facts("statement", "2008")));
        assert!(!c.matches(&Facts("news", "2009")));
    }

    #[test]
    fn unknown_value_message_suggests() {
        let e = FilterError::UnknownValue {
            dimension: Dimension::Source,
            value: "ofice-in-minsk".into(),
            suggestions: vec!["office-in-minsk".into()],
        };
        assert_eq!(
            e.to_string(),
            "unknown source 'ofice-in-minsk' — did you mean 'office-in-minsk'?"
        );
    }
}
