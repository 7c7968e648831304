//! View models of the editorial workspace (`/admin`).
//!
//! Every text of the workspace is a message of `locales/LANG/workspace.ftl`, in the language
//! the workspace speaks to the request ([`AdminLayout::ui`]): the templates ask the layout for
//! them (`{{ admin.t(wk::…) }}`), the handlers give the texts they build in that language.

use std::borrow::Borrow;
use std::fmt;

use askama::Template;

use crate::messages::{self, Key, Value, workspace_key as wk};
use crate::ui::{Msg, Ui};

/// The documents, links and attached pictures of an item in its form.
mod attachments;
pub use attachments::{AttachedPicture, AttachmentRow, ItemAttachments};

/// What every workspace page shares.
#[derive(Debug, Clone)]
pub struct AdminLayout {
    /// The language the workspace speaks (its addresses have no prefix: `/admin` is one).
    pub ui: Ui,
    pub title: String,
    pub site_name: String,
    pub short_name: String,
    pub stylesheet: String,
    /// The signed-in account (none on the login page).
    pub account: Option<AccountBar>,
    /// A message after an action ("Logged out."), or empty.
    pub notice: String,
    /// The CSRF proof of the language picker's form: the session's, or the login form's.
    pub picker_csrf: String,
    /// The workspace address the language picker comes back to.
    pub back: String,
}

impl AdminLayout {
    /// A workspace text for the page's body (marked when it falls back to English).
    pub fn t(&self, key: impl Borrow<Key>) -> Msg {
        self.ui.t(key)
    }

    /// A workspace text for an attribute.
    pub fn a(&self, key: impl Borrow<Key>) -> String {
        self.ui.a(key)
    }

    /// [`AdminLayout::t`] with one value (written as text: numbers such as item numbers are
    /// not grouped).
    pub fn t1(&self, key: impl Borrow<Key>, name: &str, value: impl fmt::Display) -> Msg {
        self.ui
            .t_with(*key.borrow(), &[(name, Value::from(value.to_string()))])
    }

    /// [`AdminLayout::t`] with two values, each a (name, value) pair (the templates hand
    /// them over by reference).
    pub fn t2(
        &self,
        key: impl Borrow<Key>,
        (n1, v1): &(&str, impl fmt::Display),
        (n2, v2): &(&str, impl fmt::Display),
    ) -> Msg {
        self.ui.t_with(
            *key.borrow(),
            &[
                (n1, Value::from(v1.to_string())),
                (n2, Value::from(v2.to_string())),
            ],
        )
    }

    /// [`AdminLayout::t`] with three values.
    pub fn t3(
        &self,
        key: impl Borrow<Key>,
        (n1, v1): &(&str, impl fmt::Display),
        (n2, v2): &(&str, impl fmt::Display),
        (n3, v3): &(&str, impl fmt::Display),
    ) -> Msg {
        self.ui.t_with(
            *key.borrow(),
            &[
                (n1, Value::from(v1.to_string())),
                (n2, Value::from(v2.to_string())),
                (n3, Value::from(v3.to_string())),
            ],
        )
    }

    /// The text of the page's `<title>`: plain, since the title cannot hold markup.
    pub fn page_title(&self) -> String {
        self.ui.text(
            wk::PAGE_TITLE,
            &[
                ("title", self.title.as_str().into()),
                ("site", self.site_name.as_str().into()),
            ],
        )
    }

    /// The languages the workspace speaks, for its picker: (code, the language's name in
    /// itself, whether it is the page's).
    pub fn languages(&self) -> Vec<(&'static str, String, bool)> {
        messages::LANGUAGES
            .iter()
            .map(|code| {
                (
                    *code,
                    messages::text_in(code, wk::LANGUAGE_SELF, &[]),
                    *code == self.ui.lang(),
                )
            })
            .collect()
    }
}

/// The signed-in account, shown in the header.
#[derive(Debug, Clone)]
pub struct AccountBar {
    pub email: String,
    pub role: String,
    pub is_admin: bool,
    /// The session's CSRF token, for the forms of the page.
    pub csrf: String,
}

#[derive(Template)]
#[template(path = "admin/login.html")]
pub struct LoginPage {
    pub admin: AdminLayout,
    pub csrf: String,
    pub next: String,
    pub email: String,
    pub error: String,
    /// The site has no account yet: the page says how to create the first.
    pub no_accounts: bool,
}

/// The command that creates the first account, as the login page and `serve` show it.
pub const FIRST_ACCOUNT_COMMAND: &str = "communique user add --email you@example.org --role admin";

/// One item in the workspace's list.
#[derive(Debug, Clone)]
pub struct AdminItemRow {
    pub title: String,
    /// The item's page in the workspace.
    pub href: String,
    /// The item's public address.
    pub public_href: String,
    pub public: bool,
    pub status: String,
    pub status_label: String,
    pub date: String,
    pub date_iso: String,
    pub sources: String,
}

#[derive(Template)]
#[template(path = "admin/dashboard.html")]
pub struct DashboardPage {
    pub admin: AdminLayout,
    /// Which items the list holds ("All items" or "Items of …").
    pub scope: String,
    pub items: Vec<AdminItemRow>,
    /// Translations whose original changed since the revision they match.
    pub outdated: Vec<OutdatedRow>,
    /// Recent public items that lack a version in an interface language.
    pub missing: MissingTranslations,
}

/// A translation to bring up to date, on the dashboard.
#[derive(Debug, Clone)]
pub struct OutdatedRow {
    pub title: String,
    /// The translation's page in the workspace.
    pub href: String,
    pub language: String,
    pub original_title: String,
    pub original_href: String,
    /// The difference view of the original since the revision the translation matches.
    pub changes_href: String,
    /// "Changes since revision 2 (now 4)".
    pub changes_label: String,
}

/// The dashboard's list of recent public items that lack an interface language.
#[derive(Debug, Clone, Default)]
pub struct MissingTranslations {
    /// Which items the list looks at ("Public items of the last 90 days …").
    pub intro: String,
    /// One line per interface language that some items lack ("Français: 3 items …").
    pub counts: Vec<String>,
    pub items: Vec<MissingRow>,
}

/// A recent public item and the interface languages it lacks.
#[derive(Debug, Clone)]
pub struct MissingRow {
    pub title: String,
    /// The item's page in the workspace, where it can be translated.
    pub href: String,
    pub language: String,
    pub date: String,
    pub date_iso: String,
    /// The names of the languages it lacks, comma-separated.
    pub missing: String,
}

#[derive(Debug, Clone)]
pub struct AuditRow {
    pub at: String,
    pub at_iso: String,
    pub actor: String,
    pub address: String,
    pub action: String,
    pub subject: String,
    pub detail: String,
}

#[derive(Template)]
#[template(path = "admin/audit.html")]
pub struct AuditPage {
    pub admin: AdminLayout,
    pub entries: Vec<AuditRow>,
    pub older: Option<String>,
}

/// A multiple choice over a taxonomy: (value, label, selected).
#[derive(Debug, Clone)]
pub struct Picker {
    pub name: String,
    pub label: String,
    pub options: Vec<(String, String, bool)>,
}

/// The saved version beside the writer's, when a save came too late.
#[derive(Debug, Clone)]
pub struct Conflict {
    pub author: String,
    pub revision: i64,
    pub at: String,
    /// (field, saved, yours) for the fields that differ.
    pub fields: Vec<(String, String, String)>,
}

#[derive(Debug, Clone)]
pub struct HistoryRow {
    pub revision: i64,
    pub author: String,
    pub at: String,
    pub status: String,
    pub title: String,
}

#[derive(Template)]
#[template(path = "admin/item.html")]
pub struct ItemFormPage {
    pub admin: AdminLayout,
    pub item_id: Option<i64>,
    pub revision: i64,
    /// The revision the form is based on (the saved one after a conflict stays the writer's).
    pub form_revision: i64,
    pub status_label: String,
    pub public_href: Option<String>,
    pub action: String,
    pub transition_action: String,
    pub csrf: String,
    pub problems: Vec<String>,
    pub conflict: Option<Conflict>,
    pub types: Vec<(String, String, bool)>,
    pub languages: Vec<(String, String, bool)>,
    pub title: String,
    pub summary: String,
    pub body: String,
    pub place: String,
    pub time_zone: String,
    pub published: String,
    pub embargo: String,
    pub pickers: Vec<Picker>,
    /// (transition, button label)
    pub transitions: Vec<(String, String)>,
    pub history: Vec<HistoryRow>,
    /// For a new item: the id of the item it translates (empty for none).
    pub translation_of: String,
    /// The other items of the translation group: (workspace href, language, title).
    pub translations: Vec<(String, String, String)>,
    /// The "Translate" form of a stored item: the languages it has no version in, as
    /// (code, name) (empty when it has every language). None where the page leaves the
    /// form out (a new item, a form shown again with its problems).
    pub translate_into: Option<Vec<(String, String)>>,
    /// What the item was translated from, if it was made with "Translate".
    pub source: Option<SourceNote>,
    /// The item's pictures and the forms that change them (None for a new item, which gets
    /// pictures once it is saved).
    pub pictures: Option<ItemPictures>,
    /// Attachments: the item's documents, links and attached pictures, and the forms that
    /// change them (None for a new item).
    pub attachments: Option<ItemAttachments>,
}

/// What a translation was made from, on its page.
#[derive(Debug, Clone)]
pub struct SourceNote {
    /// "Translation of item 3, matching revision 2 of the original."
    pub text: String,
    pub original_href: String,
    /// Set when the original changed since: "The original has changed since: …".
    pub outdated: Option<String>,
    pub changes_href: String,
    /// The "mark up to date" form's address, and the original's revision it records.
    pub mark_action: String,
    pub current: i64,
}

/// What changed in a translation's original since the revision the translation matches.
#[derive(Template)]
#[template(path = "admin/original_changes.html")]
pub struct OriginalChangesPage {
    pub admin: AdminLayout,
    pub lead: String,
    /// Shown when no field differs.
    pub none: String,
    /// The translation's page.
    pub back_href: String,
    /// (field, difference as HTML from `diff::words_html`)
    pub changes: Vec<(String, String)>,
    /// Whether the original is at a newer revision than the one the translation matches:
    /// then the page offers to record that the translation matches the current one.
    pub markable: bool,
    pub mark_action: String,
    /// The original's revision now.
    pub current: i64,
    pub csrf: String,
}

#[derive(Template)]
#[template(path = "admin/revision.html")]
pub struct RevisionPage {
    pub admin: AdminLayout,
    pub item_id: i64,
    pub item_href: String,
    pub revision: i64,
    pub current_revision: i64,
    pub title: String,
    pub author: String,
    pub at: String,
    /// (field, difference as HTML from `diff::words_html`)
    pub changes: Vec<(String, String)>,
    pub can_restore: bool,
    pub csrf: String,
}

#[derive(Debug, Clone)]
pub struct GlossaryRow {
    pub abbr: String,
    pub expansion: String,
    /// "site definition", or where a stored entry came from.
    pub origin: String,
    pub removable: bool,
}

#[derive(Debug, Clone)]
pub struct GlossaryGroup {
    pub code: String,
    pub name: String,
    pub entries: Vec<GlossaryRow>,
}

#[derive(Template)]
#[template(path = "admin/glossary.html")]
pub struct GlossaryPage {
    pub admin: AdminLayout,
    pub csrf: String,
    pub problems: Vec<String>,
    /// (code, name, selected)
    pub languages: Vec<(String, String, bool)>,
    pub abbr: String,
    pub expansion: String,
    pub groups: Vec<GlossaryGroup>,
}

/// One entry of a flat taxonomy on the organization page.
#[derive(Debug, Clone)]
pub struct TermRow {
    pub slug: String,
    pub name: String,
    /// The names in other languages, "fr: …; ru: …".
    pub names: String,
    /// Its public page.
    pub href: String,
    /// The editor of its introduction (empty where its kind has none).
    pub intro_href: String,
    /// The languages its introduction is written in, "en, ru".
    pub intro_languages: String,
}

/// One structure on the organization page.
#[derive(Debug, Clone)]
pub struct StructureRow {
    pub slug: String,
    pub name: String,
    pub kind: String,
    /// Nesting depth (0 at the top), for indenting.
    pub depth: usize,
    pub opened: String,
    pub closed: String,
    pub former_names: String,
}

#[derive(Debug, Clone)]
pub struct ChairRow {
    pub year: i16,
    pub country: String,
    pub current: bool,
}

/// One stored change to the site definition.
#[derive(Debug, Clone)]
pub struct SiteChangeRow {
    pub seq: i64,
    pub when: String,
    pub when_iso: String,
    pub author: String,
    pub what: String,
    /// Why it does not apply any more (empty when it applies).
    pub skipped: String,
}

/// An input per language other than the default: (code, language name, value).
pub type Translations = Vec<(String, String, String)>;

/// A choice in a single select: (value, label, selected).
pub type Choice = (String, String, bool);

/// The values of the "add to a taxonomy" forms, kept when one is refused.
#[derive(Debug, Clone, Default)]
pub struct TermForm {
    pub name: String,
    pub slug: String,
    pub names: Translations,
}

#[derive(Debug, Clone, Default)]
pub struct OpenStructureForm {
    pub name: String,
    pub slug: String,
    pub source: String,
    pub opened: String,
    pub kinds: Vec<Choice>,
    pub parents: Vec<Choice>,
    pub countries: Vec<Choice>,
    pub translations: Translations,
}

#[derive(Debug, Clone, Default)]
pub struct ChairForm {
    pub year: String,
    pub countries: Vec<Choice>,
}

#[derive(Template)]
#[template(path = "admin/site.html")]
pub struct SitePage {
    pub admin: AdminLayout,
    pub csrf: String,
    /// The problems of a refused change, and the form they belong to ("field-of-work",
    /// "meeting", "structure", "chair").
    pub problems: Vec<String>,
    pub problem_form: String,
    pub fields: Vec<TermRow>,
    pub meetings: Vec<TermRow>,
    pub field_form: TermForm,
    pub meeting_form: TermForm,
    pub structures: Vec<StructureRow>,
    pub open_form: OpenStructureForm,
    pub chairs: Vec<ChairRow>,
    pub chair_form: ChairForm,
    /// The countries, each with the editor of its introduction.
    pub countries: Vec<TermRow>,
    pub history: Vec<SiteChangeRow>,
}

/// A name a structure has had.
#[derive(Debug, Clone)]
pub struct StructureNameRow {
    pub name: String,
    pub from: String,
    pub source: String,
    pub translations: String,
}

#[derive(Template)]
#[template(path = "admin/structure.html")]
pub struct StructurePage {
    pub admin: AdminLayout,
    pub csrf: String,
    pub problems: Vec<String>,
    pub slug: String,
    pub name: String,
    pub kind: String,
    /// (slug, name) of the parent.
    pub parent: Option<(String, String)>,
    pub country: String,
    pub opened: String,
    pub closed: String,
    pub public_href: String,
    pub names: Vec<StructureNameRow>,
    /// (slug, name, closed)
    pub parts: Vec<(String, String, bool)>,
    pub rename_name: String,
    pub rename_from: String,
    pub rename_source: String,
    pub rename_translations: Translations,
    pub close_on: String,
    pub intro: IntroductionForm,
    pub history: Vec<SiteChangeRow>,
}

/// The form of an introduction in one language: the text in effect, or what was typed in a
/// refused form.
#[derive(Debug, Clone, Default)]
pub struct IntroductionForm {
    /// Where the form is sent (`/admin/site/introductions/structures/odihr`).
    pub action: String,
    /// The page the language selector reloads with `?language=`.
    pub page: String,
    /// The language of the form, and the site's languages as choices.
    pub language: String,
    pub languages: Vec<Choice>,
    /// The languages an introduction is written in, "en, ru" (empty: none).
    pub written_in: String,
    /// An introduction is in effect in this language (it can be removed).
    pub exists: bool,
    /// The entry is a structure: the head, address, contacts and press contact are asked.
    pub contacts: bool,
    pub description: String,
    pub head_title: String,
    pub head_name: String,
    /// The address, one line each.
    pub address: String,
    pub phone: String,
    pub email: String,
    pub web: String,
    pub press_name: String,
    pub press_email: String,
    pub press_phone: String,
}

/// The page of an entry's introduction (a field of work, a country; a structure's refused
/// form).
#[derive(Template)]
#[template(path = "admin/introduction.html")]
pub struct IntroductionPage {
    pub admin: AdminLayout,
    pub csrf: String,
    pub problems: Vec<String>,
    /// The entry's name, its public page, and where it is listed in the workspace.
    pub name: String,
    pub public_href: String,
    pub back_href: String,
    pub intro: IntroductionForm,
}

/// A picture of the media library, as the workspace shows it.
#[derive(Debug, Clone)]
pub struct MediaRow {
    /// Its number in the library.
    pub id: i64,
    /// Its narrowest variant, through the workspace's address (`/admin/media/…`).
    pub thumb_src: String,
    pub thumb_width: u32,
    pub thumb_height: u32,
    pub alt: String,
    pub caption: String,
    pub credit: String,
    /// "1,600 × 900 pixels, JPEG".
    pub size: String,
    pub uploaded: String,
    pub uploaded_iso: String,
    /// The HTML that shows it in an item's body (a `<figure>` with its caption and credit).
    pub snippet: String,
}

/// The upload form of a picture: what was typed (shown again when it was refused), the
/// problems, and the language the texts are written in.
#[derive(Debug, Clone, Default)]
pub struct UploadForm {
    pub action: String,
    pub alt: String,
    pub caption: String,
    pub credit: String,
    /// The focal point, in per cent from the left and from the top ("50").
    pub focal_x: String,
    pub focal_y: String,
    /// Why the last upload was refused (empty when it was not).
    pub problems: Vec<String>,
    /// "Write the texts in English."
    pub language_note: String,
}

/// `/admin/media`: the library, newest first, searched, paged, and its upload form.
#[derive(Template)]
#[template(path = "admin/media.html")]
pub struct MediaLibraryPage {
    pub admin: AdminLayout,
    pub csrf: String,
    /// The words searched for.
    pub q: String,
    pub rows: Vec<MediaRow>,
    /// "3 pictures" (that match the search).
    pub count: String,
    pub newer: Option<String>,
    pub older: Option<String>,
    pub upload: UploadForm,
}

/// The pictures part of an item's form: its lead picture, the choice of one from the
/// library, and the upload of a new one (as the lead picture or into the body).
#[derive(Debug, Clone)]
pub struct ItemPictures {
    pub lead: Option<MediaRow>,
    /// The newest pictures of the library: (number, label, selected).
    pub recent: Vec<Choice>,
    pub lead_action: String,
    pub upload: UploadForm,
    /// Why the last change of the item's pictures was refused.
    pub problems: Vec<String>,
}
