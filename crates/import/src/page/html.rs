//! The HTML of the live site: an article with a header (type label, `<h1>` title), its
//! metadata (a definition list or labelled fields) and a body of `<p>` paragraphs. Scripts,
//! styles, navigation and the page's own header and footer are never read.

use model::SiteDefinition;
use model::text::normalize_name;

use super::dom::{self, Doc};
use super::html_checks::{check_complete, nesting_depth};
use super::labels::{collapse, contact_heading, meta_label};
use super::warning::{Warning, WarningKind};
use super::{MetaEntry, MetaKey, PageError, Raw, dates, header, names};

/// Elements whose content is never text of the item.
fn is_hidden(doc: &Doc, id: usize) -> bool {
    matches!(
        doc.tag(id),
        Some(
            "head"
                | "script"
                | "style"
                | "noscript"
                | "template"
                | "iframe"
                | "object"
                | "svg"
                | "math"
                | "canvas"
                | "button"
                | "select"
                | "textarea"
                | "nav"
        )
    ) || doc.attr(id, "hidden").is_some()
        || doc.attr(id, "aria-hidden") == Some("true")
}

fn is_block(tag: &str) -> bool {
    matches!(
        tag,
        "p" | "div"
            | "li"
            | "ul"
            | "ol"
            | "dl"
            | "dt"
            | "dd"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "tr"
            | "td"
            | "th"
            | "table"
            | "section"
            | "article"
            | "header"
            | "footer"
            | "aside"
            | "blockquote"
            | "figure"
            | "figcaption"
            | "address"
    )
}

/// The non-empty lines of an element's text, spaces collapsed. These lines are read as
/// labelled metadata ("Fields of work: <a>A</a> <a>B</a>"): adjacent links are separated
/// by "; ", which splits them into values as a list written out would be.
fn lines_of(doc: &Doc, id: usize) -> Vec<String> {
    text_with(doc, id, Some("; "))
        .lines()
        .map(collapse)
        .filter(|l| !l.is_empty())
        .collect()
}

/// The text of an element: text nodes in order, `<br>` and block boundaries as line breaks.
fn text(doc: &Doc, id: usize) -> String {
    text_with(doc, id, None)
}

/// Whether `n` is a link that follows another link with nothing but blanks between them
/// (`<a>Democratization</a> <a>Elections</a>`): separate values in a metadata field.
fn follows_a_link(doc: &Doc, n: usize) -> bool {
    if doc.tag(n) != Some("a") {
        return false;
    }
    let Some(parent) = doc.parent(n) else {
        return false;
    };
    let siblings = doc.children(parent);
    let Some(pos) = siblings.iter().position(|&c| c == n) else {
        return false;
    };
    siblings[..pos]
        .iter()
        .rev()
        .find(|&&c| doc.text_of(c).is_none_or(|t| !t.trim().is_empty()))
        .is_some_and(|&c| doc.tag(c) == Some("a"))
}

/// The text of an element, with `links_apart` put between adjacent links when given.
fn text_with(doc: &Doc, id: usize, links_apart: Option<&str>) -> String {
    let mut out = String::new();
    let mut stack: Vec<(usize, bool)> = vec![(id, false)];
    while let Some((n, leaving)) = stack.pop() {
        if leaving {
            out.push('\n');
            continue;
        }
        if n != id && is_hidden(doc, n) {
            continue;
        }
        if let Some(t) = doc.text_of(n) {
            out.push_str(t);
            continue;
        }
        let tag = doc.tag(n).unwrap_or_default();
        if let Some(sep) = links_apart
            && n != id
            && follows_a_link(doc, n)
        {
            out.push_str(sep);
        }
        if tag == "br" {
            out.push('\n');
            continue;
        }
        let block = n != id && is_block(tag);
        if block {
            out.push('\n');
            stack.push((n, true));
        }
        stack.extend(doc.children(n).iter().rev().map(|&c| (c, false)));
        if out.len() > super::MAX_BYTES {
            break;
        }
    }
    out
}

fn line_text(doc: &Doc, id: usize) -> String {
    collapse(&text(doc, id))
}

/// The values of a metadata field: its list items, its "item" elements, its links, or its
/// text; for a date, the `datetime` of a `<time>` first.
fn values_of(doc: &Doc, id: usize, key: MetaKey) -> Vec<String> {
    let inner = doc.walk(id, &|n| is_hidden(doc, n));
    // A `<time>`: the date it shows, which is the date at the item's place; its
    // `datetime` (often UTC, a day off in the evening) only when it shows none.
    if key == MetaKey::Date
        && let Some(n) = inner.iter().copied().find(|&n| doc.tag(n) == Some("time"))
    {
        let shown = line_text(doc, n);
        if dates::parse_date(&shown).is_some() {
            return vec![shown];
        }
        if let Some(dt) = doc.attr(n, "datetime") {
            return vec![dt.to_owned()];
        }
    }
    let pick = |pred: &dyn Fn(usize) -> bool| -> Vec<String> {
        inner
            .iter()
            .copied()
            .filter(|&n| n != id && pred(n))
            .map(|n| line_text(doc, n))
            .filter(|t| !t.is_empty())
            .collect()
    };
    let items = pick(&|n| doc.tag(n) == Some("li"));
    if !items.is_empty() {
        return items;
    }
    let items = pick(&|n| doc.tag(n).is_some() && doc.has_class(n, "item"));
    if !items.is_empty() {
        return items;
    }
    // Several links in one element (`<div class="field__items"><a>Democratization</a>
    // <a>Elections</a></div>`): each link is a value of its own, as list items are.
    // (A control character marks the break: a `<br>` inside one name does not split it.)
    text_with(doc, id, Some("\u{1f}"))
        .split('\u{1f}')
        .map(collapse)
        .filter(|t| !t.is_empty())
        .collect()
}

pub(crate) fn read(html: &str, site: &SiteDefinition) -> Result<Raw, PageError> {
    let html = &*super::hidden_emails::reveal(html);
    let lower = html.to_ascii_lowercase();
    check_complete(html, &lower)?;
    let depth = nesting_depth(&lower, super::MAX_DEPTH);
    if depth > super::MAX_DEPTH {
        return Err(PageError::Malformed(format!(
            "its elements nest more than {} deep",
            super::MAX_DEPTH
        )));
    }
    drop(lower);
    let doc = dom::parse(html);
    let hidden = |id: usize| is_hidden(&doc, id);
    let all = doc.walk(0, &hidden);
    let first_tag = |name: &str| all.iter().copied().find(|&id| doc.tag(id) == Some(name));

    let mut raw = Raw {
        lang_attr: first_tag("html")
            .and_then(|h| doc.attr(h, "lang"))
            .map(str::to_owned),
        links: super::original::language_links(&doc, site),
        ..Raw::default()
    };

    // The article: the first one with a title, else the main content, else the body.
    let h1s: Vec<usize> = all
        .iter()
        .copied()
        .filter(|&id| doc.tag(id) == Some("h1"))
        .collect();
    let articles: Vec<usize> = all
        .iter()
        .copied()
        .filter(|&id| doc.tag(id) == Some("article"))
        .collect();
    let container = articles
        .iter()
        .copied()
        .find(|&a| h1s.iter().any(|&h| doc.within(h, a)))
        .or_else(|| articles.first().copied())
        .or_else(|| first_tag("main"))
        .or_else(|| {
            all.iter()
                .copied()
                .find(|&id| doc.attr(id, "role") == Some("main"))
        })
        .or_else(|| first_tag("body"))
        .unwrap_or(0);
    // Outside an article or main element, the page's header, footer and asides are chrome.
    let chrome = matches!(doc.tag(container), Some("body") | None);
    let skip = |id: usize| {
        is_hidden(&doc, id)
            || (chrome && matches!(doc.tag(id), Some("header" | "footer" | "aside")))
    };
    let order = doc.walk(container, &skip);

    // Title: the first `<h1>`; in older markup without one, an element whose class names
    // it the title, else the first `<h2>`.
    let h1 = order
        .iter()
        .copied()
        .find(|&id| doc.tag(id) == Some("h1"))
        .or_else(|| {
            order.iter().copied().find(|&id| {
                doc.tag(id).is_some()
                    && (doc.has_class(id, "title") || doc.has_class(id, "page-title"))
                    && !line_text(&doc, id).is_empty()
            })
        })
        .or_else(|| order.iter().copied().find(|&id| doc.tag(id) == Some("h2")))
        .or_else(|| order.iter().copied().find(|&id| doc.tag(id) == Some("h3")))
        .or_else(|| {
            // Markup of the 1990s: the title is the first bold headline in a table cell or
            // a font element.
            order.iter().copied().find(|&id| {
                matches!(doc.tag(id), Some("b" | "strong")) && {
                    let t = line_text(&doc, id);
                    let words = t.split_whitespace().count();
                    (4..=40).contains(&words)
                            && !t.ends_with('.')
                            && header::section(&t).is_none()
                            && dates::date_line(&t).is_none()
                            // A banner naming a structure or the organization.
                            && names::sources_of(site, &names::without_organization(site, &t)).is_none()
                            && !names::is_organization_name(site, &t)
                }
            })
        });
    raw.title = h1
        .map(|h| line_text(&doc, h))
        .filter(|t| !t.is_empty())
        .or_else(|| {
            // Else the document's title, without the site's name ("OSCE | …", "… - OSCE").
            let t = line_text(&doc, first_tag("title")?);
            t.split(" | ")
                .flat_map(|p| p.split(" - "))
                .flat_map(|p| p.split(" :: "))
                .map(str::trim)
                .filter(|p| p.split_whitespace().count() >= 3)
                .max_by_key(|p| p.len())
                .map(str::to_owned)
        });
    let h1_pos = h1.and_then(|h| order.iter().position(|&id| id == h));

    // A structure named in a banner or heading above the title (the page's source when it
    // shows no other).
    // (Banners stand outside the article: the whole document is read.)
    if let Some(h) = h1.and_then(|h| all.iter().position(|&id| id == h)) {
        raw.header_source = all[..h].iter().rev().take(80).find_map(|&id| {
            if !matches!(
                doc.tag(id)?,
                "b" | "strong" | "h2" | "h3" | "h4" | "div" | "td" | "span" | "p" | "font"
            ) {
                return None;
            }
            if doc.has_class(id, "nav") || doc.has_class(id, "menu") {
                return None;
            }
            let t = names::without_organization(site, &line_text(&doc, id));
            (t.chars().count() <= 120 && names::sources_of(site, &t).is_some()).then_some(t)
        });
    }
    // Type label: a text that is a type's name, before the title if possible.
    let known_types = names::type_labels(site);
    let labels: Vec<(usize, String)> = order
        .iter()
        .enumerate()
        .filter_map(|(pos, &id)| {
            let t = collapse(doc.text_of(id)?);
            (t.len() <= 120 && known_types.contains(&normalize_name(&t))).then_some((pos, t))
        })
        .collect();
    // The label closest above the title (menus above it may name types too).
    raw.type_label = labels
        .iter()
        .rfind(|(pos, _)| h1_pos.is_none_or(|h| *pos < h))
        .or_else(|| labels.first())
        .map(|(_, t)| t.clone())
        .or_else(|| {
            // An element marked as the type, with a label the site does not know.
            order.iter().copied().find_map(|id| {
                if doc.tag(id).is_none()
                    || !doc.has_class(id, "type")
                    || h1.is_some_and(|h| doc.within(h, id))
                {
                    return None;
                }
                let t = line_text(&doc, id);
                (!t.is_empty() && t.chars().count() <= 60).then_some(t)
            })
        });

    // Metadata: definition lists and labelled fields.
    let mut meta_blocks: Vec<usize> = Vec::new();
    for &id in &order {
        let Some(tag) = doc.tag(id) else { continue };
        let is_dt = tag == "dt";
        if !is_dt && !doc.has_class(id, "label") {
            continue;
        }
        let label = line_text(&doc, id);
        let Some(parent) = doc.parent(id) else {
            continue;
        };
        let Some((key, langs)) = meta_label(&label) else {
            if is_dt || label.ends_with(':') {
                raw.warnings.push(Warning::new(
                    WarningKind::Ignored,
                    format!("ignored the metadata '{label}' (not read by the import)"),
                ));
            }
            continue;
        };
        let mut values = Vec::new();
        for &s in doc.following_siblings(id) {
            if skip(s) {
                continue;
            }
            if let Some(t) = doc.text_of(s) {
                let t = collapse(t);
                if !t.is_empty() {
                    values.push(t);
                }
                continue;
            }
            if doc.tag(s) == Some("dt") || doc.has_class(s, "label") {
                break;
            }
            values.extend(values_of(&doc, s, key));
        }
        raw.meta.push(MetaEntry { key, langs, values });
        meta_blocks.push(parent);
    }

    // Contact blocks.
    let mut contact_blocks: Vec<usize> = Vec::new();
    for &id in &order {
        if doc.tag(id).is_none()
            || !doc.has_class(id, "contact")
            || contact_blocks.iter().any(|&c| doc.within(id, c))
        {
            continue;
        }
        contact_blocks.push(id);
        for line in text(&doc, id).lines() {
            let line = collapse(line);
            match contact_heading(&line) {
                Some(rest) if !rest.is_empty() => raw.contact.push(rest),
                Some(_) => {}
                None if !line.is_empty() => raw.contact.push(line),
                None => {}
            }
        }
    }

    // Body: the paragraphs of the body element when there is one.
    let body_root = order
        .iter()
        .copied()
        .find(|&id| {
            matches!(doc.tag(id), Some(t) if t != "body" && t != "article")
                && doc.has_class(id, "body")
                && !meta_blocks.iter().any(|&m| doc.within(m, id))
        })
        .unwrap_or(container);
    let mut taken: Option<usize> = None;
    // What comes before the title is the page's chrome (menus, section names), not the body.
    let position: std::collections::HashMap<usize, usize> = order
        .iter()
        .enumerate()
        .map(|(pos, &id)| (id, pos))
        .collect();
    let before_title =
        |id: usize| h1_pos.is_some_and(|h| position.get(&id).is_some_and(|&p| p < h));
    for id in doc.walk(body_root, &skip) {
        let Some(tag) = doc.tag(id) else { continue };
        if before_title(id) || !matches!(tag, "p" | "h2" | "h3" | "h4" | "h5" | "h6" | "li") {
            continue;
        }
        if taken.is_some_and(|t| doc.within(id, t))
            || meta_blocks.iter().any(|&m| doc.within(id, m))
            || contact_blocks.iter().any(|&c| doc.within(id, c))
            || h1.is_some_and(|h| doc.within(id, h))
        {
            continue;
        }
        let mut up = doc.parent(id);
        let mut in_figure = false;
        while let Some(p) = up {
            if matches!(doc.tag(p), Some("figure" | "figcaption")) {
                in_figure = true;
                break;
            }
            if p == body_root {
                break;
            }
            up = doc.parent(p);
        }
        if in_figure {
            continue;
        }
        // "Date: 26 May 2003<br>Source: OSCE/ODIHR": each line a label and its value.
        let parts = lines_of(&doc, id);
        if parts.len() > 1 && parts.iter().all(|l| header::labelled(l).is_some()) {
            raw.meta
                .extend(parts.iter().filter_map(|l| header::labelled(l)));
            taken = Some(id);
            continue;
        }
        let mut t = line_text(&doc, id);
        // A labelled line of links ("Sources: <a>…</a> <a>…</a>"): one value per link.
        if header::labelled(&t).is_some() {
            t = collapse(&text_with(&doc, id, Some("; ")));
        }
        if !t.is_empty() {
            raw.lines.push(t);
            taken = Some(id);
        }
    }
    // Markup without paragraphs (text in table cells and fonts, paragraphs made of `<br>`):
    // the lines of the text after the title.
    if raw.lines.is_empty() && raw.meta.is_empty() {
        let title = raw.title.clone().unwrap_or_default();
        let all = text(&doc, body_root);
        let mut lines = all.lines().map(collapse).filter(|l| !l.is_empty());
        let mut rest: Vec<String> = if title.is_empty() {
            lines.collect()
        } else if all.lines().any(|l| collapse(l) == title) {
            lines.by_ref().find(|l| *l == title);
            lines.collect()
        } else {
            lines.collect()
        };
        rest.retain(|l| !raw.contact.contains(l));
        raw.lines = rest;
    }

    // Labels and values as separate list items before the body (`<li>Date:</li>
    // <li>23 October 2017</li>…`): the metadata block of the text form, in markup.
    let mut k = 0;
    while k < raw.lines.len() && raw.lines[k].chars().count() < 100 {
        match header::labelled(&raw.lines[k]) {
            Some(mut entry) if entry.values.is_empty() => {
                let values = &mut entry.values;
                let mut j = k + 1;
                while j < raw.lines.len()
                    && values.len() < super::MAX_VALUES
                    && raw.lines[j].chars().count() < 100
                    && header::labelled(&raw.lines[j]).is_none()
                {
                    values.push(raw.lines[j].clone());
                    j += 1;
                }
                raw.meta.push(entry);
                raw.lines.drain(k..j);
            }
            _ => k += 1,
        }
    }
    // A block of labelled lines and a date line (`<div class="info">ASTANA, 5 May 2011<br>
    // Source: …<br>Fields of work: …</div>`).
    for &id in &order {
        if doc.tag(id) != Some("div")
            || doc
                .walk(id, &skip)
                .iter()
                .any(|&n| matches!(doc.tag(n), Some("p" | "div")) && n != id)
        {
            continue;
        }
        let parts = lines_of(&doc, id);
        let is_meta = |l: &String| header::labelled(l).is_some() || dates::date_line(l).is_some();
        if parts.len() < 2
            || !parts.iter().all(is_meta)
            || !parts.iter().any(|l| header::labelled(l).is_some())
        {
            continue;
        }
        for l in &parts {
            if let Some(entry) = header::labelled(l) {
                raw.meta.push(entry);
            } else if let Some(line) = dates::date_line(l) {
                header::push_date_line(&mut raw, line, l);
            }
        }
        break;
    }
    // A place in an element of its own (`<span class="place">Vienna</span>`).
    if raw.values(MetaKey::Place).is_empty()
        && let Some(t) = order.iter().find_map(|&id| {
            doc.tag(id)?;
            if !(doc.has_class(id, "place") || doc.has_class(id, "location")) {
                return None;
            }
            let t = line_text(&doc, id);
            let plain = !t.contains(':') && !t.chars().any(|c| c.is_ascii_digit());
            (!t.is_empty() && t.chars().count() <= 60 && plain).then_some(t)
        })
    {
        raw.meta.push(MetaEntry {
            key: MetaKey::Place,
            langs: &[],
            values: vec![t],
        });
    }
    // A date line in its own element near the title ("Vienna, 4 April 2001" in a cell).
    if raw.values(MetaKey::Date).is_empty() {
        let from = h1_pos.map_or(0, |h| h.saturating_sub(10));
        let found = order.iter().skip(from).take(200).find_map(|&id| {
            let tag = doc.tag(id)?;
            if !matches!(
                tag,
                "td" | "div" | "span" | "font" | "p" | "b" | "i" | "em" | "strong"
            ) {
                return None;
            }
            // Each line of the element ("PRESS RELEASE<br>Pristina, 16 January 1999").
            text(&doc, id)
                .lines()
                .map(collapse)
                .filter(|t| !t.is_empty() && t.chars().count() <= 80)
                .find_map(|t| dates::date_line(&t).map(|d| (d, t)))
        });
        if let Some((line, t)) = found {
            header::push_date_line(&mut raw, line, &t);
            raw.lines.retain(|l| *l != t);
        }
    }
    // Abbreviations.
    for &id in &order {
        if !matches!(doc.tag(id), Some("abbr" | "acronym")) {
            continue;
        }
        let (Some(title), abbr) = (doc.attr(id, "title"), line_text(&doc, id)) else {
            continue;
        };
        let title = collapse(title);
        if !abbr.is_empty() && !abbr.contains(' ') && !title.is_empty() {
            raw.abbrs.push((abbr, title));
        }
    }
    Ok(raw)
}
