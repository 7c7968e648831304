//! Translated pages joined to their originals. A page that names the page it translates
//! waits until every other input of the run is written, so that the order of the files does
//! not matter; it then joins the translation group of the item imported from that address,
//! in this run or in an earlier one (the store keeps the old addresses of items). A page
//! whose original no import brought in is imported alone and reported with that address.

use std::collections::HashMap;

use import::page::{Original, Warning, WarningKind};
use model::ItemId;
use serde::Serialize;

use super::{Importer, Pending};

/// What the report says of a translated page.
#[derive(Debug, Clone, Serialize)]
pub(super) struct Link {
    /// The original's address, as the page names it.
    pub address: String,
    /// How the page names it.
    pub found_by: &'static str,
    pub outcome: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub original_item_id: Option<i64>,
    /// The input of this run the original was read from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub original_source: Option<String>,
}

pub(super) const JOINED: &str = "in the translation group of its original";
pub(super) const WOULD_JOIN: &str = "would be in the translation group of its original";
pub(super) const NOT_IMPORTED: &str = "translation of an address not imported";
/// The store changes no stored item's translation group: a page imported alone before its
/// original stays alone.
pub(super) const STAYS_APART: &str =
    "imported earlier without its original: it stays out of the original's translation group";

/// A translated page waiting for the end of the run.
pub(super) struct Deferred {
    pub pending: Pending,
    pub original: Original,
}

/// The items of this run by the path of their old address: the input each was read from,
/// and its id (none for an item a dry run would create).
#[derive(Default)]
pub(super) struct RunAddresses {
    by_path: HashMap<String, (String, Option<ItemId>)>,
}

impl RunAddresses {
    pub fn insert(&mut self, address: &str, source: &str, id: Option<ItemId>) {
        self.by_path.insert(key(address), (source.to_owned(), id));
    }

    fn get(&self, address: &str) -> Option<&(String, Option<ItemId>)> {
        self.by_path.get(&key(address))
    }
}

/// What addresses are matched by: the path with its query, without a trailing slash
/// ("https://www.osce.org/minsk/50123/" and "http://osce.org/minsk/50123" are one page).
fn key(address: &str) -> String {
    let path = store::address_path(address);
    let (path, query) = match path.split_once('?') {
        Some((p, q)) => (p, Some(q)),
        None => (path.as_str(), None),
    };
    let trimmed = path.trim_end_matches('/');
    let mut k = if trimmed.is_empty() {
        "/".to_owned()
    } else {
        trimmed.to_owned()
    };
    if let Some(q) = query {
        k.push('?');
        k.push_str(q);
    }
    k
}

impl Importer<'_> {
    /// Holds a translated page until the originals of the run are written.
    pub(super) fn defer(&mut self, pending: Pending, original: Original) {
        self.deferred.push(Deferred { pending, original });
    }

    /// Writes the translated pages of the run, each in the translation group of its
    /// original when one was imported from the address it names.
    pub(super) async fn link_translations(&mut self) -> anyhow::Result<()> {
        self.flush().await?;
        for Deferred {
            mut pending,
            original,
        } in std::mem::take(&mut self.deferred)
        {
            let address = original.address;
            let mut link = Link {
                address: address.clone(),
                found_by: original.found_by.describe(),
                outcome: NOT_IMPORTED,
                original_item_id: None,
                original_source: None,
            };
            let (found, id) = match self.run_addresses.get(&address) {
                Some((source, id)) => {
                    link.original_source = Some(source.clone());
                    (true, *id)
                }
                None => {
                    let id = self.stored_item_at(&address).await?;
                    (id.is_some(), id)
                }
            };
            if found {
                link.original_item_id = id.map(|i| i.0);
                link.outcome = if self.dry_run { WOULD_JOIN } else { JOINED };
                match id {
                    // Left as it is stored: naming the original would only make a revision.
                    Some(id) if self.stored_apart(&pending, id).await? => {
                        link.outcome = STAYS_APART;
                    }
                    _ => pending.item.translation_of = id,
                }
                let of = link.original_source.as_deref().map_or_else(
                    || format!("item {}", id.map_or(0, |i| i.0)),
                    |s| format!("{s} ({address})"),
                );
                pending.warnings.push(Warning::new(
                    WarningKind::Translation,
                    format!("translation of {of}, {}: {}", link.found_by, link.outcome),
                ));
            } else {
                pending.warnings.push(Warning::new(
                    WarningKind::OriginalNotImported,
                    format!(
                        "{NOT_IMPORTED}: {address} ({}); imported alone",
                        link.found_by
                    ),
                ));
            }
            pending.translation = Some(link);
            self.add(pending, None).await?;
        }
        self.flush().await
    }

    /// The stored item imported from an address, with or without a trailing slash.
    async fn stored_item_at(&self, address: &str) -> anyhow::Result<Option<ItemId>> {
        let k = key(address);
        for candidate in [k.clone(), format!("{k}/")] {
            if let Some(id) = self.store.item_by_address(&candidate).await? {
                return Ok(Some(id));
            }
        }
        Ok(None)
    }

    /// Whether the page's item is already stored outside the translation group of
    /// `original` (imported alone by an earlier run).
    async fn stored_apart(&self, pending: &Pending, original: ItemId) -> anyhow::Result<bool> {
        let Some(key) = pending.item.external_id.as_deref() else {
            return Ok(false);
        };
        let Some(existing) = self.store.item_id_by_external_id(key).await? else {
            return Ok(false);
        };
        if existing == original {
            return Ok(false);
        }
        let group = self.store.translations(existing).await?;
        Ok(!group.iter().any(|(id, _, _)| *id == original))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_match_by_path() {
        assert_eq!(key("https://www.osce.org/minsk/50123/"), "/minsk/50123");
        assert_eq!(key("http://osce.org/minsk/50123"), "/minsk/50123");
        assert_eq!(key("/minsk/50123#top"), "/minsk/50123");
        assert_eq!(key("https://www.osce.org/node?id=5"), "/node?id=5");
        assert_eq!(key("https://www.osce.org/"), "/");
    }

    #[test]
    fn the_run_finds_its_originals() {
        let mut run = RunAddresses::default();
        run.insert(
            "https://www.osce.org/minsk/50123",
            "pages/en.html",
            Some(ItemId(4)),
        );
        assert_eq!(
            run.get("http://www.osce.org/minsk/50123/"),
            Some(&("pages/en.html".to_owned(), Some(ItemId(4))))
        );
        assert_eq!(run.get("https://www.osce.org/minsk/50124"), None);
    }
}
