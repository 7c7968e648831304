//! Imports by external key: created once, unchanged when the same, a new revision when not.

use communique_store::{Outcome, Store};
use jiff::Timestamp;
use model::{ItemStatus, LanguageCode, NewItem, Slug};

fn item(key: &str, title: &str) -> NewItem {
    NewItem {
        external_id: Some(key.to_owned()),
        item_type: Slug::parse("news").expect("slug"),
        language: LanguageCode::parse("en").expect("lang"),
        translation_of: None,
        title: title.to_owned(),
        summary: String::new(),
        body_html: "<p>Body; DROP TABLE items; -- 'quoted' \"text\"</p>".to_owned(),
        place: "Vienna".to_owned(),
        time_zone: "Europe/Vienna".to_owned(),
        published_at: "2024-01-01T10:00:00Z".parse().expect("instant"),
        status: ItemStatus::Published,
        embargo_until: None,
        sources: vec![Slug::parse("secretariat").expect("slug")],
        fields_of_work: vec![],
        countries: vec![],
        meetings: vec![],
        is_demo: false,
    }
}

#[tokio::test]
async fn upsert_is_idempotent_and_keeps_replaced_versions() {
    let dir = tempfile::tempdir().expect("dir");
    let store = Store::open_data_dir(dir.path()).await.expect("store");
    let now = Timestamp::UNIX_EPOCH;
    let first = store
        .upsert_items(&[item("a", "One"), item("b", "Two")], now)
        .await
        .expect("upsert");
    let (a, b) = match first[..] {
        [Outcome::Imported(a), Outcome::Imported(b)] => (a, b),
        _ => panic!("both new: {first:?}"),
    };
    let before = store.change_counter().await.expect("counter");
    let again = store
        .upsert_items(&[item("a", "One"), item("b", "Two")], now)
        .await
        .expect("upsert");
    assert_eq!(again, vec![Outcome::Unchanged(a), Outcome::Unchanged(b)]);
    let changed = store
        .upsert_items(&[item("a", "One, corrected")], now)
        .await
        .expect("upsert");
    assert_eq!(changed, vec![Outcome::Updated(a)]);
    let stored = store.item(a).await.expect("read").expect("exists");
    assert_eq!(stored.data.title, "One, corrected");
    assert_eq!(stored.revision, 2);
    assert_eq!(
        stored.data.body_html,
        item("a", "x").body_html,
        "SQL metacharacters are stored verbatim"
    );
    let revisions = store.revisions(a).await.expect("revisions");
    assert_eq!(revisions.len(), 1);
    assert_eq!(
        (revisions[0].0, revisions[0].2.as_str()),
        (1, "One"),
        "the replaced version is kept"
    );
    assert_eq!(
        store
            .changed_items(before, store.change_counter().await.expect("c"))
            .await
            .expect("ids"),
        vec![a]
    );
    assert_eq!(store.count_items().await.expect("count"), 2);
}

#[tokio::test]
async fn a_key_twice_in_one_batch_keeps_the_last_line() {
    let dir = tempfile::tempdir().expect("dir");
    let store = Store::open_data_dir(dir.path()).await.expect("store");
    let out = store
        .upsert_items(
            &[item("k", "First"), item("k", "Second")],
            Timestamp::UNIX_EPOCH,
        )
        .await
        .expect("upsert");
    assert_eq!(out[0], out[1]);
    let id = out[1].id();
    assert_eq!(
        store
            .item(id)
            .await
            .expect("read")
            .expect("exists")
            .data
            .title,
        "Second"
    );
    assert_eq!(store.count_items().await.expect("count"), 1);
    let predicted = store
        .predict_upsert(&[item("k", "Second"), item("k", "Third"), item("new", "x")])
        .await
        .expect("predict");
    assert_eq!(
        predicted,
        vec![
            Outcome::Unchanged(id),
            Outcome::Updated(id),
            Outcome::Imported(model::ItemId(0))
        ]
    );
}
