//! Filter values checked against the site's entries (with suggestions when unknown), and
//! their labels for facet lists and headings.

use jiff::civil::Date;

use super::SiteDefinition;
use crate::filter::{Dimension, FilterError};
use crate::text::closest;

impl SiteDefinition {
    /// Checks a filter value and returns its canonical form.
    pub fn check_filter_value(&self, dim: Dimension, value: &str) -> Result<String, FilterError> {
        let known = match dim {
            Dimension::Year => {
                return if value.len() == 4 && value.bytes().all(|b| b.is_ascii_digit()) {
                    Ok(value.to_owned())
                } else {
                    Err(FilterError::BadYear {
                        value: crate::text::shown(value),
                    })
                };
            }
            _ if crate::text::too_long_for_a_name(value) => {
                return Err(FilterError::UnknownValue {
                    dimension: dim,
                    value: crate::text::shown(value),
                    suggestions: Vec::new(),
                });
            }
            Dimension::Type => self.item_type(value).is_some(),
            Dimension::Language => self.language(value).is_some(),
            Dimension::FieldOfWork => self.field(value).is_some(),
            Dimension::Country => self.country(value).is_some(),
            Dimension::Source => self.structure(value).is_some(),
            Dimension::Meeting => self.meeting(value).is_some(),
        };
        if known {
            return Ok(value.to_owned());
        }
        let candidates = self.vocabulary(dim);
        let suggestions = closest(value, candidates.into_iter(), 3)
            .into_iter()
            .map(str::to_owned)
            .collect();
        Err(FilterError::UnknownValue {
            dimension: dim,
            value: crate::text::shown(value),
            suggestions,
        })
    }

    /// The values a dimension's filter can take (the slugs of its vocabulary; none for
    /// years, which are checked by their form).
    pub fn vocabulary(&self, dim: Dimension) -> Vec<&str> {
        match dim {
            Dimension::Type => self.item_types.iter().map(|t| t.slug.as_str()).collect(),
            Dimension::Language => self
                .organization
                .languages
                .iter()
                .map(|l| l.code.as_str())
                .collect(),
            Dimension::FieldOfWork => self.fields.iter().map(|t| t.slug.as_str()).collect(),
            Dimension::Country => self.countries.iter().map(|c| c.slug.as_str()).collect(),
            Dimension::Source => self.structures.iter().map(|s| s.slug.as_str()).collect(),
            Dimension::Meeting => self.meetings.iter().map(|t| t.slug.as_str()).collect(),
            Dimension::Year => Vec::new(),
        }
    }

    /// The label of a filter value (for facet lists and headings).
    pub fn filter_value_label(&self, dim: Dimension, value: &str, today: Date) -> String {
        let label = match dim {
            Dimension::Type => self.item_type(value).map(|t| t.name.clone()),
            Dimension::Language => self.language(value).map(|l| l.name.clone()),
            Dimension::FieldOfWork => self.field(value).map(|t| t.name.clone()),
            Dimension::Country => self.country(value).map(|c| c.name.clone()),
            Dimension::Meeting => self.meeting(value).map(|t| t.name.clone()),
            Dimension::Source => self.structure(value).map(|s| {
                let mut name = s.current_name().name.clone();
                if s.is_closed_on(today) {
                    name.push_str(" (closed)");
                }
                name
            }),
            Dimension::Year => None,
        };
        label.unwrap_or_else(|| value.to_owned())
    }

    /// The name of a filter value in `lang` and the language that name is written in: the
    /// site's name in `lang` where it gives one, else the default language's. A language is
    /// named in itself ("Русский"), so its own code. `None` for years and unknown values.
    pub fn value_name_in<'a>(
        &'a self,
        dim: Dimension,
        value: &str,
        lang: &'a str,
    ) -> Option<(&'a str, &'a str)> {
        let default = self.organization.default_language.as_str();
        let pick =
            |names: &'a std::collections::BTreeMap<String, String>, name: &'a str| match names
                .get(lang)
            {
                Some(n) if lang != default => (n.as_str(), lang),
                _ => (name, default),
            };
        match dim {
            Dimension::Type => self.item_type(value).map(|t| pick(&t.names, &t.name)),
            Dimension::FieldOfWork => self.field(value).map(|t| pick(&t.names, &t.name)),
            Dimension::Meeting => self.meeting(value).map(|t| pick(&t.names, &t.name)),
            Dimension::Country => self.country(value).map(|c| pick(&c.names, &c.name)),
            Dimension::Language => self
                .language(value)
                .map(|l| (l.name.as_str(), l.code.as_str())),
            Dimension::Source => self
                .structure(value)
                .map(|s| self.structure_name_in(s, lang)),
            Dimension::Year => None,
        }
    }
}
