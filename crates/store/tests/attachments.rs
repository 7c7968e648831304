//! Documents and links attached to items: a document stored once, entries added at the end,
//! moved and removed (each change audited and announced), bad titles and addresses refused,
//! attached pictures kept in their own order, and the one query that tells which items make
//! a file public — for pictures and documents alike.

mod common;
use common::Fixture;

use communique_store::{
    Actor, AttachmentTarget, MediaDescription, MediaFile, Move, NewAttachment, NewDocument,
    NewMedia, NewTarget, Store, StoreError,
};
use jiff::Timestamp;
use model::{ItemId, ItemStatus, LanguageCode, NewItem, Slug};

fn at(s: &str) -> Timestamp {
    s.parse().expect("instant")
}

fn ann() -> Actor {
    Actor {
        user_id: None,
        name: "ann@example.org".to_owned(),
        address: "192.0.2.9".to_owned(),
    }
}

fn lang(code: &str) -> LanguageCode {
    LanguageCode::parse(code).expect("lang")
}

async fn item(store: &Store, title: &str, status: ItemStatus, embargo: Option<&str>) -> ItemId {
    let item = NewItem {
        external_id: None,
        item_type: Slug::parse("news").expect("slug"),
        language: lang("en"),
        translation_of: None,
        title: title.to_owned(),
        summary: "Summary.".to_owned(),
        body_html: "<p>Text.</p>".to_owned(),
        place: "Vienna".to_owned(),
        time_zone: "Europe/Vienna".to_owned(),
        published_at: at("2026-01-05T09:00:00Z"),
        status,
        embargo_until: embargo.map(at),
        sources: vec![Slug::parse("secretariat").expect("slug")],
        fields_of_work: vec![],
        countries: vec![],
        meetings: vec![],
        is_demo: false,
    };
    store
        .insert_item(&item, at("2026-01-05T08:00:00Z"))
        .await
        .expect("item")
}

fn pdf(hash: &str) -> NewDocument {
    NewDocument {
        hash: hash.to_owned(),
        format: "pdf".to_owned(),
        bytes_size: 1_234_567,
        key: format!("{hash}.pdf"),
    }
}

fn entry(title: &str, target: NewTarget) -> NewAttachment {
    NewAttachment {
        title: title.to_owned(),
        language: lang("en"),
        target,
    }
}

fn link(url: &str) -> NewTarget {
    NewTarget::Link(url.to_owned())
}

fn titles(list: &[communique_store::Attachment]) -> Vec<&str> {
    list.iter().map(|a| a.title.as_str()).collect()
}

fn refusal<T: std::fmt::Debug>(result: Result<T, StoreError>) -> String {
    match result {
        Err(StoreError::Invalid(message)) => message,
        other => panic!("expected a refusal, got {other:?}"),
    }
}

async fn documents_and_links_are_listed_in_order_moved_and_removed(fixture: Fixture) {
    let store = fixture.store.clone();
    let now = at("2026-02-01T10:00:00Z");
    let id = item(&store, "Annual report", ItemStatus::Published, None).await;
    let hash = "0123456789abcdef0123456789abcdef";
    let document = store
        .add_document(&pdf(hash), &ann(), now)
        .await
        .expect("added");
    assert_eq!(document.key, format!("{hash}.pdf"));
    assert_eq!(document.bytes_size, 1_234_567);
    let again = store
        .add_document(&pdf(hash), &ann(), now)
        .await
        .expect("same");
    assert_eq!(again.id, document.id, "the same content is one document");
    assert_eq!(
        store.document_by_key(&document.key).await.expect("read"),
        Some(document.clone())
    );

    let report = store
        .add_attachment(
            id,
            &entry("  Annual report 2025  ", NewTarget::Document(document.id)),
            &ann(),
            now,
        )
        .await
        .expect("added");
    let site = store
        .add_attachment(
            id,
            &entry("Project site", link("https://example.org/p")),
            &ann(),
            now,
        )
        .await
        .expect("added");
    let mut russian = entry("Доклад", link("https://example.org/ru"));
    russian.language = lang("ru");
    let third = store
        .add_attachment(id, &russian, &ann(), now)
        .await
        .expect("added");
    let list = store.attachments(id).await.expect("list");
    assert_eq!(
        titles(&list),
        ["Annual report 2025", "Project site", "Доклад"]
    );
    assert_eq!(list[0].target, AttachmentTarget::Document(document.clone()));
    assert_eq!(
        list[1].target,
        AttachmentTarget::Link("https://example.org/p".to_owned())
    );
    assert_eq!(list[2].language.as_str(), "ru");

    assert!(
        store
            .move_attachment(id, third, Move::Up, &ann(), now)
            .await
            .expect("moved")
    );
    assert!(
        !store
            .move_attachment(id, report, Move::Up, &ann(), now)
            .await
            .expect("first")
    );
    let list = store.attachments(id).await.expect("list");
    assert_eq!(
        titles(&list),
        ["Annual report 2025", "Доклад", "Project site"]
    );
    assert!(
        store
            .move_attachment(id, report, Move::Down, &ann(), now)
            .await
            .expect("moved")
    );
    assert_eq!(
        titles(&store.attachments(id).await.expect("list")),
        ["Доклад", "Annual report 2025", "Project site"]
    );

    assert!(
        store
            .remove_attachment(id, site, &ann(), now)
            .await
            .expect("removed")
    );
    assert!(
        !store
            .remove_attachment(id, site, &ann(), now)
            .await
            .expect("gone")
    );
    // Another item's entry is not this item's to remove or move.
    let other = item(&store, "Other", ItemStatus::Published, None).await;
    assert!(
        !store
            .remove_attachment(other, report, &ann(), now)
            .await
            .expect("not there")
    );
    assert!(
        !store
            .move_attachment(other, report, Move::Up, &ann(), now)
            .await
            .expect("no")
    );
    assert_eq!(
        titles(&store.attachments(id).await.expect("list")),
        ["Доклад", "Annual report 2025"]
    );

    let log = store.audit_log(None, 50).await.expect("audit");
    let of_item: Vec<&str> = log
        .iter()
        .filter(|e| e.action == "item.attachment" && e.subject == format!("item {}", id.0))
        .map(|e| e.detail.as_str())
        .collect();
    assert_eq!(of_item.len(), 6, "{of_item:?}");
    assert!(of_item.iter().any(|d| d.starts_with("removed link")));
    assert!(log.iter().any(|e| e.action == "document.add"));
}

async fn bad_titles_addresses_and_documents_are_refused(fixture: Fixture) {
    let store = fixture.store.clone();
    let now = at("2026-02-01T10:00:00Z");
    let id = item(&store, "Report", ItemStatus::Draft, None).await;
    let good = "https://example.org/";
    for (title, url, says) in [
        ("   ", good, "title is required"),
        (&*"x".repeat(301), good, "longest accepted is 300"),
        ("Tab\u{7}", good, "control characters"),
        ("Script", "javascript:alert(1)", "https://"),
        ("Data", "data:text/html,<b>x</b>", "https://"),
        ("Relative", "/items/1", "https://"),
        ("Credentials", "https://osce.org@evil.example/", "user name"),
    ] {
        let refused = refusal(
            store
                .add_attachment(id, &entry(title, link(url)), &ann(), now)
                .await,
        );
        assert!(refused.contains(says), "{title:?} {url:?}: {refused}");
    }
    let mut bad = pdf("0123456789abcdef");
    bad.format = "exe".to_owned();
    bad.key = "0123456789abcdef.exe".to_owned();
    assert!(refusal(store.add_document(&bad, &ann(), now).await).contains("not described"));
    let mut lying = pdf("0123456789abcdef");
    lying.key = "fedcba9876543210.pdf".to_owned();
    assert!(matches!(
        store.add_document(&lying, &ann(), now).await,
        Err(StoreError::Invalid(_))
    ));
    assert!(matches!(
        store
            .add_attachment(
                id,
                &entry(
                    "Missing",
                    NewTarget::Document(communique_store::DocumentId(99))
                ),
                &ann(),
                now
            )
            .await,
        Err(StoreError::NotFound)
    ));
    assert!(matches!(
        store
            .add_attachment(ItemId(999), &entry("No item", link(good)), &ann(), now)
            .await,
        Err(StoreError::NotFound)
    ));
    assert!(store.attachments(id).await.expect("list").is_empty());
}

fn picture(hash: &str) -> NewMedia {
    NewMedia {
        hash: hash.to_owned(),
        format: "jpeg".to_owned(),
        width: 1000,
        height: 600,
        bytes_size: 1000,
        original_key: format!("{hash}.jpg"),
        variants: vec![MediaFile {
            width: 400,
            height: 240,
            format: "jpeg".to_owned(),
            key: format!("{hash}-400.jpg"),
        }],
        description: MediaDescription {
            language: lang("en"),
            alt: format!("Picture {hash}"),
            caption: String::new(),
            credit: String::new(),
            focal_x: 0.5,
            focal_y: 0.5,
        },
    }
}

async fn attached_pictures_keep_their_own_order(fixture: Fixture) {
    let store = fixture.store.clone();
    let now = at("2026-02-01T10:00:00Z");
    let id = item(&store, "Gallery", ItemStatus::Published, None).await;
    let mut ids = Vec::new();
    for hash in ["aaaa000000000001", "aaaa000000000002", "aaaa000000000003"] {
        let record = store
            .add_media(&picture(hash), &ann(), now)
            .await
            .expect("added");
        assert!(
            store
                .attach_picture(id, record.id, &ann(), now)
                .await
                .expect("attached")
        );
        ids.push(record.id);
    }
    assert!(
        !store
            .attach_picture(id, ids[0], &ann(), now)
            .await
            .expect("already there")
    );
    let gallery = |list: Vec<(communique_store::MediaRole, communique_store::MediaRecord)>| {
        list.into_iter()
            .filter(|(role, _)| *role == communique_store::MediaRole::Attachment)
            .map(|(_, m)| m.id)
            .collect::<Vec<_>>()
    };
    assert_eq!(gallery(store.item_media(id).await.expect("read")), ids);
    assert!(
        store
            .move_attached_picture(id, ids[2], Move::Up, &ann(), now)
            .await
            .expect("moved")
    );
    assert_eq!(
        gallery(store.item_media(id).await.expect("read")),
        [ids[0], ids[2], ids[1]]
    );
    assert!(
        store
            .detach_media(
                id,
                ids[0],
                communique_store::MediaRole::Attachment,
                &ann(),
                now
            )
            .await
            .expect("removed")
    );
    assert_eq!(
        gallery(store.item_media(id).await.expect("read")),
        [ids[2], ids[1]]
    );
    let log = store.audit_log(None, 50).await.expect("audit");
    assert!(
        log.iter()
            .any(|e| e.action == "item.media" && e.detail.contains("attachment moved up"))
    );
}

async fn the_users_of_a_file_are_found_for_pictures_and_documents_alike(fixture: Fixture) {
    let store = fixture.store.clone();
    let now = at("2026-02-01T10:00:00Z");
    let public = item(&store, "Public", ItemStatus::Published, None).await;
    let embargoed = item(
        &store,
        "Embargoed",
        ItemStatus::Published,
        Some("2026-03-01T09:00:00Z"),
    )
    .await;
    let hash = "fedcba9876543210fedcba9876543210";
    let document = store
        .add_document(&pdf(hash), &ann(), now)
        .await
        .expect("added");
    let key = document.key.clone();
    assert!(
        store
            .file_users_by_key(&key)
            .await
            .expect("read")
            .is_empty(),
        "unused"
    );
    store
        .add_attachment(
            embargoed,
            &entry("Embargoed title", NewTarget::Document(document.id)),
            &ann(),
            now,
        )
        .await
        .expect("added");
    let users = store.file_users_by_key(&key).await.expect("read");
    assert_eq!(users.len(), 1);
    assert_eq!(users[0].item, embargoed);
    assert!(!users[0].visibility.is_public_at(now));
    assert!(users[0].visibility.is_public_at(at("2026-03-01T09:00:00Z")));
    assert_eq!(users[0].title.as_deref(), Some("Embargoed title"));
    store
        .add_attachment(
            public,
            &entry("Public title", NewTarget::Document(document.id)),
            &ann(),
            now,
        )
        .await
        .expect("added");
    let users = store.file_users_by_key(&key).await.expect("read");
    let items: Vec<ItemId> = users.iter().map(|u| u.item).collect();
    assert_eq!(items, [embargoed, public], "newest item first");
    assert!(users[1].visibility.is_public_at(now));

    // A picture's files, through the same query, without a title.
    let record = store
        .add_media(&picture("bbbb000000000001"), &ann(), now)
        .await
        .expect("added");
    assert!(
        store
            .attach_picture(public, record.id, &ann(), now)
            .await
            .expect("attached")
    );
    for key in ["bbbb000000000001.jpg", "bbbb000000000001-400.jpg"] {
        let users = store.file_users_by_key(key).await.expect("read");
        assert_eq!(users.len(), 1, "{key}");
        assert_eq!((users[0].item, users[0].title.as_deref()), (public, None));
    }
    for unknown in ["0000000000000000.pdf", "bbbb000000000001.pdf", "x", ""] {
        assert!(
            store
                .file_users_by_key(unknown)
                .await
                .expect("read")
                .is_empty()
        );
    }
}

on_both_backends!(
    documents_and_links_are_listed_in_order_moved_and_removed,
    bad_titles_addresses_and_documents_are_refused,
    attached_pictures_keep_their_own_order,
    the_users_of_a_file_are_found_for_pictures_and_documents_alike,
);
