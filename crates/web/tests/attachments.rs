//! Documents, links and attached pictures end to end through the real router: a PDF
//! uploaded on the item's form is listed under the item's text and served with the headers
//! a document needs; a web page dressed as a PDF, a `javascript:` link and a file too large
//! are refused; a document of an embargoed or withdrawn item answers exactly as an unknown
//! key; the order is changed and entries removed, audited; press officers change only what
//! they may; the API lists an item's attachments.

mod common;

use axum::body::Body;
use common::workspace::{add_user, get, post, session};
use common::{MovableClock, Page, TestApp, item};
use http::{Request, StatusCode, header};
use model::ItemId;
use model::access::Role;

const BOUNDARY: &str = "communique-attachments-boundary-4b1d";

const PDF: &[u8] = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n\
    trailer\n<< /Root 1 0 R >>\n%%EOF\n";

/// A document upload form: its text fields and the file, sent as `name`.
fn upload(
    uri: &str,
    cookie: &str,
    fields: &[(&str, &str)],
    name: &str,
    file: &[u8],
) -> Request<Body> {
    let mut body = Vec::new();
    for (field, value) in fields {
        body.extend_from_slice(
            format!(
                "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{field}\"\r\n\r\n{value}\r\n"
            )
            .as_bytes(),
        );
    }
    body.extend_from_slice(
        format!(
            "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n\
             Content-Type: application/pdf\r\n\r\n"
        )
        .as_bytes(),
    );
    body.extend_from_slice(file);
    body.extend_from_slice(format!("\r\n--{BOUNDARY}--\r\n").as_bytes());
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

/// A ZIP archive of stored entries (the office formats are ZIP archives).
fn zip(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut directory = Vec::new();
    for (name, data) in entries {
        let offset = out.len() as u32;
        let (size, n) = (data.len() as u32, name.len() as u16);
        out.extend_from_slice(b"PK\x03\x04\x14\0\0\0\0\0\0\0\0\0\0\0\0\0");
        out.extend_from_slice(&size.to_le_bytes());
        out.extend_from_slice(&size.to_le_bytes());
        out.extend_from_slice(&n.to_le_bytes());
        out.extend_from_slice(&0u16.to_le_bytes());
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(data);
        directory.extend_from_slice(b"PK\x01\x02\x14\0\x14\0\0\0\0\0\0\0\0\0\0\0\0\0");
        directory.extend_from_slice(&size.to_le_bytes());
        directory.extend_from_slice(&size.to_le_bytes());
        directory.extend_from_slice(&n.to_le_bytes());
        directory.extend_from_slice(&[0; 12]);
        directory.extend_from_slice(&offset.to_le_bytes());
        directory.extend_from_slice(name.as_bytes());
    }
    let at = out.len() as u32;
    let count = entries.len() as u16;
    out.extend_from_slice(&directory);
    out.extend_from_slice(b"PK\x05\x06\0\0\0\0");
    out.extend_from_slice(&count.to_le_bytes());
    out.extend_from_slice(&count.to_le_bytes());
    out.extend_from_slice(&(directory.len() as u32).to_le_bytes());
    out.extend_from_slice(&at.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out
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

/// What a reader sees at an address, the `Date` header set aside.
async fn seen(app: &TestApp, uri: &str) -> (StatusCode, Vec<(String, String)>, Vec<u8>) {
    use http_body_util::BodyExt;
    use tower::ServiceExt;
    let req = Request::get(uri)
        .header(header::HOST, "localhost")
        .body(Body::empty())
        .expect("request");
    let res = app.router.clone().oneshot(req).await.expect("infallible");
    let status = res.status();
    let mut named: Vec<(String, String)> = res
        .headers()
        .iter()
        .filter(|(n, _)| *n != header::DATE)
        .map(|(n, v)| (n.to_string(), v.to_str().unwrap_or("").to_owned()))
        .collect();
    named.sort();
    let body = res.into_body().collect().await.expect("body").to_bytes();
    (status, named, body.to_vec())
}

fn header_of<'a>(seen: &'a [(String, String)], name: &str) -> Option<&'a str> {
    seen.iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
}

/// The keys of the documents an item lists, in order.
async fn document_keys(app: &TestApp, id: i64) -> Vec<String> {
    app.state
        .store
        .attachments(ItemId(id))
        .await
        .expect("read")
        .into_iter()
        .filter_map(|a| match a.target {
            store::AttachmentTarget::Document(d) => Some(d.key),
            store::AttachmentTarget::Link(_) => None,
        })
        .collect()
}

/// The first address in a page that starts with `prefix`, its entities decoded.
fn first_address(html: &str, prefix: &str) -> Option<String> {
    let at = html.find(prefix)?;
    let rest = &html[at..];
    let end = rest
        .find(|c: char| c.is_whitespace() || c == '"' || c == '<')
        .unwrap_or(rest.len());
    Some(rest[..end].replace("&amp;", "&").replace("&#38;", "&"))
}

/// A published English press release of the secretariat.
async fn published(app: &TestApp, title: &str) -> i64 {
    app.add(&[item(title, "2026-02-20", &["secretariat"], &[], &[])])
        .await[0]
        .0
}

async fn editor(app: &TestApp) -> (String, String) {
    add_user(app, "ed@example.org", Role::Editor, &[]).await;
    session(app, "ed@example.org").await
}

#[tokio::test]
async fn an_uploaded_pdf_is_listed_under_the_text_and_served_as_a_document() {
    let app = TestApp::start().await;
    let (cookie, csrf) = editor(&app).await;
    let id = published(&app, "Annual report of the Secretariat").await;
    let res = app
        .request(upload(
            &format!("/admin/items/{id}/documents"),
            &cookie,
            &[
                ("csrf", &csrf),
                ("title", "Annual report 2025"),
                ("language", "en"),
            ],
            "report.pdf",
            PDF,
        ))
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert_eq!(
        res.headers[header::LOCATION],
        format!("/admin/items/{id}#attachments").as_str()
    );
    let keys = document_keys(&app, id).await;
    assert_eq!(keys.len(), 1);
    let key = &keys[0];
    assert!(key.ends_with(".pdf") && key.len() == 32 + 4, "{key}");

    let page = item_page(&app, id).await;
    assert_eq!(page.status, StatusCode::OK);
    let body = &page.body;
    let section = &body[body
        .find("id=\"attachments-heading\"")
        .expect("the section")..];
    assert!(section.starts_with("id=\"attachments-heading\">Documents and links</h2>"));
    assert!(
        section.contains(&format!(
            "<a href=\"/media/{key}\">Annual report 2025</a> <span class=\"attachment-note\">(PDF, 1 KB)</span>"
        )),
        "{section}"
    );
    assert!(
        body.find("attachments-heading").expect("listed")
            > body.find("<div class=\"body\">").expect("body"),
        "under the text"
    );
    assert!(
        !body.contains("gallery-heading"),
        "no gallery without pictures"
    );

    let (status, headers, bytes) = seen(&app, &format!("/media/{key}")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(bytes, PDF);
    assert_eq!(header_of(&headers, "content-type"), Some("application/pdf"));
    assert_eq!(
        header_of(&headers, "x-content-type-options"),
        Some("nosniff")
    );
    assert_eq!(
        header_of(&headers, "content-security-policy"),
        Some("sandbox")
    );
    assert_eq!(
        header_of(&headers, "cache-control"),
        Some("public, max-age=31536000, immutable")
    );
    assert_eq!(
        header_of(&headers, "content-disposition"),
        Some(
            "inline; filename=\"Annual-report-2025.pdf\"; \
             filename*=UTF-8''Annual-report-2025.pdf"
        )
    );
    // Revalidation by its key.
    let etag = header_of(&headers, "etag").expect("etag").to_owned();
    let again = app
        .request(
            Request::get(format!("/media/{key}"))
                .header(header::HOST, "localhost")
                .header(header::IF_NONE_MATCH, etag)
                .body(Body::empty())
                .expect("request"),
        )
        .await;
    assert_eq!(again.status, StatusCode::NOT_MODIFIED);

    // The workspace sees it through its own address, never kept.
    let private = app
        .request(get(&format!("/admin/media/{key}"), &cookie))
        .await;
    assert_eq!(private.status, StatusCode::OK);
    assert_eq!(private.headers[header::CACHE_CONTROL], "private, no-store");

    // The audit log tells who did it.
    let log = app.state.store.audit_log(None, 20).await.expect("audit");
    assert!(log.iter().any(|e| e.action == "item.attachment"
        && e.subject == format!("item {id}")
        && e.actor == "ed@example.org"
        && e.detail.contains("Annual report 2025")));
}

#[tokio::test]
async fn office_files_are_attachments_and_other_files_are_refused_by_content() {
    let app = TestApp::start().await;
    let (cookie, csrf) = editor(&app).await;
    let id = published(&app, "Budget").await;
    let uri = format!("/admin/items/{id}/documents");
    let fields = [
        ("csrf", csrf.as_str()),
        ("title", "Budget tables"),
        ("language", "en"),
    ];
    let xlsx = zip(&[
        ("[Content_Types].xml", b"<Types/>"),
        ("xl/workbook.xml", b"<workbook/>"),
    ]);
    let res = app
        .request(upload(&uri, &cookie, &fields, "budget.xlsx", &xlsx))
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let key = document_keys(&app, id).await.remove(0);
    assert!(key.ends_with(".xlsx"));
    let (status, headers, _) = seen(&app, &format!("/media/{key}")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        header_of(&headers, "content-type"),
        Some("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    );
    let disposition = header_of(&headers, "content-disposition").expect("disposition");
    assert!(disposition.starts_with("attachment; filename=\"Budget-tables.xlsx\""));
    assert_ne!(
        header_of(&headers, "content-security-policy"),
        Some("sandbox")
    );

    let page = |fields: &[(&str, &str)], name: &str, file: &[u8]| {
        upload(&uri, &cookie, fields, name, file)
    };
    for (file, says) in [
        (
            &b"<!DOCTYPE html><html><script>alert(document.cookie)</script></html>"[..],
            "it looks like a web page (HTML)",
        ),
        (&b"MZ\x90\0\x03\0\0\0\x04\0"[..], "it looks like a program"),
        (&b"#!/bin/sh\necho owned\n"[..], "it looks like a script"),
        (
            &b"<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"[..],
            "SVG",
        ),
        (
            &zip(&[
                ("[Content_Types].xml", b"<Types/>"),
                ("word/document.xml", b"<w/>"),
                ("word/vbaProject.bin", b"\0"),
            ])[..],
            "contains macros",
        ),
        (&b""[..], "choose a document to upload"),
    ] {
        let res = app.request(page(&fields, "report.pdf", file)).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{says}");
        assert!(res.body.contains(says), "{says}: {}", res.body);
        assert!(
            res.body.contains("Budget tables"),
            "the title typed is kept"
        );
    }
    // A title is required, and the language must be the site's.
    let res = app
        .request(page(
            &[("csrf", &csrf), ("title", "  "), ("language", "xx")],
            "a.pdf",
            PDF,
        ))
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("title: it is required"), "{}", res.body);
    assert!(res.body.contains("xx&#39; is not a language of the site"));
    assert_eq!(
        document_keys(&app, id).await.len(),
        1,
        "nothing else listed"
    );
    // Without the form's CSRF proof nothing is read.
    let forged = app
        .request(page(&[("csrf", "forged"), ("title", "x")], "a.pdf", PDF))
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn an_upload_larger_than_accepted_is_refused_as_too_large() {
    let app = TestApp::start().await;
    let (cookie, csrf) = editor(&app).await;
    let id = published(&app, "Large").await;
    let mut huge = PDF.to_vec();
    huge.resize(52 * 1024 * 1024, b' ');
    let res = app
        .request(upload(
            &format!("/admin/items/{id}/documents"),
            &cookie,
            &[("csrf", &csrf), ("title", "Huge")],
            "huge.pdf",
            &huge,
        ))
        .await;
    assert_eq!(res.status, StatusCode::PAYLOAD_TOO_LARGE, "{}", res.body);
    assert!(
        res.body.contains("documents of up to 50 MB"),
        "{}",
        res.body
    );
    assert!(document_keys(&app, id).await.is_empty());
}

#[tokio::test]
async fn an_embargoed_items_document_is_unknown_until_the_instant_and_a_withdrawn_ones_again() {
    let clock = MovableClock::at("2026-01-10T08:00:00Z");
    let app = TestApp::start_with_clock(clock.clone()).await;
    let (cookie, csrf) = editor(&app).await;
    let mut embargoed = item("Council decision", "2026-01-09", &["secretariat"], &[], &[]);
    embargoed.embargo_until = Some("2026-01-10T09:00:00Z".parse().expect("instant"));
    let id = app.add(&[embargoed]).await[0].0;
    let res = app
        .request(upload(
            &format!("/admin/items/{id}/documents"),
            &cookie,
            &[("csrf", &csrf), ("title", "Decision text")],
            "decision.pdf",
            PDF,
        ))
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let key = document_keys(&app, id).await.remove(0);
    let unknown = format!("{}.pdf", "0123456789abcdef".repeat(2));
    assert_ne!(key, unknown);

    let hidden = seen(&app, &format!("/media/{key}")).await;
    let nothing = seen(&app, &format!("/media/{unknown}")).await;
    assert_eq!(hidden.0, StatusCode::NOT_FOUND);
    assert_eq!(hidden, nothing, "the same status, headers and body");
    assert_eq!(
        app.get(&format!("/api/v1/items/{id}")).await.status,
        StatusCode::NOT_FOUND
    );

    // A preview link lists the document through its own address, which serves it unkept;
    // the public address stays closed.
    let made = app
        .request(post(
            &format!("/admin/items/{id}/preview-link"),
            &cookie,
            &format!("csrf={csrf}&days=1"),
        ))
        .await;
    assert_eq!(made.status, StatusCode::OK, "{}", made.body);
    let link = first_address(&made.body, "/preview/").expect("a preview link");
    let preview = app.get(&link).await;
    assert_eq!(preview.status, StatusCode::OK, "{}", preview.body);
    assert!(preview.body.contains("Decision text"), "{}", preview.body);
    let own = first_address(&preview.body, &format!("/preview/{id}/media/{key}"))
        .expect("the document through the preview's address");
    let (status, headers, bytes) = seen(&app, &own).await;
    assert_eq!(status, StatusCode::OK, "{own}");
    assert_eq!(bytes, PDF);
    assert_eq!(header_of(&headers, "content-type"), Some("application/pdf"));
    assert_eq!(
        header_of(&headers, "cache-control"),
        Some("no-store, private")
    );
    assert!(
        header_of(&headers, "content-disposition").is_some_and(|d| d.contains("Decision-text")),
        "{headers:?}"
    );
    assert_eq!(seen(&app, &format!("/media/{key}")).await, nothing);

    clock.set("2026-01-10T09:00:00Z");
    let (status, headers, bytes) = seen(&app, &format!("/media/{key}")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(bytes, PDF);
    assert_eq!(header_of(&headers, "content-type"), Some("application/pdf"));
    assert_eq!(seen(&app, &format!("/media/{unknown}")).await, nothing);

    // Withdrawn: the document is unknown again.
    let revision = app
        .state
        .store
        .item(ItemId(id))
        .await
        .expect("read")
        .expect("there")
        .revision;
    let res = app
        .request(post(
            &format!("/admin/items/{id}/transition"),
            &cookie,
            &format!("csrf={csrf}&transition=unpublish&revision={revision}"),
        ))
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert_eq!(seen(&app, &format!("/media/{key}")).await, nothing);
}

#[tokio::test]
async fn links_are_listed_with_their_title_and_only_web_addresses_are_accepted() {
    let app = TestApp::start().await;
    let (cookie, csrf) = editor(&app).await;
    let id = published(&app, "Election observation").await;
    let uri = format!("/admin/items/{id}/links");
    let res = app
        .request(post(
            &uri,
            &cookie,
            &format!(
                "csrf={csrf}&title=Final+report+%28Russian%29&language=ru&\
                 url=https%3A%2F%2Fwww.osce.org%2Ffiles%2Freport-ru.pdf"
            ),
        ))
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    for (url, says) in [
        ("javascript%3Aalert(document.cookie)", "https:// or http://"),
        ("data%3Atext%2Fhtml%2C%3Cscript%3E", "https:// or http://"),
        ("%2Fitems%2F1", "https:// or http://"),
        (
            "https%3A%2F%2Fosce.org%40evil.example%2F",
            "user name or password",
        ),
        ("https%3A%2F%2Fexample.org%2F%0D%0Ax", "control characters"),
    ] {
        let res = app
            .request(post(
                &uri,
                &cookie,
                &format!("csrf={csrf}&title=Bad&language=en&url={url}"),
            ))
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{url}");
        assert!(res.body.contains(says), "{url}: {says}");
    }
    let long = format!("https%3A%2F%2Fexample.org%2F{}", "a".repeat(2100));
    let res = app
        .request(post(
            &uri,
            &cookie,
            &format!("csrf={csrf}&title=Long&url={long}"),
        ))
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        res.body.contains("the longest accepted is 2,000"),
        "{}",
        res.body
    );

    let page = item_page(&app, id).await.body;
    assert!(
        page.contains(
            "<a href=\"https://www.osce.org/files/report-ru.pdf\" hreflang=\"ru\" lang=\"ru\">\
             Final report (Russian)</a> <span class=\"attachment-note\">(link to www.osce.org)</span>"
        ),
        "{page}"
    );
    assert!(!page.contains("javascript:"));
    let listed = app.state.store.attachments(ItemId(id)).await.expect("read");
    assert_eq!(listed.len(), 1, "the refused links were not kept");
}

#[tokio::test]
async fn attachments_are_moved_removed_and_listed_by_the_api() {
    let app = TestApp::start().await;
    let (cookie, csrf) = editor(&app).await;
    let id = published(&app, "Ordered").await;
    for title in ["First", "Second", "Third"] {
        let res = app
            .request(post(
                &format!("/admin/items/{id}/links"),
                &cookie,
                &format!("csrf={csrf}&title={title}&url=https%3A%2F%2Fexample.org%2F{title}"),
            ))
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    }
    let res = app
        .request(upload(
            &format!("/admin/items/{id}/documents"),
            &cookie,
            &[("csrf", &csrf), ("title", "Fourth")],
            "fourth.pdf",
            PDF,
        ))
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let ids: Vec<i64> = app
        .state
        .store
        .attachments(ItemId(id))
        .await
        .expect("read")
        .iter()
        .map(|a| a.id.0)
        .collect();
    let change = |body: String| post(&format!("/admin/items/{id}/attachments"), &cookie, &body);
    let res = app
        .request(change(format!(
            "csrf={csrf}&attachment={}&action=up",
            ids[2]
        )))
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let res = app
        .request(change(format!(
            "csrf={csrf}&attachment={}&action=remove",
            ids[0]
        )))
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let titles = |page: &str| -> Vec<String> {
        let list = &page[page.find("class=\"attachment-list\"").expect("list")..];
        let list = &list[..list.find("</ul>").expect("end")];
        list.split("</a>")
            .filter_map(|p| p.rsplit_once('>').map(|(_, t)| t.to_owned()))
            .filter(|t| !t.is_empty())
            .collect()
    };
    assert_eq!(
        titles(&item_page(&app, id).await.body),
        ["Third", "Second", "Fourth"]
    );
    // Wrong requests: an unknown action, an entry of no item, and no entry at all.
    let res = app
        .request(change(format!(
            "csrf={csrf}&attachment={}&action=sideways",
            ids[1]
        )))
        .await;
    assert_eq!(res.status, StatusCode::BAD_REQUEST);
    let res = app
        .request(change(format!(
            "csrf={csrf}&attachment={}&action=up",
            ids[0]
        )))
        .await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
    let res = app.request(change(format!("csrf={csrf}&action=up"))).await;
    assert_eq!(res.status, StatusCode::BAD_REQUEST);
    let res = app
        .request(change(format!(
            "csrf=forged&attachment={}&action=remove",
            ids[1]
        )))
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);

    // A picture of the library attached: a small gallery, each leading to its widest file.
    let record = app
        .state
        .store
        .add_media(
            &picture(),
            &store::Actor::command_line(),
            jiff::Timestamp::UNIX_EPOCH,
        )
        .await
        .expect("added");
    let res = app
        .request(post(
            &format!("/admin/items/{id}/gallery"),
            &cookie,
            &format!("csrf={csrf}&number={}", record.id),
        ))
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let res = app
        .request(post(
            &format!("/admin/items/{id}/gallery"),
            &cookie,
            &format!("csrf={csrf}&number=9999"),
        ))
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("There is no picture 9999 in the library"));
    let page = item_page(&app, id).await.body;
    let gallery = &page[page.find("<section class=\"gallery\"").expect("a gallery")..];
    assert!(gallery.contains("<h2 id=\"gallery-heading\">Pictures</h2>"));
    assert!(gallery.contains("<a href=\"/media/aaaa000000000001-800.jpg\"><picture>"));
    assert!(gallery.contains("alt=\"Observers at a polling station\""));
    assert!(
        page.find("gallery-heading").expect("gallery")
            < page.find("attachments-heading").expect("list")
    );

    let api = app.get(&format!("/api/v1/items/{id}")).await;
    assert_eq!(api.status, StatusCode::OK);
    let json: serde_json::Value = serde_json::from_str(&api.body).expect("json");
    let listed = json["data"][0]["attachments"]
        .as_array()
        .expect("attachments");
    let kinds: Vec<&str> = listed
        .iter()
        .map(|a| a["kind"].as_str().expect("kind"))
        .collect();
    assert_eq!(kinds, ["link", "link", "document", "picture"]);
    assert_eq!(listed[0]["title"], "Third");
    assert_eq!(listed[0]["url"], "https://example.org/Third");
    assert_eq!(listed[2]["format"], "pdf");
    assert_eq!(listed[2]["size"], PDF.len());
    assert!(
        listed[2]["url"]
            .as_str()
            .expect("url")
            .starts_with("/media/")
    );
    assert_eq!(listed[3]["language"], "en");
    // Listings do not carry them.
    let list = app.get("/api/v1/items?limit=5").await.body;
    assert!(!list.contains("\"attachments\""));

    // Removing the picture takes it off the page and makes its files unknown again.
    let res = app
        .request(change(format!(
            "csrf={csrf}&picture={}&action=remove",
            record.id
        )))
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert!(!item_page(&app, id).await.body.contains("gallery-heading"));
    assert_eq!(
        app.get("/media/aaaa000000000001-800.jpg").await.status,
        StatusCode::NOT_FOUND
    );
    let log = app.state.store.audit_log(None, 50).await.expect("audit");
    assert!(
        log.iter()
            .any(|e| e.action == "item.attachment" && e.detail.starts_with("moved up"))
    );
    assert!(
        log.iter()
            .any(|e| e.action == "item.media" && e.detail.contains("attachment removed"))
    );
}

/// A picture of the library (its files are not needed to list it).
fn picture() -> store::NewMedia {
    let hash = "aaaa000000000001";
    let file = |w: u32| store::MediaFile {
        width: w,
        height: w / 2,
        format: "jpeg".to_owned(),
        key: format!("{hash}-{w}.jpg"),
    };
    store::NewMedia {
        hash: hash.to_owned(),
        format: "jpeg".to_owned(),
        width: 1000,
        height: 500,
        bytes_size: 12_345,
        original_key: format!("{hash}.jpg"),
        variants: vec![file(400), file(800)],
        description: store::MediaDescription {
            language: model::LanguageCode::parse("en").expect("lang"),
            alt: "Observers at a polling station".to_owned(),
            caption: String::new(),
            credit: String::new(),
            focal_x: 0.5,
            focal_y: 0.5,
        },
    }
}

#[tokio::test]
async fn press_officers_change_the_attachments_of_their_own_items_only() {
    let app = TestApp::start().await;
    add_user(
        &app,
        "po@example.org",
        Role::PressOfficer,
        &[("mission-to-serbia", false)],
    )
    .await;
    let (cookie, csrf) = session(&app, "po@example.org").await;
    let theirs = published(&app, "Secretariat statement").await;
    let own_published = app
        .add(&[item(
            "Serbia published",
            "2026-02-20",
            &["mission-to-serbia"],
            &[],
            &[],
        )])
        .await[0]
        .0;
    let mut draft = item(
        "Serbia draft",
        "2026-02-20",
        &["mission-to-serbia"],
        &[],
        &[],
    );
    draft.status = model::ItemStatus::Draft;
    let own_draft = app.add(&[draft]).await[0].0;
    let link = |id: i64| {
        post(
            &format!("/admin/items/{id}/links"),
            &cookie,
            &format!("csrf={csrf}&title=Site&url=https%3A%2F%2Fexample.org%2F"),
        )
    };
    let document = |id: i64| {
        upload(
            &format!("/admin/items/{id}/documents"),
            &cookie,
            &[("csrf", &csrf), ("title", "Report")],
            "r.pdf",
            PDF,
        )
    };
    // Another office's item is answered as one that does not exist.
    assert_eq!(
        app.request(link(theirs)).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.request(document(theirs)).await.status,
        StatusCode::NOT_FOUND
    );
    // Their office's published item needs the right to publish for it: 403.
    let refused = app.request(link(own_published)).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN, "{}", refused.body);
    assert_eq!(
        app.request(document(own_published)).await.status,
        StatusCode::FORBIDDEN
    );
    let gallery = app
        .request(post(
            &format!("/admin/items/{own_published}/gallery"),
            &cookie,
            &format!("csrf={csrf}&number=1"),
        ))
        .await;
    assert_eq!(gallery.status, StatusCode::FORBIDDEN);
    for id in [theirs, own_published] {
        assert!(
            app.state
                .store
                .attachments(ItemId(id))
                .await
                .expect("read")
                .is_empty()
        );
    }
    // An editor's entry on the published item cannot be moved or removed by them either.
    let entry = app
        .state
        .store
        .add_attachment(
            ItemId(own_published),
            &store::NewAttachment {
                title: "Kept".to_owned(),
                language: model::LanguageCode::parse("en").expect("lang"),
                target: store::NewTarget::Link("https://example.org/".to_owned()),
            },
            &store::Actor::command_line(),
            jiff::Timestamp::UNIX_EPOCH,
        )
        .await
        .expect("added");
    let res = app
        .request(post(
            &format!("/admin/items/{own_published}/attachments"),
            &cookie,
            &format!("csrf={csrf}&attachment={entry}&action=remove"),
        ))
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    assert_eq!(
        app.state
            .store
            .attachments(ItemId(own_published))
            .await
            .expect("read")
            .len(),
        1
    );
    // Their own draft takes both; its document is not public while it is a draft.
    assert_eq!(
        app.request(link(own_draft)).await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        app.request(document(own_draft)).await.status,
        StatusCode::SEE_OTHER
    );
    let key = document_keys(&app, own_draft).await.remove(0);
    assert_eq!(
        app.get(&format!("/media/{key}")).await.status,
        StatusCode::NOT_FOUND
    );
    // Their form shows the section.
    let form = app
        .request(get(&format!("/admin/items/{own_draft}"), &cookie))
        .await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.body.contains("id=\"attachments-title\""));
    assert!(form.body.contains(&format!("href=\"/admin/media/{key}\"")));
}
