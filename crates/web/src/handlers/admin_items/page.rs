//! The item form page: the item's fields, the pickers of its terms, the workflow's moves the
//! account may make, and the item's history.

use axum::http::StatusCode;
use axum::response::Response;
use jiff::tz::TimeZone;
use model::access::{Rights, Transition};
use model::{Item, ItemId, ItemStatus, NewItem, SiteDefinition, Slug};
use render::admin::{
    Choice, Conflict, HistoryRow, ItemAttachments, ItemFormPage, ItemPictures, Picker, SourceNote,
};
use render::messages::{Key, workspace_key as wk};
use render::pages::Ui;

use super::form::local_value;
use crate::AppState;
use crate::auth::SignedIn;
use crate::error::WebError;
use crate::workspace::{layout, private_page, status_label};

/// What the form page shows besides the site: whose form, which item (and its stored
/// version, if any), and what to tell about it.
pub(super) struct FormState<'a> {
    pub signed_in: &'a SignedIn,
    pub item: &'a NewItem,
    pub stored: Option<&'a Item>,
    pub form_revision: i64,
    pub problems: Vec<String>,
    pub conflict: Option<Conflict>,
    pub history: Vec<HistoryRow>,
    pub translations: Vec<(String, String, String)>,
    /// The languages the "Translate" form offers (none: the page has no such form).
    pub translate_into: Option<Vec<(String, String)>>,
    /// What the item was translated from.
    pub source: Option<SourceNote>,
    /// The item's pictures (none for a new item).
    pub pictures: Option<ItemPictures>,
    /// The item's documents, links and attached pictures (none for a new item).
    pub attachments: Option<ItemAttachments>,
}

impl<'a> FormState<'a> {
    /// The form of a stored item, as it is stored, with its history.
    pub fn of_stored(signed_in: &'a SignedIn, stored: &'a Item, history: Vec<HistoryRow>) -> Self {
        FormState {
            signed_in,
            item: &stored.data,
            stored: Some(stored),
            form_revision: stored.revision,
            problems: Vec::new(),
            conflict: None,
            history,
            translations: Vec::new(),
            translate_into: None,
            source: None,
            pictures: None,
            attachments: None,
        }
    }
}

/// The form page, rendered with `status`.
pub(super) fn form_page(
    state: &AppState,
    f: FormState<'_>,
    status: StatusCode,
) -> Result<Response, WebError> {
    private_page(status, &form_page_view(state, f))
}

fn transition_label(ui: &Ui, t: Transition) -> String {
    let key = match t {
        Transition::Submit => wk::TRANSITION_SUBMIT,
        Transition::Withdraw => wk::TRANSITION_WITHDRAW,
        Transition::Schedule => wk::TRANSITION_SCHEDULE,
        Transition::Publish => wk::TRANSITION_PUBLISH,
        Transition::Unpublish => wk::TRANSITION_UNPUBLISH,
        Transition::Archive => wk::TRANSITION_ARCHIVE,
    };
    ui.text(key, &[])
}

/// A multiple choice over a taxonomy's (slug, name) entries, the item's own chosen.
fn picker<'a>(
    ui: &Ui,
    name: &str,
    label: Key,
    entries: impl Iterator<Item = (&'a Slug, &'a String)>,
    chosen: &[Slug],
) -> Picker {
    Picker {
        name: name.into(),
        label: ui.text(label, &[]),
        options: entries
            .map(|(slug, name)| (slug.to_string(), name.clone(), chosen.contains(slug)))
            .collect(),
    }
}

/// The sources the account may write for, and those the item already has, closed ones
/// marked.
fn source_picker(
    ui: &Ui,
    state: &AppState,
    site: &SiteDefinition,
    rights: &Rights,
    item: &NewItem,
) -> Picker {
    let options = site
        .structures
        .iter()
        .filter(|s| {
            rights.may_edit(site, std::slice::from_ref(&s.slug)).is_ok()
                || item.sources.contains(&s.slug)
        })
        .map(|s| {
            let today = site.today(state.clock.now());
            let name = &s.current_name().name;
            let label = if s.is_closed_on(today) {
                ui.text(wk::SOURCE_CLOSED, &[("name", name.as_str().into())])
            } else {
                name.clone()
            };
            (s.slug.to_string(), label, item.sources.contains(&s.slug))
        })
        .collect();
    Picker {
        name: "sources".into(),
        label: ui.text(wk::FIELD_SOURCES, &[]),
        options,
    }
}

/// The pickers of the item's terms: sources, fields of work, countries, meeting series.
fn pickers(
    ui: &Ui,
    state: &AppState,
    site: &SiteDefinition,
    rights: &Rights,
    item: &NewItem,
) -> Vec<Picker> {
    vec![
        source_picker(ui, state, site, rights, item),
        picker(
            ui,
            "fields_of_work",
            wk::FIELD_FIELDS_OF_WORK,
            site.fields.iter().map(|t| (&t.slug, &t.name)),
            &item.fields_of_work,
        ),
        picker(
            ui,
            "countries",
            wk::FIELD_COUNTRIES,
            site.countries.iter().map(|c| (&c.slug, &c.name)),
            &item.countries,
        ),
        picker(
            ui,
            "meetings",
            wk::FIELD_MEETING_SERIES,
            site.meetings.iter().map(|t| (&t.slug, &t.name)),
            &item.meetings,
        ),
    ]
}

/// The moves of the workflow the account may make from the stored item's state (none for a
/// new item), as (transition, button label).
fn transitions(
    ui: &Ui,
    site: &SiteDefinition,
    rights: &Rights,
    stored: Option<&Item>,
) -> Vec<(String, String)> {
    match stored {
        Some(stored) => Transition::ALL
            .into_iter()
            .filter(|t| {
                rights
                    .transition(site, &stored.data.sources, stored.data.status, *t)
                    .is_ok()
            })
            .map(|t| (t.as_str().to_owned(), transition_label(ui, t)))
            .collect(),
        None => Vec::new(),
    }
}

/// The item types and the languages of the site, the item's own chosen.
fn type_and_language_choices(site: &SiteDefinition, item: &NewItem) -> (Vec<Choice>, Vec<Choice>) {
    let types = site
        .item_types
        .iter()
        .map(|t| (t.slug.to_string(), t.name.clone(), t.slug == item.item_type))
        .collect();
    let languages = site
        .organization
        .languages
        .iter()
        .map(|l| (l.code.to_string(), l.name.clone(), l.code == item.language))
        .collect();
    (types, languages)
}

/// The form page of `f`: the item's fields, its pickers, the moves and the history.
pub(super) fn form_page_view(state: &AppState, f: FormState<'_>) -> ItemFormPage {
    let site = &state.site();
    let item = f.item;
    let zone = TimeZone::get(&item.time_zone).unwrap_or(TimeZone::UTC);
    let rights = f.signed_in.user.rights();
    let ui = f.signed_in.ui();
    let (types, languages) = type_and_language_choices(site, item);
    let title = if item.title.is_empty() {
        ui.text(wk::ITEM_NEW, &[])
    } else {
        item.title.clone()
    };
    ItemFormPage {
        admin: layout(state, &title, f.signed_in),
        item_id: f.stored.map(|s| s.id.0),
        revision: f.stored.map_or(0, |s| s.revision),
        form_revision: f.form_revision,
        status_label: status_label(ui, f.stored.map_or(ItemStatus::Draft, |s| s.data.status)),
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
        types,
        languages,
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
        pickers: pickers(ui, state, site, &rights, item),
        transitions: transitions(ui, site, &rights, f.stored),
        history: f.history,
        translation_of: String::new(),
        translations: f.translations,
        translate_into: f.translate_into,
        source: f.source,
        pictures: f.pictures,
        attachments: f.attachments,
    }
}

/// The item's revisions, newest first, told in the workspace's language `ui`.
pub(super) async fn history(
    state: &AppState,
    ui: &Ui,
    id: ItemId,
) -> Result<Vec<HistoryRow>, WebError> {
    Ok(state
        .store
        .history(id)
        .await?
        .into_iter()
        .map(|r| HistoryRow {
            revision: r.revision,
            author: if r.author.is_empty() {
                ui.text(wk::HISTORY_IMPORT, &[])
            } else {
                r.author
            },
            at: r.authored_at.strftime("%Y-%m-%d %H:%M").to_string(),
            status: ItemStatus::parse(&r.status).map_or(r.status, |s| status_label(ui, s)),
            title: r.title,
        })
        .collect())
}
