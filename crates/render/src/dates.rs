//! Dates, numbers and lists as readers of each language write them ("8 April 2008",
//! "8 апреля 2008\u{202f}г.", "8. April 2008", "1 234", "A, B et C"), from the CLDR data compiled
//! into ICU4X.
//!
//! Each function takes a locale (`site.locale_of(lang)`: "en-GB" for the OSCE's English,
//! "sr-Latn" for its Bosnian/Croatian/Serbian items); an unknown or malformed one is written
//! in the root locale's forms rather than failing a page. Formatters are built once per
//! locale and kept.

use std::collections::HashMap;
use std::sync::{Arc, LazyLock, PoisonError, RwLock};

use icu_calendar::Gregorian;
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::{Y, YM, YMD};
use icu_datetime::input::Date as IcuDate;
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_list::ListFormatter;
use icu_list::options::{ListFormatterOptions, ListLength};
use icu_locale_core::Locale;
use jiff::civil::Date;
use model::date::{HistDate, Precision};

/// The formatters of one locale.
struct Formatters {
    day: Option<FixedCalendarDateTimeFormatter<Gregorian, YMD>>,
    month: Option<FixedCalendarDateTimeFormatter<Gregorian, YM>>,
    year: Option<FixedCalendarDateTimeFormatter<Gregorian, Y>>,
    number: Option<DecimalFormatter>,
    and: Option<ListFormatter>,
    or: Option<ListFormatter>,
}

impl Formatters {
    fn new(locale: &str) -> Formatters {
        let locale: Locale = locale.parse().unwrap_or_else(|_| {
            tracing::warn!(locale, "not a locale; dates are written in the root locale");
            Locale::UNKNOWN
        });
        let wide = ListFormatterOptions::default().with_length(ListLength::Wide);
        Formatters {
            day: FixedCalendarDateTimeFormatter::try_new((&locale).into(), YMD::long()).ok(),
            month: FixedCalendarDateTimeFormatter::try_new((&locale).into(), YM::long()).ok(),
            year: FixedCalendarDateTimeFormatter::try_new((&locale).into(), Y::long()).ok(),
            number: DecimalFormatter::try_new((&locale).into(), Default::default()).ok(),
            and: ListFormatter::try_new_and((&locale).into(), wide).ok(),
            or: ListFormatter::try_new_or((&locale).into(), wide).ok(),
        }
    }
}

static FORMATTERS: LazyLock<RwLock<HashMap<String, Arc<Formatters>>>> =
    LazyLock::new(RwLock::default);

/// The formatters of `locale`, built on first use. The map only grows by the locales the site
/// names, so it is never trimmed.
fn formatters(locale: &str) -> Arc<Formatters> {
    if let Some(f) = FORMATTERS
        .read()
        .unwrap_or_else(PoisonError::into_inner)
        .get(locale)
    {
        return Arc::clone(f);
    }
    let built = Arc::new(Formatters::new(locale));
    FORMATTERS
        .write()
        .unwrap_or_else(PoisonError::into_inner)
        .entry(locale.to_owned())
        .or_insert(built)
        .clone()
}

/// Whether `s` is a well-formed locale ("en-GB", "sr-Latn").
pub fn is_locale(s: &str) -> bool {
    s.parse::<Locale>().is_ok()
}

fn gregorian(d: Date) -> Option<IcuDate<Gregorian>> {
    let month = u8::try_from(d.month()).ok()?;
    let day = u8::try_from(d.day()).ok()?;
    IcuDate::try_new_gregorian(i32::from(d.year()), month, day).ok()
}

/// A full date: "8 April 2008" (en-GB), "8 апреля 2008\u{202f}г.", "8. April 2008".
pub fn format_date(d: Date, locale: &str) -> String {
    let f = formatters(locale);
    match (&f.day, gregorian(d)) {
        (Some(fmt), Some(g)) => fmt.format(&g).to_string(),
        _ => d.to_string(),
    }
}

/// A date of history at its precision: "1998", "March 2011", "31 March 2011" (en-GB).
pub fn format_hist_date(d: HistDate, locale: &str) -> String {
    let f = formatters(locale);
    let Some(g) = gregorian(d.first_day) else {
        return d.first_day.to_string();
    };
    let written = match d.precision {
        Precision::Day => f.day.as_ref().map(|fmt| fmt.format(&g).to_string()),
        Precision::Month => f.month.as_ref().map(|fmt| fmt.format(&g).to_string()),
        Precision::Year => f.year.as_ref().map(|fmt| fmt.format(&g).to_string()),
    };
    written.unwrap_or_else(|| d.first_day.to_string())
}

/// A whole number with the language's grouping: "12,345", "12 345", "12.345".
pub fn format_number(n: i64, locale: &str) -> String {
    match &formatters(locale).number {
        Some(fmt) => fmt.format(&Decimal::from(n)).to_string(),
        None => n.to_string(),
    }
}

/// A number given in tenths, with one decimal unless it is whole, as the language writes it:
/// "1.2", "1,2", "12" (sizes of files).
pub fn format_tenths(tenths: i64, locale: &str) -> String {
    if tenths % 10 == 0 {
        return format_number(tenths / 10, locale);
    }
    let mut value = Decimal::from(tenths);
    value.multiply_pow10(-1);
    match &formatters(locale).number {
        Some(fmt) => fmt.format(&value).to_string(),
        None => value.to_string(),
    }
}

/// Names joined as the language joins them: "A, B and C", "A, B и C", "A, B et C".
pub fn format_list<S: AsRef<str>>(names: &[S], locale: &str) -> String {
    join(formatters(locale).and.as_ref(), names)
}

/// Alternatives joined as the language joins them: "A, B or C", "A, B или C".
pub fn format_list_or<S: AsRef<str>>(names: &[S], locale: &str) -> String {
    join(formatters(locale).or.as_ref(), names)
}

fn join<S: AsRef<str>>(formatter: Option<&ListFormatter>, names: &[S]) -> String {
    match formatter {
        Some(fmt) => fmt.format(names.iter().map(AsRef::as_ref)).to_string(),
        None => names
            .iter()
            .map(AsRef::as_ref)
            .collect::<Vec<_>>()
            .join(", "),
    }
}

/// The month names of a locale as written in a full date ("April", "апреля", "octubre"):
/// the word of each month's date that the other months' dates do not share (the importer
/// reads pages written with them).
pub fn month_names(locale: &str) -> Vec<String> {
    let words: Vec<Vec<String>> = (1..=12)
        .map(|m| {
            format_date(jiff::civil::date(2001, m, 28), locale)
                .split(|c: char| c.is_whitespace() || c == ',')
                .filter(|w| w.chars().any(char::is_alphabetic))
                .map(|w| w.trim_end_matches('.').to_owned())
                .collect()
        })
        .collect();
    words
        .iter()
        .map(|own| {
            own.iter()
                .find(|w| !words.iter().all(|other| other.contains(w)))
                .cloned()
                .unwrap_or_default()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn formats_dates_per_language() {
        assert_eq!(format_date(date(2008, 4, 8), "en-GB"), "8 April 2008");
        assert_eq!(
            format_date(date(2008, 4, 8), "ru"),
            "8 апреля 2008\u{202f}г."
        );
        assert_eq!(format_date(date(2008, 4, 8), "fr"), "8 avril 2008");
        assert_eq!(format_date(date(2008, 4, 8), "de"), "8. April 2008");
        assert_eq!(format_date(date(2008, 4, 8), "it"), "8 aprile 2008");
        assert_eq!(
            format_date(date(2019, 10, 15), "es"),
            "15 de octubre de 2019"
        );
    }

    #[test]
    fn formats_dates_in_the_field_operations_languages() {
        for (locale, month) in [
            ("sr-Latn", "april"),
            ("uk", "квітня"),
            ("mk", "април"),
            ("sq", "prill"),
            ("ro", "aprilie"),
            ("kk", "сәуір"),
            ("ky", "апрель"),
            ("uz", "aprel"),
            ("tk", "aprel"),
            ("tg", "Апрел"),
        ] {
            let written = format_date(date(2008, 4, 8), locale);
            assert!(written.contains("2008"), "{locale}: {written}");
            assert!(written.contains(month), "{locale}: {written}");
        }
    }

    #[test]
    fn formats_history_dates_at_their_precision() {
        let p = |s| HistDate::parse(s).expect("valid");
        assert_eq!(format_hist_date(p("1998"), "en-GB"), "1998");
        assert_eq!(format_hist_date(p("2011-03"), "en-GB"), "March 2011");
        assert_eq!(format_hist_date(p("2011-03-31"), "en-GB"), "31 March 2011");
        assert_eq!(format_hist_date(p("2011-03"), "ru"), "март 2011\u{202f}г.");
    }

    #[test]
    fn formats_numbers_and_lists_per_language() {
        assert_eq!(format_number(12345, "en-GB"), "12,345");
        assert_eq!(format_number(12345, "de"), "12.345");
        assert_eq!(format_number(12345, "ru"), "12\u{a0}345");
        assert_eq!(format_list(&["A", "B", "C"], "en-GB"), "A, B and C");
        assert_eq!(format_list(&["A", "B", "C"], "ru"), "A, B и C");
        assert_eq!(format_list(&["A", "B"], "fr"), "A et B");
        assert_eq!(format_list_or(&["A", "B"], "de"), "A oder B");
    }

    #[test]
    fn tenths_are_written_with_the_languages_decimal_sign() {
        assert_eq!(format_tenths(12, "en-GB"), "1.2");
        assert_eq!(format_tenths(12, "fr"), "1,2");
        assert_eq!(format_tenths(12, "ru"), "1,2");
        assert_eq!(format_tenths(120, "de"), "12");
        assert_eq!(format_tenths(12_345, "en-GB"), "1,234.5");
    }

    #[test]
    fn month_names_are_cut_out_of_dates() {
        assert_eq!(month_names("es")[9], "octubre");
        assert_eq!(month_names("ru")[3], "апреля");
        assert_eq!(month_names("en-GB")[0], "January");
        assert_eq!(month_names("de")[2], "März");
    }

    #[test]
    fn a_malformed_locale_still_writes_a_date() {
        let written = format_date(date(2008, 4, 8), "not a locale!");
        assert!(written.contains("2008"), "{written}");
    }
}
