//! Keeping the files of pictures and documents, by key: one interface ([`MediaStorage`]),
//! async so that an object store can stand behind it, and the local data dir
//! ([`LocalStorage`]) by default.

use std::future::Future;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, Ordering};

use bytes::Bytes;

use crate::Prepared;

/// The folder of the data dir that [`LocalStorage::in_data_dir`] keeps files in.
pub const MEDIA_DIR: &str = "media";

/// The longest key accepted.
const MAX_KEY_LEN: usize = 80;

/// The future a [`MediaStorage`] method returns (boxed, so that the trait can be used as
/// `Arc<dyn MediaStorage>`).
pub type StorageFuture<'a, T> = Pin<Box<dyn Future<Output = io::Result<T>> + Send + 'a>>;

/// Where the files of pictures and documents are kept, by key (see [`is_valid_key`]). Every method refuses
/// an invalid key with an error of kind `InvalidInput`.
pub trait MediaStorage: Send + Sync {
    /// Keeps `bytes` under `key`, replacing what was there. A reader never sees a partly
    /// written file.
    fn put<'a>(&'a self, key: &'a str, bytes: Bytes) -> StorageFuture<'a, ()>;

    /// The file under `key`, or None when there is none.
    fn get<'a>(&'a self, key: &'a str) -> StorageFuture<'a, Option<Bytes>>;

    /// Whether there is a file under `key`.
    fn exists<'a>(&'a self, key: &'a str) -> StorageFuture<'a, bool>;

    /// Removes the file under `key`; whether there was one.
    fn delete<'a>(&'a self, key: &'a str) -> StorageFuture<'a, bool>;
}

/// Keeps the original and the variants of a prepared picture, skipping the files already
/// kept (keys name their content, so a kept file is the same file).
pub async fn store_prepared(storage: &dyn MediaStorage, prepared: &Prepared) -> io::Result<()> {
    for file in prepared.files() {
        if !storage.exists(&file.key).await? {
            storage.put(&file.key, file.bytes.clone()).await?;
        }
    }
    Ok(())
}

/// Whether `key` is a key of a picture's file — lowercase hexadecimal digits, optionally a
/// dash and a width, then `.jpg`, `.png` or `.webp` ("3f2a9c0d1e2b4a5c-800.webp") — or of a
/// document: lowercase hexadecimal digits and a document's extension ("3f2a…9c.pdf", see
/// [`crate::DocumentFormat`]). Nothing else is accepted, so a key never names a path outside
/// the storage.
pub fn is_valid_key(key: &str) -> bool {
    if key.len() > MAX_KEY_LEN {
        return false;
    }
    let Some((stem, extension)) = key.rsplit_once('.') else {
        return false;
    };
    let picture = matches!(extension, "jpg" | "png" | "webp");
    if !picture && crate::DocumentFormat::parse(extension).is_none() {
        return false;
    }
    let (hash, width) = match stem.split_once('-') {
        Some((hash, width)) if picture => (hash, Some(width)),
        Some(_) => return false,
        None => (stem, None),
    };
    let hex = |s: &str| {
        s.len() >= 2
            && s.bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    hex(hash) && width.is_none_or(digits)
}

/// Files in a folder of the local disk: `<root>/<first two characters of the key>/<key>`.
#[derive(Debug, Clone)]
pub struct LocalStorage {
    root: PathBuf,
}

/// Numbers the temporary files of this process.
static TEMPORARY: AtomicU64 = AtomicU64::new(0);

impl LocalStorage {
    /// Files under `root` (created when the first file is written).
    pub fn new(root: impl Into<PathBuf>) -> LocalStorage {
        LocalStorage { root: root.into() }
    }

    /// Files under `<data dir>/media/`.
    pub fn in_data_dir(data_dir: &Path) -> LocalStorage {
        LocalStorage::new(data_dir.join(MEDIA_DIR))
    }

    /// The folder the files are in.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The path of the file of a valid key.
    fn path(&self, key: &str) -> io::Result<PathBuf> {
        if !is_valid_key(key) {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                format!("not a key of a file of the media library: {key:?}"),
            ));
        }
        Ok(self.root.join(&key[..2]).join(key))
    }

    async fn write(&self, key: &str, bytes: Bytes) -> io::Result<()> {
        let path = self.path(key)?;
        let n = TEMPORARY.fetch_add(1, Ordering::Relaxed);
        let temporary = path.with_file_name(format!(".{key}.{}.{n}.tmp", std::process::id()));
        tokio::task::spawn_blocking(move || write_atomically(&path, &temporary, &bytes))
            .await
            .map_err(io::Error::other)?
    }

    async fn read(&self, key: &str) -> io::Result<Option<Bytes>> {
        match tokio::fs::read(self.path(key)?).await {
            Ok(bytes) => Ok(Some(Bytes::from(bytes))),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e),
        }
    }

    async fn has(&self, key: &str) -> io::Result<bool> {
        tokio::fs::try_exists(self.path(key)?).await
    }

    async fn remove(&self, key: &str) -> io::Result<bool> {
        match tokio::fs::remove_file(self.path(key)?).await {
            Ok(()) => Ok(true),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(false),
            Err(e) => Err(e),
        }
    }
}

/// Writes `bytes` to `temporary`, flushes it to the disk, then renames it to `path`: the
/// file appears whole or not at all.
fn write_atomically(path: &Path, temporary: &Path, bytes: &[u8]) -> io::Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let written = (|| {
        let mut file = std::fs::File::create(temporary)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        std::fs::rename(temporary, path)
    })();
    if written.is_err() {
        // The temporary file is of no use; the error that matters is the write's.
        let _ = std::fs::remove_file(temporary);
    }
    written
}

impl MediaStorage for LocalStorage {
    fn put<'a>(&'a self, key: &'a str, bytes: Bytes) -> StorageFuture<'a, ()> {
        Box::pin(self.write(key, bytes))
    }

    fn get<'a>(&'a self, key: &'a str) -> StorageFuture<'a, Option<Bytes>> {
        Box::pin(self.read(key))
    }

    fn exists<'a>(&'a self, key: &'a str) -> StorageFuture<'a, bool> {
        Box::pin(self.has(key))
    }

    fn delete<'a>(&'a self, key: &'a str) -> StorageFuture<'a, bool> {
        Box::pin(self.remove(key))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_keys_of_pictures_are_valid() {
        for key in [
            "3f2a9c0d1e2b4a5c.jpg",
            "3f2a9c0d1e2b4a5c-800.webp",
            "3f2a9c0d1e2b4a5c-1600.png",
            "3f2a9c0d1e2b4a5c3f2a9c0d1e2b4a5c.pdf",
            "3f2a9c0d1e2b4a5c.docx",
        ] {
            assert!(is_valid_key(key), "{key}");
        }
        for key in [
            "",
            ".jpg",
            "a.jpg",
            "../../etc/passwd",
            "3f/../../x.jpg",
            "3f2a9c0d1e2b4a5c.JPG",
            "3F2A9C0D1E2B4A5C.jpg",
            "3f2a9c0d1e2b4a5c.gif",
            "3f2a9c0d1e2b4a5c-.jpg",
            "3f2a9c0d1e2b4a5c-80a.jpg",
            "3f2a9c0d1e2b4a5c-8-0.jpg",
            "3f2a9c0d1e2b4a5c.jpg.exe",
            "3f2a 9c0d.jpg",
            "3f2a9c0d1e2b4a5c\0.jpg",
            "/3f2a9c0d1e2b4a5c.jpg",
            "3f2a9c0d1e2b4a5c/.jpg",
            "g3f2a9c0d1e2b4a5c.png",
            "3f2a9c0d1e2b4a5c-800.pdf",
            "3f2a9c0d1e2b4a5c.PDF",
            "3f2a9c0d1e2b4a5c.html",
            "3f2a9c0d1e2b4a5c.pdf.html",
            "3f2a9c0d1e2b4a5c.docm",
        ] {
            assert!(!is_valid_key(key), "{key:?}");
        }
        assert!(!is_valid_key(&format!("{}.jpg", "a".repeat(100))));
    }
}
