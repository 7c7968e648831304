use jiff::Timestamp;
use model::query::{Condition, Field};
use model::{Dimension, ItemId, ItemStatus};

use super::*;
use crate::tests::{catalog, item};
use crate::{Order, Query};

fn sample() -> Catalog {
    let mut embargoed = item(4, 40, "press-release", &["policing"], "2010");
    embargoed.status = ItemStatus::Published;
    embargoed.embargo_until = Some(Timestamp::from_second(50 * 86_400).expect("valid"));
    let mut draft = item(5, 45, "news", &["elections"], "2010");
    draft.status = ItemStatus::Draft;
    let mut placed = item(6, 46, "news", &["youth"], "2010");
    placed.place = "Minsk".into();
    catalog(&[
        item(1, 10, "news", &["elections"], "2008"),
        item(2, 20, "press-release", &["elections", "policing"], "2009"),
        item(3, 30, "press-release", &["policing"], "2009"),
        embargoed,
        draft,
        placed,
    ])
}

/// What a reader can see of a catalog at `now`: every listing and count it answers.
fn seen(c: &Catalog, now: Timestamp) -> String {
    let facets = [Dimension::Type, Dimension::FieldOfWork, Dimension::Year];
    let mut out = String::new();
    for order in [Order::Newest, Order::Oldest] {
        let r = c.query(&Query {
            filter: &Condition::All(vec![]),
            now,
            offset: 0,
            limit: 100,
            facets: &facets,
            text: None,
            order,
        });
        out.push_str(&format!("{r:?}\n"));
    }
    let placed = c.evaluate(
        &Condition::Values {
            field: Field::Place,
            values: vec!["Minsk".into()],
            all: false,
        },
        now,
    );
    out.push_str(&format!("{:?}", placed.ones().collect::<Vec<_>>()));
    out
}

#[test]
fn a_snapshot_reads_back_as_the_same_catalog() {
    let c = sample();
    let bytes = c.to_snapshot(b"db 7 at 42");
    assert_eq!(Catalog::snapshot_stamp(&bytes), Ok(&b"db 7 at 42"[..]));
    let (back, stamp) = Catalog::from_snapshot(&bytes).expect("reads back");
    assert_eq!(stamp, b"db 7 at 42");
    assert_eq!(back.len(), c.len());
    for day in [0, 35, 49, 51, 100] {
        let now = Timestamp::from_second(day * 86_400).expect("valid");
        assert_eq!(seen(&back, now), seen(&c, now), "day {day}");
    }
    // The embargoed item becomes public at the same instant, the draft never.
    let before = Timestamp::from_second(49 * 86_400).expect("valid");
    assert_eq!(
        back.next_public_change(before),
        c.next_public_change(before)
    );
    assert!(!seen(&back, Timestamp::MAX).contains("ItemId(5)"));
    // A catalog read back takes changes like the one it was made from.
    let changed = [item(7, 60, "news", &["migration"], "2011")];
    let a = c.with_changes(&[ItemId(2)], &changed).expect("few terms");
    let b = back
        .with_changes(&[ItemId(2)], &changed)
        .expect("few terms");
    assert_eq!(seen(&a, Timestamp::MAX), seen(&b, Timestamp::MAX));
    // And it writes the same bytes again.
    assert_eq!(back.to_snapshot(b"db 7 at 42"), bytes);
}

#[test]
fn an_empty_catalog_reads_back() {
    let bytes = Catalog::new().to_snapshot(b"");
    let (back, stamp) = Catalog::from_snapshot(&bytes).expect("reads back");
    assert!(back.is_empty());
    assert!(stamp.is_empty());
}

#[test]
fn a_damaged_or_foreign_file_is_refused() {
    let bytes = sample().to_snapshot(b"stamp");
    // Every single flipped bit is caught (the checksum covers the whole file).
    for at in 0..bytes.len() {
        for bit in [0, 3, 7] {
            let mut damaged = bytes.clone();
            damaged[at] ^= 1 << bit;
            assert!(
                Catalog::from_snapshot(&damaged).is_err(),
                "a flipped bit {bit} at byte {at} was not noticed"
            );
        }
    }
    // Cut anywhere.
    for len in [0, 1, 8, 12, bytes.len() / 2, bytes.len() - 1] {
        assert!(
            Catalog::from_snapshot(&bytes[..len]).is_err(),
            "cut at {len}"
        );
    }
    assert_eq!(
        Catalog::from_snapshot(b"SQLite format 3\0....").err(),
        Some(SnapshotError::Format)
    );
    let mut other_version = bytes.clone();
    other_version[8] = 99;
    assert_eq!(
        Catalog::snapshot_stamp(&other_version).err(),
        Some(SnapshotError::Format)
    );
}

#[test]
fn entries_out_of_order_are_refused_even_with_a_good_checksum() {
    // The same catalog with two entries swapped, checksum made again: the order every
    // listing relies on is checked, not taken on trust.
    let c = sample();
    let mut bytes = c.to_snapshot(b"");
    let header = MAGIC.len() + 4 + 8 + 8;
    let (a, b) = (header, header + 33);
    let first: Vec<u8> = bytes[a..a + 33].to_vec();
    let second: Vec<u8> = bytes[b..b + 33].to_vec();
    bytes[a..a + 33].copy_from_slice(&second);
    bytes[b..b + 33].copy_from_slice(&first);
    let body = bytes.len() - 8;
    let sum = checksum(&bytes[..body]);
    bytes[body..].copy_from_slice(&sum.to_le_bytes());
    assert_eq!(
        Catalog::from_snapshot(&bytes).err(),
        Some(SnapshotError::Damaged("the entries are out of order"))
    );
}
