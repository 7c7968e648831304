//! What an item's page shows after its text: its press contact, more from its source,
//! related items, and the links that share it. Every item listed comes through the gate:
//! public ones only.

use model::menu::structure_href;
use model::{Dimension, Filter, Item, ItemId, SiteDefinition};
use render::messages::key;
use render::pages::{Link, RelatedLink, RelatedList, Ui};

use crate::AppState;
use crate::error::WebError;
use crate::views;

/// How many items each list shows.
const SHOWN: usize = 4;

/// The source whose other items are shown: the most specific of the item's sources (the
/// Office in Minsk rather than the Secretariat it reports to, when both are named).
fn main_source<'a>(site: &SiteDefinition, item: &'a Item) -> Option<&'a model::Slug> {
    let sources = &item.data.sources;
    let is_ancestor_of_another = |slug: &model::Slug| {
        sources.iter().any(|other| {
            let mut at = site.structure(other.as_str());
            let mut steps = 0;
            while let Some(s) = at.and_then(|s| site.parent_of(s)) {
                if s.slug == *slug {
                    return true;
                }
                steps += 1;
                if steps > 16 {
                    break;
                }
                at = Some(s);
            }
            false
        })
    };
    sources
        .iter()
        .find(|s| !is_ancestor_of_another(s))
        .or(sources.first())
}

/// Public items of `filter` in the item's language, newest first, without `skip`.
async fn newest(
    state: &AppState,
    filter: Filter,
    skip: &[ItemId],
    ui: &Ui,
) -> Result<Vec<(ItemId, RelatedLink)>, WebError> {
    let public = state.public();
    let results = public
        .listing(publishing::CatalogQuery::newest(
            filter.condition(),
            SHOWN + skip.len(),
        ))
        .await?;
    let ids: Vec<ItemId> = results
        .ids
        .into_iter()
        .filter(|id| !skip.contains(id))
        .take(SHOWN)
        .collect();
    let site = state.site();
    let items = public.card_items(&ids).await?;
    Ok(items
        .iter()
        .map(|i| {
            let lang = i.data.language.as_str();
            let date = i.data.local_date();
            let link = RelatedLink {
                href: views::item_address(&site, i),
                title: i.data.title.clone(),
                date: render::dates::format_date(date, site.locale_of(lang)),
                date_iso: date.to_string(),
                lang: (lang != ui.lang()).then(|| lang.to_owned()),
            };
            (i.id, link)
        })
        .collect())
}

/// "More from the OSCE Office in Minsk": the newest other items of the item's main source,
/// and their ids.
pub async fn more_from(
    state: &AppState,
    item: &Item,
    ui: &Ui,
    today: jiff::civil::Date,
) -> Result<Option<(RelatedList, Vec<ItemId>)>, WebError> {
    let site = state.site();
    let Some(source) = main_source(&site, item) else {
        return Ok(None);
    };
    let filter = Filter::new()
        .with(Dimension::Source, source.as_str())
        .with(Dimension::Language, item.data.language.as_str());
    let items = newest(state, filter, &[item.id], ui).await?;
    if items.is_empty() {
        return Ok(None);
    }
    let lang = ui.lang();
    // The name in the page's sentence: in the page's language where the site gives it.
    let name = match site.structure(source.as_str()) {
        Some(s) => views::source_label(&site, s, today, today, lang),
        None => source.to_string(),
    };
    let label = |k| ui.text(k, &[("source", name.as_str().into())]);
    let (ids, items): (Vec<ItemId>, Vec<RelatedLink>) = items.into_iter().unzip();
    let list = RelatedList {
        heading: label(key::ITEM_MORE_FROM),
        all: Link {
            label: label(key::ITEM_ALL_FROM),
            href: structure_href(source.as_str()),
            lang: None,
        },
        items,
    };
    Ok(Some((list, ids)))
}

/// Where journalists ask about the item: the press contact of its main source, else of the
/// nearest structure above it that has one, in the page's language where the site gives it.
pub fn press_contact(
    site: &SiteDefinition,
    item: &Item,
    ui: &Ui,
) -> Option<render::pages::PressContactView> {
    let source = site.structure(main_source(site, item)?.as_str())?;
    crate::introductions::press_contact(site, ui, source)
}

/// Items of the same fields of work and countries (either, when the item has both and
/// together they find too few), newest first, in the item's language, without those of
/// `skip`.
pub async fn related(
    state: &AppState,
    item: &Item,
    ui: &Ui,
    skip: &[ItemId],
) -> Result<Vec<RelatedLink>, WebError> {
    let d = &item.data;
    let mut base = Filter::new().with(Dimension::Language, d.language.as_str());
    let mut fields = base.clone();
    for f in &d.fields_of_work {
        fields = fields.with(Dimension::FieldOfWork, f.as_str());
    }
    let mut both = fields.clone();
    for c in &d.countries {
        both = both.with(Dimension::Country, c.as_str());
        base = base.with(Dimension::Country, c.as_str());
    }
    let mut skip = skip.to_vec();
    skip.push(item.id);
    let mut found = Vec::new();
    let tries = [
        (!d.fields_of_work.is_empty() && !d.countries.is_empty()).then_some(both),
        (!d.fields_of_work.is_empty()).then_some(fields),
        (!d.countries.is_empty()).then_some(base),
    ];
    for filter in tries.into_iter().flatten() {
        if found.len() >= SHOWN {
            break;
        }
        for (id, link) in newest(state, filter, &skip, ui).await? {
            if found.len() < SHOWN {
                skip.push(id);
                found.push(link);
            }
        }
    }
    Ok(found)
}

/// Links that share `url` by e-mail and on the common networks: plain addresses, no script
/// of theirs on the page.
pub fn share_links(ui: &Ui, organization: &str, title: &str, url: &str) -> Vec<(String, String)> {
    let enc = model::filter::encode_query_value;
    let subject = ui.text(
        key::ITEM_SHARE_EMAIL_SUBJECT,
        &[
            ("organization", organization.into()),
            ("title", title.into()),
        ],
    );
    let (u, t) = (enc(url), enc(title));
    vec![
        (
            ui.text(key::ITEM_SHARE_EMAIL, &[]),
            format!("mailto:?subject={}&body={u}", enc(&subject)),
        ),
        (
            "Bluesky".into(),
            format!("https://bsky.app/intent/compose?text={t}%20{u}"),
        ),
        (
            "Facebook".into(),
            format!("https://www.facebook.com/sharer/sharer.php?u={u}"),
        ),
        (
            "LinkedIn".into(),
            format!("https://www.linkedin.com/sharing/share-offsite/?url={u}"),
        ),
        (
            "Telegram".into(),
            format!("https://t.me/share/url?url={u}&text={t}"),
        ),
        ("WhatsApp".into(), format!("https://wa.me/?text={t}%20{u}")),
        (
            "X".into(),
            format!("https://x.com/intent/post?text={t}&url={u}"),
        ),
    ]
}
