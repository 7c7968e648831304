use axum::extract::{Path, State};
use axum::response::Response;
use render::messages::key;
use render::pages::TextPage;

use crate::AppState;
use crate::error::WebError;
use crate::language::Here;
use crate::views;

/// `GET /pages/{slug}`: a page of the site definition (About us, Projects…).
pub async fn text_page(
    State(state): State<AppState>,
    here: Here,
    Path(slug): Path<String>,
) -> Result<Response, WebError> {
    let site = state.site();
    let page = site
        .page(&slug)
        .ok_or_else(|| WebError::NotFound(here.ui.text(key::NO_SUCH_PAGE, &[])))?;
    views::html(&TextPage {
        layout: views::layout(&state, &here, &page.title, ""),
        heading: page.title.clone(),
        paragraphs: page.body.clone(),
    })
}

/// `GET /api`: the API's documentation (docs/API.md, built into the binary) with a link to
/// the OpenAPI document.
pub async fn api_docs(State(state): State<AppState>, here: Here) -> Result<Response, WebError> {
    views::html(&render::pages::DocPage {
        layout: views::layout(&state, &here, &here.ui.text(key::API_DOCS_TITLE, &[]), ""),
        body_html: render::docs::api_html(),
    })
}
