//! The taxonomies of the site definition as the API shows them: structures with their
//! history, fields of work, countries, meeting series, chairpersonships. Each entry names
//! itself in every language the site gives a name in (`names`), and `?language=ru` picks the
//! language of its `name`, which falls back to the default language's name where the site
//! gives none (`name_language` says which it is).

use std::collections::BTreeMap;

use jiff::Timestamp;
use jiff::civil::Date;
use model::menu::{country_href, field_href, meeting_href, structure_href};
use model::query::{QueryError, code};
use model::site::{Structure, Term};
use model::{SiteDefinition, Slug};
use render::pages::Ui;
use serde::Serialize;

use super::view::{List, TermRef};

/// The longest query string a taxonomy address reads: it takes one short parameter, so
/// anything longer is refused before it is decoded.
const MAX_QUERY: usize = 1000;

/// The language a taxonomy is asked in: the default language, or one of the site's.
pub struct InLanguage<'a> {
    site: &'a SiteDefinition,
    lang: &'a str,
}

impl<'a> InLanguage<'a> {
    /// The language of `?language=…` (the default language without it). The address takes
    /// no other parameter: a misspelt one is an error, not a silent answer in English.
    pub fn from_query(site: &'a SiteDefinition, raw: Option<&str>) -> Result<Self, QueryError> {
        let raw = raw.unwrap_or("");
        let error = |code, message: String| QueryError {
            code,
            message,
            pointer: "/language".into(),
        };
        if raw.len() > MAX_QUERY {
            return Err(QueryError {
                pointer: String::new(),
                ..error(
                    code::TOO_LONG,
                    format!(
                        "the query string is longer than {MAX_QUERY} bytes; this address takes \
                         only 'language'"
                    ),
                )
            });
        }
        let mut lang: Option<&'a str> = None;
        for (name, value) in super::links::decode_query(raw)? {
            if name != "language" {
                return Err(QueryError {
                    pointer: format!("/{}", model::text::shown(&name)),
                    ..error(
                        code::UNKNOWN_PARAMETER,
                        format!(
                            "unknown parameter '{}': this address takes only 'language'",
                            model::text::shown(&name)
                        ),
                    )
                });
            }
            if lang.is_some() {
                return Err(error(code::DUPLICATE, "'language' is given twice".into()));
            }
            if value.is_empty() {
                return Err(error(code::EMPTY, "'language' is empty".into()));
            }
            let known = site
                .organization
                .languages
                .iter()
                .find(|l| l.code.as_str() == value)
                .ok_or_else(|| {
                    error(
                        code::UNKNOWN_VALUE,
                        format!(
                            "unknown language '{}': the site's languages are {}",
                            model::text::shown(&value),
                            site.vocabulary(model::Dimension::Language).join(", ")
                        ),
                    )
                })?;
            lang = Some(known.code.as_str());
        }
        Ok(InLanguage {
            site,
            lang: lang.unwrap_or(site.organization.default_language.as_str()),
        })
    }

    fn default_language(&self) -> &'a str {
        self.site.organization.default_language.as_str()
    }

    /// The name in the language asked, else the default language's, and the language of
    /// the name given.
    fn pick(&self, default_name: &str, names: &BTreeMap<String, String>) -> (String, String) {
        match names.get(self.lang) {
            Some(n) if self.lang != self.default_language() => (n.clone(), self.lang.to_owned()),
            _ => (default_name.to_owned(), self.default_language().to_owned()),
        }
    }

    /// Every name the site gives, by language: the default language's and the others'
    /// (those of a language the site does not have are left out).
    fn all_names(
        &self,
        default_name: &str,
        names: &BTreeMap<String, String>,
    ) -> BTreeMap<String, String> {
        let mut all: BTreeMap<String, String> = names
            .iter()
            .filter(|(lang, _)| self.site.language(lang).is_some())
            .map(|(lang, name)| (lang.clone(), name.clone()))
            .collect();
        all.insert(self.default_language().to_owned(), default_name.to_owned());
        all
    }

    /// The address of a page of the site in the language asked.
    fn href(&self, path: &str) -> String {
        Ui::new(self.lang, self.default_language()).href(path)
    }
}

#[derive(Debug, Serialize)]
pub struct NameView {
    pub name: String,
    /// `YYYY[-MM[-DD]]`; `null` for the first name.
    pub from: Option<String>,
    /// This name in the site's other languages, as each writes it in full as a source.
    pub translations: BTreeMap<String, String>,
}

#[derive(Debug, Serialize)]
pub struct StructureView {
    pub id: String,
    pub slug: String,
    pub kind: &'static str,
    pub kind_label: String,
    /// The current name, in the language asked where the site gives it.
    pub name: String,
    /// The language `name` is written in.
    pub name_language: String,
    /// As shown as a source today ("OSCE Office in Minsk (closed)"), in the language asked.
    pub label: String,
    /// Oldest first.
    pub names: Vec<NameView>,
    /// The current name in each language the site gives it in.
    pub names_by_language: BTreeMap<String, String>,
    pub parent: Option<String>,
    pub children: Vec<String>,
    pub opened: Option<String>,
    pub closed: Option<String>,
    pub closed_now: bool,
    pub country: Option<String>,
    pub url: String,
}

pub fn structures(
    site: &SiteDefinition,
    today: Date,
    lang: &InLanguage<'_>,
) -> List<StructureView> {
    let view = |s: &Structure| {
        let current = s.current_name();
        let (name, name_language) = lang.pick(&current.name, &current.translations);
        StructureView {
            id: s.slug.to_string(),
            slug: s.slug.to_string(),
            kind: s.kind.code(),
            kind_label: render::messages::text_in(
                lang.lang,
                render::messages::structure_kind_key(s.kind),
                &[],
            ),
            name,
            name_language,
            label: crate::views::source_label(site, s, today, today, lang.lang),
            names: s
                .names
                .iter()
                .map(|n| NameView {
                    name: n.name.clone(),
                    from: n.from.map(|d| d.to_string()),
                    translations: n.translations.clone(),
                })
                .collect(),
            names_by_language: lang.all_names(&current.name, &current.translations),
            parent: site.parent_of(s).map(|p| p.slug.to_string()),
            children: site.children_of(s).map(|c| c.slug.to_string()).collect(),
            opened: s.opened.map(|d| d.to_string()),
            closed: s.closed.map(|d| d.to_string()),
            closed_now: s.is_closed_on(today),
            country: s.country.as_ref().map(Slug::to_string),
            url: lang.href(&structure_href(s.slug.as_str())),
        }
    };
    List::new(site.structures.iter().map(view).collect())
}

#[derive(Debug, Serialize)]
pub struct TermView {
    pub id: String,
    pub slug: String,
    /// In the language asked where the site gives it.
    pub name: String,
    /// The language `name` is written in.
    pub name_language: String,
    /// The name in each language the site gives it in, the default language's included.
    pub names: BTreeMap<String, String>,
    pub url: String,
}

fn terms(terms: &[Term], href: fn(&str) -> String, lang: &InLanguage<'_>) -> List<TermView> {
    List::new(
        terms
            .iter()
            .map(|t| {
                let (name, name_language) = lang.pick(&t.name, &t.names);
                TermView {
                    id: t.slug.to_string(),
                    slug: t.slug.to_string(),
                    name,
                    name_language,
                    names: lang.all_names(&t.name, &t.names),
                    url: lang.href(&href(t.slug.as_str())),
                }
            })
            .collect(),
    )
}

pub fn fields_of_work(site: &SiteDefinition, lang: &InLanguage<'_>) -> List<TermView> {
    terms(&site.fields, field_href, lang)
}

pub fn meetings(site: &SiteDefinition, lang: &InLanguage<'_>) -> List<TermView> {
    terms(&site.meetings, meeting_href, lang)
}

#[derive(Debug, Serialize)]
pub struct GroupRef {
    pub id: String,
    pub slug: String,
    /// In the language asked where the site gives it.
    pub name: String,
}

#[derive(Debug, Serialize)]
pub struct CountryView {
    pub id: String,
    pub slug: String,
    /// In the language asked where the site gives it.
    pub name: String,
    /// The language `name` is written in.
    pub name_language: String,
    pub iso: Option<String>,
    pub group: Option<GroupRef>,
    /// The name in each language the site gives it in, the default language's included.
    pub names: BTreeMap<String, String>,
    pub dissolved: Option<String>,
    pub url: String,
}

pub fn countries(site: &SiteDefinition, lang: &InLanguage<'_>) -> List<CountryView> {
    List::new(
        site.countries
            .iter()
            .map(|c| {
                let (name, name_language) = lang.pick(&c.name, &c.names);
                CountryView {
                    id: c.slug.to_string(),
                    slug: c.slug.to_string(),
                    name,
                    name_language,
                    iso: c.iso.clone(),
                    group: c.group.as_ref().map(|g| GroupRef {
                        id: g.to_string(),
                        slug: g.to_string(),
                        name: site.country_group(g.as_str()).map_or_else(
                            || g.to_string(),
                            |grp| lang.pick(&grp.name, &grp.names).0,
                        ),
                    }),
                    names: lang.all_names(&c.name, &c.names),
                    dissolved: c.dissolved.map(|d| d.to_string()),
                    url: lang.href(&country_href(c.slug.as_str())),
                }
            })
            .collect(),
    )
}

#[derive(Debug, Serialize)]
pub struct ChairpersonshipView {
    pub year: i16,
    pub country: TermRef,
    /// Whether this is the chairpersonship in force now (in the organization's time zone).
    pub current: bool,
}

pub fn chairpersonships(site: &SiteDefinition, now: Timestamp) -> List<ChairpersonshipView> {
    let this_year = site.today(now).year();
    List::new(
        site.chairpersonships
            .iter()
            .map(|ch| ChairpersonshipView {
                year: ch.year,
                country: TermRef::new(
                    ch.country.as_str(),
                    site.country(ch.country.as_str()).map(|c| c.name.as_str()),
                ),
                current: ch.year == this_year,
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> SiteDefinition {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../site/osce");
        let sources = publishing::site_sources_from_dir(&dir).expect("site folder readable");
        SiteDefinition::load(&sources).expect("valid site")
    }

    #[test]
    fn the_language_parameter_is_read_strictly() {
        let site = site();
        let lang = |raw: &str| InLanguage::from_query(&site, Some(raw)).map(|l| l.lang.to_owned());
        assert_eq!(lang(""), Ok("en".to_owned()));
        assert_eq!(lang("language=ru"), Ok("ru".to_owned()));
        let code_of = |raw: &str| lang(raw).map_err(|e| e.code);
        assert_eq!(code_of("language=xx"), Err(code::UNKNOWN_VALUE));
        assert_eq!(code_of("language="), Err(code::EMPTY));
        assert_eq!(code_of("language=ru&language=fr"), Err(code::DUPLICATE));
        assert_eq!(code_of("lang=ru"), Err(code::UNKNOWN_PARAMETER));
        assert_eq!(
            code_of(&format!("language={}", "r".repeat(2000))),
            Err(code::TOO_LONG)
        );
    }
}
