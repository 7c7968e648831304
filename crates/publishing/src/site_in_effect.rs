//! The site definition in effect: the site files (the base) with the changes administrators
//! stored in the database applied over them.

use std::sync::Arc;

use model::SiteDefinition;
use store::Store;

/// The site definition in effect: the definition read from the site files (the base), with
/// the changes administrators made in the workspace applied over it.
#[derive(Debug)]
pub struct SiteInEffect {
    pub base: Arc<SiteDefinition>,
    pub definition: Arc<SiteDefinition>,
    /// The number of the last stored change applied (0: none).
    pub last_change: i64,
    /// Stored changes that no longer apply to the base, with the reason.
    pub skipped: Vec<model::site_change::SkippedChange>,
}

impl SiteInEffect {
    /// The base definition with the stored changes applied.
    pub async fn load(base: Arc<SiteDefinition>, store: &Store) -> Result<Self, store::StoreError> {
        let stored = store.site_changes().await?;
        let last_change = stored.last().map_or(0, |c| c.seq);
        if stored.is_empty() {
            return Ok(SiteInEffect {
                definition: Arc::clone(&base),
                base,
                last_change,
                skipped: Vec::new(),
            });
        }
        let (definition, mut skipped) = base.with_changes(
            stored
                .iter()
                .filter_map(|c| c.change.as_ref().ok().map(|change| (c.seq, change))),
        );
        skipped.extend(stored.iter().filter_map(|c| {
            c.change
                .as_ref()
                .err()
                .map(|reason| model::site_change::SkippedChange {
                    seq: c.seq,
                    reason: reason.clone(),
                })
        }));
        skipped.sort_by_key(|s| s.seq);
        for s in &skipped {
            tracing::warn!(change = s.seq, reason = %s.reason, "a stored change to the site definition does not apply");
        }
        Ok(SiteInEffect {
            base,
            definition: Arc::new(definition),
            last_change,
            skipped,
        })
    }
}
