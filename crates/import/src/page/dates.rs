//! Dates as written in the OSCE's languages and those of its field operations, and datelines
//! ("MINSK, 8 April 2008 - ").

use jiff::civil::Date;

use super::months::{FILLERS, WEEKDAYS, month};

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ParsedDate {
    pub date: Date,
    /// The languages of the month name (none for numeric dates).
    pub langs: Vec<&'static str>,
}

pub(crate) fn make(y: i64, m: i64, d: i64) -> Option<Date> {
    if !(1970..=2100).contains(&y) {
        return None;
    }
    Date::new(
        i16::try_from(y).ok()?,
        i8::try_from(m).ok()?,
        i8::try_from(d).ok()?,
    )
    .ok()
}

fn numeric(s: &str) -> Option<Date> {
    let s = s.trim();
    // ISO, possibly with a time: 2008-04-08, 2008-04-08T10:00:00Z.
    let iso = s.get(..10).unwrap_or(s);
    let parts: Vec<&str> = iso.split('-').collect();
    if let [y, m, d] = parts.as_slice()
        && y.len() == 4
        && m.len() == 2
        && d.len() == 2
        && s.get(10..)
            .is_some_and(|t| t.is_empty() || t.starts_with(['T', ' ']))
    {
        return make(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    }
    // Day first: 08.04.2008, 08/04/2008.
    for sep in ['.', '/'] {
        let parts: Vec<&str> = s.trim_end_matches('.').split(sep).collect();
        if let [d, m, y] = parts.as_slice()
            && y.len() == 4
            && (1..=2).contains(&d.len())
            && (1..=2).contains(&m.len())
            && [d, m, y]
                .iter()
                .all(|p| p.bytes().all(|b| b.is_ascii_digit()))
        {
            return make(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
        }
    }
    None
}

/// A day number, with an ordinal ending ("1er", "3rd", "1º").
fn day_number(t: &str) -> Option<i64> {
    let digits: String = t.chars().take_while(char::is_ascii_digit).collect();
    let suffix = &t[digits.len()..];
    if digits.is_empty() || digits.len() > 2 {
        return None;
    }
    if matches!(
        suffix,
        "" | "st" | "nd" | "rd" | "th" | "er" | "º" | "°" | "o" | "-го"
    ) {
        digits.parse().ok()
    } else {
        None
    }
}

/// Reads a date written in words or numbers, in any of the six languages: "8 April 2008",
/// "April 8, 2008", "Tuesday, 8 April 2008", "15 октября 2019 г.", "5. Juni 2012",
/// "5 de junio de 2012", "1er mai 2016", "2008-04-08", "08.04.2008".
pub(crate) fn parse_date(s: &str) -> Option<ParsedDate> {
    if let Some(date) = numeric(s) {
        return Some(ParsedDate {
            date,
            langs: Vec::new(),
        });
    }
    // "2025-жылдын 27-марты", "22-aprel": a number joined to a word by a hyphen is two
    // tokens.
    let tokens: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || c == ',')
        .flat_map(|t| match t.split_once('-') {
            Some((a, b))
                if (!a.is_empty() && a.bytes().all(|c| c.is_ascii_digit()))
                    != (!b.is_empty() && b.bytes().all(|c| c.is_ascii_digit())) =>
            {
                vec![a, b]
            }
            _ => vec![t],
        })
        .filter(|t| !t.is_empty())
        .collect();
    if tokens.is_empty() || tokens.len() > 8 {
        return None;
    }
    let (mut day, mut mon, mut year) = (None, None, None);
    let mut langs = Vec::new();
    for t in tokens {
        let t = t.trim_end_matches('.').to_lowercase();
        if t.is_empty() {
            continue;
        }
        if t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit()) {
            if year.replace(t.parse::<i64>().ok()?).is_some() {
                return None;
            }
        } else if let Some(d) = day_number(&t) {
            if day.replace(d).is_some() {
                return None;
            }
        } else if let Some((m, l)) = month(&t) {
            if mon.replace(m).is_some() {
                return None;
            }
            langs = l;
        } else if !(WEEKDAYS.contains(&t.as_str()) || FILLERS.contains(&t.as_str())) {
            return None;
        }
    }
    let date = make(year?, i64::from(mon?), day?)?;
    Some(ParsedDate { date, langs })
}

/// The dateline that opens a first paragraph.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Dateline {
    /// As written ("MINSK", "VALLETTA/VIENNA").
    pub city: String,
    pub date: Option<Date>,
    pub langs: Vec<&'static str>,
    /// The paragraph without the dateline.
    pub rest: String,
}

fn is_dash(c: char) -> bool {
    matches!(c, '-' | '–' | '—' | '‒' | '―')
}

/// A city as written in a dateline: letters, spaces, '/', '-', '.', apostrophes; at most
/// five words; in capitals, or a known place in any case.
fn city_ok(city: &str) -> bool {
    let letters = city.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2
        && city.chars().count() <= 60
        && city.split_whitespace().count() <= 5
        && city
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '/' | '-' | '.' | '\'' | '’'))
        && (city
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
            || super::names::time_zone(city).is_some())
}

/// "CITY, DATE" or "CITY DATE" (or "CITY" alone, when `city_alone` allows it).
fn split_prefix(prefix: &str, city_alone: bool) -> Option<(String, Option<ParsedDate>)> {
    let words: Vec<&str> = prefix.split_whitespace().collect();
    for k in 1..words.len().min(6) {
        let city = words[..k].join(" ");
        let city = city.trim_end_matches(',').trim();
        if !city_ok(city) {
            continue;
        }
        if let Some(p) = parse_date(&words[k..].join(" ")) {
            return Some((city.to_owned(), Some(p)));
        }
    }
    let city = prefix.trim().trim_end_matches(',').trim();
    if city_alone
        && city_ok(city)
        && city.split_whitespace().count() <= 4
        && city
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
    {
        return Some((city.to_owned(), None));
    }
    None
}

/// Finds the dateline at the start of a paragraph: a city, a date and a dash ("MINSK,
/// 8 April 2008 -", "МИНСК, 15 октября 2019 –", "VALLETTA/VIENNA, 3 May 2016 —",
/// "VIENNA 5 June 2012 -"). A city alone ("MINSK – ") is taken only when `city_alone`
/// (the metadata gives the date).
pub(crate) fn dateline(paragraph: &str, city_alone: bool) -> Option<Dateline> {
    let chars: Vec<(usize, char)> = paragraph.char_indices().take(120).collect();
    for (n, &(pos, c)) in chars.iter().enumerate() {
        if !is_dash(c) || n == 0 {
            continue;
        }
        let prev = chars[n - 1].1;
        if !(prev.is_whitespace() || prev.is_ascii_digit() || prev == '.') {
            continue;
        }
        let prefix = paragraph[..pos].trim_end();
        let Some((city, parsed)) = split_prefix(prefix, city_alone) else {
            continue;
        };
        let rest = paragraph[pos..]
            .trim_start_matches(is_dash)
            .trim_start()
            .to_owned();
        let (date, langs) = match parsed {
            Some(p) => (Some(p.date), p.langs),
            None => (None, Vec::new()),
        };
        return Some(Dateline {
            city,
            date,
            langs,
            rest,
        });
    }
    dateline_without_dash(paragraph)
}

/// The words of a text with their byte spans.
fn word_spans(text: &str, limit: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                out.push((s, i));
                start = None;
                if out.len() == limit {
                    return out;
                }
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    out
}

/// "BISHKEK, 12 July 2012 The OSCE…": a city in capitals and a date, then a sentence that
/// starts with a capital or a quote, without a dash between them.
fn dateline_without_dash(paragraph: &str) -> Option<Dateline> {
    let spans = word_spans(paragraph, 12);
    let word = |i: usize| &paragraph[spans[i].0..spans[i].1];
    for k in 1..=4.min(spans.len()) {
        let city = paragraph[spans[0].0..spans[k - 1].1].trim_end_matches(',');
        let caps = city
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase);
        if !caps || !city_ok(city) {
            continue;
        }
        // The shortest date first: "12 July 2012 The…" is not read as "12 July 2012 the".
        for d in 2..=5 {
            let next = k + d;
            if next >= spans.len() {
                continue;
            }
            let date_text = paragraph[spans[k].0..spans[next - 1].1].trim_end_matches([',', ':']);
            let Some(parsed) = parse_date(date_text) else {
                continue;
            };
            let opens = word(next)
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || matches!(c, '"' | '“' | '«' | '„' | '\''));
            if !opens {
                continue;
            }
            return Some(Dateline {
                city: city.to_owned(),
                date: Some(parsed.date),
                langs: parsed.langs,
                rest: paragraph[spans[next].0..].trim().to_owned(),
            });
        }
    }
    None
}

/// A line that is only a date, or a place and a date: "VIENNA 12 July 2005",
/// "3 March 2009", "26. novembar 2025. godine", "Sarajevo, 26.11.2025".
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct DateLine {
    /// As written, empty when the line gives only a date.
    pub place: String,
    pub date_text: String,
}

pub(crate) fn date_line(line: &str) -> Option<DateLine> {
    let line = line.trim();
    if line.is_empty() || line.chars().count() > 80 {
        return None;
    }
    if parse_date(line).is_some() {
        return Some(DateLine {
            place: String::new(),
            date_text: line.to_owned(),
        });
    }
    let spans = word_spans(line, 12);
    for k in 1..=4.min(spans.len().saturating_sub(1)) {
        let place = line[..spans[k - 1].1].trim_end_matches(',').trim();
        let capitalized = place
            .split(['/', ' ', '-'])
            .filter(|w| !w.is_empty())
            .all(|w| w.chars().next().is_some_and(char::is_uppercase));
        if !(capitalized
            && (city_ok(place)
                || place
                    .chars()
                    .all(|c| c.is_alphabetic() || matches!(c, ' ' | '/' | '-' | '.'))))
        {
            continue;
        }
        let rest = line[spans[k].0..].trim();
        if parse_date(rest).is_some() {
            return Some(DateLine {
                place: place.to_owned(),
                date_text: rest.to_owned(),
            });
        }
    }
    None
}

/// The first date written in the first paragraphs ("…on 12 July 2012…"), with the words it
/// was read from.
pub(crate) fn date_in_text(paragraphs: &[String]) -> Option<(ParsedDate, String)> {
    for p in paragraphs.iter().take(3) {
        let words: Vec<&str> = p
            .split_whitespace()
            .take(400)
            .map(|w| {
                w.trim_matches(|c: char| {
                    matches!(c, ',' | '(' | ')' | ';' | ':' | '"' | '«' | '»' | '“' | '”')
                })
            })
            .collect();
        for (i, w) in words.iter().enumerate() {
            let lower = w.trim_end_matches('.').to_lowercase();
            if month(&lower).is_none() {
                continue;
            }
            for start in i.saturating_sub(2)..=i {
                for end in (i + 1..=(i + 3).min(words.len().saturating_sub(1))).rev() {
                    let said = words[start..=end].join(" ");
                    let said = said.trim_end_matches('.');
                    if let Some(parsed) = parse_date(said) {
                        return Some((parsed, said.to_owned()));
                    }
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn d(s: &str) -> Option<Date> {
        parse_date(s).map(|p| p.date)
    }

    #[test]
    fn dates_in_the_six_languages() {
        assert_eq!(d("8 April 2008"), Some(date(2008, 4, 8)));
        assert_eq!(d("April 8, 2008"), Some(date(2008, 4, 8)));
        assert_eq!(d("Tuesday, 8 April 2008"), Some(date(2008, 4, 8)));
        assert_eq!(d("15 октября 2019"), Some(date(2019, 10, 15)));
        assert_eq!(d("15 октября 2019 г."), Some(date(2019, 10, 15)));
        assert_eq!(d("1er mai 2016"), Some(date(2016, 5, 1)));
        assert_eq!(d("3 décembre 2015"), Some(date(2015, 12, 3)));
        assert_eq!(d("5. Juni 2012"), Some(date(2012, 6, 5)));
        assert_eq!(d("5 giugno 2012"), Some(date(2012, 6, 5)));
        assert_eq!(d("5 de junio de 2012"), Some(date(2012, 6, 5)));
        assert_eq!(d("2008-04-08"), Some(date(2008, 4, 8)));
        assert_eq!(d("2008-04-08T10:00:00Z"), Some(date(2008, 4, 8)));
        assert_eq!(d("08.04.2008"), Some(date(2008, 4, 8)));
        assert_eq!(d("30 February 2008"), None);
        assert_eq!(d("8 April"), None);
        assert_eq!(d("The OSCE 2008"), None);
        assert_eq!(d(""), None);
    }

    #[test]
    fn month_languages() {
        assert_eq!(
            parse_date("3 mai 2016").map(|p| p.langs),
            Some(vec!["fr", "de", "ro"])
        );
        assert_eq!(
            parse_date("26. novembar 2025. godine").map(|p| (p.date, p.langs)),
            Some((jiff::civil::date(2025, 11, 26), vec!["hbs"]))
        );
        assert_eq!(
            parse_date("3 березня 2014 року").map(|p| p.langs),
            Some(vec!["uk"])
        );
        for (text, lang) in [
            ("2025-жылдын 27-марты", "ky"),
            ("2025 жылғы 15 сәуір", "kk"),
            ("2025-yil 22-aprel", "uz"),
            ("2025-nji ýylyň 16-njy iýuly", "tk"),
            ("11 феврали соли 2025", "tg"),
        ] {
            let p = parse_date(text).unwrap_or_else(|| panic!("{text}"));
            assert!(p.langs.contains(&lang), "{text}: {:?}", p.langs);
        }
        assert_eq!(
            parse_date("3 May 2016").map(|p| p.langs),
            Some(vec!["en", "uz"])
        );
    }

    #[test]
    fn datelines_of_the_years() {
        let cases = [
            ("MINSK, 8 April 2008 - The OSCE", "MINSK", date(2008, 4, 8)),
            ("MINSK, 8 April 2008 – The OSCE", "MINSK", date(2008, 4, 8)),
            ("MINSK, 8 April 2008 — The OSCE", "MINSK", date(2008, 4, 8)),
            ("МИНСК, 15 октября 2019 – ОБСЕ", "МИНСК", date(2019, 10, 15)),
            (
                "VALLETTA/VIENNA, 3 May 2016 – The OSCE",
                "VALLETTA/VIENNA",
                date(2016, 5, 3),
            ),
            ("VIENNA 5 June 2012 - The OSCE", "VIENNA", date(2012, 6, 5)),
            ("VIENNE, 5 juin 2012 – L'OSCE", "VIENNE", date(2012, 6, 5)),
            ("WIEN, 5. Juni 2012 – Die OSZE", "WIEN", date(2012, 6, 5)),
            ("ROMA, 5 giugno 2012 – L'OSCE", "ROMA", date(2012, 6, 5)),
            (
                "MADRID, 5 de junio de 2012 – La OSCE",
                "MADRID",
                date(2012, 6, 5),
            ),
            (
                "NUR-SULTAN, 3 May 2019 - The OSCE",
                "NUR-SULTAN",
                date(2019, 5, 3),
            ),
            (
                "THE HAGUE, 3 May 2019 - The OSCE",
                "THE HAGUE",
                date(2019, 5, 3),
            ),
            ("Vienna, 3 May 2019 - The OSCE", "Vienna", date(2019, 5, 3)),
            ("WARSAW, 2008-04-08 - The OSCE", "WARSAW", date(2008, 4, 8)),
        ];
        for (text, city, when) in cases {
            let dl = dateline(text, false).unwrap_or_else(|| panic!("no dateline in {text:?}"));
            assert_eq!(dl.city, city, "{text}");
            assert_eq!(dl.date, Some(when), "{text}");
            assert!(!dl.rest.starts_with(is_dash) && !dl.rest.starts_with(' '));
        }
    }

    #[test]
    fn no_dateline_in_ordinary_sentences() {
        assert_eq!(
            dateline("On 8 April 2008 - the day of the vote - the OSCE", false),
            None
        );
        assert_eq!(dateline("The OSCE - with its partners - said", false), None);
        assert_eq!(dateline("MINSK - The OSCE", false), None);
        assert_eq!(
            dateline("MINSK - The OSCE", true).map(|d| d.city),
            Some("MINSK".to_owned())
        );
    }
}
