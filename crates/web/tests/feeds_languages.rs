//! Feeds and sitemaps in the site's languages: a feed under a language's prefix lists that
//! language's items; sitemaps give every page its versions in the other languages
//! (`xhtml:link` alternates), public translations only.

mod common;

use common::{TestApp, item};
use http::StatusCode;
use model::{ItemId, ItemStatus, LanguageCode, NewItem};

fn in_language(mut it: NewItem, lang: &str, of: Option<ItemId>) -> NewItem {
    it.language = LanguageCode::parse(lang).expect("lang");
    it.translation_of = of;
    it
}

/// Items: an English story (2) with its Russian translation (3), a Russian item of its own
/// (4) and an English one (5) whose French translation (6) is under embargo.
async fn app() -> (TestApp, [ItemId; 5]) {
    let app = TestApp::start_at("2026-11-29T12:00:00Z").await;
    let en = app
        .add(&[item("English story", "2026-11-20", &["odihr"], &[], &[])])
        .await[0];
    let ru = in_language(
        item("Русская версия", "2026-11-20", &["odihr"], &[], &[]),
        "ru",
        Some(en),
    );
    let mut ru_only = in_language(
        item("Только по-русски", "2026-11-21", &["secretariat"], &[], &[]),
        "ru",
        None,
    );
    ru_only.item_type = model::Slug::parse("news").expect("slug");
    let ids = app
        .add(&[
            ru,
            ru_only,
            item("Lonely English", "2026-11-22", &["secretariat"], &[], &[]),
        ])
        .await;
    let mut fr = in_language(
        item(
            "Version française",
            "2026-11-22",
            &["secretariat"],
            &[],
            &[],
        ),
        "fr",
        Some(ids[2]),
    );
    fr.embargo_until = Some("2027-01-01T00:00:00Z".parse().expect("instant"));
    let hidden = app.add(&[fr]).await[0];
    (app, [en, ids[0], ids[1], ids[2], hidden])
}

#[tokio::test]
async fn a_feed_lists_the_items_of_its_language() {
    let (app, [_, ru, ..]) = app().await;
    let root = app.get("/feed.atom").await;
    assert_eq!(root.status, StatusCode::OK, "{}", root.body);
    assert!(root.body.contains("xml:lang=\"en\">"), "{}", root.body);
    assert!(root.body.contains("English story") && root.body.contains("Lonely English"));
    assert!(!root.body.contains("Русская версия") && !root.body.contains("Только по-русски"));

    let russian = app.get("/ru/feed.atom").await;
    assert_eq!(russian.status, StatusCode::OK, "{}", russian.body);
    assert!(
        russian
            .body
            .contains("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"ru\">"),
        "{}",
        russian.body
    );
    assert!(
        russian.body.contains("<title>Пресс-центр "),
        "{}",
        russian.body
    );
    assert!(russian.body.contains("Русская версия") && russian.body.contains("Только по-русски"));
    assert!(!russian.body.contains("English story") && !russian.body.contains("Lonely English"));
    assert!(russian.body.contains(
        "<link rel=\"self\" type=\"application/atom+xml\" href=\"http://localhost/ru/feed.atom\"/>"
    ));
    // An entry links the item at its own language's address.
    assert!(
        russian.body.contains(&format!(
            "<link rel=\"alternate\" type=\"text/html\" href=\"http://localhost/ru/items/{}/",
            ru.0
        )),
        "{}",
        russian.body
    );

    // The listings' filters narrow the language's feed.
    let news = app.get("/ru/feed.atom?type=news").await;
    assert!(news.body.contains("Только по-русски"));
    assert!(!news.body.contains("Русская версия") && !news.body.contains("English story"));
    assert!(
        news.body
            .contains("href=\"http://localhost/ru/feed.atom?type=news\"")
    );

    // language=all widens a feed to every language; an explicit language is followed.
    let all = app.get("/feed.atom?language=all").await;
    assert_eq!(all.status, StatusCode::OK, "{}", all.body);
    for title in [
        "English story",
        "Русская версия",
        "Только по-русски",
        "Lonely English",
    ] {
        assert!(all.body.contains(title), "{title}");
    }
    assert!(
        !all.body.contains("Version française"),
        "still under embargo"
    );
    assert!(
        all.body
            .contains("href=\"http://localhost/feed.atom?language=all\"")
    );
    let explicit = app.get("/feed.atom?language=ru").await;
    assert!(explicit.body.contains("Русская версия"));
    assert!(!explicit.body.contains("English story"));
    let english_in_russian = app.get("/ru/feed.atom?language=en").await;
    assert!(english_in_russian.body.contains("English story"));
    assert!(!english_in_russian.body.contains("Только по-русски"));

    // As on a listing, a language named beside `all` is followed.
    let both = app.get("/feed.atom?language=all&language=ru").await;
    assert_eq!(both.status, StatusCode::OK);
    assert!(both.body.contains("Русская версия"));
    assert!(!both.body.contains("English story"));
}

// --- sitemaps --------------------------------------------------------------------------

/// An element of a parsed XML document.
#[derive(Debug)]
struct Element {
    name: String,
    attributes: Vec<(String, String)>,
    children: Vec<Element>,
    text: String,
}

impl Element {
    fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    fn child(&self, name: &str) -> Option<&Element> {
        self.children.iter().find(|c| c.name == name)
    }
}

/// Parses an XML document as sitemaps write it (a declaration, elements, attributes in
/// double quotes, text with the predefined entities), checking that it is well formed: tags
/// nest, attributes are quoted, entities are known, and every prefix is declared.
fn parse_xml(doc: &str) -> Element {
    let rest = doc.trim_start();
    let rest = match rest.strip_prefix("<?xml") {
        Some(r) => &r[r.find("?>").expect("end of the declaration") + 2..],
        None => rest,
    };
    let mut stack: Vec<Element> = vec![Element {
        name: String::new(),
        attributes: Vec::new(),
        children: Vec::new(),
        text: String::new(),
    }];
    let mut rest = rest;
    while !rest.is_empty() {
        let Some(open) = rest.find('<') else {
            assert!(rest.trim().is_empty(), "text after the root: {rest}");
            break;
        };
        let text = unescape(&rest[..open]);
        stack
            .last_mut()
            .expect("an open element")
            .text
            .push_str(&text);
        rest = &rest[open + 1..];
        let close = rest.find('>').expect("a tag ends");
        let tag = &rest[..close];
        rest = &rest[close + 1..];
        if let Some(name) = tag.strip_prefix('/') {
            let done = stack.pop().expect("an open element");
            assert_eq!(done.name, name.trim(), "tags nest");
            stack.last_mut().expect("a parent").children.push(done);
            continue;
        }
        let (tag, empty) = match tag.strip_suffix('/') {
            Some(t) => (t, true),
            None => (tag, false),
        };
        let (name, mut attrs) = tag.split_once(char::is_whitespace).unwrap_or((tag, ""));
        let mut attributes = Vec::new();
        loop {
            attrs = attrs.trim_start();
            if attrs.is_empty() {
                break;
            }
            let (key, after) = attrs.split_once("=\"").expect("attribute=\"value\"");
            let end = after.find('"').expect("a closing quote");
            assert!(!after[..end].contains('<'), "no '<' in attributes");
            attributes.push((key.trim().to_owned(), unescape(&after[..end])));
            attrs = &after[end + 1..];
        }
        let element = Element {
            name: name.to_owned(),
            attributes,
            children: Vec::new(),
            text: String::new(),
        };
        if let Some((prefix, _)) = name.split_once(':') {
            let declared = stack
                .iter()
                .chain(std::iter::once(&element))
                .any(|e| e.attribute(&format!("xmlns:{prefix}")).is_some());
            assert!(declared, "the prefix {prefix} is declared");
        }
        if empty {
            stack.last_mut().expect("a parent").children.push(element);
        } else {
            stack.push(element);
        }
    }
    assert_eq!(stack.len(), 1, "every element is closed");
    let mut document = stack.pop().expect("the document");
    assert_eq!(document.children.len(), 1, "one root element");
    document.children.remove(0)
}

fn unescape(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let end = rest[at..].find(';').expect("an entity ends") + at;
        out.push(match &rest[at + 1..end] {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            other => panic!("unknown entity &{other};"),
        });
        rest = &rest[end + 1..];
    }
    assert!(!rest.contains('<'));
    out.push_str(rest);
    out
}

/// The `<url>` of a sitemap whose `<loc>` is `loc`, and its alternates as (hreflang, href).
fn url_entry(urlset: &Element, loc: &str) -> Option<Vec<(String, String)>> {
    let url = urlset
        .children
        .iter()
        .find(|u| u.child("loc").is_some_and(|l| l.text == loc))?;
    Some(
        url.children
            .iter()
            .filter(|c| c.name == "xhtml:link")
            .map(|l| {
                assert_eq!(l.attribute("rel"), Some("alternate"));
                (
                    l.attribute("hreflang").unwrap_or_default().to_owned(),
                    l.attribute("href").unwrap_or_default().to_owned(),
                )
            })
            .collect(),
    )
}

fn locs(urlset: &Element) -> Vec<String> {
    urlset
        .children
        .iter()
        .filter_map(|u| u.child("loc").map(|l| l.text.clone()))
        .collect()
}

#[tokio::test]
async fn sitemaps_list_the_public_versions_of_each_page() {
    let (app, [en, ru, ru_only, lonely, hidden]) = app().await;
    let part = app.get("/sitemap.xml?part=items-1").await;
    assert_eq!(part.status, StatusCode::OK, "{}", part.body);
    let urlset = parse_xml(&part.body);
    assert_eq!(urlset.name, "urlset");
    assert_eq!(
        urlset.attribute("xmlns:xhtml"),
        Some("http://www.w3.org/1999/xhtml")
    );

    let en_url = format!("http://localhost/items/{}/english-story", en.0);
    let ru_url = locs(&urlset)
        .into_iter()
        .find(|l| l.starts_with(&format!("http://localhost/ru/items/{}/", ru.0)))
        .expect("the Russian version at its own address");
    let mut expected = vec![
        ("en".to_owned(), en_url.clone()),
        ("ru".to_owned(), ru_url.clone()),
        ("x-default".to_owned(), en_url.clone()),
    ];
    expected.sort();
    for loc in [&en_url, &ru_url] {
        let mut alternates = url_entry(&urlset, loc).expect("listed");
        alternates.sort();
        assert_eq!(alternates, expected, "{loc}");
    }
    // A page in one language has no alternates; an embargoed translation is in no way there.
    let ru_only_loc = locs(&urlset)
        .into_iter()
        .find(|l| l.starts_with(&format!("http://localhost/ru/items/{}/", ru_only.0)))
        .expect("listed");
    assert_eq!(url_entry(&urlset, &ru_only_loc), Some(Vec::new()));
    let lonely_loc = format!("http://localhost/items/{}/lonely-english", lonely.0);
    assert_eq!(url_entry(&urlset, &lonely_loc), Some(Vec::new()));
    assert!(!part.body.contains(&format!("/items/{}/", hidden.0)));
    assert!(!part.body.contains("hreflang=\"fr\""));

    // Site pages: in each interface language, each with all of them and x-default.
    let pages = app.get("/sitemap.xml?part=pages").await;
    let urlset = parse_xml(&pages.body);
    let alternates = url_entry(&urlset, "http://localhost/fields-of-work").expect("listed");
    assert!(alternates.contains(&(
        "ru".to_owned(),
        "http://localhost/ru/fields-of-work".to_owned()
    )));
    assert!(alternates.contains(&(
        "x-default".to_owned(),
        "http://localhost/fields-of-work".to_owned()
    )));
    assert_eq!(
        alternates.len(),
        7,
        "six interface languages and x-default: {alternates:?}"
    );
    assert!(
        !alternates.iter().any(|(l, _)| l == "sq"),
        "not an interface language"
    );
    assert_eq!(
        url_entry(&urlset, "http://localhost/ru/fields-of-work"),
        Some(alternates)
    );
    assert!(url_entry(&urlset, "http://localhost/de/countries/moldova").is_some());

    // The index still parses and names the parts.
    let index = parse_xml(&app.get("/sitemap.xml").await.body);
    assert_eq!(index.name, "sitemapindex");
    assert_eq!(index.children.len(), 2);
}

#[tokio::test]
async fn a_draft_translation_adds_no_alternate() {
    let app = TestApp::start_at("2026-11-29T12:00:00Z").await;
    let en = app
        .add(&[item(
            "Only public in English",
            "2026-11-20",
            &["odihr"],
            &[],
            &[],
        )])
        .await[0];
    let mut de = in_language(
        item("Entwurf", "2026-11-20", &["odihr"], &[], &[]),
        "de",
        Some(en),
    );
    de.status = ItemStatus::Draft;
    app.add(&[de]).await;
    let part = app.get("/sitemap.xml?part=items-1").await;
    let urlset = parse_xml(&part.body);
    let loc = format!("http://localhost/items/{}/only-public-in-english", en.0);
    assert_eq!(url_entry(&urlset, &loc), Some(Vec::new()), "{}", part.body);
}
