//! The editorial workspace: login, throttling, sessions, CSRF, rights per role, the audit log.

mod common;

use common::workspace::{PASSWORD, add_user, form_field, get, log_in, post, session};
use common::{TestApp, item};
use communique_web as web;
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
    for _ in 0..web::auth::MAX_FAILURES_PER_ACCOUNT {
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
    let again = log_in(&app, "ed@example.org", PASSWORD).await;
    assert_eq!(again.status, StatusCode::FORBIDDEN);
    assert!(again.body.contains("This account is disabled."));
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
