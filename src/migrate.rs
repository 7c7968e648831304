//! `communique migrate`: create or upgrade the database, then exit.

use anyhow::Context;

use crate::cli::DataDirOpts;

pub async fn run(opts: DataDirOpts) -> anyhow::Result<()> {
    std::fs::create_dir_all(&opts.data_dir)
        .with_context(|| format!("cannot create the data dir {}", opts.data_dir.display()))?;
    let store = store::Store::open_data_dir(&opts.data_dir)
        .await
        .with_context(|| format!("cannot open the database in {}", opts.data_dir.display()))?;
    println!(
        "database is up to date ({} items)",
        store.count_items().await?
    );
    store.close().await;
    Ok(())
}
