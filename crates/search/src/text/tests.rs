use model::ItemId;

use super::*;

fn doc(id: i64, lang: &str, title: &str, text: &str, names: &[&str]) -> TextDoc {
    TextDoc {
        id: ItemId(id),
        language: lang.into(),
        title: title.into(),
        summary: String::new(),
        body: text.into(),
        names: Names {
            sources: names.iter().map(|s| (*s).to_owned()).collect(),
            ..Names::default()
        },
    }
}

fn ids(m: &Matches) -> Vec<i64> {
    let mut v: Vec<i64> = m.iter().map(|(id, _)| id.0).collect();
    v.sort();
    v
}

#[test]
fn hostile_queries_get_an_error_or_an_answer_never_a_crash() {
    let dir = tempfile::tempdir().expect("dir");
    let (idx, _) = TextIndex::open(dir.path()).expect("open");
    idx.rebuild(
        vec![doc(1, "en", "Police training", "", &[])].into_iter(),
        1,
        0,
    )
    .expect("rebuild");
    let run = |q: &str| idx.parse(q, false).and_then(|q| idx.matches(q.as_ref()));
    // Whitespace outside ASCII before the last word.
    assert!(run("a\u{a0}b").is_ok());
    assert!(run("police\u{2003}trai*").is_ok());
    assert_eq!(ids(&run("police\u{3000}trai*").expect("runs")), vec![1]);
    // Deep brackets are refused before the parser sees them.
    for q in [
        "(".repeat(999) + "a",
        "title:(".repeat(125),
        format!("{}police{}", "(".repeat(17), ")".repeat(17)),
    ] {
        match run(&q) {
            Err(TextError::Query(m)) => assert!(m.contains("at most 16 levels"), "{m}"),
            other => panic!("{}…: {other:?}", &q[..20]),
        }
    }
    let ok = format!("{}police{}", "(".repeat(16), ")".repeat(16));
    assert_eq!(ids(&run(&ok).expect("runs")), vec![1]);
    assert!(
        run("\"((((((((((((((((((((\" police").is_ok(),
        "brackets inside quotes"
    );
    // A very long beginning is an ordinary (unindexable) word, not a huge pattern.
    assert!(run(&format!("{}*", "a".repeat(990))).is_ok());
    assert!(run(&format!("{}*", "é".repeat(499))).is_ok());
    assert!(run(&format!("{}*", "漢".repeat(333))).is_ok());
    // Long chains of operators.
    assert!(run(&format!("{}a", "-".repeat(999))).is_ok());
    assert!(run(&"NOT ".repeat(250)).is_ok());
    // What the engine could not run is refused with a message or read as words, never
    // an internal error.
    for q in [
        "title:*",
        "-title:*",
        "police -title:*",
        "body:*",
        "text:*",
        "names:*",
        "source:*",
        "spell:*",
        "title_en:*",
        "id:*",
        "*",
        "title:[a TO z]",
        "title:{a TO *}",
        "title:[* TO *]",
        "id:[1 TO 5]",
        "id:[a TO b]",
        "title: IN [police training]",
        "title:/pol.*/",
        "title:\"police training\"~2",
        "title:police^3",
        "nosuchfield:police",
        "title:",
        ":police",
        "title:(police OR *)",
        "(title:*)",
        "title:police*",
    ] {
        match run(q) {
            Ok(_) => {}
            Err(TextError::Query(m)) => assert!(!m.is_empty(), "{q}"),
            Err(e) => panic!("{q}: {e}"),
        }
    }
    match run("title:*") {
        Err(TextError::Query(m)) => assert!(m.contains("title:"), "{m}"),
        other => panic!("title:* {other:?}"),
    }
}

#[test]
fn suggests_known_words_for_misspelled_ones() {
    let dir = tempfile::tempdir().expect("dir");
    let (idx, _) = TextIndex::open(dir.path()).expect("open");
    idx.rebuild(
        vec![
            doc(
                1,
                "en",
                "Election observers deployed",
                "",
                &["OSCE Office in Minsk"],
            ),
            doc(2, "en", "Elections in Georgia", "", &[]),
            doc(3, "en", "Electing a new board", "", &[]),
            doc(
                4,
                "ru",
                "Наблюдатели на выборах",
                "",
                &["Centre in Bishkek"],
            ),
            doc(
                5,
                "en",
                "Police training",
                "Trafficking in human beings.",
                &[],
            ),
        ]
        .into_iter(),
        1,
        0,
    )
    .expect("rebuild");
    assert_eq!(idx.suggest("electons"), Some("elections".into()));
    assert_eq!(
        idx.suggest("-polise title:obsevers"),
        Some("-police title:observers".into()),
        "signs and fields are kept"
    );
    assert_eq!(
        idx.suggest("наблюдатели выбарах"),
        Some("наблюдатели выборах".into())
    );
    assert_eq!(idx.suggest("bishkec"), Some("bishkek".into()), "names");
    assert_eq!(idx.suggest("elections police"), None, "known words");
    assert_eq!(idx.suggest("observing"), None, "a stem of a known word");
    assert_eq!(idx.suggest("trafficking"), None, "a body word");
    assert_eq!(idx.suggest("the"), None, "a stop word");
    assert_eq!(idx.suggest("zzzzzzzz"), None, "nothing close");
    assert_eq!(
        idx.suggest("elections OR polise"),
        Some("elections OR police".into())
    );
}

#[test]
fn stems_per_language_and_finds_names() {
    let dir = tempfile::tempdir().expect("dir");
    let (idx, meta) = TextIndex::open(dir.path()).expect("open");
    assert!(meta.is_none(), "a new index must be built");
    idx.rebuild(
        vec![
            doc(
                1,
                "en",
                "Election observers deployed",
                "The mission observed the elections.",
                &["OSCE Office in Minsk"],
            ),
            doc(
                2,
                "ru",
                "Наблюдатели на выборах",
                "Миссия наблюдала за выборами в стране.",
                &["Centre in Bishkek", "Programme Office in Bishkek"],
            ),
            doc(
                3,
                "en",
                "Police training",
                "Training for police officers.",
                &[],
            ),
        ]
        .into_iter(),
        7,
        0,
    )
    .expect("rebuild");
    let m = |q: &str| {
        ids(&idx
            .matches(idx.parse(q, false).expect("parse").as_ref())
            .expect("search"))
    };
    assert_eq!(m("observing"), vec![1], "English stemming");
    assert_eq!(m("выборы"), vec![2], "Russian stemming");
    assert_eq!(
        m("\"centre in bishkek\""),
        vec![2],
        "former names are searchable"
    );
    assert_eq!(m("police OR elections"), vec![1, 3]);
    assert_eq!(m("police -training"), Vec::<i64>::new());
    assert_eq!(m("title:police"), vec![3]);
    assert_eq!(m("observ*"), vec![1], "search as you type");
    assert_eq!(m("police trai*"), vec![3]);
    assert_eq!(m("выбо*"), vec![2]);
    assert_eq!(
        m("electi*"),
        vec![1],
        "a beginning longer than the indexed stem"
    );
    assert_eq!(
        m("a*"),
        Vec::<i64>::new(),
        "a one-letter beginning is an ordinary word"
    );
    // Beginnings with operators, signs and fields, as the words before them.
    assert_eq!(m("police OR electi*"), vec![1, 3], "OR joins the beginning");
    assert_eq!(m("police electi*"), Vec::<i64>::new(), "both are required");
    assert_eq!(m("police AND trai*"), vec![3]);
    assert_eq!(m("training -polic*"), Vec::<i64>::new(), "a sign excludes");
    assert_eq!(m("observers NOT trai*"), vec![1]);
    assert_eq!(m("observers -trai*"), vec![1]);
    assert_eq!(m("title:trai*"), vec![3], "a field narrows the beginning");
    assert_eq!(
        m("title:missio*"),
        Vec::<i64>::new(),
        "a body word, not a title"
    );
    assert_eq!(m("missio*"), vec![1]);
    assert_eq!(m("body:offic*"), vec![3]);
    assert_eq!(m("source:minsk*"), vec![1]);
    assert_eq!(m("nosuchfield:trai*"), Vec::<i64>::new());
    let within = |q: &str, w: SearchIn| {
        ids(&idx
            .matches(idx.parse_in(q, false, w).expect("parse").as_ref())
            .expect("search"))
    };
    let titles = SearchIn {
        title: true,
        ..SearchIn::NONE
    };
    let names = SearchIn {
        sources: true,
        ..SearchIn::NONE
    };
    let countries = SearchIn {
        countries: true,
        ..SearchIn::NONE
    };
    let bodies = SearchIn {
        body: true,
        ..SearchIn::NONE
    };
    assert_eq!(within("training", titles), vec![3]);
    assert_eq!(within("mission", titles), Vec::<i64>::new());
    assert_eq!(within("minsk", names), vec![1]);
    assert_eq!(within("minsk", titles), Vec::<i64>::new());
    assert_eq!(
        within("minsk", countries),
        Vec::<i64>::new(),
        "a source, not a country"
    );
    assert_eq!(within("officers", bodies), vec![3]);
    assert_eq!(
        within("deployed", bodies),
        Vec::<i64>::new(),
        "a title word"
    );
    assert_eq!(m("source:minsk"), vec![1]);
    assert_eq!(m("country:minsk"), Vec::<i64>::new());
    assert_eq!(m("body:officers"), vec![3]);
    assert_eq!(m("text:officers"), vec![3]);
    assert_eq!(m("police -body:officers"), Vec::<i64>::new());
    assert!(idx.parse_in("x", false, SearchIn::NONE).is_err());
    assert_eq!(idx.meta().map(|m| m.applied), Some(7));

    idx.apply(
        &[ItemId(3)],
        &[doc(1, "en", "Updated title", "Nothing about votes.", &[])],
        8,
        0,
    )
    .expect("apply");
    assert_eq!(m("police"), Vec::<i64>::new(), "removed items are gone");
    assert_eq!(
        m("observing"),
        Vec::<i64>::new(),
        "edited items are re-indexed"
    );
    assert_eq!(m("updated"), vec![1]);
    assert!(
        idx.snippet(
            idx.parse("votes", false).expect("q").as_ref(),
            "en",
            "Nothing about votes."
        )
        .contains("<b>votes</b>")
    );
}

#[test]
fn reopening_keeps_a_compatible_index() {
    let dir = tempfile::tempdir().expect("dir");
    {
        let (idx, _) = TextIndex::open(dir.path()).expect("open");
        idx.rebuild(vec![doc(1, "en", "a", "b", &[])].into_iter(), 3, 0)
            .expect("rebuild");
    }
    let (idx, meta) = TextIndex::open(dir.path()).expect("reopen");
    assert_eq!(meta.map(|m| m.applied), Some(3));
    assert_eq!(idx.num_docs(), 1);
}

/// A writer that failed (here: asked to merge a segment that does not exist; in
/// production, an I/O error such as running out of files) is not used again: the next
/// operation opens a new one from the last commit.
#[test]
fn a_failed_writer_is_replaced() {
    let dir = tempfile::tempdir().expect("dir");
    let (idx, _) = TextIndex::open(dir.path()).expect("open");
    idx.rebuild(
        vec![doc(1, "en", "Police training", "", &[])].into_iter(),
        1,
        0,
    )
    .expect("rebuild");
    idx.add(&[], &[doc(2, "en", "Queued then lost", "", &[])])
        .expect("queued");
    let failed = idx.with_writer(|w| {
        w.merge(&[tantivy::index::SegmentId::generate_random()])
            .wait()
    });
    assert!(failed.is_err());
    idx.add(&[], &[doc(3, "en", "Election observers", "", &[])])
        .expect("a new writer takes it");
    idx.commit(2, 0).expect("commit");
    let m = |q: &str| {
        ids(&idx
            .matches(idx.parse(q, false).expect("q").as_ref())
            .expect("search"))
    };
    assert_eq!(m("observers"), vec![3]);
    assert_eq!(m("police"), vec![1]);
    assert_eq!(
        m("lost"),
        Vec::<i64>::new(),
        "what the failed writer queued is gone"
    );
}

#[test]
fn a_second_writer_is_refused() {
    let dir = tempfile::tempdir().expect("dir");
    let _first = TextIndex::open(dir.path()).expect("open");
    assert!(matches!(
        TextIndex::open(dir.path()),
        Err(TextError::Locked)
    ));
}

#[test]
fn matches_without_scores_and_scores_of_a_page_agree_with_scored_matches() {
    let dir = tempfile::tempdir().expect("dir");
    let (idx, _) = TextIndex::open(dir.path()).expect("open");
    idx.rebuild(
        vec![
            doc(
                1,
                "en",
                "Police training in Minsk",
                "Police officers trained",
                &[],
            ),
            doc(2, "en", "Elections observed", "The police kept order", &[]),
            doc(3, "ru", "Выборы", "полиция", &["odihr"]),
        ]
        .into_iter(),
        1,
        0,
    )
    .expect("rebuild");
    // A second segment, and an item replaced (its old document deleted in the first).
    idx.add(
        &[ItemId(2)],
        &[
            doc(
                2,
                "en",
                "Elections observed again",
                "Police and elections",
                &[],
            ),
            doc(4, "en", "Border police", "police police police", &["odihr"]),
            doc(5, "en", "Youth forum", "Young people met", &[]),
        ],
    )
    .expect("add");
    idx.commit(2, 0).expect("commit");
    for q in [
        "police",
        "police elections",
        "police -elections",
        "police border -minsk",
        "odihr",
        "youth",
        "nothing-like-this",
    ] {
        let parsed = idx.parse(q, false).expect("parses");
        let scored = idx.matches(parsed.as_ref()).expect("runs");
        let plain = idx.matching(parsed.as_ref(), false).expect("runs");
        assert_eq!(ids(&plain), ids(&scored), "{q}");
        assert!(plain.iter().all(|(_, s)| *s == 0.0), "{q}: no scores");
        // Any page of ids, in any order, with an item that does not match and one the
        // index does not hold.
        let mut page: Vec<ItemId> = scored.iter().map(|(id, _)| *id).rev().collect();
        page.extend([ItemId(99), ItemId(5)]);
        let scores = idx.scores_of(parsed.as_ref(), &page).expect("scores");
        for (id, score) in page.iter().zip(&scores) {
            let want = scored
                .iter()
                .find(|(i, _)| i == id)
                .map_or(0.0, |(_, s)| *s);
            assert_eq!(*score, want, "{q}: item {}", id.0);
        }
        if q == "police" {
            assert_eq!(ids(&scored), vec![1, 2, 4], "the replaced item once");
            assert!(scores.iter().filter(|s| **s > 0.0).count() == 3);
        }
    }
}

#[test]
fn the_best_matches_equal_a_full_sort_of_every_scored_match() {
    let dir = tempfile::tempdir().expect("dir");
    let (idx, _) = TextIndex::open(dir.path()).expect("open");
    // Enough documents for several blocks of postings, with scores that repeat (ties).
    let docs: Vec<TextDoc> = (1..=600)
        .map(|i| {
            let words = "police ".repeat(1 + (i % 7) as usize);
            let title = if i % 50 == 0 {
                "Police report"
            } else {
                "Report"
            };
            doc(i, "en", title, &format!("{words} training {}", i % 13), &[])
        })
        .collect();
    idx.rebuild(docs.into_iter(), 1, 0).expect("rebuild");
    idx.add(
        &[ItemId(7)],
        &[doc(7, "en", "Police", "police police", &[])],
    )
    .expect("add");
    idx.commit(2, 0).expect("commit");
    for q in ["police", "police training", "report"] {
        let parsed = idx.parse(q, false).expect("parses");
        let all = idx.matches(parsed.as_ref()).expect("runs");
        // Only even ids are accepted; the rank is the id reversed (newer first).
        let rank = |id: ItemId| (id.0 % 2 == 0).then(|| 10_000 - id.0 as u32);
        let mut want: Vec<(ItemId, f32, u32)> = all
            .iter()
            .filter_map(|(id, s)| Some((*id, *s, rank(*id)?)))
            .collect();
        want.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.2.cmp(&b.2)));
        for k in [1, 5, 20, 1000] {
            let got = idx.best(parsed.as_ref(), k, &rank).expect("best");
            let expected: Vec<(ItemId, f32)> =
                want.iter().take(k).map(|(id, s, _)| (*id, *s)).collect();
            assert_eq!(got, expected, "{q}, k = {k}");
        }
    }
}
