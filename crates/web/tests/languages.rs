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

/// An English item in the field of human rights and its public Russian translation.
async fn translated_pair(app: &TestApp) -> (model::ItemId, model::ItemId) {
    let en = item(
        "Elections observed",
        "2026-02-01",
        &["odihr"],
        &["human-rights"],
        &["ukraine"],
    );
    let ids = app.add(&[en]).await;
    let mut ru = item(
        "Наблюдение за выборами",
        "2026-02-01",
        &["odihr"],
        &["human-rights"],
        &["ukraine"],
    );
    ru.language = LanguageCode::parse("ru").expect("lang");
    ru.translation_of = Some(ids[0]);
    let more = app.add(&[ru]).await;
    (ids[0], more[0])
}

#[tokio::test]
async fn listings_show_the_page_language_and_widen_to_every_language() {
    let app = TestApp::start().await;
    translated_pair(&app).await;

    let ru = app.get("/ru/press-releases").await;
    assert_eq!(ru.status, StatusCode::OK);
    assert!(ru.body.contains("Наблюдение за выборами"), "{}", ru.body);
    assert!(!ru.body.contains("Elections observed"));
    // The language facet shows Russian chosen, and its link (like the widening link below
    // the count) shows every language; English is named in English, marked so.
    assert!(
        ru.body
            .contains("href=\"/ru/press-releases?language=all\" aria-current=\"true\""),
        "{}",
        ru.body
    );
    assert!(
        ru.body
            .contains(" lang=\"en\">English <span class=\"count\">"),
        "{}",
        ru.body
    );
    assert!(
        ru.body
            .contains("<p class=\"widen\"><a href=\"/ru/press-releases?language=all\">"),
        "{}",
        ru.body
    );
    // The facets name the fields of work in Russian.
    assert!(
        ru.body
            .contains(">Права человека <span class=\"count\">1</span>"),
        "{}",
        ru.body
    );

    let all = app.get("/ru/press-releases?language=all").await;
    assert!(all.body.contains("Наблюдение за выборами"));
    assert!(all.body.contains("Elections observed"));
    // The English card says so, and the way back narrows to Russian.
    assert!(all.body.contains("<li class=\"card\" lang=\"en\">"));
    assert!(
        all.body
            .contains("<p class=\"widen\"><a href=\"/ru/press-releases\">"),
        "{}",
        all.body
    );

    // The root is the default language's newsroom; a reader can still choose Russian.
    let en = app.get("/press-releases").await;
    assert!(en.body.contains("Elections observed"));
    assert!(!en.body.contains("Наблюдение за выборами"));
    let chosen = app.get("/press-releases?language=ru").await;
    assert!(chosen.body.contains("Наблюдение за выборами"));
    assert!(!chosen.body.contains("Elections observed"));
    assert!(!chosen.body.contains("class=\"widen\""));
}

#[tokio::test]
async fn index_pages_count_the_items_of_their_language() {
    let app = TestApp::start().await;
    translated_pair(&app).await;
    let page = app.get("/ru/fields-of-work").await;
    assert!(
        page.body.contains(
            "<a href=\"/ru/fields-of-work/human-rights\">Права человека</a> <span class=\"count\">1</span>"
        ),
        "{}",
        page.body
    );
    // A structure the site names only in English is shown in English, marked so.
    let tk = app.get("/tk/structures").await;
    assert!(
        tk.body
            .contains("lang=\"en\">Office of Internal Oversight</a>"),
        "{}",
        tk.body
    );
}

#[tokio::test]
async fn dates_names_and_marks_follow_the_page_language() {
    let app = TestApp::start_at("2026-03-01T12:00:00+01:00").await;
    let (_, ru_id) = translated_pair(&app).await;
    let page = app.get(&format!("/ru/items/{}/x", ru_id.0)).await;
    let location = page.headers["location"].to_str().expect("ascii").to_owned();
    let page = app.get(&location).await;
    // ICU4X writes the date as Russian does, with its narrow no-break space.
    assert!(
        page.body.contains("1 февраля 2026\u{202f}г."),
        "{}",
        page.body
    );
    assert!(page.body.contains(">Права человека</a>"));
    assert!(page.body.contains(">Украина</a>"), "{}", page.body);

    // A closed structure's page: its Russian name, marked closed in Russian, its dates too.
    let minsk = app.get("/ru/structures/office-in-minsk").await;
    assert_eq!(minsk.status, StatusCode::OK);
    assert!(
        minsk
            .body
            .contains("<h1>Офис ОБСЕ в Минске (не действует)</h1>"),
        "{}",
        minsk.body
    );
    assert!(
        minsk.body.contains("31 марта 2011\u{202f}г."),
        "{}",
        minsk.body
    );
    let en = app.get("/structures/office-in-minsk").await;
    assert!(en.body.contains("31 March 2011"), "{}", en.body);

    // The header's chairpersonship and the organization's name.
    let home = app.get("/ru/").await;
    assert!(
        home.body.contains("председательство в ОБСЕ в 2026 году"),
        "{}",
        home.body
    );
    assert!(
        home.body
            .contains("Организация по безопасности и сотрудничеству в Европе")
    );
    // A missing structure answers in the page's language.
    let missing = app.get("/ru/structures/no-such-thing").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert!(
        !missing.body.contains("There is no structure"),
        "{}",
        missing.body
    );
    assert!(missing.body.contains("не найдена"), "{}", missing.body);
}

#[tokio::test]
async fn an_empty_search_in_one_language_offers_every_language() {
    let app = TestApp::start().await;
    translated_pair(&app).await;
    app.refresh().await;
    let widened = app.get("/fr/search?q=elections&language=all").await;
    assert!(
        widened.body.contains("Elections observed"),
        "{}",
        widened.body
    );
    // The search form keeps the widening.
    assert!(
        widened
            .body
            .contains("<input type=\"hidden\" name=\"language\" value=\"all\">")
    );
    // Widened, the ways out of an empty search stay widened and count what they find there.
    let empty = app.get("/fr/search?q=elections+zzzqx&language=all").await;
    assert!(
        empty
            .body
            .contains("<a href=\"/fr/search?q=elections%20OR%20zzzqx&#38;language=all\">"),
        "{}",
        empty.body
    );
    let page = app.get("/fr/search?q=elections").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body
            .contains("<a href=\"/fr/search?q=elections&#38;language=all\">"),
        "{}",
        page.body
    );
}

#[tokio::test]
async fn sample_translations_join_their_original() {
    let app = TestApp::start_with_site(
        std::sync::Arc::new(common::full_site()),
        common::at("2026-03-01T12:00:00+01:00"),
    )
    .await;
    // The Russian newsroom lists the seed in Russian, and its page links the English one.
    let listing = app.get("/ru/press-releases").await;
    assert_eq!(listing.status, StatusCode::OK);
    let links = common::item_links(&listing.body);
    assert_eq!(links.len(), 1, "{}", listing.body);
    assert!(links[0].starts_with("/ru/items/"), "{links:?}");
    let page = app.get(&links[0]).await.body;
    assert!(page.contains("Офис ОБСЕ в Минске (не действует)"), "{page}");
    assert!(page.contains("<abbr title=\"неправительственная организация\">НПО</abbr>"));
    let english = alternate(&page, "en").expect("the English original");
    let original = app.get(&english).await.body;
    assert!(original.contains("OSCE representative encourages Belarus"));
    assert_eq!(
        alternate(&original, "ru").as_deref(),
        Some(links[0].as_str())
    );
}

#[tokio::test]
async fn a_cached_page_links_a_translation_once_its_embargo_lifts() {
    let clock = common::MovableClock::at("2026-03-01T12:00:00Z");
    let app = TestApp::start_with_clock(clock.clone()).await;
    let en = item("Talks in Vienna", "2026-02-01", &["odihr"], &[], &[]);
    let ids = app.add(&[en]).await;
    let mut ru = item("Переговоры в Вене", "2026-02-01", &["odihr"], &[], &[]);
    ru.language = LanguageCode::parse("ru").expect("lang");
    ru.translation_of = Some(ids[0]);
    ru.status = ItemStatus::Scheduled;
    ru.embargo_until = Some("2026-03-01T13:00:00Z".parse().expect("instant"));
    app.add(&[ru]).await;

    let address = format!("/items/{}/x", ids[0].0);
    let location = app.get(&address).await.headers["location"]
        .to_str()
        .expect("ascii")
        .to_owned();
    let before = app.get(&location).await;
    assert!(alternate(&before.body, "ru").is_none(), "{}", before.body);
    // The same page again, from the cache: still nothing of the translation.
    let again = app.get(&location).await;
    assert_eq!(again.body, before.body);
    assert_eq!(again.headers["etag"], before.headers["etag"]);

    // Its embargo lifts: the page links it without any write in between.
    clock.set("2026-03-01T13:00:01Z");
    let after = app.get(&location).await;
    let russian = alternate(&after.body, "ru").expect("the Russian version is linked");
    assert!(russian.starts_with("/ru/items/"), "{russian}");
    assert_ne!(after.headers["etag"], before.headers["etag"]);
}
