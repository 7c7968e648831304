//! Pictures end to end through the real router: uploads in the workspace (checked by
//! content, limits and bombs refused with a message, metadata stripped, texts required and
//! bounded, CSRF-checked), the lead picture on the item page and its cards, the files served
//! only while an item that shows them is public, the workspace's view of every picture, and
//! the rights of press officers.

mod common;

use std::time::{Duration, Instant};

use axum::body::Body;
use common::workspace::{add_user, get, post, session};
use common::{MovableClock, Page, TestApp, item};
use http::{HeaderMap, Request, StatusCode, header};
use model::ItemStatus;
use model::access::Role;

const BOUNDARY: &str = "communique-test-boundary-7f3a";

/// A multipart form: its text fields, and the picture (its bytes) as `file`.
fn multipart(
    uri: &str,
    cookie: &str,
    fields: &[(&str, &str)],
    file: Option<&[u8]>,
) -> Request<Body> {
    let mut body = Vec::new();
    for (name, value) in fields {
        body.extend_from_slice(
            format!(
                "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
            )
            .as_bytes(),
        );
    }
    if let Some(bytes) = file {
        body.extend_from_slice(
            format!(
                "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; \
                 filename=\"photo.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(bytes);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{BOUNDARY}--\r\n").as_bytes());
    Request::post(uri)
        .header(
            header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={BOUNDARY}"),
        )
        .header(header::COOKIE, cookie)
        .header(header::HOST, "localhost")
        .body(Body::from(body))
        .expect("request")
}

/// The fields of an upload with this alternative text.
fn texts<'a>(csrf: &'a str, alt: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("csrf", csrf),
        ("alt", alt),
        ("caption", "Delegates at the opening session."),
        ("credit", "OSCE/Micky Kroell"),
        ("focal_x", "50"),
        ("focal_y", "30"),
    ]
}

/// A landscape photograph 1,000 × 560 pixels.
fn photo(seed: u64) -> Vec<u8> {
    media::demo_picture(seed, 1000, 560)
}

const MARKER: &[u8] = b"GPS 48.2082N 16.3738E secret-camera-owner";

/// A JPEG with an Exif block (an orientation and a description holding [`MARKER`]).
fn with_exif(jpeg: &[u8]) -> Vec<u8> {
    let mut tiff = b"MM\0*".to_vec();
    tiff.extend_from_slice(&8u32.to_be_bytes());
    tiff.extend_from_slice(&2u16.to_be_bytes());
    tiff.extend_from_slice(&0x0112u16.to_be_bytes());
    tiff.extend_from_slice(&3u16.to_be_bytes());
    tiff.extend_from_slice(&1u32.to_be_bytes());
    tiff.extend_from_slice(&1u16.to_be_bytes());
    tiff.extend_from_slice(&[0, 0]);
    tiff.extend_from_slice(&0x010Eu16.to_be_bytes());
    tiff.extend_from_slice(&2u16.to_be_bytes());
    tiff.extend_from_slice(&(MARKER.len() as u32 + 1).to_be_bytes());
    tiff.extend_from_slice(&((8 + 2 + 2 * 12 + 4) as u32).to_be_bytes());
    tiff.extend_from_slice(&0u32.to_be_bytes());
    tiff.extend_from_slice(MARKER);
    tiff.push(0);
    let mut payload = b"Exif\0\0".to_vec();
    payload.extend(tiff);
    let mut out = jpeg[..2].to_vec();
    out.extend_from_slice(&[0xFF, 0xE1]);
    out.extend_from_slice(&((payload.len() + 2) as u16).to_be_bytes());
    out.extend_from_slice(&payload);
    out.extend_from_slice(&jpeg[2..]);
    out
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

fn chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
    let mut out = (data.len() as u32).to_be_bytes().to_vec();
    let mut body = kind.to_vec();
    body.extend_from_slice(data);
    out.extend_from_slice(&body);
    out.extend_from_slice(&crc32(&body).to_be_bytes());
    out
}

/// A valid PNG of a few dozen bytes whose header claims `width` × `height` pixels.
fn png_claiming(width: u32, height: u32) -> Vec<u8> {
    let mut ihdr = width.to_be_bytes().to_vec();
    ihdr.extend_from_slice(&height.to_be_bytes());
    ihdr.extend_from_slice(&[8, 2, 0, 0, 0]);
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    out.extend(chunk(b"IHDR", &ihdr));
    out.extend(chunk(
        b"IDAT",
        &[0x78, 0x9c, 0x63, 0x60, 0x00, 0x00, 0x00, 0x02, 0x00, 0x01],
    ));
    out.extend(chunk(b"IEND", &[]));
    out
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// A published English press release of `source`, as the catalog sees it.
async fn published(app: &TestApp, title: &str, source: &str) -> i64 {
    let mut new = item(title, "2026-02-20", &[source], &["policing"], &["serbia"]);
    new.summary = "Officials met.".to_owned();
    app.add(&[new]).await[0].0
}

/// The public page of an item (after the redirect to its canonical address).
async fn item_page(app: &TestApp, id: i64) -> Page {
    let moved = app.get(&format!("/items/{id}")).await;
    assert_eq!(
        moved.status,
        StatusCode::MOVED_PERMANENTLY,
        "{}",
        moved.body
    );
    let location = moved.headers[header::LOCATION]
        .to_str()
        .expect("ascii")
        .to_owned();
    app.get(&location).await
}

/// The raw bytes at an address.
async fn bytes(
    app: &TestApp,
    uri: &str,
    extra: &[(header::HeaderName, &str)],
) -> (StatusCode, HeaderMap, Vec<u8>) {
    use http_body_util::BodyExt;
    use tower::ServiceExt;
    let mut req = Request::get(uri).header(header::HOST, "localhost");
    for (name, value) in extra {
        req = req.header(name, *value);
    }
    let res = app
        .router
        .clone()
        .oneshot(req.body(Body::empty()).expect("request"))
        .await
        .expect("infallible");
    let status = res.status();
    let headers = res.headers().clone();
    let body = res
        .into_body()
        .collect()
        .await
        .expect("body")
        .to_bytes()
        .to_vec();
    (status, headers, body)
}

/// The keys of the files a page shows from the library (`/media/…`), each once.
fn media_keys(html: &str) -> Vec<String> {
    let mut keys: Vec<String> = Vec::new();
    for (at, _) in html.match_indices("/media/") {
        let rest = &html[at + "/media/".len()..];
        let end = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '.'))
            .unwrap_or(rest.len());
        let key = rest[..end].to_owned();
        if !keys.contains(&key) {
            keys.push(key);
        }
    }
    keys
}

/// What a reader sees at an address, the `Date` header set aside.
async fn seen(app: &TestApp, uri: &str) -> (StatusCode, Vec<(String, String)>, Vec<u8>) {
    let (status, headers, body) = bytes(app, uri, &[]).await;
    let mut named: Vec<(String, String)> = headers
        .iter()
        .filter(|(n, _)| *n != header::DATE)
        .map(|(n, v)| (n.to_string(), v.to_str().unwrap_or("").to_owned()))
        .collect();
    named.sort();
    (status, named, body)
}

#[tokio::test]
async fn an_uploaded_lead_picture_shows_on_the_item_page_and_its_cards_without_metadata() {
    let app = TestApp::start().await;
    add_user(&app, "ed@example.org", Role::Editor, &[]).await;
    let (cookie, csrf) = session(&app, "ed@example.org").await;
    let id = published(&app, "Police reform talks in Belgrade", "mission-to-serbia").await;

    let upload = with_exif(&photo(1));
    assert!(contains(&upload, b"Exif") && contains(&upload, MARKER));
    let mut fields = texts(&csrf, "Delegates around a table in a conference hall");
    fields.push(("use", "lead"));
    let res = app
        .request(multipart(
            &format!("/admin/items/{id}/media"),
            &cookie,
            &fields,
            Some(&upload),
        ))
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert_eq!(
        res.headers[header::LOCATION],
        format!("/admin/items/{id}#pictures").as_str()
    );
    let form = app
        .request(get(&format!("/admin/items/{id}"), &cookie))
        .await;
    assert!(
        form.body.contains("/admin/media/"),
        "the form shows its lead picture"
    );
    app.refresh().await;

    let page = item_page(&app, id).await;
    assert_eq!(page.status, StatusCode::OK);
    let html = &page.body;
    let figure = &html[html
        .find("<figure class=\"lead-picture\">")
        .expect("a lead picture")..];
    let figure = &figure[..figure.find("</figure>").expect("closed")];
    for part in [
        "<picture>",
        "srcset=\"/media/",
        "400w, /media/",
        "1000w\"",
        "sizes=\"",
        "width=\"800\"",
        "height=\"448\"",
        "alt=\"Delegates around a table in a conference hall\"",
        "decoding=\"async\"",
        "data-focal-point=\"50% 30%\"",
        "<figcaption>Delegates at the opening session. <span class=\"picture-credit\">Photo: OSCE/Micky Kroell</span></figcaption>",
    ] {
        assert!(figure.contains(part), "{part} in {figure}");
    }
    assert!(
        !figure.contains("loading=\"lazy\""),
        "the lead picture loads at once"
    );
    assert!(html.contains("<meta property=\"og:image\" content=\"http://localhost:8080/media/"));
    assert!(html.contains("<meta property=\"og:image:width\" content=\"1000\">"));
    assert!(
        html.contains("\"image\":{\"@type\":\"ImageObject\""),
        "JSON-LD names the picture"
    );

    // The newsroom's card shows the narrowest variant, lazily, with its size.
    let newsroom = app.get("/press-releases").await;
    assert_eq!(newsroom.status, StatusCode::OK);
    let card = &newsroom.body[newsroom
        .body
        .find("card card-with-picture")
        .expect("a card with a picture")..];
    let card = &card[..card.find("</li>").expect("closed")];
    assert!(card.contains("-400.jpg\""), "{card}");
    assert!(
        card.contains("width=\"400\"") && card.contains("height=\"224\""),
        "{card}"
    );
    assert!(
        card.contains("loading=\"lazy\"") && card.contains("alt=\"\""),
        "{card}"
    );

    // Every file is served with its type, for a year, and without the camera's metadata.
    let keys = media_keys(html);
    assert!(keys.len() >= 3, "{keys:?}");
    for key in &keys {
        let (status, headers, body) = bytes(&app, &format!("/media/{key}"), &[]).await;
        assert_eq!(status, StatusCode::OK, "{key}");
        assert_eq!(headers[header::CONTENT_TYPE], "image/jpeg");
        assert_eq!(
            headers[header::CACHE_CONTROL],
            "public, max-age=31536000, immutable"
        );
        assert_eq!(headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
        assert_eq!(headers[header::ETAG], format!("\"{key}\"").as_str());
        assert!(
            !contains(&body, b"Exif") && !contains(&body, MARKER),
            "{key}"
        );
        let (again, headers, body) = bytes(
            &app,
            &format!("/media/{key}"),
            &[(header::IF_NONE_MATCH, &format!("\"{key}\""))],
        )
        .await;
        assert_eq!(again, StatusCode::NOT_MODIFIED);
        assert!(body.is_empty());
        assert_eq!(headers[header::ETAG], format!("\"{key}\"").as_str());
    }
}

/// Sends an upload to the library and checks that it is refused quickly, with `expected`
/// in the page.
async fn refused(
    app: &TestApp,
    cookie: &str,
    fields: Vec<(&str, &str)>,
    file: Vec<u8>,
    expected: &str,
) {
    let started = Instant::now();
    let res = app
        .request(multipart("/admin/media", cookie, &fields, Some(&file)))
        .await;
    assert!(
        res.status.is_client_error(),
        "{expected}: {} {}",
        res.status,
        res.body
    );
    assert!(res.body.contains(expected), "{expected} in {}", res.body);
    assert!(started.elapsed() < Duration::from_secs(5), "{expected}");
}

#[tokio::test]
async fn bad_uploads_are_refused_with_a_message_and_nothing_is_kept() {
    let app = TestApp::start().await;
    add_user(&app, "ed@example.org", Role::Editor, &[]).await;
    let (cookie, csrf) = session(&app, "ed@example.org").await;
    let alt = "A hall";
    refused(
        &app,
        &cookie,
        texts(&csrf, alt),
        b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj".to_vec(),
        "it looks like a PDF document",
    )
    .await;
    refused(
        &app,
        &cookie,
        texts(&csrf, alt),
        b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".to_vec(),
        "it looks like a web page (HTML)",
    )
    .await;
    // A decompression bomb: a valid header claiming 100,000 × 100,000 pixels.
    refused(
        &app,
        &cookie,
        texts(&csrf, alt),
        png_claiming(100_000, 100_000),
        "the picture is 100,000 × 100,000 pixels; the largest accepted is 50 megapixels",
    )
    .await;
    refused(
        &app,
        &cookie,
        texts(&csrf, "   "),
        photo(2),
        "alternative text: it is required",
    )
    .await;
    let megabyte = "a picture ".repeat(100_000);
    refused(
        &app,
        &cookie,
        texts(&csrf, &megabyte),
        photo(2),
        "alternative text: it is 999,999 characters long; the longest accepted is 1,000",
    )
    .await;
    refused(
        &app,
        &cookie,
        texts(&csrf, alt),
        Vec::new(),
        "choose a picture to upload",
    )
    .await;
    let mut outside = texts(&csrf, alt);
    outside[4] = ("focal_x", "150");
    refused(
        &app,
        &cookie,
        outside,
        photo(2),
        "each value is a number from 0 to 100",
    )
    .await;

    // What was typed is shown again with the problem.
    let res = app
        .request(multipart(
            "/admin/media",
            &cookie,
            &texts(&csrf, "  "),
            Some(&photo(3)),
        ))
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("Delegates at the opening session."));

    // Without the session's proof, or without a session, nothing is read.
    let forged = app
        .request(multipart(
            "/admin/media",
            &cookie,
            &texts("forged", alt),
            Some(&photo(2)),
        ))
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN, "{}", forged.body);
    let anonymous = app
        .request(multipart(
            "/admin/media",
            "",
            &texts(&csrf, alt),
            Some(&photo(2)),
        ))
        .await;
    assert!(anonymous.status.is_redirection(), "{}", anonymous.status);
    // A body that is not a form.
    let junk = app.request(post("/admin/media", &cookie, "a=b")).await;
    assert_eq!(junk.status, StatusCode::BAD_REQUEST, "{}", junk.body);

    let (library, total) = app.state.store.list_media("", 0, 10).await.expect("list");
    assert_eq!((library.len(), total), (0, 0), "nothing refused was kept");
    assert!(
        !app.dir.path().join(media::MEDIA_DIR).exists(),
        "no file was written"
    );
}

#[tokio::test]
async fn an_upload_larger_than_the_route_accepts_is_refused_as_too_large() {
    let app = TestApp::start().await;
    add_user(&app, "ed@example.org", Role::Editor, &[]).await;
    let (cookie, csrf) = session(&app, "ed@example.org").await;
    let mut huge = photo(4);
    huge.resize(22 * 1024 * 1024, 0);
    let res = app
        .request(multipart(
            "/admin/media",
            &cookie,
            &texts(&csrf, "A hall"),
            Some(&huge),
        ))
        .await;
    assert_eq!(res.status, StatusCode::PAYLOAD_TOO_LARGE, "{}", res.body);
    assert!(res.body.contains("pictures of up to 20 MB"), "{}", res.body);
}

#[tokio::test]
async fn an_embargoed_items_picture_is_answered_as_unknown_until_the_instant() {
    let clock = MovableClock::at("2026-01-10T08:00:00Z");
    let app = TestApp::start_with_clock(clock.clone()).await;
    add_user(&app, "ed@example.org", Role::Editor, &[]).await;
    let (cookie, csrf) = session(&app, "ed@example.org").await;
    let mut embargoed = item(
        "Ministerial Council statement",
        "2026-01-09",
        &["secretariat"],
        &[],
        &[],
    );
    embargoed.embargo_until = Some("2026-01-10T09:00:00Z".parse().expect("instant"));
    let id = app.add(&[embargoed]).await[0].0;
    let mut fields = texts(&csrf, "The Council in session");
    fields.push(("use", "lead"));
    let res = app
        .request(multipart(
            &format!("/admin/items/{id}/media"),
            &cookie,
            &fields,
            Some(&photo(5)),
        ))
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let record = app
        .state
        .store
        .lead_images(&[model::ItemId(id)])
        .await
        .expect("read")
        .remove(&model::ItemId(id))
        .expect("a lead picture");
    let key = record.variants[0].key.clone();
    // A key of the same form that names nothing.
    let unknown = format!("{}-400.jpg", "0123456789abcdef");
    assert_ne!(key, unknown);

    let hidden = seen(&app, &format!("/media/{key}")).await;
    let nothing = seen(&app, &format!("/media/{unknown}")).await;
    assert_eq!(hidden.0, StatusCode::NOT_FOUND);
    assert_eq!(hidden, nothing, "the same status, headers and body");
    let original = seen(&app, &format!("/media/{}", record.original_key)).await;
    assert_eq!(original.0, StatusCode::NOT_FOUND);

    clock.set("2026-01-10T09:00:00Z");
    let (status, headers, _) = seen(&app, &format!("/media/{key}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(headers.contains(&("content-type".to_owned(), "image/jpeg".to_owned())));
    assert_eq!(seen(&app, &format!("/media/{unknown}")).await, nothing);
}

/// The addresses on a page that start with `prefix`, as a browser reads them (`&amp;`
/// decoded), each once.
fn addresses(html: &str, prefix: &str) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    for (at, _) in html.match_indices(prefix) {
        let rest = &html[at..];
        let end = rest
            .find(|c: char| c.is_whitespace() || c == '"' || c == '<')
            .unwrap_or(rest.len());
        let address = rest[..end].replace("&amp;", "&").replace("&#38;", "&");
        if !found.contains(&address) {
            found.push(address);
        }
    }
    found
}

#[tokio::test]
async fn a_preview_link_shows_an_embargoed_items_pictures_through_its_own_addresses() {
    let clock = MovableClock::at("2026-01-10T08:00:00Z");
    let app = TestApp::start_with_clock(clock.clone()).await;
    add_user(&app, "ed@example.org", Role::Editor, &[]).await;
    let (cookie, csrf) = session(&app, "ed@example.org").await;
    let mut embargoed = item(
        "Council statement",
        "2026-01-09",
        &["secretariat"],
        &[],
        &[],
    );
    embargoed.embargo_until = Some("2026-01-10T09:00:00Z".parse().expect("instant"));
    let other = item("Another release", "2026-01-08", &["secretariat"], &[], &[]);
    let ids = app.add(&[embargoed, other]).await;
    let (id, other_id) = (ids[0].0, ids[1].0);
    for (on, seed) in [(id, 5), (other_id, 6)] {
        let mut fields = texts(&csrf, "The Council in session");
        fields.push(("use", "lead"));
        let res = app
            .request(multipart(
                &format!("/admin/items/{on}/media"),
                &cookie,
                &fields,
                Some(&photo(seed)),
            ))
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    }
    let made = app
        .request(post(
            &format!("/admin/items/{id}/preview-link"),
            &cookie,
            &format!("csrf={csrf}&days=1"),
        ))
        .await;
    assert_eq!(made.status, StatusCode::OK, "{}", made.body);
    let link = addresses(&made.body.replace("&#38;", "&"), "/preview/")
        .into_iter()
        .next()
        .expect("a preview link");
    let preview = app.get(&link).await;
    assert_eq!(preview.status, StatusCode::OK, "{link}: {}", preview.body);

    // Every picture of the preview comes through the link's own addresses, none through the
    // public ones (which answer 404 until the instant).
    let own = addresses(&preview.body, &format!("/preview/{id}/media/"));
    assert!(own.len() >= 2, "src and srcset: {own:?}");
    assert!(
        !preview.body.contains("\"/media/") && !preview.body.contains(" /media/"),
        "a public address on the preview"
    );
    for address in &own {
        let (status, headers, body) = bytes(&app, address, &[]).await;
        assert_eq!(status, StatusCode::OK, "{address}");
        assert_eq!(headers[header::CACHE_CONTROL], "no-store, private");
        assert_eq!(headers[header::CONTENT_TYPE], "image/jpeg");
        assert!(body.starts_with(&[0xFF, 0xD8]), "a JPEG");
        let key = address["/preview/".len()..]
            .split(['/', '?'])
            .nth(2)
            .expect("a key")
            .to_owned();
        assert_eq!(
            seen(&app, &format!("/media/{key}")).await.0,
            StatusCode::NOT_FOUND,
            "the public address stays closed"
        );
    }
    let first = &own[0];
    // The signature's last digit changed: refused.
    let last = if first.ends_with('0') { '1' } else { '0' };
    let tampered = format!("{}{last}", &first[..first.len() - 1]);
    assert_eq!(bytes(&app, &tampered, &[]).await.0, StatusCode::FORBIDDEN);
    // The link of one item does not open the pictures of another.
    let theirs = app
        .state
        .store
        .lead_images(&[model::ItemId(other_id)])
        .await
        .expect("read")
        .remove(&model::ItemId(other_id))
        .expect("a lead picture");
    let query = &first[first.find('?').expect("a query")..];
    let borrowed = format!("/preview/{id}/media/{}{query}", theirs.variants[0].key);
    assert_eq!(bytes(&app, &borrowed, &[]).await.0, StatusCode::NOT_FOUND);
    // Without the link's parameters, nothing.
    let bare = &first[..first.find('?').expect("a query")];
    assert_eq!(bytes(&app, bare, &[]).await.0, StatusCode::FORBIDDEN);
    // The link expires with its day.
    clock.set("2026-01-12T08:00:00Z");
    assert_eq!(bytes(&app, first, &[]).await.0, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn an_unused_picture_is_seen_in_the_workspace_only() {
    let app = TestApp::start().await;
    add_user(&app, "ed@example.org", Role::Editor, &[]).await;
    let (cookie, csrf) = session(&app, "ed@example.org").await;
    let res = app
        .request(multipart(
            "/admin/media",
            &cookie,
            &texts(&csrf, "A mountain lake"),
            Some(&photo(6)),
        ))
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let location = res.headers[header::LOCATION]
        .to_str()
        .expect("ascii")
        .to_owned();
    assert!(location.starts_with("/admin/media?added="), "{location}");
    let library = app.request(get(&location, &cookie)).await;
    assert_eq!(library.status, StatusCode::OK);
    assert!(
        library.body.contains("was added to the library"),
        "{}",
        library.body
    );
    assert!(library.body.contains("A mountain lake"));
    assert!(
        library
            .body
            .contains("&#60;figure&#62;&#60;img src=&#34;/media/"),
        "the HTML for a body"
    );

    let (records, _) = app
        .state
        .store
        .list_media("lake", 0, 10)
        .await
        .expect("list");
    let key = records[0].variants[0].key.clone();
    let unknown = "0123456789abcdef-400.jpg";
    let public = seen(&app, &format!("/media/{key}")).await;
    assert_eq!(public.0, StatusCode::NOT_FOUND);
    assert_eq!(public, seen(&app, &format!("/media/{unknown}")).await);

    let private = app
        .request(get(&format!("/admin/media/{key}"), &cookie))
        .await;
    assert_eq!(private.status, StatusCode::OK);
    assert_eq!(private.headers[header::CONTENT_TYPE], "image/jpeg");
    assert_eq!(private.headers[header::CACHE_CONTROL], "private, no-store");
    let anonymous = app.get(&format!("/admin/media/{key}")).await;
    assert!(anonymous.status.is_redirection(), "{}", anonymous.status);
    let nothing = app
        .request(get(&format!("/admin/media/{unknown}"), &cookie))
        .await;
    assert_eq!(nothing.status, StatusCode::NOT_FOUND);

    // The library is searched and the same picture uploaded again is the one stored.
    let search = app.request(get("/admin/media?q=LAKE", &cookie)).await;
    assert!(search.body.contains("One picture"), "{}", search.body);
    let none = app.request(get("/admin/media?q=desert", &cookie)).await;
    assert!(none.body.contains("No picture"));
    let again = app
        .request(multipart(
            "/admin/media",
            &cookie,
            &texts(&csrf, "Other words"),
            Some(&photo(6)),
        ))
        .await;
    assert_eq!(
        again.headers[header::LOCATION],
        format!("/admin/media?already={}", records[0].id).as_str()
    );
}

#[tokio::test]
async fn a_picture_put_into_the_body_is_public_with_the_item() {
    let app = TestApp::start().await;
    add_user(&app, "ed@example.org", Role::Editor, &[]).await;
    let (cookie, csrf) = session(&app, "ed@example.org").await;
    let mut draft = item("Border talks", "2026-02-20", &["secretariat"], &[], &[]);
    draft.status = ItemStatus::Draft;
    let id = app.add(&[draft]).await[0].0;
    let mut fields = texts(&csrf, "Border guards at a crossing");
    fields.push(("use", "body"));
    fields.push(("revision", "1"));
    let res = app
        .request(multipart(
            &format!("/admin/items/{id}/media"),
            &cookie,
            &fields,
            Some(&photo(7)),
        ))
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let stored = app
        .state
        .store
        .item(model::ItemId(id))
        .await
        .expect("read")
        .expect("item");
    assert_eq!(stored.revision, 2, "the body's change is a revision");
    assert!(stored.data.body_html.contains("<figure><img src=\"/media/"));
    assert!(
        stored
            .data
            .body_html
            .contains("alt=\"Border guards at a crossing\"")
    );
    let keys = media_keys(&stored.data.body_html);
    let uses = app
        .state
        .store
        .item_media(model::ItemId(id))
        .await
        .expect("read");
    assert_eq!(uses.len(), 1);
    assert_eq!(uses[0].0, store::MediaRole::Body);
    assert_eq!(
        seen(&app, &format!("/media/{}", keys[0])).await.0,
        StatusCode::NOT_FOUND
    );

    // A second upload with the revision the form was loaded at comes too late.
    let stale = app
        .request(multipart(
            &format!("/admin/items/{id}/media"),
            &cookie,
            &fields,
            Some(&photo(8)),
        ))
        .await;
    assert_eq!(stale.status, StatusCode::CONFLICT, "{}", stale.body);

    let publish = app
        .request(post(
            &format!("/admin/items/{id}/transition"),
            &cookie,
            &format!("csrf={csrf}&revision=2&transition=publish"),
        ))
        .await;
    assert_eq!(publish.status, StatusCode::SEE_OTHER, "{}", publish.body);
    app.refresh().await;
    for key in &keys {
        assert_eq!(
            seen(&app, &format!("/media/{key}")).await.0,
            StatusCode::OK,
            "{key}"
        );
    }
    let page = item_page(&app, id).await;
    assert!(
        page.body.contains("loading=\"lazy\""),
        "the body's picture loads late"
    );

    // Saving the body without the picture takes its file off the public site.
    let form = [
        ("csrf", csrf.as_str()),
        ("revision", "3"),
        ("type", "press-release"),
        ("language", "en"),
        ("title", "Border talks"),
        ("body", "<p>No picture now.</p>"),
        ("place", "Vienna"),
        ("time_zone", "Europe/Vienna"),
        ("published", "2026-02-20T10:00"),
        ("sources", "secretariat"),
    ];
    let body: Vec<String> = form
        .iter()
        .map(|(k, v)| format!("{k}={}", model::filter::encode_query_value(v)))
        .collect();
    let saved = app
        .request(post(
            &format!("/admin/items/{id}"),
            &cookie,
            &body.join("&"),
        ))
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert_eq!(
        seen(&app, &format!("/media/{}", keys[0])).await.0,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn a_lead_picture_is_chosen_from_the_library_and_removed() {
    let app = TestApp::start().await;
    add_user(&app, "ed@example.org", Role::Editor, &[]).await;
    let (cookie, csrf) = session(&app, "ed@example.org").await;
    let id = published(&app, "Elections observed", "secretariat").await;
    let res = app
        .request(multipart(
            "/admin/media",
            &cookie,
            &texts(&csrf, "Voters queue at a polling station"),
            Some(&photo(9)),
        ))
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let (records, _) = app.state.store.list_media("", 0, 1).await.expect("list");
    let picture = records[0].id;
    let form = app
        .request(get(&format!("/admin/items/{id}"), &cookie))
        .await;
    assert!(
        form.body.contains(&format!(
            "<option value=\"{picture}\">{picture} · Voters queue"
        )),
        "the newest pictures are offered"
    );

    let unknown = app
        .request(post(
            &format!("/admin/items/{id}/lead-image"),
            &cookie,
            &format!("csrf={csrf}&recent=&number=999"),
        ))
        .await;
    assert_eq!(unknown.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        unknown
            .body
            .contains("There is no picture 999 in the library.")
    );

    let chosen = app
        .request(post(
            &format!("/admin/items/{id}/lead-image"),
            &cookie,
            &format!("csrf={csrf}&recent={picture}&number="),
        ))
        .await;
    assert_eq!(chosen.status, StatusCode::SEE_OTHER, "{}", chosen.body);
    app.refresh().await;
    let page = item_page(&app, id).await;
    assert!(
        page.body
            .contains("alt=\"Voters queue at a polling station\"")
    );
    let key = &records[0].variants[0].key;
    assert_eq!(seen(&app, &format!("/media/{key}")).await.0, StatusCode::OK);

    let removed = app
        .request(post(
            &format!("/admin/items/{id}/lead-image"),
            &cookie,
            &format!("csrf={csrf}&remove=1"),
        ))
        .await;
    assert_eq!(removed.status, StatusCode::SEE_OTHER);
    app.refresh().await;
    assert!(!item_page(&app, id).await.body.contains("lead-picture"));
    assert_eq!(
        seen(&app, &format!("/media/{key}")).await.0,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn press_officers_change_the_pictures_of_their_own_items_only() {
    let app = TestApp::start().await;
    add_user(
        &app,
        "po@example.org",
        Role::PressOfficer,
        &[("mission-to-serbia", false)],
    )
    .await;
    let (cookie, csrf) = session(&app, "po@example.org").await;
    let theirs = published(&app, "Secretariat statement", "secretariat").await;
    let mut draft = item(
        "Serbia draft",
        "2026-02-20",
        &["mission-to-serbia"],
        &[],
        &[],
    );
    draft.status = ItemStatus::Draft;
    let own = app.add(&[draft]).await[0].0;
    let published_own = published(&app, "Serbia published", "mission-to-serbia").await;

    // Uploading into the library is allowed to every writer.
    let res = app
        .request(multipart(
            "/admin/media",
            &cookie,
            &texts(&csrf, "A bridge"),
            Some(&photo(10)),
        ))
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let (records, _) = app.state.store.list_media("", 0, 1).await.expect("list");
    let picture = records[0].id;

    // Another office's item is answered as one that does not exist.
    let mut fields = texts(&csrf, "A bridge");
    fields.push(("use", "lead"));
    for uri in [
        format!("/admin/items/{theirs}/media"),
        "/admin/items/99999/media".to_owned(),
    ] {
        let res = app
            .request(multipart(&uri, &cookie, &fields, Some(&photo(11))))
            .await;
        assert_eq!(res.status, StatusCode::NOT_FOUND, "{uri}: {}", res.body);
    }
    let chosen = app
        .request(post(
            &format!("/admin/items/{theirs}/lead-image"),
            &cookie,
            &format!("csrf={csrf}&number={picture}"),
        ))
        .await;
    assert_eq!(chosen.status, StatusCode::NOT_FOUND);
    // A published item of their office needs the right to publish for it.
    let chosen = app
        .request(post(
            &format!("/admin/items/{published_own}/lead-image"),
            &cookie,
            &format!("csrf={csrf}&number={picture}"),
        ))
        .await;
    assert_eq!(chosen.status, StatusCode::FORBIDDEN, "{}", chosen.body);
    for item in [theirs, published_own] {
        assert!(
            app.state
                .store
                .lead_images(&[model::ItemId(item)])
                .await
                .expect("read")
                .is_empty()
        );
    }
    // Their own draft takes it.
    let chosen = app
        .request(post(
            &format!("/admin/items/{own}/lead-image"),
            &cookie,
            &format!("csrf={csrf}&number={picture}"),
        ))
        .await;
    assert_eq!(chosen.status, StatusCode::SEE_OTHER, "{}", chosen.body);
    // The draft is not public: neither is its picture.
    let key = &records[0].variants[0].key;
    assert_eq!(
        seen(&app, &format!("/media/{key}")).await.0,
        StatusCode::NOT_FOUND
    );
}
