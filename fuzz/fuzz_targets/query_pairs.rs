//! The API's query strings in bracket syntax: any query string, decoded as
//! `GET /api/v1/items` decodes it, must give through `pairs_to_json` and
//! `ApiQuery::from_query_pairs` a request or a clear refusal, never a panic. The pairs
//! become a JSON tree of strings with one leaf per pair, which written back as pairs is the
//! same tree; a query string is validated exactly as the body its tree would be.

#![no_main]

use communique_fuzz::query::{
    addresses, check_error, check_query, check_restated, cut, decode_query, to_pairs,
};
use communique_fuzz::site;
use libfuzzer_sys::fuzz_target;
use model::query::{ApiQuery, MAX_PAIR_CHARS, pairs_to_json};
use serde_json::Value;

fuzz_target!(|data: &[u8]| {
    // The server hands the handler the raw query string as text.
    let raw = String::from_utf8_lossy(data);
    let Ok(pairs) = decode_query(&raw) else {
        return;
    };
    let site = site();
    let tree = pairs_to_json(&pairs);
    let result = ApiQuery::from_query_pairs(&pairs, site);
    assert_eq!(
        ApiQuery::from_query_pairs(&pairs, site),
        result,
        "a second reading of the same pairs differs"
    );
    // GET and POST go through one validator: the same request, or the same error.
    let as_body = tree.clone().and_then(|t| ApiQuery::from_json(&t, site));
    assert_eq!(
        result, as_body,
        "the pairs and the body they stand for are read differently"
    );
    match &tree {
        Ok(t) => check_tree(&pairs, t),
        Err(e) => check_error(e),
    }
    match &result {
        Ok(q) => {
            check_query(q, site);
            check_restated(q, site);
        }
        Err(e) => {
            check_error(e);
            if let Ok(t) = &tree {
                assert!(
                    addresses(t, &e.pointer),
                    "the pointer {:?} addresses nothing in the tree of the pairs ({}: {})",
                    cut(&e.pointer, 200),
                    e.code,
                    cut(&e.message, 200)
                );
            }
        }
    }
});

/// The tree of accepted pairs: an object whose leaves are the pairs' values, one per pair,
/// all strings, without empty lists or objects; written back as pairs, the same tree.
fn check_tree(pairs: &[(String, String)], tree: &Value) {
    assert!(tree.is_object(), "the tree is not an object: {tree}");
    let mut leaves = Vec::new();
    collect_leaves(tree, &mut leaves);
    let mut values: Vec<&str> = pairs.iter().map(|(_, v)| v.as_str()).collect();
    leaves.sort_unstable();
    values.sort_unstable();
    assert_eq!(
        leaves, values,
        "the leaves of the tree are not the pairs' values"
    );

    let again = to_pairs(tree);
    if again
        .iter()
        .all(|(n, _)| n.chars().count() <= MAX_PAIR_CHARS)
    {
        assert_eq!(
            pairs_to_json(&again).as_ref(),
            Ok(tree),
            "the tree written back as pairs gives another tree: {again:?}"
        );
    }
}

fn collect_leaves<'v>(v: &'v Value, out: &mut Vec<&'v str>) {
    match v {
        Value::String(s) => out.push(s),
        Value::Array(items) => {
            assert!(!items.is_empty(), "an empty list in the tree");
            for item in items {
                collect_leaves(item, out);
            }
        }
        Value::Object(m) => {
            for item in m.values() {
                collect_leaves(item, out);
            }
        }
        other => panic!("a leaf that is not a string: {other}"),
    }
}
