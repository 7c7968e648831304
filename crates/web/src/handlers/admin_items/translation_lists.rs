//! The dashboard's lists of translation work: translations whose original changed since the
//! revision they match, and recent public items that lack a version in one of the site's
//! interface languages. Both are bounded, and limited to an account's structures like the
//! dashboard's list of items.

use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};
use model::SiteDefinition;
use model::access::Role;
use render::admin::{MissingRow, MissingTranslations, OutdatedRow};
use render::messages::workspace_key as wk;
use render::pages::Ui;

use super::translate::original_readable;
use crate::AppState;
use crate::auth::SignedIn;
use crate::error::WebError;

/// How far back the list of missing translations looks: items older than this are the
/// archive's, which is translated (or not) as a whole rather than item by item.
pub const MISSING_DAYS: i64 = 90;
/// How many of the items lacking a language the dashboard lists (the counts cover them all).
const MISSING_LISTED: i64 = 20;
/// How many outdated translations the dashboard lists.
const OUTDATED_LISTED: i64 = 50;

/// The translations to bring up to date, for an account whose items are limited to
/// `sources` (none: every item).
pub async fn outdated_rows(
    state: &AppState,
    s: &SignedIn,
    sources: Option<&[String]>,
) -> Result<Vec<OutdatedRow>, WebError> {
    let officer = s.user.rights().role == Role::PressOfficer;
    // Some of a press officer's rows may be left out below: more are read, so that the list
    // is not cut short by them.
    let read = if officer {
        OUTDATED_LISTED * 4
    } else {
        OUTDATED_LISTED
    };
    let mut rows = Vec::new();
    for o in state.store.outdated_translations(sources, read).await? {
        if rows.len() as i64 >= OUTDATED_LISTED {
            break;
        }
        // A translation of another office's unpublished item tells nothing of it.
        if officer && !original_readable(state, s, o.original).await? {
            continue;
        }
        rows.push(OutdatedRow {
            href: format!("/admin/items/{}", o.id),
            changes_href: format!("/admin/items/{}/original-changes", o.id),
            changes_label: s.ui().text(
                wk::DASHBOARD_OUTDATED_REVISIONS,
                &[
                    ("from", o.revision.to_string().into()),
                    ("to", o.current.to_string().into()),
                ],
            ),
            original_href: format!("/admin/items/{}", o.original),
            title: o.title,
            language: o.language,
            original_title: o.original_title,
        });
    }
    Ok(rows)
}

/// The recent public items that lack a version in an interface language of the site, for
/// an account whose items are limited to `sources` (none: every item).
pub async fn missing_translations(
    state: &AppState,
    ui: &Ui,
    site: &SiteDefinition,
    sources: Option<&[String]>,
) -> Result<MissingTranslations, WebError> {
    let languages: Vec<String> = site
        .organization
        .languages
        .iter()
        .filter(|l| l.interface)
        .map(|l| l.code.to_string())
        .collect();
    let name = |code: &str| {
        site.language(code)
            .map_or_else(|| code.to_owned(), |l| l.name.clone())
    };
    let now = state.clock.now();
    let since = now
        .checked_sub(SignedDuration::from_hours(MISSING_DAYS * 24))
        .unwrap_or(Timestamp::MIN);
    let found = state
        .store
        .missing_translations(&languages, sources, since, now, MISSING_LISTED)
        .await?;
    Ok(MissingTranslations {
        intro: ui.text(
            wk::DASHBOARD_MISSING_INTRO,
            &[("days", MISSING_DAYS.into())],
        ),
        counts: found
            .counts
            .iter()
            .filter(|(_, n)| *n > 0)
            .map(|(code, n)| {
                ui.text(
                    wk::DASHBOARD_MISSING_COUNT,
                    &[("language", name(code).into()), ("count", (*n).into())],
                )
            })
            .collect(),
        items: found
            .recent
            .into_iter()
            .map(|m| {
                let zone = TimeZone::get(&m.time_zone).unwrap_or(TimeZone::UTC);
                let date = zone.to_datetime(m.published_at).date();
                MissingRow {
                    href: format!("/admin/items/{}#translate", m.id),
                    title: m.title,
                    date: ui.date(date),
                    date_iso: date.to_string(),
                    missing: m
                        .missing
                        .iter()
                        .map(|c| name(c))
                        .collect::<Vec<_>>()
                        .join(", "),
                    language: m.language,
                }
            })
            .collect(),
    })
}
