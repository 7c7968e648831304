//! What can go wrong with an upload, in words a press officer understands; the limits an
//! upload must stay within.

/// The largest upload accepted: its size in bytes, its pixels, its longest side.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// The largest file accepted, in bytes (default 20 MiB).
    pub max_bytes: u64,
    /// The most pixels (width × height) accepted (default 50 megapixels).
    pub max_pixels: u64,
    /// The longest side accepted, in pixels (default 12,000).
    pub max_side: u32,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_bytes: 20 * 1024 * 1024,
            max_pixels: 50_000_000,
            max_side: 12_000,
        }
    }
}

/// Why an upload was refused, or a picture could not be made or kept.
#[derive(Debug, thiserror::Error)]
pub enum MediaError {
    /// The file has no content.
    #[error("the file is empty")]
    Empty,
    /// The file is larger than [`Limits::max_bytes`].
    #[error("the file is {}; the largest accepted is {}", megabytes(*.bytes), megabytes(*.max))]
    TooLarge {
        /// The size of the file, in bytes.
        bytes: u64,
        /// The largest size accepted, in bytes.
        max: u64,
    },
    /// The content is not a JPEG, PNG or WebP picture; `looks_like` names what it seems to
    /// be ("a PDF document").
    #[error("the file is not a JPEG, PNG or WebP picture (it looks like {looks_like})")]
    NotAPicture {
        /// What the file seems to be, with its article: "a PDF document".
        looks_like: &'static str,
    },
    /// The picture has more pixels than [`Limits::max_pixels`] (read from its header, before
    /// anything is decoded).
    #[error(
        "the picture is {} × {} pixels; the largest accepted is {}",
        thousands(u64::from(*.width)),
        thousands(u64::from(*.height)),
        megapixels(*.max_pixels)
    )]
    TooManyPixels {
        /// The picture's width, in pixels.
        width: u32,
        /// The picture's height, in pixels.
        height: u32,
        /// The most pixels accepted.
        max_pixels: u64,
    },
    /// A side of the picture is longer than [`Limits::max_side`].
    #[error(
        "the picture is {} × {} pixels; the longest side accepted is {} pixels",
        thousands(u64::from(*.width)),
        thousands(u64::from(*.height)),
        thousands(u64::from(*.max_side))
    )]
    SideTooLong {
        /// The picture's width, in pixels.
        width: u32,
        /// The picture's height, in pixels.
        height: u32,
        /// The longest side accepted, in pixels.
        max_side: u32,
    },
    /// The header says the picture has no pixels.
    #[error("the picture has no pixels ({width} × {height})")]
    NoPixels {
        /// The width the header gives.
        width: u32,
        /// The height the header gives.
        height: u32,
    },
    /// The file starts like a picture but could not be decoded (damaged, cut off, or a
    /// variant of the format that is not supported).
    #[error("the picture could not be read: {0}")]
    Unreadable(String),
    /// A focal point outside the picture.
    #[error("the focal point must lie within the picture (each coordinate from 0 to 1)")]
    FocalPointOutside,
    /// Resizing or encoding failed (not the upload's fault).
    #[error("the picture could not be converted: {0}")]
    Conversion(String),
}

/// "31.2 MB", "20 MB": binary megabytes (MiB), as file managers of most systems show them.
pub(crate) fn megabytes(bytes: u64) -> String {
    let tenths = (bytes * 10 + 512 * 1024) / (1024 * 1024);
    one_decimal(tenths, "MB")
}

/// "50 megapixels", "0.5 megapixels".
fn megapixels(pixels: u64) -> String {
    let tenths = (pixels + 50_000) / 100_000;
    one_decimal(tenths, "megapixels")
}

/// A number given in tenths, with its decimal shown only when it is not zero.
fn one_decimal(tenths: u64, unit: &str) -> String {
    if tenths.is_multiple_of(10) {
        format!("{} {unit}", thousands(tenths / 10))
    } else {
        format!("{}.{} {unit}", thousands(tenths / 10), tenths % 10)
    }
}

/// "30,000": digits grouped by three.
pub(crate) fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_read_as_a_person_writes() {
        let e = MediaError::TooLarge {
            bytes: 32_715_571,
            max: Limits::default().max_bytes,
        };
        assert_eq!(
            e.to_string(),
            "the file is 31.2 MB; the largest accepted is 20 MB"
        );
        let e = MediaError::TooManyPixels {
            width: 30_000,
            height: 20_000,
            max_pixels: 50_000_000,
        };
        assert_eq!(
            e.to_string(),
            "the picture is 30,000 × 20,000 pixels; the largest accepted is 50 megapixels"
        );
        let e = MediaError::SideTooLong {
            width: 13_000,
            height: 400,
            max_side: 12_000,
        };
        assert_eq!(
            e.to_string(),
            "the picture is 13,000 × 400 pixels; the longest side accepted is 12,000 pixels"
        );
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1_000), "1,000");
        assert_eq!(thousands(1_234_567), "1,234,567");
        assert_eq!(megabytes(500 * 1024), "0.5 MB");
    }
}
