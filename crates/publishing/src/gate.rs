//! The one gate for public reads. Every public surface — item pages, listings, search, the
//! API, feeds, sitemaps, the files of pictures and documents — obtains items through
//! [`Public`], which answers only with what is public at its instant (`model::Visibility`).
//! No handler asks an item's visibility itself: a new surface that reads through this gate
//! cannot show a draft, a scheduled or an embargoed item, and one that does not is caught by
//! the route-driven embargo test.

use std::collections::HashMap;

use jiff::Timestamp;
use model::{Item, ItemId, Slug};
use store::{ItemKey, ItemStamp};

use crate::pages::{CachedPage, CachedView};
use crate::work::CatalogQuery;
use crate::{App, Error};

/// A public item as the other items of its translation group name it (links, alternates).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Version {
    pub id: ItemId,
    pub language: String,
    pub slug: Slug,
}

/// A public item of a part of the sitemap, with its language and public translations.
#[derive(Debug, Clone)]
pub struct StampedVersions {
    pub stamp: ItemStamp,
    pub language: String,
    /// The other public items of its translation group, by id.
    pub translations: Vec<Version>,
}

/// A file of the media library that the public may read now.
#[derive(Debug, Clone)]
pub enum PublicFile {
    /// A file (the original or a variant) of a picture a public item shows.
    Picture(store::MediaRecord),
    /// A document a public item lists, with the title that item gives it.
    Document {
        document: store::DocumentRecord,
        title: String,
    },
}

/// Public reads at one instant.
pub struct Public<'a> {
    state: &'a App,
    now: Timestamp,
}

impl App {
    /// The gate for public reads, at the clock's instant.
    pub fn public(&self) -> Public<'_> {
        Public {
            state: self,
            now: self.clock.now(),
        }
    }
}

impl Public<'_> {
    /// The instant the reads are made at.
    pub fn now(&self) -> Timestamp {
        self.now
    }

    /// Whether an item with this visibility is public now (for the workspace and the
    /// writers' API, which show that fact about items they read whatever their state).
    pub fn shows(&self, v: &model::Visibility) -> bool {
        v.is_public_at(self.now)
    }

    /// The public item an address of the old website was kept for ("/odihr/12345"), to
    /// redirect old links: an item that is not public is answered as an unknown address.
    pub async fn item_at_old_address(&self, path: &str) -> Result<Option<Item>, Error> {
        match self.state.store.item_by_address(path).await? {
            Some(id) => self.item(id).await,
            None => Ok(None),
        }
    }

    /// Those of `ids` that are public, in the order of `ids`.
    pub async fn items(&self, ids: &[ItemId]) -> Result<Vec<Item>, Error> {
        let mut items = self.state.store.items(ids).await?;
        items.retain(|i| i.visibility().is_public_at(self.now));
        Ok(items)
    }

    /// [`items`](Self::items) as cards show them (`Store::card_items`: the body only where
    /// there is no summary, and only its beginning).
    pub async fn card_items(&self, ids: &[ItemId]) -> Result<Vec<Item>, Error> {
        let mut items = self.state.store.card_items(ids).await?;
        items.retain(|i| i.visibility().is_public_at(self.now));
        Ok(items)
    }

    /// The item, if it is public. An item that is not is answered exactly as one that does
    /// not exist, by the same path: one look-up of the primary key, and nothing more.
    pub async fn item(&self, id: ItemId) -> Result<Option<Item>, Error> {
        let public = self
            .state
            .store
            .item_access(ItemKey::Id(id))
            .await?
            .is_some_and(|a| a.visibility.is_public_at(self.now));
        if !public {
            return Ok(None);
        }
        Ok(self
            .state
            .store
            .item(id)
            .await?
            .filter(|i| i.visibility().is_public_at(self.now)))
    }

    /// The file with this key, if an item that shows its picture or lists its document is
    /// public now: the files of the media library are public only while one of their items
    /// is. An unknown key, a file no item uses and one whose items are not public yet (an
    /// embargo, a draft) or any more (withdrawn) are answered alike, by the same single
    /// query. A document comes with the title the newest public item that lists it gives it.
    pub async fn media(&self, key: &str) -> Result<Option<PublicFile>, Error> {
        let users = self.state.store.file_users_by_key(key).await?;
        let Some(user) = users
            .into_iter()
            .find(|u| u.visibility.is_public_at(self.now))
        else {
            return Ok(None);
        };
        Ok(match user.title {
            None => self
                .state
                .store
                .media_by_key(key)
                .await?
                .map(PublicFile::Picture),
            Some(title) => self
                .state
                .store
                .document_by_key(key)
                .await?
                .map(|document| PublicFile::Document { document, title }),
        })
    }

    /// The public translations of an item (the other public items of its translation
    /// group), by id. A translation that is not public is left out as if it did not exist.
    pub async fn translations(&self, item: &Item) -> Result<Vec<Item>, Error> {
        let ids: Vec<ItemId> = self
            .state
            .store
            .translations(item.id)
            .await?
            .into_iter()
            .map(|(id, _, _)| id)
            .collect();
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        self.items(&ids).await
    }

    /// The earliest instant after now at which another item of `id`'s translation group
    /// becomes public (a scheduled or embargoed translation), if any. Used only to know when
    /// a cached page expires; never shown.
    async fn next_translation(&self, id: ItemId) -> Result<Option<jiff::Timestamp>, Error> {
        let rows = self.state.store.translation_groups(&[id]).await?;
        Ok(rows
            .iter()
            .filter(|(_, _, s)| s.id != id)
            .filter_map(|(_, _, s)| s.visibility.public_from())
            .filter(|from| *from > self.now)
            .min())
    }

    /// The public translations of each public item of `ids`, in one query for them all:
    /// the other public items of its translation group, by id. An item that is not public
    /// is left out, and a translation that is not public is left out as if it did not exist.
    pub async fn translations_of(
        &self,
        ids: &[ItemId],
    ) -> Result<HashMap<ItemId, Vec<Version>>, Error> {
        let rows = self.state.store.translation_groups(ids).await?;
        let (group_of, groups) = self.public_groups(rows);
        Ok(ids
            .iter()
            .filter_map(|id| {
                let members = groups.get(group_of.get(id)?)?;
                let others = members.iter().filter(|v| v.id != *id).cloned().collect();
                Some((*id, others))
            })
            .collect())
    }

    /// The public items whose ids are in `first..=last`, by id, each with its language and
    /// public translations (a part of the sitemap), in one query.
    pub async fn stamps_with_translations(
        &self,
        first: ItemId,
        last: ItemId,
    ) -> Result<Vec<StampedVersions>, Error> {
        let rows = self
            .state
            .store
            .translation_groups_between(first, last)
            .await?;
        // The store gives the rows by id.
        let in_range: Vec<(i64, String, ItemStamp)> = rows
            .iter()
            .filter(|(_, _, s)| (first..=last).contains(&s.id) && self.shows(&s.visibility))
            .cloned()
            .collect();
        let (_, groups) = self.public_groups(rows);
        Ok(in_range
            .into_iter()
            .map(|(group, language, stamp)| StampedVersions {
                translations: groups
                    .get(&group)
                    .map(|m| m.iter().filter(|v| v.id != stamp.id).cloned().collect())
                    .unwrap_or_default(),
                stamp,
                language,
            })
            .collect())
    }

    /// The public members of translation groups (from rows by id): the group of each public
    /// item, and the public items of each group, by id. Whatever is not public is dropped
    /// here, first.
    fn public_groups(
        &self,
        rows: Vec<(i64, String, ItemStamp)>,
    ) -> (HashMap<ItemId, i64>, HashMap<i64, Vec<Version>>) {
        let mut group_of = HashMap::new();
        let mut groups: HashMap<i64, Vec<Version>> = HashMap::new();
        for (group, language, stamp) in rows {
            if !self.shows(&stamp.visibility) {
                continue;
            }
            group_of.insert(stamp.id, group);
            groups.entry(group).or_default().push(Version {
                id: stamp.id,
                language,
                slug: stamp.slug,
            });
        }
        (group_of, groups)
    }

    /// The rendered page of a public item: from the cache of pages when it holds one that is
    /// still public, otherwise rendered by `render` (given the item and its public
    /// translations) and kept. Only public pages are cached.
    pub async fn page<E: From<Error>>(
        &self,
        id: ItemId,
        render: impl AsyncFnOnce(&Item, &[Item]) -> Result<CachedPage, E>,
    ) -> Result<Option<CachedPage>, E> {
        let today = self.state.site().today(self.now);
        let kept = || {
            self.state.pages.get(id, today).filter(|page| {
                page.visibility.is_public_at(self.now) && page.until.is_none_or(|u| self.now < u)
            })
        };
        if let Some(page) = kept() {
            self.state.pages.note(true);
            return Ok(Some(page));
        }
        // One render per page at a time: the readers who ask for it meanwhile (all of them,
        // at the instant an embargo ends) wait for it rather than render it again.
        let _turn = self.state.pages.turn(format!("item {}", id.0)).await;
        let kept_meanwhile = kept();
        self.state.pages.note(kept_meanwhile.is_some());
        if let Some(page) = kept_meanwhile {
            return Ok(Some(page));
        }
        let generation = self.state.pages.generation();
        let Some(item) = self.item(id).await? else {
            return Ok(None);
        };
        let translations = self.translations(&item).await?;
        // Read before rendering: an item that becomes public after this instant is not in
        // the lists the page shows of other items.
        let next_public = self.state.catalog().next_public_change(self.now);
        let mut page = render(&item, &translations).await?;
        // A translation scheduled to become public changes this page then, and another item
        // may join its lists of related items: the cached copy lasts until the first of those
        // instants. Nothing of either is shown before.
        page.until = match (self.next_translation(id).await?, next_public) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        self.state.pages.put(id, page.clone(), generation);
        Ok(Some(page))
    }

    /// A page that lists items and that everyone asks for (the home page, the newsroom's
    /// first page), kept under `key`: from the cache while it is valid, else `render`ed and
    /// kept until a write, the end of the day or the next instant at which an item becomes
    /// public — so that it never shows a withdrawn item nor hides one past its instant.
    pub async fn view<E: From<Error>>(
        &self,
        key: String,
        render: impl Future<Output = Result<bytes::Bytes, E>>,
    ) -> Result<CachedView, E> {
        let today = self.state.site().today(self.now);
        if let Some(view) = self.state.pages.view(&key, today, self.now) {
            self.state.pages.note(true);
            return Ok(view);
        }
        let _turn = self.state.pages.turn(format!("view {key}")).await;
        let kept_meanwhile = self.state.pages.view(&key, today, self.now);
        self.state.pages.note(kept_meanwhile.is_some());
        if let Some(view) = kept_meanwhile {
            return Ok(view);
        }
        let generation = self.state.pages.generation();
        let until = self.state.catalog().next_public_change(self.now);
        let mut view = CachedView::new(today, render.await?);
        view.until = until;
        self.state.pages.put_view(key, view.clone(), generation);
        Ok(view)
    }

    /// A listing of the catalog: public items only, counted in the facets (off the async
    /// threads).
    pub async fn listing(&self, q: CatalogQuery) -> Result<search::Results, Error> {
        let catalog = self.state.catalog();
        let now = self.now;
        self.state
            .cpu(move || {
                catalog.query(&search::Query {
                    filter: &q.filter,
                    now,
                    offset: q.offset,
                    limit: q.limit,
                    facets: &q.facets,
                    text: q.text.as_deref().map(Vec::as_slice),
                    order: q.order,
                })
            })
            .await
    }

    /// An API query of the catalog: public items only (off the async threads). With a
    /// `ranker`, a text query ordered by score alone takes its page from it.
    pub async fn api_search(
        &self,
        query: std::sync::Arc<model::query::ApiQuery>,
        text: Option<Vec<(ItemId, f32)>>,
        ranker: Option<search::text::TextRanker>,
    ) -> Result<search::ApiResults, Error> {
        let catalog = self.state.catalog();
        let now = self.now;
        self.state
            .cpu(move || {
                let results = catalog.search(&search::ApiSearch {
                    text: text.as_deref(),
                    ranker: ranker.as_ref().map(|r| r as &dyn search::Ranker),
                    filter: query.filter.as_ref(),
                    now,
                    sort: &query.sort,
                    offset: query.offset,
                    limit: query.limit,
                    facets: &query.facets,
                });
                match ranker.and_then(search::text::TextRanker::failure) {
                    Some(e) => Err(Error::Text(e)),
                    None => Ok(results),
                }
            })
            .await?
    }
}
