//! The text form of a saved page (see the seed page, `crates/import/tests/seed/`): menus, type label, title, metadata
//! block, body.

use std::borrow::Cow;

use model::SiteDefinition;
use model::text::normalize_name;

use super::labels::{self, meta_label};
use super::{MetaEntry, MetaKey, Raw, abbr, names};

/// A metadata label line: "- Date:", "- Place: MINSK" (the value may follow on the line).
enum LabelLine {
    Known(MetaKey, &'static [&'static str], Option<String>),
    Unknown(String),
}

fn label_line(line: &str) -> Option<LabelLine> {
    let s = line.strip_prefix('-')?.trim();
    let (label, value) = s.split_once(':')?;
    let label = label.trim();
    let value = value.trim();
    if let Some((key, langs)) = meta_label(label) {
        let value = (!value.is_empty()).then(|| value.to_owned());
        return Some(LabelLine::Known(key, langs, value));
    }
    let plausible = !label.is_empty()
        && value.is_empty()
        && label.chars().count() <= 40
        && !label.chars().any(|c| c.is_ascii_digit());
    plausible.then(|| LabelLine::Unknown(label.to_owned()))
}

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
        raw.warnings.push(format!(
            "removed {scripts} script or style element(s) from the text"
        ));
    }

    // The type label: the first one followed by a title (menus come before it).
    let mut label_at = None;
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
            label_at = Some(i);
            break;
        }
    }
    let label_at = label_at.or(first_label).or_else(|| {
        // No known label: the line two before the metadata block is an unknown one.
        let meta = lines
            .iter()
            .position(|l| matches!(label_line(l), Some(LabelLine::Known(..))))?;
        let title = (0..meta).rev().find(|&j| !is_skip(&lines[j]))?;
        let label = (0..title).rev().find(|&j| !is_skip(&lines[j]))?;
        (!is_dash(&lines[title]) && !is_dash(&lines[label])).then_some(label)
    });
    let Some(label_at) = label_at else {
        return raw;
    };
    raw.type_label = Some(lines[label_at].clone());

    // The title.
    let Some(title_at) = next_content(label_at + 1) else {
        raw.truncated = Some(format!(
            "the page ends after its type label '{}'",
            lines[label_at]
        ));
        return raw;
    };
    if is_dash(&lines[title_at]) {
        return raw;
    }
    raw.title = Some(lines[title_at].clone());

    // The metadata block.
    let mut k = title_at + 1;
    if let Some(start) = next_content(k)
        && label_line(&lines[start]).is_some()
    {
        k = start;
        let mut current: Option<usize> = None;
        while k < n {
            let l = &lines[k];
            if l.is_empty() {
                k += 1;
                continue;
            }
            if !is_dash(l) {
                break;
            }
            match label_line(l) {
                Some(LabelLine::Known(key, langs, value)) => {
                    raw.meta.push(MetaEntry {
                        key,
                        langs,
                        values: value.into_iter().collect(),
                    });
                    current = Some(raw.meta.len() - 1);
                }
                Some(LabelLine::Unknown(label)) => {
                    raw.warnings.push(format!(
                        "ignored the metadata '{label}' (not read by the import)"
                    ));
                    current = None;
                }
                None => {
                    let value = l.trim_start_matches('-').trim();
                    match current {
                        Some(c) if !value.is_empty() => raw.meta[c].values.push(value.to_owned()),
                        _ if value.is_empty() => {}
                        _ => raw
                            .warnings
                            .push(format!("ignored the metadata value '{value}'")),
                    }
                }
            }
            k += 1;
        }
    }
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
