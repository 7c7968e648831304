//! Writing items in the workspace: the form (new and edit), saving as a new revision, the
//! workflow's moves. Rights are checked on the server for every request.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use jiff::Timestamp;
use jiff::civil::DateTime;
use jiff::tz::TimeZone;
use model::access::{Rights, Transition};
use model::{Item, ItemId, ItemStatus, LanguageCode, NewItem, SiteDefinition, Slug};
use render::admin::{Conflict, HistoryRow, ItemFormPage, Picker};

use crate::AppState;
use crate::auth::SignedIn;
use crate::error::WebError;
use crate::workspace::{CsrfForm, layout, private_page, status_label};

/// The form's fields, as sent (repeated keys for the pickers).
type Pairs = Vec<(String, String)>;

fn first<'a>(pairs: &'a Pairs, key: &str) -> &'a str {
    pairs
        .iter()
        .find(|(k, _)| k == key)
        .map_or("", |(_, v)| v.as_str())
}

fn all(pairs: &Pairs, key: &str) -> Vec<String> {
    pairs
        .iter()
        .filter(|(k, v)| k == key && !v.is_empty())
        .map(|(_, v)| v.clone())
        .collect()
}

/// A `datetime-local` value at a place's zone as an instant.
fn local_instant(value: &str, zone: &TimeZone) -> Result<Timestamp, String> {
    let dt: DateTime = value.parse().map_err(|_| {
        format!(
            "'{}' is not a date and time (YYYY-MM-DDTHH:MM)",
            model::text::shown(value)
        )
    })?;
    zone.to_ambiguous_zoned_datetime(dt)
        .compatible()
        .map(|z| z.timestamp())
        .map_err(|e| e.to_string())
}

fn local_value(t: Timestamp, zone: &TimeZone) -> String {
    zone.to_datetime(t).strftime("%Y-%m-%dT%H:%M").to_string()
}

/// The item a form describes, or the reasons it cannot be one. `status` and the other
/// fields the form does not hold come from `base`.
fn item_from_form(
    site: &SiteDefinition,
    form: &Pairs,
    base: &NewItem,
) -> Result<NewItem, Vec<String>> {
    let mut problems = Vec::new();
    let slugs = |key: &str, problems: &mut Vec<String>| -> Vec<Slug> {
        all(form, key)
            .iter()
            .filter_map(|v| match Slug::parse(v) {
                Ok(s) => Some(s),
                Err(_) => {
                    problems.push(format!(
                        "{key}: '{}' is not a valid value",
                        model::text::shown(v)
                    ));
                    None
                }
            })
            .collect()
    };
    let item_type = Slug::parse(first(form, "type")).map_err(|_| ());
    let language = LanguageCode::parse(first(form, "language")).map_err(|_| ());
    let time_zone = first(form, "time_zone").trim().to_owned();
    let zone = TimeZone::get(&time_zone).ok();
    let at = |key: &str, label: &str, problems: &mut Vec<String>| -> Option<Timestamp> {
        let v = first(form, key).trim();
        if v.is_empty() {
            return None;
        }
        let zone = zone.as_ref()?;
        match local_instant(v, zone) {
            Ok(t) => Some(t),
            Err(e) => {
                problems.push(format!("{label}: {e}"));
                None
            }
        }
    };
    let published_at = at("published", "date and time", &mut problems);
    let embargo_until = at("embargo", "embargo", &mut problems);
    let body = first(form, "body");
    if let Err(m) = render::html::check_nesting(body) {
        problems.push(format!("body: {m}"));
    }
    let item = NewItem {
        external_id: base.external_id.clone(),
        item_type: item_type.unwrap_or_else(|()| base.item_type.clone()),
        language: language.unwrap_or_else(|()| base.language.clone()),
        translation_of: base.translation_of,
        title: first(form, "title").trim().to_owned(),
        summary: first(form, "summary").trim().to_owned(),
        // The one sanitizer: what is stored is what is shown.
        body_html: render::sanitize(body),
        place: first(form, "place").trim().to_owned(),
        time_zone,
        published_at: published_at.unwrap_or(base.published_at),
        status: base.status,
        embargo_until,
        sources: slugs("sources", &mut problems),
        fields_of_work: slugs("fields_of_work", &mut problems),
        countries: slugs("countries", &mut problems),
        meetings: slugs("meetings", &mut problems),
        is_demo: base.is_demo,
    };
    problems.extend(
        model::validate::item_problems(site, &item)
            .into_iter()
            .map(|p| format!("{}: {}", p.field.replace('_', " "), p.message)),
    );
    if problems.is_empty() {
        Ok(item)
    } else {
        Err(problems)
    }
}

/// A blank item for the form: now, at the organization's zone, in draft.
fn blank(state: &AppState) -> Result<NewItem, WebError> {
    let site = &state.site();
    let item_type = site
        .item_types
        .first()
        .map(|t| t.slug.clone())
        .ok_or_else(|| WebError::Internal("the site defines no item type".into()))?;
    Ok(NewItem {
        external_id: None,
        item_type,
        language: site.organization.default_language.clone(),
        translation_of: None,
        title: String::new(),
        summary: String::new(),
        body_html: String::new(),
        place: String::new(),
        time_zone: site.organization.time_zone_name.clone(),
        published_at: state.clock.now(),
        status: ItemStatus::Draft,
        embargo_until: None,
        sources: Vec::new(),
        fields_of_work: Vec::new(),
        countries: Vec::new(),
        meetings: Vec::new(),
        is_demo: false,
    })
}

fn transition_label(t: Transition) -> &'static str {
    match t {
        Transition::Submit => "Submit for review",
        Transition::Withdraw => "Back to draft",
        Transition::Schedule => "Schedule",
        Transition::Publish => "Publish now",
        Transition::Unpublish => "Unpublish",
        Transition::Archive => "Archive",
    }
}

struct FormState<'a> {
    signed_in: &'a SignedIn,
    item: &'a NewItem,
    stored: Option<&'a Item>,
    form_revision: i64,
    problems: Vec<String>,
    conflict: Option<Conflict>,
    history: Vec<HistoryRow>,
    translations: Vec<(String, String, String)>,
}

fn form_page(state: &AppState, f: FormState<'_>, status: StatusCode) -> Result<Response, WebError> {
    private_page(status, &form_page_view(state, f))
}

/// A multiple choice over a taxonomy's (slug, name) entries, the item's own chosen.
fn picker<'a>(
    name: &str,
    label: &str,
    entries: impl Iterator<Item = (&'a Slug, &'a String)>,
    chosen: &[Slug],
) -> Picker {
    Picker {
        name: name.into(),
        label: label.into(),
        options: entries
            .map(|(slug, name)| (slug.to_string(), name.clone(), chosen.contains(slug)))
            .collect(),
    }
}

fn form_page_view(state: &AppState, f: FormState<'_>) -> ItemFormPage {
    let site = &state.site();
    let item = f.item;
    let zone = TimeZone::get(&item.time_zone).unwrap_or(TimeZone::UTC);
    let rights = f.signed_in.user.rights();
    let sel = |list: &[Slug], slug: &Slug| list.contains(slug);
    let editable_sources: Vec<(String, String, bool)> = site
        .structures
        .iter()
        .filter(|s| {
            rights.may_edit(site, std::slice::from_ref(&s.slug)).is_ok()
                || item.sources.contains(&s.slug)
        })
        .map(|s| {
            let today = site.today(state.clock.now());
            let mut label = s.current_name().name.clone();
            if s.is_closed_on(today) {
                label.push_str(" (closed)");
            }
            (s.slug.to_string(), label, sel(&item.sources, &s.slug))
        })
        .collect();
    let pickers = vec![
        Picker {
            name: "sources".into(),
            label: "Sources".into(),
            options: editable_sources,
        },
        picker(
            "fields_of_work",
            "Fields of work",
            site.fields.iter().map(|t| (&t.slug, &t.name)),
            &item.fields_of_work,
        ),
        picker(
            "countries",
            "Countries",
            site.countries.iter().map(|c| (&c.slug, &c.name)),
            &item.countries,
        ),
        picker(
            "meetings",
            "Meeting series",
            site.meetings.iter().map(|t| (&t.slug, &t.name)),
            &item.meetings,
        ),
    ];
    let transitions = match f.stored {
        Some(stored) => Transition::ALL
            .into_iter()
            .filter(|t| {
                rights
                    .transition(site, &stored.data.sources, stored.data.status, *t)
                    .is_ok()
            })
            .map(|t| (t.as_str().to_owned(), transition_label(t).to_owned()))
            .collect(),
        None => Vec::new(),
    };
    ItemFormPage {
        admin: layout(
            state,
            if item.title.is_empty() {
                "New item"
            } else {
                &item.title
            },
            Some(f.signed_in),
        ),
        item_id: f.stored.map(|s| s.id.0),
        revision: f.stored.map_or(0, |s| s.revision),
        form_revision: f.form_revision,
        status_label: f
            .stored
            .map_or("Draft", |s| status_label(s.data.status))
            .to_owned(),
        public_href: f
            .stored
            .filter(|s| state.public().shows(&s.visibility()))
            .map(Item::path),
        action: f.stored.map_or_else(
            || "/admin/items".to_owned(),
            |s| format!("/admin/items/{}", s.id),
        ),
        transition_action: f
            .stored
            .map_or_else(String::new, |s| format!("/admin/items/{}/transition", s.id)),
        csrf: f.signed_in.csrf.clone(),
        problems: f.problems,
        conflict: f.conflict,
        types: site
            .item_types
            .iter()
            .map(|t| (t.slug.to_string(), t.name.clone(), t.slug == item.item_type))
            .collect(),
        languages: site
            .organization
            .languages
            .iter()
            .map(|l| (l.code.to_string(), l.name.clone(), l.code == item.language))
            .collect(),
        title: item.title.clone(),
        summary: item.summary.clone(),
        body: item.body_html.clone(),
        place: item.place.clone(),
        time_zone: item.time_zone.clone(),
        published: local_value(item.published_at, &zone),
        embargo: item
            .embargo_until
            .map(|t| local_value(t, &zone))
            .unwrap_or_default(),
        pickers,
        transitions,
        history: f.history,
        translation_of: String::new(),
        translations: f.translations,
    }
}

async fn history(state: &AppState, id: ItemId) -> Result<Vec<HistoryRow>, WebError> {
    Ok(state
        .store
        .history(id)
        .await?
        .into_iter()
        .map(|r| HistoryRow {
            revision: r.revision,
            author: if r.author.is_empty() {
                "(import)".into()
            } else {
                r.author
            },
            at: r.authored_at.strftime("%Y-%m-%d %H:%M").to_string(),
            status: r.status,
            title: r.title,
        })
        .collect())
}

/// An item the signed-in account may edit. Another office's item is answered exactly as
/// one that does not exist: nothing about it (not even its workflow state) is told.
async fn load_editable(state: &AppState, s: &SignedIn, id: i64) -> Result<Item, WebError> {
    state
        .store
        .item(ItemId(id))
        .await?
        .filter(|item| {
            s.user
                .rights()
                .may_edit(&state.site(), &item.data.sources)
                .is_ok()
        })
        .ok_or_else(|| WebError::NotFound("There is no such item.".into()))
}

fn forbidden(e: model::access::Refusal) -> WebError {
    WebError::Forbidden(format!("Not allowed: {e}."))
}

/// `GET /admin/items/new`.
pub async fn new_form(State(state): State<AppState>, s: SignedIn) -> Result<Response, WebError> {
    let item = blank(&state)?;
    form_page(
        &state,
        FormState {
            signed_in: &s,
            item: &item,
            stored: None,
            form_revision: 0,
            problems: Vec::new(),
            conflict: None,
            history: Vec::new(),
            translations: Vec::new(),
        },
        StatusCode::OK,
    )
}

/// `POST /admin/items`: a new item, saved as a draft.
pub async fn create(
    State(state): State<AppState>,
    CsrfForm(s, form): CsrfForm<Pairs>,
) -> Result<Response, WebError> {
    let base = blank(&state)?;
    let original = match first(&form, "translation_of").trim() {
        "" => Ok(None),
        raw => match ItemId::parse(raw) {
            // An item the account may not see is answered as one that does not exist.
            Ok(id) => match state
                .store
                .item_access(store::ItemKey::Id(id))
                .await?
                .filter(|o| {
                    s.user.rights().may_read(
                        &state.site(),
                        &o.sources,
                        state.public().shows(&o.visibility),
                    )
                }) {
                Some(original) => Ok(Some(original)),
                None => Err(format!("translation of: there is no item {id}")),
            },
            Err(_) => Err(format!(
                "translation of: '{}' is not an item number",
                model::text::shown(raw)
            )),
        },
    };
    let checked =
        item_from_form(&state.site(), &form, &base).and_then(|mut item| match &original {
            Ok(Some(o)) if o.language == item.language.as_str() => Err(vec![format!(
                "translation of: item {} is already in this language",
                o.id
            )]),
            Ok(Some(o)) => {
                item.translation_of = Some(o.id);
                Ok(item)
            }
            Ok(None) => Ok(item),
            Err(e) => Err(vec![e.clone()]),
        });
    let item = match checked {
        Ok(item) => item,
        Err(problems) => {
            let shown = shown_from_form(&state.site(), &form, &base);
            return form_page(
                &state,
                FormState {
                    signed_in: &s,
                    item: &shown,
                    stored: None,
                    form_revision: 0,
                    problems,
                    conflict: None,
                    history: Vec::new(),
                    translations: Vec::new(),
                },
                StatusCode::UNPROCESSABLE_ENTITY,
            );
        }
    };
    s.user
        .rights()
        .may_save(&state.site(), None, &item)
        .map_err(forbidden)?;
    let saved = state
        .store
        .create_item(&item, &s.actor(), state.clock.now())
        .await?;
    state.written();
    Ok(Redirect::to(&format!("/admin/items/{}", saved.id)).into_response())
}

/// What the form showed, kept as typed when it cannot be saved.
fn shown_from_form(site: &SiteDefinition, form: &Pairs, base: &NewItem) -> NewItem {
    let mut shown = base.clone();
    shown.title = first(form, "title").to_owned();
    shown.summary = first(form, "summary").to_owned();
    shown.body_html = render::sanitize(first(form, "body"));
    shown.place = first(form, "place").to_owned();
    shown.time_zone = first(form, "time_zone").to_owned();
    let keep = |key: &str, ok: &dyn Fn(&str) -> bool| -> Vec<Slug> {
        all(form, key)
            .iter()
            .filter(|v| ok(v))
            .filter_map(|v| Slug::parse(v).ok())
            .collect()
    };
    shown.sources = keep("sources", &|v| site.structure(v).is_some());
    shown.fields_of_work = keep("fields_of_work", &|v| site.field(v).is_some());
    shown.countries = keep("countries", &|v| site.country(v).is_some());
    shown.meetings = keep("meetings", &|v| site.meeting(v).is_some());
    if let Ok(t) = Slug::parse(first(form, "type"))
        && site.item_type(t.as_str()).is_some()
    {
        shown.item_type = t;
    }
    shown
}

/// `GET /admin/items/{id}`: the edit form, the workflow and the history.
pub async fn edit_form(
    State(state): State<AppState>,
    s: SignedIn,
    Path(id): Path<i64>,
) -> Result<Response, WebError> {
    let stored = load_editable(&state, &s, id).await?;
    let history = history(&state, stored.id).await?;
    let translations = state
        .store
        .translations(stored.id)
        .await?
        .into_iter()
        .map(|(id, lang, title)| (format!("/admin/items/{id}"), lang, title))
        .collect();
    form_page(
        &state,
        FormState {
            signed_in: &s,
            item: &stored.data,
            stored: Some(&stored),
            form_revision: stored.revision,
            problems: Vec::new(),
            conflict: None,
            history,
            translations,
        },
        StatusCode::OK,
    )
}

fn revision_of(form: &Pairs) -> Result<i64, WebError> {
    first(form, "revision")
        .parse()
        .map_err(|_| WebError::BadRequest("the form has no valid revision: reload the page".into()))
}

/// `POST /admin/items/{id}`: saves the form as a new revision, unless someone saved since.
pub async fn save(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    CsrfForm(s, form): CsrfForm<Pairs>,
) -> Result<Response, WebError> {
    let stored = load_editable(&state, &s, id).await?;
    let rights = s.user.rights();
    let expected = revision_of(&form)?;
    let item = match item_from_form(&state.site(), &form, &stored.data) {
        Ok(item) => item,
        Err(problems) => {
            let shown = shown_from_form(&state.site(), &form, &stored.data);
            let history = history(&state, stored.id).await?;
            return form_page(
                &state,
                FormState {
                    signed_in: &s,
                    item: &shown,
                    stored: Some(&stored),
                    form_revision: expected,
                    problems,
                    conflict: None,
                    history,
                    translations: Vec::new(),
                },
                StatusCode::UNPROCESSABLE_ENTITY,
            );
        }
    };
    rights
        .may_save(&state.site(), Some(&stored.data), &item)
        .map_err(forbidden)?;
    let now = state.clock.now();
    match state
        .store
        .save_item(stored.id, expected, &item, &s.actor(), "item.save", now)
        .await
    {
        Ok(saved) => {
            // This process serves the item at once, not after the next poll.
            state.written();
            Ok(Redirect::to(&format!("/admin/items/{}", saved.id)).into_response())
        }
        Err(store::SaveError::Stale(stale)) => {
            let current = *stale.current;
            let conflict = conflict_view(&state, &current, &item).await?;
            let history = history(&state, current.id).await?;
            form_page(
                &state,
                FormState {
                    signed_in: &s,
                    item: &item,
                    stored: Some(&current),
                    form_revision: current.revision,
                    problems: Vec::new(),
                    conflict: Some(conflict),
                    history,
                    translations: Vec::new(),
                },
                StatusCode::CONFLICT,
            )
        }
        Err(store::SaveError::Store(e)) => Err(e.into()),
    }
}

async fn conflict_view(
    state: &AppState,
    current: &Item,
    yours: &NewItem,
) -> Result<Conflict, WebError> {
    let latest = state.store.history(current.id).await?.into_iter().next();
    let saved = &current.data;
    let list = |v: &[Slug]| v.iter().map(Slug::to_string).collect::<Vec<_>>().join(", ");
    let mut fields = Vec::new();
    for (name, a, b) in [
        ("Title", saved.title.clone(), yours.title.clone()),
        ("Summary", saved.summary.clone(), yours.summary.clone()),
        (
            "Body",
            render::html::plain_text(&saved.body_html, 600),
            render::html::plain_text(&yours.body_html, 600),
        ),
        ("Place", saved.place.clone(), yours.place.clone()),
        ("Sources", list(&saved.sources), list(&yours.sources)),
        (
            "Fields of work",
            list(&saved.fields_of_work),
            list(&yours.fields_of_work),
        ),
        ("Countries", list(&saved.countries), list(&yours.countries)),
    ] {
        if a != b {
            fields.push((name.to_owned(), a, b));
        }
    }
    Ok(Conflict {
        author: latest
            .as_ref()
            .map_or_else(|| "Someone".into(), |l| l.author.clone()),
        revision: current.revision,
        at: latest
            .map(|l| l.authored_at.strftime("%Y-%m-%d %H:%M UTC").to_string())
            .unwrap_or_default(),
        fields,
    })
}

/// `POST /admin/items/{id}/transition`: submit, withdraw, schedule, publish, unpublish,
/// archive — each a new revision.
pub async fn transition(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    CsrfForm(s, form): CsrfForm<Pairs>,
) -> Result<Response, WebError> {
    let stored = load_editable(&state, &s, id).await?;
    let t = Transition::parse(first(&form, "transition")).ok_or_else(|| {
        WebError::BadRequest(format!(
            "unknown transition '{}' (submit, withdraw, schedule, publish, unpublish, archive)",
            model::text::shown(first(&form, "transition"))
        ))
    })?;
    let rights: Rights = s.user.rights();
    let to = rights
        .transition(&state.site(), &stored.data.sources, stored.data.status, t)
        .map_err(|e| match e {
            model::access::Refusal::NotFromThisState { .. } => {
                WebError::Conflict(format!("Not possible: {e}."))
            }
            other => forbidden(other),
        })?;
    let now = state.clock.now();
    let at = match t {
        Transition::Schedule => {
            let zone = TimeZone::get(&stored.data.time_zone).unwrap_or(TimeZone::UTC);
            Some(
                local_instant(first(&form, "at").trim(), &zone)
                    .map_err(|e| WebError::BadRequest(format!("schedule: {e}")))?,
            )
        }
        _ => None,
    };
    let next = model::access::moved(&stored.data, t, to, now, at).map_err(|_| {
        WebError::BadRequest("schedule: the time is in the past; publish now instead".into())
    })?;
    let expected = revision_of(&form)?;
    let result = state
        .store
        .save_item(
            stored.id,
            expected,
            &next,
            &s.actor(),
            &format!("item.{}", t.as_str()),
            now,
        )
        .await;
    after_move(&state, result)
}

/// The fields of two versions that differ, each as a word difference from `old` to `new`.
fn changes(site: &SiteDefinition, old: &NewItem, new: &NewItem) -> Vec<(String, String)> {
    let names = |list: &[Slug], name: &dyn Fn(&str) -> Option<String>| {
        list.iter()
            .map(|s| name(s.as_str()).unwrap_or_else(|| s.to_string()))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let source = |s: &str| site.structure(s).map(|st| st.current_name().name.clone());
    let field = |s: &str| site.field(s).map(|t| t.name.clone());
    let country = |s: &str| site.country(s).map(|c| c.name.clone());
    let meeting = |s: &str| site.meeting(s).map(|t| t.name.clone());
    let text = |html: &str| render::html::plain_text(html, usize::MAX / 2);
    let pairs = [
        ("Type", old.item_type.to_string(), new.item_type.to_string()),
        (
            "Language",
            old.language.to_string(),
            new.language.to_string(),
        ),
        ("Title", old.title.clone(), new.title.clone()),
        ("Summary", old.summary.clone(), new.summary.clone()),
        ("Body", text(&old.body_html), text(&new.body_html)),
        ("Place", old.place.clone(), new.place.clone()),
        ("Time zone", old.time_zone.clone(), new.time_zone.clone()),
        (
            "Date",
            old.published_at.to_string(),
            new.published_at.to_string(),
        ),
        (
            "Status",
            old.status.as_str().into(),
            new.status.as_str().into(),
        ),
        (
            "Sources",
            names(&old.sources, &source),
            names(&new.sources, &source),
        ),
        (
            "Fields of work",
            names(&old.fields_of_work, &field),
            names(&new.fields_of_work, &field),
        ),
        (
            "Countries",
            names(&old.countries, &country),
            names(&new.countries, &country),
        ),
        (
            "Meeting series",
            names(&old.meetings, &meeting),
            names(&new.meetings, &meeting),
        ),
    ];
    pairs
        .into_iter()
        .filter(|(_, a, b)| a != b)
        .map(|(name, a, b)| (name.to_owned(), render::diff::words_html(&a, &b)))
        .collect()
}

/// `GET /admin/items/{id}/revisions/{revision}`: what changed since that revision.
pub async fn revision_page(
    State(state): State<AppState>,
    s: SignedIn,
    Path((id, revision)): Path<(i64, i64)>,
) -> Result<Response, WebError> {
    let current = load_editable(&state, &s, id).await?;
    let rights = s.user.rights();
    let old = state
        .store
        .item_at(current.id, revision)
        .await?
        .ok_or_else(|| WebError::NotFound(format!("Item {id} has no revision {revision}.")))?;
    let info = state
        .store
        .history(current.id)
        .await?
        .into_iter()
        .find(|r| r.revision == revision);
    private_page(
        StatusCode::OK,
        &render::admin::RevisionPage {
            admin: layout(&state, &format!("Revision {revision}"), Some(&s)),
            item_id: id,
            item_href: format!("/admin/items/{id}"),
            revision,
            current_revision: current.revision,
            title: old.data.title.clone(),
            author: info.as_ref().map_or_else(String::new, |i| i.author.clone()),
            at: info
                .map(|i| i.authored_at.strftime("%Y-%m-%d %H:%M UTC").to_string())
                .unwrap_or_default(),
            changes: changes(&state.site(), &old.data, &current.data),
            can_restore: revision != current.revision
                && rights.may_edit(&state.site(), &old.data.sources).is_ok(),
            csrf: s.csrf.clone(),
        },
    )
}

/// `POST /admin/items/{id}/restore`: an earlier revision's text and terms as a new
/// revision (the status and dates stay as they are).
pub async fn restore(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    CsrfForm(s, form): CsrfForm<Pairs>,
) -> Result<Response, WebError> {
    let current = load_editable(&state, &s, id).await?;
    let rights = s.user.rights();
    let from: i64 = first(&form, "from")
        .parse()
        .map_err(|_| WebError::BadRequest("restore: which revision? ('from')".into()))?;
    let old = state
        .store
        .item_at(current.id, from)
        .await?
        .ok_or_else(|| WebError::NotFound(format!("Item {id} has no revision {from}.")))?;
    rights
        .may_edit(&state.site(), &old.data.sources)
        .map_err(forbidden)?;
    let mut next = old.data.clone();
    next.status = current.data.status;
    next.published_at = current.data.published_at;
    next.embargo_until = current.data.embargo_until;
    next.external_id = current.data.external_id.clone();
    // The restored version is a save like any other: the sources it brings back must be
    // ones the account writes for, and a public item's change needs the publishing right.
    rights
        .may_save(&state.site(), Some(&current.data), &next)
        .map_err(forbidden)?;
    let expected = revision_of(&form)?;
    let result = state
        .store
        .save_item(
            current.id,
            expected,
            &next,
            &s.actor(),
            &format!("item.restore-revision-{from}"),
            state.clock.now(),
        )
        .await;
    after_move(&state, result)
}

/// `POST /admin/items/{id}/preview-link`: a signed link to the item as it will look, valid
/// for `days` (1–30, default 7), shown once on the item's page.
pub async fn preview_link(
    State(state): State<AppState>,
    headers: axum::http::HeaderMap,
    Path(id): Path<i64>,
    CsrfForm(s, form): CsrfForm<Pairs>,
) -> Result<Response, WebError> {
    let stored = load_editable(&state, &s, id).await?;
    let days: i64 = match first(&form, "days").trim() {
        "" => 7,
        d => d
            .parse()
            .ok()
            .filter(|d| (1..=publishing::preview::MAX_DAYS).contains(d))
            .ok_or_else(|| {
                WebError::BadRequest(format!(
                    "days: a number from 1 to {}",
                    publishing::preview::MAX_DAYS
                ))
            })?,
    };
    let now = state.clock.now();
    let until = now.as_second() + days * 86_400;
    let path = publishing::preview::link(&state, stored.id.0, until).await?;
    let host = headers
        .get(axum::http::header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("localhost");
    let scheme = if crate::auth::is_https(&headers) {
        "https"
    } else {
        "http"
    };
    let expires = Timestamp::from_second(until)
        .map(|t| t.strftime("%Y-%m-%d %H:%M UTC").to_string())
        .unwrap_or_default();
    state
        .store
        .audit(
            &s.actor(),
            now,
            "item.preview-link",
            &format!("item {}", stored.id),
            &format!("valid until {expires}"),
        )
        .await?;
    let history = history(&state, stored.id).await?;
    let mut page = form_page_view(
        &state,
        FormState {
            signed_in: &s,
            item: &stored.data,
            stored: Some(&stored),
            form_revision: stored.revision,
            problems: Vec::new(),
            conflict: None,
            history,
            translations: Vec::new(),
        },
    );
    page.admin.notice = format!(
        "Preview link, valid until {expires} (anyone with it can read the item): {scheme}://{host}{path}"
    );
    private_page(StatusCode::OK, &page)
}

/// Where a move or a restore leads: the item's page (its rendered public page dropped, so
/// this process serves the change at once), or a 409 when someone saved first.
fn after_move(
    state: &AppState,
    result: Result<store::Saved, store::SaveError>,
) -> Result<Response, WebError> {
    match result {
        Ok(saved) => {
            state.written();
            Ok(Redirect::to(&format!("/admin/items/{}", saved.id)).into_response())
        }
        Err(store::SaveError::Stale(_)) => Err(WebError::Conflict(
            "Someone changed this item since you loaded it. Reload the page and try again.".into(),
        )),
        Err(store::SaveError::Store(e)) => Err(e.into()),
    }
}
