//! Rich text: the one sanitizer (applied on save), and the marks added when an item is shown
//! (the dateline, abbreviations from the glossary). Generated markup escapes every value.

use std::collections::HashSet;
use std::sync::LazyLock;

use model::site::GlossaryEntry;

/// Escapes text for HTML element content and double-quoted attributes.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

static SANITIZER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut b = ammonia::Builder::default();
    b.tags(HashSet::from([
        "p",
        "h2",
        "h3",
        "h4",
        "ul",
        "ol",
        "li",
        "a",
        "blockquote",
        "em",
        "strong",
        "b",
        "i",
        "abbr",
        "figure",
        "figcaption",
        "img",
        "br",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "caption",
        "sup",
        "sub",
        "q",
        "cite",
    ]))
    .tag_attributes(
        [
            ("a", HashSet::from(["href", "title", "hreflang"])),
            ("abbr", HashSet::from(["title"])),
            ("img", HashSet::from(["src", "alt", "width", "height"])),
            ("th", HashSet::from(["scope", "colspan", "rowspan"])),
            ("td", HashSet::from(["colspan", "rowspan"])),
            ("q", HashSet::from(["cite"])),
        ]
        .into_iter()
        .collect(),
    )
    .generic_attributes(HashSet::from(["lang"]))
    .url_schemes(HashSet::from(["http", "https", "mailto"]))
    .link_rel(Some("noopener noreferrer"));
    b
});

/// The one sanitizer: what it returns is what is stored and shown.
pub fn sanitize(html: &str) -> String {
    let clean = SANITIZER.clean(html).to_string();
    if clean.chars().any(model::validate::is_forbidden_control) {
        clean
            .chars()
            .filter(|&c| !model::validate::is_forbidden_control(c))
            .collect()
    } else {
        clean
    }
}

/// The text of an HTML fragment: tags dropped (a space between blocks), the common entities
/// decoded, whitespace collapsed. Reads at most about `max_chars` characters of text.
pub fn plain_text(html: &str, max_chars: usize) -> String {
    let mut text = String::with_capacity(html.len().min(max_chars + 64));
    let mut in_tag = false;
    let mut count = 0usize;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                text.push(' ');
            }
            c if !in_tag => {
                text.push(c);
                count += 1;
                if count > max_chars + 40 {
                    break;
                }
            }
            _ => {}
        }
    }
    let text = decode_entities(&text);
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let end = rest.find(';').filter(|&e| e <= 10);
        let decoded = end.and_then(|e| {
            let name = &rest[1..e];
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some('\u{a0}'),
                n if n.starts_with("#x") || n.starts_with("#X") => u32::from_str_radix(&n[2..], 16)
                    .ok()
                    .and_then(char::from_u32),
                n if n.starts_with('#') => n[1..].parse::<u32>().ok().and_then(char::from_u32),
                _ => None,
            }?;
            Some((c, e + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The first words of an HTML body as plain text, cut on a word with an ellipsis.
pub fn excerpt(html: &str, max_chars: usize) -> String {
    let text = plain_text(html, max_chars);
    if text.chars().count() <= max_chars {
        return text;
    }
    let cut: String = text.chars().take(max_chars).collect();
    let cut = match cut.rfind(' ') {
        Some(i) => &cut[..i],
        None => &cut[..],
    };
    format!(
        "{}…",
        cut.trim_end_matches(|c: char| c.is_ascii_punctuation())
    )
}

/// Plain-text paragraphs as HTML paragraphs.
pub fn paragraphs_to_html<S: AsRef<str>>(paragraphs: &[S]) -> String {
    paragraphs
        .iter()
        .map(|p| format!("<p>{}</p>", escape(p.as_ref().trim())))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Puts the dateline ("MINSK, 8 April 2008 - ") at the start of the body's first paragraph.
pub fn with_dateline(body_html: &str, dateline: &str) -> String {
    let mark = format!("<span class=\"dateline\">{}</span>", escape(dateline));
    match body_html.find("<p>") {
        Some(i) => format!("{}<p>{}{}", &body_html[..i], mark, &body_html[i + 3..]),
        None => format!("<p>{mark}</p>{body_html}"),
    }
}

/// Marks the first use of each glossary abbreviation in the item's text with
/// `<abbr title="expansion">`. Only whole words in text (not in tags or attributes, not
/// inside an existing `<abbr>`) are marked.
pub fn mark_abbreviations(html: &str, glossary: &[GlossaryEntry]) -> String {
    if glossary.is_empty() {
        return html.to_owned();
    }
    let mut pending: Vec<&GlossaryEntry> = glossary.iter().collect();
    let mut out = String::with_capacity(html.len() + 64);
    let mut rest = html;
    let mut in_abbr = 0usize;
    while !rest.is_empty() {
        if rest.starts_with('<') {
            let end = rest.find('>').map_or(rest.len(), |e| e + 1);
            let tag = &rest[..end];
            let lower = tag.to_ascii_lowercase();
            if lower.starts_with("<abbr") {
                in_abbr += 1;
            } else if lower.starts_with("</abbr") {
                in_abbr = in_abbr.saturating_sub(1);
            }
            out.push_str(tag);
            rest = &rest[end..];
            continue;
        }
        let end = rest.find('<').unwrap_or(rest.len());
        let text = &rest[..end];
        if in_abbr > 0 || pending.is_empty() {
            out.push_str(text);
        } else {
            mark_text(text, &mut pending, &mut out);
        }
        rest = &rest[end..];
    }
    out
}

fn mark_text(text: &str, pending: &mut Vec<&GlossaryEntry>, out: &mut String) {
    let mut pos = 0;
    loop {
        // The earliest whole-word occurrence of any abbreviation not yet marked.
        let best = pending
            .iter()
            .enumerate()
            .filter_map(|(k, e)| find_word(&text[pos..], &e.abbr).map(|i| (pos + i, k)))
            .min();
        let Some((at, k)) = best else { break };
        let entry = pending.remove(k);
        out.push_str(&text[pos..at]);
        out.push_str(&format!(
            "<abbr title=\"{}\">{}</abbr>",
            escape(&entry.expansion),
            &text[at..at + entry.abbr.len()]
        ));
        pos = at + entry.abbr.len();
    }
    out.push_str(&text[pos..]);
}

fn find_word(hay: &str, word: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(i) = hay[from..].find(word) {
        let at = from + i;
        let before = hay[..at].chars().next_back();
        let after = hay[at + word.len()..].chars().next();
        let boundary = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric() && c != '_');
        if boundary(before) && boundary(after) {
            return Some(at);
        }
        from = at + word.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(a: &str, e: &str) -> GlossaryEntry {
        GlossaryEntry {
            abbr: a.into(),
            expansion: e.into(),
        }
    }

    #[test]
    fn the_sanitizer_drops_invisible_control_characters() {
        assert_eq!(sanitize("<p>a\u{1}b\u{b}c\td</p>"), "<p>abc\td</p>");
    }

    #[test]
    fn marks_first_whole_word_use_only() {
        let g = [entry("NGO", "non-governmental organization")];
        let html =
            "<p>support NGOs working</p><p>parliamentarians and NGO representatives, NGO again</p>";
        assert_eq!(
            mark_abbreviations(html, &g),
            "<p>support NGOs working</p><p>parliamentarians and <abbr title=\"non-governmental organization\">NGO</abbr> representatives, NGO again</p>"
        );
    }

    #[test]
    fn never_marks_inside_tags_or_existing_abbr() {
        let g = [entry("EU", "European Union")];
        let html = "<p><a href=\"/EU\" title=\"EU\">x</a> <abbr title=\"x\">EU</abbr> EU</p>";
        assert_eq!(
            mark_abbreviations(html, &g),
            "<p><a href=\"/EU\" title=\"EU\">x</a> <abbr title=\"x\">EU</abbr> <abbr title=\"European Union\">EU</abbr></p>"
        );
    }

    #[test]
    fn expansion_is_escaped() {
        let g = [entry("X", "a \"quoted\" <b>")];
        assert_eq!(
            mark_abbreviations("<p>X</p>", &g),
            "<p><abbr title=\"a &quot;quoted&quot; &lt;b&gt;\">X</abbr></p>"
        );
    }

    #[test]
    fn dateline_opens_first_paragraph() {
        assert_eq!(
            with_dateline("<p>The OSCE</p><p>More</p>", "MINSK, 8 April 2008 - "),
            "<p><span class=\"dateline\">MINSK, 8 April 2008 - </span>The OSCE</p><p>More</p>"
        );
    }

    #[test]
    fn sanitizer_removes_scripts_and_handlers() {
        let dirty = "<p onclick=\"x()\">Hi<script>alert(1)</script><a href=\"javascript:alert(1)\">l</a><img src=x onerror=alert(1)></p>";
        let clean = sanitize(dirty);
        assert!(!clean.contains("script"), "{clean}");
        assert!(!clean.contains("onclick"), "{clean}");
        assert!(!clean.contains("onerror"), "{clean}");
        assert!(!clean.contains("javascript"), "{clean}");
        assert!(clean.starts_with("<p>Hi"), "{clean}");
    }

    #[test]
    fn excerpt_strips_tags_and_cuts_on_a_word() {
        assert_eq!(
            excerpt("<p>Hello <abbr title=\"x\">NGO</abbr> world</p>", 100),
            "Hello NGO world"
        );
        assert_eq!(excerpt("<p>one two three four</p>", 9), "one two…");
        assert_eq!(
            plain_text(
                "<p>a &amp; b &#39;c&#x27; &quot;d&quot; &bogus; &</p>",
                1000
            ),
            "a & b 'c' \"d\" &bogus; &"
        );
    }

    #[test]
    fn paragraphs_are_escaped() {
        assert_eq!(
            paragraphs_to_html(&["a < b", "\"q\""]),
            "<p>a &lt; b</p>\n<p>&quot;q&quot;</p>"
        );
    }
}
