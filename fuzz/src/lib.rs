//! What the fuzz targets share: the OSCE site definition, read once per process, and the
//! checks of the public query parsers (`query`).

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use model::{SiteDefinition, SiteSources};

pub mod query;

/// The site definition the importer is checked against (`site/osce`).
pub fn site() -> &'static SiteDefinition {
    static SITE: OnceLock<SiteDefinition> = OnceLock::new();
    SITE.get_or_init(|| {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../site/osce");
        let mut files = Vec::new();
        collect_toml(&dir, &dir, &mut files);
        SiteDefinition::load(&SiteSources {
            root: "site/osce".into(),
            files,
        })
        .unwrap_or_else(|e| panic!("the OSCE site definition does not load: {e}"))
    })
}

/// Every `*.toml` file under `dir`, named by its path from `root`, in name order.
fn collect_toml(dir: &Path, root: &Path, out: &mut Vec<(String, String)>) {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
        .map(|entry| entry.expect("a directory entry").path())
        .collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            collect_toml(&path, root, out);
        } else if path.extension().is_some_and(|x| x == "toml") {
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
            let name = path
                .strip_prefix(root)
                .expect("a path under the site folder")
                .to_string_lossy()
                .replace('\\', "/");
            out.push((name, text));
        }
    }
}
