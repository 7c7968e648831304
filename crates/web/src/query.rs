//! Query-string parsing shared by the listing handlers.

use model::{Filter, SiteDefinition};

use crate::error::WebError;

pub const PAGE_SIZE: usize = 20;
/// Deep paging is bounded so that a crawler cannot ask for page 10^9.
pub const MAX_PAGE: usize = 5_000;

#[derive(Debug, Clone)]
pub struct ListingParams {
    pub filter: Filter,
    pub page: usize,
}

pub fn parse_listing(
    pairs: &[(String, String)],
    site: &SiteDefinition,
) -> Result<ListingParams, WebError> {
    let filter = Filter::from_query(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())), site)?;
    let mut page = 1;
    for (k, v) in pairs {
        if k == "page" {
            page = match v.parse::<usize>() {
                Ok(n) if (1..=MAX_PAGE).contains(&n) => n,
                _ => {
                    return Err(WebError::BadRequest(format!(
                        "page must be a whole number from 1 to {MAX_PAGE}, not '{}'",
                        v.chars().take(40).collect::<String>()
                    )));
                }
            };
        }
    }
    Ok(ListingParams { filter, page })
}
