//! `communique migrate-store`, `backup` and `restore` as an operator runs them: a site's
//! database and uploaded files moved to a new place, a backup made and restored into a fresh
//! data dir, and what is refused (a URL of another database, a target that holds anything,
//! a backup that would overwrite a file) without writing anything.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use jiff::Timestamp;
use model::{ItemStatus, LanguageCode, NewItem, Slug};
use store::{Actor, MediaDescription, MediaFile, NewDocument, NewMedia, Store};

fn communique(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_communique"))
        .args(args)
        .env_remove("COMMUNIQUE_DATABASE_URL")
        .env_remove("COMMUNIQUE_DATA_DIR")
        .output()
        .expect("the binary runs")
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

fn path(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

fn at(s: &str) -> Timestamp {
    s.parse().expect("instant")
}

fn item(n: usize) -> NewItem {
    NewItem {
        external_id: Some(format!("test:{n}")),
        item_type: Slug::parse("press-release").expect("slug"),
        language: LanguageCode::parse("en").expect("lang"),
        translation_of: None,
        title: format!("Statement number {n}"),
        summary: "A summary.".to_owned(),
        body_html: "<p>Text.</p>".to_owned(),
        place: "Vienna".to_owned(),
        time_zone: "Europe/Vienna".to_owned(),
        published_at: at("2026-01-05T09:00:00Z"),
        status: ItemStatus::Published,
        embargo_until: None,
        sources: vec![Slug::parse("secretariat").expect("slug")],
        fields_of_work: vec![],
        countries: vec![],
        meetings: vec![],
        is_demo: false,
    }
}

const PICTURE: &str = "00112233445566778899aabbccddeeff";
const DOCUMENT: &str = "ffeeddccbbaa99887766554433221100";

/// The keys of the files the filled database names.
fn stored_keys() -> Vec<String> {
    vec![
        format!("{PICTURE}.jpg"),
        format!("{PICTURE}-400.webp"),
        format!("{DOCUMENT}.pdf"),
    ]
}

/// The file of a key in a data dir, where the media library keeps it.
fn file_of(data_dir: &Path, key: &str) -> PathBuf {
    data_dir.join("media").join(&key[..2]).join(key)
}

/// A data dir with `items` items, an account, a picture and a document, and their files.
async fn site(data_dir: &Path, items: usize) -> Store {
    std::fs::create_dir_all(data_dir).expect("data dir");
    let store = Store::open_data_dir(data_dir).await.expect("store");
    let now = at("2026-02-01T09:00:00Z");
    let batch: Vec<NewItem> = (0..items).map(item).collect();
    store.insert_items(&batch, now).await.expect("items");
    let cli = Actor::command_line();
    store
        .add_user(
            "ann@example.org",
            model::access::Role::Editor,
            "hash",
            &[],
            &cli,
            now,
        )
        .await
        .expect("account");
    store
        .add_media(
            &NewMedia {
                hash: PICTURE.to_owned(),
                format: "jpeg".to_owned(),
                width: 800,
                height: 600,
                bytes_size: 5,
                original_key: format!("{PICTURE}.jpg"),
                variants: vec![MediaFile {
                    width: 400,
                    height: 300,
                    format: "webp".to_owned(),
                    key: format!("{PICTURE}-400.webp"),
                }],
                description: MediaDescription {
                    language: LanguageCode::parse("en").expect("lang"),
                    alt: "A meeting room".to_owned(),
                    caption: String::new(),
                    credit: String::new(),
                    focal_x: 0.25,
                    focal_y: 0.75,
                },
            },
            &cli,
            now,
        )
        .await
        .expect("picture");
    store
        .add_document(
            &NewDocument {
                hash: DOCUMENT.to_owned(),
                format: "pdf".to_owned(),
                bytes_size: 9,
                key: format!("{DOCUMENT}.pdf"),
            },
            &cli,
            now,
        )
        .await
        .expect("document");
    for key in stored_keys() {
        let file = file_of(data_dir, &key);
        std::fs::create_dir_all(file.parent().expect("folder")).expect("folder");
        std::fs::write(&file, format!("the bytes of {key}")).expect("file");
    }
    // A file no row names is not the site's: it stays behind.
    let stray = file_of(data_dir, "abcdef0123456789.png");
    std::fs::create_dir_all(stray.parent().expect("folder")).expect("folder");
    std::fs::write(&stray, "stray").expect("file");
    store
}

async fn assert_equal(a: &Store, b: &Store) {
    let comparison = store::compare_stores(a, b).await.expect("compared");
    assert!(
        comparison.is_equal(),
        "{:?}",
        comparison.differences().collect::<Vec<_>>()
    );
}

#[tokio::test]
async fn migrate_store_copies_the_database_and_the_uploaded_files() {
    let tmp = tempfile::tempdir().expect("dir");
    let (from, to) = (tmp.path().join("old"), tmp.path().join("new"));
    let source = site(&from, 30).await;
    let out = communique(&[
        "migrate-store",
        "--from",
        &format!("sqlite:{}", path(&from.join("communique.db"))),
        "--to",
        &format!("sqlite:{}", path(&to.join("communique.db"))),
        "--from-data-dir",
        path(&from),
        "--to-data-dir",
        path(&to),
    ]);
    let said = text(&out);
    assert!(out.status.success(), "{said}");
    assert!(said.contains("copied 3 uploaded files"), "{said}");
    assert!(
        said.lines()
            .any(|l| l.split_whitespace().eq(["items", "30"])),
        "{said}"
    );
    assert!(said.contains("the target equals the source"), "{said}");
    for key in stored_keys() {
        assert_eq!(
            std::fs::read(file_of(&to, &key)).expect("copied"),
            std::fs::read(file_of(&from, &key)).expect("original"),
            "{key}"
        );
    }
    assert!(!file_of(&to, "abcdef0123456789.png").exists());

    let target = Store::open_data_dir(&to).await.expect("the new database");
    assert_eq!(target.count_items().await.expect("count"), 30);
    assert_equal(&source, &target).await;

    // Again: the target now holds the site, and is left as it is.
    let again = communique(&[
        "migrate-store",
        "--from",
        &format!("sqlite://{}", path(&from.join("communique.db"))),
        "--to",
        &format!("sqlite://{}", path(&to.join("communique.db"))),
    ]);
    assert_eq!(again.status.code(), Some(1), "{}", text(&again));
    assert!(
        text(&again).contains("the target database is not empty: its table items has 30 row(s)"),
        "{}",
        text(&again)
    );
    assert_eq!(target.count_items().await.expect("count"), 30);
}

#[tokio::test]
async fn a_non_empty_target_is_refused_before_any_file_is_copied() {
    let tmp = tempfile::tempdir().expect("dir");
    let (from, to) = (tmp.path().join("old"), tmp.path().join("new"));
    site(&from, 3).await;
    std::fs::create_dir_all(&to).expect("data dir");
    let target = Store::open_data_dir(&to).await.expect("store");
    target
        .insert_items(&[item(99)], at("2026-01-01T00:00:00Z"))
        .await
        .expect("an item");
    let out = communique(&[
        "migrate-store",
        "--from",
        &format!("sqlite:{}", path(&from.join("communique.db"))),
        "--to",
        &format!("sqlite:{}", path(&to.join("communique.db"))),
        "--from-data-dir",
        path(&from),
        "--to-data-dir",
        path(&to),
    ]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(
        text(&out).contains("not empty: its table items has 1 row(s)"),
        "{}",
        text(&out)
    );
    assert!(!to.join("media").exists(), "no file copied");
    assert_eq!(target.count_items().await.expect("count"), 1);
}

#[test]
fn database_urls_that_cannot_be_used_are_named_without_writing_anything() {
    let tmp = tempfile::tempdir().expect("dir");
    let target = tmp.path().join("new.db");
    let to = format!("sqlite:{}", path(&target));

    let other = communique(&[
        "migrate-store",
        "--from",
        "mysql://admin:hunter2@db.example.org/site",
        "--to",
        &to,
    ]);
    assert_eq!(other.status.code(), Some(2), "{}", text(&other));
    let said = text(&other);
    assert!(
        said.contains("--from: 'mysql://admin:***@db.example.org/site' is not a database URL"),
        "{said}"
    );
    assert!(!said.contains("hunter2"), "{said}");

    let missing = tmp.path().join("nothing-here.db");
    let absent = communique(&[
        "migrate-store",
        "--from",
        &format!("sqlite:{}", path(&missing)),
        "--to",
        &to,
    ]);
    assert_eq!(absent.status.code(), Some(1), "{}", text(&absent));
    assert!(
        text(&absent).contains("--from: there is no SQLite database at"),
        "{}",
        text(&absent)
    );

    let not_sqlite = tmp.path().join("notes.db");
    std::fs::write(&not_sqlite, "not a database").expect("file");
    let refused = communique(&[
        "migrate-store",
        "--from",
        &format!("sqlite:{}", path(&not_sqlite)),
        "--to",
        &to,
    ]);
    assert_eq!(refused.status.code(), Some(1), "{}", text(&refused));
    assert!(
        text(&refused).contains("is not a SQLite database"),
        "{}",
        text(&refused)
    );

    let only_one_dir = communique(&[
        "migrate-store",
        "--from",
        &format!("sqlite:{}", path(&not_sqlite)),
        "--to",
        &to,
        "--from-data-dir",
        path(tmp.path()),
    ]);
    assert_eq!(
        only_one_dir.status.code(),
        Some(2),
        "{}",
        text(&only_one_dir)
    );
    assert!(
        text(&only_one_dir).contains("--to-data-dir"),
        "{}",
        text(&only_one_dir)
    );
    assert!(!target.exists(), "nothing created");
}

#[tokio::test]
async fn a_backup_restores_into_a_fresh_data_dir_as_the_same_database() {
    let tmp = tempfile::tempdir().expect("dir");
    let site_dir = tmp.path().join("site");
    let source = site(&site_dir, 25).await;
    // A name that must be written into a URL with care.
    let file = tmp.path().join("backup #1 100%.db");

    let out = communique(&["backup", "--data-dir", path(&site_dir), "--to", path(&file)]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("backed up"), "{}", text(&out));
    assert!(file.is_file());
    let wal = tmp.path().join("backup #1 100%.db-wal");
    assert!(!wal.exists(), "the backup is one file");
    let made = std::fs::read(&file).expect("backup");
    assert!(
        !tmp.path().join("backup #1 100%.db.partial").exists(),
        "written beside its name, then named"
    );

    // A backup cut off earlier left its partial file: the next one says so and takes no
    // name, so a restore never mistakes a cut-off backup for one.
    let cut = tmp.path().join("cut.db");
    std::fs::write(tmp.path().join("cut.db.partial"), b"SQLite format 3\0").expect("left over");
    let refused = communique(&["backup", "--data-dir", path(&site_dir), "--to", path(&cut)]);
    assert_eq!(refused.status.code(), Some(1), "{}", text(&refused));
    assert!(
        text(&refused).contains("cut.db.partial"),
        "{}",
        text(&refused)
    );
    assert!(!cut.exists());

    let again = communique(&["backup", "--data-dir", path(&site_dir), "--to", path(&file)]);
    assert_eq!(again.status.code(), Some(1), "{}", text(&again));
    assert!(
        text(&again).contains("a backup never overwrites a file"),
        "{}",
        text(&again)
    );
    assert_eq!(std::fs::read(&file).expect("backup"), made, "left alone");

    let fresh = tmp.path().join("restored");
    let out = communique(&["restore", "--from", path(&file), "--data-dir", path(&fresh)]);
    let said = text(&out);
    assert!(out.status.success(), "{said}");
    assert!(said.contains("it equals the backup"), "{said}");

    let restored = Store::open_data_dir(&fresh).await.expect("restored");
    assert_eq!(restored.count_items().await.expect("count"), 25);
    assert_equal(&source, &restored).await;
    // The backup is a database the store opens as it is, as `serve --database` would.
    let url = format!(
        "sqlite://{}",
        path(&file)
            .replace('%', "%25")
            .replace('#', "%23")
            .replace(' ', "%20")
    );
    let backup = Store::open(&url).await.expect("the backup opens");
    assert_eq!(backup.count_items().await.expect("count"), 25);
    backup.close().await;

    let twice = communique(&["restore", "--from", path(&file), "--data-dir", path(&fresh)]);
    assert_eq!(twice.status.code(), Some(1), "{}", text(&twice));
    assert!(text(&twice).contains("not empty"), "{}", text(&twice));
    assert_eq!(restored.count_items().await.expect("count"), 25);
}

#[test]
fn nothing_to_back_up_or_restore_is_named_and_nothing_is_created() {
    let tmp = tempfile::tempdir().expect("dir");
    let empty = tmp.path().join("empty");
    std::fs::create_dir_all(&empty).expect("dir");
    let file = tmp.path().join("backup.db");
    let out = communique(&["backup", "--data-dir", path(&empty), "--to", path(&file)]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(text(&out).contains("holds no database"), "{}", text(&out));
    assert!(!file.exists());

    let fresh = tmp.path().join("fresh");
    let none = communique(&["restore", "--from", path(&file), "--data-dir", path(&fresh)]);
    assert_eq!(none.status.code(), Some(1), "{}", text(&none));
    assert!(
        text(&none).contains("there is no backup at"),
        "{}",
        text(&none)
    );
    let notes = tmp.path().join("notes.txt");
    std::fs::write(&notes, "not a backup").expect("file");
    let wrong = communique(&[
        "restore",
        "--from",
        path(&notes),
        "--data-dir",
        path(&fresh),
    ]);
    assert_eq!(wrong.status.code(), Some(1), "{}", text(&wrong));
    assert!(
        text(&wrong).contains("is not a SQLite database"),
        "{}",
        text(&wrong)
    );
    assert!(!fresh.exists(), "no data dir made");
}

#[tokio::test]
#[cfg_attr(
    not(postgres_tests),
    ignore = "PostgreSQL: set COMMUNIQUE_TEST_POSTGRES=postgres://… to run"
)]
async fn a_site_moves_to_postgresql_and_its_backup_restores_there() {
    let first = store::testing::postgres_database()
        .await
        .expect("built with COMMUNIQUE_TEST_POSTGRES set: set it when running too");
    let second = store::testing::postgres_database()
        .await
        .expect("a second database");
    let tmp = tempfile::tempdir().expect("dir");
    let site_dir = tmp.path().join("site");
    let source = site(&site_dir, 20).await;

    let out = communique(&[
        "migrate-store",
        "--from",
        &format!("sqlite:{}", path(&site_dir.join("communique.db"))),
        "--to",
        first.url(),
    ]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(
        text(&out).contains("into the PostgreSQL database"),
        "{}",
        text(&out)
    );

    let file = tmp.path().join("backup.db");
    let data = tmp.path().join("node");
    let out = communique(&[
        "backup",
        "--data-dir",
        path(&data),
        "--database",
        first.url(),
        "--to",
        path(&file),
    ]);
    assert!(out.status.success(), "{}", text(&out));
    let out = communique(&[
        "restore",
        "--from",
        path(&file),
        "--data-dir",
        path(&data),
        "--database",
        second.url(),
    ]);
    assert!(out.status.success(), "{}", text(&out));
    let restored = Store::open(second.url()).await.expect("restored");
    assert_equal(&source, &restored).await;
    restored.close().await;
}

#[tokio::test]
async fn a_database_of_another_application_is_refused_and_left_as_it_was() {
    let tmp = tempfile::tempdir().expect("dir");
    let site_dir = tmp.path().join("site");
    site(&site_dir, 3).await.close().await;
    let other = tmp.path().join("other.db");
    let url = format!("sqlite://{}?mode=rwc", path(&other));
    let foreign = Store::connect(&url).await.expect("a database");
    sqlx::query("CREATE TABLE notes (body TEXT)")
        .execute(foreign.pool())
        .await
        .expect("its own table");
    foreign.close().await;

    let from = format!("sqlite:{}", path(&site_dir.join("communique.db")));
    let to = format!("sqlite:{}", path(&other));
    let out = communique(&["migrate-store", "--from", &from, "--to", &to]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(
        text(&out).contains("not a Communiqué database"),
        "{}",
        text(&out)
    );
    let foreign = Store::connect(&url).await.expect("still there");
    let tables: Vec<String> =
        sqlx::query_scalar("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            .fetch_all(foreign.pool())
            .await
            .expect("tables");
    assert_eq!(tables, ["notes"], "no migration was applied to it");
    foreign.close().await;
}
