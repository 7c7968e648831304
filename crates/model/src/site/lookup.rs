//! Looking things up in a site definition: entries by slug, chairpersonships, the
//! structure tree, filter values and names.

use std::collections::HashMap;

use jiff::civil::Date;

use crate::filter::{Dimension, FilterError};
use crate::ids::Slug;
use crate::text::{closest, normalize_name};

use super::types::*;

impl SiteDefinition {
    // --- look-ups ------------------------------------------------------------------------

    pub fn item_type(&self, slug: &str) -> Option<&Term> {
        Slug::parse(slug)
            .ok()
            .and_then(|s| self.index.item_types.get(&s))
            .map(|&i| &self.item_types[i])
    }

    pub fn field(&self, slug: &str) -> Option<&Term> {
        Slug::parse(slug)
            .ok()
            .and_then(|s| self.index.fields.get(&s))
            .map(|&i| &self.fields[i])
    }

    pub fn meeting(&self, slug: &str) -> Option<&Term> {
        Slug::parse(slug)
            .ok()
            .and_then(|s| self.index.meetings.get(&s))
            .map(|&i| &self.meetings[i])
    }

    pub fn country(&self, slug: &str) -> Option<&Country> {
        Slug::parse(slug)
            .ok()
            .and_then(|s| self.index.countries.get(&s))
            .map(|&i| &self.countries[i])
    }

    pub fn country_group(&self, slug: &str) -> Option<&CountryGroup> {
        Slug::parse(slug)
            .ok()
            .and_then(|s| self.index.country_groups.get(&s))
            .map(|&i| &self.country_groups[i])
    }

    pub fn countries_in_group<'a>(
        &'a self,
        group: &'a str,
    ) -> impl Iterator<Item = &'a Country> + 'a {
        self.countries
            .iter()
            .filter(move |c| c.group.as_ref().is_some_and(|g| g.as_str() == group))
    }

    pub fn structure_index(&self, slug: &str) -> Option<usize> {
        Slug::parse(slug)
            .ok()
            .and_then(|s| self.index.structures.get(&s).copied())
    }

    pub fn structure(&self, slug: &str) -> Option<&Structure> {
        self.structure_index(slug).map(|i| &self.structures[i])
    }

    pub fn page(&self, slug: &str) -> Option<&Page> {
        Slug::parse(slug)
            .ok()
            .and_then(|s| self.index.pages.get(&s))
            .map(|&i| &self.pages[i])
    }

    pub fn language(&self, code: &str) -> Option<&Language> {
        self.organization
            .languages
            .iter()
            .find(|l| l.code.as_str() == code)
    }

    pub fn glossary_for(&self, lang: &str) -> &[GlossaryEntry] {
        self.glossary
            .iter()
            .find(|(l, _)| l.as_str() == lang)
            .map(|(_, e)| e.as_slice())
            .unwrap_or(&[])
    }

    /// Today's date in the organization's time zone.
    pub fn today(&self, now: jiff::Timestamp) -> Date {
        self.organization.time_zone.to_datetime(now).date()
    }

    // --- chairpersonship ----------------------------------------------------------------

    pub fn chairpersonship(&self, year: i16) -> Option<(&Chairpersonship, &Country)> {
        let ch = &self.chairpersonships[*self.index.chair_by_year.get(&year)?];
        Some((ch, self.country(ch.country.as_str())?))
    }

    /// The chairpersonship in force at `now`, read in the organization's time zone.
    pub fn current_chairpersonship(
        &self,
        now: jiff::Timestamp,
    ) -> Option<(&Chairpersonship, &Country)> {
        self.chairpersonship(self.today(now).year())
    }

    /// "Switzerland – OSCE Chairpersonship 2026".
    pub fn chairpersonship_label(&self, ch: &Chairpersonship, country: &Country) -> String {
        format!(
            "{} – {} Chairpersonship {}",
            country.name, self.organization.short_name, ch.year
        )
    }

    // --- structures ---------------------------------------------------------------------

    /// How a structure is shown as the source of an item dated `item_date`, seen on `today`:
    /// the name it had then, and "(closed)" if it is closed now.
    pub fn source_label(&self, s: &Structure, item_date: Date, today: Date) -> String {
        self.source_label_in(
            s,
            item_date,
            today,
            self.organization.default_language.as_str(),
        )
    }

    /// [`source_label`](Self::source_label) for an item written in `lang`: the translation
    /// of the name in force then, when the site gives one, otherwise the name in the default
    /// language. "(closed)" is written as in the rest of the site's interface.
    pub fn source_label_in(
        &self,
        s: &Structure,
        item_date: Date,
        today: Date,
        lang: &str,
    ) -> String {
        let name = s.name_at(item_date);
        let mut label = match (name.translation(lang), &name.source) {
            (Some(translated), _) => translated.to_owned(),
            (None, Some(full)) => full.clone(),
            (None, None) if self.organization.source_prefix.is_empty() => name.name.clone(),
            (None, None) => format!("{} {}", self.organization.source_prefix, name.name),
        };
        if s.is_closed_on(today) {
            label.push_str(" (closed)");
        }
        label
    }

    pub fn children_of(&self, s: &Structure) -> impl Iterator<Item = &Structure> {
        s.children.iter().map(|&i| &self.structures[i])
    }

    pub fn parent_of(&self, s: &Structure) -> Option<&Structure> {
        s.ancestors.first().map(|&i| &self.structures[i])
    }

    /// The slugs of a structure and all its ancestors (a filter on an ancestor matches).
    pub fn structure_with_ancestors(&self, idx: usize) -> impl Iterator<Item = &Slug> {
        std::iter::once(idx)
            .chain(self.structures[idx].ancestors.iter().copied())
            .map(|i| &self.structures[i].slug)
    }

    // --- filters ------------------------------------------------------------------------

    /// Checks a filter value and returns its canonical form.
    pub fn check_filter_value(&self, dim: Dimension, value: &str) -> Result<String, FilterError> {
        let known = match dim {
            Dimension::Year => {
                return if value.len() == 4 && value.bytes().all(|b| b.is_ascii_digit()) {
                    Ok(value.to_owned())
                } else {
                    Err(FilterError::BadYear {
                        value: crate::text::shown(value),
                    })
                };
            }
            _ if crate::text::too_long_for_a_name(value) => {
                return Err(FilterError::UnknownValue {
                    dimension: dim,
                    value: crate::text::shown(value),
                    suggestions: Vec::new(),
                });
            }
            Dimension::Type => self.item_type(value).is_some(),
            Dimension::Language => self.language(value).is_some(),
            Dimension::FieldOfWork => self.field(value).is_some(),
            Dimension::Country => self.country(value).is_some(),
            Dimension::Source => self.structure(value).is_some(),
            Dimension::Meeting => self.meeting(value).is_some(),
        };
        if known {
            return Ok(value.to_owned());
        }
        let candidates = self.vocabulary(dim);
        let suggestions = closest(value, candidates.into_iter(), 3)
            .into_iter()
            .map(str::to_owned)
            .collect();
        Err(FilterError::UnknownValue {
            dimension: dim,
            value: crate::text::shown(value),
            suggestions,
        })
    }

    /// The values a dimension's filter can take (the slugs of its vocabulary; none for
    /// years, which are checked by their form).
    pub fn vocabulary(&self, dim: Dimension) -> Vec<&str> {
        match dim {
            Dimension::Type => self.item_types.iter().map(|t| t.slug.as_str()).collect(),
            Dimension::Language => self
                .organization
                .languages
                .iter()
                .map(|l| l.code.as_str())
                .collect(),
            Dimension::FieldOfWork => self.fields.iter().map(|t| t.slug.as_str()).collect(),
            Dimension::Country => self.countries.iter().map(|c| c.slug.as_str()).collect(),
            Dimension::Source => self.structures.iter().map(|s| s.slug.as_str()).collect(),
            Dimension::Meeting => self.meetings.iter().map(|t| t.slug.as_str()).collect(),
            Dimension::Year => Vec::new(),
        }
    }

    /// The label of a filter value (for facet lists and headings).
    pub fn filter_value_label(&self, dim: Dimension, value: &str, today: Date) -> String {
        let label = match dim {
            Dimension::Type => self.item_type(value).map(|t| t.name.clone()),
            Dimension::Language => self.language(value).map(|l| l.name.clone()),
            Dimension::FieldOfWork => self.field(value).map(|t| t.name.clone()),
            Dimension::Country => self.country(value).map(|c| c.name.clone()),
            Dimension::Meeting => self.meeting(value).map(|t| t.name.clone()),
            Dimension::Source => self.structure(value).map(|s| {
                let mut name = s.current_name().name.clone();
                if s.is_closed_on(today) {
                    name.push_str(" (closed)");
                }
                name
            }),
            Dimension::Year => None,
        };
        label.unwrap_or_else(|| value.to_owned())
    }

    // --- names --------------------------------------------------------------------------

    /// The key a name is matched by: normalized (case, spacing, punctuation), without the
    /// organization's prefix and a trailing "(closed)".
    pub(super) fn name_key(&self, name: &str) -> String {
        let mut n = normalize_name(name);
        if let Some(stripped) = n.strip_suffix(" closed") {
            n = stripped.to_owned();
        }
        let prefix = normalize_name(&self.organization.source_prefix);
        if !prefix.is_empty()
            && let Some(stripped) = n.strip_prefix(&format!("{prefix} "))
        {
            n = stripped.to_owned();
        }
        n
    }

    pub(super) fn name_index(&self) -> HashMap<(NameKind, String), Slug> {
        let mut map = HashMap::new();
        let mut add = |kind: NameKind, name: &str, slug: &Slug| {
            let key = self.name_key(name);
            if !key.is_empty() {
                map.entry((kind, key)).or_insert_with(|| slug.clone());
            }
        };
        let terms = [
            (NameKind::Type, &self.item_types),
            (NameKind::FieldOfWork, &self.fields),
            (NameKind::Meeting, &self.meetings),
        ];
        for (kind, list) in terms {
            for t in list {
                add(kind, t.slug.as_str(), &t.slug);
                add(kind, &t.name, &t.slug);
                for n in t.names.values().chain(&t.aliases).chain(t.plural.iter()) {
                    add(kind, n, &t.slug);
                }
            }
        }
        for c in &self.countries {
            add(NameKind::Country, c.slug.as_str(), &c.slug);
            add(NameKind::Country, &c.name, &c.slug);
            for n in c.names.values().chain(&c.aliases).chain(c.iso.iter()) {
                add(NameKind::Country, n, &c.slug);
            }
        }
        for st in &self.structures {
            add(NameKind::Source, st.slug.as_str(), &st.slug);
            for n in &st.names {
                add(NameKind::Source, &n.name, &st.slug);
                for full in n.source.iter().chain(n.translations.values()) {
                    add(NameKind::Source, full, &st.slug);
                }
            }
            for a in &st.aliases {
                add(NameKind::Source, a, &st.slug);
            }
        }
        map
    }

    /// The entry a name refers to: any current or former name, translation, alias or slug,
    /// in any case and spacing, with or without the organization's prefix and "(closed)".
    /// On failure, the closest known names.
    pub fn resolve_name(&self, kind: NameKind, name: &str) -> Result<Slug, Vec<String>> {
        if crate::text::too_long_for_a_name(name) {
            return Err(Vec::new());
        }
        if let Some(slug) = self.index.names.get(&(kind, self.name_key(name))) {
            return Ok(slug.clone());
        }
        let key = self.name_key(name);
        let candidates: Vec<&str> = self
            .index
            .names
            .keys()
            .filter(|(k, _)| *k == kind)
            .map(|(_, n)| n.as_str())
            .collect();
        let close = closest(&key, candidates.into_iter(), 3);
        Err(close
            .into_iter()
            .filter_map(|n| self.index.names.get(&(kind, n.to_owned())))
            .map(|slug| self.display_name(kind, slug))
            .fold(Vec::new(), |mut v, n| {
                if !v.contains(&n) {
                    v.push(n);
                }
                v
            }))
    }

    pub(super) fn display_name(&self, kind: NameKind, slug: &Slug) -> String {
        let s = slug.as_str();
        let name = match kind {
            NameKind::Type => self.item_type(s).map(|t| t.name.clone()),
            NameKind::FieldOfWork => self.field(s).map(|t| t.name.clone()),
            NameKind::Meeting => self.meeting(s).map(|t| t.name.clone()),
            NameKind::Country => self.country(s).map(|c| c.name.clone()),
            NameKind::Source => self.structure(s).map(|st| st.current_name().name.clone()),
        };
        name.unwrap_or_else(|| s.to_owned())
    }

    /// Finds a structure by any of its names (current or former, in any language of the
    /// site, with or without the prefix, any case and spacing, "(closed)" ignored), an alias
    /// or its slug.
    pub fn find_structure_by_name(&self, name: &str) -> Option<&Structure> {
        self.resolve_name(NameKind::Source, name)
            .ok()
            .and_then(|slug| self.structure(slug.as_str()))
    }
}
