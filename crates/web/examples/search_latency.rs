//! Latency of the search engine itself (no HTTP): words + two filters + four facets, as the
//! search benchmark asks. Run on a data dir filled by `communique demo`:
//!
//!     cargo run --release -p communique-web --example search_latency -- DATA_DIR [WORDS] [RUNS]

use std::sync::Arc;
use std::time::Instant;

use communique_web as web;
use model::{Dimension, Filter, SiteDefinition, SystemClock};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let dir = args
        .next()
        .ok_or("usage: search_latency DATA_DIR [WORDS] [RUNS]")?;
    let words = args.next().unwrap_or_else(|| "training".to_owned());
    let runs: usize = args.next().map(|r| r.parse()).transpose()?.unwrap_or(200);
    let site_dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../site/osce");
    let site = Arc::new(SiteDefinition::load(&publishing::site_sources_from_dir(
        &site_dir,
    )?)?);
    let started = Instant::now();
    let state = publishing::open(std::path::Path::new(&dir), site, Arc::new(SystemClock))
        .await
        .map(web::AppState::new)?;
    println!(
        "opened in {:.1} s: {} documents in the index",
        started.elapsed().as_secs_f64(),
        state.text.num_docs()
    );

    let filter = Filter::new()
        .with(Dimension::Type, "press-release")
        .with(Dimension::FieldOfWork, "human-rights");
    let facets = [
        Dimension::Type,
        Dimension::Source,
        Dimension::Country,
        Dimension::Year,
    ];
    let mut times = Vec::with_capacity(runs);
    let mut text_times = Vec::with_capacity(runs);
    let mut total = 0;
    let mut matched = 0;
    // The first queries fault the index's pages into memory; measure the warm engine.
    for _ in 0..10 {
        let query = state.text.parse(&words, false)?;
        state.text.matches(query.as_ref())?;
    }
    for _ in 0..runs {
        let t = Instant::now();
        let query = state.text.parse(&words, false)?;
        let matches = state.text.matches(query.as_ref())?;
        text_times.push(t.elapsed().as_secs_f64() * 1000.0);
        matched = matches.len();
        let results = state.catalog().query(&search::Query {
            filter: &filter.condition(),
            now: jiff::Timestamp::now(),
            offset: 0,
            limit: 10,
            facets: &facets,
            text: Some(&matches),
            order: search::Order::Relevance,
        });
        times.push(t.elapsed().as_secs_f64() * 1000.0);
        total = results.total;
    }
    let mut plain = Vec::new();
    for _ in 0..runs {
        let t = Instant::now();
        state.catalog().query(&search::Query {
            filter: &filter.condition(),
            now: jiff::Timestamp::now(),
            offset: 0,
            limit: 10,
            facets: &facets,
            text: None,
            order: search::Order::Newest,
        });
        plain.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    plain.sort_by(f64::total_cmp);
    println!(
        "catalog alone (same filters and facets, no words): p50 {:.2} ms",
        plain[plain.len() / 2]
    );
    times.sort_by(f64::total_cmp);
    text_times.sort_by(f64::total_cmp);
    println!(
        "text index alone: {matched} matches, p50 {:.2} ms, p99 {:.2} ms",
        text_times[text_times.len() / 2],
        text_times[((text_times.len() as f64 * 0.99) as usize).min(text_times.len() - 1)]
    );
    let pct = |p: f64| times[((times.len() as f64 * p) as usize).min(times.len() - 1)];
    println!(
        "engine: words={words:?} type=press-release field_of_work=human-rights, 4 facets: total={total}"
    );
    println!(
        "engine: p50 {:.2} ms, p99 {:.2} ms over {runs} runs",
        pct(0.5),
        pct(0.99)
    );
    Ok(())
}
