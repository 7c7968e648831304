//! Introductions of the site's entries: what a structure, a field of work or a country is,
//! in a few plain-text paragraphs per language, and for a structure who heads it, where it is
//! and how to reach it and its press office. They are read from `introductions.toml` and
//! changed by administrators in the workspace; each is checked by [`Introduction::checked`].

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{SiteDefinition, Structure};
use crate::ids::{LanguageCode, Slug};

/// The longest description, in characters.
pub const MAX_DESCRIPTION: usize = 4_000;
/// The longest line (a head's title or name, a line of an address, a press contact's name).
pub const MAX_LINE: usize = 200;
/// The most lines an address has.
pub const MAX_ADDRESS_LINES: usize = 8;
/// The longest web address.
const MAX_URL: usize = 500;
/// The longest e-mail address (RFC 5321's limit on a path).
const MAX_EMAIL: usize = 254;

/// The kinds of entries that have introductions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Introduced {
    Structure,
    FieldOfWork,
    Country,
}

impl Introduced {
    pub const ALL: [Introduced; 3] = [
        Introduced::Structure,
        Introduced::FieldOfWork,
        Introduced::Country,
    ];

    /// How an entry of this kind is named in messages ("field of work").
    pub fn label(self) -> &'static str {
        match self {
            Introduced::Structure => "structure",
            Introduced::FieldOfWork => "field of work",
            Introduced::Country => "country",
        }
    }

    /// The first segment of the public pages of this kind's entries ("fields-of-work"),
    /// which the workspace's addresses of introductions use too.
    pub fn segment(self) -> &'static str {
        match self {
            Introduced::Structure => "structures",
            Introduced::FieldOfWork => "fields-of-work",
            Introduced::Country => "countries",
        }
    }

    /// The kind whose pages are under `segment`.
    pub fn from_segment(segment: &str) -> Option<Introduced> {
        Introduced::ALL.into_iter().find(|k| k.segment() == segment)
    }
}

/// Who heads a structure: the title of the office ("Head of Mission", "Director"), and the
/// name of the person holding it when the site gives one.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Head {
    pub title: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
}

/// Where journalists ask a structure's questions: an office or a role ("Press and Public
/// Information Section"), with its e-mail address and telephone (at least one of them).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PressContact {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
}

/// The introduction of an entry in one language. The description is plain text, its
/// paragraphs separated by blank lines; pages show it as text, never as markup. The head,
/// address, contacts and press contact are a structure's only.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Introduction {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub head: Option<Head>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub address: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub web: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub press: Option<PressContact>,
}

/// The introductions of the site, by entry and language.
pub type Introductions = BTreeMap<(Introduced, Slug), BTreeMap<LanguageCode, Introduction>>;

impl Introduction {
    /// The description's paragraphs, each on one line.
    pub fn paragraphs(&self) -> impl Iterator<Item = &str> {
        self.description
            .split("\n\n")
            .map(str::trim)
            .filter(|p| !p.is_empty())
    }

    /// Whether it says anything besides its description: a head, an address or a contact.
    pub fn has_contacts(&self) -> bool {
        self.head.is_some()
            || !self.address.is_empty()
            || self.phone.is_some()
            || self.email.is_some()
            || self.web.is_some()
            || self.press.is_some()
    }

    /// The introduction tidied (paragraphs on one line each, blank fields dropped, spaces
    /// collapsed) once every rule holds, or the first rule it breaks.
    pub fn checked(&self, of: Introduced) -> Result<Introduction, String> {
        let description = description(&self.description)?;
        let head = match &self.head {
            None => None,
            Some(h) => {
                let title = line(&h.title, "the head's title")?;
                let name = line(&h.name, "the head's name")?;
                match (title.is_empty(), name.is_empty()) {
                    (true, true) => None,
                    (true, false) => return Err("the head needs the title of the office".into()),
                    _ => Some(Head { title, name }),
                }
            }
        };
        let mut address = Vec::new();
        for l in &self.address {
            let l = line(l, "a line of the address")?;
            if !l.is_empty() {
                address.push(l);
            }
        }
        if address.len() > MAX_ADDRESS_LINES {
            return Err(format!(
                "the address has more than {MAX_ADDRESS_LINES} lines"
            ));
        }
        let phone = optional(self.phone.as_deref(), check_phone)?;
        let email = optional(self.email.as_deref(), check_email)?;
        let web = optional(self.web.as_deref(), check_web)?;
        let press = match &self.press {
            None => None,
            Some(p) => {
                let name = line(&p.name, "the press contact's name")?;
                let email = optional(p.email.as_deref(), check_email)
                    .map_err(|e| format!("the press contact's {e}"))?;
                let phone = optional(p.phone.as_deref(), check_phone)
                    .map_err(|e| format!("the press contact's {e}"))?;
                match (name.is_empty(), email.is_none() && phone.is_none()) {
                    (true, true) => None,
                    (true, false) => {
                        return Err("the press contact needs a name (an office or a role)".into());
                    }
                    (false, true) => {
                        return Err(
                            "the press contact needs an e-mail address or a telephone".into()
                        );
                    }
                    (false, false) => Some(PressContact { name, email, phone }),
                }
            }
        };
        let intro = Introduction {
            description,
            head,
            address,
            phone,
            email,
            web,
            press,
        };
        if of != Introduced::Structure && intro.has_contacts() {
            return Err(format!(
                "only a structure's introduction has a head, an address and contacts, not a {}'s",
                of.label()
            ));
        }
        if intro.description.is_empty() && !intro.has_contacts() {
            return Err("the introduction is empty: it needs a description or contacts".into());
        }
        Ok(intro)
    }
}

/// `text` as paragraphs separated by one blank line, each paragraph's lines joined.
fn description(text: &str) -> Result<String, String> {
    // Bounded before any work: a description longer than this cannot become short enough.
    if text.len() > MAX_DESCRIPTION * 8 || text.chars().count() > MAX_DESCRIPTION * 2 {
        return Err(format!(
            "the description is longer than {MAX_DESCRIPTION} characters"
        ));
    }
    if text
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        return Err("the description has control characters".into());
    }
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut paragraphs = Vec::new();
    for block in text.split("\n\n") {
        let joined = block.split_whitespace().collect::<Vec<_>>().join(" ");
        if !joined.is_empty() {
            paragraphs.push(joined);
        }
    }
    let out = paragraphs.join("\n\n");
    if out.chars().count() > MAX_DESCRIPTION {
        return Err(format!(
            "the description is longer than {MAX_DESCRIPTION} characters"
        ));
    }
    Ok(out)
}

/// One line of text, its spaces collapsed (empty when blank).
fn line(text: &str, what: &str) -> Result<String, String> {
    if text.chars().any(char::is_control) {
        return Err(format!("{what} has control characters or line breaks"));
    }
    let out = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if out.chars().count() > MAX_LINE {
        return Err(format!("{what} is longer than {MAX_LINE} characters"));
    }
    Ok(out)
}

/// An optional value checked by `check`; blank is none.
fn optional(
    value: Option<&str>,
    check: fn(&str) -> Result<String, String>,
) -> Result<Option<String>, String> {
    match value.map(str::trim) {
        None | Some("") => Ok(None),
        Some(v) => check(v).map(Some),
    }
}

/// A telephone number as people write it: an optional `+`, then digits with spaces,
/// hyphens, dots, slashes or parentheses between them, 5 to 20 digits in all.
fn check_phone(text: &str) -> Result<String, String> {
    let shown = crate::text::shown(text);
    let digits = text.chars().filter(char::is_ascii_digit).count();
    let body = text.strip_prefix('+').unwrap_or(text);
    let ok = text.len() <= 40
        && (5..=20).contains(&digits)
        && body
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '.' | '/' | '(' | ')'));
    if ok {
        Ok(text.split_whitespace().collect::<Vec<_>>().join(" "))
    } else {
        Err(format!(
            "telephone '{shown}' is not a telephone number (digits, spaces and + - . / ( ), e.g. +43 1 514 36 6000)"
        ))
    }
}

/// An e-mail address: one `@` between a local part and a domain with a dot, and none of
/// the characters that would need quoting.
fn check_email(text: &str) -> Result<String, String> {
    let bad = |c: char| {
        c.is_whitespace() || c.is_control() || "<>()[]\\,;:\"'`".contains(c) || !c.is_ascii()
    };
    let ok = text.len() <= MAX_EMAIL
        && !text.chars().any(bad)
        && text.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty()
                && !domain.contains('@')
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !domain.contains("..")
        });
    if ok {
        Ok(text.to_owned())
    } else {
        Err(format!(
            "e-mail '{}' is not an e-mail address (e.g. press@osce.org)",
            crate::text::shown(text)
        ))
    }
}

/// A web address: `http` or `https`, a host, nothing that would need escaping.
fn check_web(text: &str) -> Result<String, String> {
    let lower = text.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    let host = rest.map(|r| r.split(['/', '?', '#']).next().unwrap_or(""));
    let ok = text.len() <= MAX_URL
        && host.is_some_and(|h| !h.is_empty() && !h.contains('@'))
        && !text
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || "<>\"'`\\{}|^".contains(c));
    if ok {
        Ok(text.to_owned())
    } else {
        Err(format!(
            "web address '{}' is not an http or https address (e.g. https://www.osce.org/odihr)",
            crate::text::shown(text)
        ))
    }
}

/// Where a press contact was found: the structure whose introduction gives it, and the
/// language of the introduction.
#[derive(Debug, Clone, Copy)]
pub struct FoundPressContact<'a> {
    pub contact: &'a PressContact,
    pub structure: &'a Structure,
    pub language: &'a str,
}

impl SiteDefinition {
    /// Whether the site has the entry an introduction is of; the reason, with the nearest
    /// slug it has, when it does not.
    pub(crate) fn check_introduced(&self, of: Introduced, slug: &str) -> Result<(), String> {
        let (known, slugs): (bool, Vec<&str>) = match of {
            Introduced::Structure => (
                self.structure(slug).is_some(),
                self.structures.iter().map(|s| s.slug.as_str()).collect(),
            ),
            Introduced::FieldOfWork => (
                self.field(slug).is_some(),
                self.fields.iter().map(|t| t.slug.as_str()).collect(),
            ),
            Introduced::Country => (
                self.country(slug).is_some(),
                self.countries.iter().map(|c| c.slug.as_str()).collect(),
            ),
        };
        if known {
            return Ok(());
        }
        let hint = crate::text::closest(slug, slugs.into_iter(), 1);
        Err(format!(
            "unknown {} '{}'{}",
            of.label(),
            crate::text::shown(slug),
            super::did_you_mean(&hint)
        ))
    }

    /// Whether `lang` is a language of the site; the site's languages when it is not.
    pub(crate) fn check_site_language(&self, lang: &str) -> Result<(), String> {
        if self.language(lang).is_some() {
            return Ok(());
        }
        let codes: Vec<&str> = self
            .organization
            .languages
            .iter()
            .map(|l| l.code.as_str())
            .collect();
        Err(format!(
            "'{}' is not a language of the site ({})",
            crate::text::shown(lang),
            codes.join(", ")
        ))
    }

    /// The introduction of an entry in `lang`.
    pub fn introduction(&self, of: Introduced, slug: &str, lang: &str) -> Option<&Introduction> {
        let slug = Slug::parse(slug).ok()?;
        let lang = LanguageCode::parse(lang).ok()?;
        self.introductions.get(&(of, slug))?.get(&lang)
    }

    /// The introductions of an entry, by language.
    pub fn introductions_of(
        &self,
        of: Introduced,
        slug: &Slug,
    ) -> Option<&BTreeMap<LanguageCode, Introduction>> {
        self.introductions.get(&(of, slug.clone()))
    }

    /// The introduction of an entry in `lang`, else in the default language, with the
    /// language it is written in.
    pub fn introduction_or_default<'a>(
        &'a self,
        of: Introduced,
        slug: &str,
        lang: &'a str,
    ) -> Option<(&'a Introduction, &'a str)> {
        let default = self.organization.default_language.as_str();
        self.introduction(of, slug, lang)
            .map(|i| (i, lang))
            .or_else(|| self.introduction(of, slug, default).map(|i| (i, default)))
    }

    /// The press contact of a structure for a reader of `lang`: the structure's own (in
    /// `lang`, else in the default language), else its nearest ancestor's that has one.
    pub fn press_contact_for<'a>(
        &'a self,
        structure: &'a Structure,
        lang: &'a str,
    ) -> Option<FoundPressContact<'a>> {
        let default = self.organization.default_language.as_str();
        std::iter::once(structure)
            .chain(structure.ancestors.iter().map(|&i| &self.structures[i]))
            .find_map(|s| {
                [lang, default].into_iter().find_map(|l| {
                    let intro = self.introduction(Introduced::Structure, s.slug.as_str(), l)?;
                    intro.press.as_ref().map(|contact| FoundPressContact {
                        contact,
                        structure: s,
                        language: l,
                    })
                })
            })
    }
}
