//! The address a page had on the old site: found in the saved file, it tells the section
//! (and so the structure) the page belonged to, and sometimes its date.

use jiff::civil::Date;
use model::{SiteDefinition, Slug};

/// The longest address kept.
const MAX_ADDRESS: usize = 2_000;

/// The page's original address, when the saved file carries it: the comment browsers write
/// when they save a page (`<!-- saved from url=(0052)https://… -->`), the canonical link, or
/// the `og:url` property. Only the start of the file is searched.
pub(crate) fn of_page(text: &str) -> Option<String> {
    let end = text
        .char_indices()
        .nth(64 * 1024)
        .map_or(text.len(), |(i, _)| i);
    let head = &text[..end];
    let lower = head.to_ascii_lowercase();
    if let Some(at) = lower.find("saved from url=") {
        let rest = &head[at + "saved from url=".len()..];
        // "(0052)" gives the length; the address runs to the end of the comment.
        let rest = match rest.strip_prefix('(') {
            Some(r) => r.split_once(')').map_or(r, |(_, after)| after),
            None => rest,
        };
        let url: String = rest
            .chars()
            .take_while(|c| !c.is_whitespace() && *c != '>')
            .collect();
        if let Some(url) = clean(url.trim_end_matches('-')) {
            return Some(url);
        }
    }
    for marker in [
        "rel=\"canonical\"",
        "property=\"og:url\"",
        "rel='canonical'",
    ] {
        let Some(at) = lower.find(marker) else {
            continue;
        };
        // The tag around the marker.
        let start = lower[..at].rfind('<').unwrap_or(at);
        let stop = lower[at..].find('>').map_or(lower.len(), |e| at + e);
        let tag = &head[start..stop];
        let tag_lower = &lower[start..stop];
        for attr in ["href=", "content="] {
            if let Some(a) = tag_lower.find(attr) {
                let value = &tag[a + attr.len()..];
                let quote = value.chars().next();
                let value = match quote {
                    Some(q @ ('"' | '\'')) => value[1..].split(q).next().unwrap_or_default(),
                    _ => value.split_whitespace().next().unwrap_or_default(),
                };
                if let Some(url) = clean(value) {
                    return Some(url);
                }
            }
        }
    }
    None
}

/// An absolute http(s) address, without a fragment; `None` for anything else.
fn clean(url: &str) -> Option<String> {
    let url = url.trim().split('#').next().unwrap_or_default();
    let lower = url.to_ascii_lowercase();
    let ok = (lower.starts_with("http://") || lower.starts_with("https://"))
        && url.len() <= MAX_ADDRESS
        && url.len() > "https://".len()
        && !url.chars().any(|c| c.is_control() || c.is_whitespace());
    ok.then(|| url.replace("&amp;", "&"))
}

/// The path of an address ("https://www.osce.org/odihr/12345?x" → "/odihr/12345"); a path
/// is returned as it is.
fn path_of(address: &str) -> &str {
    let rest = match address.find("://") {
        Some(i) => &address[i + 3..],
        None => return address,
    };
    let path = rest.find('/').map_or("/", |i| &rest[i..]);
    path.split(['?', '#']).next().unwrap_or(path)
}

/// The structure whose section of the old site holds the address (`/odihr/…` is the
/// ODIHR's); a language prefix (`/ru/odihr/…`) is skipped.
pub fn section_of(site: &SiteDefinition, address: &str) -> Option<Slug> {
    let segments: Vec<String> = path_of(address)
        .split('/')
        .filter(|s| !s.is_empty())
        .take(3)
        .map(str::to_ascii_lowercase)
        .collect();
    let first = segments.first()?;
    let segment = if site.language(first).is_some() {
        segments.get(1)?
    } else {
        first
    };
    site.structures
        .iter()
        .find(|s| s.url_sections.iter().any(|u| u == segment))
        .map(|s| s.slug.clone())
}

/// A date written in a path or an address: `2012/07/12`, `2012-07-12`, `2012_07_12` or
/// `20120712`, with the year between 1970 and 2100; the last one found.
pub fn date_in_path(path: &str) -> Option<Date> {
    let digits: Vec<(usize, char)> = path.char_indices().collect();
    let mut found = None;
    let n = digits.len();
    let is_digit = |i: usize| i < n && digits[i].1.is_ascii_digit();
    let number = |from: usize, len: usize| -> Option<i64> {
        let s: String = digits
            .get(from..from + len)?
            .iter()
            .map(|(_, c)| c)
            .collect();
        s.parse().ok()
    };
    let mut i = 0;
    while i + 8 <= n {
        // A run of digits must start here (not in the middle of a longer number).
        if !is_digit(i) || (i > 0 && is_digit(i - 1)) {
            i += 1;
            continue;
        }
        let run = (i..n).take_while(|&j| is_digit(j)).count();
        let date = if run == 8 {
            make(number(i, 4), number(i + 4, 2), number(i + 6, 2))
        } else if run == 4 {
            let sep = digits.get(i + 4).map(|(_, c)| *c);
            let sep2 = digits.get(i + 7).map(|(_, c)| *c);
            let ok = matches!(sep, Some('/' | '-' | '_'))
                && sep2 == sep
                && is_digit(i + 5)
                && is_digit(i + 6)
                && is_digit(i + 8)
                && is_digit(i + 9)
                && !is_digit(i + 10);
            if ok {
                make(number(i, 4), number(i + 5, 2), number(i + 8, 2))
            } else {
                None
            }
        } else {
            None
        };
        if date.is_some() {
            found = date;
        }
        i += run.max(1);
    }
    found
}

fn make(y: Option<i64>, m: Option<i64>, d: Option<i64>) -> Option<Date> {
    super::dates::make(y?, m?, d?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn addresses_in_saved_files() {
        assert_eq!(
            of_page(
                "<!DOCTYPE html>\n<!-- saved from url=(0041)https://www.osce.org/odihr/elections/1234 -->\n<html>"
            )
            .as_deref(),
            Some("https://www.osce.org/odihr/elections/1234")
        );
        assert_eq!(
            of_page("<link rel=\"canonical\" href=\"https://www.osce.org/sg/5678\" />").as_deref(),
            Some("https://www.osce.org/sg/5678")
        );
        assert_eq!(
            of_page("<meta property=\"og:url\" content=\"https://www.osce.org/fom/9\">").as_deref(),
            Some("https://www.osce.org/fom/9")
        );
        assert_eq!(of_page("Press release\nTitle"), None);
        assert_eq!(
            of_page("<link rel=\"canonical\" href=\"javascript:x\">"),
            None
        );
    }

    #[test]
    fn dates_in_paths() {
        assert_eq!(
            date_in_path("archive/2012/07/12/item.txt"),
            Some(date(2012, 7, 12))
        );
        assert_eq!(
            date_in_path("press/2012-07-12-vienna.txt"),
            Some(date(2012, 7, 12))
        );
        assert_eq!(date_in_path("pr_20050712.html"), Some(date(2005, 7, 12)));
        assert_eq!(date_in_path("https://www.osce.org/sg/92345"), None);
        assert_eq!(date_in_path("item-123456789.txt"), None);
        assert_eq!(date_in_path("2012-13-40.txt"), None);
    }

    #[test]
    fn paths_of_addresses() {
        assert_eq!(path_of("https://www.osce.org/odihr/123?x=1"), "/odihr/123");
        assert_eq!(path_of("http://osce.org"), "/");
    }
}
