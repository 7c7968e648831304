//! Atom feeds take the listings' filters; sitemaps list every public page; robots.txt points
//! at them. Addresses are absolute: the configured public address, or the request's host.

mod common;

use axum::body::Body;
use common::{TestApp, item};
use http::{Request, StatusCode, header};

fn with_headers(uri: &str, headers: &[(&str, &str)]) -> Request<Body> {
    let mut req = Request::get(uri);
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    req.body(Body::empty()).expect("request")
}

#[tokio::test]
async fn a_feed_lists_the_newest_public_items_its_filters_select() {
    let app = TestApp::start_at("2026-11-29T12:00:00Z").await;
    let mut tricky = item(
        "Observers <script>alert(1)</script> & \"friends\"",
        "2026-11-20",
        &["odihr"],
        &["elections"],
        &["serbia"],
    );
    tricky.summary = "Votes & counts".into();
    tricky.body_html = "<p>The NGO observed <em>every</em> polling station.</p>".into();
    tricky.place = "Belgrade".into();
    tricky.time_zone = "Europe/Belgrade".into();
    let mut draft = item(
        "Not yet written",
        "2026-11-21",
        &["odihr"],
        &["elections"],
        &[],
    );
    draft.status = model::ItemStatus::Draft;
    let ids = app
        .add(&[
            tricky,
            item(
                "Border talks",
                "2026-11-22",
                &["secretariat"],
                &["border-management"],
                &[],
            ),
            draft,
        ])
        .await;

    let all = app.get("/feed.atom").await;
    assert_eq!(all.status, StatusCode::OK, "{}", all.body);
    assert_eq!(
        all.headers[header::CONTENT_TYPE],
        "application/atom+xml; charset=utf-8"
    );
    assert_eq!(all.headers[header::CACHE_CONTROL], "public, max-age=60");
    assert!(
        all.body
            .starts_with("<?xml version=\"1.0\" encoding=\"utf-8\"?>")
    );
    assert!(all.body.contains(
        "<link rel=\"self\" type=\"application/atom+xml\" href=\"http://localhost/feed.atom\"/>"
    ));
    // Newest first; the draft is not there.
    let border = all.body.find("Border talks").expect("border item");
    let observers = all.body.find("Observers").expect("election item");
    assert!(border < observers);
    assert!(!all.body.contains("Not yet written"));

    // Text is escaped: no markup of a title reaches the feed as markup; the body is HTML
    // escaped into the entry, with its dateline and abbreviations marked as on its page.
    assert!(!all.body.contains("<script>"));
    assert!(
        all.body.contains("Observers &#60;script&#62;")
            || all.body.contains("Observers &lt;script&gt;"),
        "{}",
        all.body
    );
    let entry_start = all
        .body
        .find(&format!("<id>http://localhost/items/{}</id>", ids[0].0))
        .expect("the entry's permanent id");
    let entry = &all.body[entry_start..];
    assert!(
        entry.contains(
            "<author><name>OSCE Office for Democratic Institutions and Human Rights</name></author>"
        ),
        "{entry}"
    );
    assert!(entry.contains("<category term=\"elections\" label=\"Elections\" scheme=\"http://localhost/fields-of-work/\"/>"));
    assert!(
        entry.contains("<summary>Votes &#38; counts</summary>")
            || entry.contains("<summary>Votes &amp; counts</summary>"),
        "{entry}"
    );
    assert!(entry.contains("BELGRADE, 20 November 2026 - "), "{entry}");
    assert!(entry.contains("abbr"), "abbreviations are marked: {entry}");

    // The filters of the listings, checked the same way.
    let elections = app.get("/feed.atom?field_of_work=elections").await;
    assert!(elections.body.contains("Observers"));
    assert!(!elections.body.contains("Border talks"));
    assert!(
        elections
            .body
            .contains("<title>OSCE newsroom: Elections</title>"),
        "{}",
        elections.body
    );
    let unknown = app.get("/feed.atom?field_of_work=electons").await;
    assert_eq!(unknown.status, StatusCode::BAD_REQUEST);
    assert!(unknown.body.contains("did you mean"), "{}", unknown.body);
    // A character XML forbids (here from an old archive) is dropped, not written.
    app.add(&[item(
        "Bell\u{7}ringing",
        "2026-11-23",
        &["secretariat"],
        &[],
        &[],
    )])
    .await;
    let bell = app.get("/feed.atom").await;
    assert!(
        bell.body.contains("<title>Bellringing</title>"),
        "{}",
        bell.body
    );
    assert!(!bell.body.contains('\u{7}') && !bell.body.contains("&#7;"));
    let not_a_filter = app.get("/feed.atom?words=bells").await;
    assert_eq!(not_a_filter.status, StatusCode::BAD_REQUEST);
    assert!(not_a_filter.body.contains("is not a filter of feeds"));

    // Listing pages announce the feed of what they list (the listing may name its language
    // in the feed's filters: the feed follows an explicit language as it is).
    let field = app.get("/fields-of-work/elections").await;
    let announced = field
        .body
        .split("<link rel=\"alternate\" type=\"application/atom+xml\" ")
        .nth(1)
        .and_then(|rest| rest.split('>').next())
        .unwrap_or_else(|| panic!("a feed is announced: {}", field.body));
    assert!(announced.contains("Elections\""), "{announced}");
    let href = announced
        .split("href=\"")
        .nth(1)
        .and_then(|h| h.split('"').next())
        .map(|h| h.replace("&#38;", "&").replace("&amp;", "&"))
        .unwrap_or_default();
    assert!(href.starts_with("/feed.atom?"), "{href}");
    assert!(href.contains("field_of_work=elections"), "{href}");
    let announced_feed = app.get(&href).await;
    assert!(
        announced_feed.body.contains("Observers"),
        "{}",
        announced_feed.body
    );
    assert!(!announced_feed.body.contains("Border talks"));
    // A search without words has no feed of its own (the newsroom's is the same).
    let search = app.get("/search").await;
    assert!(
        !search.body.contains("application/atom+xml"),
        "an empty search has no feed"
    );
}

#[tokio::test]
async fn addresses_come_from_the_public_url_or_the_request() {
    let app = TestApp::start_at("2026-11-29T12:00:00Z").await;
    let https = app
        .request(with_headers(
            "/feed.atom",
            &[("host", "news.example.org"), ("x-forwarded-proto", "https")],
        ))
        .await;
    assert!(
        https
            .body
            .contains("href=\"https://news.example.org/feed.atom\"")
    );
    let no_host = app.request(with_headers("/sitemap.xml", &[])).await;
    assert_eq!(no_host.status, StatusCode::BAD_REQUEST);
    assert!(no_host.body.contains("Host header"));
    let odd_host = app
        .request(with_headers("/robots.txt", &[("host", "evil\"><x")]))
        .await;
    assert_eq!(odd_host.status, StatusCode::BAD_REQUEST);

    let configured = common::TestApp {
        state: app.state.clone().with_public_url("https://www.osce.org/"),
        router: communique_web::router(app.state.clone().with_public_url("https://www.osce.org/")),
        dir: tempfile::tempdir().expect("dir"),
        // The database stays with `app`, which outlives this one.
        db: common::TestDb::default(),
    };
    let robots = configured
        .request(with_headers("/robots.txt", &[("host", "internal:8080")]))
        .await;
    assert_eq!(robots.status, StatusCode::OK);
    assert!(robots.body.contains("Disallow: /admin\n"));
    assert!(robots.body.contains("Disallow: /preview/\n"));
    assert!(
        robots
            .body
            .contains("Sitemap: https://www.osce.org/sitemap.xml\n"),
        "{}",
        robots.body
    );
    assert!(
        !robots.headers.get_all(header::VARY).iter().any(|v| v
            .to_str()
            .unwrap_or("")
            .to_ascii_lowercase()
            .contains("host")),
        "with a public address, the answer does not depend on the request's host"
    );
}

#[tokio::test]
async fn sitemaps_list_every_public_page_and_item() {
    let app = TestApp::start_at("2026-11-29T12:00:00Z").await;
    let mut draft = item("Draft", "2026-11-21", &["odihr"], &[], &[]);
    draft.status = model::ItemStatus::Draft;
    let ids = app
        .add(&[item("Public", "2026-11-20", &["odihr"], &[], &[]), draft])
        .await;
    let index = app.get("/sitemap.xml").await;
    assert_eq!(index.status, StatusCode::OK);
    assert_eq!(
        index.headers[header::CONTENT_TYPE],
        "application/xml; charset=utf-8"
    );
    assert!(
        index
            .body
            .contains("<loc>http://localhost/sitemap.xml?part=pages</loc>")
    );
    assert!(
        index
            .body
            .contains("<loc>http://localhost/sitemap.xml?part=items-1</loc>")
    );
    assert!(!index.body.contains("items-2"));
    assert_eq!(index.headers[header::VARY], "Host, X-Forwarded-Proto");

    let items = app.get("/sitemap.xml?part=items-1").await;
    assert_eq!(items.status, StatusCode::OK);
    assert!(
        items.body.contains(&format!(
            "<loc>http://localhost/items/{}/public</loc><lastmod>",
            ids[0].0
        )),
        "{}",
        items.body
    );
    assert!(
        !items.body.contains(&format!("/items/{}/", ids[1].0)),
        "no draft"
    );
    assert!(
        items.body.contains("/items/1/osce-representative"),
        "the sample item"
    );

    let pages = app.get("/sitemap.xml?part=pages").await;
    for path in [
        "/fields-of-work/elections",
        "/countries/serbia",
        "/countries/groups/asian-partners",
        "/structures/office-in-minsk",
        "/structures/field-operations/closed",
        "/meetings",
    ] {
        assert!(
            pages
                .body
                .contains(&format!("<loc>http://localhost{path}</loc>")),
            "{path}"
        );
    }
    for missing in [
        "/sitemap.xml?part=items-2",
        "/sitemap.xml?part=items-0",
        "/sitemap.xml?part=items-01",
        "/sitemap.xml?part=items-99999999999999999999",
        "/sitemap.xml?part=items-184467440737095516",
        "/sitemap.xml?part=other",
    ] {
        assert_eq!(
            app.get(missing).await.status,
            StatusCode::NOT_FOUND,
            "{missing}"
        );
    }
    assert_eq!(
        app.get("/sitemap.xml?page=2").await.status,
        StatusCode::BAD_REQUEST
    );
}

/// What a proxy says about the connection is believed from a trusted proxy only: a client
/// that writes `X-Forwarded-Proto: https` itself changes nothing.
#[tokio::test]
async fn forwarding_headers_are_believed_from_trusted_proxies_only() {
    use tower::ServiceExt;
    let app = TestApp::start_at("2026-11-29T12:00:00Z").await;
    let proxies = communique_web::auth::TrustedProxies::parse("127.0.0.1").expect("valid");
    let router = communique_web::router(app.state.clone().with_trusted_proxies(proxies));
    for (peer, scheme) in [("127.0.0.1:40000", "https"), ("192.0.2.4:40000", "http")] {
        let mut req = with_headers(
            "/feed.atom",
            &[("host", "news.example.org"), ("x-forwarded-proto", "https")],
        );
        req.extensions_mut().insert(axum::extract::ConnectInfo(
            peer.parse::<std::net::SocketAddr>().expect("address"),
        ));
        let res = router.clone().oneshot(req).await.expect("infallible");
        let body = http_body_util::BodyExt::collect(res.into_body())
            .await
            .expect("body")
            .to_bytes();
        let body = String::from_utf8_lossy(&body);
        assert!(
            body.contains(&format!("href=\"{scheme}://news.example.org/feed.atom\"")),
            "{peer}: {body}"
        );
    }
}

#[tokio::test]
async fn a_search_can_be_followed_as_a_feed() {
    let app = TestApp::start_at("2026-11-29T12:00:00Z").await;
    app.add(&[
        item(
            "Border guards trained in Dushanbe",
            "2026-11-20",
            &["odihr"],
            &[],
            &[],
        ),
        item(
            "Elections observed in Moldova",
            "2026-11-21",
            &["odihr"],
            &[],
            &["moldova"],
        ),
    ])
    .await;
    app.refresh().await;
    let page = app.get("/search?q=border").await;
    assert!(
        page.body.contains("href=\"/feed.atom?q=border\""),
        "the search page links its feed"
    );
    let feed = app.get("/feed.atom?q=border").await;
    assert_eq!(feed.status, StatusCode::OK, "{}", feed.body);
    assert!(feed.body.contains("Border guards trained in Dushanbe"));
    assert!(!feed.body.contains("Elections observed"));
    assert!(
        feed.body.contains("/feed.atom?q=border\""),
        "its own address keeps the words"
    );
    assert!(
        feed.body.contains("/search?q=border&#38;sort=newest"),
        "{}",
        feed.body
    );
    // With a filter, both narrow.
    let none = app.get("/feed.atom?q=border&country=moldova").await;
    assert_eq!(none.status, StatusCode::OK);
    assert!(!none.body.contains("<entry>"));
    // Words that cannot be a query, or too many of them, are a 400 with a message.
    let long = app
        .get(&format!("/feed.atom?q={}", "a".repeat(1_001)))
        .await;
    assert_eq!(long.status, StatusCode::BAD_REQUEST);
    let unknown = app.get("/feed.atom?qq=border").await;
    assert_eq!(unknown.status, StatusCode::BAD_REQUEST);
}
