//! A page as read by one of the two forms, matched against the site: type, title, body,
//! date, place, sources, fields of work, countries, language, abbreviations.

use std::collections::HashSet;

use jiff::civil::Date;
use model::site::GlossaryEntry;
use model::{LanguageCode, SiteDefinition, Slug};

use super::warning::{Warning, WarningKind as K};
use super::{
    Extracted, MAX_VALUES, MAX_WARNINGS, MetaKey, Options, PageError, Raw, address, dates, header,
    labels, language, names, original,
};

pub(super) fn finish(
    mut raw: Raw,
    site: &SiteDefinition,
    options: &Options,
) -> Result<Extracted, PageError> {
    let mut warnings = std::mem::take(&mut raw.warnings);
    // "Content type: Press release" is the type label of the 2009–2016 pages.
    if raw.type_label.is_none() {
        raw.type_label = raw.values(MetaKey::Type).first().map(|t| (*t).to_owned());
    }
    // A speech is read "against delivery".
    if raw.type_label.is_none()
        && raw.type_hint.is_none()
        && raw
            .lines
            .iter()
            .take(5)
            .chain(raw.lines.iter().rev().take(5))
            .any(|l| {
                let l = l.to_lowercase();
                l.contains("check against delivery") || l.contains("проверить при произнесении")
            })
    {
        raw.type_hint = Some("speech");
    }
    let mut votes = language::Votes::new(site);
    let mut needs_review: Option<String> = None;

    // Type.
    let item_type = item_type(&raw, site, options, &mut votes, &mut warnings)?;
    if let Some(reason) = raw.truncated.take() {
        if !options.keep_truncated {
            return Err(PageError::Truncated(reason));
        }
        needs_review = Some(reason);
    }

    // Title.
    let title = raw
        .title
        .as_deref()
        .map(labels::collapse)
        .unwrap_or_default();
    if title.is_empty() {
        return Err(PageError::NotAnItem("the page has no title".into()));
    }
    if raw.type_label.is_none() && header::section(&title).is_some() {
        return Err(PageError::NotAnItem(format!(
            "its title '{title}' is the name of a section of the site: the page lists items"
        )));
    }
    if header::is_listing(&raw.lines) {
        return Err(PageError::NotAnItem(
            "the page lists titles with dates: it is a list of items, not one".into(),
        ));
    }

    // Body, contact block and notes.
    let cleaned = labels::clean_body(&raw.lines, &title);
    warnings.extend(cleaned.warnings);
    let mut paragraphs = cleaned.paragraphs;
    let mut contact = std::mem::take(&mut raw.contact);
    contact.extend(cleaned.contact);
    let notes = cleaned.notes;
    let topics = cleaned.topics;
    // A metadata block below the body: what the header did not already say.
    for entry in cleaned.meta {
        if raw.values(entry.key).is_empty() {
            raw.meta.push(entry);
        }
    }
    let has_meta = !raw.meta.is_empty();
    if paragraphs.is_empty() {
        let reason = "the page has its metadata but no body";
        if !has_meta {
            return Err(PageError::NotAnItem("the page has no body".into()));
        }
        if !options.keep_truncated {
            return Err(PageError::Truncated(reason.into()));
        }
        needs_review.get_or_insert_with(|| reason.to_owned());
    }

    // Section headers above an HTML page's title ("Newsroom") are not its body.
    while paragraphs.len() > 1 && header::section(&paragraphs[0]).is_some() {
        paragraphs.remove(0);
    }
    // Metadata written as "Label: value" paragraphs at the start of the body ("Publikuar më:
    // 20 janar 2025", "Botues: …", as list items of HTML pages).
    // (Only before the dateline: a media advisory's "Date:" in its body is the event's.)
    let mut j = 0;
    while j < paragraphs.len().min(6) && dates::dateline(&paragraphs[j], false).is_none() {
        match header::labelled(&paragraphs[j]) {
            Some(entry) => {
                raw.meta.push(entry);
                paragraphs.remove(j);
            }
            None => j += 1,
        }
    }
    // A date line opening the body ("VIENNA 12 July 2005"), as HTML pages keep it.
    let mut meta_date = raw.values(MetaKey::Date).join(" ");
    let mut line_place = String::new();
    if let Some(first) = paragraphs.first()
        && let Some(line) = dates::date_line(first)
    {
        if meta_date.trim().is_empty() {
            meta_date = line.date_text.clone();
            line_place = line.place.clone();
        }
        paragraphs.remove(0);
    }

    // Dateline; a lead or a caption before it (HTML pages) is not the body.
    let has_date = !meta_date.trim().is_empty();
    if paragraphs.len() > 1
        && dates::dateline(&paragraphs[0], has_date).is_none()
        && let Some(second) = dates::dateline(&paragraphs[1], has_date)
    {
        let lead = paragraphs[0].trim_end_matches(['.', '…', ' ']);
        if lead.chars().count() >= 20 && second.rest.starts_with(lead) {
            paragraphs.remove(0);
            warnings.push(Warning::new(
                K::Repeated,
                "dropped the lead, which the body repeats",
            ));
        } else if labels::has_photo_credit(&paragraphs[0]) {
            paragraphs.remove(0);
            warnings.push(Warning::new(
                K::Caption,
                "dropped a photo caption before the dateline",
            ));
        }
    }
    let dateline = paragraphs
        .first()
        .and_then(|p| dates::dateline(p, has_date));
    if let Some(d) = &dateline {
        if d.rest.is_empty() {
            paragraphs.remove(0);
        } else {
            paragraphs[0] = d.rest.clone();
        }
        for l in &d.langs {
            votes.add(l, 2);
        }
    }
    drop_lead(&mut paragraphs, &mut warnings);
    if paragraphs.is_empty() && needs_review.is_none() {
        let reason = "the body has nothing after its dateline";
        if !options.keep_truncated {
            return Err(PageError::Truncated(reason.into()));
        }
        needs_review = Some(reason.to_owned());
    }
    if raw.check_last_sentence
        && let Some(last) = paragraphs.last()
        && !labels::ends_a_sentence(last)
    {
        let tail: String = {
            let chars: Vec<char> = last.chars().collect();
            chars[chars.len().saturating_sub(40)..].iter().collect()
        };
        let reason = format!("the last paragraph stops mid-sentence ('…{tail}')");
        if !options.keep_truncated {
            return Err(PageError::Truncated(reason));
        }
        needs_review.get_or_insert(reason);
    }
    if let Some(reason) = &needs_review {
        warnings.push(Warning::new(
            K::Truncated,
            format!("the page looks truncated ({reason}): kept as a draft for review"),
        ));
    }

    // Date.
    let date = date(
        &meta_date,
        dateline.as_ref(),
        &raw,
        &paragraphs,
        options,
        &mut votes,
        &mut warnings,
    )?;

    // Place.
    let meta_place = raw.values(MetaKey::Place).join("/");
    let meta_place = if meta_place.trim().is_empty() {
        line_place
    } else {
        meta_place
    };
    let line_city = dateline
        .as_ref()
        .map(|d| d.city.clone())
        .unwrap_or_default();
    let place = if !meta_place.trim().is_empty() {
        let place = names::title_case(&names::without_country(site, meta_place.trim()));
        if !line_city.is_empty()
            && labels::collapse(&line_city).to_lowercase() != place.to_lowercase()
        {
            warnings.push(Warning::new(
                K::Disagreement,
                format!(
                    "the page's place '{place}' differs from the dateline's '{line_city}'; the page's is used"
                ),
            ));
        }
        place
    } else if !line_city.is_empty() {
        names::title_case(&line_city)
    } else {
        warnings.push(Warning::new(K::NoPlace, "the page names no place"));
        String::new()
    };
    let time_zone = names::time_zone(&place);
    if place.contains('/') && time_zone.is_some() {
        let first = place.split('/').next().unwrap_or_default().trim();
        warnings.push(Warning::new(
            K::TimeZone,
            format!("the place '{place}' names several cities: the time zone is that of {first}"),
        ));
    }

    // Sources, fields of work, countries.
    let mut by_key = |key: MetaKey| -> Result<Vec<String>, PageError> {
        let pieces = names::split_values(&raw.values(key));
        if pieces.len() > MAX_VALUES {
            return Err(PageError::NotAnItem(format!(
                "the metadata '{}' lists {} values (an item has at most {MAX_VALUES})",
                key.label(),
                pieces.len()
            )));
        }
        for m in raw.meta.iter().filter(|m| m.key == key) {
            for l in m.langs {
                votes.add(l, 1);
            }
        }
        Ok(pieces)
    };
    let source_pieces = by_key(MetaKey::Source)?;
    let field_pieces = by_key(MetaKey::Field)?;
    let country_pieces = by_key(MetaKey::Country)?;
    for key in [MetaKey::Date, MetaKey::Place] {
        for m in raw.meta.iter().filter(|m| m.key == key) {
            for l in m.langs {
                votes.add(l, 1);
            }
        }
    }
    // A name the site does not know is reported and left out: the rest of the page is
    // imported.
    let mut fields_of_work =
        names::known(&field_pieces, &mut warnings, |p| names::fields(site, p))?;
    // Without a field of work in the metadata, those of a "Related topics" list.
    if field_pieces.is_empty() {
        for t in &topics {
            if let Ok(found) = names::fields(site, std::slice::from_ref(t)) {
                for f in found {
                    if !fields_of_work.contains(&f) {
                        fields_of_work.push(f);
                    }
                }
            }
        }
    }
    if raw.header_source.is_none() && source_pieces.is_empty() {
        raw.header_source = topics
            .iter()
            .find(|t| names::sources_of(site, t).is_some())
            .cloned();
    }
    let mut countries = names::known(&country_pieces, &mut warnings, |p| {
        names::countries(site, p)
    })?;
    let sources = sources(
        site,
        &source_pieces,
        &raw,
        &title,
        &paragraphs,
        date,
        options,
        &mut warnings,
    )?;
    // A page that names no country is filed under the countries of its sources that work in
    // one (an item of the Office in Minsk is about Belarus).
    if country_pieces.is_empty() {
        for s in sources.iter().filter_map(|s| site.structure(s.as_str())) {
            if let Some(c) = &s.country
                && !countries.contains(c)
            {
                countries.push(c.clone());
            }
        }
    }
    let needs_source = sources.is_empty();

    // Language.
    if let Some(lang) = &raw.lang_attr {
        // The page says which language it is in: more than its script alone.
        votes.add(lang, 11);
    }
    votes.add_text(&title, &paragraphs);
    let language = votes.winner();
    let language = LanguageCode::parse(&language)
        .or_else(|_| LanguageCode::parse(site.organization.default_language.as_str()))
        .map_err(|e| PageError::NotAnItem(e.to_string()))?;

    // Abbreviations the glossary lacks.
    let new_glossary = new_glossary(&raw, site, &language, &mut warnings);

    if warnings.len() > MAX_WARNINGS {
        let more = warnings.len() - MAX_WARNINGS;
        warnings.truncate(MAX_WARNINGS);
        warnings.push(Warning::new(
            K::More,
            format!("… and {more} more warning(s)"),
        ));
    }

    // The page it translates, for a page in another language than the site's.
    let original = original::find(&raw.links, language.as_str(), raw.address.as_deref(), site);

    Ok(Extracted {
        item_type,
        language,
        title,
        date,
        place,
        time_zone,
        sources,
        fields_of_work,
        countries,
        paragraphs,
        contact,
        notes,
        original,
        address: raw.address.clone(),
        needs_source,
        needs_review,
        new_glossary,
        warnings,
    })
}

/// The type the label names; without a label, the section's or the one the archivist gave.
fn item_type(
    raw: &Raw,
    site: &SiteDefinition,
    options: &Options,
    votes: &mut language::Votes,
    warnings: &mut Vec<Warning>,
) -> Result<Slug, PageError> {
    if let Some(label) = raw.type_label.as_deref() {
        return match names::item_type(site, label) {
            Some((slug, langs)) => {
                for l in langs {
                    votes.add(&l, 3);
                }
                Ok(slug)
            }
            None => match options
                .default_type
                .as_ref()
                .and_then(|slug| site.item_types.iter().find(|t| t.slug == *slug))
            {
                // The archivist said what the folder holds.
                Some(t) => {
                    warnings.push(Warning::new(
                        K::TypeAssumed,
                        format!(
                            "the page's type label '{label}' is not a type of the site: imported as '{}' (--type)",
                            t.name
                        ),
                    ));
                    Ok(t.slug.clone())
                }
                None => {
                    let error = PageError::UnknownType {
                        label: label.to_owned(),
                        suggestions: names::type_suggestions(site, label),
                    };
                    let Some(t) = site.item_types.first() else {
                        return Err(error);
                    };
                    warnings.push(Warning::new(
                        K::TypeAssumed,
                        format!("{error}: imported as '{}' (give --type)", t.name),
                    ));
                    Ok(t.slug.clone())
                }
            },
        };
    }
    let known = |slug: &str| site.item_types.iter().find(|t| t.slug.as_str() == slug);
    if let Some(t) = raw.type_hint.and_then(known) {
        warnings.push(Warning::new(
            K::TypeAssumed,
            format!(
                "the page shows no type label: its section makes it '{}'",
                t.name
            ),
        ));
        return Ok(t.slug.clone());
    }
    let chosen = match &options.default_type {
        Some(slug) => known(slug.as_str()),
        None => site.item_types.first(),
    };
    let Some(t) = chosen else {
        return Err(PageError::NotAnItem(
            "the page shows no type label and the site has no item type to give it".into(),
        ));
    };
    warnings.push(Warning::new(
        K::TypeAssumed,
        format!(
            "the page shows no type label: imported as '{}' (--type)",
            t.name
        ),
    ));
    Ok(t.slug.clone())
}

/// A first paragraph that the second one repeats at its start (the lead of the new
/// field-operation sites) is dropped.
fn drop_lead(paragraphs: &mut Vec<String>, warnings: &mut Vec<Warning>) {
    if paragraphs.len() < 2 {
        return;
    }
    let lead = paragraphs[0].trim_end_matches(['.', '…', ' ']).trim();
    if lead.chars().count() >= 20
        && paragraphs[1].len() > paragraphs[0].len()
        && paragraphs[1].starts_with(lead)
    {
        paragraphs.remove(0);
        warnings.push(Warning::new(
            K::Repeated,
            "dropped the lead, which the body repeats",
        ));
    }
}

/// The date: the page's date line or metadata, else the dateline's, else the file's path,
/// else the page's address, else a date in the first paragraphs.
fn date(
    meta_date: &str,
    dateline: Option<&dates::Dateline>,
    raw: &Raw,
    paragraphs: &[String],
    options: &Options,
    votes: &mut language::Votes,
    warnings: &mut Vec<Warning>,
) -> Result<Date, PageError> {
    let page = if meta_date.trim().is_empty() {
        None
    } else {
        match dates::parse_date(meta_date) {
            Some(p) => {
                for l in &p.langs {
                    votes.add(l, 2);
                }
                Some(p.date)
            }
            None if dateline.is_some_and(|d| d.date.is_some()) => {
                warnings.push(Warning::new(
                    K::Disagreement,
                    format!(
                        "the page's date '{}' cannot be read; the dateline's date is used",
                        meta_date.trim()
                    ),
                ));
                None
            }
            None => {
                return Err(PageError::UnreadableDate {
                    value: meta_date.trim().to_owned(),
                });
            }
        }
    };
    let line_date = dateline.and_then(|d| d.date);
    match (page, line_date) {
        (Some(m), Some(l)) if m != l => {
            warnings.push(Warning::new(
                K::Disagreement,
                format!("the page's date {m} differs from the dateline's {l}; the page's is used"),
            ));
            return Ok(m);
        }
        (Some(m), _) => return Ok(m),
        (None, Some(l)) => return Ok(l),
        (None, None) => {}
    }
    if let Some(d) = options.path_date {
        warnings.push(Warning::new(
            K::DateAssumed,
            format!("the page shows no date: {d} from the file's path"),
        ));
        return Ok(d);
    }
    if let Some(d) = raw.address.as_deref().and_then(address::date_in_path) {
        warnings.push(Warning::new(
            K::DateAssumed,
            format!("the page shows no date: {d} from its address"),
        ));
        return Ok(d);
    }
    if let Some((d, said)) = dates::date_in_text(paragraphs) {
        for l in &d.langs {
            votes.add(l, 1);
        }
        warnings.push(Warning::new(
            K::DateAssumed,
            format!(
                "the page shows no date line: {} from its text ('{said}')",
                d.date
            ),
        ));
        return Ok(d.date);
    }
    Err(PageError::NoDate)
}

/// The sources the page shows; else the structure its section header names; else the one
/// the archivist gave; else the one whose section of the old site the page's address is in;
/// else the structure the first paragraphs name (by its name at the item's date); else none
/// (the item needs one before it is published).
#[allow(clippy::too_many_arguments)]
fn sources(
    site: &SiteDefinition,
    pieces: &[String],
    raw: &Raw,
    title: &str,
    paragraphs: &[String],
    date: Date,
    options: &Options,
    warnings: &mut Vec<Warning>,
) -> Result<Vec<Slug>, PageError> {
    if !pieces.is_empty() {
        match names::sources(site, pieces) {
            Ok(found) => return Ok(found),
            // An unknown source makes the item a draft that needs one, with the name shown.
            Err(e @ PageError::UnknownSource { .. }) => {
                warnings.push(Warning::new(
                    K::NoSource,
                    format!("{e}: imported as a draft that needs a source"),
                ));
                return Ok(Vec::new());
            }
            Err(e) => return Err(e),
        }
    }
    if let Some(header) = &raw.header_source
        && let Some(found) = names::sources_of(site, header)
    {
        return Ok(found);
    }
    if let Some(slug) = &options.source {
        warnings.push(Warning::new(
            K::SourceAssumed,
            format!("the page shows no source: '{slug}' from --source"),
        ));
        return Ok(vec![slug.clone()]);
    }
    if let Some(addr) = raw.address.as_deref()
        && let Some(slug) = address::section_of(site, addr)
    {
        warnings.push(Warning::new(
            K::SourceAssumed,
            format!("the page shows no source: '{slug}' from its address {addr}"),
        ));
        return Ok(vec![slug]);
    }
    if let Some((slug, name)) = names::structure_in_text(site, title, paragraphs, date) {
        warnings.push(Warning::new(
            K::SourceAssumed,
            format!("the page shows no source: '{slug}' from the text, which names '{name}'"),
        ));
        return Ok(vec![slug]);
    }
    warnings.push(Warning::new(
        K::NoSource,
        "the page shows no source and none was given: imported as a draft that needs a source",
    ));
    Ok(Vec::new())
}

fn new_glossary(
    raw: &Raw,
    site: &SiteDefinition,
    language: &LanguageCode,
    warnings: &mut Vec<Warning>,
) -> Vec<GlossaryEntry> {
    let glossary = site.glossary_for(language.as_str());
    let mut new_glossary: Vec<GlossaryEntry> = Vec::new();
    let mut seen = HashSet::new();
    for (abbr, expansion) in &raw.abbrs {
        let expansion = labels::collapse(expansion);
        if abbr.is_empty() || expansion.is_empty() || !seen.insert(abbr.clone()) {
            continue;
        }
        if *abbr == site.organization.short_name {
            continue;
        }
        match glossary.iter().find(|e| e.abbr == *abbr) {
            Some(known) => {
                if known.expansion.to_lowercase() != expansion.to_lowercase() {
                    warnings.push(Warning::new(
                        K::Abbreviation,
                        format!(
                            "the page expands {abbr} as '{expansion}'; the glossary has '{}'",
                            known.expansion
                        ),
                    ));
                }
            }
            None => new_glossary.push(GlossaryEntry {
                abbr: abbr.clone(),
                expansion,
            }),
        }
    }
    new_glossary
}
