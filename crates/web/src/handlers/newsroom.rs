//! The newsroom: every public item, newest first, with the listing's filters.

use axum::extract::{Query, State};
use axum::response::Response;

use crate::AppState;
use crate::error::WebError;
use crate::listing::{ListingSpec, listing};

/// `GET /press-releases`: the newsroom, every public item, newest first.
pub async fn newsroom(
    State(state): State<AppState>,
    Query(pairs): Query<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let spec = ListingSpec {
        base: "/press-releases".into(),
        title: "Newsroom".into(),
        kicker: String::new(),
        heading: "Newsroom".into(),
        intro: vec!["Press releases, news, statements and speeches, newest first.".into()],
        facts: Vec::new(),
        lists: Vec::new(),
        fixed: Vec::new(),
        section: "newsroom",
        list_heading: "Latest items".into(),
        search: None,
    };
    listing(&state, spec, &pairs).await
}
