//! Changes administrators make to the organization: each one applies over the real site with
//! the history kept (old items keep the name they were published under), and each bad one is
//! refused with a reason, leaving the definition as it was.

use std::collections::BTreeMap;

use communique_model as model;
use jiff::civil::date;
use model::site::{NameKind, StructureKind};
use model::site_change::{SiteChange, TermTaxonomy};
use model::{HistDate, SiteDefinition, Slug};

mod common;
use common::load_real;

fn slug(s: &str) -> Slug {
    Slug::parse(s).expect("a valid slug")
}

fn day(s: &str) -> HistDate {
    HistDate::parse(s).expect("a valid date")
}

fn refused(site: &SiteDefinition, change: &SiteChange) -> String {
    match site.with_change(change) {
        Ok(_) => panic!("{change} should be refused"),
        Err(reason) => reason,
    }
}

fn applied(site: &SiteDefinition, change: &SiteChange) -> SiteDefinition {
    site.with_change(change)
        .unwrap_or_else(|e| panic!("{change} should apply: {e}"))
}

fn add_field(slug_: &str, name: &str) -> SiteChange {
    SiteChange::AddTerm {
        taxonomy: TermTaxonomy::FieldOfWork,
        slug: slug(slug_),
        name: name.into(),
        names: BTreeMap::from([("ru".to_owned(), "Климат и безопасность".to_owned())]),
    }
}

#[test]
fn a_new_field_of_work_is_known_by_slug_and_by_name_in_every_language() {
    let site = load_real();
    let before = site.fields.len();
    let next = applied(
        &site,
        &add_field("climate-security", "  Climate   and security "),
    );
    assert_eq!(next.fields.len(), before + 1);
    let field = next.field("climate-security").expect("the new field");
    assert_eq!(field.name, "Climate and security", "spacing is tidied");
    assert_eq!(field.name_in("ru"), "Климат и безопасность");
    assert_eq!(
        next.resolve_name(NameKind::FieldOfWork, "климат и безопасность"),
        Ok(slug("climate-security"))
    );
    assert!(
        site.field("climate-security").is_none(),
        "the original is untouched"
    );
}

#[test]
fn a_field_of_work_is_refused_when_its_slug_or_name_is_taken_or_its_name_is_bad() {
    let site = load_real();
    let dup = refused(&site, &add_field("elections", "Votes"));
    assert!(dup.contains("exists already"), "{dup}");
    let taken = refused(&site, &add_field("voting", "ELECTIONS"));
    assert!(
        taken.contains("already names the field of work 'elections'"),
        "{taken}"
    );
    let empty = refused(&site, &add_field("blank", "   "));
    assert!(empty.contains("empty"), "{empty}");
    let long = refused(&site, &add_field("long", &"x".repeat(201)));
    assert!(long.contains("longer than 200"), "{long}");
    let bad_language = SiteChange::AddTerm {
        taxonomy: TermTaxonomy::Meeting,
        slug: slug("new-series"),
        name: "New series".into(),
        names: BTreeMap::from([("xx".to_owned(), "Nouvelle".to_owned())]),
    };
    let lang = refused(&site, &bad_language);
    assert!(lang.contains("'xx'"), "{lang}");
}

#[test]
fn a_rename_keeps_the_old_name_for_items_dated_before_it() {
    let site = load_real();
    let rename = SiteChange::RenameStructure {
        slug: slug("presence-in-albania"),
        from: day("2027-01-01"),
        name: "Mission to Albania".into(),
        source: None,
        translations: BTreeMap::new(),
    };
    let next = applied(&site, &rename);
    let s = next
        .structure("presence-in-albania")
        .expect("the structure");
    assert_eq!(s.current_name().name, "Mission to Albania");
    assert_eq!(s.name_at(date(2026, 12, 31)).name, "Presence in Albania");
    assert_eq!(s.name_at(date(2027, 1, 1)).name, "Mission to Albania");
    let today = date(2027, 6, 1);
    assert_eq!(
        next.source_label(s, date(2020, 5, 1), today),
        "OSCE Presence in Albania"
    );
    assert_eq!(
        next.source_label(s, date(2027, 5, 1), today),
        "OSCE Mission to Albania"
    );
    // Both names find it.
    assert_eq!(
        next.find_structure_by_name("OSCE Mission to Albania")
            .map(|s| s.slug.as_str()),
        Some("presence-in-albania")
    );
    assert_eq!(
        next.find_structure_by_name("Presence in Albania")
            .map(|s| s.slug.as_str()),
        Some("presence-in-albania")
    );
}

#[test]
fn a_rename_is_refused_before_the_current_name_or_to_another_structures_name() {
    let site = load_real();
    let rename = |from: &str, name: &str| SiteChange::RenameStructure {
        slug: slug("office-in-minsk"),
        from: day(from),
        name: name.into(),
        source: None,
        translations: BTreeMap::new(),
    };
    let early = refused(&site, &rename("2002-05-01", "Office in Belarus"));
    assert!(early.contains("after 2003-01-01"), "{early}");
    let after_closing = refused(&site, &rename("2012-01-01", "Office in Belarus"));
    assert!(
        after_closing.contains("closed on 2011-03-31"),
        "{after_closing}"
    );
    let same = refused(&site, &rename("2005-01-01", "Office in Minsk"));
    assert!(same.contains("its name already"), "{same}");
    let taken = refused(&site, &rename("2005-01-01", "Presence in Albania"));
    assert!(taken.contains("presence-in-albania"), "{taken}");
    let unknown = refused(
        &site,
        &SiteChange::RenameStructure {
            slug: slug("office-in-minks"),
            from: day("2005-01-01"),
            name: "X".into(),
            source: None,
            translations: BTreeMap::new(),
        },
    );
    assert!(
        unknown.contains("did you mean 'office-in-minsk'"),
        "{unknown}"
    );
}

#[test]
fn opening_a_structure_puts_it_under_its_parent_from_its_opening_day() {
    let site = load_real();
    let open = SiteChange::OpenStructure {
        slug: slug("mission-to-atlantis"),
        kind: StructureKind::FieldOperation,
        parent: Some(slug("field-operations")),
        country: Some(slug("albania")),
        opened: day("2027-03-01"),
        name: "Mission to Atlantis".into(),
        source: None,
        translations: BTreeMap::from([("fr".to_owned(), "Mission de l'OSCE en Atlantide".into())]),
    };
    let next = applied(&site, &open);
    let s = next
        .structure("mission-to-atlantis")
        .expect("the new structure");
    assert!(!s.is_open_on(date(2027, 2, 28)));
    assert!(s.is_open_on(date(2027, 3, 1)));
    let parent = next.structure("field-operations").expect("the parent");
    assert!(
        next.children_of(parent)
            .any(|c| c.slug.as_str() == "mission-to-atlantis"),
        "listed among the parent's parts"
    );
    let with_ancestors: Vec<&str> = next
        .structure_with_ancestors(
            next.structure_index("mission-to-atlantis")
                .expect("an index"),
        )
        .map(Slug::as_str)
        .collect();
    assert_eq!(with_ancestors, ["mission-to-atlantis", "field-operations"]);
    assert_eq!(
        next.source_label_in(s, date(2027, 3, 2), date(2027, 3, 2), "fr"),
        "Mission de l'OSCE en Atlantide"
    );
    // Slugs of the rest still point at the right entries after the tables are rebuilt.
    assert_eq!(
        next.structure("office-in-minsk")
            .map(|s| s.current_name().name.as_str()),
        Some("Office in Minsk")
    );

    let again = refused(&next, &open);
    assert!(again.contains("exists already"), "{again}");
    let orphan = SiteChange::OpenStructure {
        slug: slug("unit-x"),
        kind: StructureKind::Unit,
        parent: Some(slug("secretariatt")),
        country: None,
        opened: day("2027"),
        name: "Unit X".into(),
        source: None,
        translations: BTreeMap::new(),
    };
    let reason = refused(&site, &orphan);
    assert!(reason.contains("did you mean 'secretariat'"), "{reason}");
    let under_closed = SiteChange::OpenStructure {
        slug: slug("unit-y"),
        kind: StructureKind::Unit,
        parent: Some(slug("office-in-minsk")),
        country: None,
        opened: day("2015"),
        name: "Unit Y".into(),
        source: None,
        translations: BTreeMap::new(),
    };
    let reason = refused(&site, &under_closed);
    assert!(reason.contains("is closed by 2015"), "{reason}");
}

#[test]
fn closing_and_reopening_a_structure() {
    let site = load_real();
    let close = SiteChange::CloseStructure {
        slug: slug("presence-in-albania"),
        closed: day("2027-06-30"),
    };
    let next = applied(&site, &close);
    let s = next
        .structure("presence-in-albania")
        .expect("the structure");
    assert!(s.is_open_on(date(2027, 6, 30)), "open on its last day");
    assert!(s.is_closed_on(date(2027, 7, 1)));
    assert_eq!(
        next.source_label(s, date(2020, 1, 1), date(2027, 7, 1)),
        "OSCE Presence in Albania (closed)"
    );
    let twice = refused(&next, &close);
    assert!(twice.contains("closed already (on 2027-06-30)"), "{twice}");
    let reopened = applied(
        &next,
        &SiteChange::ReopenStructure {
            slug: slug("presence-in-albania"),
        },
    );
    assert!(
        reopened
            .structure("presence-in-albania")
            .is_some_and(|s| s.is_open_on(date(2030, 1, 1)))
    );
    let not_closed = refused(
        &site,
        &SiteChange::ReopenStructure {
            slug: slug("presence-in-albania"),
        },
    );
    assert!(not_closed.contains("not closed"), "{not_closed}");

    // A structure with open parts cannot close; one opened in 1997 cannot close in 1990.
    let with_parts = refused(
        &site,
        &SiteChange::CloseStructure {
            slug: slug("field-operations"),
            closed: day("2027"),
        },
    );
    assert!(with_parts.contains("close its parts first"), "{with_parts}");
    let too_early = refused(
        &site,
        &SiteChange::CloseStructure {
            slug: slug("presence-in-albania"),
            closed: day("1990"),
        },
    );
    assert!(
        too_early.contains("cannot close before 1997"),
        "{too_early}"
    );
}

#[test]
fn the_chair_of_a_year_can_be_set_once_per_country() {
    let site = load_real();
    let set = SiteChange::SetChairpersonship {
        year: 2030,
        country: slug("austria"),
    };
    let next = applied(&site, &set);
    assert_eq!(
        next.chairpersonship(2030).map(|(_, c)| c.slug.as_str()),
        Some("austria")
    );
    let same = refused(&next, &set);
    assert!(same.contains("chairs 2030 already"), "{same}");
    let unknown = refused(
        &site,
        &SiteChange::SetChairpersonship {
            year: 2030,
            country: slug("austira"),
        },
    );
    assert!(unknown.contains("did you mean 'austria'"), "{unknown}");
    let year = refused(
        &site,
        &SiteChange::SetChairpersonship {
            year: 1900,
            country: slug("austria"),
        },
    );
    assert!(year.contains("1900"), "{year}");
}

#[test]
fn stored_changes_that_no_longer_apply_are_skipped_with_their_reason() {
    let site = load_real();
    let changes = [
        (1, add_field("climate-security", "Climate and security")),
        (
            2,
            add_field("climate-security", "Climate and security again"),
        ),
        (
            3,
            SiteChange::CloseStructure {
                slug: slug("presence-in-albania"),
                closed: day("2027"),
            },
        ),
    ];
    let (def, skipped) = site.with_changes(changes.iter().map(|(s, c)| (*s, c)));
    assert!(def.field("climate-security").is_some());
    assert!(
        def.structure("presence-in-albania")
            .is_some_and(|s| s.closed.is_some())
    );
    assert_eq!(skipped.len(), 1, "{skipped:?}");
    assert_eq!(skipped[0].seq, 2);
    assert!(skipped[0].reason.contains("exists already"));
}

#[test]
fn changes_are_stored_as_json_and_read_back_the_same() {
    let change = SiteChange::RenameStructure {
        slug: slug("presence-in-albania"),
        from: day("2027-01"),
        name: "Mission to Albania".into(),
        source: Some("OSCE Mission to Albania".into()),
        translations: BTreeMap::from([("ru".to_owned(), "Миссия ОБСЕ в Албании".to_owned())]),
    };
    let json = serde_json::to_string(&change).expect("serializable");
    assert!(json.contains(r#""change":"rename-structure""#), "{json}");
    assert!(json.contains(r#""from":"2027-01""#), "{json}");
    let back: SiteChange = serde_json::from_str(&json).expect("readable");
    assert_eq!(back, change);
    let unknown_field = r#"{"change":"reopen-structure","slug":"x","extra":1}"#;
    assert!(serde_json::from_str::<SiteChange>(unknown_field).is_err());
}

fn open_change(slug_: &str, parent: Option<&str>, opened: &str, name: &str) -> SiteChange {
    SiteChange::OpenStructure {
        slug: slug(slug_),
        kind: StructureKind::Unit,
        parent: parent.map(slug),
        country: None,
        opened: day(opened),
        name: name.into(),
        source: None,
        translations: BTreeMap::new(),
    }
}

#[test]
fn a_structure_cannot_open_before_its_parent_or_under_one_that_closes() {
    let site = load_real();
    let early = refused(
        &site,
        &open_change("unit-a", Some("presence-in-albania"), "1990", "Unit A"),
    );
    assert!(early.contains("opened only in 1997"), "{early}");
    let closing = refused(
        &site,
        &open_change("unit-b", Some("office-in-minsk"), "2005", "Unit B"),
    );
    assert!(closing.contains("closes on 2011-03-31"), "{closing}");
    let dissolved = SiteChange::OpenStructure {
        slug: slug("mission-to-czechoslovakia"),
        kind: StructureKind::FieldOperation,
        parent: Some(slug("field-operations")),
        country: Some(slug("czechoslovakia")),
        opened: day("2027"),
        name: "Mission to Czechoslovakia".into(),
        source: None,
        translations: BTreeMap::new(),
    };
    let reason = refused(&site, &dissolved);
    assert!(reason.contains("no longer exists"), "{reason}");
}

#[test]
fn every_name_a_change_adds_must_be_free() {
    let site = load_real();
    // A slug that is another structure's alias would make imports ambiguous.
    let alias = refused(
        &site,
        &open_change("cpc", None, "2027", "Coordination Unit"),
    );
    assert!(alias.contains("conflict-prevention-centre"), "{alias}");
    let mut translated = open_change("unit-c", None, "2027", "Unit C");
    if let SiteChange::OpenStructure { translations, .. } = &mut translated {
        translations.insert("fr".into(), "Secrétariat de l'OSCE".into());
    }
    let reason = refused(&site, &translated);
    assert!(reason.contains("'secretariat'"), "{reason}");
    let term_translation = SiteChange::AddTerm {
        taxonomy: TermTaxonomy::FieldOfWork,
        slug: slug("polls"),
        name: "Polls".into(),
        names: BTreeMap::from([("de".to_owned(), "Wahlen".to_owned())]),
    };
    let reason = refused(&site, &term_translation);
    assert!(reason.contains("'elections'"), "{reason}");
    // The same name in another case is not a new name.
    let recased = SiteChange::RenameStructure {
        slug: slug("office-in-minsk"),
        from: day("2005"),
        name: "office in MINSK".into(),
        source: None,
        translations: BTreeMap::new(),
    };
    let reason = refused(&site, &recased);
    assert!(reason.contains("its name already"), "{reason}");
}

#[test]
fn stored_changes_are_replayed_with_the_rules_that_keep_the_definition_whole_only() {
    let site = load_real();
    // Refused as a new change (its French name is the Secretariat's), but stored before
    // such a rule existed: replaying it keeps the structure rather than dropping it.
    let mut earlier = open_change("unit-d", Some("secretariat"), "2027", "Unit D");
    if let SiteChange::OpenStructure { translations, .. } = &mut earlier {
        translations.insert("fr".into(), "Secrétariat de l'OSCE".into());
    }
    assert!(site.with_change(&earlier).is_err());
    let closed_parent = open_change("unit-e", Some("office-in-minsk"), "2005", "Unit E");
    assert!(site.with_change(&closed_parent).is_err());
    let duplicate = open_change("secretariat", None, "2027", "Another Secretariat");
    let stored = [(1, earlier), (2, closed_parent), (3, duplicate)];
    let (def, skipped) = site.with_changes(stored.iter().map(|(s, c)| (*s, c)));
    assert!(def.structure("unit-d").is_some());
    assert!(def.structure("unit-e").is_some());
    // A slug used twice would break the definition: that one is still skipped.
    assert_eq!(
        skipped.iter().map(|s| s.seq).collect::<Vec<_>>(),
        vec![3],
        "{skipped:?}"
    );
}
