//! Loading the site definition: the built-in OSCE site, or a folder given on the command line.

use std::sync::Arc;

use anyhow::Context;
use model::{SiteDefinition, SiteSources};

use crate::cli::SiteOpts;

include!(concat!(env!("OUT_DIR"), "/embedded_site.rs"));

/// The built-in definition (site/osce, embedded at build time).
pub fn embedded_sources() -> SiteSources {
    SiteSources {
        root: "site/osce".into(),
        files: DEFAULT_SITE_FILES
            .iter()
            .map(|(n, t)| ((*n).to_owned(), (*t).to_owned()))
            .collect(),
    }
}

pub fn load(opts: &SiteOpts) -> anyhow::Result<SiteDefinition> {
    let sources = match &opts.site {
        Some(dir) => publishing::site_sources_from_dir(dir)
            .with_context(|| format!("cannot read the site folder {}", dir.display()))?,
        None => embedded_sources(),
    };
    Ok(SiteDefinition::load(&sources)?)
}

/// The definition in effect for a data dir: the site files with the changes administrators
/// stored in its database applied over them. A stored change that no longer applies is
/// named on standard error and skipped.
pub async fn in_effect(
    base: &Arc<SiteDefinition>,
    store: &store::Store,
) -> anyhow::Result<Arc<SiteDefinition>> {
    let site = publishing::SiteInEffect::load(Arc::clone(base), store).await?;
    for s in &site.skipped {
        eprintln!(
            "warning: change {} to the site definition no longer applies and is skipped: {}",
            s.seq, s.reason
        );
    }
    Ok(site.definition)
}

/// `communique check-site`.
pub fn check(opts: SiteOpts) -> anyhow::Result<()> {
    let site = load(&opts)?;
    println!(
        "site definition is valid: {} fields of work, {} meeting series, {} countries, {} structures, {} chairpersonships",
        site.fields.len(),
        site.meetings.len(),
        site.countries.len(),
        site.structures.len(),
        site.chairpersonships.len()
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_site_is_valid() {
        let site = SiteDefinition::load(&embedded_sources());
        assert!(
            site.is_ok(),
            "{}",
            site.err().map(|e| e.to_string()).unwrap_or_default()
        );
    }
}
