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
    use std::io::Write as _;
    let site = load(&opts)?;
    let mut lines = vec![format!(
        "site definition is valid: {} fields of work, {} meeting series, {} countries, {} structures, {} chairpersonships",
        site.fields.len(),
        site.meetings.len(),
        site.countries.len(),
        site.structures.len(),
        site.chairpersonships.len()
    )];
    lines.extend(language_report(&site));
    let mut out = std::io::stdout().lock();
    for line in lines {
        match writeln!(out, "{line}") {
            Ok(()) => {}
            // The reader stopped reading (`| head`): nothing more to tell.
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => return Ok(()),
            Err(e) => return Err(e.into()),
        }
    }
    Ok(())
}

/// At most this many unnamed entries are listed by slug per kind and language.
const LISTED: usize = 12;

/// What the site's languages lack: an interface language without message files (its pages
/// show the default language's texts), a locale that is not one, and, per language, the
/// entries that have no name in it.
fn language_report(site: &SiteDefinition) -> Vec<String> {
    let mut lines = Vec::new();
    for l in &site.organization.languages {
        let code = l.code.as_str();
        if l.interface && !render::messages::has_language(code) {
            lines.push(format!(
                "language {code}: marked `interface` but has no message files; its pages show the interface in {}",
                site.organization.default_language
            ));
        }
        if let Some(locale) = &l.locale
            && !render::dates::is_locale(locale)
        {
            lines.push(format!(
                "language {code}: locale '{locale}' is not a locale; its dates are written in the root locale"
            ));
        }
    }
    for m in site.missing_names() {
        if m.of == 1 {
            lines.push(format!("language {}: no {}", m.language, m.kind));
            continue;
        }
        let shown: Vec<&str> = m.entries.iter().take(LISTED).map(String::as_str).collect();
        let more = m.entries.len().saturating_sub(LISTED);
        lines.push(format!(
            "language {}: {} of {} {} without a name: {}{}",
            m.language,
            m.entries.len(),
            m.of,
            plural(m.kind, m.of),
            shown.join(", "),
            if more > 0 {
                format!(" and {more} more")
            } else {
                String::new()
            }
        ));
    }
    lines
}

fn plural(kind: &str, n: usize) -> String {
    match (kind, n) {
        (_, 1) => kind.to_owned(),
        ("country", _) => "countries".to_owned(),
        ("field of work", _) => "fields of work".to_owned(),
        ("meeting series", _) => kind.to_owned(),
        _ => format!("{kind}s"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn check_site_lists_what_each_language_does_not_name() {
        let site = SiteDefinition::load(&embedded_sources()).expect("valid");
        let report = language_report(&site);
        // The interface languages have their message files and the organization's name.
        assert!(
            !report.iter().any(|l| l.contains("no message files")),
            "{report:?}"
        );
        assert!(
            !report
                .iter()
                .any(|l| l.starts_with("language ru:") && l.contains("organization name")),
            "{report:?}"
        );
        // An entry without its name in a language is reported by its slug.
        let mut site = site;
        site.fields[0].names.remove("ru");
        let slug = site.fields[0].slug.to_string();
        let report = language_report(&site);
        assert!(
            report.iter().any(|l| l.starts_with("language ru:")
                && l.contains("fields of work without a name")
                && l.contains(&slug)),
            "{report:?}"
        );
    }

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
