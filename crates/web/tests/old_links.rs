//! Links to the old website's pages of imported items: redirected to the item once it is
//! public, answered exactly as an unknown address before (and for a withdrawn item).

mod common;

use common::{TestApp, item};
use http::{StatusCode, header};
use model::ItemStatus;

const OLD: &str = "http://www.osce.org/odihr/item_1_21855.html";

async fn import(
    app: &TestApp,
    status: ItemStatus,
    embargo: Option<&str>,
    key: &str,
    address: &str,
) -> model::ItemId {
    let mut it = item(
        "ODIHR launches guidelines on freedom of peaceful assembly",
        "2006-11-14",
        &["odihr"],
        &[],
        &[],
    );
    it.status = status;
    it.embargo_until = embargo.map(|e| e.parse().expect("an instant"));
    it.external_id = Some(key.to_owned());
    let outcomes = app
        .state
        .store
        .upsert_imports(
            &[it],
            &[Some(address.to_owned())],
            &[],
            jiff::Timestamp::UNIX_EPOCH,
        )
        .await
        .expect("imported");
    outcomes[0].id()
}

#[tokio::test]
async fn an_old_link_redirects_to_its_public_item() {
    let app = TestApp::start().await;
    let id = import(
        &app,
        ItemStatus::Published,
        None,
        "page:odihr/21855.html",
        OLD,
    )
    .await;
    let page = app.get("/odihr/item_1_21855.html").await;
    assert_eq!(page.status, StatusCode::MOVED_PERMANENTLY);
    let location = page
        .headers
        .get(header::LOCATION)
        .and_then(|v| v.to_str().ok())
        .expect("a Location");
    assert_eq!(
        location,
        format!("/items/{id}/odihr-launches-guidelines-on-freedom-of-peaceful-assembly")
    );
    // The query is part of the old address; HEAD is answered as GET.
    let page = app
        .request(
            http::Request::head("/odihr/item_1_21855.html")
                .header(header::HOST, "localhost")
                .body(axum::body::Body::empty())
                .expect("request"),
        )
        .await;
    assert_eq!(page.status, StatusCode::MOVED_PERMANENTLY);
    assert_eq!(
        app.get("/odihr/item_1_21855.html?print=1").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn an_old_link_to_a_hidden_item_is_an_unknown_address() {
    let app = TestApp::start().await;
    let unknown = app.get("/sg/item_1_99999.html").await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    // The test's clock is at 2026-03-01.
    for (status, embargo, n) in [
        (ItemStatus::Draft, None, 1),
        (ItemStatus::Unpublished, None, 2),
        (ItemStatus::Published, Some("2026-06-01T08:00:00Z"), 3),
    ] {
        let path = format!("/odihr/hidden_{n}.html");
        import(
            &app,
            status,
            embargo,
            &format!("page:hidden-{n}"),
            &format!("https://www.osce.org{path}"),
        )
        .await;
        let page = app.get(&path).await;
        assert_eq!(page.status, StatusCode::NOT_FOUND, "{status:?} {embargo:?}");
        assert_eq!(
            page.body, unknown.body,
            "{status:?}: the same answer as unknown"
        );
        assert_eq!(
            page.headers.get(header::LOCATION),
            None,
            "{status:?}: no redirect"
        );
    }
}
