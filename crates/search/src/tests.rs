use jiff::Timestamp;
use jiff::civil::Date;
use model::{Dimension, Filter, ItemId, ItemStatus};

use super::*;
use crate::catalog::date_number;
use proptest::prelude::*;

fn ts(us: i64) -> Timestamp {
    Timestamp::from_microsecond(us).expect("valid")
}

pub(crate) fn item(id: i64, day: i64, ty: &str, fields: &[&str], year: &str) -> CatalogItem {
    let mut values = vec![
        (Dimension::Type, ty.to_owned()),
        (Dimension::Year, year.to_owned()),
    ];
    values.extend(
        fields
            .iter()
            .map(|f| (Dimension::FieldOfWork, (*f).to_owned())),
    );
    let published_at = ts(day * 86_400_000_000);
    CatalogItem {
        id: ItemId(id),
        published_at,
        status: ItemStatus::Published,
        embargo_until: None,
        values,
        date: jiff::tz::TimeZone::UTC.to_datetime(published_at).date(),
        title_key: title_key(&format!("Item {id}")),
        slug: format!("item-{id}"),
        place: String::new(),
        has_summary: false,
        has_body: true,
    }
}

pub(crate) fn catalog(items: &[CatalogItem]) -> Catalog {
    let mut c = Catalog::new();
    for i in items {
        c.push(i).expect("few terms");
    }
    c.finish();
    c
}

const ALL: [Dimension; 3] = [Dimension::Type, Dimension::FieldOfWork, Dimension::Year];

#[test]
fn dates_as_numbers_order_as_dates() {
    assert_eq!(date_number(Date::constant(2024, 3, 5)), 20_240_305);
    assert!(date_number(Date::constant(1999, 12, 31)) < date_number(Date::constant(2000, 1, 1)));
}

#[test]
fn title_keys_are_short_lowercase_and_skip_leading_punctuation() {
    assert_eq!(
        title_key("  «Élections» en Moldavie"),
        "élections» en moldavie"
    );
    assert_eq!(title_key("\"!!\""), "\"!!\"");
    assert_eq!(title_key("   "), "");
    assert_eq!(title_key(&"A".repeat(50)).chars().count(), TITLE_KEY_CHARS);
}

#[test]
fn lists_newest_first_and_counts_disjunctively() {
    let c = catalog(&[
        item(1, 10, "news", &["elections"], "2008"),
        item(2, 20, "press-release", &["elections", "policing"], "2009"),
        item(3, 30, "press-release", &["policing"], "2009"),
    ]);
    let f = Filter::new().with(Dimension::Type, "press-release");
    let r = c.query(&Query {
        filter: &f.condition(),
        now: Timestamp::MAX,
        offset: 0,
        limit: 10,
        facets: &ALL,
        text: None,
        order: Order::Newest,
    });
    assert_eq!(r.ids, vec![ItemId(3), ItemId(2)]);
    assert_eq!(r.total, 2);
    // The type facet ignores the type selection: news still counts 1.
    let types = &r.facets[&Dimension::Type];
    assert_eq!(
        types,
        &vec![
            FacetValue {
                value: "press-release".into(),
                count: 2
            },
            FacetValue {
                value: "news".into(),
                count: 1
            },
        ]
    );
    let fields = &r.facets[&Dimension::FieldOfWork];
    assert_eq!(
        fields
            .iter()
            .map(|v| (v.value.as_str(), v.count))
            .collect::<Vec<_>>(),
        vec![("policing", 2), ("elections", 1)]
    );
}

#[test]
fn listings_follow_the_date_readers_see_at_each_place() {
    // 30 November at 00:30 in Dushanbe (UTC+5) is 29 November, 19:30 UTC; 29 November at
    // 23:00 in Vienna (UTC+1) is 22:00 UTC, later, but on an earlier day where it was written.
    let at = |s: &str| s.parse::<jiff::Timestamp>().expect("instant");
    let mut dushanbe = item(1, 0, "news", &[], "2026");
    dushanbe.published_at = at("2026-11-29T19:30:00Z");
    dushanbe.date = jiff::civil::date(2026, 11, 30);
    let mut vienna = item(2, 0, "news", &[], "2026");
    vienna.published_at = at("2026-11-29T22:00:00Z");
    vienna.date = jiff::civil::date(2026, 11, 29);
    let c = catalog(&[vienna, dushanbe]);
    let f = Filter::new();
    let listed = |order| {
        c.query(&Query {
            filter: &f.condition(),
            now: at("2026-12-01T00:00:00Z"),
            offset: 0,
            limit: 10,
            facets: &[],
            text: None,
            order,
        })
        .ids
    };
    assert_eq!(listed(Order::Newest), vec![ItemId(1), ItemId(2)]);
    assert_eq!(listed(Order::Oldest), vec![ItemId(2), ItemId(1)]);
    // A range of days is of those same dates.
    let day = |d| Some(jiff::civil::date(2026, 11, d));
    let on_30th = c.dated(day(30), day(30));
    assert_eq!(
        on_30th.ones().collect::<Vec<_>>(),
        vec![0],
        "Dushanbe's only"
    );
    assert_eq!(
        c.dated(day(29), day(29)).ones().collect::<Vec<_>>(),
        vec![1]
    );
    assert_eq!(c.dated(None, None).count(), 2);
    assert_eq!(c.dated(day(1), day(28)).count(), 0);
}

#[test]
fn the_next_change_of_what_is_public_is_the_first_embargo_ahead() {
    let day = 86_400_000_000;
    let mut first = item(2, 20, "news", &[], "2009");
    first.embargo_until = Some(ts(100 * day));
    let mut second = item(4, 30, "news", &[], "2009");
    second.embargo_until = Some(ts(120 * day));
    let mut draft = item(3, 5, "news", &[], "2009");
    draft.status = ItemStatus::Draft;
    let c = catalog(&[item(1, 10, "news", &[], "2009"), first, second, draft]);
    assert_eq!(c.next_public_change(ts(50 * day)), Some(ts(100 * day)));
    assert_eq!(c.next_public_change(ts(100 * day)), Some(ts(120 * day)));
    assert_eq!(
        c.next_public_change(ts(120 * day)),
        None,
        "a draft has none"
    );
    assert_eq!(
        c.next_public_change(ts(50 * day)),
        Some(ts(100 * day)),
        "back"
    );
}

#[test]
fn items_not_public_now_are_neither_listed_nor_counted() {
    let mut embargoed = item(2, 20, "news", &[], "2009");
    embargoed.embargo_until = Some(ts(100 * 86_400_000_000));
    let mut draft = item(3, 5, "news", &[], "2009");
    draft.status = ItemStatus::Draft;
    let c = catalog(&[item(1, 10, "news", &[], "2009"), embargoed, draft]);
    let f = Filter::new();
    let before = c.query(&Query {
        filter: &f.condition(),
        now: ts(50 * 86_400_000_000),
        offset: 0,
        limit: 10,
        facets: &ALL,
        text: None,
        order: Order::Newest,
    });
    assert_eq!(before.ids, vec![ItemId(1)]);
    assert_eq!(before.facets[&Dimension::Type][0].count, 1);
    let after = c.query(&Query {
        filter: &f.condition(),
        now: ts(100 * 86_400_000_000),
        offset: 0,
        limit: 10,
        facets: &ALL,
        text: None,
        order: Order::Newest,
    });
    assert_eq!(after.ids, vec![ItemId(2), ItemId(1)]);
}

#[test]
fn text_matches_narrow_results_and_order_by_relevance() {
    let c = catalog(&[
        item(1, 10, "news", &["elections"], "2008"),
        item(2, 20, "news", &["elections"], "2009"),
        item(3, 30, "statement", &["policing"], "2009"),
    ]);
    let f = Filter::new().condition();
    let matches = [(ItemId(1), 0.5), (ItemId(3), 2.0), (ItemId(99), 9.0)];
    let q = |order, offset, limit| Query {
        filter: &f,
        now: Timestamp::MAX,
        offset,
        limit,
        facets: &ALL,
        text: Some(&matches),
        order,
    };
    let r = c.query(&q(Order::Relevance, 0, 10));
    assert_eq!(r.ids, vec![ItemId(3), ItemId(1)]);
    assert_eq!(r.total, 2, "unknown ids in the matches are ignored");
    assert_eq!(
        r.facets[&Dimension::Type]
            .iter()
            .map(|v| v.count)
            .sum::<u32>(),
        2
    );
    assert_eq!(c.query(&q(Order::Relevance, 1, 1)).ids, vec![ItemId(1)]);
    assert_eq!(
        c.query(&q(Order::Newest, 0, 10)).ids,
        vec![ItemId(3), ItemId(1)]
    );
    assert_eq!(
        c.query(&q(Order::Oldest, 0, 10)).ids,
        vec![ItemId(1), ItemId(3)]
    );
    let all = Query {
        text: None,
        ..q(Order::Oldest, 1, 1)
    };
    assert_eq!(c.query(&all).ids, vec![ItemId(2)]);
}

fn arb_items() -> impl Strategy<Value = Vec<CatalogItem>> {
    let types = prop::sample::select(vec!["news", "press-release", "statement"]);
    let fields = prop::collection::vec(prop::sample::select(vec!["a", "b", "c", "d"]), 0..3);
    let years = prop::sample::select(vec!["2007", "2008", "2009"]);
    prop::collection::vec((0i64..50, types, fields, years, any::<bool>()), 0..120).prop_map(|v| {
        v.into_iter()
            .enumerate()
            .map(|(i, (day, ty, fields, year, published))| {
                let mut it = item(i as i64 + 1, day, ty, &fields, year);
                if !published {
                    it.status = ItemStatus::Draft;
                }
                it
            })
            .collect()
    })
}

fn arb_filter() -> impl Strategy<Value = Filter> {
    (
        prop::collection::vec(
            prop::sample::select(vec!["news", "press-release", "statement"]),
            0..2,
        ),
        prop::collection::vec(prop::sample::select(vec!["a", "b", "c", "d", "zz"]), 0..2),
        prop::collection::vec(prop::sample::select(vec!["2007", "2008", "2009"]), 0..2),
    )
        .prop_map(|(t, f, y)| {
            let mut filter = Filter::new();
            for v in t {
                filter = filter.with(Dimension::Type, v);
            }
            for v in f {
                filter = filter.with(Dimension::FieldOfWork, v);
            }
            for v in y {
                filter = filter.with(Dimension::Year, v);
            }
            filter
        })
}

fn brute_force(items: &[CatalogItem], f: &Filter) -> Vec<ItemId> {
    let mut hits: Vec<&CatalogItem> = items
        .iter()
        .filter(|i| i.status == ItemStatus::Published)
        // The short form's semantics: every dimension has one of its values.
        .filter(|i| {
            f.dimensions().all(|(d, wanted)| {
                i.values
                    .iter()
                    .any(|(vd, v)| *vd == d && wanted.contains(v))
            })
        })
        .collect();
    hits.sort_by_key(|h| std::cmp::Reverse((h.published_at, h.id)));
    hits.into_iter().map(|i| i.id).collect()
}

/// What a catalog holds, position by position: id, public_from, taxonomy values
/// (sorted), title key, slug hash.
#[allow(clippy::type_complexity)]
fn contents(c: &Catalog) -> Vec<(i64, i64, Vec<(Dimension, String)>, String, u64)> {
    (0..c.len())
        .map(|pos| {
            let mut values: Vec<(Dimension, String)> = (0..c.term_bits.len())
                .filter(|&t| c.term_bits[t].get(pos))
                .map(|t| (c.term_dim[t], c.term_value[t].clone()))
                .collect();
            values.sort();
            let mut listed: Vec<(Dimension, String)> = c
                .terms_at(pos)
                .iter()
                .map(|&t| {
                    (
                        c.term_dim[usize::from(t)],
                        c.term_value[usize::from(t)].clone(),
                    )
                })
                .collect();
            listed.sort();
            assert_eq!(listed, values, "term lists agree with the bitmaps");
            let e = &c.entries[pos];
            (
                e.id,
                e.public_from,
                values,
                c.title_at(pos).to_owned(),
                c.url_hashes[pos],
            )
        })
        .collect()
}

proptest! {
    #[test]
    fn changes_applied_in_memory_equal_a_rebuild(
        items in arb_items(),
        changed in arb_items(),
        removed in prop::collection::vec(1i64..130, 0..20),
        shift in 0i64..40,
    ) {
        // `changed` reuses ids 1.. of `items` (replacing them) and adds new ones above.
        let changed: Vec<CatalogItem> = changed
            .into_iter()
            .enumerate()
            .filter(|(i, _)| i % 3 == 0)
            .map(|(_, mut it)| {
                it.id = ItemId(it.id.0 * 2 + shift);
                it
            })
            .collect();
        let removed: Vec<ItemId> = removed.into_iter().map(ItemId).collect();
        let before = catalog(&items);
        let after = before.with_changes(&removed, &changed).expect("few terms");

        let mut expected: Vec<CatalogItem> = items
            .iter()
            .filter(|i| !removed.contains(&i.id) && !changed.iter().any(|c| c.id == i.id))
            .cloned()
            .collect();
        expected.extend(changed.iter().cloned());
        let rebuilt = catalog(&expected);
        prop_assert_eq!(contents(&after), contents(&rebuilt));
        for id in expected.iter().map(|i| i.id) {
            prop_assert_eq!(after.position(id), rebuilt.position(id));
        }
        for id in &removed {
            if !expected.iter().any(|i| i.id == *id) {
                prop_assert_eq!(after.position(*id), None);
            }
        }
        let q = Query { filter: &Filter::new().condition(), now: Timestamp::MAX, offset: 0, limit: 1000, facets: &ALL, text: None, order: Order::Newest };
        prop_assert_eq!(after.query(&q), rebuilt.query(&q));
    }

    #[test]
    fn paging_never_skips_or_repeats(items in arb_items(), filter in arb_filter(), page_size in 1usize..15) {
        let c = catalog(&items);
        let now = Timestamp::MAX;
        let expected = brute_force(&items, &filter);
        let mut seen = Vec::new();
        let mut offset = 0;
        loop {
            let r = c.query(&Query { filter: &filter.condition(), now, offset, limit: page_size, facets: &[], text: None, order: Order::Newest });
            prop_assert_eq!(r.total, expected.len());
            if r.ids.is_empty() { break; }
            offset += r.ids.len();
            seen.extend(r.ids);
        }
        prop_assert_eq!(seen, expected);
    }

    #[test]
    fn both_ways_of_counting_agree(items in arb_items(), filter in arb_filter()) {
        let c = catalog(&items);
        for dim in ALL {
            let mask = c.any_of(dim, &["a".to_owned(), "news".to_owned(), "2008".to_owned()]);
            let mut masks = vec![mask, (*c.visible_at(i64::MAX)).clone()];
            for (d, values) in filter.dimensions() {
                masks.push(c.any_of(d, values));
            }
            for m in &masks {
                let by_entry = c.count_values_with(dim, m, true);
                let by_value = c.count_values_with(dim, m, false);
                prop_assert_eq!(&by_entry, &by_value);
                prop_assert_eq!(c.count_values(dim, m), by_value);
            }
        }
    }

    #[test]
    fn facet_counts_equal_brute_force(items in arb_items(), filter in arb_filter()) {
        let c = catalog(&items);
        let r = c.query(&Query { filter: &filter.condition(), now: Timestamp::MAX, offset: 0, limit: 0, facets: &ALL, text: None, order: Order::Newest });
        for dim in ALL {
            for fv in &r.facets[&dim] {
                let narrowed = filter.without(dim).with(dim, &fv.value);
                prop_assert_eq!(fv.count as usize, brute_force(&items, &narrowed).len(), "{:?} {}", dim, fv.value);
            }
            // And no value with matches is missing.
            for it in &items {
                for (d, v) in it.values.iter().filter(|(d, _)| *d == dim) {
                    let n = brute_force(&items, &filter.without(*d).with(*d, v)).len();
                    if n > 0 {
                        prop_assert!(r.facets[&dim].iter().any(|fv| &fv.value == v));
                    }
                }
            }
        }
    }
}
