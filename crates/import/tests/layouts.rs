//! Saved pages in every layout the old site used since the 1990s (`tests/pages/layouts/`),
//! in English, Russian and Bosnian/Croatian/Serbian: each page is read field by field
//! against what it shows, and what it does not show comes from the options, its address or
//! its text, with a warning of the kind the report counts.

mod common;

use common::slugs;

use std::path::Path;

use communique_import::page::{
    Extracted, Options, PageError, WarningKind, date_in_path, extract, extract_with,
};
use jiff::civil::{Date, date};
use model::Slug;

fn layout(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/pages/layouts")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()))
}

fn read(name: &str) -> Extracted {
    extract(&layout(name), common::site()).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn kinds(item: &Extracted) -> Vec<WarningKind> {
    item.warnings.iter().map(|w| w.kind).collect()
}

/// What a page shows, field by field.
struct Expected<'a> {
    item_type: &'a str,
    language: &'a str,
    title: &'a str,
    date: Date,
    place: &'a str,
    time_zone: Option<&'a str>,
    sources: &'a [&'a str],
    fields: &'a [&'a str],
    first_paragraph: &'a str,
    paragraphs: usize,
}

fn check(name: &str, e: &Expected<'_>) -> Extracted {
    let item = read(name);
    assert_eq!(item.item_type.as_str(), e.item_type, "{name}: type");
    assert_eq!(item.language.as_str(), e.language, "{name}: language");
    assert_eq!(item.title, e.title, "{name}: title");
    assert_eq!(item.date, e.date, "{name}: date");
    assert_eq!(item.place, e.place, "{name}: place");
    assert_eq!(item.time_zone.as_deref(), e.time_zone, "{name}: time zone");
    assert_eq!(item.sources, slugs(e.sources), "{name}: sources");
    assert_eq!(
        item.fields_of_work,
        slugs(e.fields),
        "{name}: fields of work"
    );
    assert_eq!(
        item.paragraphs.first().map(String::as_str),
        Some(e.first_paragraph),
        "{name}: first paragraph"
    );
    assert_eq!(item.paragraphs.len(), e.paragraphs, "{name}: paragraphs");
    item
}

// ---------------------------------------------------------------------------------------
// Newsroom (about 2000–2016): "Newsroom", the title, a date line, the dateline
// ---------------------------------------------------------------------------------------

#[test]
fn newsroom_layout_with_a_date_line_and_the_dateline() {
    let item = check(
        "en-newsroom-2005-07-12-vienna.txt",
        &Expected {
            item_type: "press-release",
            language: "en",
            title: "OSCE Chairman-in-Office welcomes agreement on border monitoring in the South Caucasus",
            date: date(2005, 7, 12),
            place: "Vienna",
            time_zone: Some("Europe/Vienna"),
            sources: &["chairpersonship"],
            fields: &[],
            first_paragraph: "The OSCE Chairman-in-Office, Slovenian Foreign Minister Dimitrij Rupel, today welcomed the agreement reached by the participating States on the future of border monitoring in the South Caucasus.",
            paragraphs: 4,
        },
    );
    // Curly and straight quotes are kept as written; the paragraph saved twice is once.
    assert!(item.paragraphs[1].starts_with("\"This is a good day"));
    assert!(item.paragraphs[1].ends_with("high.”"));
    // The contact block, with the address the CDN hid, is apart from the body.
    assert_eq!(
        item.contact.first().map(String::as_str),
        Some("Richard Murphy")
    );
    assert_eq!(
        item.contact.last().map(String::as_str),
        Some("[email protected]")
    );
    assert!(!item.paragraphs.iter().any(|p| p.contains("Spokesperson")));
    assert!(!item.needs_source);
    assert_eq!(
        kinds(&item),
        [
            WarningKind::TypeAssumed,
            WarningKind::Repeated,
            WarningKind::Markup,
            WarningKind::SourceAssumed
        ]
    );
}

#[test]
fn newsroom_layout_with_a_date_alone_and_an_old_spelling() {
    let item = check(
        "en-newsroom-2009-03-03-ashgabad-no-place-in-date-line.txt",
        &Expected {
            item_type: "press-release",
            language: "en",
            title: "OSCE Centre in Ashgabad trains journalists on election coverage",
            date: date(2009, 3, 3),
            // As the page spells it, with the time zone of Ashgabat.
            place: "Ashgabad",
            time_zone: Some("Asia/Ashgabat"),
            sources: &["centre-in-ashgabat"],
            fields: &[],
            first_paragraph: "The OSCE Centre in Ashgabad today opened a five-day training course for 20 journalists from state and regional media on the coverage of elections.",
            paragraphs: 4,
        },
    );
    assert!(
        item.paragraphs[2].contains("'Our aim is to support professional, balanced reporting.'")
    );
}

#[test]
fn newsroom_layout_where_the_date_line_and_the_dateline_disagree() {
    let item = check(
        "en-newsroom-2003-10-21-valletta-vienna-disagree.txt",
        &Expected {
            item_type: "press-release",
            language: "en",
            title: "OSCE and Mediterranean Partners discuss migration in Valletta",
            // The date line is the page's date; the disagreement is reported.
            date: date(2003, 10, 20),
            place: "Valletta/Vienna",
            time_zone: Some("Europe/Malta"),
            sources: &[],
            fields: &[],
            first_paragraph: "Experts from the OSCE participating States and the Mediterranean Partners for Co-operation met in Valletta today to discuss the management of migration flows.",
            paragraphs: 3,
        },
    );
    assert!(
        item.warnings.iter().any(|w| w.kind == WarningKind::Disagreement
            && w.message
                == "the page's date 2003-10-20 differs from the dateline's 2003-10-21; the page's is used"),
        "{:?}",
        item.warnings
    );
    // The photo details block is dropped; nothing names a source: a draft that needs one.
    assert!(!item.paragraphs.iter().any(|p| p.contains("Participants")));
    assert!(item.needs_source);
    assert!(kinds(&item).contains(&WarningKind::NoSource));
    assert!(kinds(&item).contains(&WarningKind::Caption));
}

#[test]
fn russian_newsroom_layout() {
    let item = check(
        "ru-newsroom-2007-06-05-vienna.txt",
        &Expected {
            item_type: "press-release",
            language: "ru",
            title: "Председатель ОБСЕ призвал стороны продолжить переговоры",
            date: date(2007, 6, 5),
            place: "Вена",
            time_zone: Some("Europe/Vienna"),
            sources: &["chairpersonship"],
            fields: &[],
            first_paragraph: "Действующий председатель ОБСЕ, министр иностранных дел Испании Мигель Анхель Моратинос, призвал сегодня стороны продолжить переговоры по урегулированию конфликта.",
            paragraphs: 3,
        },
    );
    assert_eq!(item.contact, ["Пресс-служба ОБСЕ", "[email protected]"]);
}

// ---------------------------------------------------------------------------------------
// Content only: the title and the body, with or without a dateline
// ---------------------------------------------------------------------------------------

#[test]
fn content_only_with_a_dateline_without_a_dash() {
    let item = check(
        "en-content-only-2012-07-12-bishkek.txt",
        &Expected {
            item_type: "press-release",
            language: "en",
            title: "OSCE Centre in Bishkek supports dialogue on police reform in southern Kyrgyzstan",
            date: date(2012, 7, 12),
            place: "Bishkek",
            time_zone: Some("Asia/Bishkek"),
            // "OSCE Centre in Bishkek" was the Programme Office's name in 2012.
            sources: &["programme-office-in-bishkek"],
            fields: &[],
            first_paragraph: "The OSCE Centre in Bishkek today brought together police officers, local officials and civil society representatives in Osh to discuss the next steps of police reform.",
            paragraphs: 4,
        },
    );
    assert_eq!(
        kinds(&item),
        [WarningKind::TypeAssumed, WarningKind::SourceAssumed]
    );
}

#[test]
fn content_only_with_the_date_in_the_text() {
    let item = check(
        "en-content-only-2011-10-05-date-in-text.txt",
        &Expected {
            item_type: "press-release",
            language: "en",
            title: "OSCE Mission to Skopje hands over equipment to the Ministry of Interior",
            date: date(2011, 10, 5),
            place: "",
            time_zone: None,
            sources: &["mission-to-skopje"],
            fields: &[],
            first_paragraph: "The OSCE Mission to Skopje handed over computer equipment to the Ministry of Interior on 5 October 2011, as part of its support to the reform of the border police.",
            paragraphs: 3,
        },
    );
    assert!(
        item.warnings.iter().any(|w| w.message
            == "the page shows no date line: 2011-10-05 from its text ('on 5 October 2011')"),
        "{:?}",
        item.warnings
    );
    assert!(kinds(&item).contains(&WarningKind::NoPlace));
}

#[test]
fn content_only_without_any_date_needs_the_path() {
    let page = layout("en-content-only-no-date.txt");
    assert_eq!(
        extract(&page, common::site()),
        Err(PageError::NoDate),
        "no date anywhere: refused with the reason"
    );
    let path = "archive/odihr/2013/05/14/hate-crimes.txt";
    let options = Options {
        path_date: date_in_path(path),
        source: Some(Slug::parse("odihr").expect("a slug")),
        ..Options::default()
    };
    let item = extract_with(&page, common::site(), &options).expect("the path gives the date");
    assert_eq!(item.date, date(2013, 5, 14));
    // The text names the ODIHR too, but the archivist's --source comes first.
    assert_eq!(item.sources, slugs(&["odihr"]));
    assert!(kinds(&item).contains(&WarningKind::DateAssumed));
    assert!(kinds(&item).contains(&WarningKind::SourceAssumed));
}

// ---------------------------------------------------------------------------------------
// Section header: a structure and a section above the title, captions below it
// ---------------------------------------------------------------------------------------

#[test]
fn section_header_with_captions_and_a_disclaimer() {
    let item = check(
        "en-section-header-2012-06-29-sg.txt",
        &Expected {
            // The section "News" gives the type; "Secretary General" the source.
            item_type: "news",
            language: "en",
            title: "Secretary General Zannier calls for renewed commitment to conflict resolution in Moldova",
            date: date(2012, 6, 29),
            place: "Chisinau",
            time_zone: Some("Europe/Chisinau"),
            sources: &["secretary-general"],
            fields: &[],
            first_paragraph: "OSCE Secretary General Lamberto Zannier today called on the sides to renew their commitment to the negotiations on a comprehensive settlement of the Transdniestrian conflict.",
            paragraphs: 3,
        },
    );
    assert_eq!(
        item.notes,
        [
            "The views expressed in this release are those of the Secretary General and do not necessarily reflect the official position of all participating States."
        ]
    );
    assert_eq!(
        kinds(&item)
            .iter()
            .filter(|k| **k == WarningKind::Caption)
            .count(),
        3,
        "two captions and the 'Photo details' line: {:?}",
        item.warnings
    );
    assert!(!item.needs_source);
}

// ---------------------------------------------------------------------------------------
// Seed-like (2017 on), labels half translated
// ---------------------------------------------------------------------------------------

#[test]
fn seed_like_layout_with_half_translated_labels() {
    let item = check(
        "ru-seed-like-2018-05-16-dushanbe.txt",
        &Expected {
            item_type: "press-release",
            language: "ru",
            title: "ОБСЕ провела в Душанбе семинар по гендерному равенству в полиции",
            // "Дата:" is empty: the dateline gives the date.
            date: date(2018, 5, 16),
            place: "Душанбе",
            time_zone: Some("Asia/Dushanbe"),
            sources: &["programme-office-in-dushanbe"],
            // Comma-joined in Russian with stray spaces.
            fields: &["gender-equality", "policing", "youth"],
            first_paragraph: "Программный офис ОБСЕ в Душанбе провел сегодня двухдневный семинар по вопросам гендерного равенства для сотрудников органов внутренних дел.",
            paragraphs: 4,
        },
    );
    assert!(item.warnings.is_empty(), "{:?}", item.warnings);
}

// ---------------------------------------------------------------------------------------
// New field-operation sites (2025): "News Item", a lead, "- Issued on:", local dates
// ---------------------------------------------------------------------------------------

#[test]
fn field_operation_site_with_a_lead_and_a_local_date_line() {
    let item = check(
        "hbs-field-2025-11-26-sarajevo-news-item.txt",
        &Expected {
            item_type: "news",
            language: "hbs",
            title: "Misija OSCE-a podržala obuku tužilaca o procesuiranju zločina iz mržnje",
            date: date(2025, 11, 26),
            place: "",
            time_zone: None,
            sources: &["mission-to-bosnia-and-herzegovina"],
            fields: &[],
            first_paragraph: "Misija OSCE-a u Bosni i Hercegovini organizovala je dvodnevnu obuku za tužioce iz cijele zemlje. Obuka je bila posvećena istraživanju i procesuiranju krivičnih djela počinjenih iz mržnje.",
            paragraphs: 4,
        },
    );
    assert!(
        item.warnings
            .iter()
            .any(|w| w.kind == WarningKind::Repeated && w.message.starts_with("dropped a lead")),
        "{:?}",
        item.warnings
    );
}

#[test]
fn field_operation_site_with_a_local_dateline() {
    check(
        "hbs-field-2025-03-14-banja-luka-dateline.txt",
        &Expected {
            item_type: "news",
            language: "hbs",
            title: "Održana konferencija o učešću mladih u lokalnoj zajednici",
            date: date(2025, 3, 14),
            place: "Banja Luka",
            time_zone: Some("Europe/Sarajevo"),
            sources: &["mission-to-bosnia-and-herzegovina"],
            fields: &[],
            first_paragraph: "Više od stotinu mladih iz dvadeset opština učestvovalo je danas na konferenciji o učešću mladih u odlučivanju na lokalnom nivou.",
            paragraphs: 3,
        },
    );
}

// ---------------------------------------------------------------------------------------
// The type and the source from the options and the address
// ---------------------------------------------------------------------------------------

#[test]
fn the_archivist_gives_the_type_of_pages_without_a_label() {
    let page = layout("en-newsroom-2005-07-12-vienna.txt");
    let options = Options {
        default_type: Some(Slug::parse("statement").expect("a slug")),
        ..Options::default()
    };
    let item = extract_with(&page, common::site(), &options).expect("reads");
    assert_eq!(item.item_type.as_str(), "statement");
    assert_eq!(
        item.warnings[0].message,
        "the page shows no type label: imported as 'Statement' (--type)"
    );
}

#[test]
fn the_saved_address_gives_the_source() {
    let page =
        String::from_utf8(layout("en-newsroom-2006-11-14-warsaw-saved.html")).expect("UTF-8");
    let saved = "<!-- saved from url=(0037)http://www.osce.org/odihr/item_1_21855.html -->";
    for (address, source) in [
        ("http://www.osce.org/ru/fom/77", "rfom"),
        (
            "https://www.osce.org/programme-office-in-bishkek/5",
            "programme-office-in-bishkek",
        ),
        ("https://www.osce.org/sg/123", "secretary-general"),
    ] {
        let moved = page.replace(saved, &format!("<!-- saved from url=(0041){address} -->"));
        let item =
            extract(moved.as_bytes(), common::site()).unwrap_or_else(|e| panic!("{address}: {e}"));
        assert_eq!(item.sources, slugs(&[source]), "{address}");
        assert_eq!(item.address.as_deref(), Some(address));
    }
    // An address in no structure's section: the text names the ODIHR.
    let elsewhere = page.replace(
        saved,
        "<link rel=\"canonical\" href=\"https://www.osce.org/home/5\">",
    );
    let item = extract(elsewhere.as_bytes(), common::site()).expect("reads");
    assert_eq!(item.sources, slugs(&["odihr"]));
    assert!(
        item.warnings
            .iter()
            .any(|w| w.message.contains("from the text")),
        "{:?}",
        item.warnings
    );
}

#[test]
fn a_page_with_neither_title_nor_date_is_not_an_item() {
    let bare = "-\nNewsroom\n- Press releases\n";
    assert!(matches!(
        extract(bare.as_bytes(), common::site()),
        Err(PageError::NotAnItem(_))
    ));
    let only_text = "The OSCE said that it would continue its work in the region.";
    assert!(extract(only_text.as_bytes(), common::site()).is_err());
}

#[test]
fn a_saved_html_page_of_the_newsroom_years() {
    let item = check(
        "en-newsroom-2006-11-14-warsaw-saved.html",
        &Expected {
            item_type: "press-release",
            language: "en",
            title: "ODIHR launches guidelines on freedom of peaceful assembly",
            date: date(2006, 11, 14),
            place: "Warsaw",
            time_zone: Some("Europe/Warsaw"),
            // The page shows no source: its address on the old site is in /odihr/.
            sources: &["odihr"],
            fields: &[],
            first_paragraph: "The OSCE Office for Democratic Institutions and Human Rights today presented guidelines to help participating States draft laws on the freedom of peaceful assembly.",
            paragraphs: 3,
        },
    );
    assert_eq!(
        item.address.as_deref(),
        Some("http://www.osce.org/odihr/item_1_21855.html")
    );
    // The address the CDN hid is decoded from the saved page.
    assert_eq!(
        item.contact,
        ["Urdur Gunnarsdottir, ODIHR Spokesperson, urdur.gunnarsdottir@example.org"]
    );
    assert!(
        item.warnings
            .iter()
            .any(|w| w.kind == WarningKind::SourceAssumed && w.message.contains("from its address")),
        "{:?}",
        item.warnings
    );
}

#[test]
fn a_name_with_local_letters_does_not_make_an_english_page_local() {
    let page = "Newsroom\n\
        OSCE media freedom representative calls for decriminalization of defamation\n\
        VIENNA 9 May 2011\n\
        VIENNA, 9 May 2011 - Dunja Mijatović, the OSCE Representative on Freedom of the Media, today called on all participating States to decriminalize defamation.\n\
        \"Journalists should never go to prison for what they write,\" Mijatović said at the opening of the conference.\n\
        Mijatović will present her report to the Permanent Council on Thursday.\n";
    let item = extract(page.as_bytes(), common::site()).expect("reads");
    assert_eq!(item.language.as_str(), "en");
    let local = "Vijesti\n\
        Održan sastanak o slobodi medija\n\
        SARAJEVO, 9. maj 2011. – Predstavnica OSCE-a za slobodu medija Dunja Mijatović sastala se danas s novinarima iz cijele zemlje.\n\
        Razgovaralo se o zaštiti novinara i o izmjenama zakona o kleveti.\n";
    let item = extract(local.as_bytes(), common::site()).expect("reads");
    assert_eq!(item.language.as_str(), "hbs");
    assert_eq!(item.date, date(2011, 5, 9));
}

#[test]
fn a_ukrainian_page_with_ukrainian_labels_and_names() {
    let page = "Прес-реліз\n\
        СММ ОБСЄ сприяла ремонту водогону поблизу Донецької фільтрувальної станції\n\
        - Дата:\n\
        - Місце:\n\
        - КИЇВ\n\
        - Джерело:\n\
        - Спеціальна моніторингова місія ОБСЄ в Україні\n\
        - Напрями діяльності:\n\
        - Запобігання та врегулювання конфліктів\n\
        КИЇВ, 9 квітня 2021 р. – Спеціальна моніторингова місія ОБСЄ в Україні сприяла дотриманню режиму припинення вогню.\n\
        Завдяки ремонту водопостачання відновлено для понад 300 тисяч мешканців.\n";
    let item = extract(page.as_bytes(), common::site()).expect("reads");
    assert_eq!(item.item_type.as_str(), "press-release");
    assert_eq!(item.language.as_str(), "uk");
    assert_eq!(item.date, date(2021, 4, 9));
    assert_eq!(item.place, "Київ");
    assert_eq!(item.time_zone.as_deref(), Some("Europe/Kyiv"));
    assert_eq!(
        item.sources,
        slugs(&["special-monitoring-mission-to-ukraine"])
    );
    assert_eq!(
        item.fields_of_work,
        slugs(&["conflict-prevention-and-resolution"])
    );
}

#[test]
fn old_html_without_an_h1_takes_its_title_from_the_markup() {
    let html = "<html><head><title>OSCE</title></head><body>\
        <div id=\"nav\"><a href=\"/\">Home</a> <a href=\"/newsroom\">Newsroom</a></div>\
        <div class=\"title\"><b>ODIHR deploys election observation mission to Azerbaijan</b></div>\
        <p>WARSAW, 5 November 2002 - The OSCE Office for Democratic Institutions and Human Rights today opened an election observation mission in Baku.</p>\
        <p>The mission will follow the campaign and the vote.</p>\
        </body></html>";
    let item = extract(html.as_bytes(), common::site()).expect("reads");
    assert_eq!(
        item.title,
        "ODIHR deploys election observation mission to Azerbaijan"
    );
    assert_eq!(item.date, date(2002, 11, 5));
    assert_eq!(item.place, "Warsaw");
    assert_eq!(item.paragraphs.len(), 2);
    let h2 = html
        .replace("<div class=\"title\"><b>", "<h2>")
        .replace("</b></div>", "</h2>");
    let item = extract(h2.as_bytes(), common::site()).expect("reads");
    assert_eq!(
        item.title,
        "ODIHR deploys election observation mission to Azerbaijan"
    );
}

#[test]
fn a_truncated_page_is_kept_for_review_only_when_asked() {
    let page = std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pages/bad-truncated-mid-sentence.txt"),
    )
    .expect("the fixture");
    assert!(matches!(
        extract(&page, common::site()),
        Err(PageError::Truncated(_))
    ));
    let options = Options {
        keep_truncated: true,
        ..Options::default()
    };
    let item = extract_with(&page, common::site(), &options).expect("kept");
    let reason = item.needs_review.clone().expect("marked for review");
    assert!(
        reason.starts_with("the last paragraph stops mid-sentence"),
        "{reason}"
    );
    assert!(
        item.paragraphs
            .last()
            .is_some_and(|p| p.ends_with("co-operation between")),
        "what was read is kept: {:?}",
        item.paragraphs.last()
    );
    assert!(kinds(&item).contains(&WarningKind::Truncated));
}

#[test]
fn a_numbered_release_of_the_1990s() {
    let item = check(
        "en-1990s-1996-03-14-vienna-numbered.txt",
        &Expected {
            item_type: "press-release",
            language: "en",
            // The number line and the date line stand between the label and the title.
            title: "OSCE CHAIRMAN-IN-OFFICE APPOINTS PERSONAL REPRESENTATIVE FOR THE CONFLICT DEALT WITH BY THE MINSK CONFERENCE",
            date: date(1996, 3, 14),
            place: "Vienna",
            time_zone: Some("Europe/Vienna"),
            sources: &["chairpersonship"],
            fields: &[],
            first_paragraph: "The Chairman-in-Office of the OSCE, Swiss Foreign Minister Flavio Cotti, today appointed a Personal Representative on the conflict dealt with by the OSCE Minsk Conference.",
            paragraphs: 3,
        },
    );
    // "Print" and "Share" close the page: it is not cut mid-sentence.
    assert_eq!(
        item.contact,
        [
            "Press and Public Information Officer",
            "OSCE Secretariat, Kärntner Ring 5-7, A-1010 Vienna"
        ]
    );
}

#[test]
fn a_banner_above_the_field_operation_layout() {
    let item = check(
        "hbs-field-2025-10-02-mostar-banner.txt",
        &Expected {
            item_type: "news",
            language: "hbs",
            title: "Mladi iz Mostara razgovarali o zajedničkom obrazovanju",
            date: date(2025, 10, 2),
            place: "",
            time_zone: None,
            sources: &["mission-to-bosnia-and-herzegovina"],
            fields: &[],
            first_paragraph: "Misija OSCE-a u Bosni i Hercegovini okupila je danas u Mostaru učenike dviju srednjih škola. Razgovarali su o zajedničkim aktivnostima i o tome kako škole mogu više sarađivati.",
            paragraphs: 2,
        },
    );
    // "Kontakt: …" on one line opens the contact block.
    assert_eq!(item.contact, ["Ured za medije Misije, [email protected]"]);
}

#[test]
fn an_old_html_page_in_the_encoding_it_declares() {
    let item = check(
        "ru-2004-05-12-osh-windows-1251.htm",
        &Expected {
            // The label closest above the title, not the menu's "Новости".
            item_type: "press-release",
            language: "ru",
            // A bold banner names the structure; the headline is the next bold text.
            title: "Центр ОБСЕ в Бишкеке провел семинар для журналистов Ошской области",
            date: date(2004, 5, 12),
            place: "Ош",
            time_zone: Some("Asia/Bishkek"),
            sources: &["programme-office-in-bishkek"],
            fields: &[],
            first_paragraph: "Центр ОБСЕ в Бишкеке провел сегодня в Оше двухдневный семинар для журналистов региональных газет и телеканалов.",
            paragraphs: 2,
        },
    );
    assert_eq!(item.contact, ["пресс-служба Центра ОБСЕ, Бишкек"]);
}

#[test]
fn the_footer_after_the_body_is_not_the_body() {
    let page = "Пресс-релиз\n\
        ОБСЕ провела в Астане семинар по медиаграмотности\n\
        - Дата:\n\
        - Место:\n\
        - АСТАНА\n\
        - Источник:\n\
        - Программный офис ОБСЕ в Астане\n\
        АСТАНА, 3 марта 2023 г. – Программный офис ОБСЕ в Астане провел сегодня семинар по медиаграмотности для 30 журналистов.\n\
        Участники обсудили проверку фактов и безопасность в интернете.\n\
        Связанные материалы\n\
        - ОБСЕ поддерживает журналистов Казахстана\n\
        Печать\n\
        Wallnerstrasse 6, 1010 Vienna, Austria\n\
        - - - - -\n";
    let item = extract(page.as_bytes(), common::site())
        .expect("not truncated: the footer is not the body");
    assert_eq!(item.paragraphs.len(), 2, "{:?}", item.paragraphs);
    assert_eq!(item.sources, slugs(&["programme-office-in-astana"]));
    // Without the footer marker, the short lines after the body are dropped as a footer.
    let bare = page
        .replace(
            "Связанные материалы\n- ОБСЕ поддерживает журналистов Казахстана\n",
            "",
        )
        .replace("Печать\n", "");
    let item = extract(bare.as_bytes(), common::site()).expect("reads");
    assert_eq!(item.paragraphs.len(), 2, "{:?}", item.paragraphs);
    assert!(kinds(&item).contains(&WarningKind::Markup));
}

#[test]
fn a_type_label_below_the_title_and_its_date_line() {
    let page = "Newsroom\n\
        High Commissioner calls for integration through education\n\
        THE HAGUE 7 June 2016\n\
        Speech\n\
        Ladies and gentlemen, I am grateful for the opportunity to speak about integration and education in diverse societies.\n\
        Education is where integration begins.\n";
    let item = extract(page.as_bytes(), common::site()).expect("reads");
    assert_eq!(item.item_type.as_str(), "speech");
    assert_eq!(
        item.title,
        "High Commissioner calls for integration through education"
    );
    assert_eq!(item.date, date(2016, 6, 7));
    assert_eq!(item.place, "The Hague");
    assert_eq!(item.paragraphs.len(), 2);
}

#[test]
fn a_kazakh_field_operation_page() {
    let page = "Жаңалық\n\
        ЕҚЫҰ-ның Астанадағы бағдарламалық кеңсесі журналистерге арналған семинар өткізді\n\
        ЕҚЫҰ-ның Астанадағы бағдарламалық кеңсесі Қарағанды облысының 25 журналисіне арналған екі күндік семинар өткізді.\n\
        - Жарияланған күні:\n\
        - 2025 жылғы 15 сәуір\n\
        - Жариялаушы:\n\
        - ЕҚЫҰ-ның Астанадағы бағдарламалық кеңсесі\n\
        ЕҚЫҰ-ның Астанадағы бағдарламалық кеңсесі Қарағанды облысының 25 журналисіне арналған екі күндік семинар өткізді. Семинар медиасауаттылыққа арналды.\n\
        Қатысушылар фактчекинг әдістерін үйренді.\n";
    let item = extract(page.as_bytes(), common::site()).expect("reads");
    assert_eq!(item.item_type.as_str(), "news");
    assert_eq!(item.language.as_str(), "kk");
    assert_eq!(item.date, date(2025, 4, 15));
    assert_eq!(item.sources, slugs(&["programme-office-in-astana"]));
    assert_eq!(item.paragraphs.len(), 2);
}

#[test]
fn labelled_list_items_and_a_lead_before_the_dateline_in_html() {
    let html = "<html lang=\"sq\"><body><main>\
        <h1>Misioni i OSBE-së mbështet të rinjtë në Prishtinë</h1>\
        <ul><li>Publikuar më: 20 janar 2025</li><li>Botues: Misioni i OSBE-së në Kosovë</li></ul>\
        <p>Misioni i OSBE-së në Kosovë organizoi sot një tryezë të rrumbullakët me të rinjtë.</p>\
        <p>PRISHTINË, 20 janar 2025 – Misioni i OSBE-së në Kosovë organizoi sot një tryezë të rrumbullakët me të rinjtë nga pesë komuna.</p>\
        <p>Të rinjtë diskutuan për pjesëmarrjen në vendimmarrje.</p>\
        </main></body></html>";
    let item = extract(html.as_bytes(), common::site()).expect("reads");
    assert_eq!(item.language.as_str(), "sq");
    assert_eq!(item.date, date(2025, 1, 20));
    assert_eq!(item.place, "Prishtinë");
    assert_eq!(item.time_zone.as_deref(), Some("Europe/Belgrade"));
    assert_eq!(item.sources, slugs(&["mission-in-kosovo"]));
    assert_eq!(
        item.paragraphs[0],
        "Misioni i OSBE-së në Kosovë organizoi sot një tryezë të rrumbullakët me të rinjtë nga pesë komuna."
    );
    assert_eq!(item.paragraphs.len(), 2);
}

#[test]
fn the_date_shown_wins_over_a_utc_timestamp_and_a_banner_names_the_source() {
    let html = "<html lang=\"en\"><body>\
        <div class=\"banner\"><b>OSCE Kosovo Verification Mission</b></div>\
        <article><h1>Chairman-in-Office condemns the killings near Racak</h1>\
        <dl><dt>Date:</dt><dd><time datetime=\"2023-11-24T23:00:00Z\">25 November 2023</time></dd>\
        <dt>Location:</dt><dd>Budva, Montenegro</dd></dl>\
        <p>The Chairman-in-Office today condemned the killings and called for an investigation.</p>\
        <p>He will report to the Permanent Council.</p></article></body></html>";
    let item = extract(html.as_bytes(), common::site()).expect("reads");
    // The page shows 25 November at its place; the UTC instant is the evening before.
    assert_eq!(item.date, date(2023, 11, 25));
    // "Budva, Montenegro": the place without its country.
    assert_eq!(item.place, "Budva");
    assert_eq!(item.sources, slugs(&["kosovo-verification-mission"]));
}

#[test]
fn a_published_line_between_the_title_and_the_dateline() {
    let page = "Новость\n\
        Центр ОБСЕ в Ашхабаде провел семинар по вопросам энергетической безопасности\n\
        Опубликовано: 3 июня 2014 г.\n\
        Участники семинара в Ашхабаде, 2 июня 2014 г. (ОБСЕ/Мерджен Бабаева)\n\
        АШХАБАД, 3 июня 2014 г. – Двухдневный семинар по вопросам энергетической безопасности завершился сегодня в Ашхабаде.\n\
        Около 40 представителей государственных органов обсудили вопросы энергоэффективности.\n\
        Ссылки по теме\n\
        - Центр ОБСЕ в Ашхабаде\n";
    let item = extract(page.as_bytes(), common::site()).expect("reads");
    assert_eq!(item.date, date(2014, 6, 3));
    assert_eq!(item.place, "Ашхабад");
    assert_eq!(item.paragraphs.len(), 2);
    assert!(item.paragraphs[0].starts_with("Двухдневный семинар"));
}

#[test]
fn turkmen_and_tajik_dates_and_labels() {
    let page = "Metbugat beýannamasy\n\
        ÝHHG-niň Aşgabatdaky merkezi serhet gullugynyň işgärleri üçin okuw maslahatyny geçirdi\n\
        - Senesi:\n\
        - Ýeri:\n\
        - AŞGABAT\n\
        - Çeşmesi:\n\
        - ÝHHG-niň Aşgabatdaky merkezi\n\
        AŞGABAT, 2025-nji ýylyň 16-njy iýuly – ÝHHG-niň Aşgabatdaky merkezi Türkmenistanyň Döwlet serhet gullugy bilen bilelikde okuw maslahatyny şu gün tamamlady.\n\
        Okuw maslahatyna Döwlet serhet gullugynyň we Döwlet gümrük gullugynyň 25 işgäri gatnaşdy.\n";
    let item = extract(page.as_bytes(), common::site()).expect("reads");
    assert_eq!(item.item_type.as_str(), "press-release");
    assert_eq!(item.language.as_str(), "tk");
    assert_eq!(item.date, date(2025, 7, 16));
    assert_eq!(item.time_zone.as_deref(), Some("Asia/Ashgabat"));
    assert_eq!(item.sources, slugs(&["centre-in-ashgabat"]));
    let tajik = "Иттилоот барои матбуот\n\
        Дафтари барномаҳои САҲА дар Душанбе курси омӯзишӣ оид ба идоракунии сарҳад гузаронд\n\
        ДУШАНБЕ, 11 феврали соли 2025 – Дафтари барномаҳои САҲА дар Душанбе курси омӯзишии панҷрӯзаро ба анҷом расонид.\n\
        Дар курс 25 нафар кормандони қӯшунҳои сарҳадӣ ширкат варзиданд.\n";
    let item = extract(tajik.as_bytes(), common::site()).expect("reads");
    assert_eq!(item.language.as_str(), "tg");
    assert_eq!(item.date, date(2025, 2, 11));
    assert_eq!(item.sources, slugs(&["programme-office-in-dushanbe"]));
}

#[test]
fn the_labels_of_the_2009_to_2016_pages() {
    let page = "Publishing date: 3 March 2009\n\
        Content type: Press release\n\
        Where we are: Azerbaijan\n\
        What we do: Media freedom and development\n\
        OSCE media freedom representative calls on Azerbaijan to release jailed journalists\n\
        VIENNA, 3 March 2009 - The OSCE Representative on Freedom of the Media today called on Azerbaijan to release two jailed journalists.\n\
        The Representative said that journalism is not a crime.\n\
        Știri similare\n\
        - OSCE media freedom representative visits Baku\n";
    let item = extract(page.as_bytes(), common::site()).expect("reads");
    assert_eq!(item.item_type.as_str(), "press-release");
    assert_eq!(
        item.title,
        "OSCE media freedom representative calls on Azerbaijan to release jailed journalists"
    );
    assert_eq!(item.date, date(2009, 3, 3));
    assert_eq!(
        item.fields_of_work,
        slugs(&["media-freedom-and-development"])
    );
    assert_eq!(item.countries, slugs(&["azerbaijan"]));
    assert_eq!(item.paragraphs.len(), 2);
}

#[test]
fn a_macedonian_page_that_says_so() {
    let html = "<html lang=\"mk\"><body><main>\
        <h1>Мисијата на ОБСЕ во Скопје одржа обука за новинари</h1>\
        <p>СКОПЈЕ, 3 март 2025 – Мисијата на ОБСЕ во Скопје денеска одржа обука за новинари од цела земја.</p>\
        <p>Обуката се одржа во соработка со Здружението на новинарите.</p>\
        </main></body></html>";
    let item = extract(html.as_bytes(), common::site()).expect("reads");
    assert_eq!(item.language.as_str(), "mk");
    assert_eq!(item.sources, slugs(&["mission-to-skopje"]));
}

#[test]
fn a_speech_read_against_delivery() {
    let page = "Opening address at the Economic and Environmental Forum\n\
        Check against delivery\n\
        PRAGUE, 12 September 2016 - Excellencies, ladies and gentlemen, it is an honour to open this Forum.\n\
        Our work on good governance matters more than ever.\n";
    let item = extract(page.as_bytes(), common::site()).expect("reads");
    assert_eq!(item.item_type.as_str(), "speech");
}

#[test]
fn cookie_banners_list_items_of_metadata_and_a_date_ending_a_sentence() {
    let html = "<html lang=\"en\"><body>\
        <h1>OSCE Mission in Kosovo supports municipal election training</h1>\
        <ul class=\"meta\"><li>Date:</li><li>23 October 2017</li><li>Place:</li><li>PRISTINA</li>\
        <li>Source:</li><li>OSCE Mission in Kosovo</li><li>Fields of work:</li><li>Elections</li></ul>\
        <p>PRISTINA, 23 October 2017 – The OSCE Mission in Kosovo trained polling staff ahead of the vote to be held on 22 October and 19 November 2017.</p>\
        <p>More than 300 polling staff took part.</p>\
        <p>We use cookies to improve your experience. Accept all cookies</p>\
        </body></html>";
    let item = extract(html.as_bytes(), common::site()).expect("an item, not a listing");
    assert_eq!(item.date, date(2017, 10, 23));
    assert_eq!(item.place, "Pristina");
    assert_eq!(item.sources, slugs(&["mission-in-kosovo"]));
    assert_eq!(item.fields_of_work, slugs(&["elections"]));
    assert_eq!(item.paragraphs.len(), 2, "{:?}", item.paragraphs);
}

#[test]
fn a_letterhead_a_number_and_a_date_above_the_title() {
    let page = "ORGANIZATION FOR SECURITY AND CO-OPERATION IN EUROPE\n\
        OSCE Mission to Croatia\n\
        Press Release No. 14/97\n\
        Zagreb, 12 June 1997\n\
        MISSION WELCOMES ADOPTION OF AMNESTY LAW IMPLEMENTATION PLAN\n\
        The OSCE Mission to Croatia today welcomed the plan of the Government to speed up the implementation of the Amnesty Law.\n\
        The Mission will continue to monitor the cases before the courts.\n\
        Fields of work: Rule of law, Human rights\n\
        * * *\n";
    let item = extract(page.as_bytes(), common::site()).expect("reads");
    assert_eq!(
        item.title,
        "MISSION WELCOMES ADOPTION OF AMNESTY LAW IMPLEMENTATION PLAN"
    );
    assert_eq!(item.date, date(1997, 6, 12));
    assert_eq!(item.place, "Zagreb");
    assert_eq!(item.sources, slugs(&["mission-to-croatia"]));
    // "Fields of work: …" after the body files the item.
    assert_eq!(item.fields_of_work, slugs(&["rule-of-law", "human-rights"]));
    assert_eq!(item.paragraphs.len(), 2);
}

#[test]
fn a_block_of_labelled_lines_in_html() {
    let html = "<html lang=\"ro\"><body><div id=\"content\">\
        <h3>Misiunea OSCE a organizat o masă rotundă privind încrederea între maluri</h3>\
        <div class=\"info\">CHIȘINĂU, 10 octombrie 2013<br>Sursa: Misiunea OSCE în Moldova<br>\
        Domenii de activitate: Prevenirea și soluționarea conflictelor</div>\
        <p>Misiunea OSCE în Moldova a organizat astăzi o masă rotundă cu reprezentanți ai societății civile de pe ambele maluri ale Nistrului.</p>\
        <p>Participanții au discutat despre proiecte comune în domeniul educației.</p>\
        </div></body></html>";
    let item = extract(html.as_bytes(), common::site()).expect("reads");
    assert_eq!(item.language.as_str(), "ro");
    assert_eq!(item.date, date(2013, 10, 10));
    assert_eq!(item.place, "Chișinău");
    assert_eq!(item.sources, slugs(&["mission-to-moldova"]));
    assert_eq!(
        item.fields_of_work,
        slugs(&["conflict-prevention-and-resolution"])
    );
}

#[test]
fn a_related_block_files_the_item_and_an_uzbek_date() {
    let page = "Newsroom\n\
        OSCE Mission to Skopje trains police on community policing\n\
        SKOPJE 12 May 2003\n\
        SKOPJE, 12 May 2003 - The OSCE Mission to Skopje today completed a course on community policing for 40 officers.\n\
        The course is part of the police reform programme.\n\
        Related\n\
        - Policing\n\
        - OSCE Mission to Skopje\n";
    let item = extract(page.as_bytes(), common::site()).expect("reads");
    assert_eq!(item.fields_of_work, slugs(&["policing"]));
    assert_eq!(item.paragraphs.len(), 2);
    let uzbek = "Yangilik\n\
        EXHT loyihalar koordinatori yoshlar uchun seminar o'tkazdi\n\
        TOSHKENT, 7 oktyabr 2025 – EXHTning Oʻzbekistondagi loyihalar koordinatori yoshlar uchun seminar oʻtkazdi.\n\
        Seminarda 40 nafar yosh ishtirok etdi.\n";
    let item = extract(uzbek.as_bytes(), common::site()).expect("reads");
    assert_eq!(item.date, date(2025, 10, 7));
    assert_eq!(item.language.as_str(), "uz");
}

// ---------------------------------------------------------------------------------------
// The 2020s site saved as text: each metadata label alone on its line, its values below
// ---------------------------------------------------------------------------------------

#[test]
fn metadata_below_the_body_with_labels_above_their_values() {
    // The menu has a "News" entry followed by "Resources": not the type label and title.
    check(
        "en-2020s-2023-05-10-skopje-meta-below.txt",
        &Expected {
            item_type: "press-release",
            language: "en",
            title: "Mission trains municipal officials in Tetovo on handling hate crimes",
            date: date(2023, 5, 10),
            place: "Tetovo",
            time_zone: Some("Europe/Skopje"),
            sources: &["mission-to-skopje"],
            fields: &["policing", "tolerance-and-non-discrimination"],
            first_paragraph: "Twenty officials of municipalities in the Polog region completed a two-day course on recognizing and recording hate crimes, organized by the OSCE Mission to Skopje.",
            paragraphs: 3,
        },
    );
}

#[test]
fn metadata_under_the_title_with_labels_above_their_values() {
    check(
        "ru-2020s-2021-09-09-kyiv-labels-above-values.txt",
        &Expected {
            item_type: "press-release",
            language: "ru",
            title: "Координатор проектов ОБСЕ в Украине представил пособие по кибергигиене для государственных служащих",
            date: date(2021, 9, 9),
            place: "Киев",
            time_zone: Some("Europe/Kyiv"),
            sources: &["project-co-ordinator-in-ukraine"],
            fields: &["cyber-ict-security", "good-governance"],
            first_paragraph: "Координатор проектов ОБСЕ в Украине представил сегодня пособие по кибергигиене, подготовленное для государственных служащих центральных и местных органов власти.",
            paragraphs: 3,
        },
    );
}

#[test]
fn several_links_in_one_field_are_several_names() {
    // `<div class="field__items"><a>Democratization</a> <a>…</a> <a>Elections</a></div>`.
    check(
        "en-2010s-2014-05-14-warsaw-links-in-one-field.html",
        &Expected {
            item_type: "press-release",
            language: "en",
            title: "ODIHR opens a course for election observers from civil society",
            date: date(2014, 5, 14),
            place: "Warsaw",
            time_zone: Some("Europe/Warsaw"),
            sources: &["odihr", "gender-issues-programme"],
            fields: &[
                "democratization",
                "tolerance-and-non-discrimination",
                "elections",
            ],
            first_paragraph: "Twenty-four members of citizen observer groups from eleven participating States began a five-day course in Warsaw today on observing elections in a way that is fair to all candidates.",
            paragraphs: 3,
        },
    );
    // The same links on a labelled line of their own.
    let html = "<html lang=\"en\"><body><article><h1>ODIHR opens a course for observers</h1>\
        <p>Date: 14 May 2014<br>Sources: <a href=\"/odihr\">ODIHR</a> \
        <a href=\"/gender\">Gender Issues Programme</a><br>Fields of work: \
        <a href=\"/democratization\">Democratization</a> <a href=\"/elections\">Elections</a></p>\
        <p>WARSAW, 14 May 2014 - The course began today.</p></article></body></html>";
    let item = extract(html.as_bytes(), common::site()).expect("reads");
    assert_eq!(item.sources, slugs(&["odihr", "gender-issues-programme"]));
    assert_eq!(
        item.fields_of_work,
        slugs(&["democratization", "elections"])
    );
}

#[test]
fn an_html_fragment_of_the_article_alone_is_whole() {
    // No `<html>`, `<body>` or `</html>`: the article's markup saved on its own.
    check(
        "en-content-only-2011-05-03-vienna-fragment.html",
        &Expected {
            item_type: "press-release",
            language: "en",
            title: "OSCE Chairmanship hosts a meeting on the safety of journalists",
            date: date(2011, 5, 3),
            place: "Vienna",
            time_zone: Some("Europe/Vienna"),
            sources: &["chairpersonship"],
            fields: &[],
            first_paragraph: "Representatives of the participating States, media organizations and press freedom groups met in Vienna today, World Press Freedom Day, to discuss how to better protect journalists who are threatened because of their work.",
            paragraphs: 3,
        },
    );
    // A fragment cut off inside its last paragraph is still refused.
    let page = String::from_utf8(layout("en-content-only-2011-05-03-vienna-fragment.html"))
        .expect("UTF-8");
    let cut = &page[..page.rfind("</p>").expect("a paragraph")];
    assert!(matches!(
        extract(cut.as_bytes(), common::site()),
        Err(PageError::Truncated(_))
    ));
}
