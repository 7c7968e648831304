//! Introductions of structures, fields of work and countries: the site's own are shown on
//! their pages in the page's language, with a structure's head, address, contacts and press
//! contact; an item's page shows the press contact of its source or of the nearest structure
//! above it; administrators change them in the workspace and the public pages follow at once;
//! others may not; bad input is refused with its reason and stores nothing; text is text.

mod common;

use common::workspace::{add_user, get, post, session};
use common::{TestApp, item};
use http::{StatusCode, header};
use model::access::Role;

async fn admin_app() -> (TestApp, String, String) {
    let app = TestApp::start_at("2026-03-01T12:00:00Z").await;
    add_user(&app, "root@example.org", Role::Admin, &[]).await;
    let (cookie, csrf) = session(&app, "root@example.org").await;
    (app, cookie, csrf)
}

async fn stored_changes(app: &TestApp) -> usize {
    app.state.store.site_changes().await.expect("read").len()
}

fn location(page: &common::Page) -> String {
    page.headers
        .get(header::LOCATION)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned()
}

/// The page of an item, following its redirect to the canonical address.
async fn item_page(app: &TestApp, id: model::ItemId) -> String {
    let first = app.get(&format!("/items/{}", id.0)).await;
    assert_eq!(first.status, StatusCode::MOVED_PERMANENTLY);
    let page = app.get(&location(&first)).await;
    assert_eq!(page.status, StatusCode::OK);
    page.body
}

fn encode(text: &str) -> String {
    model::filter::encode_query_value(text)
}

#[tokio::test]
async fn a_structure_page_shows_its_introduction_contacts_and_press_contact() {
    let app = TestApp::start().await;
    let page = app.get("/structures/odihr").await;
    assert_eq!(page.status, StatusCode::OK);
    let body = &page.body;
    assert!(
        body.contains("observes elections throughout the OSCE region"),
        "{body}"
    );
    assert!(body.contains("<address>"), "{body}");
    assert!(body.contains("ul. Miodowa 10<br>00-251 Warsaw<br>Poland"));
    assert!(body.contains("href=\"tel:+48225200600\""), "{body}");
    assert!(body.contains("href=\"mailto:office@odihr.pl\""));
    assert!(body.contains("Press contact"));
    assert!(body.contains("Spokesperson of ODIHR"));
    assert!(body.contains("<p class=\"contact-head\">Director</p>"));

    // In Russian: the English description is not passed off as Russian, the contacts are
    // shown, marked as English.
    let ru = app.get("/ru/structures/odihr").await;
    assert_eq!(ru.status, StatusCode::OK);
    assert!(!ru.body.contains("observes elections"), "{}", ru.body);
    assert!(
        ru.body
            .contains("<p class=\"press-name\" lang=\"en-GB\">Spokesperson of ODIHR</p>")
            || ru
                .body
                .contains("<p class=\"press-name\" lang=\"en\">Spokesperson of ODIHR</p>"),
        "{}",
        ru.body
    );
    // The Secretariat is introduced in Russian too.
    let secretariat = app.get("/ru/structures/secretariat").await;
    assert!(
        secretariat.body.contains("Генеральный секретарь"),
        "{}",
        secretariat.body
    );

    // A unit without contacts of its own shows its parent's press contact.
    let unit = app.get("/structures/conflict-prevention-centre").await;
    assert!(
        unit.body
            .contains("Communication and Media Relations Section, OSCE Secretariat"),
        "{}",
        unit.body
    );
    // Fields of work and countries show their description.
    let field = app.get("/fields-of-work/elections").await;
    assert!(
        field.body.contains("1990 Copenhagen Document"),
        "{}",
        field.body
    );
    let country = app.get("/countries/belarus").await;
    assert!(country.body.contains("OSCE Office in Minsk"));
    let ru_country = app.get("/ru/countries/belarus").await;
    assert!(ru_country.body.contains("Офис ОБСЕ в Минске"));
}

#[tokio::test]
async fn an_item_from_a_unit_shows_its_parents_press_contact() {
    let (app, admin, csrf) = admin_app().await;
    let ids = app
        .add(&[
            item(
                "Early warning seminar",
                "2026-02-10",
                &["conflict-prevention-centre"],
                &[],
                &[],
            ),
            item(
                "Election report",
                "2026-02-11",
                &["odihr"],
                &["elections"],
                &[],
            ),
        ])
        .await;
    let unit_item = item_page(&app, ids[0]).await;
    assert!(
        unit_item.contains("aria-labelledby=\"press-heading\""),
        "{unit_item}"
    );
    assert!(unit_item.contains("Communication and Media Relations Section, OSCE Secretariat"));
    assert!(unit_item.contains("href=\"mailto:press@osce.org\""));
    let odihr_item = item_page(&app, ids[1]).await;
    assert!(odihr_item.contains("Spokesperson of ODIHR"), "{odihr_item}");

    // The unit gets a press contact of its own: its items' kept pages show it at once.
    let saved = app
        .request(post(
            "/admin/site/introductions/structures/conflict-prevention-centre",
            &admin,
            &format!(
                "csrf={csrf}&language=en&description=&press_name={}&press_email=cpc-press%40osce.org&press_phone=",
                encode("Conflict Prevention Centre press desk")
            ),
        ))
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert_eq!(
        location(&saved),
        "/admin/site/structures/conflict-prevention-centre?language=en#introduction"
    );
    let unit_item = item_page(&app, ids[0]).await;
    assert!(
        unit_item.contains("Conflict Prevention Centre press desk"),
        "{unit_item}"
    );
    assert!(!unit_item.contains("Communication and Media Relations Section"));
}

#[tokio::test]
async fn an_administrator_writes_a_countrys_introduction_in_russian() {
    let (app, admin, csrf) = admin_app().await;
    // Seen before the change: a page kept anywhere must not hide it afterwards.
    let before = app.get("/ru/countries/austria").await;
    assert_eq!(before.status, StatusCode::OK);
    let editor = app
        .request(get(
            "/admin/site/introductions/countries/austria?language=ru",
            &admin,
        ))
        .await;
    assert_eq!(editor.status, StatusCode::OK, "{}", editor.body);
    assert!(editor.body.contains("name=\"description\""));
    assert!(editor.body.contains("<option value=\"ru\" selected>"));
    assert!(
        !editor.body.contains("name=\"press_name\""),
        "a country has no contacts"
    );

    let text = "Австрия — государство-участник ОБСЕ.\r\n\r\nВена принимает Секретариат.";
    let saved = app
        .request(post(
            "/admin/site/introductions/countries/austria",
            &admin,
            &format!("csrf={csrf}&language=ru&description={}", encode(text)),
        ))
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert_eq!(
        location(&saved),
        "/admin/site/introductions/countries/austria?language=ru"
    );

    let ru = app.get("/ru/countries/austria").await;
    assert!(
        ru.body.contains(
            "<p>Австрия — государство-участник ОБСЕ.</p><p>Вена принимает Секретариат.</p>"
        ),
        "{}",
        ru.body
    );
    let en = app.get("/countries/austria").await;
    assert!(
        !en.body.contains("Австрия — государство-участник"),
        "{}",
        en.body
    );
    assert!(en.body.contains("Vienna hosts the OSCE Secretariat"));

    // The workspace shows the text in effect, and the history names it.
    let editor = app
        .request(get(
            "/admin/site/introductions/countries/austria?language=ru",
            &admin,
        ))
        .await;
    assert!(editor.body.contains("Вена принимает Секретариат."));
    assert!(editor.body.contains("(en, ru)") || editor.body.contains("en, ru"));
    let site = app.request(get("/admin/site", &admin)).await;
    assert!(
        site.body.contains("set the introduction of austria in ru"),
        "{}",
        site.body
    );

    // Removed: the page no longer shows it.
    let removed = app
        .request(post(
            "/admin/site/introductions/countries/austria",
            &admin,
            &format!("csrf={csrf}&language=ru&action=clear&description=x"),
        ))
        .await;
    assert_eq!(removed.status, StatusCode::SEE_OTHER, "{}", removed.body);
    assert!(
        !app.get("/ru/countries/austria")
            .await
            .body
            .contains("Вена принимает")
    );
    assert_eq!(stored_changes(&app).await, 2);
}

#[tokio::test]
async fn only_administrators_change_introductions() {
    let app = TestApp::start().await;
    add_user(&app, "ed@example.org", Role::Editor, &[]).await;
    let (editor, csrf) = session(&app, "ed@example.org").await;
    let page = app
        .request(get("/admin/site/introductions/countries/serbia", &editor))
        .await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    let saved = app
        .request(post(
            "/admin/site/introductions/countries/serbia",
            &editor,
            &format!("csrf={csrf}&language=en&description=Mine"),
        ))
        .await;
    assert_eq!(saved.status, StatusCode::FORBIDDEN);
    assert_eq!(stored_changes(&app).await, 0);
}

#[tokio::test]
async fn bad_introductions_are_refused_and_store_nothing() {
    let (app, admin, csrf) = admin_app().await;
    let huge = "a".repeat(1_000_000);
    let cases = [
        (
            "/admin/site/introductions/countries/serbia",
            format!("language=en&description={huge}"),
            "longer than 4000 characters",
        ),
        (
            "/admin/site/introductions/structures/odihr",
            "language=en&description=ODIHR&email=not-an-address".to_owned(),
            "is not an e-mail address",
        ),
        (
            "/admin/site/introductions/structures/odihr",
            "language=en&description=ODIHR&web=javascript%3Aalert(1)".to_owned(),
            "is not an http or https address",
        ),
        (
            "/admin/site/introductions/structures/odihr",
            "language=en&description=ODIHR&press_name=Press".to_owned(),
            "needs an e-mail address or a telephone",
        ),
        (
            "/admin/site/introductions/countries/serbia",
            "language=zz&description=Serbia".to_owned(),
            "is not a language of the site",
        ),
        (
            "/admin/site/introductions/countries/serbia",
            "language=ru&description=".to_owned(),
            "no introduction in &#39;ru&#39; to remove",
        ),
    ];
    for (uri, body, expected) in cases {
        let res = app
            .request(post(uri, &admin, &format!("csrf={csrf}&{body}")))
            .await;
        assert_eq!(
            res.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{uri} {expected}"
        );
        assert!(
            res.body.contains(expected),
            "{expected}: {}",
            &res.body[..res.body.len().min(4000)]
        );
        assert!(res.body.contains("name=\"description\""), "the form again");
        assert!(
            res.body.len() < 100_000,
            "a refused megabyte is not sent back whole"
        );
    }
    assert_eq!(stored_changes(&app).await, 0);

    let unknown = app
        .request(get("/admin/site/introductions/countries/atlantis", &admin))
        .await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    let unknown_kind = app
        .request(post(
            "/admin/site/introductions/meetings/ministerial-council",
            &admin,
            &format!("csrf={csrf}&language=en&description=x"),
        ))
        .await;
    assert_eq!(unknown_kind.status, StatusCode::NOT_FOUND);
    let forged = app
        .request(post(
            "/admin/site/introductions/countries/serbia",
            &admin,
            "csrf=forged&language=en&description=x",
        ))
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    assert_eq!(stored_changes(&app).await, 0);
}

#[tokio::test]
async fn markup_in_an_introduction_is_shown_as_text() {
    let (app, admin, csrf) = admin_app().await;
    let text = "<script>alert(1)</script> <b>bold</b> & more";
    let saved = app
        .request(post(
            "/admin/site/introductions/fields-of-work/youth",
            &admin,
            &format!("csrf={csrf}&language=en&description={}", encode(text)),
        ))
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let page = app.get("/fields-of-work/youth").await;
    assert!(
        page.body.contains(
            "&#60;script&#62;alert(1)&#60;/script&#62; &#60;b&#62;bold&#60;/b&#62; &#38; more"
        ),
        "{}",
        page.body
    );
    assert!(!page.body.contains("<script>alert(1)"));
    assert!(!page.body.contains("<b>bold</b>"));
}

#[tokio::test]
async fn the_structure_page_of_the_workspace_edits_its_introduction_per_language() {
    let (app, admin, _csrf) = admin_app().await;
    let page = app
        .request(get(
            "/admin/site/structures/secretariat?language=ru",
            &admin,
        ))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("id=\"introduction\""));
    assert!(
        page.body.contains("Генеральный секретарь"),
        "the Russian text in effect"
    );
    assert!(page.body.contains(
        "name=\"press_email\" type=\"email\" maxlength=\"254\" value=\"press@osce.org\""
    ));
    assert!(
        page.body
            .contains("action=\"/admin/site/introductions/structures/secretariat\"")
    );
    let english = app
        .request(get("/admin/site/structures/secretariat", &admin))
        .await;
    assert!(english.body.contains("<option value=\"en\" selected>"));
    assert!(
        english
            .body
            .contains("The Secretariat supports the Chairpersonship")
    );
}
