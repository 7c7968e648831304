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
    /// The language of the label when it is not the one asked for: the site definition has
    /// no name in that language, and the label is the default language's.
    pub lang: Option<String>,
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

/// The menus as shown on `today` (in the organization's time zone), in the default language.
pub fn resolve(site: &SiteDefinition, today: Date) -> Vec<Section> {
    resolve_in(site, today, site.organization.default_language.as_str())
}

/// The menus as shown on `today`, with the names in `lang` where the site definition gives
/// them (the others in the default language, marked so).
pub fn resolve_in(site: &SiteDefinition, today: Date, lang: &str) -> Vec<Section> {
    let chair_country = site
        .chairpersonship(today.year())
        .map(|(ch, c)| (ch.clone(), c.slug.clone()));
    let names = Names {
        lang,
        default: site.organization.default_language.as_str(),
    };
    site.menus
        .iter()
        .map(|section| Section {
            label: names.pick(&section.label, &section.labels).0.to_owned(),
            id: crate::ids::Slug::slugify(&section.label).to_string(),
            groups: section
                .groups
                .iter()
                .map(|g| {
                    let mut links = Vec::new();
                    for e in &g.entries {
                        expand(site, today, &names, e, chair_country.as_ref(), &mut links);
                    }
                    Group {
                        label: g
                            .label
                            .as_ref()
                            .map(|l| names.pick(l, &g.labels).0.to_owned()),
                        href: g.href.clone(),
                        links,
                    }
                })
                .collect(),
        })
        .collect()
}

/// The language asked for and the default one: picks a name in the first, else the second.
struct Names<'a> {
    lang: &'a str,
    default: &'a str,
}

impl Names<'_> {
    /// The name in the language asked for, from `names` (by language), else `name` (in the
    /// default language), with the language to mark it with when it is not the one asked for.
    fn pick<'n>(
        &self,
        name: &'n str,
        names: &'n std::collections::BTreeMap<String, String>,
    ) -> (&'n str, Option<String>) {
        if self.lang == self.default {
            return (name, None);
        }
        match names.get(self.lang) {
            Some(n) => (n, None),
            None => (name, Some(self.default.to_owned())),
        }
    }

    fn link(
        &self,
        name: &str,
        names: &std::collections::BTreeMap<String, String>,
        href: String,
    ) -> Link {
        let (label, lang) = self.pick(name, names);
        Link {
            label: label.to_owned(),
            href,
            highlight: false,
            lang,
        }
    }
}

fn expand(
    site: &SiteDefinition,
    today: Date,
    names: &Names<'_>,
    entry: &MenuEntry,
    chair: Option<&(crate::site::Chairpersonship, crate::ids::Slug)>,
    out: &mut Vec<Link>,
) {
    match entry {
        MenuEntry::All(TaxonomyList::FieldsOfWork) => {
            out.extend(
                site.fields
                    .iter()
                    .map(|f| names.link(&f.name, &f.names, field_href(f.slug.as_str()))),
            );
        }
        MenuEntry::All(TaxonomyList::Meetings) => {
            out.extend(
                site.meetings
                    .iter()
                    .map(|m| names.link(&m.name, &m.names, meeting_href(m.slug.as_str()))),
            );
        }
        MenuEntry::Structure {
            slug,
            label,
            labels,
        } => {
            if let Some(s) = site.structure(slug.as_str()) {
                let href = structure_href(slug.as_str());
                out.push(match label {
                    Some(label) => names.link(label, labels, href),
                    None => {
                        let name = s.current_name();
                        names.link(&name.name, &name.translations, href)
                    }
                });
            }
        }
        MenuEntry::OpenChildren(slug) => {
            if let Some(s) = site.structure(slug.as_str()) {
                out.extend(
                    site.children_of(s)
                        .filter(|c| c.is_open_on(today))
                        .map(|c| {
                            let name = c.name_at(today);
                            names.link(
                                &name.name,
                                &name.translations,
                                structure_href(c.slug.as_str()),
                            )
                        }),
                );
            }
        }
        MenuEntry::ClosedChildren {
            slug,
            label,
            labels,
        } => out.push(names.link(label, labels, closed_children_href(slug.as_str()))),
        MenuEntry::CountryGroupMembers(group) => {
            for c in site.countries_in_group(group.as_str()) {
                match chair {
                    Some((ch, chair_slug)) if *chair_slug == c.slug => out.push(Link {
                        label: site.chairpersonship_label(ch, c),
                        href: country_href(c.slug.as_str()),
                        highlight: true,
                        lang: names.pick(&c.name, &c.names).1,
                    }),
                    _ => out.push(names.link(&c.name, &c.names, country_href(c.slug.as_str()))),
                }
            }
        }
        MenuEntry::CountryGroup(group) => {
            if let Some(g) = site.country_group(group.as_str()) {
                out.push(names.link(&g.name, &g.names, country_group_href(group.as_str())));
            }
        }
        MenuEntry::Page(slug) => {
            if let Some(p) = site.page(slug.as_str()) {
                out.push(names.link(&p.title, &p.titles, page_href(slug.as_str())));
            }
        }
        MenuEntry::Link {
            href,
            label,
            labels,
        } => out.push(names.link(label, labels, href.clone())),
    }
}
