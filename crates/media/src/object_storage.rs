//! The media files in an object store, for a site of several nodes: every node reads and
//! writes the same files. Behind the `object_store` crate: an S3-compatible service
//! (`s3://BUCKET[/PREFIX]`, configured by the usual `AWS_*` variables) or a folder
//! (`file:///PATH`, e.g. a shared network mount).

use std::io;
use std::sync::Arc;

use bytes::Bytes;
use object_store::path::Path as ObjectPath;
use object_store::{ObjectStore, ObjectStoreExt, PutPayload};

use crate::storage::{MediaStorage, StorageFuture, is_valid_key};

/// Files in an object store, under `<prefix>/<first two characters of the key>/<key>` (the
/// layout of [`crate::LocalStorage`], so a folder can move between the two as it is).
#[derive(Debug, Clone)]
pub struct ObjectStorage {
    store: Arc<dyn ObjectStore>,
    prefix: String,
    shown: String,
}

impl ObjectStorage {
    /// The object store a URL names: `s3://BUCKET[/PREFIX]` (credentials, region and, for a
    /// service other than Amazon's, `AWS_ENDPOINT` and `AWS_ALLOW_HTTP` from the
    /// environment), or `file:///PATH` (a folder that must exist).
    pub fn from_url(url: &str) -> io::Result<ObjectStorage> {
        let invalid = |message: String| io::Error::new(io::ErrorKind::InvalidInput, message);
        if let Some(rest) = url.strip_prefix("s3://") {
            let (bucket, prefix) = rest.split_once('/').unwrap_or((rest, ""));
            if bucket.is_empty() {
                return Err(invalid(format!(
                    "'{url}' names no bucket (s3://BUCKET/PREFIX)"
                )));
            }
            let store = object_store::aws::AmazonS3Builder::from_env()
                .with_bucket_name(bucket)
                .build()
                .map_err(|e| invalid(format!("the object store {url}: {e}")))?;
            Ok(ObjectStorage::new(Arc::new(store), prefix, url))
        } else if let Some(path) = url
            .strip_prefix("file://localhost/")
            .map(|rest| &url[url.len() - rest.len() - 1..])
            .or_else(|| url.strip_prefix("file://"))
        {
            if !path.starts_with('/') || path.contains('%') {
                return Err(invalid(format!(
                    "'{url}' is not a folder (file:///ABSOLUTE/PATH, without %-escapes)"
                )));
            }
            let store = object_store::local::LocalFileSystem::new_with_prefix(path)
                .map_err(|e| invalid(format!("the folder {path}: {e}")))?;
            Ok(ObjectStorage::new(Arc::new(store), "", url))
        } else {
            Err(invalid(format!(
                "'{url}' is not a media store (s3://BUCKET/PREFIX or file:///PATH)"
            )))
        }
    }

    /// Files of `store` under `prefix`; `shown` names the store in messages.
    pub fn new(store: Arc<dyn ObjectStore>, prefix: &str, shown: &str) -> ObjectStorage {
        ObjectStorage {
            store,
            prefix: prefix.trim_matches('/').to_owned(),
            shown: shown.to_owned(),
        }
    }

    /// The location of the file of a valid key.
    fn location(&self, key: &str) -> io::Result<ObjectPath> {
        if !is_valid_key(key) {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                format!("not a key of a file of the media library: {key:?}"),
            ));
        }
        let relative = format!("{}/{key}", &key[..2]);
        Ok(if self.prefix.is_empty() {
            ObjectPath::from(relative)
        } else {
            ObjectPath::from(format!("{}/{relative}", self.prefix))
        })
    }

    fn failed(&self, key: &str, error: object_store::Error) -> io::Error {
        io::Error::other(format!("{} ({key}): {error}", self.shown))
    }
}

impl MediaStorage for ObjectStorage {
    fn put<'a>(&'a self, key: &'a str, bytes: Bytes) -> StorageFuture<'a, ()> {
        Box::pin(async move {
            let location = self.location(key)?;
            // One request: an object appears whole or not at all.
            self.store
                .put(&location, PutPayload::from(bytes))
                .await
                .map_err(|e| self.failed(key, e))?;
            Ok(())
        })
    }

    fn get<'a>(&'a self, key: &'a str) -> StorageFuture<'a, Option<Bytes>> {
        Box::pin(async move {
            let location = self.location(key)?;
            match self.store.get(&location).await {
                Ok(found) => Ok(Some(found.bytes().await.map_err(|e| self.failed(key, e))?)),
                Err(object_store::Error::NotFound { .. }) => Ok(None),
                Err(e) => Err(self.failed(key, e)),
            }
        })
    }

    fn exists<'a>(&'a self, key: &'a str) -> StorageFuture<'a, bool> {
        Box::pin(async move {
            let location = self.location(key)?;
            match self.store.head(&location).await {
                Ok(_) => Ok(true),
                Err(object_store::Error::NotFound { .. }) => Ok(false),
                Err(e) => Err(self.failed(key, e)),
            }
        })
    }

    fn delete<'a>(&'a self, key: &'a str) -> StorageFuture<'a, bool> {
        Box::pin(async move {
            // An object store deletes a missing object without complaint: ask first.
            if !self.exists(key).await? {
                return Ok(false);
            }
            let location = self.location(key)?;
            match self.store.delete(&location).await {
                Ok(()) | Err(object_store::Error::NotFound { .. }) => Ok(true),
                Err(e) => Err(self.failed(key, e)),
            }
        })
    }
}
