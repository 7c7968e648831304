//! The site definition as a whole: the real OSCE site loads and says what osce.org says, and
//! a broken definition is refused with the file, the entry and the problem.
//!
//! Invalid cases follow Zola's `test_sites_invalid` scheme: each folder under
//! `tests/sites/invalid/<case>/` holds only the file(s) that differ from the real site in
//! `site/osce`; the test loads the real site with those files replaced.

use communique_model as model;
use jiff::civil::date;
use model::date::Precision;
use model::site::{NameKind, Structure};
use model::{SiteDefinition, SiteSources, Slug};

mod common;
use common::{case_dir, load_real, real_sources, toml_files};

/// The real site with the files of `tests/sites/invalid/<case>/` put in place of its own.
fn case_sources(case: &str) -> SiteSources {
    let mut sources = real_sources();
    let replacements = toml_files(&case_dir(case));
    assert!(!replacements.is_empty(), "case '{case}' has no file");
    for (name, text) in replacements {
        let slot = sources
            .files
            .iter_mut()
            .find(|(n, _)| *n == name)
            .unwrap_or_else(|| panic!("case '{case}': {name} replaces no file of the real site"));
        slot.1 = text;
    }
    sources
}

/// The problems found in `sources`, each as its display line.
fn problems(sources: &SiteSources) -> Vec<String> {
    match SiteDefinition::load(sources) {
        Ok(_) => panic!("the site definition should be refused"),
        Err(e) => {
            assert!(!e.problems.is_empty(), "an error always has a problem");
            e.problems.iter().map(ToString::to_string).collect()
        }
    }
}

fn case_problems(case: &str) -> Vec<String> {
    problems(&case_sources(case))
}

/// Asserts `expected` is one of the problems, exactly once.
fn assert_has_problem(problems: &[String], expected: &str) {
    let n = problems.iter().filter(|p| *p == expected).count();
    assert_eq!(
        n,
        1,
        "expected the problem\n  {expected}\nonce among:\n  {}",
        problems.join("\n  ")
    );
}

fn structure<'a>(site: &'a SiteDefinition, slug: &str) -> &'a Structure {
    site.structure(slug)
        .unwrap_or_else(|| panic!("structure '{slug}'"))
}

// ---------------------------------------------------------------------------------------
// The real site
// ---------------------------------------------------------------------------------------

#[test]
fn real_site_loads_with_its_taxonomies_and_structures() {
    let site = load_real();
    assert_eq!(site.countries_in_group("participating-states").count(), 57);
    assert_eq!(site.fields.len(), 23);
    assert_eq!(site.meetings.len(), 16);

    let day = date(2025, 6, 1);
    let open_children = |slug: &str| {
        site.children_of(structure(&site, slug))
            .filter(|c| c.is_open_on(day))
            .count()
    };
    assert_eq!(open_children("secretariat"), 12);
    assert_eq!(open_children("field-operations"), 12);

    let minsk = structure(&site, "office-in-minsk");
    let closed = minsk
        .closed
        .expect("the Office in Minsk has a closing date");
    assert_eq!(closed.first_day, date(2011, 3, 31));
    assert_eq!(closed.precision, Precision::Day);
    assert!(minsk.is_open_on(date(2011, 3, 31)));
    assert!(!minsk.is_open_on(date(2011, 4, 1)));
}

#[test]
fn chairpersonship_is_labelled_and_highlighted_in_the_menus() {
    let site = load_real();
    for (year, label) in [
        (2025, "Finland – OSCE Chairpersonship 2025"),
        (2026, "Switzerland – OSCE Chairpersonship 2026"),
    ] {
        let (ch, country) = site
            .chairpersonship(year)
            .unwrap_or_else(|| panic!("a chairpersonship in {year}"));
        assert_eq!(site.chairpersonship_label(ch, country), label);
    }

    for (day, label) in [
        (date(2025, 6, 1), "Finland – OSCE Chairpersonship 2025"),
        (date(2026, 3, 1), "Switzerland – OSCE Chairpersonship 2026"),
    ] {
        let menus = model::menu::resolve(&site, day);
        let links: Vec<_> = menus
            .iter()
            .flat_map(|s| &s.groups)
            .flat_map(|g| &g.links)
            .collect();
        let chair = links
            .iter()
            .find(|l| l.label == label)
            .unwrap_or_else(|| panic!("a link '{label}' in the menus of {day}"));
        assert!(
            chair.highlight,
            "the chairpersonship is highlighted on {day}"
        );
        assert_eq!(
            chair.href,
            if day.year() == 2025 {
                "/countries/finland"
            } else {
                "/countries/switzerland"
            }
        );
        let highlighted: Vec<_> = links
            .iter()
            .filter(|l| l.highlight)
            .map(|l| l.label.as_str())
            .collect();
        assert_eq!(
            highlighted,
            [label],
            "only the chairpersonship is highlighted on {day}"
        );
    }
}

#[test]
fn structures_are_shown_and_found_by_their_names_over_time() {
    let site = load_real();
    let minsk = structure(&site, "office-in-minsk");
    assert_eq!(
        site.source_label(minsk, date(2008, 4, 8), date(2026, 1, 1)),
        "OSCE Office in Minsk (closed)"
    );
    assert_eq!(
        site.source_label(minsk, date(2008, 4, 8), date(2010, 1, 1)),
        "OSCE Office in Minsk"
    );
    assert_eq!(
        site.source_label(minsk, date(2000, 1, 1), date(2026, 1, 1)),
        "OSCE Advisory and Monitoring Group in Belarus (closed)"
    );

    for (name, slug) in [
        ("OSCE Office in Minsk (closed)", "office-in-minsk"),
        (
            "Advisory and Monitoring Group in Belarus",
            "office-in-minsk",
        ),
        ("centre in bishkek", "programme-office-in-bishkek"),
        (
            "OSCE Programme Office in Bishkek",
            "programme-office-in-bishkek",
        ),
        ("office-in-minsk", "office-in-minsk"),
    ] {
        let found = site.find_structure_by_name(name).map(|s| s.slug.as_str());
        assert_eq!(found, Some(slug), "find_structure_by_name({name:?})");
    }
    assert!(site.find_structure_by_name("Office in Atlantis").is_none());
}

#[test]
fn structures_are_found_and_shown_by_their_names_in_other_languages() {
    let site = load_real();
    for (name, slug) in [
        ("Секретариат ОБСЕ", "secretariat"),
        ("секретариат обсе", "secretariat"),
        ("Secrétariat de l'OSCE", "secretariat"),
        ("OSZE-Sekretariat", "secretariat"),
        // A former name, in Russian.
        ("Центр ОБСЕ в Бишкеке", "programme-office-in-bishkek"),
        (
            "Программный офис ОБСЕ в Бишкеке",
            "programme-office-in-bishkek",
        ),
        // A closed structure, "(closed)" ignored as in English.
        ("Офис ОБСЕ в Минске (closed)", "office-in-minsk"),
        // Another spelling in that language, an alias.
        ("БДИПЧ", "odihr"),
    ] {
        let found = site.resolve_name(NameKind::Source, name);
        assert_eq!(
            found.as_ref().map(Slug::as_str),
            Ok(slug),
            "resolve_name(Source, {name:?})"
        );
    }
    // Close to a translation: the first suggestion is the structure's current name.
    let close = site
        .resolve_name(NameKind::Source, "Офис ОБСЕ в Минксе")
        .expect_err("a misspelt name");
    assert_eq!(close.first().map(String::as_str), Some("Office in Minsk"));

    // Shown in the item's language with the name in force then.
    let bishkek = structure(&site, "programme-office-in-bishkek");
    let today = date(2026, 1, 1);
    assert_eq!(
        site.source_label_in(bishkek, date(2010, 11, 23), today, "ru"),
        "Центр ОБСЕ в Бишкеке"
    );
    assert_eq!(
        site.source_label_in(bishkek, date(2020, 1, 1), today, "ru"),
        "Программный офис ОБСЕ в Бишкеке"
    );
    // No translation in that language: the name in the default language.
    assert_eq!(
        site.source_label_in(bishkek, date(2020, 1, 1), today, "tk"),
        "OSCE Programme Office in Bishkek"
    );
    assert_eq!(
        site.source_label_in(bishkek, date(2020, 1, 1), today, "en"),
        site.source_label(bishkek, date(2020, 1, 1), today)
    );
    let minsk = structure(&site, "office-in-minsk");
    assert_eq!(
        site.source_label_in(minsk, date(2008, 4, 8), today, "ru"),
        "Офис ОБСЕ в Минске (closed)"
    );
    assert_eq!(
        minsk.current_name().translation("ru"),
        Some("Офис ОБСЕ в Минске")
    );
    assert_eq!(
        minsk.names[0].translation("ru"),
        Some("Консультативная и наблюдательная группа ОБСЕ в Беларуси")
    );
    // The name in force on the item's date, in its language.
    assert_eq!(
        site.source_name_in(minsk, date(2001, 5, 1), "ru"),
        "Консультативная и наблюдательная группа ОБСЕ в Беларуси"
    );
}

// ---------------------------------------------------------------------------------------
// Unknown references
// ---------------------------------------------------------------------------------------

#[test]
fn unknown_parent_is_refused_with_file_and_entry() {
    assert_eq!(
        case_problems("unknown_parent"),
        [
            "site/osce/structures.toml: structure 'conflict-prevention-centre': unknown parent 'secretariate' — did you mean 'secretariat'?",
            "site/osce/structures.toml: structure 'documentation-centre-in-prague': unknown parent 'x'",
        ]
    );
}

#[test]
fn unknown_chairpersonship_country_is_refused_with_a_suggestion() {
    assert_eq!(
        case_problems("unknown_chairpersonship_country"),
        [
            "site/osce/chairpersonships.toml: chairpersonship 2026: unknown country 'switzerlnd' — did you mean 'switzerland'?"
        ]
    );
}

#[test]
fn unknown_structure_in_a_menu_is_refused() {
    assert_eq!(
        case_problems("unknown_menu_structure"),
        [
            "site/osce/menus.toml: menu 'Structures and institutions': unknown structure 'field-operation'"
        ]
    );
}

#[test]
fn unknown_field_of_work_in_sample_content_is_refused() {
    assert_eq!(
        case_problems("unknown_sample_field"),
        [
            "site/osce/content/2008-04-08-minsk.toml: item 'osce.org/press-release/2008-04-08-minsk': unknown field of work 'human-trafficking'"
        ]
    );
}

#[test]
fn translation_in_a_language_the_site_does_not_have_is_refused() {
    assert_eq!(
        case_problems("unknown_translation_language"),
        [
            "site/osce/structures.toml: structure 'parliamentary-assembly': name 'Parliamentary Assembly': a translation in 'pl', which is not a language of the site (en, fr, de, it, ru, es, hbs, sq, mk, ro, uk, kk, ky, tg, tk, uz)",
            "site/osce/structures.toml: structure 'court-of-conciliation-and-arbitration': name 'Court of Conciliation and Arbitration': a translation in 'en', the default language, which the name itself is in",
            "site/osce/structures.toml: structure 'office-in-minsk': name 'Advisory and Monitoring Group in Belarus': an empty translation in 'ru'",
        ]
    );
}

// ---------------------------------------------------------------------------------------
// Duplicates
// ---------------------------------------------------------------------------------------

#[test]
fn duplicate_field_slug_is_refused() {
    assert_eq!(
        case_problems("duplicate_field_slug"),
        ["site/osce/fields_of_work.toml: field 'arms-control': duplicate slug"]
    );
}

#[test]
fn country_group_sharing_a_country_slug_is_refused() {
    assert_has_problem(
        &case_problems("group_slug_shared_with_country"),
        "site/osce/countries.toml: group 'belarus': duplicate slug: a country has the same slug",
    );
}

// ---------------------------------------------------------------------------------------
// The structure tree
// ---------------------------------------------------------------------------------------

#[test]
fn cycle_in_the_structure_tree_is_refused() {
    assert_eq!(
        case_problems("structure_cycle"),
        [
            "site/osce/structures.toml: structure 'alpha-unit': the structure tree has a cycle through this structure's parents",
            "site/osce/structures.toml: structure 'beta-unit': the structure tree has a cycle through this structure's parents",
        ]
    );
}

// ---------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------

#[test]
fn impossible_calendar_date_is_refused_with_file_line_and_value() {
    assert_eq!(
        case_problems("impossible_closing_date"),
        [
            "site/osce/structures.toml: line 48, column 10: '2011-02-30' is not a valid calendar date"
        ]
    );
}

#[test]
fn month_out_of_range_is_refused_with_file_line_and_value() {
    assert_eq!(
        case_problems("month_out_of_range"),
        ["site/osce/structures.toml: line 47, column 10: '2011-13' is not a valid calendar date"]
    );
}

#[test]
fn structure_closed_before_it_opened_is_refused() {
    assert_eq!(
        case_problems("closed_before_opened"),
        [
            "site/osce/structures.toml: structure 'office-in-minsk': closed (2011-03-31) before it opened (2011-04-01)"
        ]
    );
}

// ---------------------------------------------------------------------------------------
// Files
// ---------------------------------------------------------------------------------------

#[test]
fn toml_syntax_error_names_file_and_line() {
    assert_eq!(
        case_problems("toml_syntax_error"),
        ["site/osce/meetings.toml: line 9, column 27: invalid basic string, expected `\"`"]
    );
}

#[test]
fn missing_file_is_refused() {
    let mut sources = real_sources();
    let before = sources.files.len();
    sources
        .files
        .retain(|(name, _)| name != "chairpersonships.toml");
    assert_eq!(
        sources.files.len(),
        before - 1,
        "the real site has a chairpersonships.toml"
    );
    assert_eq!(
        problems(&sources),
        ["site/osce/chairpersonships.toml: file is missing"]
    );
}
