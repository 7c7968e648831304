//! Menus resolved for a day: the site definition says what the menus contain, the day says
//! which structures are open and which State holds the chairpersonship.

use jiff::civil::Date;

use crate::site::{MenuEntry, SiteDefinition, TaxonomyList};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub label: String,
    pub href: String,
    /// Marks the State holding the chairpersonship.
    pub highlight: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    pub label: Option<String>,
    pub href: Option<String>,
    pub links: Vec<Link>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    pub label: String,
    /// A stable id for the section, derived from its label.
    pub id: String,
    pub groups: Vec<Group>,
}

pub fn structure_href(slug: &str) -> String {
    format!("/structures/{slug}")
}
pub fn field_href(slug: &str) -> String {
    format!("/fields-of-work/{slug}")
}
pub fn meeting_href(slug: &str) -> String {
    format!("/meetings/{slug}")
}
pub fn country_href(slug: &str) -> String {
    format!("/countries/{slug}")
}
pub fn country_group_href(slug: &str) -> String {
    format!("/countries/groups/{slug}")
}
pub fn page_href(slug: &str) -> String {
    format!("/pages/{slug}")
}
pub fn closed_children_href(slug: &str) -> String {
    format!("/structures/{slug}/closed")
}

/// The menus as shown on `today` (in the organization's time zone).
pub fn resolve(site: &SiteDefinition, today: Date) -> Vec<Section> {
    let chair_country = site
        .chairpersonship(today.year())
        .map(|(ch, c)| (ch.clone(), c.slug.clone()));
    site.menus
        .iter()
        .map(|section| Section {
            label: section.label.clone(),
            id: crate::ids::Slug::slugify(&section.label).to_string(),
            groups: section
                .groups
                .iter()
                .map(|g| {
                    let mut links = Vec::new();
                    for e in &g.entries {
                        expand(site, today, e, chair_country.as_ref(), &mut links);
                    }
                    Group {
                        label: g.label.clone(),
                        href: g.href.clone(),
                        links,
                    }
                })
                .collect(),
        })
        .collect()
}

fn link(label: impl Into<String>, href: String) -> Link {
    Link {
        label: label.into(),
        href,
        highlight: false,
    }
}

fn expand(
    site: &SiteDefinition,
    today: Date,
    entry: &MenuEntry,
    chair: Option<&(crate::site::Chairpersonship, crate::ids::Slug)>,
    out: &mut Vec<Link>,
) {
    match entry {
        MenuEntry::All(TaxonomyList::FieldsOfWork) => {
            out.extend(
                site.fields
                    .iter()
                    .map(|f| link(&f.name, field_href(f.slug.as_str()))),
            );
        }
        MenuEntry::All(TaxonomyList::Meetings) => {
            out.extend(
                site.meetings
                    .iter()
                    .map(|m| link(&m.name, meeting_href(m.slug.as_str()))),
            );
        }
        MenuEntry::Structure { slug, label } => {
            if let Some(s) = site.structure(slug.as_str()) {
                let text = label
                    .clone()
                    .unwrap_or_else(|| s.current_name().name.clone());
                out.push(link(text, structure_href(slug.as_str())));
            }
        }
        MenuEntry::OpenChildren(slug) => {
            if let Some(s) = site.structure(slug.as_str()) {
                out.extend(
                    site.children_of(s)
                        .filter(|c| c.is_open_on(today))
                        .map(|c| link(&c.name_at(today).name, structure_href(c.slug.as_str()))),
                );
            }
        }
        MenuEntry::ClosedChildren { slug, label } => {
            out.push(link(label, closed_children_href(slug.as_str())))
        }
        MenuEntry::CountryGroupMembers(group) => {
            for c in site.countries_in_group(group.as_str()) {
                match chair {
                    Some((ch, chair_slug)) if *chair_slug == c.slug => out.push(Link {
                        label: site.chairpersonship_label(ch, c),
                        href: country_href(c.slug.as_str()),
                        highlight: true,
                    }),
                    _ => out.push(link(&c.name, country_href(c.slug.as_str()))),
                }
            }
        }
        MenuEntry::CountryGroup(group) => {
            if let Some(g) = site.country_group(group.as_str()) {
                out.push(link(&g.name, country_group_href(group.as_str())));
            }
        }
        MenuEntry::Page(slug) => {
            if let Some(p) = site.page(slug.as_str()) {
                out.push(link(&p.title, page_href(slug.as_str())));
            }
        }
        MenuEntry::Link { href, label } => out.push(link(label, href.clone())),
    }
}
