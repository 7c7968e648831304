//! Writing items in the workspace: create, save, conflicts, the workflow, rights per role,
//! and what reaches the public site.

mod common;

use common::workspace::{add_user, get, post, session, token};
use common::{TestApp, item};
use http::{StatusCode, header};
use model::access::Role;

/// A form body from pairs (values percent-encoded).
fn body(pairs: &[(&str, &str)]) -> String {
    pairs
        .iter()
        .map(|(k, v)| format!("{k}={}", model::filter::encode_query_value(v)))
        .collect::<Vec<_>>()
        .join("&")
}

fn item_form<'a>(
    csrf: &'a str,
    revision: &'a str,
    title: &'a str,
    source: &'a str,
) -> Vec<(&'a str, &'a str)> {
    vec![
        ("csrf", csrf),
        ("revision", revision),
        ("type", "press-release"),
        ("language", "en"),
        ("title", title),
        ("summary", ""),
        (
            "body",
            "<p>Officials met in Belgrade.</p><script>alert('x')</script><p onclick=\"steal()\">Second.</p>",
        ),
        ("place", "Belgrade"),
        ("time_zone", "Europe/Belgrade"),
        ("published", "2026-02-20T10:00"),
        ("embargo", ""),
        ("sources", source),
        ("fields_of_work", "policing"),
        ("countries", "serbia"),
    ]
}

/// Creates an item through the form; returns its workspace address.
async fn create(app: &TestApp, cookie: &str, csrf: &str, title: &str, source: &str) -> String {
    let res = app
        .request(post(
            "/admin/items",
            cookie,
            &body(&item_form(csrf, "0", title, source)),
        ))
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    res.headers[header::LOCATION]
        .to_str()
        .expect("ascii")
        .to_owned()
}

#[tokio::test]
async fn an_editor_writes_saves_and_publishes_an_item() {
    let app = TestApp::start().await;
    add_user(&app, "ed@example.org", Role::Editor, &[]).await;
    let (cookie, csrf) = session(&app, "ed@example.org").await;
    let new_form = app.request(get("/admin/items/new", &cookie)).await;
    assert_eq!(new_form.status, StatusCode::OK);
    assert!(
        new_form
            .body
            .contains("<option value=\"office-in-minsk\">Office in Minsk (closed)</option>"),
        "closed structures are marked"
    );

    let href = create(
        &app,
        &cookie,
        &csrf,
        "Police reform <b>talks</b> in Belgrade",
        "mission-to-serbia",
    )
    .await;
    let id: i64 = href
        .rsplit('/')
        .next()
        .and_then(|s| s.parse().ok())
        .expect("an id");
    let page = app.request(get(&href, &cookie)).await.body;
    assert!(
        page.contains(&format!("Item {id} · revision 1 · Draft")),
        "{page}"
    );
    assert!(
        page.contains("Police reform &#60;b&#62;talks&#60;/b&#62; in Belgrade"),
        "the title is text"
    );
    assert!(
        !page.contains("<script>alert"),
        "the body was sanitized on save"
    );
    assert!(!page.contains("onclick"));
    assert!(page.contains("Publish now") && page.contains("Submit for review"));

    // A draft is nowhere public.
    app.refresh().await;
    assert_eq!(
        app.get(&format!("/items/{id}")).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get(&format!("/api/v1/items/{id}")).await.status,
        StatusCode::NOT_FOUND
    );

    let published = app
        .request(post(
            &format!("/admin/items/{id}/transition"),
            &cookie,
            &body(&[
                ("csrf", &csrf),
                ("revision", "1"),
                ("transition", "publish"),
            ]),
        ))
        .await;
    assert_eq!(
        published.status,
        StatusCode::SEE_OTHER,
        "{}",
        published.body
    );
    // The item page is public at once (the page rendered while it was a draft is dropped),
    // before the next poll brings the listings along.
    assert_eq!(
        app.get(&format!("/items/{id}")).await.status,
        StatusCode::MOVED_PERMANENTLY
    );
    app.refresh().await;
    let public = app.get(&format!("/items/{id}")).await;
    assert_eq!(public.status, StatusCode::MOVED_PERMANENTLY);
    let public = app
        .get(public.headers[header::LOCATION].to_str().expect("ascii"))
        .await;
    assert_eq!(public.status, StatusCode::OK);
    assert!(
        public.body.contains("BELGRADE, 20 February 2026 - "),
        "dateline at the place"
    );
    assert!(!public.body.contains("<script>alert"));
    let listing = app.get("/press-releases?country=serbia").await.body;
    assert!(
        listing.contains("Police reform &#60;b&#62;talks&#60;/b&#62; in Belgrade"),
        "{listing}"
    );

    let history = app.request(get(&href, &cookie)).await.body;
    assert!(
        history.contains("<td>2 (current)</td><td>ed@example.org</td>"),
        "{history}"
    );
    let log = app.state.store.audit_log(None, 20).await.expect("log");
    assert!(
        log.iter()
            .any(|e| e.action == "item.publish" && e.actor == "ed@example.org")
    );
    assert!(log.iter().any(|e| e.action == "item.create"));
}

#[tokio::test]
async fn a_second_save_on_the_same_revision_is_refused_with_both_versions() {
    let app = TestApp::start().await;
    add_user(&app, "ann@example.org", Role::Editor, &[]).await;
    add_user(&app, "bob@example.org", Role::Editor, &[]).await;
    let (ann, ann_csrf) = session(&app, "ann@example.org").await;
    let (bob, bob_csrf) = session(&app, "bob@example.org").await;
    let href = create(&app, &ann, &ann_csrf, "Original title", "secretariat").await;

    let first = app
        .request(post(
            &href,
            &bob,
            &body(&item_form(&bob_csrf, "1", "Bob's title", "secretariat")),
        ))
        .await;
    assert_eq!(first.status, StatusCode::SEE_OTHER, "{}", first.body);
    let second = app
        .request(post(
            &href,
            &ann,
            &body(&item_form(&ann_csrf, "1", "Ann's title", "secretariat")),
        ))
        .await;
    assert_eq!(second.status, StatusCode::CONFLICT);
    assert!(
        second
            .body
            .contains("Someone saved this item while you were editing it")
    );
    assert!(
        second.body.contains("bob@example.org saved revision 2"),
        "{}",
        second.body
    );
    assert!(
        second
            .body
            .contains("<span class=\"label\">Saved:</span> Bob&#39;s title"),
        "{}",
        second.body
    );
    assert!(
        second
            .body
            .contains("<span class=\"label\">Yours:</span> Ann&#39;s title")
    );
    assert!(
        second.body.contains("name=\"revision\" value=\"2\""),
        "the next save is based on what was seen"
    );
    let stored = app
        .state
        .store
        .item(model::ItemId(2))
        .await
        .expect("read")
        .expect("exists");
    assert_eq!(stored.data.title, "Bob's title", "never a silent overwrite");
}

#[tokio::test]
async fn press_officers_write_for_their_office_and_publish_only_where_granted() {
    let app = TestApp::start().await;
    app.add(&[item(
        "Elections observed",
        "2024-05-02",
        &["odihr"],
        &[],
        &[],
    )])
    .await;
    add_user(
        &app,
        "po@example.org",
        Role::PressOfficer,
        &[("mission-to-serbia", false)],
    )
    .await;
    let (cookie, csrf) = session(&app, "po@example.org").await;

    // Another office's source: refused.
    let res = app
        .request(post(
            "/admin/items",
            &cookie,
            &body(&item_form(&csrf, "0", "Not ours", "odihr")),
        ))
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN, "{}", res.body);
    // Another office's item: neither shown nor saved, and answered as one that does not
    // exist (item 999 does not).
    for id in ["2", "999"] {
        assert_eq!(
            app.request(get(&format!("/admin/items/{id}"), &cookie))
                .await
                .status,
            StatusCode::NOT_FOUND
        );
        let res = app
            .request(post(
                &format!("/admin/items/{id}"),
                &cookie,
                &body(&item_form(&csrf, "1", "Taken over", "mission-to-serbia")),
            ))
            .await;
        assert_eq!(res.status, StatusCode::NOT_FOUND);
    }

    let href = create(&app, &cookie, &csrf, "Ours", "mission-to-serbia").await;
    let page = app.request(get(&href, &cookie)).await.body;
    assert!(page.contains("Submit for review"));
    assert!(!page.contains("Publish now"), "no publishing right");
    let id = href.rsplit('/').next().expect("id");
    let publish = app
        .request(post(
            &format!("/admin/items/{id}/transition"),
            &cookie,
            &body(&[
                ("csrf", &csrf),
                ("revision", "1"),
                ("transition", "publish"),
            ]),
        ))
        .await;
    assert_eq!(publish.status, StatusCode::FORBIDDEN);
    let submit = app
        .request(post(
            &format!("/admin/items/{id}/transition"),
            &cookie,
            &body(&[("csrf", &csrf), ("revision", "1"), ("transition", "submit")]),
        ))
        .await;
    assert_eq!(submit.status, StatusCode::SEE_OTHER);
    let page = app.request(get(&href, &cookie)).await.body;
    assert!(page.contains("revision 2 · In review"), "{page}");

    // A forged form (no CSRF proof) changes nothing.
    let forged = app
        .request(post(
            &format!("/admin/items/{id}/transition"),
            &cookie,
            &body(&[("revision", "2"), ("transition", "withdraw")]),
        ))
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_scheduled_item_appears_at_its_instant_in_the_place_zone() {
    let app = TestApp::start().await; // the clock: 2026-03-01T12:00:00Z
    add_user(&app, "ed@example.org", Role::Editor, &[]).await;
    let (cookie, csrf) = session(&app, "ed@example.org").await;
    let href = create(&app, &cookie, &csrf, "Embargoed statement", "secretariat").await;
    let id: i64 = href
        .rsplit('/')
        .next()
        .and_then(|s| s.parse().ok())
        .expect("id");
    let res = app
        .request(post(
            &format!("/admin/items/{id}/transition"),
            &cookie,
            &body(&[
                ("csrf", &csrf),
                ("revision", "1"),
                ("transition", "schedule"),
                ("at", "2026-03-02T10:00"),
            ]),
        ))
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let stored = app
        .state
        .store
        .item(model::ItemId(id))
        .await
        .expect("read")
        .expect("exists");
    assert_eq!(stored.data.status, model::ItemStatus::Scheduled);
    // 10:00 in Belgrade in winter (UTC+1) is 09:00 UTC.
    assert_eq!(
        stored.data.published_at,
        "2026-03-02T09:00:00Z"
            .parse::<jiff::Timestamp>()
            .expect("instant")
    );
    let v = stored.visibility();
    assert!(!v.is_public_at("2026-03-02T08:59:00Z".parse().expect("instant")));
    assert!(v.is_public_at("2026-03-02T09:00:00Z".parse().expect("instant")));
    app.refresh().await;
    assert_eq!(
        app.get(&format!("/items/{id}")).await.status,
        StatusCode::NOT_FOUND,
        "not before its instant"
    );
    assert!(
        !app.get("/press-releases")
            .await
            .body
            .contains("Embargoed statement")
    );
    let past = app
        .request(post(
            &format!("/admin/items/{id}/transition"),
            &cookie,
            &body(&[
                ("csrf", &csrf),
                ("revision", "2"),
                ("transition", "withdraw"),
            ]),
        ))
        .await;
    assert_eq!(past.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn an_invalid_form_is_shown_again_with_its_problems() {
    let app = TestApp::start().await;
    add_user(&app, "ed@example.org", Role::Editor, &[]).await;
    let (cookie, csrf) = session(&app, "ed@example.org").await;
    let mut form = item_form(&csrf, "0", "", "secretariat");
    form.retain(|(k, _)| *k != "sources");
    let res = app
        .request(post("/admin/items", &cookie, &body(&form)))
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        res.body.contains("title: a title is required"),
        "{}",
        res.body
    );
    assert!(
        res.body
            .contains("sources: at least one source is required")
    );
    assert!(
        res.body.contains("Officials met in Belgrade."),
        "what was typed is kept"
    );
    assert_eq!(
        app.state.store.count_items().await.expect("count"),
        1,
        "nothing stored"
    );
}

#[tokio::test]
async fn an_earlier_revision_is_shown_as_a_difference_and_can_be_restored() {
    let app = TestApp::start().await;
    add_user(&app, "ed@example.org", Role::Editor, &[]).await;
    let (cookie, csrf) = session(&app, "ed@example.org").await;
    let href = create(
        &app,
        &cookie,
        &csrf,
        "Talks on police reform",
        "mission-to-serbia",
    )
    .await;
    let saved = app
        .request(post(
            &href,
            &cookie,
            &body(&item_form(
                &csrf,
                "1",
                "Talks on border police reform",
                "mission-to-serbia",
            )),
        ))
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    let page = app.request(get(&href, &cookie)).await.body;
    assert!(
        page.contains(&format!("<a href=\"{href}/revisions/1\">1</a>")),
        "{page}"
    );

    let diff = app
        .request(get(&format!("{href}/revisions/1"), &cookie))
        .await;
    assert_eq!(diff.status, StatusCode::OK);
    assert!(
        diff.body.contains(
            "<th scope=\"row\">Title</th><td>Talks on <ins>border</ins> police reform</td>"
        ),
        "{}",
        diff.body
    );
    assert!(
        !diff.body.contains("<th scope=\"row\">Body</th>"),
        "unchanged fields are not listed"
    );

    let restored = app
        .request(post(
            &format!("{href}/restore"),
            &cookie,
            &body(&[("csrf", &csrf), ("revision", "2"), ("from", "1")]),
        ))
        .await;
    assert_eq!(restored.status, StatusCode::SEE_OTHER, "{}", restored.body);
    let id: i64 = href
        .rsplit('/')
        .next()
        .and_then(|s| s.parse().ok())
        .expect("id");
    let now = app
        .state
        .store
        .item(model::ItemId(id))
        .await
        .expect("read")
        .expect("exists");
    assert_eq!(
        (now.revision, now.data.title.as_str()),
        (3, "Talks on police reform")
    );
    let history = app
        .state
        .store
        .history(model::ItemId(id))
        .await
        .expect("history");
    assert_eq!(history.len(), 3, "nothing is lost: every version is kept");
    let log = app.state.store.audit_log(None, 5).await.expect("log");
    assert_eq!(log[0].action, "item.restore-revision-1");
}

/// Payloads that would run script if any page let them through as markup.
const XSS: [&str; 8] = [
    "<script>alert(1)</script>",
    "\"><img src=x onerror=alert(1)>",
    "'><svg onload=alert(1)>",
    "javascript:alert(1)",
    "<a href=\"javascript:alert(1)\">x</a>",
    "<iframe src=\"data:text/html,<script>alert(1)</script>\"></iframe>",
    "{{7*7}}<style>*{display:none}</style>",
    "</textarea><script>alert(1)</script>",
];

/// Markup that may only appear if a payload got through unescaped.
fn live_markup(html: &str) -> Option<&'static str> {
    // Tags and attributes are case-insensitive (the dateline shows the place in capitals).
    let html = html.to_lowercase();
    [
        "<script>alert",
        "<img src=x onerror",
        "<svg onload",
        "href=\"javascript:",
        "<iframe",
        "<style>*{display:none}",
    ]
    .into_iter()
    .find(|m| html.contains(m))
}

#[tokio::test]
async fn script_payloads_in_every_field_render_inert_and_sql_metacharacters_verbatim() {
    let app = TestApp::start().await;
    add_user(&app, "ed@example.org", Role::Editor, &[]).await;
    let (cookie, csrf) = session(&app, "ed@example.org").await;
    let sql = "O'Brien\"; DROP TABLE items; -- 100% _x_ \\ ;";
    for (n, payload) in XSS.iter().enumerate() {
        let title = format!("{payload} {sql} {n}");
        let summary = format!("Summary {payload}");
        let body_html = format!("<p>Body {payload}</p>");
        let place = payload.to_string();
        let form = [
            ("csrf", csrf.as_str()),
            ("revision", "0"),
            ("type", "news"),
            ("language", "en"),
            ("title", title.as_str()),
            ("summary", summary.as_str()),
            ("body", body_html.as_str()),
            ("place", place.as_str()),
            ("time_zone", "Europe/Vienna"),
            ("published", "2026-02-01T10:00"),
            ("sources", "secretariat"),
        ];
        let created = app
            .request(post("/admin/items", &cookie, &body(&form)))
            .await;
        assert_eq!(
            created.status,
            StatusCode::SEE_OTHER,
            "{payload}: {}",
            created.body
        );
        let href = created.headers[header::LOCATION]
            .to_str()
            .expect("ascii")
            .to_owned();
        let id: i64 = href
            .rsplit('/')
            .next()
            .and_then(|s| s.parse().ok())
            .expect("id");
        let stored = app
            .state
            .store
            .item(model::ItemId(id))
            .await
            .expect("read")
            .expect("exists");
        assert_eq!(stored.data.title, title.trim(), "stored verbatim");
        assert!(stored.data.title.contains(sql));

        let admin_page = app.request(get(&href, &cookie)).await.body;
        assert_eq!(
            live_markup(&admin_page),
            None,
            "workspace page, payload {payload}"
        );
        let published = app
            .request(post(
                &format!("{href}/transition"),
                &cookie,
                &body(&[
                    ("csrf", &csrf),
                    ("revision", "1"),
                    ("transition", "publish"),
                ]),
            ))
            .await;
        assert_eq!(published.status, StatusCode::SEE_OTHER);
        app.refresh().await;
        let public = app.get(&stored.path()).await;
        assert_eq!(public.status, StatusCode::OK, "{payload}");
        assert_eq!(
            live_markup(&public.body),
            None,
            "public page, payload {payload}"
        );
        let listing = app.get("/press-releases").await.body;
        assert_eq!(live_markup(&listing), None, "listing, payload {payload}");
        let api = app.get(&format!("/api/v1/items/{id}")).await;
        assert_eq!(api.status, StatusCode::OK);
        assert_eq!(api.headers["content-type"], "application/json");
        let json: serde_json::Value = serde_json::from_str(&api.body).expect("JSON");
        assert_eq!(
            json["data"][0]["fields"]["title"],
            title.trim(),
            "the API gives the text as stored"
        );
    }
    let dashboard = app.request(get("/admin", &cookie)).await.body;
    assert_eq!(live_markup(&dashboard), None, "dashboard");
}

#[tokio::test]
async fn a_translation_joins_the_group_of_its_original() {
    let app = TestApp::start().await;
    add_user(&app, "ed@example.org", Role::Editor, &[]).await;
    let (cookie, csrf) = session(&app, "ed@example.org").await;
    let english = create(
        &app,
        &cookie,
        &csrf,
        "Police reform talks",
        "mission-to-serbia",
    )
    .await;
    let en_id = english.rsplit('/').next().expect("id").to_owned();

    let mut form = item_form(
        &csrf,
        "0",
        "Переговоры о реформе полиции",
        "mission-to-serbia",
    );
    form.retain(|(k, _)| *k != "language");
    form.push(("language", "ru"));
    form.push(("translation_of", en_id.as_str()));
    let res = app
        .request(post("/admin/items", &cookie, &body(&form)))
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let russian = res.headers[header::LOCATION]
        .to_str()
        .expect("ascii")
        .to_owned();
    let page = app.request(get(&russian, &cookie)).await.body;
    assert!(
        page.contains(&format!(
            "Translations: <a href=\"{english}\" lang=\"en\">Police reform talks</a> (en)"
        )),
        "{page}"
    );
    let page = app.request(get(&english, &cookie)).await.body;
    assert!(
        page.contains("lang=\"ru\">Переговоры о реформе полиции</a> (ru)"),
        "{page}"
    );

    for (value, message) in [
        (en_id.as_str(), "already in this language"),
        ("999", "there is no item 999"),
        ("abc", "&#39;abc&#39; is not an item number"),
    ] {
        let mut form = item_form(&csrf, "0", "Another version", "mission-to-serbia");
        form.push(("translation_of", value));
        let res = app
            .request(post("/admin/items", &cookie, &body(&form)))
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{value}");
        assert!(res.body.contains(message), "{value}: {}", res.body);
    }
}

#[tokio::test]
async fn a_token_reads_the_items_its_account_may_edit_whatever_their_state() {
    let app = TestApp::start().await;
    add_user(&app, "ed@example.org", Role::Editor, &[]).await;
    add_user(
        &app,
        "po@example.org",
        Role::PressOfficer,
        &[("odihr", false)],
    )
    .await;
    let (cookie, csrf) = session(&app, "ed@example.org").await;
    let href = create(
        &app,
        &cookie,
        &csrf,
        "Draft on police reform",
        "mission-to-serbia",
    )
    .await;
    let id = href.rsplit('/').next().expect("id").to_owned();
    let editor = token(&app, "ed@example.org").await;
    let officer = token(&app, "po@example.org").await;
    let with = |auth: &str| {
        http::Request::get(format!("/api/v1/items/{id}"))
            .header(header::AUTHORIZATION, auth.to_owned())
            .body(axum::body::Body::empty())
            .expect("request")
    };

    assert_eq!(
        app.get(&format!("/api/v1/items/{id}")).await.status,
        StatusCode::NOT_FOUND,
        "a draft is not public"
    );
    let r = app.request(with(&format!("Bearer {editor}"))).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(r.headers[header::ETAG], format!("\"i{id}-r1\"").as_str());
    assert_eq!(r.headers[header::CACHE_CONTROL], "private, no-store");
    let json: serde_json::Value = serde_json::from_str(&r.body).expect("JSON");
    assert_eq!(json["data"][0]["status"], "draft");
    assert_eq!(json["data"][0]["revision"], 1);
    assert_eq!(json["data"][0]["public"], false);

    let r = app.request(with(&format!("Bearer {officer}"))).await;
    assert_eq!(
        r.status,
        StatusCode::NOT_FOUND,
        "another office's item is not said to exist"
    );
    for bad in ["Bearer nope", "Basic ZWQ6cHc=", "Bearer "] {
        let r = app.request(with(bad)).await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED, "{bad}");
        assert!(r.body.contains("\"code\":\"unauthorized\""), "{}", r.body);
    }
    // A disabled account's tokens stop working.
    app.state
        .store
        .set_user_disabled(
            "ed@example.org",
            true,
            &store::Actor::command_line(),
            jiff::Timestamp::UNIX_EPOCH,
        )
        .await
        .expect("disabled");
    assert_eq!(
        app.request(with(&format!("Bearer {editor}"))).await.status,
        StatusCode::UNAUTHORIZED
    );
}

/// A press officer learns nothing of another office's items from the workspace — not even
/// their workflow state from a refused move — and cannot bring another office's name back
/// by restoring an old revision.
#[tokio::test]
async fn another_offices_items_tell_nothing_and_cannot_be_restored_into_ones_name() {
    let app = TestApp::start().await;
    add_user(&app, "ed@example.org", Role::Editor, &[]).await;
    add_user(
        &app,
        "po@example.org",
        Role::PressOfficer,
        &[("mission-to-serbia", true)],
    )
    .await;
    let (ed, ed_csrf) = session(&app, "ed@example.org").await;
    let (po, po_csrf) = session(&app, "po@example.org").await;
    // Moldova's draft and Moldova's scheduled item, made by an editor.
    let draft = create(&app, &ed, &ed_csrf, "Moldova draft", "mission-to-moldova").await;
    let scheduled = create(&app, &ed, &ed_csrf, "Moldova embargo", "mission-to-moldova").await;
    let res = app
        .request(post(
            &format!("{scheduled}/transition"),
            &ed,
            &body(&[
                ("csrf", &ed_csrf),
                ("revision", "1"),
                ("transition", "schedule"),
                ("at", "2026-03-09T10:00"),
            ]),
        ))
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let answers = |href: String, transition: &'static str| {
        let app = &app;
        let po = po.clone();
        let csrf = po_csrf.clone();
        async move {
            let res = app
                .request(post(
                    &format!("{href}/transition"),
                    &po,
                    &body(&[
                        ("csrf", &csrf),
                        ("revision", "1"),
                        ("transition", transition),
                    ]),
                ))
                .await;
            (
                res.status,
                res.body.contains("draft") || res.body.contains("scheduled"),
            )
        }
    };
    for transition in ["archive", "submit", "publish", "withdraw"] {
        let d = answers(draft.clone(), transition).await;
        let s = answers(scheduled.clone(), transition).await;
        let none = answers("/admin/items/999".into(), transition).await;
        assert_eq!(d.0, StatusCode::NOT_FOUND, "{transition}");
        assert_eq!((d, s), (none, none), "{transition}");
    }
    for uri in [
        format!("{draft}/revisions/1"),
        format!("{scheduled}/revisions/1"),
    ] {
        assert_eq!(
            app.request(get(&uri, &po)).await.status,
            StatusCode::NOT_FOUND,
            "{uri}"
        );
    }

    // A joint item: revision 1 names Moldova and Serbia; the officer narrows it to Serbia,
    // which is theirs, then tries to restore revision 1.
    let mut joint = item_form(&ed_csrf, "0", "Joint statement", "mission-to-serbia");
    joint.push(("sources", "mission-to-moldova"));
    let res = app.request(post("/admin/items", &ed, &body(&joint))).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let href = res.headers[http::header::LOCATION]
        .to_str()
        .expect("ascii")
        .to_owned();
    let res = app
        .request(post(
            &href,
            &po,
            &body(&item_form(
                &po_csrf,
                "1",
                "Joint statement",
                "mission-to-serbia",
            )),
        ))
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let res = app
        .request(post(
            &format!("{href}/restore"),
            &po,
            &body(&[("csrf", &po_csrf), ("revision", "2"), ("from", "1")]),
        ))
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN, "{}", res.body);
    assert!(res.body.contains("mission-to-moldova"), "{}", res.body);
}
