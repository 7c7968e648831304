//! The local storage: files kept by key, written whole or not at all, keys that could name
//! another path refused.

use std::io;
use std::sync::Arc;

use bytes::Bytes;
use media::{LocalStorage, MediaStorage, demo_picture, prepare, store_prepared};

const KEY: &str = "3f2a9c0d1e2b4a5c-800.webp";

/// Every file under `dir`, recursively, as paths relative to it.
fn files(dir: &std::path::Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).expect("readable") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let relative = path.strip_prefix(dir).expect("inside");
                out.push(relative.to_string_lossy().into_owned());
            }
        }
    }
    out.sort();
    out
}

#[tokio::test]
async fn files_go_in_and_come_out_by_key() {
    let dir = tempfile::tempdir().expect("dir");
    let storage: Arc<dyn MediaStorage> = Arc::new(LocalStorage::in_data_dir(dir.path()));

    assert_eq!(storage.get(KEY).await.expect("get"), None);
    assert!(!storage.exists(KEY).await.expect("exists"));
    storage
        .put(KEY, Bytes::from_static(b"first"))
        .await
        .expect("put");
    assert!(storage.exists(KEY).await.expect("exists"));
    assert_eq!(
        storage.get(KEY).await.expect("get"),
        Some(Bytes::from_static(b"first"))
    );
    // Fanned out by the first two characters, under media/.
    assert_eq!(files(dir.path()), [format!("media/3f/{KEY}")]);

    storage
        .put(KEY, Bytes::from_static(b"second, longer"))
        .await
        .expect("replaced");
    assert_eq!(
        storage.get(KEY).await.expect("get"),
        Some(Bytes::from_static(b"second, longer"))
    );
    assert!(storage.delete(KEY).await.expect("deleted"));
    assert!(!storage.delete(KEY).await.expect("deleted again"));
    assert_eq!(storage.get(KEY).await.expect("get"), None);
}

#[tokio::test]
async fn writes_are_whole_and_leave_no_temporary_files() {
    let dir = tempfile::tempdir().expect("dir");
    let storage = Arc::new(LocalStorage::new(dir.path().join("m")));
    let contents: Vec<Bytes> = (0..8u8)
        .map(|i| Bytes::from(vec![i; 200_000 + usize::from(i) * 1000]))
        .collect();
    let mut writers = Vec::new();
    for content in contents.clone() {
        let storage = Arc::clone(&storage);
        writers.push(tokio::spawn(async move {
            storage.put(KEY, content).await.expect("put");
        }));
    }
    for w in writers {
        w.await.expect("joined");
    }
    let kept = storage.get(KEY).await.expect("get").expect("kept");
    assert!(
        contents.contains(&kept),
        "the file is one writer's, whole: {} bytes",
        kept.len()
    );
    assert_eq!(files(&dir.path().join("m")), [format!("3f/{KEY}")]);
}

#[tokio::test]
async fn keys_that_are_not_keys_of_pictures_are_refused() {
    let dir = tempfile::tempdir().expect("dir");
    let storage = LocalStorage::new(dir.path().join("media"));
    std::fs::write(dir.path().join("secret.txt"), "do not serve").expect("written");
    for key in [
        "../secret.txt",
        "../../etc/passwd",
        "3f/../../secret.txt",
        "/etc/passwd",
        "3f2a9c0d1e2b4a5c.exe",
        "",
        "3F2A.jpg",
    ] {
        let refused = |r: io::Result<()>| {
            assert_eq!(
                r.expect_err(key).kind(),
                io::ErrorKind::InvalidInput,
                "{key:?}"
            );
        };
        refused(storage.put(key, Bytes::from_static(b"x")).await);
        refused(storage.get(key).await.map(|_| ()));
        refused(storage.exists(key).await.map(|_| ()));
        refused(storage.delete(key).await.map(|_| ()));
    }
    assert!(dir.path().join("secret.txt").exists());
    assert!(!dir.path().join("media").exists(), "nothing was written");
}

#[tokio::test]
async fn a_prepared_picture_is_kept_whole() {
    let dir = tempfile::tempdir().expect("dir");
    let storage = LocalStorage::in_data_dir(dir.path());
    let p = prepare(&demo_picture(5, 900, 600), &media::Limits::default()).expect("prepared");
    store_prepared(&storage, &p).await.expect("kept");
    for f in p.files() {
        assert_eq!(
            storage.get(&f.key).await.expect("get"),
            Some(f.bytes.clone())
        );
    }
    assert_eq!(files(&dir.path().join("media")).len(), p.files().count());
    // Again: nothing changes.
    store_prepared(&storage, &p).await.expect("kept again");
    assert_eq!(files(&dir.path().join("media")).len(), p.files().count());
}
