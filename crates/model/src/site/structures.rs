//! The organization's structures over time: their kinds, when they opened and closed, the
//! names they had (and their translations), their place in the tree, and how one is shown
//! as the source of an item.

use std::collections::BTreeMap;

use jiff::civil::Date;
use serde::Deserialize;

use super::SiteDefinition;
use crate::date::HistDate;
use crate::ids::Slug;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum StructureKind {
    Chairpersonship,
    Secretariat,
    Unit,
    Group,
    Institution,
    FieldOperation,
    ParliamentaryAssembly,
    Court,
}

impl StructureKind {
    pub const ALL: [StructureKind; 8] = [
        StructureKind::Chairpersonship,
        StructureKind::Secretariat,
        StructureKind::Unit,
        StructureKind::Group,
        StructureKind::Institution,
        StructureKind::FieldOperation,
        StructureKind::ParliamentaryAssembly,
        StructureKind::Court,
    ];

    /// The name used in site files and forms ("field-operation").
    pub fn code(self) -> &'static str {
        match self {
            StructureKind::Chairpersonship => "chairpersonship",
            StructureKind::Secretariat => "secretariat",
            StructureKind::Unit => "unit",
            StructureKind::Group => "group",
            StructureKind::Institution => "institution",
            StructureKind::FieldOperation => "field-operation",
            StructureKind::ParliamentaryAssembly => "parliamentary-assembly",
            StructureKind::Court => "court",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            StructureKind::Chairpersonship => "Chairpersonship",
            StructureKind::Secretariat => "Secretariat",
            StructureKind::Unit => "Secretariat unit",
            StructureKind::Group => "Group of structures",
            StructureKind::Institution => "Institution",
            StructureKind::FieldOperation => "Field operation",
            StructureKind::ParliamentaryAssembly => "Parliamentary Assembly",
            StructureKind::Court => "Court",
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StructureName {
    pub name: String,
    /// When this name took effect; `None` on the first name (it starts with the structure).
    #[serde(default)]
    pub from: Option<HistDate>,
    /// The full form shown as a source, when it is not the prefix followed by the name.
    #[serde(default)]
    pub source: Option<String>,
    /// This name in the other languages of the site, by language code, each written in full
    /// as it is shown as a source in that language: the organization's name has its own
    /// place in each language ("Секретариат ОБСЕ", "Secrétariat de l'OSCE", "OSZE-Sekretariat"),
    /// so no prefix is added to a translation.
    #[serde(default)]
    pub translations: BTreeMap<String, String>,
}

impl StructureName {
    /// The name in `lang` as shown as a source, when the site translates it.
    pub fn translation(&self, lang: &str) -> Option<&str> {
        self.translations.get(lang).map(String::as_str)
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Structure {
    pub slug: Slug,
    pub kind: StructureKind,
    #[serde(default)]
    pub parent: Option<Slug>,
    #[serde(default)]
    pub opened: Option<HistDate>,
    #[serde(default)]
    pub closed: Option<HistDate>,
    #[serde(default)]
    pub country: Option<Slug>,
    #[serde(default)]
    pub aliases: Vec<String>,
    /// The sections of the organization's old website that were this structure's
    /// ("odihr" for `https://www.osce.org/odihr/…`): a saved page whose address is under one
    /// and that names no source is this structure's.
    #[serde(default)]
    pub url_sections: Vec<String>,
    /// Oldest first; the last is the current name.
    pub names: Vec<StructureName>,
    #[serde(skip)]
    pub children: Vec<usize>,
    #[serde(skip)]
    pub ancestors: Vec<usize>,
}

impl Structure {
    pub fn current_name(&self) -> &StructureName {
        // Validation guarantees at least one name.
        &self.names[self.names.len() - 1]
    }

    /// The name in force on `date`.
    pub fn name_at(&self, date: Date) -> &StructureName {
        self.names
            .iter()
            .rev()
            .find(|n| n.from.is_none_or(|f| f.first_day <= date))
            .unwrap_or(&self.names[0])
    }

    /// Closed on `date`: the closing date (its last possible day) is before `date`.
    pub fn is_closed_on(&self, date: Date) -> bool {
        self.closed.is_some_and(|c| c.last_day() < date)
    }

    /// Open on `date`: opened (or of unknown opening) and not closed.
    pub fn is_open_on(&self, date: Date) -> bool {
        self.opened.is_none_or(|o| o.first_day <= date) && !self.is_closed_on(date)
    }

    /// Names that were in force before the current one (newest first).
    pub fn former_names(&self) -> impl Iterator<Item = &StructureName> {
        self.names.iter().rev().skip(1)
    }
}

impl SiteDefinition {
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

    /// [`source_label`](Self::source_label) for an item written in `lang`, with "(closed)"
    /// in English: pages write that mark in their own language around
    /// [`source_name_in`](Self::source_name_in).
    pub fn source_label_in(
        &self,
        s: &Structure,
        item_date: Date,
        today: Date,
        lang: &str,
    ) -> String {
        let mut label = self.source_name_in(s, item_date, lang);
        if s.is_closed_on(today) {
            label.push_str(" (closed)");
        }
        label
    }

    /// The name of a structure as the source of an item written in `lang` on `item_date`:
    /// the translation of the name in force then, when the site gives one, otherwise the name
    /// in the default language.
    pub fn source_name_in(&self, s: &Structure, item_date: Date, lang: &str) -> String {
        let name = s.name_at(item_date);
        match (name.translation(lang), &name.source) {
            (Some(translated), _) => translated.to_owned(),
            (None, Some(full)) => full.clone(),
            (None, None) if self.organization.source_prefix.is_empty() => name.name.clone(),
            (None, None) => format!("{} {}", self.organization.source_prefix, name.name),
        }
    }

    /// A structure's current name in `lang`: its translation where the site gives one,
    /// otherwise the name in the default language, with the language it is written in.
    pub fn structure_name_in<'a>(&'a self, s: &'a Structure, lang: &'a str) -> (&'a str, &'a str) {
        let name = s.current_name();
        match name.translation(lang) {
            Some(t) => (t, lang),
            None => (&name.name, self.organization.default_language.as_str()),
        }
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
}
