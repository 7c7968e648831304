//! The reader's controls of a listing: a range of publication days, the order, the page size,
//! kept in the links of the page; the filter panel and the menu button; the screen-reader
//! labels of the facet counts; bad values refused with a 400.

mod common;

use common::{TestApp, item, item_links};
use http::StatusCode;

/// The titles of the cards of a listing, in order.
fn titles(html: &str) -> Vec<String> {
    html.match_indices("<h3 class=\"card-title\"><a href=\"")
        .map(|(i, m)| {
            let rest = &html[i + m.len()..];
            let start = rest.find('>').expect("tag end") + 1;
            rest[start..start + rest[start..].find('<').expect("text end")].to_owned()
        })
        .collect()
}

/// The hrefs of the links of the pagination, in order.
fn paging_links(html: &str) -> Vec<String> {
    let Some(start) = html.find("<nav class=\"pagination\"") else {
        return Vec::new();
    };
    let nav = &html[start..start + html[start..].find("</nav>").expect("nav end")];
    nav.match_indices("href=\"")
        .map(|(i, m)| {
            let rest = &nav[i + m.len()..];
            rest[..rest.find('"').expect("closing quote")].to_owned()
        })
        .collect()
}

/// The address of the canonical link.
fn canonical(html: &str) -> &str {
    let from = html
        .find("<link rel=\"canonical\" href=\"")
        .expect("canonical link");
    let rest = &html[from + "<link rel=\"canonical\" href=\"".len()..];
    &rest[..rest.find('"').expect("closing quote")]
}

const SEED: &str =
    "OSCE representative encourages Belarus to work closer with NGOs to combat human trafficking";

/// The seed (8 April 2008) and five items from 2021 to 2024.
async fn dated() -> TestApp {
    let app = TestApp::start().await;
    app.add(&[
        item("A", "2021-03-01", &["secretariat"], &["elections"], &[]),
        item("B", "2022-05-10", &["odihr"], &["elections"], &["serbia"]),
        item("C", "2022-11-30", &["secretariat"], &["policing"], &[]),
        item("D", "2023-01-15", &["odihr"], &["elections"], &["georgia"]),
        item("E", "2024-06-01", &["secretariat"], &["policing"], &[]),
    ])
    .await;
    app
}

#[tokio::test]
async fn a_date_range_narrows_the_listing_and_stays_in_its_links() {
    let app = dated().await;
    let page = app
        .get("/press-releases?from=2022-01-01&to=2022-12-31")
        .await;
    assert_eq!(page.status, StatusCode::OK);
    let b = &page.body;
    assert_eq!(titles(b), ["C", "B"]);
    assert!(b.contains("Showing 1–2 of 2 items"), "{b}");
    // The fields of the panel show the range, the chip removes it.
    assert!(b.contains("name=\"from\" type=\"date\" value=\"2022-01-01\""));
    assert!(b.contains("name=\"to\" type=\"date\" value=\"2022-12-31\""));
    assert!(
        b.contains(
            "<a href=\"/press-releases\">Dates: 1 January 2022 – 31 December 2022 <span aria-hidden=\"true\">×</span>"
        ),
        "{b}"
    );
    // The facets count within the range, and their links keep it.
    assert!(b.contains(">2022 <span class=\"count\">2</span>"));
    assert!(!b.contains(">2023 <span class=\"count\">"));
    assert!(
        b.contains(
            "href=\"/press-releases?from=2022-01-01&#38;to=2022-12-31&#38;field_of_work=policing\""
        ),
        "{b}"
    );
    assert!(canonical(b).ends_with("/press-releases?from=2022-01-01&#38;to=2022-12-31"));

    // A year or a month stands for all its days, as in the API.
    let periods = app.get("/press-releases?from=2022&to=2022-11").await.body;
    assert_eq!(titles(&periods), ["C", "B"]);
    assert!(periods.contains("value=\"2022-11-30\""));
    // Each bound is inclusive; either may be left open.
    let since = app.get("/press-releases?from=2023-01-15").await.body;
    assert_eq!(titles(&since), ["E", "D"]);
    assert!(since.contains("From 15 January 2023 <span aria-hidden=\"true\">×</span>"));
    let until = app.get("/press-releases?to=2008-04-08").await.body;
    assert_eq!(titles(&until), [SEED]);
    assert!(until.contains("Until 8 April 2008 <span aria-hidden=\"true\">×</span>"));
    // With the year facet: both apply.
    let both = app
        .get("/press-releases?from=2022-06-01&year=2022&year=2023")
        .await
        .body;
    assert_eq!(titles(&both), ["D", "C"]);
}

#[tokio::test]
async fn the_listing_is_newest_or_oldest_first() {
    let app = dated().await;
    let newest = ["E", "D", "C", "B", "A", SEED];
    let oldest = [SEED, "A", "B", "C", "D", "E"];
    assert_eq!(titles(&app.get("/press-releases").await.body), newest);
    assert_eq!(
        titles(&app.get("/press-releases?sort=newest").await.body),
        newest
    );
    let b = app.get("/press-releases?sort=oldest").await.body;
    assert_eq!(titles(&b), oldest);
    assert!(b.contains("<option value=\"oldest\" selected>Oldest first</option>"));
    assert!(
        !b.contains("value=\"relevance\""),
        "relevance is offered only where words are searched for"
    );
    assert!(canonical(&b).ends_with("/press-releases?sort=oldest"));
    // Facet links keep the order.
    assert!(
        b.contains("href=\"/press-releases?sort=oldest&#38;year=2022\""),
        "{b}"
    );
    // Within a filter and a range, the other way round.
    let filtered = app
        .get("/press-releases?field_of_work=elections&from=2021-06-01&sort=oldest")
        .await
        .body;
    assert_eq!(titles(&filtered), ["B", "D"]);
}

#[tokio::test]
async fn the_page_size_is_chosen_and_paging_keeps_order_range_and_size() {
    let app = TestApp::start().await;
    let items: Vec<_> = (0..25)
        .map(|i| {
            let day = format!("2024-{:02}-{:02}", 1 + i / 20, 1 + i % 20);
            item(
                &format!("Item {i}"),
                &day,
                &["secretariat"],
                &["elections"],
                &[],
            )
        })
        .collect();
    app.add(&items).await;

    let ten = app.get("/press-releases?per_page=10").await.body;
    assert_eq!(item_links(&ten).len(), 10);
    assert!(ten.contains("Showing 1–10 of 26 items"));
    assert!(ten.contains("<option value=\"10\" selected>10</option>"));
    assert!(paging_links(&ten).contains(&"/press-releases?per_page=10&#38;page=3".to_owned()));
    let last = app.get("/press-releases?per_page=10&page=3").await.body;
    assert_eq!(item_links(&last).len(), 6);
    assert_eq!(
        app.get("/press-releases?per_page=10&page=4").await.status,
        StatusCode::NOT_FOUND
    );
    let fifty = app.get("/press-releases?per_page=50").await.body;
    assert_eq!(item_links(&fifty).len(), 26);
    assert!(paging_links(&fifty).is_empty(), "one page");
    assert_eq!(item_links(&app.get("/press-releases").await.body).len(), 20);

    // Every paging link keeps the order, the range, the page size and the filters.
    let q = "/press-releases?type=press-release&from=2024-01-01&sort=oldest&per_page=10&page=2";
    let page = app.get(q).await.body;
    assert_eq!(titles(&page)[0], "Item 10", "oldest first, the second ten");
    let links = paging_links(&page);
    assert!(!links.is_empty());
    for l in &links {
        for part in [
            "from=2024-01-01",
            "sort=oldest",
            "per_page=10",
            "type=press-release",
        ] {
            assert!(l.contains(part), "{l} lacks {part}");
        }
    }
    assert!(links.contains(
        &"/press-releases?from=2024-01-01&#38;sort=oldest&#38;per_page=10&#38;type=press-release&#38;page=3".to_owned()
    ));
    // Facet links keep the order and the page size (and start again from the first page).
    assert!(page.contains(
        "href=\"/press-releases?from=2024-01-01&#38;sort=oldest&#38;per_page=10\" aria-current=\"true\" class=\"selected\">Press release"
    ), "{page}");
    // Clearing the filters clears the range, and keeps the order and the page size.
    assert!(
        page.contains(
            "<a href=\"/press-releases?sort=oldest&#38;per_page=10\">Clear all filters</a>"
        )
    );
}

#[tokio::test]
async fn the_form_of_the_panel_works_without_a_script() {
    let app = dated().await;
    // What the form sends when nothing is changed: empty dates, the default order and size.
    let sent = app
        .get("/press-releases?from=&to=&sort=newest&per_page=20&type=press-release")
        .await;
    assert_eq!(sent.status, StatusCode::OK);
    let plain = app.get("/press-releases?type=press-release").await.body;
    assert_eq!(titles(&sent.body), titles(&plain));
    // The form keeps the filters chosen, and the widening to every language.
    let b = app
        .get("/press-releases?type=press-release&language=all")
        .await
        .body;
    let form = &b[b
        .find("<form class=\"listing-controls\"")
        .expect("the panel's form")..];
    let form = &form[..form.find("</form>").expect("form end")];
    assert!(form.contains("action=\"/press-releases\" method=\"get\""));
    assert!(form.contains("<input type=\"hidden\" name=\"type\" value=\"press-release\">"));
    assert!(form.contains("<input type=\"hidden\" name=\"language\" value=\"all\">"));
    assert!(form.contains("<label for=\"filter-from\">From</label>"));
    assert!(form.contains("<label for=\"filter-per-page\">Items per page</label>"));
}

#[tokio::test]
async fn bad_controls_get_a_400_with_a_message() {
    let app = dated().await;
    let cases = [
        (
            "/press-releases?from=2024-13-01",
            "&#39;2024-13-01&#39; is not a date",
        ),
        (
            "/press-releases?to=2024-02-30",
            "&#39;2024-02-30&#39; is not a date",
        ),
        (
            "/press-releases?per_page=1000",
            "per_page must be 10, 20 or 50, not &#39;1000&#39;",
        ),
        (
            "/press-releases?from=2024-05-01&to=2024-04-30",
            "the date range starts after it ends (2024-05-01 is after 2024-04-30)",
        ),
        (
            "/press-releases?sort=relevance",
            "only a search can be sorted by relevance",
        ),
        (
            "/press-releases?sort=random",
            "sort must be relevance, newest or oldest, not &#39;random&#39;",
        ),
        (
            "/fields-of-work/elections?per_page=7",
            "per_page must be 10, 20 or 50",
        ),
        ("/search?q=police&per_page=0", "per_page must be 10"),
        (
            "/search?from=yesterday",
            "&#39;yesterday&#39; is not a date",
        ),
    ];
    for (uri, message) in cases {
        let page = app.get(uri).await;
        assert_eq!(page.status, StatusCode::BAD_REQUEST, "{uri}");
        assert!(page.body.contains(message), "{uri}: {}", page.body);
    }
    let russian = app.get("/ru/press-releases?per_page=1000").await;
    assert_eq!(russian.status, StatusCode::BAD_REQUEST);
    assert!(
        russian
            .body
            .contains("параметр per_page может иметь значение 10, 20 или 50")
    );
    // As long a value as an address can carry (the HTTP stack refuses longer addresses):
    // refused, and not repeated in the answer.
    let huge = "2".repeat(60_000);
    for key in ["from", "to", "sort", "per_page", "page", "type"] {
        let page = app.get(&format!("/press-releases?{key}={huge}")).await;
        assert_eq!(page.status, StatusCode::BAD_REQUEST, "{key}");
        assert!(page.body.len() < 50_000, "{key}: {} bytes", page.body.len());
    }
}

#[tokio::test]
async fn the_search_page_keeps_the_controls_with_its_words() {
    let app = dated().await;
    let page = app
        .get("/search?q=trafficking&from=2008-01-01&per_page=10")
        .await;
    assert_eq!(page.status, StatusCode::OK);
    let b = &page.body;
    assert_eq!(titles(b), [SEED]);
    // The search form keeps the range and the size; the panel keeps the words.
    let search_form = &b[b.find("<form class=\"search-form\"").expect("search form")..];
    let search_form = &search_form[..search_form.find("</form>").expect("form end")];
    assert!(search_form.contains("<input type=\"hidden\" name=\"from\" value=\"2008-01-01\">"));
    assert!(search_form.contains("<input type=\"hidden\" name=\"per_page\" value=\"10\">"));
    let panel = &b[b
        .find("<form class=\"listing-controls\"")
        .expect("panel form")..];
    let panel = &panel[..panel.find("</form>").expect("form end")];
    assert!(panel.contains("action=\"/search\""));
    assert!(panel.contains("<input type=\"hidden\" name=\"q\" value=\"trafficking\">"));
    assert!(
        !panel.contains("name=\"sort\""),
        "the search form offers the order"
    );
    // Relevance with words, and without them the newest first.
    assert_eq!(
        app.get("/search?q=trafficking&sort=relevance").await.status,
        StatusCode::OK
    );
    let none = app.get("/search?sort=relevance").await;
    assert_eq!(none.status, StatusCode::OK);
    assert_eq!(titles(&none.body)[0], "E");
    let oldest = app.get("/search?sort=oldest").await.body;
    assert_eq!(titles(&oldest)[0], SEED);
}

#[tokio::test]
async fn facet_counts_are_labelled_for_screen_readers() {
    let app = TestApp::start().await;
    let mut items = Vec::new();
    for (year, n) in [(2019, 1), (2020, 3), (2021, 5)] {
        for i in 0..n {
            items.push(item(
                &format!("{year}-{i}"),
                &format!("{year}-03-{:02}", 1 + i),
                &["secretariat"],
                &["elections"],
                &[],
            ));
        }
    }
    app.add(&items).await;
    let en = app.get("/press-releases").await.body;
    assert!(
        en.contains(
            ">2019 <span class=\"count\">1</span><span class=\"visually-hidden\"> item</span></a>"
        ),
        "{en}"
    );
    assert!(en.contains(
        ">2020 <span class=\"count\">3</span><span class=\"visually-hidden\"> items</span></a>"
    ));
    assert!(en.contains(
        ">Press release <span class=\"count\">10</span><span class=\"visually-hidden\"> items</span></a>"
    ));
    // Russian takes the plural form of each number.
    let ru = app.get("/ru/press-releases?language=all").await.body;
    for (year, n, noun) in [
        (2019, 1, "материал"),
        (2020, 3, "материала"),
        (2021, 5, "материалов"),
    ] {
        let label = format!(
            ">{year} <span class=\"count\">{n}</span><span class=\"visually-hidden\"> {noun}</span></a>"
        );
        assert!(ru.contains(&label), "{label} in {ru}");
    }
}

#[tokio::test]
async fn the_filter_button_and_the_menu_button_are_on_the_page() {
    let app = dated().await;
    let b = app.get("/press-releases").await.body;
    // The panel opens from a button above the results, after their count.
    let count = b
        .find("<p class=\"result-count\" role=\"status\">")
        .expect("count");
    let panel = b
        .find("<details class=\"filter-panel\" id=\"filters\">\n        <summary class=\"filter-button\">Filter</summary>")
        .expect("the filter button");
    let first_card = b.find("<li class=\"card\"").expect("a card");
    assert!(count < panel && panel < first_card);
    assert!(b.contains("<search class=\"filters\" aria-labelledby=\"refine-heading\">"));
    // The menus are behind one menu button, the search field beside it.
    let nav = &b[b.find("<nav class=\"main-nav\"").expect("nav")..];
    assert!(nav.contains("<details class=\"nav-menu\">\n        <summary class=\"menu-button\">Menu</summary>\n        <ul class=\"nav-sections\">"));
    assert!(nav.contains("<summary>Structures and institutions</summary>"));
    let home = app.get("/").await.body;
    assert!(home.contains("<summary class=\"menu-button\">Menu</summary>"));
    let ru = app.get("/ru/press-releases").await.body;
    assert!(ru.contains("<summary class=\"menu-button\">Меню</summary>"));
    assert!(ru.contains("<summary class=\"filter-button\">Фильтры</summary>"));
    // Widening to every language keeps the order chosen.
    let widened = app.get("/ru/press-releases?sort=oldest").await.body;
    assert!(
        widened.contains("href=\"/ru/press-releases?language=all&#38;sort=oldest\""),
        "{widened}"
    );
}
