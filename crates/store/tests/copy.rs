//! Copying a whole store into another: every table carried over with its values (items and
//! their revisions, accounts, sessions, tokens, the audit log, the glossary, the history of
//! the site definition, pictures, documents and attachments), SQLite to SQLite, SQLite to
//! PostgreSQL and back; the copy proved equal by the comparison; a target that holds
//! anything refused and left as it was; a copy that fails half-way leaving nothing behind.

mod common;
use common::Fixture;

use std::collections::BTreeMap;

use communique_store::{
    Actor, COPIED_TABLES, CopyError, MediaDescription, MediaFile, MediaRole, NewAttachment,
    NewDocument, NewMedia, NewTarget, Store, compare_stores, copy_store, digest_store,
};
use jiff::{SignedDuration, Timestamp};
use model::access::{Assignment, Role};
use model::site::GlossaryEntry;
use model::site_change::{SiteChange, TermTaxonomy};
use model::{ItemId, ItemStatus, LanguageCode, NewItem, Slug};

fn at(s: &str) -> Timestamp {
    s.parse().expect("instant")
}

fn slug(s: &str) -> Slug {
    Slug::parse(s).expect("slug")
}

fn lang(code: &str) -> LanguageCode {
    LanguageCode::parse(code).expect("lang")
}

fn item(title: &str, language: &str, external_id: Option<&str>) -> NewItem {
    NewItem {
        external_id: external_id.map(str::to_owned),
        item_type: slug("press-release"),
        language: lang(language),
        translation_of: None,
        title: title.to_owned(),
        summary: "Ein «Zusammenfassung» — with 'quotes'; DROP TABLE items; --".to_owned(),
        body_html: "<p>Text über Wien, Минск and 東京.</p>".to_owned(),
        place: "Vienna".to_owned(),
        time_zone: "Europe/Vienna".to_owned(),
        published_at: at("2026-01-05T09:00:00Z"),
        status: ItemStatus::Published,
        embargo_until: Some(at("2026-01-05T10:00:00.000123Z")),
        sources: vec![slug("secretariat"), slug("odihr")],
        fields_of_work: vec![slug("elections")],
        countries: vec![slug("serbia")],
        meetings: vec![],
        is_demo: false,
    }
}

/// What a store holds after a few weeks of use: a row in every table.
async fn fill(store: &Store) -> Vec<ItemId> {
    let now = at("2026-02-01T09:00:00Z");
    let cli = Actor::command_line();
    let admin = store
        .add_user("admin@example.org", Role::Admin, "hash-a", &[], &cli, now)
        .await
        .expect("admin");
    let officer = store
        .add_user(
            "officer@example.org",
            Role::PressOfficer,
            "hash-o",
            &[Assignment {
                structure: slug("mission-to-serbia"),
                may_publish: true,
            }],
            &cli,
            now,
        )
        .await
        .expect("officer");
    let ann = Actor::user(&admin, "192.0.2.9");
    store
        .create_session(
            "session-digest",
            &admin,
            "csrf",
            "192.0.2.9",
            now,
            now + SignedDuration::from_hours(12),
        )
        .await
        .expect("session");
    store
        .create_token(&officer, "press script", "token-digest", &ann, now)
        .await
        .expect("token");
    store
        .record_login_failure(
            &["account:nobody@example.org"],
            now,
            now - SignedDuration::from_hours(1),
        )
        .await
        .expect("failure");
    assert!(
        store
            .claim_login_attempt(
                "attempt-1",
                &[("address:192.0.2.7", 5)],
                now,
                now - SignedDuration::from_hours(1)
            )
            .await
            .expect("attempt")
            .is_none()
    );

    let first = store
        .create_item(&item("Elections observed", "en", None), &ann, now)
        .await
        .expect("created");
    let mut second_version = item("Elections observed in Serbia", "en", None);
    second_version.status = ItemStatus::Draft;
    second_version.embargo_until = None;
    let saved = store
        .save_item(
            first.id,
            1,
            &second_version,
            &ann,
            "item.save",
            now + SignedDuration::from_mins(5),
        )
        .await
        .expect("saved");
    let third_version = item("Elections observed in Serbia, 2026", "en", None);
    store
        .save_item(
            first.id,
            saved.revision,
            &third_version,
            &ann,
            "item.save",
            now + SignedDuration::from_mins(9),
        )
        .await
        .expect("saved again");
    let mut russian = item("Наблюдение за выборами", "ru", None);
    russian.translation_of = Some(first.id);
    russian.status = ItemStatus::Draft;
    let translation = store
        .create_translation(
            first.id,
            3,
            &russian,
            &ann,
            now + SignedDuration::from_mins(10),
        )
        .await
        .expect("translation");
    let imported = store
        .upsert_imports(
            &[item("Imported statement", "en", Some("old-site:42"))],
            &[Some(
                "https://www.osce.org/odihr/elections/42?lang=en".to_owned(),
            )],
            &[],
            now,
        )
        .await
        .expect("imported");
    let imported = match imported.first() {
        Some(communique_store::Outcome::Imported(id)) => *id,
        other => panic!("expected an import, got {other:?}"),
    };

    store
        .add_to_glossary(
            &[
                glossary(
                    "en",
                    "ODIHR",
                    "Office for Democratic Institutions and Human Rights",
                ),
                glossary(
                    "ru",
                    "БДИПЧ",
                    "Бюро по демократическим институтам и правам человека",
                ),
            ],
            now,
        )
        .await
        .expect("glossary");
    store
        .record_site_change(
            0,
            &SiteChange::AddTerm {
                taxonomy: TermTaxonomy::FieldOfWork,
                slug: slug("climate-security"),
                name: "Climate and security".into(),
                names: BTreeMap::new(),
            },
            &ann,
            now,
        )
        .await
        .expect("site change");
    store
        .set_state("copy-test", "a value")
        .await
        .expect("state");

    let hash = "0123456789abcdef";
    let picture = store
        .add_media(&picture(hash), &ann, now)
        .await
        .expect("picture");
    store
        .set_lead_image(first.id, Some(picture.id), &ann, now)
        .await
        .expect("lead");
    store
        .attach_media(imported, picture.id, MediaRole::Body, 2, &ann, now)
        .await
        .expect("body picture");
    let document = store
        .add_document(
            &NewDocument {
                hash: "fedcba9876543210".to_owned(),
                format: "pdf".to_owned(),
                bytes_size: 98_765,
                key: "fedcba9876543210.pdf".to_owned(),
            },
            &ann,
            now,
        )
        .await
        .expect("document");
    for (title, target) in [
        ("Final report", NewTarget::Document(document.id)),
        (
            "The mission's page",
            NewTarget::Link("https://www.osce.org/mission-to-serbia".to_owned()),
        ),
    ] {
        store
            .add_attachment(
                first.id,
                &NewAttachment {
                    title: title.to_owned(),
                    language: lang("en"),
                    target,
                },
                &ann,
                now,
            )
            .await
            .expect("attachment");
    }
    vec![first.id, translation.id, imported]
}

fn glossary(language: &str, abbr: &str, expansion: &str) -> communique_store::StoredAbbreviation {
    communique_store::StoredAbbreviation {
        language: language.to_owned(),
        entry: GlossaryEntry {
            abbr: abbr.to_owned(),
            expansion: expansion.to_owned(),
        },
        origin: "import: page.html".to_owned(),
        added_at: at("2026-01-10T10:00:00Z"),
    }
}

fn picture(hash: &str) -> NewMedia {
    NewMedia {
        hash: hash.to_owned(),
        format: "jpeg".to_owned(),
        width: 1000,
        height: 600,
        bytes_size: 123_456,
        original_key: format!("{hash}.jpg"),
        variants: vec![MediaFile {
            width: 400,
            height: 240,
            format: "webp".to_owned(),
            key: format!("{hash}-400.webp"),
        }],
        description: MediaDescription {
            language: lang("en"),
            alt: "Observers at a polling station".to_owned(),
            caption: "Belgrade, 2026".to_owned(),
            credit: "OSCE/Ann Example".to_owned(),
            // Values a 4-byte REAL would round: the copy keeps all 8 bytes.
            focal_x: 0.123_456_789_012_345_6,
            focal_y: 2.0 / 3.0,
        },
    }
}

/// The rows of every table, as counted by the comparison.
async fn rows_per_table(store: &Store) -> BTreeMap<&'static str, u64> {
    digest_store(store)
        .await
        .expect("digests")
        .into_iter()
        .map(|d| (d.table, d.rows))
        .collect()
}

/// The copy holds what the source holds, read back through the store's own reads.
async fn assert_same_reads(source: &Store, target: &Store, ids: &[ItemId]) {
    for id in ids {
        assert_eq!(
            target.item(*id).await.expect("read"),
            source.item(*id).await.expect("read"),
            "item {id:?}"
        );
        assert_eq!(
            target.history(*id).await.expect("history"),
            source.history(*id).await.expect("history")
        );
        assert_eq!(
            target.item_media(*id).await.expect("media"),
            source.item_media(*id).await.expect("media")
        );
    }
    assert_eq!(
        target.users().await.expect("users"),
        source.users().await.expect("users")
    );
    assert_eq!(
        target.audit_log(None, 100).await.expect("log"),
        source.audit_log(None, 100).await.expect("log")
    );
    assert_eq!(
        target.tokens().await.expect("tokens"),
        source.tokens().await.expect("tokens")
    );
    assert_eq!(
        target.glossary().await.expect("glossary"),
        source.glossary().await.expect("glossary")
    );
    assert_eq!(
        format!("{:?}", target.site_changes().await.expect("changes")),
        format!("{:?}", source.site_changes().await.expect("changes"))
    );
    assert_eq!(
        target.change_counter().await.expect("counter"),
        source.change_counter().await.expect("counter")
    );
    assert_eq!(
        target
            .item_by_address("https://www.osce.org/odihr/elections/42?lang=en")
            .await
            .expect("address"),
        Some(ids[2])
    );
}

/// New rows in the copy take numbers above the copied ones (PostgreSQL's sequences moved).
async fn assert_new_rows_get_new_numbers(target: &Store, ids: &[ItemId]) {
    let now = at("2026-03-01T09:00:00Z");
    let cli = Actor::command_line();
    let users_before = target.users().await.expect("users");
    let added = target
        .add_user("new@example.org", Role::Editor, "hash-n", &[], &cli, now)
        .await
        .expect("a new account");
    assert!(users_before.iter().all(|u| u.id < added.id), "{added:?}");
    let newest_line = target.audit_log(None, 1).await.expect("log");
    assert_eq!(newest_line[0].action, "user.add");
    let created = target
        .create_item(&item("After the move", "en", None), &cli, now)
        .await
        .expect("a new item");
    assert!(ids.iter().all(|id| id.0 < created.id.0), "{created:?}");
}

async fn a_full_store_is_copied_and_compared_equal(fixture: Fixture) {
    let source = Fixture::sqlite().await;
    let ids = fill(&source.store).await;
    let target = fixture.store.clone();
    let copied = copy_store(&source.store, &target).await.expect("copied");

    let counted = rows_per_table(&source.store).await;
    assert_eq!(copied.tables.len(), COPIED_TABLES.len());
    for table in &copied.tables {
        assert_eq!(
            Some(&table.rows),
            counted.get(table.table),
            "{}",
            table.table
        );
        assert!(
            table.rows > 0,
            "the test fills every table, {} too",
            table.table
        );
    }
    assert_eq!(copied.rows(), counted.values().sum::<u64>());
    let comparison = compare_stores(&source.store, &target)
        .await
        .expect("compared");
    assert!(
        comparison.is_equal(),
        "{:?}",
        comparison.differences().collect::<Vec<_>>()
    );
    assert_same_reads(&source.store, &target, &ids).await;
    // The audit log's triggers refuse changes, not inserts: they are still in place.
    let changed = sqlx::query("UPDATE audit_log SET actor = 'someone else'")
        .execute(target.pool())
        .await;
    assert!(changed.is_err(), "the copied audit log is still protected");
    assert_new_rows_get_new_numbers(&target, &ids).await;
    assert_eq!(target.last_site_change().await.expect("last"), 1);
}

async fn a_target_that_holds_anything_is_refused_and_left_as_it_was(fixture: Fixture) {
    let source = Fixture::sqlite().await;
    fill(&source.store).await;
    let target = fixture.store.clone();
    target
        .add_user(
            "ed@example.org",
            Role::Editor,
            "hash",
            &[],
            &Actor::command_line(),
            at("2026-01-01T00:00:00Z"),
        )
        .await
        .expect("an account");
    let before = digest_store(&target).await.expect("digests");
    match copy_store(&source.store, &target).await {
        Err(CopyError::NotEmpty { table, rows }) => {
            assert_eq!((table, rows), ("users", 1));
        }
        other => panic!("expected a refusal, got {other:?}"),
    }
    let message = communique_store::check_copy(&source.store, &target)
        .await
        .expect_err("refused")
        .to_string();
    assert!(
        message.contains("not empty") && message.contains("users"),
        "{message}"
    );
    assert_eq!(
        digest_store(&target).await.expect("digests"),
        before,
        "nothing written"
    );
}

async fn a_copy_of_a_changed_store_is_told_apart(fixture: Fixture) {
    let source = Fixture::sqlite().await;
    fill(&source.store).await;
    let target = fixture.store.clone();
    copy_store(&source.store, &target).await.expect("copied");
    target
        .set_state("copy-test", "another value")
        .await
        .expect("state");
    let comparison = compare_stores(&source.store, &target)
        .await
        .expect("compared");
    assert!(!comparison.is_equal());
    let differing: Vec<&str> = comparison.differences().map(|(a, _)| a.table).collect();
    assert_eq!(differing, vec!["site_state"]);
    let (a, b) = comparison.differences().next().expect("one");
    assert_eq!(a.rows, b.rows, "the same number of rows, with other values");
}

async fn stores_at_other_migrations_are_refused(fixture: Fixture) {
    let source = Fixture::sqlite().await;
    let last: i64 = sqlx::query_scalar("SELECT MAX(version) FROM _sqlx_migrations")
        .fetch_one(source.store.pool())
        .await
        .expect("versions");
    sqlx::query("DELETE FROM _sqlx_migrations WHERE version = $1")
        .bind(last)
        .execute(source.store.pool())
        .await
        .expect("forgotten");
    let message = copy_store(&source.store, &fixture.store)
        .await
        .expect_err("refused")
        .to_string();
    assert!(
        message.contains(&format!("source database has migrations 1–{}", last - 1))
            && message.contains(&format!("the target migrations 1–{last}")),
        "{message}"
    );
}

async fn an_empty_store_copies_to_an_equal_empty_store(fixture: Fixture) {
    let source = Fixture::sqlite().await;
    let copied = copy_store(&source.store, &fixture.store)
        .await
        .expect("copied");
    assert_eq!(copied.rows(), 2, "the two rows of id_sequence");
    assert!(
        compare_stores(&source.store, &fixture.store)
            .await
            .expect("compared")
            .is_equal()
    );
    assert_new_rows_get_new_numbers(&fixture.store, &[]).await;
}

on_both_backends!(
    a_full_store_is_copied_and_compared_equal,
    a_target_that_holds_anything_is_refused_and_left_as_it_was,
    a_copy_of_a_changed_store_is_told_apart,
    stores_at_other_migrations_are_refused,
    an_empty_store_copies_to_an_equal_empty_store,
);

#[tokio::test]
#[cfg_attr(
    not(postgres_tests),
    ignore = "PostgreSQL: set COMMUNIQUE_TEST_POSTGRES=postgres://… to run"
)]
async fn sqlite_to_postgres_and_back_is_the_same_store() {
    let original = Fixture::sqlite().await;
    let ids = fill(&original.store).await;
    let postgres = Fixture::postgres().await;
    copy_store(&original.store, &postgres.store)
        .await
        .expect("to PostgreSQL");
    let back = Fixture::sqlite().await;
    copy_store(&postgres.store, &back.store)
        .await
        .expect("back to SQLite");
    let comparison = compare_stores(&original.store, &back.store)
        .await
        .expect("compared");
    assert!(
        comparison.is_equal(),
        "{:?}",
        comparison.differences().collect::<Vec<_>>()
    );
    assert!(
        compare_stores(&original.store, &postgres.store)
            .await
            .expect("compared")
            .is_equal()
    );
    assert_same_reads(&original.store, &back.store, &ids).await;
    assert_new_rows_get_new_numbers(&postgres.store, &ids).await;
}

#[tokio::test]
#[cfg_attr(
    not(postgres_tests),
    ignore = "PostgreSQL: set COMMUNIQUE_TEST_POSTGRES=postgres://… to run"
)]
async fn text_postgresql_cannot_hold_is_named_and_nothing_is_written() {
    let source = Fixture::sqlite().await;
    fill(&source.store).await;
    sqlx::query(
        "UPDATE glossary SET expansion = 'Office' || char(0) || 'of' WHERE abbreviation = 'ODIHR'",
    )
    .execute(source.store.pool())
    .await
    .expect("a NUL stored by SQLite");
    let target = Fixture::postgres().await;
    let empty = digest_store(&target.store).await.expect("digests");
    let message = copy_store(&source.store, &target.store)
        .await
        .expect_err("refused")
        .to_string();
    assert!(
        message.contains("table glossary")
            && message.contains(r#"abbreviation = "ODIHR""#)
            && message.contains("column expansion")
            && message.contains("U+0000"),
        "{message}"
    );
    assert_eq!(
        digest_store(&target.store).await.expect("digests"),
        empty,
        "rolled back"
    );
}

#[tokio::test]
async fn a_value_of_the_wrong_type_is_named_and_nothing_is_written() {
    let source = Fixture::sqlite().await;
    let ids = fill(&source.store).await;
    // SQLite keeps a text in a BIGINT column (type affinity); the copy reads by the column's type.
    sqlx::query("UPDATE items SET revision = 'three' WHERE id = $1")
        .bind(ids[1].0)
        .execute(source.store.pool())
        .await
        .expect("a text in an integer column");
    let target = Fixture::sqlite().await;
    let empty = digest_store(&target.store).await.expect("digests");
    let message = copy_store(&source.store, &target.store)
        .await
        .expect_err("refused")
        .to_string();
    assert!(
        message.contains("table items")
            && message.contains(&format!("id = {}", ids[1].0))
            && message.contains("column revision"),
        "{message}"
    );
    assert_eq!(
        digest_store(&target.store).await.expect("digests"),
        empty,
        "rolled back"
    );
}

/// The copy's list of tables is the schema's: every table once, each after the tables its
/// foreign keys refer to, and keyed by its primary key (every column when it has none).
#[tokio::test]
async fn the_tables_are_the_schemas_in_an_order_the_foreign_keys_allow() {
    let fixture = Fixture::sqlite().await;
    let pool = fixture.store.pool();
    let mut tables: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'table' \
         AND substr(name, 1, 7) <> 'sqlite_' AND name <> '_sqlx_migrations' ORDER BY name",
    )
    .fetch_all(pool)
    .await
    .expect("tables");
    let mut copied: Vec<&str> = COPIED_TABLES.iter().map(|t| t.name).collect();
    copied.sort_unstable();
    tables.sort_unstable();
    assert_eq!(copied, tables);
    for (position, table) in COPIED_TABLES.iter().enumerate() {
        let referred: Vec<String> =
            sqlx::query_scalar("SELECT \"table\" FROM pragma_foreign_key_list($1)")
                .bind(table.name)
                .fetch_all(pool)
                .await
                .expect("foreign keys");
        for other in referred {
            let before = COPIED_TABLES[..position].iter().any(|t| t.name == other);
            assert!(
                before,
                "{} refers to {other}, which is copied after it",
                table.name
            );
        }
        let columns: Vec<(String, i64)> = sqlx::query_as(
            "SELECT name, CAST(pk AS BIGINT) FROM pragma_table_info($1) ORDER BY pk, cid",
        )
        .bind(table.name)
        .fetch_all(pool)
        .await
        .expect("columns");
        let primary: Vec<&str> = columns
            .iter()
            .filter(|(_, pk)| *pk > 0)
            .map(|(n, _)| n.as_str())
            .collect();
        let expected: Vec<&str> = if primary.is_empty() {
            columns.iter().map(|(n, _)| n.as_str()).collect()
        } else {
            primary
        };
        assert_eq!(table.key, expected.as_slice(), "{}", table.name);
    }
}
