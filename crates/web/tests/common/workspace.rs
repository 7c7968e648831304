//! Logging in to the workspace from a test, and form requests with cookies.

use axum::body::Body;
use http::{Request, StatusCode, header};
use jiff::Timestamp;
use model::access::{Assignment, Role};
use store::Actor;

use super::{Page, TestApp};

pub const PASSWORD: &str = "a long enough password";

pub async fn add_user(app: &TestApp, email: &str, role: Role, structures: &[(&str, bool)]) {
    let hash = publishing::accounts::hash_password(PASSWORD).expect("hashed");
    let assignments: Vec<Assignment> = structures
        .iter()
        .map(|(s, p)| Assignment {
            structure: model::Slug::parse(s).expect("slug"),
            may_publish: *p,
        })
        .collect();
    app.state
        .store
        .add_user(
            email,
            role,
            &hash,
            &assignments,
            &Actor::command_line(),
            Timestamp::UNIX_EPOCH,
        )
        .await
        .expect("user added");
}

/// The value of a cookie set by a response.
pub fn set_cookie(page: &Page, name: &str) -> Option<String> {
    page.headers
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with(&format!("{name}=")))
        .map(str::to_owned)
}

pub fn cookie_value(set_cookie: &str) -> String {
    set_cookie
        .split(';')
        .next()
        .and_then(|kv| kv.split_once('='))
        .map(|(_, v)| v.to_owned())
        .unwrap_or_default()
}

pub fn form_field(html: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let start = html.find(&marker).expect("field present") + marker.len();
    html[start..start + html[start..].find('"').expect("closing quote")].to_owned()
}

pub fn post(uri: &str, cookies: &str, body: &str) -> Request<Body> {
    Request::post(uri)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::COOKIE, cookies)
        .header(header::HOST, "localhost")
        .body(Body::from(body.to_owned()))
        .expect("request")
}

pub fn get(uri: &str, cookies: &str) -> Request<Body> {
    Request::get(uri)
        .header(header::COOKIE, cookies)
        .body(Body::empty())
        .expect("request")
}

/// Logs in and returns the session cookie ("communique_session=…") and the page's CSRF token.
pub async fn log_in(app: &TestApp, email: &str, password: &str) -> Page {
    let form = app.get("/admin/login").await;
    assert_eq!(form.status, StatusCode::OK);
    let login_cookie = set_cookie(&form, "communique_login").expect("login cookie");
    let csrf = form_field(&form.body, "csrf");
    app.request(post(
        "/admin/login",
        &format!("communique_login={}", cookie_value(&login_cookie)),
        &format!(
            "email={}&password={}&csrf={csrf}&next=%2Fadmin",
            email.replace('@', "%40"),
            password.replace(' ', "+")
        ),
    ))
    .await
}

pub async fn session(app: &TestApp, email: &str) -> (String, String) {
    let res = log_in(app, email, PASSWORD).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let set = set_cookie(&res, "communique_session").expect("session cookie");
    assert!(
        set.contains("HttpOnly") && set.contains("SameSite=Lax") && set.contains("Path=/admin")
    );
    let cookie = format!("communique_session={}", cookie_value(&set));
    let page = app.request(get("/admin", &cookie)).await;
    assert_eq!(page.status, StatusCode::OK);
    let csrf = form_field(&page.body, "csrf");
    (cookie, csrf)
}

/// An API token of the account with this email (the secret, as `token create` shows it).
pub async fn token(app: &TestApp, email: &str) -> String {
    let user = app
        .state
        .store
        .user_by_email(email)
        .await
        .expect("read")
        .expect("exists");
    let secret = publishing::accounts::new_token().expect("token");
    app.state
        .store
        .create_token(
            &user,
            "test",
            &publishing::accounts::token_digest(&secret),
            &store::Actor::command_line(),
            jiff::Timestamp::UNIX_EPOCH,
        )
        .await
        .expect("stored");
    secret
}
