//! Headers every response carries, whatever produced it (a handler, an error, a refusal,
//! a panic or a timeout): what the browser may load and run, whether another site may frame
//! the page, and what a link from it tells the next site.

use axum::http::{HeaderMap, HeaderName, HeaderValue, Uri, header};
use axum::response::Response;

/// Scripts and styles come only from the site's own files (no inline script, no `eval`);
/// pictures in item bodies may come from other sites over HTTPS.
const POLICY_PUBLIC: &str = "default-src 'self'; script-src 'self'; style-src 'self'; \
    img-src 'self' data: https:; object-src 'none'; base-uri 'none'; form-action 'self'; \
    frame-ancestors 'self'";
/// The workspace and preview links are never framed (clickjacking of a publish button, or
/// of an embargoed text).
const POLICY_PRIVATE: &str = "default-src 'self'; script-src 'self'; style-src 'self'; \
    img-src 'self' data: https:; object-src 'none'; base-uri 'none'; form-action 'self'; \
    frame-ancestors 'none'";

/// Whether an address belongs to the workspace or to a preview link.
pub(crate) fn is_private(path: &str) -> bool {
    path == "/admin" || path.starts_with("/admin/") || path.starts_with("/preview/")
}

/// Adds the security headers a response does not set itself.
pub async fn security_headers(uri: Uri, mut res: Response) -> Response {
    let private = is_private(uri.path());
    let status = res.status();
    let h = res.headers_mut();
    set(h, header::X_CONTENT_TYPE_OPTIONS, "nosniff");
    // The workspace and the errors are never kept by a browser or a shared cache (a page of
    // the workspace shows unpublished text; an error may be gone at the next request).
    if private || status.is_client_error() || status.is_server_error() {
        set(h, header::CACHE_CONTROL, "no-store");
    }
    set(
        h,
        header::CONTENT_SECURITY_POLICY,
        if private {
            POLICY_PRIVATE
        } else {
            POLICY_PUBLIC
        },
    );
    set(
        h,
        header::X_FRAME_OPTIONS,
        if private { "DENY" } else { "SAMEORIGIN" },
    );
    // A preview link's address is its secret: no other site learns it from a click. (Not
    // "no-referrer": browsers then send `Origin: null` with the workspace's own forms, which
    // the cross-site check must refuse.)
    set(
        h,
        header::REFERRER_POLICY,
        if private {
            "same-origin"
        } else {
            "strict-origin-when-cross-origin"
        },
    );
    res
}

fn set(headers: &mut HeaderMap, name: HeaderName, value: &'static str) {
    if !headers.contains_key(&name) {
        headers.insert(name, HeaderValue::from_static(value));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_workspace_and_previews_are_never_framed() {
        for path in ["/admin", "/admin/items/3", "/preview/12"] {
            assert!(is_private(path), "{path}");
        }
        for path in ["/", "/administration", "/items/1/x", "/previews"] {
            assert!(!is_private(path), "{path}");
        }
        assert!(POLICY_PRIVATE.contains("frame-ancestors 'none'"));
        for policy in [POLICY_PUBLIC, POLICY_PRIVATE] {
            assert!(policy.contains("script-src 'self';"));
            assert!(!policy.contains("unsafe-inline") && !policy.contains("unsafe-eval"));
        }
    }
}
