//! Builds the in-memory catalog from the store, with the site definition's knowledge of
//! structure ancestry and the item's local date and year; and applies changed items to it.

use std::collections::HashMap;

use jiff::tz::TimeZone;
use model::{Dimension, ItemId, SiteDefinition};
use search::{Catalog, CatalogItem};
use store::{CatalogRow, Store, StoreError, TermKind};

/// Time zones by name, looked up once.
#[derive(Default)]
struct Zones(HashMap<String, TimeZone>);

impl Zones {
    fn get(&mut self, name: &str) -> TimeZone {
        self.0
            .entry(name.to_owned())
            .or_insert_with(|| TimeZone::get(name).unwrap_or(TimeZone::UTC))
            .clone()
    }
}

/// What the catalog holds of one stored item.
fn catalog_item(site: &SiteDefinition, zones: &mut Zones, row: CatalogRow) -> CatalogItem {
    let date = zones
        .get(&row.time_zone)
        .to_datetime(row.published_at)
        .date();
    let mut values = Vec::with_capacity(row.terms.len() + 6);
    values.push((Dimension::Type, row.item_type));
    values.push((Dimension::Language, row.language));
    values.push((Dimension::Year, date.year().to_string()));
    for (kind, slug) in row.terms {
        match kind {
            TermKind::Source => match site.structure_index(&slug) {
                Some(idx) => values.extend(
                    site.structure_with_ancestors(idx)
                        .map(|s| (Dimension::Source, s.to_string())),
                ),
                None => values.push((Dimension::Source, slug)),
            },
            TermKind::FieldOfWork => values.push((Dimension::FieldOfWork, slug)),
            TermKind::Country => values.push((Dimension::Country, slug)),
            TermKind::Meeting => values.push((Dimension::Meeting, slug)),
        }
    }
    CatalogItem {
        id: row.id,
        published_at: row.published_at,
        status: row.status,
        embargo_until: row.embargo_until,
        values,
        date,
        title_key: search::title_key(&row.title),
        slug: row.slug,
        place: row.place,
        has_summary: row.has_summary,
        has_body: row.has_body,
    }
}

/// The catalog of every item in the store.
pub async fn load_catalog(store: &Store, site: &SiteDefinition) -> Result<Catalog, StoreError> {
    let mut catalog = Catalog::new();
    let mut zones = Zones::default();
    let mut failure: Option<StoreError> = None;
    store
        .scan_catalog(|row| {
            if failure.is_some() {
                return;
            }
            let item = catalog_item(site, &mut zones, row);
            if let Err(e) = catalog.push(&item) {
                failure = Some(StoreError::Corrupt(e.to_string()));
            }
        })
        .await?;
    if let Some(e) = failure {
        return Err(e);
    }
    catalog.finish();
    Ok(catalog)
}

/// `catalog` with the items of `changed` as the store holds them now (an item that is no
/// longer stored leaves the catalog). The merge (one pass over every entry) runs on a
/// blocking thread, not on the threads that answer requests.
pub async fn update_catalog(
    store: &Store,
    site: &SiteDefinition,
    catalog: std::sync::Arc<Catalog>,
    changed: Vec<ItemId>,
) -> Result<Catalog, StoreError> {
    let mut zones = Zones::default();
    let items: Vec<CatalogItem> = store
        .catalog_rows(&changed)
        .await?
        .into_iter()
        .map(|row| catalog_item(site, &mut zones, row))
        .collect();
    tokio::task::spawn_blocking(move || catalog.with_changes(&changed, &items))
        .await
        .map_err(|e| StoreError::Corrupt(format!("the catalog update failed: {e}")))?
        .map_err(|e| StoreError::Corrupt(e.to_string()))
}
