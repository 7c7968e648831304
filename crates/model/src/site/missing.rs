//! What the site definition does not name in each of its languages: the entries a page in
//! that language shows in the default language instead (marked with `lang`), for
//! `check-site` to list.

use super::{MenuEntry, SiteDefinition};

/// The entries of one kind that have no name in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MissingNames {
    /// The language's code ("ru").
    pub language: String,
    /// What is unnamed: "field of work", "country", "menu label"…
    pub kind: &'static str,
    /// How many entries of that kind the site has.
    pub of: usize,
    /// The slugs (or labels) of the entries without a name in the language.
    pub entries: Vec<String>,
}

impl SiteDefinition {
    /// For every language but the default, the entries of each kind that have no name in it,
    /// the interface languages first. Kinds named in full are left out.
    pub fn missing_names(&self) -> Vec<MissingNames> {
        let default = self.organization.default_language.as_str();
        let mut languages: Vec<_> = self
            .organization
            .languages
            .iter()
            .filter(|l| l.code.as_str() != default)
            .collect();
        languages.sort_by_key(|l| !l.interface);
        let mut out = Vec::new();
        for language in languages {
            let lang = language.code.as_str();
            let mut kind = |kind: &'static str, all: Vec<(String, bool)>| {
                let of = all.len();
                let entries: Vec<String> = all
                    .into_iter()
                    .filter(|(_, named)| !named)
                    .map(|(slug, _)| slug)
                    .collect();
                if !entries.is_empty() {
                    out.push(MissingNames {
                        language: lang.to_owned(),
                        kind,
                        of,
                        entries,
                    });
                }
            };
            let terms = |list: &[super::Term]| -> Vec<(String, bool)> {
                list.iter()
                    .map(|t| (t.slug.to_string(), t.names.contains_key(lang)))
                    .collect()
            };
            kind(
                "organization name",
                vec![(
                    "organization".to_owned(),
                    self.organization.translations.contains_key(lang),
                )],
            );
            kind("item type", terms(&self.item_types));
            kind("field of work", terms(&self.fields));
            kind("meeting series", terms(&self.meetings));
            kind(
                "country",
                self.countries
                    .iter()
                    .map(|c| (c.slug.to_string(), c.names.contains_key(lang)))
                    .collect(),
            );
            kind(
                "country group",
                self.country_groups
                    .iter()
                    .map(|g| (g.slug.to_string(), g.names.contains_key(lang)))
                    .collect(),
            );
            kind(
                "structure",
                self.structures
                    .iter()
                    .map(|s| {
                        let named = s.current_name().translation(lang).is_some();
                        (s.slug.to_string(), named)
                    })
                    .collect(),
            );
            kind(
                "page",
                self.pages
                    .iter()
                    .map(|p| (p.slug.to_string(), p.titles.contains_key(lang)))
                    .collect(),
            );
            kind("menu label", self.menu_labels(lang));
            kind(
                "glossary",
                vec![(
                    "glossary".to_owned(),
                    self.glossary.keys().any(|code| code.as_str() == lang),
                )],
            );
        }
        out
    }

    /// The labels the menus write themselves (sections, groups, links), and whether each has
    /// its text in `lang`. Entries named by the taxonomies are counted with them.
    fn menu_labels(&self, lang: &str) -> Vec<(String, bool)> {
        let mut labels = Vec::new();
        for section in &self.menus {
            labels.push((section.label.clone(), section.labels.contains_key(lang)));
            for group in &section.groups {
                if let Some(label) = &group.label {
                    labels.push((label.clone(), group.labels.contains_key(lang)));
                }
                for entry in &group.entries {
                    match entry {
                        MenuEntry::Structure {
                            label: Some(label),
                            labels: own,
                            ..
                        }
                        | MenuEntry::ClosedChildren {
                            label, labels: own, ..
                        }
                        | MenuEntry::Link {
                            label, labels: own, ..
                        } => labels.push((label.clone(), own.contains_key(lang))),
                        _ => {}
                    }
                }
            }
        }
        labels
    }
}
