//! The history of the site definition: changes are kept in order, never edited, recorded only
//! on top of the latest one, and announced through the outbox (a rename with its items).

mod common;
use common::Fixture;

use std::collections::BTreeMap;

use communique_store::{Actor, StoreError};
use jiff::Timestamp;
use model::site_change::{SiteChange, TermTaxonomy};
use model::{HistDate, ItemStatus, LanguageCode, NewItem, Slug};

fn slug(s: &str) -> Slug {
    Slug::parse(s).expect("slug")
}

fn admin() -> Actor {
    Actor {
        user_id: None,
        name: "admin@example.org".to_owned(),
        address: "192.0.2.1".to_owned(),
    }
}

fn item(title: &str, source: &str) -> NewItem {
    NewItem {
        external_id: None,
        item_type: slug("news"),
        language: LanguageCode::parse("en").expect("lang"),
        translation_of: None,
        title: title.to_owned(),
        summary: String::new(),
        body_html: "<p>Text</p>".to_owned(),
        place: "Tirana".to_owned(),
        time_zone: "Europe/Tirane".to_owned(),
        published_at: "2026-01-05T09:00:00Z".parse().expect("instant"),
        status: ItemStatus::Published,
        embargo_until: None,
        sources: vec![slug(source)],
        fields_of_work: vec![],
        countries: vec![],
        meetings: vec![],
        is_demo: false,
    }
}

async fn changes_are_kept_in_order_and_only_on_top_of_the_latest(fixture: Fixture) {
    let store = fixture.store.clone();
    let now: Timestamp = "2026-11-29T10:00:00Z".parse().expect("instant");
    assert_eq!(store.last_site_change().await.expect("last"), 0);
    let add = SiteChange::AddTerm {
        taxonomy: TermTaxonomy::FieldOfWork,
        slug: slug("climate-security"),
        name: "Climate and security".into(),
        names: BTreeMap::new(),
    };
    let before = store.change_counter().await.expect("counter");
    let first = store
        .record_site_change(0, &add, &admin(), now)
        .await
        .expect("recorded");
    assert_eq!(first, 1);
    assert!(
        store.change_counter().await.expect("counter") > before,
        "serving processes are told"
    );

    // A change checked against definition 0 is refused now that 1 exists.
    let close = SiteChange::CloseStructure {
        slug: slug("presence-in-albania"),
        closed: HistDate::parse("2027").expect("date"),
    };
    match store.record_site_change(0, &close, &admin(), now).await {
        Err(StoreError::Conflict(m)) => assert!(m.contains("changed meanwhile"), "{m}"),
        other => panic!("expected a conflict, got {other:?}"),
    }
    assert_eq!(
        store
            .record_site_change(1, &close, &admin(), now)
            .await
            .expect("recorded"),
        2
    );

    let stored = store.site_changes().await.expect("read");
    let read: Vec<(i64, Option<&SiteChange>)> = stored
        .iter()
        .map(|c| (c.seq, c.change.as_ref().ok()))
        .collect();
    assert_eq!(read, vec![(1, Some(&add)), (2, Some(&close))]);
    assert_eq!(stored[0].author, "admin@example.org");
    assert_eq!(stored[0].made_at, now);

    let audit = store.audit_log(None, 10).await.expect("audit");
    assert!(
        audit.iter().any(|e| e.action == "site.change"
            && e.subject == "climate-security"
            && e.detail.contains("Climate and security")),
        "{audit:?}"
    );
    for sql in [
        "UPDATE site_changes SET author = 'x'",
        "DELETE FROM site_changes",
    ] {
        let message = sqlx::query(sql)
            .execute(store.pool())
            .await
            .expect_err("refused")
            .to_string();
        assert!(message.contains("cannot be changed"), "{message}");
    }
}

async fn a_rename_announces_the_items_filed_under_the_structure(fixture: Fixture) {
    let store = fixture.store.clone();
    let now: Timestamp = "2026-11-29T10:00:00Z".parse().expect("instant");
    let mut albania = Vec::new();
    for i in 0..3 {
        let a = store
            .create_item(
                &item(&format!("Albania {i}"), "presence-in-albania"),
                &admin(),
                now,
            )
            .await
            .expect("created");
        albania.push(a.id);
        store
            .create_item(
                &item(&format!("Skopje {i}"), "mission-to-skopje"),
                &admin(),
                now,
            )
            .await
            .expect("created");
    }
    let before = store.change_counter().await.expect("counter");
    let rename = SiteChange::RenameStructure {
        slug: slug("presence-in-albania"),
        from: HistDate::parse("2027-01-01").expect("date"),
        name: "Mission to Albania".into(),
        source: None,
        translations: BTreeMap::new(),
    };
    store
        .record_site_change(0, &rename, &admin(), now)
        .await
        .expect("recorded");
    let after = store.change_counter().await.expect("counter");
    assert_eq!(
        after,
        before + 1,
        "one outbox row, whatever the number of items"
    );
    assert!(
        store
            .changed_items(before, after)
            .await
            .expect("changed")
            .is_empty(),
        "the catalog has nothing to change"
    );
    let to_index = store.items_to_index(before, after).await.expect("to index");
    assert_eq!(to_index, albania, "exactly the renamed structure's items");
}

async fn a_database_a_newer_version_migrated_still_opens(fixture: Fixture) {
    let store = fixture.store.clone();
    // What a newer version leaves behind: a migration this one does not know.
    sqlx::query(
        "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) \
         VALUES (9999, 'from a newer version', TRUE, $1, 0)",
    )
    .bind(vec![0u8])
    .execute(store.pool())
    .await
    .expect("inserted");
    store.close().await;
    let again = fixture.reopen().await;
    assert!(again.is_ok(), "{:?}", again.err());
}

on_both_backends!(
    changes_are_kept_in_order_and_only_on_top_of_the_latest,
    a_rename_announces_the_items_filed_under_the_structure,
    a_database_a_newer_version_migrated_still_opens,
);
