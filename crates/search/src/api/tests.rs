//! The API search against the reference semantics (`Condition::matches`) by brute force.

use std::collections::BTreeMap;

use jiff::Timestamp;
use jiff::civil::Date;
use model::query::{
    Condition, FacetRequest, FacetSort, Field, Interval, ItemFacts, Scope, Sort, SortKey,
};
use model::{Dimension, ItemId, ItemStatus, Visibility};
use proptest::prelude::*;

use crate::{ApiSearch, Catalog, CatalogItem, orders_by_score, orders_by_score_alone, title_key};

const DAY: i64 = 86_400_000_000;
/// The instant of the searches: day 700 (items after it, or embargoed past it, are hidden).
const NOW_DAY: i64 = 700;

fn ts(us: i64) -> Timestamp {
    Timestamp::from_microsecond(us).expect("valid")
}

/// The reference facts of an item, as the API defines them.
struct Facts<'a>(&'a CatalogItem);

impl ItemFacts for Facts<'_> {
    fn values(&self, field: Field) -> Vec<String> {
        let i = self.0;
        let non_blank = |s: &str| {
            if s.trim().is_empty() {
                vec![]
            } else {
                vec![s.to_owned()]
            }
        };
        match field {
            Field::Id => vec![i.id.to_string()],
            Field::Date => vec![i.date.to_string()],
            Field::Title => non_blank(&i.title_key),
            Field::Summary => non_blank(if i.has_summary { "x" } else { "" }),
            Field::Body => non_blank(if i.has_body { "x" } else { "" }),
            Field::Place => non_blank(&i.place),
            Field::Url => vec![format!("/items/{}/{}", i.id, i.slug)],
            f => match f.dimension() {
                Some(dim) => i
                    .values
                    .iter()
                    .filter(|(d, _)| *d == dim)
                    .map(|(_, v)| v.clone())
                    .collect(),
                None => vec![],
            },
        }
    }
}

fn public(i: &CatalogItem, now: Timestamp) -> bool {
    Visibility {
        status: i.status,
        published_at: i.published_at,
        embargo_until: i.embargo_until,
    }
    .is_public_at(now)
}

const TYPES: [&str; 3] = ["news", "press-release", "statement"];
const FIELDS: [&str; 4] = ["elections", "policing", "media", "gender"];
/// Sources with their ancestors, as the catalog is given them.
const SOURCES: [&[&str]; 4] = [
    &["secretariat"],
    &["mission-a", "field-operations"],
    &["mission-b", "field-operations"],
    &["odihr"],
];
/// Days (since 1970-01-01) items are published on: a few, so that date conditions often hit
/// them and their neighbours, across months and years.
const DAYS: [i64; 10] = [0, 1, 30, 31, 58, 364, 365, 366, 699, 701];
const PLACES: [&str; 4] = ["", "Vienna", "Minsk", "  "];
const TITLES: [&str; 5] = ["Alpha", "beta", "\"Alpha\"", "Gamma ray", ""];

#[allow(clippy::type_complexity)]
fn arb_items() -> impl Strategy<Value = Vec<CatalogItem>> {
    let one = (
        (prop::sample::select(DAYS.to_vec()), 0i64..DAY, -1i64..=1),
        prop::sample::select(TYPES.to_vec()),
        prop::collection::vec(prop::sample::select(FIELDS.to_vec()), 0..3),
        prop::collection::vec(0usize..SOURCES.len(), 0..2),
        (
            prop::sample::select(PLACES.to_vec()),
            prop::sample::select(TITLES.to_vec()),
            any::<bool>(),
            any::<bool>(),
        ),
        (0u8..10, prop::sample::select(vec!["en", "ru"])),
    );
    prop::collection::vec(one, 0..90).prop_map(|v| {
        v.into_iter()
            .enumerate()
            .map(
                |(
                    i,
                    ((day, time, skew), ty, fields, sources, (place, title, sum, body), (st, lang)),
                )| {
                    let id = i as i64 + 1;
                    let published_at = ts(day * DAY + time);
                    let utc = jiff::tz::TimeZone::UTC.to_datetime(published_at).date();
                    let date = utc
                        .checked_add(jiff::Span::new().days(skew))
                        .expect("date in range");
                    let mut values = vec![
                        (Dimension::Type, ty.to_owned()),
                        (Dimension::Language, lang.to_owned()),
                        (Dimension::Year, date.year().to_string()),
                    ];
                    values.extend(
                        fields
                            .iter()
                            .map(|f| (Dimension::FieldOfWork, (*f).to_owned())),
                    );
                    for s in sources {
                        values.extend(
                            SOURCES[s]
                                .iter()
                                .map(|s| (Dimension::Source, (*s).to_owned())),
                        );
                    }
                    let (status, embargo_until) = match st {
                        0 => (ItemStatus::Draft, None),
                        1 => (ItemStatus::Published, Some(ts((NOW_DAY + 5) * DAY))),
                        2 => (ItemStatus::Published, Some(ts(10 * DAY))),
                        _ => (ItemStatus::Published, None),
                    };
                    CatalogItem {
                        id: ItemId(id),
                        published_at,
                        status,
                        embargo_until,
                        values,
                        date,
                        title_key: title_key(title),
                        slug: format!("item-{}", id % 7),
                        place: place.to_owned(),
                        has_summary: sum,
                        has_body: body,
                    }
                },
            )
            .collect()
    })
}

fn day_string() -> impl Strategy<Value = String> {
    (prop::sample::select(DAYS.to_vec()), -2i64..=2).prop_map(|(d, delta)| {
        let d = d + delta;
        Date::constant(1970, 1, 1)
            .checked_add(jiff::Span::new().days(d))
            .expect("in range")
            .to_string()
    })
}

fn leaf() -> impl Strategy<Value = Condition> {
    let taxonomy = prop_oneof![
        (
            Just(Field::Type),
            prop::sample::select(vec!["news", "press-release", "statement", "zz"])
        ),
        (
            Just(Field::FieldOfWork),
            prop::sample::select(FIELDS.to_vec())
        ),
        (
            Just(Field::Source),
            prop::sample::select(vec![
                "secretariat",
                "field-operations",
                "mission-a",
                "mission-b",
                "odihr"
            ])
        ),
        (
            Just(Field::Year),
            prop::sample::select(vec!["1970", "1971", "1972", "1969"])
        ),
        (
            Just(Field::Language),
            prop::sample::select(vec!["en", "ru"])
        ),
        (
            Just(Field::Place),
            prop::sample::select(vec!["Vienna", "Minsk", "Nowhere"])
        ),
        (
            Just(Field::Url),
            prop::sample::select(vec![
                "/items/3/item-3",
                "/items/3/item-4",
                "/items/8/item-1",
                "x"
            ])
        ),
        (
            Just(Field::Id),
            prop::sample::select(vec!["1", "2", "5", "40", "89", "007"])
        ),
    ];
    let values = (prop::collection::vec(taxonomy, 1..4), any::<bool>()).prop_map(|(pairs, all)| {
        let field = pairs[0].0;
        let values = pairs
            .iter()
            .filter(|(f, _)| *f == field)
            .map(|(_, v)| (*v).to_owned())
            .collect();
        Condition::Values { field, values, all }
    });
    let dates =
        (prop::collection::vec(day_string(), 1..3), any::<bool>()).prop_map(|(values, all)| {
            Condition::Values {
                field: Field::Date,
                values,
                all,
            }
        });
    let date_range = (
        prop::option::of(day_string()),
        prop::option::of(day_string()),
    )
        .prop_map(|(from, to)| Condition::Range {
            field: Field::Date,
            from,
            to,
        });
    let numeric_range = (
        prop::sample::select(vec![Field::Year, Field::Id]),
        prop::option::of(0i64..100),
        prop::option::of(0i64..100),
    )
        .prop_map(|(field, a, b)| {
            let shown = |n: i64| {
                if field == Field::Year {
                    (1968 + n % 6).to_string()
                } else {
                    n.to_string()
                }
            };
            Condition::Range {
                field,
                from: a.map(shown),
                to: b.map(shown),
            }
        });
    let exists = prop::sample::select(Field::ALL.to_vec()).prop_map(Condition::Exists);
    prop_oneof![4 => values, 1 => dates, 2 => date_range, 1 => numeric_range, 1 => exists]
}

fn condition() -> impl Strategy<Value = Condition> {
    leaf().prop_recursive(3, 24, 3, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..3).prop_map(Condition::All),
            prop::collection::vec(inner.clone(), 0..3).prop_map(Condition::Any),
            inner.prop_map(|c| Condition::Not(Box::new(c))),
        ]
    })
}

fn facet() -> impl Strategy<Value = FacetRequest> {
    (
        prop::sample::select(vec![
            Field::Type,
            Field::FieldOfWork,
            Field::Source,
            Field::Year,
            Field::Language,
            Field::Date,
        ]),
        prop::sample::select(vec![Interval::Year, Interval::Month, Interval::Day]),
        prop::sample::select(vec![Scope::Default, Scope::Query, Scope::Global]),
        prop::option::of(condition()),
        prop::sample::select(vec![
            FacetSort::CountDesc,
            FacetSort::CountAsc,
            FacetSort::ValueAsc,
            FacetSort::ValueDesc,
        ]),
        1usize..6,
    )
        .prop_map(
            |(field, interval, scope, filter, sort, limit)| FacetRequest {
                field,
                name: field.name().to_owned(),
                limit,
                sort,
                filter,
                interval: (field == Field::Date).then_some(interval),
                scope,
            },
        )
}

fn sorts() -> impl Strategy<Value = Vec<Sort>> {
    prop::collection::vec(
        (
            prop::sample::select(vec![
                SortKey::Date,
                SortKey::Title,
                SortKey::Score,
                SortKey::Id,
            ]),
            any::<bool>(),
        ),
        0..4,
    )
    .prop_map(|v| {
        let mut out: Vec<Sort> = Vec::new();
        for (key, descending) in v {
            if !out.iter().any(|s| s.key == key) {
                out.push(Sort { key, descending });
            }
        }
        out
    })
}

/// Text matches: some ids (unknown ones too) with scores that often tie.
fn text() -> impl Strategy<Value = Option<Vec<(ItemId, f32)>>> {
    prop::option::of(prop::collection::vec(
        (1i64..100, prop::sample::select(vec![0.5f32, 1.0, 2.5])),
        0..60,
    ))
    .prop_map(|m| {
        m.map(|v| {
            let mut seen = std::collections::HashSet::new();
            v.into_iter()
                .filter(|(id, _)| seen.insert(*id))
                .map(|(id, s)| (ItemId(id), s))
                .collect()
        })
    })
}

fn catalog(items: &[CatalogItem]) -> Catalog {
    let mut c = Catalog::new();
    for i in items {
        c.push(i).expect("few terms");
    }
    c.finish();
    c
}

fn bucket(date: Date, interval: Interval) -> String {
    match interval {
        Interval::Year => format!("{:04}", date.year()),
        Interval::Month => format!("{:04}-{:02}", date.year(), date.month()),
        Interval::Day => date.to_string(),
    }
}

/// The expected order: the sort keys, then newest first (by the date at the item's place,
/// then the instant), then highest id first.
fn brute_sort(hits: &mut [(&CatalogItem, Option<f32>)], keys: &[Sort], with_text: bool) {
    let default = [Sort {
        key: if with_text {
            SortKey::Score
        } else {
            SortKey::Date
        },
        descending: true,
    }];
    let keys = if keys.is_empty() { &default[..] } else { keys };
    hits.sort_by(|(a, sa), (b, sb)| {
        for s in keys {
            let o = match s.key {
                SortKey::Date => {
                    (a.date, a.published_at, a.id).cmp(&(b.date, b.published_at, b.id))
                }
                SortKey::Title => a.title_key.cmp(&b.title_key),
                SortKey::Id => a.id.cmp(&b.id),
                SortKey::Score => sa.unwrap_or(0.0).total_cmp(&sb.unwrap_or(0.0)),
            };
            let o = if s.descending { o.reverse() } else { o };
            if o.is_ne() {
                return o;
            }
        }
        (b.date, b.published_at, b.id).cmp(&(a.date, a.published_at, a.id))
    });
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn the_engine_agrees_with_the_reference_semantics(
        items in arb_items(),
        filter in prop::option::of(condition()),
        matches in text(),
        facets in prop::collection::vec(facet(), 0..4),
        sort in sorts(),
        page_size in 1usize..9,
    ) {
        let c = catalog(&items);
        let now = ts(NOW_DAY * DAY);
        let scores: BTreeMap<ItemId, f32> = matches.iter().flatten().copied().collect();
        let visible: Vec<&CatalogItem> = items.iter().filter(|i| public(i, now)).collect();
        let in_query: Vec<&CatalogItem> = visible
            .iter()
            .copied()
            .filter(|i| matches.is_none() || scores.contains_key(&i.id))
            .collect();
        let expected: Vec<&CatalogItem> = in_query
            .iter()
            .copied()
            .filter(|i| filter.as_ref().is_none_or(|f| f.matches(&Facts(i))))
            .collect();

        // The filter alone, within the public items.
        if let Some(f) = &filter {
            let bits = c.evaluate(f, now);
            let want = visible.iter().filter(|i| f.matches(&Facts(i))).count();
            prop_assert_eq!(bits.count(), want);
        }

        let q = |offset, limit| ApiSearch {
            text: matches.as_deref(),
            ranker: None,
            filter: filter.as_ref(),
            now,
            sort: &sort,
            offset,
            limit,
            facets: &facets,
        };
        let r = c.search(&q(0, 0));
        prop_assert_eq!(r.total, expected.len());
        prop_assert!(r.hits.is_empty());

        // Every facet count, by brute force.
        for (f, got) in facets.iter().zip(&r.facets) {
            let scope: &[&CatalogItem] = match f.scope {
                Scope::Default => &expected,
                Scope::Query => &in_query,
                Scope::Global => &visible,
            };
            let mut counts: BTreeMap<String, u32> = BTreeMap::new();
            for i in scope.iter().filter(|i| f.filter.as_ref().is_none_or(|c| c.matches(&Facts(i)))) {
                let values = match f.interval {
                    Some(interval) => vec![bucket(i.date, interval)],
                    None => Facts(i).values(f.field),
                };
                let mut values = values;
                values.sort();
                values.dedup();
                for v in values {
                    *counts.entry(v).or_default() += 1;
                }
            }
            prop_assert_eq!(got.more, counts.len() > f.limit);
            prop_assert_eq!(got.values.len(), counts.len().min(f.limit));
            for fv in &got.values {
                prop_assert_eq!(Some(&fv.count), counts.get(&fv.value), "{} {}", f.name, fv.value);
            }
            for w in got.values.windows(2) {
                let (a, b) = (&w[0], &w[1]);
                let ordered = match f.sort {
                    FacetSort::CountDesc => (b.count, &a.value) <= (a.count, &b.value),
                    FacetSort::CountAsc => (a.count, &a.value) <= (b.count, &b.value),
                    FacetSort::ValueAsc => a.value <= b.value,
                    FacetSort::ValueDesc => a.value >= b.value,
                };
                prop_assert!(ordered, "{:?} then {:?}", a, b);
            }
            // No value with a larger count than a listed one was left out (count sorts).
            if f.sort == FacetSort::CountDesc && got.more {
                let last = got.values.last().map_or(0, |v| v.count);
                let listed: Vec<&str> = got.values.iter().map(|v| v.value.as_str()).collect();
                prop_assert!(counts.iter().all(|(v, n)| listed.contains(&v.as_str()) || *n <= last));
            }
        }

        // Paging through the order never skips or repeats, and follows the sort keys.
        let mut want: Vec<(&CatalogItem, Option<f32>)> = expected
            .iter()
            .map(|i| (*i, matches.as_ref().map(|_| scores.get(&i.id).copied().unwrap_or(0.0))))
            .collect();
        brute_sort(&mut want, &sort, matches.is_some());
        let mut seen = Vec::new();
        let mut offset = 0;
        loop {
            let page = c.search(&q(offset, page_size));
            prop_assert_eq!(page.total, expected.len());
            if page.hits.is_empty() {
                break;
            }
            offset += page.hits.len();
            seen.extend(page.hits);
        }
        let got: Vec<(ItemId, Option<f32>)> = seen.iter().map(|h| (h.id, h.score)).collect();
        // An order that does not read the scores gives 0 (the caller scores the page).
        let read_scores = orders_by_score(&sort);
        let want: Vec<(ItemId, Option<f32>)> = want
            .iter()
            .map(|(i, s)| (i.id, s.map(|s| if read_scores { s } else { 0.0 })))
            .collect();
        prop_assert_eq!(got, want);

        // Ordered by score alone, a ranker gives the same pages.
        if let Some(m) = &matches && orders_by_score_alone(&sort) {
            let ranker = BruteRanker(m.clone());
            for (offset, limit) in [(0, page_size), (1, 3), (2, 1000)] {
                let plain = c.search(&q(offset, limit));
                let ranked = c.search(&ApiSearch { ranker: Some(&ranker), ..q(offset, limit) });
                prop_assert_eq!(plain.total, ranked.total);
                prop_assert_eq!(plain.hits, ranked.hits);
            }
        }
    }
}

/// Ranks by sorting every accepted match: what the text index's pruning must equal.
struct BruteRanker(Vec<(ItemId, f32)>);

impl crate::Ranker for BruteRanker {
    fn best(&self, rank: &dyn Fn(ItemId) -> Option<u32>, k: usize) -> Vec<(ItemId, f32)> {
        let mut best: BTreeMap<ItemId, (f32, u32)> = BTreeMap::new();
        for (id, score) in &self.0 {
            if let Some(r) = rank(*id) {
                let e = best.entry(*id).or_insert((*score, r));
                if *score > e.0 {
                    e.0 = *score;
                }
            }
        }
        let mut v: Vec<(ItemId, f32, u32)> =
            best.into_iter().map(|(id, (s, r))| (id, s, r)).collect();
        v.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.2.cmp(&b.2)));
        v.into_iter().take(k).map(|(id, s, _)| (id, s)).collect()
    }
}

fn plain(id: i64, date: &str, hour: i64, skew: i64) -> CatalogItem {
    let date: Date = date.parse().expect("date");
    let published_at = jiff::tz::TimeZone::UTC
        .to_timestamp(date.to_datetime(jiff::civil::Time::midnight()))
        .expect("instant")
        .checked_add(jiff::Span::new().hours(hour))
        .expect("instant");
    let local = date
        .checked_add(jiff::Span::new().days(skew))
        .expect("date");
    CatalogItem {
        id: ItemId(id),
        published_at,
        status: ItemStatus::Published,
        embargo_until: None,
        values: vec![(Dimension::Year, local.year().to_string())],
        date: local,
        title_key: title_key(&format!("Title {id}")),
        slug: format!("title-{id}"),
        place: "Vienna".into(),
        has_summary: false,
        has_body: true,
    }
}

fn ids(c: &Catalog, cond: &Condition) -> Vec<i64> {
    let r = c.search(&ApiSearch {
        text: None,
        ranker: None,
        filter: Some(cond),
        now: Timestamp::MAX,
        sort: &[],
        offset: 0,
        limit: 100,
        facets: &[],
    });
    r.hits.iter().map(|h| h.id.0).collect()
}

#[test]
fn a_date_range_follows_local_dates_across_time_zones() {
    // Item 2 was published late on 4 March in UTC, already 5 March where it happened;
    // item 3 early on 6 March in UTC, still 5 March at its place.
    let c = catalog(&[
        plain(1, "2024-03-04", 12, 0),
        plain(2, "2024-03-04", 23, 1),
        plain(3, "2024-03-06", 1, -1),
        plain(4, "2024-03-06", 12, 0),
    ]);
    let day = |from: &str, to: &str| Condition::Range {
        field: Field::Date,
        from: Some(from.into()),
        to: Some(to.into()),
    };
    assert_eq!(ids(&c, &day("2024-03-05", "2024-03-05")), vec![3, 2]);
    assert_eq!(ids(&c, &day("2024-03-04", "2024-03-05")), vec![3, 2, 1]);
    assert_eq!(ids(&c, &day("2024-03-06", "2024-12-31")), vec![4]);
    let open = Condition::Range {
        field: Field::Date,
        from: None,
        to: Some("2024-03-04".into()),
    };
    assert_eq!(ids(&c, &open), vec![1]);
    let bad = Condition::Range {
        field: Field::Date,
        from: Some("March".into()),
        to: None,
    };
    assert_eq!(
        ids(&c, &bad),
        Vec::<i64>::new(),
        "a malformed bound matches nothing"
    );
}

#[test]
fn urls_places_and_ids_match_exactly() {
    let c = catalog(&[plain(1, "2024-03-04", 12, 0), plain(2, "2024-03-05", 12, 0)]);
    let v = |field, value: &str| Condition::Values {
        field,
        values: vec![value.into()],
        all: false,
    };
    assert_eq!(ids(&c, &v(Field::Url, "/items/2/title-2")), vec![2]);
    assert_eq!(
        ids(&c, &v(Field::Url, "/items/2/title-1")),
        Vec::<i64>::new()
    );
    assert_eq!(
        ids(&c, &v(Field::Url, "/items/02/title-2")),
        Vec::<i64>::new()
    );
    assert_eq!(ids(&c, &v(Field::Place, "Vienna")), vec![2, 1]);
    assert_eq!(ids(&c, &v(Field::Place, "vienna")), Vec::<i64>::new());
    assert_eq!(ids(&c, &v(Field::Id, "1")), vec![1]);
    assert_eq!(ids(&c, &v(Field::Id, "99999999999")), Vec::<i64>::new());
}

#[test]
fn sorts_by_title_then_newest_first() {
    let mut a = plain(1, "2024-03-04", 12, 0);
    a.title_key = title_key("Zebra");
    let mut b = plain(2, "2024-03-05", 12, 0);
    b.title_key = title_key("apple");
    let mut d = plain(3, "2024-03-06", 12, 0);
    d.title_key = title_key("Apple");
    let c = catalog(&[a, b, d]);
    let r = c.search(&ApiSearch {
        text: None,
        ranker: None,
        filter: None,
        now: Timestamp::MAX,
        sort: &[Sort {
            key: SortKey::Title,
            descending: false,
        }],
        offset: 0,
        limit: 10,
        facets: &[],
    });
    let got: Vec<i64> = r.hits.iter().map(|h| h.id.0).collect();
    assert_eq!(got, vec![3, 2, 1], "equal keys: newest first");
    assert!(r.hits.iter().all(|h| h.score.is_none()));
}
