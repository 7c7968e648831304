//! `communique migrate`: create or upgrade the database, then exit.

use crate::cli::DataDirOpts;

pub async fn run(opts: DataDirOpts) -> anyhow::Result<()> {
    use anyhow::Context as _;
    std::fs::create_dir_all(&opts.data_dir)
        .with_context(|| format!("cannot create the data dir {}", opts.data_dir.display()))?;
    let shown = opts.database_shown();
    let store = store::Store::connect(&opts.database_url())
        .await
        .with_context(|| format!("cannot open the database {shown}"))?;
    let applied = store
        .migrate()
        .await
        .with_context(|| format!("cannot migrate the database {shown}"))?
        .applied;
    let backend = store.backend().name();
    match applied {
        0 => println!("{backend} database {shown} is up to date"),
        1 => println!("{backend} database {shown}: applied 1 migration"),
        n => println!("{backend} database {shown}: applied {n} migrations"),
    }
    println!("{} items", store.count_items().await?);
    store.close().await;
    Ok(())
}
