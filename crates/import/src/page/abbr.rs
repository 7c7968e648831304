//! Abbreviation tooltips flattened by saving a page as text. The live site marks "NGO" with
//! a tooltip; the saved text shows the abbreviation twice, a line break, then the expansion
//! at the start of the next line, then the rest of the sentence:
//!
//! ```text
//! parliamentarians and NGONGO
//! non-governmental organization representatives. She will…
//! ```
//!
//! which is restored as "parliamentarians and NGO representatives. She will…", the pair
//! (NGO, non-governmental organization) being recorded.

/// Words that may stand in an expansion without giving a letter to the abbreviation.
const SMALL_WORDS: &[&str] = &[
    "of", "and", "for", "in", "on", "the", "to", "a", "an", "at", "by", "with", "de", "des", "du",
    "la", "le", "les", "et", "pour", "en", "der", "die", "das", "und", "für", "von", "im", "zur",
    "zum", "di", "del", "della", "e", "per", "y", "el", "los", "las", "по", "и", "в", "на", "для",
    "о", "об", "с", "при",
];

/// The abbreviation a doubled token stands for: "NGONGO" → "NGO". Each half has 2 to 10
/// letters or digits, starts with a capital, and is mostly capitals ("RFoM", "CiO").
fn undouble(token: &str) -> Option<&str> {
    let n = token.chars().count();
    if !n.is_multiple_of(2) || !(4..=20).contains(&n) {
        return None;
    }
    let (split, _) = token.char_indices().nth(n / 2)?;
    let (a, b) = token.split_at(split);
    if a != b {
        return None;
    }
    let first = a.chars().next()?;
    let upper = a.chars().filter(|c| c.is_uppercase()).count();
    let letters = a.chars().filter(|c| c.is_alphabetic()).count();
    let ok = first.is_uppercase()
        && a.chars().all(char::is_alphanumeric)
        && upper >= 2
        && upper * 2 >= letters;
    ok.then_some(a)
}

/// A word of the line after the token: its byte span and its hyphen-separated parts.
struct Word<'a> {
    end: usize,
    parts: Vec<&'a str>,
    small: bool,
}

fn words(line: &str, limit: usize) -> Vec<Word<'_>> {
    let mut spans = Vec::new();
    let mut start = None;
    for (i, c) in line.char_indices() {
        if c.is_whitespace() {
            if let Some(s) = start.take() {
                spans.push((s, i));
                if spans.len() >= limit {
                    break;
                }
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if spans.len() < limit
        && let Some(s) = start
    {
        spans.push((s, line.len()));
    }
    spans.into_iter().map(|(s, e)| word(line, s, e)).collect()
}

fn word(line: &str, s: usize, e: usize) -> Word<'_> {
    let w = &line[s..e];
    let core = w.trim_matches(|c: char| !c.is_alphanumeric());
    let parts: Vec<&str> = core
        .split(['-', '‐', '/'])
        .map(|p| p.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|p| !p.is_empty())
        .collect();
    let small = SMALL_WORDS.contains(&core.to_lowercase().as_str());
    // The word ends where its last letter or digit ends (punctuation is the sentence's).
    let end = s + w
        .char_indices()
        .rfind(|(_, c)| c.is_alphanumeric())
        .map_or(0, |(i, c)| i + c.len_utf8());
    Word { end, parts, small }
}

fn initial(s: &str) -> Option<char> {
    s.chars().next().and_then(|c| c.to_lowercase().next())
}

/// The letters `word` can give to the abbreviation starting at letter `at`: each count of
/// letters consumed. Strictly, each hyphen part gives at most its initial (the first part
/// must); relaxed, a long one-part word may also give further letters found in order inside
/// it ("неправительственная" gives "нп" of "НПО").
fn consumptions(word: &Word<'_>, letters: &[char], at: usize, relaxed: bool) -> Vec<usize> {
    let Some(first) = word.parts.first() else {
        return Vec::new();
    };
    if at >= letters.len() || initial(first) != Some(letters[at]) {
        return Vec::new();
    }
    let mut reach = vec![1usize];
    for part in &word.parts[1..] {
        let mut next = reach.clone();
        for &r in &reach {
            if at + r < letters.len() && initial(part) == Some(letters[at + r]) {
                next.push(r + 1);
            }
        }
        next.sort_unstable();
        next.dedup();
        reach = next;
    }
    // Only a long compound gives several letters ("Nichtregierungsorganisation": NRO).
    if relaxed && word.parts.len() == 1 && first.chars().count() >= 8 {
        let rest: Vec<char> = first.chars().skip(1).flat_map(char::to_lowercase).collect();
        let mut k = 1;
        let mut pos = 0;
        while at + k < letters.len() {
            match rest[pos..].iter().position(|&c| c == letters[at + k]) {
                Some(p) => {
                    pos += p + 1;
                    k += 1;
                    reach.push(k);
                }
                None => break,
            }
        }
    }
    reach.sort_unstable();
    reach.dedup();
    reach
}

/// The number of words of `words` that spell `letters`, fewest first.
fn spell(words: &[Word<'_>], letters: &[char], relaxed: bool) -> Option<usize> {
    // reachable[w] holds the counts of letters spelled by the first w words.
    let mut reachable: Vec<Vec<usize>> = vec![Vec::new(); words.len() + 1];
    reachable[0].push(0);
    for (w, word) in words.iter().enumerate() {
        let here = reachable[w].clone();
        for at in here {
            if at == letters.len() {
                continue;
            }
            // A little word may be passed over (never the first one).
            if word.small && at > 0 {
                reachable[w + 1].push(at);
            }
            for k in consumptions(word, letters, at, relaxed) {
                if at + k == letters.len() {
                    return Some(w + 1);
                }
                reachable[w + 1].push(at + k);
            }
        }
        reachable[w + 1].sort_unstable();
        reachable[w + 1].dedup();
        if reachable[w + 1].is_empty() {
            return None;
        }
    }
    None
}

/// When `line` ends with a doubled abbreviation and `next` starts with its expansion: the
/// joined line, the abbreviation and the expansion.
pub(crate) fn join(line: &str, next: &str) -> Option<(String, String, String)> {
    let line = line.trim_end();
    let token_start = line
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let token = &line[token_start..];
    // The abbreviation is the token's trailing letters and digits: "(ODIHRODIHR",
    // "d'ONGONG".
    let lead = token
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric())
        .last()
        .map(|(i, _)| i)?;
    let abbr = undouble(&token[lead..])?;
    let letters: Vec<char> = abbr
        .chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    if letters.len() < 2 {
        return None;
    }
    let next = next.trim_start();
    if next.chars().next().and_then(|c| c.to_lowercase().next()) != letters.first().copied() {
        return None;
    }
    let ws = words(next, letters.len() * 3 + 3);
    let count = spell(&ws, &letters, false).or_else(|| spell(&ws, &letters, true))?;
    let end = ws.get(count - 1)?.end;
    let expansion = next.get(..end)?.to_owned();
    let rest = next.get(end..)?;
    let joined = format!("{}{}{}", &line[..token_start + lead], abbr, rest);
    Some((joined, abbr.to_owned(), expansion))
}

/// Restores the tooltips of a run of lines; the pairs found are added to `pairs`.
pub(crate) fn restore(lines: &[String], pairs: &mut Vec<(String, String)>) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut i = 0;
    while i < lines.len() {
        let mut current = lines[i].clone();
        i += 1;
        while i < lines.len() {
            match join(&current, &lines[i]) {
                Some((joined, abbr, expansion)) => {
                    current = joined;
                    pairs.push((abbr, expansion));
                    i += 1;
                }
                None => break,
            }
        }
        out.push(current);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn j(a: &str, b: &str) -> Option<(String, String, String)> {
        join(a, b)
    }

    #[test]
    fn the_seed_tooltip() {
        assert_eq!(
            j(
                "parliamentarians and NGONGO",
                "non-governmental organization representatives. She will"
            ),
            Some((
                "parliamentarians and NGO representatives. She will".into(),
                "NGO".into(),
                "non-governmental organization".into()
            ))
        );
    }

    #[test]
    fn tooltips_in_other_shapes() {
        let (joined, abbr, exp) = j(
            "observers of the (ODIHRODIHR",
            "Office for Democratic Institutions and Human Rights), said",
        )
        .expect("ODIHR");
        assert_eq!(joined, "observers of the (ODIHR), said");
        assert_eq!(abbr, "ODIHR");
        assert_eq!(exp, "Office for Democratic Institutions and Human Rights");

        let (_, _, exp) =
            j("the FSCFSC", "Forum for Security Co-operation met today").expect("FSC");
        assert_eq!(exp, "Forum for Security Co-operation");

        let (_, abbr, exp) = j(
            "the RFoMRFoM",
            "Representative on Freedom of the Media said",
        )
        .expect("RFoM");
        assert_eq!(
            (abbr.as_str(), exp.as_str()),
            ("RFoM", "Representative on Freedom of the Media")
        );

        let (joined, abbr, exp) = j(
            "представители НПОНПО",
            "неправительственная организация и СМИ.",
        )
        .expect("НПО");
        assert_eq!(joined, "представители НПО и СМИ.");
        assert_eq!(
            (abbr.as_str(), exp.as_str()),
            ("НПО", "неправительственная организация")
        );

        let (joined, _, exp) =
            j("small arms (SALWSALW", "small arms and light weapons).").expect("SALW");
        assert_eq!(exp, "small arms and light weapons");
        assert_eq!(joined, "small arms (SALW).");

        let (joined, _, exp) = j(
            "des représentants d'ONGONG",
            "organisation non gouvernementale et des ministères",
        )
        .expect("ONG");
        assert_eq!(exp, "organisation non gouvernementale");
        assert_eq!(joined, "des représentants d'ONG et des ministères");

        let (_, abbr, exp) = j("eine NRONRO", "Nichtregierungsorganisation aus Wien").expect("NRO");
        assert_eq!(
            (abbr.as_str(), exp.as_str()),
            ("NRO", "Nichtregierungsorganisation")
        );
    }

    #[test]
    fn no_join_without_the_pattern() {
        assert_eq!(j("the NGO", "non-governmental organization"), None);
        assert_eq!(j("the NGONGO", "Nothing good here"), None);
        assert_eq!(j("the NGONGP", "non-governmental organization"), None);
        assert_eq!(j("the ngongo", "non-governmental organization"), None);
        assert_eq!(j("", ""), None);
        assert_eq!(j("AAAA", ""), None);
    }

    #[test]
    fn restore_chains_lines() {
        let lines = vec![
            "with NGONGO".to_owned(),
            "non-governmental organization and the UNUN".to_owned(),
            "United Nations today.".to_owned(),
            "Next paragraph.".to_owned(),
        ];
        let mut pairs = Vec::new();
        assert_eq!(
            restore(&lines, &mut pairs),
            ["with NGO and the UN today.", "Next paragraph."]
        );
        assert_eq!(pairs.len(), 2);
    }
}
