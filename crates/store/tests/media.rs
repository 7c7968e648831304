//! The media library: a picture stored once, its alternative text required and its texts of
//! sane length, found by any of its files' keys, searched, shown by items (one lead picture
//! at most), and the items that show it known.

mod common;
use common::Fixture;

use communique_store::{
    Actor, MediaDescription, MediaFile, MediaId, MediaRole, NewMedia, Store, StoreError,
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

fn description(alt: &str) -> MediaDescription {
    MediaDescription {
        language: LanguageCode::parse("en").expect("lang"),
        alt: alt.to_owned(),
        caption: String::new(),
        credit: String::new(),
        focal_x: 0.5,
        focal_y: 0.5,
    }
}

/// A picture 1,000 × 600 whose hash is `hash` (16 hex digits), with two variants.
fn picture(hash: &str, alt: &str) -> NewMedia {
    let file = |w: u32, h: u32, format: &str, ext: &str| MediaFile {
        width: w,
        height: h,
        format: format.to_owned(),
        key: format!("{hash}-{w}.{ext}"),
    };
    NewMedia {
        hash: hash.to_owned(),
        format: "jpeg".to_owned(),
        width: 1000,
        height: 600,
        bytes_size: 123_456,
        original_key: format!("{hash}.jpg"),
        variants: vec![
            file(400, 240, "jpeg", "jpg"),
            file(800, 480, "jpeg", "jpg"),
            file(800, 480, "webp", "webp"),
        ],
        description: description(alt),
    }
}

async fn item(store: &Store, title: &str) -> ItemId {
    let item = NewItem {
        external_id: None,
        item_type: Slug::parse("news").expect("slug"),
        language: LanguageCode::parse("en").expect("lang"),
        translation_of: None,
        title: title.to_owned(),
        summary: "Summary.".to_owned(),
        body_html: "<p>Text.</p>".to_owned(),
        place: "Vienna".to_owned(),
        time_zone: "Europe/Vienna".to_owned(),
        published_at: at("2026-01-05T09:00:00Z"),
        status: ItemStatus::Published,
        embargo_until: None,
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

fn refusal(result: Result<impl std::fmt::Debug, StoreError>) -> String {
    match result {
        Err(StoreError::Invalid(message)) => message,
        other => panic!("expected a refusal, got {other:?}"),
    }
}

async fn a_picture_is_stored_once_and_found_by_any_of_its_keys(fixture: Fixture) {
    let store = fixture.store.clone();
    let now = at("2026-02-01T10:00:00Z");
    let mut new = picture("3f2a9c0d1e2b4a5c", "  The Chairperson speaks in Vienna  ");
    new.description.caption = "The opening of the Permanent Council.".to_owned();
    new.description.credit = "OSCE/Micky Kroell".to_owned();
    new.description.focal_x = 0.25;
    let added = store.add_media(&new, &ann(), now).await.expect("added");
    assert_eq!(added.hash, "3f2a9c0d1e2b4a5c");
    assert_eq!((added.width, added.height), (1000, 600));
    assert_eq!(added.bytes_size, 123_456);
    assert_eq!(added.variants, new.variants);
    assert_eq!(
        added.description.alt, "The Chairperson speaks in Vienna",
        "trimmed"
    );
    assert_eq!(added.description.focal_x, 0.25);
    assert_eq!(added.uploaded_at, now);
    assert_eq!(added.uploaded_by, None);

    // The same content again, with other words: the record already stored, unchanged.
    let again = store
        .add_media(
            &picture("3f2a9c0d1e2b4a5c", "Something else"),
            &ann(),
            at("2026-02-02T10:00:00Z"),
        )
        .await
        .expect("again");
    assert_eq!(again, added);
    let (all, total) = store.list_media("", 0, 50).await.expect("list");
    assert_eq!((all.len(), total), (1, 1));

    assert_eq!(
        store.media(added.id).await.expect("read"),
        Some(added.clone())
    );
    assert_eq!(
        store.media_by_hash("3f2a9c0d1e2b4a5c").await.expect("read"),
        Some(added.clone())
    );
    for key in [
        "3f2a9c0d1e2b4a5c.jpg",
        "3f2a9c0d1e2b4a5c-400.jpg",
        "3f2a9c0d1e2b4a5c-800.webp",
    ] {
        let found = store.media_by_key(key).await.expect("read");
        assert_eq!(found.map(|m| m.id), Some(added.id), "{key}");
    }
    assert_eq!(
        store
            .media_by_key("3f2a9c0d1e2b4a5c-1600.jpg")
            .await
            .expect("read"),
        None
    );
    assert_eq!(store.media(MediaId(999)).await.expect("read"), None);
}

async fn the_alternative_text_is_required_and_texts_have_a_sane_length(fixture: Fixture) {
    let store = fixture.store.clone();
    let now = at("2026-02-01T10:00:00Z");
    for blank in ["", "   ", "\n\t "] {
        let message = refusal(
            store
                .add_media(&picture("aaaaaaaaaaaaaaaa", blank), &ann(), now)
                .await,
        );
        assert!(
            message.starts_with("the alternative text is required"),
            "{message}"
        );
    }

    // A megabyte of text where the alternative text belongs.
    let megabyte = "a picture ".repeat(100_000);
    let message = refusal(
        store
            .add_media(&picture("aaaaaaaaaaaaaaaa", &megabyte), &ann(), now)
            .await,
    );
    assert_eq!(
        message,
        "the alternative text is 999,999 characters long; the longest accepted is 1,000"
    );
    // Characters, not bytes: 1,000 Cyrillic letters are accepted.
    let cyrillic = "Ж".repeat(1_000);
    let ok = store
        .add_media(&picture("bbbbbbbbbbbbbbbb", &cyrillic), &ann(), now)
        .await
        .expect("1,000 characters");
    assert_eq!(ok.description.alt.chars().count(), 1_000);

    let mut long_caption = picture("cccccccccccccccc", "A picture");
    long_caption.description.caption = "x".repeat(2_001);
    assert!(
        refusal(store.add_media(&long_caption, &ann(), now).await)
            .starts_with("the caption is 2,001 characters long")
    );
    let mut long_credit = picture("cccccccccccccccc", "A picture");
    long_credit.description.credit = "x".repeat(301);
    assert!(
        refusal(store.add_media(&long_credit, &ann(), now).await)
            .starts_with("the credit is 301 characters long; the longest accepted is 300")
    );
    for (x, y) in [(1.5, 0.5), (0.5, -0.1), (f64::NAN, 0.5)] {
        let mut outside = picture("cccccccccccccccc", "A picture");
        outside.description.focal_x = x;
        outside.description.focal_y = y;
        assert!(refusal(store.add_media(&outside, &ann(), now).await).contains("focal point"));
    }
    let mut no_files = picture("cccccccccccccccc", "A picture");
    no_files.format = "gif".to_owned();
    refusal(store.add_media(&no_files, &ann(), now).await);

    // Only the acceptable one was stored; an update is held to the same rules.
    let (all, total) = store.list_media("", 0, 50).await.expect("list");
    assert_eq!((all.len(), total), (1, 1));
    assert!(
        refusal(
            store
                .update_media(ok.id, &description(" "), &ann(), now)
                .await
        )
        .starts_with("the alternative text is required")
    );
    assert!(matches!(
        store
            .update_media(MediaId(999), &description("A picture"), &ann(), now)
            .await,
        Err(StoreError::NotFound)
    ));
}

async fn an_item_has_one_lead_picture_replaced_not_duplicated(fixture: Fixture) {
    let store = fixture.store.clone();
    let now = at("2026-02-01T10:00:00Z");
    let first = item(&store, "First").await;
    let second = item(&store, "Second").await;
    let third = item(&store, "Third").await;
    let a = store
        .add_media(&picture("aaaaaaaaaaaaaaaa", "A"), &ann(), now)
        .await
        .expect("a");
    let b = store
        .add_media(&picture("bbbbbbbbbbbbbbbb", "B"), &ann(), now)
        .await
        .expect("b");

    store
        .set_lead_image(first, Some(a.id), &ann(), now)
        .await
        .expect("lead a");
    store
        .set_lead_image(first, Some(b.id), &ann(), now)
        .await
        .expect("lead b");
    let shown = store.item_media(first).await.expect("media");
    assert_eq!(shown.len(), 1);
    assert_eq!(shown[0].0, MediaRole::Lead);
    assert_eq!(shown[0].1.id, b.id);
    // Through attach_media too: still one lead.
    store
        .attach_media(first, a.id, MediaRole::Lead, 3, &ann(), now)
        .await
        .expect("lead a again");
    let shown = store.item_media(first).await.expect("media");
    assert_eq!(
        shown.iter().map(|(r, m)| (*r, m.id)).collect::<Vec<_>>(),
        [(MediaRole::Lead, a.id)]
    );

    store
        .set_lead_image(second, Some(b.id), &ann(), now)
        .await
        .expect("lead of second");
    let leads = store
        .lead_images(&[first, second, third, ItemId(999)])
        .await
        .expect("leads");
    assert_eq!(leads.len(), 2);
    assert_eq!(leads[&first].id, a.id);
    assert_eq!(leads[&second].id, b.id);
    assert!(store.lead_images(&[]).await.expect("none").is_empty());

    store
        .set_lead_image(first, None, &ann(), now)
        .await
        .expect("no lead");
    assert!(store.item_media(first).await.expect("media").is_empty());

    // Unknown items and pictures.
    assert!(matches!(
        store
            .set_lead_image(ItemId(999), Some(a.id), &ann(), now)
            .await,
        Err(StoreError::NotFound)
    ));
    assert!(matches!(
        store
            .set_lead_image(second, Some(MediaId(999)), &ann(), now)
            .await,
        Err(StoreError::NotFound)
    ));
    // The failed change left the second item's lead picture in place.
    assert_eq!(
        store.lead_images(&[second]).await.expect("leads")[&second].id,
        b.id
    );
}

async fn the_items_that_show_a_picture_are_known(fixture: Fixture) {
    let store = fixture.store.clone();
    let now = at("2026-02-01T10:00:00Z");
    let first = item(&store, "First").await;
    let second = item(&store, "Second").await;
    let a = store
        .add_media(&picture("aaaaaaaaaaaaaaaa", "A"), &ann(), now)
        .await
        .expect("a");
    let b = store
        .add_media(&picture("bbbbbbbbbbbbbbbb", "B"), &ann(), now)
        .await
        .expect("b");
    let c = store
        .add_media(&picture("cccccccccccccccc", "C"), &ann(), now)
        .await
        .expect("c");
    assert!(
        store
            .items_using_media(a.id)
            .await
            .expect("none")
            .is_empty()
    );

    store
        .attach_media(second, a.id, MediaRole::Body, 0, &ann(), now)
        .await
        .expect("body");
    store
        .set_lead_image(first, Some(a.id), &ann(), now)
        .await
        .expect("lead");
    store
        .attach_media(first, a.id, MediaRole::Body, 2, &ann(), now)
        .await
        .expect("body too");
    store
        .attach_media(first, b.id, MediaRole::Body, 1, &ann(), now)
        .await
        .expect("body b");
    store
        .attach_media(first, c.id, MediaRole::Attachment, 0, &ann(), now)
        .await
        .expect("attachment");
    assert_eq!(
        store.items_using_media(a.id).await.expect("items"),
        [first, second]
    );
    assert_eq!(store.items_using_media(b.id).await.expect("items"), [first]);

    // Lead first, then the body in its order, then attachments.
    let shown: Vec<(MediaRole, MediaId)> = store
        .item_media(first)
        .await
        .expect("media")
        .into_iter()
        .map(|(r, m)| (r, m.id))
        .collect();
    assert_eq!(
        shown,
        [
            (MediaRole::Lead, a.id),
            (MediaRole::Body, b.id),
            (MediaRole::Body, a.id),
            (MediaRole::Attachment, c.id),
        ]
    );
    // Attached again: moved, not duplicated.
    store
        .attach_media(first, a.id, MediaRole::Body, 0, &ann(), now)
        .await
        .expect("moved");
    let body: Vec<MediaId> = store
        .item_media(first)
        .await
        .expect("media")
        .into_iter()
        .filter(|(r, _)| *r == MediaRole::Body)
        .map(|(_, m)| m.id)
        .collect();
    assert_eq!(body, [a.id, b.id]);

    assert!(
        store
            .detach_media(second, a.id, MediaRole::Body, &ann(), now)
            .await
            .expect("detached")
    );
    assert!(
        !store
            .detach_media(second, a.id, MediaRole::Body, &ann(), now)
            .await
            .expect("not there")
    );
    assert_eq!(store.items_using_media(a.id).await.expect("items"), [first]);
    assert!(matches!(
        store
            .attach_media(ItemId(999), a.id, MediaRole::Body, 0, &ann(), now)
            .await,
        Err(StoreError::NotFound)
    ));
}

async fn the_library_is_searched_newest_first(fixture: Fixture) {
    let store = fixture.store.clone();
    let entries = [
        (
            "1111111111111111",
            "Observers at a polling station",
            "OSCE/ODIHR",
            "2026-01-01T10:00:00Z",
        ),
        (
            "2222222222222222",
            "The Chairperson in Vienna",
            "OSCE/Micky Kroell",
            "2026-01-02T10:00:00Z",
        ),
        (
            "3333333333333333",
            "Наблюдатели в Вене",
            "ОБСЕ",
            "2026-01-03T10:00:00Z",
        ),
        (
            "4444444444444444",
            "A 100% renewable_energy plant",
            "OSCE",
            "2026-01-04T10:00:00Z",
        ),
    ];
    let mut ids = Vec::new();
    for (hash, alt, credit, when) in entries {
        let mut new = picture(hash, alt);
        new.description.credit = credit.to_owned();
        ids.push(
            store
                .add_media(&new, &ann(), at(when))
                .await
                .expect("added")
                .id,
        );
    }
    let found = |records: Vec<communique_store::MediaRecord>| -> Vec<MediaId> {
        records.into_iter().map(|m| m.id).collect()
    };

    let (all, total) = store.list_media("", 0, 50).await.expect("all");
    assert_eq!(total, 4);
    assert_eq!(found(all), [ids[3], ids[2], ids[1], ids[0]]);
    let (page, total) = store.list_media("  ", 1, 2).await.expect("page");
    assert_eq!((found(page), total), (vec![ids[2], ids[1]], 4));

    let (hits, total) = store.list_media("VIENNA", 0, 50).await.expect("case");
    assert_eq!((found(hits), total), (vec![ids[1]], 1));
    let (hits, _) = store.list_media("вене", 0, 50).await.expect("cyrillic");
    assert_eq!(found(hits), [ids[2]]);
    let (hits, _) = store
        .list_media("ОБСЕ наблюдатели", 0, 50)
        .await
        .expect("words");
    assert_eq!(found(hits), [ids[2]]);
    // Every word must match (in the alternative text or the credit).
    let (hits, _) = store.list_media("osce kroell", 0, 50).await.expect("and");
    assert_eq!(found(hits), [ids[1]]);
    // Wildcards are taken literally.
    let (hits, _) = store.list_media("100%", 0, 50).await.expect("percent");
    assert_eq!(found(hits), [ids[3]]);
    let (hits, total) = store.list_media("_", 0, 50).await.expect("underscore");
    assert_eq!((found(hits), total), (vec![ids[3]], 1));
    let (hits, total) = store.list_media("nothing", 0, 50).await.expect("none");
    assert_eq!((hits.len(), total), (0, 0));
}

async fn an_updated_description_is_announced_for_the_items_that_show_it(fixture: Fixture) {
    let store = fixture.store.clone();
    let now = at("2026-02-01T10:00:00Z");
    let shown_in = item(&store, "Shows it").await;
    let _other = item(&store, "Does not").await;
    let a = store
        .add_media(&picture("aaaaaaaaaaaaaaaa", "Old words"), &ann(), now)
        .await
        .expect("a");
    store
        .attach_media(shown_in, a.id, MediaRole::Body, 0, &ann(), now)
        .await
        .expect("body");

    let before = store.change_counter().await.expect("counter");
    let later = at("2026-02-03T10:00:00Z");
    let mut words = description("New words");
    words.language = LanguageCode::parse("fr").expect("lang");
    words.caption = "Une légende".to_owned();
    words.focal_y = 0.2;
    let updated = store
        .update_media(a.id, &words, &ann(), later)
        .await
        .expect("updated");
    assert_eq!(updated.description, words);
    assert_eq!(updated.updated_at, later);
    assert_eq!(updated.uploaded_at, now);
    assert_eq!(updated.variants, a.variants);
    let after = store.change_counter().await.expect("counter");
    assert_eq!(
        store.changed_items(before, after).await.expect("changes"),
        [shown_in]
    );
    let (hits, _) = store.list_media("légende", 0, 50).await.expect("search");
    assert_eq!(hits.len(), 1, "the search sees the new words");
    let (hits, _) = store.list_media("old", 0, 50).await.expect("search");
    assert!(hits.is_empty());
}

on_both_backends!(
    a_picture_is_stored_once_and_found_by_any_of_its_keys,
    the_alternative_text_is_required_and_texts_have_a_sane_length,
    an_item_has_one_lead_picture_replaced_not_duplicated,
    the_items_that_show_a_picture_are_known,
    the_library_is_searched_newest_first,
    an_updated_description_is_announced_for_the_items_that_show_it,
);
