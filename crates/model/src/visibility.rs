//! The one rule that decides whether an item is public at an instant. Every public surface
//! (pages, listings, search, API, feeds, sitemaps, caches, exports) asks this and only this.

use jiff::Timestamp;

use crate::item::ItemStatus;

/// The facts about an item that decide its visibility.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Visibility {
    pub status: ItemStatus,
    /// The publication instant: a published item is not public before it.
    pub published_at: Timestamp,
    /// An embargo: the item is not public before this instant, whatever its status.
    pub embargo_until: Option<Timestamp>,
}

impl Visibility {
    pub fn is_public_at(&self, now: Timestamp) -> bool {
        matches!(self.status, ItemStatus::Published | ItemStatus::Scheduled)
            && self.published_at <= now
            && self.embargo_until.is_none_or(|e| e <= now)
    }

    /// The instant from which the item becomes public (if nothing changes), if any.
    pub fn public_from(&self) -> Option<Timestamp> {
        if !matches!(self.status, ItemStatus::Published | ItemStatus::Scheduled) {
            return None;
        }
        Some(match self.embargo_until {
            Some(e) if e > self.published_at => e,
            _ => self.published_at,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ts(s: &str) -> Timestamp {
        s.parse().expect("valid instant")
    }

    #[test]
    fn embargoed_item_is_hidden_until_its_instant() {
        let v = Visibility {
            status: ItemStatus::Published,
            published_at: ts("2026-01-01T00:00:00Z"),
            embargo_until: Some(ts("2026-02-01T09:00:00Z")),
        };
        assert!(!v.is_public_at(ts("2026-02-01T08:59:59Z")));
        assert!(v.is_public_at(ts("2026-02-01T09:00:00Z")));
        assert_eq!(v.public_from(), Some(ts("2026-02-01T09:00:00Z")));
    }

    #[test]
    fn only_published_items_are_public() {
        for status in [
            ItemStatus::Draft,
            ItemStatus::InReview,
            ItemStatus::Unpublished,
            ItemStatus::Archived,
        ] {
            let v = Visibility {
                status,
                published_at: ts("2000-01-01T00:00:00Z"),
                embargo_until: None,
            };
            assert!(!v.is_public_at(ts("2026-01-01T00:00:00Z")), "{status:?}");
            assert_eq!(v.public_from(), None);
        }
    }

    use proptest::prelude::*;

    proptest! {
        /// Indexes store `public_from` and compare it with the clock; that must agree with
        /// `is_public_at` for every status, publication instant, embargo and clock.
        #[test]
        fn public_from_agrees_with_is_public_at(
            status in prop::sample::select(ItemStatus::ALL.to_vec()),
            published in -1_000_000i64..1_000_000,
            embargo in prop::option::of(-1_000_000i64..1_000_000),
            now in -1_000_000i64..1_000_000,
        ) {
            let t = |s: i64| Timestamp::from_second(s).expect("in range");
            let v = Visibility { status, published_at: t(published), embargo_until: embargo.map(t) };
            prop_assert_eq!(v.is_public_at(t(now)), v.public_from().is_some_and(|f| f <= t(now)));
        }
    }

    #[test]
    fn scheduled_publication_waits_for_its_instant() {
        let v = Visibility {
            status: ItemStatus::Published,
            published_at: ts("2030-01-01T00:00:00Z"),
            embargo_until: None,
        };
        assert!(!v.is_public_at(ts("2029-12-31T23:59:59Z")));
        assert!(v.is_public_at(ts("2030-01-01T00:00:00Z")));
    }
}
