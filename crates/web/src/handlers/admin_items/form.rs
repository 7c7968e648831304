//! The item form and the item it describes: reading the sent fields into a [`NewItem`]
//! (with the reasons it cannot be one), keeping what was typed when it cannot be saved, and
//! the blank item a new form starts from.

use jiff::Timestamp;
use jiff::civil::DateTime;
use jiff::tz::TimeZone;
use model::validate::FieldProblem;
use model::{ItemStatus, LanguageCode, NewItem, SiteDefinition, Slug};
use render::messages::{Key, workspace_key as wk};
use render::pages::Ui;

use crate::AppState;
use crate::error::WebError;
use crate::workspace::problem;

/// The form's fields, as sent (repeated keys for the pickers).
pub(super) type Pairs = Vec<(String, String)>;

/// The first value of `key` in the form, or "".
pub(super) fn first<'a>(pairs: &'a Pairs, key: &str) -> &'a str {
    pairs
        .iter()
        .find(|(k, _)| k == key)
        .map_or("", |(_, v)| v.as_str())
}

/// Every non-empty value of `key` in the form (a picker's choices).
fn all(pairs: &Pairs, key: &str) -> Vec<String> {
    pairs
        .iter()
        .filter(|(k, v)| k == key && !v.is_empty())
        .map(|(_, v)| v.clone())
        .collect()
}

/// A `datetime-local` value at a place's zone as an instant.
pub(super) fn local_instant(ui: &Ui, value: &str, zone: &TimeZone) -> Result<Timestamp, String> {
    let dt: DateTime = value.parse().map_err(|_| {
        ui.text(
            wk::FORM_NOT_A_DATE_TIME,
            &[("value", model::text::shown(value).into())],
        )
    })?;
    zone.to_ambiguous_zoned_datetime(dt)
        .compatible()
        .map(|z| z.timestamp())
        .map_err(|e| e.to_string())
}

/// An instant as a `datetime-local` value at a place's zone.
pub(super) fn local_value(t: Timestamp, zone: &TimeZone) -> String {
    zone.to_datetime(t).strftime("%Y-%m-%dT%H:%M").to_string()
}

/// The name of a field of the item, as a form's problem names it ("time zone"): `field`
/// is the field's name in the forms and the API ("time_zone").
fn field_name(ui: &Ui, field: &str) -> String {
    let key = match field {
        "title" => wk::FORM_FIELD_TITLE,
        "summary" => wk::FORM_FIELD_SUMMARY,
        "body" | "body_html" => wk::FORM_FIELD_BODY,
        "place" => wk::FORM_FIELD_PLACE,
        "type" => wk::FORM_FIELD_TYPE,
        "language" => wk::FORM_FIELD_LANGUAGE,
        "time_zone" => wk::FORM_FIELD_TIME_ZONE,
        "sources" => wk::FORM_FIELD_SOURCES,
        "fields_of_work" => wk::FORM_FIELD_FIELDS_OF_WORK,
        "countries" => wk::FORM_FIELD_COUNTRIES,
        "meetings" => wk::FORM_FIELD_MEETINGS,
        "embargo_until" => wk::FORM_FIELD_EMBARGO_UNTIL,
        other => return other.replace('_', " "),
    };
    ui.text(key, &[])
}

/// A problem the model's checks found, in the workspace's language. The checks word their
/// problems in English for every writer (the API too): those a form meets are told here in
/// the workspace's language, any other as the checks word it.
fn checked_problem(ui: &Ui, p: &FieldProblem) -> String {
    let known = match (p.field, p.message.as_str()) {
        ("title", "a title is required") => Some(wk::PROBLEM_TITLE_REQUIRED),
        ("sources", "at least one source is required") => Some(wk::PROBLEM_SOURCE_REQUIRED),
        (
            "embargo_until",
            "the embargo ends before the publication time: leave it empty instead",
        ) => Some(wk::PROBLEM_EMBARGO_BEFORE),
        _ => None,
    };
    let problem = known.map_or_else(|| p.message.clone(), |k| ui.text(k, &[]));
    ui.text(
        wk::FORM_PROBLEM,
        &[
            ("field", field_name(ui, p.field).into()),
            ("problem", problem.into()),
        ],
    )
}

/// The slugs chosen in the picker `key`; each value that is not a slug is a problem.
fn slugs_of(ui: &Ui, form: &Pairs, key: &str, problems: &mut Vec<String>) -> Vec<Slug> {
    all(form, key)
        .iter()
        .filter_map(|v| match Slug::parse(v) {
            Ok(s) => Some(s),
            Err(_) => {
                problems.push(ui.text(
                    wk::FORM_INVALID_VALUE,
                    &[
                        ("field", field_name(ui, key).into()),
                        ("value", model::text::shown(v).into()),
                    ],
                ));
                None
            }
        })
        .collect()
}

/// The instant typed in the field `key` at `zone`: none when it is empty or the zone
/// unknown; a problem (named by `label`) when it is not a date and time.
fn instant_of(
    ui: &Ui,
    form: &Pairs,
    key: &str,
    label: Key,
    zone: Option<&TimeZone>,
    problems: &mut Vec<String>,
) -> Option<Timestamp> {
    let v = first(form, key).trim();
    if v.is_empty() {
        return None;
    }
    match local_instant(ui, v, zone?) {
        Ok(t) => Some(t),
        Err(e) => {
            problems.push(problem(ui, label, e));
            None
        }
    }
}

/// The item a form describes, or the reasons it cannot be one. `status` and the other
/// fields the form does not hold come from `base`.
pub(super) fn item_from_form(
    ui: &Ui,
    site: &SiteDefinition,
    form: &Pairs,
    base: &NewItem,
) -> Result<NewItem, Vec<String>> {
    let mut problems = Vec::new();
    let item_type = Slug::parse(first(form, "type")).ok();
    let language = LanguageCode::parse(first(form, "language")).ok();
    let time_zone = first(form, "time_zone").trim().to_owned();
    let zone = TimeZone::get(&time_zone).ok();
    let published_at = instant_of(
        ui,
        form,
        "published",
        wk::FORM_FIELD_DATE_TIME,
        zone.as_ref(),
        &mut problems,
    );
    let embargo_until = instant_of(
        ui,
        form,
        "embargo",
        wk::FORM_FIELD_EMBARGO,
        zone.as_ref(),
        &mut problems,
    );
    let body = first(form, "body");
    if let Err(m) = render::html::check_nesting(body) {
        problems.push(problem(ui, wk::FORM_FIELD_BODY, m));
    }
    let item = NewItem {
        external_id: base.external_id.clone(),
        item_type: item_type.unwrap_or_else(|| base.item_type.clone()),
        language: language.unwrap_or_else(|| base.language.clone()),
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
        sources: slugs_of(ui, form, "sources", &mut problems),
        fields_of_work: slugs_of(ui, form, "fields_of_work", &mut problems),
        countries: slugs_of(ui, form, "countries", &mut problems),
        meetings: slugs_of(ui, form, "meetings", &mut problems),
        is_demo: base.is_demo,
    };
    problems.extend(
        model::validate::item_problems(site, &item)
            .into_iter()
            .map(|p| checked_problem(ui, &p)),
    );
    if problems.is_empty() {
        Ok(item)
    } else {
        Err(problems)
    }
}

/// What the form showed, kept as typed when it cannot be saved.
pub(super) fn shown_from_form(site: &SiteDefinition, form: &Pairs, base: &NewItem) -> NewItem {
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

/// A blank item for the form: now, at the organization's zone, in draft.
pub(super) fn blank(state: &AppState) -> Result<NewItem, WebError> {
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

/// The revision the form was loaded at (the save's `If-Match`).
pub(super) fn revision_of(ui: &Ui, form: &Pairs) -> Result<i64, WebError> {
    first(form, "revision")
        .parse()
        .map_err(|_| WebError::BadRequest(ui.text(wk::FORM_NO_REVISION, &[])))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The problems told in the workspace's language are those the model's checks word so:
    /// a change of their wording shows here.
    #[test]
    fn the_problems_of_the_checks_are_told_in_the_workspace_language() {
        let site = model::SiteDefinition::load(
            &publishing::site_sources_from_dir(
                &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../site/osce"),
            )
            .expect("site folder readable"),
        )
        .expect("valid site");
        let mut item = NewItem {
            external_id: None,
            item_type: site.item_types[0].slug.clone(),
            language: site.organization.default_language.clone(),
            translation_of: None,
            title: String::new(),
            summary: String::new(),
            body_html: String::new(),
            place: String::new(),
            time_zone: "Europe/Vienna".into(),
            published_at: Timestamp::UNIX_EPOCH,
            status: ItemStatus::Draft,
            embargo_until: None,
            sources: Vec::new(),
            fields_of_work: Vec::new(),
            countries: Vec::new(),
            meetings: Vec::new(),
            is_demo: false,
        };
        item.embargo_until = Timestamp::UNIX_EPOCH
            .checked_sub(jiff::SignedDuration::from_hours(1))
            .ok();
        let ru = Ui::new("ru", "en");
        let told: Vec<String> = model::validate::item_problems(&site, &item)
            .iter()
            .map(|p| checked_problem(&ru, p))
            .collect();
        assert_eq!(told.len(), 3, "{told:?}");
        for (p, key) in told.iter().zip([
            wk::PROBLEM_TITLE_REQUIRED,
            wk::PROBLEM_SOURCE_REQUIRED,
            wk::PROBLEM_EMBARGO_BEFORE,
        ]) {
            assert!(p.ends_with(&ru.text(key, &[])), "{p}");
        }
        let en = checked_problem(
            &Ui::default(),
            &model::validate::item_problems(&site, &item)[0],
        );
        assert_eq!(en, "title: a title is required");
    }
}
