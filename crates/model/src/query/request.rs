//! The typed request: what the validator produces and the search engine answers.

use super::fields::Field;
use super::limits::DEFAULT_LIMIT;

/// A filter: a tree of conditions on the fields of items.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Condition {
    /// Every condition matches (an empty list matches every item).
    All(Vec<Condition>),
    /// At least one condition matches (an empty list matches no item).
    Any(Vec<Condition>),
    Not(Box<Condition>),
    /// The item has any of the values (`all: false`) or every one of them (`all: true`).
    /// Values are normalized (see the module documentation).
    Values {
        field: Field,
        values: Vec<String>,
        all: bool,
    },
    /// The item has a value within the inclusive bounds (`date`, `year`, `id`).
    Range {
        field: Field,
        from: Option<String>,
        to: Option<String>,
    },
    /// The item has a non-empty value in the field.
    Exists(Field),
}

/// A free-text query. Its value is handed to the search engine, which parses its syntax.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextQuery {
    pub value: String,
    /// The fields searched; [`Field::DEFAULT_SEARCH`] when the request names none.
    pub fields: Vec<Field>,
    /// Every word must match (`operator: AND`, the default) or any word (`OR`).
    pub all_words: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FacetSort {
    CountDesc,
    CountAsc,
    ValueAsc,
    ValueDesc,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Interval {
    Year,
    Month,
    Day,
}

/// Which items a facet counts (its own `filter`, if any, narrows them further).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Scope {
    /// The items matched by the request's query and filter.
    #[default]
    Default,
    /// The items matched by the query alone (the filter is ignored).
    Query,
    /// Every public item (query and filter ignored).
    Global,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetRequest {
    pub field: Field,
    /// The key of the facet in the response: the field's name unless given; unique.
    pub name: String,
    /// How many values to return, 1 to 1000 (default 10).
    pub limit: usize,
    /// Default: by count, largest first; for dates, oldest first.
    pub sort: FacetSort,
    pub filter: Option<Condition>,
    /// The width of the buckets of a `date` facet (required there, refused elsewhere).
    pub interval: Option<Interval>,
    pub scope: Scope,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortKey {
    Date,
    Title,
    Score,
    Id,
}

impl SortKey {
    pub fn name(self) -> &'static str {
        match self {
            SortKey::Date => "date",
            SortKey::Title => "title",
            SortKey::Score => "score",
            SortKey::Id => "id",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sort {
    pub key: SortKey,
    pub descending: bool,
}

/// How much of each item the response carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Profile {
    Minimal,
    #[default]
    List,
    Full,
}

/// A validated API request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiQuery {
    pub query: Option<TextQuery>,
    pub filter: Option<Condition>,
    pub facets: Vec<FacetRequest>,
    /// In order of precedence; empty: the engine's default order.
    pub sort: Vec<Sort>,
    pub include: Vec<Field>,
    pub exclude: Vec<Field>,
    /// 0 to 1000 (default 10); 0 returns only the total and the facets.
    pub limit: usize,
    /// 0 to 1,000,000.
    pub offset: usize,
    pub profile: Profile,
}

impl Default for ApiQuery {
    fn default() -> Self {
        ApiQuery {
            query: None,
            filter: None,
            facets: Vec::new(),
            sort: Vec::new(),
            include: Vec::new(),
            exclude: Vec::new(),
            limit: DEFAULT_LIMIT,
            offset: 0,
            profile: Profile::List,
        }
    }
}
