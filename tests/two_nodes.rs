//! Two `communique serve` nodes on one PostgreSQL database, as a site with a load balancer
//! runs them: what one node publishes, the other shows; a node that was down catches up;
//! a node killed while it builds its index recovers.
//!
//! Needs a PostgreSQL server (`COMMUNIQUE_TEST_POSTGRES`); listed as ignored without one.

mod nodes;

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use nodes::{
    BIN, communique, free_port, get, publish_through, ready, request, spawn, spawn_with, start,
    total, within,
};

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
    let id = publish_through(a.addr, &bearer, item);
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

/// An S3-compatible server (the command `COMMUNIQUE_TEST_S3` names) for one test, with one
/// bucket; stopped when dropped.
struct S3Server {
    child: Child,
    addr: SocketAddr,
}

impl Drop for S3Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl S3Server {
    fn start(bucket: &str) -> S3Server {
        let command = std::env::var("COMMUNIQUE_TEST_S3")
            .expect("built with COMMUNIQUE_TEST_S3 set: set it when running too");
        let addr = free_port();
        let child = Command::new(&command)
            .args(["-H", "127.0.0.1", "-p", &addr.port().to_string()])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {command}: {e}"));
        let server = S3Server { child, addr };
        let up = within(Duration::from_secs(15), || TcpStream::connect(addr).is_ok());
        assert!(up.is_some(), "{command} listens on {addr}");
        let (status, body) = request(addr, "PUT", &format!("/{bucket}"), &[], "").expect("bucket");
        assert_eq!(status, 200, "{body}");
        server
    }

    /// The variables a node needs to reach it.
    fn environment(&self) -> Vec<(String, String)> {
        [
            ("AWS_ENDPOINT", format!("http://{}", self.addr)),
            ("AWS_ALLOW_HTTP", "true".to_owned()),
            ("AWS_ACCESS_KEY_ID", "test".to_owned()),
            ("AWS_SECRET_ACCESS_KEY", "test".to_owned()),
            ("AWS_REGION", "us-east-1".to_owned()),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v))
        .collect()
    }
}

#[test]
#[cfg_attr(
    not(all(postgres_tests, s3_tests)),
    ignore = "PostgreSQL and S3: set COMMUNIQUE_TEST_POSTGRES=postgres://… and COMMUNIQUE_TEST_S3=moto_server to run"
)]
fn pictures_kept_in_the_object_store_are_served_by_every_node() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let database = runtime
        .block_on(store::testing::postgres_database())
        .expect("built with COMMUNIQUE_TEST_POSTGRES set: set it when running too");
    let url = database.url().to_owned();
    let s3 = S3Server::start("site-media");
    let tmp = tempfile::tempdir().expect("dir");
    let (dir_a, dir_b) = (tmp.path().join("a"), tmp.path().join("b"));

    // Pictures drawn by `demo` on one machine go to the bucket, not to its data dir.
    let out = Command::new(BIN)
        .args(["demo", "--items", "12", "--database", &url])
        .args(["--media-store", "s3://site-media/media"])
        .arg("--data-dir")
        .arg(&dir_a)
        .envs(s3.environment())
        .env("COMMUNIQUE_LOG", "warn")
        .output()
        .expect("demo runs");
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!dir_a.join("media").exists(), "nothing kept locally");

    // Another node, with its own data dir, shows them.
    let b = ready(spawn_with(
        &dir_b,
        &url,
        free_port(),
        &["--media-store", "s3://site-media/media"],
        &s3.environment(),
    ));
    let (status, home) = get(b.addr, "/press-releases?per_page=50").expect("newsroom");
    assert_eq!(status, 200);
    let picture = home
        .split('"')
        .find(|part| part.starts_with("/media/") && part.ends_with(".jpg"))
        .unwrap_or_else(|| panic!("a picture on the newsroom: {home}"))
        .to_owned();
    let mut stream = TcpStream::connect(b.addr).expect("connect");
    write!(
        stream,
        "GET {picture} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\r\n",
        b.addr
    )
    .expect("sent");
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).expect("answer");
    let head_end = answer
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("a head");
    let head = String::from_utf8_lossy(&answer[..head_end]).to_lowercase();
    assert!(head.starts_with("http/1.1 200"), "{head}");
    assert!(head.contains("content-type: image/jpeg"), "{head}");
    let body = &answer[head_end + 4..];
    assert!(body.starts_with(&[0xff, 0xd8]) || head.contains("transfer-encoding: chunked"));
    assert!(!dir_b.join("media").exists(), "nothing kept locally");
    drop((b, s3));
    drop(database);
}
