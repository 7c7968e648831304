//! Machine-read views of the public site: Atom feeds of listings, sitemaps for search engines.
//! Addresses in them are absolute (the site's public address comes from the handler).

use askama::Template;

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
