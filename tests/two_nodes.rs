//! Two `communique serve` nodes on one PostgreSQL database, as a site with a load balancer
//! runs them: what one node publishes, the other shows; a node that was down catches up;
//! a node killed while it builds its index recovers.
//!
//! Needs a PostgreSQL server (`COMMUNIQUE_TEST_POSTGRES`); listed as ignored without one.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_communique");

/// A `serve` process; killed when dropped.
struct Node {
    child: Child,
    addr: SocketAddr,
}

impl Drop for Node {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").expect("a free port");
    listener.local_addr().expect("its address")
}

/// Starts a node without waiting for it.
fn spawn(data_dir: &Path, database: &str, addr: SocketAddr) -> Node {
    let child = Command::new(BIN)
        .args([
            "serve",
            "--listen",
            &addr.to_string(),
            "--database",
            database,
        ])
        .arg("--data-dir")
        .arg(data_dir)
        // Polling is the fallback: with a tick this long, only the notification can bring
        // another node's write within the test's deadline.
        .args(["--reload-seconds", "30"])
        .env("COMMUNIQUE_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("serve starts");
    Node { child, addr }
}

/// Starts a node and waits until it answers.
fn start(data_dir: &Path, database: &str) -> Node {
    ready(spawn(data_dir, database, free_port()))
}

/// Waits until a node answers.
fn ready(mut node: Node) -> Node {
    let deadline = Instant::now() + Duration::from_secs(60);
    while Instant::now() < deadline {
        if let Ok((200, _)) = get(node.addr, "/healthz") {
            return node;
        }
        if let Ok(Some(status)) = node.child.try_wait() {
            panic!(
                "the node on {} exited ({status}) instead of serving",
                node.addr
            );
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("the node on {} did not answer within a minute", node.addr);
}

/// One HTTP/1.1 request; the status and the body.
fn request(
    addr: SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> std::io::Result<(u16, String)> {
    let mut stream = TcpStream::connect(addr)?;
    stream.set_read_timeout(Some(Duration::from_secs(30)))?;
    let mut head = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes())?;
    stream.write_all(body.as_bytes())?;
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer)?;
    let answer = String::from_utf8_lossy(&answer).into_owned();
    let status = answer
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let body = answer
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_owned())
        .unwrap_or_default();
    Ok((status, body))
}

fn get(addr: SocketAddr, path: &str) -> std::io::Result<(u16, String)> {
    request(addr, "GET", path, &[], "")
}

fn json(body: &str) -> serde_json::Value {
    // Bodies may come chunked: the JSON is the part between the first '{' and the last '}'.
    let start = body.find('{').unwrap_or(0);
    let end = body.rfind('}').map_or(body.len(), |i| i + 1);
    serde_json::from_str(&body[start..end]).unwrap_or(serde_json::Value::Null)
}

fn total(addr: SocketAddr, query: &str) -> i64 {
    let (status, body) = get(addr, &format!("/api/v1/items?limit=1{query}")).expect("answer");
    assert_eq!(status, 200, "{body}");
    json(&body)["totalCount"].as_i64().expect("a total")
}

fn communique(args: &[&str], database: &str, data_dir: &Path) -> String {
    let out = Command::new(BIN)
        .args(args)
        .args(["--database", database])
        .arg("--data-dir")
        .arg(data_dir)
        .env("COMMUNIQUE_PASSWORD", "a long enough password")
        .env("COMMUNIQUE_LOG", "warn")
        .output()
        .expect("the binary runs");
    let said = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "{args:?}: {said}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    said
}

/// Waits until `check` holds, at most `limit`; returns how long it took.
fn within(limit: Duration, mut check: impl FnMut() -> bool) -> Option<Duration> {
    let started = Instant::now();
    while started.elapsed() < limit {
        if check() {
            return Some(started.elapsed());
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    None
}

/// How many sample items the built-in site has (its `content/` folder, one per file).
fn common_site_samples() -> i64 {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("site/osce/content");
    let count = std::fs::read_dir(dir)
        .expect("the sample folder")
        .filter(|e| {
            e.as_ref()
                .is_ok_and(|e| e.path().extension().is_some_and(|x| x == "toml"))
        })
        .count();
    i64::try_from(count).expect("a few")
}

fn jsonl(count: usize) -> String {
    (0..count)
        .map(|n| {
            serde_json::json!({
                "external_id": format!("two-nodes/{n}"),
                "type": "Press release",
                "language": "en",
                "title": format!("Catch-up release number {n}"),
                "date": "2026-02-20",
                "place": "Vienna",
                "sources": ["OSCE Secretariat"],
                "body_html": format!("<p>Release {n} about quintessential cooperation.</p>"),
            })
            .to_string()
                + "\n"
        })
        .collect()
}

#[test]
#[cfg_attr(
    not(postgres_tests),
    ignore = "PostgreSQL: set COMMUNIQUE_TEST_POSTGRES=postgres://… to run"
)]
fn two_nodes_share_one_database() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let database = runtime
        .block_on(store::testing::postgres_database())
        .expect("built with COMMUNIQUE_TEST_POSTGRES set: set it when running too");
    let url = database.url().to_owned();
    let tmp = tempfile::tempdir().expect("dir");
    let (dir_a, dir_b) = (tmp.path().join("a"), tmp.path().join("b"));

    // Both start at once on the new database: one applies the migrations while the other
    // waits for the migration lock; both load the sample items, which exist once.
    let a = spawn(&dir_a, &url, free_port());
    let b = spawn(&dir_b, &url, free_port());
    let (a, b) = (ready(a), ready(b));
    let before = total(b.addr, "");
    let samples = common_site_samples();
    assert_eq!(before, samples, "the sample items, once");
    assert_eq!(total(a.addr, ""), samples);

    // Published through A, seen on B: the API, the page, search and the feed.
    communique(
        &[
            "user",
            "add",
            "--email",
            "ed@example.org",
            "--role",
            "editor",
        ],
        &url,
        &dir_a,
    );
    let token = communique(
        &["token", "create", "--email", "ed@example.org"],
        &url,
        &dir_a,
    );
    let token = token.lines().last().expect("the secret").trim().to_owned();
    let bearer = format!("Bearer {token}");
    let item = r#"{"external_id": "secretariat/two-nodes", "type": "Press release", "language": "en",
        "title": "Zanzibarian talks open in Vienna", "date": "2026-02-20", "place": "Vienna",
        "sources": ["OSCE Secretariat"], "body_html": "<p>Talks on zanzibarian matters.</p>"}"#;
    let auth = [
        ("Authorization", bearer.as_str()),
        ("Content-Type", "application/json"),
    ];
    let (status, body) =
        request(a.addr, "POST", "/api/v1/items", &auth, item).expect("created on A");
    assert_eq!(status, 201, "{body}");
    let created = json(&body);
    let id = created["id"].as_i64().expect("an id");
    let revision = created["revision"].as_i64().expect("a revision");
    if created["status"] != "published" {
        let etag = format!("\"i{id}-r{revision}\"");
        let (status, body) = request(
            a.addr,
            "POST",
            &format!("/api/v1/items/{id}/transitions"),
            &[
                ("Authorization", bearer.as_str()),
                ("Content-Type", "application/json"),
                ("If-Match", etag.as_str()),
            ],
            r#"{"transition": "publish"}"#,
        )
        .expect("published on A");
        assert_eq!(status, 200, "{body}");
    }
    // The item itself is read from the database; the listing and search are B's own.
    let seen = within(Duration::from_secs(2), || {
        total(b.addr, "&query=zanzibarian") == 1
    });
    assert!(seen.is_some(), "B's search finds A's item within 2 s");
    eprintln!("B listed A's item after {seen:?}");
    assert_eq!(total(b.addr, ""), before + 1);
    let (status, _) = get(b.addr, &format!("/api/v1/items/{id}")).expect("item");
    assert_eq!(status, 200);
    let (status, feed) = get(b.addr, "/feed.atom").expect("feed");
    assert_eq!(status, 200);
    assert!(feed.contains("Zanzibarian talks"), "B's feed lists it");
    let (status, news) = get(b.addr, "/press-releases").expect("newsroom");
    assert_eq!(status, 200);
    assert!(news.contains("Zanzibarian talks"), "B's newsroom lists it");

    // B is down while 1,000 items arrive; it catches up from where it stopped.
    drop(b);
    let file = tmp.path().join("items.jsonl");
    std::fs::write(&file, jsonl(1_000)).expect("written");
    communique(
        &["import", file.to_str().expect("utf-8 path")],
        &url,
        &dir_a,
    );
    let expected = before + 1 + 1_000;
    let on_a = within(Duration::from_secs(30), || total(a.addr, "") == expected);
    assert!(on_a.is_some(), "A follows the import");
    let b = start(&dir_b, &url);
    assert_eq!(total(b.addr, ""), expected, "B caught up before answering");
    assert_eq!(total(b.addr, "&query=quintessential"), 1_000);
    drop(b);

    // A third data dir: the node builds its index from nothing and is killed while at it
    // (as soon as the index folder appears, then at later moments); the next start
    // recovers.
    let dir_c = tmp.path().join("c");
    let index = dir_c.join("index");
    for wait in [0u64, 100, 300] {
        let mut c = spawn(&dir_c, &url, free_port());
        let appeared = within(Duration::from_secs(30), || index.exists());
        assert!(appeared.is_some(), "C starts building its index");
        std::thread::sleep(Duration::from_millis(wait));
        let answered = matches!(get(c.addr, "/healthz"), Ok((200, _)));
        let _ = c.child.kill();
        let _ = c.child.wait();
        eprintln!("C killed {wait} ms after its index appeared (answering: {answered})");
    }
    let c = start(&dir_c, &url);
    assert_eq!(total(c.addr, ""), expected, "C recovered every item");
    assert_eq!(total(c.addr, "&query=quintessential"), 1_000);
    assert_eq!(total(c.addr, "&query=zanzibarian"), 1);
    drop((a, c));
    drop(database);
}
