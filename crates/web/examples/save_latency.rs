//! Saving items as the workspace does (a new revision with its author, audited), and the time
//! from publishing to visible in search, on a data dir filled by `communique demo`:
//!
//!     cargo run --release -p communique-web --example save_latency -- DATA_DIR [SAVES]

use std::sync::Arc;
use std::time::Instant;

use communique_web as web;
use model::{ItemStatus, LanguageCode, NewItem, SiteDefinition, Slug, SystemClock};

fn percentile(sorted: &[f64], p: f64) -> f64 {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let dir = args.next().ok_or("usage: save_latency DATA_DIR [SAVES]")?;
    let saves: usize = args.next().map(|r| r.parse()).transpose()?.unwrap_or(200);
    let site_dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../site/osce");
    let site = Arc::new(SiteDefinition::load(&publishing::site_sources_from_dir(
        &site_dir,
    )?)?);
    let state = publishing::open(std::path::Path::new(&dir), site, Arc::new(SystemClock))
        .await
        .map(web::AppState::new)?;
    println!("{} items in the store", state.store.count_items().await?);
    let actor = store::Actor {
        user_id: None,
        name: "bench@example.org".into(),
        address: "127.0.0.1".into(),
    };
    let word = format!("zebrafish{}", std::process::id());
    let mut item = NewItem {
        external_id: None,
        item_type: Slug::parse("press-release")?,
        language: LanguageCode::parse("en")?,
        translation_of: None,
        title: "Benchmark draft".into(),
        summary: String::new(),
        body_html: "<p>A paragraph of a press release, saved again and again.</p>".repeat(8),
        place: "Vienna".into(),
        time_zone: "Europe/Vienna".into(),
        published_at: jiff::Timestamp::now(),
        status: ItemStatus::Draft,
        embargo_until: None,
        sources: vec![Slug::parse("secretariat")?],
        fields_of_work: vec![Slug::parse("elections")?],
        countries: vec![Slug::parse("moldova")?],
        meetings: vec![],
        is_demo: true,
    };
    let saved = state
        .store
        .create_item(&item, &actor, jiff::Timestamp::now())
        .await?;
    let mut revision = saved.revision;
    let mut times = Vec::with_capacity(saves);
    for i in 0..saves {
        item.title = format!("Benchmark draft, version {i}");
        let t = Instant::now();
        let s = state
            .store
            .save_item(
                saved.id,
                revision,
                &item,
                &actor,
                "item.save",
                jiff::Timestamp::now(),
            )
            .await
            .map_err(|e| e.to_string())?;
        times.push(t.elapsed().as_secs_f64() * 1000.0);
        revision = s.revision;
    }
    times.sort_by(f64::total_cmp);
    println!(
        "save: p50 {:.2} ms, p99 {:.2} ms over {saves} saves",
        percentile(&times, 0.5),
        percentile(&times, 0.99)
    );

    // Publish, then bring the index and the catalog up to date as `serve` does each tick.
    item.title = format!("Published {word}");
    item.status = ItemStatus::Published;
    item.published_at = jiff::Timestamp::now();
    let t = Instant::now();
    state
        .store
        .save_item(
            saved.id,
            revision,
            &item,
            &actor,
            "item.publish",
            jiff::Timestamp::now(),
        )
        .await
        .map_err(|e| e.to_string())?;
    let written = t.elapsed();
    publishing::indexing::catch_up(
        &state.store,
        &state.site_in_effect().base,
        &state.text,
        state.clock.now(),
    )
    .await?;
    let indexed = t.elapsed();
    publishing::indexing::refresh_catalog(&state).await?;
    let listed = t.elapsed();
    let query = state.text.parse(&word, false)?;
    let found = state.text.matches(query.as_ref())?;
    let visible = state.catalog().query(&search::Query {
        filter: &model::Filter::new().condition(),
        now: jiff::Timestamp::now(),
        offset: 0,
        limit: 10,
        facets: &[],
        text: Some(&found),
        order: search::Order::Relevance,
    });
    println!(
        "publish → visible in search: {:.1} ms (written {:.1} ms, index {:.1} ms, catalog {:.1} ms), found {} result(s); serve applies changes every --reload-seconds (1 s)",
        listed.as_secs_f64() * 1000.0,
        written.as_secs_f64() * 1000.0,
        (indexed - written).as_secs_f64() * 1000.0,
        (listed - indexed).as_secs_f64() * 1000.0,
        visible.total
    );
    if visible.total != 1 {
        return Err("the published item is not found".into());
    }
    Ok(())
}
