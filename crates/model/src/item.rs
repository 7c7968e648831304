//! Items: press releases, news, statements… one row per language version.

use jiff::{Timestamp, tz::TimeZone};

use crate::ids::{ItemId, LanguageCode, Slug};
use crate::visibility::Visibility;

/// Where an item is in the editorial workflow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ItemStatus {
    Draft,
    InReview,
    /// Approved and waiting for its publication instant (and embargo).
    Scheduled,
    Published,
    Unpublished,
    Archived,
}

impl ItemStatus {
    pub const ALL: [ItemStatus; 6] = [
        ItemStatus::Draft,
        ItemStatus::InReview,
        ItemStatus::Scheduled,
        ItemStatus::Published,
        ItemStatus::Unpublished,
        ItemStatus::Archived,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ItemStatus::Draft => "draft",
            ItemStatus::InReview => "in-review",
            ItemStatus::Scheduled => "scheduled",
            ItemStatus::Published => "published",
            ItemStatus::Unpublished => "unpublished",
            ItemStatus::Archived => "archived",
        }
    }

    pub fn parse(s: &str) -> Result<Self, crate::ParseError> {
        Self::ALL
            .into_iter()
            .find(|st| st.as_str() == s)
            .ok_or_else(|| crate::ParseError(format!("'{s}' is not an item status")))
    }
}

/// An item as written: what every write path (forms, API, import, demo, sample content)
/// hands to the store.
#[derive(Debug, Clone, PartialEq)]
pub struct NewItem {
    pub external_id: Option<String>,
    pub item_type: Slug,
    pub language: LanguageCode,
    /// Another item of the same translation group, if this is a translation.
    pub translation_of: Option<ItemId>,
    pub title: String,
    pub summary: String,
    /// Sanitized HTML (see the render crate's sanitizer).
    pub body_html: String,
    pub place: String,
    /// IANA time zone of the place, e.g. "Europe/Minsk".
    pub time_zone: String,
    pub published_at: Timestamp,
    pub status: ItemStatus,
    pub embargo_until: Option<Timestamp>,
    /// Ordered: the first source is the main one.
    pub sources: Vec<Slug>,
    pub fields_of_work: Vec<Slug>,
    pub countries: Vec<Slug>,
    pub meetings: Vec<Slug>,
    pub is_demo: bool,
}

/// A stored item.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub id: ItemId,
    pub translation_group: i64,
    pub slug: Slug,
    pub revision: i64,
    pub updated_at: Timestamp,
    pub data: NewItem,
}

impl Item {
    pub fn visibility(&self) -> Visibility {
        self.data.visibility()
    }

    /// The canonical path of the item: built from its permanent id; the slug is cosmetic.
    pub fn path(&self) -> String {
        item_path(self.id, &self.slug)
    }
}

pub fn item_path(id: ItemId, slug: &Slug) -> String {
    format!("/items/{id}/{slug}")
}

impl NewItem {
    pub fn visibility(&self) -> Visibility {
        Visibility {
            status: self.status,
            published_at: self.published_at,
            embargo_until: self.embargo_until,
        }
    }

    /// The item's time zone; UTC when the stored name is unknown.
    pub fn tz(&self) -> TimeZone {
        TimeZone::get(&self.time_zone).unwrap_or(TimeZone::UTC)
    }

    /// The calendar date of publication at the item's place.
    pub fn local_date(&self) -> jiff::civil::Date {
        self.tz().to_datetime(self.published_at).date()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_round_trips() {
        for s in ItemStatus::ALL {
            assert_eq!(ItemStatus::parse(s.as_str()), Ok(s));
        }
        assert!(ItemStatus::parse("live").is_err());
    }
}
