//! `communique import` on a folder of the old site's archive, as an archivist runs it: pages
//! in every layout, the options for what pages do not show, the summary by outcome and by
//! kind of warning, no silent duplicates, and old addresses kept for redirects.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::Arc;

use store::Store;

fn communique(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_communique"))
        .args(args)
        .output()
        .expect("the binary runs")
}

fn pages_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/import/tests/pages")
}

fn report(path: &Path) -> serde_json::Value {
    serde_json::from_slice(&std::fs::read(path).expect("report written")).expect("report is JSON")
}

fn arg(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

/// The archive as an archivist has it: the layouts' pages, the page without a date in a
/// folder of its day.
fn archive(root: &Path) -> PathBuf {
    let archive = root.join("archive");
    let dated = archive.join("2013/05/14");
    std::fs::create_dir_all(&dated).expect("dir");
    for entry in std::fs::read_dir(pages_dir().join("layouts")).expect("layouts") {
        let path = entry.expect("entry").path();
        let name = path.file_name().expect("a name").to_owned();
        let to = if name == "en-content-only-no-date.txt" {
            dated.join(&name)
        } else {
            archive.join(&name)
        };
        std::fs::copy(&path, to).expect("copy");
    }
    archive
}

#[test]
fn a_folder_of_every_layout_imports_with_a_summary_by_kind() {
    let tmp = tempfile::tempdir().expect("dir");
    let archive = archive(tmp.path());
    let data = tmp.path().join("data");
    let report_path = tmp.path().join("report.json");

    // Without --date-from-path, the page that shows no date fails with its reason.
    let first = communique(&[
        "import",
        "--data-dir",
        arg(&data),
        "--dry-run",
        "--report",
        arg(&report_path),
        arg(&archive),
    ]);
    assert_eq!(first.status.code(), Some(1), "{first:?}");
    let r = report(&report_path);
    let failed: Vec<&serde_json::Value> = r["inputs"]
        .as_array()
        .expect("inputs")
        .iter()
        .filter(|i| i["outcome"] == "failed")
        .collect();
    assert_eq!(failed.len(), 1, "{r}");
    assert!(
        failed[0]["source"]
            .as_str()
            .is_some_and(|s| s.ends_with("en-content-only-no-date.txt"))
    );
    assert!(
        failed[0]["reason"]
            .as_str()
            .is_some_and(|s| s.contains("--date-from-path")),
        "{r}"
    );

    let run = communique(&[
        "import",
        "--data-dir",
        arg(&data),
        "--date-from-path",
        "--report",
        arg(&report_path),
        arg(&archive),
    ]);
    assert_eq!(run.status.code(), Some(0), "{run:?}");
    let r = report(&report_path);
    let inputs = r["inputs"].as_array().expect("inputs").len();
    assert_eq!(r["summary"]["imported"], inputs, "{r}");
    assert_eq!(r["summary"]["failed"], 0, "{r}");
    // One page names no source anywhere: a draft that needs one, listed as such.
    assert_eq!(r["summary"]["needs_source"], 1, "{r}");
    let drafts: Vec<&str> = r["inputs"]
        .as_array()
        .expect("inputs")
        .iter()
        .filter(|i| {
            i["needs"]
                .as_str()
                .is_some_and(|n| n.starts_with("a source"))
        })
        .filter_map(|i| i["source"].as_str())
        .collect();
    assert!(
        drafts
            .iter()
            .any(|d| d.ends_with("valletta-vienna-disagree.txt")),
        "{drafts:?}"
    );
    let kinds = &r["summary"]["warnings"];
    assert!(
        kinds["type not shown on the page (from the section or --type)"]
            .as_u64()
            .is_some_and(|n| n >= 8),
        "{kinds}"
    );
    assert_eq!(kinds["dates or places of the page disagree"], 1, "{kinds}");
    let out = String::from_utf8_lossy(&run.stdout);
    assert!(out.contains("drafts to review: 1 need a source"), "{out}");
    assert!(out.contains("photo captions and credits dropped"), "{out}");

    // Again: nothing changes, nothing is added twice.
    let again = communique(&[
        "import",
        "--data-dir",
        arg(&data),
        "--date-from-path",
        "--report",
        arg(&report_path),
        arg(&archive),
    ]);
    assert_eq!(again.status.code(), Some(0), "{again:?}");
    let r = report(&report_path);
    assert_eq!(r["summary"]["unchanged"], inputs, "{r}");
}

#[tokio::test]
async fn drafts_and_addresses_are_stored() {
    let tmp = tempfile::tempdir().expect("dir");
    let archive = archive(tmp.path());
    let data = tmp.path().join("data");
    let run = communique(&[
        "import",
        "--data-dir",
        arg(&data),
        "--date-from-path",
        arg(&archive),
    ]);
    assert_eq!(run.status.code(), Some(0), "{run:?}");
    let store = Store::open_data_dir(&data).await.expect("store");
    let id = store
        .item_by_address("/odihr/item_1_21855.html")
        .await
        .expect("look-up")
        .expect("the saved page's address is kept");
    let item = store.item(id).await.expect("read").expect("the item");
    assert_eq!(
        item.data.title,
        "ODIHR launches guidelines on freedom of peaceful assembly"
    );
    assert_eq!(item.data.status, model::ItemStatus::Published);
    assert_eq!(
        store.addresses_of(id).await.expect("addresses"),
        ["http://www.osce.org/odihr/item_1_21855.html"]
    );
    // The page without a source is a draft, not public.
    let key = "page:archive/en-newsroom-2003-10-21-valletta-vienna-disagree.txt";
    let draft = store
        .item_id_by_external_id(key)
        .await
        .expect("look-up")
        .expect("imported");
    let draft = store.item(draft).await.expect("read").expect("the item");
    assert_eq!(draft.data.status, model::ItemStatus::Draft);
    assert!(draft.data.sources.is_empty());
    store.close().await;
}

#[tokio::test]
async fn the_seed_page_updates_the_sample_item_instead_of_copying_it() {
    let tmp = tempfile::tempdir().expect("dir");
    let data = tmp.path().join("data");
    // A fresh install: the first start loads the sample content.
    let site_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("site/osce");
    let sources = publishing::site_sources_from_dir(&site_dir).expect("site");
    let site = Arc::new(model::SiteDefinition::load(&sources).expect("valid site"));
    let app = publishing::open(&data, site, Arc::new(model::SystemClock))
        .await
        .expect("opens");
    let before = app.store.count_items().await.expect("count");
    let sample = app
        .store
        .item_id_by_external_id("osce.org/press-release/2008-04-08-minsk")
        .await
        .expect("look-up")
        .expect("the sample item");
    app.store.close().await;
    drop(app);

    let seed = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("crates/import/tests/seed/osce-press-release-2008-04-08-minsk.txt");
    let report_path = tmp.path().join("report.json");
    for round in 0..2 {
        let run = communique(&[
            "import",
            "--data-dir",
            arg(&data),
            "--report",
            arg(&report_path),
            arg(&seed),
        ]);
        assert_eq!(run.status.code(), Some(0), "{run:?}");
        let r = report(&report_path);
        assert_eq!(r["summary"]["imported"], 0, "round {round}: {r}");
        assert_eq!(r["inputs"][0]["item_id"], sample.0, "round {round}: {r}");
        let warnings = r["inputs"][0]["warnings"].to_string();
        assert!(
            warnings.contains(&format!("matched item {sample}")),
            "round {round}: {warnings}"
        );
    }
    let store = Store::open_data_dir(&data).await.expect("store");
    assert_eq!(store.count_items().await.expect("count"), before);
    store.close().await;
}

#[test]
fn options_naming_nothing_are_usage_errors() {
    let tmp = tempfile::tempdir().expect("dir");
    let data = tmp.path().join("data");
    let page = pages_dir().join("layouts/en-content-only-2012-07-12-bishkek.txt");
    let bad_type = communique(&[
        "import",
        "--data-dir",
        arg(&data),
        "--type",
        "press-relase",
        arg(&page),
    ]);
    assert_eq!(bad_type.status.code(), Some(2), "{bad_type:?}");
    let err = String::from_utf8_lossy(&bad_type.stderr);
    assert!(
        err.contains("--type: unknown item type 'press-relase' (known: press-release,"),
        "{err}"
    );
    let bad_source = communique(&[
        "import",
        "--data-dir",
        arg(&data),
        "--source",
        "odhir",
        arg(&page),
    ]);
    assert_eq!(bad_source.status.code(), Some(2), "{bad_source:?}");
    assert!(
        String::from_utf8_lossy(&bad_source.stderr)
            .contains("--source: no structure is named 'odhir'")
    );
    // Nothing was created for a refused command.
    assert!(!data.join("communique.db").exists());

    // Given, they apply to pages that show no type or source.
    let report_path = tmp.path().join("report.json");
    let ok = communique(&[
        "import",
        "--data-dir",
        arg(&data),
        "--type",
        "news",
        "--source",
        "odihr",
        "--report",
        arg(&report_path),
        arg(&page),
    ]);
    assert_eq!(ok.status.code(), Some(0), "{ok:?}");
    let r = report(&report_path);
    let warnings = r["inputs"][0]["warnings"].to_string();
    assert!(
        warnings.contains("imported as 'News and stories' (--type)"),
        "{warnings}"
    );
    assert!(warnings.contains("'odihr' from --source"), "{warnings}");
}
