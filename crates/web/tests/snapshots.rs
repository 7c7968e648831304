//! Snapshots of the main pages (the stylesheet fingerprint is redacted).

mod common;

use common::TestApp;

fn main_part(html: &str) -> String {
    let start = html.find("<main").expect("main");
    let end = html.find("</main>").expect("main end") + "</main>".len();
    html[start..end]
        .lines()
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

#[tokio::test]
async fn item_page_snapshot() {
    let app = TestApp::start().await;
    let page = app.get("/items/1/osce-representative-encourages-belarus-to-work-closer-with-ngos-to-combat-human-trafficking").await;
    insta::assert_snapshot!(main_part(&page.body));
}

#[tokio::test]
async fn newsroom_snapshot() {
    let app = TestApp::start().await;
    insta::assert_snapshot!(main_part(&app.get("/press-releases").await.body));
}

#[tokio::test]
async fn structure_page_snapshot() {
    let app = TestApp::start().await;
    insta::assert_snapshot!(main_part(
        &app.get("/structures/office-in-minsk").await.body
    ));
}

#[tokio::test]
async fn page_head_and_navigation_snapshot() {
    let app = TestApp::start().await;
    let html = app.get("/").await.body;
    let head = &html[..html.find("<main").expect("main")];
    let mut settings = insta::Settings::clone_current();
    settings.add_filter(r"site\.css\?v=[0-9a-f]+", "site.css?v=[version]");
    settings.bind(|| insta::assert_snapshot!(head));
}

/// The site as shipped (the seed in English and in Russian), on a fixed day.
async fn both_languages() -> TestApp {
    TestApp::start_with_site(
        std::sync::Arc::new(common::full_site()),
        common::at("2026-03-01T12:00:00+01:00"),
    )
    .await
}

#[tokio::test]
async fn home_page_snapshot() {
    let app = both_languages().await;
    insta::assert_snapshot!(main_part(&app.get("/").await.body));
}

#[tokio::test]
async fn russian_home_page_snapshot() {
    let app = both_languages().await;
    let html = app.get("/ru/").await.body;
    insta::assert_snapshot!(main_part(&html));
    let head = &html[..html.find("<main").expect("main")];
    let mut settings = insta::Settings::clone_current();
    settings.add_filter(r"site\.css\?v=[0-9a-f]+", "site.css?v=[version]");
    settings.bind(|| insta::assert_snapshot!("russian_head_and_navigation", head));
}

#[tokio::test]
async fn russian_item_page_snapshot() {
    let app = both_languages().await;
    let listing = app.get("/ru/press-releases").await.body;
    let links = common::item_links(&listing);
    assert_eq!(links.len(), 1, "{listing}");
    insta::assert_snapshot!(main_part(&app.get(&links[0]).await.body));
}

#[tokio::test]
async fn russian_newsroom_snapshot() {
    let app = both_languages().await;
    insta::assert_snapshot!(main_part(&app.get("/ru/press-releases").await.body));
}

#[tokio::test]
async fn russian_structure_page_snapshot() {
    let app = both_languages().await;
    insta::assert_snapshot!(main_part(
        &app.get("/ru/structures/office-in-minsk").await.body
    ));
}
