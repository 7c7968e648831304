//! The input of a site definition (the text of its files) and the problems found in it.

use std::fmt;

/// The text of each file of a site definition, named by its path inside the site folder
/// (`structures.toml`, `glossary/en.toml`, `content/minsk.toml`).
#[derive(Debug, Clone, Default)]
pub struct SiteSources {
    /// A label for the folder in messages, e.g. `site/osce`.
    pub root: String,
    pub files: Vec<(String, String)>,
}

/// One problem found in a site definition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    /// The entry concerned, e.g. `structure 'office-in-minsk'`; empty for the whole file.
    pub entry: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.entry.is_empty() {
            write!(f, "{}: {}", self.file, self.message)
        } else {
            write!(f, "{}: {}: {}", self.file, self.entry, self.message)
        }
    }
}

/// Every problem found in a site definition (never empty).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct SiteError {
    pub problems: Vec<Problem>,
}

impl fmt::Display for SiteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "the site definition has {} problem(s):",
            self.problems.len()
        )?;
        for p in &self.problems {
            writeln!(f, "  {p}")?;
        }
        Ok(())
    }
}
