//! Reading what a ZIP archive holds without unpacking it: the names of its entries (from the
//! central directory at its end) and its first entry as its local header stores it. The
//! office formats are ZIP archives; this is all that recognizing them needs, and nothing
//! here decompresses anything, so a hostile archive costs a pass over its directory at most.

/// The signature of a local file header.
const LOCAL_HEADER: u32 = 0x0403_4b50;
/// The signature of an entry of the central directory.
const CENTRAL_HEADER: u32 = 0x0201_4b50;
/// The signature of the end of the central directory.
const END_OF_DIRECTORY: u32 = 0x0605_4b50;
/// The size of the end of the central directory, without its comment.
const END_SIZE: usize = 22;
/// The fixed part of a central directory entry.
const CENTRAL_SIZE: usize = 46;
/// The fixed part of a local file header.
const LOCAL_SIZE: usize = 30;
/// The most entries read: office documents have tens or hundreds.
pub(crate) const MAX_ENTRIES: usize = 20_000;

/// Why an archive could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ArchiveError {
    /// No end of central directory, or one that points outside the file, or an entry cut
    /// off: a damaged or truncated archive (or a ZIP64 one, which office files never need).
    Damaged,
    /// More entries than [`MAX_ENTRIES`].
    TooManyEntries,
}

fn u16_at(bytes: &[u8], at: usize) -> Option<usize> {
    let b = bytes.get(at..at.checked_add(2)?)?;
    Some(usize::from(u16::from_le_bytes([b[0], b[1]])))
}

fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
    let b = bytes.get(at..at.checked_add(4)?)?;
    Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
}

fn usize_at(bytes: &[u8], at: usize) -> Option<usize> {
    u32_at(bytes, at).and_then(|v| usize::try_from(v).ok())
}

/// Where the end of the central directory starts: looked for backwards over the last
/// 64 KiB and 22 bytes (it ends with a comment of at most 65,535 bytes).
fn end_of_directory(bytes: &[u8]) -> Option<usize> {
    let last = bytes.len().checked_sub(END_SIZE)?;
    let first = last.saturating_sub(usize::from(u16::MAX));
    (first..=last).rev().find(|&at| {
        u32_at(bytes, at) == Some(END_OF_DIRECTORY)
            && u16_at(bytes, at + 20).is_some_and(|comment| at + END_SIZE + comment <= bytes.len())
    })
}

/// The names of the entries of the archive, in the order of its central directory.
pub(crate) fn entry_names(bytes: &[u8]) -> Result<Vec<&[u8]>, ArchiveError> {
    let damaged = ArchiveError::Damaged;
    let end = end_of_directory(bytes).ok_or(damaged)?;
    let count = u16_at(bytes, end + 10).ok_or(damaged)?;
    let size = usize_at(bytes, end + 12).ok_or(damaged)?;
    let offset = usize_at(bytes, end + 16).ok_or(damaged)?;
    if count == usize::from(u16::MAX) || offset == u32::MAX as usize {
        return Err(damaged);
    }
    if count > MAX_ENTRIES {
        return Err(ArchiveError::TooManyEntries);
    }
    let directory_end = offset.checked_add(size).ok_or(damaged)?;
    if directory_end > end {
        return Err(damaged);
    }
    let mut names = Vec::with_capacity(count);
    let mut at = offset;
    for _ in 0..count {
        if u32_at(bytes, at) != Some(CENTRAL_HEADER) {
            return Err(damaged);
        }
        let name_len = u16_at(bytes, at + 28).ok_or(damaged)?;
        let extra_len = u16_at(bytes, at + 30).ok_or(damaged)?;
        let comment_len = u16_at(bytes, at + 32).ok_or(damaged)?;
        let name_start = at + CENTRAL_SIZE;
        let name = bytes
            .get(name_start..name_start + name_len)
            .ok_or(damaged)?;
        names.push(name);
        at = name_start + name_len + extra_len + comment_len;
        if at > directory_end {
            return Err(damaged);
        }
    }
    Ok(names)
}

/// The first entry of the archive as its local header gives it, when it is stored without
/// compression: its name and its content. None when the file does not start with a local
/// header, or its first entry is compressed or cut off.
pub(crate) fn first_stored_entry(bytes: &[u8]) -> Option<(&[u8], &[u8])> {
    if u32_at(bytes, 0)? != LOCAL_HEADER {
        return None;
    }
    let method = u16_at(bytes, 8)?;
    let flags = u16_at(bytes, 6)?;
    // Stored (method 0), its size in the header (no data descriptor, bit 3), not encrypted
    // (bit 0).
    if method != 0 || flags & 0b1001 != 0 {
        return None;
    }
    let size = usize_at(bytes, 18)?;
    let name_len = u16_at(bytes, 26)?;
    let extra_len = u16_at(bytes, 28)?;
    let name = bytes.get(LOCAL_SIZE..LOCAL_SIZE + name_len)?;
    let data_start = LOCAL_SIZE + name_len + extra_len;
    let data = bytes.get(data_start..data_start.checked_add(size)?)?;
    Some((name, data))
}

/// A small ZIP archive of stored (uncompressed) entries, for the tests of this crate.
#[cfg(test)]
pub(crate) fn stored_zip(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut directory = Vec::new();
    for (name, data) in entries {
        let offset = u32::try_from(out.len()).expect("small");
        let size = u32::try_from(data.len()).expect("small");
        let name_len = u16::try_from(name.len()).expect("short");
        out.extend_from_slice(&LOCAL_HEADER.to_le_bytes());
        out.extend_from_slice(&[20, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        out.extend_from_slice(&0u32.to_le_bytes()); // crc, not checked here
        out.extend_from_slice(&size.to_le_bytes());
        out.extend_from_slice(&size.to_le_bytes());
        out.extend_from_slice(&name_len.to_le_bytes());
        out.extend_from_slice(&0u16.to_le_bytes());
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(data);
        directory.extend_from_slice(&CENTRAL_HEADER.to_le_bytes());
        directory.extend_from_slice(&[20, 0, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        directory.extend_from_slice(&0u32.to_le_bytes());
        directory.extend_from_slice(&size.to_le_bytes());
        directory.extend_from_slice(&size.to_le_bytes());
        directory.extend_from_slice(&name_len.to_le_bytes());
        directory.extend_from_slice(&[0; 12]);
        directory.extend_from_slice(&offset.to_le_bytes());
        directory.extend_from_slice(name.as_bytes());
    }
    let directory_offset = u32::try_from(out.len()).expect("small");
    let directory_size = u32::try_from(directory.len()).expect("small");
    let count = u16::try_from(entries.len()).expect("few");
    out.extend_from_slice(&directory);
    out.extend_from_slice(&END_OF_DIRECTORY.to_le_bytes());
    out.extend_from_slice(&[0, 0, 0, 0]);
    out.extend_from_slice(&count.to_le_bytes());
    out.extend_from_slice(&count.to_le_bytes());
    out.extend_from_slice(&directory_size.to_le_bytes());
    out.extend_from_slice(&directory_offset.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_the_first_entry_are_read() {
        let zip = stored_zip(&[("mimetype", b"application/x"), ("content.xml", b"<x/>")]);
        let names = entry_names(&zip).expect("readable");
        assert_eq!(names, [b"mimetype".as_slice(), b"content.xml".as_slice()]);
        assert_eq!(
            first_stored_entry(&zip),
            Some((b"mimetype".as_slice(), b"application/x".as_slice()))
        );
    }

    #[test]
    fn damaged_archives_are_refused_without_a_panic() {
        let zip = stored_zip(&[("a.xml", b"<a/>"), ("b.xml", b"<b/>")]);
        for cut in [0, 4, 22, zip.len() / 2, zip.len() - 1] {
            assert_eq!(
                entry_names(&zip[..cut]),
                Err(ArchiveError::Damaged),
                "{cut}"
            );
        }
        // A directory that claims to be larger than the file.
        let mut lying = zip.clone();
        let end = lying.len() - END_SIZE;
        lying[end + 12..end + 16].copy_from_slice(&u32::MAX.to_le_bytes());
        assert_eq!(entry_names(&lying), Err(ArchiveError::Damaged));
        // An entry count of 65,535 (ZIP64) or more than the entries there are.
        let mut many = zip.clone();
        many[end + 10..end + 12].copy_from_slice(&3u16.to_le_bytes());
        assert_eq!(entry_names(&many), Err(ArchiveError::Damaged));
        assert_eq!(entry_names(b"PK\x05\x06"), Err(ArchiveError::Damaged));
        assert_eq!(first_stored_entry(b"PK\x03\x04\x14\0"), None);
    }
}
