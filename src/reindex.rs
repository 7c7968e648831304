//! `communique reindex`: rebuild the search index of a data dir from its database.

use std::sync::Arc;

use anyhow::Context;
use indicatif::{ProgressBar, ProgressStyle};
use search::text::TextIndex;

use crate::cli::ReindexOpts;

pub async fn run(opts: ReindexOpts) -> anyhow::Result<()> {
    let base = Arc::new(crate::site::load(&opts.site)?);
    let dir = &opts.data.data_dir;
    if opts.data.database.is_none() && !dir.join(store::DATABASE_FILE).exists() {
        anyhow::bail!(
            "{} holds no database (run `communique serve` or `communique migrate` first)",
            dir.display()
        );
    }
    let store = opts.data.open_store().await?;
    // Stored changes that no longer apply are named before the long work starts.
    crate::site::in_effect(&base, &store).await?;
    let (index, _) = TextIndex::open(&dir.join(publishing::INDEX_DIR)).with_context(|| {
        format!(
            "cannot open the search index in {}",
            dir.join(publishing::INDEX_DIR).display()
        )
    })?;
    let index = Arc::new(index);
    let total = store.count_items().await?;
    let bar = ProgressBar::new(u64::try_from(total).unwrap_or(0));
    bar.set_style(
        ProgressStyle::with_template("{bar:40} {pos}/{len} items  {per_sec}  eta {eta}")
            .map_err(|e| anyhow::anyhow!("progress bar: {e}"))?,
    );
    let started = std::time::Instant::now();
    let n = publishing::indexing::rebuild(&store, &base, &index, jiff::Timestamp::now(), |done| {
        bar.set_position(done as u64)
    })
    .await?;
    bar.finish_and_clear();
    store.close().await;
    println!(
        "indexed {n} items in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}
