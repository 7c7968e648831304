//! What stands around the title of a text page in the layouts the old site used over the
//! years: the section headers above it ("Newsroom", "Secretary General" / "News"), and
//! below it the date line ("VIENNA 12 July 2005"), photo captions, a lead, and the metadata
//! list of the newer layouts ("- Date:", "- Izdavač:").

use model::SiteDefinition;
use model::text::normalize_name;

use super::labels::{self, HIDDEN_EMAIL, meta_label};
use super::warning::{Warning, WarningKind as K};
use super::{MetaEntry, MetaKey, Raw, dates, names};

/// Section headers written above the title, and the item type each implies (if any).
const SECTIONS: &[(&str, Option<&str>)] = &[
    ("newsroom", None),
    ("press room", None),
    ("press centre", None),
    ("press center", None),
    ("media centre", None),
    ("press releases", Some("press-release")),
    ("news", Some("news")),
    ("news item", Some("news")),
    ("news and press releases", None),
    ("latest news", Some("news")),
    ("news in brief", Some("news")),
    ("stories", Some("feature")),
    ("пресс-центр", None),
    ("пресс-релизы", Some("press-release")),
    ("новости", Some("news")),
    ("новина", Some("news")),
    ("новини", Some("news")),
    ("вести", Some("news")),
    ("вијести", Some("news")),
    ("vijesti", Some("news")),
    ("vijest", Some("news")),
    ("vesti", Some("news")),
    ("vest", Some("news")),
    ("novosti", Some("news")),
    ("aktuelnosti", Some("news")),
    ("saopćenja za javnost", Some("press-release")),
    ("saopštenja za javnost", Some("press-release")),
    ("saopštenje za medije", Some("press-release")),
    ("saopćenje za medije", Some("press-release")),
    ("соопштенија", Some("press-release")),
    ("lajme", Some("news")),
    ("lajm", Some("news")),
    ("njoftime për shtyp", Some("press-release")),
    ("ştiri", Some("news")),
    ("știri", Some("news")),
    ("жаңылыктар", Some("news")),
    ("жаңалықтар", Some("news")),
    ("yangiliklar", Some("news")),
    ("навигариҳо", Some("news")),
    ("actualités", Some("news")),
    ("nachrichten", Some("news")),
    ("notizie", Some("news")),
    ("noticias", Some("news")),
];

/// The number line of the 1990s releases under their label: "No. 2/95", "№ 78/99",
/// "Press Release No. 45/97", "SEC.PR/12/98".
pub(crate) fn is_number_line(line: &str) -> bool {
    let l = line.trim().to_lowercase();
    l.chars().count() <= 40
        && l.chars().any(|c| c.is_ascii_digit())
        && [
            "no.",
            "no ",
            "№",
            "nr.",
            "br.",
            "press release no",
            "pr no",
            "sec.pr",
            "sec/pr",
        ]
        .iter()
        .any(|p| l.starts_with(p))
}

/// A breadcrumb trail ("Home > Newsroom > Press releases"), with the type its last
/// section implies.
pub(crate) fn breadcrumb(line: &str) -> Option<Option<&'static str>> {
    if line.chars().count() > 200 {
        return None;
    }
    let crumbs: Vec<&str> = line
        .split(['>', '»', '›', '/'])
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect();
    if crumbs.len() < 2 || !crumbs.iter().any(|c| section(c).is_some()) {
        return None;
    }
    Some(crumbs.iter().rev().find_map(|c| section(c).flatten()))
}

/// A section header, with the type it implies.
pub(crate) fn section(line: &str) -> Option<Option<&'static str>> {
    if line.chars().count() > 60 {
        return None;
    }
    let key = normalize_name(line);
    SECTIONS
        .iter()
        .find(|(name, _)| normalize_name(name) == key)
        .map(|(_, t)| *t)
}

fn is_dash(line: &str) -> bool {
    line.starts_with('-')
}

/// A metadata label line: "- Date:", "- Place: MINSK" (the value may follow on the line).
pub(crate) enum LabelLine {
    Known(MetaKey, &'static [&'static str], Option<String>),
    Unknown(String),
}

pub(crate) fn label_line(line: &str) -> Option<LabelLine> {
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

/// How far below the title the body's dateline is looked for.
const DATELINE_WINDOW: usize = 12;

/// Reads what stands between the title (at `from - 1`) and the body; returns where the body
/// starts. Metadata go to `raw.meta`, a date line to the date and place, photo captions and
/// a lead the body repeats are dropped with a warning.
pub(crate) fn read_below_title(lines: &[String], from: usize, raw: &mut Raw) -> usize {
    let n = lines.len();
    // The body's dateline, when one opens a paragraph soon: what comes before it (beside the
    // metadata and the date line) is captions and leads, not the body.
    let dateline_at = (from..n)
        .filter(|&j| !lines[j].is_empty() && !is_dash(&lines[j]))
        .take(DATELINE_WINDOW)
        .find(|&j| {
            dates::dateline(&lines[j], false).is_some() && dates::date_line(&lines[j]).is_none()
        });
    let mut current: Option<usize> = None;
    let mut k = from;
    while k < n {
        let l = &lines[k];
        if l.is_empty() || l == "-" {
            k += 1;
            continue;
        }
        if is_dash(l) {
            read_metadata_line(l, raw, &mut current);
            k += 1;
            continue;
        }
        current = None;
        if dateline_at == Some(k) {
            break;
        }
        if let Some(line) = dates::date_line(l) {
            push_date_line(raw, line, l);
            k += 1;
            continue;
        }
        if is_delivery_note(l) {
            raw.type_hint.get_or_insert("speech");
            k += 1;
            continue;
        }
        if is_number_line(l) {
            k += 1;
            continue;
        }
        // "Published: 20 March 2013", "Location: Budva" on a line of their own; or the
        // label alone with its values on the lines below, as a browser saves the metadata
        // block as text ("Date:" / "4 March 2021" / "Fields of work:" / "Elections" / …).
        if let Some(mut entry) = labelled(l) {
            k += 1;
            if entry.values.is_empty() {
                while k < n && entry.values.len() < super::MAX_VALUES {
                    let v = &lines[k];
                    let sentence = v.split_whitespace().count() > 12 && labels::ends_a_sentence(v);
                    if v.is_empty()
                        || is_dash(v)
                        || v.chars().count() > 120
                        || sentence
                        || dateline_at == Some(k)
                        || labelled(v).is_some()
                    {
                        break;
                    }
                    entry.values.push(v.clone());
                    k += 1;
                }
            }
            raw.meta.push(entry);
            continue;
        }
        if labels::is_photo_credit(l) || labels::has_photo_credit(l) {
            raw.warnings.push(Warning::new(
                K::Caption,
                format!("dropped a photo caption: '{}'", excerpt(l)),
            ));
            k += 1;
            continue;
        }
        if labels::is_photo_details_line(l) {
            // The body's cleaning drops the block with its caption and credit.
            break;
        }
        if repeated_below(lines, k) {
            raw.warnings.push(Warning::new(
                K::Repeated,
                format!("dropped a lead the body repeats: '{}'", excerpt(l)),
            ));
            k += 1;
            continue;
        }
        // A caption without its credit just above the dateline ("Participants of the
        // seminar in Dushanbe, 12 July 2012."): a sentence that is not the body yet.
        let near = dateline_at.is_some_and(|d| {
            d > k
                && (k..d)
                    .filter(|&j| !lines[j].is_empty() && !is_dash(&lines[j]))
                    .count()
                    <= 4
        });
        if near && caption_like(l) {
            raw.warnings.push(Warning::new(
                K::Caption,
                format!(
                    "dropped a line between the title and the dateline (a photo caption?): '{}'",
                    excerpt(l)
                ),
            ));
            k += 1;
            continue;
        }
        break;
    }
    k
}

/// "Check against delivery" and its translations, above a speech.
pub(crate) fn is_delivery_note(line: &str) -> bool {
    let l = line
        .trim()
        .trim_matches(['(', ')', '*', '.'])
        .to_lowercase();
    matches!(
        l.as_str(),
        "check against delivery" | "check against delivery!" | "проверить при произнесении"
    )
}

/// A line "Label: value" whose label is a metadata label ("Publishing date: 3 March 2009").
/// The entry has no value when the line gives none ("Date:").
pub(crate) fn labelled(line: &str) -> Option<MetaEntry> {
    let (label, value) = line.split_once(':')?;
    if label.chars().count() > 40 {
        return None;
    }
    let (key, langs) = meta_label(label)?;
    let value = value.trim();
    Some(MetaEntry {
        key,
        langs,
        values: if value.is_empty() {
            Vec::new()
        } else {
            vec![value.to_owned()]
        },
    })
}

/// A date line read as the page's date and place (a second one is reported and ignored).
pub(crate) fn push_date_line(raw: &mut Raw, line: dates::DateLine, text: &str) {
    if !raw.values(MetaKey::Date).is_empty() {
        raw.warnings.push(Warning::new(
            K::Ignored,
            format!("ignored a second date line '{text}'"),
        ));
        return;
    }
    raw.meta.push(MetaEntry {
        key: MetaKey::Date,
        langs: &[],
        values: vec![line.date_text],
    });
    if !line.place.is_empty() && raw.values(MetaKey::Place).is_empty() {
        raw.meta.push(MetaEntry {
            key: MetaKey::Place,
            langs: &[],
            values: vec![line.place],
        });
    }
}

/// A metadata list line ("- Date:", "- MINSK", "- OSCE Secretariat").
fn read_metadata_line(l: &str, raw: &mut Raw, current: &mut Option<usize>) {
    match label_line(l) {
        Some(LabelLine::Known(key, langs, value)) => {
            raw.meta.push(MetaEntry {
                key,
                langs,
                values: value.into_iter().collect(),
            });
            *current = Some(raw.meta.len() - 1);
        }
        Some(LabelLine::Unknown(label)) => {
            raw.warnings.push(Warning::new(
                K::Ignored,
                format!("ignored the metadata '{label}' (not read by the import)"),
            ));
            *current = None;
        }
        None => {
            let value = l.trim_start_matches('-').trim();
            match *current {
                Some(c) if !value.is_empty() => raw.meta[c].values.push(value.to_owned()),
                _ if value.is_empty() => {}
                _ => raw.warnings.push(Warning::new(
                    K::Ignored,
                    format!("ignored the metadata value '{value}'"),
                )),
            }
        }
    }
}

/// A line that a later line (soon below) repeats at its start, longer: the lead of the
/// field-operation sites, or a caption repeated with its credit.
fn repeated_below(lines: &[String], k: usize) -> bool {
    let line = lines[k].trim_end_matches(['.', '…', ' ']).trim();
    if line.chars().count() < 20 {
        return false;
    }
    lines
        .iter()
        .skip(k + 1)
        .filter(|l| !l.is_empty())
        .take(DATELINE_WINDOW)
        .any(|later| {
            let body = dates::dateline(later, true).map_or(later.as_str(), |d| {
                // The text after the dateline.
                &later[later.len() - d.rest.len()..]
            });
            body.len() > line.len() && body.starts_with(line)
        })
}

fn excerpt(s: &str) -> String {
    let mut e: String = s.chars().take(60).collect();
    if e.len() < s.len() {
        e.push('…');
    }
    e
}

/// Where the title of a page without a type label is. Read forwards, it is the first line
/// of the content (past the menus and the section headers); read backwards from the body's
/// first date line or dateline, it is the first line above them that is not a caption, a
/// lead, a date line or metadata. They agree on clean pages; where the saved page keeps
/// other lines above the title (a site name, a search box, a language list), the backward
/// reading wins unless only captions separate the two. Section headers and a structure named
/// just above the title become the type hint and the header source.
pub(crate) fn find_title(lines: &[String], site: &SiteDefinition, raw: &mut Raw) -> Option<usize> {
    let n = lines.len();
    let start = content_start(lines)?;
    // A section line ("Newsroom", "News Item") near the top, before any sentence, is where
    // the content starts when banners or menus stand above it.
    let section_at = (start..n.min(start + 300))
        .take_while(|&j| !(lines[j].chars().count() > 80 && labels::ends_a_sentence(&lines[j])))
        .find(|&j| {
            (section(&lines[j]).is_some() || breadcrumb(&lines[j]).is_some())
                && !is_dash(&lines[j])
                && lines
                    .iter()
                    .skip(j + 1)
                    .find(|l| !l.is_empty())
                    .is_some_and(|l| !is_dash(l))
        });
    let mut i = section_at.unwrap_or(start);
    let mut headers = 0;
    while i < n && headers < 4 {
        let l = &lines[i];
        if l.is_empty() || is_dash(l) || labels::is_skip_links_line(l) {
            i += 1;
            continue;
        }
        if let Some(entry) = labelled(l) {
            raw.meta.push(entry);
            i += 1;
            continue;
        }
        // The 1990s: "Press Release No. 14/97", "Zagreb, 12 June 1997", then the title.
        if let Some(line) = dates::date_line(l)
            && (i + 1..n).any(|j| !lines[j].is_empty() && !is_dash(&lines[j]))
        {
            push_date_line(raw, line, l);
            i += 1;
            continue;
        }
        if section(l).is_some()
            || names::is_organization_name(site, l)
            || is_structure_header(lines, i, site)
            || is_number_line(l)
            || breadcrumb(l).is_some()
        {
            headers += 1;
            i += 1;
            continue;
        }
        break;
    }
    let forward = (i..n).find(|&j| !lines[j].is_empty() && !is_dash(&lines[j]))?;
    let title = match body_anchor(lines, forward).and_then(|a| backward_title(lines, forward, a)) {
        Some(back) if back > forward => {
            let between: Vec<usize> = (forward + 1..back)
                .filter(|&j| !lines[j].is_empty() && !is_dash(&lines[j]))
                .collect();
            let only_captions = !between.is_empty()
                && between
                    .iter()
                    .all(|&j| caption_like(&lines[j]) || dates::date_line(&lines[j]).is_some());
            let words = |j: usize| lines[j].split_whitespace().count();
            if (only_captions && !caption_like(&lines[forward]))
                || (between.is_empty() && words(forward) > words(back))
            {
                // Captions between them, or two lines one above the other of which the
                // first is the longer: a headline and a remark ("Check against delivery").
                forward
            } else {
                back
            }
        }
        _ => forward,
    };
    let l = &lines[title];
    // A page that opens with its dateline or a date has no title.
    if dates::date_line(l).is_some()
        || dates::dateline(l, false).is_some()
        || l.contains(HIDDEN_EMAIL)
    {
        return None;
    }
    headers_above(lines, title, site, raw);
    Some(title)
}

/// The section headers and the structure's banner above a title (past a structure's own
/// menu between them): the type hint and the header source.
pub(crate) fn headers_above(lines: &[String], title: usize, site: &SiteDefinition, raw: &mut Raw) {
    let mut seen = 0;
    for j in (0..title).rev() {
        let l = &lines[j];
        if l.is_empty() || is_dash(l) {
            continue;
        }
        seen += 1;
        if seen > 4 {
            break;
        }
        let menu_heading = (0..j)
            .rev()
            .find(|&k| !lines[k].is_empty())
            .is_some_and(|k| lines[k] == "-");
        if let Some(hint) = section(l).or_else(|| breadcrumb(l)) {
            if raw.type_hint.is_none() {
                raw.type_hint = hint;
            }
        } else if !menu_heading
            && l.chars().count() <= 120
            && !l.ends_with('.')
            && names::sources_of(site, l).is_some()
        {
            raw.header_source.get_or_insert_with(|| l.clone());
        } else if !menu_heading {
            break;
        }
    }
}

/// A structure's name on a line of its own above the title ("Secretary General").
fn is_structure_header(lines: &[String], i: usize, site: &SiteDefinition) -> bool {
    let l = &lines[i];
    l.chars().count() <= 120
        && !l.ends_with('.')
        && names::sources_of(site, l).is_some()
        && next_is_heading_or_title(lines, i)
}

/// The first line, from `from` on, that opens the body with a dateline or is a date line.
fn body_anchor(lines: &[String], from: usize) -> Option<usize> {
    (from..lines.len().min(from + 400)).find(|&j| {
        let l = &lines[j];
        !l.is_empty()
            && !is_dash(l)
            && (dates::date_line(l).is_some()
                || dates::dateline(l, false).is_some_and(|d| d.date.is_some()))
    })
}

/// The title read backwards from the body's anchor: the first line above it that is not
/// metadata, a date line, a caption or a lead.
fn backward_title(lines: &[String], floor: usize, anchor: usize) -> Option<usize> {
    let mut j = anchor;
    while j > floor {
        j -= 1;
        let l = &lines[j];
        if l.is_empty()
            || is_dash(l)
            || dates::date_line(l).is_some()
            || labelled(l).is_some()
            || is_number_line(l)
            || is_delivery_note(l)
            || caption_like(l)
            || repeated_below(lines, j)
            || (j > floor && lines[j - 1] == *l)
        {
            continue;
        }
        if section(l).is_some() {
            return None;
        }
        return Some(j);
    }
    None
}

/// A photo caption, with or without its credit, or a "Photo details" line: a sentence, not
/// a headline.
fn caption_like(l: &str) -> bool {
    labels::has_photo_credit(l)
        || labels::is_photo_credit(l)
        || labels::is_photo_details_line(l)
        || (l.ends_with('.') && l.split_whitespace().count() >= 6)
}

/// Whether a structure's name at `i` is a header: another line follows before the body.
fn next_is_heading_or_title(lines: &[String], i: usize) -> bool {
    lines
        .iter()
        .skip(i + 1)
        .find(|l| !l.is_empty())
        .is_some_and(|l| !is_dash(l) && dates::dateline(l, false).is_none())
}

/// The first line of the content: past the menus the text form writes as "- entry" lists
/// under headings that follow a line "-".
pub(crate) fn content_start(lines: &[String]) -> Option<usize> {
    let mut previous: Option<&str> = None;
    for (i, l) in lines.iter().enumerate() {
        if l.is_empty() {
            continue;
        }
        let menu_heading = previous == Some("-");
        previous = Some(l.as_str());
        if is_dash(l) || menu_heading || labels::is_skip_links_line(l) {
            continue;
        }
        return Some(i);
    }
    None
}

/// A list of items rather than an item: titles followed by dates ("Load more"), with few
/// sentences among them.
pub(crate) fn is_listing(lines: &[String]) -> bool {
    let mut dated = 0;
    let mut sentences = 0;
    // Up to the page's footer; list items are the site's own lists (related items).
    for l in lines
        .iter()
        .take_while(|l| !labels::is_footer_line(l))
        .filter(|l| !l.is_empty() && !is_dash(l))
        .take(200)
    {
        if dates::date_line(l).is_some() || ends_with_date(l) {
            dated += 1;
        } else if l.chars().count() >= 60 && labels::ends_a_sentence(l) {
            sentences += 1;
        }
    }
    dated >= 1 && dated >= sentences
}

/// "OSCE Mission to Skopje trains election commission members 12 March 2015".
fn ends_with_date(line: &str) -> bool {
    // A sentence that ends on a date ("…on 8 and 9 December 2016.") is not an entry.
    if labels::ends_a_sentence(line) {
        return false;
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    if words.len() > 30 {
        return false;
    }
    (2..=4).any(|n| {
        words.len() > n
            && dates::parse_date(&words[words.len() - n..].join(" "))
                .is_some_and(|p| !p.langs.is_empty() || n == 1)
    })
}
