//! `--database` as an operator gives it: a URL the store does not speak, a server that does
//! not answer, and (when the tests are given a PostgreSQL server) `migrate` run twice.

use std::process::{Command, Output};

fn communique(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_communique"))
        .args(args)
        .env_remove("COMMUNIQUE_DATABASE_URL")
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

#[test]
fn a_url_of_another_database_is_a_usage_error_that_hides_the_password() {
    let dir = tempfile::tempdir().expect("dir");
    let d = dir.path().to_str().expect("utf-8 path");
    let out = communique(&[
        "migrate",
        "--data-dir",
        d,
        "--database",
        "mysql://admin:hunter2@db.example.org/site",
    ]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    let said = text(&out);
    assert!(said.contains("is not a database URL"), "{said}");
    assert!(
        said.contains("mysql://admin:***@db.example.org/site"),
        "{said}"
    );
    assert!(!said.contains("hunter2"), "{said}");
    assert!(
        std::fs::read_dir(dir.path()).expect("dir").next().is_none(),
        "nothing written"
    );
}

#[test]
fn a_server_that_does_not_answer_is_named_at_once_without_its_password() {
    let dir = tempfile::tempdir().expect("dir");
    let d = dir.path().to_str().expect("utf-8 path");
    // Port 9 (discard) of the loopback: nothing listens there.
    let out = communique(&[
        "migrate",
        "--data-dir",
        d,
        "--database",
        "postgres://site:hunter2@127.0.0.1:9/site",
    ]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    let said = text(&out);
    assert!(
        said.contains("cannot open the database postgres://site:***@127.0.0.1:9/site"),
        "{said}"
    );
    assert!(said.contains("refused"), "{said}");
    assert!(!said.contains("hunter2"), "{said}");
}

#[tokio::test]
#[cfg_attr(
    not(postgres_tests),
    ignore = "PostgreSQL: set COMMUNIQUE_TEST_POSTGRES=postgres://… to run"
)]
async fn migrate_applies_every_migration_once_on_postgres() {
    let database = store::testing::postgres_database()
        .await
        .expect("built with COMMUNIQUE_TEST_POSTGRES set: set it when running too");
    let migrations = std::fs::read_dir(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/store/migrations/postgres"),
    )
    .expect("the migrations folder")
    .count();
    let dir = tempfile::tempdir().expect("dir");
    let d = dir.path().to_str().expect("utf-8 path");
    let first = communique(&["migrate", "--data-dir", d, "--database", database.url()]);
    assert!(first.status.success(), "{}", text(&first));
    assert!(
        text(&first).contains(&format!("applied {migrations} migrations")),
        "{}",
        text(&first)
    );
    let again = communique(&["migrate", "--data-dir", d, "--database", database.url()]);
    assert!(again.status.success(), "{}", text(&again));
    assert!(text(&again).contains("is up to date"), "{}", text(&again));
    assert!(
        !dir.path().join(store::DATABASE_FILE).exists(),
        "no SQLite file beside a PostgreSQL database"
    );
}

#[test]
fn passwords_with_slashes_or_in_the_query_are_never_printed() {
    let dir = tempfile::tempdir().expect("dir");
    let d = dir.path().to_str().expect("utf-8 path");
    for (url, shown) in [
        (
            "postgres://site:pa/ss@w0rd@127.0.0.1:9/site",
            "postgres://site:***@127.0.0.1:9/site",
        ),
        (
            "postgres://site@127.0.0.1:9/site?password=s3cret&sslmode=disable",
            "postgres://site@127.0.0.1:9/site?password=***&sslmode=disable",
        ),
    ] {
        let out = communique(&["migrate", "--data-dir", d, "--database", url]);
        assert_eq!(out.status.code(), Some(1), "{}", text(&out));
        let said = text(&out);
        assert!(said.contains(shown), "{said}");
        for secret in ["pa/ss", "w0rd", "s3cret"] {
            assert!(!said.contains(secret), "{said}");
        }
    }
    // The help names the variable but never shows its value.
    let help = Command::new(env!("CARGO_BIN_EXE_communique"))
        .args(["serve", "--help"])
        .env("COMMUNIQUE_DATABASE_URL", "postgres://site:hunter2@db/site")
        .output()
        .expect("runs");
    let said = text(&help);
    assert!(said.contains("COMMUNIQUE_DATABASE_URL"), "{said}");
    assert!(!said.contains("hunter2"), "{said}");
}

#[test]
fn an_in_memory_sqlite_database_is_refused() {
    let dir = tempfile::tempdir().expect("dir");
    let d = dir.path().to_str().expect("utf-8 path");
    let out = communique(&["migrate", "--data-dir", d, "--database", "sqlite::memory:"]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(
        text(&out).contains("is not a database URL"),
        "{}",
        text(&out)
    );
}
