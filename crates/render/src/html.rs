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
            (
                "img",
                HashSet::from([
                    "src", "alt", "width", "height", "srcset", "sizes", "loading", "decoding",
                ]),
            ),
            ("th", HashSet::from(["scope", "colspan", "rowspan"])),
            ("td", HashSet::from(["colspan", "rowspan"])),
            ("q", HashSet::from(["cite"])),
        ]
        .into_iter()
        .collect(),
    )
    .generic_attributes(HashSet::from(["lang"]))
    .url_schemes(HashSet::from(["http", "https", "mailto"]))
    .link_rel(Some("noopener noreferrer"))
    .attribute_filter(|element, attribute, value| {
        if element != "img" || image_attribute_allowed(attribute, value) {
            Some(value.into())
        } else {
            None
        }
    });
    b
});

/// Whether an attribute of a picture in a body is kept with this value. A picture comes
/// from this site's media library (`/media/<key>`, public only while an item that shows it
/// is) or from another site over HTTP(S); any other address (a relative path to nowhere, a
/// `data:` URL) is dropped, and the picture with it. The other attributes are kept only with
/// the values browsers understand.
fn image_attribute_allowed(attribute: &str, value: &str) -> bool {
    match attribute {
        "src" => {
            is_media_address(value) || value.starts_with("https://") || value.starts_with("http://")
        }
        "srcset" => value.split(',').all(|candidate| {
            let mut parts = candidate.split_whitespace();
            let address_ok = parts.next().is_some_and(is_media_address);
            let descriptor_ok = parts.next().is_none_or(|d| {
                d.len() > 1
                    && matches!(d.as_bytes()[d.len() - 1], b'w' | b'x')
                    && d[..d.len() - 1]
                        .bytes()
                        .all(|b| b.is_ascii_digit() || b == b'.')
            });
            address_ok && descriptor_ok && parts.next().is_none()
        }),
        "sizes" => {
            value.len() <= 200
                && value
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b" ().,:-%".contains(&b))
        }
        "width" | "height" => {
            (1..=5).contains(&value.len()) && value.bytes().all(|b| b.is_ascii_digit())
        }
        "loading" => matches!(value, "lazy" | "eager"),
        "decoding" => matches!(value, "async" | "sync" | "auto"),
        _ => true,
    }
}

/// Whether `address` names a file of this site's media library: `/media/` and a key of the
/// library (hexadecimal digits, optionally a dash and a width, then `.jpg`, `.png` or
/// `.webp`), as the media crate makes them.
pub fn is_media_address(address: &str) -> bool {
    let Some(key) = address.strip_prefix("/media/") else {
        return false;
    };
    let Some((stem, extension)) = key.rsplit_once('.') else {
        return false;
    };
    let (hash, width) = match stem.split_once('-') {
        Some((hash, width)) => (hash, Some(width)),
        None => (stem, None),
    };
    key.len() <= 80
        && matches!(extension, "jpg" | "png" | "webp")
        && hash.len() >= 2
        && hash
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
        && width.is_none_or(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()))
}

/// The keys of the media library's files a body's pictures show (`<img src="/media/…">`
/// and their `srcset`), in order, each once. Reads sanitized HTML, whose attribute values
/// are always in double quotes.
pub fn media_keys(html: &str) -> Vec<String> {
    let mut keys: Vec<String> = Vec::new();
    for (at, _) in html.match_indices("<img ") {
        let tag = &html[at..tag_end(html, at)];
        for attribute in [" src=\"", " srcset=\""] {
            let Some(start) = tag.find(attribute) else {
                continue;
            };
            let rest = &tag[start + attribute.len()..];
            let value = &rest[..rest.find('"').unwrap_or(rest.len())];
            for candidate in value.split(',') {
                if let Some(address) = candidate.split_whitespace().next()
                    && is_media_address(address)
                {
                    let key = address["/media/".len()..].to_owned();
                    if !keys.contains(&key) {
                        keys.push(key);
                    }
                }
            }
        }
    }
    keys
}

/// Sanitized HTML with the addresses of the media library's files in its pictures
/// (`<img>` and `<source>`, `src` and `srcset`) given by `to` from their keys: a preview
/// shows an embargoed item's pictures through its own signed addresses. Nothing else of the
/// text changes.
pub fn rewrite_media_addresses(html: &str, to: impl Fn(&str) -> String) -> String {
    let mut out = String::with_capacity(html.len() + html.len() / 8);
    let mut copied = 0;
    let mut from = 0;
    while let Some(found) = html[from..].find('<') {
        let at = from + found;
        let is_picture = ["<img ", "<source "]
            .iter()
            .any(|tag| html[at..].starts_with(tag));
        if !is_picture {
            from = at + 1;
            continue;
        }
        let end = tag_end(html, at);
        let tag = &html[at..end];
        out.push_str(&html[copied..at]);
        let mut rest = tag;
        while let Some((before, value, after)) = next_address_attribute(rest) {
            out.push_str(before);
            out.push_str(&rewrite_address_list(value, &to));
            rest = after;
        }
        out.push_str(rest);
        copied = end;
        from = end;
    }
    out.push_str(&html[copied..]);
    out
}

/// A `src` or `srcset` value ("/media/a-400.jpg 400w, /media/a-800.jpg 800w") with each
/// address of the media library given by `to` from its key; other addresses and the
/// descriptors are kept.
pub fn rewrite_address_list(value: &str, to: &impl Fn(&str) -> String) -> String {
    let rewritten: Vec<String> = value
        .split(',')
        .map(|candidate| {
            let trimmed = candidate.trim_start();
            let lead = &candidate[..candidate.len() - trimmed.len()];
            let (address, descriptor) =
                trimmed.split_at(trimmed.find(char::is_whitespace).unwrap_or(trimmed.len()));
            match address.strip_prefix("/media/") {
                Some(key) if is_media_address(address) => format!("{lead}{}{descriptor}", to(key)),
                _ => candidate.to_owned(),
            }
        })
        .collect();
    rewritten.join(",")
}

/// In a tag, the text up to and including the next ` src="` or ` srcset="`, that
/// attribute's value, and the text from its closing quote on.
fn next_address_attribute(tag: &str) -> Option<(&str, &str, &str)> {
    let start = [" src=\"", " srcset=\""]
        .iter()
        .filter_map(|a| tag.find(a).map(|i| i + a.len()))
        .min()?;
    let value_len = tag[start..].find('"')?;
    Some((
        &tag[..start],
        &tag[start..start + value_len],
        &tag[start + value_len..],
    ))
}

/// The end of the tag that starts at `at` (past its `>`, quoted values skipped).
fn tag_end(html: &str, at: usize) -> usize {
    let mut quoted = false;
    for (i, b) in html.bytes().enumerate().skip(at) {
        match b {
            b'"' => quoted = !quoted,
            b'>' if !quoted => return i + 1,
            _ => {}
        }
    }
    html.len()
}

/// Sanitized HTML without the pictures whose address the sanitizer dropped (a picture
/// without a source shows a broken frame).
fn without_sourceless_images(html: &str) -> String {
    if !html.contains("<img ") && !html.contains("<img>") {
        return html.to_owned();
    }
    let mut out = String::with_capacity(html.len());
    let mut rest = 0;
    let mut from = 0;
    while let Some(found) = html[from..].find("<img") {
        let at = from + found;
        let after = html.as_bytes().get(at + 4).copied();
        if !matches!(after, Some(b' ' | b'>' | b'/')) {
            from = at + 4;
            continue;
        }
        let end = tag_end(html, at);
        if !html[at..end].contains(" src=\"") {
            out.push_str(&html[rest..at]);
            rest = end;
        }
        from = end;
    }
    out.push_str(&html[rest..]);
    out
}

/// The deepest nesting of elements a body may have. HTML parsers do work in proportion to
/// the depth for every element they open, so a body of a few hundred kilobytes nested
/// tens of thousands deep costs minutes; no press release nests more than a dozen.
pub const MAX_NESTING: usize = 200;

/// Elements without content.
const VOID: [&str; 14] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];
/// Elements whose end tag may be left out: a parser closes them when a sibling starts, so
/// they never nest by themselves.
const OPTIONAL_END: [&str; 20] = [
    "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody", "thead", "tfoot",
    "colgroup", "caption", "rb", "rt", "rp", "html", "head", "body",
];
/// Elements whose content is text up to their end tag.
const RAW_TEXT: [&str; 9] = [
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript",
];

/// How deeply the elements of an HTML text nest, as a parser would nest them at most (a
/// scan of the tags, in time proportional to the length; comments and the text of scripts
/// and styles are skipped).
pub fn nesting_depth(html: &str) -> usize {
    let b = html.as_bytes();
    let (mut i, mut depth, mut deepest) = (0usize, 0usize, 0usize);
    let find = |from: usize, what: &[u8]| -> usize {
        b[from.min(b.len())..]
            .windows(what.len())
            .position(|w| w.eq_ignore_ascii_case(what))
            .map_or(b.len(), |p| from + p + what.len())
    };
    while i < b.len() {
        if b[i] != b'<' {
            i += 1;
            continue;
        }
        if b[i..].starts_with(b"<!--") {
            i = find(i + 4, b"-->");
            continue;
        }
        let closing = b.get(i + 1) == Some(&b'/');
        let start = i + 1 + usize::from(closing);
        let name_len = b[start.min(b.len())..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric())
            .count();
        if name_len == 0 || !b[start].is_ascii_alphabetic() {
            // `<!doctype>`, `<?…>`, `<3`, a lone `<`: no element.
            i += 1;
            continue;
        }
        let name = html[start..start + name_len].to_ascii_lowercase();
        // The end of the tag, past quoted attribute values.
        let mut j = start + name_len;
        let mut quote = None;
        while j < b.len() {
            match (quote, b[j]) {
                (None, b'"' | b'\'') => quote = Some(b[j]),
                (Some(q), c) if c == q => quote = None,
                (None, b'>') => break,
                _ => {}
            }
            j += 1;
        }
        let self_closing = j > 0 && b.get(j - 1) == Some(&b'/');
        i = j + 1;
        if closing {
            if !VOID.contains(&name.as_str()) && !OPTIONAL_END.contains(&name.as_str()) {
                depth = depth.saturating_sub(1);
            }
            continue;
        }
        if RAW_TEXT.contains(&name.as_str()) {
            i = find(i, format!("</{name}").as_bytes());
            continue;
        }
        if self_closing || VOID.contains(&name.as_str()) || OPTIONAL_END.contains(&name.as_str()) {
            continue;
        }
        depth += 1;
        deepest = deepest.max(depth);
    }
    deepest
}

/// Refuses an HTML text that nests deeper than [`MAX_NESTING`], with a message for people.
pub fn check_nesting(html: &str) -> Result<(), String> {
    let depth = nesting_depth(html);
    if depth > MAX_NESTING {
        return Err(format!(
            "the HTML nests elements {depth} deep; at most {MAX_NESTING} levels are accepted"
        ));
    }
    Ok(())
}

/// The one sanitizer: what it returns is what is stored and shown. A text that nests deeper
/// than [`MAX_NESTING`] (which every caller refuses before) is kept as its text alone: the
/// parser is never given work that grows with the square of the depth.
pub fn sanitize(html: &str) -> String {
    if check_nesting(html).is_err() {
        return paragraphs_to_html(&[plain_text(html, html.len())]);
    }
    let clean = without_sourceless_images(&SANITIZER.clean(html).to_string());
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
/// `<abbr title="expansion">`, followed by the expansion for screen readers and touch screens. Only whole words in text (not in tags or attributes, not
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
        // The expansion is in the text too, hidden from the eye: screen readers read it
        // (most do not read `title`), and a tap shows it (`site.js`), where no pointer can
        // hover for the tooltip.
        let expansion = escape(&entry.expansion);
        out.push_str(&format!(
            "<abbr title=\"{expansion}\">{}</abbr><span class=\"abbr-expansion\"> ({expansion})</span>",
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
    #[test]
    fn nesting_is_measured_as_a_parser_would_nest() {
        assert_eq!(nesting_depth("<p>a</p><p>b</p>"), 0, "p closes itself");
        assert_eq!(nesting_depth("<div><div><b>x</b></div></div>"), 3);
        assert_eq!(
            nesting_depth(&"<p>para".repeat(5_000)),
            0,
            "unclosed paragraphs"
        );
        assert_eq!(nesting_depth(&"<li>item".repeat(5_000)), 0);
        assert_eq!(nesting_depth(&"<ul><li>".repeat(50_000)), 50_000);
        assert_eq!(nesting_depth(&"<br><img src=x><hr/>".repeat(1_000)), 0);
        assert_eq!(
            nesting_depth(
                "<div title=\"a>b\"><!-- <div><div> --><script>if (a<b) {}</script></div>"
            ),
            1,
            "quotes, comments and scripts"
        );
        assert_eq!(nesting_depth("a < b and <3 </nothing> <"), 0);
        assert!(check_nesting(&"<div>".repeat(MAX_NESTING)).is_ok());
        let deep = "<ul><li>".repeat(MAX_NESTING + 1);
        let err = check_nesting(&deep).expect_err("too deep");
        assert!(err.contains(&format!("{} deep", MAX_NESTING + 1)), "{err}");
    }

    #[test]
    fn the_sanitizer_never_parses_what_nests_too_deep() {
        let deep = format!("{}x<script>alert(1)</script>", "<ul><li>".repeat(60_000));
        let clean = sanitize(&deep);
        assert!(
            !clean.contains("<script") && !clean.contains("<ul"),
            "{}",
            &clean[..clean.len().min(200)]
        );
        assert!(clean.contains('x'));
    }

    use super::*;

    fn entry(a: &str, e: &str) -> GlossaryEntry {
        GlossaryEntry {
            abbr: a.into(),
            expansion: e.into(),
        }
    }

    #[test]
    fn a_preview_shows_the_body_pictures_through_its_own_addresses() {
        let html = "<p>See \"/media/3f2a9c0d1e2b4a5c-800.jpg\"</p><figure>\
                    <img src=\"/media/3f2a9c0d1e2b4a5c-800.jpg\" alt=\"A hall\" \
                    srcset=\"/media/3f2a9c0d1e2b4a5c-400.jpg 400w, /media/3f2a9c0d1e2b4a5c-800.jpg 800w\">\
                    <img src=\"https://example.org/media/x.jpg\" alt=\"far\"></figure>";
        let shown = rewrite_media_addresses(html, |key| format!("/preview/7/media/{key}?s=1"));
        assert_eq!(
            shown,
            "<p>See \"/media/3f2a9c0d1e2b4a5c-800.jpg\"</p><figure>\
             <img src=\"/preview/7/media/3f2a9c0d1e2b4a5c-800.jpg?s=1\" alt=\"A hall\" \
             srcset=\"/preview/7/media/3f2a9c0d1e2b4a5c-400.jpg?s=1 400w, \
             /preview/7/media/3f2a9c0d1e2b4a5c-800.jpg?s=1 800w\">\
             <img src=\"https://example.org/media/x.jpg\" alt=\"far\"></figure>"
        );
        assert_eq!(
            rewrite_media_addresses("<p>no pictures</p>", |k| k.to_owned()),
            "<p>no pictures</p>"
        );
    }

    #[test]
    fn pictures_come_from_the_media_library_or_over_http() {
        let kept = sanitize(
            "<figure><img src=\"/media/3f2a9c0d1e2b4a5c-800.jpg\" alt=\"A hall\" width=\"800\" \
             height=\"450\" loading=\"lazy\" decoding=\"async\" \
             srcset=\"/media/3f2a9c0d1e2b4a5c-400.jpg 400w, /media/3f2a9c0d1e2b4a5c-800.jpg 800w\" \
             sizes=\"(min-width: 50rem) 46rem, 100vw\"><figcaption>A hall</figcaption></figure>",
        );
        for part in [
            "src=\"/media/3f2a9c0d1e2b4a5c-800.jpg\"",
            "width=\"800\"",
            "loading=\"lazy\"",
            "srcset=\"/media/3f2a9c0d1e2b4a5c-400.jpg 400w, /media/3f2a9c0d1e2b4a5c-800.jpg 800w\"",
            "sizes=\"(min-width: 50rem) 46rem, 100vw\"",
        ] {
            assert!(kept.contains(part), "{part} in {kept}");
        }
        assert_eq!(
            media_keys(&kept),
            ["3f2a9c0d1e2b4a5c-800.jpg", "3f2a9c0d1e2b4a5c-400.jpg"]
        );
        assert!(
            sanitize("<p><img src=\"https://www.osce.org/x.jpg\" alt=\"x\"></p>").contains("<img")
        );
        for refused in [
            "<p>a<img src=\"/files/2012/06/conference.jpg\" alt=\"x\">b</p>",
            "<p>a<img src=\"data:image/png;base64,AAAA\" alt=\"x\">b</p>",
            "<p>a<img src=\"/media/../../etc/passwd\" alt=\"x\">b</p>",
            "<p>a<img src=\"/media/ABC.jpg\" alt=\"x>y\">b</p>",
            "<p>a<img alt=\"no source\">b</p>",
        ] {
            assert_eq!(sanitize(refused), "<p>ab</p>", "{refused}");
        }
        let odd = sanitize(
            "<img src=\"/media/3f2a9c0d1e2b4a5c.png\" alt=\"x\" loading=\"soon\" width=\"9e9\" \
             srcset=\"https://elsewhere.example/x.jpg 2x\" sizes=\"url(x)\\\">",
        );
        assert_eq!(odd, "<img src=\"/media/3f2a9c0d1e2b4a5c.png\" alt=\"x\">");
        assert!(!is_media_address("/media/3f2a9c0d1e2b4a5c-.jpg"));
        assert!(!is_media_address("/media/3f2a-9c0d.jpg"));
        assert!(is_media_address("/media/3f2a9c0d1e2b4a5c.webp"));
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
            "<p>support NGOs working</p><p>parliamentarians and <abbr title=\"non-governmental organization\">NGO</abbr><span class=\"abbr-expansion\"> (non-governmental organization)</span> representatives, NGO again</p>"
        );
    }

    #[test]
    fn never_marks_inside_tags_or_existing_abbr() {
        let g = [entry("EU", "European Union")];
        let html = "<p><a href=\"/EU\" title=\"EU\">x</a> <abbr title=\"x\">EU</abbr> EU</p>";
        assert_eq!(
            mark_abbreviations(html, &g),
            "<p><a href=\"/EU\" title=\"EU\">x</a> <abbr title=\"x\">EU</abbr> <abbr title=\"European Union\">EU</abbr><span class=\"abbr-expansion\"> (European Union)</span></p>"
        );
    }

    #[test]
    fn expansion_is_escaped() {
        let g = [entry("X", "a \"quoted\" <b>")];
        assert_eq!(
            mark_abbreviations("<p>X</p>", &g),
            "<p><abbr title=\"a &quot;quoted&quot; &lt;b&gt;\">X</abbr><span class=\"abbr-expansion\"> (a &quot;quoted&quot; &lt;b&gt;)</span></p>"
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
