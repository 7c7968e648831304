//! A node starts from the catalog it kept (`catalog.snapshot` in its data dir) and the
//! database's changes since, and shows exactly what a node reading every item from the
//! database shows: what was withdrawn while it was down stays hidden, an embargo that ended
//! while it was down is over, and a snapshot that is damaged or belongs to another database
//! is not used.

mod common;

use std::sync::Arc;

use common::*;
use model::query::Condition;
use model::{Dimension, ItemStatus};
use publishing::catalog_snapshot::{Origin, SNAPSHOT_FILE, SnapshotPlace, starting_catalog};

/// Everything a reader can see of a catalog at `now`: every item in order, and the counts.
fn seen(catalog: &search::Catalog, now: &str) -> String {
    let r = catalog.query(&search::Query {
        filter: &Condition::All(vec![]),
        now: now.parse().expect("instant"),
        offset: 0,
        limit: 1000,
        facets: &Dimension::ALL,
        text: None,
        order: search::Order::Newest,
    });
    format!("{r:?}")
}

/// The database URL of a test's app (its SQLite file, or its PostgreSQL database).
fn database_url(app: &TestApp) -> String {
    app.db.url.clone().unwrap_or_else(|| {
        format!(
            "sqlite://{}?mode=rwc",
            app.dir.path().join(store::DATABASE_FILE).display()
        )
    })
}

/// What `serve` would start with in the data dir `dir` now, and where it came from.
async fn start_from(dir: &std::path::Path, store: &store::Store) -> (search::Catalog, Origin) {
    let site = site();
    let place = Arc::new(SnapshotPlace::in_data_dir(dir, store).await.expect("place"));
    let upto = store.change_counter().await.expect("counter");
    starting_catalog(&place, store, &site, upto)
        .await
        .expect("catalog")
}

/// The catalog of every item read from the database.
async fn from_database(store: &store::Store) -> search::Catalog {
    publishing::catalog::load_catalog(store, &site())
        .await
        .expect("catalog")
}

#[tokio::test]
async fn a_restart_starts_from_the_snapshot_and_the_changes_made_while_down() {
    let app = TestApp::start_at("2026-03-01T12:00:00Z").await;
    let kept = item(
        "Border talks",
        "2026-02-10",
        &["secretariat"],
        &["policing"],
        &[],
    );
    let withdrawn = item("Withdrawn soon", "2026-02-11", &["secretariat"], &[], &[]);
    let mut embargoed = item(
        "Embargoed report",
        "2026-02-12",
        &["odihr"],
        &["elections"],
        &[],
    );
    embargoed.embargo_until = Some("2026-03-05T09:00:00Z".parse().expect("instant"));
    let ids = app.add(&[kept, withdrawn.clone(), embargoed]).await;
    app.state.save_snapshot().await;
    let snapshot = app.dir.path().join(SNAPSHOT_FILE);
    assert!(snapshot.exists(), "written when asked");

    // The node stops; while it is down, one item is withdrawn and another published.
    let url = database_url(&app);
    let TestApp {
        dir,
        state,
        router,
        db,
    } = app;
    drop((state, router));
    let store = store::Store::connect(&url).await.expect("connect");
    let current = store.item(ids[1]).await.expect("read").expect("there");
    let mut draft = withdrawn;
    draft.status = ItemStatus::Draft;
    store
        .save_item(
            ids[1],
            current.revision,
            &draft,
            &store::Actor::command_line(),
            "item.withdraw",
            "2026-03-02T08:00:00Z".parse().expect("instant"),
        )
        .await
        .expect("withdrawn");
    let added = store
        .insert_items(
            &[item(
                "Published while down",
                "2026-03-02",
                &["secretariat"],
                &["policing"],
                &[],
            )],
            "2026-03-02T09:00:00Z".parse().expect("instant"),
        )
        .await
        .expect("stored");

    let (catalog, origin) = start_from(dir.path(), &store).await;
    assert_eq!(origin, Origin::Snapshot { applied: 2 });
    let truth = from_database(&store).await;
    for now in [
        "2026-03-03T00:00:00Z",
        "2026-03-05T08:59:59Z",
        "2026-03-05T09:00:00Z",
        "2026-04-01T00:00:00Z",
    ] {
        assert_eq!(seen(&catalog, now), seen(&truth, now), "at {now}");
    }
    let after = seen(&catalog, "2026-04-01T00:00:00Z");
    assert!(
        after.contains(&format!("ItemId({})", added[0].0)),
        "{after}"
    );
    assert!(
        !after.contains(&format!("ItemId({})", ids[1].0)),
        "withdrawn: {after}"
    );
    let before_embargo = seen(&catalog, "2026-03-05T08:59:59Z");
    assert!(
        !before_embargo.contains(&format!("ItemId({})", ids[2].0)),
        "{before_embargo}"
    );

    // The whole node, opened again on its data dir, lists the same.
    let node = open(dir.path(), &db, site(), at("2026-03-06T00:00:00Z")).await;
    assert_eq!(
        seen(&node.catalog(), "2026-03-06T00:00:00Z"),
        seen(&truth, "2026-03-06T00:00:00Z")
    );
    drop(node);
    store.close().await;
    drop(db);
}

#[tokio::test]
async fn a_damaged_or_foreign_snapshot_is_not_used() {
    let app = TestApp::start().await;
    let kept = app
        .add(&[item("Kept", "2026-02-10", &["secretariat"], &[], &[])])
        .await;
    app.state.save_snapshot().await;
    let store = app.state.store.clone();
    let (_, origin) = start_from(app.dir.path(), &store).await;
    assert_eq!(origin, Origin::Snapshot { applied: 0 });

    let path = app.dir.path().join(SNAPSHOT_FILE);
    let good = std::fs::read(&path).expect("snapshot");
    let mut damaged = good.clone();
    let middle = damaged.len() / 2;
    damaged[middle] ^= 0x10;
    std::fs::write(&path, &damaged).expect("write");
    let (catalog, origin) = start_from(app.dir.path(), &store).await;
    assert_eq!(origin, Origin::Database("it is damaged"));
    let now = "2026-03-01T12:00:00Z";
    assert_eq!(seen(&catalog, now), seen(&from_database(&store).await, now));
    std::fs::write(&path, &good[..good.len() - 100]).expect("write");
    assert_eq!(
        start_from(app.dir.path(), &store).await.1,
        Origin::Database("it is damaged")
    );

    // Another site's node, on another database, is handed this snapshot: not its own.
    let other = TestApp::start().await;
    std::fs::write(other.dir.path().join(SNAPSHOT_FILE), &good).expect("write");
    let (catalog, origin) = start_from(other.dir.path(), &other.state.store).await;
    assert_eq!(
        origin,
        Origin::Database("it is of another version, database or site definition")
    );
    assert!(!seen(&catalog, now).contains(&format!("ItemId({})", kept[0].0)));
}
