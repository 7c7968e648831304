//! Introductions of structures, fields of work and countries: read from the site's
//! `introductions.toml` (each entry known, each language the site's, each within its limits,
//! a problem naming the file and the entry), changed by administrators as checked changes
//! that replay in order, and the press contact an item's source falls back to.

use communique_model as model;
use model::site::{Introduced, Introduction, PressContact};
use model::site_change::SiteChange;
use model::{LanguageCode, SiteDefinition, Slug};

mod common;
use common::{case_dir, load_real, real_sources, toml_files};

fn slug(s: &str) -> Slug {
    Slug::parse(s).expect("a valid slug")
}

fn lang(s: &str) -> LanguageCode {
    LanguageCode::parse(s).expect("a language code")
}

fn set(of: Introduced, slug_: &str, language: &str, intro: Introduction) -> SiteChange {
    SiteChange::SetIntroduction {
        of,
        slug: slug(slug_),
        language: lang(language),
        intro,
    }
}

fn described(text: &str) -> Introduction {
    Introduction {
        description: text.to_owned(),
        ..Default::default()
    }
}

fn refused(site: &SiteDefinition, change: &SiteChange) -> String {
    match site.with_change(change) {
        Ok(_) => panic!("{change} should be refused"),
        Err(reason) => reason,
    }
}

#[test]
fn the_real_site_introduces_its_main_structures_fields_and_countries() {
    let site = load_real();
    for s in [
        "secretariat",
        "odihr",
        "hcnm",
        "rfom",
        "mission-to-serbia",
        "office-in-minsk",
        "parliamentary-assembly",
    ] {
        let intro = site
            .introduction(Introduced::Structure, s, "en")
            .unwrap_or_else(|| panic!("{s} has an English introduction"));
        assert!(intro.paragraphs().count() >= 1, "{s}");
    }
    let secretariat = site
        .introduction(Introduced::Structure, "secretariat", "en")
        .expect("the Secretariat's");
    assert_eq!(
        secretariat.paragraphs().count(),
        2,
        "blank lines part paragraphs"
    );
    assert!(
        secretariat.paragraphs().all(|p| !p.contains('\n')),
        "a paragraph is one line"
    );
    let press = secretariat.press.as_ref().expect("a press contact");
    assert_eq!(press.email.as_deref(), Some("press@osce.org"));
    assert!(
        site.introduction(Introduced::Structure, "secretariat", "ru")
            .is_some_and(|i| i.description.contains("Генеральный секретарь"))
    );
    let fields = site.fields.iter().filter(|f| {
        site.introduction(Introduced::FieldOfWork, f.slug.as_str(), "en")
            .is_some()
    });
    assert!(fields.count() >= 3);
    let countries = site.countries.iter().filter(|c| {
        site.introduction(Introduced::Country, c.slug.as_str(), "en")
            .is_some()
    });
    assert!(countries.count() >= 3);
    assert!(
        site.introduction(Introduced::Country, "belarus", "ru")
            .is_some()
    );
    // A language without one has none: pages do not pass another language's off as theirs.
    assert!(
        site.introduction(Introduced::Country, "serbia", "ru")
            .is_none()
    );
}

#[test]
fn a_press_contact_comes_from_the_source_else_its_nearest_ancestor() {
    let site = load_real();
    let found = |s: &str, l: &'static str| {
        let structure = site.structure(s).expect("a structure");
        site.press_contact_for(structure, l)
            .map(|f| (f.structure.slug.to_string(), f.language.to_owned()))
    };
    assert_eq!(
        found("odihr", "en"),
        Some(("odihr".into(), "en".into())),
        "its own"
    );
    assert_eq!(
        found("conflict-prevention-centre", "en"),
        Some(("secretariat".into(), "en".into())),
        "a unit of the Secretariat: the Secretariat's press section"
    );
    assert_eq!(
        found("conflict-prevention-centre", "ru"),
        Some(("secretariat".into(), "ru".into())),
        "in the page's language where the site gives it"
    );
    assert_eq!(
        found("odihr", "ru"),
        Some(("odihr".into(), "en".into())),
        "else in the default language"
    );
    assert_eq!(
        found("office-in-minsk", "en"),
        Some(("field-operations".into(), "en".into())),
        "a closed office: the field operations'"
    );
    assert_eq!(found("chairpersonship", "en"), None);
}

#[test]
fn broken_introductions_are_refused_with_file_entry_and_rule() {
    let mut sources = real_sources();
    for (name, text) in toml_files(&case_dir("bad_introductions")) {
        let slot = sources
            .files
            .iter_mut()
            .find(|(n, _)| *n == name)
            .expect("the real site has introductions.toml");
        slot.1 = text;
    }
    let problems: Vec<String> = match SiteDefinition::load(&sources) {
        Ok(_) => panic!("the definition should be refused"),
        Err(e) => e.problems.iter().map(ToString::to_string).collect(),
    };
    let expected = [
        "site/osce/introductions.toml: structure 'secretariate': unknown structure 'secretariate' — did you mean 'secretariat'?",
        "site/osce/introductions.toml: structure 'odihr' in 'xx': 'xx' is not a language of the site",
        "site/osce/introductions.toml: structure 'hcnm' in 'en': web address 'javascript:alert(1)' is not an http or https address",
        "site/osce/introductions.toml: structure 'rfom' in 'en': e-mail 'press at osce.org' is not an e-mail address",
        "site/osce/introductions.toml: structure 'mission-to-serbia' in 'en': telephone 'call us' is not a telephone number",
        "site/osce/introductions.toml: structure 'parliamentary-assembly' in 'en': the press contact needs an e-mail address or a telephone",
        "site/osce/introductions.toml: country 'serbia' in 'en': only a structure's introduction has a head, an address and contacts",
        "site/osce/introductions.toml: field of work 'elections' in 'en': the introduction is empty",
    ];
    for e in expected {
        assert!(
            problems.iter().any(|p| p.starts_with(e)),
            "expected a problem starting\n  {e}\namong:\n  {}",
            problems.join("\n  ")
        );
    }
    assert_eq!(problems.len(), expected.len(), "{problems:#?}");
}

#[test]
fn a_site_without_introductions_toml_loads_without_introductions() {
    let mut sources = real_sources();
    sources.files.retain(|(n, _)| n != "introductions.toml");
    let site = SiteDefinition::load(&sources).expect("the file is optional");
    assert!(site.introductions.is_empty());
}

#[test]
fn an_introduction_is_set_tidied_replaced_and_removed_by_changes() {
    let site = load_real();
    let change = set(
        Introduced::Country,
        "austria",
        "ru",
        described(
            "  Австрия —\r\nгосударство-участник.\r\n\r\n\r\n  Вена  принимает Секретариат. ",
        ),
    );
    let next = site.with_change(&change).expect("applies");
    let intro = next
        .introduction(Introduced::Country, "austria", "ru")
        .expect("set");
    assert_eq!(
        intro.paragraphs().collect::<Vec<_>>(),
        [
            "Австрия — государство-участник.",
            "Вена принимает Секретариат."
        ]
    );
    assert!(
        next.introduction(Introduced::Country, "austria", "en")
            .is_some(),
        "the English one stays"
    );
    assert!(
        refused(&next, &change).contains("already"),
        "the same text again changes nothing"
    );
    let clear = SiteChange::ClearIntroduction {
        of: Introduced::Country,
        slug: slug("austria"),
        language: lang("ru"),
    };
    let cleared = next.with_change(&clear).expect("removed");
    assert!(
        cleared
            .introduction(Introduced::Country, "austria", "ru")
            .is_none()
    );
    assert!(refused(&cleared, &clear).contains("no introduction in 'ru'"));
    // Stored as JSON, read back the same.
    let json = serde_json::to_string(&change).expect("written");
    let back: SiteChange = serde_json::from_str(&json).expect("read");
    assert_eq!(back, change);
    assert!(
        change
            .to_string()
            .contains("introduction of the country austria in ru")
    );
}

#[test]
fn bad_introduction_changes_are_refused_with_their_reason() {
    let site = load_real();
    let cases = [
        (
            set(Introduced::Structure, "odihrr", "en", described("x")),
            "unknown structure 'odihrr' — did you mean 'odihr'?",
        ),
        (
            set(Introduced::FieldOfWork, "electionz", "en", described("x")),
            "unknown field of work 'electionz' — did you mean 'elections'?",
        ),
        (
            set(Introduced::Country, "serbai", "en", described("x")),
            "did you mean 'serbia'?",
        ),
        (
            set(Introduced::Country, "serbia", "zz", described("x")),
            "'zz' is not a language of the site",
        ),
        (
            set(
                Introduced::Country,
                "serbia",
                "en",
                described(&"a".repeat(1_000_000)),
            ),
            "longer than 4000 characters",
        ),
        (
            set(
                Introduced::Country,
                "serbia",
                "en",
                described(&"word ".repeat(801)),
            ),
            "longer than 4000 characters",
        ),
        (
            set(Introduced::Country, "serbia", "en", described("bell\u{7}")),
            "control characters",
        ),
        (
            set(
                Introduced::Structure,
                "odihr",
                "en",
                Introduction {
                    address: vec!["x".repeat(201)],
                    ..described("ODIHR")
                },
            ),
            "longer than 200 characters",
        ),
        (
            set(
                Introduced::Structure,
                "odihr",
                "en",
                Introduction {
                    press: Some(PressContact {
                        name: "Press".into(),
                        email: Some("press@localhost".into()),
                        phone: None,
                    }),
                    ..described("ODIHR")
                },
            ),
            "is not an e-mail address",
        ),
        (
            set(
                Introduced::Structure,
                "odihr",
                "en",
                Introduction {
                    web: Some("ftp://example.org".into()),
                    ..described("ODIHR")
                },
            ),
            "is not an http or https address",
        ),
        (
            set(Introduced::Country, "serbia", "en", described(" \n\n ")),
            "the introduction is empty",
        ),
    ];
    for (change, expected) in cases {
        let reason = refused(&site, &change);
        assert!(reason.contains(expected), "{expected:?} in {reason:?}");
    }
}

#[test]
fn stored_introduction_changes_replay_and_skip_what_no_longer_applies() {
    let site = load_real();
    let changes = [
        set(Introduced::Country, "serbia", "ru", described("Сербия.")),
        set(
            Introduced::Structure,
            "no-such-office",
            "en",
            described("Gone."),
        ),
        set(
            Introduced::Country,
            "serbia",
            "ru",
            described("Сербия — государство-участник."),
        ),
        // Stored as typed in the form: replayed tidied, as it was when it was made.
        set(
            Introduced::Country,
            "austria",
            "ru",
            described("Австрия.\r\n\r\n  Вена. "),
        ),
    ];
    let (def, skipped) =
        site.with_changes(changes.iter().enumerate().map(|(i, c)| (i as i64 + 1, c)));
    assert_eq!(skipped.len(), 1, "{skipped:?}");
    assert_eq!(skipped[0].seq, 2);
    assert!(skipped[0].reason.contains("unknown structure"));
    assert_eq!(
        def.introduction(Introduced::Country, "serbia", "ru")
            .map(|i| i.description.as_str()),
        Some("Сербия — государство-участник."),
        "the later change replaces the earlier"
    );
    assert_eq!(
        def.introduction(Introduced::Country, "austria", "ru")
            .map(|i| i.paragraphs().collect::<Vec<_>>()),
        Some(vec!["Австрия.", "Вена."])
    );
}
