//! Dates as readers of each language write them ("8 April 2008", "8 апреля 2008").

use jiff::civil::Date;
use model::date::{HistDate, Precision};

/// The languages whose month names are known (others are written in English).
pub const LANGUAGES: [&str; 6] = ["en", "fr", "de", "it", "ru", "es"];

/// The month names of a language as written in a date ("8 April 2008", "8 апреля 2008").
pub fn month_names(lang: &str) -> [&'static str; 12] {
    match lang {
        "ru" => [
            "января",
            "февраля",
            "марта",
            "апреля",
            "мая",
            "июня",
            "июля",
            "августа",
            "сентября",
            "октября",
            "ноября",
            "декабря",
        ],
        "fr" => [
            "janvier",
            "février",
            "mars",
            "avril",
            "mai",
            "juin",
            "juillet",
            "août",
            "septembre",
            "octobre",
            "novembre",
            "décembre",
        ],
        "de" => [
            "Januar",
            "Februar",
            "März",
            "April",
            "Mai",
            "Juni",
            "Juli",
            "August",
            "September",
            "Oktober",
            "November",
            "Dezember",
        ],
        "it" => [
            "gennaio",
            "febbraio",
            "marzo",
            "aprile",
            "maggio",
            "giugno",
            "luglio",
            "agosto",
            "settembre",
            "ottobre",
            "novembre",
            "dicembre",
        ],
        "es" => [
            "enero",
            "febrero",
            "marzo",
            "abril",
            "mayo",
            "junio",
            "julio",
            "agosto",
            "septiembre",
            "octubre",
            "noviembre",
            "diciembre",
        ],
        _ => [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ],
    }
}

fn month(lang: &str, d: Date) -> &'static str {
    month_names(lang)[usize::try_from(d.month() - 1).unwrap_or(0)]
}

/// A full date: "8 April 2008"; "8. April 2008" in German; "8 de abril de 2008" in Spanish.
pub fn format_date(d: Date, lang: &str) -> String {
    match lang {
        "de" => format!("{}. {} {}", d.day(), month(lang, d), d.year()),
        "es" => format!("{} de {} de {}", d.day(), month(lang, d), d.year()),
        _ => format!("{} {} {}", d.day(), month(lang, d), d.year()),
    }
}

/// A date of history at its precision: "1998", "March 2011", "31 March 2011" (English).
pub fn format_hist_date(d: HistDate) -> String {
    match d.precision {
        Precision::Year => d.first_day.year().to_string(),
        Precision::Month => {
            let m = month("en", d.first_day);
            format!("{m} {}", d.first_day.year())
        }
        Precision::Day => format_date(d.first_day, "en"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn formats_dates_per_language() {
        assert_eq!(format_date(date(2008, 4, 8), "en"), "8 April 2008");
        assert_eq!(format_date(date(2019, 10, 15), "ru"), "15 октября 2019");
        assert_eq!(format_date(date(2019, 10, 15), "de"), "15. Oktober 2019");
        assert_eq!(
            format_date(date(2019, 10, 15), "es"),
            "15 de octubre de 2019"
        );
    }

    #[test]
    fn formats_history_dates_at_their_precision() {
        let p = |s| HistDate::parse(s).expect("valid");
        assert_eq!(format_hist_date(p("1998")), "1998");
        assert_eq!(format_hist_date(p("2011-03")), "March 2011");
        assert_eq!(format_hist_date(p("2011-03-31")), "31 March 2011");
    }
}
