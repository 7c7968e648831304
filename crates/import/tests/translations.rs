//! Translated pages name their original: by an hreflang alternate link, by the language
//! switcher's link to the English page, or by their own address on the old site (a language
//! prefix before the English page's path). The pages are in `tests/translations/`.

use std::path::Path;

use communique_import::page::{Extracted, Original, OriginalBy, extract};

mod common;
use common::{site, slugs};

fn read(name: &str) -> Extracted {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/translations")
        .join(name);
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
    extract(&bytes, site()).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn original(address: &str, found_by: OriginalBy) -> Option<Original> {
    Some(Original {
        address: address.to_owned(),
        found_by,
    })
}

#[test]
fn english_pages_are_originals() {
    for name in [
        "en-2019-10-15-minsk-secretariat-50123.html",
        "en-2021-03-02-bishkek-61234.html",
    ] {
        let page = read(name);
        assert_eq!(page.language.as_str(), "en", "{name}");
        // Their alternates and switchers name the Russian versions, which are not originals.
        assert_eq!(page.original, None, "{name}");
        assert!(page.address.is_some(), "{name}");
    }
}

#[test]
fn an_alternate_link_names_the_original() {
    let page = read("ru-2019-10-15-minsk-secretariat-50123-alternate.html");
    assert_eq!(page.language.as_str(), "ru");
    assert_eq!(
        page.address.as_deref(),
        Some("https://www.osce.org/ru/secretariat/50123")
    );
    assert_eq!(
        page.original,
        original(
            "https://www.osce.org/secretariat/50123",
            OriginalBy::Alternate
        )
    );
    // The page itself is read as before.
    assert_eq!(page.place, "Минск");
    assert_eq!(
        page.sources,
        slugs(&["secretariat", "transnational-threats-department"])
    );
}

#[test]
fn the_language_switcher_names_the_original_over_the_address() {
    // Its own address (/ru/bishkek/61240) is not the English page's path with a prefix:
    // the switcher's relative link is right.
    let page = read("ru-2021-03-02-bishkek-61240-switcher.html");
    assert_eq!(page.language.as_str(), "ru");
    assert_eq!(
        page.original,
        original(
            "https://www.osce.org/programme-office-in-bishkek/61234",
            OriginalBy::Switcher
        )
    );
}

#[test]
fn a_language_prefix_in_the_address_names_the_original() {
    let page = read("ru-2020-12-04-tirana-chairpersonship-70001-not-imported.html");
    assert_eq!(page.language.as_str(), "ru");
    assert_eq!(
        page.original,
        original(
            "https://www.osce.org/chairpersonship/70001",
            OriginalBy::AddressPattern
        )
    );
}

const BODY: &str = "<main><article><div>Пресс-релиз</div><h1>ОБСЕ провела семинар для журналистов в Бишкеке</h1>\
    <dl><dt>Дата:</dt><dd>12 мая 2004</dd><dt>Место:</dt><dd>БИШКЕК</dd><dt>Источник:</dt><dd>Центр ОБСЕ в Бишкеке</dd></dl>\
    <p>БИШКЕК, 12 мая 2004 – Центр ОБСЕ в Бишкеке провел сегодня семинар для журналистов региональных газет.</p>\
    <p>Участники обсудили освещение выборов и доступ к информации.</p></article></main></body></html>";

fn page(head: &str, nav: &str) -> Extracted {
    let html = format!(
        "<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"utf-8\"><title>ОБСЕ</title>{head}</head><body>{nav}{BODY}"
    );
    extract(html.as_bytes(), site()).unwrap_or_else(|e| panic!("{e}\n{html}"))
}

#[test]
fn what_does_not_name_an_original() {
    // No links, no address.
    assert_eq!(page("", "").original, None);
    // x-default and the Russian alternate are not the English page.
    let alternates = "<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://www.osce.org/bishkek/1\">\
        <link rel=\"alternate\" hreflang=\"ru\" href=\"https://www.osce.org/ru/bishkek/1\">";
    assert_eq!(page(alternates, "").original, None);
    // A switcher whose English link leads to the home page: the English page does not exist.
    let home = "<nav><ul class=\"lang\"><li><a href=\"/\">English</a></li><li><a href=\"/en\">EN</a></li></ul></nav>";
    assert_eq!(page("", home).original, None);
    // A link that is not a page of the site.
    let script = "<nav><a href=\"javascript:void(0)\">English</a></nav>";
    assert_eq!(page("", script).original, None);
    // Links of the text to English documents and pages are not the switcher.
    let text_links = "<p>Доклад на английском языке: <a href=\"/files/report.pdf\" lang=\"en\">Report</a>, \
        <a hreflang=\"en\" href=\"/odihr/123\">обзор</a>, <a href=\"/files/summary.pdf\">English</a>.</p>";
    assert_eq!(page("", text_links).original, None);
    // An address without a language prefix.
    let canonical = "<link rel=\"canonical\" href=\"https://www.osce.org/bishkek/56400\">";
    assert_eq!(page(canonical, "").original, None);
}

#[test]
fn links_without_the_page_address_keep_their_path() {
    let alternate = "<link rel=\"alternate\" hreflang=\"en-GB\" href=\"/bishkek/56400\">";
    assert_eq!(
        page(alternate, "").original,
        original("/bishkek/56400", OriginalBy::Alternate)
    );
    // A switcher's code inside a language menu.
    let menu = "<div class=\"language-switcher\"><a href=\"https://www.osce.org/bishkek/56400\">EN</a></div>";
    assert_eq!(
        page("", menu).original,
        original("https://www.osce.org/bishkek/56400", OriginalBy::Switcher)
    );
    // The alternate link comes first.
    assert_eq!(
        page(alternate, menu).original,
        original("/bishkek/56400", OriginalBy::Alternate)
    );
}

#[test]
fn pages_without_an_address_name_no_original_by_their_path() {
    // A saved text page without its address: nothing says what it translates.
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/pages/ru-press-release-2019-10-15-minsk.txt");
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
    let page = extract(&bytes, site()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(page.language.as_str(), "ru");
    assert_eq!(page.original, None);
}
