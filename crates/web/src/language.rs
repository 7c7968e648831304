//! The language of a request, from its address: the site's default language at the root,
//! every other language of the site definition under its code (`/ru/press-releases`).
//!
//! [`language_prefix`] runs before the route table: it takes the prefix off the address, so
//! that one route serves every language, and leaves a [`Here`] in the request for handlers.
//! The prefix of the default language (`/en/…`) redirects to the address without it; `/ru`
//! redirects to `/ru/`. Addresses that exist in one language only (the API, the workspace,
//! assets, feeds of the whole site) are not served under a prefix: they answer 404 there, as
//! an unknown prefix does. `Accept-Language` is never followed silently.

use axum::extract::{FromRequestParts, Request, State};
use axum::http::{HeaderValue, StatusCode, Uri, header, request::Parts};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use render::pages::Ui;

use crate::AppState;

/// Where a request is on the site: its interface and its address without the language's
/// prefix ("/press-releases?type=news"), from which the same page in the other languages is
/// reached.
#[derive(Debug, Clone)]
pub struct Here {
    pub ui: Ui,
    /// The address without the language prefix, with its query string.
    pub path: String,
}

impl Here {
    /// The default language at `path`.
    pub fn root(path: &str) -> Here {
        Here {
            ui: Ui::default(),
            path: path.to_owned(),
        }
    }

    /// The address without its query string.
    pub fn path_only(&self) -> &str {
        self.path.split_once('?').map_or(&self.path, |(p, _)| p)
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Here {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Here, Self::Rejection> {
        Ok(parts
            .extensions
            .get::<Here>()
            .cloned()
            .unwrap_or_else(|| Here::root(parts.uri.path_and_query().map_or("/", |p| p.as_str()))))
    }
}

/// Addresses served in the default language only: under a language's prefix they are 404.
const ONE_LANGUAGE: &[&str] = &[
    "/admin",
    "/api/v1",
    "/assets",
    "/healthz",
    "/metrics",
    "/preview",
    "/readyz",
    "/robots.txt",
    "/sitemap.xml",
];

fn is_one_language(rest: &str) -> bool {
    ONE_LANGUAGE.iter().any(|p| {
        rest.strip_prefix(p)
            .is_some_and(|after| after.is_empty() || after.starts_with(['/', '?']))
    })
}

/// What the first segment of a path says of its language.
#[derive(Debug, PartialEq, Eq)]
enum Prefix<'a> {
    /// No language prefix: the default language.
    None,
    /// A language of the site other than the default, and the rest of the path ("/…").
    Language(&'a str, &'a str),
    /// The prefix of the default language, or a language's code without the slash after it:
    /// redirect to this path (without the query).
    Redirect(String),
}

/// The language prefix of `path`, for a site whose languages are those `is_language` accepts
/// and whose default language is `default`.
fn prefix_of<'a>(is_language: impl Fn(&str) -> bool, default: &str, path: &'a str) -> Prefix<'a> {
    let Some(after) = path.strip_prefix('/') else {
        return Prefix::None;
    };
    let (seg, rest) = after
        .find('/')
        .map_or((after, ""), |i| (&after[..i], &after[i..]));
    if !is_language(seg) {
        return Prefix::None;
    }
    if seg == default {
        // Never an address a browser reads as another host's (`//host`, `/\host`): the
        // slashes after the prefix are one.
        return Prefix::Redirect(format!("/{}", rest.trim_start_matches(['/', '\\'])));
    }
    if rest.is_empty() {
        return Prefix::Redirect(format!("/{seg}/"));
    }
    Prefix::Language(seg, rest)
}

/// Takes the language prefix off the address and leaves a [`Here`] in the request.
pub async fn language_prefix(
    State(state): State<AppState>,
    mut req: Request,
    next: Next,
) -> Response {
    let site = state.site();
    let path = req.uri().path().to_owned();
    let query = req.uri().query().map(str::to_owned);
    let with_query = |p: &str| match &query {
        Some(q) => format!("{p}?{q}"),
        None => p.to_owned(),
    };
    let default = site.organization.default_language.as_str();
    let here = match prefix_of(|code| site.language(code).is_some(), default, &path) {
        Prefix::None => Here {
            ui: Ui::in_site(&site, default),
            path: with_query(&path),
        },
        Prefix::Redirect(to) => return redirect(&with_query(&to)),
        Prefix::Language(code, rest) => {
            if is_one_language(rest) {
                // Served in one language only: answered as an address that does not exist.
                return next.run(req).await;
            }
            let Ok(uri) = with_query(rest).parse::<Uri>() else {
                return next.run(req).await;
            };
            *req.uri_mut() = uri;
            Here {
                ui: Ui::in_site(&site, code),
                path: with_query(rest),
            }
        }
    };
    req.extensions_mut().insert(here);
    next.run(req).await
}

/// 301 to `to`; an address that cannot be a header is answered as not found.
pub(crate) fn redirect(to: &str) -> Response {
    match HeaderValue::from_str(to) {
        Ok(location) => (
            StatusCode::MOVED_PERMANENTLY,
            [(header::LOCATION, location)],
        )
            .into_response(),
        Err(_) => StatusCode::NOT_FOUND.into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prefix_of(path: &str) -> Prefix<'_> {
        super::prefix_of(|c| ["en", "ru", "fr", "hbs"].contains(&c), "en", path)
    }

    #[test]
    fn prefixes_name_the_languages_of_the_site() {
        assert_eq!(prefix_of("/"), Prefix::None);
        assert_eq!(prefix_of("/press-releases"), Prefix::None);
        assert_eq!(
            prefix_of("/ru/press-releases"),
            Prefix::Language("ru", "/press-releases")
        );
        assert_eq!(prefix_of("/ru/"), Prefix::Language("ru", "/"));
        assert_eq!(prefix_of("/ru"), Prefix::Redirect("/ru/".into()));
        assert_eq!(prefix_of("/en/search"), Prefix::Redirect("/search".into()));
        assert_eq!(prefix_of("/en"), Prefix::Redirect("/".into()));
        assert_eq!(prefix_of("/en/"), Prefix::Redirect("/".into()));
        assert_eq!(
            prefix_of("/en//evil.example"),
            Prefix::Redirect("/evil.example".into())
        );
        assert_eq!(
            prefix_of("/en/\\evil.example"),
            Prefix::Redirect("/evil.example".into())
        );
        // Not a language of the site: left to the route table, which answers 404.
        assert_eq!(prefix_of("/xx/press-releases"), Prefix::None);
    }

    #[test]
    fn some_addresses_exist_in_one_language() {
        assert!(is_one_language("/admin"));
        assert!(is_one_language("/admin/items/3"));
        assert!(is_one_language("/api/v1/items?x=1"));
        assert!(!is_one_language("/api"));
        assert!(!is_one_language("/administration"));
        assert!(!is_one_language("/press-releases"));
    }
}
