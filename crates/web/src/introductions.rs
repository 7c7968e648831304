//! Introductions on public pages: the description of a structure, field of work or country
//! in the page's language, a structure's head, address and contacts, and the press contact a
//! structure's page and its items' pages show.
//!
//! The description is shown only in the page's language: a Russian page does not pass an
//! English text off as its own, as listings show their page's language. A structure's
//! contacts are facts a reader needs whatever their language, so they come from the
//! introduction in the page's language when it gives them, else from the default language's,
//! marked with that language.

use model::SiteDefinition;
use model::site::{Introduced, Introduction, PressContact, Structure};
use render::pages::{ContactView, IntroductionView, Phone, PressContactView, Ui};

/// The introduction of an entry as its page in `ui`'s language shows it; `None` when it has
/// nothing to show.
pub fn introduction(
    site: &SiteDefinition,
    ui: &Ui,
    of: Introduced,
    slug: &str,
) -> Option<IntroductionView> {
    let paragraphs: Vec<String> = site
        .introduction(of, slug, ui.lang())
        .map(|i| i.paragraphs().map(str::to_owned).collect())
        .unwrap_or_default();
    let contact = match (of, site.structure(slug)) {
        (Introduced::Structure, Some(s)) => contact(site, ui, s),
        _ => None,
    };
    (!paragraphs.is_empty() || contact.is_some()).then_some(IntroductionView {
        paragraphs,
        contact,
    })
}

/// A structure's head, address and contacts, and its press contact (its own, else the
/// nearest ancestor's).
fn contact(site: &SiteDefinition, ui: &Ui, s: &Structure) -> Option<ContactView> {
    let lang = ui.lang();
    let default = site.organization.default_language.as_str();
    let own = [lang, default].into_iter().find_map(|l| {
        site.introduction(Introduced::Structure, s.slug.as_str(), l)
            .filter(|i| i.head.is_some() || !i.address.is_empty() || has_reach(i))
            .map(|i| (i, l))
    });
    let press = press_contact(site, ui, s);
    if own.is_none() && press.is_none() {
        return None;
    }
    let mut view = ContactView {
        press,
        ..ContactView::default()
    };
    if let Some((intro, written_in)) = own {
        view.lang = marked(ui, written_in);
        view.head = intro.head.as_ref().map_or_else(String::new, |h| {
            if h.name.is_empty() {
                h.title.clone()
            } else {
                format!("{}: {}", h.title, h.name)
            }
        });
        view.address = intro.address.clone();
        view.phone = intro.phone.as_deref().map(phone);
        view.email = intro.email.clone().unwrap_or_default();
        view.web = intro.web.clone().unwrap_or_default();
    }
    Some(view)
}

/// Whether an introduction gives a telephone, an e-mail address or a web address.
fn has_reach(i: &Introduction) -> bool {
    i.phone.is_some() || i.email.is_some() || i.web.is_some()
}

/// The press contact of a structure for a reader of `ui`'s language: its own, else that of
/// the nearest structure above it that has one (a unit of the Secretariat: the Secretariat's
/// press section).
pub fn press_contact(site: &SiteDefinition, ui: &Ui, s: &Structure) -> Option<PressContactView> {
    let found = site.press_contact_for(s, ui.lang())?;
    Some(press_view(ui, found.contact, found.language))
}

fn press_view(ui: &Ui, p: &PressContact, written_in: &str) -> PressContactView {
    PressContactView {
        lang: marked(ui, written_in),
        name: p.name.clone(),
        email: p.email.clone().unwrap_or_default(),
        phone: p.phone.as_deref().map(phone),
    }
}

/// The language of a text, when it is not the page's.
fn marked(ui: &Ui, written_in: &str) -> Option<String> {
    (written_in != ui.lang()).then(|| written_in.to_owned())
}

/// A number as written, and as dialled: the `+` and the digits.
fn phone(text: &str) -> Phone {
    let mut dial: String = text.chars().filter(char::is_ascii_digit).collect();
    if text.starts_with('+') {
        dial.insert(0, '+');
    }
    Phone {
        text: text.to_owned(),
        dial,
    }
}
