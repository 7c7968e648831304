//! What responses carry beside the page: compressed forms, validators and caching headers,
//! the kept home page and newsroom following every change, and the data of sharing cards.

mod common;

use axum::body::Body;
use common::workspace::{add_user, token};
use common::{MovableClock, TestApp, item};
use http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use model::access::Role;
use tower::ServiceExt;

/// The raw response to `uri` with these request headers (bytes not decoded).
async fn raw(
    app: &TestApp,
    uri: &str,
    headers: &[(&str, &str)],
) -> (http::HeaderMap, StatusCode, Vec<u8>) {
    let mut req = Request::get(uri).header(header::HOST, "localhost");
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    let res = app
        .router
        .clone()
        .oneshot(req.body(Body::empty()).expect("request"))
        .await
        .expect("infallible");
    let status = res.status();
    let headers = res.headers().clone();
    let body = res.into_body().collect().await.expect("body").to_bytes();
    (headers, status, body.to_vec())
}

/// The address of the site's sample press release.
async fn sample_address(app: &TestApp) -> String {
    let moved = app.get("/items/1").await;
    assert_eq!(moved.status, StatusCode::MOVED_PERMANENTLY);
    moved.headers[header::LOCATION]
        .to_str()
        .expect("ascii")
        .to_owned()
}

fn decode(coding: &str, bytes: &[u8]) -> String {
    let mut out = Vec::new();
    match coding {
        "br" => {
            brotli::BrotliDecompress(&mut &bytes[..], &mut out).expect("brotli");
        }
        "gzip" => {
            std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(bytes), &mut out)
                .expect("gzip");
        }
        "zstd" => out = zstd::decode_all(bytes).expect("zstd"),
        _ => out = bytes.to_vec(),
    }
    String::from_utf8(out).expect("utf-8")
}

#[tokio::test]
async fn every_page_kind_is_sent_compressed_as_the_client_asks() {
    let app = TestApp::start().await;
    let item = sample_address(&app).await;
    for uri in [
        "/",
        "/press-releases",
        "/press-releases?type=press-release",
        item.as_str(),
        "/structures/secretariat",
        "/search?q=minsk",
        "/assets/site.css",
        "/assets/site.js",
        "/feed.atom",
        "/sitemap.xml",
        "/api/v1/items",
    ] {
        let (_, _, identity) = raw(&app, uri, &[]).await;
        let identity = String::from_utf8(identity).expect("utf-8");
        for coding in ["br", "gzip", "zstd"] {
            let (h, status, bytes) = raw(&app, uri, &[("accept-encoding", coding)]).await;
            assert_eq!(status, StatusCode::OK, "{uri}");
            assert_eq!(
                h.get(header::CONTENT_ENCODING).map(|v| v.as_bytes()),
                Some(coding.as_bytes()),
                "{uri} in {coding}"
            );
            assert!(
                h.get_all(header::VARY).iter().any(|v| v
                    .to_str()
                    .unwrap_or("")
                    .to_ascii_lowercase()
                    .contains("accept-encoding")),
                "{uri}: Vary"
            );
            assert!(bytes.len() < identity.len(), "{uri} in {coding} is smaller");
            let text = decode(coding, &bytes);
            if uri.starts_with("/api") {
                // The API's answer says how long it took: the rest is the same.
                let cut = |t: &str| t[..t.find("\"took\"").expect("took")].to_owned();
                assert_eq!(cut(&text), cut(&identity), "{uri}");
            } else {
                assert_eq!(text, identity, "{uri} decodes to the page");
            }
        }
    }
}

#[tokio::test]
async fn every_html_page_has_a_validator_and_answers_304() {
    let app = TestApp::start().await;
    let item = sample_address(&app).await;
    for uri in [
        "/",
        "/press-releases",
        "/press-releases?field_of_work=human-rights",
        item.as_str(),
        "/fields-of-work",
        "/structures/office-in-minsk",
        "/countries/belarus",
        "/search?q=minsk",
        "/ru/",
    ] {
        for coding in ["", "br"] {
            let headers: &[(&str, &str)] = if coding.is_empty() {
                &[]
            } else {
                &[("accept-encoding", "br")]
            };
            let (h, status, _) = raw(&app, uri, headers).await;
            assert_eq!(status, StatusCode::OK, "{uri}");
            let etag = h
                .get(header::ETAG)
                .unwrap_or_else(|| panic!("{uri} has an ETag"))
                .to_str()
                .expect("ascii")
                .to_owned();
            assert!(h.contains_key(header::CACHE_CONTROL), "{uri}");
            let mut again = headers.to_vec();
            again.push(("if-none-match", etag.as_str()));
            let (h2, status, body) = raw(&app, uri, &again).await;
            assert_eq!(status, StatusCode::NOT_MODIFIED, "{uri} {coding}");
            assert!(body.is_empty());
            assert_eq!(h2[header::ETAG], etag.as_str());
            let (_, status, _) = raw(&app, uri, &[("if-none-match", "\"something-else\"")]).await;
            assert_eq!(status, StatusCode::OK, "{uri}: another validator");
        }
    }
    // The workspace and errors are never kept.
    let (h, status, _) = raw(&app, "/admin/login", &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(!h.contains_key(header::ETAG));
    assert!(
        h[header::CACHE_CONTROL]
            .to_str()
            .expect("ascii")
            .contains("no-store")
    );
    let (h, status, _) = raw(&app, "/no/such/page", &[]).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(h[header::CACHE_CONTROL], "no-store");
    let (h, _, _) = raw(&app, "/assets/site.css", &[]).await;
    assert_eq!(
        h[header::CACHE_CONTROL],
        "public, max-age=31536000, immutable"
    );
}

#[tokio::test]
async fn the_kept_home_page_and_newsroom_follow_every_change_at_once() {
    let clock = MovableClock::at("2026-03-01T12:00:00Z");
    let app = TestApp::start_with_clock(clock.clone()).await;
    let mut scheduled = item(
        "Scheduled statement on dialogue",
        "2026-03-01",
        &["secretariat"],
        &[],
        &[],
    );
    scheduled.embargo_until = Some("2026-03-01T12:30:00Z".parse().expect("instant"));
    let ids = app
        .add(&[
            item(
                "Visible statement on elections",
                "2026-03-01",
                &["secretariat"],
                &[],
                &[],
            ),
            scheduled,
        ])
        .await;
    for uri in ["/", "/press-releases"] {
        let first = app.get(uri).await;
        assert!(
            first.body.contains("Visible statement on elections"),
            "{uri}"
        );
        assert!(!first.body.contains("Scheduled statement"), "{uri} early");
        // Kept: the same bytes, the same validator.
        let again = app.get(uri).await;
        assert_eq!(again.body, first.body);
        assert_eq!(again.headers[header::ETAG], first.headers[header::ETAG]);
    }
    // A second before the instant, nothing; at the instant, without any write or refresh
    // of the catalog, both pages show it.
    clock.set("2026-03-01T12:29:59Z");
    for uri in ["/", "/press-releases"] {
        assert!(
            !app.get(uri).await.body.contains("Scheduled statement"),
            "{uri}"
        );
    }
    clock.set("2026-03-01T12:30:00Z");
    for uri in ["/", "/press-releases"] {
        assert!(
            app.get(uri).await.body.contains("Scheduled statement"),
            "{uri} at the instant"
        );
    }
    // Unpublished through the API: gone from both at once.
    add_user(&app, "ed@example.org", Role::Editor, &[]).await;
    let ed = token(&app, "ed@example.org").await;
    let withdrawn = app
        .request(
            Request::post(format!("/api/v1/items/{}/transitions", ids[0]))
                .header(header::AUTHORIZATION, format!("Bearer {ed}"))
                .header(header::IF_MATCH, format!("\"i{}-r1\"", ids[0]))
                .header(header::CONTENT_TYPE, "application/json")
                .body(Body::from(r#"{"transition": "unpublish"}"#))
                .expect("request"),
        )
        .await;
    assert_eq!(withdrawn.status, StatusCode::OK, "{}", withdrawn.body);
    for uri in ["/", "/press-releases"] {
        assert!(
            !app.get(uri)
                .await
                .body
                .contains("Visible statement on elections"),
            "{uri} after it was unpublished"
        );
    }
}

/// The `application/ld+json` data of a page, parsed.
fn json_ld(html: &str) -> serde_json::Value {
    let open = "<script type=\"application/ld+json\">";
    let start = html.find(open).expect("JSON-LD") + open.len();
    let end = start + html[start..].find("</script>").expect("closed");
    serde_json::from_str(&html[start..end]).expect("valid JSON")
}

fn meta(html: &str, attr: &str, name: &str) -> Option<String> {
    let needle = format!("<meta {attr}=\"{name}\" content=\"");
    let start = html.find(&needle)? + needle.len();
    Some(html[start..start + html[start..].find('"')?].to_owned())
}

#[tokio::test]
async fn an_item_page_tells_search_engines_and_sharing_cards_what_it_is() {
    let app = TestApp::start().await;
    let address = sample_address(&app).await;
    let page = app.get(&address).await;
    assert_eq!(page.status, StatusCode::OK);
    let html = &page.body;
    let canonical = format!("http://localhost:8080{address}");
    let canonical = canonical.as_str();
    assert!(html.contains(&format!("<link rel=\"canonical\" href=\"{canonical}\">")));
    assert_eq!(meta(html, "property", "og:url").as_deref(), Some(canonical));
    assert_eq!(
        meta(html, "property", "og:type").as_deref(),
        Some("article")
    );
    assert!(
        meta(html, "property", "og:title")
            .expect("title")
            .contains("Belarus")
    );
    let description = meta(html, "name", "description").expect("description");
    assert!(
        description.len() > 40 && description.len() < 400,
        "{description}"
    );
    assert_eq!(meta(html, "property", "og:description"), Some(description));
    assert!(
        meta(html, "property", "article:published_time")
            .expect("published")
            .starts_with("2008-04-0")
    );
    assert_eq!(
        meta(html, "property", "article:section").as_deref(),
        Some("Press release")
    );
    assert!(meta(html, "name", "twitter:card").is_some());

    let data = json_ld(html);
    assert_eq!(data["@context"], "https://schema.org");
    assert_eq!(data["@type"], "NewsArticle");
    assert!(
        data["headline"]
            .as_str()
            .expect("headline")
            .contains("Belarus")
    );
    assert!(
        data["datePublished"]
            .as_str()
            .expect("date")
            .starts_with("2008-04-0")
    );
    assert!(data["dateModified"].is_string());
    assert_eq!(data["inLanguage"], "en");
    assert_eq!(data["url"], canonical);
    let authors = data["author"].as_array().expect("authors");
    assert!(
        authors
            .iter()
            .any(|a| a["@type"] == "Organization"
                && a["name"].as_str().unwrap_or("").contains("Minsk")),
        "{authors:?}"
    );
    assert_eq!(data["publisher"]["@type"], "Organization");
    assert_eq!(
        data["publisher"]["name"],
        "Organization for Security and Co-operation in Europe"
    );
    assert!(
        data["publisher"]["logo"]["url"]
            .as_str()
            .expect("logo")
            .starts_with("http")
    );
    assert_eq!(data["locationCreated"]["name"], "Minsk");
    assert!(!data["about"].as_array().expect("fields of work").is_empty());
}

#[tokio::test]
async fn search_results_are_kept_out_of_indexes_and_the_site_has_an_icon_and_a_manifest() {
    let app = TestApp::start().await;
    let search = app.get("/search?q=minsk").await;
    assert!(
        search
            .body
            .contains("<meta name=\"robots\" content=\"noindex\">")
    );
    let home = app.get("/").await;
    assert!(!home.body.contains("noindex"));
    assert!(
        home.body
            .contains("<link rel=\"icon\" href=\"/favicon.svg\"")
    );
    assert!(
        home.body.contains("application/atom+xml"),
        "the home page links its feed"
    );
    assert!(meta(&home.body, "name", "description").is_some());
    let icon = app.get("/favicon.svg").await;
    assert_eq!(icon.status, StatusCode::OK);
    assert_eq!(icon.headers[header::CONTENT_TYPE], "image/svg+xml");
    assert!(icon.body.contains(">OSCE</text>"));
    let manifest = app.get("/ru/manifest.webmanifest").await;
    assert_eq!(manifest.status, StatusCode::OK);
    let m: serde_json::Value = serde_json::from_str(&manifest.body).expect("JSON");
    assert_eq!(m["lang"], "ru");
    assert_eq!(m["start_url"], "/ru/");
    assert!(m["name"].as_str().expect("name").contains("Организация"));
}

#[tokio::test]
async fn odd_accept_encodings_get_a_page_never_a_406() {
    let app = TestApp::start().await;
    for (accept, coding) in [
        ("identity;q=0", None),
        ("*;q=0", None),
        ("deflate", None),
        ("x-gzip", Some("gzip")),
        ("br;Q=0, gzip", Some("gzip")),
        ("BR", Some("br")),
    ] {
        for uri in ["/", "/fields-of-work", "/assets/site.css"] {
            let (h, status, _) = raw(&app, uri, &[("accept-encoding", accept)]).await;
            assert_eq!(status, StatusCode::OK, "{uri} with {accept}");
            assert_eq!(
                h.get(header::CONTENT_ENCODING)
                    .map(|v| v.to_str().expect("ascii").to_owned()),
                coding.map(str::to_owned),
                "{uri} with {accept}"
            );
        }
    }
}

#[tokio::test]
async fn a_head_request_gets_no_validator_of_an_empty_body() {
    let app = TestApp::start().await;
    let head = |headers: &[(&str, &str)]| {
        let mut req = Request::head("/fields-of-work").header(header::HOST, "localhost");
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        app.request(req.body(Body::empty()).expect("request"))
    };
    let page = head(&[]).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        !page.headers.contains_key(header::ETAG),
        "{:?}",
        page.headers
    );
    let empty = format!("W/{}", publishing::etag_of(b""));
    let guessed = head(&[("if-none-match", empty.as_str())]).await;
    assert_eq!(guessed.status, StatusCode::OK);
    // GET's validator is weak (the layer may send the page in several codings).
    let got = app.get("/fields-of-work").await;
    assert!(
        got.headers[header::ETAG]
            .to_str()
            .expect("ascii")
            .starts_with("W/\"")
    );
}

#[tokio::test]
async fn the_default_language_prefix_never_leads_to_another_host() {
    let app = TestApp::start().await;
    for (from, to) in [
        ("/en//evil.example", "/evil.example"),
        ("/en/%5Cevil.example", "/%5Cevil.example"),
    ] {
        let page = app.get(from).await;
        assert_eq!(page.status, StatusCode::MOVED_PERMANENTLY, "{from}");
        assert_eq!(page.headers[header::LOCATION], to, "{from}");
    }
}

#[tokio::test]
async fn every_page_below_the_home_page_has_breadcrumbs() {
    let app = TestApp::start().await;
    let crumbs = |html: &str| -> Vec<String> {
        let Some(start) = html.find("<nav class=\"breadcrumbs") else {
            return Vec::new();
        };
        let nav = &html[start..start + html[start..].find("</nav>").expect("closed")];
        nav.split("<li")
            .skip(1)
            .map(|li| {
                // The text of the entry, without its tags.
                let after = li.split_once('>').map_or("", |(_, rest)| rest);
                let mut out = String::new();
                let mut inside = false;
                for c in after.chars() {
                    match c {
                        '<' => inside = true,
                        '>' => inside = false,
                        c if !inside => out.push(c),
                        _ => {}
                    }
                }
                out.trim().to_owned()
            })
            .collect()
    };
    assert!(
        crumbs(&app.get("/").await.body).is_empty(),
        "none on the home page"
    );
    let item = sample_address(&app).await;
    let on_item = crumbs(&app.get(&item).await.body);
    assert_eq!(on_item[..2], ["Home", "Newsroom"]);
    assert!(on_item[2].contains("Belarus"), "{on_item:?}");
    assert_eq!(
        crumbs(&app.get("/press-releases").await.body),
        ["Home", "Newsroom"]
    );
    assert_eq!(
        crumbs(&app.get("/countries/belarus").await.body),
        ["Home", "Countries", "Belarus"]
    );
    assert_eq!(
        crumbs(&app.get("/ru/countries/belarus").await.body),
        ["Главная", "Страны", "Беларусь"]
    );
    let structure = crumbs(&app.get("/structures/office-in-minsk").await.body);
    assert_eq!(structure[..2], ["Home", "Structures and institutions"]);
}

#[tokio::test]
async fn browsers_asking_for_favicon_ico_get_the_svg_icon() {
    let app = TestApp::start().await;
    let ico = app.get("/favicon.ico").await;
    assert_eq!(ico.status, StatusCode::MOVED_PERMANENTLY);
    assert_eq!(ico.headers[header::LOCATION], "/favicon.svg");
}
