//! The one table of filterable fields: for every field of an item, its name in query strings
//! and the API, the kind of its values, where the catalog keeps it, how it is counted in a
//! facet, its English heading and its shape in the OpenAPI document. [`Field`] names a row;
//! [`Dimension`] names the fields the catalog keeps as taxonomy terms (the newsroom's short
//! form). Everything else about a field — which fields take values, ranges or facets, which
//! a text query searches, how a value is checked, how the catalog evaluates and counts it —
//! is read from [`FIELDS`].

use std::fmt;

use serde_json::{Value, json};

use crate::site::SiteDefinition;

/// A field of an item, as named in the API. Its properties are its row of [`FIELDS`]
/// ([`Field::spec`]).
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

/// A field the catalog keeps as taxonomy terms (one bitmap per value): the fields the
/// newsroom's query strings filter on (`?type=news&year=2008`), and the facets of its pages.
/// Its key, label and field are those of its row of [`FIELDS`] (the row whose storage is
/// [`Storage::Terms`] of it).
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

/// What the values of a field are: how a condition's values are read and checked, and
/// which conditions the field takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A slug of one of the site's vocabularies: accepted in any case, stored lowercase,
    /// checked against the site definition ([`SiteDefinition::check_filter_value`]).
    Term,
    /// A year, four digits (a string or a number); ranges compare numbers.
    Year,
    /// A calendar day at the item's place (`YYYY-MM-DD`, or an RFC 3339 instant, or a year
    /// or a month standing for its days); ranges compare days.
    Date,
    /// A positive whole number in decimal (a string or a number); ranges compare numbers.
    Id,
    /// A string matched exactly as stored.
    Exact,
    /// Free text: searched with a text query, never filtered by value, only tested for
    /// presence.
    Text,
}

/// Where the catalog keeps a field (crates/search: `CatalogItem` and the catalog's columns).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Storage {
    /// A bitmap per value of the dimension (`CatalogItem::values`); a source's bitmap
    /// includes its units' items.
    Terms(Dimension),
    /// The entry's local date (`CatalogItem::date`); entries are ordered by instant.
    Date,
    /// The item id (the catalog's position of each id).
    Id,
    /// The entry's place (`CatalogItem::place`; empty: none).
    Place,
    /// The hash of the slug of the item's address (`CatalogItem::slug`).
    Url,
    /// Bit `n` of the entry's flags: whether the text field holds something
    /// (`CatalogItem::title_key`, `has_summary`, `has_body`).
    Flag(u8),
}

/// How a field is counted in a facet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Facet {
    /// It cannot be a facet.
    None,
    /// Items per value; on pages, the biggest first.
    Terms,
    /// Items per value; on pages, the newest year first.
    Years,
    /// Items per year, month or day (the facet's `interval`, required); by default the
    /// oldest first.
    Dates,
}

/// The JSON schema of a field among an item's `fields`, as the OpenAPI document shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// Not described by the document (it shows what it is in the responses).
    Undescribed,
    /// `{"slug": …}`, the slug one of the site's values of the field.
    TermRef,
    /// `{"id": …, "name": …}`, the id one of the site's languages.
    LanguageRef,
}

/// One row of [`FIELDS`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldSpec {
    pub field: Field,
    /// The name in query strings and the API.
    pub name: &'static str,
    pub kind: Kind,
    pub storage: Storage,
    pub facet: Facet,
    /// The English heading above its facet on pages.
    pub label: &'static str,
    /// Whether a text query can search it (taxonomy fields by the names of their values,
    /// in every language).
    pub searchable: bool,
    pub shape: Shape,
}

/// The rows, in the order of [`Field`] (checked when compiling).
const TABLE: [FieldSpec; 14] = [
    FieldSpec {
        field: Field::Id,
        name: "id",
        kind: Kind::Id,
        storage: Storage::Id,
        facet: Facet::None,
        label: "Id",
        searchable: false,
        shape: Shape::Undescribed,
    },
    FieldSpec {
        field: Field::Type,
        name: "type",
        kind: Kind::Term,
        storage: Storage::Terms(Dimension::Type),
        facet: Facet::Terms,
        label: "Type",
        searchable: false,
        shape: Shape::TermRef,
    },
    FieldSpec {
        field: Field::Language,
        name: "language",
        kind: Kind::Term,
        storage: Storage::Terms(Dimension::Language),
        facet: Facet::Terms,
        label: "Language",
        searchable: false,
        shape: Shape::LanguageRef,
    },
    FieldSpec {
        field: Field::Title,
        name: "title",
        kind: Kind::Text,
        storage: Storage::Flag(0),
        facet: Facet::None,
        label: "Title",
        searchable: true,
        shape: Shape::Undescribed,
    },
    FieldSpec {
        field: Field::Summary,
        name: "summary",
        kind: Kind::Text,
        storage: Storage::Flag(1),
        facet: Facet::None,
        label: "Summary",
        searchable: true,
        shape: Shape::Undescribed,
    },
    FieldSpec {
        field: Field::Body,
        name: "body",
        kind: Kind::Text,
        storage: Storage::Flag(2),
        facet: Facet::None,
        label: "Body",
        searchable: true,
        shape: Shape::Undescribed,
    },
    FieldSpec {
        field: Field::Date,
        name: "date",
        kind: Kind::Date,
        storage: Storage::Date,
        facet: Facet::Dates,
        label: "Date",
        searchable: false,
        shape: Shape::Undescribed,
    },
    FieldSpec {
        field: Field::Place,
        name: "place",
        kind: Kind::Exact,
        storage: Storage::Place,
        facet: Facet::None,
        label: "Place",
        searchable: false,
        shape: Shape::Undescribed,
    },
    FieldSpec {
        field: Field::Source,
        name: "source",
        kind: Kind::Term,
        storage: Storage::Terms(Dimension::Source),
        facet: Facet::Terms,
        label: "Source",
        searchable: true,
        shape: Shape::Undescribed,
    },
    FieldSpec {
        field: Field::FieldOfWork,
        name: "field_of_work",
        kind: Kind::Term,
        storage: Storage::Terms(Dimension::FieldOfWork),
        facet: Facet::Terms,
        label: "Field of work",
        searchable: true,
        shape: Shape::Undescribed,
    },
    FieldSpec {
        field: Field::Country,
        name: "country",
        kind: Kind::Term,
        storage: Storage::Terms(Dimension::Country),
        facet: Facet::Terms,
        label: "Country",
        searchable: true,
        shape: Shape::Undescribed,
    },
    FieldSpec {
        field: Field::Meeting,
        name: "meeting",
        kind: Kind::Term,
        storage: Storage::Terms(Dimension::Meeting),
        facet: Facet::Terms,
        label: "Meeting series",
        searchable: true,
        shape: Shape::Undescribed,
    },
    FieldSpec {
        field: Field::Year,
        name: "year",
        kind: Kind::Year,
        storage: Storage::Terms(Dimension::Year),
        facet: Facet::Years,
        label: "Year",
        searchable: false,
        shape: Shape::Undescribed,
    },
    FieldSpec {
        field: Field::Url,
        name: "url",
        kind: Kind::Exact,
        storage: Storage::Url,
        facet: Facet::None,
        label: "Url",
        searchable: false,
        shape: Shape::Undescribed,
    },
];

/// Every filterable field of an item: the one description the parsers, the validator, the
/// catalog's evaluator and facet counts, the pages and the OpenAPI document read.
///
/// # Adding a field
///
/// Say, `meeting` (the meeting series an item belongs to), were it not there:
///
/// 1. Here: a variant of [`Field`] and its row, in the same place (`Meeting`, name
///    `"meeting"`, [`Kind::Term`], [`Storage::Terms`]`(Dimension::Meeting)`,
///    [`Facet::Terms`], label `"Meeting series"`, searchable, its [`Shape`]). A field kept
///    as taxonomy terms also gets its variant of [`Dimension`] (the name of its storage);
///    a row out of place, or a dimension without a row, does not compile.
/// 2. Its storage: the values the catalog is given (`CatalogItem::values` for terms,
///    filled by the web crate's catalog loader from the database) and, for a term, the
///    site vocabulary its values are checked against and labelled by
///    ([`SiteDefinition::vocabulary`], `check_filter_value`, `filter_value_label`). A field
///    kept elsewhere than terms needs its column in the catalog and its case in the
///    evaluator's match on [`Storage`].
///
/// Nothing else: the API then parses, validates, filters and counts it, the newsroom's
/// query strings accept it as a key (if it is a term), facets head it with its label, and
/// the OpenAPI document lists it. What an item's JSON carries for it (the API's item view)
/// and whether the full-text index searches its names are separate: they show the item,
/// they do not filter it.
pub static FIELDS: &[FieldSpec] = &TABLE;

// Each row is in the place of its field, every term (and year) is kept as terms, and
// every dimension has its row.
const _: () = {
    let mut i = 0;
    while i < TABLE.len() {
        assert!(
            TABLE[i].field as usize == i,
            "FIELDS is in the order of Field"
        );
        if matches!(TABLE[i].kind, Kind::Term | Kind::Year) {
            assert!(
                matches!(TABLE[i].storage, Storage::Terms(_)),
                "terms are kept as terms"
            );
        }
        i += 1;
    }
    let mut d = 0;
    while d < Dimension::ALL.len() {
        Dimension::ALL[d].field();
        d += 1;
    }
};

impl Field {
    /// Every field, in the order of [`FIELDS`].
    pub const ALL: [Field; TABLE.len()] = {
        let mut out = [Field::Id; TABLE.len()];
        let mut i = 0;
        while i < TABLE.len() {
            out[i] = TABLE[i].field;
            i += 1;
        }
        out
    };

    /// The fields a text query searches when it does not name any.
    pub const DEFAULT_SEARCH: [Field; 3] = [Field::Title, Field::Summary, Field::Body];

    /// The field's row of [`FIELDS`].
    pub const fn spec(self) -> &'static FieldSpec {
        &TABLE[self as usize]
    }

    /// The name used in the API.
    pub fn name(self) -> &'static str {
        self.spec().name
    }

    pub fn from_name(name: &str) -> Option<Field> {
        FIELDS.iter().find(|s| s.name == name).map(|s| s.field)
    }

    pub fn kind(self) -> Kind {
        self.spec().kind
    }

    /// The taxonomy dimension behind the field, if it is one.
    pub fn dimension(self) -> Option<Dimension> {
        match self.spec().storage {
            Storage::Terms(dim) => Some(dim),
            _ => None,
        }
    }

    pub fn from_dimension(dim: Dimension) -> Field {
        dim.field()
    }

    /// Whether a condition can test the field for given values.
    pub fn takes_values(self) -> bool {
        self.kind() != Kind::Text
    }

    /// Whether a condition can test the field against a range.
    pub fn takes_range(self) -> bool {
        matches!(self.kind(), Kind::Date | Kind::Year | Kind::Id)
    }

    /// Whether values of the field can be counted in a facet (`date` needs an interval).
    pub fn is_facetable(self) -> bool {
        self.spec().facet != Facet::None
    }

    /// Whether a text query can search the field (taxonomy fields by the names of their
    /// values, in every language).
    pub fn is_searchable(self) -> bool {
        self.spec().searchable
    }
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FieldSpec {
    /// The JSON schema of the field among an item's `fields` in the OpenAPI document of
    /// `site` (`None`: the document does not describe it).
    pub fn schema(&self, site: &SiteDefinition) -> Option<Value> {
        let values = || match self.field.dimension() {
            Some(dim) => site.vocabulary(dim),
            None => Vec::new(),
        };
        match self.shape {
            Shape::Undescribed => None,
            Shape::TermRef => Some(json!({
                "type": "object", "properties": { "slug": { "enum": values() } }
            })),
            Shape::LanguageRef => Some(json!({
                "type": "object", "required": ["id", "name"], "properties": {
                    "id": { "enum": values() }, "name": { "type": "string" } }
            })),
        }
    }
}

impl Dimension {
    /// The dimensions in the order of the facets of pages.
    pub const ALL: [Dimension; 7] = [
        Dimension::Type,
        Dimension::FieldOfWork,
        Dimension::Country,
        Dimension::Source,
        Dimension::Meeting,
        Dimension::Language,
        Dimension::Year,
    ];

    /// The field kept as this dimension's terms.
    pub const fn field(self) -> Field {
        let mut i = 0;
        while i < TABLE.len() {
            if let Storage::Terms(d) = TABLE[i].storage
                && d as usize == self as usize
            {
                return TABLE[i].field;
            }
            i += 1;
        }
        // Unreachable: checked for every dimension when compiling (above).
        panic!("a dimension without its row in FIELDS")
    }

    /// The name used in query strings and the API.
    pub fn key(self) -> &'static str {
        self.field().name()
    }

    /// The English heading shown above the facet.
    pub fn label(self) -> &'static str {
        self.field().spec().label
    }

    pub fn from_key(key: &str) -> Option<Dimension> {
        Field::from_name(key).and_then(Field::dimension)
    }
}

impl fmt::Display for Dimension {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}
