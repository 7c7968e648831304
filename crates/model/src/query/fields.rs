//! The fields of an item, as requests name them.

use std::fmt;

use crate::filter::Dimension;

/// A field of an item, as named in the API.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    Id,
    Type,
    Language,
    Title,
    Summary,
    Body,
    Date,
    Place,
    Source,
    FieldOfWork,
    Country,
    Meeting,
    Year,
    Url,
}

impl Field {
    pub const ALL: [Field; 14] = [
        Field::Id,
        Field::Type,
        Field::Language,
        Field::Title,
        Field::Summary,
        Field::Body,
        Field::Date,
        Field::Place,
        Field::Source,
        Field::FieldOfWork,
        Field::Country,
        Field::Meeting,
        Field::Year,
        Field::Url,
    ];

    /// The fields a text query searches when it does not name any.
    pub const DEFAULT_SEARCH: [Field; 3] = [Field::Title, Field::Summary, Field::Body];

    /// The name used in the API.
    pub fn name(self) -> &'static str {
        match self {
            Field::Id => "id",
            Field::Type => "type",
            Field::Language => "language",
            Field::Title => "title",
            Field::Summary => "summary",
            Field::Body => "body",
            Field::Date => "date",
            Field::Place => "place",
            Field::Source => "source",
            Field::FieldOfWork => "field_of_work",
            Field::Country => "country",
            Field::Meeting => "meeting",
            Field::Year => "year",
            Field::Url => "url",
        }
    }

    pub fn from_name(name: &str) -> Option<Field> {
        Self::ALL.into_iter().find(|f| f.name() == name)
    }

    /// The taxonomy dimension behind the field, if it is one.
    pub fn dimension(self) -> Option<Dimension> {
        match self {
            Field::Type => Some(Dimension::Type),
            Field::Language => Some(Dimension::Language),
            Field::FieldOfWork => Some(Dimension::FieldOfWork),
            Field::Country => Some(Dimension::Country),
            Field::Source => Some(Dimension::Source),
            Field::Meeting => Some(Dimension::Meeting),
            Field::Year => Some(Dimension::Year),
            _ => None,
        }
    }

    pub fn from_dimension(dim: Dimension) -> Field {
        match dim {
            Dimension::Type => Field::Type,
            Dimension::Language => Field::Language,
            Dimension::FieldOfWork => Field::FieldOfWork,
            Dimension::Country => Field::Country,
            Dimension::Source => Field::Source,
            Dimension::Meeting => Field::Meeting,
            Dimension::Year => Field::Year,
        }
    }

    /// Whether a condition can test the field for given values.
    pub fn takes_values(self) -> bool {
        !matches!(self, Field::Title | Field::Summary | Field::Body)
    }

    /// Whether a condition can test the field against a range.
    pub fn takes_range(self) -> bool {
        matches!(self, Field::Date | Field::Year | Field::Id)
    }

    /// Whether values of the field can be counted in a facet (`date` needs an interval).
    pub fn is_facetable(self) -> bool {
        self.dimension().is_some() || self == Field::Date
    }

    /// Whether a text query can search the field (taxonomy fields by the names of their
    /// values, in every language).
    pub fn is_searchable(self) -> bool {
        matches!(
            self,
            Field::Title
                | Field::Summary
                | Field::Body
                | Field::Source
                | Field::Country
                | Field::FieldOfWork
                | Field::Meeting
        )
    }
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
