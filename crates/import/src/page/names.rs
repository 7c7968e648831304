//! Names read from a page matched against the site: item types, structures (sources),
//! fields of work, countries; places and their time zones.

use std::collections::{HashMap, HashSet};

use jiff::civil::Date;
use model::site::Term;
use model::text::{closest, normalize_name};
use model::{SiteDefinition, Slug};

use super::PageError;

// ---------------------------------------------------------------------------------------
// Item types
// ---------------------------------------------------------------------------------------

/// The item type a label names, and the languages the label is written in.
pub(crate) fn item_type(site: &SiteDefinition, label: &str) -> Option<(Slug, Vec<String>)> {
    let wanted = normalize_name(label);
    if wanted.is_empty() {
        return None;
    }
    for t in &site.item_types {
        let mut langs: Vec<String> = site
            .organization
            .languages
            .iter()
            .filter(|l| normalize_name(t.name_in(l.code.as_str())) == wanted)
            .map(|l| l.code.as_str().to_owned())
            .collect();
        if langs.is_empty() && normalize_name(&t.name) == wanted {
            langs.push(site.organization.default_language.as_str().to_owned());
        }
        let plural = t
            .plural
            .as_deref()
            .is_some_and(|p| normalize_name(p) == wanted);
        if !langs.is_empty() || plural || t.aliases.iter().any(|a| normalize_name(a) == wanted) {
            return Some((t.slug.clone(), langs));
        }
    }
    None
}

/// Every label of every item type, normalized (all languages, aliases).
pub(crate) fn type_labels(site: &SiteDefinition) -> HashSet<String> {
    site.item_types
        .iter()
        .flat_map(term_names)
        .map(normalize_name)
        .collect()
}

fn term_names(t: &Term) -> impl Iterator<Item = &str> {
    std::iter::once(t.name.as_str())
        .chain(t.names.values().map(String::as_str))
        .chain(t.aliases.iter().map(String::as_str))
}

pub(crate) fn type_suggestions(site: &SiteDefinition, label: &str) -> Vec<String> {
    let all: Vec<&str> = site.item_types.iter().flat_map(term_names).collect();
    dedup(closest(label, all.into_iter(), 3))
}

fn dedup(list: Vec<&str>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for s in list {
        if !out.iter().any(|o| o == s) {
            out.push(s.to_owned());
        }
    }
    out
}

// ---------------------------------------------------------------------------------------
// Metadata values
// ---------------------------------------------------------------------------------------

/// The values of a metadata label, one per name: "OSCE Secretariat, OSCE Office in Minsk
/// (closed)" is two names.
pub(crate) fn split_values(values: &[&str]) -> Vec<String> {
    values
        .iter()
        .flat_map(|v| v.split([';', '\n']))
        .flat_map(|v| v.split(','))
        .map(|p| super::labels::collapse(p.trim_start_matches(['-', '•', ' '])))
        .map(|p| p.trim_end_matches([',', '.']).trim().to_owned())
        .filter(|p| !p.is_empty())
        .collect()
}

/// Matches the pieces one by one, joining a piece with the next ones (at most four, with
/// ", ") when a name itself has commas ("Missions of Long Duration in Kosovo, Sandjak and
/// Vojvodina"). On failure, the piece that matched nothing.
fn resolve_pieces(
    pieces: &[String],
    lookup: impl Fn(&str, bool) -> Option<Slug>,
) -> Result<Vec<Slug>, String> {
    let mut out: Vec<Slug> = Vec::new();
    let mut i = 0;
    while i < pieces.len() {
        let mut matched = None;
        for j in (i + 1..=pieces.len().min(i + 4)).rev() {
            if let Some(slug) = lookup(&pieces[i..j].join(", "), j == i + 1) {
                matched = Some((slug, j));
                break;
            }
        }
        let Some((slug, j)) = matched else {
            return Err(pieces[i].clone());
        };
        if !out.contains(&slug) {
            out.push(slug);
        }
        i = j;
    }
    Ok(out)
}

// ---------------------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------------------

/// The key structures are matched by, as the model matches them: normalized, without
/// "(closed)" and the organization's prefix.
fn structure_key(prefix: &str, name: &str) -> String {
    let mut n = normalize_name(name);
    if let Some(s) = n.strip_suffix(" closed") {
        n = s.to_owned();
    }
    if !prefix.is_empty()
        && let Some(s) = n.strip_prefix(&format!("{prefix} "))
    {
        n = s.to_owned();
    }
    n
}

fn structure_index(site: &SiteDefinition) -> HashMap<String, Slug> {
    let prefix = normalize_name(&site.organization.source_prefix);
    let mut map = HashMap::new();
    for s in &site.structures {
        let mut add = |name: &str| {
            map.entry(structure_key(&prefix, name))
                .or_insert_with(|| s.slug.clone());
        };
        add(s.slug.as_str());
        for n in &s.names {
            add(&n.name);
            // The full form and the names in the site's other languages ("Секретариат ОБСЕ").
            for full in n.source.iter().chain(n.translations.values()) {
                add(full);
            }
        }
        for a in &s.aliases {
            add(a);
        }
    }
    map
}

/// The structures the pieces name; on failure, the piece that names none (no suggestions
/// are computed: see [`sources`]).
fn resolve_sources(site: &SiteDefinition, pieces: &[String]) -> Result<Vec<Slug>, String> {
    if pieces.is_empty() {
        return Ok(Vec::new());
    }
    let prefix = normalize_name(&site.organization.source_prefix);
    let index = structure_index(site);
    resolve_pieces(pieces, |name, single| {
        index
            .get(&structure_key(&prefix, name))
            .cloned()
            .or_else(|| {
                // Whatever the model knows beyond the names indexed here.
                // (An exact look-up: "did you mean" is computed once, on failure.)
                single
                    .then(|| site.entry_named(model::site::NameKind::Source, name))
                    .flatten()
                    .cloned()
            })
    })
}

pub(crate) fn sources(site: &SiteDefinition, pieces: &[String]) -> Result<Vec<Slug>, PageError> {
    resolve_sources(site, pieces).map_err(|name| {
        let mut candidates: Vec<String> = Vec::new();
        for s in &site.structures {
            for n in &s.names {
                candidates.push(match &n.source {
                    Some(full) => full.clone(),
                    None if site.organization.source_prefix.is_empty() => n.name.clone(),
                    None => format!("{} {}", site.organization.source_prefix, n.name),
                });
                candidates.extend(n.translations.values().cloned());
            }
        }
        PageError::UnknownSource {
            suggestions: dedup(closest(&name, candidates.iter().map(String::as_str), 3)),
            name,
        }
    })
}

// ---------------------------------------------------------------------------------------
// Fields of work and countries
// ---------------------------------------------------------------------------------------

pub(crate) fn fields(site: &SiteDefinition, pieces: &[String]) -> Result<Vec<Slug>, PageError> {
    let mut index: HashMap<String, Slug> = HashMap::new();
    for t in &site.fields {
        for n in term_names(t).chain(std::iter::once(t.slug.as_str())) {
            index
                .entry(normalize_name(n))
                .or_insert_with(|| t.slug.clone());
        }
    }
    resolve_pieces(pieces, |n, _| index.get(&normalize_name(n)).cloned()).map_err(|name| {
        let all: Vec<&str> = site.fields.iter().flat_map(term_names).collect();
        PageError::UnknownField {
            suggestions: dedup(closest(&name, all.into_iter(), 3)),
            name,
        }
    })
}

pub(crate) fn countries(site: &SiteDefinition, pieces: &[String]) -> Result<Vec<Slug>, PageError> {
    let mut index: HashMap<String, Slug> = HashMap::new();
    for c in &site.countries {
        let names = std::iter::once(c.name.as_str())
            .chain(std::iter::once(c.slug.as_str()))
            .chain(c.names.values().map(String::as_str))
            .chain(c.aliases.iter().map(String::as_str));
        for n in names {
            index
                .entry(normalize_name(n))
                .or_insert_with(|| c.slug.clone());
        }
    }
    resolve_pieces(pieces, |n, _| index.get(&normalize_name(n)).cloned()).map_err(|name| {
        let all: Vec<&str> = site
            .countries
            .iter()
            .flat_map(|c| {
                std::iter::once(c.name.as_str()).chain(c.names.values().map(String::as_str))
            })
            .collect();
        PageError::UnknownCountry {
            suggestions: dedup(closest(&name, all.into_iter(), 3)),
            name,
        }
    })
}

// ---------------------------------------------------------------------------------------
// Places
// ---------------------------------------------------------------------------------------

/// Words kept in lower case inside a place name ("Bosnia and Herzegovina", "Andorra la
/// Vella", "Rostov-on-Don").
const SMALL_WORDS: &[&str] = &[
    "and", "of", "on", "upon", "the", "de", "del", "la", "le", "da", "di", "am", "an", "der", "и",
    "на",
];

/// Title case of a place written in capitals: "MINSK" → "Minsk", "VALLETTA/VIENNA" →
/// "Valletta/Vienna", "NUR-SULTAN" → "Nur-Sultan", "МИНСК" → "Минск". A place already in
/// mixed case is kept as written.
pub(crate) fn title_case(place: &str) -> String {
    let place = super::labels::collapse(place);
    if place.chars().any(char::is_lowercase) {
        return place;
    }
    let lower = place.to_lowercase();
    let mut out = String::with_capacity(lower.len());
    // The word being written (between separators) and whether it starts a name.
    let mut word = String::new();
    let mut first_of_name = true;
    let flush = |word: &mut String, out: &mut String, first: bool| {
        if word.is_empty() {
            return;
        }
        if !first && SMALL_WORDS.contains(&word.as_str()) {
            out.push_str(word);
        } else {
            let mut cs = word.chars();
            if let Some(c) = cs.next() {
                out.extend(c.to_uppercase());
                out.push_str(cs.as_str());
            }
        }
        word.clear();
    };
    for c in lower.chars() {
        match c {
            ' ' | '-' | '(' | '.' => {
                let had = !word.is_empty();
                flush(&mut word, &mut out, first_of_name);
                if had {
                    first_of_name = false;
                }
                out.push(c);
            }
            '/' => {
                flush(&mut word, &mut out, first_of_name);
                first_of_name = true;
                out.push(c);
            }
            _ => word.push(c),
        }
    }
    flush(&mut word, &mut out, first_of_name);
    out
}

/// The IANA time zone of a known place; of the first city of "Valletta/Vienna".
pub(crate) fn time_zone(place: &str) -> Option<String> {
    let first = place.split('/').next().unwrap_or_default().trim();
    if first.is_empty() {
        return None;
    }
    crate::places::time_zone_of(&super::labels::collapse(first)).map(str::to_owned)
}

// ---------------------------------------------------------------------------------------
// Structures named in a header or in the text
// ---------------------------------------------------------------------------------------

/// The names the site knows among `pieces`; each unknown one is reported (with the closest
/// names) and left out.
pub(crate) fn known(
    pieces: &[String],
    warnings: &mut Vec<super::Warning>,
    resolve: impl Fn(&[String]) -> Result<Vec<Slug>, PageError>,
) -> Result<Vec<Slug>, PageError> {
    let mut left: Vec<String> = pieces.to_vec();
    for _ in 0..=pieces.len() {
        match resolve(&left) {
            Ok(found) => return Ok(found),
            Err(e @ (PageError::UnknownField { .. } | PageError::UnknownCountry { .. })) => {
                let name = match &e {
                    PageError::UnknownField { name, .. }
                    | PageError::UnknownCountry { name, .. } => name.clone(),
                    _ => String::new(),
                };
                warnings.push(super::Warning::new(
                    super::WarningKind::Ignored,
                    format!("{e}: left out"),
                ));
                let Some(at) = left.iter().position(|p| *p == name) else {
                    return Ok(Vec::new());
                };
                left.remove(at);
            }
            Err(e) => return Err(e),
        }
    }
    Ok(Vec::new())
}

/// A place written with its country ("Budva, Montenegro"): the place alone.
pub(crate) fn without_country(site: &SiteDefinition, place: &str) -> String {
    if let Some((city, country)) = place.rsplit_once(',')
        && !city.trim().is_empty()
        && countries(site, &[country.trim().to_owned()]).is_ok_and(|c| !c.is_empty())
    {
        return city.trim().to_owned();
    }
    place.to_owned()
}

/// A letterhead without the organization's name before the structure's
/// ("ORGANIZATION FOR SECURITY AND CO-OPERATION IN EUROPE Kosovo Verification Mission").
pub(crate) fn without_organization(site: &SiteDefinition, line: &str) -> String {
    let name = &site.organization.name;
    match line.get(..name.len()) {
        Some(head) if head.eq_ignore_ascii_case(name) => line[name.len()..].trim().to_owned(),
        _ => line.to_owned(),
    }
}

/// The organization's own name ("Organization for Security and Co-operation in Europe",
/// "OSCE"), in capitals or not.
pub(crate) fn is_organization_name(site: &SiteDefinition, line: &str) -> bool {
    let key = normalize_name(line);
    key == normalize_name(&site.organization.name)
        || key == normalize_name(&site.organization.short_name)
}

/// The structures a whole line names ("Secretary General", "OSCE Centre in Bishkek"), when
/// every piece of it is one.
pub(crate) fn sources_of(site: &SiteDefinition, line: &str) -> Option<Vec<Slug>> {
    if line.chars().count() > 150 {
        return None;
    }
    let found = resolve_sources(site, &split_values(&[line])).ok()?;
    (!found.is_empty()).then_some(found)
}

/// The structure the title or the first paragraphs name first, with the organization's name
/// ("the OSCE Centre in Bishkek", "Центр ОБСЕ в Бишкеке"): any of its names, former ones
/// included, when it was open on the item's date. Returns the slug and the name as found.
pub(crate) fn structure_in_text(
    site: &SiteDefinition,
    title: &str,
    paragraphs: &[String],
    date: Date,
) -> Option<(Slug, String)> {
    let prefix = &site.organization.source_prefix;
    let mut needles: Vec<(String, &Slug)> = Vec::new();
    for s in site.structures.iter().filter(|s| s.is_open_on(date)) {
        for n in &s.names {
            if !prefix.is_empty() {
                needles.push((format!("{prefix} {}", n.name).to_lowercase(), &s.slug));
            }
            for full in n.source.iter().chain(n.translations.values()) {
                needles.push((full.to_lowercase(), &s.slug));
            }
        }
        for a in &s.aliases {
            // Short aliases ("CiO", "CPC") are too easily found inside other words: they
            // count after the organization's name only ("OSCE Chairman-in-Office").
            if a.split_whitespace().count() >= 2 {
                needles.push((a.to_lowercase(), &s.slug));
            }
            if !prefix.is_empty() {
                needles.push((format!("{prefix} {a}").to_lowercase(), &s.slug));
            }
        }
    }
    let text: String = std::iter::once(title)
        .chain(paragraphs.iter().take(2).map(String::as_str))
        .collect::<Vec<_>>()
        .join(" \n ");
    let text = text.replace(['’', '`'], "'").to_lowercase();
    let boundary = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
    let mut best: Option<(usize, usize, &Slug, String)> = None;
    for (needle, slug) in &needles {
        if needle.len() < 6 {
            continue;
        }
        let mut from = 0;
        while let Some(at) = text[from..].find(needle.as_str()).map(|i| from + i) {
            let end = at + needle.len();
            if boundary(text[..at].chars().next_back()) && boundary(text[end..].chars().next()) {
                let better = best.as_ref().is_none_or(|(b_at, b_len, _, _)| {
                    at < *b_at || (at == *b_at && needle.len() > *b_len)
                });
                if better {
                    best = Some((at, needle.len(), slug, text[at..end].to_owned()));
                }
                break;
            }
            from = end;
        }
    }
    best.map(|(_, _, slug, name)| (slug.clone(), name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_case_of_places() {
        assert_eq!(title_case("MINSK"), "Minsk");
        assert_eq!(title_case("VALLETTA/VIENNA"), "Valletta/Vienna");
        assert_eq!(title_case("NUR-SULTAN"), "Nur-Sultan");
        assert_eq!(title_case("THE HAGUE"), "The Hague");
        assert_eq!(
            title_case("BOSNIA AND HERZEGOVINA"),
            "Bosnia and Herzegovina"
        );
        assert_eq!(title_case("ROSTOV-ON-DON"), "Rostov-on-Don");
        assert_eq!(title_case("ST. PETERSBURG"), "St. Petersburg");
        assert_eq!(title_case("МИНСК"), "Минск");
        assert_eq!(title_case("Andorra la Vella"), "Andorra la Vella");
    }

    #[test]
    fn time_zones_of_places() {
        assert_eq!(time_zone("Minsk").as_deref(), Some("Europe/Minsk"));
        assert_eq!(time_zone("Минск").as_deref(), Some("Europe/Minsk"));
        assert_eq!(
            time_zone("Valletta/Vienna").as_deref(),
            Some("Europe/Malta")
        );
        assert_eq!(time_zone("Wien").as_deref(), Some("Europe/Vienna"));
        assert_eq!(time_zone("Nowhere"), None);
        assert_eq!(time_zone(""), None);
    }

    #[test]
    fn split_values_on_commas() {
        assert_eq!(
            split_values(&["OSCE Secretariat, OSCE Office in Minsk (closed)"]),
            ["OSCE Secretariat", "OSCE Office in Minsk (closed)"]
        );
        assert_eq!(split_values(&["A; B", "- C"]), ["A", "B", "C"]);
    }
}
