//! The one filter language of Communiqué. Listings, taxonomy pages, search, feeds and the
//! API all parse their filters into this tree and evaluate it with the same semantics:
//! values of one dimension combine with OR, dimensions combine with AND.

use std::collections::BTreeMap;
use std::fmt;

use crate::site::SiteDefinition;

/// A facet of items that can be filtered on and counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Dimension {
    Type,
    Language,
    FieldOfWork,
    Country,
    Source,
    Meeting,
    Year,
}

impl Dimension {
    pub const ALL: [Dimension; 7] = [
        Dimension::Type,
        Dimension::FieldOfWork,
        Dimension::Country,
        Dimension::Source,
        Dimension::Meeting,
        Dimension::Language,
        Dimension::Year,
    ];

    /// The name used in query strings and the API.
    pub fn key(self) -> &'static str {
        match self {
            Dimension::Type => "type",
            Dimension::Language => "language",
            Dimension::FieldOfWork => "field_of_work",
            Dimension::Country => "country",
            Dimension::Source => "source",
            Dimension::Meeting => "meeting",
            Dimension::Year => "year",
        }
    }

    /// The English heading shown above the facet.
    pub fn label(self) -> &'static str {
        match self {
            Dimension::Type => "Type",
            Dimension::Language => "Language",
            Dimension::FieldOfWork => "Field of work",
            Dimension::Country => "Country",
            Dimension::Source => "Source",
            Dimension::Meeting => "Meeting series",
            Dimension::Year => "Year",
        }
    }

    pub fn from_key(key: &str) -> Option<Dimension> {
        Self::ALL.into_iter().find(|d| d.key() == key)
    }
}

impl fmt::Display for Dimension {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

/// A parsed filter: for each dimension, the values any of which an item must have.
/// An empty filter matches every item.
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

    /// The reference semantics: does an item with these values match?
    /// (`values(dim)` lists the item's values in that dimension; for sources it includes
    /// the ancestors of each source, so a filter on a parent matches its units' items.)
    pub fn matches<'v, F, I>(&self, mut values: F) -> bool
    where
        F: FnMut(Dimension) -> I,
        I: IntoIterator<Item = &'v str>,
    {
        self.terms.iter().all(|(dim, wanted)| {
            values(*dim)
                .into_iter()
                .any(|v| wanted.iter().any(|w| w == v))
        })
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
        let item = |t: &'static str, y: &'static str| {
            move |d: Dimension| match d {
                Dimension::Type => vec![t],
                Dimension::Year => vec![y],
                _ => vec![],
            }
        };
        assert!(f.matches(item("news", "2008")));
        assert!(f.matches(item("press-release", "2008")));
        assert!(!f.matches(item("statement", "2008")));
        assert!(!f.matches(item("news", "2009")));
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
