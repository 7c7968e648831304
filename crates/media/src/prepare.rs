//! Turning an upload into what the site keeps and serves: the cleaned original (decoded and
//! encoded again, so that no metadata survives: no Exif, no GPS position, no XMP, no
//! comments; only a colour profile other than sRGB is kept, since removing it would change
//! the colours) and the variants of the widths pages ask for.
//!
//! Resizing works in linear light (sRGB decoded to 16-bit linear values, resized, encoded
//! back): averaging sRGB values directly darkens fine detail and high-contrast edges.

use std::io::Cursor;

use bytes::Bytes;
use fast_image_resize as fir;
use image::codecs::jpeg::JpegEncoder;
use image::codecs::png::{CompressionType, FilterType, PngEncoder};
use image::codecs::webp::WebPEncoder;
use image::metadata::Orientation;
use image::{DynamicImage, ExtendedColorType, ImageDecoder, ImageEncoder, ImageReader};
use sha2::{Digest, Sha256};

use crate::{Format, Limits, MediaError, sniff};

/// The widths of the variants, in pixels. A picture narrower than one of them gets a variant
/// of its own width instead of the wider ones: pictures are never enlarged.
pub const VARIANT_WIDTHS: [u32; 3] = [400, 800, 1600];

/// The JPEG quality of the original and the variants.
const JPEG_QUALITY: u8 = 85;

/// A colour profile larger than this is dropped (profiles of screens and cameras take a few
/// kilobytes; only printers' tables are larger).
const MAX_ICC_PROFILE: usize = 256 * 1024;

/// How many hexadecimal digits of the SHA-256 of the cleaned original name its files.
const HASH_DIGITS: usize = 16;

/// One file of a picture: the cleaned original or a variant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Variant {
    /// Its width, in pixels.
    pub width: u32,
    /// Its height, in pixels.
    pub height: u32,
    /// Its format.
    pub format: Format,
    /// Its storage key and the last part of its address ("3f2a9c0d1e2b4a5c-800.webp"):
    /// made of the content hash of the original, the width and the format, so that a
    /// different picture never has the same address.
    pub key: String,
    /// The encoded file.
    pub bytes: Bytes,
}

/// An upload made ready to keep: its cleaned original and its variants.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prepared {
    /// The content hash of the cleaned original: the first 16 hexadecimal digits of its
    /// SHA-256. The same picture uploaded twice has the same hash.
    pub hash: String,
    /// The width of the original (after its orientation was applied), in pixels.
    pub width: u32,
    /// The height of the original (after its orientation was applied), in pixels.
    pub height: u32,
    /// The format of the original: the upload's.
    pub format: Format,
    /// Whether the picture has transparent parts (it is then never served as JPEG).
    pub has_alpha: bool,
    /// The cleaned original, at full size, under the key `<hash>.<extension>`.
    pub original: Variant,
    /// The variants, narrowest first; at each width first the one in the fallback format
    /// (the original's; for a WebP upload, JPEG when opaque and PNG otherwise), then the
    /// WebP one when it is smaller than that. (WebP is lossless: smaller for drawings and
    /// screenshots, several times larger for photographs. Once it is more than twice the
    /// size of the fallback at a width, it is not tried at wider widths.)
    pub variants: Vec<Variant>,
}

impl Prepared {
    /// The original, then every variant: the files to keep.
    pub fn files(&self) -> impl Iterator<Item = &Variant> {
        std::iter::once(&self.original).chain(self.variants.iter())
    }

    /// The format every browser can show at each width (JPEG or PNG).
    pub fn fallback_format(&self) -> Format {
        fallback_format(self.format, self.has_alpha)
    }
}

/// The key of a file of the picture with content hash `hash`: `<hash>.<ext>` for the
/// original (`width` None), `<hash>-<width>.<ext>` for a variant.
pub fn file_key(hash: &str, width: Option<u32>, format: Format) -> String {
    match width {
        Some(w) => format!("{hash}-{w}.{}", format.extension()),
        None => format!("{hash}.{}", format.extension()),
    }
}

/// Checks and cleans an upload and makes its variants.
///
/// The type is taken from the content; the size, then the dimensions the header gives are
/// checked before anything is decoded, so that a small file that claims a huge picture (a
/// "decompression bomb") costs neither time nor memory. The camera's orientation is applied
/// to the pixels (the Exif data that says it is not kept), the original is encoded again
/// without metadata (JPEG at quality 85, PNG, or lossless WebP), and variants are made at the
/// widths of [`VARIANT_WIDTHS`] that the picture reaches, plus its own width when it is
/// narrower than the widest.
pub fn prepare(upload: &[u8], limits: &Limits) -> Result<Prepared, MediaError> {
    if upload.is_empty() {
        return Err(MediaError::Empty);
    }
    let size = u64::try_from(upload.len()).unwrap_or(u64::MAX);
    if size > limits.max_bytes {
        return Err(MediaError::TooLarge {
            bytes: size,
            max: limits.max_bytes,
        });
    }
    let format = sniff(upload)?;
    let (image, icc) = decode(upload, format, limits)?;
    let (width, height) = (image.width(), image.height());
    let has_alpha = uses_alpha(&image);
    let pixels = if has_alpha {
        Pixels::Rgba(image.into_rgba8().into_raw())
    } else {
        Pixels::Rgb(image.into_rgb8().into_raw())
    };
    let encoder = Encoder { icc };

    let original_bytes = encoder.encode(format, pixels.raw(), width, height, has_alpha)?;
    let hash = content_hash(&original_bytes);
    let original = Variant {
        width,
        height,
        format,
        key: file_key(&hash, None, format),
        bytes: Bytes::from(original_bytes),
    };

    let fallback = fallback_format(format, has_alpha);
    let widths = variant_widths(width);
    // Resized widest first, each from the one before; encoded narrowest first.
    let mut resized = Resized::new(pixels, width, height);
    let mut smaller: Vec<(u32, u32, Vec<u8>)> = Vec::new();
    for &w in widths.iter().rev().filter(|&&w| w < width) {
        let h = scaled_height(width, height, w);
        smaller.push((w, h, resized.smaller(w, h)?));
    }
    smaller.reverse();

    let mut variants = Vec::new();
    let mut try_webp = true;
    for &w in &widths {
        let (h, data) = match smaller.iter().find(|s| s.0 == w) {
            Some((_, h, data)) => (*h, data.as_slice()),
            None => (height, resized.full()),
        };
        let fallback_bytes = if w == width && fallback == format {
            original.bytes.clone()
        } else {
            Bytes::from(encoder.encode(fallback, data, w, h, has_alpha)?)
        };
        let webp_bytes = if !try_webp {
            None
        } else if w == width && format == Format::Webp {
            Some(original.bytes.clone())
        } else {
            Some(Bytes::from(encoder.encode(
                Format::Webp,
                data,
                w,
                h,
                has_alpha,
            )?))
        };
        variants.push(Variant {
            width: w,
            height: h,
            format: fallback,
            key: file_key(&hash, Some(w), fallback),
            bytes: fallback_bytes.clone(),
        });
        match webp_bytes {
            Some(webp) if webp.len() < fallback_bytes.len() => variants.push(Variant {
                width: w,
                height: h,
                format: Format::Webp,
                key: file_key(&hash, Some(w), Format::Webp),
                bytes: webp,
            }),
            // Lossless WebP of a photograph is several times the size of its JPEG at every
            // width: when it is more than twice that, wider widths are not tried either.
            Some(webp) if webp.len() > 2 * fallback_bytes.len() => try_webp = false,
            _ => {}
        }
    }
    Ok(Prepared {
        hash,
        width,
        height,
        format,
        has_alpha,
        original,
        variants,
    })
}

/// The width of every variant of a picture `width` pixels wide, narrowest first.
fn variant_widths(width: u32) -> Vec<u32> {
    let widest = VARIANT_WIDTHS[VARIANT_WIDTHS.len() - 1];
    let mut widths: Vec<u32> = VARIANT_WIDTHS
        .iter()
        .copied()
        .filter(|&w| w < width)
        .collect();
    let top = width.min(widest);
    if !widths.contains(&top) {
        widths.push(top);
    }
    widths
}

/// The height of a variant `w` pixels wide of a `width` × `height` picture: the aspect
/// ratio kept, rounded to the nearest pixel, at least one.
fn scaled_height(width: u32, height: u32, w: u32) -> u32 {
    let h = (u64::from(height) * u64::from(w) * 2 + u64::from(width)) / (u64::from(width) * 2);
    u32::try_from(h.max(1)).unwrap_or(u32::MAX)
}

/// The format every browser shows, for the variants: JPEG for a JPEG, PNG for a PNG; for a
/// WebP, JPEG when it is opaque and PNG when it has transparent parts.
fn fallback_format(format: Format, has_alpha: bool) -> Format {
    match format {
        Format::Jpeg => Format::Jpeg,
        Format::Png => Format::Png,
        Format::Webp if has_alpha => Format::Png,
        Format::Webp => Format::Jpeg,
    }
}

/// The first 16 hexadecimal digits of the SHA-256 of `bytes`.
fn content_hash(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let mut hex = String::with_capacity(HASH_DIGITS);
    for b in digest.iter().take(HASH_DIGITS / 2) {
        hex.push_str(&format!("{b:02x}"));
    }
    hex
}

/// Decodes an upload whose dimensions are within the limits, with its orientation applied;
/// returns it with its colour profile (when it has one of a sane size).
fn decode(
    upload: &[u8],
    format: Format,
    limits: &Limits,
) -> Result<(DynamicImage, Option<Vec<u8>>), MediaError> {
    let mut reader = ImageReader::with_format(Cursor::new(upload), format.image_format());
    // Reading the header allocates little; the decoder's own limits are set once the
    // dimensions are known to be acceptable.
    reader.limits(header_limits());
    let mut decoder = reader.into_decoder().map_err(unreadable)?;
    let (width, height) = decoder.dimensions();
    check_dimensions(width, height, limits)?;

    // A damaged Exif block leaves the picture as it is stored.
    let orientation = decoder.orientation().unwrap_or(Orientation::NoTransforms);
    let icc = decoder
        .icc_profile()
        .ok()
        .flatten()
        .filter(|p| worth_keeping(p));

    let mut strict = image::Limits::default();
    strict.max_image_width = Some(limits.max_side);
    strict.max_image_height = Some(limits.max_side);
    // 16-bit RGBA is the widest decoded pixel; a margin for the decoders' own buffers.
    strict.max_alloc = Some(
        limits
            .max_pixels
            .saturating_mul(8)
            .saturating_add(64 * 1024 * 1024),
    );
    decoder.set_limits(strict).map_err(unreadable)?;
    let mut image = DynamicImage::from_decoder(decoder).map_err(unreadable)?;
    image.apply_orientation(orientation);
    Ok((image, icc))
}

/// Whether a colour profile is kept with the picture: one that is not sRGB (browsers take a
/// picture without a profile as sRGB, so an sRGB profile only adds a few kilobytes to every
/// variant), of a sane size. The profile's description names it ("sRGB IEC61966-2.1"), in
/// ASCII (ICC version 2) or UTF-16 (version 4).
fn worth_keeping(profile: &[u8]) -> bool {
    let names_srgb = |needle: &[u8]| profile.windows(needle.len()).any(|w| w == needle);
    !profile.is_empty()
        && profile.len() <= MAX_ICC_PROFILE
        && !names_srgb(b"sRGB")
        && !names_srgb(b"s\0R\0G\0B")
}

/// The limits while the header is read: no dimension limit (the dimensions are checked right
/// after, with a clear message), a cap on what the header alone may make a decoder allocate.
fn header_limits() -> image::Limits {
    let mut limits = image::Limits::no_limits();
    limits.max_alloc = Some(64 * 1024 * 1024);
    limits
}

/// Refuses dimensions beyond the limits, or a picture without pixels.
fn check_dimensions(width: u32, height: u32, limits: &Limits) -> Result<(), MediaError> {
    if width == 0 || height == 0 {
        return Err(MediaError::NoPixels { width, height });
    }
    if u64::from(width) * u64::from(height) > limits.max_pixels {
        return Err(MediaError::TooManyPixels {
            width,
            height,
            max_pixels: limits.max_pixels,
        });
    }
    if width > limits.max_side || height > limits.max_side {
        return Err(MediaError::SideTooLong {
            width,
            height,
            max_side: limits.max_side,
        });
    }
    Ok(())
}

/// The message of a decoder's error.
fn unreadable(e: image::ImageError) -> MediaError {
    MediaError::Unreadable(e.to_string())
}

/// Whether some pixel of the picture is not fully opaque (a PNG with an alpha channel that
/// is opaque everywhere counts as opaque).
fn uses_alpha(image: &DynamicImage) -> bool {
    if !image.color().has_alpha() {
        return false;
    }
    match image {
        DynamicImage::ImageLumaA8(buf) => buf.as_raw().chunks_exact(2).any(|p| p[1] != u8::MAX),
        DynamicImage::ImageRgba8(buf) => buf.as_raw().chunks_exact(4).any(|p| p[3] != u8::MAX),
        DynamicImage::ImageLumaA16(buf) => buf.as_raw().chunks_exact(2).any(|p| p[1] != u16::MAX),
        DynamicImage::ImageRgba16(buf) => buf.as_raw().chunks_exact(4).any(|p| p[3] != u16::MAX),
        _ => true,
    }
}

/// 8-bit pixels: RGB for an opaque picture, RGBA otherwise.
enum Pixels {
    Rgb(Vec<u8>),
    Rgba(Vec<u8>),
}

impl Pixels {
    fn raw(&self) -> &[u8] {
        match self {
            Pixels::Rgb(raw) | Pixels::Rgba(raw) => raw,
        }
    }
}

/// The picture at the widths of its variants, widest first: each is resized from the one
/// before (in linear light), which costs far less than resizing each from the original.
struct Resized {
    pixels: Pixels,
    width: u32,
    height: u32,
    /// The last size made, in 16-bit linear light (None until a smaller size is asked for).
    linear: Option<fir::images::Image<'static>>,
    mapper: Option<fir::PixelComponentMapper>,
    resizer: fir::Resizer,
}

impl Resized {
    fn new(pixels: Pixels, width: u32, height: u32) -> Resized {
        Resized {
            pixels,
            width,
            height,
            linear: None,
            mapper: None,
            resizer: fir::Resizer::new(),
        }
    }

    /// The picture's own 8-bit pixels.
    fn full(&self) -> &[u8] {
        self.pixels.raw()
    }

    /// The 8-bit pixels of the picture at `width` × `height`, smaller than its own size,
    /// resized from the last size made (sizes are asked for widest first).
    fn smaller(&mut self, width: u32, height: u32) -> Result<Vec<u8>, MediaError> {
        let (u8_type, u16_type) = match self.pixels {
            Pixels::Rgb(_) => (fir::PixelType::U8x3, fir::PixelType::U16x3),
            Pixels::Rgba(_) => (fir::PixelType::U8x4, fir::PixelType::U16x4),
        };
        let mapper = self.mapper.get_or_insert_with(fir::create_srgb_mapper);
        let source = match self.linear.take() {
            Some(linear) => linear,
            None => {
                let srgb =
                    fir::images::ImageRef::new(self.width, self.height, self.pixels.raw(), u8_type)
                        .map_err(conversion)?;
                let mut linear = fir::images::Image::new(self.width, self.height, u16_type);
                mapper.forward_map(&srgb, &mut linear).map_err(conversion)?;
                linear
            }
        };
        let mut target = fir::images::Image::new(width, height, u16_type);
        let options = fir::ResizeOptions::new()
            .resize_alg(fir::ResizeAlg::Convolution(fir::FilterType::Lanczos3));
        self.resizer
            .resize(&source, &mut target, &options)
            .map_err(conversion)?;
        let mut srgb = fir::images::Image::new(width, height, u8_type);
        mapper
            .backward_map(&target, &mut srgb)
            .map_err(conversion)?;
        self.linear = Some(target);
        Ok(srgb.into_vec())
    }
}

/// The message of a resizing error (not the upload's fault).
fn conversion(e: impl std::fmt::Display) -> MediaError {
    MediaError::Conversion(e.to_string())
}

/// Writes pictures, with the upload's colour profile and nothing else.
struct Encoder {
    icc: Option<Vec<u8>>,
}

impl Encoder {
    /// Encodes 8-bit RGB (`alpha` false) or RGBA pixels in `format`. JPEG has no alpha:
    /// callers never ask for JPEG with alpha (see [`fallback_format`]).
    fn encode(
        &self,
        format: Format,
        raw: &[u8],
        width: u32,
        height: u32,
        alpha: bool,
    ) -> Result<Vec<u8>, MediaError> {
        let color = if alpha {
            ExtendedColorType::Rgba8
        } else {
            ExtendedColorType::Rgb8
        };
        let mut out = Vec::new();
        let result = match format {
            Format::Jpeg => {
                let encoder = JpegEncoder::new_with_quality(&mut out, JPEG_QUALITY);
                self.write(encoder, raw, width, height, color)
            }
            Format::Png => {
                let encoder = PngEncoder::new_with_quality(
                    &mut out,
                    CompressionType::Default,
                    FilterType::Adaptive,
                );
                self.write(encoder, raw, width, height, color)
            }
            Format::Webp => {
                let encoder = WebPEncoder::new_lossless(&mut out);
                self.write(encoder, raw, width, height, color)
            }
        };
        result.map_err(|e| MediaError::Conversion(format!("{format}: {e}")))?;
        Ok(out)
    }

    fn write(
        &self,
        mut encoder: impl ImageEncoder,
        raw: &[u8],
        width: u32,
        height: u32,
        color: ExtendedColorType,
    ) -> image::ImageResult<()> {
        if let Some(icc) = &self.icc {
            // An encoder that cannot embed a profile writes the picture without it.
            let _ = encoder.set_icc_profile(icc.clone());
        }
        encoder.write_image(raw, width, height, color)
    }
}
