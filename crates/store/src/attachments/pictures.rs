//! The pictures attached to an item (its gallery): rows of `item_media` with the role
//! `attachment`, added at the end and moved one place at a time. Taking one off is
//! [`Store::detach_media`]. Changes are audited as every change of an item's pictures is
//! (`item.media`).

use jiff::Timestamp;
use model::ItemId;

use super::MAX_ATTACHMENTS;
use crate::accounts::Actor;
use crate::media::{MediaId, announce_item, check_item_exists, check_media_exists};
use crate::{Result, Store, StoreError};

/// Which way an entry of a list moves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    /// One place nearer the start.
    Up,
    /// One place nearer the end.
    Down,
}

impl Move {
    /// "up", "down".
    pub fn as_str(self) -> &'static str {
        match self {
            Move::Up => "up",
            Move::Down => "down",
        }
    }

    /// The move named by [`Move::as_str`].
    pub fn parse(s: &str) -> Option<Move> {
        match s {
            "up" => Some(Move::Up),
            "down" => Some(Move::Down),
            _ => None,
        }
    }
}

/// Swaps `id` with its neighbour in `order`; whether it moved.
pub(super) fn moved(order: &mut [i64], id: i64, to: Move) -> bool {
    let Some(at) = order.iter().position(|x| *x == id) else {
        return false;
    };
    let other = match to {
        Move::Up if at > 0 => at - 1,
        Move::Down if at + 1 < order.len() => at + 1,
        _ => return false,
    };
    order.swap(at, other);
    true
}

impl Store {
    /// Attaches a picture of the library to an item, at the end of its gallery; whether it
    /// was added (not when it is attached already).
    pub async fn attach_picture(
        &self,
        item: ItemId,
        media: MediaId,
        actor: &Actor,
        now: Timestamp,
    ) -> Result<bool> {
        let (_turn, mut tx) = self.begin_write().await?;
        check_item_exists(&mut tx, item).await?;
        check_media_exists(&mut tx, media).await?;
        let (count, last, already): (i64, Option<i64>, i64) = sqlx::query_as(
            "SELECT COUNT(*), MAX(position), \
             COALESCE(SUM(CASE WHEN media_id = $2 THEN 1 ELSE 0 END), 0) \
             FROM item_media WHERE item_id = $1 AND role = 'attachment'",
        )
        .bind(item.0)
        .bind(media.0)
        .fetch_one(&mut *tx)
        .await?;
        if already > 0 {
            tx.commit().await?;
            return Ok(false);
        }
        if count >= MAX_ATTACHMENTS {
            return Err(StoreError::Invalid(format!(
                "the item already has {MAX_ATTACHMENTS} pictures attached"
            )));
        }
        sqlx::query(
            "INSERT INTO item_media (item_id, media_id, role, position) \
             VALUES ($1, $2, 'attachment', $3)",
        )
        .bind(item.0)
        .bind(media.0)
        .bind(last.map_or(0, |p| p + 1))
        .execute(&mut *tx)
        .await?;
        announce_item(&mut tx, item, now).await?;
        Store::audit_in(
            &mut tx,
            actor,
            now,
            "item.media",
            &format!("item {}", item.0),
            &format!("attachment: media {media}"),
        )
        .await?;
        tx.commit().await?;
        Ok(true)
    }

    /// Moves an attached picture one place up or down the item's gallery; whether it moved.
    pub async fn move_attached_picture(
        &self,
        item: ItemId,
        media: MediaId,
        to: Move,
        actor: &Actor,
        now: Timestamp,
    ) -> Result<bool> {
        let (_turn, mut tx) = self.begin_write().await?;
        let rows: Vec<(i64,)> = sqlx::query_as(
            "SELECT media_id FROM item_media WHERE item_id = $1 AND role = 'attachment' \
             ORDER BY position, media_id",
        )
        .bind(item.0)
        .fetch_all(&mut *tx)
        .await?;
        let mut order: Vec<i64> = rows.into_iter().map(|(id,)| id).collect();
        if !moved(&mut order, media.0, to) {
            tx.commit().await?;
            return Ok(false);
        }
        for (position, id) in order.iter().enumerate() {
            sqlx::query(
                "UPDATE item_media SET position = $1 \
                 WHERE item_id = $2 AND media_id = $3 AND role = 'attachment'",
            )
            .bind(i64::try_from(position).unwrap_or(i64::MAX))
            .bind(item.0)
            .bind(id)
            .execute(&mut *tx)
            .await?;
        }
        announce_item(&mut tx, item, now).await?;
        Store::audit_in(
            &mut tx,
            actor,
            now,
            "item.media",
            &format!("item {}", item.0),
            &format!("attachment moved {}: media {media}", to.as_str()),
        )
        .await?;
        tx.commit().await?;
        Ok(true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_entry_moves_one_place_within_the_list() {
        let mut order = vec![1, 2, 3];
        assert!(moved(&mut order, 2, Move::Up));
        assert_eq!(order, [2, 1, 3]);
        assert!(!moved(&mut order, 2, Move::Up), "already first");
        assert!(moved(&mut order, 1, Move::Down));
        assert_eq!(order, [2, 3, 1]);
        assert!(!moved(&mut order, 1, Move::Down), "already last");
        assert!(!moved(&mut order, 9, Move::Down), "not in the list");
        assert_eq!(Move::parse("down"), Some(Move::Down));
        assert_eq!(Move::parse("sideways"), None);
    }
}
