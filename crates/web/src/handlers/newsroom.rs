//! The newsroom: every public item, newest first, with the listing's filters.

use axum::extract::{Query, State};
use axum::http::HeaderMap;
use axum::response::Response;

use crate::AppState;
use crate::error::WebError;
use crate::language::Here;
use crate::listing::{ListingSpec, listing};
use crate::views;
use render::messages::key;

/// `GET /press-releases`: the newsroom, every public item, newest first. Its first page
/// without filters, the one most readers open, is kept rendered until what it shows may
/// change.
pub async fn newsroom(
    State(state): State<AppState>,
    here: Here,
    Query(pairs): Query<Vec<(String, String)>>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    if pairs.is_empty() {
        let key = format!("{} /press-releases", here.ui.lang());
        let render = async {
            let page = render(&state, &here, &pairs).await?;
            views::body_of(page).await
        };
        let view = state.public().view(key, render).await?;
        return Ok(views::kept_page(&headers, &view));
    }
    render(&state, &here, &pairs).await
}

async fn render(
    state: &AppState,
    here: &Here,
    pairs: &[(String, String)],
) -> Result<Response, WebError> {
    let spec = ListingSpec {
        base: "/press-releases".into(),
        title: here.ui.text(key::NEWSROOM_TITLE, &[]),
        kicker: String::new(),
        heading: here.ui.text(key::NEWSROOM_TITLE, &[]),
        heading_lang: None,
        intro: vec![here.ui.text(key::NEWSROOM_INTRO, &[])],
        introduction: None,
        facts: Vec::new(),
        lists: Vec::new(),
        fixed: Vec::new(),
        section: "newsroom",
        list_heading: here.ui.text(key::NEWSROOM_LIST_HEADING, &[]),
        search: None,
    };
    listing(state, here, spec, pairs).await
}
