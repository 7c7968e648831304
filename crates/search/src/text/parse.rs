//! Reading a reader's query: words, phrases, operators, `field:` names, beginnings of
//! words (`elect*`), and which parts of the index words search.

use tantivy::query::QueryParser;
use tantivy::schema::Field;

use super::TantivyQuery;
use super::index::{TextError, TextIndex};
use super::schema::LANGUAGES;

impl TextIndex {
    /// Parses a reader's query: words (all required by default, or any with `any_word`),
    /// "phrases", AND / OR / NOT, -word, field:term on title, text and names.
    pub fn parse(&self, query: &str, any_word: bool) -> Result<Box<dyn TantivyQuery>, TextError> {
        self.parse_in(query, any_word, SearchIn::ALL)
    }

    /// Like [`TextIndex::parse`], but words without a `field:` search only the parts of
    /// the index in `within`.
    pub fn parse_in(
        &self,
        query: &str,
        any_word: bool,
        within: SearchIn,
    ) -> Result<Box<dyn TantivyQuery>, TextError> {
        check_nesting(query)?;
        let f = &self.fields;
        let mut fields: Vec<Field> = Vec::new();
        for (field, wanted) in f.names.iter().zip([
            within.sources,
            within.fields_of_work,
            within.countries,
            within.meetings,
        ]) {
            if wanted {
                fields.push(*field);
            }
        }
        for (_, title, summary, body) in f.per_language {
            for (field, wanted) in [
                (title, within.title),
                (summary, within.summary),
                (body, within.body),
            ] {
                if wanted {
                    fields.push(field);
                }
            }
        }
        if fields.is_empty() {
            return Err(TextError::Query("there is no field to search".into()));
        }
        let mut parser = QueryParser::for_index(&self.index, fields.clone());
        if !any_word {
            parser.set_conjunction_by_default();
        }
        for (_, title, summary, _) in f.per_language {
            parser.set_field_boost(title, 3.0);
            parser.set_field_boost(summary, 1.5);
        }
        for names in f.names {
            parser.set_field_boost(names, 1.5);
        }
        // Search as you type: a last word ending in `*` matches every word it begins.
        let (rest, prefix) = split_prefix(query);
        let parse = |q: &str| -> Result<Box<dyn TantivyQuery>, TextError> {
            let q = normalize_field_names(q);
            // A reader's stray quote or bracket should not cost them their results: take
            // what can be understood.
            let (ast, _) = tantivy::query_grammar::parse_query_lenient(&q);
            refuse_what_cannot_run(&ast)?;
            Ok(match parser.build_query_from_user_input_ast(ast.clone()) {
                Ok(q) => q,
                Err(_) => parser.build_query_from_user_input_ast_lenient(ast).0,
            })
        };
        let Some(prefix) = prefix else {
            return parse(query);
        };
        // The beginning is looked for in the fields its `field:` names, or in those the
        // query searches.
        let targets: Vec<Field> = match prefix.field {
            Some(short) => self.fields_named(short),
            None => fields.clone(),
        };
        let pattern = prefix_pattern(&prefix.stem);
        let mut alternatives: Vec<Box<dyn TantivyQuery>> = Vec::with_capacity(targets.len());
        for field in &targets {
            alternatives.push(Box::new(tantivy::query::RegexQuery::from_pattern(
                &pattern, *field,
            )?));
        }
        let prefix_query: Box<dyn TantivyQuery> =
            Box::new(tantivy::query::BooleanQuery::union(alternatives));
        use tantivy::query::Occur;
        let default = if any_word || prefix.joined_by_or {
            Occur::Should
        } else {
            Occur::Must
        };
        let prefix_occur = match prefix.sign {
            Some('-') => Occur::MustNot,
            Some(_) => Occur::Must,
            None => default,
        };
        if rest.trim().is_empty() {
            return Ok(match prefix_occur {
                Occur::MustNot => Box::new(tantivy::query::BooleanQuery::new(vec![(
                    Occur::MustNot,
                    prefix_query,
                )])),
                _ => prefix_query,
            });
        }
        Ok(Box::new(tantivy::query::BooleanQuery::new(vec![
            (default, parse(rest)?),
            (prefix_occur, prefix_query),
        ])))
    }

    /// The index fields a short `field:` name stands for (`title` in every language,
    /// `source`, `names`…).
    pub(super) fn fields_named(&self, short: &str) -> Vec<Field> {
        let schema = self.index.schema();
        FIELD_PREFIXES
            .iter()
            .filter(|(name, _)| *name == short)
            .flat_map(|(_, targets)| targets.iter())
            .flat_map(|target| {
                if target.starts_with("names_") {
                    vec![(*target).to_owned()]
                } else {
                    LANGUAGES
                        .iter()
                        .map(|(c, _)| *c)
                        .chain(std::iter::once("other"))
                        .map(|c| format!("{target}_{c}"))
                        .collect()
                }
            })
            .filter_map(|name| schema.get_field(&name).ok())
            .collect()
    }
}

/// A query matching every document (stands in when there are no words).
pub fn all_query() -> tantivy::query::AllQuery {
    tantivy::query::AllQuery
}

/// The parts of the index a query searches: titles, texts (summary and body together) and
/// the names an item is filed under (sources, fields of work, countries, meeting series
/// together).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SearchIn {
    pub title: bool,
    pub summary: bool,
    pub body: bool,
    /// Names of the item's sources (with their former names).
    pub sources: bool,
    pub fields_of_work: bool,
    pub countries: bool,
    pub meetings: bool,
}

impl SearchIn {
    pub const ALL: SearchIn = SearchIn {
        title: true,
        summary: true,
        body: true,
        sources: true,
        fields_of_work: true,
        countries: true,
        meetings: true,
    };

    pub const NONE: SearchIn = SearchIn {
        title: false,
        summary: false,
        body: false,
        sources: false,
        fields_of_work: false,
        countries: false,
        meetings: false,
    };
}

/// The longest beginning of a word searched as a beginning (longer ones are ordinary words;
/// no indexed word is longer than 40 bytes anyway).
pub(super) const MAX_PREFIX_CHARS: usize = 40;

/// The deepest nesting of brackets a query may have (the parser recurses on each level).
pub const MAX_NESTING: usize = 16;

/// Refuses a query whose brackets nest deeper than [`MAX_NESTING`] (outside quotes).
pub(super) fn check_nesting(query: &str) -> Result<(), TextError> {
    let (mut depth, mut deepest, mut quoted) = (0usize, 0usize, false);
    for c in query.chars() {
        match c {
            '"' => quoted = !quoted,
            '(' if !quoted => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            ')' if !quoted => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    if deepest > MAX_NESTING {
        return Err(TextError::Query(format!(
            "the query nests brackets {deepest} deep; at most {MAX_NESTING} levels are allowed"
        )));
    }
    Ok(())
}

/// Refuses the parts of a parsed query the index cannot answer: `field:*` ("has the
/// field") needs a column the text fields do not have, and would tell nothing anyway (every
/// item has a title).
pub(super) fn refuse_what_cannot_run(
    ast: &tantivy::query_grammar::UserInputAst,
) -> Result<(), TextError> {
    use tantivy::query_grammar::{UserInputAst, UserInputLeaf};
    match ast {
        UserInputAst::Clause(parts) => parts
            .iter()
            .try_for_each(|(_, part)| refuse_what_cannot_run(part)),
        UserInputAst::Boost(inner, _) => refuse_what_cannot_run(inner),
        UserInputAst::Leaf(leaf) => match leaf.as_ref() {
            UserInputLeaf::Exists { .. } => Err(TextError::Query(
                "a field needs a word after its name: title:police, or title:pol* for the words that begin with 'pol'".into(),
            )),
            _ => Ok(()),
        },
    }
}

/// The beginning of a word a query ends with (`pol*`, `-pol*`, `title:pol*`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Prefix {
    /// Lowercase letters and digits, at least two.
    stem: String,
    /// `-` (must not) or `+` (must), as written before it.
    sign: Option<char>,
    /// The short `field:` name written before it.
    field: Option<&'static str>,
    /// Whether the words before it end with `OR` (`elections OR pol*`).
    joined_by_or: bool,
}

/// The query without its last word (and without an `OR`/`AND` joining it), and that word's
/// beginning when it ends in `*`.
pub(super) fn split_prefix(query: &str) -> (&str, Option<Prefix>) {
    let trimmed = query.trim_end();
    let start = trimmed
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let last = &trimmed[start..];
    let Some(word) = last.strip_suffix('*') else {
        return (query, None);
    };
    let word = word.trim_end_matches('*');
    let (sign, word) = match word.chars().next() {
        Some(c @ ('-' | '+')) => (Some(c), &word[1..]),
        _ => (None, word),
    };
    let (field, stem) = match word.split_once(':') {
        Some((name, stem)) => match FIELD_PREFIXES.iter().find(|(short, _)| *short == name) {
            Some((short, _)) => (Some(*short), stem),
            None => return (query, None),
        },
        None => (None, word),
    };
    let letters = stem.chars().count();
    if !(2..=MAX_PREFIX_CHARS).contains(&letters) || !stem.chars().all(char::is_alphanumeric) {
        return (query, None);
    }
    let mut rest = trimmed[..start].trim_end();
    let mut joined_by_or = false;
    let mut sign = sign;
    for (op, or, not) in [
        (" OR", true, false),
        (" AND", false, false),
        (" NOT", false, true),
    ] {
        let bare = op.trim_start();
        if rest == bare || rest.ends_with(op) {
            rest = rest[..rest.len() - bare.len()].trim_end();
            joined_by_or = or;
            if not {
                sign = Some('-');
            }
            break;
        }
    }
    (
        rest,
        Some(Prefix {
            stem: stem.to_lowercase(),
            sign,
            field,
            joined_by_or,
        }),
    )
}

/// A pattern for the indexed words a typed beginning stands for: words that start with it,
/// and (as indexed words are stems) the word itself shortened by up to three letters.
pub(super) fn prefix_pattern(prefix: &str) -> String {
    let chars: Vec<char> = prefix.chars().collect();
    let mut alternatives = vec![format!("{prefix}.*")];
    for cut in 1..=3 {
        if chars.len() > cut + 3 {
            alternatives.push(chars[..chars.len() - cut].iter().collect());
        }
    }
    format!("({})", alternatives.join("|"))
}

/// The `field:` prefixes a query may use, and the index fields each stands for (a name
/// without `names_` is a field per language).
pub(super) const FIELD_PREFIXES: [(&str, &[&str]); 10] = [
    ("title", &["title"]),
    ("summary", &["summary"]),
    ("body", &["body"]),
    ("text", &["summary", "body"]),
    ("source", &["names_source"]),
    ("field_of_work", &["names_field"]),
    ("country", &["names_country"]),
    ("meeting", &["names_meeting"]),
    (
        "names",
        &[
            "names_source",
            "names_field",
            "names_country",
            "names_meeting",
        ],
    ),
    (
        "name",
        &[
            "names_source",
            "names_field",
            "names_country",
            "names_meeting",
        ],
    ),
];

/// Lets readers write `title:`, `text:`, `body:`, `source:`, `names:`… without knowing the
/// per-language fields.
pub(super) fn normalize_field_names(q: &str) -> String {
    // tantivy's parser takes `field:term`; expand our short names into a group of the
    // per-language fields.
    let mut out = String::with_capacity(q.len());
    for (i, word) in q.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let expanded = FIELD_PREFIXES.iter().find_map(|(short, targets)| {
            // A sign or bracket before the field name stays in front of the group.
            let lead_len = word.len() - word.trim_start_matches(['-', '+', '(']).len();
            let (lead, bare) = word.split_at(lead_len);
            let rest = bare.strip_prefix(short)?.strip_prefix(':')?;
            if rest.is_empty() {
                return None;
            }
            let mut alts: Vec<String> = Vec::new();
            for target in *targets {
                if target.starts_with("names_") {
                    alts.push(format!("{target}:{rest}"));
                } else {
                    alts.extend(
                        LANGUAGES
                            .iter()
                            .map(|(c, _)| c)
                            .chain(std::iter::once(&"other"))
                            .map(|c| format!("{target}_{c}:{rest}")),
                    );
                }
            }
            Some(format!("{lead}({})", alts.join(" OR ")))
        });
        match expanded {
            Some(e) => out.push_str(&e),
            None => out.push_str(word),
        }
    }
    out
}
