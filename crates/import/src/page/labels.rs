//! The words of saved pages: metadata labels in the six OSCE languages, contact headings,
//! photo credits, and the votes that decide a page's language.

use std::collections::{BTreeMap, HashSet};

use model::SiteDefinition;

use super::MetaKey;

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
fn label_key(s: &str) -> String {
    if s.len() > LABEL_MAX {
        return String::new();
    }
    collapse(s)
        .trim_end_matches([':', ' ', '\u{a0}'])
        .replace(['’', '`'], "'")
        .to_lowercase()
}

const EN: &[&str] = &["en"];
const FR: &[&str] = &["fr"];
const DE: &[&str] = &["de"];
const IT: &[&str] = &["it"];
const ES: &[&str] = &["es"];
const RU: &[&str] = &["ru"];
const EN_FR: &[&str] = &["en", "fr"];

const META_LABELS: &[(&str, MetaKey, &[&str])] = &[
    ("date", MetaKey::Date, EN_FR),
    ("datum", MetaKey::Date, DE),
    ("data", MetaKey::Date, IT),
    ("fecha", MetaKey::Date, ES),
    ("дата", MetaKey::Date, RU),
    ("place", MetaKey::Place, EN),
    ("location", MetaKey::Place, EN),
    ("lieu", MetaKey::Place, FR),
    ("ort", MetaKey::Place, DE),
    ("luogo", MetaKey::Place, IT),
    ("lugar", MetaKey::Place, ES),
    ("место", MetaKey::Place, RU),
    ("source", MetaKey::Source, EN_FR),
    ("sources", MetaKey::Source, EN_FR),
    ("quelle", MetaKey::Source, DE),
    ("quellen", MetaKey::Source, DE),
    ("fonte", MetaKey::Source, IT),
    ("fonti", MetaKey::Source, IT),
    ("fuente", MetaKey::Source, ES),
    ("fuentes", MetaKey::Source, ES),
    ("источник", MetaKey::Source, RU),
    ("источники", MetaKey::Source, RU),
    ("fields of work", MetaKey::Field, EN),
    ("field of work", MetaKey::Field, EN),
    ("domaines d'activité", MetaKey::Field, FR),
    ("domaine d'activité", MetaKey::Field, FR),
    ("domaines d'action", MetaKey::Field, FR),
    ("tätigkeitsbereiche", MetaKey::Field, DE),
    ("tätigkeitsbereich", MetaKey::Field, DE),
    ("arbeitsbereiche", MetaKey::Field, DE),
    ("settori di attività", MetaKey::Field, IT),
    ("aree di lavoro", MetaKey::Field, IT),
    ("ambiti di lavoro", MetaKey::Field, IT),
    ("áreas de trabajo", MetaKey::Field, ES),
    ("ámbitos de trabajo", MetaKey::Field, ES),
    ("esferas de actividad", MetaKey::Field, ES),
    ("области деятельности", MetaKey::Field, RU),
    ("область деятельности", MetaKey::Field, RU),
    ("направления деятельности", MetaKey::Field, RU),
    ("countries", MetaKey::Country, EN),
    ("country", MetaKey::Country, EN),
    ("related countries", MetaKey::Country, EN),
    ("pays", MetaKey::Country, FR),
    ("länder", MetaKey::Country, DE),
    ("land", MetaKey::Country, DE),
    ("paesi", MetaKey::Country, IT),
    ("paese", MetaKey::Country, IT),
    ("países", MetaKey::Country, ES),
    ("país", MetaKey::Country, ES),
    ("страны", MetaKey::Country, RU),
    ("страна", MetaKey::Country, RU),
];

/// The metadata label a text names ("Date:", "Области деятельности:", "Lieu :").
pub(crate) fn meta_label(s: &str) -> Option<(MetaKey, &'static [&'static str])> {
    let key = label_key(s);
    META_LABELS
        .iter()
        .find(|(l, _, _)| *l == key)
        .map(|(_, k, langs)| (*k, *langs))
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
    "contact presse",
    "contacts presse",
    "kontakt",
    "kontakte",
    "pressekontakt",
    "contatti",
    "contatto",
    "contacto",
    "contactos",
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
];

/// When a line opens a contact block: what follows the heading on the same line.
pub(crate) fn contact_heading(line: &str) -> Option<String> {
    contact_heading_keyed(line, &label_key(line))
}

fn contact_heading_keyed(line: &str, key: &str) -> Option<String> {
    if CONTACT_HEADINGS.contains(&key) {
        return Some(String::new());
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
    )
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
    pub warnings: Vec<String>,
}

fn excerpt(s: &str) -> String {
    let mut e: String = s.chars().take(60).collect();
    if e.len() < s.len() {
        e.push('…');
    }
    e
}

/// Splits candidate body lines into paragraphs and the contact block, dropping skip links,
/// photo credits and "Photo details" blocks, repeated paragraphs and the footer.
pub(crate) fn clean_body(lines: &[String], title: &str) -> Cleaned {
    let mut out = Cleaned {
        paragraphs: Vec::new(),
        contact: Vec::new(),
        warnings: Vec::new(),
    };
    let mut seen: HashSet<String> = HashSet::new();
    let mut in_contact = false;
    let mut i = 0;
    while i < lines.len() {
        let line = collapse(&lines[i]);
        let key = label_key(&line);
        i += 1;
        if line.is_empty() || line == "-" || is_skip_links(&key) {
            continue;
        }
        if is_footer(&key) {
            break;
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
            let credit = (i..lines.len().min(i + 3)).find(|&j| is_photo_credit(&lines[j]));
            match credit {
                Some(j) => {
                    out.warnings.push(format!(
                        "dropped a photo details block ({} line(s))",
                        j + 2 - i
                    ));
                    i = j + 1;
                }
                None => out
                    .warnings
                    .push("dropped a 'Photo details' line (no photo credit followed)".into()),
            }
            continue;
        }
        if is_photo_credit(&line) {
            out.warnings
                .push(format!("dropped a photo credit: '{}'", excerpt(&line)));
            continue;
        }
        if line == title && out.paragraphs.is_empty() {
            out.warnings
                .push("dropped the title repeated at the start of the body".into());
            continue;
        }
        if !seen.insert(line.clone()) {
            out.warnings.push(format!(
                "dropped a repeated paragraph: '{}'",
                excerpt(&line)
            ));
            continue;
        }
        out.paragraphs.push(line);
    }
    out
}

// ---------------------------------------------------------------------------------------
// Language
// ---------------------------------------------------------------------------------------

/// Words frequent in one language and rare in the others.
const STOPWORDS: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "the", "and", "of", "to", "with", "is", "that", "for", "on", "was", "said", "will",
        ],
    ),
    (
        "fr",
        &[
            "le", "les", "des", "du", "et", "est", "une", "dans", "pour", "sur", "au", "aux",
        ],
    ),
    (
        "de",
        &[
            "der", "die", "das", "und", "den", "mit", "von", "ist", "für", "nicht", "auf", "dem",
        ],
    ),
    (
        "it",
        &[
            "il", "della", "di", "che", "gli", "delle", "nel", "è", "alla", "dei", "sono", "degli",
        ],
    ),
    (
        "es",
        &[
            "el", "los", "las", "y", "que", "por", "con", "una", "para", "en", "se", "al",
        ],
    ),
    (
        "ru",
        &[
            "и", "в", "на", "с", "по", "что", "не", "для", "о", "из", "от", "к",
        ],
    ),
];

/// Scores of the site's languages; the highest wins, ties going to the site's order.
pub(crate) struct Votes {
    order: Vec<String>,
    scores: BTreeMap<String, i64>,
}

impl Votes {
    pub(crate) fn new(site: &SiteDefinition) -> Self {
        let mut order = vec![site.organization.default_language.as_str().to_owned()];
        for l in &site.organization.languages {
            if !order.iter().any(|o| o == l.code.as_str()) {
                order.push(l.code.as_str().to_owned());
            }
        }
        Votes {
            order,
            scores: BTreeMap::new(),
        }
    }

    /// A vote for a language ("en-GB" counts for "en"); languages the site lacks are ignored.
    pub(crate) fn add(&mut self, lang: &str, weight: i64) {
        let primary = lang
            .split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_lowercase();
        if self.order.contains(&primary) {
            *self.scores.entry(primary).or_default() += weight;
        }
    }

    /// The script (Cyrillic is Russian) and the frequent words of the text.
    pub(crate) fn add_text(&mut self, title: &str, paragraphs: &[String]) {
        let mut cyrillic = 0usize;
        let mut latin = 0usize;
        let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
        // The start of the text says enough.
        let mut budget = 20_000usize;
        for text in std::iter::once(title).chain(paragraphs.iter().map(String::as_str)) {
            if budget == 0 {
                break;
            }
            let end = text
                .char_indices()
                .nth(budget)
                .map_or(text.len(), |(i, _)| i);
            let text = &text[..end];
            budget = budget.saturating_sub(text.chars().count());
            for c in text.chars().filter(|c| c.is_alphabetic()) {
                if ('\u{0400}'..='\u{04ff}').contains(&c) {
                    cyrillic += 1;
                } else if c.is_ascii_alphabetic() || ('\u{00c0}'..='\u{024f}').contains(&c) {
                    latin += 1;
                }
            }
            for word in text.split(|c: char| !c.is_alphabetic()) {
                if word.is_empty() {
                    continue;
                }
                let w = word.to_lowercase();
                for (lang, words) in STOPWORDS {
                    if words.contains(&w.as_str()) {
                        *counts.entry(lang).or_default() += 1;
                    }
                }
            }
        }
        if cyrillic > latin {
            self.add("ru", 10);
        }
        if let Some((lang, _)) = counts
            .iter()
            .filter(|(_, n)| **n > 0)
            .max_by_key(|(_, n)| **n)
        {
            self.add(lang, 4);
        }
    }

    pub(crate) fn winner(&self) -> String {
        let mut best: Option<(&str, i64)> = None;
        for lang in &self.order {
            let score = self.scores.get(lang).copied().unwrap_or(0);
            if best.is_none_or(|(_, b)| score > b) {
                best = Some((lang, score));
            }
        }
        best.map(|(l, _)| l.to_owned()).unwrap_or_default()
    }
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
