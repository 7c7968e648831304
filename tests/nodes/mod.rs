//! Starting `communique serve` nodes and talking HTTP to them, for the tests of several
//! nodes on one database.

// Each test file is its own crate and uses a part of this module.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub const BIN: &str = env!("CARGO_BIN_EXE_communique");

/// A `serve` process; killed when dropped.
pub struct Node {
    pub child: Child,
    pub addr: SocketAddr,
}

impl Drop for Node {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn free_port() -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").expect("a free port");
    listener.local_addr().expect("its address")
}

/// Starts a node without waiting for it.
pub fn spawn(data_dir: &Path, database: &str, addr: SocketAddr) -> Node {
    spawn_with(data_dir, database, addr, &[], &[])
}

/// Starts a node with more options and environment, without waiting for it.
pub fn spawn_with(
    data_dir: &Path,
    database: &str,
    addr: SocketAddr,
    more: &[&str],
    environment: &[(String, String)],
) -> Node {
    spawn_wrapped(&[], data_dir, database, addr, more, environment)
}

/// Starts a node through a wrapper command (`ip netns exec NAME`), without waiting for it.
pub fn spawn_wrapped(
    wrapper: &[&str],
    data_dir: &Path,
    database: &str,
    addr: SocketAddr,
    more: &[&str],
    environment: &[(String, String)],
) -> Node {
    let mut command = match wrapper.split_first() {
        Some((program, args)) => {
            let mut command = Command::new(program);
            command.args(args).arg(BIN);
            command
        }
        None => Command::new(BIN),
    };
    let child = command
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
        .args(more)
        .envs(environment.iter().cloned())
        .env("COMMUNIQUE_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("serve starts");
    Node { child, addr }
}

/// Starts a node and waits until it answers.
pub fn start(data_dir: &Path, database: &str) -> Node {
    ready(spawn(data_dir, database, free_port()))
}

/// Waits until a node answers.
pub fn ready(mut node: Node) -> Node {
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
pub fn request(
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

pub fn get(addr: SocketAddr, path: &str) -> std::io::Result<(u16, String)> {
    request(addr, "GET", path, &[], "")
}

pub fn json(body: &str) -> serde_json::Value {
    // Bodies may come chunked: the JSON is the part between the first '{' and the last '}'.
    let start = body.find('{').unwrap_or(0);
    let end = body.rfind('}').map_or(body.len(), |i| i + 1);
    serde_json::from_str(&body[start..end]).unwrap_or(serde_json::Value::Null)
}

pub fn total(addr: SocketAddr, query: &str) -> i64 {
    let (status, body) = get(addr, &format!("/api/v1/items?limit=1{query}")).expect("answer");
    assert_eq!(status, 200, "{body}");
    json(&body)["totalCount"].as_i64().expect("a total")
}

pub fn communique(args: &[&str], database: &str, data_dir: &Path) -> String {
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
pub fn within(limit: Duration, mut check: impl FnMut() -> bool) -> Option<Duration> {
    let started = Instant::now();
    while started.elapsed() < limit {
        if check() {
            return Some(started.elapsed());
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    None
}

/// Creates an item through a node's write API and publishes it; its id.
pub fn publish_through(addr: SocketAddr, bearer: &str, item: &str) -> i64 {
    let auth = [
        ("Authorization", bearer),
        ("Content-Type", "application/json"),
    ];
    let (status, body) = request(addr, "POST", "/api/v1/items", &auth, item).expect("created");
    assert_eq!(status, 201, "{body}");
    let created = json(&body);
    let id = created["id"].as_i64().expect("an id");
    let revision = created["revision"].as_i64().expect("a revision");
    if created["status"] != "published" {
        let etag = format!("\"i{id}-r{revision}\"");
        let (status, body) = request(
            addr,
            "POST",
            &format!("/api/v1/items/{id}/transitions"),
            &[
                ("Authorization", bearer),
                ("Content-Type", "application/json"),
                ("If-Match", etag.as_str()),
            ],
            r#"{"transition": "publish"}"#,
        )
        .expect("published");
        assert_eq!(status, 200, "{body}");
    }
    id
}
