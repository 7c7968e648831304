//! Checks made on an HTML page before it is parsed: that it was saved whole, and that its
//! elements do not nest too deep for the tree builder.

use super::PageError;

/// Cut mid-tag, mid-comment, or without its closing tags: the page was not saved whole.
/// `lower` is the page in ASCII lower case.
pub(super) fn check_complete(html: &str, lower: &str) -> Result<(), PageError> {
    let trimmed = html.trim_end();
    if let Some(lt) = trimmed.rfind('<') {
        let after = &trimmed[lt + 1..];
        if !after.contains('>')
            && after
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic() || c == '/' || c == '!')
        {
            let tag: String = after.chars().take(20).collect();
            return Err(PageError::Truncated(format!(
                "the HTML ends inside a tag ('<{tag}')"
            )));
        }
    }
    if let Some(open) = lower.rfind("<!--")
        && !lower[open..].contains("-->")
    {
        return Err(PageError::Truncated(
            "the HTML ends inside a comment".into(),
        ));
    }
    // Only the article's markup, saved without the document around it (`<h1>…</h1><p>…
    // </p>`): it has no `</html>` to lose, so it is whole when its last element is closed.
    // A document (which opened `<html>`, `<body>`, `<head>` or a doctype) needs its end.
    // (The name must end there: `<header>` of an article is no `<head>`.)
    let document = ["<html", "<body", "<head", "<!doctype"].iter().any(|open| {
        lower.match_indices(open).any(|(at, _)| {
            lower[at + open.len()..]
                .chars()
                .next()
                .is_none_or(|c| c == '>' || c == '/' || c.is_ascii_whitespace())
        })
    });
    if !document {
        let closed = trimmed.ends_with('>')
            && trimmed
                .rfind('<')
                .is_some_and(|lt| trimmed[lt..].starts_with("</"));
        if closed {
            return Ok(());
        }
        return Err(PageError::Truncated(
            "the HTML fragment does not end with a closing tag: it was cut off".into(),
        ));
    }
    if !lower.contains("</html") && !lower.contains("</body") {
        return Err(PageError::Truncated(
            "the HTML has neither </body> nor </html>: the page was cut off".into(),
        ));
    }
    Ok(())
}

/// Elements that do not nest: void elements and those whose end tag may be left out.
fn does_not_nest(name: &str) -> bool {
    matches!(
        name,
        "area"
            | "base"
            | "br"
            | "col"
            | "embed"
            | "hr"
            | "img"
            | "input"
            | "link"
            | "meta"
            | "source"
            | "track"
            | "wbr"
            | "param"
            | "p"
            | "li"
            | "dt"
            | "dd"
            | "tr"
            | "td"
            | "th"
            | "option"
            | "optgroup"
            | "thead"
            | "tbody"
            | "tfoot"
            | "colgroup"
            | "caption"
            | "html"
            | "head"
            | "body"
    )
}

/// How deep the elements of a page nest, counted on its tags (scripts, styles and
/// comments skipped), stopping past `limit`. The tree builder's cost grows with the square
/// of the depth: a page nesting thousands deep is refused before it is parsed.
pub(super) fn nesting_depth(lower: &str, limit: usize) -> usize {
    let bytes = lower.as_bytes();
    let find = |from: usize, what: &str| {
        lower
            .get(from..)
            .and_then(|r| r.find(what))
            .map(|i| from + i)
    };
    let (mut depth, mut max, mut foreign) = (0usize, 0usize, 0usize);
    let mut i = 0;
    while let Some(lt) = find(i, "<") {
        let start = lt + 1;
        let name_len = bytes[start.min(bytes.len())..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric() || **b == b'-')
            .count();
        match bytes.get(start) {
            Some(b'!') => {
                let end = if lower[start..].starts_with("!--") {
                    find(start, "-->")
                } else {
                    find(start, ">")
                };
                i = end.map_or(bytes.len(), |e| e + 1);
            }
            Some(b'/') => {
                let name_len = bytes[start + 1..]
                    .iter()
                    .take_while(|b| b.is_ascii_alphanumeric() || **b == b'-')
                    .count();
                let name = &lower[start + 1..start + 1 + name_len];
                if !does_not_nest(name) {
                    depth = depth.saturating_sub(1);
                }
                if matches!(name, "svg" | "math") {
                    foreign = foreign.saturating_sub(1);
                }
                i = find(start, ">").map_or(bytes.len(), |e| e + 1);
            }
            Some(b) if b.is_ascii_alphabetic() => {
                let name = &lower[start..start + name_len];
                let end = find(start, ">").unwrap_or(bytes.len());
                let self_closing = end > 0 && bytes.get(end - 1) == Some(&b'/');
                i = end + 1;
                if matches!(name, "script" | "style" | "textarea" | "title" | "xmp") {
                    i = find(i.min(bytes.len()), &format!("</{name}")).unwrap_or(bytes.len());
                    continue;
                }
                if matches!(name, "svg" | "math") && !self_closing {
                    foreign += 1;
                }
                if !(does_not_nest(name) || (foreign > 0 && self_closing)) {
                    depth += 1;
                    max = max.max(depth);
                    if max > limit {
                        return max;
                    }
                }
            }
            _ => i = start,
        }
    }
    max
}

#[cfg(test)]
mod tests {
    use super::*;

    fn complete(html: &str) -> Result<(), PageError> {
        check_complete(html, &html.to_ascii_lowercase())
    }

    #[test]
    fn cut_pages_are_refused() {
        assert!(matches!(
            complete("<html><body><p>Text</p><a hre"),
            Err(PageError::Truncated(_))
        ));
        assert!(matches!(
            complete("<html><body><p>Text</p><!-- comment"),
            Err(PageError::Truncated(_))
        ));
        assert!(matches!(
            complete("<html><body><p>Text</p>"),
            Err(PageError::Truncated(_))
        ));
        assert!(complete("<html><body><p>1 < 2</p></body></html>").is_ok());
        // A document that opened `<body>` without `<html>` still needs its end.
        assert!(matches!(
            complete("<body><h1>Title</h1><p>Text</p>"),
            Err(PageError::Truncated(_))
        ));
    }

    #[test]
    fn a_fragment_is_whole_when_its_last_element_is_closed() {
        assert!(complete("<h1>Title</h1>\n<p>VIENNA, 3 May 2011 - Text.</p>\n").is_ok());
        assert!(complete("<header><h1>Title</h1></header><p>Text.</p>").is_ok());
        for cut in [
            "<h1>Title</h1><p>VIENNA, 3 May 2011 - Text",
            "<h1>Title</h1><p>Text.</p><p",
            "<h1>Title</h1><p>Text.</p> and more",
            "<h1>Title</h1><p>Text.</p><br>",
        ] {
            assert!(
                matches!(complete(cut), Err(PageError::Truncated(_))),
                "{cut}"
            );
        }
    }

    #[test]
    fn nesting_is_counted_on_tags() {
        let depth = |s: &str| nesting_depth(s, 1000);
        assert_eq!(
            depth("<html><body><div><div><p>a<p>b</div></div></body></html>"),
            2
        );
        assert_eq!(depth("<div><br><img src=x><hr/></div>"), 1);
        assert_eq!(
            depth("<div><script>for (i = 0; i<n; i++) { x = '<div><div>'; }</script></div>"),
            1
        );
        assert_eq!(depth("<!-- <div><div><div> --><div></div>"), 1);
        assert_eq!(depth("<svg><path/><path/><g><path/></g></svg>"), 2);
        assert_eq!(depth(&"<div>".repeat(600)), 600);
        assert_eq!(nesting_depth(&"<div>".repeat(600), 512), 513);
        assert_eq!(depth("<"), 0);
        assert_eq!(depth("</"), 0);
        assert_eq!(depth("<a"), 1);
    }
}
