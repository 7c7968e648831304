//! Accounts, sessions, throttling records and the audit log.

mod common;
use common::Fixture;

use communique_store::{Actor, StoreError};
use jiff::{SignedDuration, Timestamp};
use model::Slug;
use model::access::{Assignment, Role};

fn at(s: &str) -> Timestamp {
    s.parse().expect("instant")
}

async fn accounts_are_unique_by_email_and_keep_their_structures(fixture: Fixture) {
    let store = fixture.store.clone();
    let now = at("2026-01-01T09:00:00Z");
    let cli = Actor::command_line();
    let serbia = Assignment {
        structure: Slug::parse("mission-to-serbia").expect("slug"),
        may_publish: true,
    };
    let ann = store
        .add_user(
            " Ann@Example.org ",
            Role::PressOfficer,
            "hash-1",
            std::slice::from_ref(&serbia),
            &cli,
            now,
        )
        .await
        .expect("added");
    assert_eq!(ann.email, "ann@example.org");
    assert_eq!(ann.structures, vec![serbia]);
    assert!(!ann.disabled);
    let dup = store
        .add_user("ANN@example.org", Role::Editor, "hash-2", &[], &cli, now)
        .await;
    assert!(matches!(dup, Err(StoreError::Conflict(_))), "{dup:?}");
    assert_eq!(store.users().await.expect("users").len(), 1);
    assert!(matches!(
        store
            .set_user_disabled("nobody@example.org", true, &cli, now)
            .await,
        Err(StoreError::NotFound)
    ));
}

async fn sessions_live_until_they_expire_are_revoked_or_the_account_changes(fixture: Fixture) {
    let store = fixture.store.clone();
    let now = at("2026-01-01T09:00:00Z");
    let later = now + SignedDuration::from_hours(1);
    let cli = Actor::command_line();
    let ed = store
        .add_user("ed@example.org", Role::Editor, "hash", &[], &cli, now)
        .await
        .expect("added");

    store
        .create_session("t1", &ed, "csrf-1", "192.0.2.1", now, later)
        .await
        .expect("session");
    let s = store.session("t1", now).await.expect("read").expect("live");
    assert_eq!(s.user.email, "ed@example.org");
    assert_eq!(s.csrf_token, "csrf-1");
    assert!(
        store.session("t1", later).await.expect("read").is_none(),
        "expired"
    );
    assert!(store.session("unknown", now).await.expect("read").is_none());

    store.revoke_session("t1", now).await.expect("revoked");
    assert!(
        store.session("t1", now).await.expect("read").is_none(),
        "logged out"
    );

    store
        .create_session("t2", &ed, "csrf-2", "192.0.2.1", now, later)
        .await
        .expect("session");
    store
        .set_user_disabled("ed@example.org", true, &cli, now)
        .await
        .expect("disabled");
    assert!(
        store.session("t2", now).await.expect("read").is_none(),
        "disabled"
    );
    store
        .set_user_disabled("ed@example.org", false, &cli, now)
        .await
        .expect("enabled");
    assert!(
        store.session("t2", now).await.expect("read").is_none(),
        "disabling ended the session for good"
    );

    store
        .create_session("t3", &ed, "csrf-3", "192.0.2.1", now, later)
        .await
        .expect("session");
    store
        .set_password("ed@example.org", "new-hash", &cli, now)
        .await
        .expect("reset");
    assert!(
        store.session("t3", now).await.expect("read").is_none(),
        "password reset"
    );
    assert_eq!(
        store
            .user_by_email("ed@example.org")
            .await
            .expect("read")
            .expect("exists")
            .password_hash,
        "new-hash"
    );
}

async fn failed_logins_are_counted_per_key_within_the_window(fixture: Fixture) {
    let store = fixture.store.clone();
    let t0 = at("2026-01-01T09:00:00Z");
    for i in 0..3 {
        store
            .record_login_failure(
                &["account:ann@example.org", "address:192.0.2.1"],
                t0 + SignedDuration::from_mins(i),
                t0 - SignedDuration::from_mins(15),
            )
            .await
            .expect("recorded");
    }
    let (n, oldest) = store
        .login_failures("account:ann@example.org", t0)
        .await
        .expect("count");
    assert_eq!((n, oldest), (3, Some(t0)));
    let (n, _) = store
        .login_failures("account:ann@example.org", t0 + SignedDuration::from_mins(2))
        .await
        .expect("count");
    assert_eq!(n, 1, "only the failures inside the window");
    store
        .clear_login_failures("account:ann@example.org")
        .await
        .expect("cleared");
    assert_eq!(
        store
            .login_failures("account:ann@example.org", t0)
            .await
            .expect("count")
            .0,
        0
    );
    assert_eq!(
        store
            .login_failures("address:192.0.2.1", t0)
            .await
            .expect("count")
            .0,
        3,
        "the address keeps its count"
    );
}

async fn the_audit_log_records_changes_and_cannot_be_edited(fixture: Fixture) {
    let store = fixture.store.clone();
    let now = at("2026-01-01T09:00:00Z");
    let cli = Actor::command_line();
    let ed = store
        .add_user("ed@example.org", Role::Editor, "hash", &[], &cli, now)
        .await
        .expect("added");
    store
        .create_session(
            "t",
            &ed,
            "c",
            "198.51.100.7",
            now,
            now + SignedDuration::from_hours(1),
        )
        .await
        .expect("session");
    let log = store.audit_log(None, 10).await.expect("log");
    let actions: Vec<(&str, &str, &str)> = log
        .iter()
        .map(|e| (e.action.as_str(), e.actor.as_str(), e.address.as_str()))
        .collect();
    assert_eq!(
        actions,
        vec![
            ("login", "ed@example.org", "198.51.100.7"),
            ("user.add", "command line", ""),
        ]
    );
    for sql in [
        "UPDATE audit_log SET actor = 'someone else'",
        "DELETE FROM audit_log",
    ] {
        let r = sqlx::query(sql).execute(store.pool()).await;
        let message = r.expect_err("refused").to_string();
        assert!(
            message.contains("the audit log cannot be changed"),
            "{message}"
        );
    }
    assert_eq!(store.audit_log(None, 10).await.expect("log").len(), 2);
}

on_both_backends!(
    accounts_are_unique_by_email_and_keep_their_structures,
    sessions_live_until_they_expire_are_revoked_or_the_account_changes,
    failed_logins_are_counted_per_key_within_the_window,
    the_audit_log_records_changes_and_cannot_be_edited,
);
