//! Rendering of Communiqué: the page templates (compiled in, auto-escaping), the one HTML
//! sanitizer, glossary marks, datelines and date formatting. Handlers build the view models
//! of `pages` and call `render`; nothing here does I/O.

pub mod admin;
pub mod dates;
pub mod diff;
pub mod docs;
pub mod feeds;
pub mod html;
pub mod pages;

pub use askama::Template;
pub use html::{mark_abbreviations, paragraphs_to_html, sanitize, with_dateline};

/// The stylesheet, embedded in the binary.
pub const STYLESHEET: &str = include_str!("../assets/site.css");

/// The script of the menus (progressive enhancement), embedded in the binary.
pub const SCRIPT: &str = include_str!("../assets/site.js");

/// The workspace's rich-text editor (progressive enhancement of the body's textarea).
pub const ADMIN_SCRIPT: &str = include_str!("../assets/admin.js");

/// A short fingerprint of the assets, for cache-busting asset URLs.
pub fn stylesheet_version() -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in STYLESHEET
        .bytes()
        .chain(SCRIPT.bytes())
        .chain(ADMIN_SCRIPT.bytes())
    {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{:08x}", h >> 32)
}
