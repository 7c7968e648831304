//! Structures and institutions: the tree, a page per structure (its history and its items),
//! and the list of a structure's closed children ("Closed field activities").

use axum::extract::{Path, Query, State};
use axum::response::Response;
use model::Dimension;
use model::menu::{country_href, structure_href};
use model::site::{MenuEntry, SiteDefinition, Structure, StructureKind};
use render::dates::format_hist_date;
use render::messages::{key, structure_kind_key, text};
use render::pages::{Fact, IndexPage, Link, LinkEntry, LinkList};

use crate::AppState;
use crate::error::WebError;
use crate::language::Here;
use crate::listing::{ListingSpec, counts, listing};
use crate::views;

/// An interface text with text values.
fn t(key: render::messages::Key, args: &[(&str, &str)]) -> String {
    let args: Vec<(&str, render::messages::Value)> =
        args.iter().map(|(n, v)| (*n, (*v).into())).collect();
    text(key, &args)
}

fn lifetime(s: &Structure) -> String {
    match (
        s.opened.map(format_hist_date),
        s.closed.map(format_hist_date),
    ) {
        (Some(o), Some(c)) => t(
            key::STRUCTURE_LIFETIME_SPAN,
            &[("opened", &o), ("closed", &c)],
        ),
        (Some(o), None) => t(key::STRUCTURE_LIFETIME_SINCE, &[("opened", &o)]),
        (None, Some(c)) => t(key::STRUCTURE_LIFETIME_CLOSED, &[("closed", &c)]),
        (None, None) => String::new(),
    }
}

/// A structure's current name, marked when it is closed on `today`.
fn shown_name(s: &Structure, today: jiff::civil::Date) -> String {
    let name = &s.current_name().name;
    if s.is_closed_on(today) {
        t(key::STRUCTURE_CLOSED_NAME, &[("name", name)])
    } else {
        name.clone()
    }
}

fn entry(s: &Structure, today: jiff::civil::Date, count: Option<usize>) -> LinkEntry {
    LinkEntry {
        label: shown_name(s, today),
        href: structure_href(s.slug.as_str()),
        note: lifetime(s),
        count,
    }
}

/// The last day of a name that was replaced on `next` ("31 December 2002").
fn day_before(next: model::HistDate) -> String {
    match next.precision {
        model::date::Precision::Day => match next.first_day.yesterday() {
            Ok(d) => render::dates::format_date(d, "en"),
            Err(_) => format_hist_date(next),
        },
        _ => format_hist_date(next),
    }
}

/// A structure that does not exist.
fn not_found(slug: &str) -> WebError {
    WebError::NotFound(t(
        key::NO_SUCH_STRUCTURE,
        &[("slug", &slug.chars().take(60).collect::<String>())],
    ))
}

pub async fn structures_index(
    State(state): State<AppState>,
    here: Here,
) -> Result<Response, WebError> {
    let site = &state.site();
    let today = site.today(state.clock.now());
    let counts = counts(&state, Dimension::Source).await?;
    let count = |s: &Structure| Some(counts.get(s.slug.as_str()).copied().unwrap_or(0));
    let mut lists = Vec::new();
    let top: Vec<&Structure> = site
        .structures
        .iter()
        .filter(|s| s.ancestors.is_empty())
        .collect();
    let title = text(key::STRUCTURES_TITLE, &[]);
    lists.push(LinkList {
        heading: title.clone(),
        entries: top.iter().map(|s| entry(s, today, count(s))).collect(),
    });
    for s in top.iter().filter(|s| !s.children.is_empty()) {
        let (open, closed): (Vec<&Structure>, Vec<&Structure>) =
            site.children_of(s).partition(|c| !c.is_closed_on(today));
        let name = &s.current_name().name;
        lists.push(LinkList {
            heading: name.clone(),
            entries: open.iter().map(|c| entry(c, today, count(c))).collect(),
        });
        if !closed.is_empty() {
            lists.push(LinkList {
                heading: t(key::STRUCTURE_CLOSED_NAME, &[("name", name)]),
                entries: closed.iter().map(|c| entry(c, today, count(c))).collect(),
            });
        }
    }
    views::html(&IndexPage {
        layout: views::layout(&state, &here, &title, "structures-and-institutions"),
        heading: title,
        intro: views::site_text(site, key::STRUCTURES_INTRO),
        lists,
    })
}

/// `GET /structures/{slug}`: what the structure is, its parts, and its items.
pub async fn structure_page(
    State(state): State<AppState>,
    here: Here,
    Path(slug): Path<String>,
    Query(pairs): Query<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let site = &state.site();
    let s = site.structure(&slug).ok_or_else(|| not_found(&slug))?;
    let today = site.today(state.clock.now());
    let counts = counts(&state, Dimension::Source).await?;
    let mut lists = parts(site, s, today, &counts);
    if s.kind == StructureKind::Chairpersonship {
        lists.push(chairpersonships(site, today));
    }
    let heading = shown_name(s, today);
    let name = &s.current_name().name;
    let spec = ListingSpec {
        base: structure_href(&slug),
        title: heading.clone(),
        kicker: text(structure_kind_key(s.kind), &[]),
        heading,
        intro: Vec::new(),
        facts: facts(site, s),
        lists,
        fixed: vec![(Dimension::Source, slug.clone())],
        section: "structures-and-institutions",
        list_heading: t(key::STRUCTURE_ITEMS_HEADING, &[("name", name)]),
        search: None,
    };
    listing(&state, &here, spec, &pairs).await
}

/// A fact of a structure's page told in text.
fn text_fact(label: render::messages::Key, text_value: String) -> Fact {
    Fact {
        label: text(label, &[]),
        text: text_value,
        links: Vec::new(),
    }
}

/// A fact of a structure's page that is a link.
fn link_fact(label: render::messages::Key, link: Link) -> Fact {
    Fact {
        label: text(label, &[]),
        text: String::new(),
        links: vec![link],
    }
}

/// What a structure's page tells of it: its kind, parent, dates, country and former names.
fn facts(site: &SiteDefinition, s: &Structure) -> Vec<Fact> {
    let kind = text(structure_kind_key(s.kind), &[]);
    let mut facts = vec![text_fact(key::STRUCTURE_FACT_KIND, kind)];
    if let Some(parent) = site.parent_of(s) {
        facts.push(link_fact(
            key::STRUCTURE_FACT_PART_OF,
            Link {
                label: parent.current_name().name.clone(),
                href: structure_href(parent.slug.as_str()),
            },
        ));
    }
    if let Some(o) = s.opened {
        facts.push(text_fact(key::STRUCTURE_FACT_OPENED, format_hist_date(o)));
    }
    if let Some(c) = s.closed {
        facts.push(text_fact(key::STRUCTURE_FACT_CLOSED, format_hist_date(c)));
    }
    if let Some(c) = s.country.as_ref().and_then(|c| site.country(c.as_str())) {
        facts.push(link_fact(
            key::STRUCTURE_FACT_COUNTRY,
            Link {
                label: c.name.clone(),
                href: country_href(c.slug.as_str()),
            },
        ));
    }
    let former = former_names(s);
    if !former.is_empty() {
        facts.push(text_fact(
            key::STRUCTURE_FACT_FORMER_NAMES,
            former.join("; "),
        ));
    }
    facts
}

/// The names a structure had before its current one, the latest first, with their dates.
fn former_names(s: &Structure) -> Vec<String> {
    s.names
        .iter()
        .enumerate()
        .rev()
        .skip(1)
        .map(|(i, n)| {
            let from = n.from.or(s.opened).map(format_hist_date);
            let until = s
                .names
                .get(i + 1)
                .and_then(|next| next.from)
                .map(day_before);
            let name = ("name", n.name.as_str());
            match (from, until) {
                (Some(f), Some(u)) => t(
                    key::STRUCTURE_FORMER_NAME_SPAN,
                    &[name, ("from", &f), ("until", &u)],
                ),
                (None, Some(u)) => t(key::STRUCTURE_FORMER_NAME_UNTIL, &[name, ("until", &u)]),
                _ => n.name.clone(),
            }
        })
        .collect()
}

/// The lists of a structure's open and closed children, with their items' counts.
fn parts(
    site: &SiteDefinition,
    s: &Structure,
    today: jiff::civil::Date,
    counts: &std::collections::HashMap<String, usize>,
) -> Vec<LinkList> {
    let count = |c: &Structure| Some(counts.get(c.slug.as_str()).copied().unwrap_or(0));
    let (open, closed): (Vec<&Structure>, Vec<&Structure>) =
        site.children_of(s).partition(|c| !c.is_closed_on(today));
    [
        (key::STRUCTURE_PARTS, open),
        (key::STRUCTURE_CLOSED_PARTS, closed),
    ]
    .into_iter()
    .filter(|(_, children)| !children.is_empty())
    .map(|(heading, children)| LinkList {
        heading: text(heading, &[]),
        entries: children.iter().map(|c| entry(c, today, count(c))).collect(),
    })
    .collect()
}

/// The chairpersonships, the latest year first, the current and designated ones marked.
fn chairpersonships(site: &SiteDefinition, today: jiff::civil::Date) -> LinkList {
    let mut chairs: Vec<_> = site.chairpersonships.iter().collect();
    chairs.sort_by_key(|c| std::cmp::Reverse(c.year));
    LinkList {
        heading: text(key::STRUCTURE_CHAIRPERSONSHIPS, &[]),
        entries: chairs
            .into_iter()
            .filter_map(|ch| {
                let c = site.country(ch.country.as_str())?;
                let note = match ch.year.cmp(&today.year()) {
                    std::cmp::Ordering::Equal => text(key::STRUCTURE_CHAIRPERSONSHIP_CURRENT, &[]),
                    std::cmp::Ordering::Greater => {
                        text(key::STRUCTURE_CHAIRPERSONSHIP_DESIGNATED, &[])
                    }
                    std::cmp::Ordering::Less => String::new(),
                };
                let label = text(
                    key::STRUCTURE_CHAIRPERSONSHIP_ENTRY,
                    &[
                        ("year", ch.year.into()),
                        ("country", c.name.as_str().into()),
                    ],
                );
                Some(LinkEntry {
                    label,
                    href: country_href(c.slug.as_str()),
                    note,
                    count: None,
                })
            })
            .collect(),
    }
}

/// The heading of the list of a structure's closed children: the name the site's menus give
/// that list, or the structure's name marked as closed.
fn closed_heading(site: &SiteDefinition, s: &Structure) -> String {
    let menu_label = site
        .menus
        .iter()
        .flat_map(|section| &section.groups)
        .flat_map(|group| &group.entries)
        .find_map(|e| match e {
            MenuEntry::ClosedChildren { slug, label, .. } if *slug == s.slug => Some(label.clone()),
            _ => None,
        });
    menu_label.unwrap_or_else(|| {
        t(
            key::STRUCTURE_CLOSED_HEADING,
            &[("name", &s.current_name().name)],
        )
    })
}

/// `GET /structures/{slug}/closed`: the closed children of a structure, with their dates.
pub async fn closed_children(
    State(state): State<AppState>,
    here: Here,
    Path(slug): Path<String>,
) -> Result<Response, WebError> {
    let site = &state.site();
    let s = site.structure(&slug).ok_or_else(|| not_found(&slug))?;
    let today = site.today(state.clock.now());
    let counts = counts(&state, Dimension::Source).await?;
    let mut closed: Vec<&Structure> = site
        .children_of(s)
        .filter(|c| c.is_closed_on(today))
        .collect();
    closed.sort_by_key(|c| std::cmp::Reverse(c.closed));
    let entries = closed
        .iter()
        .map(|c| {
            let mut e = entry(
                c,
                today,
                Some(counts.get(c.slug.as_str()).copied().unwrap_or(0)),
            );
            let former: Vec<&str> = c.former_names().map(|n| n.name.as_str()).collect();
            if !former.is_empty() {
                let names = former.join(", ");
                e.note = t(
                    key::STRUCTURE_CLOSED_NOTE,
                    &[("lifetime", &e.note), ("names", &names)],
                );
            }
            e
        })
        .collect();
    let heading = closed_heading(site, s);
    let name = &s.current_name().name;
    views::html(&IndexPage {
        layout: views::layout(&state, &here, &heading, "structures-and-institutions"),
        heading,
        intro: t(key::STRUCTURE_CLOSED_INTRO, &[("name", name)]),
        lists: vec![LinkList {
            heading: text(
                key::STRUCTURE_CLOSED_COUNT,
                &[("count", closed.len().into())],
            ),
            entries,
        }],
    })
}
