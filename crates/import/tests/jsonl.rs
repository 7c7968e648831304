//! JSON Lines records naming structures in the site's other languages: the names come from
//! the site definition (`site/osce/structures.toml`), as for saved pages.

use std::path::Path;

use communique_import::jsonl::parse_line;
use model::{SiteDefinition, SiteSources, Slug};

fn site() -> SiteDefinition {
    fn walk(dir: &Path, root: &Path, out: &mut Vec<(String, String)>) {
        for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
            let p = entry.expect("a directory entry").path();
            if p.is_dir() {
                walk(&p, root, out);
            } else if p.extension().is_some_and(|x| x == "toml") {
                let rel = p
                    .strip_prefix(root)
                    .expect("under the root")
                    .to_string_lossy()
                    .replace('\\', "/");
                let text =
                    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
                out.push((rel, text));
            }
        }
    }
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../site/osce");
    let mut files = Vec::new();
    walk(&dir, &dir, &mut files);
    SiteDefinition::load(&SiteSources {
        root: "site/osce".into(),
        files,
    })
    .unwrap_or_else(|e| panic!("the OSCE site definition does not load: {e}"))
}

fn line(sources: &str) -> String {
    format!(
        r#"{{"external_id":"ru-1","type":"Пресс-релиз","language":"ru","title":"Заголовок","date":"2010-11-23","place":"Бишкек","time_zone":"Asia/Bishkek","sources":{sources},"body_html":"<p>Текст</p>"}}"#
    )
}

#[test]
fn sources_named_in_russian_resolve_to_their_structures() {
    let site = site();
    let record = parse_line(
        &line(r#"["Секретариат ОБСЕ","центр обсе в бишкеке","БДИПЧ"]"#),
        &site,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        record.item.sources,
        ["secretariat", "programme-office-in-bishkek", "odihr"]
            .map(|s| Slug::parse(s).expect("a slug"))
    );
}

#[test]
fn a_misspelt_russian_source_is_refused_with_the_closest_structure() {
    let e = parse_line(&line(r#"["Офис ОБСЕ в Минксе"]"#), &site()).expect_err("an unknown source");
    assert_eq!(e.key.as_deref(), Some("sources"));
    assert!(
        e.message
            .starts_with("unknown source 'Офис ОБСЕ в Минксе' — closest known: 'Office in Minsk'"),
        "{}",
        e.message
    );
}

#[test]
fn a_place_named_in_another_language_gets_its_time_zone() {
    let site = site();
    let line = r#"{"external_id":"ru-2","type":"press-release","language":"ru","title":"Заголовок","date":"2019-10-15","place":"Минск","sources":["secretariat"],"body_html":"<p>Текст</p>"}"#;
    let record = parse_line(line, &site).expect("a valid line");
    assert_eq!(record.item.time_zone, "Europe/Minsk");
    // The start of 15 October 2019 in Minsk (UTC+3) is 21:00 UTC the day before.
    assert_eq!(
        record.item.published_at,
        "2019-10-14T21:00:00Z"
            .parse::<jiff::Timestamp>()
            .expect("instant")
    );
}
