//! Renaming a structure from the workspace on a data dir filled by `communique demo`: the time
//! to record the change (one row, and its outbox row naming the structure), and the time until
//! search finds those items by the new name (the site definition read again, the items
//! re-indexed, the catalog refreshed, as `serve` does on its next tick):
//!
//!     cargo run --release -p communique-web --example site_change_latency -- DATA_DIR [SLUG]
//!
//! Each run adds a rename to the data dir's history (a new, unique name from a later day).

use std::sync::Arc;
use std::time::Instant;

use communique_web as web;
use model::site_change::SiteChange;
use model::{HistDate, SiteDefinition, Slug, SystemClock};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let dir = args
        .next()
        .ok_or("usage: site_change_latency DATA_DIR [SLUG]")?;
    let slug = Slug::parse(&args.next().unwrap_or_else(|| "odihr".into()))?;
    let site_dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../site/osce");
    let site = Arc::new(SiteDefinition::load(&publishing::site_sources_from_dir(
        &site_dir,
    )?)?);
    let state = publishing::open(std::path::Path::new(&dir), site, Arc::new(SystemClock))
        .await
        .map(web::AppState::new)?;
    println!("{} items in the store", state.store.count_items().await?);
    let in_effect = state.site_in_effect();
    let structure = in_effect
        .definition
        .structure(slug.as_str())
        .ok_or("unknown structure")?;
    // A day after the latest name, so that every run's rename is accepted.
    let latest = structure
        .current_name()
        .from
        .or(structure.opened)
        .map_or(jiff::civil::date(2000, 1, 1), |d| d.first_day);
    let from = latest.checked_add(jiff::Span::new().days(1))?;
    let word = format!("Quokka{}", std::process::id());
    let change = SiteChange::RenameStructure {
        slug: slug.clone(),
        from: HistDate::parse(&from.to_string())?,
        name: format!("{word} Office"),
        source: None,
        translations: Default::default(),
    };
    in_effect.definition.with_change(&change)?;
    let actor = store::Actor::command_line();
    let before = state.store.change_counter().await?;

    let t = Instant::now();
    state
        .store
        .record_site_change(
            in_effect.last_change,
            &change,
            &actor,
            jiff::Timestamp::now(),
        )
        .await?;
    let recorded = t.elapsed();
    let after = state.store.change_counter().await?;
    let items = state.store.items_to_index(before, after).await?.len();
    let t = Instant::now();
    publishing::indexing::apply_changes(&state).await?;
    let applied = t.elapsed();

    let query = state.text.parse(&word.to_lowercase(), false)?;
    let found = state.text.matches(query.as_ref())?;
    println!(
        "rename {slug}: recorded in {:.1} ms; site read, its {items} items re-indexed and catalog refreshed in {:.1} ms; search by the new name finds {} item(s)",
        recorded.as_secs_f64() * 1000.0,
        applied.as_secs_f64() * 1000.0,
        found.len()
    );
    if found.len() != items {
        return Err("search does not find every item of the renamed structure".into());
    }
    Ok(())
}
