//! Who may do what: roles, the structures a press officer writes for, and the editorial
//! workflow. Pure rules over their inputs; the web edge and the write API both ask them, and
//! the store never decides.

use jiff::Timestamp;

use crate::item::{ItemStatus, NewItem};
use crate::{SiteDefinition, Slug};

/// What an account is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    /// Everything: items, accounts, the site's taxonomies and glossary.
    Admin,
    /// Every item; publishes.
    Editor,
    /// Items of their structures; submits for review, publishes only where granted.
    PressOfficer,
}

impl Role {
    pub const ALL: [Role; 3] = [Role::Admin, Role::Editor, Role::PressOfficer];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Editor => "editor",
            Role::PressOfficer => "press-officer",
        }
    }

    pub fn parse(s: &str) -> Result<Role, UnknownRole> {
        Role::ALL
            .into_iter()
            .find(|r| r.as_str() == s)
            .ok_or_else(|| UnknownRole(s.to_owned()))
    }

    /// How the role is named to people.
    pub fn label(self) -> &'static str {
        match self {
            Role::Admin => "Administrator",
            Role::Editor => "Editor",
            Role::PressOfficer => "Press officer",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown role '{0}' (expected admin, editor or press-officer)")]
pub struct UnknownRole(pub String);

/// A structure a press officer writes for, and whether they may publish its items.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assignment {
    pub structure: Slug,
    pub may_publish: bool,
}

/// The rights of a signed-in account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rights {
    pub role: Role,
    /// For press officers: their structures (an item of a part of one of them counts too).
    pub structures: Vec<Assignment>,
}

/// A move between workflow states.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Transition {
    /// Draft → in review.
    Submit,
    /// Back to draft (from review, or a schedule withdrawn).
    Withdraw,
    /// Approved, to appear at its publication instant (and not before its embargo).
    Schedule,
    /// Public now.
    Publish,
    /// Off every public surface; kept.
    Unpublish,
    /// Kept for the record, off the public surfaces.
    Archive,
}

impl Transition {
    pub const ALL: [Transition; 6] = [
        Transition::Submit,
        Transition::Withdraw,
        Transition::Schedule,
        Transition::Publish,
        Transition::Unpublish,
        Transition::Archive,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Transition::Submit => "submit",
            Transition::Withdraw => "withdraw",
            Transition::Schedule => "schedule",
            Transition::Publish => "publish",
            Transition::Unpublish => "unpublish",
            Transition::Archive => "archive",
        }
    }

    pub fn parse(s: &str) -> Option<Transition> {
        Transition::ALL.into_iter().find(|t| t.as_str() == s)
    }

    /// The states it leaves from, and the state it leads to.
    fn edge(self) -> (&'static [ItemStatus], ItemStatus) {
        use ItemStatus::*;
        match self {
            Transition::Submit => (&[Draft, Unpublished], InReview),
            Transition::Withdraw => (&[InReview, Scheduled], Draft),
            Transition::Schedule => (&[Draft, InReview, Unpublished], Scheduled),
            Transition::Publish => (&[Draft, InReview, Scheduled, Unpublished], Published),
            Transition::Unpublish => (&[Published, Scheduled], Unpublished),
            Transition::Archive => (&[Published, Unpublished], Archived),
        }
    }

    /// The move that takes an item from `from` to `to`, if one does.
    pub fn between(from: ItemStatus, to: ItemStatus) -> Option<Transition> {
        Transition::ALL.into_iter().find(|t| {
            let (froms, target) = t.edge();
            target == to && froms.contains(&from)
        })
    }

    /// Whether publishing rights are needed (anything that makes an item public, or
    /// takes it off).
    fn needs_publishing(self) -> bool {
        !matches!(self, Transition::Submit | Transition::Withdraw)
    }
}

/// Why an action is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    #[error("this item belongs to structures you do not write for")]
    NotYourItem,
    #[error("you may not publish items of these structures")]
    MayNotPublish,
    /// A source the account does not write for, added to an item.
    #[error("you do not write for '{0}': an item can only be given sources you write for")]
    NotYourSource(String),
    #[error("only administrators may do this")]
    AdminOnly,
    #[error("an item that is {from} cannot be moved to {to} ('{transition}')")]
    NotFromThisState {
        transition: &'static str,
        from: &'static str,
        to: &'static str,
    },
}

impl Rights {
    pub fn admin() -> Rights {
        Rights {
            role: Role::Admin,
            structures: Vec::new(),
        }
    }

    /// The assignments that cover one source: the source itself or one of its ancestors.
    fn covering_one<'a>(
        &'a self,
        site: &'a SiteDefinition,
        source: &'a Slug,
    ) -> impl Iterator<Item = &'a Assignment> + 'a {
        self.structures
            .iter()
            .filter(move |a| match site.structure_index(source.as_str()) {
                Some(idx) => site
                    .structure_with_ancestors(idx)
                    .any(|anc| *anc == a.structure),
                None => *source == a.structure,
            })
    }

    /// Whether the account writes for `source` (itself or a structure above it). Editors and
    /// administrators write for every structure.
    pub fn writes_for(&self, site: &SiteDefinition, source: &Slug) -> bool {
        match self.role {
            Role::Admin | Role::Editor => true,
            Role::PressOfficer => self.covering_one(site, source).next().is_some(),
        }
    }

    /// The assignments that cover any of the sources: the source itself or one of its
    /// ancestors.
    fn covering<'a>(
        &'a self,
        site: &'a SiteDefinition,
        sources: &'a [Slug],
    ) -> impl Iterator<Item = &'a Assignment> + 'a {
        self.structures.iter().filter(move |a| {
            sources
                .iter()
                .any(|s| match site.structure_index(s.as_str()) {
                    Some(idx) => site
                        .structure_with_ancestors(idx)
                        .any(|anc| *anc == a.structure),
                    None => *s == a.structure,
                })
        })
    }

    /// Whether the account may create or change an item with these sources.
    pub fn may_edit(&self, site: &SiteDefinition, sources: &[Slug]) -> Result<(), Refusal> {
        match self.role {
            Role::Admin | Role::Editor => Ok(()),
            Role::PressOfficer if self.covering(site, sources).next().is_some() => Ok(()),
            Role::PressOfficer => Err(Refusal::NotYourItem),
        }
    }

    /// Whether the account may see an item with these sources: one it may edit, or one the
    /// public sees now. Anything else is answered as if it did not exist.
    pub fn may_read(&self, site: &SiteDefinition, sources: &[Slug], public_now: bool) -> bool {
        public_now || self.may_edit(site, sources).is_ok()
    }

    /// The keys (`external_id`) under which the account may create items through the write
    /// API: `None` for every key (editors, administrators); for a press officer, the slugs of
    /// the structures they are assigned, each key beginning with one of them and a `/`
    /// (`mission-to-serbia/2026-02-20-police`). Offices never share a key, so a key tells
    /// nobody whether another office's item exists.
    pub fn key_prefixes(&self) -> Option<Vec<String>> {
        match self.role {
            Role::Admin | Role::Editor => None,
            Role::PressOfficer => Some(
                self.structures
                    .iter()
                    .map(|a| format!("{}/", a.structure))
                    .collect(),
            ),
        }
    }

    /// Whether the account may use `key` as the `external_id` of an item it creates.
    pub fn may_use_key(&self, key: &str) -> bool {
        self.key_prefixes().is_none_or(|prefixes| {
            prefixes
                .iter()
                .any(|p| key.starts_with(p.as_str()) && key.len() > p.len())
        })
    }

    /// Whether the account may make items with these sources public (or take them off):
    /// it must have the right to publish for each of them (an item issued jointly with
    /// another office is published by someone who may publish for both, or by an editor).
    pub fn may_publish(&self, site: &SiteDefinition, sources: &[Slug]) -> Result<(), Refusal> {
        self.may_edit(site, sources)?;
        match self.role {
            Role::Admin | Role::Editor => Ok(()),
            Role::PressOfficer
                if sources
                    .iter()
                    .all(|s| self.covering_one(site, s).any(|a| a.may_publish)) =>
            {
                Ok(())
            }
            Role::PressOfficer => Err(Refusal::MayNotPublish),
        }
    }

    /// The state an item in `from` with these sources goes to by `t`, if this account may.
    pub fn transition(
        &self,
        site: &SiteDefinition,
        sources: &[Slug],
        from: ItemStatus,
        t: Transition,
    ) -> Result<ItemStatus, Refusal> {
        // Another office's item first: its state is none of this account's business.
        self.may_edit(site, sources)?;
        let (froms, to) = t.edge();
        if !froms.contains(&from) {
            return Err(Refusal::NotFromThisState {
                transition: t.as_str(),
                from: from.as_str(),
                to: to.as_str(),
            });
        }
        // Withdrawing a scheduled item takes it off (or keeps it from appearing at its
        // instant, which someone with the right decided): a publishing decision too.
        if t.needs_publishing() || (t == Transition::Withdraw && from == ItemStatus::Scheduled) {
            self.may_publish(site, sources)?;
        }
        Ok(to)
    }

    /// Whether the account may store `after` in place of `before` (`None`: a new item). It
    /// must be able to edit the sources before and after (a press officer can neither take
    /// over another office's item nor give one away), must write for every source it adds
    /// (nobody publishes in another office's name), and must be able to publish them when
    /// the change moves the instant the item becomes public (or whether it does), or changes
    /// an item that is published or scheduled.
    pub fn may_save(
        &self,
        site: &SiteDefinition,
        before: Option<&NewItem>,
        after: &NewItem,
    ) -> Result<(), Refusal> {
        if let Some(b) = before {
            self.may_edit(site, &b.sources)?;
        }
        self.may_edit(site, &after.sources)?;
        let kept = |s: &Slug| before.is_some_and(|b| b.sources.contains(s));
        if let Some(added) = after
            .sources
            .iter()
            .find(|s| !kept(s) && !self.writes_for(site, s))
        {
            return Err(Refusal::NotYourSource(added.to_string()));
        }
        if after.visibility().public_from() != before.and_then(|b| b.visibility().public_from()) {
            self.may_publish(site, &after.sources)?;
        }
        // A published or scheduled item's text and sources are what the public reads (or
        // will read at its instant): changing them is publishing, for every office it names
        // before and after.
        if let Some(b) = before.filter(|b| b.visibility().public_from().is_some()) {
            self.may_publish(site, &b.sources)?;
            self.may_publish(site, &after.sources)?;
        }
        Ok(())
    }

    /// Accounts, the site's taxonomies and glossary.
    pub fn may_administer(&self) -> Result<(), Refusal> {
        match self.role {
            Role::Admin => Ok(()),
            _ => Err(Refusal::AdminOnly),
        }
    }
}

/// A schedule whose instant is missing or not in the future.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NeedsFutureInstant;

/// The item after the move `t` to `to` (as [`Rights::transition`] answered) at `now`.
/// Publishing makes it public now: a date in the past is kept, and an embargo still running
/// goes. Scheduling sets the instant it becomes public, `at`, which must be in the future.
pub fn moved(
    item: &NewItem,
    t: Transition,
    to: ItemStatus,
    now: Timestamp,
    at: Option<Timestamp>,
) -> Result<NewItem, NeedsFutureInstant> {
    let mut next = item.clone();
    next.status = to;
    match t {
        Transition::Publish => {
            next.published_at = item.published_at.min(now);
            next.embargo_until = None;
        }
        Transition::Schedule => {
            next.published_at = at.filter(|a| *a > now).ok_or(NeedsFutureInstant)?;
        }
        _ => {}
    }
    Ok(next)
}
