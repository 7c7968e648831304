//! Addresses items had on the old website, and the look-up of items an import may meet
//! again under another key.

use jiff::Timestamp;
use model::ItemId;

use crate::items::micros;
use crate::{Result, Store};

/// The path of an address, the key old links are matched by: without scheme and host,
/// with its query ("https://www.osce.org/odihr/123?x=1" → "/odihr/123?x=1").
pub fn address_path(url: &str) -> String {
    let rest = match url.find("://") {
        Some(i) => &url[i + 3..],
        None => return url.split('#').next().unwrap_or(url).to_owned(),
    };
    let path = rest.find('/').map_or("/", |i| &rest[i..]);
    path.split('#').next().unwrap_or(path).to_owned()
}

/// An item of the store as an import compares it with a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub id: ItemId,
    pub external_id: Option<String>,
    pub title: String,
    pub published_at: Timestamp,
}

impl Store {
    /// Items published between two instants (both included), to compare with a page an
    /// import reads: at most `limit`, newest first.
    pub async fn items_published_between(
        &self,
        from: Timestamp,
        to: Timestamp,
        limit: i64,
    ) -> Result<Vec<Candidate>> {
        let rows: Vec<(i64, Option<String>, String, i64)> = sqlx::query_as(
            "SELECT id, external_id, title, published_at FROM items \
             WHERE published_at >= $1 AND published_at <= $2 \
             ORDER BY published_at DESC, id DESC LIMIT $3",
        )
        .bind(micros(from))
        .bind(micros(to))
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter()
            .map(|(id, external_id, title, published)| {
                Ok(Candidate {
                    id: ItemId(id),
                    external_id,
                    title,
                    published_at: crate::items::instant(published)?,
                })
            })
            .collect()
    }

    /// The item an address of the old site was kept for.
    pub async fn item_by_address(&self, url_or_path: &str) -> Result<Option<ItemId>> {
        let row: Option<(i64,)> =
            sqlx::query_as("SELECT item_id FROM item_addresses WHERE path = $1")
                .bind(address_path(url_or_path))
                .fetch_optional(&self.pool)
                .await?;
        Ok(row.map(|r| ItemId(r.0)))
    }

    /// The old addresses kept for an item.
    pub async fn addresses_of(&self, id: ItemId) -> Result<Vec<String>> {
        let rows: Vec<(String,)> =
            sqlx::query_as("SELECT url FROM item_addresses WHERE item_id = $1 ORDER BY path")
                .bind(id.0)
                .fetch_all(&self.pool)
                .await?;
        Ok(rows.into_iter().map(|r| r.0).collect())
    }
}

/// Keeps an address for an item (an address moves to the item last imported from it).
pub(crate) async fn record_in(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    id: ItemId,
    url: &str,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO item_addresses (path, item_id, url) VALUES ($1, $2, $3) \
         ON CONFLICT (path) DO UPDATE SET item_id = excluded.item_id, url = excluded.url",
    )
    .bind(address_path(url))
    .bind(id.0)
    .bind(url)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_of_addresses() {
        assert_eq!(
            address_path("https://www.osce.org/odihr/123?x=1#top"),
            "/odihr/123?x=1"
        );
        assert_eq!(address_path("http://osce.org"), "/");
        assert_eq!(address_path("/sg/5"), "/sg/5");
    }
}
