//! The rows of the media library as read and written: a record from its row, the variants
//! as JSON, the texts the library's search looks in.

use model::LanguageCode;
use sqlx::Row;
use sqlx::any::AnyRow;

use super::{MediaDescription, MediaFile, MediaId, MediaRecord};
use crate::items::instant;
use crate::{Result, StoreError};

/// "1,000": digits grouped by three.
pub(super) fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// What the library's search looks in: the texts in lowercase.
pub(super) fn search_text(d: &MediaDescription) -> String {
    format!("{}\n{}\n{}", d.alt, d.caption, d.credit).to_lowercase()
}

/// A LIKE pattern's wildcards and escape character taken literally (escaped with `\`).
pub(super) fn escape_like(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

pub(super) fn variants_json(variants: &[MediaFile]) -> String {
    let list: Vec<serde_json::Value> = variants
        .iter()
        .map(|v| {
            serde_json::json!({
                "width": v.width,
                "height": v.height,
                "format": v.format,
                "key": v.key,
            })
        })
        .collect();
    serde_json::Value::Array(list).to_string()
}

fn variants_from_json(json: &str) -> Result<Vec<MediaFile>> {
    let corrupt = || StoreError::Corrupt(format!("media variants {json}"));
    let value: serde_json::Value = serde_json::from_str(json).map_err(|_| corrupt())?;
    let list = value.as_array().ok_or_else(corrupt)?;
    list.iter()
        .map(|v| {
            let number = |name: &str| {
                v.get(name)
                    .and_then(serde_json::Value::as_u64)
                    .and_then(|n| u32::try_from(n).ok())
                    .ok_or_else(corrupt)
            };
            let text = |name: &str| {
                v.get(name)
                    .and_then(serde_json::Value::as_str)
                    .map(str::to_owned)
                    .ok_or_else(corrupt)
            };
            Ok(MediaFile {
                width: number("width")?,
                height: number("height")?,
                format: text("format")?,
                key: text("key")?,
            })
        })
        .collect()
}

pub(super) fn record_from_row(row: &AnyRow) -> Result<MediaRecord> {
    let dimension = |name: &str| -> Result<u32> {
        let n: i64 = row.try_get(name)?;
        u32::try_from(n).map_err(|_| StoreError::Corrupt(format!("media {name} {n}")))
    };
    let language: String = row.try_get("language")?;
    let variants: String = row.try_get("variants")?;
    let size: i64 = row.try_get("bytes_size")?;
    Ok(MediaRecord {
        id: MediaId(row.try_get("id")?),
        hash: row.try_get("hash")?,
        format: row.try_get("format")?,
        width: dimension("width")?,
        height: dimension("height")?,
        bytes_size: u64::try_from(size)
            .map_err(|_| StoreError::Corrupt(format!("media size {size}")))?,
        original_key: row.try_get("original_key")?,
        variants: variants_from_json(&variants)?,
        description: MediaDescription {
            language: LanguageCode::parse(&language)
                .map_err(|e| StoreError::Corrupt(e.to_string()))?,
            alt: row.try_get("alt")?,
            caption: row.try_get("caption")?,
            credit: row.try_get("credit")?,
            focal_x: row.try_get("focal_x")?,
            focal_y: row.try_get("focal_y")?,
        },
        uploaded_by: row.try_get("uploaded_by")?,
        uploaded_at: instant(row.try_get("uploaded_at")?)?,
        updated_at: instant(row.try_get("updated_at")?)?,
    })
}
