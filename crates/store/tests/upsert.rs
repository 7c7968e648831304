//! Imports by external key: created once, unchanged when the same, a new revision when not.

mod common;
use common::Fixture;

use communique_store::Outcome;
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

async fn upsert_is_idempotent_and_keeps_replaced_versions(fixture: Fixture) {
    let store = fixture.store.clone();
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

async fn a_key_twice_in_one_batch_keeps_the_last_line(fixture: Fixture) {
    let store = fixture.store.clone();
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

/// An editor embargoes an imported item: running the same import again changes nothing,
/// and a changed source updates the content but keeps the embargo and the status.
async fn a_reimport_never_undoes_what_people_set_in_the_workspace(fixture: Fixture) {
    let store = fixture.store.clone();
    let now: Timestamp = "2026-12-01T10:00:00Z".parse().expect("instant");
    let source = item("osce-1", "Talks in Vienna");
    let [Outcome::Imported(id)] = store
        .upsert_items(std::slice::from_ref(&source), now)
        .await
        .expect("upsert")[..]
    else {
        panic!("imported");
    };
    // In the workspace: embargoed until tomorrow, by a person.
    let tomorrow: Timestamp = "2026-12-02T09:00:00Z".parse().expect("instant");
    let mut embargoed = source.clone();
    embargoed.embargo_until = Some(tomorrow);
    let editor = communique_store::Actor {
        user_id: Some(1),
        name: "ed@example.org".into(),
        address: "127.0.0.1".into(),
    };
    store
        .save_item(id, 1, &embargoed, &editor, "item.save", now)
        .await
        .expect("saved");
    let hidden = |item: &model::Item| !item.visibility().is_public_at(now);
    assert!(hidden(
        &store.item(id).await.expect("read").expect("exists")
    ));

    // The same import again: nothing changes.
    for run in [
        store.predict_upsert(std::slice::from_ref(&source)).await,
        store.upsert_items(std::slice::from_ref(&source), now).await,
    ] {
        assert_eq!(run.expect("upsert"), vec![Outcome::Unchanged(id)]);
    }
    let after = store.item(id).await.expect("read").expect("exists");
    assert_eq!(after.revision, 2);
    assert_eq!(after.data.embargo_until, Some(tomorrow));

    // The source changed: its content is a new revision, the embargo stays.
    let corrected = item("osce-1", "Talks in Vienna, corrected");
    assert_eq!(
        store
            .predict_upsert(std::slice::from_ref(&corrected))
            .await
            .expect("predict"),
        vec![Outcome::UpdatedKeepingState(id)]
    );
    assert_eq!(
        store
            .upsert_items(std::slice::from_ref(&corrected), now)
            .await
            .expect("upsert"),
        vec![Outcome::UpdatedKeepingState(id)]
    );
    let after = store.item(id).await.expect("read").expect("exists");
    assert_eq!(after.revision, 3);
    assert_eq!(after.data.title, "Talks in Vienna, corrected");
    assert_eq!(after.data.embargo_until, Some(tomorrow));
    assert!(hidden(&after), "still embargoed");
    // And again: unchanged, still embargoed.
    assert_eq!(
        store
            .upsert_items(std::slice::from_ref(&corrected), now)
            .await
            .expect("upsert"),
        vec![Outcome::Unchanged(id)]
    );
    assert_eq!(
        store
            .upsert_items(std::slice::from_ref(&item("osce-1", "Third")), now)
            .await
            .expect("upsert"),
        vec![Outcome::UpdatedKeepingState(id)],
        "the workspace's state outlives an import's update"
    );
    assert!(hidden(
        &store.item(id).await.expect("read").expect("exists")
    ));

    // An item nobody touched is still the import's to change entirely.
    let mut other = item("osce-2", "Untouched");
    store
        .upsert_items(std::slice::from_ref(&other), now)
        .await
        .expect("upsert");
    other.status = ItemStatus::Draft;
    let [Outcome::Updated(other_id)] = store
        .upsert_items(std::slice::from_ref(&other), now)
        .await
        .expect("upsert")[..]
    else {
        panic!("updated");
    };
    assert_eq!(
        store
            .item(other_id)
            .await
            .expect("read")
            .expect("exists")
            .data
            .status,
        ItemStatus::Draft
    );
}

/// Items imported before the source was recorded, then changed by people, are left alone
/// by an import of the same source.
async fn items_imported_by_an_older_version_keep_what_people_set(fixture: Fixture) {
    let store = fixture.store.clone();
    let now: Timestamp = "2026-12-01T10:00:00Z".parse().expect("instant");
    let source = item("old-1", "Archived talks");
    store
        .upsert_items(std::slice::from_ref(&source), now)
        .await
        .expect("upsert");
    let id = model::ItemId(
        store
            .item_id_by_external_id("old-1")
            .await
            .expect("read")
            .expect("exists")
            .0,
    );
    let mut unpublished = source.clone();
    unpublished.status = ItemStatus::Unpublished;
    let editor = communique_store::Actor {
        user_id: Some(1),
        name: "ed@example.org".into(),
        address: String::new(),
    };
    store
        .save_item(id, 1, &unpublished, &editor, "item.unpublish", now)
        .await
        .expect("saved");
    sqlx::query("UPDATE items SET source_hash = NULL, source_state = NULL")
        .execute(store.pool())
        .await
        .expect("as an older version left it");
    assert_eq!(
        store
            .upsert_items(std::slice::from_ref(&source), now)
            .await
            .expect("upsert"),
        vec![Outcome::Unchanged(id)]
    );
    assert_eq!(
        store
            .item(id)
            .await
            .expect("read")
            .expect("exists")
            .data
            .status,
        ItemStatus::Unpublished
    );
}

/// Only the workflow fields people changed are theirs: a typo fixed in the workspace does
/// not freeze the schedule, and a source that postpones its release postpones the item.
async fn a_reimport_keeps_only_the_workflow_fields_people_changed(fixture: Fixture) {
    let store = fixture.store.clone();
    let now: Timestamp = "2026-12-01T10:00:00Z".parse().expect("instant");
    let friday: Timestamp = "2026-12-04T09:00:00Z".parse().expect("instant");
    let monday: Timestamp = "2026-12-07T09:00:00Z".parse().expect("instant");
    let mut source = item("osce-sched", "Statement on the elections");
    source.status = ItemStatus::Scheduled;
    source.published_at = friday;
    let [Outcome::Imported(id)] = store
        .upsert_items(std::slice::from_ref(&source), now)
        .await
        .expect("upsert")[..]
    else {
        panic!("imported");
    };
    let editor = communique_store::Actor {
        user_id: Some(1),
        name: "ed@example.org".into(),
        address: String::new(),
    };
    let mut typo_fixed = source.clone();
    typo_fixed.title = "Statement on the elections.".into();
    store
        .save_item(id, 1, &typo_fixed, &editor, "item.save", now)
        .await
        .expect("saved");
    // The source postpones the release to Monday.
    let mut postponed = source.clone();
    postponed.published_at = monday;
    assert_eq!(
        store
            .upsert_items(std::slice::from_ref(&postponed), now)
            .await
            .expect("upsert"),
        vec![Outcome::Updated(id)],
        "no field people set differs from the source"
    );
    let after = store.item(id).await.expect("read").expect("exists");
    assert_eq!(
        after.data.published_at, monday,
        "the schedule follows the source"
    );
    assert_eq!(after.data.status, ItemStatus::Scheduled);

    // Now an editor moves it to Tuesday; the source's next change keeps Tuesday.
    let tuesday: Timestamp = "2026-12-08T09:00:00Z".parse().expect("instant");
    let mut moved = after.data.clone();
    moved.published_at = tuesday;
    store
        .save_item(id, after.revision, &moved, &editor, "item.save", now)
        .await
        .expect("saved");
    let mut corrected = postponed.clone();
    corrected.title = "Statement on the elections (corrected)".into();
    assert_eq!(
        store
            .upsert_items(std::slice::from_ref(&corrected), now)
            .await
            .expect("upsert"),
        vec![Outcome::UpdatedKeepingState(id)]
    );
    let after = store.item(id).await.expect("read").expect("exists");
    assert_eq!(after.data.published_at, tuesday, "the editor's date stays");
    assert_eq!(after.data.title, "Statement on the elections (corrected)");
}

on_both_backends!(
    upsert_is_idempotent_and_keeps_replaced_versions,
    a_key_twice_in_one_batch_keeps_the_last_line,
    a_reimport_never_undoes_what_people_set_in_the_workspace,
    items_imported_by_an_older_version_keep_what_people_set,
    a_reimport_keeps_only_the_workflow_fields_people_changed,
);
