//! How two versions of an item differ: the changes since a revision (each a word
//! difference), and the conflict shown when someone saved first.

use model::{Item, NewItem, SiteDefinition, Slug};
use render::admin::Conflict;
use render::messages::workspace_key as wk;
use render::pages::Ui;

use crate::AppState;
use crate::error::WebError;
use crate::workspace::status_label;

/// The terms of a list by their names (`name` gives none for a term the site lost: its slug).
fn names_of(list: &[Slug], name: &dyn Fn(&str) -> Option<String>) -> String {
    list.iter()
        .map(|s| name(s.as_str()).unwrap_or_else(|| s.to_string()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The fields of two versions that differ, each as a word difference from `old` to `new`,
/// named in the workspace's language `ui`.
pub(super) fn changes(
    ui: &Ui,
    site: &SiteDefinition,
    old: &NewItem,
    new: &NewItem,
) -> Vec<(String, String)> {
    let source = |s: &str| site.structure(s).map(|st| st.current_name().name.clone());
    let field = |s: &str| site.field(s).map(|t| t.name.clone());
    let country = |s: &str| site.country(s).map(|c| c.name.clone());
    let meeting = |s: &str| site.meeting(s).map(|t| t.name.clone());
    let plain = |html: &str| render::html::plain_text(html, usize::MAX / 2);
    let pairs = [
        (
            wk::FIELD_TYPE,
            old.item_type.to_string(),
            new.item_type.to_string(),
        ),
        (
            wk::FIELD_LANGUAGE,
            old.language.to_string(),
            new.language.to_string(),
        ),
        (wk::FIELD_TITLE, old.title.clone(), new.title.clone()),
        (wk::FIELD_SUMMARY, old.summary.clone(), new.summary.clone()),
        (wk::FIELD_BODY, plain(&old.body_html), plain(&new.body_html)),
        (wk::FIELD_PLACE, old.place.clone(), new.place.clone()),
        (
            wk::FIELD_TIME_ZONE,
            old.time_zone.clone(),
            new.time_zone.clone(),
        ),
        (
            wk::FIELD_DATE,
            old.published_at.to_string(),
            new.published_at.to_string(),
        ),
        (
            wk::FIELD_STATUS,
            status_label(ui, old.status),
            status_label(ui, new.status),
        ),
        (
            wk::FIELD_SOURCES,
            names_of(&old.sources, &source),
            names_of(&new.sources, &source),
        ),
        (
            wk::FIELD_FIELDS_OF_WORK,
            names_of(&old.fields_of_work, &field),
            names_of(&new.fields_of_work, &field),
        ),
        (
            wk::FIELD_COUNTRIES,
            names_of(&old.countries, &country),
            names_of(&new.countries, &country),
        ),
        (
            wk::FIELD_MEETING_SERIES,
            names_of(&old.meetings, &meeting),
            names_of(&new.meetings, &meeting),
        ),
    ];
    pairs
        .into_iter()
        .filter(|(_, a, b)| a != b)
        .map(|(name, a, b)| (ui.text(name, &[]), render::diff::words_html(&a, &b)))
        .collect()
}

/// Who saved `current` first, when, and how its fields differ from `yours`.
pub(super) async fn conflict_view(
    state: &AppState,
    ui: &Ui,
    current: &Item,
    yours: &NewItem,
) -> Result<Conflict, WebError> {
    let latest = state.store.history(current.id).await?.into_iter().next();
    let saved = &current.data;
    let list = |v: &[Slug]| v.iter().map(Slug::to_string).collect::<Vec<_>>().join(", ");
    let mut fields = Vec::new();
    for (name, a, b) in [
        (wk::FIELD_TITLE, saved.title.clone(), yours.title.clone()),
        (
            wk::FIELD_SUMMARY,
            saved.summary.clone(),
            yours.summary.clone(),
        ),
        (
            wk::FIELD_BODY,
            render::html::plain_text(&saved.body_html, 600),
            render::html::plain_text(&yours.body_html, 600),
        ),
        (wk::FIELD_PLACE, saved.place.clone(), yours.place.clone()),
        (
            wk::FIELD_SOURCES,
            list(&saved.sources),
            list(&yours.sources),
        ),
        (
            wk::FIELD_FIELDS_OF_WORK,
            list(&saved.fields_of_work),
            list(&yours.fields_of_work),
        ),
        (
            wk::FIELD_COUNTRIES,
            list(&saved.countries),
            list(&yours.countries),
        ),
    ] {
        if a != b {
            fields.push((ui.text(name, &[]), a, b));
        }
    }
    Ok(Conflict {
        author: latest
            .as_ref()
            .map_or_else(|| ui.text(wk::CONFLICT_SOMEONE, &[]), |l| l.author.clone()),
        revision: current.revision,
        at: latest
            .map(|l| l.authored_at.strftime("%Y-%m-%d %H:%M UTC").to_string())
            .unwrap_or_default(),
        fields,
    })
}
