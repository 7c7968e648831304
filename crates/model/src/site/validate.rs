//! Checks of the parts of a site definition that refer to the rest: structures (names over
//! time, parents, countries, cycles), menus and sample items.

use jiff::tz::TimeZone;

use super::definition::Index;
use super::load::Loader;
use super::raw::{RawEntry, RawIntroductions, RawMenus};
use super::{
    Introduced, Introductions, MenuEntry, MenuGroup, MenuSection, Organization, SampleItem,
    SiteDefinition, Structure, TaxonomyList,
};
use crate::date::HistDate;
use crate::ids::{LanguageCode, Slug};
use crate::text::closest;

pub(crate) fn did_you_mean(hint: &[&str]) -> String {
    hint.first()
        .map(|h| format!(" — did you mean '{h}'?"))
        .unwrap_or_default()
}

pub(super) fn validate_structures(
    l: &mut Loader<'_>,
    structures: &mut [Structure],
    index: &Index,
    org: &Organization,
) {
    const FILE: &str = "structures.toml";
    let languages: Vec<&str> = org
        .languages
        .iter()
        .map(|lang| lang.code.as_str())
        .collect();
    let n = structures.len();
    let mut parent_of: Vec<Option<usize>> = vec![None; n];
    let mut sections: std::collections::HashMap<&str, &str> = std::collections::HashMap::new();
    for (i, s) in structures.iter().enumerate() {
        let entry = format!("structure '{}'", s.slug);
        if s.names.is_empty() {
            l.problem(FILE, &entry, "has no name");
        }
        for section in &s.url_sections {
            let ok = !section.is_empty()
                && section.len() <= 100
                && section.bytes().all(|b| {
                    b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_'
                });
            if !ok {
                l.problem(
                    FILE,
                    &entry,
                    format!(
                        "url section '{}' is not one path segment (lowercase letters, digits, '-' or '_', as in \"odihr\")",
                        crate::text::shown(section)
                    ),
                );
            } else if let Some(other) = sections.insert(section, s.slug.as_str()) {
                l.problem(
                    FILE,
                    &entry,
                    format!("url section '{section}' is also structure '{other}''s"),
                );
            }
        }
        for (k, name) in s.names.iter().enumerate() {
            if name.name.trim().is_empty() {
                l.problem(FILE, &entry, "has an empty name");
            }
            if k > 0 && name.from.is_none() {
                l.problem(
                    FILE,
                    &entry,
                    format!(
                        "name '{}' needs a `from` date (it is not the first name)",
                        name.name
                    ),
                );
            }
            for (lang, text) in &name.translations {
                let problem = if lang.as_str() == org.default_language.as_str() {
                    format!(
                        "name '{}': a translation in '{lang}', the default language, which the name itself is in",
                        name.name
                    )
                } else if !languages.contains(&lang.as_str()) {
                    format!(
                        "name '{}': a translation in '{lang}', which is not a language of the site ({})",
                        name.name,
                        languages.join(", ")
                    )
                } else if text.trim().is_empty() {
                    format!("name '{}': an empty translation in '{lang}'", name.name)
                } else {
                    continue;
                };
                l.problem(FILE, &entry, problem);
            }
        }
        let froms: Vec<HistDate> = s.names.iter().filter_map(|n| n.from).collect();
        if froms.windows(2).any(|w| w[0] > w[1]) {
            l.problem(FILE, &entry, "names must be listed oldest first");
        }
        if let (Some(o), Some(c)) = (s.opened, s.closed)
            && c.last_day() < o.first_day
        {
            l.problem(FILE, &entry, format!("closed ({c}) before it opened ({o})"));
        }
        if let Some(c) = &s.country
            && !index.countries.contains_key(c)
        {
            l.problem(FILE, &entry, format!("unknown country '{c}'"));
        }
        if let Some(p) = &s.parent {
            match index.structures.get(p) {
                Some(&pi) => parent_of[i] = Some(pi),
                None => {
                    let known: Vec<&str> = structures.iter().map(|s| s.slug.as_str()).collect();
                    let hint = closest(p.as_str(), known.into_iter(), 1);
                    l.problem(
                        FILE,
                        &entry,
                        format!("unknown parent '{p}'{}", did_you_mean(&hint)),
                    );
                }
            }
        }
    }
    // Ancestors, refusing cycles.
    for i in 0..n {
        let mut chain = Vec::new();
        let mut cur = parent_of[i];
        let mut cyclic = false;
        while let Some(p) = cur {
            if p == i || chain.contains(&p) {
                cyclic = true;
                break;
            }
            chain.push(p);
            cur = parent_of[p];
        }
        if cyclic {
            let entry = format!("structure '{}'", structures[i].slug);
            l.problem(
                FILE,
                entry,
                "the structure tree has a cycle through this structure's parents",
            );
            chain.clear();
        }
        structures[i].ancestors = chain;
    }
    for i in 0..n {
        if let Some(p) = parent_of[i]
            && !structures[i].ancestors.is_empty()
        {
            structures[p].children.push(i);
        }
    }
}

pub(super) fn validate_menus(
    l: &mut Loader<'_>,
    menus: RawMenus,
    def: &SiteDefinition,
) -> Vec<MenuSection> {
    const FILE: &str = "menus.toml";
    let mut out = Vec::new();
    for section in menus.section {
        let mut groups = Vec::new();
        for group in section.group {
            let mut entries = Vec::new();
            for raw in group.entries {
                let entry_label = format!("menu '{}'", section.label);
                match menu_entry(raw, def) {
                    Ok(e) => entries.push(e),
                    Err(msg) => l.problem(FILE, entry_label, msg),
                }
            }
            groups.push(MenuGroup {
                label: group.label,
                labels: group.labels,
                href: group.href,
                entries,
            });
        }
        out.push(MenuSection {
            label: section.label,
            labels: section.labels,
            groups,
        });
    }
    out
}

fn menu_entry(raw: RawEntry, def: &SiteDefinition) -> Result<MenuEntry, String> {
    let set = [
        raw.all.is_some(),
        raw.structure.is_some(),
        raw.open_children.is_some(),
        raw.closed_children.is_some(),
        raw.country_group_members.is_some(),
        raw.country_group.is_some(),
        raw.page.is_some(),
        raw.link.is_some(),
    ]
    .iter()
    .filter(|b| **b)
    .count();
    if set != 1 {
        return Err("each menu entry needs exactly one of: all, structure, open-children, closed-children, country-group-members, country-group, page, link".into());
    }
    let structure = |s: Slug| -> Result<Slug, String> {
        if def.structure(s.as_str()).is_some() {
            Ok(s)
        } else {
            Err(format!("unknown structure '{s}'"))
        }
    };
    let group = |g: Slug| -> Result<Slug, String> {
        if def.country_group(g.as_str()).is_some() {
            Ok(g)
        } else {
            Err(format!("unknown country group '{g}'"))
        }
    };
    if let Some(all) = raw.all {
        return match all.as_str() {
            "fields-of-work" => Ok(MenuEntry::All(TaxonomyList::FieldsOfWork)),
            "meetings" => Ok(MenuEntry::All(TaxonomyList::Meetings)),
            other => Err(format!(
                "unknown list '{other}' (expected fields-of-work or meetings)"
            )),
        };
    }
    if let Some(s) = raw.structure {
        return Ok(MenuEntry::Structure {
            slug: structure(s)?,
            label: raw.label,
            labels: raw.labels,
        });
    }
    if let Some(s) = raw.open_children {
        return Ok(MenuEntry::OpenChildren(structure(s)?));
    }
    if let Some(s) = raw.closed_children {
        let label = raw.label.ok_or("closed-children needs a label")?;
        return Ok(MenuEntry::ClosedChildren {
            slug: structure(s)?,
            label,
            labels: raw.labels,
        });
    }
    if let Some(g) = raw.country_group_members {
        return Ok(MenuEntry::CountryGroupMembers(group(g)?));
    }
    if let Some(g) = raw.country_group {
        return Ok(MenuEntry::CountryGroup(group(g)?));
    }
    if let Some(p) = raw.page {
        return if def.page(p.as_str()).is_some() {
            Ok(MenuEntry::Page(p))
        } else {
            Err(format!("unknown page '{p}'"))
        };
    }
    match (raw.link, raw.label) {
        (Some(href), Some(label)) if href.starts_with('/') => Ok(MenuEntry::Link {
            href,
            label,
            labels: raw.labels,
        }),
        (Some(href), Some(_)) => Err(format!("link '{href}' must be a path starting with '/'")),
        _ => Err("a link needs a label".into()),
    }
}

/// The introductions of `introductions.toml`, each of a known entry, in a language of the
/// site, and within the limits of [`Introduction::checked`](super::Introduction::checked).
pub(super) fn validate_introductions(
    l: &mut Loader<'_>,
    raw: RawIntroductions,
    def: &SiteDefinition,
) -> Introductions {
    const FILE: &str = "introductions.toml";
    let mut out = Introductions::new();
    let kinds = [
        (Introduced::Structure, raw.structure),
        (Introduced::FieldOfWork, raw.field),
        (Introduced::Country, raw.country),
    ];
    for (of, entries) in kinds {
        for (slug, by_language) in entries {
            let entry = format!("{} '{}'", of.label(), crate::text::shown(&slug));
            if let Err(e) = def.check_introduced(of, &slug) {
                l.problem(FILE, &entry, e);
                continue;
            }
            let Ok(slug) = Slug::parse(&slug) else {
                continue;
            };
            for (lang, intro) in by_language {
                let entry = format!("{entry} in '{}'", crate::text::shown(&lang));
                let code = def
                    .check_site_language(&lang)
                    .and_then(|()| LanguageCode::parse(&lang).map_err(|e| e.to_string()));
                match (code, intro.checked(of)) {
                    (Ok(code), Ok(intro)) => {
                        out.entry((of, slug.clone()))
                            .or_default()
                            .insert(code, intro);
                    }
                    (Err(e), _) | (_, Err(e)) => l.problem(FILE, &entry, e),
                }
            }
        }
    }
    out
}

/// Whether a slug names an entry of one of the site's taxonomies.
type KnownSlug = fn(&SiteDefinition, &str) -> bool;

pub(super) fn validate_sample(
    l: &mut Loader<'_>,
    file: &str,
    item: &SampleItem,
    def: &SiteDefinition,
) {
    let entry = format!("item '{}'", item.external_id);
    if def.item_type(item.item_type.as_str()).is_none() {
        l.problem(file, &entry, format!("unknown type '{}'", item.item_type));
    }
    if def.language(item.language.as_str()).is_none() {
        l.problem(
            file,
            &entry,
            format!("unknown language '{}'", item.language),
        );
    }
    if TimeZone::get(&item.time_zone).is_err() {
        l.problem(
            file,
            &entry,
            format!("unknown time zone '{}'", item.time_zone),
        );
    }
    if item.date.precision != crate::date::Precision::Day {
        l.problem(file, &entry, "the date of an item needs a day (YYYY-MM-DD)");
    }
    if item.title.trim().is_empty() || item.body.is_empty() {
        l.problem(file, &entry, "an item needs a title and a body");
    }
    let checks: [(&str, &[Slug], KnownSlug); 4] = [
        ("source", &item.sources, |d, s| d.structure(s).is_some()),
        ("field of work", &item.fields_of_work, |d, s| {
            d.field(s).is_some()
        }),
        ("country", &item.countries, |d, s| d.country(s).is_some()),
        ("meeting", &item.meetings, |d, s| d.meeting(s).is_some()),
    ];
    for (what, slugs, known) in checks {
        for s in slugs {
            if !known(def, s.as_str()) {
                l.problem(file, &entry, format!("unknown {what} '{s}'"));
            }
        }
    }
}
