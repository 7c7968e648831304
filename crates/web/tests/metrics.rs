//! What a node tells its operators: `/metrics` in the Prometheus text format, readable from
//! the loopback and the networks allowed only, and `/readyz` for the load balancer.

mod common;

use std::collections::{BTreeMap, HashMap};

use axum::Router;
use axum::body::Body;
use common::{Page, TestApp, item};
use communique_web::AppState;
use communique_web::auth::TrustedProxies;
use http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use jiff::Timestamp;
use tower::ServiceExt;

const SEED_PATH: &str = "/items/1/osce-representative-encourages-belarus-to-work-closer-with-ngos-to-combat-human-trafficking";

const LATENCY: &str = "communique_http_request_duration_seconds";

/// A GET of `uri` from the client at `peer` (none: made in-process), with extra headers.
async fn get_from(
    router: &Router,
    peer: Option<&str>,
    uri: &str,
    headers: &[(&str, &str)],
) -> Page {
    let mut builder = Request::get(uri).header(header::HOST, "localhost");
    for (name, value) in headers {
        builder = builder.header(*name, *value);
    }
    let mut req = builder.body(Body::empty()).expect("request");
    if let Some(peer) = peer {
        req.extensions_mut().insert(axum::extract::ConnectInfo(
            peer.parse::<std::net::SocketAddr>().expect("address"),
        ));
    }
    let res = router.clone().oneshot(req).await.expect("infallible");
    let status = res.status();
    let headers = res.headers().clone();
    let bytes = res.into_body().collect().await.expect("body").to_bytes();
    Page {
        status,
        headers,
        body: String::from_utf8_lossy(&bytes).into_owned(),
    }
}

/// The metrics, as a scraper on the same machine reads them.
async fn scrape(router: &Router) -> Exposition {
    let page = get_from(router, Some("127.0.0.1:9090"), "/metrics", &[]).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    Exposition::parse(&page.body)
}

/// One sample line: `name{label="value",…} value`.
#[derive(Debug)]
struct Sample {
    name: String,
    labels: BTreeMap<String, String>,
    value: f64,
}

/// A page of the Prometheus text format (version 0.0.4), read strictly: every line is a
/// `# HELP`, a `# TYPE` or a sample of a family typed before it.
#[derive(Debug)]
struct Exposition {
    types: HashMap<String, String>,
    samples: Vec<Sample>,
}

fn is_metric_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_' || c == ':')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == ':')
}

/// The labels of a sample, from after its `{` to its `}`; returns them and the rest.
fn parse_labels(mut rest: &str, line: &str) -> (BTreeMap<String, String>, String) {
    let mut labels = BTreeMap::new();
    loop {
        if let Some(after) = rest.strip_prefix('}') {
            return (labels, after.to_owned());
        }
        let (name, after) = rest
            .split_once("=\"")
            .unwrap_or_else(|| panic!("a label without a quoted value: {line}"));
        assert!(is_metric_name(name), "label name {name:?}: {line}");
        let mut value = String::new();
        let mut chars = after.char_indices();
        let end = loop {
            match chars.next() {
                Some((i, '"')) => break i,
                Some((_, '\\')) => match chars.next() {
                    Some((_, 'n')) => value.push('\n'),
                    Some((_, c @ ('\\' | '"'))) => value.push(c),
                    other => panic!("escape {other:?}: {line}"),
                },
                Some((_, c)) => value.push(c),
                None => panic!("an unterminated label value: {line}"),
            }
        };
        labels.insert(name.to_owned(), value);
        rest = &after[end + 1..];
        rest = rest.strip_prefix(',').unwrap_or(rest);
    }
}

fn parse_value(text: &str, line: &str) -> f64 {
    match text {
        "+Inf" => f64::INFINITY,
        "-Inf" => f64::NEG_INFINITY,
        "NaN" => f64::NAN,
        v => v.parse().unwrap_or_else(|_| panic!("value {v:?}: {line}")),
    }
}

impl Exposition {
    fn parse(text: &str) -> Exposition {
        let mut types = HashMap::new();
        let mut samples = Vec::new();
        assert!(text.ends_with('\n'), "the last line ends");
        for line in text.lines() {
            if let Some(help) = line.strip_prefix("# HELP ") {
                let (name, _) = help.split_once(' ').expect("help text");
                assert!(is_metric_name(name), "{line}");
                continue;
            }
            if let Some(typed) = line.strip_prefix("# TYPE ") {
                let (name, kind) = typed.split_once(' ').expect("a type");
                assert!(is_metric_name(name), "{line}");
                assert!(
                    ["counter", "gauge", "histogram", "summary", "untyped"].contains(&kind),
                    "{line}"
                );
                assert!(
                    types.insert(name.to_owned(), kind.to_owned()).is_none(),
                    "typed twice: {line}"
                );
                continue;
            }
            assert!(!line.starts_with('#'), "an unknown comment: {line}");
            let name_end = line
                .find(['{', ' '])
                .unwrap_or_else(|| panic!("a sample without a value: {line}"));
            let name = &line[..name_end];
            assert!(is_metric_name(name), "{line}");
            let (labels, rest) = match line[name_end..].strip_prefix('{') {
                Some(after) => parse_labels(after, line),
                None => (BTreeMap::new(), line[name_end..].to_owned()),
            };
            let value = rest
                .strip_prefix(' ')
                .unwrap_or_else(|| panic!("no space before the value: {line}"));
            let value = parse_value(value.trim_end(), line);
            let family = [
                name,
                name.strip_suffix("_bucket").unwrap_or(name),
                name.strip_suffix("_sum").unwrap_or(name),
                name.strip_suffix("_count").unwrap_or(name),
            ]
            .into_iter()
            .find(|f| types.contains_key(*f))
            .unwrap_or_else(|| panic!("a sample of no family typed before it: {line}"));
            if types[family] == "histogram" && name.ends_with("_bucket") {
                assert!(
                    labels.contains_key("le"),
                    "a bucket without its bound: {line}"
                );
            }
            samples.push(Sample {
                name: name.to_owned(),
                labels,
                value,
            });
        }
        Exposition { types, samples }
    }

    /// The value of the one sample named `name` whose labels include `labels`.
    fn value(&self, name: &str, labels: &[(&str, &str)]) -> Option<f64> {
        let found: Vec<f64> = self
            .samples
            .iter()
            .filter(|s| {
                s.name == name
                    && labels
                        .iter()
                        .all(|(k, v)| s.labels.get(*k).map(String::as_str) == Some(*v))
            })
            .map(|s| s.value)
            .collect();
        assert!(found.len() <= 1, "{name} {labels:?}: {found:?}");
        found.first().copied()
    }

    fn gauge(&self, name: &str) -> f64 {
        self.value(name, &[])
            .unwrap_or_else(|| panic!("no {name} in {:?}", self.samples))
    }
}

/// Stores an item as another process would: the database moves, the catalog does not.
async fn insert_elsewhere(app: &TestApp, title: &str) {
    app.state
        .store
        .insert_items(
            &[item(title, "2026-02-01", &["secretariat"], &[], &[])],
            Timestamp::UNIX_EPOCH,
        )
        .await
        .expect("stored");
}

#[tokio::test]
async fn the_metrics_are_prometheus_text() {
    let app = TestApp::start().await;
    app.refresh().await;
    app.get(SEED_PATH).await;
    let page = get_from(&app.router, Some("127.0.0.1:9090"), "/metrics", &[]).await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(
        page.headers[header::CONTENT_TYPE],
        "text/plain; version=0.0.4; charset=utf-8"
    );
    assert_eq!(page.headers[header::CACHE_CONTROL], "no-store");
    let metrics = Exposition::parse(&page.body);
    for (name, kind) in [
        (LATENCY, "histogram"),
        ("communique_outbox_lag", "gauge"),
        ("communique_index_applied_seq", "gauge"),
        ("communique_catalog_applied_seq", "gauge"),
        ("communique_catalog_items", "gauge"),
        ("communique_follow_failures", "gauge"),
        ("communique_database_up", "gauge"),
        ("communique_render_cache_hits_total", "counter"),
        ("communique_render_cache_misses_total", "counter"),
        ("process_start_time_seconds", "gauge"),
    ] {
        assert_eq!(
            metrics.types.get(name).map(String::as_str),
            Some(kind),
            "# TYPE {name} {kind}"
        );
    }
    assert!(
        page.body.lines().any(|l| l == "communique_catalog_items 1"),
        "the sample item: {}",
        page.body
    );
    assert!(
        page.body
            .lines()
            .any(|l| l == "communique_follow_failures 0"),
        "{}",
        page.body
    );
    assert!(
        page.body.lines().any(|l| l == "communique_database_up 1"),
        "{}",
        page.body
    );
    assert!(
        page.body
            .contains("# HELP communique_outbox_lag Changes of the database"),
        "{}",
        page.body
    );
    assert!(metrics.gauge("process_start_time_seconds") > 1.7e9);
    let bucket = |le| {
        metrics.value(
            &format!("{LATENCY}_bucket"),
            &[("route", "/items/{id}/{slug}"), ("le", le)],
        )
    };
    assert_eq!(bucket("+Inf"), Some(1.0), "every request is under +Inf");
    assert!(bucket("0.001").is_some(), "the buckets are listed");
}

#[tokio::test]
async fn requests_are_filed_under_their_route_not_their_address() {
    let app = TestApp::start().await;
    for _ in 0..2 {
        assert_eq!(app.get(SEED_PATH).await.status, StatusCode::OK);
    }
    assert_eq!(
        app.get("/items/999/nothing").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get("/no-such-address/123").await.status,
        StatusCode::NOT_FOUND
    );
    let metrics = scrape(&app.router).await;
    let count = |route, status| {
        metrics.value(
            &format!("{LATENCY}_count"),
            &[("route", route), ("method", "GET"), ("status", status)],
        )
    };
    assert_eq!(count("/items/{id}/{slug}", "2xx"), Some(2.0));
    assert_eq!(count("/items/{id}/{slug}", "4xx"), Some(1.0));
    assert_eq!(count("unmatched", "4xx"), Some(1.0));
    assert!(
        metrics.samples.iter().all(|s| s
            .labels
            .get("route")
            .is_none_or(|r| !r.contains("/items/1") && !r.contains("no-such-address"))),
        "no address a client typed becomes a label"
    );
    let sum = metrics
        .value(
            &format!("{LATENCY}_sum"),
            &[("route", "/items/{id}/{slug}"), ("status", "2xx")],
        )
        .expect("sum");
    assert!(sum > 0.0, "the time is counted");
}

#[tokio::test]
async fn a_hit_after_a_miss_moves_the_cache_counters() {
    let app = TestApp::start().await;
    let before = scrape(&app.router).await;
    let hits = before.gauge("communique_render_cache_hits_total");
    let misses = before.gauge("communique_render_cache_misses_total");
    app.get(SEED_PATH).await;
    let after_miss = scrape(&app.router).await;
    assert_eq!(
        after_miss.gauge("communique_render_cache_misses_total"),
        misses + 1.0
    );
    assert_eq!(after_miss.gauge("communique_render_cache_hits_total"), hits);
    app.get(SEED_PATH).await;
    let after_hit = scrape(&app.router).await;
    assert_eq!(
        after_hit.gauge("communique_render_cache_misses_total"),
        misses + 1.0
    );
    assert_eq!(
        after_hit.gauge("communique_render_cache_hits_total"),
        hits + 1.0
    );
}

#[tokio::test]
async fn the_lag_is_the_changes_the_catalog_has_not_applied() {
    let app = TestApp::start().await;
    app.refresh().await;
    let fresh = scrape(&app.router).await;
    assert_eq!(fresh.gauge("communique_outbox_lag"), 0.0);
    let applied = fresh.gauge("communique_catalog_applied_seq");
    assert_eq!(fresh.gauge("communique_index_applied_seq"), applied);
    let mut last = 0.0;
    for n in 0..3 {
        insert_elsewhere(&app, &format!("Written elsewhere {n}")).await;
        let lag = scrape(&app.router).await.gauge("communique_outbox_lag");
        assert!(
            lag > last,
            "the lag grows with each change: {lag} after {last}"
        );
        last = lag;
    }
    let behind = scrape(&app.router).await;
    assert_eq!(behind.gauge("communique_catalog_applied_seq"), applied);
    assert_eq!(behind.gauge("communique_catalog_items"), 1.0);
    app.refresh().await;
    let caught_up = scrape(&app.router).await;
    assert_eq!(caught_up.gauge("communique_outbox_lag"), 0.0);
    assert_eq!(caught_up.gauge("communique_catalog_items"), 4.0);
    assert_eq!(
        caught_up.gauge("communique_index_applied_seq"),
        applied + last
    );
}

#[tokio::test]
async fn the_index_age_appears_once_the_follower_has_succeeded() {
    let app = TestApp::start().await;
    let before = scrape(&app.router).await;
    assert_eq!(
        before.value("communique_index_age_seconds", &[]),
        None,
        "no tick yet"
    );
    app.state.note_follow(true);
    let after = scrape(&app.router).await;
    assert!(after.gauge("communique_index_age_seconds") >= 0.0);
}

#[tokio::test]
async fn readyz_says_why_a_node_should_not_get_readers() {
    let app = TestApp::start().await;
    app.refresh().await;
    let router = communique_web::router(app.state.clone().with_ready_lag(2));
    let ready = get_from(&router, None, "/readyz", &[]).await;
    assert_eq!(ready.status, StatusCode::OK);
    assert_eq!(ready.body, "ready\n");
    assert_eq!(ready.headers[header::CACHE_CONTROL], "no-store");
    assert!(
        ready.headers[header::CONTENT_TYPE]
            .to_str()
            .expect("text")
            .starts_with("text/plain")
    );

    insert_elsewhere(&app, "First").await;
    assert_eq!(
        get_from(&router, None, "/readyz", &[]).await.status,
        StatusCode::OK,
        "one change behind is under the threshold"
    );
    insert_elsewhere(&app, "Second").await;
    let behind = get_from(&router, None, "/readyz", &[]).await;
    assert_eq!(behind.status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(behind.headers[header::CACHE_CONTROL], "no-store");
    assert!(behind.body.starts_with("not ready: "), "{}", behind.body);
    assert!(behind.body.contains("2 changes behind"), "{}", behind.body);
    assert_eq!(behind.body.lines().count(), 1, "one line: {}", behind.body);
    assert_eq!(
        get_from(&router, None, "/healthz", &[]).await.status,
        StatusCode::OK,
        "a node behind is alive"
    );
    app.refresh().await;
    assert_eq!(
        get_from(&router, None, "/readyz", &[]).await.status,
        StatusCode::OK
    );

    app.state.note_follow(false);
    let failing = get_from(&router, None, "/readyz", &[]).await;
    assert_eq!(failing.status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(
        failing.body.contains("following the database failed"),
        "{}",
        failing.body
    );
    app.state.note_follow(true);
    assert_eq!(
        get_from(&router, None, "/readyz", &[]).await.status,
        StatusCode::OK
    );
    assert_eq!(
        get_from(&router, None, "/ru/readyz", &[]).await.status,
        StatusCode::NOT_FOUND,
        "one address, without a language"
    );
}

#[tokio::test]
async fn readyz_holds_to_a_thousand_changes_by_default() {
    let app = TestApp::start().await;
    app.refresh().await;
    insert_elsewhere(&app, "Written elsewhere").await;
    let page = app.get("/readyz").await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert_eq!(app.state.ready_lag(), 1_000);
}

#[tokio::test]
async fn only_the_loopback_and_the_networks_given_read_the_metrics() {
    let app = TestApp::start().await;
    let state: &AppState = &app.state;
    let router = &app.router;
    let status = |page: Page| page.status;
    for peer in ["127.0.0.1:50000", "127.0.0.2:50000", "[::1]:50000"] {
        assert_eq!(
            status(get_from(router, Some(peer), "/metrics", &[]).await),
            StatusCode::OK,
            "{peer}"
        );
    }
    let unknown = get_from(router, Some("198.51.100.7:50000"), "/no-such-page", &[]).await;
    let refused = get_from(router, Some("198.51.100.7:50000"), "/metrics", &[]).await;
    assert_eq!(refused.status, StatusCode::NOT_FOUND);
    assert_eq!(refused.body, unknown.body, "as an unknown address");
    assert!(!refused.body.contains("communique_"));
    assert_eq!(
        status(get_from(router, None, "/metrics", &[]).await),
        StatusCode::NOT_FOUND,
        "a request without a peer comes from nobody known"
    );
    assert_eq!(
        status(get_from(router, Some("127.0.0.1:50000"), "/ru/metrics", &[]).await),
        StatusCode::NOT_FOUND,
        "one address, without a language"
    );
    // A proxy on the same machine that is not trusted forwards the public's requests: the
    // client is not known to be local.
    assert_eq!(
        status(
            get_from(
                router,
                Some("127.0.0.1:50000"),
                "/metrics",
                &[("x-forwarded-for", "203.0.113.9")],
            )
            .await
        ),
        StatusCode::NOT_FOUND
    );

    let networks = TrustedProxies::parse("198.51.100.0/24, 2001:db8::/32").expect("valid");
    let allowed = communique_web::router(state.clone().with_metrics_from(networks.clone()));
    for peer in [
        "198.51.100.7:50000",
        "[2001:db8::5]:50000",
        "127.0.0.1:50000",
    ] {
        assert_eq!(
            status(get_from(&allowed, Some(peer), "/metrics", &[]).await),
            StatusCode::OK,
            "{peer}"
        );
    }
    assert_eq!(
        status(get_from(&allowed, Some("203.0.113.9:50000"), "/metrics", &[]).await),
        StatusCode::NOT_FOUND
    );

    // Behind a trusted proxy, the client it names is the one that counts.
    let proxied = communique_web::router(
        state
            .clone()
            .with_metrics_from(networks)
            .with_trusted_proxies(TrustedProxies::parse("10.0.0.1").expect("valid")),
    );
    let through_proxy = |client: &'static str| {
        let proxied = proxied.clone();
        async move {
            get_from(
                &proxied,
                Some("10.0.0.1:50000"),
                "/metrics",
                &[("x-forwarded-for", client)],
            )
            .await
            .status
        }
    };
    assert_eq!(through_proxy("203.0.113.9").await, StatusCode::NOT_FOUND);
    assert_eq!(through_proxy("198.51.100.7").await, StatusCode::OK);
    // A header the proxy cannot be read from leaves the client unknown, never the proxy.
    for unreadable in ["unknown", "203.0.113.9:4711", "[2001:db8::1]", "garbage"] {
        assert_eq!(
            through_proxy(unreadable).await,
            StatusCode::NOT_FOUND,
            "{unreadable}"
        );
    }

    // The deployment guide's setup: a trusted proxy on this machine. A request it forwards
    // without naming the client (no X-Forwarded-For; X-Real-IP or Forwarded only) is the
    // public's, not the loopback's.
    let local_proxy = communique_web::router(
        state
            .clone()
            .with_trusted_proxies(TrustedProxies::parse("127.0.0.1,::1").expect("valid")),
    );
    for headers in [
        &[][..],
        &[("x-real-ip", "203.0.113.9")][..],
        &[("forwarded", "for=203.0.113.9")][..],
        &[("x-forwarded-for", "unknown")][..],
    ] {
        assert_eq!(
            get_from(&local_proxy, Some("127.0.0.1:50000"), "/metrics", headers)
                .await
                .status,
            StatusCode::NOT_FOUND,
            "{headers:?}"
        );
    }
    assert_eq!(
        get_from(
            &local_proxy,
            Some("127.0.0.1:50000"),
            "/metrics",
            &[("x-forwarded-for", "203.0.113.9")]
        )
        .await
        .status,
        StatusCode::NOT_FOUND
    );
}
