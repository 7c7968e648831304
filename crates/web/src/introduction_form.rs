//! The workspace's form of an introduction in one language, shared by a structure's page and
//! the introduction pages of fields of work and countries: filled from the introduction in
//! effect (or from what was typed in a refused form), and read back into an
//! [`Introduction`] that the model checks; and the links of the organization page to the
//! introductions of fields of work and countries.

use std::collections::HashMap;

use model::site::{Head, Introduced, Introduction, MAX_DESCRIPTION, PressContact};
use model::{SiteDefinition, Slug};
use render::admin::{IntroductionForm, TermRow};

/// A form's fields by name.
pub type Fields = HashMap<String, String>;

/// The fields of the form that say something of the introduction.
const FIELDS: [&str; 10] = [
    "description",
    "head_title",
    "head_name",
    "address",
    "phone",
    "email",
    "web",
    "press_name",
    "press_email",
    "press_phone",
];

fn field<'a>(form: &'a Fields, name: &str) -> &'a str {
    form.get(name).map_or("", |v| v.trim())
}

/// Where the form of an entry's introduction is sent.
pub fn action(of: Introduced, slug: &Slug) -> String {
    format!("/admin/site/introductions/{}/{slug}", of.segment())
}

/// The workspace page that shows the form: a structure's own page, else the introduction's.
pub fn page(of: Introduced, slug: &Slug) -> String {
    match of {
        Introduced::Structure => format!("/admin/site/structures/{slug}"),
        _ => action(of, slug),
    }
}

/// The form of the introduction of `slug` in `language`: what is in effect, or `typed`.
pub fn form(
    site: &SiteDefinition,
    of: Introduced,
    slug: &Slug,
    language: &str,
    typed: Option<&Fields>,
) -> IntroductionForm {
    let in_effect = site.introduction(of, slug.as_str(), language);
    let written_in = site
        .introductions_of(of, slug)
        .map(|by| by.keys().map(|l| l.as_str()).collect::<Vec<_>>().join(", "))
        .unwrap_or_default();
    let mut f = IntroductionForm {
        action: action(of, slug),
        page: page(of, slug),
        language: language.to_owned(),
        languages: site
            .organization
            .languages
            .iter()
            .map(|l| {
                let code = l.code.as_str();
                (code.to_owned(), l.name.clone(), code == language)
            })
            .collect(),
        written_in,
        exists: in_effect.is_some(),
        contacts: of == Introduced::Structure,
        ..IntroductionForm::default()
    };
    match typed {
        Some(t) => {
            // A refused text is shown again, within reason: a megabyte sent back is no help.
            f.description = t
                .get("description")
                .map(|d| d.chars().take(MAX_DESCRIPTION * 2).collect())
                .unwrap_or_default();
            let short = |name: &str| field(t, name).chars().take(500).collect::<String>();
            f.head_title = short("head_title");
            f.head_name = short("head_name");
            f.address = field(t, "address").chars().take(2_000).collect();
            f.phone = short("phone");
            f.email = short("email");
            f.web = short("web");
            f.press_name = short("press_name");
            f.press_email = short("press_email");
            f.press_phone = short("press_phone");
        }
        None => {
            if let Some(i) = in_effect {
                fill(&mut f, i);
            }
        }
    }
    f
}

/// The form's fields from an introduction.
fn fill(f: &mut IntroductionForm, i: &Introduction) {
    let text = |v: &Option<String>| v.clone().unwrap_or_default();
    f.description = i.description.clone();
    if let Some(h) = &i.head {
        f.head_title = h.title.clone();
        f.head_name = h.name.clone();
    }
    f.address = i.address.join("\n");
    f.phone = text(&i.phone);
    f.email = text(&i.email);
    f.web = text(&i.web);
    if let Some(p) = &i.press {
        f.press_name = p.name.clone();
        f.press_email = text(&p.email);
        f.press_phone = text(&p.phone);
    }
}

/// Whether the form says nothing (saving it removes the introduction).
pub fn is_blank(form: &Fields) -> bool {
    FIELDS.iter().all(|name| field(form, name).is_empty())
}

/// The introduction a form gives, as typed: the model tidies and checks it.
pub fn introduction_of(form: &Fields) -> Introduction {
    let optional = |name: &str| Some(field(form, name).to_owned()).filter(|v| !v.is_empty());
    let head = (!field(form, "head_title").is_empty() || !field(form, "head_name").is_empty())
        .then(|| Head {
            title: field(form, "head_title").to_owned(),
            name: field(form, "head_name").to_owned(),
        });
    let press = ["press_name", "press_email", "press_phone"]
        .iter()
        .any(|n| !field(form, n).is_empty())
        .then(|| PressContact {
            name: field(form, "press_name").to_owned(),
            email: optional("press_email"),
            phone: optional("press_phone"),
        });
    Introduction {
        description: form.get("description").cloned().unwrap_or_default(),
        head,
        address: field(form, "address")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect(),
        phone: optional("phone"),
        email: optional("email"),
        web: optional("web"),
        press,
    }
}

/// The editor of an entry's introduction and the languages it is written in (nothing when
/// its kind has no introduction).
pub fn links(site: &SiteDefinition, of: Option<Introduced>, slug: &Slug) -> (String, String) {
    let Some(of) = of else {
        return (String::new(), String::new());
    };
    let languages = site
        .introductions_of(of, slug)
        .map_or_else(String::new, |by| {
            by.keys().map(|l| l.as_str()).collect::<Vec<_>>().join(", ")
        });
    (action(of, slug), languages)
}

/// The countries that still exist, each with the editor of its introduction.
pub fn country_rows(site: &SiteDefinition) -> Vec<TermRow> {
    site.countries
        .iter()
        .filter(|c| c.dissolved.is_none())
        .map(|c| {
            let (intro_href, intro_languages) = links(site, Some(Introduced::Country), &c.slug);
            TermRow {
                slug: c.slug.to_string(),
                name: c.name.clone(),
                names: String::new(),
                href: format!("/countries/{}", c.slug),
                intro_href,
                intro_languages,
            }
        })
        .collect()
}
