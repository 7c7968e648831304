//! The names an entry answers to (current and former names, translations, aliases, slugs),
//! compared as imports compare them, and the resolution of a name to its entry.

use std::collections::HashMap;

use super::{SiteDefinition, Structure};
use crate::ids::Slug;
use crate::text::{closest, normalize_name};

/// The kinds of entries an imported name can refer to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NameKind {
    Type,
    FieldOfWork,
    Country,
    Meeting,
    Source,
}

impl NameKind {
    pub fn label(self) -> &'static str {
        match self {
            NameKind::Type => "type",
            NameKind::FieldOfWork => "field of work",
            NameKind::Country => "country",
            NameKind::Meeting => "meeting series",
            NameKind::Source => "source",
        }
    }
}

impl SiteDefinition {
    /// The key a name is matched by: normalized (case, spacing, punctuation), without the
    /// organization's prefix and a trailing "(closed)".
    fn name_key(&self, name: &str) -> String {
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

    fn display_name(&self, kind: NameKind, slug: &Slug) -> String {
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

    /// Whether two names are the same as imports compare them (case, spacing, punctuation,
    /// the organization's prefix).
    pub fn same_name(&self, a: &str, b: &str) -> bool {
        self.name_key(a) == self.name_key(b)
    }

    /// The entry of `kind` that already answers to `name` (a name, former name,
    /// translation, alias or slug, compared as imports compare them).
    pub fn entry_named(&self, kind: NameKind, name: &str) -> Option<&Slug> {
        self.index.names.get(&(kind, self.name_key(name)))
    }
}
