//! Translations made in the workspace: made from an original's revision, outdated when the
//! original's text changes after it, up to date again when a translator says so; and the
//! recent public items that lack a language.

mod common;
use common::Fixture;

use communique_store::{Actor, TranslationError};
use jiff::Timestamp;
use model::{ItemId, ItemStatus, LanguageCode, NewItem, Slug};

fn item(title: &str, language: &str, source: &str) -> NewItem {
    NewItem {
        external_id: None,
        item_type: Slug::parse("news").expect("slug"),
        language: LanguageCode::parse(language).expect("lang"),
        translation_of: None,
        title: title.to_owned(),
        summary: "Summary.".to_owned(),
        body_html: "<p>The first text.</p>".to_owned(),
        place: "Vienna".to_owned(),
        time_zone: "Europe/Vienna".to_owned(),
        published_at: "2026-01-05T09:00:00Z".parse().expect("instant"),
        status: ItemStatus::Published,
        embargo_until: None,
        sources: vec![Slug::parse(source).expect("slug")],
        fields_of_work: vec![],
        countries: vec![],
        meetings: vec![],
        is_demo: false,
    }
}

fn person(name: &str) -> Actor {
    Actor {
        user_id: None,
        name: name.to_owned(),
        address: "192.0.2.9".to_owned(),
    }
}

fn at(s: &str) -> Timestamp {
    s.parse().expect("instant")
}

/// A draft copy of `original` in `language`, as the workspace makes it.
fn draft_in(original: &NewItem, language: &str) -> NewItem {
    let mut t = original.clone();
    t.language = LanguageCode::parse(language).expect("lang");
    t.status = ItemStatus::Draft;
    t
}

async fn a_translation_is_outdated_when_the_original_text_changes_and_current_when_marked(
    fixture: Fixture,
) {
    let store = fixture.store.clone();
    let ann = person("ann@example.org");
    let original = item("Talks in Vienna", "en", "secretariat");
    let en = store
        .create_item(&original, &ann, at("2026-01-05T08:00:00Z"))
        .await
        .expect("created");

    // A revision that changes no text (a new date) is a revision all the same.
    let mut later = original.clone();
    later.published_at = at("2026-01-06T09:00:00Z");
    store
        .save_item(
            en.id,
            1,
            &later,
            &ann,
            "item.save",
            at("2026-01-05T08:10:00Z"),
        )
        .await
        .expect("saved");

    // Made from revision 1: refused, the text copied would not be revision 2's.
    let fr_draft = draft_in(&later, "fr");
    match store
        .create_translation(en.id, 1, &fr_draft, &ann, at("2026-01-05T08:20:00Z"))
        .await
    {
        Err(TranslationError::OriginalChanged { current }) => assert_eq!(current, 2),
        other => panic!("expected a changed original, got {other:?}"),
    }
    let fr = store
        .create_translation(en.id, 2, &fr_draft, &ann, at("2026-01-05T08:20:00Z"))
        .await
        .expect("translated");
    let made = store.item(fr.id).await.expect("read").expect("exists");
    let en_item = store.item(en.id).await.expect("read").expect("exists");
    assert_eq!(made.translation_group, en_item.translation_group);
    assert_eq!(made.data.status, ItemStatus::Draft);
    assert_eq!(made.data.language.as_str(), "fr");

    // The group already has French (and English, the original's own language).
    for language in ["fr", "en"] {
        match store
            .create_translation(
                en.id,
                2,
                &draft_in(&later, language),
                &ann,
                at("2026-01-05T08:30:00Z"),
            )
            .await
        {
            Err(TranslationError::LanguageTaken(id)) => {
                assert_eq!(id, if language == "fr" { fr.id } else { en.id });
            }
            other => panic!("{language}: expected a taken language, got {other:?}"),
        }
    }

    let source = store
        .translation_source(fr.id)
        .await
        .expect("read")
        .expect("a translation");
    assert_eq!(
        (source.original, source.revision, source.current),
        (en.id, 2, 2)
    );
    assert!(!source.outdated);
    assert_eq!(source.checked_by, "ann@example.org");
    assert!(
        store
            .translation_source(en.id)
            .await
            .expect("read")
            .is_none()
    );

    // Archiving the original is a new revision with the same text: still up to date.
    let mut moved = later.clone();
    moved.status = ItemStatus::Archived;
    store
        .save_item(
            en.id,
            2,
            &moved,
            &ann,
            "item.archive",
            at("2026-01-05T09:00:00Z"),
        )
        .await
        .expect("saved");
    let source = store
        .translation_source(fr.id)
        .await
        .expect("read")
        .expect("some");
    assert_eq!(source.current, 3);
    assert!(
        !source.outdated,
        "a workflow move leaves nothing to translate"
    );
    assert!(
        store
            .outdated_translations(None, 10)
            .await
            .expect("list")
            .is_empty()
    );

    // The original's body changes: the translation is outdated.
    let mut changed = moved.clone();
    changed.body_html = "<p>The second text.</p>".to_owned();
    store
        .save_item(
            en.id,
            3,
            &changed,
            &ann,
            "item.save",
            at("2026-01-05T10:00:00Z"),
        )
        .await
        .expect("saved");
    let source = store
        .translation_source(fr.id)
        .await
        .expect("read")
        .expect("some");
    assert!(source.outdated);
    assert_eq!((source.revision, source.current), (2, 4));
    let outdated = store.outdated_translations(None, 10).await.expect("list");
    assert_eq!(outdated.len(), 1);
    assert_eq!(outdated[0].id, fr.id);
    assert_eq!(outdated[0].original, en.id);
    assert_eq!(outdated[0].original_title, "Talks in Vienna");
    assert_eq!((outdated[0].revision, outdated[0].current), (2, 4));
    // Limited to the translations of some structures.
    let theirs = ["secretariat".to_owned()];
    let others = ["mission-to-serbia".to_owned()];
    assert_eq!(
        store
            .outdated_translations(Some(&theirs), 10)
            .await
            .expect("list")
            .len(),
        1
    );
    assert!(
        store
            .outdated_translations(Some(&others), 10)
            .await
            .expect("list")
            .is_empty()
    );
    assert!(
        store
            .outdated_translations(Some(&[]), 10)
            .await
            .expect("list")
            .is_empty()
    );

    // Saving the translation does not say it matches the new text.
    let mut edited = draft_in(&changed, "fr");
    edited.title = "Pourparlers à Vienne".to_owned();
    edited.translation_of = Some(en.id);
    store
        .save_item(
            fr.id,
            1,
            &edited,
            &ann,
            "item.save",
            at("2026-01-05T10:30:00Z"),
        )
        .await
        .expect("saved");
    assert!(
        store
            .translation_source(fr.id)
            .await
            .expect("read")
            .expect("some")
            .outdated
    );

    // Marking it against a revision that is not the original's current one is refused.
    let bob = person("bob@example.org");
    match store
        .mark_translation_current(fr.id, 3, &bob, at("2026-01-05T11:00:00Z"))
        .await
    {
        Err(TranslationError::OriginalChanged { current }) => assert_eq!(current, 4),
        other => panic!("expected a changed original, got {other:?}"),
    }
    assert!(matches!(
        store
            .mark_translation_current(en.id, 4, &bob, at("2026-01-05T11:00:00Z"))
            .await,
        Err(TranslationError::Store(
            communique_store::StoreError::NotFound
        ))
    ));
    let marked = store
        .mark_translation_current(fr.id, 4, &bob, at("2026-01-05T11:00:00Z"))
        .await
        .expect("marked");
    assert_eq!(marked, en.id);
    let source = store
        .translation_source(fr.id)
        .await
        .expect("read")
        .expect("some");
    assert_eq!(
        (source.revision, source.current, source.outdated),
        (4, 4, false)
    );
    assert_eq!(source.checked_by, "bob@example.org");
    assert!(
        store
            .outdated_translations(None, 10)
            .await
            .expect("list")
            .is_empty()
    );

    let log = store.audit_log(None, 10).await.expect("log");
    let actions: Vec<&str> = log.iter().map(|e| e.action.as_str()).collect();
    assert_eq!(actions[0], "item.translation-up-to-date");
    assert!(actions.contains(&"item.translate"));
}

async fn recent_public_originals_lacking_a_language_are_counted_and_listed(fixture: Fixture) {
    let store = fixture.store.clone();
    let ann = person("ann@example.org");
    let t = at("2026-01-05T08:00:00Z");
    let now = at("2026-03-01T12:00:00Z");
    let since = at("2026-01-01T00:00:00Z");
    let mut ids: Vec<ItemId> = Vec::new();
    for (title, source, status, published) in [
        (
            "Serbian news",
            "mission-to-serbia",
            ItemStatus::Published,
            "2026-02-01T09:00:00Z",
        ),
        (
            "Vienna news",
            "secretariat",
            ItemStatus::Published,
            "2026-02-02T09:00:00Z",
        ),
        (
            "Old news",
            "secretariat",
            ItemStatus::Published,
            "2025-06-02T09:00:00Z",
        ),
        (
            "A draft",
            "secretariat",
            ItemStatus::Draft,
            "2026-02-03T09:00:00Z",
        ),
        (
            "Tomorrow",
            "secretariat",
            ItemStatus::Scheduled,
            "2026-03-02T09:00:00Z",
        ),
    ] {
        let mut i = item(title, "en", source);
        i.status = status;
        i.published_at = at(published);
        ids.push(store.create_item(&i, &ann, t).await.expect("created").id);
    }
    // Vienna news has a French version (a draft still counts: it is being translated).
    let vienna = store.item(ids[1]).await.expect("read").expect("some");
    store
        .create_translation(ids[1], 1, &draft_in(&vienna.data, "fr"), &ann, t)
        .await
        .expect("translated");

    let languages = vec!["en".to_owned(), "fr".to_owned(), "ru".to_owned()];
    let all = store
        .missing_translations(&languages, None, since, now, 10)
        .await
        .expect("missing");
    assert_eq!(
        all.counts,
        vec![
            ("en".to_owned(), 0),
            ("fr".to_owned(), 1),
            ("ru".to_owned(), 2)
        ]
    );
    let listed: Vec<(&str, Vec<&str>)> = all
        .recent
        .iter()
        .map(|m| {
            (
                m.title.as_str(),
                m.missing.iter().map(String::as_str).collect(),
            )
        })
        .collect();
    assert_eq!(
        listed,
        vec![
            ("Vienna news", vec!["ru"]),
            ("Serbian news", vec!["fr", "ru"])
        ],
        "newest first; drafts, scheduled and older items left out"
    );
    let limited = store
        .missing_translations(&languages, None, since, now, 1)
        .await
        .expect("missing");
    assert_eq!(limited.recent.len(), 1);
    assert_eq!(limited.counts, all.counts, "the counts are not limited");

    let serbia = ["mission-to-serbia".to_owned()];
    let theirs = store
        .missing_translations(&languages, Some(&serbia), since, now, 10)
        .await
        .expect("missing");
    assert_eq!(
        theirs.counts,
        vec![
            ("en".to_owned(), 0),
            ("fr".to_owned(), 1),
            ("ru".to_owned(), 1)
        ]
    );
    assert_eq!(theirs.recent.len(), 1);
    assert_eq!(theirs.recent[0].id, ids[0]);
    let none = store
        .missing_translations(&languages, Some(&[]), since, now, 10)
        .await
        .expect("missing");
    assert!(none.counts.is_empty() && none.recent.is_empty());
}

async fn a_translation_is_never_public_before_its_original(fixture: Fixture) {
    let store = fixture.store.clone();
    let ann = person("ann@example.org");
    let now = at("2026-01-05T08:00:00Z");
    // The original is embargoed until the 10th.
    let mut original = item("Talks in Vienna", "en", "secretariat");
    original.status = ItemStatus::Scheduled;
    original.embargo_until = Some(at("2026-01-10T09:00:00Z"));
    let en = store
        .create_item(&original, &ann, now)
        .await
        .expect("created");
    let ru = store
        .create_translation(en.id, 1, &draft_in(&original, "ru"), &ann, now)
        .await
        .expect("translated");

    // Publishing the translation at once would tell the news early: refused, nothing written.
    let mut published = draft_in(&original, "ru");
    published.status = ItemStatus::Published;
    published.embargo_until = None;
    let refused = store
        .save_item(ru.id, 1, &published, &ann, "item.publish", now)
        .await;
    match refused {
        Err(communique_store::SaveError::Store(communique_store::StoreError::Conflict(m))) => {
            assert!(m.contains("before its original"), "{m}")
        }
        other => panic!("expected a refusal, got {other:?}"),
    }
    let stored = store.item(ru.id).await.expect("read").expect("exists");
    assert_eq!(stored.data.status, ItemStatus::Draft);
    assert_eq!(stored.revision, 1);

    // Scheduled with the original (or later), it is accepted.
    published.status = ItemStatus::Scheduled;
    published.embargo_until = Some(at("2026-01-10T09:00:00Z"));
    store
        .save_item(ru.id, 1, &published, &ann, "item.schedule", now)
        .await
        .expect("scheduled with its original");

    // The original may not now move later, nor be withdrawn, past its translation.
    let mut later = original.clone();
    later.embargo_until = Some(at("2026-01-12T09:00:00Z"));
    let mut withdrawn = original.clone();
    withdrawn.status = ItemStatus::Draft;
    for change in [later, withdrawn] {
        match store
            .save_item(en.id, 1, &change, &ann, "item.save", now)
            .await
        {
            Err(communique_store::SaveError::Store(communique_store::StoreError::Conflict(m))) => {
                assert!(m.contains("(ru)"), "{m}")
            }
            other => panic!("expected a refusal, got {other:?}"),
        }
    }
    // Earlier is fine: the translation still follows it.
    let mut earlier = original.clone();
    earlier.embargo_until = Some(at("2026-01-08T09:00:00Z"));
    store
        .save_item(en.id, 1, &earlier, &ann, "item.save", now)
        .await
        .expect("the original may come earlier");
}

on_both_backends!(
    a_translation_is_outdated_when_the_original_text_changes_and_current_when_marked,
    recent_public_originals_lacking_a_language_are_counted_and_listed,
    a_translation_is_never_public_before_its_original,
);
