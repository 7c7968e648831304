//! The glossary: abbreviations and their expansions, by language.

use serde::Deserialize;

use super::SiteDefinition;

#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct GlossaryEntry {
    pub abbr: String,
    pub expansion: String,
}

impl SiteDefinition {
    pub fn glossary_for(&self, lang: &str) -> &[GlossaryEntry] {
        self.glossary
            .iter()
            .find(|(l, _)| l.as_str() == lang)
            .map(|(_, e)| e.as_slice())
            .unwrap_or(&[])
    }
}
