//! The newsroom: every public item, newest first, with the listing's filters.

use axum::extract::{Query, State};
use axum::response::Response;

use crate::AppState;
use crate::error::WebError;
use crate::listing::{ListingSpec, listing};
use render::messages::{key, text};

/// `GET /press-releases`: the newsroom, every public item, newest first.
pub async fn newsroom(
    State(state): State<AppState>,
    Query(pairs): Query<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let spec = ListingSpec {
        base: "/press-releases".into(),
        title: text(key::NEWSROOM_TITLE, &[]),
        kicker: String::new(),
        heading: text(key::NEWSROOM_TITLE, &[]),
        intro: vec![text(key::NEWSROOM_INTRO, &[])],
        facts: Vec::new(),
        lists: Vec::new(),
        fixed: Vec::new(),
        section: "newsroom",
        list_heading: text(key::NEWSROOM_LIST_HEADING, &[]),
        search: None,
    };
    listing(&state, spec, &pairs).await
}
