//! The API in the site's languages: an item lists its public translations (and nothing of
//! the others), and the taxonomies name their entries in every language, one picked with
//! `?language=`.

mod common;

use std::sync::Arc;

use common::{MovableClock, TestApp, item};
use http::StatusCode;
use model::{ItemId, ItemStatus, LanguageCode, NewItem};
use serde_json::{Value, json};

fn in_language(mut it: NewItem, lang: &str, of: ItemId) -> NewItem {
    it.language = LanguageCode::parse(lang).expect("lang");
    it.translation_of = Some(of);
    it
}

/// An English item (2) and its public Russian translation (3); with `hidden`, also its
/// French translation under embargo until 2027 and its German draft (4 and 5, added last so
/// that the other ids do not move).
async fn app_with(clock: Arc<MovableClock>, hidden: bool) -> (TestApp, ItemId, ItemId) {
    let app = TestApp::start_with_clock(clock).await;
    let en = app
        .add(&[item(
            "Elections observed",
            "2026-02-01",
            &["odihr"],
            &["elections"],
            &[],
        )])
        .await[0];
    let ru = item(
        "Наблюдение за выборами",
        "2026-02-01",
        &["odihr"],
        &["elections"],
        &[],
    );
    let ru = app.add(&[in_language(ru, "ru", en)]).await[0];
    if hidden {
        let mut fr = in_language(
            item(
                "Élections observées",
                "2026-02-01",
                &["odihr"],
                &["elections"],
                &[],
            ),
            "fr",
            en,
        );
        fr.embargo_until = Some("2027-01-01T00:00:00Z".parse().expect("instant"));
        let mut de = in_language(
            item(
                "Wahlen beobachtet",
                "2026-02-01",
                &["odihr"],
                &["elections"],
                &[],
            ),
            "de",
            en,
        );
        de.status = ItemStatus::Draft;
        app.add(&[fr, de]).await;
    }
    (app, en, ru)
}

async fn json(app: &TestApp, uri: &str) -> (StatusCode, Value, Option<String>) {
    let page = app.get(uri).await;
    let etag = page
        .headers
        .get("etag")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let body = serde_json::from_str(&page.body).unwrap_or(Value::String(page.body));
    (page.status, body, etag)
}

/// The body without `took`, which is outside the ETag and changes from call to call.
fn without_took(mut v: Value) -> Value {
    if let Value::Object(m) = &mut v {
        m.remove("took");
    }
    v
}

#[tokio::test]
async fn an_item_lists_its_public_translations() {
    let (app, en, ru) = app_with(MovableClock::at("2026-03-01T12:00:00Z"), true).await;
    let (status, body, _) = json(&app, &format!("/api/v1/items/{}", en.0)).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let russian_url = body["data"][0]["translations"][0]["url"].clone();
    assert_eq!(
        body["data"][0]["translations"],
        json!([{ "language": "ru", "id": ru.0, "url": russian_url }])
    );
    assert!(
        russian_url
            .as_str()
            .is_some_and(|u| u.starts_with(&format!("/ru/items/{}/", ru.0))),
        "{russian_url}"
    );

    // The Russian item's own url is its Russian address, and it lists the English original.
    let (_, body, _) = json(&app, &format!("/api/v1/items/{}", ru.0)).await;
    assert_eq!(body["data"][0]["fields"]["url"], russian_url);
    assert_eq!(
        body["data"][0]["translations"],
        json!([{ "language": "en", "id": en.0, "url": format!("/items/{}/elections-observed", en.0) }])
    );

    // A search shows the same, for each item of the page.
    let (_, body, _) = json(&app, "/api/v1/items?sort[]=id:asc&profile=minimal").await;
    let data = body["data"].as_array().cloned().unwrap_or_default();
    let of = |id: i64| {
        data.iter()
            .find(|i| i["id"] == id)
            .map(|i| i["translations"].clone())
            .unwrap_or(Value::Null)
    };
    assert_eq!(of(1), json!([]), "the sample item has none");
    assert_eq!(of(en.0)[0]["id"], ru.0);
    assert_eq!(of(ru.0)[0]["id"], en.0);
    assert_eq!(body["totalCount"], 3, "{body}");
}

#[tokio::test]
async fn hidden_translations_leave_no_trace() {
    let clock = MovableClock::at("2026-03-01T12:00:00Z");
    let (with, en, ru) = app_with(Arc::clone(&clock), true).await;
    let (without, ..) = app_with(MovableClock::at("2026-03-01T12:00:00Z"), false).await;
    let uris = [
        format!("/api/v1/items/{}", en.0),
        format!("/api/v1/items/{}", ru.0),
        "/api/v1/items".to_owned(),
        "/api/v1/items?profile=full&facets[0][field]=language".to_owned(),
        "/api/v1/items?query[value]=elections&sort[]=id:asc".to_owned(),
        format!("/api/v1/items?filter[field]=id&filter[value]={}", en.0),
    ];
    for uri in &uris {
        let (s1, b1, e1) = json(&with, uri).await;
        let (s2, b2, e2) = json(&without, uri).await;
        assert_eq!(s1, StatusCode::OK, "{uri}: {b1}");
        assert_eq!((s1, without_took(b1)), (s2, without_took(b2)), "{uri}");
        assert!(e1.is_some());
        assert_eq!(e1, e2, "{uri}: the ETag tells nothing either");
    }
    for hidden in [4, 5] {
        let (status, ..) = json(&with, &format!("/api/v1/items/{hidden}")).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
    }

    // Once the embargo is over, the French translation is listed (and the draft still not).
    clock.set("2027-01-02T00:00:00Z");
    let (_, body, _) = json(&with, &format!("/api/v1/items/{}", en.0)).await;
    let languages: Vec<&str> = body["data"][0]["translations"]
        .as_array()
        .map(|a| a.iter().filter_map(|t| t["language"].as_str()).collect())
        .unwrap_or_default();
    assert_eq!(languages, ["ru", "fr"], "{body}");
}

fn find<'a>(list: &'a Value, slug: &str) -> &'a Value {
    list["data"]
        .as_array()
        .and_then(|a| a.iter().find(|e| e["slug"] == slug))
        .unwrap_or(&Value::Null)
}

#[tokio::test]
async fn taxonomies_name_their_entries_in_every_language() {
    let app = TestApp::start().await;
    let (_, fields, _) = json(&app, "/api/v1/fields-of-work").await;
    let elections = find(&fields, "elections");
    assert_eq!(elections["name"], "Elections");
    assert_eq!(elections["name_language"], "en");
    assert_eq!(elections["names"]["en"], "Elections");
    assert_eq!(elections["names"]["ru"], "Выборы");

    let (status, fields, _) = json(&app, "/api/v1/fields-of-work?language=ru").await;
    assert_eq!(status, StatusCode::OK, "{fields}");
    let elections = find(&fields, "elections");
    assert_eq!(elections["name"], "Выборы");
    assert_eq!(elections["name_language"], "ru");
    assert_eq!(elections["url"], "/ru/fields-of-work/elections");
    assert_eq!(elections["names"]["en"], "Elections", "names stay complete");

    // Where the site gives no name in the language asked, the default language's, marked so:
    // an entry and a language of the site it is not named in.
    let languages: Vec<String> = common::site()
        .organization
        .languages
        .iter()
        .map(|l| l.code.to_string())
        .collect();
    let mut unnamed = None;
    for taxonomy in ["fields-of-work", "meetings", "countries", "structures"] {
        let (_, list, _) = json(&app, &format!("/api/v1/{taxonomy}")).await;
        let names = if taxonomy == "structures" {
            "names_by_language"
        } else {
            "names"
        };
        for entry in list["data"].as_array().cloned().unwrap_or_default() {
            if let Some(lang) = languages
                .iter()
                .find(|l| entry[names].get(l.as_str()).is_none())
            {
                unnamed = Some((taxonomy, entry, lang.clone(), names));
                break;
            }
        }
        if unnamed.is_some() {
            break;
        }
    }
    let (taxonomy, entry, lang, names) =
        unnamed.expect("an entry the site does not name in every language");
    let (status, list, _) = json(&app, &format!("/api/v1/{taxonomy}?language={lang}")).await;
    assert_eq!(status, StatusCode::OK);
    let fallback = find(&list, entry["slug"].as_str().unwrap_or_default());
    assert_eq!(fallback["name_language"], "en", "{lang}: {fallback}");
    assert_eq!(fallback["name"], entry[names]["en"], "{lang}: {fallback}");
    assert_eq!(fallback["name"], entry["name"]);

    let (_, countries, _) = json(&app, "/api/v1/countries?language=ru").await;
    let moldova = find(&countries, "moldova");
    assert_eq!(moldova["name"], "Молдова");
    assert_eq!(moldova["name_language"], "ru");
    assert_eq!(moldova["names"]["fr"], "Moldavie");

    let (_, meetings, _) = json(&app, "/api/v1/meetings?language=fr").await;
    for m in meetings["data"].as_array().cloned().unwrap_or_default() {
        let lang = m["name_language"].as_str().unwrap_or_default().to_owned();
        assert_eq!(m["name"], m["names"][&lang], "{m}");
    }

    let (_, structures, _) = json(&app, "/api/v1/structures?language=ru").await;
    let odihr = find(&structures, "odihr");
    assert_eq!(
        odihr["name"],
        "Бюро ОБСЕ по демократическим институтам и правам человека"
    );
    assert_eq!(odihr["name_language"], "ru");
    assert_eq!(
        odihr["names_by_language"]["en"],
        "Office for Democratic Institutions and Human Rights"
    );
    // The marks around a name and the kinds are written in the language asked too.
    let minsk = find(&structures, "office-in-minsk");
    assert_eq!(minsk["label"], "Офис ОБСЕ в Минске (не действует)");
    assert_eq!(minsk["kind_label"], "Полевая операция");
    let (_, structures, _) = json(&app, "/api/v1/structures").await;
    assert_eq!(
        find(&structures, "office-in-minsk")["label"],
        "OSCE Office in Minsk (closed)"
    );
    assert_eq!(
        find(&structures, "odihr")["name"],
        "Office for Democratic Institutions and Human Rights"
    );
}

#[tokio::test]
async fn a_bad_language_is_400_with_a_clear_message() {
    let app = TestApp::start().await;
    for (uri, code, message) in [
        (
            "/api/v1/countries?language=xx".to_owned(),
            "unknown_value",
            "unknown language 'xx': the site's languages are en, fr",
        ),
        (
            "/api/v1/structures?language=".to_owned(),
            "empty",
            "'language' is empty",
        ),
        (
            "/api/v1/meetings?language=ru&language=fr".to_owned(),
            "duplicate",
            "given twice",
        ),
        (
            "/api/v1/fields-of-work?lang=ru".to_owned(),
            "unknown_parameter",
            "takes only 'language'",
        ),
        // The longest address a request can have (the server refuses longer ones with 414).
        (
            format!("/api/v1/fields-of-work?language={}", "x".repeat(65_000)),
            "too_long",
            "longer than 1000 bytes",
        ),
    ] {
        let started = std::time::Instant::now();
        let (status, body, _) = json(&app, &uri).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
        assert_eq!(body["error"]["code"], code, "{body}");
        let said = body["error"]["message"].as_str().unwrap_or_default();
        assert!(said.contains(message), "{said}");
        assert!(
            said.len() < 400,
            "the message does not echo the input: {said}"
        );
        assert!(started.elapsed().as_secs() < 5, "answered at once");
    }
}
