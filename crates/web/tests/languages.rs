//! The site in its languages: addresses per language, the interface in the page's language,
//! the switcher and `hreflang` alternates, and an item's translations (public ones only).

mod common;

use common::{TestApp, item};
use http::StatusCode;
use model::{ItemStatus, LanguageCode};

/// The `href` of the link whose `hreflang` is `lang` (the first one, in the page's head).
fn alternate(html: &str, lang: &str) -> Option<String> {
    let marker = format!("hreflang=\"{lang}\" href=\"");
    let at = html.find(&marker)? + marker.len();
    let rest = &html[at..];
    Some(rest[..rest.find('"')?].to_owned())
}

#[tokio::test]
async fn every_language_of_the_site_has_its_addresses() {
    let app = TestApp::start().await;
    let ru = app.get("/ru/press-releases").await;
    assert_eq!(ru.status, StatusCode::OK);
    assert!(ru.body.contains("<html lang=\"ru\">"), "{}", ru.body);
    assert!(
        ru.body.contains(">Пресс-центр<"),
        "the interface is Russian"
    );
    assert!(
        !ru.body.contains(">Newsroom<"),
        "no English left in the menus"
    );
    // The links of the page stay in Russian.
    assert!(ru.body.contains("href=\"/ru/fields-of-work\""));
    assert!(ru.body.contains("action=\"/ru/search\""));

    let fr = app.get("/fr/").await;
    assert!(fr.body.contains("<html lang=\"fr\">"));
    assert!(fr.body.contains("Salle de presse"), "{}", fr.body);

    // A language of the site without an interface of its own: its addresses exist, and the
    // interface is the default language's, marked so.
    let sq = app.get("/sq/press-releases").await;
    assert_eq!(sq.status, StatusCode::OK);
    assert!(sq.body.contains("<html lang=\"sq\">"));
    assert!(
        sq.body.contains("<span lang=\"en\">Newsroom</span>"),
        "{}",
        sq.body
    );
}

#[tokio::test]
async fn prefixes_redirect_or_answer_404() {
    let app = TestApp::start().await;
    for (from, to) in [
        ("/en/press-releases", "/press-releases"),
        ("/en/search?q=x", "/search?q=x"),
        ("/en", "/"),
        ("/ru", "/ru/"),
    ] {
        let page = app.get(from).await;
        assert_eq!(page.status, StatusCode::MOVED_PERMANENTLY, "{from}");
        assert_eq!(page.headers["location"], to, "{from}");
    }
    // Unknown prefixes, and the addresses that exist in one language only.
    for path in [
        "/xx/press-releases",
        "/zz/",
        "/ru/admin",
        "/ru/api/v1/items",
        "/ru/assets/site.css",
        "/ru/ru/press-releases",
    ] {
        assert_eq!(app.get(path).await.status, StatusCode::NOT_FOUND, "{path}");
    }
    // Accept-Language never redirects by itself.
    let page = app
        .request(
            http::Request::get("/press-releases")
                .header(http::header::ACCEPT_LANGUAGE, "ru-RU,ru;q=0.9")
                .body(axum::body::Body::empty())
                .expect("request"),
        )
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("<html lang=\"en\">"));
}

#[tokio::test]
async fn the_switcher_links_the_same_page_in_each_language() {
    let app = TestApp::start().await;
    let page = app
        .get("/ru/press-releases?type=press-release&page=1")
        .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert_eq!(
        alternate(&page.body, "en").as_deref(),
        Some("/press-releases?type=press-release")
    );
    assert_eq!(
        alternate(&page.body, "de").as_deref(),
        Some("/de/press-releases?type=press-release")
    );
    assert_eq!(
        alternate(&page.body, "x-default").as_deref(),
        Some("/press-releases?type=press-release")
    );
    assert!(page.body.contains("aria-current=\"true\">Русский<"));
    // Only the interface languages are offered.
    assert!(!page.body.contains("hreflang=\"sq\""));
}

#[tokio::test]
async fn an_item_lives_under_its_language_and_links_its_public_translations() {
    let app = TestApp::start().await;
    let en = item("Elections observed", "2026-02-01", &["odihr"], &[], &[]);
    let ids = app.add(&[en]).await;
    let mut ru = item("Наблюдение за выборами", "2026-02-01", &["odihr"], &[], &[]);
    ru.language = LanguageCode::parse("ru").expect("lang");
    ru.translation_of = Some(ids[0]);
    let mut fr = item("Élections observées", "2026-02-01", &["odihr"], &[], &[]);
    fr.language = LanguageCode::parse("fr").expect("lang");
    fr.translation_of = Some(ids[0]);
    fr.status = ItemStatus::Draft;
    let more = app.add(&[ru, fr]).await;
    let (ru_id, fr_id) = (more[0].0, more[1].0);

    // The Russian item's address is under /ru/; any other redirects there.
    let moved = app.get(&format!("/items/{ru_id}/x")).await;
    assert_eq!(moved.status, StatusCode::MOVED_PERMANENTLY);
    let location = moved.headers["location"]
        .to_str()
        .expect("ascii")
        .to_owned();
    assert!(
        location.starts_with(&format!("/ru/items/{ru_id}/")),
        "{location}"
    );
    let page = app.get(&location).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("<html lang=\"ru\">"));
    assert!(page.body.contains("<dt>Дата:</dt>"), "{}", page.body);

    // It links the English original; the French draft is not named anywhere.
    let english = alternate(&page.body, "en").expect("an English alternate");
    assert!(
        english.starts_with(&format!("/items/{}/", ids[0].0)),
        "{english}"
    );
    assert!(!page.body.contains(&format!("/items/{fr_id}")));
    assert!(!page.body.contains("hreflang=\"fr\""));
    let original = app.get(&english).await;
    assert!(original.body.contains(&format!("href=\"{location}\"")));
}

#[tokio::test]
async fn russian_counts_take_their_plural_forms() {
    let app = TestApp::start().await;
    let page = app.get("/ru/").await;
    // The home page counts the newsroom's items: the sample item alone.
    assert!(page.body.contains("(1 материал)"), "{}", page.body);
}
