//! Structures and institutions: the tree, a page per structure (its history and its items),
//! and the list of a structure's closed children ("Closed field activities").

use axum::extract::{Path, Query, State};
use axum::response::Response;
use model::Dimension;
use model::menu::{country_href, structure_href};
use model::site::{Introduced, MenuEntry, SiteDefinition, Structure, StructureKind};
use render::dates::format_hist_date;
use render::messages::{key, structure_kind_key};
use render::pages::{Fact, IndexPage, Link, LinkEntry, LinkList, Ui};

use crate::AppState;
use crate::error::WebError;
use crate::introductions;
use crate::language::Here;
use crate::listing::{ListingSpec, counts, listing};
use crate::views;

/// An interface text with text values.
fn t(ui: &Ui, key: render::messages::Key, args: &[(&str, &str)]) -> String {
    let args: Vec<(&str, render::messages::Value)> =
        args.iter().map(|(n, v)| (*n, (*v).into())).collect();
    ui.text(key, &args)
}

/// A date of the organization's history in the page's language.
fn hist(ui: &Ui, d: model::HistDate) -> String {
    format_hist_date(d, ui.locale())
}

fn lifetime(ui: &Ui, s: &Structure) -> String {
    match (s.opened.map(|d| hist(ui, d)), s.closed.map(|d| hist(ui, d))) {
        (Some(o), Some(c)) => t(
            ui,
            key::STRUCTURE_LIFETIME_SPAN,
            &[("opened", &o), ("closed", &c)],
        ),
        (Some(o), None) => t(ui, key::STRUCTURE_LIFETIME_SINCE, &[("opened", &o)]),
        (None, Some(c)) => t(ui, key::STRUCTURE_LIFETIME_CLOSED, &[("closed", &c)]),
        (None, None) => String::new(),
    }
}

/// A structure's current name in the page's language (and the language of the name when the
/// site gives none in it), marked when it is closed on `today`.
fn shown_name(
    site: &SiteDefinition,
    ui: &Ui,
    s: &Structure,
    today: jiff::civil::Date,
) -> (String, Option<String>) {
    crate::views::value_label(site, ui, Dimension::Source, s.slug.as_str(), today)
}

/// A structure's current name in the page's language, without the closed mark.
fn name_in<'a>(site: &'a SiteDefinition, ui: &'a Ui, s: &'a Structure) -> &'a str {
    site.structure_name_in(s, ui.lang()).0
}

fn entry(
    site: &SiteDefinition,
    ui: &Ui,
    s: &Structure,
    today: jiff::civil::Date,
    count: Option<usize>,
) -> LinkEntry {
    let (label, lang) = shown_name(site, ui, s, today);
    LinkEntry {
        label,
        href: structure_href(s.slug.as_str()),
        note: lifetime(ui, s),
        count,
        lang,
    }
}

/// The last day of a name that was replaced on `next` ("31 December 2002").
fn day_before(ui: &Ui, next: model::HistDate) -> String {
    match next.precision {
        model::date::Precision::Day => match next.first_day.yesterday() {
            Ok(d) => ui.date(d),
            Err(_) => hist(ui, next),
        },
        _ => hist(ui, next),
    }
}

/// A structure that does not exist.
fn not_found(ui: &Ui, slug: &str) -> WebError {
    WebError::NotFound(t(
        ui,
        key::NO_SUCH_STRUCTURE,
        &[("slug", &slug.chars().take(60).collect::<String>())],
    ))
}

pub async fn structures_index(
    State(state): State<AppState>,
    here: Here,
) -> Result<Response, WebError> {
    let site = &state.site();
    let ui = &here.ui;
    let today = site.today(state.clock.now());
    let counts = counts(&state, &here, Dimension::Source).await?;
    let count = |s: &Structure| Some(counts.get(s.slug.as_str()).copied().unwrap_or(0));
    let mut lists = Vec::new();
    let top: Vec<&Structure> = site
        .structures
        .iter()
        .filter(|s| s.ancestors.is_empty())
        .collect();
    let title = ui.text(key::STRUCTURES_TITLE, &[]);
    lists.push(LinkList {
        heading: title.clone(),
        entries: top
            .iter()
            .map(|s| entry(site, ui, s, today, count(s)))
            .collect(),
    });
    for s in top.iter().filter(|s| !s.children.is_empty()) {
        let (open, closed): (Vec<&Structure>, Vec<&Structure>) =
            site.children_of(s).partition(|c| !c.is_closed_on(today));
        let name = name_in(site, ui, s);
        lists.push(LinkList {
            heading: name.to_owned(),
            entries: open
                .iter()
                .map(|c| entry(site, ui, c, today, count(c)))
                .collect(),
        });
        if !closed.is_empty() {
            lists.push(LinkList {
                heading: t(ui, key::STRUCTURE_CLOSED_NAME, &[("name", name)]),
                entries: closed
                    .iter()
                    .map(|c| entry(site, ui, c, today, count(c)))
                    .collect(),
            });
        }
    }
    views::html(&IndexPage {
        layout: views::layout(&state, &here, &title, "structures-and-institutions"),
        heading: title,
        intro: views::site_text(site, ui, key::STRUCTURES_INTRO),
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
    let ui = &here.ui;
    let s = site.structure(&slug).ok_or_else(|| not_found(ui, &slug))?;
    let today = site.today(state.clock.now());
    let counts = counts(&state, &here, Dimension::Source).await?;
    let mut lists = parts(site, ui, s, today, &counts);
    if s.kind == StructureKind::Chairpersonship {
        lists.push(chairpersonships(site, ui, today));
    }
    let (heading, heading_lang) = shown_name(site, ui, s, today);
    let name = name_in(site, ui, s);
    let spec = ListingSpec {
        base: structure_href(&slug),
        title: heading.clone(),
        kicker: ui.text(structure_kind_key(s.kind), &[]),
        heading,
        heading_lang,
        intro: Vec::new(),
        introduction: introductions::introduction(site, ui, Introduced::Structure, &slug),
        facts: facts(site, ui, s),
        lists,
        fixed: vec![(Dimension::Source, slug.clone())],
        section: "structures-and-institutions",
        list_heading: t(ui, key::STRUCTURE_ITEMS_HEADING, &[("name", name)]),
        search: None,
    };
    listing(&state, &here, spec, &pairs).await
}

/// A fact of a structure's page told in text.
fn text_fact(ui: &Ui, label: render::messages::Key, text_value: String) -> Fact {
    Fact {
        label: ui.text(label, &[]),
        text: text_value,
        links: Vec::new(),
    }
}

/// A fact of a structure's page that is a link.
fn link_fact(ui: &Ui, label: render::messages::Key, link: Link) -> Fact {
    Fact {
        label: ui.text(label, &[]),
        text: String::new(),
        links: vec![link],
    }
}

/// What a structure's page tells of it: its kind, parent, dates, country and former names.
fn facts(site: &SiteDefinition, ui: &Ui, s: &Structure) -> Vec<Fact> {
    let kind = ui.text(structure_kind_key(s.kind), &[]);
    let mut facts = vec![text_fact(ui, key::STRUCTURE_FACT_KIND, kind)];
    if let Some(parent) = site.parent_of(s) {
        let (label, lang) = site.structure_name_in(parent, ui.lang());
        facts.push(link_fact(
            ui,
            key::STRUCTURE_FACT_PART_OF,
            Link {
                label: label.to_owned(),
                href: structure_href(parent.slug.as_str()),
                lang: (lang != ui.lang()).then(|| lang.to_owned()),
            },
        ));
    }
    if let Some(o) = s.opened {
        facts.push(text_fact(ui, key::STRUCTURE_FACT_OPENED, hist(ui, o)));
    }
    if let Some(c) = s.closed {
        facts.push(text_fact(ui, key::STRUCTURE_FACT_CLOSED, hist(ui, c)));
    }
    if let Some(c) = s.country.as_ref().and_then(|c| site.country(c.as_str())) {
        let (label, lang) = site
            .value_name_in(Dimension::Country, c.slug.as_str(), ui.lang())
            .unwrap_or((c.name.as_str(), ui.lang()));
        facts.push(link_fact(
            ui,
            key::STRUCTURE_FACT_COUNTRY,
            Link {
                label: label.to_owned(),
                href: country_href(c.slug.as_str()),
                lang: (lang != ui.lang()).then(|| lang.to_owned()),
            },
        ));
    }
    let former = former_names(ui, s);
    if !former.is_empty() {
        facts.push(text_fact(
            ui,
            key::STRUCTURE_FACT_FORMER_NAMES,
            former.join("; "),
        ));
    }
    facts
}

/// The names a structure had before its current one, the latest first, with their dates.
/// A former name is shown in its translation where the site gives one.
fn former_names(ui: &Ui, s: &Structure) -> Vec<String> {
    s.names
        .iter()
        .enumerate()
        .rev()
        .skip(1)
        .map(|(i, n)| {
            let from = n.from.or(s.opened).map(|d| hist(ui, d));
            let until = s
                .names
                .get(i + 1)
                .and_then(|next| next.from)
                .map(|d| day_before(ui, d));
            let shown = n.translation(ui.lang()).unwrap_or(&n.name);
            let name = ("name", shown);
            match (from, until) {
                (Some(f), Some(u)) => t(
                    ui,
                    key::STRUCTURE_FORMER_NAME_SPAN,
                    &[name, ("from", &f), ("until", &u)],
                ),
                (None, Some(u)) => t(ui, key::STRUCTURE_FORMER_NAME_UNTIL, &[name, ("until", &u)]),
                _ => shown.to_owned(),
            }
        })
        .collect()
}

/// The lists of a structure's open and closed children, with their items' counts.
fn parts(
    site: &SiteDefinition,
    ui: &Ui,
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
        heading: ui.text(heading, &[]),
        entries: children
            .iter()
            .map(|c| entry(site, ui, c, today, count(c)))
            .collect(),
    })
    .collect()
}

/// The chairpersonships, the latest year first, the current and designated ones marked.
fn chairpersonships(site: &SiteDefinition, ui: &Ui, today: jiff::civil::Date) -> LinkList {
    let mut chairs: Vec<_> = site.chairpersonships.iter().collect();
    chairs.sort_by_key(|c| std::cmp::Reverse(c.year));
    LinkList {
        heading: ui.text(key::STRUCTURE_CHAIRPERSONSHIPS, &[]),
        entries: chairs
            .into_iter()
            .filter_map(|ch| {
                let c = site.country(ch.country.as_str())?;
                let note = match ch.year.cmp(&today.year()) {
                    std::cmp::Ordering::Equal => {
                        ui.text(key::STRUCTURE_CHAIRPERSONSHIP_CURRENT, &[])
                    }
                    std::cmp::Ordering::Greater => {
                        ui.text(key::STRUCTURE_CHAIRPERSONSHIP_DESIGNATED, &[])
                    }
                    std::cmp::Ordering::Less => String::new(),
                };
                let (country, lang) = site
                    .value_name_in(Dimension::Country, c.slug.as_str(), ui.lang())
                    .unwrap_or((c.name.as_str(), ui.lang()));
                let label = ui.text(
                    key::STRUCTURE_CHAIRPERSONSHIP_ENTRY,
                    &[
                        ("year", ch.year.to_string().into()),
                        ("country", country.into()),
                    ],
                );
                Some(LinkEntry {
                    label,
                    href: country_href(c.slug.as_str()),
                    note,
                    count: None,
                    lang: (lang != ui.lang()).then(|| lang.to_owned()),
                })
            })
            .collect(),
    }
}

/// The heading of the list of a structure's closed children: the name the site's menus give
/// that list (in the page's language where they give one), or the structure's name marked
/// as closed.
fn closed_heading(site: &SiteDefinition, ui: &Ui, s: &Structure) -> String {
    let menu_label = site
        .menus
        .iter()
        .flat_map(|section| &section.groups)
        .flat_map(|group| &group.entries)
        .find_map(|e| match e {
            MenuEntry::ClosedChildren {
                slug,
                label,
                labels,
                ..
            } if *slug == s.slug => Some(labels.get(ui.lang()).unwrap_or(label).clone()),
            _ => None,
        });
    menu_label.unwrap_or_else(|| {
        t(
            ui,
            key::STRUCTURE_CLOSED_HEADING,
            &[("name", name_in(site, ui, s))],
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
    let ui = &here.ui;
    let s = site.structure(&slug).ok_or_else(|| not_found(ui, &slug))?;
    let today = site.today(state.clock.now());
    let counts = counts(&state, &here, Dimension::Source).await?;
    let mut closed: Vec<&Structure> = site
        .children_of(s)
        .filter(|c| c.is_closed_on(today))
        .collect();
    closed.sort_by_key(|c| std::cmp::Reverse(c.closed));
    let entries = closed
        .iter()
        .map(|c| {
            let mut e = entry(
                site,
                ui,
                c,
                today,
                Some(counts.get(c.slug.as_str()).copied().unwrap_or(0)),
            );
            let former: Vec<&str> = c
                .former_names()
                .map(|n| n.translation(ui.lang()).unwrap_or(&n.name))
                .collect();
            if !former.is_empty() {
                let names = render::dates::format_list(&former, ui.locale());
                e.note = t(
                    ui,
                    key::STRUCTURE_CLOSED_NOTE,
                    &[("lifetime", &e.note), ("names", &names)],
                );
            }
            e
        })
        .collect();
    let heading = closed_heading(site, ui, s);
    let name = name_in(site, ui, s);
    views::html(&IndexPage {
        layout: views::layout(&state, &here, &heading, "structures-and-institutions"),
        heading,
        intro: t(ui, key::STRUCTURE_CLOSED_INTRO, &[("name", name)]),
        lists: vec![LinkList {
            heading: ui.text(
                key::STRUCTURE_CLOSED_COUNT,
                &[("count", closed.len().into())],
            ),
            entries,
        }],
    })
}
