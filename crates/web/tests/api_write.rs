//! The write API: tokens, create, replace by external id, patch, unpublish, transitions,
//! If-Match, rights, and the read API's error shape.

mod common;

use axum::body::Body;
use common::TestApp;
use common::workspace::{add_user, token};
use http::{Request, StatusCode, header};
use model::access::Role;
use serde_json::{Value, json};

struct Reply {
    status: StatusCode,
    headers: http::HeaderMap,
    json: Value,
}

async fn call(
    app: &TestApp,
    method: &str,
    uri: &str,
    token: Option<&str>,
    if_match: Option<&str>,
    body: Option<Value>,
) -> Reply {
    let mut req = Request::builder().method(method).uri(uri);
    if let Some(t) = token {
        req = req.header(header::AUTHORIZATION, format!("Bearer {t}"));
    }
    if let Some(m) = if_match {
        req = req.header(header::IF_MATCH, m);
    }
    let req = match body {
        Some(b) => req
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(b.to_string())),
        None => req.body(Body::empty()),
    }
    .expect("request");
    let page = app.request(req).await;
    Reply {
        status: page.status,
        headers: page.headers,
        json: serde_json::from_str(&page.body).unwrap_or(Value::Null),
    }
}

fn release(key: &str, title: &str, source: &str) -> Value {
    json!({
        "external_id": key,
        "type": "press-release",
        "language": "en",
        "title": title,
        "date": "2026-02-20",
        "place": "Belgrade",
        "sources": [source],
        "fields_of_work": ["Policing"],
        "countries": ["Serbia"],
        "body_html": "<p>Officials met.</p><script>alert(1)</script>"
    })
}

#[tokio::test]
async fn an_editor_creates_changes_publishes_and_unpublishes_through_the_api() {
    let app = TestApp::start().await;
    add_user(&app, "ed@example.org", Role::Editor, &[]).await;
    let ed = token(&app, "ed@example.org").await;

    let created = call(
        &app,
        "POST",
        "/api/v1/items",
        Some(&ed),
        None,
        Some(release("rel-1", "Police reform talks", "Mission to Serbia")),
    )
    .await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.json);
    let id = created.json["id"].as_i64().expect("an id");
    assert_eq!(
        created.json["status"], "draft",
        "a new item is a draft unless it says otherwise"
    );
    assert_eq!(
        created.headers[header::LOCATION],
        format!("/api/v1/items/{id}").as_str()
    );
    let etag1 = format!("\"i{id}-r1\"");
    assert_eq!(created.headers[header::ETAG], etag1.as_str());
    let stored = app
        .state
        .store
        .item(model::ItemId(id))
        .await
        .expect("read")
        .expect("exists");
    assert!(
        !stored.data.body_html.contains("<script"),
        "the one sanitizer"
    );
    assert_eq!(stored.data.time_zone, "Europe/Belgrade");

    // The same external_id again: a conflict that names the way to change it.
    let again = call(
        &app,
        "POST",
        "/api/v1/items",
        Some(&ed),
        None,
        Some(release("rel-1", "x", "secretariat")),
    )
    .await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert!(
        again.json["error"]["message"]
            .as_str()
            .unwrap_or("")
            .contains("PUT /api/v1/items/by-external-id/rel-1")
    );

    let uri = format!("/api/v1/items/{id}");
    let patch = json!({ "title": "Police reform talks continue" });
    let no_match = call(&app, "PATCH", &uri, Some(&ed), None, Some(patch.clone())).await;
    assert_eq!(no_match.status, StatusCode::PRECONDITION_REQUIRED);
    assert_eq!(no_match.json["error"]["code"], "if_match_required");
    let ok = call(
        &app,
        "PATCH",
        &uri,
        Some(&ed),
        Some(&etag1),
        Some(patch.clone()),
    )
    .await;
    assert_eq!(ok.status, StatusCode::OK, "{}", ok.json);
    assert_eq!(ok.json["revision"], 2);
    let stale = call(
        &app,
        "PATCH",
        &uri,
        Some(&ed),
        Some(&etag1),
        Some(json!({ "title": "Late" })),
    )
    .await;
    assert_eq!(stale.status, StatusCode::PRECONDITION_FAILED);
    assert_eq!(stale.json["error"]["code"], "stale");
    assert_eq!(stale.json["current"]["revision"], 2);
    assert_eq!(
        stale.json["current"]["item"]["title"],
        "Police reform talks continue"
    );

    let etag2 = format!("\"i{id}-r2\"");
    let published = call(
        &app,
        "POST",
        &format!("{uri}/transitions"),
        Some(&ed),
        Some(&etag2),
        Some(json!({ "transition": "publish" })),
    )
    .await;
    assert_eq!(published.status, StatusCode::OK, "{}", published.json);
    assert_eq!(published.json["status"], "published");
    app.refresh().await;
    let public = call(&app, "GET", &uri, None, None, None).await;
    assert_eq!(public.status, StatusCode::OK);
    assert_eq!(
        public.json["data"][0]["fields"]["title"],
        "Police reform talks continue"
    );

    let gone = call(
        &app,
        "DELETE",
        &uri,
        Some(&ed),
        Some(&format!("\"i{id}-r3\"")),
        None,
    )
    .await;
    assert_eq!(gone.status, StatusCode::OK, "{}", gone.json);
    assert_eq!(gone.json["status"], "unpublished");
    app.refresh().await;
    assert_eq!(
        call(&app, "GET", &uri, None, None, None).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.state
            .store
            .history(model::ItemId(id))
            .await
            .expect("history")
            .len(),
        4,
        "nothing is lost"
    );

    // A move that does not start from the item's state.
    let wrong = call(
        &app,
        "POST",
        &format!("{uri}/transitions"),
        Some(&ed),
        Some(&format!("\"i{id}-r4\"")),
        Some(json!({ "transition": "withdraw" })),
    )
    .await;
    assert_eq!(wrong.status, StatusCode::CONFLICT);
}

#[tokio::test]
async fn put_creates_then_replaces_by_external_id() {
    let app = TestApp::start().await;
    add_user(&app, "ed@example.org", Role::Editor, &[]).await;
    let ed = token(&app, "ed@example.org").await;
    let uri = "/api/v1/items/by-external-id/press-2026-7";
    let mut body = release("press-2026-7", "First version", "secretariat");
    body.as_object_mut().expect("object").remove("external_id");
    let created = call(&app, "PUT", uri, Some(&ed), None, Some(body.clone())).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.json);
    let id = created.json["id"].as_i64().expect("id");
    body["title"] = json!("Second version");
    let no_match = call(&app, "PUT", uri, Some(&ed), None, Some(body.clone())).await;
    assert_eq!(no_match.status, StatusCode::PRECONDITION_REQUIRED);
    let replaced = call(
        &app,
        "PUT",
        uri,
        Some(&ed),
        Some(&format!("\"i{id}-r1\"")),
        Some(body.clone()),
    )
    .await;
    assert_eq!(replaced.status, StatusCode::OK, "{}", replaced.json);
    assert_eq!(replaced.json["id"], id);
    assert_eq!(replaced.json["revision"], 2);
    let other = call(
        &app,
        "PUT",
        uri,
        Some(&ed),
        None,
        Some(release("another-key", "x", "secretariat")),
    )
    .await;
    assert_eq!(other.status, StatusCode::BAD_REQUEST);
    assert_eq!(other.json["error"]["pointer"], "/external_id");
}

#[tokio::test]
async fn tokens_rights_and_bad_input_get_the_api_error_shape() {
    let app = TestApp::start().await;
    add_user(&app, "ed@example.org", Role::Editor, &[]).await;
    add_user(
        &app,
        "po@example.org",
        Role::PressOfficer,
        &[("mission-to-serbia", false)],
    )
    .await;
    let ed = token(&app, "ed@example.org").await;
    let po = token(&app, "po@example.org").await;

    // Without a token, POST searches: an item body is not a query.
    let search = call(
        &app,
        "POST",
        "/api/v1/items",
        None,
        None,
        Some(release("k", "t", "secretariat")),
    )
    .await;
    assert_eq!(search.status, StatusCode::BAD_REQUEST);
    let bad = call(
        &app,
        "POST",
        "/api/v1/items",
        Some("not-a-token"),
        None,
        Some(release("k", "t", "secretariat")),
    )
    .await;
    assert_eq!(bad.status, StatusCode::UNAUTHORIZED);
    assert_eq!(bad.json["error"]["code"], "unauthorized");
    assert_eq!(
        call(
            &app,
            "PATCH",
            "/api/v1/items/1",
            None,
            None,
            Some(json!({}))
        )
        .await
        .status,
        StatusCode::UNAUTHORIZED
    );

    let unknown = call(
        &app,
        "POST",
        "/api/v1/items",
        Some(&ed),
        None,
        Some(release("k", "t", "Mision to Serbia")),
    )
    .await;
    assert_eq!(unknown.status, StatusCode::BAD_REQUEST);
    assert_eq!(unknown.json["error"]["pointer"], "/sources");
    // An invisible control character (pasted from a word processor) is refused with its
    // field: feeds could not carry it.
    let control = call(
        &app,
        "POST",
        "/api/v1/items",
        Some(&ed),
        None,
        Some(release("k2", "Talks\u{b}resume", "secretariat")),
    )
    .await;
    assert_eq!(control.status, StatusCode::BAD_REQUEST, "{}", control.json);
    assert!(
        control.json["error"]["message"]
            .as_str()
            .unwrap_or("")
            .contains("control character (U+000B)"),
        "{}",
        control.json
    );
    assert!(
        unknown.json["error"]["message"]
            .as_str()
            .unwrap_or("")
            .contains("Mission to Serbia"),
        "{}",
        unknown.json
    );
    let not_object = call(
        &app,
        "POST",
        "/api/v1/items",
        Some(&ed),
        None,
        Some(json!([1, 2])),
    )
    .await;
    assert_eq!(not_object.status, StatusCode::BAD_REQUEST);
    assert_eq!(not_object.json["error"]["code"], "malformed_json");

    // A press officer: their office only, and no publishing without the grant.
    let theirs = call(
        &app,
        "POST",
        "/api/v1/items",
        Some(&po),
        None,
        Some(release(
            "mission-to-serbia/po-1",
            "Ours",
            "mission-to-serbia",
        )),
    )
    .await;
    assert_eq!(theirs.status, StatusCode::CREATED, "{}", theirs.json);
    let other = call(
        &app,
        "POST",
        "/api/v1/items",
        Some(&po),
        None,
        Some(release("mission-to-serbia/po-2", "Not ours", "odihr")),
    )
    .await;
    assert_eq!(other.status, StatusCode::FORBIDDEN);
    assert_eq!(other.json["error"]["code"], "forbidden");
    let mut published = release(
        "mission-to-serbia/po-3",
        "Published at once",
        "mission-to-serbia",
    );
    published["status"] = json!("published");
    let refused = call(
        &app,
        "POST",
        "/api/v1/items",
        Some(&po),
        None,
        Some(published),
    )
    .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let id = theirs.json["id"].as_i64().expect("id");
    let publish = call(
        &app,
        "POST",
        &format!("/api/v1/items/{id}/transitions"),
        Some(&po),
        Some(&format!("\"i{id}-r1\"")),
        Some(json!({ "transition": "publish" })),
    )
    .await;
    assert_eq!(publish.status, StatusCode::FORBIDDEN);
    let submit = call(
        &app,
        "POST",
        &format!("/api/v1/items/{id}/transitions"),
        Some(&po),
        Some(&format!("\"i{id}-r1\"")),
        Some(json!({ "transition": "submit" })),
    )
    .await;
    assert_eq!(submit.status, StatusCode::OK);
    assert_eq!(submit.json["status"], "in-review");
    // The sample item (OSCE Office in Minsk) is another office's: not found for them.
    let sample = call(
        &app,
        "PATCH",
        "/api/v1/items/1",
        Some(&po),
        Some("\"i1-r1\""),
        Some(json!({ "title": "x" })),
    )
    .await;
    assert_eq!(sample.status, StatusCode::NOT_FOUND);

    // Scheduling needs an instant in the future.
    let past = call(
        &app,
        "POST",
        &format!("/api/v1/items/{id}/transitions"),
        Some(&ed),
        Some(&format!("\"i{id}-r2\"")),
        Some(json!({ "transition": "schedule", "at": "2020-01-01T00:00:00Z" })),
    )
    .await;
    assert_eq!(past.status, StatusCode::BAD_REQUEST);
    assert_eq!(past.json["error"]["pointer"], "/at");
    let later = call(
        &app,
        "POST",
        &format!("/api/v1/items/{id}/transitions"),
        Some(&ed),
        Some(&format!("\"i{id}-r2\"")),
        Some(json!({ "transition": "schedule", "at": "2026-03-02T09:00:00Z" })),
    )
    .await;
    assert_eq!(later.status, StatusCode::OK, "{}", later.json);
    assert_eq!(later.json["status"], "scheduled");
}

#[tokio::test]
async fn a_press_officer_can_neither_detect_nor_write_for_another_office() {
    let app = TestApp::start().await;
    add_user(&app, "ed@example.org", Role::Editor, &[]).await;
    add_user(
        &app,
        "po@example.org",
        Role::PressOfficer,
        &[("mission-to-serbia", true)],
    )
    .await;
    let ed = token(&app, "ed@example.org").await;
    let po = token(&app, "po@example.org").await;
    // Moldova's embargoed work, and an item an editor filed under Serbia's keys for Moldova.
    for key in ["moldova-2026-12-02", "mission-to-serbia/filed-for-moldova"] {
        let made = call(
            &app,
            "POST",
            "/api/v1/items",
            Some(&ed),
            None,
            Some(release(key, "Election results", "Mission to Moldova")),
        )
        .await;
        assert_eq!(made.status, StatusCode::CREATED, "{}", made.json);
    }

    // PUT on another office's key answers exactly as on a key nobody uses.
    let put = |key: &'static str| {
        let app = &app;
        let po = po.clone();
        async move {
            call(
                app,
                "PUT",
                &format!("/api/v1/items/by-external-id/{key}"),
                Some(&po),
                None,
                Some(release(key, "Mine now", "Mission to Serbia")),
            )
            .await
        }
    };
    let taken = put("moldova-2026-12-02").await;
    let free = put("moldova-2026-12-03").await;
    assert_eq!(taken.status, StatusCode::NOT_FOUND, "{}", taken.json);
    assert_eq!(free.status, StatusCode::NOT_FOUND, "{}", free.json);
    assert_eq!(
        taken.json["error"]["message"]
            .as_str()
            .map(|m| m.replace("12-02", "12-0X")),
        free.json["error"]["message"]
            .as_str()
            .map(|m| m.replace("12-03", "12-0X")),
    );
    assert!(
        taken.json["error"]["message"]
            .as_str()
            .unwrap_or("")
            .contains("'mission-to-serbia/'"),
        "the message says which keys are theirs: {}",
        taken.json
    );
    let inside = put("mission-to-serbia/filed-for-moldova").await;
    assert_eq!(inside.status, StatusCode::NOT_FOUND, "{}", inside.json);

    // POST with that key: refused for the key, not for the item behind it.
    let post = |key: &'static str| {
        let app = &app;
        let po = po.clone();
        async move {
            call(
                app,
                "POST",
                "/api/v1/items",
                Some(&po),
                None,
                Some(release(key, "Mine", "Mission to Serbia")),
            )
            .await
        }
    };
    let taken = post("moldova-2026-12-02").await;
    let free = post("moldova-2026-12-03").await;
    assert_eq!(taken.status, StatusCode::BAD_REQUEST, "{}", taken.json);
    assert_eq!(free.status, taken.status);
    assert_eq!(taken.json["error"]["code"], free.json["error"]["code"]);
    assert_eq!(taken.json["error"]["pointer"], "/external_id");

    // Nobody publishes in another office's name: not at creation, not by adding it later.
    let mut joint = release(
        "mission-to-serbia/joint",
        "Joint statement",
        "Mission to Serbia",
    );
    joint["sources"] = json!(["Mission to Moldova", "Mission to Serbia"]);
    joint["status"] = json!("published");
    let refused = call(
        &app,
        "POST",
        "/api/v1/items",
        Some(&po),
        None,
        Some(joint.clone()),
    )
    .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN, "{}", refused.json);
    assert!(
        refused.json["error"]["message"]
            .as_str()
            .unwrap_or("")
            .contains("mission-to-moldova"),
        "{}",
        refused.json
    );
    joint["status"] = json!("draft");
    let as_draft = call(&app, "POST", "/api/v1/items", Some(&po), None, Some(joint)).await;
    assert_eq!(as_draft.status, StatusCode::FORBIDDEN, "{}", as_draft.json);
    let ours = call(
        &app,
        "POST",
        "/api/v1/items",
        Some(&po),
        None,
        Some(release(
            "mission-to-serbia/ours",
            "Ours",
            "Mission to Serbia",
        )),
    )
    .await;
    assert_eq!(ours.status, StatusCode::CREATED, "{}", ours.json);
    let id = ours.json["id"].as_i64().expect("id");
    let widened = call(
        &app,
        "PATCH",
        &format!("/api/v1/items/{id}"),
        Some(&po),
        Some(&format!("\"i{id}-r1\"")),
        Some(json!({ "sources": ["Mission to Serbia", "Mission to Moldova"] })),
    )
    .await;
    assert_eq!(widened.status, StatusCode::FORBIDDEN, "{}", widened.json);

    // A translation cannot join a group of an item the account may not see.
    let link = |of: &'static str| {
        let app = &app;
        let po = po.clone();
        async move {
            call(
                app,
                "PATCH",
                &format!("/api/v1/items/{id}"),
                Some(&po),
                Some(&format!("\"i{id}-r1\"")),
                Some(json!({ "language": "ru", "translation_of": of })),
            )
            .await
        }
    };
    let hidden = link("moldova-2026-12-02").await;
    let nothing = link("nothing-has-this-key").await;
    assert_eq!(hidden.status, StatusCode::BAD_REQUEST, "{}", hidden.json);
    assert_eq!(nothing.status, hidden.status);
    assert_eq!(hidden.json["error"]["code"], nothing.json["error"]["code"]);
    let stored = app
        .state
        .store
        .item(model::ItemId(id))
        .await
        .expect("read")
        .expect("exists");
    assert_eq!(stored.revision, 1, "nothing was written");
    assert_eq!(stored.data.translation_of, None);

    // A status is changed only by a move of the workflow.
    let skipped = call(
        &app,
        "PATCH",
        &format!("/api/v1/items/{id}"),
        Some(&po),
        Some(&format!("\"i{id}-r1\"")),
        Some(json!({ "status": "archived" })),
    )
    .await;
    assert_eq!(skipped.status, StatusCode::CONFLICT, "{}", skipped.json);
    assert_eq!(skipped.json["error"]["pointer"], "/status");
    let submitted = call(
        &app,
        "PATCH",
        &format!("/api/v1/items/{id}"),
        Some(&po),
        Some(&format!("\"i{id}-r1\"")),
        Some(json!({ "status": "in-review" })),
    )
    .await;
    assert_eq!(
        submitted.status,
        StatusCode::OK,
        "a move it may make: {}",
        submitted.json
    );

    // Another office's public item is shown to the token as to the public.
    let sample = call(&app, "GET", "/api/v1/items/1", Some(&po), None, None).await;
    assert_eq!(sample.status, StatusCode::OK, "{}", sample.json);
    assert!(
        sample.json["data"][0].get("revision").is_none(),
        "not as a writer's"
    );
    // A key with its slash, as the documentation writes it, in the address.
    let slashed = call(
        &app,
        "PUT",
        "/api/v1/items/by-external-id/mission-to-serbia/2026-12-01-slashed",
        Some(&po),
        None,
        Some(release(
            "mission-to-serbia/2026-12-01-slashed",
            "Slashed key",
            "Mission to Serbia",
        )),
    )
    .await;
    assert_eq!(slashed.status, StatusCode::CREATED, "{}", slashed.json);
    // Long values are refused, and quoted briefly.
    let mut long_language = release("mission-to-serbia/long", "Long", "Mission to Serbia");
    long_language["language"] = json!("x".repeat(100_000));
    let refused = call(
        &app,
        "POST",
        "/api/v1/items",
        Some(&po),
        None,
        Some(long_language),
    )
    .await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);
    assert!(refused.json.to_string().len() < 1_000, "{}", refused.json);
    let mut long_place = release("mission-to-serbia/long", "Long", "Mission to Serbia");
    long_place["place"] = json!("Belgrade ".repeat(100));
    let refused = call(
        &app,
        "POST",
        "/api/v1/items",
        Some(&po),
        None,
        Some(long_place),
    )
    .await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);
    assert_eq!(refused.json["error"]["pointer"], "/place");
}

/// Several clients save at the same moment: each save waits its turn and answers 200 (or
/// 412 when another client's save came first), never 500 "database is locked".
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_writers_wait_their_turn() {
    let app = std::sync::Arc::new(TestApp::start().await);
    add_user(&app, "ed@example.org", Role::Editor, &[]).await;
    let ed = token(&app, "ed@example.org").await;
    let mut clients = Vec::new();
    for client in 0..4 {
        let app = std::sync::Arc::clone(&app);
        let ed = ed.clone();
        clients.push(tokio::spawn(async move {
            let mut statuses = Vec::new();
            for round in 0..15 {
                // Its own key, and one key all clients share.
                for key in [
                    format!("client-{client}-{round}"),
                    format!("shared-{round}"),
                ] {
                    let uri = format!("/api/v1/items/by-external-id/{key}");
                    let body = release(&key, &format!("Round {round}"), "secretariat");
                    let first = call(&app, "PUT", &uri, Some(&ed), None, Some(body.clone())).await;
                    statuses.push(first.status);
                    let etag = match first.status {
                        StatusCode::CREATED => first.headers[header::ETAG]
                            .to_str()
                            .expect("ascii")
                            .to_owned(),
                        // Another client created it first: replace the version it made.
                        _ => "\"i0-r0\"".to_owned(),
                    };
                    let mut changed = body;
                    changed["title"] = json!(format!("Round {round}, by client {client}"));
                    let second =
                        call(&app, "PUT", &uri, Some(&ed), Some(&etag), Some(changed)).await;
                    statuses.push(second.status);
                }
            }
            statuses
        }));
    }
    let mut seen = std::collections::BTreeMap::new();
    for c in clients {
        for status in c.await.expect("client finished") {
            *seen.entry(status.as_u16()).or_insert(0) += 1;
        }
    }
    assert!(
        seen.keys().all(|s| [200, 201, 412, 428].contains(s)),
        "answers: {seen:?}"
    );
    assert_eq!(
        seen.get(&201),
        Some(&(4 * 15 + 15)),
        "every key created once: {seen:?}"
    );
    assert!(seen.get(&200).is_some_and(|n| *n >= 4 * 15), "{seen:?}");
}
