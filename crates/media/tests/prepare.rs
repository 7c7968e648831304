//! Uploads made ready to serve: the kind taken from the content, bombs refused from the
//! header, metadata removed, orientation applied, variants never enlarged, keys from the
//! content, WebP kept only where it is smaller.

use std::io::Cursor;

use image::codecs::jpeg::JpegEncoder;
use image::codecs::png::PngEncoder;
use image::codecs::webp::WebPEncoder;
use image::{ExtendedColorType, ImageDecoder, ImageEncoder, ImageReader};
use media::{Format, Limits, MediaError, Prepared, demo_picture, file_key, is_valid_key, prepare};

/// RGB pixels: the left half red, the right half blue.
fn halves(width: u32, height: u32) -> Vec<u8> {
    let mut raw = Vec::new();
    for _ in 0..height {
        for x in 0..width {
            raw.extend(if x < width / 2 {
                [220, 30, 30]
            } else {
                [30, 30, 220]
            });
        }
    }
    raw
}

fn jpeg(raw: &[u8], width: u32, height: u32) -> Vec<u8> {
    let mut out = Vec::new();
    JpegEncoder::new_with_quality(&mut out, 90)
        .write_image(raw, width, height, ExtendedColorType::Rgb8)
        .expect("jpeg");
    out
}

fn png(raw: &[u8], width: u32, height: u32, color: ExtendedColorType) -> Vec<u8> {
    let mut out = Vec::new();
    PngEncoder::new(&mut out)
        .write_image(raw, width, height, color)
        .expect("png");
    out
}

fn webp(raw: &[u8], width: u32, height: u32, color: ExtendedColorType) -> Vec<u8> {
    let mut out = Vec::new();
    WebPEncoder::new_lossless(&mut out)
        .write_image(raw, width, height, color)
        .expect("webp");
    out
}

/// RGBA pixels: a disc of colour on a transparent ground.
fn disc(width: u32, height: u32) -> Vec<u8> {
    let mut raw = Vec::new();
    for y in 0..height {
        for x in 0..width {
            let (dx, dy) = (x as i64 - width as i64 / 2, y as i64 - height as i64 / 2);
            let inside = dx * dx + dy * dy < (width as i64 / 3).pow(2);
            raw.extend(if inside {
                [0, 120, 200, 255]
            } else {
                [0, 0, 0, 0]
            });
        }
    }
    raw
}

/// The dimensions and colour of a file as a decoder reads it.
fn decoded(bytes: &[u8]) -> image::DynamicImage {
    ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .expect("guess")
        .decode()
        .expect("decodes")
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// The CRC-32 of PNG chunks.
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

fn chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
    let mut out = (data.len() as u32).to_be_bytes().to_vec();
    let mut body = kind.to_vec();
    body.extend_from_slice(data);
    out.extend_from_slice(&body);
    out.extend_from_slice(&crc32(&body).to_be_bytes());
    out
}

/// A PNG of a few dozen bytes whose header claims `width` × `height` RGB pixels.
fn png_claiming(width: u32, height: u32) -> Vec<u8> {
    let mut ihdr = width.to_be_bytes().to_vec();
    ihdr.extend_from_slice(&height.to_be_bytes());
    ihdr.extend_from_slice(&[8, 2, 0, 0, 0]);
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    out.extend(chunk(b"IHDR", &ihdr));
    // A zlib stream of a few zero bytes: what a highly compressible huge picture starts with.
    out.extend(chunk(
        b"IDAT",
        &[0x78, 0x9c, 0x63, 0x60, 0x00, 0x00, 0x00, 0x02, 0x00, 0x01],
    ));
    out.extend(chunk(b"IEND", &[]));
    out
}

/// A JPEG's bytes with an APP1 segment inserted after its start marker.
fn with_app1(jpeg: &[u8], payload: &[u8]) -> Vec<u8> {
    let mut out = jpeg[..2].to_vec();
    out.extend_from_slice(&[0xFF, 0xE1]);
    out.extend_from_slice(&((payload.len() + 2) as u16).to_be_bytes());
    out.extend_from_slice(payload);
    out.extend_from_slice(&jpeg[2..]);
    out
}

const MARKER: &[u8] = b"GPS 48.2082N 16.3738E secret-camera-owner";

/// An Exif block (big-endian TIFF) with an orientation and a description holding
/// [`MARKER`].
fn exif(orientation: u16) -> Vec<u8> {
    let mut tiff = b"MM\0*".to_vec();
    tiff.extend_from_slice(&8u32.to_be_bytes());
    tiff.extend_from_slice(&2u16.to_be_bytes());
    // Orientation: SHORT, one value, left-justified in the value field.
    tiff.extend_from_slice(&0x0112u16.to_be_bytes());
    tiff.extend_from_slice(&3u16.to_be_bytes());
    tiff.extend_from_slice(&1u32.to_be_bytes());
    tiff.extend_from_slice(&orientation.to_be_bytes());
    tiff.extend_from_slice(&[0, 0]);
    // ImageDescription: ASCII, at the offset after this directory.
    let text_offset = 8 + 2 + 2 * 12 + 4;
    tiff.extend_from_slice(&0x010Eu16.to_be_bytes());
    tiff.extend_from_slice(&2u16.to_be_bytes());
    tiff.extend_from_slice(&(MARKER.len() as u32 + 1).to_be_bytes());
    tiff.extend_from_slice(&(text_offset as u32).to_be_bytes());
    tiff.extend_from_slice(&0u32.to_be_bytes());
    tiff.extend_from_slice(MARKER);
    tiff.push(0);
    let mut payload = b"Exif\0\0".to_vec();
    payload.extend(tiff);
    payload
}

fn widths(p: &Prepared, format: Format) -> Vec<u32> {
    p.variants
        .iter()
        .filter(|v| v.format == format)
        .map(|v| v.width)
        .collect()
}

#[test]
fn the_kind_is_taken_from_the_content_not_the_name() {
    // Whatever name it was uploaded under ("photo.jpg"), PNG content is a PNG.
    let bytes = png(&halves(40, 20), 40, 20, ExtendedColorType::Rgb8);
    let p = prepare(&bytes, &Limits::default()).expect("prepared");
    assert_eq!(p.format, Format::Png);
    assert!(p.original.key.ends_with(".png"));

    for (bytes, looks_like) in [
        (
            &b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>"[..],
            "a PDF document",
        ),
        (&b"<!doctype html>\n<html><head>"[..], "a web page (HTML)"),
        (
            &b"Press release: the Chairpersonship ..."[..],
            "a text file",
        ),
    ] {
        match prepare(bytes, &Limits::default()) {
            Err(e @ MediaError::NotAPicture { .. }) => {
                assert_eq!(
                    e.to_string(),
                    format!(
                        "the file is not a JPEG, PNG or WebP picture (it looks like {looks_like})"
                    )
                );
            }
            other => panic!("expected a refusal, got {other:?}"),
        }
    }
}

#[test]
fn decompression_bombs_are_refused_from_the_header() {
    let png_bomb = png_claiming(100_000, 100_000);
    assert!(
        png_bomb.len() < 100,
        "a tiny file: {} bytes",
        png_bomb.len()
    );
    match prepare(&png_bomb, &Limits::default()) {
        Err(e @ MediaError::TooManyPixels { .. }) => assert_eq!(
            e.to_string(),
            "the picture is 100,000 × 100,000 pixels; the largest accepted is 50 megapixels"
        ),
        other => panic!("expected a refusal, got {other:?}"),
    }
    // Few pixels, but a side too long.
    assert!(matches!(
        prepare(&png_claiming(40_000, 10), &Limits::default()),
        Err(MediaError::SideTooLong {
            width: 40_000,
            height: 10,
            max_side: 12_000
        })
    ));

    // A small JPEG whose frame header is changed to claim 60,000 × 60,000 pixels.
    let mut jpeg_bomb = jpeg(&halves(16, 16), 16, 16);
    let sof = jpeg_bomb
        .windows(2)
        .position(|w| w == [0xFF, 0xC0])
        .expect("a baseline frame");
    jpeg_bomb[sof + 5..sof + 9].copy_from_slice(&[0xEA, 0x60, 0xEA, 0x60]);
    assert!(matches!(
        prepare(&jpeg_bomb, &Limits::default()),
        Err(MediaError::TooManyPixels {
            width: 60_000,
            height: 60_000,
            ..
        })
    ));

    // A lossless WebP whose header is changed to claim 12,288 × 12,288 pixels.
    let mut webp_bomb = webp(&halves(16, 16), 16, 16, ExtendedColorType::Rgb8);
    assert_eq!(&webp_bomb[12..16], b"VP8L", "a simple lossless WebP");
    // 14 bits of width - 1, 14 bits of height - 1, then the alpha and version bits.
    let bits = u32::from_le_bytes([webp_bomb[21], webp_bomb[22], webp_bomb[23], webp_bomb[24]]);
    let bits = (bits & !0x0FFF_FFFF) | 0x2FFF | (0x2FFF << 14);
    webp_bomb[21..25].copy_from_slice(&bits.to_le_bytes());
    let r = prepare(&webp_bomb, &Limits::default());
    assert!(
        matches!(
            r,
            Err(MediaError::TooManyPixels {
                width: 12_288,
                height: 12_288,
                ..
            })
        ),
        "{r:?}"
    );
}

#[test]
fn files_larger_than_the_limit_are_refused_before_anything_else() {
    let limits = Limits {
        max_bytes: 1024 * 1024,
        ..Limits::default()
    };
    let mut big = b"%PDF".to_vec();
    big.resize(1_600_000, b' ');
    match prepare(&big, &limits) {
        Err(e @ MediaError::TooLarge { .. }) => {
            assert_eq!(
                e.to_string(),
                "the file is 1.5 MB; the largest accepted is 1 MB"
            );
        }
        other => panic!("expected a refusal, got {other:?}"),
    }
    assert!(matches!(
        prepare(&[], &Limits::default()),
        Err(MediaError::Empty)
    ));
    let mut damaged = b"\x89PNG\r\n\x1a\n".to_vec();
    damaged.extend_from_slice(&[0x55; 64]);
    match prepare(&damaged, &Limits::default()) {
        Err(e @ MediaError::Unreadable(_)) => {
            assert!(e.to_string().starts_with("the picture could not be read: "));
        }
        other => panic!("expected an unreadable picture, got {other:?}"),
    }
}

#[test]
fn exif_and_other_metadata_are_removed() {
    let clean = jpeg(&halves(120, 80), 120, 80);
    let mut upload = with_app1(&clean, &exif(1));
    // A comment segment too.
    let comment = b"\xFF\xFEcomment: taken by secret-camera-owner";
    let mut with_comment = upload[..2].to_vec();
    with_comment.extend_from_slice(&comment[..2]);
    with_comment.extend_from_slice(&((comment.len() - 2 + 2) as u16).to_be_bytes());
    with_comment.extend_from_slice(&comment[2..]);
    with_comment.extend_from_slice(&upload[2..]);
    upload = with_comment;
    assert!(contains(&upload, b"Exif") && contains(&upload, MARKER));
    assert!(contains(&upload, b"secret-camera-owner"));

    let p = prepare(&upload, &Limits::default()).expect("prepared");
    assert_eq!((p.width, p.height), (120, 80));
    for file in p.files() {
        assert!(!contains(&file.bytes, b"Exif"), "{}", file.key);
        assert!(!contains(&file.bytes, b"GPS"), "{}", file.key);
        assert!(
            !contains(&file.bytes, b"secret-camera-owner"),
            "{}",
            file.key
        );
    }
}

#[test]
fn a_colour_profile_is_kept_unless_it_is_srgb() {
    let with_profile = |profile: &[u8]| {
        let mut out = Vec::new();
        let mut encoder = JpegEncoder::new_with_quality(&mut out, 90);
        encoder
            .set_icc_profile(profile.to_vec())
            .expect("jpeg takes a profile");
        encoder
            .write_image(&halves(64, 32), 64, 32, ExtendedColorType::Rgb8)
            .expect("jpeg");
        out
    };
    // Stand-ins for profiles: what matters here is the name in their description.
    let mut p3 = vec![0u8; 600];
    p3[200..210].copy_from_slice(b"Display P3");
    let p = prepare(&with_profile(&p3), &Limits::default()).expect("p3");
    for file in p.files() {
        let mut decoder = ImageReader::new(Cursor::new(&file.bytes[..]))
            .with_guessed_format()
            .expect("guess")
            .into_decoder()
            .expect("decoder");
        assert_eq!(
            decoder.icc_profile().expect("read").as_deref(),
            Some(&p3[..]),
            "{}",
            file.key
        );
    }

    let mut srgb = vec![0u8; 3_000];
    srgb[200..217].copy_from_slice(b"sRGB IEC61966-2.1");
    let p = prepare(&with_profile(&srgb), &Limits::default()).expect("srgb");
    for file in p.files() {
        assert!(!contains(&file.bytes, b"ICC_PROFILE"), "{}", file.key);
    }
}

#[test]
fn the_cameras_orientation_is_applied_to_the_pixels() {
    // Orientation 6: the camera was turned; the stored 200 × 100 picture is shown rotated
    // 90° clockwise, 100 × 200, its left (red) half on top.
    let upload = with_app1(&jpeg(&halves(200, 100), 200, 100), &exif(6));
    let p = prepare(&upload, &Limits::default()).expect("prepared");
    assert_eq!((p.width, p.height), (100, 200));
    let shown = decoded(&p.original.bytes).to_rgb8();
    assert_eq!(shown.dimensions(), (100, 200));
    let top = shown.get_pixel(50, 30);
    let bottom = shown.get_pixel(50, 170);
    assert!(top[0] > 150 && top[2] < 100, "red on top: {top:?}");
    assert!(bottom[2] > 150 && bottom[0] < 100, "blue below: {bottom:?}");
    assert!(!contains(&p.original.bytes, b"Exif"));

    // Without the Exif block, the same picture stays as it is.
    let plain = prepare(&jpeg(&halves(200, 100), 200, 100), &Limits::default()).expect("plain");
    assert_eq!((plain.width, plain.height), (200, 100));
}

#[test]
fn variants_are_never_enlarged_and_keep_the_aspect_ratio() {
    let limits = Limits::default();
    // The upload's width and height, and the expected variants' sizes.
    type Case = (u32, u32, &'static [(u32, u32)]);
    let cases: [Case; 4] = [
        (1000, 500, &[(400, 200), (800, 400), (1000, 500)]),
        (2000, 1333, &[(400, 267), (800, 533), (1600, 1066)]),
        (1600, 900, &[(400, 225), (800, 450), (1600, 900)]),
        (333, 100, &[(333, 100)]),
    ];
    for (width, height, expected) in cases {
        let p = prepare(&jpeg(&halves(width, height), width, height), &limits).expect("ok");
        assert_eq!((p.width, p.height), (width, height));
        let jpegs: Vec<(u32, u32)> = p
            .variants
            .iter()
            .filter(|v| v.format == Format::Jpeg)
            .map(|v| (v.width, v.height))
            .collect();
        assert_eq!(jpegs, expected, "{width} × {height}");
        for v in &p.variants {
            assert!(v.width <= width, "{} enlarged", v.key);
            let img = decoded(&v.bytes);
            assert_eq!(
                (img.width(), img.height()),
                (v.width, v.height),
                "{}",
                v.key
            );
        }
        // A 1,000-pixel picture: its own width is the widest variant.
        assert_eq!(
            widths(&p, Format::Jpeg).last(),
            expected.last().map(|e| &e.0)
        );
    }
}

#[test]
fn keys_are_made_from_the_content() {
    let upload = jpeg(&halves(500, 300), 500, 300);
    let a = prepare(&upload, &Limits::default()).expect("a");
    let b = prepare(&upload, &Limits::default()).expect("b");
    assert_eq!(a, b, "the same upload gives the same files");
    assert_eq!(a.hash.len(), 16);
    assert!(
        a.hash
            .bytes()
            .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase())
    );
    assert_eq!(a.original.key, format!("{}.jpg", a.hash));
    for v in &a.variants {
        assert_eq!(v.key, file_key(&a.hash, Some(v.width), v.format));
        assert!(is_valid_key(&v.key), "{}", v.key);
    }
    assert_eq!(a.variants[0].key, format!("{}-400.jpg", a.hash));

    // Another picture (one pixel differs), another hash and other keys.
    let mut raw = halves(500, 300);
    raw[0] = 0;
    raw[1] = 255;
    let c = prepare(&jpeg(&raw, 500, 300), &Limits::default()).expect("c");
    assert_ne!(c.hash, a.hash);
    assert!(c.files().all(|f| a.files().all(|g| g.key != f.key)));
}

#[test]
fn webp_is_kept_only_where_it_is_smaller() {
    let check = |p: &Prepared| {
        for w in p.variants.iter().filter(|v| v.format == Format::Webp) {
            let fallback = p
                .variants
                .iter()
                .find(|v| v.width == w.width && v.format == p.fallback_format())
                .expect("a fallback at every width");
            assert!(
                w.bytes.len() < fallback.bytes.len(),
                "{}: {} bytes, {} has {}",
                w.key,
                w.bytes.len(),
                fallback.key,
                fallback.bytes.len()
            );
            assert_eq!(w.height, fallback.height);
        }
        // Every width has its fallback.
        let mut fallback_widths = widths(p, p.fallback_format());
        fallback_widths.dedup();
        let mut all: Vec<u32> = p.variants.iter().map(|v| v.width).collect();
        all.dedup();
        assert_eq!(fallback_widths, all);
    };

    // A flat drawing: lossless WebP beats PNG.
    let graphic = png(&halves(900, 600), 900, 600, ExtendedColorType::Rgb8);
    let p = prepare(&graphic, &Limits::default()).expect("graphic");
    check(&p);
    assert_eq!(widths(&p, Format::Webp), [400, 800, 900]);

    // Noise, as in a photograph's detail: lossless WebP is far larger than JPEG.
    let mut state = 7u32;
    let noise: Vec<u8> = (0..640 * 480 * 3)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            (state >> 24) as u8
        })
        .collect();
    let p = prepare(&jpeg(&noise, 640, 480), &Limits::default()).expect("noise");
    check(&p);
    assert!(widths(&p, Format::Webp).is_empty());

    // A photograph-like picture: whichever way it goes, the rule holds.
    let photo = demo_picture(3, 1200, 800);
    check(&prepare(&photo, &Limits::default()).expect("photo"));
}

#[test]
fn transparency_is_kept_and_jpeg_never_has_it() {
    let raw = disc(600, 400);
    let p = prepare(
        &png(&raw, 600, 400, ExtendedColorType::Rgba8),
        &Limits::default(),
    )
    .expect("png");
    assert!(p.has_alpha);
    assert_eq!(p.fallback_format(), Format::Png);
    assert!(p.variants.iter().all(|v| v.format != Format::Jpeg));
    for file in p.files() {
        let img = decoded(&file.bytes);
        assert!(img.color().has_alpha(), "{}", file.key);
        assert_eq!(img.to_rgba8().get_pixel(0, 0)[3], 0, "{} corner", file.key);
    }

    // A WebP with transparency: PNG beside it; an opaque WebP: JPEG beside it.
    let p = prepare(
        &webp(&raw, 600, 400, ExtendedColorType::Rgba8),
        &Limits::default(),
    )
    .expect("webp");
    assert_eq!(p.format, Format::Webp);
    assert!(p.original.key.ends_with(".webp"));
    assert_eq!(widths(&p, Format::Png), [400, 600]);
    assert!(widths(&p, Format::Jpeg).is_empty());

    let opaque = webp(&halves(600, 400), 600, 400, ExtendedColorType::Rgb8);
    let p = prepare(&opaque, &Limits::default()).expect("opaque webp");
    assert!(!p.has_alpha);
    assert_eq!(widths(&p, Format::Jpeg), [400, 600]);

    // An alpha channel that is opaque everywhere is no transparency.
    let mut solid = Vec::new();
    for px in halves(300, 200).chunks(3) {
        solid.extend_from_slice(px);
        solid.push(255);
    }
    let p = prepare(
        &png(&solid, 300, 200, ExtendedColorType::Rgba8),
        &Limits::default(),
    )
    .expect("solid");
    assert!(!p.has_alpha);
    assert_eq!(p.format, Format::Png);
    assert!(!decoded(&p.original.bytes).color().has_alpha());
}

#[test]
fn demo_pictures_are_jpegs_drawn_from_their_seed() {
    let a = demo_picture(1, 320, 180);
    assert_eq!(a, demo_picture(1, 320, 180));
    assert_ne!(a, demo_picture(2, 320, 180));
    let img = decoded(&a);
    assert_eq!((img.width(), img.height()), (320, 180));
    let p = prepare(&a, &Limits::default()).expect("a picture");
    assert_eq!(p.format, Format::Jpeg);
    // Not a flat colour: the top (sky) differs from the bottom (land).
    let rgb = img.to_rgb8();
    let (sky, land) = (rgb.get_pixel(160, 5), rgb.get_pixel(160, 175));
    let distance: i32 = (0..3)
        .map(|c| (i32::from(sky[c]) - i32::from(land[c])).abs())
        .sum();
    assert!(distance > 60, "sky {sky:?}, land {land:?}");
}

/// Prints the time of `demo_picture`, and of `prepare` and the sizes of the files for a
/// 4000 × 3000 photograph-like JPEG (and any picture named by `MEDIA_MEASURE`). Run with
/// `cargo test -p communique-media --test prepare -- --ignored --nocapture`.
#[test]
#[ignore = "a measurement, not a check"]
fn measure() {
    let started = std::time::Instant::now();
    let demo = demo_picture(11, 1600, 900);
    println!(
        "demo_picture 1600 × 900: {} bytes in {:.0} ms",
        demo.len(),
        started.elapsed().as_secs_f64() * 1000.0
    );
    let mut uploads = vec![("demo 4000 × 3000".to_owned(), demo_picture(11, 4000, 3000))];
    if let Ok(path) = std::env::var("MEDIA_MEASURE") {
        uploads.push((path.clone(), std::fs::read(&path).expect("readable")));
    }
    for (name, upload) in uploads {
        let started = std::time::Instant::now();
        let p = prepare(&upload, &Limits::default()).expect("prepared");
        let took = started.elapsed();
        println!(
            "{name}: upload {} bytes, {} × {}, prepare() {:.0} ms",
            upload.len(),
            p.width,
            p.height,
            took.as_secs_f64() * 1000.0
        );
        for f in p.files() {
            println!(
                "  {:28} {:>5} × {:<5} {:>9} bytes",
                f.key,
                f.width,
                f.height,
                f.bytes.len()
            );
        }
        // What lossless WebP would weigh at each width, kept or not.
        for v in p
            .variants
            .iter()
            .filter(|v| v.format == p.fallback_format())
        {
            let img = decoded(&v.bytes).to_rgb8();
            let lossless = webp(img.as_raw(), v.width, v.height, ExtendedColorType::Rgb8);
            println!(
                "  width {:>5}: {} {:>9} bytes, lossless WebP {:>9} bytes ({:.1}×)",
                v.width,
                v.format,
                v.bytes.len(),
                lossless.len(),
                lossless.len() as f64 / v.bytes.len() as f64
            );
        }
    }
}
