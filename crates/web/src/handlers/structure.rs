//! Structures and institutions: the tree, a page per structure (its history and its items),
//! and the list of a structure's closed children ("Closed field activities").

use axum::extract::{Path, Query, State};
use axum::response::Response;
use model::Dimension;
use model::menu::{country_href, structure_href};
use model::site::{Structure, StructureKind};
use render::dates::format_hist_date;
use render::pages::{Fact, IndexPage, Link, LinkEntry, LinkList};

use crate::AppState;
use crate::error::WebError;
use crate::listing::{ListingSpec, counts, listing};
use crate::views;

fn lifetime(s: &Structure) -> String {
    match (s.opened, s.closed) {
        (Some(o), Some(c)) => format!("{} – {}", format_hist_date(o), format_hist_date(c)),
        (Some(o), None) => format!("since {}", format_hist_date(o)),
        (None, Some(c)) => format!("closed {}", format_hist_date(c)),
        (None, None) => String::new(),
    }
}

fn entry(s: &Structure, today: jiff::civil::Date, count: Option<usize>) -> LinkEntry {
    let mut label = s.current_name().name.clone();
    if s.is_closed_on(today) {
        label.push_str(" (closed)");
    }
    LinkEntry {
        label,
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

pub async fn structures_index(State(state): State<AppState>) -> Result<Response, WebError> {
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
    lists.push(LinkList {
        heading: "Structures and institutions".into(),
        entries: top.iter().map(|s| entry(s, today, count(s))).collect(),
    });
    for s in top.iter().filter(|s| !s.children.is_empty()) {
        let (open, closed): (Vec<&Structure>, Vec<&Structure>) =
            site.children_of(s).partition(|c| !c.is_closed_on(today));
        lists.push(LinkList {
            heading: s.current_name().name.clone(),
            entries: open.iter().map(|c| entry(c, today, count(c))).collect(),
        });
        if !closed.is_empty() {
            lists.push(LinkList {
                heading: format!("{} (closed)", s.current_name().name),
                entries: closed.iter().map(|c| entry(c, today, count(c))).collect(),
            });
        }
    }
    views::html(&IndexPage {
        layout: views::layout(&state, "Structures and institutions", "structures-and-institutions"),
        heading: "Structures and institutions".into(),
        intro: "The decision-making bodies, the Secretariat, the institutions and the field operations, with their history."
            .into(),
        lists,
    })
}

pub async fn structure_page(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Query(pairs): Query<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let site = &state.site();
    let s = site.structure(&slug).ok_or_else(|| {
        WebError::NotFound(format!(
            "There is no structure '{}'.",
            slug.chars().take(60).collect::<String>()
        ))
    })?;
    let now = state.clock.now();
    let today = site.today(now);
    let name = s.current_name().name.clone();
    let mut facts = vec![Fact {
        label: "Kind".into(),
        text: s.kind.label().into(),
        links: Vec::new(),
    }];
    if let Some(parent) = site.parent_of(s) {
        facts.push(Fact {
            label: "Part of".into(),
            text: String::new(),
            links: vec![Link {
                label: parent.current_name().name.clone(),
                href: structure_href(parent.slug.as_str()),
            }],
        });
    }
    if let Some(o) = s.opened {
        facts.push(Fact {
            label: "Opened".into(),
            text: format_hist_date(o),
            links: Vec::new(),
        });
    }
    if let Some(c) = s.closed {
        facts.push(Fact {
            label: "Closed".into(),
            text: format_hist_date(c),
            links: Vec::new(),
        });
    }
    if let Some(c) = s.country.as_ref().and_then(|c| site.country(c.as_str())) {
        facts.push(Fact {
            label: "Country".into(),
            text: String::new(),
            links: vec![Link {
                label: c.name.clone(),
                href: country_href(c.slug.as_str()),
            }],
        });
    }
    let former: Vec<String> = s
        .names
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
            match (from, until) {
                (Some(f), Some(u)) => format!("{} ({f} – {u})", n.name),
                (None, Some(u)) => format!("{} (until {u})", n.name),
                _ => n.name.clone(),
            }
        })
        .collect();
    if !former.is_empty() {
        facts.push(Fact {
            label: "Former names".into(),
            text: former.join("; "),
            links: Vec::new(),
        });
    }

    let counts = counts(&state, Dimension::Source).await?;
    let count = |c: &Structure| Some(counts.get(c.slug.as_str()).copied().unwrap_or(0));
    let mut lists = Vec::new();
    let (open, closed): (Vec<&Structure>, Vec<&Structure>) =
        site.children_of(s).partition(|c| !c.is_closed_on(today));
    if !open.is_empty() {
        lists.push(LinkList {
            heading: "Parts".into(),
            entries: open.iter().map(|c| entry(c, today, count(c))).collect(),
        });
    }
    if !closed.is_empty() {
        lists.push(LinkList {
            heading: "Closed".into(),
            entries: closed.iter().map(|c| entry(c, today, count(c))).collect(),
        });
    }
    if s.kind == StructureKind::Chairpersonship {
        let mut chairs: Vec<_> = site.chairpersonships.iter().collect();
        chairs.sort_by_key(|c| std::cmp::Reverse(c.year));
        lists.push(LinkList {
            heading: "Chairpersonships by year".into(),
            entries: chairs
                .into_iter()
                .filter_map(|ch| {
                    let c = site.country(ch.country.as_str())?;
                    let note = if ch.year == today.year() {
                        "current".to_owned()
                    } else if ch.year > today.year() {
                        "designated".to_owned()
                    } else {
                        String::new()
                    };
                    Some(LinkEntry {
                        label: format!("{} – {}", ch.year, c.name),
                        href: country_href(c.slug.as_str()),
                        note,
                        count: None,
                    })
                })
                .collect(),
        });
    }
    let mut heading = name.clone();
    if s.is_closed_on(today) {
        heading.push_str(" (closed)");
    }
    let spec = ListingSpec {
        base: structure_href(&slug),
        title: heading.clone(),
        kicker: s.kind.label().into(),
        heading,
        intro: Vec::new(),
        facts,
        lists,
        fixed: vec![(Dimension::Source, slug.clone())],
        section: "structures-and-institutions",
        list_heading: format!("Items from the {name}"),
        search: None,
    };
    listing(&state, spec, &pairs).await
}

/// `GET /structures/{slug}/closed`: the closed children of a structure, with their dates.
pub async fn closed_children(
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<Response, WebError> {
    let site = &state.site();
    let s = site.structure(&slug).ok_or_else(|| {
        WebError::NotFound(format!(
            "There is no structure '{}'.",
            slug.chars().take(60).collect::<String>()
        ))
    })?;
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
                e.note = format!("{}; formerly {}", e.note, former.join(", "));
            }
            e
        })
        .collect();
    let heading = if s.slug.as_str() == "field-operations" {
        "Closed field activities".to_owned()
    } else {
        format!("{}: closed", s.current_name().name)
    };
    views::html(&IndexPage {
        layout: views::layout(&state, &heading, "structures-and-institutions"),
        heading,
        intro: format!(
            "Closed parts of the {}, most recently closed first, with the dates they opened and closed.",
            s.current_name().name
        ),
        lists: vec![LinkList {
            heading: format!("Closed ({})", closed.len()),
            entries,
        }],
    })
}
