//! What an import reads: folders walked in order, each file recognized by its content, and
//! the command line's options for saved pages.

use std::io::Read;
use std::path::{Path, PathBuf};

use import::page::Options;
use model::SiteDefinition;

use crate::cli::ImportOpts;

/// Saved pages are keyed by their path from the folder given on the command line (their
/// address on the old site is not always in them): `archive/2008/index.html` stays apart
/// from `archive/2009/index.html`.
pub(super) fn relative_path(path: &Path, root: &Path) -> String {
    let base = root.parent().unwrap_or(root);
    let rel = path.strip_prefix(base).unwrap_or(path);
    rel.to_string_lossy().replace('\\', "/")
}

pub(super) fn collect(path: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    if path.is_dir() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(path)?
            .map(|e| e.map(|e| e.path()))
            .collect::<Result<_, _>>()?;
        entries.sort();
        for e in entries {
            collect(&e, out)?;
        }
    } else {
        out.push(path.to_owned());
    }
    Ok(())
}

/// JSON Lines when the first visible character opens an object.
pub(super) fn looks_like_jsonl(path: &Path) -> std::io::Result<bool> {
    let mut head = [0u8; 512];
    let n = std::fs::File::open(path)?.read(&mut head)?;
    Ok(head[..n]
        .iter()
        .find(|b| !b.is_ascii_whitespace() && **b != 0xEF && **b != 0xBB && **b != 0xBF)
        == Some(&b'{'))
}

/// The options of pages, checked against the site: `--type` and `--source` name entries
/// of it.
pub(super) fn page_options(opts: &ImportOpts, site: &SiteDefinition) -> Result<Options, String> {
    let mut options = Options {
        keep_truncated: opts.keep_truncated,
        ..Options::default()
    };
    if let Some(t) = &opts.item_type {
        let found = site.item_types.iter().find(|x| {
            x.slug.as_str() == t.trim()
                || model::text::normalize_name(&x.name) == model::text::normalize_name(t)
        });
        match found {
            Some(x) => options.default_type = Some(x.slug.clone()),
            None => {
                let known: Vec<&str> = site.item_types.iter().map(|x| x.slug.as_str()).collect();
                return Err(format!(
                    "--type: unknown item type '{}' (known: {})",
                    model::text::shown(t),
                    known.join(", ")
                ));
            }
        }
    }
    if let Some(src) = &opts.source {
        match site
            .structure(src.trim())
            .or_else(|| site.find_structure_by_name(src))
        {
            Some(x) => options.source = Some(x.slug.clone()),
            None => {
                return Err(format!(
                    "--source: no structure is named '{}' (give a structure's slug, as in site/osce/structures.toml, e.g. 'odihr')",
                    model::text::shown(src)
                ));
            }
        }
    }
    Ok(options)
}
