//! The editorial workspace: login, throttling, sessions, CSRF, rights per role, the audit log.

mod common;

use common::workspace::{PASSWORD, add_user, form_field, get, log_in, post, session};
use common::{TestApp, item};
use http::{StatusCode, header};
use jiff::Timestamp;
use model::access::Role;
use store::Actor;

#[tokio::test]
async fn the_workspace_asks_for_a_login_and_logs_in_and_out() {
    let app = TestApp::start().await;
    add_user(&app, "ed@example.org", Role::Editor, &[]).await;
    let anonymous = app.get("/admin").await;
    assert_eq!(anonymous.status, StatusCode::SEE_OTHER);
    assert_eq!(
        anonymous.headers[header::LOCATION],
        "/admin/login?next=%2Fadmin"
    );

    let form = app.get("/admin/login").await;
    assert_eq!(form.headers[header::CACHE_CONTROL], "no-store");
    assert!(
        form.body
            .contains("<label for=\"password\">Password</label>")
    );

    let (cookie, csrf) = session(&app, "Ed@Example.org").await;
    let dash = app.request(get("/admin", &cookie)).await;
    assert!(
        dash.body.contains("ed@example.org · Editor"),
        "{}",
        dash.body
    );
    assert!(dash.body.contains("All items"));
    assert!(
        dash.body.contains("OSCE representative encourages Belarus"),
        "the sample item: {}",
        dash.body
    );

    // Logging out needs the form's proof; then the session is gone.
    let refused = app
        .request(post("/admin/logout", &cookie, "csrf=wrong"))
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let out = app
        .request(post("/admin/logout", &cookie, &format!("csrf={csrf}")))
        .await;
    assert_eq!(out.status, StatusCode::SEE_OTHER);
    assert_eq!(
        out.headers[header::LOCATION],
        "/admin/login?notice=logged-out"
    );
    let after = app.request(get("/admin", &cookie)).await;
    assert_eq!(
        after.status,
        StatusCode::SEE_OTHER,
        "the old cookie opens nothing"
    );
}

#[tokio::test]
async fn wrong_passwords_are_refused_then_throttled() {
    let app = TestApp::start().await;
    add_user(&app, "ann@example.org", Role::Editor, &[]).await;
    for _ in 0..publishing::accounts::MAX_FAILURES_PER_ACCOUNT {
        let res = log_in(&app, "ann@example.org", "not the password").await;
        assert_eq!(res.status, StatusCode::UNAUTHORIZED);
        assert!(res.body.contains("The email or the password is wrong."));
    }
    let unknown = log_in(&app, "nobody@example.org", "whatever it is").await;
    assert_eq!(
        unknown.status,
        StatusCode::UNAUTHORIZED,
        "the same answer for no account"
    );
    let throttled = log_in(&app, "ann@example.org", PASSWORD).await;
    assert_eq!(throttled.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(
        throttled
            .body
            .contains("Too many failed logins for this account. Try again in 15 minutes."),
        "{}",
        throttled.body
    );
    let log = app.state.store.audit_log(None, 50).await.expect("log");
    assert_eq!(log.iter().filter(|e| e.action == "login.failed").count(), 6);
}

#[tokio::test]
async fn forged_and_stale_requests_are_refused() {
    let app = TestApp::start().await;
    add_user(&app, "ed@example.org", Role::Editor, &[]).await;
    // The login form without its cookie, or from another site.
    let form = app.get("/admin/login").await;
    let csrf = form_field(&form.body, "csrf");
    let no_cookie = app
        .request(post(
            "/admin/login",
            "",
            &format!("email=ed%40example.org&password=x&csrf={csrf}"),
        ))
        .await;
    assert_eq!(no_cookie.status, StatusCode::FORBIDDEN);

    let (cookie, csrf) = session(&app, "ed@example.org").await;
    let mut cross = post("/admin/logout", &cookie, &format!("csrf={csrf}"));
    cross.headers_mut().insert(
        header::ORIGIN,
        "https://evil.example".parse().expect("value"),
    );
    assert_eq!(app.request(cross).await.status, StatusCode::FORBIDDEN);
    let mut fetched = post("/admin/logout", &cookie, &format!("csrf={csrf}"));
    fetched
        .headers_mut()
        .insert("sec-fetch-site", "cross-site".parse().expect("value"));
    assert_eq!(app.request(fetched).await.status, StatusCode::FORBIDDEN);
    // The session survived both attempts.
    assert_eq!(
        app.request(get("/admin", &cookie)).await.status,
        StatusCode::OK
    );

    // A disabled account's session ends at once.
    app.state
        .store
        .set_user_disabled(
            "ed@example.org",
            true,
            &Actor::command_line(),
            Timestamp::UNIX_EPOCH,
        )
        .await
        .expect("disabled");
    assert_eq!(
        app.request(get("/admin", &cookie)).await.status,
        StatusCode::SEE_OTHER
    );
    // Its right password is answered exactly as a wrong one: nothing confirms it.
    let right = log_in(&app, "ed@example.org", PASSWORD).await;
    let wrong = log_in(&app, "ed@example.org", "not the password at all").await;
    assert_eq!(right.status, StatusCode::UNAUTHORIZED);
    assert_eq!(right.status, wrong.status);
    let without_tokens = |body: &str| {
        body.lines()
            .filter(|l| !l.contains("csrf"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert_eq!(without_tokens(&right.body), without_tokens(&wrong.body));
    assert!(right.body.contains("The email or the password is wrong."));
}

/// Attempts sent at the same moment cannot pass the limit together: each is counted before
/// its password is checked.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_wrong_passwords_get_no_more_checks_than_the_limit() {
    let app = std::sync::Arc::new(TestApp::start().await);
    add_user(&app, "ann@example.org", Role::Editor, &[]).await;
    let mut attempts = Vec::new();
    for n in 0..12 {
        let app = std::sync::Arc::clone(&app);
        attempts.push(tokio::spawn(async move {
            log_in(&app, "ann@example.org", &format!("wrong password {n}"))
                .await
                .status
        }));
    }
    let mut refused = 0;
    let mut throttled = 0;
    for a in attempts {
        match a.await.expect("attempt finished") {
            StatusCode::UNAUTHORIZED => refused += 1,
            StatusCode::TOO_MANY_REQUESTS => throttled += 1,
            other => panic!("unexpected {other}"),
        }
    }
    assert_eq!(
        refused,
        publishing::accounts::MAX_FAILURES_PER_ACCOUNT,
        "checked passwords"
    );
    assert_eq!(
        throttled,
        12 - publishing::accounts::MAX_FAILURES_PER_ACCOUNT
    );
    let log = app.state.store.audit_log(None, 50).await.expect("log");
    assert_eq!(
        log.iter().filter(|e| e.action == "login.failed").count() as i64,
        publishing::accounts::MAX_FAILURES_PER_ACCOUNT
    );
    // The right password now waits too.
    assert_eq!(
        log_in(&app, "ann@example.org", PASSWORD).await.status,
        StatusCode::TOO_MANY_REQUESTS
    );
}

#[tokio::test]
async fn a_press_officer_sees_the_items_of_their_office_only() {
    let app = TestApp::start().await;
    let mut ours = item(
        "Police reform <script>alert(1)</script>",
        "2024-05-01",
        &["mission-to-serbia"],
        &[],
        &[],
    );
    ours.status = model::ItemStatus::Draft;
    app.add(&[
        ours,
        item("Elections observed", "2024-05-02", &["odihr"], &[], &[]),
    ])
    .await;
    add_user(
        &app,
        "po@example.org",
        Role::PressOfficer,
        &[("mission-to-serbia", false)],
    )
    .await;
    let (cookie, _) = session(&app, "po@example.org").await;
    let dash = app.request(get("/admin", &cookie)).await.body;
    assert!(dash.contains("Items of Mission to Serbia"), "{dash}");
    assert!(
        dash.contains("Police reform &#60;script&#62;alert(1)&#60;/script&#62;"),
        "escaped: {dash}"
    );
    assert!(!dash.contains("<script>alert(1)"));
    assert!(dash.contains("status-draft"));
    assert!(
        !dash.contains("Elections observed"),
        "another office's item"
    );
    assert!(!dash.contains("Audit log"), "not an administrator");
    let audit = app.request(get("/admin/audit", &cookie)).await;
    assert_eq!(audit.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn administrators_read_the_audit_log() {
    let app = TestApp::start().await;
    add_user(&app, "root@example.org", Role::Admin, &[]).await;
    add_user(&app, "ed@example.org", Role::Editor, &[]).await;
    let (editor, _) = session(&app, "ed@example.org").await;
    assert_eq!(
        app.request(get("/admin/audit", &editor)).await.status,
        StatusCode::FORBIDDEN
    );
    let (admin, _) = session(&app, "root@example.org").await;
    let page = app.request(get("/admin/audit", &admin)).await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.headers[header::CACHE_CONTROL], "no-store");
    assert!(
        page.body
            .contains("<td>user.add</td><td>user ed@example.org</td>"),
        "{}",
        page.body
    );
    assert!(page.body.contains("<td>root@example.org</td>"));
    assert!(page.body.contains("<td>login</td>"));
}

#[tokio::test]
async fn administrators_edit_the_glossary_and_item_pages_follow() {
    let app = TestApp::start().await;
    add_user(&app, "root@example.org", Role::Admin, &[]).await;
    add_user(&app, "ed@example.org", Role::Editor, &[]).await;
    let mut it = item("Commission trained", "2024-06-01", &["odihr"], &[], &[]);
    it.body_html = "<p>The CEC trained its staff.</p>".into();
    let ids = app.add(&[it]).await;
    let (editor, editor_csrf) = session(&app, "ed@example.org").await;
    assert_eq!(
        app.request(get("/admin/glossary", &editor)).await.status,
        StatusCode::FORBIDDEN
    );
    let refused = app
        .request(post(
            "/admin/glossary",
            &editor,
            &format!("csrf={editor_csrf}&language=en&abbr=CEC&expansion=x"),
        ))
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);

    let (admin, csrf) = session(&app, "root@example.org").await;
    let page = app.request(get("/admin/glossary", &admin)).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("<td lang=\"en\">NGO</td><td lang=\"en\">non-governmental organization</td><td>site definition</td>"), "{}", page.body);
    let bad = app
        .request(post(
            "/admin/glossary",
            &admin,
            &format!("csrf={csrf}&language=en&abbr=NGO&expansion=something"),
        ))
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("the site definition already has NGO"));
    let bad = app
        .request(post(
            "/admin/glossary",
            &admin,
            &format!("csrf={csrf}&language=xx&abbr=two+words&expansion="),
        ))
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    for m in [
        "&#39;xx&#39; is not a language of the site",
        "the abbreviation is one word of 1 to 20 characters",
        "the expansion has 1 to 200 characters",
    ] {
        assert!(bad.body.contains(m), "{m}: {}", bad.body);
    }
    let added = app
        .request(post(
            "/admin/glossary",
            &admin,
            &format!("csrf={csrf}&language=en&abbr=CEC&expansion=Central+Election+Commission"),
        ))
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
    publishing::indexing::refresh_catalog(&app.state)
        .await
        .expect("refreshed");
    let item_page = app.get(&format!("/items/{}", ids[0].0)).await;
    let href = item_page.headers[header::LOCATION]
        .to_str()
        .expect("ascii")
        .to_owned();
    assert!(
        app.get(&href)
            .await
            .body
            .contains("The <abbr title=\"Central Election Commission\">CEC</abbr><span class=\"abbr-expansion\"> (Central Election Commission)</span> trained")
    );

    let removed = app
        .request(post(
            "/admin/glossary/remove",
            &admin,
            &format!("csrf={csrf}&language=en&abbr=CEC"),
        ))
        .await;
    assert_eq!(removed.status, StatusCode::SEE_OTHER);
    publishing::indexing::refresh_catalog(&app.state)
        .await
        .expect("refreshed");
    assert!(
        !app.get(&href)
            .await
            .body
            .contains("<abbr title=\"Central Election Commission\">")
    );
    let log = app.state.store.audit_log(None, 10).await.expect("log");
    assert!(
        log.iter()
            .any(|e| e.action == "glossary.add" && e.actor == "root@example.org")
    );
    assert!(log.iter().any(|e| e.action == "glossary.remove"));
}

#[tokio::test]
async fn the_login_page_of_a_site_without_accounts_says_how_to_create_the_first() {
    let app = TestApp::start().await;
    let fresh = app.get("/admin/login").await;
    assert_eq!(fresh.status, StatusCode::OK);
    assert!(
        fresh.body.contains("This site has no account yet."),
        "{}",
        fresh.body
    );
    assert!(
        fresh
            .body
            .contains("communique user add --email you@example.org --role admin")
    );
    add_user(&app, "ed@example.org", Role::Editor, &[]).await;
    let later = app.get("/admin/login").await;
    assert!(!later.body.contains("This site has no account yet."));
    assert!(!later.body.contains("communique user add"));
}
