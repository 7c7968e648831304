//! Translating items in the workspace: "Translate" makes a draft in a language the item
//! lacks, with its metadata and text; rights and bad languages are refused without writing
//! anything; a translation whose original changed is flagged until it is marked up to date;
//! the dashboard lists outdated translations and recent public items lacking a language.

mod common;

use common::TestApp;
use common::workspace::{add_user, get, post, session};
use http::{StatusCode, header};
use model::access::Role;
use model::{ItemId, ItemStatus};

fn body(pairs: &[(&str, &str)]) -> String {
    pairs
        .iter()
        .map(|(k, v)| format!("{k}={}", model::filter::encode_query_value(v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// The form of an English item of `source`, at `revision`, with `text` as its body.
fn item_form<'a>(
    csrf: &'a str,
    revision: &'a str,
    title: &'a str,
    source: &'a str,
    text: &'a str,
) -> Vec<(&'a str, &'a str)> {
    vec![
        ("csrf", csrf),
        ("revision", revision),
        ("type", "press-release"),
        ("language", "en"),
        ("title", title),
        ("summary", "Police reform was discussed."),
        ("body", text),
        ("place", "Belgrade"),
        ("time_zone", "Europe/Belgrade"),
        ("published", "2026-02-20T10:00"),
        ("embargo", ""),
        ("sources", source),
        ("fields_of_work", "policing"),
        ("countries", "serbia"),
        ("meetings", "summit-meetings"),
    ]
}

fn id_of(location: &str) -> i64 {
    location
        .rsplit('/')
        .next()
        .and_then(|s| s.parse().ok())
        .expect("an item address")
}

/// Creates an item through the form; returns its id.
async fn create(app: &TestApp, cookie: &str, csrf: &str, title: &str, source: &str) -> i64 {
    let form = item_form(
        csrf,
        "0",
        title,
        source,
        "<p>Officials met in Belgrade.</p>",
    );
    let res = app
        .request(post("/admin/items", cookie, &body(&form)))
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    id_of(res.headers[header::LOCATION].to_str().expect("ascii"))
}

/// Asks for a translation of item `id` into `language`.
async fn translate(
    app: &TestApp,
    cookie: &str,
    csrf: &str,
    id: i64,
    language: &str,
) -> common::Page {
    app.request(post(
        &format!("/admin/items/{id}/translate"),
        cookie,
        &body(&[("csrf", csrf), ("language", language)]),
    ))
    .await
}

async fn publish(app: &TestApp, cookie: &str, csrf: &str, id: i64, revision: &str) {
    let res = app
        .request(post(
            &format!("/admin/items/{id}/transition"),
            cookie,
            &body(&[
                ("csrf", csrf),
                ("revision", revision),
                ("transition", "publish"),
            ]),
        ))
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
}

/// The "Translate" section of an item's page.
fn translate_form(page: &str) -> &str {
    let start = page
        .find("id=\"translate\"")
        .expect("the Translate section");
    let rest = &page[start..];
    &rest[..rest.find("</section>").expect("its end")]
}

#[tokio::test]
async fn translate_makes_a_draft_in_the_group_with_the_metadata_copied() {
    let app = TestApp::start().await;
    add_user(&app, "ed@example.org", Role::Editor, &[]).await;
    let (cookie, csrf) = session(&app, "ed@example.org").await;
    let en = create(
        &app,
        &cookie,
        &csrf,
        "Police reform talks",
        "mission-to-serbia",
    )
    .await;

    let page = app
        .request(get(&format!("/admin/items/{en}"), &cookie))
        .await
        .body;
    assert!(
        page.contains(&format!("action=\"/admin/items/{en}/translate\"")),
        "{page}"
    );
    // The "Translate" form's choices (the header's language picker lists every language).
    let form = translate_form(&page);
    assert!(form.contains("<option value=\"fr\" lang=\"fr\">Français</option>"));
    assert!(
        !form.contains("<option value=\"en\" lang=\"en\">"),
        "not the item's own language"
    );

    let res = translate(&app, &cookie, &csrf, en, "fr").await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let href = res.headers[header::LOCATION]
        .to_str()
        .expect("ascii")
        .to_owned();
    let fr = id_of(&href);
    assert_ne!(fr, en);

    let store = &app.state.store;
    let original = store.item(ItemId(en)).await.expect("read").expect("some");
    let made = store.item(ItemId(fr)).await.expect("read").expect("some");
    assert_eq!(made.data.language.as_str(), "fr");
    assert_eq!(made.data.status, ItemStatus::Draft);
    assert_eq!(made.translation_group, original.translation_group);
    assert_eq!(made.revision, 1);
    let (o, m) = (&original.data, &made.data);
    assert_eq!(m.item_type, o.item_type);
    assert_eq!(m.sources, o.sources);
    assert_eq!(m.fields_of_work, o.fields_of_work);
    assert_eq!(m.countries, o.countries);
    assert_eq!(m.meetings, o.meetings);
    assert!(!m.meetings.is_empty() && !m.fields_of_work.is_empty());
    assert_eq!(
        (&m.place, &m.time_zone, m.published_at),
        (&o.place, &o.time_zone, o.published_at)
    );
    assert_eq!(
        (&m.title, &m.summary, &m.body_html),
        (&o.title, &o.summary, &o.body_html),
        "the original's text, to translate"
    );
    let source = store
        .translation_source(ItemId(fr))
        .await
        .expect("read")
        .expect("recorded");
    assert_eq!((source.original, source.revision), (ItemId(en), 1));

    // Its form opens, telling what it was made from.
    let page = app.request(get(&href, &cookie)).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body.contains(&format!(
            "<a href=\"/admin/items/{en}\">Translation of item {en}, matching revision 1 of the original.</a>"
        )),
        "{}",
        page.body
    );
    // French is no longer offered for the original.
    let page = app
        .request(get(&format!("/admin/items/{en}"), &cookie))
        .await
        .body;
    let form = translate_form(&page);
    assert!(
        !form.contains("<option value=\"fr\" lang=\"fr\">"),
        "{page}"
    );
    assert!(form.contains("<option value=\"de\" lang=\"de\">Deutsch</option>"));
    let log = store.audit_log(None, 1).await.expect("log");
    assert_eq!(log[0].action, "item.translate");
}

#[tokio::test]
async fn translate_refuses_bad_languages_and_writes_nothing() {
    let app = TestApp::start().await;
    add_user(&app, "ed@example.org", Role::Editor, &[]).await;
    let (cookie, csrf) = session(&app, "ed@example.org").await;
    let en = create(
        &app,
        &cookie,
        &csrf,
        "Police reform talks",
        "mission-to-serbia",
    )
    .await;
    let res = translate(&app, &cookie, &csrf, en, "fr").await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let fr = id_of(res.headers[header::LOCATION].to_str().expect("ascii"));
    let count = || async { app.state.store.count_items().await.expect("count") };
    let before = count().await;

    let huge = "a".repeat(1_000_000);
    for (item, language, status, message) in [
        (
            en,
            "fr",
            StatusCode::CONFLICT,
            format!("already has a version in Français (item {fr})"),
        ),
        (
            fr,
            "en",
            StatusCode::CONFLICT,
            format!("already has a version in English (item {en})"),
        ),
        (
            en,
            "xx",
            StatusCode::BAD_REQUEST,
            "&#39;xx&#39; is not a language of the site".to_owned(),
        ),
        (
            en,
            "EN",
            StatusCode::BAD_REQUEST,
            "&#39;EN&#39; is not a language of the site".to_owned(),
        ),
        (
            en,
            "",
            StatusCode::BAD_REQUEST,
            "choose the language of the translation".to_owned(),
        ),
        (
            en,
            huge.as_str(),
            StatusCode::BAD_REQUEST,
            "is not a language of the site".to_owned(),
        ),
    ] {
        let res = translate(&app, &cookie, &csrf, item, language).await;
        let shown = language.chars().take(20).collect::<String>();
        assert_eq!(res.status, status, "{shown}: {}", res.body);
        assert!(res.body.contains(&message), "{shown}: {}", res.body);
        assert!(
            res.body.len() < 50_000,
            "{shown}: the value is not echoed whole"
        );
    }
    // Without the session's CSRF proof, and for an item that does not exist.
    let res = app
        .request(post(
            &format!("/admin/items/{en}/translate"),
            &cookie,
            &body(&[("csrf", "forged"), ("language", "de")]),
        ))
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN, "{}", res.body);
    assert_eq!(
        translate(&app, &cookie, &csrf, 999, "de").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(count().await, before, "nothing was written");
}

#[tokio::test]
async fn a_press_officer_translates_only_items_of_their_structures() {
    let app = TestApp::start().await;
    add_user(&app, "ed@example.org", Role::Editor, &[]).await;
    add_user(
        &app,
        "po@example.org",
        Role::PressOfficer,
        &[("mission-to-serbia", false)],
    )
    .await;
    let (ed, ed_csrf) = session(&app, "ed@example.org").await;
    let (po, po_csrf) = session(&app, "po@example.org").await;
    let moldova = create(
        &app,
        &ed,
        &ed_csrf,
        "Moldova statement",
        "mission-to-moldova",
    )
    .await;
    publish(&app, &ed, &ed_csrf, moldova, "1").await;
    let serbia = create(&app, &ed, &ed_csrf, "Serbia statement", "mission-to-serbia").await;
    let before = app.state.store.count_items().await.expect("count");

    // Another office's item, public or not, is answered as one that does not exist.
    let res = translate(&app, &po, &po_csrf, moldova, "ru").await;
    assert_eq!(res.status, StatusCode::NOT_FOUND, "{}", res.body);
    assert_eq!(
        app.state.store.count_items().await.expect("count"),
        before,
        "nothing was written"
    );
    // Their own office's item, they may.
    let res = translate(&app, &po, &po_csrf, serbia, "ru").await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let ru = id_of(res.headers[header::LOCATION].to_str().expect("ascii"));
    let made = app
        .state
        .store
        .item(ItemId(ru))
        .await
        .expect("read")
        .expect("some");
    assert_eq!(made.data.language.as_str(), "ru");
    assert_eq!(made.data.status, ItemStatus::Draft);
}

#[tokio::test]
async fn an_outdated_translation_is_flagged_until_it_is_marked_up_to_date() {
    let app = TestApp::start().await;
    add_user(&app, "ed@example.org", Role::Editor, &[]).await;
    let (cookie, csrf) = session(&app, "ed@example.org").await;
    let en = create(
        &app,
        &cookie,
        &csrf,
        "Police reform talks",
        "mission-to-serbia",
    )
    .await;
    let res = translate(&app, &cookie, &csrf, en, "fr").await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let fr = id_of(res.headers[header::LOCATION].to_str().expect("ascii"));
    let fr_page = format!("/admin/items/{fr}");
    let changes = format!("/admin/items/{fr}/original-changes");
    let outdated_note = "The original has changed since";

    // Publishing the original is a new revision, but gives nothing to translate.
    publish(&app, &cookie, &csrf, en, "1").await;
    let page = app.request(get(&fr_page, &cookie)).await.body;
    assert!(!page.contains(outdated_note), "{page}");
    let dashboard = app.request(get("/admin", &cookie)).await.body;
    assert!(!dashboard.contains(&changes), "{dashboard}");

    // The original's text changes.
    let form = item_form(
        &csrf,
        "2",
        "Police reform talks",
        "mission-to-serbia",
        "<p>Officials met in Vienna.</p>",
    );
    let res = app
        .request(post(&format!("/admin/items/{en}"), &cookie, &body(&form)))
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);

    let page = app.request(get(&fr_page, &cookie)).await.body;
    assert!(
        page.contains("The original has changed since: it is now at revision 3."),
        "{page}"
    );
    assert!(page.contains(&format!("href=\"{changes}\"")));
    let dashboard = app.request(get("/admin", &cookie)).await.body;
    assert!(
        dashboard.contains(&format!(
            "<a href=\"{changes}\">Changes since revision 1 (now 3)</a>"
        )),
        "{dashboard}"
    );

    // The difference view shows what changed in the original since revision 1.
    let diff = app.request(get(&changes, &cookie)).await;
    assert_eq!(diff.status, StatusCode::OK, "{}", diff.body);
    assert!(diff.body.contains("<del>Belgrade.</del>"), "{}", diff.body);
    assert!(diff.body.contains("<ins>Vienna.</ins>"), "{}", diff.body);
    assert!(
        diff.body
            .contains("Changes to the original since revision 1")
    );
    assert!(diff.body.contains("name=\"original_revision\" value=\"3\""));

    // Saving the translation does not say it matches the new text.
    let mut translated = item_form(
        &csrf,
        "1",
        "Pourparlers sur la réforme de la police",
        "mission-to-serbia",
        "<p>Les responsables se sont réunis à Belgrade.</p>",
    );
    translated.retain(|(k, _)| *k != "language");
    translated.push(("language", "fr"));
    let res = app
        .request(post(&fr_page, &cookie, &body(&translated)))
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let page = app.request(get(&fr_page, &cookie)).await.body;
    assert!(page.contains(outdated_note), "{page}");

    // Marking it: the original's revision must be the one the translator compared with.
    let mark = |revision: &'static str| {
        let (app, cookie, csrf) = (&app, cookie.clone(), csrf.clone());
        async move {
            app.request(post(
                &format!("/admin/items/{fr}/up-to-date"),
                &cookie,
                &body(&[("csrf", csrf.as_str()), ("original_revision", revision)]),
            ))
            .await
        }
    };
    let res = mark("2").await;
    assert_eq!(res.status, StatusCode::CONFLICT, "{}", res.body);
    assert!(res.body.contains("it is now at revision 3"), "{}", res.body);
    let res = mark("three").await;
    assert_eq!(res.status, StatusCode::BAD_REQUEST, "{}", res.body);
    assert!(res.body.contains("which revision of the original"));
    assert!(
        app.request(get(&fr_page, &cookie))
            .await
            .body
            .contains(outdated_note),
        "refused marks changed nothing"
    );
    let res = mark("3").await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert_eq!(res.headers[header::LOCATION], fr_page.as_str());

    let page = app.request(get(&fr_page, &cookie)).await.body;
    assert!(!page.contains(outdated_note), "{page}");
    assert!(
        page.contains("matching revision 3 of the original"),
        "{page}"
    );
    let dashboard = app.request(get("/admin", &cookie)).await.body;
    assert!(!dashboard.contains(&changes), "{dashboard}");
    assert!(dashboard.contains("Every translation made here is up to date"));

    // An item not made with "Translate" has no original to compare with.
    for uri in [
        format!("/admin/items/{en}/original-changes"),
        "/admin/items/999/original-changes".to_owned(),
    ] {
        let res = app.request(get(&uri, &cookie)).await;
        assert_eq!(res.status, StatusCode::NOT_FOUND, "{uri}");
    }
    let res = app
        .request(get(&format!("/admin/items/{en}/original-changes"), &cookie))
        .await;
    assert!(
        res.body.contains("was not made with “Translate”"),
        "{}",
        res.body
    );
}

#[tokio::test]
async fn the_dashboard_lists_recent_public_items_missing_a_translation() {
    let app = TestApp::start().await;
    add_user(&app, "ed@example.org", Role::Editor, &[]).await;
    add_user(
        &app,
        "po@example.org",
        Role::PressOfficer,
        &[("mission-to-moldova", false)],
    )
    .await;
    let (cookie, csrf) = session(&app, "ed@example.org").await;
    let (po, _) = session(&app, "po@example.org").await;
    let public = create(
        &app,
        &cookie,
        &csrf,
        "Police reform talks",
        "mission-to-serbia",
    )
    .await;
    publish(&app, &cookie, &csrf, public, "1").await;
    // A draft is nobody's missing translation yet.
    create(
        &app,
        &cookie,
        &csrf,
        "Unfinished draft",
        "mission-to-serbia",
    )
    .await;

    let dashboard = app.request(get("/admin", &cookie)).await.body;
    assert!(dashboard.contains("Missing translations"), "{dashboard}");
    assert!(
        dashboard.contains("Public items of the last 90 days that have no version"),
        "{dashboard}"
    );
    for language in ["Français", "Deutsch", "Italiano", "Русский", "Español"] {
        assert!(
            dashboard.contains(&format!("<li>{language}: 1 item without a version</li>")),
            "{language}: {dashboard}"
        );
    }
    assert!(!dashboard.contains("<li>English:"), "{dashboard}");
    assert!(dashboard.contains("The most recent one:"), "{dashboard}");
    assert!(
        dashboard.contains(&format!(
            "<a href=\"/admin/items/{public}#translate\" lang=\"en\">Police reform talks</a>"
        )),
        "{dashboard}"
    );
    assert!(dashboard.contains("<td>Français, Deutsch, Italiano, Русский, Español</td>"));
    assert!(!dashboard.contains("#translate\" lang=\"en\">Unfinished draft"));

    // Once a French version is being made, French is no longer missing.
    let res = translate(&app, &cookie, &csrf, public, "fr").await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let dashboard = app.request(get("/admin", &cookie)).await.body;
    assert!(!dashboard.contains("<li>Français:"), "{dashboard}");
    assert!(dashboard.contains("<td>Deutsch, Italiano, Русский, Español</td>"));

    // A press officer of another office sees none of it.
    let theirs = app.request(get("/admin", &po)).await.body;
    assert!(!theirs.contains("Police reform talks"), "{theirs}");
    assert!(theirs.contains("Every public item of this period has a version"));
}

#[test]
fn counts_take_each_languages_plural_forms() {
    use render::messages::{text_in, workspace_key as wk};
    let count = |lang: &str, n: i64| {
        text_in(
            lang,
            wk::DASHBOARD_MISSING_COUNT,
            &[("language", "X".into()), ("count", n.into())],
        )
    };
    assert_eq!(count("en", 1), "X: 1 item without a version");
    assert_eq!(count("en", 2), "X: 2 items without a version");
    assert_eq!(count("ru", 1), "X: 1 материал без версии");
    assert_eq!(count("ru", 21), "X: 21 материал без версии");
    assert_eq!(count("ru", 3), "X: 3 материала без версии");
    assert_eq!(count("ru", 5), "X: 5 материалов без версии");
    assert_eq!(count("ru", 11), "X: 11 материалов без версии");
    assert_eq!(count("fr", 1), "X : 1 contenu sans version");
    assert_eq!(count("fr", 2), "X : 2 contenus sans version");
    assert_eq!(count("de", 2), "X: 2 Beiträge ohne Fassung");
    let days = |n: i64| text_in("ru", wk::DASHBOARD_MISSING_INTRO, &[("days", n.into())]);
    assert!(days(90).contains("за последние 90 дней"), "{}", days(90));
    assert!(days(3).contains("за последние 3 дня"), "{}", days(3));
}
