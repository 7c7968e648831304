//! The text form of a saved page (see the seed page, `crates/import/tests/seed/`): menus, type label, title, metadata
//! block, body.

use std::borrow::Cow;

use model::SiteDefinition;
use model::text::normalize_name;

use super::header::{self, LabelLine, label_line};
use super::labels;
use super::warning::{Warning, WarningKind as K};
use super::{Raw, abbr, dates, names};

fn is_dash(line: &str) -> bool {
    line.starts_with('-')
}

fn is_skip(line: &str) -> bool {
    line.is_empty() || line.eq_ignore_ascii_case("skip links")
}

/// Removes the `<script>`, `<style>` and `<noscript>` elements a text page may carry (an
/// unclosed one runs to the end): their content is never text of the item.
fn strip_scripts(text: &str) -> (Cow<'_, str>, usize) {
    const OPENERS: [&str; 3] = ["<script", "<style", "<noscript"];
    let lower = text.to_ascii_lowercase();
    if !OPENERS.iter().any(|o| lower.contains(o)) {
        return (Cow::Borrowed(text), 0);
    }
    let mut out = String::with_capacity(text.len());
    let mut removed = 0;
    let mut i = 0;
    // The next position of each opener at or after `i` (found once, not searched again
    // while it lies ahead: linear in the page).
    let mut ahead: [Option<usize>; 3] = OPENERS.map(|o| lower.find(o));
    loop {
        for (slot, o) in ahead.iter_mut().zip(OPENERS) {
            if slot.is_some_and(|at| at < i) {
                *slot = lower.get(i..).and_then(|r| r.find(o)).map(|at| i + at);
            }
        }
        let next = ahead
            .iter()
            .zip(OPENERS)
            .filter_map(|(at, o)| at.map(|at| (at, &o[1..])))
            .min();
        let Some((at, name)) = next else {
            out.push_str(&text[i..]);
            break;
        };
        out.push_str(&text[i..at]);
        removed += 1;
        i = match lower[at..].find(&format!("</{name}")) {
            Some(close) => lower[at + close..]
                .find('>')
                .map_or(text.len(), |gt| at + close + gt + 1),
            None => text.len(),
        };
    }
    (Cow::Owned(out), removed)
}

pub(crate) fn read(text: &str, site: &SiteDefinition) -> Raw {
    let (text, scripts) = strip_scripts(text);
    let lines: Vec<String> = text.lines().map(labels::collapse).collect();
    let n = lines.len();
    let known_types = names::type_labels(site);
    let is_type =
        |l: &str| l.len() <= 120 && !is_dash(l) && known_types.contains(&normalize_name(l));
    let next_content = |from: usize| (from..n).find(|&j| !is_skip(&lines[j]));

    let mut raw = Raw {
        check_last_sentence: true,
        ..Raw::default()
    };
    if scripts > 0 {
        raw.warnings.push(Warning::new(
            K::Markup,
            format!("removed {scripts} script or style element(s) from the text"),
        ));
    }

    // The type label: the first one followed by a title (menus come before it, and a menu
    // entry "News" followed by "Resources" is not a label and its title).
    let mut label_at = None;
    let mut short_next = None;
    let mut first_label = None;
    for (i, l) in lines.iter().enumerate() {
        if !is_type(l) {
            continue;
        }
        first_label.get_or_insert(i);
        if let Some(j) = next_content(i + 1)
            && !is_dash(&lines[j])
            && !is_type(&lines[j])
        {
            if lines[j].split_whitespace().count() >= 3 {
                label_at = Some(i);
                break;
            }
            short_next.get_or_insert(i);
        }
    }
    let label_at = label_at.or(short_next).or(first_label).or_else(|| {
        // No known label: the line two before the metadata block is an unknown one.
        let meta = lines
            .iter()
            .position(|l| matches!(label_line(l), Some(LabelLine::Known(..))))?;
        let title = (0..meta).rev().find(|&j| !is_skip(&lines[j]))?;
        let label = (0..title).rev().find(|&j| !is_skip(&lines[j]))?;
        (!is_dash(&lines[title])
            && !is_dash(&lines[label])
            && header::content_start(&lines) == Some(label)
            && header::section(&lines[label]).is_none())
        .then_some(label)
    });
    // A label below the title and its date line ("Newsroom", the title, "THE HAGUE 7 June
    // 2016", "Speech", the body): the title is above.
    let label_below_title = label_at.and_then(|l| {
        let date_at = (0..l).rev().find(|&j| !is_skip(&lines[j]))?;
        let line = dates::date_line(&lines[date_at])?;
        let title_at = (0..date_at).rev().find(|&j| !is_skip(&lines[j]))?;
        let title = &lines[title_at];
        let plausible = !is_dash(title)
            && header::section(title).is_none()
            && dates::date_line(title).is_none()
            && title.split_whitespace().count() >= 3;
        plausible.then_some((l, date_at, line, title_at))
    });
    if let Some((label_at, date_at, line, title_at)) = label_below_title {
        raw.type_label = Some(lines[label_at].clone());
        raw.title = Some(lines[title_at].clone());
        header::push_date_line(&mut raw, line, &lines[date_at]);
        let k = header::read_below_title(&lines, label_at + 1, &mut raw);
        let body: Vec<String> = lines[k.min(n)..].to_vec();
        let mut pairs = Vec::new();
        raw.lines = abbr::restore(&body, &mut pairs);
        raw.abbrs = pairs;
        return raw;
    }
    let title_at = match label_at {
        Some(label_at) => {
            raw.type_label = Some(lines[label_at].clone());
            // A structure named above the label is the page's source when it shows no
            // other ("Secretary General" / "News").
            header::headers_above(&lines, label_at, site, &mut raw);
            // The 1990s releases put a number and a date line between label and title.
            let mut after = label_at + 1;
            while let Some(j) = next_content(after)
                && (header::is_number_line(&lines[j]) || dates::date_line(&lines[j]).is_some())
            {
                if let Some(line) = dates::date_line(&lines[j]) {
                    header::push_date_line(&mut raw, line, &lines[j]);
                }
                after = j + 1;
            }
            let Some(title_at) = next_content(after) else {
                raw.truncated = Some(format!(
                    "the page ends after its type label '{}'",
                    lines[label_at]
                ));
                return raw;
            };
            if is_dash(&lines[title_at]) {
                return raw;
            }
            title_at
        }
        None => match header::find_title(&lines, site, &mut raw) {
            Some(t) => t,
            None => return raw,
        },
    };
    raw.title = Some(lines[title_at].clone());

    // What stands between the title and the body.
    let k = header::read_below_title(&lines, title_at + 1, &mut raw);
    // The body.
    let body: Vec<String> = lines[k.min(n)..].to_vec();
    let mut pairs = Vec::new();
    raw.lines = abbr::restore(&body, &mut pairs);
    raw.abbrs = pairs;
    raw
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_are_removed_from_text_pages() {
        let (t, n) = strip_scripts("a\n<SCRIPT>x = '<p>'</script>\nb<style>p{}</style>c");
        assert_eq!((t.as_ref(), n), ("a\n\nbc", 2));
        let (t, n) = strip_scripts("a<script>never closed\nb");
        assert_eq!((t.as_ref(), n), ("a", 1));
        let (t, n) = strip_scripts("plain text");
        assert_eq!((t.as_ref(), n), ("plain text", 0));
    }
}
