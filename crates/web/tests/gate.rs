//! The one gate for public reads, checked from the route table: every public GET route,
//! with its parameters filled in for a hidden item and with the queries that could find it,
//! answers exactly the same — body, status and ETag — before and after a draft, a scheduled
//! item, an embargoed item, a withdrawn item and an archived item are added. Nothing derived
//! from them (a count, a score, a suggestion, a link) may show. A new route is covered
//! without anyone adding it here: the routes are read from `crates/web/src/routes.rs`.

mod common;

use common::{MovableClock, TestApp};
use model::{ItemStatus, NewItem};

/// The hidden items' word: it appears nowhere in the public items.
const WORD: &str = "zephyrquill";

/// The public GET routes of the route table (the workspace, preview links and the writers'
/// addresses are not public).
fn public_routes() -> Vec<String> {
    common::route_table()
        .into_iter()
        .filter(|p| {
            !p.starts_with("/admin")
                && !p.starts_with("/preview")
                && !p.contains("/transitions")
                && !p.contains("by-external-id")
        })
        .collect()
}

/// The addresses a route stands for, for an item `id` with slug `slug` filed under the
/// secretariat, Moldova, elections and the summits.
fn addresses(route: &str, id: i64, slug: &str) -> Vec<String> {
    let path = route
        .replace("/items/{id}/{slug}", &format!("/items/{id}/{slug}"))
        .replace("{id}", &id.to_string())
        .replace("/fields-of-work/{slug}", "/fields-of-work/elections")
        .replace("/meetings/{slug}", "/meetings/summit-meetings")
        .replace(
            "/countries/groups/{slug}",
            "/countries/groups/participating-states",
        )
        .replace("/countries/{slug}", "/countries/moldova")
        .replace("/structures/{slug}", "/structures/secretariat")
        .replace("/pages/{slug}", "/pages/projects")
        .replace("{*rest}", "anything");
    let queries = [
        String::new(),
        format!("?q={WORD}"),
        "?q=elections".to_owned(),
        "?q=elections&sort=newest".to_owned(),
        "?q=zephyrquil".to_owned(),
        format!("?q={}*", &WORD[..5]),
        format!("?q=title:{WORD}"),
        "?country=moldova&field_of_work=elections".to_owned(),
        "?source=secretariat".to_owned(),
        "?year=2026".to_owned(),
        format!("?query[value]={WORD}"),
        "?query[value]=elections&facets[0][field]=country&facets[1][field]=date&facets[1][interval]=day".to_owned(),
        format!("?filter[field]=id&filter[value]={id}"),
        "?facets[0][field]=source&facets[0][scope]=global&limit=0".to_owned(),
        "?part=items-1".to_owned(),
        "?part=pages".to_owned(),
    ];
    queries.iter().map(|q| format!("{path}{q}")).collect()
}

/// What a reader sees at an address: status, ETag and body (the time an API answer took
/// set aside).
async fn seen(app: &TestApp, uri: &str) -> (u16, String, String) {
    let page = app.get(uri).await;
    let etag = page
        .headers
        .get(http::header::ETAG)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_owned();
    let body = match serde_json::from_str::<serde_json::Value>(&page.body) {
        Ok(mut json) if json.get("took").is_some() => {
            json["took"] = serde_json::Value::Null;
            json.to_string()
        }
        _ => page.body,
    };
    (page.status.as_u16(), etag, body)
}

fn hidden(title: &str, status: ItemStatus, embargo: Option<&str>) -> NewItem {
    let mut item = common::item(
        title,
        "2026-01-08",
        &["secretariat"],
        &["elections"],
        &["moldova"],
    );
    item.meetings = common::slugs(&["summit-meetings"]);
    item.status = status;
    item.summary = format!("{WORD} summary on elections");
    item.body_html = format!("<p>Elections and {WORD}, elections again.</p>");
    item.embargo_until = embargo.map(|e| e.parse().expect("instant"));
    item
}

#[tokio::test]
async fn no_public_route_shows_anything_of_a_hidden_item() {
    let clock = MovableClock::at("2026-01-10T08:00:00Z");
    let app = TestApp::start_with_clock(clock.clone()).await;
    let mut public = Vec::new();
    for (i, title) in [
        "Observers report on elections in Moldova",
        "Elections assessed by the Secretariat",
        "Police training in Moldova",
    ]
    .iter()
    .enumerate()
    {
        let mut item = common::item(
            title,
            &format!("2026-01-0{}", i + 1),
            &["secretariat"],
            &["elections"],
            &["moldova"],
        );
        item.body_html = "<p>The elections were observed.</p>".into();
        public.push(item);
    }
    app.add(&public).await;
    app.refresh().await;

    // The hidden items' ids come after the public ones: the addresses of the first hidden
    // one, taken before it exists, are also those a reader would guess.
    let next_id = app.state.store.max_item_id().await.expect("max id").0 + 1;
    let slug = model::Slug::slugify("Zephyrquill scheduled statement").to_string();
    let mut uris: Vec<String> = public_routes()
        .iter()
        .flat_map(|r| addresses(r, next_id, &slug))
        .collect();
    uris.sort();
    uris.dedup();
    assert!(uris.len() > 500, "{} addresses", uris.len());
    let mut before = Vec::with_capacity(uris.len());
    for uri in &uris {
        before.push(seen(&app, uri).await);
    }

    let mut scheduled = hidden(
        "Zephyrquill scheduled statement",
        ItemStatus::Scheduled,
        None,
    );
    scheduled.published_at = "2026-01-11T09:00:00Z".parse().expect("instant");
    let items = [
        scheduled,
        hidden(
            "Zephyrquill embargoed release",
            ItemStatus::Published,
            Some("2026-01-11T09:00:00Z"),
        ),
        hidden("Zephyrquill draft", ItemStatus::Draft, None),
        hidden("Zephyrquill in review", ItemStatus::InReview, None),
        hidden(
            "Zephyrquill withdrawn release",
            ItemStatus::Unpublished,
            None,
        ),
        hidden("Zephyrquill archived release", ItemStatus::Archived, None),
    ];
    let ids = app.add(&items).await;
    assert_eq!(ids.first().map(|i| i.0), Some(next_id));
    app.refresh().await;
    for (uri, was) in uris.iter().zip(&before) {
        let now = seen(&app, uri).await;
        assert_eq!(&now, was, "{uri} changed when hidden items were added");
    }

    // At their instant the scheduled and the embargoed items are public: the same
    // addresses then show them (the check above could see them).
    clock.set("2026-01-11T09:00:00Z");
    app.refresh().await;
    let mut showing = 0;
    for uri in &uris {
        let (_, _, body) = seen(&app, uri).await;
        if body.contains("Zephyrquill scheduled statement")
            || body.contains("Zephyrquill embargoed release")
        {
            showing += 1;
        }
        assert!(
            !body.contains("Zephyrquill draft")
                && !body.contains("Zephyrquill in review")
                && !body.contains("Zephyrquill withdrawn")
                && !body.contains("Zephyrquill archived"),
            "{uri} shows an item that is still hidden"
        );
    }
    assert!(
        showing > 20,
        "only {showing} addresses show the public items"
    );
}
