//! The newsroom: every public item, newest first, with the listing's filters.

use axum::extract::{Query, State};
use axum::response::Response;

use crate::AppState;
use crate::error::WebError;
use crate::language::Here;
use crate::listing::{ListingSpec, listing};
use render::messages::key;

/// `GET /press-releases`: the newsroom, every public item, newest first.
pub async fn newsroom(
    State(state): State<AppState>,
    here: Here,
    Query(pairs): Query<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let spec = ListingSpec {
        base: "/press-releases".into(),
        title: here.ui.text(key::NEWSROOM_TITLE, &[]),
        kicker: String::new(),
        heading: here.ui.text(key::NEWSROOM_TITLE, &[]),
        heading_lang: None,
        intro: vec![here.ui.text(key::NEWSROOM_INTRO, &[])],
        facts: Vec::new(),
        lists: Vec::new(),
        fixed: Vec::new(),
        section: "newsroom",
        list_heading: here.ui.text(key::NEWSROOM_LIST_HEADING, &[]),
        search: None,
    };
    listing(&state, &here, spec, &pairs).await
}
