//! Machine-read views of the public site: Atom feeds of listings, sitemaps for search engines.
//! Addresses in them are absolute (the site's public address comes from the handler).

use askama::Template;

/// `text` without the characters XML 1.0 forbids even when escaped (control characters other
/// than tab and line breaks, U+FFFE, U+FFFF): one of them would make a whole feed unreadable.
pub fn xml_text(text: &str) -> String {
    text.chars()
        .filter(|&c| {
            matches!(c, '\t' | '\n' | '\r') || (c >= ' ' && c != '\u{fffe}' && c != '\u{ffff}')
        })
        .collect()
}

/// One entry of a feed.
#[derive(Debug, Clone)]
pub struct FeedEntry {
    /// The permanent address of the item (its id, without the slug).
    pub id: String,
    pub title: String,
    /// The canonical page of the item.
    pub href: String,
    pub lang: String,
    /// RFC 3339.
    pub published: String,
    pub updated: String,
    /// The item's sources, as shown on its page.
    pub authors: Vec<String>,
    /// (term, label, scheme): type, fields of work, countries.
    pub categories: Vec<(String, String, String)>,
    pub summary: String,
    /// The body as HTML (escaped into the feed as `type="html"`).
    pub content: String,
}

#[derive(Template)]
#[template(path = "feeds/feed.xml")]
pub struct Feed {
    pub id: String,
    pub lang: String,
    pub title: String,
    pub subtitle: String,
    pub updated: String,
    pub self_href: String,
    pub html_href: String,
    pub author: String,
    pub entries: Vec<FeedEntry>,
}

#[derive(Template)]
#[template(path = "feeds/sitemap_index.xml")]
pub struct SitemapIndex {
    /// (address, lastmod or empty)
    pub sitemaps: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "feeds/sitemap.xml")]
pub struct Sitemap {
    /// (address, lastmod or empty)
    pub urls: Vec<(String, String)>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn characters_xml_forbids_are_dropped_and_the_rest_kept() {
        assert_eq!(
            xml_text("a\u{1}b\u{8}c\td\ne\rf\u{b}g\u{fffe}h\u{ffff}i — ü 𝄞"),
            "abc\td\ne\rfghi — ü 𝄞"
        );
    }
}
