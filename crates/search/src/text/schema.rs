//! The index's schema: the fields of a document, per language, and the analyzers of
//! each language (stemmer and stop words).

use model::ItemId;
use tantivy::Index;
use tantivy::schema::{
    FAST, Field, INDEXED, IndexRecordOption, STORED, Schema, TextFieldIndexing, TextOptions,
};
use tantivy::tokenizer::{
    Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer, StopWordFilter, TextAnalyzer,
};

/// Bumped whenever the schema or the analyzers change: the index is then rebuilt.
pub const SCHEMA_VERSION: u32 = 4;

/// The languages with their own analyzer; other languages use the plain one.
pub const LANGUAGES: [(&str, Language); 6] = [
    ("en", Language::English),
    ("fr", Language::French),
    ("de", Language::German),
    ("it", Language::Italian),
    ("ru", Language::Russian),
    ("es", Language::Spanish),
];

/// What the index needs of an item.
#[derive(Debug, Clone)]
pub struct TextDoc {
    pub id: ItemId,
    pub language: String,
    pub title: String,
    pub summary: String,
    /// The body as plain text.
    pub body: String,
    /// Names the item is filed under, by taxonomy.
    pub names: Names,
}

/// The names of an item's terms in every language (and former names of its sources).
#[derive(Debug, Clone, Default)]
pub struct Names {
    pub sources: Vec<String>,
    pub fields_of_work: Vec<String>,
    pub countries: Vec<String>,
    pub meetings: Vec<String>,
}

#[derive(Debug, Clone, Copy)]
pub(super) struct Fields {
    pub(super) id: Field,
    /// Names of sources, fields of work, countries, meeting series (in that order).
    pub(super) names: [Field; 4],
    /// Title words as written (lowercased, not stemmed): the dictionary of spelling
    /// suggestions.
    pub(super) spell: Field,
    /// (language, title, summary, body) — the last entry is the plain analyzer for other
    /// languages.
    pub(super) per_language: [(&'static str, Field, Field, Field); 7],
}

pub(super) fn schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let id = b.add_u64_field("id", INDEXED | FAST | STORED);
    let text_options = |tokenizer: &str| {
        TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(tokenizer)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        )
    };
    let names = [
        "names_source",
        "names_field",
        "names_country",
        "names_meeting",
    ]
    .map(|n| b.add_text_field(n, text_options("plain")));
    let spell = b.add_text_field(
        "spell",
        TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer("plain")
                .set_index_option(IndexRecordOption::Basic),
        ),
    );
    let mut per_language = [("", spell, spell, spell); 7];
    for (i, (code, _)) in LANGUAGES.iter().enumerate() {
        let title = b.add_text_field(&format!("title_{code}"), text_options(code));
        let summary = b.add_text_field(&format!("summary_{code}"), text_options(code));
        let body = b.add_text_field(&format!("body_{code}"), text_options(code));
        per_language[i] = (code, title, summary, body);
    }
    let title = b.add_text_field("title_other", text_options("plain"));
    let summary = b.add_text_field("summary_other", text_options("plain"));
    let body = b.add_text_field("body_other", text_options("plain"));
    per_language[6] = ("other", title, summary, body);
    (
        b.build(),
        Fields {
            id,
            names,
            spell,
            per_language,
        },
    )
}

pub(super) fn register_analyzers(index: &Index) {
    let plain = || {
        TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(RemoveLongFilter::limit(40))
            .filter(LowerCaser)
    };
    index.tokenizers().register("plain", plain().build());
    for (code, lang) in LANGUAGES {
        let analyzer = match StopWordFilter::new(lang) {
            Some(stop) => plain().filter(stop).filter(Stemmer::new(lang)).build(),
            None => plain().filter(Stemmer::new(lang)).build(),
        };
        index.tokenizers().register(code, analyzer);
    }
}
