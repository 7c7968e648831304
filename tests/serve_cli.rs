//! `communique serve` as an operator starts it: what a first start says (what it created,
//! the address, how to make the first account), one log line per request that can be turned
//! off, and no colour codes when the log is not a terminal.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

/// A `serve` process whose log lines arrive on a channel; killed when dropped.
struct Serving {
    child: Child,
    addr: SocketAddr,
    lines: mpsc::Receiver<String>,
}

impl Drop for Serving {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Serving {
    fn start(data_dir: &std::path::Path, more: &[&str]) -> Serving {
        let addr = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port");
        let mut child = Command::new(env!("CARGO_BIN_EXE_communique"))
            .args(["serve", "--listen", &addr.to_string()])
            .arg("--data-dir")
            .arg(data_dir)
            .args(more)
            .env_remove("COMMUNIQUE_LOG")
            .env_remove("COMMUNIQUE_NO_REQUEST_LOG")
            .env_remove("COMMUNIQUE_DATABASE_URL")
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("serve starts");
        let stderr = child.stderr.take().expect("its log");
        let (send, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if send.send(line).is_err() {
                    break;
                }
            }
        });
        Serving { child, addr, lines }
    }

    /// Log lines until one contains `needle` (that one included), at most 60 s.
    fn until(&self, needle: &str) -> Vec<String> {
        let mut seen = Vec::new();
        while let Ok(line) = self.lines.recv_timeout(Duration::from_secs(60)) {
            let found = line.contains(needle);
            seen.push(line);
            if found {
                return seen;
            }
        }
        panic!("no log line with {needle:?}; the log was: {seen:#?}");
    }

    /// Every log line that arrives within `wait`.
    fn drain(&self, wait: Duration) -> Vec<String> {
        let mut seen = Vec::new();
        while let Ok(line) = self.lines.recv_timeout(wait) {
            seen.push(line);
        }
        seen
    }

    fn get(&self, path: &str) -> u16 {
        let mut stream = TcpStream::connect(self.addr).expect("connect");
        write!(
            stream,
            "GET {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\r\n",
            self.addr
        )
        .expect("sent");
        let mut answer = String::new();
        let _ = stream.read_to_string(&mut answer);
        answer
            .split(' ')
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or(0)
    }
}

#[test]
fn a_first_start_says_what_it_did_and_logs_each_request() {
    let tmp = tempfile::tempdir().expect("dir");
    let data = tmp.path().join("site");
    let serving = Serving::start(&data, &[]);
    let start = serving.until("no account yet").join("\n");
    for said in [
        "created the SQLite database",
        "loaded the site's sample content",
        "built the search index",
        &format!("serving OSCE on http://{}", serving.addr),
        "communique user add --email",
        "/admin",
    ] {
        assert!(start.contains(said), "{said:?} in {start}");
    }
    assert!(
        !start.contains("missing"),
        "no warning on a first start: {start}"
    );
    assert!(
        !start.contains('\u{1b}'),
        "no colour codes in a file: {start:?}"
    );

    assert_eq!(serving.get("/press-releases?year=2008"), 200);
    assert_eq!(serving.get("/no-such-page"), 404);
    let logged = serving.until("GET /no-such-page 404").join("\n");
    assert!(
        logged.contains("communique::requests: GET /press-releases 200"),
        "{logged}"
    );
    assert!(
        !logged.contains("year=2008"),
        "the query is not logged: {logged}"
    );
    drop(serving);

    // Again, with the request log off: the same data, no warning, no request lines.
    let quiet = Serving::start(&data, &["--no-request-log"]);
    let again = quiet.until("serving OSCE on").join("\n");
    assert!(!again.contains("created the"), "{again}");
    assert!(!again.contains("WARN"), "{again}");
    assert_eq!(quiet.get("/"), 200);
    assert_eq!(quiet.get("/readyz"), 200);
    let after = quiet.drain(Duration::from_millis(500)).join("\n");
    assert!(!after.contains("communique::requests"), "{after}");
}
