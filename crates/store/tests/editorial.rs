//! Saves by people: revisions with authors, stale saves refused, history and old versions.

mod common;
use common::Fixture;

use communique_store::{Actor, SaveError};
use jiff::Timestamp;
use model::{ItemStatus, LanguageCode, NewItem, Slug};

fn draft(title: &str) -> NewItem {
    NewItem {
        external_id: None,
        item_type: Slug::parse("news").expect("slug"),
        language: LanguageCode::parse("en").expect("lang"),
        translation_of: None,
        title: title.to_owned(),
        summary: String::new(),
        body_html: "<p>Text with 'quotes'; DROP TABLE items; --</p>".to_owned(),
        place: "Vienna".to_owned(),
        time_zone: "Europe/Vienna".to_owned(),
        published_at: "2026-01-05T09:00:00Z".parse().expect("instant"),
        status: ItemStatus::Draft,
        embargo_until: None,
        sources: vec![Slug::parse("secretariat").expect("slug")],
        fields_of_work: vec![],
        countries: vec![],
        meetings: vec![],
        is_demo: false,
    }
}

fn person(name: &str) -> Actor {
    Actor {
        user_id: None,
        name: name.to_owned(),
        address: "192.0.2.9".to_owned(),
    }
}

async fn saves_make_revisions_and_a_stale_save_is_refused(fixture: Fixture) {
    let store = fixture.store.clone();
    let t0: Timestamp = "2026-01-05T08:00:00Z".parse().expect("instant");
    let t1: Timestamp = "2026-01-05T08:30:00Z".parse().expect("instant");
    let ann = person("ann@example.org");
    let bob = person("bob@example.org");

    let created = store
        .create_item(&draft("First title"), &ann, t0)
        .await
        .expect("created");
    assert_eq!(created.revision, 1);
    let before = store.change_counter().await.expect("counter");

    let mut second = draft("Second title");
    second.fields_of_work = vec![Slug::parse("elections").expect("slug")];
    let saved = store
        .save_item(created.id, 1, &second, &bob, "item.save", t1)
        .await
        .expect("saved");
    assert_eq!(saved.revision, 2);
    assert!(
        store.change_counter().await.expect("counter") > before,
        "the outbox saw it"
    );

    // Ann still has revision 1 open: her save is refused and shows what is there now.
    match store
        .save_item(
            created.id,
            1,
            &draft("Ann's late edit"),
            &ann,
            "item.save",
            t1,
        )
        .await
    {
        Err(SaveError::Stale(stale)) => {
            assert_eq!(stale.current.revision, 2);
            assert_eq!(stale.current.data.title, "Second title");
        }
        other => panic!("expected a stale save, got {other:?}"),
    }
    let now = store.item(created.id).await.expect("read").expect("exists");
    assert_eq!(now.data.title, "Second title", "nothing was overwritten");
    assert_eq!(
        now.data.body_html,
        "<p>Text with 'quotes'; DROP TABLE items; --</p>"
    );

    let history = store.history(created.id).await.expect("history");
    let summary: Vec<(i64, &str, &str)> = history
        .iter()
        .map(|r| (r.revision, r.author.as_str(), r.title.as_str()))
        .collect();
    assert_eq!(
        summary,
        vec![
            (2, "bob@example.org", "Second title"),
            (1, "ann@example.org", "First title")
        ]
    );
    assert_eq!(history[1].authored_at, t0);

    let old = store
        .item_at(created.id, 1)
        .await
        .expect("read")
        .expect("exists");
    assert_eq!(old.data.title, "First title");
    assert!(old.data.fields_of_work.is_empty());
    assert_eq!(
        old.data.sources,
        vec![Slug::parse("secretariat").expect("slug")]
    );
    assert!(store.item_at(created.id, 7).await.expect("read").is_none());

    let log = store.audit_log(None, 10).await.expect("log");
    let actions: Vec<(&str, &str)> = log
        .iter()
        .map(|e| (e.action.as_str(), e.actor.as_str()))
        .collect();
    assert_eq!(
        actions,
        vec![
            ("item.save", "bob@example.org"),
            ("item.create", "ann@example.org")
        ]
    );
}

on_both_backends!(saves_make_revisions_and_a_stale_save_is_refused,);
