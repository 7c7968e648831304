//! Saved pages read into items: the seed page of osce.org must give exactly its structured
//! transcription (`site/osce/content/2008-04-08-minsk.toml`); pages written for these tests
//! (`tests/pages/`) cover the other layouts, languages and datelines, the HTML of the live
//! site, and every kind of bad input, each with its exact result or error.

use std::path::Path;

use communique_import::page::{Extracted, MAX_BYTES, PageError, Warning, extract};
use jiff::civil::date;
use model::SiteDefinition;
use model::site::GlossaryEntry;
use proptest::prelude::*;

/// The saved page the project started from, kept as it was saved (a fixture of the
/// repository: no test reads anything outside it).
const SEED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/seed/osce-press-release-2008-04-08-minsk.txt"
);

// ---------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------

mod common;
use common::{site, site_sources_from_dir, slugs};

fn seed_bytes() -> Vec<u8> {
    std::fs::read(SEED).unwrap_or_else(|e| panic!("reading the seed page {SEED}: {e}"))
}

fn fixture(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/pages")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()))
}

fn read(name: &str) -> Extracted {
    extract(&fixture(name), site()).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn error(name: &str) -> PageError {
    match extract(&fixture(name), site()) {
        Ok(item) => panic!("{name} should be refused, got {item:#?}"),
        Err(e) => e,
    }
}

fn messages(warnings: &[Warning]) -> Vec<String> {
    warnings.iter().map(|w| w.message.clone()).collect()
}

fn strings(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

// ---------------------------------------------------------------------------------------
// The seed
// ---------------------------------------------------------------------------------------

#[test]
fn the_seed_page_gives_exactly_its_transcription() {
    let site = site();
    let item = extract(&seed_bytes(), site).unwrap_or_else(|e| panic!("the seed: {e}"));
    let sample = site
        .sample_items
        .iter()
        .find(|s| s.external_id == "osce.org/press-release/2008-04-08-minsk")
        .expect("the transcription in site/osce/content/2008-04-08-minsk.toml");

    assert_eq!(item.item_type, sample.item_type);
    assert_eq!(item.language, sample.language);
    assert_eq!(item.title, sample.title);
    assert_eq!(item.date, sample.date.first_day);
    assert_eq!(item.place, sample.place);
    assert_eq!(item.time_zone.as_deref(), Some(sample.time_zone.as_str()));
    assert_eq!(item.sources, sample.sources);
    assert_eq!(item.fields_of_work, sample.fields_of_work);
    assert_eq!(item.countries, sample.countries);
    assert_eq!(item.paragraphs, sample.body);

    // The same, spelled out.
    assert_eq!(item.item_type.as_str(), "press-release");
    assert_eq!(item.language.as_str(), "en");
    assert_eq!(
        item.title,
        "OSCE representative encourages Belarus to work closer with NGOs to combat human trafficking"
    );
    assert_eq!(item.date, date(2008, 4, 8));
    assert_eq!(item.place, "Minsk");
    assert_eq!(item.time_zone.as_deref(), Some("Europe/Minsk"));
    assert_eq!(item.sources, slugs(&["secretariat", "office-in-minsk"]));
    assert_eq!(
        item.fields_of_work,
        slugs(&["combating-trafficking-in-human-beings"])
    );
    // The page names no country: the Office in Minsk's.
    assert_eq!(item.countries, slugs(&["belarus"]));
    assert_eq!(item.paragraphs.len(), 7);
    assert!(item.paragraphs[0].starts_with("The OSCE Special Representative"));
    assert!(
        item.paragraphs[3]
            .contains("parliamentarians and NGO representatives. She will also participate")
    );
    // NGO is in the OSCE glossary: nothing new to propose.
    assert!(item.new_glossary.is_empty(), "{:?}", item.new_glossary);
    assert!(item.contact.is_empty());
    assert!(item.warnings.is_empty(), "{:?}", item.warnings);
}

#[test]
fn the_seed_saved_with_windows_line_ends_and_a_bom_reads_the_same() {
    let seed = seed_bytes();
    let text = String::from_utf8(seed.clone()).expect("the seed is UTF-8");
    let mut crlf = b"\xEF\xBB\xBF".to_vec();
    crlf.extend(text.replace('\n', "\r\n").into_bytes());
    assert_eq!(extract(&crlf, site()), extract(&seed, site()));
}

// ---------------------------------------------------------------------------------------
// Pages written for these tests
// ---------------------------------------------------------------------------------------

#[test]
fn a_russian_press_release() {
    let item = read("ru-press-release-2019-10-15-minsk.txt");
    assert_eq!(item.item_type.as_str(), "press-release");
    assert_eq!(item.language.as_str(), "ru");
    assert_eq!(
        item.title,
        "ОБСЕ провела в Минске семинар по противодействию финансированию терроризма"
    );
    assert_eq!(item.date, date(2019, 10, 15));
    assert_eq!(item.place, "Минск");
    assert_eq!(item.time_zone.as_deref(), Some("Europe/Minsk"));
    // Russian names of structures, fields and countries.
    assert_eq!(
        item.sources,
        slugs(&["secretariat", "transnational-threats-department"])
    );
    assert_eq!(item.fields_of_work, slugs(&["countering-terrorism"]));
    assert_eq!(item.countries, slugs(&["belarus"]));
    assert_eq!(
        item.paragraphs,
        strings(&[
            "Двухдневный семинар по противодействию финансированию терроризма, организованный Департаментом ОБСЕ по транснациональным угрозам, начался сегодня в Минске.",
            "В семинаре участвуют сотрудники правоохранительных органов, финансовой разведки, банковского сектора и НПО из трех областей страны.",
            "«Финансовые расследования остаются одним из самых действенных инструментов борьбы с терроризмом», – сказал руководитель семинара.",
            "Участники обсудят международные стандарты, обмен информацией между ведомствами и роль частного сектора в выявлении подозрительных операций.",
            "Семинар проводится в рамках внебюджетного проекта ОБСЕ.",
        ])
    );
    assert_eq!(
        item.contact,
        strings(&[
            "Анна Смирнова",
            "Пресс-служба ОБСЕ",
            "+43 1 514 36 6000",
            "press@example.org"
        ])
    );
    // НПО is in the Russian glossary.
    assert!(item.new_glossary.is_empty(), "{:?}", item.new_glossary);
    assert_eq!(
        messages(&item.warnings),
        strings(&[
            "dropped a photo credit: 'Фото: ОБСЕ/Иван Петров'",
            "dropped a repeated paragraph: '«Финансовые расследования остаются одним из самых действенны…'",
        ])
    );
}

#[test]
fn a_russian_page_names_structures_by_their_russian_names() {
    let item = read("ru-press-release-2012-03-14-bishkek-former-name.txt");
    assert_eq!(item.language.as_str(), "ru");
    assert_eq!(item.date, date(2012, 3, 14));
    assert_eq!(item.place, "Бишкек");
    assert_eq!(item.time_zone.as_deref(), Some("Asia/Bishkek"));
    // "Центр ОБСЕ в Бишкеке" is the Russian name of the Programme Office until 2017, and
    // the ODIHR's Russian name is written in full: both are in structures.toml.
    assert_eq!(
        item.sources,
        slugs(&["programme-office-in-bishkek", "odihr"])
    );
    assert_eq!(item.fields_of_work, slugs(&["elections"]));
    assert_eq!(item.countries, slugs(&["kyrgyzstan"]));
    assert_eq!(item.paragraphs.len(), 3);
    assert!(item.warnings.is_empty(), "{:?}", item.warnings);
}

#[test]
fn names_of_structures_in_other_languages_come_from_the_site_definition() {
    let page = String::from_utf8(fixture(
        "ru-press-release-2012-03-14-bishkek-former-name.txt",
    ))
    .expect("UTF-8")
    .replace(
        "- Центр ОБСЕ в Бишкеке, Бюро",
        "- Миссия ОБСЕ в Скопье, Бюро",
    );
    // A site that gives no Russian name to the Mission to Skopje: the page is imported as a
    // draft that needs a source, and the warning suggests the closest Russian names.
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../site/osce");
    let mut sources = site_sources_from_dir(&dir);
    let (_, structures) = sources
        .files
        .iter_mut()
        .find(|(name, _)| name == "structures.toml")
        .expect("structures.toml");
    let russian = "ru = \"Миссия ОБСЕ в Скопье\", ";
    assert!(structures.contains(russian), "the mission's Russian name");
    *structures = structures.replace(russian, "");
    let untranslated = SiteDefinition::load(&sources)
        .unwrap_or_else(|e| panic!("the site without a Russian name for the mission: {e}"));
    let item = extract(page.as_bytes(), &untranslated).expect("imported as a draft");
    assert!(item.needs_source);
    assert!(item.sources.is_empty());
    assert!(
        messages(&item.warnings).iter().any(|m| m
            .starts_with("unknown source 'Миссия ОБСЕ в Скопье' — did you mean 'Миссия ОБСЕ в")),
        "{:?}",
        item.warnings
    );
    // The real site gives one: the same page names the mission.
    let item = extract(page.as_bytes(), site()).expect("the page names known structures");
    assert_eq!(item.sources, slugs(&["mission-to-skopje", "odihr"]));
}

#[test]
fn several_sources_photo_details_and_a_contact_line() {
    let item = read("press-release-2015-03-12-skopje-several-sources.txt");
    assert_eq!(item.item_type.as_str(), "press-release");
    assert_eq!(item.language.as_str(), "en");
    assert_eq!(
        item.title,
        "ODIHR and OSCE Mission to Skopje train election commission members ahead of local elections"
    );
    assert_eq!(item.date, date(2015, 3, 12));
    assert_eq!(item.place, "Skopje");
    assert_eq!(item.time_zone.as_deref(), Some("Europe/Skopje"));
    assert_eq!(item.sources, slugs(&["odihr", "mission-to-skopje"]));
    assert_eq!(
        item.fields_of_work,
        slugs(&["elections", "democratization"])
    );
    assert_eq!(item.countries, slugs(&["north-macedonia"]));
    assert_eq!(
        item.paragraphs,
        strings(&[
            // The em-dash dateline removed, the ODIHR tooltip restored.
            "Some 40 members of municipal election commissions completed a two-day training course in Skopje today, organized jointly by the OSCE Office for Democratic Institutions and Human Rights (ODIHR) and the OSCE Mission to Skopje.",
            "The course covered the handling of complaints, the counting of ballots and the publication of preliminary results, following recommendations made by earlier ODIHR election observation missions.",
            "\"Well-trained commissions are the backbone of elections that voters can trust,\" said the Head of the Mission's Democratization Department. \"This course gives them practical tools for the weeks ahead.\"",
            "Trainers from the State Election Commission (SEC) and international experts led the sessions, which combined lectures with simulations of polling-day situations.",
            "The Mission will hold similar courses in Bitola, Tetovo and Shtip before the end of March.",
        ])
    );
    assert_eq!(
        item.contact,
        strings(&[
            "Marija Stojanovska, National Public Information Officer, OSCE Mission to Skopje, +389 2 3234 000, press.skopje@example.org"
        ])
    );
    // ODIHR is in the glossary; SEC is not.
    assert_eq!(
        item.new_glossary,
        vec![GlossaryEntry {
            abbr: "SEC".into(),
            expansion: "State Election Commission".into()
        }]
    );
    assert_eq!(
        messages(&item.warnings),
        strings(&[
            "dropped a photo details block (3 line(s))",
            "dropped a photo credit: 'Photo: OSCE/Marko Petrovski'",
        ])
    );
}

#[test]
fn a_field_operation_named_by_its_former_name() {
    let item = read("press-release-2010-11-23-bishkek-former-name.txt");
    // "OSCE Centre in Bishkek" is the Programme Office's name until 2017.
    assert_eq!(item.sources, slugs(&["programme-office-in-bishkek"]));
    assert_eq!(item.date, date(2010, 11, 23));
    assert_eq!(item.place, "Bishkek");
    assert_eq!(item.time_zone.as_deref(), Some("Asia/Bishkek"));
    assert_eq!(item.fields_of_work, slugs(&["policing"]));
    assert_eq!(item.countries, slugs(&["kyrgyzstan"]));
    assert_eq!(item.paragraphs.len(), 3);
    assert!(item.paragraphs[0].starts_with("The OSCE Centre in Bishkek today handed over"));
    assert!(item.warnings.is_empty(), "{:?}", item.warnings);
}

#[test]
fn a_closed_field_operation_named_by_its_former_name() {
    let item = read("press-release-2001-09-20-minsk-closed-former-name.txt");
    // The Advisory and Monitoring Group became the Office in Minsk (closed in 2011).
    assert_eq!(item.sources, slugs(&["office-in-minsk"]));
    assert_eq!(item.date, date(2001, 9, 20));
    assert_eq!(item.place, "Minsk");
    assert_eq!(item.fields_of_work, slugs(&["democratization"]));
    assert_eq!(item.paragraphs.len(), 2);
}

#[test]
fn an_old_layout_without_metadata_takes_date_and_place_from_the_dateline() {
    let item = read("press-release-2002-06-05-vienna-old-layout.txt");
    assert_eq!(item.item_type.as_str(), "press-release");
    assert_eq!(item.language.as_str(), "en");
    assert_eq!(
        item.title,
        "OSCE Permanent Council discusses co-operation with Mediterranean Partners"
    );
    // "VIENNA 5 June 2002 -": no comma after the city.
    assert_eq!(item.date, date(2002, 6, 5));
    assert_eq!(item.place, "Vienna");
    assert_eq!(item.time_zone.as_deref(), Some("Europe/Vienna"));
    assert!(item.sources.is_empty());
    assert!(item.fields_of_work.is_empty());
    assert!(item.countries.is_empty());
    assert_eq!(
        item.paragraphs[0],
        "Ambassadors of the 55 OSCE participating States today discussed ways to deepen the dialogue with the Mediterranean Partners for Co-operation at a special meeting of the Permanent Council in Vienna."
    );
    assert_eq!(item.paragraphs.len(), 3);
    // The page shows no source, and neither an option nor its text gives one.
    assert!(item.needs_source);
    assert_eq!(
        messages(&item.warnings),
        strings(&[
            "the page shows no source and none was given: imported as a draft that needs a source"
        ])
    );
}

#[test]
fn two_cities_in_the_dateline() {
    let item = read("press-release-2016-05-03-valletta-vienna.txt");
    // The metadata has no date: the dateline gives it.
    assert_eq!(item.date, date(2016, 5, 3));
    assert_eq!(item.place, "Valletta/Vienna");
    assert_eq!(item.time_zone.as_deref(), Some("Europe/Malta"));
    assert_eq!(item.sources, slugs(&["chairpersonship", "secretariat"]));
    assert_eq!(item.fields_of_work, slugs(&["migration", "youth"]));
    assert_eq!(item.countries, slugs(&["malta"]));
    assert!(item.paragraphs[0].starts_with("Representatives of the OSCE participating States"));
    assert_eq!(item.paragraphs.len(), 3);
    assert_eq!(
        messages(&item.warnings),
        strings(&[
            "the place 'Valletta/Vienna' names several cities: the time zone is that of Valletta"
        ])
    );
}

#[test]
fn a_french_press_release() {
    let item = read("fr-communique-2016-05-01-vienne.txt");
    assert_eq!(item.item_type.as_str(), "press-release");
    assert_eq!(item.language.as_str(), "fr");
    // "VIENNE, 1er mai 2016 –"; the French labels have a space before the colon.
    assert_eq!(item.date, date(2016, 5, 1));
    assert_eq!(item.place, "Vienne");
    assert_eq!(item.time_zone.as_deref(), Some("Europe/Vienna"));
    assert_eq!(item.sources, slugs(&["secretariat"]));
    assert_eq!(item.fields_of_work, slugs(&["gender-equality"]));
    assert_eq!(
        item.paragraphs[1],
        "Les participants, parmi lesquels des représentants d'ONG et des ministères, ont échangé leurs expériences sur la participation des femmes à la vie publique."
    );
    assert_eq!(item.paragraphs.len(), 3);
    // ONG is in the French glossary.
    assert!(item.new_glossary.is_empty(), "{:?}", item.new_glossary);
}

#[test]
fn an_html_page_of_the_live_site() {
    let bytes = fixture("press-release-2012-06-05-vienna.html");
    let item = extract(&bytes, site()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(item.item_type.as_str(), "press-release");
    assert_eq!(item.language.as_str(), "en");
    assert_eq!(
        item.title,
        "OSCE conference in Vienna looks at border security and terrorism"
    );
    // From <time datetime>; the dateline agrees.
    assert_eq!(item.date, date(2012, 6, 5));
    assert_eq!(item.place, "Vienna");
    assert_eq!(item.time_zone.as_deref(), Some("Europe/Vienna"));
    assert_eq!(
        item.sources,
        slugs(&["secretariat", "transnational-threats-department"])
    );
    assert_eq!(
        item.fields_of_work,
        slugs(&["border-management", "countering-terrorism"])
    );
    assert!(item.countries.is_empty());
    assert_eq!(
        item.paragraphs,
        strings(&[
            "Some 150 border and counter-terrorism officials from OSCE participating States and Partners for Co-operation gathered in Vienna today for a conference organized by the OSCE Secretariat's TNTD.",
            "The two-day conference looks at how border agencies can detect the movement of foreign terrorist fighters while keeping borders open for trade and travel, drawing on the work of the OSCE BMSC in Dushanbe.",
            "\"Open and secure borders are not a contradiction,\" said the Director of the Department in his opening remarks. \"They are two sides of the same professional work.\"",
            "Participants will also discuss co-operation with the UN and other international organizations.",
        ])
    );
    assert_eq!(
        item.contact,
        strings(&[
            "Jane Example",
            "Spokesperson",
            "Office: +43 1 514 36 6000",
            "press@example.org"
        ])
    );
    // TNTD and UN are in the glossary, BMSC is not.
    assert_eq!(
        item.new_glossary,
        vec![GlossaryEntry {
            abbr: "BMSC".into(),
            expansion: "Border Management Staff College".into()
        }]
    );
    assert!(item.warnings.is_empty(), "{:?}", item.warnings);
    // Scripts, noscript, navigation, the figure caption and the footer are never read.
    let everything = format!("{item:?}");
    for never in [
        "SCRIPT",
        "Injected",
        "dataLayer",
        "Breadcrumb",
        "Home",
        "Newsroom",
        "Hofburg",
        "All rights reserved",
        "Employment",
    ] {
        assert!(
            !everything.contains(never),
            "{never:?} leaked into {item:#?}"
        );
    }
}

// ---------------------------------------------------------------------------------------
// Bad input: one clear error each, never a panic, never half an item
// ---------------------------------------------------------------------------------------

#[test]
fn an_empty_page() {
    assert_eq!(error("bad-empty.txt"), PageError::Empty);
    assert_eq!(extract(b" \n\r\n\t ", site()), Err(PageError::Empty));
    assert_eq!(extract(b"\xEF\xBB\xBF\n", site()), Err(PageError::Empty));
    assert_eq!(PageError::Empty.to_string(), "the page is empty");
}

#[test]
fn binary_data() {
    assert_eq!(error("bad-binary.png"), PageError::Binary);
    // NUL bytes in otherwise readable text (UTF-16, for one).
    let utf16: Vec<u8> = "Press release"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    assert_eq!(extract(&utf16, site()), Err(PageError::Binary));
}

#[test]
fn invalid_utf8_names_the_offset() {
    let bytes = fixture("bad-latin1.txt");
    let first_bad = bytes
        .iter()
        .position(|&b| b >= 0x80)
        .expect("a Latin-1 byte");
    assert_eq!(first_bad, 90);
    assert_eq!(
        error("bad-latin1.txt"),
        PageError::InvalidUtf8 { offset: 90 }
    );
    assert_eq!(
        PageError::InvalidUtf8 { offset: 90 }.to_string(),
        "the page is not valid UTF-8: the byte at offset 90 is not part of a UTF-8 character (save the page as UTF-8)"
    );
    // The offset counts a byte order mark.
    let mut with_bom = b"\xEF\xBB\xBF".to_vec();
    with_bom.extend(&bytes);
    assert_eq!(
        extract(&with_bom, site()),
        Err(PageError::InvalidUtf8 { offset: 93 })
    );
}

#[test]
fn a_page_over_10_mb() {
    let mut big = seed_bytes();
    big.resize(MAX_BYTES + 1, b'a');
    assert_eq!(
        extract(&big, site()),
        Err(PageError::TooLarge {
            bytes: MAX_BYTES + 1,
            max: 10 * 1024 * 1024
        })
    );
    // Exactly the limit is read (and here refused for what it is, not for its size).
    big.truncate(MAX_BYTES);
    assert!(!matches!(
        extract(&big, site()),
        Err(PageError::TooLarge { .. })
    ));
}

#[test]
fn pages_that_are_not_items() {
    // A listing: "Press releases" is a heading, not an item's type label, and titles with
    // dates follow it.
    assert_eq!(
        error("bad-not-an-item-listing.txt"),
        PageError::NotAnItem(
            "the page lists titles with dates: it is a list of items, not one".into()
        )
    );
    assert_eq!(
        error("bad-not-an-item.html"),
        PageError::NotAnItem(
            "its title 'Press releases' is the name of a section of the site: the page lists items"
                .into()
        )
    );
    assert_eq!(
        error("bad-not-an-item-no-title.txt"),
        PageError::NotAnItem("the page has no title".into())
    );
    assert_eq!(
        error("bad-not-an-item-no-body.txt"),
        PageError::NotAnItem("the page has no body".into())
    );
    assert_eq!(
        error("bad-not-an-item-listing.txt").to_string(),
        "the page is not an item: the page lists titles with dates: it is a list of items, not one"
    );
}

#[test]
fn truncated_pages() {
    assert_eq!(
        error("bad-truncated-no-body.txt"),
        PageError::Truncated("the page has its metadata but no body".into())
    );
    assert_eq!(
        error("bad-truncated-mid-sentence.txt"),
        PageError::Truncated(
            "the last paragraph stops mid-sentence ('…their experience of co-operation between')"
                .into()
        )
    );
    assert_eq!(
        error("bad-truncated-mid-tag.html"),
        PageError::Truncated("the HTML ends inside a tag ('<a href=\"/se')".into())
    );
    assert_eq!(
        error("bad-truncated-no-end.html"),
        PageError::Truncated(
            "the HTML has neither </body> nor </html>: the page was cut off".into()
        )
    );
    // The seed cut right after its type label.
    let seed = String::from_utf8(seed_bytes()).expect("UTF-8");
    let cut = &seed[..seed.find("Press release\n").expect("the label") + 14];
    assert_eq!(
        extract(cut.as_bytes(), site()),
        Err(PageError::Truncated(
            "the page ends after its type label 'Press release'".into()
        ))
    );
}

#[test]
fn unknown_names_suggest_the_closest_known_ones() {
    // An unknown name does not refuse the page: it is reported with the closest names the
    // site knows, and an unknown source makes the item a draft that needs one.
    let source = read("bad-unknown-source.txt");
    assert!(source.needs_source);
    assert_eq!(
        PageError::UnknownSource {
            name: "OSCE Office in Minks".into(),
            suggestions: strings(&[
                "OSCE Office in Minsk",
                "OSCE Office in Baku",
                "OSCE Office in Zagreb"
            ]),
        }
        .to_string(),
        "unknown source 'OSCE Office in Minks' — did you mean 'OSCE Office in Minsk' or 'OSCE Office in Baku' or 'OSCE Office in Zagreb'?"
    );
    assert!(
        messages(&source.warnings).contains(
            &"unknown source 'OSCE Office in Minks' — did you mean 'OSCE Office in Minsk' or 'OSCE Office in Baku' or 'OSCE Office in Zagreb'?: imported as a draft that needs a source".to_owned()
        ),
        "{:?}",
        source.warnings
    );
    let field = read("bad-unknown-field.txt");
    assert!(
        messages(&field.warnings)
            .contains(&"unknown field of work 'Labour mobility': left out".to_owned()),
        "{:?}",
        field.warnings
    );
    assert!(!field.needs_source);
    let label = read("bad-unknown-type.txt");
    assert_eq!(label.item_type.as_str(), "press-release");
    assert!(
        messages(&label.warnings).contains(
            &"unknown item type 'Pressemeldung' — did you mean 'Pressemitteilung' or 'Press release' or 'Press-reliz'?: imported as 'Press release' (give --type)".to_owned()
        ),
        "{:?}",
        label.warnings
    );
}

#[test]
fn html_nested_thousands_deep_is_refused_before_parsing() {
    let page = format!(
        "<html><body><article><div>Press release</div><h1>Title</h1>{}</article></body></html>",
        "<div>".repeat(100_000)
    );
    assert_eq!(
        extract(page.as_bytes(), site()),
        Err(PageError::Malformed(
            "its elements nest more than 512 deep".into()
        ))
    );
}

#[test]
fn many_labelled_fields_are_read_in_linear_time() {
    // Quadratic work here would take minutes, not a fraction of a second.
    let page = format!(
        "<html><body><article><div>Press release</div><h1>Title</h1>{}</article></body></html>",
        "<span class=\"label\">Date:</span>".repeat(30_000)
    );
    assert_eq!(
        extract(page.as_bytes(), site()),
        Err(PageError::Truncated(
            "the page has its metadata but no body".into()
        ))
    );
}

#[test]
fn dates_that_are_missing_or_unreadable() {
    assert_eq!(error("bad-no-date.txt"), PageError::NoDate);
    assert_eq!(
        error("bad-unreadable-date.txt"),
        PageError::UnreadableDate {
            value: "sometime in spring".into()
        }
    );
}

// ---------------------------------------------------------------------------------------
// No input makes the extraction panic
// ---------------------------------------------------------------------------------------

/// A result is an error or a whole item.
fn check_whole(result: &Result<Extracted, PageError>) -> Result<(), TestCaseError> {
    if let Ok(item) = result {
        prop_assert!(!item.title.is_empty());
        prop_assert!(!item.paragraphs.is_empty());
        prop_assert!(item.paragraphs.iter().all(|p| !p.trim().is_empty()));
        let everything = format!("{item:?}");
        prop_assert!(!everything.contains("SCRIPT PARAGRAPH"));
    }
    Ok(())
}

fn html_fixture() -> Vec<u8> {
    fixture("press-release-2012-06-05-vienna.html")
}

/// Lines that pages are made of, to build random pages that reach deep into the reader.
const PIECES: &[&str] = &[
    "Press release",
    "Пресс-релиз",
    "Statement",
    "OSCE holds a seminar",
    "- Date:",
    "- Place:",
    "- Source:",
    "- Fields of work:",
    "- Countries:",
    "- Дата:",
    "- 8 April 2008",
    "- MINSK",
    "- OSCE Secretariat, OSCE Office in Minsk (closed)",
    "- Combating trafficking in human beings",
    "- Belarus",
    "-",
    "",
    "MINSK, 8 April 2008 - The OSCE opened a seminar.",
    "VALLETTA/VIENNA, 3 May 2016 – Participants met.",
    "МИНСК, 15 октября 2019 – Семинар начался.",
    "The seminar met NGONGO",
    "non-governmental organization representatives.",
    "AAAA",
    "Photo details",
    "Photo: OSCE",
    "© OSCE/Jane Doe",
    "Contacts",
    "For more information contact: Jane Doe",
    "Skip Links",
    "The text goes on.",
    "<html><body>",
    "<article><h1>Title</h1><div class=\"type\">Press release</div>",
    "<dl><dt>Date:</dt><dd>8 April 2008</dd></dl>",
    "<p>VIENNA 5 June 2012 - Text <abbr title=\"United Nations\">UN</abbr>.</p>",
    "<script>var p = '<p>SCRIPT PARAGRAPH</p>';</script>",
    "</body></html>",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..3000)) {
        check_whole(&extract(&bytes, site()))?;
    }

    #[test]
    fn random_text_never_panics(text in "\\PC{0,400}") {
        check_whole(&extract(text.as_bytes(), site()))?;
    }

    #[test]
    fn pages_made_of_random_pieces_never_panic(
        picks in prop::collection::vec(prop::sample::select(PIECES), 0..40)
    ) {
        check_whole(&extract(picks.join("\n").as_bytes(), site()))?;
    }

    #[test]
    fn the_seed_truncated_anywhere_never_panics(at in any::<prop::sample::Index>()) {
        let seed = seed_bytes();
        let cut = &seed[..at.index(seed.len() + 1)];
        check_whole(&extract(cut, site()))?;
    }

    #[test]
    fn the_seed_without_some_lines_never_panics(
        keep in prop::collection::vec(prop::bool::weighted(0.8), 400)
    ) {
        let seed = String::from_utf8(seed_bytes()).expect("UTF-8");
        let page: Vec<&str> = seed
            .lines()
            .zip(keep.iter().cycle())
            .filter(|(_, k)| **k)
            .map(|(l, _)| l)
            .collect();
        check_whole(&extract(page.join("\n").as_bytes(), site()))?;
    }

    #[test]
    fn the_seed_with_flipped_bytes_never_panics(
        flips in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..20)
    ) {
        let mut seed = seed_bytes();
        let len = seed.len();
        for (at, byte) in flips {
            seed[at.index(len)] = byte;
        }
        check_whole(&extract(&seed, site()))?;
    }

    #[test]
    fn the_html_page_truncated_or_flipped_never_panics(
        at in any::<prop::sample::Index>(),
        flips in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..10)
    ) {
        let mut page = html_fixture();
        let len = page.len();
        for (i, byte) in flips {
            page[i.index(len)] = byte;
        }
        let cut = &page[..at.index(len + 1)];
        check_whole(&extract(cut, site()))?;
    }
}
