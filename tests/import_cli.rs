//! `communique import` as a user runs it: exit statuses, the report, idempotence, and
//! abbreviations learned from saved pages.

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

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("crates/import/tests/pages")
        .join(name)
}

fn report(path: &Path) -> serde_json::Value {
    serde_json::from_slice(&std::fs::read(path).expect("report written")).expect("report is JSON")
}

fn warnings(report: &serde_json::Value) -> Vec<String> {
    report["inputs"][0]["warnings"]
        .as_array()
        .map(|w| {
            w.iter()
                .filter_map(|s| s.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

const PAGE: &str = "press-release-2015-03-12-skopje-several-sources.txt";
const LEARNED: &str = "abbreviation SEC (State Election Commission) added to the en glossary";

#[tokio::test]
async fn a_page_imports_once_and_its_new_abbreviation_joins_the_glossary() {
    let tmp = tempfile::tempdir().expect("dir");
    let pages = tmp.path().join("pages");
    std::fs::create_dir(&pages).expect("dir");
    std::fs::copy(fixture(PAGE), pages.join(PAGE)).expect("copy");
    let data = tmp.path().join("data");
    let data_arg = data.to_str().expect("utf-8 path");
    let report_path = tmp.path().join("report.json");
    let report_arg = report_path.to_str().expect("utf-8 path");
    let pages_arg = pages.to_str().expect("utf-8 path");

    // A dry run writes nothing, and says what it would add.
    let dry = communique(&[
        "import",
        "--data-dir",
        data_arg,
        "--dry-run",
        "--report",
        report_arg,
        pages_arg,
    ]);
    assert_eq!(dry.status.code(), Some(0), "{dry:?}");
    let r = report(&report_path);
    assert_eq!(r["summary"]["imported"], 1);
    assert!(
        warnings(&r).contains(
            &"abbreviation SEC (State Election Commission) would be added to the en glossary"
                .to_owned()
        ),
        "{r}"
    );

    let first = communique(&[
        "import",
        "--data-dir",
        data_arg,
        "--report",
        report_arg,
        pages_arg,
    ]);
    assert_eq!(first.status.code(), Some(0), "{first:?}");
    let r = report(&report_path);
    assert_eq!(r["summary"]["imported"], 1, "{r}");
    assert_eq!(r["inputs"][0]["outcome"], "imported");
    assert!(warnings(&r).contains(&LEARNED.to_owned()), "{r}");
    let out = String::from_utf8_lossy(&first.stdout);
    assert!(
        out.contains("1 new abbreviations added to the glossary"),
        "{out}"
    );

    // The same import again changes nothing.
    let again = communique(&[
        "import",
        "--data-dir",
        data_arg,
        "--report",
        report_arg,
        pages_arg,
    ]);
    assert_eq!(again.status.code(), Some(0), "{again:?}");
    let r = report(&report_path);
    assert_eq!(r["summary"]["unchanged"], 1, "{r}");
    assert!(!warnings(&r).iter().any(|w| w.contains("glossary")), "{r}");

    let store = Store::open_data_dir(&data).await.expect("store");
    let stored = store.glossary().await.expect("glossary");
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].language, "en");
    assert_eq!(stored[0].entry.abbr, "SEC");
    assert!(stored[0].origin.ends_with(PAGE), "{}", stored[0].origin);
    store.close().await;

    // The site renders with it.
    let site_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("site/osce");
    let sources = publishing::site_sources_from_dir(&site_dir).expect("site");
    let site = Arc::new(model::SiteDefinition::load(&sources).expect("valid site"));
    let state = publishing::open(&data, site, Arc::new(model::SystemClock))
        .await
        .expect("opens");
    let en = state.glossary_for("en");
    assert!(en.iter().any(|e| e.abbr == "SEC"), "{en:?}");
    assert!(
        en.iter().any(|e| e.abbr == "NGO"),
        "the site's own entries stay"
    );
    assert!(!state.glossary_for("ru").iter().any(|e| e.abbr == "SEC"));
}

#[test]
fn exit_statuses_tell_usage_errors_from_failed_inputs() {
    let tmp = tempfile::tempdir().expect("dir");
    let data = tmp.path().join("data");
    let data_arg = data.to_str().expect("utf-8 path");

    let missing = communique(&["import", "--data-dir", data_arg, "no-such-file.jsonl"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("no-such-file.jsonl does not exist"));
    let none = communique(&["import", "--data-dir", data_arg]);
    assert_eq!(none.status.code(), Some(2));

    let bad = fixture("bad-truncated-mid-sentence.txt");
    let good = fixture(PAGE);
    let mixed = communique(&[
        "import",
        "--data-dir",
        data_arg,
        bad.to_str().expect("utf-8 path"),
        good.to_str().expect("utf-8 path"),
    ]);
    assert_eq!(mixed.status.code(), Some(1), "{mixed:?}");
    let out = String::from_utf8_lossy(&mixed.stdout);
    assert!(
        out.contains("imported 1, updated 0, unchanged 0, failed 1"),
        "{out}"
    );
}
