//! An embargoed item is invisible on every public surface until its instant, then appears
//! without a restart; a signed preview link shows it before, and only while it is valid.

mod common;

use common::workspace::{add_user, post, session};
use common::{MovableClock, TestApp};
use http::{StatusCode, header};
use model::access::Role;

const TITLE: &str = "Ministerial Council statement on Moldova";

/// Every public surface that could show the item, with what each answers.
async fn public_surfaces(app: &TestApp, id: i64) -> Vec<(String, StatusCode, bool)> {
    let mut out = Vec::new();
    for uri in [
        format!("/items/{id}"),
        format!("/items/{id}/ministerial-council-statement-on-moldova"),
        "/".to_owned(),
        "/press-releases".to_owned(),
        "/press-releases?country=moldova".to_owned(),
        "/countries/moldova".to_owned(),
        "/structures/secretariat".to_owned(),
        "/search?q=ministerial+moldova".to_owned(),
        "/search?q=ministerial".to_owned(),
        format!("/api/v1/items/{id}"),
        "/api/v1/items?query[value]=ministerial&facets[0][field]=country".to_owned(),
        "/api/v1/items?filter[field]=country&filter[value]=moldova".to_owned(),
        "/feed.atom".to_owned(),
        "/feed.atom?country=moldova".to_owned(),
        "/feed.atom?q=ministerial".to_owned(),
        "/sitemap.xml?part=items-1".to_owned(),
    ] {
        let page = app.get(&uri).await;
        let shows = page.body.contains(TITLE)
            || page.body.contains("Ministerial Council statement")
            || page.body.contains(&format!("\"id\":{id}"))
            || page.body.contains(&format!("/items/{id}/"));
        out.push((uri, page.status, shows));
    }
    out
}

#[tokio::test]
async fn an_embargoed_item_leaks_nowhere_before_its_instant() {
    let clock = MovableClock::at("2026-01-10T08:00:00Z");
    let app = TestApp::start_with_clock(clock.clone()).await;
    add_user(&app, "ed@example.org", Role::Editor, &[]).await;
    let (cookie, csrf) = session(&app, "ed@example.org").await;
    let form = [
        ("csrf", csrf.as_str()),
        ("revision", "0"),
        ("type", "statement"),
        ("language", "en"),
        ("title", TITLE),
        ("body", "<p>The Council met in Vienna.</p>"),
        ("place", "Vienna"),
        ("time_zone", "Europe/Vienna"),
        ("published", "2026-01-10T09:00"),
        ("embargo", ""),
        ("sources", "secretariat"),
        ("countries", "moldova"),
    ];
    let body: String = form
        .iter()
        .map(|(k, v)| format!("{k}={}", model::filter::encode_query_value(v)))
        .collect::<Vec<_>>()
        .join("&");
    let created = app.request(post("/admin/items", &cookie, &body)).await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
    let href = created.headers[header::LOCATION]
        .to_str()
        .expect("ascii")
        .to_owned();
    let id: i64 = href
        .rsplit('/')
        .next()
        .and_then(|s| s.parse().ok())
        .expect("id");
    // Scheduled for 10:00 in Vienna (UTC+1 in winter): 09:00 UTC.
    let scheduled = app
        .request(post(
            &format!("{href}/transition"),
            &cookie,
            &format!("csrf={csrf}&revision=1&transition=schedule&at=2026-01-10T10%3A00"),
        ))
        .await;
    assert_eq!(
        scheduled.status,
        StatusCode::SEE_OTHER,
        "{}",
        scheduled.body
    );
    app.refresh().await;

    for (uri, status, shows) in public_surfaces(&app, id).await {
        assert!(!shows, "{uri} shows the item before its instant ({status})");
    }
    // Its "not found" is not kept by caches, which would hide it after its instant.
    let early = app.get(&format!("/items/{id}")).await;
    assert_eq!(early.status, StatusCode::NOT_FOUND);
    assert_eq!(early.headers[header::CACHE_CONTROL], "no-store");
    // A minute before: still nothing (the cached pages, the catalog's visible set).
    clock.set("2026-01-10T08:59:00Z");
    for (uri, status, shows) in public_surfaces(&app, id).await {
        assert!(!shows, "{uri} shows the item a minute early ({status})");
    }

    // The signed preview link shows it now, exactly as its page will be.
    let made = app
        .request(post(
            &format!("{href}/preview-link"),
            &cookie,
            &format!("csrf={csrf}&days=1"),
        ))
        .await;
    assert_eq!(made.status, StatusCode::OK);
    let start = made.body.find("/preview/").expect("a preview link");
    let link: String = made.body[start..]
        .chars()
        .take_while(|c| !c.is_whitespace() && *c != '<')
        .collect::<String>()
        .replace("&#38;", "&")
        .replace("&amp;", "&");
    let preview = app.get(&link).await;
    assert_eq!(preview.status, StatusCode::OK, "{link}: {}", preview.body);
    assert!(preview.body.contains(TITLE));
    assert!(preview.body.contains("VIENNA, 10 January 2026 - "));
    assert_eq!(preview.headers[header::CACHE_CONTROL], "no-store, private");
    assert_eq!(preview.headers["x-robots-tag"], "noindex, nofollow");
    // No sharing card for a chat that fetches the link, no share links, kept out of indexes.
    assert!(!preview.body.contains("og:description") && !preview.body.contains("ld+json"));
    assert!(!preview.body.contains("share-heading"));
    assert!(
        preview
            .body
            .contains("<meta name=\"robots\" content=\"noindex\">")
    );
    let forged = link.replace(&format!("/preview/{id}?"), "/preview/1?");
    assert_eq!(
        app.get(&forged).await.status,
        StatusCode::FORBIDDEN,
        "the link is for one item"
    );
    // The signature's last digit changed (to another digit than the one it has).
    let other = if link.ends_with('0') { '1' } else { '0' };
    let tampered = format!("{}{other}", &link[..link.len() - 1]);
    assert_eq!(app.get(&tampered).await.status, StatusCode::FORBIDDEN);
    assert_eq!(
        app.get(&format!("/preview/{id}")).await.status,
        StatusCode::FORBIDDEN
    );

    // At the instant it is public everywhere, without a restart: listings and pages at
    // once (they read the clock), search after the next tick of the follower, which adds
    // the item to the index at its instant and not before.
    clock.set("2026-01-10T09:00:00Z");
    app.refresh().await;
    let surfaces = public_surfaces(&app, id).await;
    for (uri, status, shows) in &surfaces {
        if uri.starts_with("/items/") {
            assert!(
                *status == StatusCode::OK || *status == StatusCode::MOVED_PERMANENTLY,
                "{uri}: {status}"
            );
        } else {
            assert!(
                *shows,
                "{uri} does not show the item at its instant ({status})"
            );
        }
    }

    // Two days later the preview link has expired.
    clock.set("2026-01-12T09:00:00Z");
    let expired = app.get(&link).await;
    assert_eq!(expired.status, StatusCode::FORBIDDEN);
    assert!(expired.body.contains("This preview link has expired."));
}

/// What the index derives from its items — relevance scores (and so ETags), "did you mean",
/// completions — does not change when a draft or a scheduled item is added, and follows
/// the item once it is public.
#[tokio::test]
async fn scores_suggestions_and_completions_know_nothing_of_hidden_items() {
    let clock = MovableClock::at("2026-01-10T08:00:00Z");
    let app = TestApp::start_with_clock(clock.clone()).await;
    let mut public = common::item(
        "Observers report on elections in Vienna",
        "2026-01-05",
        &["odihr"],
        &[],
        &[],
    );
    public.body_html = "<p>The elections were observed by many observers.</p>".into();
    app.add(&[public]).await;
    app.refresh().await;

    let api = "/api/v1/items?query[value]=elections";
    let observed = |page: &common::Page| {
        let mut json: serde_json::Value = serde_json::from_str(&page.body).expect("json");
        json["took"] = serde_json::Value::Null;
        (json, page.headers[header::ETAG].clone())
    };
    let before = observed(&app.get(api).await);
    assert!(
        before.0["data"][0]["score"]
            .as_f64()
            .is_some_and(|s| s > 0.0),
        "{}",
        before.0
    );
    let search_before = app.get("/search?q=elections").await.body;

    // A scheduled item (public tomorrow) and a draft, both full of the same words.
    let mut scheduled = common::item(
        "Glimmerquaxon pact on elections",
        "2026-01-11",
        &["odihr"],
        &[],
        &[],
    );
    scheduled.status = model::ItemStatus::Scheduled;
    scheduled.body_html = "<p>Elections, elections and the Glimmerquaxon pact.</p>".into();
    let mut draft = common::item(
        "Zorbulax elections draft",
        "2026-01-01",
        &["odihr"],
        &[],
        &[],
    );
    draft.status = model::ItemStatus::Draft;
    draft.body_html = "<p>Elections and zorbulax.</p>".into();
    let ids = app.add(&[scheduled, draft]).await;
    app.refresh().await;

    let after = observed(&app.get(api).await);
    assert_eq!(
        before, after,
        "the score and the ETag of a public result moved"
    );
    let search_after = app.get("/search?q=elections").await.body;
    assert_eq!(
        search_before.replace(char::is_numeric, ""),
        search_after.replace(char::is_numeric, ""),
        "the search page changed"
    );
    for q in [
        "electons+OR+glimmerquaxom",
        "glimmerquaxom",
        "zorbulac",
        "glimmerquax*",
        "zorbu*",
        "title:glimmerquaxon",
    ] {
        let page = app.get(&format!("/search?q={q}")).await;
        // The links to the same search in the other languages, the one widening it to
        // every language (shown whatever it finds), the sharing card's title and address and
        // the search fields and the links to the search's feed repeat the words typed.
        let echoes = [
            "application/atom+xml",
            "hreflang=",
            "class=\"widen\"",
            "property=\"og:",
            "name=\"q\"",
        ];
        let body: String = page
            .body
            .to_lowercase()
            .lines()
            .filter(|l| !echoes.iter().any(|e| l.contains(e)))
            .collect();
        for hidden in ["glimmerquaxon", "zorbulax"] {
            let shown = body.matches(hidden).count();
            // The words typed are shown back; nothing more may name them.
            let typed = q.to_lowercase().matches(hidden).count();
            assert!(
                shown <= typed * 4,
                "{q}: '{hidden}' appears {shown} times: {}",
                page.body
            );
        }
        assert!(
            !page.body.contains("Did you mean") || q.starts_with("electons"),
            "{q}: {}",
            page.body
        );
    }
    let typo = app.get("/search?q=electons+OR+glimmerquaxom").await.body;
    assert!(
        !typo
            .to_lowercase()
            .contains("did you mean “elections or glimmerquaxon”"),
        "{typo}"
    );

    // At its instant the scheduled item joins the index: found, completed, suggested.
    clock.set("2026-01-11T09:00:00Z");
    app.refresh().await;
    let found = app.get("/search?q=glimmerquaxon").await.body;
    assert!(found.contains("Glimmerquaxon pact on elections"), "{found}");
    let completed = app.get("/search?q=glimmerquax*").await.body;
    assert!(completed.contains("Glimmerquaxon pact on elections"));
    let suggested = app.get("/search?q=glimmerquaxom").await.body;
    assert!(suggested.contains("Did you mean"), "{suggested}");
    // The draft stays out.
    assert!(
        !app.get("/search?q=zorbulax")
            .await
            .body
            .contains("Zorbulax elections draft")
    );
    assert_eq!(ids.len(), 2);
}

/// The clock of a server can be set back (a wrong time corrected): the index then drops
/// what is not public at the new time, and takes it again at its instant.
#[tokio::test]
async fn the_index_follows_a_clock_set_back() {
    let clock = MovableClock::at("2026-01-10T08:00:00Z");
    let app = TestApp::start_with_clock(clock.clone()).await;
    let mut scheduled = common::item(
        "Quorvantic summit statement",
        "2026-01-11",
        &["secretariat"],
        &[],
        &[],
    );
    scheduled.status = model::ItemStatus::Scheduled;
    app.add(&[scheduled]).await;
    app.refresh().await;
    async fn found(app: &TestApp) -> bool {
        app.get("/search?q=quorvantic")
            .await
            .body
            .contains("Quorvantic summit statement")
    }
    assert!(!found(&app).await);
    clock.set("2026-01-12T08:00:00Z");
    app.refresh().await;
    assert!(found(&app).await, "public at its instant");
    clock.set("2026-01-10T12:00:00Z");
    app.refresh().await;
    assert!(
        !found(&app).await,
        "the clock went back: not public, not in the index"
    );
    assert!(
        !app.get("/search?q=quorvantik")
            .await
            .body
            .contains("Did you mean"),
        "nor in the dictionary of suggestions"
    );
    clock.set("2026-01-11T09:00:00Z");
    app.refresh().await;
    assert!(found(&app).await, "public again at its instant");
}
