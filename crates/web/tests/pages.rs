//! The public site, driven in-process on a fresh data dir.

mod common;

use communique_web as web;

use common::{TestApp, item, item_links, slugs};
use http::StatusCode;
use jiff::Timestamp;
use model::ItemStatus;

const SEED_PATH: &str = "/items/1/osce-representative-encourages-belarus-to-work-closer-with-ngos-to-combat-human-trafficking";

#[tokio::test]
async fn seed_item_page_shows_every_field_of_the_seed() {
    let app = TestApp::start().await;
    let page = app.get(SEED_PATH).await;
    assert_eq!(page.status, StatusCode::OK);
    let b = &page.body;
    assert!(b.contains("<html lang=\"en\">"));
    assert!(
        b.contains("<a href=\"/press-releases?type=press-release\">Press release</a>"),
        "type label"
    );
    assert!(
        b.contains("<h1>OSCE representative encourages Belarus to work closer with NGOs to combat human trafficking</h1>"),
        "title"
    );
    assert_eq!(b.matches("<h1").count(), 1, "one h1");
    assert!(
        b.contains("<dt>Date:</dt><dd><time datetime=\"2008-04-08\">8 April 2008</time></dd>"),
        "date"
    );
    assert!(b.contains("<dt>Place:</dt><dd>Minsk</dd>"), "place");
    assert!(
        b.contains(
            "<dt>Source:</dt><dd><a href=\"/structures/secretariat\">OSCE Secretariat</a>, \
             <a href=\"/structures/office-in-minsk\">OSCE Office in Minsk (closed)</a></dd>"
        ),
        "sources"
    );
    assert!(
        b.contains(
            "<dt>Fields of work:</dt><dd><a href=\"/fields-of-work/combating-trafficking-in-human-beings\">\
             Combating trafficking in human beings</a></dd>"
        ),
        "fields of work"
    );
    assert!(
        b.contains("<p><span class=\"dateline\">MINSK, 8 April 2008 - </span>The OSCE Special Representative"),
        "dateline opens the body"
    );
    assert!(b.contains("parliamentarians and <abbr title=\"non-governmental organization\">NGO</abbr><span class=\"abbr-expansion\"> (non-governmental organization)</span> representatives"));
    assert_eq!(
        b.matches("<abbr").count(),
        1,
        "only the first use is marked"
    );
    assert!(
        b.contains("its consequences stretch far into the future.\"</p>"),
        "last paragraph"
    );
    assert!(page.headers.get("etag").is_some());
}

#[tokio::test]
async fn item_answers_not_modified_to_its_etag() {
    let app = TestApp::start().await;
    let first = app.get(SEED_PATH).await;
    let etag = first.headers.get("etag").expect("etag").clone();
    let req = http::Request::get(SEED_PATH)
        .header("if-none-match", etag)
        .body(axum::body::Body::empty())
        .expect("req");
    assert_eq!(app.request(req).await.status, StatusCode::NOT_MODIFIED);
}

#[tokio::test]
async fn outdated_or_missing_slug_redirects_permanently() {
    let app = TestApp::start().await;
    for uri in ["/items/1/old-title", "/items/1"] {
        let page = app.get(uri).await;
        assert_eq!(page.status, StatusCode::MOVED_PERMANENTLY, "{uri}");
        assert_eq!(
            page.headers.get("location").and_then(|v| v.to_str().ok()),
            Some(SEED_PATH)
        );
    }
}

#[tokio::test]
async fn unknown_items_and_pages_get_a_404_page() {
    let app = TestApp::start().await;
    for uri in [
        "/items/999",
        "/items/abc/x",
        "/items/0",
        "/no-such-page",
        "/structures/nowhere",
        "/fields-of-work/x",
    ] {
        let page = app.get(uri).await;
        assert_eq!(page.status, StatusCode::NOT_FOUND, "{uri}");
        assert!(
            page.body.contains("<h1>Page not found</h1>"),
            "{uri}: {}",
            page.body
        );
        assert!(
            page.body.contains("aria-label=\"Main\""),
            "the error page keeps the site's navigation"
        );
    }
}

#[tokio::test]
async fn malformed_listing_parameters_get_a_400_with_a_message() {
    let app = TestApp::start().await;
    let page = app.get("/press-releases?page=abc").await;
    assert_eq!(page.status, StatusCode::BAD_REQUEST);
    assert!(
        page.body
            .contains("page must be a whole number from 1 to 5000, not &#39;abc&#39;"),
        "{}",
        page.body
    );
    let page = app.get("/press-releases?field_of_work=policng").await;
    assert_eq!(page.status, StatusCode::BAD_REQUEST);
    assert!(
        page.body
            .contains("unknown field_of_work &#39;policng&#39; — did you mean &#39;policing&#39;?"),
        "{}",
        page.body
    );
    let page = app.get("/press-releases?year=20x8").await;
    assert_eq!(page.status, StatusCode::BAD_REQUEST);
    let page = app.get("/press-releases?page=7").await;
    assert_eq!(page.status, StatusCode::NOT_FOUND, "beyond the last page");
    let page = app.get("/press-releases?utm_source=x").await;
    assert_eq!(
        page.status,
        StatusCode::OK,
        "unrelated parameters are ignored"
    );
}

#[tokio::test]
async fn healthz_and_stylesheet() {
    let app = TestApp::start().await;
    assert_eq!(app.get("/healthz").await.status, StatusCode::OK);
    let css = app.get("/assets/site.css").await;
    assert_eq!(css.status, StatusCode::OK);
    assert!(
        css.headers["content-type"]
            .to_str()
            .expect("ascii")
            .starts_with("text/css")
    );
    assert!(css.body.contains(":focus-visible"));
}

#[tokio::test]
async fn chairpersonship_follows_the_clock() {
    let app = TestApp::start_at("2025-06-01T12:00:00Z").await;
    let home = app.get("/").await;
    assert!(
        home.body
            .contains(">Finland – OSCE Chairpersonship 2025</a>"),
        "header and menu in 2025"
    );
    assert!(!home.body.contains("Switzerland – OSCE Chairpersonship"));
    let app = TestApp::start_at("2026-01-01T00:30:00+01:00").await;
    let home = app.get("/").await;
    assert!(home.body.contains("<a href=\"/countries/switzerland\" class=\"highlight\">Switzerland – OSCE Chairpersonship 2026</a>"));
    assert!(!home.body.contains("Finland – OSCE Chairpersonship"));
}

#[tokio::test]
async fn menus_have_the_groups_and_entries_of_the_seed() {
    let app = TestApp::start_at("2025-06-01T12:00:00Z").await;
    let b = app.get("/").await.body;
    for label in [
        "Arms control",
        "Youth",
        "Field operations",
        "Projects",
        "Summit meetings",
        "Annual OSCE Asian conferences",
        "Partnerships",
        "Albania",
        "Uzbekistan",
        "Asian Partners for Co-operation",
        "Mediterranean Partners for Co-operation",
        "Chairpersonship",
        "Secretary General",
        "Documentation Centre in Prague",
        "Institutions",
        "Presence in Albania",
        "Programme Office in Astana",
        "Project Co-ordinator in Uzbekistan",
        "Closed field activities",
        "Parliamentary Assembly",
        "Court of Conciliation and Arbitration",
        "Organizational structure",
        "About us",
    ] {
        assert!(b.contains(&format!(">{label}</a>")), "menu entry {label}");
    }
    assert!(
        !b.contains(">Office in Minsk</a>"),
        "closed field operations are not in the menu"
    );
    let states = b
        .split("Participating States")
        .nth(1)
        .expect("group")
        .split("</ul>")
        .next()
        .expect("list");
    assert_eq!(states.matches("<li>").count(), 57);
}

#[tokio::test]
async fn closed_structure_page_shows_its_history() {
    let app = TestApp::start().await;
    let page = app.get("/structures/office-in-minsk").await;
    assert_eq!(page.status, StatusCode::OK);
    let b = &page.body;
    assert!(b.contains("<h1>Office in Minsk (closed)</h1>"));
    assert!(b.contains(
        "<dt>Part of</dt><dd><a href=\"/structures/field-operations\">Field operations</a></dd>"
    ));
    assert!(b.contains("<dt>Closed</dt><dd>31 March 2011</dd>"));
    assert!(b.contains("<dt>Opened</dt><dd>1998</dd>"));
    assert!(b.contains("Advisory and Monitoring Group in Belarus (1998 – 31 December 2002)"));
    assert_eq!(item_links(b), vec![SEED_PATH.to_owned()]);

    let closed = app.get("/structures/field-operations/closed").await;
    assert_eq!(closed.status, StatusCode::OK);
    assert!(closed.body.contains("<h1>Closed field activities</h1>"));
    assert!(closed.body.contains("<a href=\"/structures/office-in-minsk\">Office in Minsk (closed)</a> <span class=\"note\">1998 – 31 March 2011"));
    let main = closed.body.split("<main").nth(1).expect("main");
    assert!(
        !main.contains(">Mission to Serbia"),
        "open missions are not listed"
    );
}

#[tokio::test]
async fn structure_page_lists_parent_and_children() {
    let app = TestApp::start().await;
    let b = app.get("/structures/secretariat").await.body;
    assert!(b.contains("<h2 id=\"list-1\">Parts</h2>"));
    assert!(b.contains(">Conflict Prevention Centre</a>"));
    let b = app.get("/structures/chairpersonship").await.body;
    assert!(b.contains("2026 – Switzerland</a> <span class=\"note\">current</span>"));
    assert!(b.contains("1991 – Germany</a>"));
}

#[tokio::test]
async fn every_taxonomy_page_answers() {
    let app = TestApp::start().await;
    let site = common::site();
    let mut uris = vec![
        "/".to_owned(),
        "/press-releases".into(),
        "/fields-of-work".into(),
        "/meetings".into(),
        "/countries".into(),
        "/structures".into(),
    ];
    uris.extend(
        site.fields
            .iter()
            .map(|f| format!("/fields-of-work/{}", f.slug)),
    );
    uris.extend(
        site.meetings
            .iter()
            .map(|m| format!("/meetings/{}", m.slug)),
    );
    uris.extend(
        site.countries
            .iter()
            .map(|c| format!("/countries/{}", c.slug)),
    );
    uris.extend(
        site.country_groups
            .iter()
            .map(|g| format!("/countries/groups/{}", g.slug)),
    );
    uris.extend(
        site.structures
            .iter()
            .map(|s| format!("/structures/{}", s.slug)),
    );
    uris.extend(site.pages.iter().map(|p| format!("/pages/{}", p.slug)));
    for uri in uris {
        let page = app.get(&uri).await;
        assert_eq!(page.status, StatusCode::OK, "{uri}");
        assert_eq!(page.body.matches("<h1").count(), 1, "{uri} has one h1");
    }
    // Every menu link leads somewhere.
    let home = app.get("/").await.body;
    let nav = home
        .split("<nav class=\"main-nav\"")
        .nth(1)
        .expect("nav")
        .split("</nav>")
        .next()
        .expect("nav end");
    for (i, m) in nav.match_indices("href=\"") {
        let rest = &nav[i + m.len()..];
        let href = &rest[..rest.find('"').expect("quote")];
        assert_eq!(
            app.get(href).await.status,
            StatusCode::OK,
            "menu link {href}"
        );
    }
}

#[tokio::test]
async fn newsroom_filters_combine_and_count() {
    let app = TestApp::start().await;
    app.add(&[
        item(
            "A",
            "2024-05-01",
            &["mission-to-serbia"],
            &["policing"],
            &["serbia"],
        ),
        item(
            "B",
            "2024-06-01",
            &["mission-to-serbia"],
            &["elections"],
            &["serbia"],
        ),
        item("C", "2023-06-01", &["odihr"], &["elections"], &["georgia"]),
        item(
            "D",
            "2022-06-01",
            &["secretariat"],
            &["policing", "elections"],
            &[],
        ),
    ])
    .await;
    let titles = |html: &str| -> Vec<String> {
        html.match_indices("<h3 class=\"card-title\"><a href=\"")
            .map(|(i, m)| {
                let rest = &html[i + m.len()..];
                let start = rest.find('>').expect("tag end") + 1;
                rest[start..start + rest[start..].find('<').expect("text end")].to_owned()
            })
            .collect()
    };
    let all = app.get("/press-releases").await.body;
    assert_eq!(titles(&all)[..4], ["B", "A", "C", "D"]);
    assert!(all.contains("Showing 1–5 of 5 items"));

    let elections = app
        .get("/press-releases?field_of_work=elections")
        .await
        .body;
    assert_eq!(titles(&elections), ["B", "C", "D"]);
    let both = app
        .get("/press-releases?field_of_work=elections&country=serbia")
        .await
        .body;
    assert_eq!(titles(&both), ["B"]);
    // Facet counts: country counts ignore the country selection, other facets honour it.
    assert!(both.contains("href=\"/press-releases?field_of_work=elections\" aria-current=\"true\" class=\"selected\">Serbia <span class=\"count\">1</span>"), "{both}");
    assert!(both.contains(">Georgia <span class=\"count\">1</span>"));
    assert!(both.contains(">2024 <span class=\"count\">1</span>"));
    // A source filter on a parent includes its units.
    let fo = app
        .get("/press-releases?source=field-operations")
        .await
        .body;
    let seed = "OSCE representative encourages Belarus to work closer with NGOs to combat human trafficking";
    assert_eq!(
        titles(&fo),
        ["B", "A", seed],
        "the seed's Office in Minsk is a field operation"
    );
    let year = app.get("/press-releases?year=2023&year=2022").await.body;
    assert_eq!(titles(&year), ["C", "D"]);
    let types = app.get("/press-releases?type=news").await.body;
    assert!(types.contains("No items match."));
}

#[tokio::test]
async fn paging_through_a_filtered_listing_never_skips_or_repeats() {
    let app = TestApp::start().await;
    let mut items = Vec::new();
    for i in 0..47 {
        // Several items share a date: the order must still be total.
        let day = format!("2024-01-{:02}", 1 + i % 9);
        let field = if i % 3 == 0 { "policing" } else { "elections" };
        items.push(item(
            &format!("Item {i}"),
            &day,
            &["secretariat"],
            &[field],
            &[],
        ));
    }
    let ids = app.add(&items).await;
    let mut seen = Vec::new();
    for page in 1..=3 {
        let html = app
            .get(&format!(
                "/press-releases?field_of_work=elections&page={page}"
            ))
            .await
            .body;
        seen.extend(item_links(&html));
    }
    let expected: usize = (0..47).filter(|i| i % 3 != 0).count();
    assert_eq!(seen.len(), expected);
    let mut unique = seen.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), expected, "no item repeats");
    assert_eq!(ids.len(), 47);
    assert_eq!(
        app.get("/press-releases?field_of_work=elections&page=3")
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn items_not_yet_public_are_invisible() {
    let app = TestApp::start().await;
    let mut embargoed = item(
        "Embargoed",
        "2026-02-01",
        &["secretariat"],
        &["policing"],
        &[],
    );
    embargoed.embargo_until = Some("2026-03-02T09:00:00Z".parse().expect("instant"));
    let mut draft = item("Draft", "2026-02-01", &["secretariat"], &["policing"], &[]);
    draft.status = model::ItemStatus::Draft;
    let ids = app.add(&[embargoed, draft]).await;
    for id in &ids {
        assert_eq!(
            app.get(&format!("/items/{id}")).await.status,
            StatusCode::NOT_FOUND
        );
    }
    let listing = app.get("/press-releases").await.body;
    assert!(!listing.contains("Embargoed") && !listing.contains(">Draft<"));
    let field = app.get("/fields-of-work/policing").await.body;
    assert!(field.contains("No items match."));
}

#[tokio::test]
async fn second_start_reuses_the_data() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = common::TestDb::new().await;
    let clock = common::at("2026-03-01T12:00:00Z");
    let first = common::open(dir.path(), &db, common::site(), clock.clone()).await;
    assert_eq!(first.store.count_items().await.expect("count"), 1);
    first.store.close().await;
    drop(first);
    let second = common::open(dir.path(), &db, common::site(), clock).await;
    assert_eq!(
        second.store.count_items().await.expect("count"),
        1,
        "sample content is loaded once"
    );
    // The database is where it was asked for: the data dir's SQLite file, or nothing there
    // when the test runs on PostgreSQL.
    assert_eq!(
        dir.path().join("communique.db").exists(),
        db.url.is_none(),
        "{:?}",
        db.url
    );
}

#[tokio::test]
async fn search_finds_words_names_and_former_names() {
    let app = TestApp::start().await;
    let page = app.get("/search?q=trafficking+children").await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(item_links(&page.body), vec![SEED_PATH.to_owned()]);
    assert!(
        page.body.contains("<mark>trafficking</mark>"),
        "snippet marks the words"
    );
    assert!(
        page.body.contains("value=\"trafficking children\""),
        "the form keeps the words"
    );
    // Stemming: "encouraging" finds "encouraged"; a former name of a source finds its items.
    for q in [
        "encouraging",
        "%22Advisory+and+Monitoring+Group%22",
        "title:belarus",
        "belarus+traff*",
    ] {
        assert_eq!(
            item_links(&app.get(&format!("/search?q={q}")).await.body),
            vec![SEED_PATH.to_owned()],
            "{q}"
        );
    }
    assert!(
        item_links(&app.get("/search?q=belarus+-trafficking").await.body).is_empty(),
        "NOT"
    );
}

#[tokio::test]
async fn search_combines_words_filters_and_facets() {
    let app = TestApp::start().await;
    let mut ru = item(
        "Наблюдатели на выборах",
        "2024-05-02",
        &["odihr"],
        &["elections"],
        &["georgia"],
    );
    ru.language = model::LanguageCode::parse("ru").expect("lang");
    ru.body_html = "<p>Миссия наблюдала за выборами.</p>".into();
    app.add(&[
        item(
            "Police reform in Serbia",
            "2024-05-01",
            &["mission-to-serbia"],
            &["policing"],
            &["serbia"],
        ),
        item(
            "Police training in Georgia",
            "2023-05-01",
            &["odihr"],
            &["policing"],
            &["georgia"],
        ),
        ru,
    ])
    .await;
    publishing::indexing::catch_up(
        &app.state.store,
        &app.state.site_in_effect().base,
        &app.state.text,
        app.state.clock.now(),
    )
    .await
    .expect("indexed");
    let b = app.get("/search?q=police&country=serbia").await.body;
    assert_eq!(item_links(&b).len(), 1);
    assert!(
        b.contains(">Georgia <span class=\"count\">1</span>"),
        "country counts ignore the country filter"
    );
    // The Russian item is found in Russian (the page's language), or in every language.
    assert_eq!(
        item_links(&app.get("/ru/search?q=выборы").await.body).len(),
        1,
        "Russian stemming"
    );
    assert!(item_links(&app.get("/search?q=выборы").await.body).is_empty());
    assert_eq!(
        item_links(&app.get("/search?q=выборы&language=all").await.body).len(),
        1
    );
    let ru_links = item_links(&app.get("/ru/search?q=выборы").await.body);
    let ru_page = app.get(&ru_links[0]).await.body;
    assert!(
        ru_page.contains(">Бюро ОБСЕ по демократическим институтам и правам человека</a>"),
        "a source is named in the item's language: {ru_page}"
    );
    assert_eq!(
        item_links(
            &app.get("/search?q=Бюро+по+демократическим+институтам&language=all")
                .await
                .body
        )
        .len(),
        2,
        "translated names are searchable"
    );
    assert_eq!(
        item_links(&app.get("/search?q=police&sort=oldest").await.body).len(),
        2
    );
    let none = app.get("/search?q=police+zebra&country=serbia").await.body;
    assert!(none.contains("No items match."));
    assert!(
        none.contains("Items with any of the words: police OR zebra"),
        "{none}"
    );
    let misspelled = app.get("/search?q=polise+refrom").await.body;
    assert!(misspelled.contains("No items match."));
    assert!(
        misspelled.contains(
            "<a href=\"/search?q=police%20reform\">Did you mean “police reform”?</a> <span class=\"count\">1</span>"
        ),
        "{misspelled}"
    );
    let filtered = app.get("/search?q=training&country=serbia").await.body;
    assert!(filtered.contains("No items match."));
    assert!(
        filtered.contains("without the filters</a> <span class=\"count\">1</span>"),
        "{filtered}"
    );
}

#[tokio::test]
async fn search_refuses_bad_parameters() {
    let app = TestApp::start().await;
    assert_eq!(
        app.get("/search?q=x&sort=random").await.status,
        StatusCode::BAD_REQUEST
    );
    let long = "a".repeat(1001);
    assert_eq!(
        app.get(&format!("/search?q={long}")).await.status,
        StatusCode::BAD_REQUEST
    );
    for q in ["%22unclosed", "(((", "title:", "AND", "-", "*"] {
        assert_eq!(
            app.get(&format!("/search?q={q}")).await.status,
            StatusCode::OK,
            "{q}"
        );
    }
    assert_eq!(app.get("/search").await.status, StatusCode::OK);
    // "Has the field" cannot be answered: a 400 that says how to ask instead, never a 500.
    for q in ["title:*", "-title:*", "body:*", "names:*", "police+-text:*"] {
        let page = app.get(&format!("/search?q={q}")).await;
        assert_eq!(page.status, StatusCode::BAD_REQUEST, "{q}");
        assert!(page.body.contains("title:pol*"), "{q}: {}", page.body);
    }
    for q in ["body:*", "names:*"] {
        let api = app.get(&format!("/api/v1/items?query[value]={q}")).await;
        assert_eq!(api.status, StatusCode::BAD_REQUEST, "{q}: {}", api.body);
        assert!(api.body.contains("\"pointer\":\"/query\""), "{}", api.body);
    }
}

#[tokio::test]
async fn edits_and_unpublishing_reach_listings_and_search_without_a_restart() {
    let app = TestApp::start().await;
    let mut a = item(
        "Border management seminar in Dushanbe",
        "2024-06-01",
        &["odihr"],
        &["policing"],
        &["tajikistan"],
    );
    a.external_id = Some("a".into());
    let mut b = item(
        "Election observers deployed",
        "2024-06-02",
        &["odihr"],
        &["elections"],
        &["georgia"],
    );
    b.external_id = Some("b".into());
    app.add(&[a.clone(), b.clone()]).await;
    app.refresh().await;
    let before = app.get("/press-releases?source=odihr").await.body;
    assert_eq!(item_links(&before).len(), 2, "{before}");
    assert_eq!(
        item_links(&app.get("/search?q=seminar").await.body).len(),
        1
    );

    // Edit one item (new title, another field of work), unpublish the other.
    a.title = "Border management workshop in Dushanbe".into();
    a.fields_of_work = slugs(&["border-management"]);
    b.status = ItemStatus::Draft;
    app.state
        .store
        .upsert_items(&[a, b], Timestamp::UNIX_EPOCH)
        .await
        .expect("stored");
    assert!(app.refresh().await, "the catalog saw the change");

    let after = app.get("/press-releases?source=odihr").await.body;
    let links = item_links(&after);
    assert_eq!(links.len(), 1, "{after}");
    assert!(links[0].ends_with("/border-management-workshop-in-dushanbe"));
    assert!(!after.contains("Election observers deployed"));
    let fields = app.get("/press-releases?field_of_work=policing").await.body;
    assert!(
        item_links(&fields).is_empty(),
        "the old field no longer lists it"
    );
    assert!(item_links(&app.get("/search?q=seminar").await.body).is_empty());
    assert_eq!(
        item_links(&app.get("/search?q=workshop").await.body).len(),
        1
    );
    assert!(item_links(&app.get("/search?q=observers").await.body).is_empty());
    assert!(!app.refresh().await, "nothing more to apply");
}

#[tokio::test]
async fn abbreviations_added_to_the_stored_glossary_are_marked_without_a_restart() {
    let app = TestApp::start().await;
    let mut it = item("Commission trained", "2024-06-01", &["odihr"], &[], &[]);
    it.body_html = "<p>The SEC trained its staff with NGO support.</p>".into();
    let ids = app.add(&[it]).await;
    let path = format!("/items/{}", ids[0].0);
    let href = app.get(&path).await.headers["location"]
        .to_str()
        .expect("ascii")
        .to_owned();
    let before = app.get(&href).await.body;
    assert!(before.contains("<abbr title=\"non-governmental organization\">NGO</abbr>"));
    assert!(!before.contains("<abbr title=\"State Election Commission\">"));

    let added = app
        .state
        .store
        .add_to_glossary(
            &[store::StoredAbbreviation {
                language: "en".into(),
                entry: model::site::GlossaryEntry {
                    abbr: "SEC".into(),
                    expansion: "State Election Commission".into(),
                },
                origin: "test".into(),
                added_at: Timestamp::UNIX_EPOCH,
            }],
            Timestamp::UNIX_EPOCH,
        )
        .await
        .expect("stored");
    assert_eq!(added, 1);
    assert!(
        publishing::indexing::refresh_catalog(&app.state)
            .await
            .expect("refreshed")
    );
    let after = app.get(&href).await.body;
    assert!(
        after.contains("The <abbr title=\"State Election Commission\">SEC</abbr><span class=\"abbr-expansion\"> (State Election Commission)</span> trained"),
        "{after}"
    );
}

#[tokio::test]
async fn every_response_says_what_the_browser_may_load_and_frame() {
    let app = TestApp::start().await;
    for (uri, framed) in [
        ("/", "SAMEORIGIN"),
        ("/items/1", "SAMEORIGIN"),
        ("/press-releases?country=atlantis", "SAMEORIGIN"),
        ("/no-such-page", "SAMEORIGIN"),
        ("/api/v1/items", "SAMEORIGIN"),
        ("/assets/site.css", "SAMEORIGIN"),
        ("/admin", "DENY"),
        ("/admin/login", "DENY"),
        ("/preview/1?until=1&sig=x", "DENY"),
    ] {
        let page = app.get(uri).await;
        let h = &page.headers;
        assert_eq!(h["x-content-type-options"], "nosniff", "{uri}");
        assert_eq!(h["x-frame-options"], framed, "{uri}");
        let csp = h["content-security-policy"].to_str().expect("ascii");
        assert!(csp.contains("script-src 'self';"), "{uri}: {csp}");
        assert!(!csp.contains("unsafe-inline"), "{uri}: {csp}");
        let ancestors = if framed == "DENY" { "'none'" } else { "'self'" };
        assert!(
            csp.contains(&format!("frame-ancestors {ancestors}")),
            "{uri}: {csp}"
        );
        if framed == "DENY" {
            assert_eq!(h["referrer-policy"], "same-origin", "{uri}");
        }
    }
}

#[tokio::test]
async fn a_parameter_a_page_does_not_take_gets_the_sites_error_page() {
    let app = TestApp::start().await;
    let page = app.get("/sitemap.xml?foo=1").await;
    assert_eq!(page.status, StatusCode::BAD_REQUEST);
    assert!(
        page.headers[http::header::CONTENT_TYPE]
            .to_str()
            .expect("ascii")
            .starts_with("text/html"),
        "{:?}",
        page.headers
    );
    assert!(
        page.body.contains("<nav"),
        "the site's menus: {}",
        page.body
    );
    assert!(
        page.body.contains("foo"),
        "says what was wrong: {}",
        page.body
    );
    assert_eq!(page.headers[http::header::CACHE_CONTROL], "no-store");
    // A megabyte of it is quoted in a line, not whole.
    let long = app
        .get(&format!("/sitemap.xml?{}=1", "a".repeat(60_000)))
        .await;
    assert_eq!(long.status, StatusCode::BAD_REQUEST);
    assert!(long.body.len() < 30_000, "{}", long.body.len());
}

/// A process whose search index stops following the database says so on /healthz, so that
/// a load balancer stops sending it readers; it is healthy again after a good tick.
#[tokio::test]
async fn healthz_fails_while_the_database_is_not_followed() {
    let app = TestApp::start().await;
    assert_eq!(app.get("/healthz").await.status, StatusCode::OK);
    for _ in 0..web::FOLLOW_FAILURES_UNHEALTHY {
        app.state.note_follow(false);
    }
    let sick = app.get("/healthz").await;
    assert_eq!(sick.status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(
        sick.body.starts_with("not following the database"),
        "{}",
        sick.body
    );
    app.state.note_follow(true);
    assert_eq!(app.get("/healthz").await.status, StatusCode::OK);
    // One failed pass right after a good one is a hiccup…
    app.state.note_follow(false);
    assert_eq!(app.get("/healthz").await.status, StatusCode::OK);
    // …but a failure with no good pass in the last ten seconds (here: none ever) is not:
    // a database that hangs makes each pass wait out its timeout.
    let other = TestApp::start().await;
    other.state.note_follow(false);
    assert_eq!(
        other.get("/healthz").await.status,
        StatusCode::SERVICE_UNAVAILABLE
    );
}
