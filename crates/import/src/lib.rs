//! Import of items into Communiqué.
//!
//! - [`jsonl`]: JSON Lines, the migration format: one item per line.
//! - [`page`]: one page saved from the organization's old website (its text form or the HTML
//!   of the live site), read into the item it holds, matched against the site definition.
//!   A pure function of its input bytes: the caller reads the files.
//! - [`places`]: time zones of the places items are written in.

pub mod jsonl;
pub mod page;
pub mod places;
