use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Response;
use model::menu::field_href;
use render::messages::key;
use render::pages::{HomePage, LinkEntry};

use crate::AppState;
use crate::error::WebError;
use crate::language::Here;
use crate::views;

/// `GET /`: the latest items and the current chairpersonship, kept rendered until what it
/// shows may change.
pub async fn home(
    State(state): State<AppState>,
    here: Here,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let key = format!("{} /", here.ui.lang());
    let view = state.public().view(key, render_home(&state, &here)).await?;
    Ok(views::kept_page(&headers, &view))
}

async fn render_home(state: &AppState, here: &Here) -> Result<bytes::Bytes, WebError> {
    let now = state.clock.now();
    let lang = here.ui.lang();
    let latest = |filter: model::Filter| publishing::CatalogQuery {
        facets: vec![model::Dimension::FieldOfWork],
        ..publishing::CatalogQuery::newest(filter.condition(), 8)
    };
    // The latest items in the page's language; a language without items yet shows every
    // language's, as its newsroom offers to.
    let in_language = model::Filter::new().with(model::Dimension::Language, lang);
    let mut results = state.public().listing(latest(in_language)).await?;
    if results.total == 0 {
        results = state.public().listing(latest(model::Filter::new())).await?;
    }
    let site = &state.site();
    let today = site.today(now);
    let chair_text = site.current_chairpersonship(now).map(|(ch, c)| {
        let (country, _) = views::value_label(
            site,
            &here.ui,
            model::Dimension::Country,
            c.slug.as_str(),
            today,
        );
        here.ui.text(
            key::HOME_CHAIRPERSONSHIP,
            &[
                ("country", country.into()),
                ("organization", site.organization.short_name_in(lang).into()),
                ("year", ch.year.to_string().into()),
            ],
        )
    });
    let counts = results.facets.get(&model::Dimension::FieldOfWork);
    let fields = site
        .fields
        .iter()
        .map(|f| {
            let (label, lang) = views::value_label(
                site,
                &here.ui,
                model::Dimension::FieldOfWork,
                f.slug.as_str(),
                today,
            );
            LinkEntry {
                label,
                href: field_href(f.slug.as_str()),
                note: String::new(),
                count: counts
                    .and_then(|c| c.iter().find(|v| v.value == f.slug.as_str()))
                    .map(|v| v.count as usize),
                lang,
            }
        })
        .collect();
    let mut layout = views::layout(state, here, &here.ui.text(key::HOME_TITLE, &[]), "home");
    layout.canonical = Some(here.ui.href("/"));
    // The feed of the newsroom in the page's language (as the latest items shown here).
    layout.feed = Some(views::feed_link(
        site,
        &here.ui,
        &model::Filter::new(),
        today,
        false,
    ));
    let page = HomePage {
        layout,
        chair_text,
        cards: views::cards(state, &here.ui, &results.ids).await?,
        fields,
        total: results.total,
    };
    views::rendered(&page)
}
