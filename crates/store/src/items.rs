//! Items: write (one transaction per item, or per batch), read by id, scan for the catalog.

use std::collections::HashMap;

use futures_util::TryStreamExt;
use jiff::Timestamp;
use model::{Item, ItemId, ItemStatus, LanguageCode, NewItem, Slug};
use sqlx::any::AnyRow;
use sqlx::{AssertSqlSafe, Row};

use crate::{Result, Store, StoreError};

/// The kinds of taxonomy terms an item carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TermKind {
    Source,
    FieldOfWork,
    Country,
    Meeting,
}

impl TermKind {
    pub(crate) fn code(self) -> &'static str {
        match self {
            TermKind::Source => "s",
            TermKind::FieldOfWork => "f",
            TermKind::Country => "c",
            TermKind::Meeting => "m",
        }
    }

    fn from_code(code: &str) -> Option<TermKind> {
        match code {
            "s" => Some(TermKind::Source),
            "f" => Some(TermKind::FieldOfWork),
            "c" => Some(TermKind::Country),
            "m" => Some(TermKind::Meeting),
            _ => None,
        }
    }
}

/// What the in-memory catalog needs of one item.
#[derive(Debug, Clone)]
pub struct CatalogRow {
    pub id: ItemId,
    pub item_type: String,
    pub language: String,
    pub time_zone: String,
    pub published_at: Timestamp,
    pub status: ItemStatus,
    pub embargo_until: Option<Timestamp>,
    pub terms: Vec<(TermKind, String)>,
    pub title: String,
    pub slug: String,
    pub place: String,
    /// Whether the summary holds more than spaces.
    pub has_summary: bool,
    /// Whether the body holds more than spaces.
    pub has_body: bool,
}

const ITEM_COLUMNS: &str = "id, translation_group, language, item_type, title, slug, summary, body_html, place, \
     time_zone, published_at, status, embargo_until, external_id, is_demo, revision, created_at, updated_at, content_hash";

/// [`ITEM_COLUMNS`] for cards: the body's first characters, and only when there is no
/// summary (portable: `substr` counts characters on SQLite and PostgreSQL alike).
const CARD_COLUMNS: &str = "id, translation_group, language, item_type, title, slug, summary, \
     CASE WHEN summary = '' THEN substr(body_html, 1, 6000) ELSE '' END AS body_html, place, \
     time_zone, published_at, status, embargo_until, external_id, is_demo, revision, created_at, updated_at, content_hash";

/// Columns written on insert, in bind order.
const INSERT_COLUMNS: usize = 19;

/// A fingerprint of what an item says (not of when or by whom it was stored), to tell a
/// changed item from an unchanged one on import.
pub fn content_hash(item: &NewItem) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut feed = |s: &str| {
        for b in s.bytes().chain(std::iter::once(0x1f)) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    };
    feed(item.item_type.as_str());
    feed(item.language.as_str());
    feed(&item.title);
    feed(&item.summary);
    feed(&item.body_html);
    feed(&item.place);
    feed(&item.time_zone);
    feed(&item.published_at.as_microsecond().to_string());
    feed(item.status.as_str());
    feed(
        &item
            .embargo_until
            .map(|e| e.as_microsecond().to_string())
            .unwrap_or_default(),
    );
    for (kind, _, slug) in terms_of(item) {
        feed(kind.code());
        feed(slug.as_str());
    }
    feed(
        &item
            .translation_of
            .map(|t| t.0.to_string())
            .unwrap_or_default(),
    );
    format!("{h:016x}")
}

/// Writes, inside `tx`, the outbox row of a change to the items `first..=last`, and tells
/// the other nodes when the transaction commits.
pub(crate) async fn announce_items(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    first: i64,
    last: i64,
    now: Timestamp,
) -> Result<()> {
    sqlx::query("INSERT INTO outbox (first_id, last_id, at) VALUES ($1, $2, $3)")
        .bind(first)
        .bind(last)
        .bind(micros(now))
        .execute(&mut **tx)
        .await?;
    crate::connection::announce_change(tx).await
}

/// Writes, inside `tx`, the outbox row of a change that touches no item (an empty id range):
/// readers reload what they render with (the glossary, the site definition). A renamed
/// structure is named, for the search index to take its items again.
pub(crate) async fn announce_in(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    now: Timestamp,
    renamed_structure: Option<&str>,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO outbox (first_id, last_id, at, renamed_structure) VALUES (1, 0, $1, $2)",
    )
    .bind(micros(now))
    .bind(renamed_structure.map(str::to_owned))
    .execute(&mut **tx)
    .await?;
    crate::connection::announce_change(tx).await?;
    Ok(())
}

pub(crate) fn micros(t: Timestamp) -> i64 {
    t.as_microsecond()
}

pub(crate) fn instant(us: i64) -> Result<Timestamp> {
    Timestamp::from_microsecond(us).map_err(|e| StoreError::Corrupt(format!("instant {us}: {e}")))
}

pub(crate) fn terms_of(item: &NewItem) -> impl Iterator<Item = (TermKind, usize, &Slug)> {
    let lists: [(TermKind, &Vec<Slug>); 4] = [
        (TermKind::Source, &item.sources),
        (TermKind::FieldOfWork, &item.fields_of_work),
        (TermKind::Country, &item.countries),
        (TermKind::Meeting, &item.meetings),
    ];
    lists
        .into_iter()
        .flat_map(|(k, v)| v.iter().enumerate().map(move |(i, s)| (k, i, s)))
}

fn placeholders(rows: usize, cols: usize) -> String {
    let mut s = String::with_capacity(rows * cols * 5);
    for r in 0..rows {
        if r > 0 {
            s.push_str(", ");
        }
        s.push('(');
        for c in 0..cols {
            if c > 0 {
                s.push_str(", ");
            }
            s.push('$');
            s.push_str(&(r * cols + c + 1).to_string());
        }
        s.push(')');
    }
    s
}

struct Prepared<'a> {
    id: i64,
    group: i64,
    slug: String,
    item: &'a NewItem,
}

impl Store {
    /// Items published or scheduled whose publication instant or embargo ends in
    /// `(after, upto]`: those that may have become public in that stretch of time without any
    /// change to the database (the search index takes an item at its instant, not before).
    /// Each is checked by the caller against `Visibility`.
    pub async fn items_public_from_between(
        &self,
        after: Timestamp,
        upto: Timestamp,
    ) -> Result<Vec<ItemId>> {
        let mut ids: Vec<ItemId> = Vec::new();
        for column in ["published_at", "embargo_until"] {
            let rows: Vec<(i64,)> = sqlx::query_as(AssertSqlSafe(format!(
                "SELECT id FROM items WHERE {column} > $1 AND {column} <= $2 \
                 AND status IN ('published', 'scheduled')"
            )))
            .bind(after.as_microsecond())
            .bind(upto.as_microsecond())
            .fetch_all(&self.pool)
            .await?;
            ids.extend(rows.into_iter().map(|(id,)| ItemId(id)));
        }
        ids.sort_unstable();
        ids.dedup();
        Ok(ids)
    }

    /// Stores a new item (with its terms) in one transaction and returns its permanent id.
    pub async fn insert_item(&self, item: &NewItem, now: Timestamp) -> Result<ItemId> {
        let ids = self.insert_items(std::slice::from_ref(item), now).await?;
        ids.into_iter().next().ok_or(StoreError::NotFound)
    }

    /// Stores many new items in one transaction (all or nothing), in multi-row statements.
    pub async fn insert_items(&self, items: &[NewItem], now: Timestamp) -> Result<Vec<ItemId>> {
        if items.is_empty() {
            return Ok(Vec::new());
        }
        let (_turn, mut tx) = self.begin_write().await?;
        let ids = insert_in(&mut tx, items, now).await?;
        tx.commit().await?;
        Ok(ids)
    }

    pub async fn item_id_by_external_id(&self, external_id: &str) -> Result<Option<ItemId>> {
        let row: Option<(i64,)> = sqlx::query_as("SELECT id FROM items WHERE external_id = $1")
            .bind(external_id)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.map(|r| ItemId(r.0)))
    }

    /// The sequence number of the last change (0 for an empty database): it grows with
    /// every write transaction.
    pub async fn change_counter(&self) -> Result<i64> {
        let (n,): (i64,) = sqlx::query_as("SELECT COALESCE(MAX(seq), 0) FROM outbox")
            .fetch_one(&self.pool)
            .await?;
        Ok(n)
    }

    /// Up to `limit` item ids greater than `after`, in increasing order (to walk all items).
    pub async fn item_ids_after(&self, after: ItemId, limit: i64) -> Result<Vec<ItemId>> {
        let rows: Vec<(i64,)> =
            sqlx::query_as("SELECT id FROM items WHERE id > $1 ORDER BY id LIMIT $2")
                .bind(after.0)
                .bind(limit)
                .fetch_all(&self.pool)
                .await?;
        Ok(rows.into_iter().map(|r| ItemId(r.0)).collect())
    }

    /// The ids of items changed after change `after` up to change `upto` (inclusive), in
    /// increasing order without repeats.
    pub async fn changed_items(&self, after: i64, upto: i64) -> Result<Vec<ItemId>> {
        let rows: Vec<(i64, i64)> = sqlx::query_as(
            "SELECT first_id, last_id FROM outbox WHERE seq > $1 AND seq <= $2 ORDER BY seq",
        )
        .bind(after)
        .bind(upto)
        .fetch_all(&self.pool)
        .await?;
        let mut ids: Vec<i64> = rows.into_iter().flat_map(|(a, b)| a..=b).collect();
        ids.sort_unstable();
        ids.dedup();
        Ok(ids.into_iter().map(ItemId).collect())
    }

    pub async fn count_items(&self) -> Result<i64> {
        let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM items")
            .fetch_one(&self.pool)
            .await?;
        Ok(n)
    }

    /// One item with its terms, whatever its status (callers apply `Visibility`).
    pub async fn item(&self, id: ItemId) -> Result<Option<Item>> {
        Ok(self.items(&[id]).await?.pop())
    }

    /// The items with these ids, in the order of `ids` (missing ids are skipped).
    pub async fn items(&self, ids: &[ItemId]) -> Result<Vec<Item>> {
        self.items_with(ids, ITEM_COLUMNS).await
    }

    /// [`items`](Self::items) as cards show them: the body only where there is no summary to
    /// show instead, and only its beginning (the excerpt is its first few lines). A page of
    /// cards reads a fraction of the text it would otherwise.
    pub async fn card_items(&self, ids: &[ItemId]) -> Result<Vec<Item>> {
        self.items_with(ids, CARD_COLUMNS).await
    }

    async fn items_with(&self, ids: &[ItemId], columns: &str) -> Result<Vec<Item>> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let list = placeholders(1, ids.len());
        let sql = format!("SELECT {columns} FROM items WHERE id IN {list}");
        let mut q = sqlx::query(AssertSqlSafe(sql));
        for id in ids {
            q = q.bind(id.0);
        }
        let rows = q.fetch_all(&self.pool).await?;
        let mut by_id: HashMap<i64, Item> = HashMap::with_capacity(rows.len());
        for row in &rows {
            let item = item_from_row(row)?;
            by_id.insert(item.id.0, item);
        }

        let sql = format!(
            "SELECT item_id, kind, position, slug FROM item_terms WHERE item_id IN {list} ORDER BY item_id, kind, position"
        );
        let mut q = sqlx::query(AssertSqlSafe(sql));
        for id in ids {
            q = q.bind(id.0);
        }
        for row in q.fetch_all(&self.pool).await? {
            let item_id: i64 = row.try_get(0)?;
            let kind: String = row.try_get(1)?;
            let slug: String = row.try_get(3)?;
            let Some(item) = by_id.get_mut(&item_id) else {
                continue;
            };
            let slug = Slug::parse(&slug).map_err(|e| StoreError::Corrupt(e.to_string()))?;
            let list = match TermKind::from_code(&kind) {
                Some(TermKind::Source) => &mut item.data.sources,
                Some(TermKind::FieldOfWork) => &mut item.data.fields_of_work,
                Some(TermKind::Country) => &mut item.data.countries,
                Some(TermKind::Meeting) => &mut item.data.meetings,
                None => return Err(StoreError::Corrupt(format!("unknown term kind '{kind}'"))),
            };
            list.push(slug);
        }
        Ok(ids.iter().filter_map(|id| by_id.remove(&id.0)).collect())
    }

    /// The ids of the most recently changed items, newest change first; only items with one
    /// of `sources` among their sources when `sources` is given.
    pub async fn recently_changed(
        &self,
        sources: Option<&[String]>,
        limit: i64,
    ) -> Result<Vec<ItemId>> {
        let rows: Vec<(i64,)> = match sources {
            None => {
                sqlx::query_as("SELECT id FROM items ORDER BY updated_at DESC, id DESC LIMIT $1")
                    .bind(limit)
                    .fetch_all(&self.pool)
                    .await?
            }
            Some([]) => Vec::new(),
            Some(list) => {
                let mut out = Vec::new();
                // Few structures per account: one statement per chunk of them.
                for chunk in list.chunks(100) {
                    let marks: Vec<String> =
                        (0..chunk.len()).map(|i| format!("${}", i + 2)).collect();
                    let sql = format!(
                        "SELECT id, updated_at FROM items WHERE id IN \
                         (SELECT item_id FROM item_terms WHERE kind = 's' AND slug IN ({})) \
                         ORDER BY updated_at DESC, id DESC LIMIT $1",
                        marks.join(", ")
                    );
                    let mut q = sqlx::query_as::<_, (i64, i64)>(AssertSqlSafe(sql)).bind(limit);
                    for s in chunk {
                        q = q.bind(s);
                    }
                    out.extend(q.fetch_all(&self.pool).await?);
                }
                out.sort_by(|a, b| b.1.cmp(&a.1).then(b.0.cmp(&a.0)));
                out.dedup_by_key(|r| r.0);
                out.truncate(usize::try_from(limit).unwrap_or(0));
                out.into_iter().map(|(id, _)| (id,)).collect()
            }
        };
        Ok(rows.into_iter().map(|r| ItemId(r.0)).collect())
    }

    /// Streams what the catalog needs of every item, in id order, to `f`.
    pub async fn scan_catalog(&self, mut f: impl FnMut(CatalogRow)) -> Result<()> {
        let sql = format!("SELECT {CATALOG_COLUMNS} FROM items ORDER BY id");
        let mut items = sqlx::query(AssertSqlSafe(sql)).fetch(&self.pool);
        let mut terms = sqlx::query(
            "SELECT item_id, kind, slug FROM item_terms ORDER BY item_id, kind, position",
        )
        .fetch(&self.pool);
        let mut pending: Option<(i64, TermKind, String)> = None;
        while let Some(row) = items.try_next().await? {
            let mut out = catalog_row(&row)?;
            let id = out.id.0;
            loop {
                if pending.is_none() {
                    pending = match terms.try_next().await? {
                        Some(t) => Some(term_row(&t)?),
                        None => None,
                    };
                }
                match pending.take() {
                    Some((tid, kind, slug)) if tid == id => out.terms.push((kind, slug)),
                    Some(other) if other.0 < id => {}
                    other => {
                        pending = other;
                        break;
                    }
                }
            }
            f(out);
        }
        Ok(())
    }

    /// What the catalog needs of the items with these ids, in increasing id order (ids of
    /// items that do not exist are skipped).
    pub async fn catalog_rows(&self, ids: &[ItemId]) -> Result<Vec<CatalogRow>> {
        let mut ids: Vec<ItemId> = ids.to_vec();
        ids.sort_unstable();
        ids.dedup();
        let mut out = Vec::with_capacity(ids.len());
        // Statements stay small: the SQLite driver looks parameters up by name.
        for chunk in ids.chunks(200) {
            let list = placeholders(1, chunk.len());
            let sql = format!("SELECT {CATALOG_COLUMNS} FROM items WHERE id IN {list} ORDER BY id");
            let mut q = sqlx::query(AssertSqlSafe(sql));
            for id in chunk {
                q = q.bind(id.0);
            }
            let mut rows: Vec<CatalogRow> = q
                .fetch_all(&self.pool)
                .await?
                .iter()
                .map(catalog_row)
                .collect::<Result<_>>()?;
            let sql = format!(
                "SELECT item_id, kind, slug FROM item_terms WHERE item_id IN {list} ORDER BY item_id, kind, position"
            );
            let mut q = sqlx::query(AssertSqlSafe(sql));
            for id in chunk {
                q = q.bind(id.0);
            }
            for t in q.fetch_all(&self.pool).await? {
                let (item_id, kind, slug) = term_row(&t)?;
                if let Ok(i) = rows.binary_search_by_key(&item_id, |r| r.id.0) {
                    rows[i].terms.push((kind, slug));
                }
            }
            out.append(&mut rows);
        }
        Ok(out)
    }
}

/// What a sitemap says of an item: its address, when it last changed, and when it is public.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemStamp {
    pub id: ItemId,
    pub slug: Slug,
    pub updated_at: Timestamp,
    pub visibility: model::Visibility,
}

/// How an item is named in a look-up.
#[derive(Debug, Clone, Copy)]
pub enum ItemKey<'a> {
    Id(ItemId),
    External(&'a str),
}

type AccessRow = (i64, String, String, i64, Option<i64>, Option<String>);

/// What decides whether an account may see an item: its visibility and its sources.
#[derive(Debug, Clone)]
pub struct ItemAccess {
    pub id: ItemId,
    pub language: String,
    pub visibility: model::Visibility,
    pub sources: Vec<Slug>,
}

impl Store {
    /// The access facts of the item with this key (or id), in one query whether it exists or
    /// not: answering "not found" for an item the account may not see takes the same work
    /// as for one that does not exist.
    pub async fn item_access(&self, by: ItemKey<'_>) -> Result<Option<ItemAccess>> {
        const SQL: &str = "SELECT i.id, i.language, i.status, i.published_at, i.embargo_until, t.slug \
             FROM items i LEFT JOIN item_terms t ON t.item_id = i.id AND t.kind = 's' WHERE ";
        let q = match by {
            ItemKey::Id(id) => sqlx::query_as::<_, AccessRow>(AssertSqlSafe(format!(
                "{SQL}i.id = $1 ORDER BY t.position"
            )))
            .bind(id.0),
            ItemKey::External(key) => sqlx::query_as::<_, AccessRow>(AssertSqlSafe(format!(
                "{SQL}i.external_id = $1 ORDER BY t.position"
            )))
            .bind(key.to_owned()),
        };
        let rows = q.fetch_all(&self.pool).await?;
        let Some((id, language, status, published, embargo, _)) = rows.first().cloned() else {
            return Ok(None);
        };
        let corrupt = |e: model::ParseError| StoreError::Corrupt(format!("item {id}: {e}"));
        Ok(Some(ItemAccess {
            id: ItemId(id),
            language,
            visibility: model::Visibility {
                status: ItemStatus::parse(&status).map_err(corrupt)?,
                published_at: instant(published)?,
                embargo_until: embargo.map(instant).transpose()?,
            },
            sources: rows
                .into_iter()
                .filter_map(|r| r.5)
                .map(|s| Slug::parse(&s).map_err(corrupt))
                .collect::<Result<_>>()?,
        }))
    }

    /// The largest item id (0 when there is no item).
    pub async fn max_item_id(&self) -> Result<ItemId> {
        let (n,): (i64,) = sqlx::query_as("SELECT COALESCE(MAX(id), 0) FROM items")
            .fetch_one(&self.pool)
            .await?;
        Ok(ItemId(n))
    }
}

/// The columns [`catalog_row`] reads, in order.
const CATALOG_COLUMNS: &str = "id, item_type, language, time_zone, published_at, status, embargo_until, title, slug, place, \
     CASE WHEN TRIM(summary) = '' THEN 0 ELSE 1 END, CASE WHEN TRIM(body_html) = '' THEN 0 ELSE 1 END";

/// A row of [`CATALOG_COLUMNS`], without its terms.
fn catalog_row(row: &AnyRow) -> Result<CatalogRow> {
    let status: String = row.try_get(5)?;
    Ok(CatalogRow {
        id: ItemId(row.try_get(0)?),
        item_type: row.try_get(1)?,
        language: row.try_get(2)?,
        time_zone: row.try_get(3)?,
        published_at: instant(row.try_get(4)?)?,
        status: ItemStatus::parse(&status).map_err(|e| StoreError::Corrupt(e.to_string()))?,
        embargo_until: row.try_get::<Option<i64>, _>(6)?.map(instant).transpose()?,
        terms: Vec::new(),
        title: row.try_get(7)?,
        slug: row.try_get(8)?,
        place: row.try_get(9)?,
        has_summary: row.try_get::<i64, _>(10)? != 0,
        has_body: row.try_get::<i64, _>(11)? != 0,
    })
}

/// A row of `item_id, kind, slug` from `item_terms`.
fn term_row(row: &AnyRow) -> Result<(i64, TermKind, String)> {
    let kind: String = row.try_get(1)?;
    let kind = TermKind::from_code(&kind)
        .ok_or_else(|| StoreError::Corrupt(format!("unknown term kind '{kind}'")))?;
    Ok((row.try_get(0)?, kind, row.try_get(2)?))
}

/// Inserts new items inside a transaction (with their terms and an outbox entry).
pub(crate) async fn insert_in(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    items: &[NewItem],
    now: Timestamp,
) -> Result<Vec<ItemId>> {
    if items.is_empty() {
        return Ok(Vec::new());
    }
    let count =
        i64::try_from(items.len()).map_err(|_| StoreError::Corrupt("batch too large".into()))?;
    let (last,): (i64,) = sqlx::query_as(
        "UPDATE id_sequence SET last_id = last_id + $1 WHERE name = 'items' RETURNING last_id",
    )
    .bind(count)
    .fetch_one(&mut **tx)
    .await?;
    let first = last - count + 1;
    let mut groups = HashMap::new();
    for item in items {
        if let Some(of) = item.translation_of
            && let std::collections::hash_map::Entry::Vacant(e) = groups.entry(of)
        {
            let g: Option<(i64,)> =
                sqlx::query_as("SELECT translation_group FROM items WHERE id = $1")
                    .bind(of.0)
                    .fetch_optional(&mut **tx)
                    .await?;
            e.insert(g.map(|g| g.0).ok_or(StoreError::NotFound)?);
        }
    }
    let prepared: Vec<Prepared<'_>> = items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let id = first + i as i64;
            let group = item
                .translation_of
                .and_then(|of| groups.get(&of).copied())
                .unwrap_or(id);
            Prepared {
                id,
                group,
                slug: Slug::slugify(&item.title).to_string(),
                item,
            }
        })
        .collect();

    const ITEM_ROWS: usize = 12;
    for chunk in prepared.chunks(ITEM_ROWS) {
        let sql = format!(
            "INSERT INTO items ({ITEM_COLUMNS}) VALUES {}",
            placeholders(chunk.len(), INSERT_COLUMNS)
        );
        let mut q = sqlx::query(AssertSqlSafe(sql));
        let now_us = micros(now);
        for p in chunk {
            let it = p.item;
            q = q
                .bind(p.id)
                .bind(p.group)
                .bind(it.language.as_str().to_owned())
                .bind(it.item_type.as_str().to_owned())
                .bind(it.title.clone())
                .bind(p.slug.clone())
                .bind(it.summary.clone())
                .bind(it.body_html.clone())
                .bind(it.place.clone())
                .bind(it.time_zone.clone())
                .bind(micros(it.published_at))
                .bind(it.status.as_str())
                .bind(it.embargo_until.map(micros))
                .bind(it.external_id.clone())
                .bind(i64::from(it.is_demo))
                .bind(1_i64)
                .bind(now_us)
                .bind(now_us)
                .bind(content_hash(it));
        }
        q.execute(&mut **tx).await?;
    }

    let terms: Vec<(i64, TermKind, usize, &Slug)> = prepared
        .iter()
        .flat_map(|p| terms_of(p.item).map(move |(k, pos, s)| (p.id, k, pos, s)))
        .collect();
    const TERM_ROWS: usize = 32;
    for chunk in terms.chunks(TERM_ROWS) {
        let sql = format!(
            "INSERT INTO item_terms (item_id, kind, position, slug) VALUES {}",
            placeholders(chunk.len(), 4)
        );
        let mut q = sqlx::query(AssertSqlSafe(sql));
        for (id, kind, pos, slug) in chunk {
            q = q
                .bind(*id)
                .bind(kind.code())
                .bind(*pos as i64)
                .bind(slug.as_str().to_owned());
        }
        q.execute(&mut **tx).await?;
    }
    announce_items(tx, first, last, now).await?;
    Ok(prepared.iter().map(|p| ItemId(p.id)).collect())
}

fn item_from_row(row: &AnyRow) -> Result<Item> {
    let corrupt = |e: model::ParseError| StoreError::Corrupt(e.to_string());
    let language: String = row.try_get("language")?;
    let item_type: String = row.try_get("item_type")?;
    let slug: String = row.try_get("slug")?;
    let status: String = row.try_get("status")?;
    let is_demo: i64 = row.try_get("is_demo")?;
    Ok(Item {
        id: ItemId(row.try_get("id")?),
        translation_group: row.try_get("translation_group")?,
        slug: Slug::parse(&slug).map_err(corrupt)?,
        revision: row.try_get("revision")?,
        updated_at: instant(row.try_get("updated_at")?)?,
        data: NewItem {
            external_id: row.try_get("external_id")?,
            item_type: Slug::parse(&item_type).map_err(corrupt)?,
            language: LanguageCode::parse(&language).map_err(corrupt)?,
            translation_of: None,
            title: row.try_get("title")?,
            summary: row.try_get("summary")?,
            body_html: row.try_get("body_html")?,
            place: row.try_get("place")?,
            time_zone: row.try_get("time_zone")?,
            published_at: instant(row.try_get("published_at")?)?,
            status: ItemStatus::parse(&status).map_err(corrupt)?,
            embargo_until: row
                .try_get::<Option<i64>, _>("embargo_until")?
                .map(instant)
                .transpose()?,
            sources: Vec::new(),
            fields_of_work: Vec::new(),
            countries: Vec::new(),
            meetings: Vec::new(),
            is_demo: is_demo != 0,
        },
    })
}
