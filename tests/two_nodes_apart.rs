//! Two nodes that share nothing but PostgreSQL: each in a network namespace of its own (its
//! own loopback, one veth to this host), with no route between them. This host relays each
//! namespace's database connections to PostgreSQL and nothing else. What node A publishes,
//! node B shows: the only path between them is the database (its rows and NOTIFY).
//!
//! Needs a PostgreSQL server (`COMMUNIQUE_TEST_POSTGRES`) and the right to make network
//! namespaces (root, iproute2). Where namespaces cannot be made, the test says so and ends;
//! the other tests of several nodes (`tests/two_nodes.rs`) run without them.

mod nodes;

use std::net::{Ipv4Addr, SocketAddr, SocketAddrV4, TcpListener, TcpStream};
use std::process::Command;
use std::time::Duration;

use nodes::{communique, publish_through, ready, spawn_wrapped, total, within};

/// Runs `ip` with `args`; the error output when it fails.
fn ip(args: &[&str]) -> Result<(), String> {
    let out = Command::new("ip")
        .args(args)
        .output()
        .map_err(|e| format!("ip {}: {e}", args.join(" ")))?;
    if out.status.success() {
        Ok(())
    } else {
        Err(format!(
            "ip {}: {}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr).trim()
        ))
    }
}

/// A network namespace with one veth pair to this host: `host` on this side, `inside` in
/// the namespace. Removed (with its veth) when dropped.
struct Namespace {
    name: String,
    host: Ipv4Addr,
    inside: Ipv4Addr,
}

impl Namespace {
    fn make(name: &str, subnet: u8) -> Result<Namespace, String> {
        let host = Ipv4Addr::new(10, 231, subnet, 1);
        let inside = Ipv4Addr::new(10, 231, subnet, 2);
        let outer = format!("{name}h");
        let inner = format!("{name}n");
        ip(&["netns", "add", name])?;
        let namespace = Namespace {
            name: name.to_owned(),
            host,
            inside,
        };
        ip(&[
            "link", "add", &outer, "type", "veth", "peer", "name", &inner,
        ])?;
        ip(&["link", "set", &inner, "netns", name])?;
        ip(&["addr", "add", &format!("{host}/24"), "dev", &outer])?;
        ip(&["link", "set", &outer, "up"])?;
        let exec = |args: &[&str]| {
            let mut all = vec!["netns", "exec", name, "ip"];
            all.extend_from_slice(args);
            ip(&all)
        };
        exec(&["addr", "add", &format!("{inside}/24"), "dev", &inner])?;
        exec(&["link", "set", &inner, "up"])?;
        exec(&["link", "set", "lo", "up"])?;
        Ok(namespace)
    }

    fn wrapper(&self) -> [&str; 4] {
        ["ip", "netns", "exec", self.name.as_str()]
    }

    /// Whether a TCP connection from inside the namespace to `addr` succeeds.
    fn reaches(&self, addr: SocketAddr) -> bool {
        Command::new("ip")
            .args(["netns", "exec", &self.name, "timeout", "3", "bash", "-c"])
            .arg(format!("exec 3<>/dev/tcp/{}/{}", addr.ip(), addr.port()))
            .output()
            .is_ok_and(|o| o.status.success())
    }
}

impl Drop for Namespace {
    fn drop(&mut self) {
        // Deleting the namespace deletes the veth pair with it.
        let _ = ip(&["netns", "del", &self.name]);
        let _ = ip(&["link", "del", &format!("{}h", self.name)]);
    }
}

/// Relays every connection made to `on` to `to`, in threads, for the rest of the test.
fn relay(on: SocketAddr, to: SocketAddr) -> SocketAddr {
    let listener = TcpListener::bind(on).expect("relay listens");
    let bound = listener.local_addr().expect("relay address");
    std::thread::spawn(move || {
        for client in listener.incoming().flatten() {
            let Ok(server) = TcpStream::connect(to) else {
                continue;
            };
            let (Ok(mut client_read), Ok(mut server_read)) =
                (client.try_clone(), server.try_clone())
            else {
                continue;
            };
            let (mut client_write, mut server_write) = (client, server);
            std::thread::spawn(move || {
                let _ = std::io::copy(&mut client_read, &mut server_write);
                let _ = server_write.shutdown(std::net::Shutdown::Write);
            });
            std::thread::spawn(move || {
                let _ = std::io::copy(&mut server_read, &mut client_write);
                let _ = client_write.shutdown(std::net::Shutdown::Write);
            });
        }
    });
    bound
}

/// The PostgreSQL server's address in the test URL (host and port).
fn server_of(url: &str) -> SocketAddr {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let authority = rest.split('/').next().unwrap_or_default();
    let host_port = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let (host, port) = host_port.rsplit_once(':').unwrap_or((host_port, "5432"));
    let host = if host == "localhost" {
        "127.0.0.1"
    } else {
        host
    };
    format!("{host}:{port}")
        .parse()
        .expect("an IP address and port")
}

#[test]
#[cfg_attr(
    not(postgres_tests),
    ignore = "PostgreSQL: set COMMUNIQUE_TEST_POSTGRES=postgres://… to run"
)]
fn nodes_in_separate_network_namespaces_meet_only_in_the_database() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let database = runtime
        .block_on(store::testing::postgres_database())
        .expect("built with COMMUNIQUE_TEST_POSTGRES set: set it when running too");
    let url = database.url().to_owned();
    let tag = std::process::id() % 100_000;
    let made = Namespace::make(&format!("cqa{tag}"), 41)
        .and_then(|a| Namespace::make(&format!("cqb{tag}"), 42).map(|b| (a, b)));
    let (space_a, space_b) = match made {
        Ok(both) => both,
        Err(why) => {
            eprintln!(
                "note: network namespaces cannot be made here ({why}); this test did not run, \
                 the other tests of several nodes did"
            );
            return;
        }
    };

    // Each namespace reaches PostgreSQL through a relay on its veth's host side.
    let postgres = server_of(&url);
    let database_name = database.name().to_owned();
    let url_from = |space: &Namespace| {
        let relay = relay(SocketAddr::V4(SocketAddrV4::new(space.host, 0)), postgres);
        let user = url
            .split_once("://")
            .and_then(|(_, r)| r.split_once('@'))
            .map_or("postgres", |(u, _)| u);
        format!("postgres://{user}@{relay}/{database_name}")
    };
    let (url_a, url_b) = (url_from(&space_a), url_from(&space_b));

    let tmp = tempfile::tempdir().expect("dir");
    let (dir_a, dir_b) = (tmp.path().join("a"), tmp.path().join("b"));
    let addr_a = SocketAddr::V4(SocketAddrV4::new(space_a.inside, 8080));
    let addr_b = SocketAddr::V4(SocketAddrV4::new(space_b.inside, 8080));
    let a = ready(spawn_wrapped(
        &space_a.wrapper(),
        &dir_a,
        &url_a,
        addr_a,
        &[],
        &[],
    ));
    let b = ready(spawn_wrapped(
        &space_b.wrapper(),
        &dir_b,
        &url_b,
        addr_b,
        &[],
        &[],
    ));

    // Nothing passes between the namespaces: A cannot reach B, nor B A.
    assert!(space_a.reaches(addr_a), "the check itself works");
    assert!(!space_a.reaches(addr_b), "A reaches B");
    assert!(!space_b.reaches(addr_a), "B reaches A");

    let before = total(b.addr, "");
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
    let bearer = format!("Bearer {}", token.lines().last().unwrap_or_default().trim());
    let item = r#"{"external_id": "secretariat/apart", "type": "Press release", "language": "en",
        "title": "Xylophonic accord reached", "date": "2026-02-20", "place": "Vienna",
        "sources": ["OSCE Secretariat"],
        "body_html": "<p>An accord on xylophonic matters.</p>"}"#;
    publish_through(a.addr, &bearer, item);
    let seen = within(Duration::from_secs(2), || {
        total(b.addr, "&query=xylophonic") == 1
    });
    assert!(seen.is_some(), "B, apart from A, lists A's item within 2 s");
    eprintln!("B (another namespace) listed A's item after {seen:?}");
    assert_eq!(total(b.addr, ""), before + 1);
    drop((a, b));
    drop((space_a, space_b));
    drop(database);
}
