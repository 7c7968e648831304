//! Two nodes of one site on one database (each with its own index, catalog and caches, as two
//! `serve` processes): a session, its CSRF proof and the login throttle hold whichever node
//! a request lands on; an organization change, a stored abbreviation and an edited item made
//! through one node reach the other's pages when it follows the database; a preview link made
//! on one opens on the other. Runs on SQLite, and on PostgreSQL with the web tests there.

mod common;

use common::workspace::{PASSWORD, add_user, get, log_in, post, session};
use common::{TestApp, item};
use http::{StatusCode, header};
use model::access::Role;

fn location(page: &common::Page) -> String {
    page.headers
        .get(header::LOCATION)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned()
}

/// The page of an item on a node, following the redirect to its current address.
async fn item_page(node: &TestApp, id: i64) -> common::Page {
    let short = node.get(&format!("/items/{id}")).await;
    assert_eq!(
        short.status,
        StatusCode::MOVED_PERMANENTLY,
        "{}",
        short.body
    );
    node.get(&location(&short)).await
}

#[tokio::test]
async fn sessions_csrf_and_the_login_throttle_hold_on_every_node() {
    let a = TestApp::start_at("2026-11-29T12:00:00Z").await;
    let b = a.second_node().await;
    add_user(&a, "root@example.org", Role::Admin, &[]).await;
    add_user(&a, "ann@example.org", Role::Editor, &[]).await;

    // Logged in through A; the session and its CSRF proof work on B.
    let (cookie, csrf) = session(&a, "root@example.org").await;
    assert_eq!(
        b.request(get("/admin", &cookie)).await.status,
        StatusCode::OK
    );
    let added = b
        .request(post(
            "/admin/site/terms",
            &cookie,
            &format!("csrf={csrf}&taxonomy=field-of-work&name=Water+diplomacy&slug="),
        ))
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
    // A forged proof is refused on B as on A.
    let forged = b
        .request(post(
            "/admin/site/terms",
            &cookie,
            "csrf=0000&taxonomy=field-of-work&name=Forged&slug=",
        ))
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);

    // The change made through B reaches A's pages when A follows the database.
    assert!(
        !a.get("/fields-of-work")
            .await
            .body
            .contains("Water diplomacy")
    );
    a.refresh().await;
    assert!(
        a.get("/fields-of-work")
            .await
            .body
            .contains("Water diplomacy")
    );
    assert_eq!(
        a.get("/fields-of-work/water-diplomacy").await.status,
        StatusCode::OK
    );

    // Failed logins on A count on B: spreading the guesses over nodes does not help.
    for _ in 0..publishing::accounts::MAX_FAILURES_PER_ACCOUNT {
        let res = log_in(&a, "ann@example.org", "not the password").await;
        assert_eq!(res.status, StatusCode::UNAUTHORIZED);
    }
    let on_b = log_in(&b, "ann@example.org", PASSWORD).await;
    assert_eq!(on_b.status, StatusCode::TOO_MANY_REQUESTS, "{}", on_b.body);

    // Logging out on B ends the session on A.
    let out = b
        .request(post("/admin/logout", &cookie, &format!("csrf={csrf}")))
        .await;
    assert!(out.status.is_redirection(), "{}", out.body);
    assert_ne!(
        a.request(get("/admin", &cookie)).await.status,
        StatusCode::OK
    );
}

#[tokio::test]
async fn what_one_node_writes_the_other_shows_after_following_the_database() {
    let a = TestApp::start_at("2026-11-29T12:00:00Z").await;
    let b = a.second_node().await;

    // B renders (and keeps) an item's page; A edits the item.
    let ids = a
        .add(&[item(
            "Ferry talks open",
            "2026-11-20",
            &["secretariat"],
            &[],
            &[],
        )])
        .await;
    let id = ids[0];
    b.refresh().await;
    let before = item_page(&b, id.0).await;
    assert_eq!(before.status, StatusCode::OK);
    assert!(before.body.contains("Ferry talks open"));
    let kept = item_page(&b, id.0).await;
    assert!(
        kept.body.contains("Ferry talks open"),
        "served from B's cache"
    );

    let revision = a
        .state
        .store
        .item(id)
        .await
        .expect("read")
        .expect("there")
        .revision;
    let edited = item(
        "Ferry talks conclude",
        "2026-11-20",
        &["secretariat"],
        &[],
        &[],
    );
    a.state
        .store
        .save_item(
            id,
            revision,
            &edited,
            &store::Actor::command_line(),
            "item.save",
            "2026-11-29T12:00:00Z".parse().expect("instant"),
        )
        .await
        .expect("saved on A");
    b.refresh().await;
    let after = item_page(&b, id.0).await;
    assert_eq!(after.status, StatusCode::OK);
    assert!(
        after.body.contains("Ferry talks conclude"),
        "{}",
        after.body
    );
    assert!(
        !after.body.contains("Ferry talks open"),
        "B's kept page was dropped"
    );

    // A stored abbreviation added through A is in B's glossary.
    a.state
        .store
        .add_to_glossary(
            &[store::StoredAbbreviation {
                language: "en".to_owned(),
                entry: model::site::GlossaryEntry {
                    abbr: "ZQX".to_owned(),
                    expansion: "Zonal Quay Exchange".to_owned(),
                },
                origin: "test".to_owned(),
                added_at: "2026-11-29T12:00:00Z".parse().expect("instant"),
            }],
            "2026-11-29T12:00:00Z".parse().expect("instant"),
        )
        .await
        .expect("added on A");
    assert!(!b.state.glossary_for("en").iter().any(|e| e.abbr == "ZQX"));
    b.refresh().await;
    assert!(b.state.glossary_for("en").iter().any(|e| e.abbr == "ZQX"));
}

#[tokio::test]
async fn a_preview_link_made_on_one_node_opens_on_the_other() {
    let a = TestApp::start_at("2026-11-29T12:00:00Z").await;
    let b = a.second_node().await;
    add_user(&a, "ed@example.org", Role::Editor, &[]).await;
    let (cookie, csrf) = session(&a, "ed@example.org").await;
    let mut draft = item(
        "Embargoed ferry accord",
        "2026-11-20",
        &["secretariat"],
        &[],
        &[],
    );
    draft.status = model::ItemStatus::Draft;
    let id = a.add(&[draft]).await[0];
    let made = a
        .request(post(
            &format!("/admin/items/{}/preview-link", id.0),
            &cookie,
            &format!("csrf={csrf}&days=1"),
        ))
        .await;
    assert_eq!(made.status, StatusCode::OK, "{}", made.body);
    let at = made.body.find("/preview/").expect("a preview link");
    let rest = &made.body[at..];
    let end = rest
        .find(|c: char| c == '"' || c == '<' || c.is_whitespace())
        .unwrap_or(rest.len());
    let link = rest[..end].replace("&amp;", "&").replace("&#38;", "&");
    let on_b = b.get(&link).await;
    assert_eq!(on_b.status, StatusCode::OK, "{link}: {}", on_b.body);
    assert!(on_b.body.contains("Embargoed ferry accord"));
    // The public address stays closed on both.
    b.refresh().await;
    assert_eq!(
        b.get(&format!("/items/{}", id.0)).await.status,
        StatusCode::NOT_FOUND
    );
}
