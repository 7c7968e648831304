//! `communique-meta.txt` beside the index: the schema version, the last change of the
//! database the index reflects, and the instant up to which it has taken public items.

use std::path::Path;

use super::schema::SCHEMA_VERSION;

/// What `meta.txt` records beside the index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndexMeta {
    pub schema_version: u32,
    pub tantivy_version: String,
    /// The last database change (outbox sequence number) the index reflects.
    pub applied: i64,
    /// The instant (microseconds) up to which items that became public are in the index.
    pub visible_at: i64,
}

pub(super) const META_FILE: &str = "communique-meta.txt";
pub(super) const LOCK_FILE: &str = "communique.lock";

impl IndexMeta {
    pub(super) fn current(applied: i64, visible_at: i64) -> IndexMeta {
        IndexMeta {
            schema_version: SCHEMA_VERSION,
            tantivy_version: tantivy::version_string().to_owned(),
            applied,
            visible_at,
        }
    }

    pub(super) fn read(dir: &Path) -> Option<IndexMeta> {
        let text = std::fs::read_to_string(dir.join(META_FILE)).ok()?;
        let get = |key: &str| {
            text.lines()
                .find_map(|l| l.strip_prefix(key)?.strip_prefix('=').map(str::to_owned))
        };
        Some(IndexMeta {
            schema_version: get("schema")?.parse().ok()?,
            tantivy_version: get("tantivy")?,
            applied: get("applied")?.parse().ok()?,
            visible_at: get("visible")?.parse().ok()?,
        })
    }

    pub(super) fn write(&self, dir: &Path) -> std::io::Result<()> {
        let tmp = dir.join(format!("{META_FILE}.tmp"));
        std::fs::write(
            &tmp,
            format!(
                "schema={}\ntantivy={}\napplied={}\nvisible={}\n",
                self.schema_version, self.tantivy_version, self.applied, self.visible_at
            ),
        )?;
        std::fs::rename(tmp, dir.join(META_FILE))
    }

    /// Whether an index with this meta can be used as it is by this build.
    pub fn is_compatible(&self) -> bool {
        self.schema_version == SCHEMA_VERSION && self.tantivy_version == tantivy::version_string()
    }
}
