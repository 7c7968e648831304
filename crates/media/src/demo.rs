//! Procedural pictures for the demo content: a landscape under a sky (a gradient, a sun,
//! distant mountains, hills, a few buildings and trees, a little grain), drawn from a seed
//! rather than downloaded.

use image::ImageEncoder;
use image::codecs::jpeg::JpegEncoder;

/// The smallest and largest side drawn.
const MIN_SIDE: u32 = 16;
const MAX_SIDE: u32 = 8_000;

/// A JPEG of `width` × `height` pixels (each clamped to 16–8,000) that looks like a
/// photograph of a landscape: the same seed always gives the same picture, different seeds
/// give different skies, light, hills and buildings.
pub fn demo_picture(seed: u64, width: u32, height: u32) -> Vec<u8> {
    let width = width.clamp(MIN_SIDE, MAX_SIDE);
    let height = height.clamp(MIN_SIDE, MAX_SIDE);
    let pixels = draw(seed, width, height);
    let mut out = Vec::new();
    let encoded = JpegEncoder::new_with_quality(&mut out, 85).write_image(
        &pixels,
        width,
        height,
        image::ExtendedColorType::Rgb8,
    );
    // Encoding RGB pixels of a size within JPEG's range into memory does not fail.
    match encoded {
        Ok(()) => out,
        Err(_) => Vec::new(),
    }
}

/// A small deterministic generator (SplitMix64).
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number from `low` to `high`.
    fn range(&mut self, low: f32, high: f32) -> f32 {
        let unit = (self.next() >> 40) as f32 / (1u64 << 24) as f32;
        low + (high - low) * unit
    }
}

type Rgb = [f32; 3];

fn mix(a: Rgb, b: Rgb, t: f32) -> Rgb {
    let t = t.clamp(0.0, 1.0);
    [
        a[0] + (b[0] - a[0]) * t,
        a[1] + (b[1] - a[1]) * t,
        a[2] + (b[2] - a[2]) * t,
    ]
}

/// The light of a picture: sky from the top to the horizon, the sun, the land.
struct Light {
    zenith: Rgb,
    horizon: Rgb,
    sun: Rgb,
    far: Rgb,
    near: Rgb,
    ground: Rgb,
}

fn light(random: &mut Random) -> Light {
    let palettes = [
        // A clear day.
        Light {
            zenith: [40.0, 95.0, 180.0],
            horizon: [190.0, 215.0, 235.0],
            sun: [255.0, 250.0, 230.0],
            far: [105.0, 130.0, 160.0],
            near: [70.0, 105.0, 60.0],
            ground: [95.0, 130.0, 70.0],
        },
        // Evening.
        Light {
            zenith: [60.0, 50.0, 110.0],
            horizon: [250.0, 160.0, 90.0],
            sun: [255.0, 230.0, 170.0],
            far: [120.0, 80.0, 100.0],
            near: [60.0, 50.0, 60.0],
            ground: [90.0, 70.0, 60.0],
        },
        // An overcast morning.
        Light {
            zenith: [120.0, 130.0, 145.0],
            horizon: [205.0, 208.0, 210.0],
            sun: [235.0, 235.0, 230.0],
            far: [140.0, 150.0, 160.0],
            near: [85.0, 100.0, 85.0],
            ground: [120.0, 125.0, 100.0],
        },
    ];
    let [day, evening, overcast] = palettes;
    match random.next() % 3 {
        0 => day,
        1 => evening,
        _ => overcast,
    }
}

/// A ridge line: for each column, the height of the ridge as a fraction of the picture's
/// height (from the top), from a few waves of random length and phase.
fn ridge(random: &mut Random, width: u32, base: f32, amplitude: f32) -> Vec<f32> {
    let waves: Vec<(f32, f32, f32)> = (0..4)
        .map(|i| {
            let length = random.range(0.6, 1.6) / (i as f32 + 1.0);
            (
                length,
                random.range(0.0, std::f32::consts::TAU),
                amplitude / (i as f32 + 1.0),
            )
        })
        .collect();
    (0..width)
        .map(|x| {
            let u = x as f32 / width as f32;
            base - waves
                .iter()
                .map(|&(length, phase, a)| a * (u / length * std::f32::consts::TAU + phase).sin())
                .sum::<f32>()
        })
        .collect()
}

/// The RGB pixels of the picture.
fn draw(seed: u64, width: u32, height: u32) -> Vec<u8> {
    let mut random = Random(seed ^ 0x436F_6D6D_756E_6971);
    let light = light(&mut random);
    let (w, h) = (width as f32, height as f32);
    let horizon = random.range(0.55, 0.7);
    let far_amplitude = random.range(0.03, 0.08);
    let far = ridge(&mut random, width, horizon - 0.04, far_amplitude);
    let near_amplitude = random.range(0.02, 0.05);
    let near = ridge(&mut random, width, horizon + 0.02, near_amplitude);
    let sun = (random.range(0.15, 0.85) * w, random.range(0.15, 0.4) * h);
    let sun_radius = random.range(0.02, 0.04) * w.max(h);

    // Buildings on the near ridge: (left, right, top) in pixels, with their shade.
    let buildings: Vec<(f32, f32, f32, f32)> = (0..random.range(2.0, 7.0) as u32)
        .map(|_| {
            let left = random.range(0.05, 0.9) * w;
            let right = left + random.range(0.02, 0.07) * w;
            let column = usize::try_from((left as u32).min(width - 1)).unwrap_or(0);
            let top = (near[column] - random.range(0.04, 0.14)) * h;
            (left, right, top, random.range(0.55, 0.95))
        })
        .collect();
    // Trees in the foreground: (centre x, centre y, radius).
    let trees: Vec<(f32, f32, f32)> = (0..random.range(3.0, 9.0) as u32)
        .map(|_| {
            let radius = random.range(0.015, 0.05) * w;
            (
                random.range(0.0, 1.0) * w,
                random.range(horizon + 0.08, 0.95) * h,
                radius,
            )
        })
        .collect();

    let mut pixels = Vec::with_capacity(width as usize * height as usize * 3);
    for y in 0..height {
        let v = y as f32 / h;
        let sky = mix(light.zenith, light.horizon, (v / horizon).powf(1.5));
        let fy = y as f32;
        // Only the shapes that reach this row are looked at for its pixels.
        let row_buildings: Vec<_> = buildings.iter().filter(|b| fy >= b.2).collect();
        let row_trees: Vec<_> = trees
            .iter()
            .filter(|t| fy > t.1 - t.2 && fy < t.1 + t.2 * 1.8)
            .collect();
        for x in 0..width {
            let column = x as usize;
            let fx = x as f32;
            let mut color = if v < far[column] {
                let d = ((fx - sun.0).powi(2) + (y as f32 - sun.1).powi(2)).sqrt();
                if d < sun_radius {
                    light.sun
                } else {
                    let glow = (sun_radius * 4.0 / d).powi(2).min(1.0) * 0.6;
                    mix(sky, light.sun, glow)
                }
            } else if v < near[column] {
                mix(light.far, light.horizon, (near[column] - v) * 4.0)
            } else {
                let depth = (v - near[column]) / (1.0 - near[column]).max(0.01);
                mix(light.near, light.ground, depth * 1.5)
            };
            for &&(left, right, top, shade) in &row_buildings {
                if fx >= left && fx < right && v < near[column] + 0.02 {
                    let wall = mix(light.far, [235.0, 230.0, 220.0], shade);
                    // Rows of windows.
                    let window = ((y as f32 - top) / (h * 0.012)) as u32 % 2 == 1
                        && ((fx - left) / (w * 0.008)) as u32 % 2 == 1;
                    color = if window {
                        mix(wall, [40.0, 50.0, 70.0], 0.7)
                    } else {
                        wall
                    };
                }
            }
            for &&(cx, cy, r) in &row_trees {
                let (dx, dy) = (fx - cx, y as f32 - cy);
                let crown = dx * dx + dy * dy < r * r;
                let trunk = dx.abs() < r * 0.12 && dy > 0.0 && dy < r * 1.8;
                if crown {
                    color = mix([35.0, 70.0, 35.0], [20.0, 40.0, 25.0], (dx + dy) / r);
                } else if trunk {
                    color = [70.0, 50.0, 35.0];
                }
            }
            let grain = grain(seed, x, y);
            for c in color {
                pixels.push((c + grain).clamp(0.0, 255.0) as u8);
            }
        }
    }
    pixels
}

/// A little noise, like a photograph's: from -3 to 3.
fn grain(seed: u64, x: u32, y: u32) -> f32 {
    let mut z = seed ^ (u64::from(x) << 32 | u64::from(y));
    z = (z ^ (z >> 33)).wrapping_mul(0xFF51_AFD7_ED55_8CCD);
    z ^= z >> 33;
    (z % 7) as f32 - 3.0
}
