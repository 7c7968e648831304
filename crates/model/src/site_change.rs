//! Changes to the organization made by administrators in the workspace: a field of work or
//! meeting series added, a structure opened, renamed, closed or reopened, the chair of a year
//! set, the introduction of a structure, field of work or country written or removed. They are kept in order, never edited, and applied over the site definition read
//! from its files, so the definition in effect is always "the files, then these changes".
//!
//! Each change is checked against the definition it applies to. A change that no longer
//! applies (the files were updated to say the same thing, say) is skipped with its reason
//! rather than stopping the site.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::date::HistDate;
use crate::ids::{LanguageCode, Slug};
use crate::site::{
    Chairpersonship, Introduced, Introduction, NameKind, SiteDefinition, Structure, StructureKind,
    StructureName, Term, did_you_mean,
};
use crate::text::closest;

/// The flat taxonomies an administrator can add to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TermTaxonomy {
    FieldOfWork,
    Meeting,
}

impl TermTaxonomy {
    pub fn label(self) -> &'static str {
        match self {
            TermTaxonomy::FieldOfWork => "field of work",
            TermTaxonomy::Meeting => "meeting series",
        }
    }

    fn name_kind(self) -> NameKind {
        match self {
            TermTaxonomy::FieldOfWork => NameKind::FieldOfWork,
            TermTaxonomy::Meeting => NameKind::Meeting,
        }
    }
}

/// One change to the site definition.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "change", rename_all = "kebab-case", deny_unknown_fields)]
pub enum SiteChange {
    /// A new entry of a flat taxonomy.
    AddTerm {
        taxonomy: TermTaxonomy,
        slug: Slug,
        name: String,
        /// The name in the other languages of the site.
        #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
        names: BTreeMap<String, String>,
    },
    /// A structure that opens on `opened` (a new field operation, a new unit).
    OpenStructure {
        slug: Slug,
        kind: StructureKind,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        parent: Option<Slug>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        country: Option<Slug>,
        opened: HistDate,
        name: String,
        /// The full form shown as a source, when it is not the prefix and the name.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        source: Option<String>,
        #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
        translations: BTreeMap<String, String>,
    },
    /// A new name from a date on; items dated before keep the name they were published under.
    RenameStructure {
        slug: Slug,
        from: HistDate,
        name: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        source: Option<String>,
        #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
        translations: BTreeMap<String, String>,
    },
    /// The structure closes on `closed` (its last day); its items stay, marked "(closed)".
    CloseStructure { slug: Slug, closed: HistDate },
    /// Takes back a closing (it was announced by mistake, or the structure resumed work).
    ReopenStructure { slug: Slug },
    /// The participating State chairing the organization in `year`.
    SetChairpersonship { year: i16, country: Slug },
    /// The introduction of an entry in one language, in place of the one it had.
    SetIntroduction {
        of: Introduced,
        slug: Slug,
        language: LanguageCode,
        intro: Introduction,
    },
    /// The entry has no introduction in that language any more.
    ClearIntroduction {
        of: Introduced,
        slug: Slug,
        language: LanguageCode,
    },
}

/// A stored change that did not apply to the definition, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SkippedChange {
    pub seq: i64,
    pub reason: String,
}

const MAX_NAME: usize = 200;

impl SiteChange {
    /// The structure whose names change (the items filed under it are indexed by them).
    pub fn renamed_structure(&self) -> Option<&Slug> {
        match self {
            SiteChange::RenameStructure { slug, .. } => Some(slug),
            _ => None,
        }
    }

    /// The slug of the entry the change concerns, to link to it.
    pub fn subject(&self) -> String {
        match self {
            SiteChange::AddTerm { slug, .. }
            | SiteChange::OpenStructure { slug, .. }
            | SiteChange::RenameStructure { slug, .. }
            | SiteChange::CloseStructure { slug, .. }
            | SiteChange::ReopenStructure { slug }
            | SiteChange::SetIntroduction { slug, .. }
            | SiteChange::ClearIntroduction { slug, .. } => slug.to_string(),
            SiteChange::SetChairpersonship { year, .. } => year.to_string(),
        }
    }

    /// Whether the change concerns the structure `slug` (its history lists it).
    pub fn concerns_structure(&self, slug: &str) -> bool {
        let of_structure = match self {
            SiteChange::AddTerm { .. } | SiteChange::SetChairpersonship { .. } => false,
            SiteChange::SetIntroduction { of, .. } | SiteChange::ClearIntroduction { of, .. } => {
                *of == Introduced::Structure
            }
            _ => true,
        };
        of_structure && self.subject() == slug
    }
}

impl fmt::Display for SiteChange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SiteChange::AddTerm {
                taxonomy,
                slug,
                name,
                ..
            } => write!(f, "added the {} “{name}” ({slug})", taxonomy.label()),
            SiteChange::OpenStructure {
                slug, name, opened, ..
            } => write!(f, "opened “{name}” ({slug}) on {opened}"),
            SiteChange::RenameStructure {
                slug, from, name, ..
            } => write!(f, "renamed {slug} “{name}” from {from}"),
            SiteChange::CloseStructure { slug, closed } => write!(f, "closed {slug} on {closed}"),
            SiteChange::ReopenStructure { slug } => write!(f, "reopened {slug}"),
            SiteChange::SetChairpersonship { year, country } => {
                write!(f, "set the chairpersonship of {year} to {country}")
            }
            SiteChange::SetIntroduction {
                of, slug, language, ..
            } => write!(
                f,
                "set the introduction of the {} {slug} in {language}",
                of.label()
            ),
            SiteChange::ClearIntroduction { of, slug, language } => write!(
                f,
                "removed the introduction of the {} {slug} in {language}",
                of.label()
            ),
        }
    }
}

impl SiteDefinition {
    /// The definition with a new `change` applied, or why it cannot be: every rule holds.
    pub fn with_change(&self, change: &SiteChange) -> Result<SiteDefinition, String> {
        self.apply(change, true)
    }

    /// `change` applied. `strict` checks every rule; a stored change is replayed with only
    /// the rules without which the definition would not hold together (a slug used twice,
    /// an unknown entry, names out of order), so that a rule made stricter later does not
    /// drop a change it accepted then.
    fn apply(&self, change: &SiteChange, strict: bool) -> Result<SiteDefinition, String> {
        let mut next = self.clone();
        match change {
            SiteChange::AddTerm {
                taxonomy,
                slug,
                name,
                names,
            } => {
                let existing = match taxonomy {
                    TermTaxonomy::FieldOfWork => self.field(slug.as_str()),
                    TermTaxonomy::Meeting => self.meeting(slug.as_str()),
                };
                if let Some(t) = existing {
                    return Err(format!(
                        "the {} '{slug}' exists already (“{}”)",
                        taxonomy.label(),
                        t.name
                    ));
                }
                let name = self.check_name(name)?;
                let names = self.check_translations(names)?;
                for n in std::iter::once(slug.as_str())
                    .chain(std::iter::once(name.as_str()))
                    .chain(names.values().map(String::as_str))
                {
                    if let Some(other) = self.entry_named(taxonomy.name_kind(), n)
                        && strict
                    {
                        return Err(format!(
                            "“{n}” already names the {} '{other}'",
                            taxonomy.label()
                        ));
                    }
                }
                let term = Term {
                    slug: slug.clone(),
                    name,
                    names,
                    aliases: Vec::new(),
                    plural: None,
                };
                match taxonomy {
                    TermTaxonomy::FieldOfWork => next.fields.push(term),
                    TermTaxonomy::Meeting => next.meetings.push(term),
                }
            }
            SiteChange::OpenStructure {
                slug,
                kind,
                parent,
                country,
                opened,
                name,
                source,
                translations,
            } => {
                if let Some(s) = self.structure(slug.as_str()) {
                    return Err(format!(
                        "the structure '{slug}' exists already (“{}”)",
                        s.current_name().name
                    ));
                }
                if let Some(p) = parent {
                    let parent = self.known_structure(p.as_str())?;
                    let parent_name = &parent.current_name().name;
                    if let Some(c) = parent.closed
                        && strict
                    {
                        return Err(if c.last_day() < opened.first_day {
                            format!("its parent “{parent_name}” is closed by {opened}")
                        } else {
                            format!(
                                "its parent “{parent_name}” closes on {c}; reopen it first, or open this one elsewhere"
                            )
                        });
                    }
                    if let Some(o) = parent.opened
                        && opened.first_day < o.first_day
                        && strict
                    {
                        return Err(format!(
                            "its parent “{parent_name}” opened only in {o}, after {opened}"
                        ));
                    }
                }
                if let Some(c) = country {
                    match self.country(c.as_str()) {
                        None => {
                            let hint = closest(
                                c.as_str(),
                                self.countries.iter().map(|c| c.slug.as_str()),
                                1,
                            );
                            return Err(format!("unknown country '{c}'{}", did_you_mean(&hint)));
                        }
                        Some(known) if known.dissolved.is_some() && strict => {
                            return Err(format!("{} no longer exists", known.name));
                        }
                        Some(_) => {}
                    }
                }
                let name = self.check_name(name)?;
                let source = self.check_source(source.as_deref())?;
                let translations = self.check_translations(translations)?;
                for n in std::iter::once(slug.as_str())
                    .chain(std::iter::once(name.as_str()))
                    .chain(source.as_deref())
                    .chain(translations.values().map(String::as_str))
                {
                    if strict {
                        self.check_free_structure_name(n, None)?;
                    }
                }
                next.structures.push(Structure {
                    slug: slug.clone(),
                    kind: *kind,
                    parent: parent.clone(),
                    opened: Some(*opened),
                    closed: None,
                    country: country.clone(),
                    aliases: Vec::new(),
                    url_sections: Vec::new(),
                    names: vec![StructureName {
                        name,
                        from: None,
                        source,
                        translations,
                    }],
                    children: Vec::new(),
                    ancestors: Vec::new(),
                });
            }
            SiteChange::RenameStructure {
                slug,
                from,
                name,
                source,
                translations,
            } => {
                let s = self.known_structure(slug.as_str())?;
                let name = self.check_name(name)?;
                let current = s.current_name();
                if strict && self.same_name(&current.name, &name) {
                    return Err(format!("“{name}” is its name already"));
                }
                if let Some(since) = current.from.or(s.opened)
                    && from.first_day <= since.first_day
                {
                    return Err(format!(
                        "the new name must start after {since}, when “{}” {}",
                        current.name,
                        if current.from.is_some() {
                            "took effect"
                        } else {
                            "opened"
                        }
                    ));
                }
                if let Some(c) = s.closed
                    && c.last_day() < from.first_day
                    && strict
                {
                    return Err(format!("it closed on {c}, before {from}"));
                }
                let source = self.check_source(source.as_deref())?;
                let translations = self.check_translations(translations)?;
                for n in std::iter::once(name.as_str())
                    .chain(source.as_deref())
                    .chain(translations.values().map(String::as_str))
                {
                    if strict {
                        self.check_free_structure_name(n, Some(slug))?;
                    }
                }
                let renamed = StructureName {
                    name,
                    from: Some(*from),
                    source,
                    translations,
                };
                if let Some(i) = self.structure_index(slug.as_str()) {
                    next.structures[i].names.push(renamed);
                }
            }
            SiteChange::CloseStructure { slug, closed } => {
                let s = self.known_structure(slug.as_str())?;
                if let Some(c) = s.closed
                    && strict
                {
                    return Err(format!("it is closed already (on {c})"));
                }
                let latest = s.current_name().from.into_iter().chain(s.opened).max();
                if let Some(since) = latest
                    && closed.last_day() < since.first_day
                {
                    return Err(format!("it cannot close before {since}"));
                }
                let open_parts: Vec<String> = self
                    .children_of(s)
                    .filter(|c| c.closed.is_none_or(|cc| cc.last_day() > closed.last_day()))
                    .map(|c| format!("“{}”", c.current_name().name))
                    .collect();
                if strict && !open_parts.is_empty() {
                    return Err(format!(
                        "close its parts first: {} stay open after {closed}",
                        open_parts.join(", ")
                    ));
                }
                if let Some(i) = self.structure_index(slug.as_str()) {
                    next.structures[i].closed = Some(*closed);
                }
            }
            SiteChange::ReopenStructure { slug } => {
                let s = self.known_structure(slug.as_str())?;
                if strict && s.closed.is_none() {
                    return Err("it is not closed".into());
                }
                if let Some(p) = self.parent_of(s)
                    && let Some(c) = p.closed
                    && strict
                {
                    return Err(format!(
                        "its parent “{}” is closed (on {c}); reopen it first",
                        p.current_name().name
                    ));
                }
                if let Some(i) = self.structure_index(slug.as_str()) {
                    next.structures[i].closed = None;
                }
            }
            SiteChange::SetChairpersonship { year, country } => {
                if !(1975..=2200).contains(year) {
                    return Err(format!("{year} is not a year of the organization"));
                }
                let Some(c) = self.country(country.as_str()) else {
                    let hint = closest(
                        country.as_str(),
                        self.countries.iter().map(|c| c.slug.as_str()),
                        1,
                    );
                    return Err(format!(
                        "unknown country '{country}'{}",
                        did_you_mean(&hint)
                    ));
                };
                if strict && c.dissolved.is_some_and(|d| d.first_day.year() <= *year) {
                    return Err(format!("{} no longer existed in {year}", c.name));
                }
                if let Some((_, chair)) = self.chairpersonship(*year)
                    && chair.slug == *country
                    && strict
                {
                    return Err(format!("{} chairs {year} already", chair.name));
                }
                next.chairpersonships.retain(|ch| ch.year != *year);
                next.chairpersonships.push(Chairpersonship {
                    year: *year,
                    country: country.clone(),
                });
                next.chairpersonships.sort_by_key(|ch| ch.year);
            }
            SiteChange::SetIntroduction {
                of,
                slug,
                language,
                intro,
            } => {
                self.check_introduced(*of, slug.as_str())?;
                self.check_site_language(language.as_str())?;
                let intro = if strict {
                    let checked = intro.checked(*of)?;
                    if self.introduction(*of, slug.as_str(), language.as_str()) == Some(&checked) {
                        return Err(format!("this is its introduction in '{language}' already"));
                    }
                    checked
                } else {
                    // Tidied as when it was made; kept as stored if a rule made stricter
                    // since refuses it.
                    intro.checked(*of).unwrap_or_else(|_| intro.clone())
                };
                next.introductions
                    .entry((*of, slug.clone()))
                    .or_default()
                    .insert(language.clone(), intro);
                // Nothing else changed: the look-up tables stand.
                return Ok(next);
            }
            SiteChange::ClearIntroduction { of, slug, language } => {
                self.check_introduced(*of, slug.as_str())?;
                let key = (*of, slug.clone());
                let had = next
                    .introductions
                    .get_mut(&key)
                    .and_then(|by_language| by_language.remove(language));
                if had.is_none() && strict {
                    return Err(format!("it has no introduction in '{language}' to remove"));
                }
                if next.introductions.get(&key).is_some_and(|m| m.is_empty()) {
                    next.introductions.remove(&key);
                }
                return Ok(next);
            }
        }
        next.rebuild_index();
        Ok(next)
    }

    /// The definition with every stored change replayed in order (with the rules that keep
    /// the definition whole; see `apply`); the ones that do not apply are skipped and listed.
    pub fn with_changes<'a>(
        &self,
        changes: impl IntoIterator<Item = (i64, &'a SiteChange)>,
    ) -> (SiteDefinition, Vec<SkippedChange>) {
        let mut def = self.clone();
        let mut skipped = Vec::new();
        for (seq, change) in changes {
            match def.apply(change, false) {
                Ok(next) => def = next,
                Err(reason) => skipped.push(SkippedChange { seq, reason }),
            }
        }
        (def, skipped)
    }

    fn known_structure(&self, slug: &str) -> Result<&Structure, String> {
        self.structure(slug).ok_or_else(|| {
            let hint = closest(slug, self.structures.iter().map(|s| s.slug.as_str()), 1);
            format!("unknown structure '{slug}'{}", did_you_mean(&hint))
        })
    }

    fn check_name(&self, name: &str) -> Result<String, String> {
        let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
        if name.is_empty() {
            return Err("the name is empty".into());
        }
        if name.chars().count() > MAX_NAME {
            return Err(format!("the name is longer than {MAX_NAME} characters"));
        }
        if name.chars().any(char::is_control) {
            return Err("the name has control characters".into());
        }
        Ok(name)
    }

    fn check_source(&self, source: Option<&str>) -> Result<Option<String>, String> {
        match source.map(str::trim) {
            None | Some("") => Ok(None),
            Some(s) => self
                .check_name(s)
                .map(Some)
                .map_err(|e| format!("source form: {e}")),
        }
    }

    fn check_free_structure_name(&self, name: &str, own: Option<&Slug>) -> Result<(), String> {
        match self.entry_named(NameKind::Source, name) {
            Some(other) if Some(other) != own => {
                let shown = self
                    .structure(other.as_str())
                    .map_or_else(|| other.to_string(), |s| s.current_name().name.clone());
                Err(format!(
                    "“{name}” already names another structure (“{shown}”, '{other}')"
                ))
            }
            _ => Ok(()),
        }
    }

    fn check_translations(
        &self,
        names: &BTreeMap<String, String>,
    ) -> Result<BTreeMap<String, String>, String> {
        let default = self.organization.default_language.as_str();
        let mut out = BTreeMap::new();
        for (lang, text) in names {
            let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
            if text.is_empty() {
                continue;
            }
            if lang == default || self.language(lang).is_none() {
                let others: Vec<&str> = self
                    .organization
                    .languages
                    .iter()
                    .map(|l| l.code.as_str())
                    .filter(|c| *c != default)
                    .collect();
                return Err(format!(
                    "a name in '{lang}': translations are in {}",
                    others.join(", ")
                ));
            }
            let checked = self
                .check_name(&text)
                .map_err(|e| format!("the name in '{lang}': {e}"))?;
            out.insert(lang.clone(), checked);
        }
        Ok(out)
    }
}
