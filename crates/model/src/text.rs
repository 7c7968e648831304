//! Small text helpers shared by the model: transliteration for slugs, name normalization
//! for matching names written in different ways.

/// ASCII rendering of one lowercase character for slugs; empty for separators.
pub(crate) fn transliterate(c: char) -> &'static str {
    match c {
        'a'..='z' | '0'..='9' => {
            const ASCII: [&str; 36] = [
                "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p",
                "q", "r", "s", "t", "u", "v", "w", "x", "y", "z", "0", "1", "2", "3", "4", "5",
                "6", "7", "8", "9",
            ];
            let i = if c.is_ascii_digit() {
                26 + (c as u8 - b'0')
            } else {
                c as u8 - b'a'
            };
            ASCII[i as usize]
        }
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'č' => "c",
        'ď' | 'đ' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' => "e",
        'ğ' => "g",
        'ì' | 'í' | 'î' | 'ï' | 'ı' => "i",
        'ł' | 'ľ' => "l",
        'ñ' | 'ń' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ő' => "o",
        'œ' => "oe",
        'ř' => "r",
        'ß' => "ss",
        'ś' | 'š' | 'ş' | 'ș' => "s",
        'ť' | 'ț' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ů' | 'ű' => "u",
        'ý' | 'ÿ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => "g",
        'д' => "d",
        'е' | 'ё' | 'э' => "e",
        'ж' => "zh",
        'з' => "z",
        'и' => "i",
        'й' => "y",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' => "u",
        'ф' => "f",
        'х' => "kh",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ы' => "y",
        'ю' => "yu",
        'я' => "ya",
        'і' => "i",
        'ї' => "yi",
        'є' => "ye",
        'ґ' => "g",
        'ъ' | 'ь' => "",
        _ => "",
    }
}

/// Normalizes a name for matching: lowercase, spacing collapsed, punctuation dropped.
pub fn normalize_name(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for word in name
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | '"' | '“' | '”' | '(' | ')'))
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
    out
}

/// The longest name or value that is looked up, compared or suggested for, in characters.
/// No name of a site comes near it; anything longer is refused before any work is done on
/// it (a megabyte where a slug belongs must cost microseconds, not seconds).
pub const MAX_NAME_CHARS: usize = 300;

/// How many characters of a value an error message quotes.
pub const SHOWN_CHARS: usize = 40;

/// Whether `s` is longer than [`MAX_NAME_CHARS`] (in time bounded by that length).
pub fn too_long_for_a_name(s: &str) -> bool {
    s.len() > MAX_NAME_CHARS && s.chars().nth(MAX_NAME_CHARS).is_some()
}

/// A value as an error message quotes it: at most [`SHOWN_CHARS`] characters, with "…"
/// when it was cut.
pub fn shown(s: &str) -> String {
    clip(s, SHOWN_CHARS)
}

/// At most `chars` characters of `s`, with "…" when it was cut (for messages that may
/// contain what a client sent).
pub fn clip(s: &str, chars: usize) -> String {
    match s.char_indices().nth(chars) {
        Some((cut, _)) => format!("{}…", &s[..cut]),
        None => s.to_owned(),
    }
}

/// Levenshtein distance, for "did you mean" suggestions on short names.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.chars().enumerate() {
        cur[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// The candidates closest to `wanted`, best first (at most `limit`).
pub fn closest<'a>(
    wanted: &str,
    candidates: impl Iterator<Item = &'a str>,
    limit: usize,
) -> Vec<&'a str> {
    if too_long_for_a_name(wanted) {
        return Vec::new();
    }
    let wanted = wanted.to_lowercase();
    let mut scored: Vec<(usize, &str)> = candidates
        .map(|c| {
            let lc = c.to_lowercase();
            let contains = (lc.len() >= 4 && wanted.contains(&lc))
                || (wanted.len() >= 4 && lc.contains(&wanted));
            let d = if contains {
                0
            } else {
                edit_distance(&wanted, &lc)
            };
            (d, c)
        })
        .filter(|(d, c)| *d <= (c.chars().count().max(wanted.chars().count()) / 2).max(2))
        .collect();
    scored.sort();
    scored.into_iter().take(limit).map(|(_, c)| c).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalizes_spacing_case_and_punctuation() {
        assert_eq!(
            normalize_name("  OSCE   Office in Minsk (closed) "),
            "osce office in minsk closed"
        );
    }

    #[test]
    fn suggests_close_names() {
        let names = ["source", "type", "country", "year"];
        assert_eq!(closest("sourse", names.iter().copied(), 2), vec!["source"]);
        assert!(closest("zzzzzzzzzz", names.iter().copied(), 2).is_empty());
    }

    #[test]
    fn long_values_are_neither_compared_nor_quoted_whole() {
        let huge = "ab".repeat(500_000);
        assert!(too_long_for_a_name(&huge));
        assert!(!too_long_for_a_name(&"é".repeat(MAX_NAME_CHARS)));
        assert!(too_long_for_a_name(&"é".repeat(MAX_NAME_CHARS + 1)));
        let names = ["source", "type"];
        assert!(closest(&huge, names.iter().copied(), 2).is_empty());
        let q = shown(&huge);
        assert_eq!(q.chars().count(), SHOWN_CHARS + 1);
        assert!(q.ends_with('…'));
        assert_eq!(shown("minsk"), "minsk");
        assert_eq!(shown(&"ж".repeat(SHOWN_CHARS)), "ж".repeat(SHOWN_CHARS));
    }
}
