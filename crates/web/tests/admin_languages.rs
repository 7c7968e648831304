//! The editorial workspace in its languages: the language of `Accept-Language`, the language
//! chosen with the picker (a cookie, which wins), the picker's form and where it leads, and
//! headers that are malformed or huge.

mod common;

use std::time::{Duration, Instant};

use axum::body::Body;
use common::TestApp;
use common::workspace::{add_user, cookie_value, form_field, post, session, set_cookie};
use http::{Request, StatusCode, header};
use model::access::Role;

/// A request for `uri` with these cookies and this `Accept-Language`.
fn get_in(uri: &str, cookies: &str, accept_language: &str) -> Request<Body> {
    let mut req = Request::get(uri).header(header::HOST, "localhost");
    if !cookies.is_empty() {
        req = req.header(header::COOKIE, cookies);
    }
    if !accept_language.is_empty() {
        req = req.header(header::ACCEPT_LANGUAGE, accept_language);
    }
    req.body(Body::empty()).expect("request")
}

/// The login page's cookie ("communique_login=…") and its CSRF proof.
async fn login_form(app: &TestApp) -> (String, String) {
    let form = app.get("/admin/login").await;
    let set = set_cookie(&form, "communique_login").expect("login cookie");
    (
        format!("communique_login={}", cookie_value(&set)),
        form_field(&form.body, "csrf"),
    )
}

#[tokio::test]
async fn accept_language_sets_the_language_of_the_login_page_and_the_dashboard() {
    let app = TestApp::start().await;
    add_user(&app, "ed@example.org", Role::Editor, &[]).await;

    let login = app
        .request(get_in(
            "/admin/login",
            "",
            "ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7",
        ))
        .await;
    assert_eq!(login.status, StatusCode::OK);
    let page = &login.body;
    assert!(page.contains("<html lang=\"ru\">"), "{page}");
    assert!(page.contains("<h1>Вход</h1>"), "{page}");
    assert!(
        page.contains("<label for=\"password\">Пароль</label>"),
        "{page}"
    );
    assert!(page.contains("Перейти к основному содержанию"), "{page}");
    assert!(!page.contains("Log in"), "{page}");
    // The picker is there, each language named in itself, the page's chosen.
    assert!(page.contains("action=\"/admin/language\""), "{page}");
    assert!(page.contains("<option value=\"ru\" lang=\"ru\" selected>Русский</option>"));
    assert!(page.contains("<option value=\"de\" lang=\"de\">Deutsch</option>"));

    let (cookie, _) = session(&app, "ed@example.org").await;
    let dash = app.request(get_in("/admin", &cookie, "ru")).await;
    assert_eq!(dash.status, StatusCode::OK);
    let page = &dash.body;
    assert!(page.contains("<html lang=\"ru\">"), "{page}");
    assert!(page.contains("<h1>Материалы</h1>"), "{page}");
    assert!(page.contains("Все материалы"), "{page}");
    assert!(page.contains("ed@example.org · Редактор"), "{page}");
    assert!(page.contains("Выйти"), "{page}");
    assert!(page.contains("Редакционная система"), "{page}");
    // A workflow state.
    assert!(page.contains(">Опубликовано</span>"), "{page}");
    assert!(!page.contains("All items") && !page.contains("Log out"));
}

#[tokio::test]
async fn without_cookie_or_accept_language_the_workspace_is_in_english() {
    let app = TestApp::start().await;
    let login = app.get("/admin/login").await;
    assert!(login.body.contains("<html lang=\"en\">"));
    assert!(login.body.contains("<h1>Log in</h1>"));
    assert!(
        login
            .body
            .contains("<option value=\"en\" lang=\"en\" selected>English</option>")
    );
    // A language the workspace does not speak leaves it in the default one.
    let polish = app
        .request(get_in("/admin/login", "", "pl-PL,pl;q=0.9"))
        .await;
    assert!(polish.body.contains("<html lang=\"en\">"));
    // Chromium's default.
    let chromium = app.request(get_in("/admin/login", "", "en-US")).await;
    assert!(chromium.body.contains("<h1>Log in</h1>"));
}

#[tokio::test]
async fn the_chosen_language_wins_over_accept_language() {
    let app = TestApp::start().await;
    let page = app
        .request(get_in("/admin/login", "workspace_lang=de", "ru"))
        .await;
    assert!(page.body.contains("<html lang=\"de\">"), "{}", page.body);
    assert!(page.body.contains("<h1>Anmelden</h1>"), "{}", page.body);
    // A cookie naming no language of the workspace is ignored.
    let odd = app
        .request(get_in("/admin/login", "workspace_lang=%3Cx%3E", "es"))
        .await;
    assert!(odd.body.contains("<html lang=\"es\">"), "{}", odd.body);
}

#[tokio::test]
async fn the_picker_on_the_login_page_sets_the_cookie_and_comes_back() {
    let app = TestApp::start().await;
    let (login_cookie, csrf) = login_form(&app).await;
    let res = app
        .request(post(
            "/admin/language",
            &login_cookie,
            &format!("lang=fr&csrf={csrf}&back=%2Fadmin%2Flogin%3Fnext%3D%252Fadmin%252Fsite"),
        ))
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert_eq!(
        res.headers[header::LOCATION],
        "/admin/login?next=%2Fadmin%2Fsite"
    );
    assert_eq!(
        set_cookie(&res, "workspace_lang").as_deref(),
        Some("workspace_lang=fr; Path=/admin; HttpOnly; SameSite=Strict; Max-Age=31536000")
    );
    let page = app
        .request(get_in(
            "/admin/login?next=%2Fadmin%2Fsite",
            "workspace_lang=fr",
            "",
        ))
        .await;
    assert!(page.body.contains("<html lang=\"fr\">"));
    assert!(page.body.contains("<h1>Connexion</h1>"), "{}", page.body);
    // The picker comes back to the page it is on.
    assert!(
        page.body
            .contains("name=\"back\" value=\"/admin/login?next=%2Fadmin%2Fsite\""),
        "{}",
        page.body
    );

    // Without the login form's proof, nothing is set.
    let refused = app
        .request(post(
            "/admin/language",
            "",
            "lang=fr&csrf=guess&back=%2Fadmin",
        ))
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert!(set_cookie(&refused, "workspace_lang").is_none());
}

#[tokio::test]
async fn the_picker_goes_back_to_workspace_addresses_only() {
    let app = TestApp::start().await;
    add_user(&app, "ed@example.org", Role::Editor, &[]).await;
    let (cookie, csrf) = session(&app, "ed@example.org").await;
    let choose = |back: &str| {
        post(
            "/admin/language",
            &cookie,
            &format!("lang=it&csrf={csrf}&back={back}"),
        )
    };
    for (back, expected) in [
        ("%2Fadmin%2Fitems%2Fnew", "/admin/items/new"),
        ("%2Fadmin", "/admin"),
        ("https%3A%2F%2Fevil.example%2Fadmin", "/admin"),
        ("%2F%2Fevil.example%2Fadmin", "/admin"),
        ("%2F%5Cevil.example", "/admin"),
        ("%2Fadmin%5C..%5C%5Cevil.example", "/admin"),
        ("%2Fsearch%3Fq%3Dx", "/admin"),
        ("javascript%3Aalert(1)", "/admin"),
        ("", "/admin"),
    ] {
        let res = app.request(choose(back)).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{back}: {}", res.body);
        assert_eq!(res.headers[header::LOCATION], expected, "{back}");
        assert!(
            set_cookie(&res, "workspace_lang").is_some_and(|c| c.starts_with("workspace_lang=it;"))
        );
    }
    // Over HTTPS (as a proxy says), the cookie is only sent over HTTPS.
    let mut secure = choose("%2Fadmin");
    secure
        .headers_mut()
        .insert("x-forwarded-proto", "https".parse().expect("value"));
    let res = app.request(secure).await;
    assert!(
        set_cookie(&res, "workspace_lang").is_some_and(|c| c.ends_with("; Secure")),
        "{:?}",
        res.headers
    );

    // The dashboard in Italian, whatever the browser asks for.
    let dash = app
        .request(get_in(
            "/admin",
            &format!("{cookie}; workspace_lang=it"),
            "ru",
        ))
        .await;
    assert!(dash.body.contains("<html lang=\"it\">"), "{}", dash.body);
    assert!(dash.body.contains("<h1>Contenuti</h1>"), "{}", dash.body);
}

#[tokio::test]
async fn a_language_the_workspace_does_not_speak_is_refused() {
    let app = TestApp::start().await;
    add_user(&app, "ed@example.org", Role::Editor, &[]).await;
    let (cookie, csrf) = session(&app, "ed@example.org").await;
    for lang in ["xx", "", "EN", "ru-RU", "%3Cscript%3E", &"r".repeat(10_000)] {
        let res = app
            .request(post(
                "/admin/language",
                &cookie,
                &format!("lang={lang}&csrf={csrf}&back=%2Fadmin"),
            ))
            .await;
        assert_eq!(res.status, StatusCode::BAD_REQUEST, "{lang}");
        assert!(set_cookie(&res, "workspace_lang").is_none(), "{lang}");
        assert!(
            res.body.contains("is not a language of the workspace"),
            "{}",
            res.body
        );
        assert!(!res.body.contains("<script>"), "{}", res.body);
    }
    // Refused in the workspace's language.
    let mut ru = post(
        "/admin/language",
        &cookie,
        &format!("lang=xx&csrf={csrf}&back=%2Fadmin"),
    );
    ru.headers_mut()
        .insert(header::ACCEPT_LANGUAGE, "ru".parse().expect("value"));
    let res = app.request(ru).await;
    assert_eq!(res.status, StatusCode::BAD_REQUEST);
    assert!(res.body.contains("<html lang=\"ru\">"), "{}", res.body);
    assert!(res.body.contains("не является языком"), "{}", res.body);
    // A wrong proof is refused before the language is looked at.
    let res = app
        .request(post(
            "/admin/language",
            &cookie,
            "lang=ru&csrf=wrong&back=%2Fadmin",
        ))
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_huge_or_malformed_accept_language_costs_nothing() {
    let app = TestApp::start().await;
    let huge = format!("ru;q=0.9,{}", "xx-XX;q=0.5,".repeat(90_000));
    assert!(huge.len() > 1_000_000);
    let started = Instant::now();
    for value in [
        huge.as_str(),
        &"x".repeat(1_100_000),
        &",".repeat(1_100_000),
        &";q=".repeat(400_000),
        "ru;q=2, de;q=-1, fr;q=0.5abc, it;q=",
        "*;q=0.1, ;;;, =, q=1",
    ] {
        let res = app.request(get_in("/admin/login", "", value)).await;
        assert_eq!(res.status, StatusCode::OK);
        assert!(res.body.contains("<h1>"), "{}", res.body);
    }
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "{:?}",
        started.elapsed()
    );
    // The head of the huge value is read; what lies past it is not.
    let res = app.request(get_in("/admin/login", "", &huge)).await;
    assert!(res.body.contains("<html lang=\"ru\">"));
    let late = format!("{}de", "x;q=0.1,".repeat(200_000));
    let res = app.request(get_in("/admin/login", "", &late)).await;
    assert!(res.body.contains("<html lang=\"en\">"));
}

#[tokio::test]
async fn a_refusal_of_the_workspace_is_told_in_its_language() {
    let app = TestApp::start().await;
    add_user(&app, "ed@example.org", Role::Editor, &[]).await;
    let (cookie, _) = session(&app, "ed@example.org").await;
    let missing = app
        .request(get_in("/admin/items/99999", &cookie, "ru"))
        .await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert!(
        missing.body.contains("<html lang=\"ru\">"),
        "{}",
        missing.body
    );
    assert!(
        missing.body.contains("Такого материала нет."),
        "{}",
        missing.body
    );
    // An editor is no administrator: the refusal names why, in German.
    let refused = app.request(get_in("/admin/glossary", &cookie, "de")).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert!(
        refused
            .body
            .contains("Glossar: nur Administratoren dürfen das tun."),
        "{}",
        refused.body
    );
}

#[tokio::test]
async fn every_workspace_page_speaks_the_chosen_language() {
    let app = TestApp::start().await;
    add_user(&app, "root@example.org", Role::Admin, &[]).await;
    let (cookie, _) = session(&app, "root@example.org").await;
    let cookies = format!("{cookie}; workspace_lang=es");
    for (path, heading) in [
        ("/admin", "<h1>Contenidos</h1>"),
        ("/admin/items/new", "<h1>Nuevo contenido</h1>"),
        ("/admin/items/1", "Ver en el sitio público"),
        ("/admin/audit", "<h1>Registro de auditoría</h1>"),
        ("/admin/glossary", "<h1>Glosario</h1>"),
        ("/admin/site", "<h1>Organización</h1>"),
        ("/admin/site/structures/secretariat", "Cambiar el nombre"),
    ] {
        let page = app.request(get_in(path, &cookies, "")).await;
        assert_eq!(page.status, StatusCode::OK, "{path}");
        assert!(page.body.contains("<html lang=\"es\">"), "{path}");
        assert!(page.body.contains(heading), "{path}: {}", page.body);
        assert!(
            page.body.contains("action=\"/admin/language\""),
            "{path}: the picker"
        );
        // No English fallback is left on the page.
        assert!(
            !page.body.contains("<span lang=\"en\">"),
            "{path}: {}",
            page.body
        );
    }
}
