//! The words of saved pages: metadata labels in the six OSCE languages, contact headings,
//! photo credits, and the votes that decide a page's language.

use std::collections::HashSet;

use super::MetaKey;
pub(crate) use super::meta_labels::meta_label;
use super::warning::{Warning, WarningKind as K};

/// Whitespace collapsed to single spaces, invisible characters dropped, trimmed.
pub(crate) fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            space = !out.is_empty();
        } else if !matches!(
            c,
            '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{feff}' | '\u{ad}'
        ) {
            if space {
                out.push(' ');
                space = false;
            }
            out.push(c);
        }
    }
    out
}

/// Labels, headings and markers are short: longer lines are not compared.
const LABEL_MAX: usize = 100;

/// A label as matched: lowercase, spacing collapsed, a trailing colon and the typographic
/// apostrophe normalized.
pub(crate) fn label_key(s: &str) -> String {
    if s.len() > LABEL_MAX {
        return String::new();
    }
    collapse(s)
        .trim_end_matches([':', ' ', '\u{a0}'])
        .replace(['’', '`'], "'")
        .to_lowercase()
}

/// Headings that open a contact block (the whole line).
const CONTACT_HEADINGS: &[&str] = &[
    "contact",
    "contacts",
    "media contact",
    "media contacts",
    "press contact",
    "press contacts",
    "contact information",
    "контакты",
    "контакт",
    "контактная информация",
    "контакты для сми",
    "контактное лицо",
    "контактные лица",
    "contact presse",
    "contacts presse",
    "kontakt",
    "kontakte",
    "pressekontakt",
    "contatti",
    "contatto",
    "contacto",
    "contactos",
    "kontakt za medije",
    "kontakti",
    "контакт за медије",
    "контакти",
    "контакти для змі",
    "kontakte për media",
    "контакт за медиуми",
    "contacte",
];

/// Phrases that open a contact block and may carry the first contact on the same line.
const CONTACT_PHRASES: &[&str] = &[
    "for more information contact",
    "for more information, contact",
    "for more information please contact",
    "for more information, please contact",
    "for further information contact",
    "for further information, contact",
    "for further information please contact",
    "for further information, please contact",
    "для получения дополнительной информации обращайтесь",
    "за дополнительной информацией обращайтесь",
    "pour plus d'informations, veuillez contacter",
    "pour plus d'informations, contacter",
    "für weitere informationen wenden sie sich an",
    "per ulteriori informazioni contattare",
    "para más información, contacte con",
    "za dodatne informacije obratite se",
    "za dodatne informacije, obratite se",
    "za dodatne informacije kontaktirajte",
    "za više informacija obratite se",
    "za više informacija kontaktirajte",
    "za više informacija, kontaktirajte",
    "за додатне информације обратите се",
    "для додаткової інформації звертайтеся",
    "за додаткову інформацію звертайтеся",
    "për më shumë informacion kontaktoni",
    "për më shumë informacione kontaktoni",
    "за повеќе информации контактирајте",
    "pentru informații suplimentare contactați",
];

/// When a line opens a contact block: what follows the heading on the same line.
pub(crate) fn contact_heading(line: &str) -> Option<String> {
    contact_heading_keyed(line, &label_key(line))
}

fn contact_heading_keyed(line: &str, key: &str) -> Option<String> {
    if CONTACT_HEADINGS.contains(&key) {
        return Some(String::new());
    }
    // "Contact: Jane Doe, +43 1 …" — the heading and the first contact on one line.
    if let Some((head, rest)) = line.split_once(':')
        && head.chars().count() <= 30
        && CONTACT_HEADINGS.contains(&label_key(head).as_str())
        && !rest.trim().is_empty()
    {
        return Some(rest.trim().to_owned());
    }
    let head: String = line
        .chars()
        .take(80)
        .collect::<String>()
        .replace(['’', '`'], "'")
        .to_lowercase();
    CONTACT_PHRASES.iter().find_map(|p| {
        head.strip_prefix(p)?;
        let start = line
            .char_indices()
            .nth(p.chars().count())
            .map_or(line.len(), |(i, _)| i);
        Some(
            line[start..]
                .trim_start_matches([':', ',', ' ', '\u{a0}'])
                .trim()
                .to_owned(),
        )
    })
}

/// Headings of the lists of related links after the body.
fn is_related_heading(key: &str) -> bool {
    matches!(
        key,
        "related"
            | "related content"
            | "related news"
            | "see also"
            | "связанные материалы"
            | "материалы по теме"
            | "ссылки по теме"
            | "пов'язані матеріали"
    )
}

/// A line that closes the page's content.
pub(crate) fn is_footer_line(line: &str) -> bool {
    is_footer(&label_key(line))
}

/// Lines that close the page's content (share buttons, related content).
fn is_footer(key: &str) -> bool {
    matches!(
        key,
        "related content"
            | "related news"
            | "related stories"
            | "share"
            | "share this"
            | "share this page"
            | "back to top"
            | "print"
            | "print this page"
            | "print version"
            | "printer-friendly version"
            | "версия для печати"
            | "материалы по теме"
            | "похожие новости"
            | "окшош жаңылыктар"
            | "ұқсас жаңалықтар"
            | "știri similare"
            | "articole similare"
            | "lajme të ngjashme"
            | "хабарҳои монанд"
            | "сродни вести"
            | "слични вести"
            | "slične vijesti"
            | "slične vesti"
            | "схожі новини"
            | "meňzeş habarlar"
            | "oʻxshash yangiliklar"
            | "o'xshash yangiliklar"
            | "similar news"
            | "more news"
            | "отправить по e-mail"
            | "ссылки по теме"
            | "последние пресс-релизы"
            | "other recent press releases"
            | "latest press releases"
            | "[ back to press releases ]"
            | "back to press releases"
            | "email this page"
            | "распечатать"
            | "поделиться"
            | "imprimer"
            | "partager"
            | "drucken"
            | "teilen"
            | "stampa"
            | "imprimir"
            | "compartir"
            | "štampaj"
            | "ispiši"
            | "podijeli"
            | "podeli"
            | "штампај"
            | "друкувати"
            | "поділитися"
            | "printo"
            | "shpërndaj"
            | "печати"
            | "сподели"
            | "tipărește"
            | "distribuie"
            | "печать"
            | "друк"
            | "подели"
            | "бөлүшүү"
            | "бөлісу"
            | "ulashish"
            | "chop etish"
            | "related"
            | "see also"
            | "read more"
            | "follow us"
            | "связанные материалы"
            | "похожие материалы"
            | "читайте также"
            | "см. также"
            | "пов'язані матеріали"
            | "povezani sadržaj"
            | "povezane vijesti"
            | "povezano"
            | "vezano"
            | "përmbajtje të ngjashme"
            | "поврзани содржини"
            | "conținut similar"
    )
}

/// An address line of the page's footer ("OSCE Presence in Albania, Rr. Donika Kastrioti,
/// Tiranë"): comma-separated, ending on a known place.
fn is_address(line: &str) -> bool {
    line.split_whitespace().count() <= 20
        && line
            .rsplit_once(',')
            .is_some_and(|(_, last)| crate::places::time_zone_of(last.trim()).is_some())
}

/// A cookie banner saved with the page ("We use cookies… Accept all cookies").
pub(crate) fn is_cookie_notice(line: &str) -> bool {
    if line.chars().count() > 400 {
        return false;
    }
    let l = line.to_lowercase();
    [
        "cookie",
        "куки",
        "kolačić",
        "kolačiće",
        "колачиња",
        "колачиће",
        "файлы cookie",
    ]
    .iter()
    .any(|w| l.contains(w))
}

/// A line that only separates ("- - - - -", "* * *", "____").
pub(crate) fn is_separator(line: &str) -> bool {
    let t = line.trim();
    t.chars().count() >= 3
        && t.chars().all(|c| {
            matches!(
                c,
                '-' | '*' | '_' | '=' | '#' | '~' | '–' | '—' | ' ' | '•' | '.'
            )
        })
}

/// A "Skip links" line.
pub(crate) fn is_skip_links_line(line: &str) -> bool {
    is_skip_links(&label_key(line))
}

fn is_skip_links(key: &str) -> bool {
    matches!(
        key,
        "skip links" | "skip to main content" | "skip to content"
    )
}

/// "Photo: OSCE/…", "© OSCE/…", "Фото: ОБСЕ/…".
pub(crate) fn is_photo_credit(line: &str) -> bool {
    let lower = line
        .trim()
        .chars()
        .take(20)
        .collect::<String>()
        .to_lowercase();
    [
        "photo:",
        "photo :",
        "photos:",
        "photos :",
        "photo credit",
        "photo by ",
        "фото:",
        "фото :",
        "foto:",
        "foto :",
        "fotos:",
        "©",
        "(c) osce",
        "copyright ",
    ]
    .iter()
    .any(|p| lower.starts_with(p))
}

/// A "Photo details" line.
pub(crate) fn is_photo_details_line(line: &str) -> bool {
    is_photo_details(&label_key(line))
}

fn is_photo_details(key: &str) -> bool {
    matches!(
        key,
        "photo details" | "détails de la photo" | "fotodetails" | "подробнее о фото"
    )
}

/// Whether a paragraph ends as a sentence does (a cut page stops mid-sentence).
pub(crate) fn ends_a_sentence(p: &str) -> bool {
    p.trim_end().chars().last().is_some_and(|c| {
        matches!(
            c,
            '.' | '!' | '?' | '…' | '"' | '”' | '“' | '»' | '\'' | '’' | ')' | ']' | ':' | ';'
        )
    })
}

pub(crate) struct Cleaned {
    pub paragraphs: Vec<String>,
    pub contact: Vec<String>,
    /// Disclaimers and notes to editors at the end.
    pub notes: Vec<String>,
    /// The entries of a "Related topics" list after the body.
    pub topics: Vec<String>,
    /// A metadata block after the body, each label alone on its line with its values on the
    /// lines below ("Date:" / "14 June 2023" / "Place:" / "Belgrade"), as the site of the
    /// 2020s shows it below the text and a browser saves it.
    pub meta: Vec<super::MetaEntry>,
    pub warnings: Vec<Warning>,
}

/// Standard notes that close a release: disclaimers, notes to editors, "also available in".
pub(crate) fn is_note(line: &str) -> bool {
    let head: String = line
        .chars()
        .take(120)
        .collect::<String>()
        .replace(['’', '`'], "'")
        .to_lowercase();
    const OPENINGS: &[&str] = &[
        "disclaimer",
        "note to editors",
        "notes to editors",
        "note for editors",
        "editor's note",
        "editors' note",
        "the views expressed",
        "*the views expressed",
        "the opinions expressed",
        "this press release is also available",
        "this release is also available",
        "this news item is also available",
        "примечание для редакторов",
        "мнения, выраженные",
        "napomena za urednike",
        "stavovi izneseni",
        "stavovi izraženi",
        // The standard paragraphs that present an institution at the end of its releases.
        "the osce representative on freedom of the media observes",
        "the osce representative on freedom of the media provides early warning",
        "the representative on freedom of the media observes",
        "the osce office for democratic institutions and human rights (odihr) is",
        "the office for democratic institutions and human rights (odihr) is",
        "odihr is the osce's principal institution",
        "the osce high commissioner on national minorities was established",
        "the high commissioner on national minorities was established",
        "представитель обсе по вопросам свободы сми наблюдает",
    ];
    const PHRASES: &[&str] = &[
        "do not necessarily reflect the",
        "does not necessarily reflect the",
        "не обязательно отражают",
        "ne odražavaju nužno",
        "ne odražavaju neophodno",
    ];
    OPENINGS.iter().any(|o| head.starts_with(o))
        || (line.chars().count() <= 400
            && PHRASES
                .iter()
                .any(|p| head.contains(p) || line.to_lowercase().contains(p)))
}

/// A photo caption with its credit: "… in Chisinau, 29 June 2012. (OSCE/Igor Schimbator)".
pub(crate) fn has_photo_credit(line: &str) -> bool {
    let t = line.trim_end();
    let Some(open) = t.rfind('(') else {
        return false;
    };
    if !t.ends_with(')') {
        return false;
    }
    let inner = &t[open + 1..t.len() - 1];
    let lower = inner.to_lowercase();
    // "(OSCE/Name)", "(ОБСЕ)", "(OSBE/…)", "(Photo: …)".
    let organization = [
        "osce", "обсе", "oebs", "osbe", "oess", "оебс", "обсє", "osze", "ocse",
    ]
    .iter()
    .any(|o| {
        lower.strip_prefix(o).is_some_and(|rest| {
            let rest = rest.trim_start();
            rest.is_empty() || rest.starts_with('/')
        })
    });
    inner.chars().count() <= 60
        && (organization
            || lower.starts_with("photo:")
            || lower.starts_with("фото:")
            || lower.starts_with("foto:"))
}

/// The text a CDN writes in place of an e-mail address it hides from the saved page.
pub(crate) const HIDDEN_EMAIL: &str = "[email protected]";

fn excerpt(s: &str) -> String {
    let mut e: String = s.chars().take(60).collect();
    if e.len() < s.len() {
        e.push('…');
    }
    e
}

/// A value of a metadata block below its label: a short line that is not a label, a list
/// entry or a sentence.
fn is_value_line(line: &str) -> bool {
    let l = line.trim();
    !l.is_empty()
        && !l.starts_with('-')
        && l.chars().count() <= 120
        && (l.split_whitespace().count() <= 12 || !ends_a_sentence(l))
        && (!l.ends_with(':') || meta_label(l).is_none())
}

/// Splits candidate body lines into paragraphs and the contact block, dropping skip links,
/// photo credits and "Photo details" blocks, repeated paragraphs and the footer.
pub(crate) fn clean_body(lines: &[String], title: &str) -> Cleaned {
    let mut out = Cleaned {
        paragraphs: Vec::new(),
        contact: Vec::new(),
        notes: Vec::new(),
        topics: Vec::new(),
        meta: Vec::new(),
        warnings: Vec::new(),
    };
    let mut seen: HashSet<String> = HashSet::new();
    let mut in_contact = false;
    let mut hidden_emails = 0;
    let mut i = 0;
    while i < lines.len() {
        let line = collapse(&lines[i]);
        let key = label_key(&line);
        i += 1;
        if line.is_empty()
            || line == "-"
            || is_skip_links(&key)
            || is_separator(&line)
            || is_cookie_notice(&line)
        {
            continue;
        }
        // "Fields of work: Policing" after the body: what the page files the item under.
        if !out.paragraphs.is_empty()
            && let Some((label, value)) = line.split_once(':')
            && !value.trim().is_empty()
            && meta_label(label).is_some_and(|(k, _)| k == MetaKey::Field)
        {
            out.topics.extend(
                value
                    .split([',', ';'])
                    .map(collapse)
                    .filter(|v| !v.is_empty()),
            );
            continue;
        }
        // A label alone after the body, its values on the lines below.
        if !out.paragraphs.is_empty()
            && line.ends_with(':')
            && let Some((key, langs)) = meta_label(&line)
            && lines.get(i).is_some_and(|next| is_value_line(next))
        {
            let mut values = Vec::new();
            while i < lines.len() && values.len() < super::MAX_VALUES && is_value_line(&lines[i]) {
                values.push(collapse(&lines[i]));
                i += 1;
            }
            if key == MetaKey::Field {
                out.topics.extend(values);
            } else {
                out.meta.push(super::MetaEntry { key, langs, values });
            }
            continue;
        }
        if !out.paragraphs.is_empty() && meta_label(&line).is_some_and(|(k, _)| k == MetaKey::Field)
        {
            // "Related topics" and its list: what the page files the item under.
            while i < lines.len() && lines[i].trim_start().starts_with('-') {
                let entry = collapse(lines[i].trim_start_matches(['-', ' ']));
                if !entry.is_empty() {
                    out.topics.push(entry);
                }
                i += 1;
            }
            continue;
        }
        if is_footer(&key) {
            // A "Related" block lists what the page is filed under among its links.
            if is_related_heading(&key) {
                out.topics.extend(
                    lines[i..]
                        .iter()
                        .take_while(|l| l.trim_start().starts_with('-'))
                        .map(|l| collapse(l.trim_start_matches(['-', ' '])))
                        .filter(|l| !l.is_empty()),
                );
            }
            break;
        }
        if line.contains(HIDDEN_EMAIL) {
            hidden_emails += 1;
        }
        if in_contact {
            let entry = line.trim_start_matches(['-', '•', ' ']).trim();
            if !entry.is_empty() && contact_heading(entry).is_none_or(|r| !r.is_empty()) {
                out.contact.push(entry.to_owned());
            }
            continue;
        }
        if let Some(rest) = contact_heading_keyed(&line, &key) {
            in_contact = true;
            if !rest.is_empty() {
                out.contact.push(rest);
            }
            continue;
        }
        if is_photo_details(&key) {
            // The caption and the credit follow; drop through the credit when it comes soon.
            let credit = (i..lines.len().min(i + 3))
                .find(|&j| is_photo_credit(&lines[j]) || has_photo_credit(&lines[j]));
            match credit {
                Some(j) => {
                    out.warnings.push(Warning::new(
                        K::Caption,
                        format!("dropped a photo details block ({} line(s))", j + 2 - i),
                    ));
                    i = j + 1;
                }
                None => out.warnings.push(Warning::new(
                    K::Caption,
                    "dropped a 'Photo details' line (no photo credit followed)",
                )),
            }
            continue;
        }
        if is_photo_credit(&line) || has_photo_credit(&line) {
            out.warnings.push(Warning::new(
                K::Caption,
                format!("dropped a photo credit: '{}'", excerpt(&line)),
            ));
            continue;
        }
        if line == title && out.paragraphs.is_empty() {
            out.warnings.push(Warning::new(
                K::Repeated,
                "dropped the title repeated at the start of the body",
            ));
            continue;
        }
        if !out.paragraphs.is_empty() && is_note(&line) {
            out.warnings.push(Warning::new(
                K::KeptApart,
                format!("kept a note apart from the body: '{}'", excerpt(&line)),
            ));
            out.notes.push(line);
            continue;
        }
        if !seen.insert(normal_quotes(&line)) {
            out.warnings.push(Warning::new(
                K::Repeated,
                format!("dropped a repeated paragraph: '{}'", excerpt(&line)),
            ));
            continue;
        }
        out.paragraphs.push(line);
    }
    // The page's chrome after the body: short lines that are not sentences (menu entries,
    // "Print", an address, a copyright) — a body ends with a sentence.
    let mut footer = 0;
    while out.paragraphs.len() > 1
        && out.paragraphs.last().is_some_and(|p| {
            !ends_a_sentence(p) && (p.split_whitespace().count() <= 8 || is_address(p))
        })
    {
        out.paragraphs.pop();
        footer += 1;
    }
    if footer > 0 {
        out.warnings.push(Warning::new(
            K::Markup,
            format!("dropped {footer} short line(s) after the body (the page's footer)"),
        ));
    }
    if hidden_emails > 0 {
        out.warnings.push(Warning::new(
            K::Markup,
            format!(
                "{hidden_emails} e-mail address(es) were hidden by the old site's CDN when the page was saved ('{HIDDEN_EMAIL}') and cannot be recovered from the text"
            ),
        ));
    }
    out
}

/// Curly and straight quotes made the same, to compare paragraphs saved twice.
fn normal_quotes(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '“' | '”' | '„' | '«' | '»' | '″' => '"',
            '‘' | '’' | '‚' | '′' | '`' => '\'',
            c => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_in_the_six_languages() {
        assert_eq!(meta_label("Date:").map(|m| m.0), Some(MetaKey::Date));
        assert_eq!(meta_label("Lieu :").map(|m| m.0), Some(MetaKey::Place));
        assert_eq!(
            meta_label("Области деятельности:").map(|m| m.0),
            Some(MetaKey::Field)
        );
        assert_eq!(
            meta_label("Domaines d’activité :").map(|m| m.0),
            Some(MetaKey::Field)
        );
        assert_eq!(meta_label("Fuentes:").map(|m| m.0), Some(MetaKey::Source));
        assert_eq!(meta_label("Related people:"), None);
    }

    #[test]
    fn contact_headings() {
        assert_eq!(contact_heading("Contacts"), Some(String::new()));
        assert_eq!(contact_heading("Контакты:"), Some(String::new()));
        assert_eq!(
            contact_heading("For more information, please contact: Jane Doe, Spokesperson"),
            Some("Jane Doe, Spokesperson".into())
        );
        assert_eq!(contact_heading("The contact group met today."), None);
    }

    #[test]
    fn body_cleaning() {
        let lines: Vec<String> = [
            "Skip Links",
            "First paragraph.",
            "Photo: OSCE/Jane Doe",
            "Photo details",
            "Participants of the seminar.",
            "© OSCE/Jane Doe",
            "Second paragraph.",
            "First paragraph.",
            "Contacts",
            "- Jane Doe",
            "- +43 1 514 36 6000",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let c = clean_body(&lines, "Title");
        assert_eq!(c.paragraphs, ["First paragraph.", "Second paragraph."]);
        assert_eq!(c.contact, ["Jane Doe", "+43 1 514 36 6000"]);
        assert_eq!(c.warnings.len(), 3, "{:?}", c.warnings);
    }

    #[test]
    fn collapse_drops_invisible_characters() {
        assert_eq!(collapse("  a\u{200b}b \n\t c\u{a0} "), "ab c");
    }
}
