//! Rendering of Communiqué: the page templates (compiled in, auto-escaping), the one HTML
//! sanitizer, glossary marks, datelines and date formatting. Handlers build the view models
//! of `pages` and call `render`; nothing here does I/O.

/// View models of the editorial workspace (`/admin`).
pub mod admin;
/// The stylesheet and scripts, embedded in the binary, and their fingerprint.
mod assets;
/// Dates as readers of each language write them.
pub mod dates;
/// A readable difference between two texts, word by word, as HTML.
pub mod diff;
/// Project documents shown on the site, rendered from the Markdown in `docs/`.
pub mod docs;
/// Atom feeds of listings and sitemaps for search engines.
pub mod feeds;
/// Rich text: the one sanitizer, the dateline and the glossary's marks.
pub mod html;
/// The interface texts of the public site, from Fluent message files.
pub mod messages;
/// View models of every page and their templates.
pub mod pages;
/// The interface of one request: its language and address prefix.
pub mod ui;

pub use askama::Template;
pub use assets::{ADMIN_SCRIPT, SCRIPT, STYLESHEET, stylesheet_version};
pub use html::{mark_abbreviations, paragraphs_to_html, sanitize, with_dateline};

/// The language tag written in `lang` attributes (BCP 47) for a language code of the site:
/// a code of ISO 639-3 that has a two-letter code is written with that one, as BCP 47
/// requires (`hbs`, Bosnian/Croatian/Montenegrin/Serbian, is `sh`); others are written as
/// they are.
pub fn lang_tag(code: &str) -> &str {
    match code {
        "hbs" => "sh",
        other => other,
    }
}

/// The invitation to read a page in `code`, written in that language ("Читать эту страницу
/// на русском"), for the script that suggests it to a reader whose browser prefers that
/// language; empty for a language without message files.
pub fn suggestion(code: &str) -> &'static str {
    // The same few texts on every page: formatted once.
    static SUGGESTIONS: std::sync::LazyLock<Vec<(&'static str, String)>> =
        std::sync::LazyLock::new(|| {
            messages::LANGUAGES
                .iter()
                .map(|l| {
                    (
                        *l,
                        messages::text_in(l, messages::key::LANGUAGE_SUGGEST, &[]),
                    )
                })
                .collect()
        });
    SUGGESTIONS
        .iter()
        .find(|(l, _)| *l == code)
        .map_or("", |(_, text)| text.as_str())
}

#[cfg(test)]
mod lang_tag_tests {
    #[test]
    fn codes_with_a_two_letter_form_take_it() {
        assert_eq!(super::lang_tag("hbs"), "sh");
        assert_eq!(super::lang_tag("ru"), "ru");
        assert_eq!(super::lang_tag("en"), "en");
    }
}
