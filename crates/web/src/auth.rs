//! The workspace's sessions over HTTP: the session cookie, the signed-in account as an
//! extractor, CSRF proofs, the client's address behind trusted proxies, and the refusal of
//! cross-site requests. Passwords, tokens and logins are the application's
//! ([`publishing::accounts`]).

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, Method, header};
use publishing::accounts::{same_secret, token_digest};
use render::messages::workspace_key as wk;
use render::pages::Ui;

use crate::workspace_language::WorkspaceUi;
use crate::{AppState, WebError};

/// The cookie holding the session token.
pub const SESSION_COOKIE: &str = "communique_session";
/// The cookie holding the login form's CSRF token (before there is a session).
pub const LOGIN_COOKIE: &str = "communique_login";
/// The value of a cookie of the request.
pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// Whether the request came over HTTPS (directly, or through a proxy that says so).
pub fn is_https(headers: &HeaderMap) -> bool {
    headers
        .get("x-forwarded-proto")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.eq_ignore_ascii_case("https"))
}

/// A `Set-Cookie` value for the workspace: HttpOnly, SameSite=Lax, Secure over HTTPS.
pub fn set_cookie(headers: &HeaderMap, name: &str, value: &str, max_age_seconds: i64) -> String {
    format!(
        "{name}={value}; Path=/admin; HttpOnly; SameSite=Lax; Max-Age={max_age_seconds}{}",
        if is_https(headers) { "; Secure" } else { "" }
    )
}

/// The reverse proxies whose `X-Forwarded-For` is believed (`serve --trusted-proxy`):
/// addresses or networks. Empty by default: the peer is the client, whatever a header says.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrustedProxies(Vec<ipnet::IpNet>);

impl TrustedProxies {
    /// Parses a comma-separated list of addresses (`127.0.0.1`, `::1`) and networks
    /// (`10.0.0.0/8`).
    pub fn parse(list: &str) -> Result<TrustedProxies, String> {
        let mut nets = Vec::new();
        for part in list.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let net = match part.parse::<ipnet::IpNet>() {
                Ok(n) => n,
                Err(_) => part
                    .parse::<std::net::IpAddr>()
                    .map(ipnet::IpNet::from)
                    .map_err(|_| {
                        format!(
                            "'{}' is not an address or a network (e.g. 127.0.0.1 or 10.0.0.0/8)",
                            model::text::shown(part)
                        )
                    })?,
            };
            nets.push(net);
        }
        Ok(TrustedProxies(nets))
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn contains(&self, ip: &std::net::IpAddr) -> bool {
        let ip = ip.to_canonical();
        self.0.iter().any(|n| n.contains(&ip))
    }
}

/// The client's address: the peer's, or — when the peer is a trusted proxy — the address
/// nearest to us in `X-Forwarded-For` that is not itself a trusted proxy. Without trusted
/// proxies, or from any other peer, the header is ignored (anyone could write it).
pub fn client_address(parts: &Parts, trusted: &TrustedProxies) -> String {
    let peer = parts
        .extensions
        .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
        .map(|c| c.0.ip().to_canonical());
    let Some(peer) = peer else {
        return "unknown".into();
    };
    if !trusted.contains(&peer) {
        return peer.to_string();
    }
    // Read hop by hop from the bytes: junk a client wrote before the hops the proxies
    // appended (even bytes that are not text) does not hide them.
    let hops: Vec<&[u8]> = parts
        .headers
        .get_all("x-forwarded-for")
        .iter()
        .flat_map(|v| v.as_bytes().split(|b| *b == b','))
        .collect();
    let mut client = peer;
    for hop in hops.iter().rev() {
        let hop = std::str::from_utf8(hop).map(str::trim).unwrap_or("");
        match hop.parse::<std::net::IpAddr>() {
            Ok(ip) => {
                client = ip.to_canonical();
                if !trusted.contains(&client) {
                    break;
                }
            }
            // A hop that is not an address: the chain cannot be followed further.
            Err(_) => break,
        }
    }
    client.to_string()
}

/// The headers a reverse proxy adds about the client and its connection.
const FORWARDING_HEADERS: [&str; 4] = [
    "x-forwarded-for",
    "x-forwarded-proto",
    "x-forwarded-host",
    "forwarded",
];

/// Takes the forwarding headers out of a request that did not come from a trusted proxy, so
/// that nothing after this (the client's address, `https` for cookies and feed addresses)
/// believes what a client wrote. A request without a peer address was made in-process (a
/// test, a tool): it is left as it is.
pub async fn drop_untrusted_forwarding(
    axum::extract::State(state): axum::extract::State<AppState>,
    mut req: axum::extract::Request,
) -> axum::extract::Request {
    let peer = req
        .extensions()
        .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
        .map(|c| c.0.ip().to_canonical());
    if peer.is_some_and(|ip| !state.trusted_proxies().contains(&ip)) {
        for name in FORWARDING_HEADERS {
            req.headers_mut().remove(name);
        }
    }
    req
}

/// Refuses a state-changing request that another site may have sent: its `Origin` (or
/// `Sec-Fetch-Site`) must say it comes from this site. Safe methods pass. The refusal is told
/// in the workspace's language `ui`.
pub fn check_origin(ui: &Ui, method: &Method, headers: &HeaderMap) -> Result<(), WebError> {
    if matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS) {
        return Ok(());
    }
    let forbidden = |why| Err(WebError::Forbidden(ui.text(why, &[])));
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok())
        && !matches!(site, "same-origin" | "none")
    {
        return forbidden(wk::CROSS_SITE_FETCH);
    }
    let host = headers
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    match headers.get(header::ORIGIN).map(|v| v.to_str()) {
        None => Ok(()),
        Some(Ok(origin)) => {
            let without_scheme = origin
                .strip_prefix("https://")
                .or_else(|| origin.strip_prefix("http://"));
            if without_scheme.is_some_and(|h| h.eq_ignore_ascii_case(host)) {
                Ok(())
            } else {
                forbidden(wk::CROSS_SITE_ORIGIN)
            }
        }
        Some(Err(_)) => forbidden(wk::CROSS_SITE_UNREADABLE),
    }
}

/// The signed-in account of a workspace request.
#[derive(Debug, Clone)]
pub struct SignedIn {
    pub user: store::User,
    pub csrf: String,
    pub token_digest: String,
    pub address: String,
    /// The language the workspace speaks to the request.
    pub ws: WorkspaceUi,
}

impl SignedIn {
    /// Checks the CSRF proof of a form sent by this session.
    pub fn check_csrf(&self, proof: &str) -> Result<(), WebError> {
        if same_secret(proof, &self.csrf) {
            Ok(())
        } else {
            Err(WebError::Forbidden(self.ui().text(wk::CSRF_REFUSED, &[])))
        }
    }

    /// The workspace's interface for the request.
    pub fn ui(&self) -> &Ui {
        &self.ws.ui
    }

    pub fn actor(&self) -> store::Actor {
        store::Actor::user(&self.user, &self.address)
    }
}

/// `Some` for a request with a live session; `None` otherwise. Cross-site state-changing
/// requests are refused before anything else.
pub struct MaybeSignedIn(pub Option<SignedIn>);

impl FromRequestParts<AppState> for MaybeSignedIn {
    type Rejection = WebError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let ws = WorkspaceUi::from_request_parts(parts, state)
            .await
            .unwrap_or_else(|never| match never {});
        check_origin(&ws.ui, &parts.method, &parts.headers)?;
        let Some(token) = cookie(&parts.headers, SESSION_COOKIE) else {
            return Ok(MaybeSignedIn(None));
        };
        let digest = token_digest(token);
        let session = state.store.session(&digest, state.clock.now()).await?;
        Ok(MaybeSignedIn(session.map(|s| SignedIn {
            user: s.user,
            csrf: s.csrf_token,
            token_digest: digest,
            address: client_address(parts, state.trusted_proxies()),
            ws,
        })))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cross_site_posts_are_refused() {
        let ui = Ui::default();
        let check_origin = |m: &Method, h: &HeaderMap| check_origin(&ui, m, h);
        let mut h = HeaderMap::new();
        h.insert(header::HOST, "news.example.org".parse().expect("value"));
        assert!(
            check_origin(&Method::POST, &h).is_ok(),
            "no Origin: a non-browser client"
        );
        h.insert(
            header::ORIGIN,
            "https://news.example.org".parse().expect("value"),
        );
        assert!(check_origin(&Method::POST, &h).is_ok());
        h.insert(
            header::ORIGIN,
            "https://evil.example".parse().expect("value"),
        );
        assert!(check_origin(&Method::POST, &h).is_err());
        assert!(check_origin(&Method::GET, &h).is_ok(), "safe methods pass");
        let mut h = HeaderMap::new();
        h.insert("sec-fetch-site", "cross-site".parse().expect("value"));
        assert!(check_origin(&Method::POST, &h).is_err());
    }

    #[test]
    fn only_a_trusted_proxy_names_the_client() {
        let parts = |peer: &str, xff: Option<&str>| {
            let mut req = http::Request::builder().uri("/admin/login");
            if let Some(x) = xff {
                req = req.header("x-forwarded-for", x);
            }
            let (mut parts, ()) = req.body(()).expect("request").into_parts();
            parts.extensions.insert(axum::extract::ConnectInfo(
                peer.parse::<std::net::SocketAddr>().expect("address"),
            ));
            parts
        };
        let none = TrustedProxies::default();
        assert_eq!(
            client_address(&parts("127.0.0.1:5000", Some("198.51.100.7")), &none),
            "127.0.0.1",
            "without --trusted-proxy, not even a local peer is believed"
        );
        let local = TrustedProxies::parse("127.0.0.1, ::1").expect("valid");
        assert_eq!(
            client_address(&parts("127.0.0.1:5000", Some("198.51.100.7")), &local),
            "198.51.100.7"
        );
        assert_eq!(
            client_address(&parts("[::1]:5000", Some("198.51.100.7")), &local),
            "198.51.100.7"
        );
        assert_eq!(
            client_address(
                &parts("127.0.0.1:5000", Some("10.0.0.1, 203.0.113.9")),
                &local
            ),
            "203.0.113.9",
            "the address the proxy appended, not what the client wrote before it"
        );
        assert_eq!(
            client_address(&parts("127.0.0.1:5000", None), &local),
            "127.0.0.1"
        );
        assert_eq!(
            client_address(&parts("192.0.2.4:5000", Some("198.51.100.7")), &local),
            "192.0.2.4",
            "another peer's header is ignored"
        );
        let chain = TrustedProxies::parse("127.0.0.1,10.0.0.0/8").expect("valid");
        assert_eq!(
            client_address(
                &parts("127.0.0.1:5000", Some("6.6.6.6, 198.51.100.7, 10.1.2.3")),
                &chain
            ),
            "198.51.100.7",
            "proxies in a chain are skipped"
        );
        assert_eq!(
            client_address(
                &parts("127.0.0.1:5000", Some("not-an-ip, 10.1.2.3")),
                &chain
            ),
            "10.1.2.3"
        );
        // Bytes that are not text before the proxy's own hop do not hide it.
        let mut odd = parts("127.0.0.1:5000", None);
        odd.headers.insert(
            "x-forwarded-for",
            http::HeaderValue::from_bytes(b"\xff\xfe, 198.51.100.9").expect("value"),
        );
        assert_eq!(client_address(&odd, &local), "198.51.100.9");
        assert!(TrustedProxies::parse("localhost").is_err());
        assert!(TrustedProxies::parse("10.0.0.0/33").is_err());
        assert!(TrustedProxies::parse("").expect("empty").is_empty());
    }

    #[test]
    fn cookies_are_read_and_set_safely() {
        let mut h = HeaderMap::new();
        h.insert(
            header::COOKIE,
            "a=1; communique_session=xyz; b=2".parse().expect("value"),
        );
        assert_eq!(cookie(&h, SESSION_COOKIE), Some("xyz"));
        assert_eq!(cookie(&h, "c"), None);
        let plain = set_cookie(&h, SESSION_COOKIE, "t", 60);
        assert_eq!(
            plain,
            "communique_session=t; Path=/admin; HttpOnly; SameSite=Lax; Max-Age=60"
        );
        h.insert("x-forwarded-proto", "https".parse().expect("value"));
        assert!(set_cookie(&h, SESSION_COOKIE, "t", 60).ends_with("; Secure"));
    }
}
