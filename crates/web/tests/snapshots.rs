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
