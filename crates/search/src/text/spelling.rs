//! "Did you mean": the words of a query that the index does not know, replaced by the
//! closest words it does know (by edit distance, then by how many items use them).

use std::collections::HashMap;

use tantivy::Term;
use tantivy::schema::Field;
use tantivy_fst::Automaton;

use super::TextIndex;

/// Query words shorter than this are never corrected.
const MIN_CHARS: usize = 3;
/// At most this many words of a query are looked at.
const MAX_WORDS: usize = 12;
/// Longer words are never corrected: the index holds no word longer than this (in bytes),
/// so nothing can be close to them, and their edit distances are not worth computing.
const MAX_BYTES: usize = 40;

impl TextIndex {
    /// The query with each unknown word replaced by the closest known one, or `None` when
    /// every word is known or nothing close enough exists. Operators, `field:` prefixes,
    /// quotes and signs are kept as they were.
    pub fn suggest(&self, query: &str) -> Option<String> {
        let searcher = self.reader.searcher();
        let mut dictionaries = vec![self.fields.spell];
        dictionaries.extend(self.fields.names);
        let mut changed = false;
        let mut out = Vec::new();
        for (n, token) in query.split_whitespace().enumerate() {
            let Some((head, word, tail)) = split_word(token).filter(|_| n < MAX_WORDS) else {
                out.push(token.to_owned());
                continue;
            };
            let lower = word.to_lowercase();
            if lower.chars().count() < MIN_CHARS
                || lower.len() > MAX_BYTES + 4
                || self.knows(&searcher, &lower)
            {
                out.push(token.to_owned());
                continue;
            }
            match closest_known(&searcher, &dictionaries, &lower) {
                Some(better) => {
                    changed = true;
                    out.push(format!("{head}{better}{tail}"));
                }
                None => out.push(token.to_owned()),
            }
        }
        changed.then(|| out.join(" "))
    }

    /// Whether some item holds `word`: as written (titles, names), or as the stem any of
    /// the language analyzers makes of it (titles and texts). A stop word counts as known.
    fn knows(&self, searcher: &tantivy::Searcher, word: &str) -> bool {
        let freq = |field: Field, text: &str| {
            searcher
                .doc_freq(&Term::from_field_text(field, text))
                .unwrap_or(0)
        };
        if freq(self.fields.spell, word) > 0 || self.fields.names.iter().any(|n| freq(*n, word) > 0)
        {
            return true;
        }
        for (_, title, summary, body) in self.fields.per_language {
            let Ok(mut analyzer) = self.index.tokenizer_for_field(title) else {
                continue;
            };
            let mut stream = analyzer.token_stream(word);
            let mut any_token = false;
            let mut found = false;
            while stream.advance() {
                any_token = true;
                let stem = &stream.token().text;
                if freq(title, stem) > 0 || freq(summary, stem) > 0 || freq(body, stem) > 0 {
                    found = true;
                }
            }
            if found || !any_token {
                return true;
            }
        }
        false
    }
}

/// A token split into what precedes the word (sign, quote, bracket, `field:`), the word,
/// and what follows it; `None` for operators and tokens that are not one plain word.
fn split_word(token: &str) -> Option<(&str, &str, &str)> {
    if matches!(token, "AND" | "OR" | "NOT") {
        return None;
    }
    let start = token
        .char_indices()
        .find(|(_, c)| c.is_alphanumeric())
        .map(|(i, _)| i)?;
    let (head, rest) = token.split_at(start);
    let (head, rest) = match rest.split_once(':') {
        Some((field, word)) if !field.is_empty() => (&token[..start + field.len() + 1], word),
        _ => (head, rest),
    };
    let end = rest
        .char_indices()
        .take_while(|(_, c)| c.is_alphanumeric())
        .last()
        .map(|(i, c)| i + c.len_utf8())?;
    let (word, tail) = rest.split_at(end);
    if !tail
        .chars()
        .all(|c| matches!(c, '"' | ')' | '*' | ',' | '.' | '?' | '!'))
    {
        return None;
    }
    if word.chars().any(char::is_numeric) {
        return None;
    }
    Some((head, word, tail))
}

/// The most used word of the dictionaries at the smallest edit distance (at most 1 for
/// words of up to five letters, 2 for longer ones) from `word`.
fn closest_known(searcher: &tantivy::Searcher, fields: &[Field], word: &str) -> Option<String> {
    let chars = word.chars().count();
    let max = if chars <= 5 { 1 } else { 2 };
    // The automaton counts bytes: a letter outside ASCII is two or more of them.
    let byte_max = if word.is_ascii() { max } else { max * 2 };
    let mut found: HashMap<String, u32> = HashMap::new();
    for segment in searcher.segment_readers() {
        for &field in fields {
            let Ok(inverted) = segment.inverted_index(field) else {
                continue;
            };
            let automaton = WithinDistance {
                word: word.as_bytes(),
                max: byte_max,
            };
            let Ok(mut stream) = inverted.terms().search(automaton).into_stream() else {
                continue;
            };
            while stream.advance() {
                if let Ok(term) = std::str::from_utf8(stream.key()) {
                    *found.entry(term.to_owned()).or_default() += stream.value().doc_freq;
                }
            }
        }
    }
    found
        .into_iter()
        .filter(|(term, _)| term != word)
        .map(|(term, freq)| (char_distance(word, &term), freq, term))
        .filter(|(d, _, _)| *d <= max)
        .min_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)))
        .map(|(_, _, term)| term)
}

/// Accepts the byte strings within `max` edits of `word` (the state is the current row of
/// the edit-distance table; `None` once no continuation can come within `max`).
struct WithinDistance<'a> {
    word: &'a [u8],
    max: usize,
}

impl Automaton for WithinDistance<'_> {
    type State = Option<Vec<usize>>;

    fn start(&self) -> Self::State {
        Some((0..=self.word.len()).collect())
    }

    fn is_match(&self, state: &Self::State) -> bool {
        state
            .as_ref()
            .and_then(|row| row.last())
            .is_some_and(|d| *d <= self.max)
    }

    fn can_match(&self, state: &Self::State) -> bool {
        state.is_some()
    }

    fn accept(&self, state: &Self::State, byte: u8) -> Self::State {
        let row = state.as_ref()?;
        let mut next = Vec::with_capacity(row.len());
        next.push(row[0] + 1);
        for (i, &b) in self.word.iter().enumerate() {
            let substitute = row[i] + usize::from(b != byte);
            next.push(substitute.min(row[i + 1] + 1).min(next[i] + 1));
        }
        (next.iter().min().copied().unwrap_or(usize::MAX) <= self.max).then_some(next)
    }
}

/// The edit distance between two words, in letters.
fn char_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut next = Vec::with_capacity(row.len());
        next.push(i + 1);
        for (j, cb) in b.iter().enumerate() {
            let substitute = row[j] + usize::from(ca != *cb);
            next.push(substitute.min(row[j + 1] + 1).min(next[j] + 1));
        }
        row = next;
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_words_from_signs_fields_and_quotes() {
        assert_eq!(split_word("-elections"), Some(("-", "elections", "")));
        assert_eq!(split_word("title:mision"), Some(("title:", "mision", "")));
        assert_eq!(split_word("\"human"), Some(("\"", "human", "")));
        assert_eq!(split_word("trafficking\""), Some(("", "trafficking", "\"")));
        assert_eq!(split_word("OR"), None);
        assert_eq!(split_word("2008"), None);
        assert_eq!(split_word("a-b"), None);
    }

    #[test]
    fn distances_count_letters() {
        assert_eq!(char_distance("mision", "mission"), 1);
        assert_eq!(char_distance("выбры", "выборы"), 1);
        assert_eq!(char_distance("abc", "abc"), 0);
        assert_eq!(char_distance("kitten", "sitting"), 3);
    }

    #[test]
    fn the_automaton_accepts_exactly_the_words_within_the_distance() {
        let a = WithinDistance {
            word: b"police",
            max: 1,
        };
        let run = |s: &str| {
            let mut st = a.start();
            for b in s.bytes() {
                st = a.accept(&st, b);
            }
            a.is_match(&st)
        };
        for (s, want) in [
            ("police", true),
            ("polce", true),
            ("polices", true),
            ("polite", true),
            ("pilots", false),
            ("", false),
            ("p", false),
        ] {
            assert_eq!(run(s), want, "{s}");
            assert_eq!(char_distance("police", s) <= 1, want, "{s}");
        }
    }
}
