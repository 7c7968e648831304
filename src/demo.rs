//! `communique demo`: synthetic items over the site's real taxonomies, for trying the site
//! and measuring it. Deterministic for a seed; marked as demo content in the database.
//!
//! Distributions: publication dates decay exponentially into the past (many recent items),
//! sources, fields and countries follow a Zipf-like law (a few popular ones), a source is
//! only used while it was open, 1–3 fields of work, 0–2 countries, 3–5 paragraphs.

use anyhow::Context;
use indicatif::{ProgressBar, ProgressStyle};
use jiff::{SignedDuration, Timestamp};
use model::site::{Structure, StructureKind};
use model::{ItemStatus, LanguageCode, NewItem, SiteDefinition, Slug};

use crate::cli::DemoOpts;

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

const SENTENCES: [&str; 12] = [
    "Participants from government institutions, civil society and international organizations took part in the event.",
    "The discussions focused on practical steps that can be taken over the coming year.",
    "Experts shared good practices from across the region and answered questions from the audience.",
    "The activity is part of a long-term project supported by several participating States.",
    "Speakers underlined the importance of co-operation between national authorities and local communities.",
    "The organizers will publish a summary of the recommendations in the coming weeks.",
    "Follow-up meetings are planned with the relevant ministries and parliamentary committees.",
    "The event brought together more than sixty participants, half of them women.",
    "The meeting was held in line with the commitments agreed by all participating States.",
    "Young people and representatives of minority communities contributed their views.",
    "The training combined lectures, case studies and practical exercises.",
    "The results will inform the next phase of assistance requested by the host country.",
];

const SENTENCES_RU: [&str; 8] = [
    "В мероприятии приняли участие представители государственных органов, гражданского общества и международных организаций.",
    "Обсуждение было посвящено практическим шагам на предстоящий год.",
    "Эксперты поделились передовым опытом и ответили на вопросы участников.",
    "Мероприятие является частью долгосрочного проекта, поддерживаемого рядом государств-участников.",
    "Выступающие подчеркнули важность сотрудничества между национальными властями и местными сообществами.",
    "Организаторы опубликуют рекомендации в ближайшие недели.",
    "Запланированы последующие встречи с профильными министерствами.",
    "Результаты будут использованы на следующем этапе оказания помощи.",
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

/// One synthetic item, a pure function of the generator's state.
fn generate(rng: &mut Rng, cat: &Catalogue<'_>, now: Timestamp) -> anyhow::Result<NewItem> {
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
    let russian = rng.unit() < 0.12;
    let language = LanguageCode::parse(if russian { "ru" } else { "en" })?;

    let field_name = site.field(fields[0].as_str()).map_or("security", |f| {
        if russian { f.name_in("ru") } else { &f.name }
    });
    let who = main.name_at(day.min(site.today(now))).name.clone();
    let title = if russian {
        format!("{}: {}", site.source_label(main, day, day), field_name)
    } else {
        format!(
            "{} {} {} {}",
            who,
            rng.pick(&VERBS),
            rng.pick(&TOPICS),
            field_name.to_lowercase()
        )
    };
    let mut paragraphs = Vec::new();
    for _ in 0..3 + rng.below(3) {
        let n = 2 + rng.below(3);
        let sentences: Vec<&str> = (0..n)
            .map(|_| {
                if russian {
                    *rng.pick(&SENTENCES_RU)
                } else {
                    *rng.pick(&SENTENCES)
                }
            })
            .collect();
        paragraphs.push(sentences.join(" "));
    }
    let (place, time_zone) = place_of(main, site);
    Ok(NewItem {
        // Demo items need no external key (they are marked `is_demo`), which spares an
        // index entry per item.
        external_id: None,
        item_type,
        language,
        translation_of: None,
        title,
        summary: String::new(),
        body_html: render::paragraphs_to_html(&paragraphs),
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
    })
}

pub async fn run(opts: DemoOpts) -> anyhow::Result<()> {
    let base = std::sync::Arc::new(crate::site::load(&opts.site)?);
    std::fs::create_dir_all(&opts.data.data_dir).with_context(|| {
        format!(
            "cannot create the data dir {}",
            opts.data.data_dir.display()
        )
    })?;
    let store = store::Store::open_data_dir(&opts.data.data_dir)
        .await
        .with_context(|| {
            format!(
                "cannot open the database in {}",
                opts.data.data_dir.display()
            )
        })?;
    let site = crate::site::in_effect(&base, &store).await?;
    let started = std::time::Instant::now();
    // Items are dated relative to the start of the run's day, so a seed gives the same
    // items all day long.
    let now = Timestamp::now();
    let anchor = site
        .today(now)
        .to_zoned_datetime(site.organization.time_zone.clone())?
        .timestamp();
    let cat = Catalogue::new(&site);
    let mut rng = Rng::new(opts.seed);

    let bar = ProgressBar::new(opts.items);
    bar.set_style(
        ProgressStyle::with_template("{bar:40} {pos}/{len} items  {per_sec}  eta {eta}")
            .map_err(|e| anyhow::anyhow!("progress bar: {e}"))?,
    );
    const BATCH: u64 = 5_000;
    let mut done = 0;
    let (tx, mut rx) = tokio::sync::mpsc::channel::<Vec<NewItem>>(2);
    let writer = {
        let store = store.clone();
        tokio::spawn(async move {
            while let Some(batch) = rx.recv().await {
                store.insert_items(&batch, now).await?;
            }
            anyhow::Ok(())
        })
    };
    while done < opts.items {
        let n = BATCH.min(opts.items - done);
        let mut batch = Vec::with_capacity(n as usize);
        for _ in 0..n {
            batch.push(generate(&mut rng, &cat, anchor)?);
        }
        if tx.send(batch).await.is_err() {
            break;
        }
        done += n;
        bar.set_position(done);
    }
    drop(tx);
    writer.await.context("writer task failed")??;
    bar.finish_and_clear();
    let total = store.count_items().await?;
    store.close().await;
    println!(
        "added {} demo items in {:.1} s ({} items in the database)",
        opts.items,
        started.elapsed().as_secs_f64(),
        total
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> SiteDefinition {
        SiteDefinition::load(&crate::site::embedded_sources()).expect("valid site")
    }

    #[test]
    fn same_seed_same_items() {
        let site = site();
        let cat = Catalogue::new(&site);
        let now: Timestamp = "2026-06-01T00:00:00Z".parse().expect("instant");
        let a: Vec<NewItem> = {
            let mut rng = Rng::new(7);
            (0..50)
                .map(|_| generate(&mut rng, &cat, now).expect("item"))
                .collect()
        };
        let b: Vec<NewItem> = {
            let mut rng = Rng::new(7);
            (0..50)
                .map(|_| generate(&mut rng, &cat, now).expect("item"))
                .collect()
        };
        assert_eq!(a, b);
        let mut rng = Rng::new(8);
        let c = generate(&mut rng, &cat, now).expect("item");
        assert_ne!(a[0].title, c.title);
    }

    #[test]
    fn items_respect_the_taxonomies_and_lifetimes() {
        let site = site();
        let cat = Catalogue::new(&site);
        let now: Timestamp = "2026-06-01T00:00:00Z".parse().expect("instant");
        let mut rng = Rng::new(1);
        let mut recent = 0;
        for _ in 0..2_000 {
            let item = generate(&mut rng, &cat, now).expect("item");
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
