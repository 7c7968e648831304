//! The demo's pictures: a landscape drawn for each place the demo writes from
//! (`media::demo_picture`, from a seed: no download), prepared once, kept in the data dir's
//! media storage and the library, and made the lead picture of one original in
//! [`SHARE`]. Drawing and preparing a photograph-sized picture takes a good part of a
//! second, so the few pictures are shared by all the items of their place.

use std::collections::HashMap;
use std::sync::Arc;

use anyhow::Context;
use jiff::Timestamp;
use media::MediaStorage;
use model::LanguageCode;
use store::{Actor, MediaDescription, MediaFile, MediaId, NewMedia, Store};

/// One original in this many gets a lead picture.
pub const SHARE: u64 = 4;

/// The size of the demo's pictures: a landscape photograph's.
pub const WIDTH: u32 = 1600;
pub const HEIGHT: u32 = 900;

/// The seed of the first place's picture (the others follow).
const FIRST_SEED: u64 = 20_260_101;

/// The credit of every demo picture.
const CREDIT: &str = "Communiqué demo";

/// The library's picture of each place.
#[derive(Debug, Default)]
pub struct Pictures {
    by_place: HashMap<String, MediaId>,
}

impl Pictures {
    /// No pictures: the items are written without.
    pub fn none() -> Pictures {
        Pictures::default()
    }

    /// The picture of a place, if it has one.
    pub fn of_place(&self, place: &str) -> Option<MediaId> {
        self.by_place.get(place).copied()
    }
}

/// Draws a `width` × `height` picture for each place, prepares it (two at a time on
/// blocking threads), keeps its files in `storage` and adds it to the library, its
/// alternative text naming the place and the picture as the demo's. A picture already in
/// the library (the same place in an earlier run) is the one used.
pub async fn prepare(
    store: &Store,
    storage: Arc<dyn MediaStorage>,
    places: &[&str],
    (width, height): (u32, u32),
    now: Timestamp,
) -> anyhow::Result<Pictures> {
    let mut pictures = Pictures::none();
    let language = LanguageCode::parse("en")?;
    for (pair_index, pair) in places.chunks(2).enumerate() {
        let mut tasks = Vec::new();
        for (i, place) in pair.iter().enumerate() {
            let seed = FIRST_SEED + (pair_index * 2 + i) as u64;
            tasks.push((
                *place,
                tokio::task::spawn_blocking(move || {
                    let drawn = media::demo_picture(seed, width, height);
                    media::prepare(&drawn, &media::Limits::default())
                }),
            ));
        }
        for (place, task) in tasks {
            let prepared = task
                .await
                .context("a demo picture's task failed")?
                .with_context(|| format!("the demo picture of {place}"))?;
            media::store_prepared(storage.as_ref(), &prepared)
                .await
                .context("cannot keep a demo picture's files")?;
            let new = NewMedia {
                hash: prepared.hash.clone(),
                format: prepared.format.as_str().to_owned(),
                width: prepared.width,
                height: prepared.height,
                bytes_size: prepared.original.bytes.len() as u64,
                original_key: prepared.original.key.clone(),
                variants: prepared
                    .variants
                    .iter()
                    .map(|v| MediaFile {
                        width: v.width,
                        height: v.height,
                        format: v.format.as_str().to_owned(),
                        key: v.key.clone(),
                    })
                    .collect(),
                description: MediaDescription {
                    language: language.clone(),
                    alt: format!("Demo picture: a landscape near {place}"),
                    caption: format!("Near {place} (a demo picture, drawn by the demo)."),
                    credit: CREDIT.to_owned(),
                    focal_x: 0.5,
                    focal_y: 0.4,
                },
            };
            let record = store.add_media(&new, &Actor::command_line(), now).await?;
            pictures.by_place.insert((*place).to_owned(), record.id);
        }
    }
    Ok(pictures)
}

#[cfg(test)]
mod tests {
    use super::super::{PLACES, fill};
    use super::*;

    #[tokio::test]
    async fn one_original_in_four_has_the_picture_of_its_place() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = Store::open_data_dir(dir.path()).await.expect("store");
        let storage = Arc::new(media::LocalStorage::in_data_dir(dir.path()));
        let places: Vec<&str> = PLACES.iter().map(|(_, place, _)| *place).collect();
        let now: Timestamp = "2026-03-01T12:00:00Z".parse().expect("instant");
        let pictures = prepare(&store, storage, &places, (64, 36), now)
            .await
            .expect("pictures");
        assert_eq!(pictures.by_place.len(), PLACES.len());
        let site = model::SiteDefinition::load(&crate::site::embedded_sources()).expect("site");
        let counts = fill(&store, &site, 200, 1, now, now, &pictures, |_| {})
            .await
            .expect("demo");
        let ids = store
            .item_ids_after(model::ItemId(0), 10_000)
            .await
            .expect("ids");
        let leads = store.lead_images(&ids).await.expect("leads");
        assert_eq!(leads.len() as u64, counts.originals.div_ceil(SHARE));
        let items = store.items(&ids).await.expect("items");
        for item in items.iter().filter(|i| leads.contains_key(&i.id)) {
            assert_eq!(item.data.language.as_str(), "en", "originals only");
            assert_eq!(
                leads[&item.id].description.alt,
                format!("Demo picture: a landscape near {}", item.data.place)
            );
        }
        assert!(dir.path().join(media::MEDIA_DIR).is_dir());
        store.close().await;
    }
}
