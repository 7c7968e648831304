//! Administrators change the organization from the workspace: a field of work added, a
//! structure opened, renamed, closed and reopened, the chair of a year set. Public pages, the
//! API, the item form and search follow; old items keep the name their source had on their
//! date; bad input is refused with its reason and stores nothing; only administrators may.

mod common;

use common::workspace::{add_user, get, post, session};
use common::{TestApp, item, item_links};
use communique_web as web;
use http::{StatusCode, header};
use model::access::Role;

async fn admin_app(at: &str) -> (TestApp, String, String) {
    let app = TestApp::start_at(at).await;
    add_user(&app, "root@example.org", Role::Admin, &[]).await;
    let (cookie, csrf) = session(&app, "root@example.org").await;
    (app, cookie, csrf)
}

async fn stored_changes(app: &TestApp) -> usize {
    app.state.store.site_changes().await.expect("read").len()
}

fn location(page: &common::Page) -> String {
    page.headers
        .get(header::LOCATION)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned()
}

#[tokio::test]
async fn a_new_field_of_work_reaches_pages_api_form_and_items() {
    let (app, admin, csrf) = admin_app("2026-11-29T12:00:00Z").await;
    let page = app.request(get("/admin/site", &admin)).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Add a field of work"), "{}", page.body);

    let added = app
        .request(post(
            "/admin/site/terms",
            &admin,
            &format!(
                "csrf={csrf}&taxonomy=field-of-work&name=Climate+and+security&slug=&name_ru=%D0%9A%D0%BB%D0%B8%D0%BC%D0%B0%D1%82"
            ),
        ))
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
    assert_eq!(location(&added), "/admin/site#fields");

    let index = app.get("/fields-of-work").await;
    assert!(
        index.body.contains("Climate and security"),
        "{}",
        index.body
    );
    assert_eq!(
        app.get("/fields-of-work/climate-and-security").await.status,
        StatusCode::OK
    );
    let api = app.get("/api/v1/fields-of-work").await;
    assert!(
        api.body.contains("\"climate-and-security\""),
        "{}",
        api.body
    );
    assert!(api.body.contains("Климат"), "{}", api.body);
    let form = app.request(get("/admin/items/new", &admin)).await;
    assert!(
        form.body
            .contains("value=\"climate-and-security\">Climate and security"),
        "the item form offers it"
    );

    // Items can be filed under it and are listed on its page and by the API's filter.
    app.add(&[item(
        "Heat and water",
        "2026-11-20",
        &["secretariat"],
        &["climate-and-security"],
        &[],
    )])
    .await;
    let listing = app.get("/fields-of-work/climate-and-security").await;
    assert_eq!(item_links(&listing.body).len(), 1, "{}", listing.body);
    let filtered = app
        .get("/api/v1/items?filter[field]=field_of_work&filter[value]=climate-and-security")
        .await;
    assert_eq!(filtered.status, StatusCode::OK, "{}", filtered.body);
    assert!(filtered.body.contains("Heat and water"));

    // The history names who did what.
    let page = app.request(get("/admin/site", &admin)).await;
    assert!(
        page.body
            .contains("added the field of work “Climate and security” (climate-and-security)"),
        "{}",
        page.body
    );
    assert!(page.body.contains("root@example.org"));
    let audit = app.state.store.audit_log(None, 5).await.expect("audit");
    assert!(audit.iter().any(|e| e.action == "site.change"
        && e.actor == "root@example.org"
        && e.subject == "climate-and-security"));
}

#[tokio::test]
async fn bad_changes_are_refused_with_their_reason_and_store_nothing() {
    let (app, admin, csrf) = admin_app("2026-11-29T12:00:00Z").await;
    let cases = [
        (
            "/admin/site/terms",
            "taxonomy=field-of-work&name=Elections&slug=",
            "the field of work &#39;elections&#39; exists already",
        ),
        (
            "/admin/site/terms",
            "taxonomy=meeting&name=&slug=",
            "the name is empty",
        ),
        (
            "/admin/site/terms",
            "taxonomy=field-of-work&name=Water&slug=Not+A+Slug",
            "is not a valid slug",
        ),
        (
            "/admin/site/structures",
            "name=Mission+to+Nowhere&kind=field-operation&parent=field-operationz&opened=2027-01-01",
            "did you mean &#39;field-operations&#39;",
        ),
        (
            "/admin/site/structures",
            "name=Mission+to+Nowhere&kind=field-operation&parent=&opened=31.01.2027",
            "is not a date",
        ),
        (
            "/admin/site/structures",
            "name=Mission+to+Nowhere&kind=embassy&opened=2027",
            "is not a kind of structure",
        ),
        (
            "/admin/site/structures/presence-in-albania/rename",
            "name=Mission+to+Albania&from=1990-01-01",
            "the new name must start after 1997",
        ),
        (
            "/admin/site/structures/presence-in-albania/close",
            "closed=1990",
            "cannot close before 1997",
        ),
        (
            "/admin/site/structures/field-operations/close",
            "closed=2027",
            "close its parts first",
        ),
        (
            "/admin/site/structures/presence-in-albania/reopen",
            "",
            "it is not closed",
        ),
        (
            "/admin/site/chairpersonships",
            "year=twenty&country=austria",
            "&#39;twenty&#39; is not a year",
        ),
        (
            "/admin/site/chairpersonships",
            "year=2026&country=switzerland",
            "Switzerland chairs 2026 already",
        ),
    ];
    for (uri, body, message) in cases {
        let res = app
            .request(post(uri, &admin, &format!("csrf={csrf}&{body}")))
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{uri} {body}");
        assert!(
            res.body.contains(message),
            "{uri} {body}: {message}\n{}",
            res.body
        );
        assert!(res.body.contains("This change was not made"));
    }
    assert_eq!(stored_changes(&app).await, 0, "nothing was stored");

    // The values typed are kept in the form shown again.
    let res = app
        .request(post(
            "/admin/site/structures",
            &admin,
            &format!("csrf={csrf}&name=Mission+to+Nowhere&kind=field-operation&parent=field-operations&opened=2027-13-01"),
        ))
        .await;
    assert!(res.body.contains("value=\"Mission to Nowhere\""));
    assert!(res.body.contains("value=\"field-operations\" selected"));

    let unknown = app
        .request(post(
            "/admin/site/structures/no-such-thing/close",
            &admin,
            &format!("csrf={csrf}&closed=2027"),
        ))
        .await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    let bad_taxonomy = app
        .request(post(
            "/admin/site/terms",
            &admin,
            &format!("csrf={csrf}&taxonomy=countries&name=Atlantis"),
        ))
        .await;
    assert_eq!(bad_taxonomy.status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn only_administrators_change_the_organization_and_only_from_the_site() {
    let (app, admin, csrf) = admin_app("2026-11-29T12:00:00Z").await;
    add_user(&app, "ed@example.org", Role::Editor, &[]).await;
    add_user(
        &app,
        "po@example.org",
        Role::PressOfficer,
        &[("presence-in-albania", true)],
    )
    .await;
    for email in ["ed@example.org", "po@example.org"] {
        let (cookie, their_csrf) = session(&app, email).await;
        assert_eq!(
            app.request(get("/admin/site", &cookie)).await.status,
            StatusCode::FORBIDDEN
        );
        let res = app
            .request(post(
                "/admin/site/structures/presence-in-albania/close",
                &cookie,
                &format!("csrf={their_csrf}&closed=2027"),
            ))
            .await;
        assert_eq!(res.status, StatusCode::FORBIDDEN, "{email}");
    }
    let forged = app
        .request(post(
            "/admin/site/structures/presence-in-albania/close",
            &admin,
            "csrf=wrong&closed=2027",
        ))
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    let mut cross_site = post(
        "/admin/site/structures/presence-in-albania/close",
        &admin,
        &format!("csrf={csrf}&closed=2027"),
    );
    cross_site.headers_mut().insert(
        header::ORIGIN,
        http::HeaderValue::from_static("https://evil.example"),
    );
    assert_eq!(app.request(cross_site).await.status, StatusCode::FORBIDDEN);
    let anonymous = app.get("/admin/site").await;
    assert_eq!(anonymous.status, StatusCode::SEE_OTHER);
    assert_eq!(stored_changes(&app).await, 0);
}

#[tokio::test]
async fn a_renamed_structure_keeps_its_old_name_on_old_items_and_is_found_by_both() {
    let (app, admin, csrf) = admin_app("2027-08-01T12:00:00Z").await;
    let ids = app
        .add(&[
            item("Old work", "2026-05-01", &["presence-in-albania"], &[], &[]),
            item("New work", "2027-03-01", &["presence-in-albania"], &[], &[]),
        ])
        .await;
    app.refresh().await;
    assert!(item_links(&app.get("/search?q=tirana").await.body).is_empty());
    let before = app.get("/search?q=%22presence+in+albania%22").await;
    assert_eq!(item_links(&before.body).len(), 2, "indexed by the old name");

    let renamed = app
        .request(post(
            "/admin/site/structures/presence-in-albania/rename",
            &admin,
            &format!(
                "csrf={csrf}&name=Tirana+Office&from=2027-01-01&source=OSCE+Tirana+Office&name_fr=Bureau+de+l%27OSCE+%C3%A0+Tirana"
            ),
        ))
        .await;
    assert_eq!(renamed.status, StatusCode::SEE_OTHER, "{}", renamed.body);
    assert_eq!(
        location(&renamed),
        "/admin/site/structures/presence-in-albania"
    );
    assert!(
        app.refresh().await,
        "the rename reaches the catalog and index"
    );

    let page = |id: model::ItemId| {
        let app = &app;
        async move {
            let first = app.get(&format!("/items/{}", id.0)).await;
            app.get(&location(&first)).await.body
        }
    };
    // The item's facts name its source as it was then; "More from" under the text names the
    // structure as it is now.
    let facts = |html: &str| {
        let start = html.find("<dl class=\"item-meta\">").expect("facts");
        html[start..start + html[start..].find("</dl>").expect("end")].to_owned()
    };
    let old = page(ids[0]).await;
    assert!(facts(&old).contains("OSCE Presence in Albania"), "{old}");
    assert!(!facts(&old).contains("OSCE Tirana Office"));
    assert!(old.contains("More from OSCE Tirana Office"), "{old}");
    let new = page(ids[1]).await;
    assert!(new.contains("OSCE Tirana Office"), "{new}");

    // Search by the new name finds the items filed under it before the rename too.
    let found = app.get("/search?q=tirana").await;
    assert_eq!(item_links(&found.body).len(), 2, "{}", found.body);
    let by_old = app.get("/search?q=%22presence+in+albania%22").await;
    assert_eq!(item_links(&by_old.body).len(), 2, "{}", by_old.body);

    // The public structure page and the workspace show the history of names.
    let public = app.get("/structures/presence-in-albania").await;
    assert!(public.body.contains("Tirana Office"), "{}", public.body);
    let admin_page = app
        .request(get("/admin/site/structures/presence-in-albania", &admin))
        .await;
    assert!(
        admin_page
            .body
            .contains("<td>Presence in Albania</td><td>1997</td>"),
        "{}",
        admin_page.body
    );
    assert!(
        admin_page
            .body
            .contains("<td>Tirana Office</td><td>2027-01-01</td>")
    );
    assert!(
        admin_page
            .body
            .contains("renamed presence-in-albania “Tirana Office” from 2027-01-01")
    );
}

#[tokio::test]
async fn opening_closing_and_reopening_structures() {
    let (app, admin, csrf) = admin_app("2027-08-01T12:00:00Z").await;
    // The menus are rendered once and kept: a change of the organization must show at once.
    assert!(
        !app.get("/")
            .await
            .body
            .contains("/structures/mission-to-atlantis")
    );
    let opened = app
        .request(post(
            "/admin/site/structures",
            &admin,
            &format!(
                "csrf={csrf}&name=Mission+to+Atlantis&slug=&kind=field-operation&parent=field-operations&country=albania&opened=2027-07-01&source="
            ),
        ))
        .await;
    assert_eq!(opened.status, StatusCode::SEE_OTHER, "{}", opened.body);
    assert_eq!(
        location(&opened),
        "/admin/site/structures/mission-to-atlantis"
    );
    let public = app.get("/structures/mission-to-atlantis").await;
    assert_eq!(public.status, StatusCode::OK);
    let menu_home = app.get("/").await;
    assert!(
        menu_home.body.contains("/structures/mission-to-atlantis"),
        "the menus list an open field operation"
    );
    let structures = app.get("/api/v1/structures").await;
    assert!(structures.body.contains("mission-to-atlantis"));

    let ids = app
        .add(&[item(
            "Atlantis news",
            "2027-07-15",
            &["mission-to-atlantis"],
            &[],
            &[],
        )])
        .await;
    // A filter on the parent finds the new structure's items.
    let parent = app.get("/structures/field-operations").await;
    assert!(parent.body.contains("Atlantis news"), "{}", parent.body);

    let closed = app
        .request(post(
            "/admin/site/structures/mission-to-atlantis/close",
            &admin,
            &format!("csrf={csrf}&closed=2027-07-31"),
        ))
        .await;
    assert_eq!(closed.status, StatusCode::SEE_OTHER, "{}", closed.body);
    let first = app.get(&format!("/items/{}", ids[0].0)).await;
    let item_page = app.get(&location(&first)).await;
    assert!(
        item_page.body.contains("OSCE Mission to Atlantis (closed)"),
        "{}",
        item_page.body
    );
    let closed_list = app.get("/structures/field-operations/closed").await;
    assert!(closed_list.body.contains("Mission to Atlantis"));
    assert!(
        !app.get("/")
            .await
            .body
            .contains("/structures/mission-to-atlantis\"")
    );

    let reopened = app
        .request(post(
            "/admin/site/structures/mission-to-atlantis/reopen",
            &admin,
            &format!("csrf={csrf}"),
        ))
        .await;
    assert_eq!(reopened.status, StatusCode::SEE_OTHER, "{}", reopened.body);
    let first = app.get(&format!("/items/{}", ids[0].0)).await;
    assert!(!app.get(&location(&first)).await.body.contains("(closed)"));
    assert_eq!(stored_changes(&app).await, 3);
}

#[tokio::test]
async fn changes_outlive_a_restart_and_set_the_chair_of_a_year() {
    let (app, admin, csrf) = admin_app("2026-11-29T12:00:00Z").await;
    let set = app
        .request(post(
            "/admin/site/chairpersonships",
            &admin,
            &format!("csrf={csrf}&year=2031&country=austria"),
        ))
        .await;
    assert_eq!(set.status, StatusCode::SEE_OTHER, "{}", set.body);
    let chairs = app.get("/api/v1/chairpersonships").await;
    assert!(chairs.body.contains("2031"), "{}", chairs.body);

    let TestApp {
        dir,
        state,
        router,
        db,
    } = app;
    state.store.close().await;
    drop((state, router));
    let again = common::open(
        dir.path(),
        &db,
        common::site(),
        common::at("2031-02-01T12:00:00Z"),
    )
    .await;
    let site = again.site();
    assert_eq!(
        site.chairpersonship(2031).map(|(_, c)| c.slug.as_str()),
        Some("austria"),
        "the stored change is applied on start"
    );
    let router = web::router(again.clone());
    let res = tower::ServiceExt::oneshot(
        router,
        http::Request::get("/")
            .body(axum::body::Body::empty())
            .expect("request"),
    )
    .await
    .expect("infallible");
    let body = http_body_util::BodyExt::collect(res.into_body())
        .await
        .expect("body")
        .to_bytes();
    assert!(
        String::from_utf8_lossy(&body).contains("Austria – OSCE Chairpersonship 2031"),
        "the home page names the chair of the year"
    );
}

#[tokio::test]
async fn a_change_recorded_by_another_process_reaches_this_one_on_its_next_tick() {
    let app = TestApp::start_at("2027-08-01T12:00:00Z").await;
    app.add(&[item(
        "Old work",
        "2026-05-01",
        &["presence-in-albania"],
        &[],
        &[],
    )])
    .await;
    app.refresh().await;
    // Another process (a second server, say) records a rename in the same database.
    let rename = model::site_change::SiteChange::RenameStructure {
        slug: model::Slug::parse("presence-in-albania").expect("slug"),
        from: model::HistDate::parse("2027-01-01").expect("date"),
        name: "Tirana Office".into(),
        source: None,
        translations: std::collections::BTreeMap::new(),
    };
    app.state
        .store
        .record_site_change(
            0,
            &rename,
            &store::Actor::command_line(),
            "2027-08-01T12:00:00Z".parse().expect("instant"),
        )
        .await
        .expect("recorded");
    assert!(item_links(&app.get("/search?q=tirana").await.body).is_empty());
    assert!(app.refresh().await);
    assert_eq!(
        app.state
            .site()
            .structure("presence-in-albania")
            .map(|s| s.current_name().name.as_str()),
        Some("Tirana Office")
    );
    assert_eq!(
        item_links(&app.get("/search?q=tirana").await.body).len(),
        1,
        "the item was indexed again by the new name"
    );
    let structure = app.get("/structures/presence-in-albania").await;
    assert!(
        structure.body.contains("Tirana Office"),
        "cached pages were dropped"
    );
}

#[tokio::test]
async fn a_stored_change_this_version_cannot_read_is_shown_and_skipped_not_fatal() {
    let (app, admin, csrf) = admin_app("2026-11-29T12:00:00Z").await;
    sqlx::query(
        "INSERT INTO site_changes (change, author, made_at) VALUES ('{\"change\":\"teleport-structure\"}', 'future@example.org', 0)",
    )
    .execute(app.state.store.pool())
    .await
    .expect("inserted");
    assert!(app.state.reload_site().await.expect("reloaded"));
    let page = app.request(get("/admin/site", &admin)).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body.contains("(a change this version cannot read)"),
        "{}",
        page.body
    );
    assert!(page.body.contains("it cannot be read"), "{}", page.body);
    // The site works, and the next change goes on top of it.
    let added = app
        .request(post(
            "/admin/site/terms",
            &admin,
            &format!("csrf={csrf}&taxonomy=meeting&name=Water+Forum&slug="),
        ))
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
    assert!(app.get("/meetings").await.body.contains("Water Forum"));
    let dir = app.dir.path().to_owned();
    let TestApp {
        dir: keep,
        state,
        router,
        db,
    } = app;
    state.store.close().await;
    drop((state, router));
    // Starts despite the unreadable change.
    let again = common::open(
        &dir,
        &db,
        common::site(),
        common::at("2026-11-30T12:00:00Z"),
    )
    .await;
    assert!(again.site().meeting("water-forum").is_some());
    assert_eq!(again.site_in_effect().skipped.len(), 1);
    drop(keep);
}
