//! Every route of the route table against hostile input: long values, invalid UTF-8, deep
//! nesting, odd methods, bodies where none belongs, junk in the headers — with and without
//! credentials. Nothing may answer 5xx, echo a long value back, or keep a processor busy.
//!
//! The routes are read from the route table itself (`src/routes.rs`), so a new route is
//! covered without anyone adding it here.

mod common;

use std::time::{Duration, Instant};

use axum::body::Body;
use common::TestApp;
use common::workspace::{add_user, session, token};
use http::{Method, Request, header};
use model::access::Role;

/// A request that takes longer than this in a test build does work it should refuse (the
/// defects this guards against took seconds in a release build; the requests here take
/// milliseconds). Generous so that a loaded machine never makes it fail by accident.
const BOUND: Duration = Duration::from_secs(10);

/// The paths of the route table, with their parameters filled in.
fn routes() -> Vec<String> {
    common::route_table()
        .into_iter()
        .map(|p| {
            p.replace("{id}", "1")
                .replace("{slug}", "secretariat")
                .replace("{*external_id}", "mission-to-serbia/x")
                .replace("{revision}", "1")
                .replace("{action}", "rename")
                .replace("{*rest}", "anything/at/all")
        })
        .collect()
}

/// A long value made of a pattern that appears nowhere in the site.
fn long(n: usize) -> String {
    "Zq".repeat(n / 2)
}

fn query_strings() -> Vec<String> {
    let deep_brackets = format!("filter{}=1", "[conditions][0]".repeat(200));
    vec![
        String::new(),
        format!("q={}", long(30_000)),
        format!("country={}", long(30_000)),
        format!("source={}&field_of_work={}", long(10_000), long(10_000)),
        "q=%ff%fe%fd&country=%c3%28".into(),
        "q=%00%01%02&page=%00".into(),
        "page=99999999999999999999999&sort=%27%22%3C".into(),
        format!("q={}police{}", "(".repeat(2_000), ")".repeat(2_000)),
        format!("q={}", "title:* -body:* names:* ".repeat(40)),
        format!("q={}*", "a".repeat(3_000)),
        deep_brackets,
        "query[value]=x&filter[field]=source&filter[value]=".to_owned() + &long(20_000),
        "a=1&".repeat(2_000),
        "country=moldova,".repeat(1_000),
        "part=items-99999999999999999999".into(),
        "until=-1&sig=%ff".into(),
        "=&&==&[]=[&]]]=[[[".into(),
    ]
}

/// A query string as a client sends it: characters a URI may not hold are percent-encoded
/// (brackets, spaces, quotes), the rest is left as it is, encoded or not.
fn uri_safe(q: &str) -> String {
    q.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || "-._~!$&'()*+,;=:@/?%".contains(c) {
                c.to_string()
            } else {
                let mut buf = [0u8; 4];
                c.encode_utf8(&mut buf)
                    .bytes()
                    .map(|b| format!("%{b:02X}"))
                    .collect()
            }
        })
        .collect()
}

fn bodies() -> Vec<(&'static str, Vec<u8>)> {
    let name = long(1_000_000);
    vec![
        ("application/json", Vec::new()),
        ("application/json", vec![0xff, 0xfe, 0x00, 0x80]),
        ("application/json", b"[".repeat(100_000)),
        ("application/json", b"{\"a\":".repeat(50_000)),
        (
            "application/json",
            format!("{{\"filter\":{{\"field\":\"source\",\"value\":\"{name}\"}}}}").into_bytes(),
        ),
        (
            "application/json",
            format!(
                "{{\"external_id\":\"mission-to-serbia/k\",\"type\":\"press-release\",\"language\":\"en\",\
                 \"title\":\"t\",\"date\":\"2026-01-01\",\"sources\":[\"{name}\"],\"body_html\":\"<p>x</p>\"}}"
            )
            .into_bytes(),
        ),
        (
            "application/json",
            // Within the limit of a query: answered, and may be echoed in links.
            format!("{{\"query\":{{\"value\":\"{}\"}}}}", "Xv".repeat(450)).into_bytes(),
        ),
        (
            "application/x-www-form-urlencoded",
            format!("title={name}&sources={name}&csrf=x").into_bytes(),
        ),
        ("application/x-www-form-urlencoded", b"%ff%fe=%00&&&==".to_vec()),
        (
            "application/x-www-form-urlencoded",
            format!("title=t&body={}&csrf=x", "%3Cul%3E%3Cli%3E".repeat(60_000)).into_bytes(),
        ),
        ("text/plain", vec![b'a'; 3_000_000]),
    ]
}

fn header_variants() -> Vec<(&'static str, String)> {
    vec![
        ("cookie", format!("communique_session={}", long(8_000))),
        ("authorization", format!("Bearer {}", long(8_000))),
        ("authorization", "Basic Zm9vOmJhcg==".into()),
        ("if-none-match", long(4_000)),
        ("if-match", "\"i1-r1\", W/\"\", *".into()),
        ("x-forwarded-for", "999.1.1.1, ::ffff:zz, ".repeat(200)),
        ("accept-language", "xx-YY;q=2, *;q=-1, ".repeat(200)),
        ("origin", "null".into()),
        ("sec-fetch-site", "cross-site".into()),
        ("content-length", "18446744073709551615".into()),
        ("host", "[::1]:99999".into()),
    ]
}

struct Probe<'a> {
    app: &'a TestApp,
    slowest: (Duration, String),
    sent: usize,
}

impl Probe<'_> {
    async fn send(&mut self, what: String, req: Request<Body>) {
        let started = Instant::now();
        let page = self.app.request(req).await;
        let took = started.elapsed();
        self.sent += 1;
        assert!(
            page.status.as_u16() < 500,
            "{what}: {} {}",
            page.status,
            page.body.chars().take(300).collect::<String>()
        );
        assert!(
            !page.body.contains(&"Zq".repeat(100)),
            "{what}: a long value is echoed ({} bytes)",
            page.body.len()
        );
        assert!(took < BOUND, "{what}: {took:?}");
        if took > self.slowest.0 {
            self.slowest = (took, what);
        }
    }
}

fn request(method: &Method, uri: &str, extra: &[(&str, &str)], body: Body) -> Request<Body> {
    let mut req = Request::builder().method(method.clone()).uri(uri);
    if !extra.iter().any(|(k, _)| *k == "host") {
        req = req.header(header::HOST, "localhost");
    }
    for (k, v) in extra {
        req = req.header(*k, *v);
    }
    req.body(body).expect("request")
}

#[tokio::test]
async fn every_route_survives_hostile_input() {
    let app = TestApp::start().await;
    add_user(&app, "root@example.org", Role::Admin, &[]).await;
    let bearer = format!("Bearer {}", token(&app, "root@example.org").await);
    let (cookie, csrf) = session(&app, "root@example.org").await;
    let signed_in: Vec<(&str, &str)> = vec![("cookie", &cookie)];
    let with_token: Vec<(&str, &str)> = vec![("authorization", &bearer)];
    let credentials: [&[(&str, &str)]; 3] = [&[], &signed_in, &with_token];
    let mut probe = Probe {
        app: &app,
        slowest: (Duration::ZERO, String::new()),
        sent: 0,
    };
    let methods = [
        Method::GET,
        Method::HEAD,
        Method::POST,
        Method::PUT,
        Method::PATCH,
        Method::DELETE,
        Method::OPTIONS,
        Method::TRACE,
        Method::from_bytes(b"BREW").expect("method"),
    ];
    for path in routes() {
        for method in &methods {
            probe
                .send(
                    format!("{method} {path}"),
                    request(method, &path, &[], Body::empty()),
                )
                .await;
        }
        for creds in credentials {
            for q in query_strings() {
                let uri = format!("{path}?{}", uri_safe(&q));
                let what = format!(
                    "GET {}… ({} credentials)",
                    &uri[..uri.len().min(120)],
                    creds.len()
                );
                probe
                    .send(what, request(&Method::GET, &uri, creds, Body::empty()))
                    .await;
            }
            for method in [Method::POST, Method::PUT, Method::PATCH] {
                for (kind, body) in bodies() {
                    // A form of the signed-in account carries its CSRF proof, so that the
                    // form itself is read.
                    let mut body = body;
                    if kind == "application/x-www-form-urlencoded" && creds.len() == 1 {
                        body.extend_from_slice(format!("&csrf={csrf}").as_bytes());
                    }
                    let mut headers = creds.to_vec();
                    headers.push(("content-type", kind));
                    probe
                        .send(
                            format!("{method} {path} with {kind} ({} bytes)", body.len()),
                            request(&method, &path, &headers, Body::from(body)),
                        )
                        .await;
                }
            }
        }
        for (name, value) in header_variants() {
            for method in [Method::GET, Method::POST] {
                probe
                    .send(
                        format!(
                            "{method} {path} with {name}: {}…",
                            &value[..value.len().min(40)]
                        ),
                        request(&method, &path, &[(name, &value)], Body::from("{}")),
                    )
                    .await;
            }
        }
    }
    assert!(probe.sent > 5_000, "{} requests", probe.sent);
    eprintln!(
        "{} hostile requests; the slowest took {:?}: {}",
        probe.sent, probe.slowest.0, probe.slowest.1
    );
}

/// The cases of the probe report, each with the answer it must get now.
#[tokio::test]
async fn megabyte_names_are_refused_at_once_and_quoted_briefly() {
    let app = TestApp::start().await;
    add_user(&app, "ed@example.org", Role::Editor, &[]).await;
    let bearer = format!("Bearer {}", token(&app, "ed@example.org").await);
    let name = "ab".repeat(500_000);
    let search = app
        .request(request(
            &Method::POST,
            "/api/v1/items",
            &[("content-type", "application/json")],
            Body::from(format!(
                "{{\"filter\":{{\"field\":\"source\",\"value\":\"{name}\"}}}}"
            )),
        ))
        .await;
    assert_eq!(search.status, 400, "{}", search.body);
    assert!(search.body.len() < 1_000, "{}", search.body);
    assert!(search.body.contains("unknown_value"), "{}", search.body);
    let write = app
        .request(request(
            &Method::POST,
            "/api/v1/items",
            &[("content-type", "application/json"), ("authorization", &bearer)],
            Body::from(format!(
                "{{\"external_id\":\"k\",\"type\":\"press-release\",\"language\":\"en\",\"title\":\"t\",\
                 \"date\":\"2026-01-01\",\"sources\":[\"{name}\"],\"body_html\":\"<p>x</p>\"}}"
            )),
        ))
        .await;
    assert_eq!(write.status, 400, "{}", write.body);
    assert!(write.body.len() < 1_000, "{}", write.body);
    assert!(
        write.body.contains("\"pointer\":\"/sources\""),
        "{}",
        write.body
    );
    // A body nested 50,000 deep (400 KB): the parser would need minutes; refused first.
    let deep = app
        .request(request(
            &Method::POST,
            "/api/v1/items",
            &[("content-type", "application/json"), ("authorization", &bearer)],
            Body::from(format!(
                "{{\"external_id\":\"k\",\"type\":\"press-release\",\"language\":\"en\",\"title\":\"t\",\
                 \"date\":\"2026-01-01\",\"sources\":[\"secretariat\"],\"body_html\":\"{}\"}}",
                "<ul><li>".repeat(50_000)
            )),
        ))
        .await;
    assert_eq!(deep.status, 400, "{}", deep.body);
    assert!(
        deep.body.contains("\"pointer\":\"/body_html\""),
        "{}",
        deep.body
    );
    assert!(deep.body.contains("50000 deep"), "{}", deep.body);
    let listing = app
        .get(&format!("/press-releases?source={}", "ab".repeat(20_000)))
        .await;
    assert_eq!(listing.status, 400);
    assert!(listing.body.contains("unknown source"), "{}", listing.body);
    assert!(!listing.body.contains(&"ab".repeat(100)));
}

/// A request body that never arrives: its request holds its client's turn.
struct Stalled;

impl http_body::Body for Stalled {
    type Data = bytes::Bytes;
    type Error = std::io::Error;

    fn poll_frame(
        self: std::pin::Pin<&mut Self>,
        _: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Result<http_body::Frame<Self::Data>, Self::Error>>> {
        std::task::Poll::Pending
    }
}

/// One client cannot hold every turn of the heavy work: beyond its share it waits a moment,
/// then gets a 429 (in the API's error shape on the API); another client is served at once.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn one_client_gets_its_share_of_the_heavy_work_and_no_more() {
    use tower::ServiceExt;
    let app = TestApp::start().await;
    let state = app.state.clone().with_client_concurrency(2);
    let router = communique_web::router(state.clone());
    let from = |peer: &str, mut req: Request<Body>| {
        req.extensions_mut().insert(axum::extract::ConnectInfo(
            peer.parse::<std::net::SocketAddr>().expect("address"),
        ));
        req
    };
    // Two searches of one client whose bodies never come: its two turns are taken.
    let mut held = Vec::new();
    for _ in 0..2 {
        let req = from(
            "198.51.100.7:4000",
            Request::post("/api/v1/items")
                .header(header::HOST, "localhost")
                .header(header::CONTENT_TYPE, "application/json")
                .body(Body::new(Stalled))
                .expect("request"),
        );
        held.push(tokio::spawn(router.clone().oneshot(req)));
    }
    // Both have taken their turn (their handlers wait for the bodies).
    for _ in 0..1000 {
        if state.per_client().running("198.51.100.7") == 2 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    assert_eq!(state.per_client().running("198.51.100.7"), 2);
    let refused = router
        .clone()
        .oneshot(from(
            "198.51.100.7:4001",
            request(&Method::GET, "/api/v1/items?limit=1", &[], Body::empty()),
        ))
        .await
        .expect("infallible");
    assert_eq!(refused.status(), 429);
    assert_eq!(refused.headers()[header::RETRY_AFTER], "1");
    let body = http_body_util::BodyExt::collect(refused.into_body())
        .await
        .expect("body")
        .to_bytes();
    assert!(
        String::from_utf8_lossy(&body).contains("\"code\":\"too_many_requests\""),
        "{}",
        String::from_utf8_lossy(&body)
    );
    let page = router
        .clone()
        .oneshot(from(
            "198.51.100.7:4002",
            request(&Method::GET, "/press-releases", &[], Body::empty()),
        ))
        .await
        .expect("infallible");
    assert_eq!(page.status(), 429, "pages count too");
    // Light addresses are not counted, and another client is served.
    for (peer, uri) in [
        ("198.51.100.7:4003", "/items/1"),
        ("203.0.113.5:4000", "/press-releases"),
    ] {
        let res = router
            .clone()
            .oneshot(from(peer, request(&Method::GET, uri, &[], Body::empty())))
            .await
            .expect("infallible");
        assert!(
            res.status().is_success() || res.status().is_redirection(),
            "{peer} {uri}: {}",
            res.status()
        );
    }
    for h in held {
        h.abort();
    }
}
