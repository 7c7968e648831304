use axum::extract::State;
use axum::response::Response;
use model::menu::field_href;
use render::messages::key;
use render::pages::{HomePage, LinkEntry};

use crate::AppState;
use crate::error::WebError;
use crate::language::Here;
use crate::views;

/// `GET /`: the latest items and the current chairpersonship.
pub async fn home(State(state): State<AppState>, here: Here) -> Result<Response, WebError> {
    let now = state.clock.now();
    let results = state
        .public()
        .listing(publishing::CatalogQuery {
            facets: vec![model::Dimension::FieldOfWork],
            ..publishing::CatalogQuery::every_item(8)
        })
        .await?;
    let site = &state.site();
    let chair_text = site.current_chairpersonship(now).map(|(ch, c)| {
        here.ui.text(
            key::HOME_CHAIRPERSONSHIP,
            &[
                ("country", c.name.as_str().into()),
                ("organization", site.organization.short_name.as_str().into()),
                ("year", ch.year.into()),
            ],
        )
    });
    let counts = results.facets.get(&model::Dimension::FieldOfWork);
    let fields = site
        .fields
        .iter()
        .map(|f| LinkEntry {
            label: f.name.clone(),
            href: field_href(f.slug.as_str()),
            note: String::new(),
            count: counts
                .and_then(|c| c.iter().find(|v| v.value == f.slug.as_str()))
                .map(|v| v.count as usize),
        })
        .collect();
    let page = HomePage {
        layout: views::layout(&state, &here, &here.ui.text(key::HOME_TITLE, &[]), "home"),
        chair_text,
        cards: views::cards(&state, &results.ids).await?,
        fields,
        total: results.total,
    };
    views::html(&page)
}
