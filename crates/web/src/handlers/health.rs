use std::sync::LazyLock;

use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};

use crate::AppState;
use crate::error::WebError;

/// `GET /healthz`: 200 when the process serves and follows the database; 503 when its
/// search index and listings have failed to follow it for [`crate::FOLLOW_FAILURES_UNHEALTHY`]
/// ticks in a row (what it would serve is going stale).
pub async fn healthz(axum::extract::State(state): axum::extract::State<AppState>) -> Response {
    let failures = state.follow_failures();
    // Unhealthy after ten failed passes in a row, or after any failure once the last
    // success is ten seconds old: a database that hangs makes each pass wait out its own
    // timeout, and ten of those would take minutes.
    let stale = failures > 0
        && state
            .since_followed()
            .is_none_or(|since| since >= std::time::Duration::from_secs(10));
    let (status, body) = if failures >= crate::FOLLOW_FAILURES_UNHEALTHY || stale {
        (
            StatusCode::SERVICE_UNAVAILABLE,
            format!("not following the database: {failures} failures in a row (see the log)\n"),
        )
    } else {
        (StatusCode::OK, "ok\n".to_owned())
    };
    (
        status,
        [
            (header::CONTENT_TYPE, "text/plain; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        body,
    )
        .into_response()
}

/// One of the site's own files, with its compressed forms made once.
struct Asset {
    body: bytes::Bytes,
    etag: String,
    encoded: publishing::Encoded,
    content_type: &'static str,
}

impl Asset {
    fn new(text: &'static str, content_type: &'static str) -> Asset {
        Asset {
            body: bytes::Bytes::from_static(text.as_bytes()),
            etag: publishing::etag_of(text.as_bytes()),
            encoded: publishing::Encoded::default(),
            content_type,
        }
    }

    /// Its URL carries a fingerprint of the assets (`?v=`), so it can be kept for a year.
    fn serve(&self, request: &HeaderMap) -> Response {
        crate::http_cache::serve(
            request,
            crate::http_cache::Kept {
                body: &self.body,
                etag: &self.etag,
                encoded: &self.encoded,
                content_type: self.content_type,
                cache_control: "public, max-age=31536000, immutable",
            },
        )
    }
}

static STYLESHEET: LazyLock<Asset> =
    LazyLock::new(|| Asset::new(render::STYLESHEET, "text/css; charset=utf-8"));
static SCRIPT: LazyLock<Asset> =
    LazyLock::new(|| Asset::new(render::SCRIPT, "text/javascript; charset=utf-8"));
static ADMIN_SCRIPT: LazyLock<Asset> =
    LazyLock::new(|| Asset::new(render::ADMIN_SCRIPT, "text/javascript; charset=utf-8"));

/// `GET /assets/site.css`.
pub async fn stylesheet(headers: HeaderMap) -> Response {
    STYLESHEET.serve(&headers)
}

/// `GET /assets/admin.js`: the workspace's editor.
pub async fn admin_script(headers: HeaderMap) -> Response {
    ADMIN_SCRIPT.serve(&headers)
}

/// `GET /assets/site.js`: the menus' script.
pub async fn script(headers: HeaderMap) -> Response {
    SCRIPT.serve(&headers)
}

/// Any other address: an old link to an item imported from the previous website is
/// redirected to the item (when it is public); an address typed with capitals or a trailing
/// slash to the same address in lower case without it; anything else is not found.
pub async fn not_found(
    axum::extract::State(state): axum::extract::State<AppState>,
    method: axum::http::Method,
    uri: axum::http::Uri,
    here: crate::language::Here,
) -> Result<Response, WebError> {
    let readable = matches!(method, axum::http::Method::GET | axum::http::Method::HEAD)
        && uri.path().len() <= MAX_OLD_ADDRESS;
    if readable {
        let path = uri.path_and_query().map_or(uri.path(), |p| p.as_str());
        if let Some(item) = state.public().item_at_old_address(path).await? {
            return Ok(crate::language::redirect(&item.path()));
        }
        if let Some(normal) = normalized(here.path_only()) {
            let mut to = here.ui.href(&normal);
            if let Some(q) = uri.query() {
                to = format!("{to}?{q}");
            }
            return Ok(crate::language::redirect(&to));
        }
    }
    Err(WebError::NotFound(render::messages::text(
        render::messages::key::NO_PAGE_AT_ADDRESS,
        &[],
    )))
}

/// The first segments of the route table's addresses (checked against it by a test): an
/// address typed otherwise is redirected only into one of them, not to another 404.
const SECTIONS: &[&str] = &[
    "",
    "healthz",
    "readyz",
    "metrics",
    "assets",
    "favicon.svg",
    "favicon.ico",
    "manifest.webmanifest",
    "press-releases",
    "search",
    "items",
    "fields-of-work",
    "meetings",
    "countries",
    "structures",
    "pages",
    "feed.atom",
    "sitemap.xml",
    "robots.txt",
    "api",
    "preview",
    "admin",
    "media",
];

/// The site's own spelling of an address typed otherwise: lower case, no trailing slash.
/// `None` when it is already so (the address then does not exist) or when no address of the
/// site starts so.
fn normalized(path: &str) -> Option<String> {
    let lower = path.to_lowercase();
    let trimmed = lower.trim_end_matches('/');
    let normal = if trimmed.is_empty() { "/" } else { trimmed };
    let first = normal
        .trim_start_matches('/')
        .split('/')
        .next()
        .unwrap_or("");
    if !SECTIONS.contains(&first) {
        return None;
    }
    // Never an address a browser reads as another host's (`//host`, `/\host`).
    let elsewhere = normal.contains("//") || normal.contains('\\');
    (normal != path && !elsewhere).then(|| normal.to_owned())
}

/// The longest address looked up among the old website's.
const MAX_OLD_ADDRESS: usize = 2_000;

#[cfg(test)]
mod tests {
    use super::normalized;

    #[test]
    fn addresses_are_lower_case_without_a_trailing_slash() {
        assert_eq!(
            normalized("/press-releases/").as_deref(),
            Some("/press-releases")
        );
        assert_eq!(
            normalized("/Press-Releases").as_deref(),
            Some("/press-releases")
        );
        assert_eq!(
            normalized("/FIELDS-OF-WORK///").as_deref(),
            Some("/fields-of-work")
        );
        assert_eq!(normalized("/press-releases"), None, "already so: not found");
        assert_eq!(normalized("/"), None);
        assert_eq!(normalized("//evil.example/"), None, "never to another host");
        assert_eq!(normalized("/zz/"), None, "nothing of the site starts so");
    }

    #[test]
    fn the_sections_are_those_of_the_route_table() {
        let table = include_str!("../routes.rs");
        let mut firsts: Vec<&str> = table
            .split(".route(\"/")
            .skip(1)
            .filter_map(|rest| rest.split(['"', '/']).next())
            .collect();
        firsts.sort_unstable();
        firsts.dedup();
        assert!(firsts.len() > 10, "{firsts:?}");
        for first in &firsts {
            assert!(super::SECTIONS.contains(first), "{first} is missing");
        }
        for section in super::SECTIONS {
            assert!(firsts.contains(section), "{section} is not a route");
        }
    }
}
