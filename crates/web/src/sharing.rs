//! What pages tell search engines, browsers and the cards of shared links: an item's
//! OpenGraph, Twitter and schema.org `NewsArticle` data, the site's icon and its web app
//! manifest. Everything here is read from the public item and the site definition.

use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use model::{Item, SiteDefinition};
use render::pages::{Meta, MetaImage};
use serde_json::{Value, json};

use crate::AppState;
use crate::handlers::feeds::rfc3339;
use crate::language::Here;

/// The colour of the site's header, the icon and the browser's bar.
const BRAND: &str = "#0b3d6e";

/// The longest meta description (search engines show about 160 characters).
const DESCRIPTION_CHARS: usize = 300;

/// A description of at most [`DESCRIPTION_CHARS`] characters, cut at a word.
pub fn description(text: &str) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= DESCRIPTION_CHARS {
        return text;
    }
    let cut: String = text.chars().take(DESCRIPTION_CHARS).collect();
    let at_word = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!(
        "{}…",
        at_word.trim_end_matches([',', ';', ':', '.', '-', '–'])
    )
}

/// What an item's page says of it: its summary (or the start of its text), its instants,
/// its type as the section, and its `NewsArticle`.
pub struct ItemFacts<'a> {
    pub item: &'a Item,
    /// The type, field-of-work and source names as the page shows them.
    pub type_label: &'a str,
    pub fields: Vec<String>,
    pub sources: Vec<(String, String)>,
    /// The body as plain text (for the description when there is no summary).
    pub body_text: &'a str,
    /// The lead picture, as shared links show it.
    pub image: Option<MetaImage>,
}

pub fn item_meta(site: &SiteDefinition, origin: &str, facts: &ItemFacts<'_>) -> Meta {
    let d = &facts.item.data;
    let published = d.visibility().public_from().unwrap_or(d.published_at);
    // An item edited before it became public was first shown complete at that instant.
    let modified = facts.item.updated_at.max(published);
    let summary = if d.summary.trim().is_empty() {
        facts.body_text
    } else {
        d.summary.as_str()
    };
    let description = description(summary);
    let url = format!("{origin}{}", crate::views::item_address(site, facts.item));
    let lang = d.language.as_str();
    let organization = &site.organization;
    let mut article = json!({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "url": url,
        "headline": d.title,
        "datePublished": rfc3339(published),
        "dateModified": rfc3339(modified),
        "inLanguage": render::lang_tag(lang),
        "articleSection": facts.type_label,
        "author": facts.sources.iter().map(|(name, href)| json!({
            "@type": "Organization",
            "name": name,
            "url": format!("{origin}{href}"),
        })).collect::<Vec<_>>(),
        "publisher": {
            "@type": "Organization",
            "name": organization.name_in(lang),
            "alternateName": organization.short_name_in(lang),
            "url": format!("{origin}/"),
            "logo": {"@type": "ImageObject", "url": format!("{origin}/favicon.svg")},
        },
    });
    if let Value::Object(map) = &mut article {
        if !description.is_empty() {
            map.insert("description".into(), description.clone().into());
        }
        if !d.place.trim().is_empty() {
            map.insert(
                "locationCreated".into(),
                json!({"@type": "Place", "name": d.place.trim()}),
            );
        }
        if let Some(image) = &facts.image {
            map.insert(
                "image".into(),
                json!({
                    "@type": "ImageObject",
                    "url": image.url,
                    "width": image.width,
                    "height": image.height,
                    "description": image.alt,
                }),
            );
        }
        if !facts.fields.is_empty() {
            let about: Vec<Value> = facts
                .fields
                .iter()
                .map(|name| json!({"@type": "Thing", "name": name}))
                .collect();
            map.insert("about".into(), about.into());
        }
    }
    Meta {
        description,
        article: true,
        image: facts.image.clone(),
        noindex: false,
        published: Some(rfc3339(published)),
        modified: Some(rfc3339(modified)),
        section: Some(facts.type_label.to_owned()),
        json_ld: Some(script_json(&article)),
    }
}

/// JSON that cannot end the `<script>` element it is written in, nor open a comment: `<`,
/// `>` and `&` are written as escapes (the same JSON for a parser).
pub fn script_json(value: &Value) -> String {
    let text = value.to_string();
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

/// `GET /favicon.svg`: the organization's short name on the header's colour.
pub async fn favicon(State(state): State<AppState>) -> Response {
    let site = state.site();
    let name = render::feeds::xml_text(&site.organization.short_name);
    let size = match site.organization.short_name.chars().count() {
        0..=2 => 30,
        3 => 24,
        4 => 19,
        _ => 14,
    };
    let svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 64 64\">\
         <rect width=\"64\" height=\"64\" rx=\"10\" fill=\"{BRAND}\"/>\
         <text x=\"32\" y=\"32\" dy=\"0.35em\" text-anchor=\"middle\" fill=\"#fff\" \
         font-family=\"Arial, Helvetica, sans-serif\" font-weight=\"700\" font-size=\"{size}\">{name}</text></svg>"
    );
    (
        [
            (header::CONTENT_TYPE, "image/svg+xml"),
            (header::CACHE_CONTROL, "public, max-age=86400"),
        ],
        svg,
    )
        .into_response()
}

/// `GET /favicon.ico`, which browsers ask for on their own: the SVG icon.
pub async fn favicon_ico() -> Response {
    (
        http::StatusCode::MOVED_PERMANENTLY,
        [(header::LOCATION, "/favicon.svg")],
    )
        .into_response()
}

/// `GET /manifest.webmanifest` (and under each language's prefix): the site as an app on a
/// phone's home screen, in the page's language.
pub async fn manifest(State(state): State<AppState>, here: Here) -> Response {
    let site = state.site();
    let lang = here.ui.lang();
    let organization = &site.organization;
    let body = json!({
        "name": organization.name_in(lang),
        "short_name": organization.short_name_in(lang),
        "description": organization.tagline_in(lang).0,
        "lang": render::lang_tag(lang),
        "start_url": here.ui.href("/"),
        "scope": "/",
        "display": "minimal-ui",
        "background_color": "#ffffff",
        "theme_color": BRAND,
        "icons": [{"src": "/favicon.svg", "sizes": "any", "type": "image/svg+xml", "purpose": "any"}],
    });
    (
        [
            (header::CONTENT_TYPE, "application/manifest+json"),
            (header::CACHE_CONTROL, "public, max-age=86400"),
        ],
        body.to_string(),
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_description_is_cut_at_a_word() {
        assert_eq!(description("  Short   text.\n"), "Short text.");
        let long = "word ".repeat(100);
        let d = description(&long);
        assert!(d.chars().count() <= DESCRIPTION_CHARS + 1, "{}", d.len());
        assert!(d.ends_with("word…"), "{d}");
    }

    #[test]
    fn json_in_a_script_cannot_close_it() {
        let v = json!({"headline": "</script><script>alert(1)</script> & <!--"});
        let text = script_json(&v);
        assert!(!text.contains('<') && !text.contains('>'), "{text}");
        let back: Value = serde_json::from_str(&text).expect("still JSON");
        assert_eq!(back, v);
    }
}
