//! The object store behind the media files of a site with several nodes: a folder through
//! `object_store` (always), and an S3-compatible server started by the test when its command
//! is named (`COMMUNIQUE_TEST_S3=moto_server`).

use std::io::{self, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use media::{LocalStorage, MediaStorage, ObjectStorage};

const KEY: &str = "3f2a9c0d1e2b4a5c-800.webp";
const DOCUMENT: &str = "0123456789abcdef0123456789abcdef.pdf";

/// What every storage must do, whatever stands behind it.
async fn behaves_as_a_media_storage(storage: &dyn MediaStorage) {
    assert_eq!(storage.get(KEY).await.expect("get"), None);
    assert!(!storage.exists(KEY).await.expect("exists"));
    assert!(!storage.delete(KEY).await.expect("nothing to delete"));
    storage
        .put(KEY, Bytes::from_static(b"first"))
        .await
        .expect("put");
    assert!(storage.exists(KEY).await.expect("exists"));
    assert_eq!(
        storage.get(KEY).await.expect("get"),
        Some(Bytes::from_static(b"first"))
    );
    storage
        .put(KEY, Bytes::from_static(b"second, longer"))
        .await
        .expect("replaced");
    assert_eq!(
        storage.get(KEY).await.expect("get"),
        Some(Bytes::from_static(b"second, longer"))
    );
    let pdf = Bytes::from(vec![7u8; 300_000]);
    storage.put(DOCUMENT, pdf.clone()).await.expect("put");
    assert_eq!(storage.get(DOCUMENT).await.expect("get"), Some(pdf));

    // Keys that could name another place are refused before anything is asked.
    for bad in [
        "../3f2a9c0d.webp",
        "3f/../../x.webp",
        "3F2A9C0D.webp",
        "",
        "ab.exe",
    ] {
        let refused = storage.put(bad, Bytes::from_static(b"x")).await;
        assert_eq!(
            refused.map_err(|e| e.kind()),
            Err(io::ErrorKind::InvalidInput),
            "{bad:?}"
        );
        assert!(storage.get(bad).await.is_err(), "{bad:?}");
    }

    assert!(storage.delete(KEY).await.expect("deleted"));
    assert!(!storage.delete(KEY).await.expect("deleted again"));
    assert_eq!(storage.get(KEY).await.expect("get"), None);
    assert!(
        storage
            .exists(DOCUMENT)
            .await
            .expect("the other file stays")
    );
}

#[tokio::test]
async fn a_folder_through_the_object_store_keeps_the_local_layout() {
    let dir = tempfile::tempdir().expect("dir");
    let url = format!("file://{}", dir.path().display());
    let storage = ObjectStorage::from_url(&url).expect("a folder store");
    behaves_as_a_media_storage(&storage).await;
    // The same folder named with the local host.
    let same = format!("file://localhost{}", dir.path().display());
    let also = ObjectStorage::from_url(&same).expect("a folder store");
    also.put(DOCUMENT, Bytes::from_static(b"via localhost"))
        .await
        .expect("put");
    assert_eq!(
        storage.get(DOCUMENT).await.expect("get"),
        Some(Bytes::from_static(b"via localhost"))
    );

    // The same files as the data dir's storage: a folder moves between the two as it is.
    storage
        .put(KEY, Bytes::from_static(b"shared"))
        .await
        .expect("put");
    let local = LocalStorage::new(dir.path());
    assert_eq!(
        local.get(KEY).await.expect("get"),
        Some(Bytes::from_static(b"shared"))
    );
    assert!(dir.path().join("3f").join(KEY).is_file());
}

#[test]
fn addresses_that_name_no_store_are_refused_with_the_reason() {
    for (url, says) in [
        ("ftp://host/media", "is not a media store"),
        ("s3://", "names no bucket"),
        ("s3:///media", "names no bucket"),
        ("/var/media", "is not a media store"),
        ("file://relative/media", "is not a folder"),
        ("file:///srv/my%20media", "is not a folder"),
    ] {
        let refused = ObjectStorage::from_url(url).expect_err(url);
        assert_eq!(refused.kind(), io::ErrorKind::InvalidInput, "{url}");
        assert!(refused.to_string().contains(says), "{url}: {refused}");
    }
}

/// An S3-compatible server started for one test; stopped when dropped.
struct S3Server {
    child: std::process::Child,
    addr: SocketAddr,
}

impl Drop for S3Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn s3_server() -> S3Server {
    let command = std::env::var("COMMUNIQUE_TEST_S3")
        .expect("built with COMMUNIQUE_TEST_S3 set: set it when running too");
    let addr = TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port");
    let child = std::process::Command::new(&command)
        .args(["-H", "127.0.0.1", "-p", &addr.port().to_string()])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {command}: {e}"));
    let server = S3Server { child, addr };
    for _ in 0..300 {
        if TcpStream::connect(addr).is_ok() {
            return server;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("{command} did not listen on {addr}");
}

/// Creates a bucket with a plain request (the test server takes it unsigned).
fn create_bucket(addr: SocketAddr, bucket: &str) {
    let mut stream = TcpStream::connect(addr).expect("connect");
    write!(
        stream,
        "PUT /{bucket} HTTP/1.1\r\nHost: {addr}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
    )
    .expect("sent");
    let mut answer = String::new();
    stream.read_to_string(&mut answer).expect("answer");
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
}

fn s3_storage(addr: SocketAddr, bucket: &str, prefix: &str) -> ObjectStorage {
    let store = object_store::aws::AmazonS3Builder::new()
        .with_endpoint(format!("http://{addr}"))
        .with_allow_http(true)
        .with_bucket_name(bucket)
        .with_region("us-east-1")
        .with_access_key_id("test")
        .with_secret_access_key("test")
        .build()
        .expect("an S3 client");
    ObjectStorage::new(Arc::new(store), prefix, &format!("s3://{bucket}/{prefix}"))
}

#[tokio::test]
#[cfg_attr(
    not(s3_tests),
    ignore = "S3: set COMMUNIQUE_TEST_S3=moto_server (an S3-compatible server's command) to run"
)]
async fn an_s3_compatible_store_keeps_the_files_for_every_node() {
    let server = s3_server();
    create_bucket(server.addr, "site-media");
    let node_a = s3_storage(server.addr, "site-media", "media/");
    behaves_as_a_media_storage(&node_a).await;

    // What one node keeps, another reads; a second site's prefix does not see it.
    let node_b = s3_storage(server.addr, "site-media", "media");
    node_a
        .put(KEY, Bytes::from_static(b"uploaded on A"))
        .await
        .expect("put");
    assert_eq!(
        node_b.get(KEY).await.expect("get"),
        Some(Bytes::from_static(b"uploaded on A"))
    );
    let other_site = s3_storage(server.addr, "site-media", "other");
    assert_eq!(other_site.get(KEY).await.expect("get"), None);

    // A bucket that does not exist is an error, not an empty store.
    let missing = s3_storage(server.addr, "no-such-bucket", "media");
    assert!(missing.put(KEY, Bytes::from_static(b"x")).await.is_err());
    drop(server);
}
