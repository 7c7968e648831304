//! The organization for administrators: fields of work and meeting series added, structures
//! opened, renamed, closed and reopened, the chair of a year set, and the ways to the
//! introductions of structures, fields of work and countries. Each form becomes one
//! `SiteChange`, checked by the model against the definition in effect, stored in its
//! history and applied at once in this process (other processes follow through the outbox).

use std::collections::{BTreeMap, HashMap};

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use jiff::civil::Date;
use model::site::{Introduced, SiteDefinition, Structure, StructureKind};
use model::site_change::{SiteChange, TermTaxonomy};
use model::{HistDate, Slug};
use render::admin::{
    ChairForm, ChairRow, Choice, OpenStructureForm, SiteChangeRow, SitePage, StructureNameRow,
    StructurePage, StructureRow, TermForm, TermRow, Translations,
};
use render::messages::{Key, structure_kind_key, workspace_key as wk};
use render::pages::Ui;

use crate::AppState;
use crate::auth::SignedIn;
use crate::error::WebError;
use crate::workspace::{Admin, AdminForm, layout, private_page, problem, record_site_change};

/// A form's fields by name (the translations are `name_<language>`).
type Fields = HashMap<String, String>;

/// The 404 of a structure the site has not (`slug` as it is to be quoted).
fn no_such_structure(ui: &Ui, slug: &str) -> WebError {
    WebError::NotFound(ui.text(wk::SITE_NO_SUCH_STRUCTURE, &[("slug", slug.into())]))
}

/// A value typed in a form, as quoted back in a message (at most 40 characters).
fn shown(value: &str) -> String {
    value.chars().take(40).collect()
}

fn field<'a>(form: &'a Fields, name: &str) -> &'a str {
    form.get(name).map_or("", |v| v.trim())
}

/// The `name_<code>` fields of a form, for every language but the default.
fn translations_of(site: &SiteDefinition, form: &Fields) -> BTreeMap<String, String> {
    other_languages(site)
        .filter_map(|(code, _)| {
            let v = field(form, &format!("name_{code}"));
            (!v.is_empty()).then(|| (code.to_owned(), v.to_owned()))
        })
        .collect()
}

fn other_languages(site: &SiteDefinition) -> impl Iterator<Item = (&str, &str)> {
    let default = site.organization.default_language.as_str();
    site.organization
        .languages
        .iter()
        .filter(move |l| l.code.as_str() != default)
        .map(|l| (l.code.as_str(), l.name.as_str()))
}

fn translation_inputs(site: &SiteDefinition, values: &BTreeMap<String, String>) -> Translations {
    other_languages(site)
        .map(|(code, name)| {
            (
                code.to_owned(),
                name.to_owned(),
                values.get(code).cloned().unwrap_or_default(),
            )
        })
        .collect()
}

fn join_translations(values: &BTreeMap<String, String>) -> String {
    values
        .iter()
        .map(|(l, n)| format!("{l}: {n}"))
        .collect::<Vec<_>>()
        .join("; ")
}

/// A date of a form, or the problem with it.
fn date_field(
    ui: &Ui,
    form: &Fields,
    name: &str,
    label: Key,
    problems: &mut Vec<String>,
) -> Option<HistDate> {
    let v = field(form, name);
    if v.is_empty() {
        problems.push(ui.text(
            wk::SITE_DATE_NEEDED,
            &[("field", ui.text(label, &[]).into())],
        ));
        return None;
    }
    HistDate::parse(v)
        .map_err(|e| problems.push(problem(ui, label, e)))
        .ok()
}

/// The slug a form gives, or one made from the name.
fn slug_field(ui: &Ui, form: &Fields, problems: &mut Vec<String>) -> Option<Slug> {
    let given = field(form, "slug");
    if given.is_empty() {
        let name = field(form, "name");
        if name.is_empty() {
            problems.push(ui.text(wk::SITE_NAME_EMPTY, &[]));
            return None;
        }
        let made = Slug::slugify(name);
        if made.as_str() == "item" && !name.eq_ignore_ascii_case("item") {
            problems.push(ui.text(wk::SITE_NO_ADDRESS_NAME, &[]));
            return None;
        }
        return Some(made);
    }
    Slug::parse(given)
        .map_err(|e| problems.push(problem(ui, wk::SITE_FIELD_ADDRESS_NAME, e)))
        .ok()
}

/// What a change of the organization did, in the workspace's language.
fn change_text(ui: &Ui, change: &SiteChange) -> String {
    let (key, args): (Key, Vec<(&str, String)>) = match change {
        SiteChange::AddTerm {
            taxonomy,
            slug,
            name,
            ..
        } => (
            match taxonomy {
                TermTaxonomy::FieldOfWork => wk::CHANGE_ADD_FIELD,
                TermTaxonomy::Meeting => wk::CHANGE_ADD_MEETING,
            },
            vec![("name", name.clone()), ("slug", slug.to_string())],
        ),
        SiteChange::OpenStructure {
            slug, name, opened, ..
        } => (
            wk::CHANGE_OPEN,
            vec![
                ("name", name.clone()),
                ("slug", slug.to_string()),
                ("date", opened.to_string()),
            ],
        ),
        SiteChange::RenameStructure {
            slug, from, name, ..
        } => (
            wk::CHANGE_RENAME,
            vec![
                ("name", name.clone()),
                ("slug", slug.to_string()),
                ("date", from.to_string()),
            ],
        ),
        SiteChange::CloseStructure { slug, closed } => (
            wk::CHANGE_CLOSE,
            vec![("slug", slug.to_string()), ("date", closed.to_string())],
        ),
        SiteChange::ReopenStructure { slug } => {
            (wk::CHANGE_REOPEN, vec![("slug", slug.to_string())])
        }
        SiteChange::SetChairpersonship { year, country } => (
            wk::CHANGE_CHAIR,
            vec![("year", year.to_string()), ("country", country.to_string())],
        ),
        SiteChange::SetIntroduction { slug, language, .. } => (
            wk::CHANGE_SET_INTRO,
            vec![
                ("slug", slug.to_string()),
                ("language", language.to_string()),
            ],
        ),
        SiteChange::ClearIntroduction { slug, language, .. } => (
            wk::CHANGE_CLEAR_INTRO,
            vec![
                ("slug", slug.to_string()),
                ("language", language.to_string()),
            ],
        ),
    };
    let args: Vec<(&str, render::messages::Value<'_>)> =
        args.into_iter().map(|(n, v)| (n, v.into())).collect();
    ui.text(key, &args)
}

fn history_rows(
    state: &AppState,
    ui: &Ui,
    stored: &[store::StoredSiteChange],
    only: Option<&str>,
) -> Vec<SiteChangeRow> {
    let skipped = state.site_in_effect().skipped.clone();
    stored
        .iter()
        .rev()
        .filter(|c| {
            only.is_none_or(|slug| {
                c.change
                    .as_ref()
                    .is_ok_and(|ch| ch.concerns_structure(slug))
            })
        })
        .map(|c| SiteChangeRow {
            seq: c.seq,
            when: c.made_at.strftime("%Y-%m-%d %H:%M UTC").to_string(),
            when_iso: c.made_at.to_string(),
            author: c.author.clone(),
            what: c.change.as_ref().map_or_else(
                |_| ui.text(wk::SITE_UNREADABLE_CHANGE, &[]),
                |change| change_text(ui, change),
            ),
            skipped: skipped
                .iter()
                .find(|s| s.seq == c.seq)
                .map(|s| s.reason.clone())
                .unwrap_or_default(),
        })
        .collect()
}

/// Structures depth first under their parents, oldest siblings first as the files list them.
fn structure_rows(ui: &Ui, site: &SiteDefinition) -> Vec<StructureRow> {
    fn walk(ui: &Ui, site: &SiteDefinition, idx: usize, depth: usize, out: &mut Vec<StructureRow>) {
        let s = &site.structures[idx];
        out.push(StructureRow {
            slug: s.slug.to_string(),
            name: s.current_name().name.clone(),
            kind: ui.text(structure_kind_key(s.kind), &[]),
            depth: depth.min(3),
            opened: s.opened.map(|d| d.to_string()).unwrap_or_default(),
            closed: s.closed.map(|d| d.to_string()).unwrap_or_default(),
            former_names: s
                .former_names()
                .map(|n| n.name.as_str())
                .collect::<Vec<_>>()
                .join("; "),
        });
        for &c in &s.children {
            walk(ui, site, c, depth + 1, out);
        }
    }
    let mut out = Vec::with_capacity(site.structures.len());
    for (i, s) in site.structures.iter().enumerate() {
        if s.ancestors.is_empty() {
            walk(ui, site, i, 0, &mut out);
        }
    }
    out
}

fn choices<'a>(options: impl Iterator<Item = (&'a str, String)>, chosen: &str) -> Vec<Choice> {
    options
        .map(|(v, l)| (v.to_owned(), l, v == chosen))
        .collect()
}

/// The values a refused form had, to show it again.
#[derive(Default)]
struct Refused<'a> {
    form: &'a str,
    fields: Option<&'a Fields>,
    problems: Vec<String>,
}

impl Refused<'_> {
    /// What was typed in `form`, if it is the refused one.
    fn values_of<'f>(&'f self, form: &str, empty: &'f Fields) -> &'f Fields {
        if self.form == form {
            self.fields.unwrap_or(empty)
        } else {
            empty
        }
    }
}

/// The organization page: its taxonomies, structures and chairs, each with its form (the
/// refused one with what was typed and its problems), and the history of changes.
async fn site_page(
    state: &AppState,
    s: &SignedIn,
    refused: Refused<'_>,
    status: StatusCode,
) -> Result<Response, WebError> {
    let site = state.site();
    let stored = state.store.site_changes().await?;
    let empty = Fields::new();
    let today = site.today(state.clock.now());
    let ui = s.ui();
    let page = SitePage {
        admin: layout(state, &ui.text(wk::SITE_TITLE, &[]), s),
        csrf: s.csrf.clone(),
        problem_form: refused.form.to_owned(),
        fields: term_rows(&site, &site.fields, "fields-of-work"),
        meetings: term_rows(&site, &site.meetings, "meetings"),
        field_form: term_form(&site, refused.values_of("field-of-work", &empty)),
        meeting_form: term_form(&site, refused.values_of("meeting", &empty)),
        structures: structure_rows(ui, &site),
        open_form: open_structure_form(ui, &site, today, refused.values_of("structure", &empty)),
        chairs: chair_rows(&site, today),
        chair_form: chair_form(&site, today, refused.values_of("chair", &empty)),
        countries: crate::introduction_form::country_rows(&site),
        history: history_rows(state, ui, &stored, None),
        problems: refused.problems,
    };
    private_page(status, &page)
}

/// The terms of a taxonomy, linked to their public pages under `/{base}` (and a field of
/// work to its introduction).
fn term_rows(site: &SiteDefinition, terms: &[model::site::Term], base: &str) -> Vec<TermRow> {
    let introduced = Introduced::from_segment(base);
    terms
        .iter()
        .map(|t| {
            let (intro_href, intro_languages) =
                crate::introduction_form::links(site, introduced, &t.slug);
            TermRow {
                slug: t.slug.to_string(),
                name: t.name.clone(),
                names: join_translations(&t.names),
                href: format!("/{base}/{}", t.slug),
                intro_href,
                intro_languages,
            }
        })
        .collect()
}

/// The form that adds a term, with the values `f` had.
fn term_form(site: &SiteDefinition, f: &Fields) -> TermForm {
    TermForm {
        name: field(f, "name").to_owned(),
        slug: field(f, "slug").to_owned(),
        names: translation_inputs(site, &translations_of(site, f)),
    }
}

/// The countries that still exist, as choices, `chosen` chosen.
fn country_choices(site: &SiteDefinition, chosen: &str) -> Vec<Choice> {
    choices(
        site.countries
            .iter()
            .filter(|c| c.dissolved.is_none())
            .map(|c| (c.slug.as_str(), c.name.clone())),
        chosen,
    )
}

/// The form that opens a structure, with the values `open` had (a field operation under no
/// parent by default).
fn open_structure_form(
    ui: &Ui,
    site: &SiteDefinition,
    today: Date,
    open: &Fields,
) -> OpenStructureForm {
    OpenStructureForm {
        name: field(open, "name").to_owned(),
        slug: field(open, "slug").to_owned(),
        source: field(open, "source").to_owned(),
        opened: field(open, "opened").to_owned(),
        kinds: choices(
            StructureKind::ALL
                .iter()
                .map(|k| (k.code(), ui.text(structure_kind_key(*k), &[]))),
            match field(open, "kind") {
                "" => StructureKind::FieldOperation.code(),
                k => k,
            },
        ),
        parents: choices(
            site.structures
                .iter()
                .filter(|st| st.is_open_on(today))
                .map(|st| (st.slug.as_str(), st.current_name().name.clone())),
            field(open, "parent"),
        ),
        countries: country_choices(site, field(open, "country")),
        translations: translation_inputs(site, &translations_of(site, open)),
    }
}

/// The chairs of the years, latest first, this year's marked.
fn chair_rows(site: &SiteDefinition, today: Date) -> Vec<ChairRow> {
    site.chairpersonships
        .iter()
        .rev()
        .map(|ch| ChairRow {
            year: ch.year,
            country: site
                .country(ch.country.as_str())
                .map_or_else(|| ch.country.to_string(), |c| c.name.clone()),
            current: i32::from(ch.year) == i32::from(today.year()),
        })
        .collect()
}

/// The form that sets a year's chair, with the values `chair` had (next year by default).
fn chair_form(site: &SiteDefinition, today: Date, chair: &Fields) -> ChairForm {
    ChairForm {
        year: match field(chair, "year") {
            "" => (today.year() + 1).to_string(),
            y => y.to_owned(),
        },
        countries: country_choices(site, field(chair, "country")),
    }
}

/// `GET /admin/site`.
pub async fn overview(
    State(state): State<AppState>,
    Admin(s): Admin,
) -> Result<Response, WebError> {
    site_page(&state, &s, Refused::default(), StatusCode::OK).await
}

/// A structure's page: what it is, its names and parts, the forms that rename and close it
/// (with the values `fields` had, if one was refused, and its problems), and its history.
async fn structure_page(
    state: &AppState,
    s: &SignedIn,
    (slug, language): (&str, Option<&str>),
    fields: Option<&Fields>,
    problems: Vec<String>,
    status: StatusCode,
) -> Result<Response, WebError> {
    let site = state.site();
    let ui = s.ui();
    let st = site
        .structure(slug)
        .ok_or_else(|| no_such_structure(ui, &model::text::shown(slug)))?;
    let today = site.today(state.clock.now());
    let stored = state.store.site_changes().await?;
    let empty = Fields::new();
    let f = fields.unwrap_or(&empty);
    let page = StructurePage {
        admin: layout(state, &st.current_name().name, s),
        csrf: s.csrf.clone(),
        problems,
        slug: st.slug.to_string(),
        name: st.current_name().name.clone(),
        kind: ui.text(structure_kind_key(st.kind), &[]),
        parent: site
            .parent_of(st)
            .map(|p| (p.slug.to_string(), p.current_name().name.clone())),
        country: st
            .country
            .as_ref()
            .and_then(|c| site.country(c.as_str()))
            .map(|c| c.name.clone())
            .unwrap_or_default(),
        opened: st.opened.map(|d| d.to_string()).unwrap_or_default(),
        closed: st.closed.map(|d| d.to_string()).unwrap_or_default(),
        public_href: format!("/structures/{}", st.slug),
        names: name_rows(st),
        parts: part_rows(&site, st, today),
        rename_name: field(f, "name").to_owned(),
        rename_from: field(f, "from").to_owned(),
        rename_source: field(f, "source").to_owned(),
        rename_translations: translation_inputs(&site, &translations_of(&site, f)),
        close_on: match field(f, "closed") {
            "" => today.to_string(),
            v => v.to_owned(),
        },
        intro: crate::introduction_form::form(
            &site,
            Introduced::Structure,
            &st.slug,
            language
                .filter(|l| site.language(l).is_some())
                .unwrap_or(site.organization.default_language.as_str()),
            None,
        ),
        history: history_rows(state, ui, &stored, Some(st.slug.as_str())),
    };
    private_page(status, &page)
}

/// A structure's parts, the closed ones marked.
fn part_rows(site: &SiteDefinition, st: &Structure, today: Date) -> Vec<(String, String, bool)> {
    site.children_of(st)
        .map(|c| {
            (
                c.slug.to_string(),
                c.current_name().name.clone(),
                c.is_closed_on(today),
            )
        })
        .collect()
}

/// A structure's names, each with the day it took effect, its source and translations.
fn name_rows(st: &Structure) -> Vec<StructureNameRow> {
    st.names
        .iter()
        .map(|n| StructureNameRow {
            name: n.name.clone(),
            from: n
                .from
                .or(st.opened)
                .map(|d| d.to_string())
                .unwrap_or_default(),
            source: n.source.clone().unwrap_or_default(),
            translations: join_translations(&n.translations),
        })
        .collect()
}

/// `GET /admin/site/structures/{slug}` (`?language=…`: the language of its introduction's
/// form).
pub async fn structure(
    State(state): State<AppState>,
    Admin(s): Admin,
    Path(slug): Path<String>,
    Query(query): Query<HashMap<String, String>>,
) -> Result<Response, WebError> {
    let language = query.get("language").map(String::as_str);
    structure_page(
        &state,
        &s,
        (&slug, language),
        None,
        Vec::new(),
        StatusCode::OK,
    )
    .await
}

/// `POST /admin/site/terms`: adds a field of work or a meeting series.
pub async fn add_term(
    State(state): State<AppState>,
    AdminForm(Admin(s), form): AdminForm<Fields>,
) -> Result<Response, WebError> {
    let (taxonomy, form_name, anchor) = match field(&form, "taxonomy") {
        "field-of-work" => (TermTaxonomy::FieldOfWork, "field-of-work", "fields"),
        "meeting" => (TermTaxonomy::Meeting, "meeting", "meetings"),
        other => {
            return Err(WebError::BadRequest(
                s.ui()
                    .text(wk::SITE_BAD_TAXONOMY, &[("value", shown(other).into())]),
            ));
        }
    };
    let site = state.site();
    let mut problems = Vec::new();
    let slug = slug_field(s.ui(), &form, &mut problems);
    let change = slug.map(|slug| SiteChange::AddTerm {
        taxonomy,
        slug,
        name: field(&form, "name").to_owned(),
        names: translations_of(&site, &form),
    });
    finish(
        &state,
        &s,
        change,
        problems,
        &format!("/admin/site#{anchor}"),
        |problems| Refused {
            form: form_name,
            fields: Some(&form),
            problems,
        },
    )
    .await
}

/// Records the change when the form had no problem, then goes to `done`; otherwise shows the
/// organization page again with the problems (422).
async fn finish<'a>(
    state: &AppState,
    s: &SignedIn,
    change: Option<SiteChange>,
    mut problems: Vec<String>,
    done: &str,
    refused: impl FnOnce(Vec<String>) -> Refused<'a>,
) -> Result<Response, WebError> {
    match change {
        Some(change) if problems.is_empty() => match record_site_change(state, s, &change).await? {
            Ok(()) => return Ok(Redirect::to(done).into_response()),
            Err(reason) => problems.push(reason),
        },
        None if problems.is_empty() => problems.push(s.ui().text(wk::SITE_FORM_INCOMPLETE, &[])),
        _ => {}
    }
    site_page(
        state,
        s,
        refused(problems),
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await
}

/// `POST /admin/site/structures`: opens a structure.
pub async fn open_structure(
    State(state): State<AppState>,
    AdminForm(Admin(s), form): AdminForm<Fields>,
) -> Result<Response, WebError> {
    let site = state.site();
    let ui = s.ui();
    let mut problems = Vec::new();
    let slug = slug_field(ui, &form, &mut problems);
    let opened = date_field(ui, &form, "opened", wk::SITE_FIELD_OPENED_ON, &mut problems);
    let kind = StructureKind::ALL
        .into_iter()
        .find(|k| k.code() == field(&form, "kind"));
    if kind.is_none() {
        problems.push(ui.text(
            wk::SITE_BAD_KIND,
            &[("value", shown(field(&form, "kind")).into())],
        ));
    }
    let optional_slug =
        |name: &str, label: Key, problems: &mut Vec<String>| match field(&form, name) {
            "" => None,
            v => Slug::parse(v)
                .map_err(|e| problems.push(problem(ui, label, e)))
                .ok(),
        };
    let parent = optional_slug("parent", wk::SITE_FIELD_PARENT, &mut problems);
    let country = optional_slug("country", wk::SITE_FIELD_COUNTRY, &mut problems);
    let change = match (slug, kind, opened) {
        (Some(slug), Some(kind), Some(opened)) => Some(SiteChange::OpenStructure {
            slug,
            kind,
            parent,
            country,
            opened,
            name: field(&form, "name").to_owned(),
            source: Some(field(&form, "source").to_owned()).filter(|v| !v.is_empty()),
            translations: translations_of(&site, &form),
        }),
        _ => None,
    };
    let done = change
        .as_ref()
        .map(|c| format!("/admin/site/structures/{}", c.subject()))
        .unwrap_or_default();
    finish(&state, &s, change, problems, &done, |problems| Refused {
        form: "structure",
        fields: Some(&form),
        problems,
    })
    .await
}

/// A change to one structure from its page: recorded, or its page again with the problems.
async fn change_structure(
    state: &AppState,
    s: &SignedIn,
    slug: &str,
    form: &Fields,
    change: Option<SiteChange>,
    mut problems: Vec<String>,
) -> Result<Response, WebError> {
    if state.site().structure(slug).is_none() {
        return Err(no_such_structure(s.ui(), slug));
    }
    if let (Some(change), true) = (change, problems.is_empty()) {
        match record_site_change(state, s, &change).await? {
            Ok(()) => {
                return Ok(Redirect::to(&format!("/admin/site/structures/{slug}")).into_response());
            }
            Err(reason) => problems.push(reason),
        }
    }
    structure_page(
        state,
        s,
        (slug, None),
        Some(form),
        problems,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await
}

fn structure_slug(ui: &Ui, slug: &str) -> Result<Slug, WebError> {
    Slug::parse(slug).map_err(|_| no_such_structure(ui, &model::text::shown(slug)))
}

/// `POST /admin/site/structures/{slug}/{action}`: `rename` (from a date), `close` (on a last
/// day) or `reopen`.
pub async fn structure_change(
    State(state): State<AppState>,
    Path((slug, action)): Path<(String, String)>,
    AdminForm(Admin(s), form): AdminForm<Fields>,
) -> Result<Response, WebError> {
    let ui = s.ui();
    let parsed = structure_slug(ui, &slug)?;
    let mut problems = Vec::new();
    let change = match action.as_str() {
        "rename" => date_field(ui, &form, "from", wk::SITE_FIELD_FROM, &mut problems).map(|from| {
            SiteChange::RenameStructure {
                slug: parsed,
                from,
                name: field(&form, "name").to_owned(),
                source: Some(field(&form, "source").to_owned()).filter(|v| !v.is_empty()),
                translations: translations_of(&state.site(), &form),
            }
        }),
        "close" => {
            date_field(ui, &form, "closed", wk::SITE_FIELD_LAST_DAY, &mut problems).map(|closed| {
                SiteChange::CloseStructure {
                    slug: parsed,
                    closed,
                }
            })
        }
        "reopen" => Some(SiteChange::ReopenStructure { slug: parsed }),
        _ => {
            return Err(WebError::NotFound(
                ui.text(wk::SITE_BAD_ACTION, &[("value", shown(&action).into())]),
            ));
        }
    };
    change_structure(&state, &s, &slug, &form, change, problems).await
}

/// `POST /admin/site/chairpersonships`.
pub async fn set_chair(
    State(state): State<AppState>,
    AdminForm(Admin(s), form): AdminForm<Fields>,
) -> Result<Response, WebError> {
    let ui = s.ui();
    let mut problems = Vec::new();
    let year = field(&form, "year")
        .parse::<i16>()
        .map_err(|_| {
            let value = shown(field(&form, "year"));
            problems.push(ui.text(wk::SITE_NOT_A_YEAR, &[("value", value.into())]));
        })
        .ok();
    let country = Slug::parse(field(&form, "country"))
        .map_err(|e| problems.push(problem(ui, wk::SITE_FIELD_COUNTRY, e)))
        .ok();
    let change = match (year, country) {
        (Some(year), Some(country)) => Some(SiteChange::SetChairpersonship { year, country }),
        _ => None,
    };
    finish(
        &state,
        &s,
        change,
        problems,
        "/admin/site#chairs",
        |problems| Refused {
            form: "chair",
            fields: Some(&form),
            problems,
        },
    )
    .await
}
