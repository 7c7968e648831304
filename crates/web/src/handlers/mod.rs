//! Request handlers, one module per kind of page. Each extracts its input, calls one or two
//! functions, and returns a rendered page.

pub mod admin;
pub mod admin_glossary;
pub mod admin_introductions;
pub mod admin_items;
pub mod admin_media;
pub mod admin_site;
pub mod api;
mod attachments;
pub mod feeds;
pub mod health;
pub mod home;
pub mod item;
mod item_related;
pub mod media;
pub mod monitoring;
pub mod newsroom;
pub mod pages;
pub mod search;
pub mod structure;
pub mod taxonomy;
