//! Compressed and conditional responses.
//!
//! Every response a client may take compressed is compressed by tower-http's
//! `CompressionLayer` (see `routes`), negotiated on `Accept-Encoding`. Pages kept in the
//! render cache and the site's own assets go past it: their compressed forms are made once
//! and kept beside them ([`serve`]), so that a cache hit costs no compression — the layer
//! leaves a response that already has a `Content-Encoding` alone. tower-http's `ServeDir` does
//! the same for files on disk only; these bodies are in memory.
//!
//! Every HTML page carries a strong `ETag` (a hash of the bytes sent) and answers a matching
//! `If-None-Match` with 304 ([`conditional_html`] for the pages that are not kept).

use std::io::Write;

use axum::body::Body;
use axum::extract::Request;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use http_body_util::BodyExt;

/// A content coding the site sends. The order is the preference among equal weights.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Coding {
    Brotli,
    Zstd,
    Gzip,
    Identity,
}

impl Coding {
    const PREFERRED: [Coding; 3] = [Coding::Brotli, Coding::Zstd, Coding::Gzip];

    fn token(self) -> &'static str {
        match self {
            Coding::Brotli => "br",
            Coding::Zstd => "zstd",
            Coding::Gzip => "gzip",
            Coding::Identity => "identity",
        }
    }

    /// The slot of its form in `publishing::Encoded` (none for the identity).
    fn slot(self) -> Option<usize> {
        match self {
            Coding::Brotli => Some(0),
            Coding::Zstd => Some(1),
            Coding::Gzip => Some(2),
            Coding::Identity => None,
        }
    }

    /// `body` in this coding. Made once per kept page, so the levels favour size: brotli 9
    /// and zstd 12 give within a few per cent of their best at a fraction of its time.
    pub fn encode(self, body: &[u8]) -> Bytes {
        let mut out = Vec::with_capacity(body.len() / 3 + 64);
        let written = match self {
            Coding::Brotli => {
                let params = brotli::enc::BrotliEncoderParams {
                    quality: 9,
                    lgwin: 22,
                    ..Default::default()
                };
                brotli::BrotliCompress(&mut &body[..], &mut out, &params).map(|_| ())
            }
            Coding::Zstd => zstd::stream::copy_encode(body, &mut out, 12),
            Coding::Gzip => {
                let mut enc = flate2::write::GzEncoder::new(&mut out, flate2::Compression::new(9));
                enc.write_all(body).and_then(|()| enc.finish().map(|_| ()))
            }
            Coding::Identity => return Bytes::copy_from_slice(body),
        };
        match written {
            Ok(()) => Bytes::from(out),
            // Writing into memory does not fail; should it, the identity is still right.
            Err(_) => Bytes::copy_from_slice(body),
        }
    }
}

/// The coding to send for `Accept-Encoding`: the client's highest weight, ties broken by
/// [`Coding::PREFERRED`]; the identity when it accepts none of them (or there is no header).
pub fn negotiate(headers: &HeaderMap) -> Coding {
    let mut best = (0u16, Coding::Identity);
    let mut star: Option<u16> = None;
    let mut weights: [Option<u16>; 3] = [None; 3];
    for value in headers.get_all(header::ACCEPT_ENCODING) {
        let Ok(value) = value.to_str() else { continue };
        for part in value.split(',') {
            let mut pieces = part.split(';');
            let name = pieces.next().unwrap_or("").trim();
            let q = pieces
                .find_map(|p| {
                    let p = p.trim();
                    (p.len() >= 2 && p.is_char_boundary(2) && p[..2].eq_ignore_ascii_case("q="))
                        .then(|| parse_weight(&p[2..]))
                })
                .unwrap_or(Some(1000));
            let Some(q) = q else { continue };
            if name == "*" {
                star = Some(q);
            }
            // `x-gzip` is gzip (RFC 9110, 8.4.1.3).
            let name = if name.eq_ignore_ascii_case("x-gzip") {
                "gzip"
            } else {
                name
            };
            for (i, c) in Coding::PREFERRED.iter().enumerate() {
                if name.eq_ignore_ascii_case(c.token()) {
                    weights[i] = Some(q);
                }
            }
        }
    }
    for (i, c) in Coding::PREFERRED.iter().enumerate() {
        let q = weights[i].or(star).unwrap_or(0);
        if q > best.0 {
            best = (q, *c);
        }
    }
    best.1
}

/// A weight `0.5` as thousandths (500); `None` when it is not a weight.
fn parse_weight(raw: &str) -> Option<u16> {
    let raw = raw.trim();
    let (int, frac) = raw.split_once('.').unwrap_or((raw, ""));
    if frac.len() > 3 || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let whole = match int {
        "0" => 0,
        "1" => 1000,
        _ => return None,
    };
    let mut thousandths = 0u16;
    for (i, b) in frac.bytes().enumerate() {
        thousandths += u16::from(b - b'0') * [100, 10, 1][i];
    }
    let q = whole + thousandths;
    (q <= 1000).then_some(q)
}

/// Whether `If-None-Match` names `etag` (weak comparison, as RFC 9110 asks for this header).
pub fn matches(headers: &HeaderMap, etag: &str) -> bool {
    let bare = |t: &str| t.trim().trim_start_matches("W/").to_owned();
    let etag = bare(etag);
    headers.get_all(header::IF_NONE_MATCH).iter().any(|v| {
        v.to_str().is_ok_and(|v| {
            v.split(',')
                .take(64)
                .any(|t| t.trim() == "*" || bare(t) == etag)
        })
    })
}

/// The validator of one coding of a body: the body's own with the coding's name, so that
/// each representation has its own strong validator.
fn tagged(etag: &str, coding: Coding) -> String {
    match coding {
        Coding::Identity => etag.to_owned(),
        c => format!("{}-{}\"", etag.trim_end_matches('"'), c.token()),
    }
}

/// What a kept body is served as.
pub struct Kept<'a> {
    pub body: &'a Bytes,
    pub etag: &'a str,
    pub encoded: &'a publishing::Encoded,
    pub content_type: &'static str,
    pub cache_control: &'static str,
}

/// A kept body in the coding the client takes (made the first time and kept), or 304 when
/// the client has it.
pub fn serve(request: &HeaderMap, kept: Kept<'_>) -> Response {
    let coding = negotiate(request);
    let etag = tagged(kept.etag, coding);
    let mut headers = HeaderMap::new();
    if let Ok(v) = HeaderValue::from_str(&etag) {
        headers.insert(header::ETAG, v);
    }
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static(kept.cache_control),
    );
    headers.insert(header::VARY, HeaderValue::from_static("Accept-Encoding"));
    if matches(request, &etag) {
        return (StatusCode::NOT_MODIFIED, headers).into_response();
    }
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(kept.content_type),
    );
    let body = match coding.slot() {
        Some(slot) => kept
            .encoded
            .get_or_make(slot, || coding.encode(kept.body))
            .map(|b| (b, coding)),
        None => None,
    };
    let body = match body {
        Some((b, c)) => {
            headers.insert(
                header::CONTENT_ENCODING,
                HeaderValue::from_static(c.token()),
            );
            b
        }
        None => kept.body.clone(),
    };
    let mut response = (StatusCode::OK, headers, body).into_response();
    response.extensions_mut().insert(KeptBody);
    response
}

/// Marks a response [`serve`] made: its coding was chosen here, the compression layer leaves
/// it as it is (also when it is sent as the identity).
#[derive(Debug, Clone, Copy)]
pub struct KeptBody;

/// What the compression layer compresses: what tower-http's default compresses, except the
/// kept bodies sent by [`serve`].
pub fn compressible() -> impl tower_http::compression::Predicate {
    use tower_http::compression::Predicate;
    tower_http::compression::DefaultPredicate::new().and(
        |_: http::StatusCode, _: http::Version, _: &HeaderMap, extensions: &http::Extensions| {
            extensions.get::<KeptBody>().is_none()
        },
    )
}

/// An `Accept-Encoding` that accepts none of the site's codings, not even the identity
/// (`identity;q=0`, `*;q=0`), is dropped: the response is then sent as the identity rather
/// than refused with 406, as RFC 9110 allows.
pub async fn satisfiable_codings(mut request: Request, next: Next) -> Response {
    if request.headers().contains_key(header::ACCEPT_ENCODING)
        && negotiate(request.headers()) == Coding::Identity
    {
        request.headers_mut().remove(header::ACCEPT_ENCODING);
    }
    next.run(request).await
}

/// The largest page [`conditional_html`] reads to hash (larger ones pass unvalidated).
const MAX_HASHED: u64 = 8 << 20;

/// An HTML page without a validator gets one: a weak `ETag` of its bytes (weak: the
/// compression layer may send it in several codings), a 304 when the client has them, and
/// `Cache-Control: no-cache` (kept, but asked again each time) unless the handler chose
/// otherwise. The workspace, previews, pages that say `no-store` and HEAD requests (whose
/// body is gone by then) are left alone.
pub async fn conditional_html(request: Request, next: Next) -> Response {
    let method = request.method().clone();
    let private = crate::headers::is_private(request.uri().path());
    let mut client = HeaderMap::new();
    for v in request.headers().get_all(header::IF_NONE_MATCH) {
        client.append(header::IF_NONE_MATCH, v.clone());
    }
    let response = next.run(request).await;
    if private
        || method != Method::GET
        || response.status() != StatusCode::OK
        || response.headers().contains_key(header::ETAG)
        || response.headers().contains_key(header::CONTENT_ENCODING)
        || !is_html(response.headers())
        || response
            .headers()
            .get(header::CACHE_CONTROL)
            .is_some_and(|v| v.as_bytes().windows(8).any(|w| w == b"no-store"))
    {
        return response;
    }
    if axum::body::HttpBody::size_hint(response.body())
        .upper()
        .is_none_or(|n| n > MAX_HASHED)
    {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let bytes = match body.collect().await {
        Ok(collected) => collected.to_bytes(),
        Err(_) => return error_response(),
    };
    let etag = format!("W/{}", publishing::etag_of(&bytes));
    if let Ok(v) = HeaderValue::from_str(&etag) {
        parts.headers.insert(header::ETAG, v);
    }
    parts
        .headers
        .entry(header::CACHE_CONTROL)
        .or_insert(HeaderValue::from_static("public, no-cache"));
    if matches(&client, &etag) {
        parts.status = StatusCode::NOT_MODIFIED;
        parts
            .headers
            .insert(header::VARY, HeaderValue::from_static("Accept-Encoding"));
        parts.headers.remove(header::CONTENT_TYPE);
        parts.headers.remove(header::CONTENT_LENGTH);
        return Response::from_parts(parts, Body::empty());
    }
    Response::from_parts(parts, Body::from(bytes))
}

fn is_html(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"text/html"))
}

/// A page whose body failed while it was read (the site's own bodies are in memory).
fn error_response() -> Response {
    (
        StatusCode::INTERNAL_SERVER_ERROR,
        [(header::CACHE_CONTROL, "no-store")],
        "the page could not be read",
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn accept(v: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(
            header::ACCEPT_ENCODING,
            HeaderValue::from_str(v).expect("ascii"),
        );
        h
    }

    #[test]
    fn the_client_weights_decide_then_our_preference() {
        assert_eq!(negotiate(&HeaderMap::new()), Coding::Identity);
        assert_eq!(
            negotiate(&accept("gzip, deflate, br, zstd")),
            Coding::Brotli
        );
        assert_eq!(negotiate(&accept("gzip")), Coding::Gzip);
        assert_eq!(negotiate(&accept("br;q=0.5, gzip")), Coding::Gzip);
        assert_eq!(negotiate(&accept("br;q=0, gzip;q=0.1")), Coding::Gzip);
        assert_eq!(negotiate(&accept("zstd, gzip;q=0.9")), Coding::Zstd);
        assert_eq!(negotiate(&accept("*")), Coding::Brotli);
        assert_eq!(negotiate(&accept("*;q=0")), Coding::Identity);
        assert_eq!(negotiate(&accept("identity")), Coding::Identity);
        assert_eq!(negotiate(&accept("GZIP")), Coding::Gzip);
        assert_eq!(negotiate(&accept("x-gzip")), Coding::Gzip);
        assert_eq!(negotiate(&accept("br;Q=0, gzip")), Coding::Gzip);
        assert_eq!(
            negotiate(&accept("br;q=1.5, gzip;q=abc")),
            Coding::Identity,
            "weights that are not weights are ignored"
        );
        assert_eq!(negotiate(&accept(&"x, ".repeat(10_000))), Coding::Identity);
    }

    #[test]
    fn every_coding_decodes_to_the_body() {
        let body = "<p>Press release</p>".repeat(500);
        let br = Coding::Brotli.encode(body.as_bytes());
        let mut out = Vec::new();
        brotli::BrotliDecompress(&mut &br[..], &mut out).expect("brotli");
        assert_eq!(out, body.as_bytes());
        let zs = Coding::Zstd.encode(body.as_bytes());
        assert_eq!(zstd::decode_all(&zs[..]).expect("zstd"), body.as_bytes());
        let gz = Coding::Gzip.encode(body.as_bytes());
        let mut out = Vec::new();
        std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(&gz[..]), &mut out)
            .expect("gzip");
        assert_eq!(out, body.as_bytes());
        assert!(br.len() < body.len() / 10, "{}", br.len());
    }

    #[test]
    fn if_none_match_is_compared_weakly_in_a_list() {
        let mut h = HeaderMap::new();
        h.insert(
            header::IF_NONE_MATCH,
            HeaderValue::from_static("\"a\", W/\"b\""),
        );
        assert!(matches(&h, "\"b\""));
        assert!(matches(&h, "\"a\""));
        assert!(!matches(&h, "\"c\""));
        h.insert(header::IF_NONE_MATCH, HeaderValue::from_static("*"));
        assert!(matches(&h, "\"c\""));
        assert!(!matches(&HeaderMap::new(), "\"c\""));
    }

    #[test]
    fn each_coding_has_its_own_validator_and_a_hit_is_not_compressed_again() {
        let body = Bytes::from("<p>x</p>".repeat(100));
        let encoded = publishing::Encoded::default();
        let kept = || Kept {
            body: &body,
            etag: "\"abc\"",
            encoded: &encoded,
            content_type: "text/html; charset=utf-8",
            cache_control: "public, no-cache",
        };
        let r = serve(&accept("br"), kept());
        assert_eq!(r.headers()[header::CONTENT_ENCODING], "br");
        assert_eq!(r.headers()[header::ETAG], "\"abc-br\"");
        assert_eq!(r.headers()[header::VARY], "Accept-Encoding");
        let plain = serve(&HeaderMap::new(), kept());
        assert_eq!(plain.headers()[header::ETAG], "\"abc\"");
        assert!(!plain.headers().contains_key(header::CONTENT_ENCODING));
        let mut again = accept("br");
        again.insert(
            header::IF_NONE_MATCH,
            HeaderValue::from_static("\"abc-br\""),
        );
        assert_eq!(serve(&again, kept()).status(), StatusCode::NOT_MODIFIED);
        let mut other = accept("gzip");
        other.insert(
            header::IF_NONE_MATCH,
            HeaderValue::from_static("\"abc-br\""),
        );
        assert_eq!(serve(&other, kept()).status(), StatusCode::OK);
        let first = encoded.get_or_make(0, || Bytes::from_static(b"made again"));
        assert_ne!(
            first.as_deref(),
            Some(&b"made again"[..]),
            "kept from the first"
        );
    }
}
