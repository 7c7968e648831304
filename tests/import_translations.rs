//! `communique import` of translated pages: a page that names its original joins the
//! original's translation group, whatever the order of the files and whether the original
//! was imported in the same run or an earlier one; a page whose original was never imported
//! is imported alone and reported with that address; a dry run reports the links and writes
//! nothing. The pages are in `crates/import/tests/translations/`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use model::ItemId;
use serde_json::Value;
use store::Store;

const EN_MINSK: &str = "en-2019-10-15-minsk-secretariat-50123.html";
const RU_MINSK: &str = "ru-2019-10-15-minsk-secretariat-50123-alternate.html";
const EN_BISHKEK: &str = "en-2021-03-02-bishkek-61234.html";
const RU_BISHKEK: &str = "ru-2021-03-02-bishkek-61240-switcher.html";
const RU_TIRANA: &str = "ru-2020-12-04-tirana-chairpersonship-70001-not-imported.html";

const JOINED: &str = "in the translation group of its original";
const NOT_IMPORTED: &str = "translation of an address not imported";

fn communique(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_communique"))
        .args(args)
        .output()
        .expect("the binary runs")
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("crates/import/tests/translations")
        .join(name)
}

fn utf8(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

/// A folder of pages: each fixture copied under the name given, so that the order of the
/// files (the import reads a folder in the order of the names) is the test's.
fn folder(dir: &Path, files: &[(&str, &str)]) -> PathBuf {
    std::fs::create_dir_all(dir).expect("dir");
    for (name, fixture_name) in files {
        std::fs::copy(fixture(fixture_name), dir.join(name)).expect("copy");
    }
    dir.to_owned()
}

/// Runs an import with a report and returns the report.
fn import(data: &Path, report: &Path, paths: &[&Path], extra: &[&str]) -> Value {
    let mut args = vec!["import", "--data-dir", utf8(data), "--report", utf8(report)];
    args.extend_from_slice(extra);
    args.extend(paths.iter().map(|p| utf8(p)));
    let out = communique(&args);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    serde_json::from_slice(&std::fs::read(report).expect("report written")).expect("report is JSON")
}

/// The report's entry of the input whose path ends with `name`.
fn entry<'a>(report: &'a Value, name: &str) -> &'a Value {
    report["inputs"]
        .as_array()
        .and_then(|inputs| {
            inputs
                .iter()
                .find(|i| i["source"].as_str().is_some_and(|s| s.ends_with(name)))
        })
        .unwrap_or_else(|| panic!("no entry for {name} in {report:#}"))
}

fn id_of(report: &Value, name: &str) -> ItemId {
    ItemId(
        entry(report, name)["item_id"]
            .as_i64()
            .unwrap_or_else(|| panic!("{name} has an item id: {report:#}")),
    )
}

async fn group(store: &Store, id: ItemId) -> i64 {
    store
        .item(id)
        .await
        .expect("read")
        .unwrap_or_else(|| panic!("item {id} is stored"))
        .translation_group
}

/// Imports the three translated pages and two originals from one folder whose names put
/// the translations first or last, and checks the groups and the report.
async fn one_run(translations_first: bool) {
    let tmp = tempfile::tempdir().expect("dir");
    let (a, b) = if translations_first {
        ("1", "2")
    } else {
        ("2", "1")
    };
    let pages = folder(
        &tmp.path().join("pages"),
        &[
            (&format!("{a}-ru-minsk.html"), RU_MINSK),
            (&format!("{a}-ru-bishkek.html"), RU_BISHKEK),
            (&format!("{a}-ru-tirana.html"), RU_TIRANA),
            (&format!("{b}-en-minsk.html"), EN_MINSK),
            (&format!("{b}-en-bishkek.html"), EN_BISHKEK),
        ],
    );
    let data = tmp.path().join("data");
    let report_path = tmp.path().join("report.json");
    let r = import(&data, &report_path, &[&pages], &[]);
    assert_eq!(r["summary"]["imported"], 5, "{r:#}");

    let store = Store::open_data_dir(&data).await.expect("store");
    for (en, ru) in [
        ("en-minsk.html", "ru-minsk.html"),
        ("en-bishkek.html", "ru-bishkek.html"),
    ] {
        let (en_id, ru_id) = (id_of(&r, en), id_of(&r, ru));
        assert_eq!(
            group(&store, ru_id).await,
            group(&store, en_id).await,
            "{ru} joins {en}"
        );
        assert_eq!(
            group(&store, en_id).await,
            en_id.0,
            "the original leads its group"
        );
        let link = &entry(&r, ru)["translation_of"];
        assert_eq!(link["outcome"], JOINED, "{link}");
        assert_eq!(link["original_item_id"], en_id.0, "{link}");
        assert!(
            link["original_source"]
                .as_str()
                .is_some_and(|s| s.ends_with(en)),
            "{link}"
        );
        let others = store.translations(en_id).await.expect("group");
        assert_eq!(others.len(), 1, "{others:?}");
        assert_eq!(others[0].1, "ru");
    }
    let link = &entry(&r, "ru-minsk.html")["translation_of"];
    assert_eq!(link["address"], "https://www.osce.org/secretariat/50123");
    assert_eq!(
        link["found_by"],
        "named by the page's hreflang alternate link"
    );
    let link = &entry(&r, "ru-bishkek.html")["translation_of"];
    assert_eq!(
        link["address"],
        "https://www.osce.org/programme-office-in-bishkek/61234"
    );
    assert_eq!(link["found_by"], "named by the page's language switcher");

    // The Tirana page's original was never imported: it stands alone, and the report says
    // which address it translates.
    let tirana = entry(&r, "ru-tirana.html");
    assert_eq!(tirana["outcome"], "imported");
    assert_eq!(
        tirana["translation_of"]["outcome"], NOT_IMPORTED,
        "{tirana}"
    );
    assert_eq!(
        tirana["translation_of"]["address"],
        "https://www.osce.org/chairpersonship/70001"
    );
    assert!(
        tirana["warnings"].as_array().is_some_and(|w| w
            .iter()
            .any(|w| w.as_str().is_some_and(|w| w.starts_with(NOT_IMPORTED)
                && w.contains("https://www.osce.org/chairpersonship/70001")))),
        "{tirana}"
    );
    let tirana_id = id_of(&r, "ru-tirana.html");
    assert_eq!(group(&store, tirana_id).await, tirana_id.0);
    assert!(
        store
            .translations(tirana_id)
            .await
            .expect("group")
            .is_empty()
    );
    assert_eq!(r["summary"]["warnings"][NOT_IMPORTED], 1, "{r:#}");
    store.close().await;

    // The same import again changes nothing and keeps the groups.
    let again = import(&data, &report_path, &[&pages], &[]);
    assert_eq!(again["summary"]["unchanged"], 5, "{again:#}");
    assert_eq!(
        entry(&again, "ru-minsk.html")["translation_of"]["outcome"],
        JOINED
    );
}

#[tokio::test]
async fn a_translation_read_after_its_original_joins_its_group() {
    one_run(false).await;
}

#[tokio::test]
async fn a_translation_read_before_its_original_joins_its_group() {
    one_run(true).await;
}

#[tokio::test]
async fn a_translation_finds_an_original_imported_by_an_earlier_run() {
    let tmp = tempfile::tempdir().expect("dir");
    let data = tmp.path().join("data");
    let report_path = tmp.path().join("report.json");
    let first = import(&data, &report_path, &[&fixture(EN_MINSK)], &[]);
    let en_id = id_of(&first, EN_MINSK);
    let second = import(&data, &report_path, &[&fixture(RU_MINSK)], &[]);
    let link = &entry(&second, RU_MINSK)["translation_of"];
    assert_eq!(link["outcome"], JOINED, "{second:#}");
    assert_eq!(link["original_item_id"], en_id.0);
    assert!(link.get("original_source").is_none(), "{link}");
    let store = Store::open_data_dir(&data).await.expect("store");
    let ru_id = id_of(&second, RU_MINSK);
    assert_eq!(group(&store, ru_id).await, en_id.0);
    store.close().await;
}

#[tokio::test]
async fn a_dry_run_reports_the_links_and_writes_nothing() {
    let tmp = tempfile::tempdir().expect("dir");
    let pages = folder(
        &tmp.path().join("pages"),
        &[
            ("1-ru-minsk.html", RU_MINSK),
            ("2-en-minsk.html", EN_MINSK),
            ("3-ru-tirana.html", RU_TIRANA),
        ],
    );
    let data = tmp.path().join("data");
    let report_path = tmp.path().join("report.json");
    let r = import(&data, &report_path, &[&pages], &["--dry-run"]);
    assert_eq!(r["summary"]["imported"], 3, "{r:#}");
    let link = &entry(&r, "ru-minsk.html")["translation_of"];
    assert_eq!(
        link["outcome"], "would be in the translation group of its original",
        "{link}"
    );
    assert!(
        link["original_source"]
            .as_str()
            .is_some_and(|s| s.ends_with("2-en-minsk.html")),
        "{link}"
    );
    assert_eq!(
        entry(&r, "ru-tirana.html")["translation_of"]["outcome"],
        NOT_IMPORTED
    );
    let store = Store::open_data_dir(&data).await.expect("store");
    assert_eq!(store.count_items().await.expect("count"), 0);
    store.close().await;
}

#[tokio::test]
async fn a_translation_imported_alone_stays_alone_when_its_original_comes() {
    let tmp = tempfile::tempdir().expect("dir");
    let data = tmp.path().join("data");
    let report_path = tmp.path().join("report.json");
    let pages = folder(&tmp.path().join("pages"), &[("ru.html", RU_MINSK)]);
    let first = import(&data, &report_path, &[&pages], &[]);
    assert_eq!(
        entry(&first, "ru.html")["translation_of"]["outcome"],
        NOT_IMPORTED
    );
    folder(&pages, &[("en.html", EN_MINSK)]);
    let second = import(&data, &report_path, &[&pages], &[]);
    let ru = entry(&second, "ru.html");
    assert_eq!(ru["outcome"], "unchanged", "{second:#}");
    assert!(
        ru["translation_of"]["outcome"]
            .as_str()
            .is_some_and(|o| o.starts_with("imported earlier without its original")),
        "{ru}"
    );
}
