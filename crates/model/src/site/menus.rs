//! The menus as defined in `menus.toml`: sections, groups and their entries.

use std::collections::BTreeMap;

use crate::ids::Slug;

/// One entry of a menu group, as written in `menus.toml`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MenuEntry {
    /// Every entry of a taxonomy: `fields-of-work` or `meetings`.
    All(TaxonomyList),
    /// One structure (a link to its page).
    Structure {
        slug: Slug,
        label: Option<String>,
        labels: BTreeMap<String, String>,
    },
    /// The structure's children (all of them open on the day the menu is shown).
    OpenChildren(Slug),
    /// A link to the list of the structure's closed children.
    ClosedChildren {
        slug: Slug,
        label: String,
        labels: BTreeMap<String, String>,
    },
    /// Every country of a group, the current chairpersonship marked.
    CountryGroupMembers(Slug),
    /// A link to a country group's page.
    CountryGroup(Slug),
    Page(Slug),
    Link {
        href: String,
        label: String,
        labels: BTreeMap<String, String>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TaxonomyList {
    FieldsOfWork,
    Meetings,
}

#[derive(Debug, Clone)]
pub struct MenuGroup {
    pub label: Option<String>,
    /// The label in the site's other languages, by language code.
    pub labels: BTreeMap<String, String>,
    pub href: Option<String>,
    pub entries: Vec<MenuEntry>,
}

#[derive(Debug, Clone)]
pub struct MenuSection {
    pub label: String,
    /// The label in the site's other languages, by language code.
    pub labels: BTreeMap<String, String>,
    pub groups: Vec<MenuGroup>,
}
