//! The stylesheet and scripts of the site, embedded in the binary, and their fingerprint.

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
