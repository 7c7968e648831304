//! The public read API (`/api/v1`), driven in-process on a fresh data dir.

mod common;

use axum::body::Body;
use common::{TestApp, item, slugs};
use http::{Request, StatusCode};
use model::{ItemStatus, LanguageCode, Slug};
use serde_json::{Value, json};

/// The app at 2026-03-01 with the sample item (1) and these:
///
/// | id | title | local date | type | language | sources | field | country | notes |
/// | 2 | Election observers deployed in Moldova | 2024-03-05 | news | en | odihr | elections | moldova | summary, Chisinau |
/// | 3 | Police training in Serbia | 2024-03-20 | press-release | en | mission-to-serbia | policing | serbia | |
/// | 4 | Выборы в Молдове | 2023-11-02 | statement | ru | mission-to-moldova | elections | moldova | permanent-council |
/// | 5 | Media freedom in Belarus | 2010-06-01 | press-release | en | office-in-minsk | media | belarus | no place |
/// | 6 | Embargoed statement on elections | (embargoed until 2027) |
/// | 7 | Draft about elections | (draft) |
/// | 8 | Scheduled elections news | (published 2026-06-01) |
async fn app() -> TestApp {
    let app = TestApp::start().await;
    let mut observers = item(
        "Election observers deployed in Moldova",
        "2024-03-05",
        &["odihr"],
        &["elections"],
        &["moldova"],
    );
    observers.item_type = Slug::parse("news").expect("slug");
    observers.summary = "Observers arrive ahead of the elections.".into();
    observers.place = "Chisinau".into();
    observers.time_zone = "Europe/Chisinau".into();
    let police = item(
        "Police training in Serbia",
        "2024-03-20",
        &["mission-to-serbia"],
        &["policing"],
        &["serbia"],
    );
    let mut russian = item(
        "Выборы в Молдове",
        "2023-11-02",
        &["mission-to-moldova"],
        &["elections"],
        &["moldova"],
    );
    russian.language = LanguageCode::parse("ru").expect("lang");
    russian.item_type = Slug::parse("statement").expect("slug");
    russian.meetings = slugs(&["permanent-council"]);
    russian.body_html = "<p>Наблюдатели прибыли на выборы.</p>".into();
    let mut media = item(
        "Media freedom in Belarus",
        "2010-06-01",
        &["office-in-minsk"],
        &["media-freedom-and-development"],
        &["belarus"],
    );
    media.place = String::new();
    let mut embargoed = item(
        "Embargoed statement on elections",
        "2025-01-01",
        &["odihr"],
        &["elections"],
        &["moldova"],
    );
    embargoed.embargo_until = Some("2027-01-01T00:00:00Z".parse().expect("instant"));
    let mut draft = item(
        "Draft about elections",
        "2025-02-01",
        &["odihr"],
        &["elections"],
        &["moldova"],
    );
    draft.status = ItemStatus::Draft;
    let scheduled = item(
        "Scheduled elections news",
        "2026-06-01",
        &["odihr"],
        &["elections"],
        &["moldova"],
    );
    let ids = app
        .add(&[
            observers, police, russian, media, embargoed, draft, scheduled,
        ])
        .await;
    assert_eq!(ids.first().map(|i| i.0), Some(2));
    publishing::indexing::catch_up(
        &app.state.store,
        &app.state.site_in_effect().base,
        &app.state.text,
        app.state.clock.now(),
    )
    .await
    .expect("the text index follows");
    app
}

struct Json {
    status: StatusCode,
    headers: http::HeaderMap,
    body: Value,
}

async fn get(app: &TestApp, uri: &str) -> Json {
    let page = app.get(uri).await;
    Json {
        status: page.status,
        headers: page.headers,
        body: serde_json::from_str(&page.body).unwrap_or(Value::String(page.body)),
    }
}

async fn post(app: &TestApp, body: impl Into<Body>) -> Json {
    let req = Request::post("/api/v1/items")
        .header("content-type", "application/json")
        .body(body.into())
        .expect("request");
    let page = app.request(req).await;
    Json {
        status: page.status,
        headers: page.headers,
        body: serde_json::from_str(&page.body).unwrap_or(Value::String(page.body)),
    }
}

async fn post_json(app: &TestApp, body: Value) -> Json {
    post(app, body.to_string()).await
}

fn ids(v: &Value) -> Vec<i64> {
    v["data"]
        .as_array()
        .map(|a| a.iter().filter_map(|i| i["id"].as_i64()).collect())
        .unwrap_or_default()
}

/// The ids a filter selects (POSTed), newest first.
async fn filtered(app: &TestApp, filter: Value) -> Vec<i64> {
    let r = post_json(app, json!({ "filter": filter, "limit": 100 })).await;
    assert_eq!(r.status, StatusCode::OK, "{filter}: {}", r.body);
    ids(&r.body)
}

/// `(value, count)` of a facet.
fn facet(v: &Value, name: &str) -> Vec<(String, i64)> {
    v["facets"][name]["data"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|e| {
                    (
                        e["value"].as_str().unwrap_or_default().to_owned(),
                        e["count"].as_i64().unwrap_or(-1),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

fn pairs(list: &[(&str, i64)]) -> Vec<(String, i64)> {
    list.iter().map(|(v, n)| ((*v).to_owned(), *n)).collect()
}

#[track_caller]
fn assert_error(r: &Json, status: StatusCode, code: &str, pointer: &str, message: &str) {
    assert_eq!(r.status, status, "{}", r.body);
    let e = &r.body["error"];
    assert_eq!(e["code"], code, "{}", r.body);
    assert_eq!(e["pointer"], pointer, "{}", r.body);
    let m = e["message"].as_str().unwrap_or_default();
    assert!(m.contains(message), "{m:?} should contain {message:?}");
    assert_eq!(
        r.headers.get("content-type").and_then(|v| v.to_str().ok()),
        Some("application/json")
    );
    assert_eq!(
        r.headers
            .get("access-control-allow-origin")
            .and_then(|v| v.to_str().ok()),
        Some("*")
    );
}

// --- the response ----------------------------------------------------------------------

#[tokio::test]
async fn a_search_answers_with_the_envelope() {
    let app = app().await;
    let r = get(&app, "/api/v1/items?limit=2").await;
    assert_eq!(r.status, StatusCode::OK);
    let b = &r.body;
    assert_eq!(b["totalCount"], 5, "only public items count");
    assert_eq!(b["count"], 2);
    assert_eq!(ids(b), vec![3, 2], "newest first by default");
    assert!(b["took"].as_f64().is_some_and(|t| t >= 0.0));
    assert_eq!(b["facets"], json!({}));
    assert_eq!(b["links"]["self"], "/api/v1/items?limit=2");
    assert_eq!(b["links"]["next"], "/api/v1/items?limit=2&offset=2");
    assert_eq!(b["links"]["prev"], Value::Null);
    let first = &b["data"][0];
    assert_eq!(first["href"], "/api/v1/items/3");
    assert_eq!(first["score"], Value::Null, "no score without a text query");
    let keys: Vec<&str> = first["fields"]
        .as_object()
        .map(|m| m.keys().map(String::as_str).collect())
        .unwrap_or_default();
    let mut want = vec![
        "id",
        "type",
        "language",
        "title",
        "summary",
        "date",
        "date_local",
        "place",
        "source",
        "field_of_work",
        "country",
        "meeting",
        "year",
        "url",
    ];
    let mut got = keys.clone();
    got.sort_unstable();
    want.sort_unstable();
    assert_eq!(got, want, "the list profile: every field but the body");
}

#[tokio::test]
async fn item_fields_have_their_documented_shapes() {
    let app = app().await;
    let r = get(
        &app,
        "/api/v1/items?filter[field]=id&filter[value]=1&profile=full",
    )
    .await;
    let f = &r.body["data"][0]["fields"];
    assert_eq!(f["id"], 1);
    assert_eq!(
        f["type"],
        json!({ "id": "press-release", "slug": "press-release", "name": "Press release" })
    );
    assert_eq!(f["language"], json!({ "id": "en", "name": "English" }));
    assert_eq!(
        f["title"],
        "OSCE representative encourages Belarus to work closer with NGOs to combat human trafficking"
    );
    assert_eq!(f["date"], "2008-04-07T21:00:00Z", "the instant, in UTC");
    assert_eq!(f["date_local"], "2008-04-08", "the day at the item's place");
    assert_eq!(f["year"], 2008);
    assert_eq!(f["place"], "Minsk");
    assert_eq!(
        f["source"],
        json!([
            { "id": "secretariat", "slug": "secretariat", "name": "Secretariat", "label": "OSCE Secretariat", "closed": false },
            { "id": "office-in-minsk", "slug": "office-in-minsk", "name": "Office in Minsk", "label": "OSCE Office in Minsk (closed)", "closed": true }
        ])
    );
    assert_eq!(
        f["field_of_work"],
        json!([{ "id": "combating-trafficking-in-human-beings", "slug": "combating-trafficking-in-human-beings", "name": "Combating trafficking in human beings" }])
    );
    assert_eq!(
        f["country"],
        json!([{ "id": "belarus", "slug": "belarus", "name": "Belarus" }])
    );
    assert_eq!(
        f["url"],
        "/items/1/osce-representative-encourages-belarus-to-work-closer-with-ngos-to-combat-human-trafficking"
    );
    let body = f["body"].as_str().unwrap_or_default();
    assert!(
        body.starts_with("<p>The OSCE Special Representative"),
        "{body}"
    );
    assert!(
        !body.contains("<abbr"),
        "the stored HTML, without page marks"
    );
    let r = get(&app, "/api/v1/items?filter[field]=id&filter[value]=4").await;
    let f = &r.body["data"][0]["fields"];
    assert_eq!(f["language"], json!({ "id": "ru", "name": "Русский" }));
    assert_eq!(
        f["meeting"],
        json!([{ "id": "permanent-council", "slug": "permanent-council", "name": "Plenary meetings of the Permanent Council" }])
    );
}

// --- parameters ------------------------------------------------------------------------

#[tokio::test]
async fn query_searches_the_text_and_orders_by_score() {
    let app = app().await;
    let r = get(&app, "/api/v1/items?query=elections").await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let found = ids(&r.body);
    assert!(found.contains(&2), "{found:?}");
    assert!(
        !found.iter().any(|id| [6, 7, 8].contains(id)),
        "hidden items never match"
    );
    let scores: Vec<f64> = r.body["data"]
        .as_array()
        .map(|a| a.iter().filter_map(|i| i["score"].as_f64()).collect())
        .unwrap_or_default();
    assert_eq!(scores.len(), found.len(), "every hit has a score");
    assert!(
        scores.windows(2).all(|w| w[0] >= w[1]),
        "best first: {scores:?}"
    );

    // Ordered by date, the hits are found without scoring every match, and each hit of
    // the page still shows the score it has by relevance.
    let by_date = get(&app, "/api/v1/items?query=elections&sort[0]=date:desc").await;
    assert_eq!(by_date.status, StatusCode::OK, "{}", by_date.body);
    let scored_by_id = |body: &Value| -> Vec<(i64, f64)> {
        let mut v: Vec<(i64, f64)> = body["data"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|i| Some((i["id"].as_i64()?, i["score"].as_f64()?)))
                    .collect()
            })
            .unwrap_or_default();
        v.sort_by_key(|(id, _)| *id);
        v
    };
    let date_scores = scored_by_id(&by_date.body);
    assert_eq!(date_scores.len(), found.len(), "{}", by_date.body);
    assert_eq!(date_scores, scored_by_id(&r.body));
    assert!(date_scores.iter().all(|(_, s)| *s > 0.0), "{date_scores:?}");

    // Every word is needed by default; any word with OR.
    let all = get(&app, "/api/v1/items?query=police+observers").await;
    assert_eq!(all.body["totalCount"], 0);
    let any = post_json(
        &app,
        json!({ "query": { "value": "police observers", "operator": "OR" } }),
    )
    .await;
    let mut got = ids(&any.body);
    got.sort_unstable();
    assert_eq!(got, vec![2, 3]);

    // Fields choose what is searched: "Moldova" is in a title and in the names of
    // countries.
    let titles = post_json(
        &app,
        json!({ "query": { "value": "serbia", "fields": ["title"] } }),
    )
    .await;
    assert_eq!(ids(&titles.body), vec![3]);
    let summary = post_json(
        &app,
        json!({ "query": { "value": "arrive", "fields": ["summary"] } }),
    )
    .await;
    assert_eq!(ids(&summary.body), vec![2]);
    let in_titles = post_json(
        &app,
        json!({ "query": { "value": "arrive", "fields": ["title"] } }),
    )
    .await;
    assert_eq!(in_titles.body["totalCount"], 0);
    let by_name = post_json(
        &app,
        json!({ "query": { "value": "serbia", "fields": ["country"] } }),
    )
    .await;
    assert_eq!(ids(&by_name.body), vec![3]);
    let not_in_names = post_json(
        &app,
        json!({ "query": { "value": "training", "fields": ["country"] } }),
    )
    .await;
    assert_eq!(not_in_names.body["totalCount"], 0);
    // Each taxonomy and each text field is a part of its own: "Serbia" names a country and a
    // source (the Mission to Serbia), "policing" a field of work; the summary is not the body.
    let field =
        |value: &str, fields: Value| json!({ "query": { "value": value, "fields": fields } });
    let r = post_json(&app, field("serbia", json!(["source"]))).await;
    assert_eq!(ids(&r.body), vec![3], "the Mission to Serbia");
    let r = post_json(
        &app,
        field("policing", json!(["country", "source", "meeting"])),
    )
    .await;
    assert_eq!(r.body["totalCount"], 0, "a field of work's name only");
    let r = post_json(&app, field("policing", json!(["field_of_work"]))).await;
    assert_eq!(ids(&r.body), vec![3]);
    let r = post_json(&app, field("arrive", json!(["body"]))).await;
    assert_eq!(r.body["totalCount"], 0, "the word is in the summary only");
    let r = get(&app, "/api/v1/items?query=country:serbia").await;
    assert_eq!(ids(&r.body), vec![3]);

    // A stray quote is not an error.
    let r = get(&app, "/api/v1/items?query=%22police").await;
    assert_eq!(r.status, StatusCode::OK);
}

#[tokio::test]
async fn filters_on_taxonomies() {
    let app = app().await;
    assert_eq!(
        filtered(&app, json!({ "field": "country", "value": "moldova" })).await,
        vec![2, 4]
    );
    assert_eq!(
        filtered(
            &app,
            json!({ "field": "country", "value": ["serbia", "belarus"] })
        )
        .await,
        vec![3, 5, 1]
    );
    assert_eq!(
        filtered(
            &app,
            json!({ "field": "source", "value": ["secretariat", "office-in-minsk"], "operator": "AND" })
        )
        .await,
        vec![1]
    );
    assert_eq!(
        filtered(
            &app,
            json!({ "field": "source", "value": "field-operations" })
        )
        .await,
        vec![3, 4, 5, 1],
        "a structure matches its units' items"
    );
    assert_eq!(
        filtered(&app, json!({ "field": "type", "value": "PRESS-RELEASE" })).await,
        vec![3, 5, 1],
        "slugs in any case"
    );
    assert_eq!(
        filtered(&app, json!({ "field": "language", "value": "ru" })).await,
        vec![4]
    );
    assert_eq!(
        filtered(
            &app,
            json!({ "field": "field_of_work", "value": "elections" })
        )
        .await,
        vec![2, 4]
    );
    assert_eq!(
        filtered(
            &app,
            json!({ "field": "meeting", "value": "permanent-council" })
        )
        .await,
        vec![4]
    );
}

#[tokio::test]
async fn filters_with_every_kind_of_condition() {
    let app = app().await;
    // Presence, and its negation.
    assert_eq!(filtered(&app, json!({ "field": "meeting" })).await, vec![4]);
    assert_eq!(
        filtered(&app, json!({ "field": "summary" })).await,
        vec![2],
        "an empty summary is absent"
    );
    assert_eq!(
        filtered(&app, json!({ "field": "place", "negate": true })).await,
        vec![5]
    );
    // Negation of a value.
    assert_eq!(
        filtered(
            &app,
            json!({ "field": "country", "value": "moldova", "negate": true })
        )
        .await,
        vec![3, 5, 1]
    );
    // Groups: AND by default, OR, nested and negated.
    assert_eq!(
        filtered(
            &app,
            json!({ "conditions": [
                { "field": "field_of_work", "value": "elections" },
                { "field": "language", "value": "en" }
            ] })
        )
        .await,
        vec![2]
    );
    assert_eq!(
        filtered(
            &app,
            json!({ "operator": "OR", "conditions": [
                { "field": "country", "value": "serbia" },
                { "conditions": [
                    { "field": "type", "value": "press-release" },
                    { "field": "year", "value": { "to": 2009 } }
                ] }
            ] })
        )
        .await,
        vec![3, 1]
    );
    assert_eq!(
        filtered(
            &app,
            json!({ "negate": true, "conditions": [{ "field": "year", "value": { "from": 2020 } }] })
        )
        .await,
        vec![5, 1]
    );
    // Dates: days at the item's place, ranges, years and months as periods.
    assert_eq!(
        filtered(&app, json!({ "field": "date", "value": "2024-03-05" })).await,
        vec![2]
    );
    assert_eq!(
        filtered(&app, json!({ "field": "date", "value": "2024-03" })).await,
        vec![3, 2]
    );
    assert_eq!(
        filtered(
            &app,
            json!({ "field": "date", "value": ["2008", "2010-06"] })
        )
        .await,
        vec![5, 1]
    );
    assert_eq!(
        filtered(
            &app,
            json!({ "field": "date", "value": { "from": "2023-11-02", "to": "2024-03-05T23:00:00Z" } })
        )
        .await,
        vec![2, 4]
    );
    assert_eq!(
        filtered(&app, json!({ "field": "date", "value": { "to": "2010" } })).await,
        vec![5, 1]
    );
    // Years and ids: values and ranges.
    assert_eq!(
        filtered(&app, json!({ "field": "year", "value": [2023, "2010"] })).await,
        vec![4, 5]
    );
    assert_eq!(
        filtered(
            &app,
            json!({ "field": "year", "value": { "from": "2011", "to": 2023 } })
        )
        .await,
        vec![4]
    );
    assert_eq!(
        filtered(&app, json!({ "field": "id", "value": ["2", "5", 6] })).await,
        vec![2, 5],
        "an embargoed id is not revealed"
    );
    assert_eq!(
        filtered(
            &app,
            json!({ "field": "id", "value": { "from": 3, "to": 99 } })
        )
        .await,
        vec![3, 4, 5]
    );
    // Place and address match exactly.
    assert_eq!(
        filtered(&app, json!({ "field": "place", "value": "Chisinau" })).await,
        vec![2]
    );
    assert_eq!(
        filtered(&app, json!({ "field": "place", "value": "chisinau" })).await,
        Vec::<i64>::new()
    );
    assert_eq!(
        filtered(
            &app,
            json!({ "field": "url", "value": "/items/3/police-training-in-serbia" })
        )
        .await,
        vec![3]
    );
    assert_eq!(
        filtered(
            &app,
            json!({ "field": "url", "value": "/items/3/old-slug" })
        )
        .await,
        Vec::<i64>::new()
    );
}

#[tokio::test]
async fn get_brackets_and_post_bodies_agree() {
    let app = app().await;
    let by_get = get(
        &app,
        "/api/v1/items?filter[operator]=OR&filter[conditions][0][field]=country\
         &filter[conditions][0][value][]=serbia&filter[conditions][0][value][]=belarus\
         &filter[conditions][1][field]=date&filter[conditions][1][value][from]=2024-03-01\
         &filter[conditions][1][value][to]=2024-03-10&sort[]=id:asc&fields[include][]=body\
         &facets[0][field]=country",
    )
    .await;
    let by_post = post_json(
        &app,
        json!({
            "filter": { "operator": "OR", "conditions": [
                { "field": "country", "value": ["serbia", "belarus"] },
                { "field": "date", "value": { "from": "2024-03-01", "to": "2024-03-10" } }
            ] },
            "sort": ["id:asc"],
            "fields": { "include": ["body"] },
            "facets": [{ "field": "country" }]
        }),
    )
    .await;
    assert_eq!(by_get.status, StatusCode::OK, "{}", by_get.body);
    assert_eq!(ids(&by_get.body), vec![1, 2, 3, 5]);
    let strip = |mut v: Value| {
        v["took"] = Value::Null;
        v
    };
    assert_eq!(strip(by_get.body.clone()), strip(by_post.body.clone()));
    // The link of a POSTed search states it as a GET.
    let link = by_post.body["links"]["self"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    let again = get(&app, &link).await;
    assert_eq!(strip(again.body), strip(by_post.body));
}

#[tokio::test]
async fn facets_count_with_scopes_filters_intervals_sorts_and_limits() {
    let app = app().await;
    let r = post_json(
        &app,
        json!({
            "query": "elections",
            "filter": { "field": "language", "value": "en" },
            "limit": 0,
            "facets": [
                { "field": "country" },
                { "field": "country", "name": "country_in_query", "scope": "query" },
                { "field": "country", "name": "all_countries", "scope": "global", "sort": "value:asc" },
                { "field": "type", "scope": "global", "filter": { "field": "year", "value": { "from": 2020 } } },
                { "field": "source", "scope": "global", "limit": 2, "sort": "count:desc" },
                { "field": "year", "scope": "global", "sort": "count:asc" },
                { "field": "date", "interval": "year", "name": "years", "scope": "global" },
                { "field": "date", "interval": "month", "name": "months", "scope": "global", "sort": "value:desc", "limit": 2 },
                { "field": "date", "interval": "day", "name": "days", "scope": "global", "filter": { "field": "country", "value": "moldova" } }
            ]
        }),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let b = &r.body;
    assert_eq!(b["count"], 0);
    assert_eq!(b["data"], json!([]));
    assert_eq!(facet(b, "country"), pairs(&[("moldova", 1)]));
    assert_eq!(
        facet(b, "country_in_query"),
        pairs(&[("moldova", 2)]),
        "the query scope ignores the filter"
    );
    assert_eq!(
        facet(b, "all_countries"),
        pairs(&[("belarus", 2), ("moldova", 2), ("serbia", 1)]),
        "every public item (the site's sample is filed under Belarus); hidden ones are not counted"
    );
    assert_eq!(
        facet(b, "type"),
        pairs(&[("news", 1), ("press-release", 1), ("statement", 1)])
    );
    assert_eq!(
        facet(b, "source"),
        pairs(&[("field-operations", 4), ("office-in-minsk", 2)])
    );
    assert_eq!(b["facets"]["source"]["more"], true);
    assert_eq!(b["facets"]["country"]["more"], false);
    assert_eq!(
        facet(b, "year"),
        pairs(&[("2008", 1), ("2010", 1), ("2023", 1), ("2024", 2)])
    );
    assert_eq!(
        facet(b, "years"),
        pairs(&[("2008", 1), ("2010", 1), ("2023", 1), ("2024", 2)])
    );
    assert_eq!(facet(b, "months"), pairs(&[("2024-03", 2), ("2023-11", 1)]));
    assert_eq!(b["facets"]["months"]["more"], true);
    assert_eq!(
        facet(b, "days"),
        pairs(&[("2023-11-02", 1), ("2024-03-05", 1)])
    );
    // Labels are the names people read.
    let label = |name: &str, i: usize| b["facets"][name]["data"][i]["label"].clone();
    assert_eq!(label("all_countries", 0), "Belarus");
    assert_eq!(label("source", 1), "Office in Minsk (closed)");
    assert_eq!(label("type", 0), "News and stories");
    assert_eq!(label("months", 0), "March 2024");
    assert_eq!(label("days", 0), "2 November 2023");
}

#[tokio::test]
async fn facet_values_work_as_filter_values() {
    let app = app().await;
    let r = post_json(
        &app,
        json!({ "limit": 0, "facets": [
            { "field": "date", "interval": "year", "name": "y" },
            { "field": "date", "interval": "month", "name": "m" },
            { "field": "date", "interval": "day", "name": "d" },
            { "field": "source", "limit": 100 },
            { "field": "year" }
        ] }),
    )
    .await;
    for (name, field) in [
        ("y", "date"),
        ("m", "date"),
        ("d", "date"),
        ("source", "source"),
        ("year", "year"),
    ] {
        let list = facet(&r.body, name);
        assert!(!list.is_empty(), "{name}");
        for (value, count) in list {
            let n = filtered(&app, json!({ "field": field, "value": value }))
                .await
                .len();
            assert_eq!(n as i64, count, "{field} = {value}");
        }
    }
}

#[tokio::test]
async fn sorts_by_each_key() {
    let app = app().await;
    let sorted = |sort: &'static str| {
        let app = &app;
        async move {
            let r = get(app, &format!("/api/v1/items?sort[]={sort}")).await;
            assert_eq!(r.status, StatusCode::OK, "{}", r.body);
            ids(&r.body)
        }
    };
    assert_eq!(sorted("date:desc").await, vec![3, 2, 4, 5, 1]);
    assert_eq!(sorted("date:asc").await, vec![1, 5, 4, 2, 3]);
    assert_eq!(sorted("id:desc").await, vec![5, 4, 3, 2, 1]);
    assert_eq!(sorted("id:asc").await, vec![1, 2, 3, 4, 5]);
    // Election, Media, OSCE, Police, Выборы.
    assert_eq!(sorted("title:asc").await, vec![2, 5, 1, 3, 4]);
    assert_eq!(sorted("title:desc").await, vec![4, 3, 1, 5, 2]);
    // Without a query every score is equal: the next key decides.
    let r = get(&app, "/api/v1/items?sort[0]=score:desc&sort[1]=id:asc").await;
    assert_eq!(ids(&r.body), vec![1, 2, 3, 4, 5]);
    let r = get(&app, "/api/v1/items?query=elections&sort[]=date:asc").await;
    assert_eq!(ids(&r.body), vec![4, 2]);
}

#[tokio::test]
async fn fields_profiles_limit_and_offset() {
    let app = app().await;
    let keys = |v: &Value| -> Vec<String> {
        let mut k: Vec<String> = v["data"][0]["fields"]
            .as_object()
            .map(|m| m.keys().cloned().collect())
            .unwrap_or_default();
        k.sort();
        k
    };
    let r = get(&app, "/api/v1/items?profile=minimal").await;
    assert_eq!(keys(&r.body), vec!["id", "title", "url"]);
    let r = get(
        &app,
        "/api/v1/items?profile=minimal&fields[include][]=date&fields[exclude][]=url",
    )
    .await;
    assert_eq!(keys(&r.body), vec!["date", "date_local", "id", "title"]);
    let r = get(&app, "/api/v1/items?profile=full").await;
    assert!(keys(&r.body).contains(&"body".to_owned()));
    let r = get(
        &app,
        "/api/v1/items?fields[exclude][]=summary&fields[exclude][]=source",
    )
    .await;
    let k = keys(&r.body);
    assert!(!k.contains(&"summary".to_owned()) && !k.contains(&"source".to_owned()));
    assert!(!k.contains(&"body".to_owned()));
    assert_eq!(k.len(), 12);

    let r = get(&app, "/api/v1/items?limit=2&offset=2").await;
    assert_eq!(ids(&r.body), vec![4, 5]);
    assert_eq!(r.body["links"]["prev"], "/api/v1/items?limit=2");
    assert_eq!(r.body["links"]["next"], "/api/v1/items?limit=2&offset=4");
    let last = get(&app, "/api/v1/items?limit=2&offset=4").await;
    assert_eq!(ids(&last.body), vec![1]);
    assert_eq!(last.body["links"]["next"], Value::Null);
    assert_eq!(last.body["links"]["prev"], "/api/v1/items?limit=2&offset=2");
    let beyond = get(&app, "/api/v1/items?offset=50").await;
    assert_eq!(beyond.status, StatusCode::OK);
    assert_eq!(beyond.body["count"], 0);
    assert_eq!(beyond.body["totalCount"], 5);

    // Following `next` visits every item once.
    let mut seen = Vec::new();
    let mut next = Some("/api/v1/items?limit=2&sort[]=title:asc".to_owned());
    while let Some(uri) = next {
        let page = get(&app, &uri).await;
        seen.extend(ids(&page.body));
        next = page.body["links"]["next"].as_str().map(str::to_owned);
    }
    assert_eq!(seen, vec![2, 5, 1, 3, 4]);
}

// --- items by id -----------------------------------------------------------------------

#[tokio::test]
async fn an_item_by_id_has_every_field() {
    let app = app().await;
    let r = get(&app, "/api/v1/items/2").await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(r.body["totalCount"], 1);
    let it = &r.body["data"][0];
    assert_eq!(it["id"], 2);
    assert_eq!(it["href"], "/api/v1/items/2");
    assert_eq!(it["fields"]["body"], "<p>Body text.</p>");
    assert_eq!(
        it["fields"]["summary"],
        "Observers arrive ahead of the elections."
    );
    assert_eq!(it["fields"]["date_local"], "2024-03-05");
    assert_eq!(
        it["fields"]["source"][0]["label"],
        "OSCE Office for Democratic Institutions and Human Rights"
    );
}

#[tokio::test]
async fn unknown_and_hidden_items_are_404() {
    let app = app().await;
    for (uri, what) in [
        ("/api/v1/items/999", "unknown"),
        ("/api/v1/items/abc", "not a number"),
        ("/api/v1/items/0", "zero"),
        ("/api/v1/items/02", "leading zero"),
        ("/api/v1/items/6", "embargoed"),
        ("/api/v1/items/7", "draft"),
        ("/api/v1/items/8", "scheduled"),
    ] {
        let r = get(&app, uri).await;
        assert_error(
            &r,
            StatusCode::NOT_FOUND,
            "not_found",
            "",
            "there is no item",
        );
        assert!(!r.body.to_string().contains("Embargoed"), "{what}");
    }
    // Nor are they found by any search.
    for uri in [
        "/api/v1/items?query=embargoed",
        "/api/v1/items?query=draft",
        "/api/v1/items?query=scheduled",
        "/api/v1/items?filter[field]=id&filter[value][from]=6",
    ] {
        let r = get(&app, uri).await;
        assert_eq!(r.body["totalCount"], 0, "{uri}: {}", r.body);
    }
}

// --- taxonomies ------------------------------------------------------------------------

fn find<'a>(list: &'a Value, slug: &str) -> &'a Value {
    list["data"]
        .as_array()
        .and_then(|a| a.iter().find(|e| e["slug"] == slug))
        .unwrap_or(&Value::Null)
}

#[tokio::test]
async fn structures_form_a_tree_with_their_history() {
    let app = app().await;
    let r = get(&app, "/api/v1/structures").await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.body["totalCount"], r.body["count"]);
    let minsk = find(&r.body, "office-in-minsk");
    assert_eq!(minsk["kind"], "field-operation");
    assert_eq!(minsk["parent"], "field-operations");
    assert_eq!(minsk["opened"], "1998");
    assert_eq!(minsk["closed"], "2011-03-31");
    assert_eq!(minsk["closed_now"], true);
    assert_eq!(minsk["label"], "OSCE Office in Minsk (closed)");
    assert_eq!(minsk["country"], "belarus");
    assert_eq!(minsk["url"], "/structures/office-in-minsk");
    let ops = find(&r.body, "field-operations");
    assert_eq!(ops["parent"], Value::Null);
    assert!(
        ops["children"]
            .as_array()
            .is_some_and(|c| c.contains(&json!("office-in-minsk")))
    );
    let odihr = find(&r.body, "odihr");
    assert_eq!(odihr["names"][0]["name"], "Office for Free Elections");
    assert_eq!(odihr["names"][0]["from"], Value::Null);
    assert_eq!(
        odihr["names"][1]["translations"]["ru"],
        "Бюро ОБСЕ по демократическим институтам и правам человека",
        "each name with its translations"
    );
    let names = odihr["names"].as_array().map_or(0, Vec::len);
    assert!(names >= 2, "names over time");
    assert!(odihr["names"][names - 1]["from"].is_string());
    assert_eq!(odihr["closed_now"], false);
}

#[tokio::test]
async fn fields_countries_meetings_and_chairpersonships() {
    let app = app().await;
    let fields = get(&app, "/api/v1/fields-of-work").await;
    assert_eq!(
        find(&fields.body, "elections")["name"],
        "Elections",
        "{}",
        fields.body
    );
    assert_eq!(
        find(&fields.body, "elections")["url"],
        "/fields-of-work/elections"
    );
    assert!(find(&fields.body, "elections")["names"]["ru"].is_string());
    let countries = get(&app, "/api/v1/countries").await;
    let moldova = find(&countries.body, "moldova");
    assert_eq!(moldova["name"], "Moldova");
    assert_eq!(
        moldova["group"],
        json!({ "id": "participating-states", "slug": "participating-states", "name": "Participating States" })
    );
    let meetings = get(&app, "/api/v1/meetings").await;
    assert_eq!(
        find(&meetings.body, "permanent-council")["name"],
        "Plenary meetings of the Permanent Council"
    );
    let chairs = get(&app, "/api/v1/chairpersonships").await;
    let list = chairs.body["data"].as_array().cloned().unwrap_or_default();
    let current: Vec<&Value> = list.iter().filter(|c| c["current"] == true).collect();
    assert_eq!(current.len(), 1);
    assert_eq!(current[0]["year"], 2026);
    assert_eq!(current[0]["country"]["slug"], "switzerland");
    assert_eq!(
        list[0],
        json!({ "year": 1991, "country": { "id": "germany", "slug": "germany", "name": "Germany" }, "current": false })
    );
}

// --- bad input -------------------------------------------------------------------------

#[tokio::test]
async fn bad_parameters_are_400_with_code_and_pointer() {
    let app = app().await;
    let r = get(&app, "/api/v1/items?limit=abc").await;
    assert_error(
        &r,
        StatusCode::BAD_REQUEST,
        "wrong_type",
        "/limit",
        "expected a number",
    );
    let r = post_json(
        &app,
        json!({ "filter": { "field": "country", "value": 3 } }),
    )
    .await;
    assert_error(
        &r,
        StatusCode::BAD_REQUEST,
        "wrong_type",
        "/filter/value",
        "expected a string",
    );
    let r = get(
        &app,
        "/api/v1/items?filter[field]=sourse&filter[value]=odihr",
    )
    .await;
    assert_error(
        &r,
        StatusCode::BAD_REQUEST,
        "unknown_field",
        "/filter/field",
        "unknown field 'sourse' — did you mean 'source'?",
    );
    let r = get(
        &app,
        "/api/v1/items?filter[field]=country&filter[value]=moldva",
    )
    .await;
    assert_error(
        &r,
        StatusCode::BAD_REQUEST,
        "unknown_value",
        "/filter/value",
        "did you mean one of: moldova",
    );
    let r = get(&app, "/api/v1/items?limit=1001").await;
    assert_error(
        &r,
        StatusCode::BAD_REQUEST,
        "out_of_range",
        "/limit",
        "between 0 and 1000",
    );
    let r = get(&app, "/api/v1/items?offset=-1").await;
    assert_error(
        &r,
        StatusCode::BAD_REQUEST,
        "out_of_range",
        "/offset",
        "between",
    );
    let r = get(&app, "/api/v1/items?utm_source=x").await;
    assert_error(
        &r,
        StatusCode::BAD_REQUEST,
        "unknown_parameter",
        "/utm_source",
        "unknown parameter",
    );
    let r = get(&app, "/api/v1/items?facets[0][field]=title").await;
    assert_error(
        &r,
        StatusCode::BAD_REQUEST,
        "not_allowed",
        "/facets/0/field",
        "cannot be a facet",
    );
    let r = get(&app, "/api/v1/items?sort[]=date").await;
    assert_error(
        &r,
        StatusCode::BAD_REQUEST,
        "invalid_value",
        "/sort/0",
        "needs a direction",
    );
    let r = get(&app, "/api/v1/items?limit=1&limit=2").await;
    assert_error(
        &r,
        StatusCode::BAD_REQUEST,
        "duplicate",
        "/limit",
        "more than once",
    );
    let r = get(&app, "/api/v1/items?query=%FF").await;
    assert_error(
        &r,
        StatusCode::BAD_REQUEST,
        "malformed",
        "",
        "not valid UTF-8",
    );
}

#[tokio::test]
async fn malformed_json_is_400_with_line_and_column() {
    let app = app().await;
    let r = post(&app, "{\n  \"limit\": 5,\n  \"filter\": }").await;
    assert_error(
        &r,
        StatusCode::BAD_REQUEST,
        "malformed_json",
        "",
        "line 3 column",
    );
    let r = post(&app, "").await;
    assert_error(
        &r,
        StatusCode::BAD_REQUEST,
        "malformed_json",
        "",
        "line 1 column 0",
    );
    let r = post(&app, "[1, 2]").await;
    assert_error(
        &r,
        StatusCode::BAD_REQUEST,
        "wrong_type",
        "",
        "expected an object",
    );
}

#[tokio::test]
async fn deep_or_huge_requests_are_refused_without_harm() {
    let app = app().await;
    // Deeper than the filter allows.
    let mut filter = json!({ "field": "country", "value": "moldova" });
    for _ in 0..12 {
        filter = json!({ "conditions": [filter] });
    }
    let r = post_json(&app, json!({ "filter": filter })).await;
    assert_error(
        &r,
        StatusCode::BAD_REQUEST,
        "too_deep",
        "/filter/conditions/0/conditions/0/conditions/0/conditions/0/conditions/0/conditions/0/conditions/0/conditions/0/conditions/0/conditions/0",
        "nested too deeply",
    );
    // Deeper than the JSON reader goes.
    let deep = format!("{{\"filter\": {}1{}}}", "[".repeat(5000), "]".repeat(5000));
    let r = post(&app, deep).await;
    assert_error(
        &r,
        StatusCode::BAD_REQUEST,
        "malformed_json",
        "",
        "recursion limit",
    );
    // 100 KB of query: a 400, neither a 413 nor a 500.
    let long = "word ".repeat(20_000);
    let r = post_json(&app, json!({ "query": long })).await;
    assert_error(
        &r,
        StatusCode::BAD_REQUEST,
        "too_long",
        "/query",
        "too long",
    );
    // A URI cannot exceed 64 KB; 60 KB of query string is refused as well.
    let r = get(&app, &format!("/api/v1/items?query={}", "a".repeat(60_000))).await;
    assert_error(
        &r,
        StatusCode::BAD_REQUEST,
        "too_long",
        "/query",
        "too long",
    );
    // More than 1 MB of body.
    let r = post(
        &app,
        format!("{{\"query\": \"{}\"}}", "a".repeat(1_100_000)),
    )
    .await;
    assert_error(&r, StatusCode::PAYLOAD_TOO_LARGE, "too_large", "", "1 MB");
}

#[tokio::test]
async fn wrong_methods_and_addresses_get_json_errors() {
    let app = app().await;
    for (method, uri, allow) in [
        ("DELETE", "/api/v1/items", "POST"),
        ("PUT", "/api/v1/items/1", "GET"),
        ("POST", "/api/v1/structures", "GET"),
    ] {
        let req = Request::builder()
            .method(method)
            .uri(uri)
            .body(Body::empty())
            .expect("request");
        let page = app.request(req).await;
        let r = Json {
            status: page.status,
            headers: page.headers,
            body: serde_json::from_str(&page.body).unwrap_or(Value::Null),
        };
        assert_error(
            &r,
            StatusCode::METHOD_NOT_ALLOWED,
            "method_not_allowed",
            "",
            "method",
        );
        let allowed = r
            .headers
            .get("allow")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default();
        assert!(allowed.contains(allow), "{method} {uri}: {allowed}");
    }
    let r = get(&app, "/api/v1/nothing").await;
    assert_error(
        &r,
        StatusCode::NOT_FOUND,
        "not_found",
        "",
        "nothing at this address",
    );
    let r = get(&app, "/api/v2/items").await;
    assert_error(
        &r,
        StatusCode::NOT_FOUND,
        "not_found",
        "",
        "nothing at this address",
    );
}

// --- HTTP: CORS and caching ------------------------------------------------------------

#[tokio::test]
async fn any_origin_may_read_and_preflight() {
    let app = app().await;
    for uri in ["/api/v1/items", "/api/v1/items/1", "/api/v1/countries"] {
        let r = get(&app, uri).await;
        assert_eq!(
            r.headers
                .get("access-control-allow-origin")
                .and_then(|v| v.to_str().ok()),
            Some("*"),
            "{uri}"
        );
    }
    let req = Request::builder()
        .method("OPTIONS")
        .uri("/api/v1/items")
        .header("origin", "https://example.org")
        .header("access-control-request-method", "POST")
        .header("access-control-request-headers", "content-type")
        .body(Body::empty())
        .expect("request");
    let page = app.request(req).await;
    assert_eq!(page.status, StatusCode::NO_CONTENT);
    let h = |name: &str| {
        page.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned()
    };
    assert_eq!(h("access-control-allow-origin"), "*");
    assert_eq!(h("access-control-allow-methods"), "GET, POST");
    assert_eq!(h("access-control-allow-headers"), "Content-Type");
    let req = Request::builder()
        .method("OPTIONS")
        .uri("/api/v1/structures")
        .body(Body::empty())
        .expect("request");
    let page = app.request(req).await;
    assert_eq!(page.status, StatusCode::NO_CONTENT);
    assert_eq!(
        page.headers
            .get("access-control-allow-methods")
            .and_then(|v| v.to_str().ok()),
        Some("GET")
    );
    let r = post_json(&app, json!({})).await;
    assert_eq!(
        r.headers
            .get("access-control-allow-origin")
            .and_then(|v| v.to_str().ok()),
        Some("*"),
        "POST answers are readable too"
    );
}

#[tokio::test]
async fn get_answers_carry_an_etag_and_answer_304() {
    let app = app().await;
    for uri in [
        "/api/v1/items?facets[0][field]=country",
        "/api/v1/items/1",
        "/api/v1/structures",
        "/api/v1/chairpersonships",
    ] {
        let first = app.get(uri).await;
        let etag = first.headers.get("etag").expect("etag").clone();
        let again = app.get(uri).await;
        assert_eq!(
            again.headers.get("etag"),
            Some(&etag),
            "{uri}: took is outside the ETag"
        );
        let req = Request::get(uri)
            .header("if-none-match", etag.clone())
            .body(Body::empty())
            .expect("request");
        let r = app.request(req).await;
        assert_eq!(r.status, StatusCode::NOT_MODIFIED, "{uri}");
        assert!(r.body.is_empty());
        assert_eq!(r.headers.get("etag"), Some(&etag));
        let req = Request::get(uri)
            .header("if-none-match", "\"something-else\"")
            .body(Body::empty())
            .expect("request");
        assert_eq!(app.request(req).await.status, StatusCode::OK, "{uri}");
    }
    // A new item changes the answer, and so its ETag.
    let before = app.get("/api/v1/items").await;
    app.add(&[item("Fresh news", "2026-02-01", &["odihr"], &[], &[])])
        .await;
    let after = app.get("/api/v1/items").await;
    assert_ne!(before.headers.get("etag"), after.headers.get("etag"));
}

// --- snapshot --------------------------------------------------------------------------

#[tokio::test]
async fn rich_query_snapshot() {
    let app = app().await;
    let mut r = post_json(
        &app,
        json!({
            "query": { "value": "elections observers", "operator": "OR" },
            "filter": { "conditions": [
                { "field": "source", "value": ["odihr", "field-operations"] },
                { "field": "year", "value": { "from": 2020 } }
            ] },
            "facets": [
                { "field": "country" },
                { "field": "source", "scope": "global", "limit": 3 },
                { "field": "date", "interval": "month", "name": "months" }
            ],
            "sort": ["date:desc"],
            "fields": { "exclude": ["summary"] },
            "limit": 5
        }),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    r.body["took"] = json!("[took]");
    insta::assert_snapshot!(serde_json::to_string_pretty(&r.body).unwrap_or_default());
}

// --- no input gives a 500 --------------------------------------------------------------

mod fuzz {
    use super::*;
    use proptest::prelude::*;
    use proptest::test_runner::{Config, TestRunner};

    const NAMES: &[&str] = &[
        "query",
        "query[value]",
        "query[fields][]",
        "query[operator]",
        "filter[field]",
        "filter[value]",
        "filter[value][]",
        "filter[value][from]",
        "filter[value][to]",
        "filter[negate]",
        "filter[operator]",
        "filter[conditions][0][field]",
        "filter[conditions][0][value]",
        "filter[conditions][1][conditions][0][field]",
        "filter[conditions][1][conditions][0][value][from]",
        "facets[0][field]",
        "facets[0][interval]",
        "facets[0][scope]",
        "facets[0][sort]",
        "facets[0][limit]",
        "facets[0][filter][field]",
        "facets[0][filter][value]",
        "sort[]",
        "fields[include][]",
        "fields[exclude][]",
        "limit",
        "offset",
        "profile",
    ];

    const WORDS: &[&str] = &[
        "country",
        "moldova",
        "date",
        "2024",
        "2024-03",
        "2024-03-05",
        "year",
        "id",
        "1",
        "0",
        "-1",
        "1000",
        "999999999999",
        "source",
        "odihr",
        "field-operations",
        "place",
        "Minsk",
        "url",
        "/items/1/x",
        "title",
        "body",
        "summary",
        "type",
        "news",
        "month",
        "day",
        "global",
        "query",
        "count:asc",
        "value:desc",
        "title:asc",
        "score:desc",
        "date:asc",
        "id:desc",
        "AND",
        "OR",
        "true",
        "full",
        "minimal",
        "elections",
        "title:police",
        "\"",
        "(",
        ")",
        "*",
        "~",
        "^2",
        "[",
        "]",
        "{",
        "}",
        ":",
        "\\",
        "NOT",
        "-",
        "+",
        "é",
        "Выборы",
        "",
    ];

    fn value() -> impl Strategy<Value = String> {
        prop_oneof![
            4 => prop::collection::vec(prop::sample::select(WORDS), 1..4).prop_map(|w| w.join(" ")),
            1 => ".{0,20}",
        ]
    }

    fn encode(s: &str) -> String {
        s.bytes()
            .map(|b| {
                if b.is_ascii_alphanumeric() || b"-_.~[]".contains(&b) {
                    (b as char).to_string()
                } else {
                    format!("%{b:02X}")
                }
            })
            .collect()
    }

    #[test]
    fn any_query_string_or_body_gets_an_answer_below_500() {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime");
        let app = rt.block_on(super::app());
        let mut runner = TestRunner::new(Config {
            cases: 300,
            failure_persistence: None,
            ..Config::default()
        });
        let pairs = prop::collection::vec((prop::sample::select(NAMES), value()), 0..6);
        runner
            .run(&pairs, |pairs| {
                let qs: Vec<String> = pairs
                    .iter()
                    .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
                    .collect();
                let uri = format!("/api/v1/items?{}", qs.join("&"));
                let r = rt.block_on(get(&app, &uri));
                prop_assert!(
                    r.status.is_success() || r.status.is_client_error(),
                    "{uri}: {}",
                    r.body
                );
                if r.status.is_client_error() {
                    prop_assert!(r.body["error"]["code"].is_string(), "{uri}: {}", r.body);
                }
                // The same request as a JSON body.
                let decoded: Vec<(String, String)> = pairs
                    .iter()
                    .map(|(k, v)| ((*k).to_owned(), v.clone()))
                    .collect();
                if let Ok(tree) = model::query::pairs_to_json(&decoded) {
                    let r = rt.block_on(post_json(&app, tree));
                    prop_assert!(
                        r.status.is_success() || r.status.is_client_error(),
                        "{}",
                        r.body
                    );
                }
                Ok(())
            })
            .expect("no 500");
    }
}

#[tokio::test]
async fn openapi_document_describes_every_address() {
    let app = TestApp::start().await;
    let page = app.get("/api/v1/openapi.json").await;
    assert_eq!(page.status, StatusCode::OK);
    let doc: serde_json::Value = serde_json::from_str(&page.body).expect("json");
    assert_eq!(doc["openapi"], "3.1.0");
    let paths = doc["paths"].as_object().expect("paths");
    assert!(paths.contains_key("/api/v1/items"));
    for (path, _, _) in communique_web::openapi_addresses() {
        assert!(paths.contains_key(*path), "{path} is documented");
        let status = app.get(&path.replace("{id}", "1")).await.status;
        assert_eq!(status, StatusCode::OK, "{path} is routed");
    }
    insta::assert_snapshot!(serde_json::to_string_pretty(&doc).expect("json"));
}

#[tokio::test]
async fn api_documentation_page_is_readable() {
    let app = TestApp::start().await;
    let page = app.get("/api").await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.body.matches("<h1").count(), 1);
    assert!(page.body.contains("href=\"/api/v1/openapi.json\""));
    assert!(page.body.contains("<table>"));
}

#[tokio::test]
async fn hostile_search_text_is_refused_or_answered_never_a_crash() {
    let app = app().await;
    let deep = "%28".repeat(999) + "a";
    let r = get(&app, &format!("/api/v1/items?query={deep}")).await;
    assert_error(
        &r,
        StatusCode::BAD_REQUEST,
        "invalid_value",
        "/query",
        "at most 16 levels are allowed",
    );
    let r = post_json(&app, json!({ "query": "(".repeat(500) })).await;
    assert_error(
        &r,
        StatusCode::BAD_REQUEST,
        "invalid_value",
        "/query",
        "at most 16 levels",
    );
    for q in [
        "a%C2%A0b",
        "police%E2%80%83trai*",
        &format!("{}*", "a".repeat(990)),
    ] {
        let r = get(&app, &format!("/api/v1/items?query={q}")).await;
        assert_eq!(r.status, StatusCode::OK, "{q}: {}", r.body);
    }
    let page = app.get(&format!("/search?q={deep}")).await;
    assert_eq!(page.status, StatusCode::BAD_REQUEST);
    assert!(page.body.contains("at most 16 levels"));
    assert_eq!(
        app.get("/healthz").await.status,
        StatusCode::OK,
        "still serving"
    );
}
