//! The API's JSON requests: any body given to `ApiQuery::from_json` must give a request or a
//! refusal with a documented code, a short message and a pointer into the body, never a
//! panic; an accepted request must keep the limits and normal forms of docs/API.md and
//! mean the same when written back as a body or as a query string.

#![no_main]

use communique_fuzz::query::{addresses, check_error, check_query, check_restated, cut};
use communique_fuzz::site;
use libfuzzer_sys::fuzz_target;
use model::query::ApiQuery;
use serde_json::Value;

fuzz_target!(|data: &[u8]| {
    // POST /api/v1/items reads its body with serde_json::from_slice: nothing serde_json
    // refuses reaches the validator.
    let Ok(body) = serde_json::from_slice::<Value>(data) else {
        return;
    };
    let site = site();
    let result = ApiQuery::from_json(&body, site);
    assert_eq!(
        ApiQuery::from_json(&body, site),
        result,
        "a second reading of the same body differs"
    );
    match &result {
        Ok(q) => {
            check_query(q, site);
            check_restated(q, site);
        }
        Err(e) => {
            check_error(e);
            // The pointer addresses the offending part of the body itself.
            assert!(
                addresses(&body, &e.pointer),
                "the pointer {:?} addresses nothing in the body ({}: {})",
                cut(&e.pointer, 200),
                e.code,
                cut(&e.message, 200)
            );
        }
    }
});
