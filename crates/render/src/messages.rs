//! The interface texts of the public site, in Fluent message files (`locales/LANG/site.ftl`)
//! embedded at compile time.
//!
//! Code names a message by a [`Key`], one of the constants of [`key`]: the list there is every
//! message the code asks for, and a test checks that each is in every message file. Texts
//! are looked up with [`text`] (the default language, English) or [`text_in`] (a language of
//! [`LANGUAGES`]). A message a language lacks comes from English; a message English lacks
//! (it cannot happen while the tests pass) is shown as its key, with a warning in the log,
//! and never panics.
//!
//! Adding a language: write `locales/LANG/site.ftl` with the same message ids and add a line
//! for it to `LOCALES`; the tests then check that it parses and has every key.
//!
//! The editorial workspace's messages are in `locales/LANG/workspace.ftl`, named by the
//! constants of [`workspace_key`], and loaded into the same bundle.

use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

/// A value given to a message: text, or a number (which selects plural forms).
pub use fluent_bundle::FluentValue as Value;

/// The language of [`text`], and the one every other language falls back to.
pub const DEFAULT_LANGUAGE: &str = "en";

/// The message files, by language code: the default language first. A language's files are
/// loaded into one bundle: the public site's (`site.ftl`) and the workspace's (`workspace.ftl`).
/// Message files of one language: the public site's and the workspace's.
macro_rules! locale {
    ($lang:literal) => {
        (
            $lang,
            &[
                (
                    "site.ftl",
                    include_str!(concat!("../locales/", $lang, "/site.ftl")),
                ),
                (
                    "workspace.ftl",
                    include_str!(concat!("../locales/", $lang, "/workspace.ftl")),
                ),
            ],
        )
    };
}

const LOCALES: &[(&str, &[(&str, &str)])] = &[
    locale!("en"),
    locale!("fr"),
    locale!("de"),
    locale!("it"),
    locale!("ru"),
    locale!("es"),
];

/// The languages that have a message file, the default first.
pub const LANGUAGES: [&str; LOCALES.len()] = {
    let mut codes = [""; LOCALES.len()];
    let mut i = 0;
    while i < LOCALES.len() {
        codes[i] = LOCALES[i].0;
        i += 1;
    }
    codes
};

/// The id of a message of the interface. Only the constants of [`key`] exist, so that the
/// tests know every message the code can ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key(&'static str);

impl Key {
    /// The message's id in the message files ("newsroom-title").
    pub fn id(self) -> &'static str {
        self.0
    }
}

/// Declares the keys as constants and lists them all in `ALL`.
macro_rules! keys {
    ($($name:ident = $id:literal;)*) => {
        $(
            #[doc = concat!("`", $id, "`")]
            pub const $name: Key = Key($id);
        )*
        /// Every key the code may ask for.
        pub const ALL: &[Key] = &[$($name),*];
    };
}

/// Every message of the interface (see `locales/en/site.ftl` for their English texts and the
/// values each one takes).
pub mod key {
    use super::Key;

    keys! {
        HOME_TITLE = "home-title";
        HOME_CHAIRPERSONSHIP = "home-chairpersonship";
        CHAIR_BADGE = "chair-badge";
        NEWSROOM_TITLE = "newsroom-title";
        NEWSROOM_INTRO = "newsroom-intro";
        NEWSROOM_LIST_HEADING = "newsroom-list-heading";
        SEARCH_TITLE = "search-title";
        SEARCH_HEADING_WORDS = "search-heading-words";
        SEARCH_INTRO = "search-intro";
        SEARCH_LIST_HEADING = "search-list-heading";
        SEARCH_TOO_LONG = "search-too-long";
        SEARCH_BAD_SORT = "search-bad-sort";
        SEARCH_NOT_UNDERSTOOD = "search-not-understood";
        SORT_RELEVANCE = "sort-relevance";
        SORT_NEWEST = "sort-newest";
        SORT_OLDEST = "sort-oldest";
        SEARCH_HELP_DID_YOU_MEAN = "search-help-did-you-mean";
        SEARCH_HELP_WITHOUT_FILTERS = "search-help-without-filters";
        SEARCH_HELP_ANY_WORD = "search-help-any-word";
        SEARCH_HELP_SPELLING = "search-help-spelling";
        LISTING_ITEMS_HEADING = "listing-items-heading";
        LISTING_NO_SUCH_PAGE = "listing-no-such-page";
        ACTIVE_FILTER = "active-filter";
        FACET_TYPE = "facet-type";
        FACET_LANGUAGE = "facet-language";
        FACET_FIELD_OF_WORK = "facet-field_of_work";
        FACET_COUNTRY = "facet-country";
        FACET_SOURCE = "facet-source";
        FACET_MEETING = "facet-meeting";
        FACET_YEAR = "facet-year";
        FEED_TITLE = "feed-title";
        FEED_TITLE_FILTERED = "feed-title-filtered";
        FEED_UNKNOWN_FILTER = "feed-unknown-filter";
        FEED_NO_HOST = "feed-no-host";
        SITEMAP_NO_SUCH_PART = "sitemap-no-such-part";
        NO_SUCH_ITEM = "no-such-item";
        ITEM_GONE = "item-gone";
        PREVIEW_INCOMPLETE = "preview-incomplete";
        PREVIEW_INVALID = "preview-invalid";
        PREVIEW_EXPIRED = "preview-expired";
        NO_SUCH_PAGE = "no-such-page";
        NO_PAGE_AT_ADDRESS = "no-page-at-address";
        API_DOCS_TITLE = "api-docs-title";
        NO_SUCH_FIELD = "no-such-field";
        NO_SUCH_MEETING = "no-such-meeting";
        NO_SUCH_COUNTRY = "no-such-country";
        NO_SUCH_COUNTRY_GROUP = "no-such-country-group";
        FIELDS_TITLE = "fields-title";
        FIELDS_INTRO = "fields-intro";
        FIELDS_LIST_HEADING = "fields-list-heading";
        FIELD_KICKER = "field-kicker";
        MEETINGS_TITLE = "meetings-title";
        MEETINGS_INTRO = "meetings-intro";
        MEETINGS_LIST_HEADING = "meetings-list-heading";
        MEETING_KICKER = "meeting-kicker";
        COUNTRIES_TITLE = "countries-title";
        COUNTRIES_INTRO = "countries-intro";
        COUNTRIES_CHAIRPERSONSHIP_NOTE = "countries-chairpersonship-note";
        COUNTRY_KICKER = "country-kicker";
        COUNTRY_GROUP_KICKER = "country-group-kicker";
        COUNTRY_FACT_GROUP = "country-fact-group";
        COUNTRY_FACT_DISSOLVED = "country-fact-dissolved";
        COUNTRY_FACT_CHAIRPERSONSHIP = "country-fact-chairpersonship";
        COUNTRY_GROUP_MEMBERS = "country-group-members";
        COUNTRY_STRUCTURES = "country-structures";
        NO_SUCH_STRUCTURE = "no-such-structure";
        STRUCTURES_TITLE = "structures-title";
        STRUCTURES_INTRO = "structures-intro";
        STRUCTURE_CLOSED_NAME = "structure-closed-name";
        STRUCTURE_LIFETIME_SPAN = "structure-lifetime-span";
        STRUCTURE_LIFETIME_SINCE = "structure-lifetime-since";
        STRUCTURE_LIFETIME_CLOSED = "structure-lifetime-closed";
        STRUCTURE_FACT_KIND = "structure-fact-kind";
        STRUCTURE_FACT_PART_OF = "structure-fact-part-of";
        STRUCTURE_FACT_OPENED = "structure-fact-opened";
        STRUCTURE_FACT_CLOSED = "structure-fact-closed";
        STRUCTURE_FACT_COUNTRY = "structure-fact-country";
        STRUCTURE_FACT_FORMER_NAMES = "structure-fact-former-names";
        STRUCTURE_FORMER_NAME_SPAN = "structure-former-name-span";
        STRUCTURE_FORMER_NAME_UNTIL = "structure-former-name-until";
        STRUCTURE_PARTS = "structure-parts";
        STRUCTURE_CLOSED_PARTS = "structure-closed-parts";
        STRUCTURE_CHAIRPERSONSHIPS = "structure-chairpersonships";
        STRUCTURE_CHAIRPERSONSHIP_ENTRY = "structure-chairpersonship-entry";
        STRUCTURE_CHAIRPERSONSHIP_CURRENT = "structure-chairpersonship-current";
        STRUCTURE_CHAIRPERSONSHIP_DESIGNATED = "structure-chairpersonship-designated";
        STRUCTURE_ITEMS_HEADING = "structure-items-heading";
        STRUCTURE_CLOSED_HEADING = "structure-closed-heading";
        STRUCTURE_CLOSED_INTRO = "structure-closed-intro";
        STRUCTURE_CLOSED_COUNT = "structure-closed-count";
        STRUCTURE_CLOSED_NOTE = "structure-closed-note";
        STRUCTURE_KIND_CHAIRPERSONSHIP = "structure-kind-chairpersonship";
        STRUCTURE_KIND_SECRETARIAT = "structure-kind-secretariat";
        STRUCTURE_KIND_UNIT = "structure-kind-unit";
        STRUCTURE_KIND_GROUP = "structure-kind-group";
        STRUCTURE_KIND_INSTITUTION = "structure-kind-institution";
        STRUCTURE_KIND_FIELD_OPERATION = "structure-kind-field-operation";
        STRUCTURE_KIND_PARLIAMENTARY_ASSEMBLY = "structure-kind-parliamentary-assembly";
        STRUCTURE_KIND_COURT = "structure-kind-court";
        ERROR_INTERNAL = "error-internal";
        ERROR_HEADING_NOT_FOUND = "error-heading-not-found";
        ERROR_HEADING_REFUSED = "error-heading-refused";
        ERROR_HEADING_SERVER = "error-heading-server";
        ERROR_REFUSAL_FALLBACK = "error-refusal-fallback";
        ERROR_PANIC_TITLE = "error-panic-title";
        ERROR_PANIC_TEXT = "error-panic-text";
        ERROR_PANIC_HOME = "error-panic-home";
        SKIP_LINK = "skip-link";
        BREADCRUMBS_LABEL = "breadcrumbs-label";
        BRAND_HOME = "brand-home";
        NAV_MAIN = "nav-main";
        NAV_FOOTER = "nav-footer";
        SEARCH_FORM_LABEL = "search-form-label";
        SEARCH_FIELD_LABEL = "search-field-label";
        SEARCH_BUTTON = "search-button";
        LANGUAGES_LABEL = "languages-label";
        ITEM_DATE = "item-date";
        ITEM_PLACE = "item-place";
        ITEM_SOURCE = "item-source";
        ITEM_FIELDS = "item-fields";
        ITEM_COUNTRIES = "item-countries";
        ITEM_MEETINGS = "item-meetings";
        ITEM_TRANSLATIONS = "item-translations";
        ITEM_MORE_FROM = "item-more-from";
        ITEM_ALL_FROM = "item-all-from";
        ITEM_RELATED = "item-related";
        ITEM_SHARE = "item-share";
        ITEM_SHARE_COPY = "item-share-copy";
        ITEM_SHARE_COPIED = "item-share-copied";
        ITEM_SHARE_EMAIL = "item-share-email";
        ITEM_SHARE_EMAIL_SUBJECT = "item-share-email-subject";
        ITEM_ADDRESS = "item-address";
        ITEM_PRESS_CONTACT = "item-press-contact";
        SEARCH_ARCHIVE_LABEL = "search-archive-label";
        SEARCH_ORDER_LABEL = "search-order-label";
        SEARCH_HINT = "search-hint";
        LISTING_NONE = "listing-none";
        LISTING_SHOWING = "listing-showing";
        LISTING_ALL_LANGUAGES = "listing-all-languages";
        LANGUAGE_SUGGEST = "language-suggest";
        LISTING_ONE_LANGUAGE = "listing-one-language";
        FEED_FOLLOW = "feed-follow";
        ACTIVE_FILTERS = "active-filters";
        REMOVE_FILTER = "remove-filter";
        CLEAR_FILTERS = "clear-filters";
        SUGGESTIONS = "suggestions";
        PAGINATION = "pagination";
        PAGINATION_PREVIOUS = "pagination-previous";
        PAGINATION_NEXT = "pagination-next";
        REFINE = "refine";
        FACET_MORE = "facet-more";
        HOME_LATEST = "home-latest";
        HOME_BROWSE = "home-browse";
        ERROR_KICKER = "error-kicker";
        ERROR_PERHAPS = "error-perhaps";
        ERROR_HOME_BUTTON = "error-home-button";
        ERROR_NEWSROOM_BUTTON = "error-newsroom-button";
        OPENAPI_DOCUMENT = "openapi-document";
        MENU_BUTTON = "menu-button";
        FILTER_BUTTON = "filter-button";
        FACET_COUNT = "facet-count";
        LISTING_DATES = "listing-dates";
        LISTING_DATE_FROM = "listing-date-from";
        LISTING_DATE_TO = "listing-date-to";
        LISTING_PER_PAGE = "listing-per-page";
        LISTING_APPLY = "listing-apply";
        ACTIVE_RANGE = "active-range";
        ACTIVE_RANGE_FROM = "active-range-from";
        ACTIVE_RANGE_TO = "active-range-to";
        LISTING_BAD_DATE = "listing-bad-date";
        LISTING_BAD_RANGE = "listing-bad-range";
        LISTING_BAD_PER_PAGE = "listing-bad-per-page";
        LISTING_RELEVANCE_NEEDS_WORDS = "listing-relevance-needs-words";
        PICTURE_CREDIT = "picture-credit";
        MEDIA_NOT_FOUND = "media-not-found";
        // Attachments
        ITEM_GALLERY = "item-gallery";
        ITEM_ATTACHMENTS = "item-attachments";
        ATTACHMENT_DOCUMENT = "attachment-document";
        ATTACHMENT_LINK = "attachment-link";
        ATTACHMENT_SIZE_KB = "attachment-size-kb";
        ATTACHMENT_SIZE_MB = "attachment-size-mb";
        // Introductions
        CONTACT_HEADING = "contact-heading";
        CONTACT_PHONE = "contact-phone";
        CONTACT_EMAIL = "contact-email";
        CONTACT_WEB = "contact-web";
    }
}

/// Every message of the editorial workspace (see `locales/en/workspace.ftl` for their English
/// texts and the values each one takes).
pub mod workspace_key;

/// The heading of a facet (and of an active filter's chip) of a dimension.
pub fn dimension_key(dim: model::Dimension) -> Key {
    use model::Dimension;
    match dim {
        Dimension::Type => key::FACET_TYPE,
        Dimension::Language => key::FACET_LANGUAGE,
        Dimension::FieldOfWork => key::FACET_FIELD_OF_WORK,
        Dimension::Country => key::FACET_COUNTRY,
        Dimension::Source => key::FACET_SOURCE,
        Dimension::Meeting => key::FACET_MEETING,
        Dimension::Year => key::FACET_YEAR,
    }
}

/// The name of a kind of structure, as its page shows it.
pub fn structure_kind_key(kind: model::site::StructureKind) -> Key {
    use model::site::StructureKind;
    match kind {
        StructureKind::Chairpersonship => key::STRUCTURE_KIND_CHAIRPERSONSHIP,
        StructureKind::Secretariat => key::STRUCTURE_KIND_SECRETARIAT,
        StructureKind::Unit => key::STRUCTURE_KIND_UNIT,
        StructureKind::Group => key::STRUCTURE_KIND_GROUP,
        StructureKind::Institution => key::STRUCTURE_KIND_INSTITUTION,
        StructureKind::FieldOperation => key::STRUCTURE_KIND_FIELD_OPERATION,
        StructureKind::ParliamentaryAssembly => key::STRUCTURE_KIND_PARLIAMENTARY_ASSEMBLY,
        StructureKind::Court => key::STRUCTURE_KIND_COURT,
    }
}

/// The message files of every language, parsed once, shared by every thread.
struct Messages {
    /// By language, in the order of `LOCALES` (the default first).
    bundles: Vec<(&'static str, FluentBundle<FluentResource>)>,
}

static MESSAGES: LazyLock<Messages> = LazyLock::new(Messages::load);

impl Messages {
    fn load() -> Messages {
        let bundles = LOCALES
            .iter()
            .map(|(lang, files)| (*lang, bundle(lang, files)))
            .collect();
        Messages { bundles }
    }

    fn bundle(&self, lang: &str) -> Option<&FluentBundle<FluentResource>> {
        self.bundles
            .iter()
            .find(|(code, _)| *code == lang)
            .map(|(_, b)| b)
    }

    /// The message in `lang`, else in the default language, else its id (logged).
    fn format(&self, lang: &str, key: Key, args: &[(&str, Value<'_>)]) -> String {
        self.format_marked(lang, key, args).0
    }

    /// The message in `lang`, else in the default language, else its id (logged), with
    /// `false` when it is not in `lang`.
    fn format_marked(&self, lang: &str, key: Key, args: &[(&str, Value<'_>)]) -> (String, bool) {
        let found = [lang, DEFAULT_LANGUAGE].into_iter().find_map(|l| {
            let bundle = self.bundle(l)?;
            let pattern = bundle.get_message(key.id())?.value()?;
            Some((l == lang, bundle, pattern))
        });
        let Some((in_lang, bundle, pattern)) = found else {
            tracing::warn!(key = key.id(), lang, "no such message; showing its key");
            return (key.id().to_owned(), lang == DEFAULT_LANGUAGE);
        };
        let fluent_args = (!args.is_empty()).then(|| {
            let mut a = FluentArgs::with_capacity(args.len());
            for (name, value) in args {
                a.set(*name, value.clone());
            }
            a
        });
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, fluent_args.as_ref(), &mut errors);
        if !errors.is_empty() {
            tracing::warn!(
                key = key.id(),
                lang,
                ?errors,
                "message formatted with errors"
            );
        }
        (text.into_owned(), in_lang)
    }
}

/// One language's bundle, of all its files. A file that does not parse keeps the messages
/// that do (the tests make sure none is dropped) and logs the rest.
fn bundle(lang: &str, files: &[(&str, &str)]) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = lang.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Askama escapes the text; Unicode isolation marks around values would change the pages.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(grouped_number));
    for (file, source) in files {
        let resource =
            FluentResource::try_new((*source).to_owned()).unwrap_or_else(|(res, errors)| {
                tracing::warn!(lang, file, ?errors, "message file has syntax errors");
                res
            });
        if let Err(errors) = bundle.add_resource(resource) {
            tracing::warn!(lang, file, ?errors, "message file has duplicate messages");
        }
    }
    bundle
}

/// The language of a bundle, kept by its memoizer for [`grouped_number`].
struct BundleLanguage(String);

impl intl_memoizer::Memoizable for BundleLanguage {
    type Args = ();
    type Error = std::convert::Infallible;

    fn construct(lang: LanguageIdentifier, (): ()) -> Result<Self, Self::Error> {
        Ok(BundleLanguage(lang.to_string()))
    }
}

/// Whole numbers in messages with the language's grouping ("1 234 материала", "1,234
/// items"); Fluent would write "1234". Plural forms are still chosen on the number.
fn grouped_number(
    value: &Value<'_>,
    memoizer: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    let Value::Number(n) = value else {
        return None;
    };
    if n.value.fract() != 0.0 || n.value.abs() >= 1e15 || !n.options.use_grouping {
        return None;
    }
    #[allow(clippy::cast_possible_truncation)] // whole and well within i64, checked above
    let whole = n.value as i64;
    memoizer
        .with_try_get::<BundleLanguage, _, _>((), |lang| {
            crate::dates::format_number(whole, &lang.0)
        })
        .ok()
}

/// A message in the default language (English), with its values.
pub fn text(key: Key, args: &[(&str, Value<'_>)]) -> String {
    MESSAGES.format(DEFAULT_LANGUAGE, key, args)
}

/// A message in `lang` (a code of [`LANGUAGES`]), falling back to the default language.
pub fn text_in(lang: &str, key: Key, args: &[(&str, Value<'_>)]) -> String {
    MESSAGES.format(lang, key, args)
}

/// A message in `lang`, falling back to the default language, and whether it is in `lang`
/// (`false` when it fell back: the page must then mark it with the default language).
pub fn text_marked(lang: &str, key: Key, args: &[(&str, Value<'_>)]) -> (String, bool) {
    MESSAGES.format_marked(lang, key, args)
}

/// Whether the interface has message files in `lang`.
pub fn has_language(lang: &str) -> bool {
    LANGUAGES.contains(&lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The keys each message file holds, by file name.
    fn keys_of(file: &str) -> &'static [Key] {
        match file {
            "site.ftl" => key::ALL,
            "workspace.ftl" => workspace_key::ALL,
            other => panic!("no keys for the message file {other}"),
        }
    }

    /// The ids of the messages a file defines.
    fn message_ids(source: &str) -> Vec<&str> {
        source
            .lines()
            .filter_map(|l| l.split_once(" =").map(|(id, _)| id))
            .filter(|id| !id.is_empty() && !id.starts_with([' ', '#']))
            .collect()
    }

    #[test]
    fn russian_counts_take_each_plural_form() {
        let browse = |n: usize| text_in("ru", key::HOME_BROWSE, &[("count", n.into())]);
        assert!(browse(1).contains("(1 материал)"), "{}", browse(1));
        assert!(browse(21).contains("(21 материал)"), "{}", browse(21));
        assert!(browse(3).contains("(3 материала)"), "{}", browse(3));
        assert!(browse(24).contains("(24 материала)"), "{}", browse(24));
        assert!(browse(5).contains("(5 материалов)"), "{}", browse(5));
        assert!(browse(11).contains("(11 материалов)"), "{}", browse(11));
        assert!(browse(0).contains("(0 материалов)"), "{}", browse(0));
        // After "из" the noun is in the genitive: singular for one, plural otherwise.
        let showing = |total: usize| {
            text_in(
                "ru",
                key::LISTING_SHOWING,
                &[
                    ("first", 1.into()),
                    ("last", 1.into()),
                    ("total", total.into()),
                ],
            )
        };
        assert!(showing(1).ends_with("из 1 материала"), "{}", showing(1));
        assert!(showing(3).ends_with("из 3 материалов"), "{}", showing(3));
        assert!(showing(25).ends_with("из 25 материалов"), "{}", showing(25));
    }

    #[test]
    fn english_and_french_counts_take_theirs() {
        let en = |n: usize| text_in("en", key::HOME_BROWSE, &[("count", n.into())]);
        assert!(en(1).contains("(1 item)") && en(2).contains("(2 items)"));
        let fr = |n: usize| text_in("fr", key::HOME_BROWSE, &[("count", n.into())]);
        assert!(!fr(1).contains("contenus"), "{}", fr(1));
        assert!(fr(2).contains("contenus"), "{}", fr(2));
    }

    #[test]
    fn a_missing_message_is_found_by_the_check_of_the_files() {
        // The check the tests run on every file, on a file that lacks one message.
        let ids = message_ids("home-title = Home\nnewsroom-title = Newsroom\n");
        let missing: Vec<&str> = key::ALL
            .iter()
            .map(|k| k.id())
            .filter(|id| !ids.contains(id))
            .collect();
        assert!(missing.contains(&"search-title"));
        assert!(!missing.contains(&"home-title"));
        // And a message a language lacks comes from English, marked so.
        let (text, in_lang) = text_marked("xx", key::NEWSROOM_TITLE, &[]);
        assert_eq!((text.as_str(), in_lang), ("Newsroom", false));
    }

    #[test]
    fn every_message_file_parses() {
        for (lang, files) in LOCALES {
            for (file, source) in *files {
                if let Err((_, errors)) = FluentResource::try_new((*source).to_owned()) {
                    panic!("locales/{lang}/{file}: {errors:?}");
                }
            }
        }
    }

    #[test]
    fn every_key_is_in_every_message_file() {
        for (lang, files) in LOCALES {
            let bundle = MESSAGES.bundle(lang).expect("loaded");
            for (file, source) in *files {
                let ids = message_ids(source);
                let missing: Vec<&str> = keys_of(file)
                    .iter()
                    .map(|k| k.id())
                    .filter(|id| {
                        !ids.contains(id)
                            || bundle.get_message(id).and_then(|m| m.value()).is_none()
                    })
                    .collect();
                assert!(
                    missing.is_empty(),
                    "locales/{lang}/{file} lacks {missing:?}"
                );
            }
        }
    }

    #[test]
    fn every_message_of_a_file_is_a_key() {
        for (lang, files) in LOCALES {
            for (file, source) in *files {
                let unused: Vec<&str> = message_ids(source)
                    .into_iter()
                    .filter(|id| !keys_of(file).iter().any(|k| k.id() == *id))
                    .collect();
                assert!(
                    unused.is_empty(),
                    "locales/{lang}/{file}: unused {unused:?}"
                );
            }
        }
    }

    /// The values a message names (`$count`), after its id.
    type Named<'a> = (&'a str, Vec<&'a str>);

    /// The values each message of a file names, by message id.
    fn values_named(source: &str) -> Vec<Named<'_>> {
        let mut out: Vec<Named<'_>> = Vec::new();
        for line in source.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            if !line.starts_with(' ')
                && let Some((id, _)) = line.split_once(" =")
            {
                out.push((id, Vec::new()));
            }
            let Some((_, names)) = out.last_mut() else {
                continue;
            };
            for (i, _) in line.match_indices('$') {
                let name: &str = line[i + 1..]
                    .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
                    .next()
                    .unwrap_or_default();
                names.push(name);
            }
        }
        out
    }

    #[test]
    fn translations_name_only_the_values_the_code_gives() {
        // Values the code gives that the English text leaves out, by message.
        let unsaid_in_english: &[(&str, &[&str])] = &[(
            workspace_key::REFUSAL_NOT_FROM_STATE.id(),
            &["from-state", "to-state"],
        )];
        let english: Vec<(&str, Vec<Named<'_>>)> = LOCALES[0]
            .1
            .iter()
            .map(|(file, source)| (*file, values_named(source)))
            .collect();
        for (lang, files) in &LOCALES[1..] {
            for (file, source) in *files {
                let en = &english
                    .iter()
                    .find(|(f, _)| f == file)
                    .expect("English has every file")
                    .1;
                for (id, names) in values_named(source) {
                    let given: Vec<&str> = en
                        .iter()
                        .filter(|(i, _)| *i == id)
                        .flat_map(|(_, n)| n.iter().copied())
                        .chain(
                            unsaid_in_english
                                .iter()
                                .filter(|(i, _)| *i == id)
                                .flat_map(|(_, n)| n.iter().copied()),
                        )
                        .collect();
                    for name in names {
                        assert!(
                            given.contains(&name),
                            "locales/{lang}/{file}: {id} names ${name}, which is not given"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn keys_are_unique() {
        let mut ids: Vec<&str> = key::ALL
            .iter()
            .chain(workspace_key::ALL)
            .map(|k| k.id())
            .collect();
        ids.sort_unstable();
        let n = ids.len();
        ids.dedup();
        assert_eq!(ids.len(), n);
    }

    #[test]
    fn values_are_placed_without_isolation_marks() {
        let t = text(key::SEARCH_HEADING_WORDS, &[("words", "peace".into())]);
        assert_eq!(t, "Search: peace");
    }

    #[test]
    fn plurals_follow_the_count() {
        let one = text(
            key::LISTING_NO_SUCH_PAGE,
            &[("pages", 1.into()), ("page", 3.into())],
        );
        assert_eq!(
            one,
            "This listing has 1 page of results; there is no page 3."
        );
        let many = text(
            key::LISTING_NO_SUCH_PAGE,
            &[("pages", 2.into()), ("page", 3.into())],
        );
        assert_eq!(
            many,
            "This listing has 2 pages of results; there is no page 3."
        );
    }

    #[test]
    fn workspace_messages_are_in_the_same_bundle() {
        let one = text(
            workspace_key::LOGIN_THROTTLED_ACCOUNT,
            &[("minutes", 1.into())],
        );
        assert_eq!(
            one,
            "Too many failed logins for this account. Try again in 1 minute."
        );
        let many = text(
            workspace_key::LOGIN_THROTTLED_ADDRESS,
            &[("minutes", 15.into())],
        );
        assert_eq!(
            many,
            "Too many failed logins from your address. Try again in 15 minutes."
        );
    }

    #[test]
    fn an_unknown_language_falls_back_to_english() {
        assert_eq!(text_in("xx", key::NEWSROOM_TITLE, &[]), "Newsroom");
    }

    #[test]
    fn a_missing_message_shows_its_key() {
        let missing = Key("no-such-message");
        assert_eq!(text(missing, &[]), "no-such-message");
    }

    #[test]
    fn every_dimension_and_kind_has_a_message() {
        for d in model::Dimension::ALL {
            assert_eq!(dimension_key(d).id(), format!("facet-{}", d.key()));
        }
        for k in model::site::StructureKind::ALL {
            let id = structure_kind_key(k).id();
            assert_eq!(id, format!("structure-kind-{}", k.code()));
        }
    }
}
