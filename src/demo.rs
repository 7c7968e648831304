//! `communique demo`: synthetic items over the site's real taxonomies, for trying the site
//! and measuring it. Deterministic for a seed; marked as demo content in the database.
//!
//! Distributions: publication dates decay exponentially into the past (many recent items),
//! sources, fields and countries follow a Zipf-like law (a few popular ones), a source is
//! only used while it was open, 1–3 fields of work, 0–2 countries, 3–5 paragraphs.
//!
//! Originals are in English; about a third get a Russian version, some a French and a German
//! one, and some of those of field operations one in the local language (Bosnian, Albanian,
//! Macedonian, Romanian, Ukrainian, Kyrgyz). A translation is public like its original, the
//! same day or up to two days later. `--items` counts originals and translations together.

use std::collections::BTreeMap;

use anyhow::Context;
use indicatif::{ProgressBar, ProgressStyle};
use jiff::{SignedDuration, Timestamp};
use model::site::{Structure, StructureKind};
use model::{ItemStatus, LanguageCode, NewItem, SiteDefinition, Slug};

use crate::cli::DemoOpts;
use texts::{SENTENCES, STORIES};

/// The pictures of the demo's items.
mod pictures;
/// The texts of the translated items, in each of their languages.
mod texts;

pub use pictures::Pictures;

/// SplitMix64: small, fast, and the same everywhere.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x9E37_79B9_7F4A_7C15)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    pub fn below(&mut self, n: usize) -> usize {
        ((self.next_u64() >> 32) as usize * n) >> 32
    }

    /// An index in 0..n, index k with weight 1/(k+1) (Zipf, s = 1).
    pub fn zipf(&mut self, n: usize) -> usize {
        // Inverse of the continuous approximation H(x) ≈ ln(x + 1).
        let x = ((n as f64 + 1.0).ln() * self.unit()).exp() - 1.0;
        (x as usize).min(n.saturating_sub(1))
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const TYPES: [(&str, f64); 6] = [
    ("press-release", 0.45),
    ("news", 0.30),
    ("statement", 0.12),
    ("speech", 0.06),
    ("feature", 0.05),
    ("media-advisory", 0.02),
];

const VERBS: [&str; 12] = [
    "supports",
    "trains",
    "welcomes",
    "calls for",
    "hosts",
    "launches",
    "concludes",
    "assesses",
    "promotes",
    "strengthens",
    "discusses",
    "presents",
];

const TOPICS: [&str; 16] = [
    "dialogue on",
    "training course on",
    "conference on",
    "report on",
    "workshop on",
    "round table on",
    "assessment of",
    "project on",
    "seminar on",
    "expert meeting on",
    "public debate on",
    "guidelines on",
    "campaign on",
    "study visit on",
    "handbook on",
    "regional meeting on",
];

/// Where items of a country are usually written: capital and time zone.
const PLACES: [(&str, &str, &str); 24] = [
    ("austria", "Vienna", "Europe/Vienna"),
    ("albania", "Tirana", "Europe/Tirane"),
    ("turkmenistan", "Ashgabat", "Asia/Ashgabat"),
    ("kazakhstan", "Astana", "Asia/Almaty"),
    ("kyrgyzstan", "Bishkek", "Asia/Bishkek"),
    ("bosnia-and-herzegovina", "Sarajevo", "Europe/Sarajevo"),
    ("tajikistan", "Dushanbe", "Asia/Dushanbe"),
    ("moldova", "Chisinau", "Europe/Chisinau"),
    ("montenegro", "Podgorica", "Europe/Podgorica"),
    ("serbia", "Belgrade", "Europe/Belgrade"),
    ("north-macedonia", "Skopje", "Europe/Skopje"),
    ("uzbekistan", "Tashkent", "Asia/Tashkent"),
    ("belarus", "Minsk", "Europe/Minsk"),
    ("georgia", "Tbilisi", "Asia/Tbilisi"),
    ("azerbaijan", "Baku", "Asia/Baku"),
    ("armenia", "Yerevan", "Asia/Yerevan"),
    ("croatia", "Zagreb", "Europe/Zagreb"),
    ("estonia", "Tallinn", "Europe/Tallinn"),
    ("latvia", "Riga", "Europe/Riga"),
    ("ukraine", "Kyiv", "Europe/Kyiv"),
    ("russian-federation", "Moscow", "Europe/Moscow"),
    ("poland", "Warsaw", "Europe/Warsaw"),
    ("netherlands", "The Hague", "Europe/Amsterdam"),
    ("denmark", "Copenhagen", "Europe/Copenhagen"),
];

struct Catalogue<'a> {
    site: &'a SiteDefinition,
    sources: Vec<&'a Structure>,
    states: Vec<Slug>,
}

impl<'a> Catalogue<'a> {
    fn new(site: &'a SiteDefinition) -> Catalogue<'a> {
        // Popular sources first: the Secretariat and institutions, then field operations.
        let mut sources: Vec<&Structure> = site
            .structures
            .iter()
            .filter(|s| s.kind != StructureKind::Group)
            .collect();
        sources.sort_by_key(|s| match s.kind {
            StructureKind::Secretariat
            | StructureKind::Institution
            | StructureKind::Chairpersonship => 0,
            StructureKind::FieldOperation => 1,
            _ => 2,
        });
        let states = site
            .countries_in_group("participating-states")
            .map(|c| c.slug.clone())
            .collect();
        Catalogue {
            site,
            sources,
            states,
        }
    }
}

fn place_of(s: &Structure, site: &SiteDefinition) -> (&'static str, &'static str) {
    let country = s
        .country
        .as_ref()
        .map(Slug::as_str)
        .unwrap_or(match s.kind {
            StructureKind::Institution => "poland",
            StructureKind::ParliamentaryAssembly => "denmark",
            _ => "austria",
        });
    let _ = site;
    PLACES
        .iter()
        .find(|(c, _, _)| *c == country)
        .map_or(("Vienna", "Europe/Vienna"), |(_, p, tz)| (*p, *tz))
}

/// Shares of the originals translated into Russian, French and German, and, of those
/// written by a field operation whose country has a local language the demo writes, the
/// share translated into that language.
const RUSSIAN: f64 = 1.0 / 3.0;
const FRENCH: f64 = 0.12;
const GERMAN: f64 = 0.10;
const LOCAL: f64 = 0.6;

/// An English original and its translations. The translations are stored after their
/// original, whose id puts them in its translation group.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    pub original: NewItem,
    pub translations: Vec<NewItem>,
}

/// One synthetic item and its translations, a pure function of the generator's state.
fn generate(rng: &mut Rng, cat: &Catalogue<'_>, now: Timestamp) -> anyhow::Result<Group> {
    let site = cat.site;
    // Dates: exponential decay with a mean of ~3 years, back to 1995 at most.
    let days_ago = (-(1.0 - rng.unit()).ln() * 1100.0).min(11_000.0) as i64;
    let seconds = days_ago * 86_400 + rng.below(86_400) as i64;
    let published_at = now.checked_sub(SignedDuration::from_secs(seconds))?;
    let day = site.today(published_at);

    let open: Vec<&Structure> = cat
        .sources
        .iter()
        .copied()
        .filter(|s| s.is_open_on(day))
        .collect();
    let main = open[rng.zipf(open.len())];
    let mut sources = vec![main.slug.clone()];
    if rng.unit() < 0.15 {
        let other = open[rng.zipf(open.len())];
        if other.slug != main.slug {
            sources.push(other.slug.clone());
        }
    }

    let mut fields = Vec::new();
    for _ in 0..1 + rng.below(3) {
        let f = &site.fields[rng.zipf(site.fields.len())].slug;
        if !fields.contains(f) {
            fields.push(f.clone());
        }
    }
    let mut countries = Vec::new();
    if let Some(c) = &main.country {
        countries.push(c.clone());
    }
    for _ in 0..rng.below(3).saturating_sub(countries.len()) {
        let c = &cat.states[rng.zipf(cat.states.len())];
        if !countries.contains(c) {
            countries.push(c.clone());
        }
    }
    let meetings = if rng.unit() < 0.1 {
        vec![site.meetings[rng.zipf(site.meetings.len())].slug.clone()]
    } else {
        vec![]
    };

    let r = rng.unit();
    let mut acc = 0.0;
    let item_type = TYPES.iter().find(|(_, p)| {
        acc += p;
        r < acc
    });
    let item_type = Slug::parse(item_type.map_or("news", |t| t.0))?;

    let field_name = site
        .field(fields[0].as_str())
        .map_or("security", |f| f.name.as_str());
    let who = main.name_at(day.min(site.today(now))).name.clone();
    let mut title = format!(
        "{} {} {} {}",
        who,
        rng.pick(&VERBS),
        rng.pick(&TOPICS),
        field_name.to_lowercase()
    );
    // The body as sentence numbers, so that a translation says what its original says.
    let mut paragraphs: Vec<Vec<usize>> = Vec::new();
    for _ in 0..3 + rng.below(3) {
        let n = 2 + rng.below(3);
        paragraphs.push((0..n).map(|_| rng.below(SENTENCES.len())).collect());
    }
    let body = |lang: usize| {
        let text: Vec<String> = paragraphs
            .iter()
            .map(|p| {
                p.iter()
                    .map(|&s| SENTENCES[s][lang])
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        render::paragraphs_to_html(&text)
    };
    let (place, time_zone) = place_of(main, site);

    // The languages of its translations: those of the site the demo has texts and the
    // place's name in.
    let mut languages: Vec<&str> = Vec::new();
    for (lang, share) in [("ru", RUSSIAN), ("fr", FRENCH), ("de", GERMAN)] {
        if rng.unit() < share {
            languages.push(lang);
        }
    }
    let wants_local = rng.unit() < LOCAL;
    if wants_local
        && let Some(local) = main
            .country
            .as_ref()
            .and_then(|c| texts::local_language(c.as_str()))
    {
        languages.push(local);
    }
    languages.retain(|l| site.language(l).is_some() && texts::place_in(place, l).is_some());
    // A translated item tells one of the stories written in every language.
    let story = if languages.is_empty() {
        None
    } else {
        Some(&STORIES[rng.below(STORIES.len())])
    };
    let mut summary = String::new();
    if let Some(story) = story {
        title = story.title[0].to_owned();
        summary = story.summary[0].replace("{in}", &format!("in {place}"));
        if site.field(story.field).is_some() {
            let f = Slug::parse(story.field)?;
            fields.retain(|x| *x != f);
            fields.insert(0, f);
            fields.truncate(3);
        }
    }
    let original = NewItem {
        // Demo items need no external key (they are marked `is_demo`), which spares an
        // index entry per item.
        external_id: None,
        item_type,
        language: LanguageCode::parse("en")?,
        translation_of: None,
        title,
        summary,
        body_html: body(0),
        place: place.to_owned(),
        time_zone: time_zone.to_owned(),
        published_at,
        status: ItemStatus::Published,
        embargo_until: None,
        sources,
        fields_of_work: fields,
        countries,
        meetings,
        is_demo: true,
    };

    let mut translations = Vec::with_capacity(languages.len());
    if let Some(story) = story {
        for lang in languages {
            let (Some(i), Some((name, at))) =
                (texts::lang_index(lang), texts::place_in(place, lang))
            else {
                continue;
            };
            // Published with the original or up to two days later, but never after the
            // original's "now": the translations are public like their originals.
            let hours = match rng.below(4) {
                0 | 1 => 0,
                2 => 1 + rng.below(12),
                _ => 24 + rng.below(24),
            };
            let published_at = original
                .published_at
                .checked_add(SignedDuration::from_hours(hours as i64))?
                .min(now);
            translations.push(NewItem {
                language: LanguageCode::parse(lang)?,
                title: story.title[i].to_owned(),
                summary: story.summary[i].replace("{in}", &at),
                body_html: body(i),
                place: name,
                published_at,
                ..original.clone()
            });
        }
    }
    Ok(Group {
        original,
        translations,
    })
}

/// What the demo wrote.
#[derive(Debug, Default)]
pub struct Counts {
    pub originals: u64,
    /// Translations by language.
    pub translations: BTreeMap<String, u64>,
}

/// Originals and their translations, each with the position of its original, written in
/// two transactions: the translations need the ids the originals get.
struct Batch {
    originals: Vec<NewItem>,
    translations: Vec<(usize, NewItem)>,
    /// The lead pictures of originals, by position.
    leads: Vec<(usize, store::MediaId)>,
}

/// Adds `items` demo items (originals and translations) to the store, generated from
/// `seed` and dated before `anchor`, one original in [`pictures::SHARE`] with the picture of
/// its place as its lead picture; `progress` is told how many are done.
#[allow(clippy::too_many_arguments)]
async fn fill(
    store: &store::Store,
    site: &SiteDefinition,
    items: u64,
    seed: u64,
    anchor: Timestamp,
    now: Timestamp,
    pictures: &Pictures,
    progress: impl Fn(u64),
) -> anyhow::Result<Counts> {
    let cat = Catalogue::new(site);
    let mut rng = Rng::new(seed);
    const BATCH: usize = 5_000;
    let mut done = 0;
    let mut counts = Counts::default();
    let (tx, mut rx) = tokio::sync::mpsc::channel::<Batch>(2);
    let writer = {
        let store = store.clone();
        tokio::spawn(async move {
            while let Some(batch) = rx.recv().await {
                let ids = store.insert_items(&batch.originals, now).await?;
                let leads: Vec<(model::ItemId, store::MediaId)> = batch
                    .leads
                    .iter()
                    .filter_map(|(of, picture)| Some((*ids.get(*of)?, *picture)))
                    .collect();
                store
                    .set_lead_images(&leads, &store::Actor::command_line(), now)
                    .await?;
                let mut translations = Vec::with_capacity(batch.translations.len());
                for (of, mut t) in batch.translations {
                    let id = ids
                        .get(of)
                        .copied()
                        .context("the store returned fewer ids than items")?;
                    t.translation_of = Some(id);
                    translations.push(t);
                }
                store.insert_items(&translations, now).await?;
            }
            anyhow::Ok(())
        })
    };
    while done < items {
        let mut batch = Batch {
            originals: Vec::new(),
            translations: Vec::new(),
            leads: Vec::new(),
        };
        while done < items && batch.originals.len() + batch.translations.len() < BATCH {
            let group = generate(&mut rng, &cat, anchor)?;
            let of = batch.originals.len();
            if counts.originals.is_multiple_of(pictures::SHARE)
                && let Some(picture) = pictures.of_place(&group.original.place)
            {
                batch.leads.push((of, picture));
            }
            batch.originals.push(group.original);
            counts.originals += 1;
            done += 1;
            // The last group loses the translations past the count asked for.
            let room = usize::try_from(items - done).unwrap_or(usize::MAX);
            for t in group.translations.into_iter().take(room) {
                *counts
                    .translations
                    .entry(t.language.to_string())
                    .or_default() += 1;
                batch.translations.push((of, t));
                done += 1;
            }
        }
        if tx.send(batch).await.is_err() {
            break;
        }
        progress(done);
    }
    drop(tx);
    writer.await.context("writer task failed")??;
    Ok(counts)
}

pub async fn run(opts: DemoOpts) -> anyhow::Result<()> {
    let base = std::sync::Arc::new(crate::site::load(&opts.site)?);
    let store = opts.data.open_store().await?;
    let site = crate::site::in_effect(&base, &store).await?;
    let started = std::time::Instant::now();
    // Items are dated relative to the start of the run's day, so a seed gives the same
    // items all day long.
    let now = Timestamp::now();
    let anchor = site
        .today(now)
        .to_zoned_datetime(site.organization.time_zone.clone())?
        .timestamp();

    let bar = ProgressBar::new(opts.items);
    bar.set_style(
        ProgressStyle::with_template("{bar:40} {pos}/{len} items  {per_sec}  eta {eta}")
            .map_err(|e| anyhow::anyhow!("progress bar: {e}"))?,
    );
    let places: Vec<&str> = PLACES.iter().map(|(_, place, _)| *place).collect();
    println!(
        "drawing and preparing {} demo pictures of {}×{} pixels…",
        places.len(),
        pictures::WIDTH,
        pictures::HEIGHT
    );
    let storage = crate::cli::media_storage(&opts.data.data_dir, opts.media_store.as_deref())?;
    let pictures = pictures::prepare(
        &store,
        storage,
        &places,
        (pictures::WIDTH, pictures::HEIGHT),
        now,
    )
    .await?;
    let counts = fill(
        &store,
        &site,
        opts.items,
        opts.seed,
        anchor,
        now,
        &pictures,
        |done| bar.set_position(done),
    )
    .await?;
    bar.finish_and_clear();
    store.analyze().await?;
    let total = store.count_items().await?;
    store.close().await;
    println!(
        "added {} demo items in {:.1} s ({} items in the database)",
        opts.items,
        started.elapsed().as_secs_f64(),
        total
    );
    let translations: Vec<String> = counts
        .translations
        .iter()
        .map(|(lang, n)| format!("{lang} {n}"))
        .collect();
    println!(
        "  {} originals in English; translations: {}",
        counts.originals,
        if translations.is_empty() {
            "none".to_owned()
        } else {
            translations.join(", ")
        }
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> SiteDefinition {
        SiteDefinition::load(&crate::site::embedded_sources()).expect("valid site")
    }

    fn instant() -> Timestamp {
        "2026-06-01T00:00:00Z".parse().expect("instant")
    }

    fn groups(seed: u64, n: usize) -> Vec<Group> {
        let site = site();
        let cat = Catalogue::new(&site);
        let mut rng = Rng::new(seed);
        (0..n)
            .map(|_| generate(&mut rng, &cat, instant()).expect("item"))
            .collect()
    }

    #[test]
    fn same_seed_same_items() {
        let a = groups(7, 50);
        let b = groups(7, 50);
        assert_eq!(a, b);
        let c = groups(8, 1);
        assert_ne!(a[0].original.title, c[0].original.title);
    }

    #[test]
    fn items_respect_the_taxonomies_and_lifetimes() {
        let site = site();
        let now = instant();
        let mut recent = 0;
        for g in groups(1, 2_000) {
            let item = &g.original;
            let day = site.today(item.published_at);
            assert!((1..=3).contains(&item.fields_of_work.len()));
            assert!(item.countries.len() <= 2, "{:?}", item.countries);
            for s in &item.sources {
                let s = site.structure(s.as_str()).expect("known source");
                assert!(
                    s.is_open_on(day),
                    "{} used on {day} outside its lifetime",
                    s.slug
                );
            }
            assert!(
                item.fields_of_work
                    .iter()
                    .all(|f| site.field(f.as_str()).is_some())
            );
            assert!(item.body_html.matches("<p>").count() >= 3);
            if now.duration_since(item.published_at).as_hours() < 24 * 365 {
                recent += 1;
            }
        }
        assert!(
            recent > 400,
            "many items are recent ({recent} of 2000 within a year)"
        );
    }

    #[test]
    fn a_third_of_the_originals_have_a_russian_version_and_others_more_languages() {
        let site = site();
        let now = instant();
        let all = groups(1, 3_000);
        let mut by_language: BTreeMap<String, usize> = BTreeMap::new();
        for g in &all {
            let o = &g.original;
            assert_eq!(o.language.as_str(), "en");
            let mut seen = Vec::new();
            for t in &g.translations {
                let lang = t.language.as_str();
                assert!(site.language(lang).is_some(), "{lang} is a site language");
                assert_ne!(lang, "en");
                assert!(!seen.contains(&lang), "one version per language");
                seen.push(lang);
                *by_language.entry(lang.to_owned()).or_default() += 1;
                // Its own text, not the original's.
                assert_ne!(t.title, o.title);
                assert_ne!(t.summary, o.summary);
                assert_ne!(t.body_html, o.body_html);
                assert!(!t.summary.contains("{in}"), "{}", t.summary);
                assert_eq!(
                    t.body_html.matches("<p>").count(),
                    o.body_html.matches("<p>").count()
                );
                // Filed like its original, public like it, the same day or a little later.
                assert_eq!(
                    (&t.item_type, &t.sources, &t.fields_of_work, &t.countries),
                    (&o.item_type, &o.sources, &o.fields_of_work, &o.countries)
                );
                assert_eq!((t.status, t.embargo_until), (o.status, o.embargo_until));
                assert!(t.published_at >= o.published_at && t.published_at <= now);
                assert!(t.published_at.duration_since(o.published_at).as_hours() <= 48);
                assert!(t.translation_of.is_none() && t.is_demo);
            }
            if !g.translations.is_empty() {
                assert!(!o.summary.is_empty(), "a translated original tells a story");
            }
        }
        let share = |lang: &str| by_language.get(lang).copied().unwrap_or(0) as f64 / 3_000.0;
        assert!(
            (0.28..0.39).contains(&share("ru")),
            "a third have a Russian version: {by_language:?}"
        );
        assert!((0.07..0.17).contains(&share("fr")), "{by_language:?}");
        assert!((0.05..0.15).contains(&share("de")), "{by_language:?}");
        let local = ["hbs", "sq", "mk", "ro", "uk", "ky"]
            .iter()
            .filter(|l| by_language.contains_key(**l))
            .count();
        assert!(
            local >= 4,
            "local languages of field operations: {by_language:?}"
        );
    }

    #[test]
    fn translations_name_the_place_in_their_language() {
        for g in groups(2, 1_000) {
            for t in &g.translations {
                if t.language.as_str() == "ru" {
                    assert!(
                        t.place.chars().all(|c| !c.is_ascii_alphabetic()),
                        "{} in Russian: {}",
                        g.original.place,
                        t.place
                    );
                    // "Вена" is "в Вене" in the summary: its stem is there.
                    let chars = t.place.chars().count();
                    let stem: String = t.place.chars().take(chars - 1).collect();
                    assert!(t.summary.contains(&stem), "{}", t.summary);
                }
            }
        }
        for (_, place, _) in PLACES {
            for lang in ["ru", "fr", "de"] {
                assert!(texts::place_in(place, lang).is_some(), "{place} in {lang}");
            }
        }
        assert_eq!(
            texts::place_in("Vienna", "ru").map(|p| p.0).as_deref(),
            Some("Вена")
        );
        assert_eq!(
            texts::place_in("Vienna", "fr").map(|p| p.0).as_deref(),
            Some("Vienne")
        );
    }

    #[tokio::test]
    async fn the_demo_stores_translations_in_the_groups_of_their_originals() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = store::Store::open_data_dir(dir.path())
            .await
            .expect("store");
        let site = site();
        let counts = fill(
            &store,
            &site,
            600,
            1,
            instant(),
            instant(),
            &Pictures::none(),
            |_| {},
        )
        .await
        .expect("demo");
        let ids = store
            .item_ids_after(model::ItemId(0), 10_000)
            .await
            .expect("ids");
        assert_eq!(ids.len(), 600);
        let items = store.items(&ids).await.expect("items");
        let translated: u64 = counts.translations.values().sum();
        assert_eq!(counts.originals + translated, 600);
        let mut groups: BTreeMap<i64, Vec<&model::Item>> = BTreeMap::new();
        for item in &items {
            groups.entry(item.translation_group).or_default().push(item);
        }
        let mut with_russian = 0;
        for item in &items {
            let group = &groups[&item.translation_group];
            if item.data.language.as_str() == "en" {
                // An original starts its own group.
                assert_eq!(item.translation_group, item.id.0);
                with_russian += usize::from(group.iter().any(|i| i.data.language.as_str() == "ru"));
                continue;
            }
            let original = group
                .iter()
                .find(|i| i.data.language.as_str() == "en")
                .unwrap_or_else(|| panic!("item {} has no English original", item.id));
            assert_eq!(original.id.0, item.translation_group);
            assert!(item.id.0 > original.id.0);
            assert_ne!(item.data.title, original.data.title);
            assert_ne!(item.data.body_html, original.data.body_html);
            let languages: Vec<&str> = group.iter().map(|i| i.data.language.as_str()).collect();
            let mut unique = languages.clone();
            unique.sort_unstable();
            unique.dedup();
            assert_eq!(unique.len(), languages.len(), "{languages:?}");
        }
        let share = with_russian as f64 / counts.originals as f64;
        assert!((0.24..0.43).contains(&share), "{share} of {counts:?}");
        store.close().await;
    }

    #[test]
    fn zipf_prefers_the_first_entries() {
        let mut rng = Rng::new(3);
        let mut counts = [0u32; 10];
        for _ in 0..10_000 {
            counts[rng.zipf(10)] += 1;
        }
        assert!(
            counts[0] > counts[4] && counts[4] > 0 && counts[0] > 2 * counts[9],
            "{counts:?}"
        );
    }
}
