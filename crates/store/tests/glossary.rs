//! Stored abbreviations: added once per language, never overwritten, seen through the outbox.

mod common;
use common::Fixture;

use communique_store::StoredAbbreviation;
use jiff::Timestamp;
use model::site::GlossaryEntry;

fn abbr(language: &str, abbr: &str, expansion: &str) -> StoredAbbreviation {
    StoredAbbreviation {
        language: language.to_owned(),
        entry: GlossaryEntry {
            abbr: abbr.to_owned(),
            expansion: expansion.to_owned(),
        },
        origin: "import: page.txt".to_owned(),
        added_at: "2024-01-01T10:00:00Z".parse().expect("instant"),
    }
}

async fn abbreviations_are_added_once_and_keep_their_first_expansion(fixture: Fixture) {
    let store = fixture.store.clone();
    let now = Timestamp::UNIX_EPOCH;
    assert!(store.glossary().await.expect("read").is_empty());
    let before = store.change_counter().await.expect("counter");

    let first = [
        abbr("en", "NGO", "non-governmental organization"),
        abbr("ru", "НПО", "неправительственная организация"),
    ];
    assert_eq!(store.add_to_glossary(&first, now).await.expect("add"), 2);
    let after = store.change_counter().await.expect("counter");
    assert_eq!(after, before + 1, "one change for the batch");
    assert!(
        store
            .changed_items(before, after)
            .await
            .expect("changes")
            .is_empty(),
        "the change touches no item"
    );

    // Again, and with another expansion: nothing changes.
    let again = [
        abbr("en", "NGO", "something else"),
        abbr("ru", "НПО", "неправительственная организация"),
    ];
    assert_eq!(store.add_to_glossary(&again, now).await.expect("add"), 0);
    assert_eq!(store.change_counter().await.expect("counter"), after);

    let all = store.glossary().await.expect("read");
    assert_eq!(all, first.to_vec());
    // SQL metacharacters are stored verbatim.
    let odd = [abbr("fr", "O'NG; --", "l'« organisation »")];
    assert_eq!(store.add_to_glossary(&odd, now).await.expect("add"), 1);
    assert!(store.glossary().await.expect("read").contains(&odd[0]));
}

on_both_backends!(abbreviations_are_added_once_and_keep_their_first_expansion,);
