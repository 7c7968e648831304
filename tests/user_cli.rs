//! `communique user …` as an administrator runs it.

use std::process::{Command, Output};

fn communique(args: &[&str], password: Option<&str>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_communique"));
    cmd.args(args).env_remove("COMMUNIQUE_PASSWORD");
    if let Some(p) = password {
        cmd.env("COMMUNIQUE_PASSWORD", p);
    }
    cmd.output().expect("the binary runs")
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

const GOOD: &str = "twelve chars or more";

#[test]
fn accounts_are_added_listed_disabled_and_refused_with_reasons() {
    let tmp = tempfile::tempdir().expect("dir");
    let data = tmp.path().join("data");
    let d = data.to_str().expect("utf-8 path");
    let add = |extra: &[&str], password: Option<&str>| {
        let mut args = vec!["user", "add", "--data-dir", d];
        args.extend_from_slice(extra);
        communique(&args, password)
    };

    let ok = add(
        &[
            "--email",
            "Ann@Example.org",
            "--role",
            "press-officer",
            "--structure",
            "mission-to-serbia",
            "--publishes",
            "odihr",
        ],
        Some(GOOD),
    );
    assert!(ok.status.success(), "{}", text(&ok));
    assert!(text(&ok).contains("added ann@example.org (press-officer)"));

    let cases: [(&[&str], Option<&str>, &str); 6] = [
        (
            &["--email", "ann@example.org", "--role", "editor"],
            Some(GOOD),
            "an account with the email ann@example.org exists",
        ),
        (
            &["--email", "bob@example.org", "--role", "editor"],
            Some("short"),
            "at least 12 characters",
        ),
        (
            &["--email", "bob@example.org", "--role", "editor"],
            None,
            "set COMMUNIQUE_PASSWORD",
        ),
        (
            &["--email", "bob@example.org", "--role", "root"],
            Some(GOOD),
            "unknown role 'root'",
        ),
        (
            &[
                "--email",
                "bob@example.org",
                "--role",
                "press-officer",
                "--structure",
                "mision-to-serbia",
            ],
            Some(GOOD),
            "unknown structure 'mision-to-serbia' — did you mean mission-to-serbia",
        ),
        (
            &["--email", "bob@example.org", "--role", "press-officer"],
            Some(GOOD),
            "a press officer needs at least one --structure",
        ),
    ];
    for (args, password, expected) in cases {
        let out = add(args, password);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {}", text(&out));
        assert!(text(&out).contains(expected), "{args:?}: {}", text(&out));
    }

    let list = communique(&["user", "list", "--data-dir", d], None);
    assert!(list.status.success());
    let listed = String::from_utf8_lossy(&list.stdout).into_owned();
    assert_eq!(
        listed.trim(),
        "ann@example.org\tpress-officer\tactive\tmission-to-serbia, odihr (publishes)"
    );

    let off = communique(
        &[
            "user",
            "disable",
            "--data-dir",
            d,
            "--email",
            "ann@example.org",
        ],
        None,
    );
    assert!(off.status.success(), "{}", text(&off));
    let list = communique(&["user", "list", "--data-dir", d], None);
    assert!(String::from_utf8_lossy(&list.stdout).contains("\tdisabled\t"));
    let missing = communique(
        &[
            "user",
            "disable",
            "--data-dir",
            d,
            "--email",
            "zed@example.org",
        ],
        None,
    );
    assert_eq!(missing.status.code(), Some(1));
    assert!(text(&missing).contains("there is no account with the email zed@example.org"));
    let reset = communique(
        &[
            "user",
            "reset-password",
            "--data-dir",
            d,
            "--email",
            "ann@example.org",
        ],
        Some("another long password"),
    );
    assert!(reset.status.success(), "{}", text(&reset));
}

#[test]
fn tokens_are_shown_once_listed_without_their_secret_and_revoked() {
    let tmp = tempfile::tempdir().expect("dir");
    let data = tmp.path().join("data");
    let d = data.to_str().expect("utf-8 path");
    let add = communique(
        &[
            "user",
            "add",
            "--data-dir",
            d,
            "--email",
            "bot@example.org",
            "--role",
            "editor",
        ],
        Some(GOOD),
    );
    assert!(add.status.success(), "{}", text(&add));
    let created = communique(
        &[
            "token",
            "create",
            "--data-dir",
            d,
            "--email",
            "bot@example.org",
            "--name",
            "press script",
        ],
        None,
    );
    assert!(created.status.success(), "{}", text(&created));
    let out = String::from_utf8_lossy(&created.stdout).into_owned();
    let secret = out
        .lines()
        .nth(1)
        .expect("the secret line")
        .trim()
        .to_owned();
    assert_eq!(secret.len(), 64, "{out}");
    assert!(out.starts_with("token 1 for bot@example.org (press script); it is shown only now:"));

    let list = communique(&["token", "list", "--data-dir", d], None);
    let listed = String::from_utf8_lossy(&list.stdout).into_owned();
    assert!(
        listed.starts_with("1\tbot@example.org\tpress script\tactive\tnever used"),
        "{listed}"
    );
    assert!(!listed.contains(&secret), "the secret is never shown again");

    let none = communique(
        &[
            "token",
            "create",
            "--data-dir",
            d,
            "--email",
            "nobody@example.org",
        ],
        None,
    );
    assert_eq!(none.status.code(), Some(1));
    assert!(text(&none).contains("there is no account with the email nobody@example.org"));

    let revoked = communique(&["token", "revoke", "--data-dir", d, "--id", "1"], None);
    assert!(revoked.status.success(), "{}", text(&revoked));
    let again = communique(&["token", "revoke", "--data-dir", d, "--id", "1"], None);
    assert_eq!(again.status.code(), Some(1));
    assert!(text(&again).contains("there is no active token 1"));
    let list = communique(&["token", "list", "--data-dir", d], None);
    assert!(String::from_utf8_lossy(&list.stdout).contains("\trevoked\t"));
}
