//! What the tests of saved pages share: the OSCE site definition of the repository.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use model::{SiteDefinition, SiteSources, Slug};

/// Every `*.toml` file of a site folder, named by its path inside it (as the server's
/// `site_sources_from_dir` does).
pub fn site_sources_from_dir(dir: &Path) -> SiteSources {
    fn walk(dir: &Path, root: &Path, out: &mut Vec<(String, String)>) {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
            .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
            .map(|e| e.expect("a directory entry").path())
            .collect();
        entries.sort();
        for p in entries {
            if p.is_dir() {
                walk(&p, root, out);
            } else if p.extension().is_some_and(|x| x == "toml") {
                let text = std::fs::read_to_string(&p)
                    .unwrap_or_else(|e| panic!("reading {}: {e}", p.display()));
                let rel = p
                    .strip_prefix(root)
                    .expect("under the root")
                    .to_string_lossy()
                    .replace('\\', "/");
                out.push((rel, text));
            }
        }
    }
    let mut files = Vec::new();
    walk(dir, dir, &mut files);
    SiteSources {
        root: "site/osce".into(),
        files,
    }
}

pub fn site() -> &'static SiteDefinition {
    static SITE: OnceLock<SiteDefinition> = OnceLock::new();
    SITE.get_or_init(|| {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../site/osce");
        SiteDefinition::load(&site_sources_from_dir(&dir))
            .unwrap_or_else(|e| panic!("the OSCE site definition does not load: {e}"))
    })
}

/// Slugs from their text.
pub fn slugs(list: &[&str]) -> Vec<Slug> {
    list.iter()
        .map(|s| Slug::parse(s).expect("a slug"))
        .collect()
}
