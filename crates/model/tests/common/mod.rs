//! The real OSCE site definition, read from `site/osce`, for the model's tests.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

use communique_model as model;
use model::{SiteDefinition, SiteSources};

/// The label of the site folder in messages.
pub const ROOT: &str = "site/osce";

pub fn real_site_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../site/osce")
}

pub fn case_dir(case: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/sites/invalid")
        .join(case)
}

/// Every `*.toml` file under `dir`, named by its path inside `dir` with `/` separators.
pub fn toml_files(dir: &Path) -> Vec<(String, String)> {
    fn walk(base: &Path, dir: &Path, out: &mut Vec<(String, String)>) {
        let entries =
            std::fs::read_dir(dir).unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()));
        for entry in entries {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                walk(base, &path, out);
            } else if path.extension().is_some_and(|x| x == "toml") {
                let rel = path
                    .strip_prefix(base)
                    .expect("a path under the base folder");
                let name = rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/");
                let text = std::fs::read_to_string(&path)
                    .unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
                out.push((name, text));
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out);
    out.sort();
    out
}

pub fn real_sources() -> SiteSources {
    SiteSources {
        root: ROOT.to_owned(),
        files: toml_files(&real_site_dir()),
    }
}

pub fn load_real() -> SiteDefinition {
    SiteDefinition::load(&real_sources())
        .unwrap_or_else(|e| panic!("the real site should load: {e}"))
}
