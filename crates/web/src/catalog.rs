//! Builds the in-memory catalog from the store, with the site definition's knowledge of
//! structure ancestry and the item's local date and year.

use std::collections::HashMap;

use jiff::tz::TimeZone;
use model::{Dimension, SiteDefinition};
use search::{Catalog, CatalogItem};
use store::{Store, StoreError, TermKind};

pub async fn load_catalog(store: &Store, site: &SiteDefinition) -> Result<Catalog, StoreError> {
    let mut catalog = Catalog::new();
    let mut zones: HashMap<String, TimeZone> = HashMap::new();
    let mut failure: Option<StoreError> = None;
    store
        .scan_catalog(|row| {
            if failure.is_some() {
                return;
            }
            let tz = zones
                .entry(row.time_zone.clone())
                .or_insert_with(|| TimeZone::get(&row.time_zone).unwrap_or(TimeZone::UTC))
                .clone();
            let date = tz.to_datetime(row.published_at).date();
            let year = date.year();
            let mut values = Vec::with_capacity(row.terms.len() + 6);
            values.push((Dimension::Type, row.item_type));
            values.push((Dimension::Language, row.language));
            values.push((Dimension::Year, year.to_string()));
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
            let item = CatalogItem {
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
            };
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
