//! View models of every page and their templates. Each page struct owns everything its
//! template shows; `render` turns it into HTML.

use askama::Template;
use model::menu::Section;

// The templates name their texts by these keys (`layout.ui.t(k::SKIP_LINK)`).
#[allow(unused_imports)]
use crate::messages::key as k;
pub use crate::ui::{Msg, Ui};

/// What every page shares: language, titles, menus, the current chairpersonship.
#[derive(Debug, Clone)]
pub struct Layout {
    /// The interface's language and address prefix.
    pub ui: Ui,
    /// The language of the document (`<html lang>`): the interface's.
    pub lang: String,
    /// The document title (without the site name).
    pub title: String,
    pub site_name: String,
    pub short_name: String,
    pub tagline: String,
    /// The tagline's language when the site does not give it in the page's.
    pub tagline_lang: Option<String>,
    /// The main navigation, rendered once per language, day and section
    /// ([`MainNav`]): the same on every page that shares them.
    pub nav_html: std::sync::Arc<str>,
    pub chair: Option<Link>,
    pub canonical: Option<String>,
    /// The Atom feed of what the page lists: (address, title).
    pub feed: Option<(String, String)>,
    pub stylesheet: String,
    pub year: i16,
    /// Which top menu is current ("our-work", …), for `aria-current`.
    pub current_section: String,
    /// The page in the site's other languages: the language switcher and the `hreflang`
    /// alternates (empty when the page exists in one language only).
    pub languages: Vec<LanguageLink>,
    /// The address of the page for readers whose language the site does not have
    /// (`hreflang="x-default"`).
    pub x_default: Option<String>,
    /// The scheme and host of the page's absolute links (`https://www.osce.org`).
    pub origin: String,
    /// What the page tells search engines and the cards of shared links.
    pub meta: Meta,
    /// The pages above this one, from the home page (empty on the home page): the
    /// breadcrumbs, which end with the page's own title.
    pub breadcrumbs: Vec<Link>,
}

/// What a page tells search engines and the cards of links shared in chats and networks
/// (OpenGraph, Twitter cards, JSON-LD).
#[derive(Debug, Clone, Default)]
pub struct Meta {
    /// `<meta name="description">` and the card's text (empty: none).
    pub description: String,
    /// An article (an item's page) rather than a website page.
    pub article: bool,
    /// The card's picture: absolute address, width, height, text alternative.
    pub image: Option<MetaImage>,
    /// Kept out of search engines' indexes (search results).
    pub noindex: bool,
    /// An article's instants (RFC 3339) and section.
    pub published: Option<String>,
    pub modified: Option<String>,
    pub section: Option<String>,
    /// Schema.org data of the page, as JSON safe inside a `<script>` element.
    pub json_ld: Option<String>,
}

#[derive(Debug, Clone)]
pub struct MetaImage {
    pub url: String,
    pub width: u32,
    pub height: u32,
    pub alt: String,
}

/// The main navigation of the pages in one language on one day, the current section
/// marked: the menus of the site definition and the search form.
#[derive(Template)]
#[template(path = "nav.html")]
pub struct MainNav<'a> {
    pub ui: &'a Ui,
    pub menus: &'a [Section],
    pub current_section: &'a str,
}

/// The same page in one language, for the switcher and the `hreflang` alternates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LanguageLink {
    /// The language's code in the site ("ru", "hbs").
    pub code: String,
    /// The language's own name ("Русский").
    pub name: String,
    pub href: String,
    /// The language of the page shown.
    pub current: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub label: String,
    pub href: String,
    /// The language of the label when it is not the page's (a name the site does not give
    /// in the page's language, shown in the default one).
    pub lang: Option<String>,
}

/// One item in a list.
#[derive(Debug, Clone)]
pub struct ItemCard {
    pub href: String,
    pub type_label: String,
    pub title: String,
    pub date: String,
    pub date_iso: String,
    pub place: String,
    pub sources: String,
    pub excerpt: String,
    pub lang: String,
    pub same_lang: bool,
    /// Search results: the passage that matched, as HTML with `<mark>` around the words
    /// (escaped by the search engine); shown instead of the excerpt.
    pub snippet_html: String,
    /// The item's lead picture, small (its narrowest variant), when it has one.
    pub thumbnail: Option<Picture>,
}

/// A picture of the media library as a page shows it (`picture.html`): a `<picture>` whose
/// `<source>` offers the WebP variants when there are some, and an `<img>` with the variants
/// in the format every browser shows, its size (so that the page does not move when it
/// loads) and its alternative text.
#[derive(Debug, Clone, PartialEq)]
pub struct Picture {
    /// The address of the variant a browser without `srcset` takes.
    pub src: String,
    /// The variants in the fallback format: "/media/…-400.jpg 400w, …".
    pub srcset: String,
    /// The WebP variants, in the same form (empty when there are none).
    pub webp_srcset: String,
    /// How wide the picture is shown, for the browser's choice among the variants.
    pub sizes: String,
    /// The size of `src`, in pixels (its aspect ratio is the picture's).
    pub width: u32,
    pub height: u32,
    /// The alternative text (empty for a picture that only repeats what its link says).
    pub alt: String,
    /// The language of the alternative text and caption when it is not the page's.
    pub lang: Option<String>,
    pub caption: String,
    /// The credit as the page shows it ("Photo: OSCE/Micky Kroell"), or empty.
    pub credit: String,
    /// Loaded only when it comes near the screen (pictures below the fold).
    pub lazy: bool,
    /// The point that cropping keeps in view, as CSS `object-position` values ("50% 30%"),
    /// given as a `data-` attribute: the style policy allows no inline style.
    pub focal_point: String,
}

/// The search form of the search page.
#[derive(Debug, Clone)]
pub struct SearchForm {
    pub q: String,
    /// (value, label, selected)
    pub orders: Vec<(String, String, bool)>,
    /// Filters kept when the words change (hidden fields).
    pub hidden: Vec<(String, String)>,
}

#[derive(Debug, Clone)]
pub struct FacetOption {
    pub label: String,
    pub href: String,
    pub count: u32,
    pub selected: bool,
    /// The language of the label when it is not the page's.
    pub lang: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Facet {
    pub key: String,
    pub label: String,
    pub options: Vec<FacetOption>,
    /// Options beyond the first few are folded away.
    pub fold_after: usize,
}

#[derive(Debug, Clone)]
pub struct Pagination {
    pub page: usize,
    pub pages: usize,
    pub prev: Option<String>,
    pub next: Option<String>,
    /// Numbered links around the current page (`None` for a gap).
    pub numbers: Vec<Option<(usize, String)>>,
}

/// A fact about the page's subject ("Opened", "Closed", "Part of"…).
#[derive(Debug, Clone)]
pub struct Fact {
    pub label: String,
    pub text: String,
    pub links: Vec<Link>,
}

/// A titled list of links (children of a structure, chairpersonships by year…).
#[derive(Debug, Clone)]
pub struct LinkList {
    pub heading: String,
    pub entries: Vec<LinkEntry>,
}

#[derive(Debug, Clone)]
pub struct LinkEntry {
    pub label: String,
    pub href: String,
    pub note: String,
    pub count: Option<usize>,
    /// The language of the label when it is not the page's.
    pub lang: Option<String>,
}

#[derive(Template)]
#[template(path = "home.html")]
pub struct HomePage {
    pub layout: Layout,
    pub chair_text: Option<String>,
    pub cards: Vec<ItemCard>,
    pub fields: Vec<LinkEntry>,
    pub total: usize,
}

#[derive(Template)]
#[template(path = "listing.html")]
pub struct ListingPage {
    pub layout: Layout,
    pub kicker: String,
    pub heading: String,
    /// The heading's language when it is a name the site does not give in the page's.
    pub heading_lang: Option<String>,
    pub intro: Vec<String>,
    /// What the entry of the page is (a structure's, field of work's or country's page).
    pub introduction: Option<IntroductionView>,
    pub facts: Vec<Fact>,
    pub lists: Vec<LinkList>,
    pub cards: Vec<ItemCard>,
    pub total: usize,
    /// "Showing 1–20 of 35 items".
    pub showing: Msg,
    pub facets: Vec<Facet>,
    pub active: Vec<FacetOption>,
    pub clear_href: String,
    pub pagination: Pagination,
    pub action: String,
    pub list_heading: String,
    pub search_form: Option<SearchForm>,
    /// Ways out of an empty result ("search without the filters", "any of the words").
    pub help: Vec<LinkEntry>,
    /// The same listing in every language, or in the page's language only.
    pub widen: Option<Link>,
    /// The address of the filter panel's form: the page's path, without a query.
    pub controls_action: String,
    /// The first and last days of the range chosen (`YYYY-MM-DD`; empty when open).
    pub date_from: String,
    pub date_to: String,
    /// The orders the filter panel offers: (value, label, selected). Empty where the search
    /// form offers them.
    pub sorts: Vec<(String, String, bool)>,
    /// The page sizes offered, and whether each is the one shown.
    pub page_sizes: Vec<(usize, bool)>,
    /// What the filter panel's form keeps as hidden fields: the filters, the widening to
    /// every language, the words searched for and their order.
    pub controls_hidden: Vec<(String, String)>,
    /// What the search form keeps besides the filters: the range and the page size.
    pub search_hidden: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "item.html")]
pub struct ItemPage {
    pub layout: Layout,
    pub type_label: String,
    /// The type's language when the site does not name it in the item's.
    pub type_lang: Option<String>,
    pub type_href: String,
    pub title: String,
    pub date: String,
    pub date_iso: String,
    pub place: String,
    pub sources: Vec<Link>,
    pub fields: Vec<Link>,
    pub countries: Vec<Link>,
    pub meetings: Vec<Link>,
    pub summary: String,
    /// Sanitized on save; dateline and abbreviations added by this crate.
    pub body_html: String,
    /// The page's absolute address (printed under the title, copied by the share button).
    pub url: String,
    /// Other items of the item's source, newest first.
    pub more_from: Option<RelatedList>,
    /// Items of the same fields of work and countries, newest first.
    pub related: Vec<RelatedLink>,
    /// Links that share the page, without any other site's script: (label, address).
    pub share: Vec<(String, String)>,
    /// The lead picture, above the text, with its caption and credit.
    pub lead_image: Option<Picture>,
    /// Where journalists ask about the item: its main source's press contact.
    pub press_contact: Option<PressContactView>,
    /// Attachments: the pictures attached to the item and its documents and links.
    pub attachments: Attachments,
}

/// The introduction of a structure, field of work or country on its page: its description
/// (plain text, shown escaped), and for a structure how to reach it.
#[derive(Debug, Clone, Default)]
pub struct IntroductionView {
    /// The description's paragraphs, in the page's language.
    pub paragraphs: Vec<String>,
    pub contact: Option<ContactView>,
}

/// Who heads a structure, where it is and how to reach it.
#[derive(Debug, Clone, Default)]
pub struct ContactView {
    /// The language of the head's title and the address when it is not the page's.
    pub lang: Option<String>,
    /// "Head of Mission: Ambassador …", or the title alone.
    pub head: String,
    pub address: Vec<String>,
    pub phone: Option<Phone>,
    pub email: String,
    pub web: String,
    pub press: Option<PressContactView>,
}

/// A press contact: an office or a role, and how to reach it.
#[derive(Debug, Clone, Default)]
pub struct PressContactView {
    /// The language of the name when it is not the page's.
    pub lang: Option<String>,
    pub name: String,
    pub email: String,
    pub phone: Option<Phone>,
}

/// A telephone number as written, and as dialled (`+43151436…`, for a `tel:` link).
#[derive(Debug, Clone, Default)]
pub struct Phone {
    pub text: String,
    pub dial: String,
}

/// Items shown under an item, with a link to all of them.
#[derive(Debug, Clone)]
pub struct RelatedList {
    pub heading: String,
    pub all: Link,
    pub items: Vec<RelatedLink>,
}

/// One item of a [`RelatedList`]: its title, date and language.
#[derive(Debug, Clone)]
pub struct RelatedLink {
    pub href: String,
    pub title: String,
    pub date: String,
    pub date_iso: String,
    /// The item's language when it is not the page's.
    pub lang: Option<String>,
}

#[derive(Template)]
#[template(path = "index.html")]
pub struct IndexPage {
    pub layout: Layout,
    pub heading: String,
    pub intro: String,
    pub lists: Vec<LinkList>,
}

#[derive(Template)]
#[template(path = "text.html")]
pub struct TextPage {
    pub layout: Layout,
    pub heading: String,
    pub paragraphs: Vec<String>,
}

#[derive(Template)]
#[template(path = "error.html")]
pub struct ErrorPage {
    pub layout: Layout,
    /// "Error 404".
    pub kicker: Msg,
    pub heading: String,
    pub message: String,
    pub suggestions: Vec<Link>,
}

/// A document of the project rendered from Markdown (e.g. the API documentation).
#[derive(Template)]
#[template(path = "doc.html")]
pub struct DocPage {
    pub layout: Layout,
    /// Rendered from Markdown shipped in the binary (trusted, not user input).
    pub body_html: String,
}

// Attachments

/// What an item offers under its text: the pictures attached to it, as a small gallery, and
/// its documents and links, each in the order editors gave them.
#[derive(Debug, Clone, Default)]
pub struct Attachments {
    pub gallery: Vec<GalleryPicture>,
    pub entries: Vec<AttachmentEntry>,
}

/// A picture of an item's gallery: a thumbnail (its alternative text says what it shows)
/// leading to the picture at its largest.
#[derive(Debug, Clone)]
pub struct GalleryPicture {
    pub picture: Picture,
    pub href: String,
}

/// A document or link of an item: its title, where it leads, what it is ("PDF, 1.2 MB",
/// "link to www.un.org") and the language of its title and target when it is not the page's
/// (`lang` and `hreflang`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttachmentEntry {
    pub title: String,
    pub href: String,
    pub note: String,
    pub lang: Option<String>,
}
