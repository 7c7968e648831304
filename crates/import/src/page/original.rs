//! The page a translated page was translated from. Pages in another language than the site's
//! default one name their original in three ways, read in this order:
//! - an alternate link of the head: `<link rel="alternate" hreflang="en" href="…">`;
//! - the language switcher: a link whose `hreflang` or `lang` is the default language, or
//!   whose text is its name ("English");
//! - the page's own address: the old site put a language prefix before the path of the
//!   English page (`/ru/minsk/50123` is the Russian version of `/minsk/50123`).

use model::SiteDefinition;

use super::dom::Doc;
use super::labels::collapse;

/// How a page named its original.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum OriginalBy {
    /// `<link rel="alternate" hreflang="en" href="…">`.
    Alternate,
    /// The language switcher's link to the default language.
    Switcher,
    /// The page's address without its language prefix.
    AddressPattern,
}

impl OriginalBy {
    /// How the report says it.
    pub fn describe(self) -> &'static str {
        match self {
            OriginalBy::Alternate => "named by the page's hreflang alternate link",
            OriginalBy::Switcher => "named by the page's language switcher",
            OriginalBy::AddressPattern => "the page's address without its language prefix",
        }
    }
}

/// The address of the page a page is the translation of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Original {
    /// Absolute when the page's own address or the link gives the host, else a path
    /// ("/minsk/50123"): addresses are matched by their path.
    pub address: String,
    pub found_by: OriginalBy,
}

/// A link of a page to its version in a language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct LanguageLink {
    /// The primary subtag, lowercase ("en" of "en-GB").
    pub lang: String,
    pub href: String,
    pub by: OriginalBy,
}

/// The longest address kept.
const MAX_ADDRESS: usize = 2_000;

/// The most links of a page read (a switcher lists a few dozen languages at most).
const MAX_LINKS: usize = 200;

/// The alternate links and the language switcher's links of an HTML page. The whole
/// document is read: alternates are in the head, switchers in navigation.
pub(crate) fn language_links(doc: &Doc, site: &SiteDefinition) -> Vec<LanguageLink> {
    let mut out = Vec::new();
    for id in doc.walk(0, &|_| false) {
        if out.len() >= MAX_LINKS {
            break;
        }
        let (Some(tag), Some(href)) = (doc.tag(id), doc.attr(id, "href")) else {
            continue;
        };
        match tag {
            "link" => {
                let alternate = doc.attr(id, "rel").is_some_and(|rel| {
                    rel.split_whitespace()
                        .any(|r| r.eq_ignore_ascii_case("alternate"))
                });
                if let (true, Some(lang)) = (alternate, doc.attr(id, "hreflang").and_then(primary))
                {
                    out.push(LanguageLink {
                        lang,
                        href: href.to_owned(),
                        by: OriginalBy::Alternate,
                    });
                }
            }
            "a" => {
                if let Some(lang) = switcher_language(doc, id, site) {
                    out.push(LanguageLink {
                        lang,
                        href: href.to_owned(),
                        by: OriginalBy::Switcher,
                    });
                }
            }
            _ => {}
        }
    }
    out
}

/// The language a link of the language switcher leads to. A link of the text may carry
/// `hreflang` or `lang` too ("the report, in English"), so the attribute counts inside a
/// language menu (an element whose class or id says "lang" or "switcher") or when the
/// link's text names the same language; a link whose whole text is a language's name
/// ("English", "Русский") counts anywhere, and its code ("EN") inside a menu.
fn switcher_language(doc: &Doc, id: usize, site: &SiteDefinition) -> Option<String> {
    let mut text = String::new();
    for n in doc.walk(id, &|_| false) {
        if let Some(t) = doc.text_of(n) {
            text.push_str(t);
            if text.len() > 200 {
                return None;
            }
        }
    }
    let text = collapse(&text).to_lowercase();
    let languages = &site.organization.languages;
    let named = languages
        .iter()
        .find(|l| !text.is_empty() && l.name.to_lowercase() == text)
        .map(|l| l.code.as_str().to_owned());
    let in_menu = {
        let mut up = Some(id);
        let mut found = false;
        for _ in 0..5 {
            let Some(n) = up else { break };
            let marks = |attr: &str| {
                doc.attr(n, attr).is_some_and(|v| {
                    let v = v.to_ascii_lowercase();
                    v.contains("lang") || v.contains("switcher")
                })
            };
            if marks("class") || marks("id") {
                found = true;
                break;
            }
            up = doc.parent(n);
        }
        found
    };
    let declared = doc
        .attr(id, "hreflang")
        .or_else(|| doc.attr(id, "lang"))
        .and_then(primary);
    if let Some(lang) = declared
        && (in_menu || named.as_deref() == Some(lang.as_str()))
    {
        return Some(lang);
    }
    if named.is_some() {
        return named;
    }
    if in_menu {
        return languages
            .iter()
            .find(|l| l.code.as_str() == text)
            .map(|l| l.code.as_str().to_owned());
    }
    None
}

/// The primary subtag of a language tag, lowercase; `None` for "x-default" and garbage.
fn primary(tag: &str) -> Option<String> {
    let first = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    ((2..=3).contains(&first.len()) && first.bytes().all(|b| b.is_ascii_lowercase()))
        .then_some(first)
}

/// The original of a page in `language` whose address is `own`, from its links or its
/// address; `None` for a page in the site's default language.
pub(crate) fn find(
    links: &[LanguageLink],
    language: &str,
    own: Option<&str>,
    site: &SiteDefinition,
) -> Option<Original> {
    let default = site.organization.default_language.as_str();
    if language == default {
        return None;
    }
    let own_path = own.map(path_of);
    for by in [OriginalBy::Alternate, OriginalBy::Switcher] {
        let found = links
            .iter()
            .filter(|l| l.by == by && l.lang == default)
            .filter_map(|l| resolve(&l.href, own))
            .find(|a| is_item_address(a, site) && Some(path_of(a)) != own_path);
        if let Some(address) = found {
            return Some(Original {
                address,
                found_by: by,
            });
        }
    }
    let own = own?;
    let (origin, path) = split_origin(own);
    let mut segments = path.trim_start_matches('/').splitn(2, '/');
    let prefix = segments.next()?.to_ascii_lowercase();
    let rest = segments.next()?;
    let prefixed = prefix != default && site.language(&prefix).is_some();
    let address = format!("{origin}/{rest}");
    (prefixed && is_item_address(&address, site)).then_some(Original {
        address,
        found_by: OriginalBy::AddressPattern,
    })
}

/// The address of a page that can be an item: not a home page (a path that is no more than
/// a language's prefix), not a document or an image.
fn is_item_address(address: &str, site: &SiteDefinition) -> bool {
    let path = path_of(address);
    let path = path.split('?').next().unwrap_or_default().trim_matches('/');
    let file = path
        .rsplit('/')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    let document = file.rsplit_once('.').is_some_and(|(_, ext)| {
        matches!(
            ext,
            "pdf"
                | "doc"
                | "docx"
                | "odt"
                | "rtf"
                | "xls"
                | "xlsx"
                | "ppt"
                | "pptx"
                | "zip"
                | "jpg"
                | "jpeg"
                | "png"
                | "gif"
                | "svg"
                | "mp3"
                | "mp4"
        )
    });
    !path.is_empty() && !document && site.language(&path.to_ascii_lowercase()).is_none()
}

/// ("https://host", "/path?query") of an absolute address; ("", path) of a path.
fn split_origin(address: &str) -> (&str, &str) {
    let Some(i) = address.find("://") else {
        return ("", address);
    };
    match address[i + 3..].find('/') {
        Some(j) => address.split_at(i + 3 + j),
        None => (address, "/"),
    }
}

/// The path (with its query) of an address.
fn path_of(address: &str) -> &str {
    split_origin(address).1
}

/// A link's target as an address: absolute when the link or the page's own address gives
/// the host, else the link's absolute path; `None` for what is not a page's address.
fn resolve(href: &str, base: Option<&str>) -> Option<String> {
    let href = href.trim();
    let href = href.split('#').next().unwrap_or_default();
    if href.is_empty()
        || href.len() > MAX_ADDRESS
        || href.chars().any(|c| c.is_control() || c.is_whitespace())
    {
        return None;
    }
    let lower = href.to_ascii_lowercase();
    if lower.starts_with("http://") || lower.starts_with("https://") {
        return Some(href.to_owned());
    }
    if let Some(rest) = href.strip_prefix("//") {
        let scheme = base
            .and_then(|b| b.split_once("://"))
            .map_or("https", |(s, _)| s);
        return Some(format!("{scheme}://{rest}"));
    }
    // Another scheme ("mailto:", "javascript:") is no page of the site.
    if let Some(colon) = href.find(':')
        && !href[..colon].contains(['/', '?'])
    {
        return None;
    }
    let (origin, base_path) = base.map_or(("", "/"), split_origin);
    let path = if href.starts_with('/') {
        href.to_owned()
    } else if base.is_some() {
        let dir = base_path
            .split('?')
            .next()
            .and_then(|p| p.rsplit_once('/'))
            .map_or("", |(d, _)| d);
        normalize(&format!("{dir}/{href}"))
    } else {
        // A relative link of a page whose address is unknown leads nowhere known.
        return None;
    };
    Some(format!("{origin}{path}"))
}

/// "/a/./b/../c" → "/a/c".
fn normalize(path: &str) -> String {
    let (path, query) = match path.split_once('?') {
        Some((p, q)) => (p, Some(q)),
        None => (path, None),
    };
    let mut parts: Vec<&str> = Vec::new();
    for segment in path.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            s => parts.push(s),
        }
    }
    let mut out = format!("/{}", parts.join("/"));
    if path.ends_with('/') && !parts.is_empty() {
        out.push('/');
    }
    if let Some(q) = query {
        out.push('?');
        out.push_str(q);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_resolve_against_the_page() {
        let base = Some("https://www.osce.org/ru/minsk/50123");
        assert_eq!(
            resolve("/minsk/50123", base).as_deref(),
            Some("https://www.osce.org/minsk/50123")
        );
        assert_eq!(
            resolve("/minsk/50123", None).as_deref(),
            Some("/minsk/50123")
        );
        assert_eq!(
            resolve("../../minsk/50123#top", base).as_deref(),
            Some("https://www.osce.org/minsk/50123")
        );
        assert_eq!(
            resolve("//www.osce.org/minsk/1", base).as_deref(),
            Some("https://www.osce.org/minsk/1")
        );
        assert_eq!(resolve("mailto:press@example.org", base), None);
        assert_eq!(resolve("javascript:void(0)", base), None);
        assert_eq!(resolve("minsk/1", None), None);
        assert_eq!(resolve("", base), None);
    }

    #[test]
    fn language_tags() {
        assert_eq!(primary("en-GB").as_deref(), Some("en"));
        assert_eq!(primary("RU").as_deref(), Some("ru"));
        assert_eq!(primary("x-default"), None);
        assert_eq!(primary(""), None);
    }

    #[test]
    fn paths_normalize() {
        assert_eq!(normalize("/a/./b/../c"), "/a/c");
        assert_eq!(normalize("/a/b/?x=1"), "/a/b/?x=1");
        assert_eq!(normalize("/../.."), "/");
    }
}
