//! The language of a page: votes from its labels, its month names, its `lang` attribute,
//! and its text — the script, the letters only some languages use, and frequent words.
//!
//! Written here rather than taken from a general detection crate: the languages that matter
//! are the OSCE's six and those of its field operations, and the general crates either lack
//! several of them (Albanian, Kazakh, Kyrgyz, Tajik) or tell Bosnian, Croatian and Serbian
//! apart, which the organization publishes as one language (`hbs`). Letters such as ђ, ќ,
//! ї, ә, ӯ, ë or ă settle most pages; frequent words settle the rest.

use std::collections::BTreeMap;

use model::SiteDefinition;

/// Words frequent in one language and rare in the others (Latin script).
const LATIN_WORDS: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "the", "and", "of", "to", "with", "is", "that", "for", "on", "was", "said", "will",
        ],
    ),
    (
        "fr",
        &[
            "le", "les", "des", "du", "et", "est", "une", "dans", "pour", "sur", "au", "aux",
        ],
    ),
    (
        "de",
        &[
            "der", "die", "das", "und", "den", "mit", "von", "ist", "für", "nicht", "auf", "dem",
        ],
    ),
    (
        "it",
        &[
            "il", "della", "di", "che", "gli", "delle", "nel", "è", "alla", "dei", "sono", "degli",
        ],
    ),
    (
        "es",
        &[
            "el", "los", "las", "y", "que", "por", "con", "una", "para", "en", "se", "al",
        ],
    ),
    (
        "hbs",
        &[
            "je", "su", "za", "od", "koji", "koja", "kao", "sa", "iz", "godine", "što", "šta",
            "bi", "biti", "ili", "će",
        ],
    ),
    (
        "sq",
        &[
            "dhe", "të", "në", "për", "një", "nga", "është", "janë", "së", "këtë", "ka", "si",
        ],
    ),
    (
        "ro",
        &[
            "și", "şi", "în", "pentru", "din", "care", "să", "cu", "au", "fost", "este", "mai",
        ],
    ),
    (
        "tk",
        &[
            "we",
            "bilen",
            "üçin",
            "boýunça",
            "hem",
            "bu",
            "edildi",
            "ýurdumyzyň",
            "döwlet",
        ],
    ),
    (
        "uz",
        &[
            "va",
            "bilan",
            "uchun",
            "boʻyicha",
            "bo'yicha",
            "ham",
            "haqida",
            "yil",
            "mazkur",
        ],
    ),
];

/// Words frequent in one language and rare in the others (Cyrillic script).
const CYRILLIC_WORDS: &[(&str, &[&str])] = &[
    (
        "ru",
        &[
            "и", "в", "на", "с", "по", "что", "не", "для", "о", "из", "от", "к",
        ],
    ),
    (
        "uk",
        &[
            "і",
            "та",
            "що",
            "до",
            "для",
            "з",
            "на",
            "у",
            "які",
            "також",
            "року",
            "це",
        ],
    ),
    (
        "hbs",
        &[
            "је",
            "су",
            "за",
            "од",
            "који",
            "која",
            "као",
            "са",
            "из",
            "године",
            "што",
            "ће",
        ],
    ),
    (
        "mk",
        &[
            "во",
            "со",
            "се",
            "од",
            "за",
            "да",
            "ќе",
            "е",
            "кои",
            "која",
            "година",
            "беше",
        ],
    ),
];

/// Letters that, written often enough, name one language; the first language whose letters
/// are frequent wins (Kazakh before Kyrgyz, whose letters it shares).
const LETTERS: &[(&str, &[char])] = &[
    ("tg", &['ӣ', 'ӯ', 'ҷ', 'Ӣ', 'Ӯ', 'Ҷ']),
    ("kk", &['ә', 'ұ', 'Ә', 'Ұ']),
    ("uz", &['ў', 'Ў', 'ʻ']),
    ("ky", &['ң', 'ө', 'ү', 'Ң', 'Ө', 'Ү']),
    ("mk", &['ѓ', 'ќ', 'ѕ', 'Ѓ', 'Ќ', 'Ѕ']),
    ("hbs", &['ђ', 'ћ', 'Ђ', 'Ћ', 'ć', 'đ', 'Ć', 'Đ']),
    ("uk", &['ї', 'є', 'ґ', 'Ї', 'Є', 'Ґ']),
    ("sq", &['ë', 'Ë']),
    // Turkmen writes ş as Romanian's old cedilla form does: its own ň and ý come first.
    ("tk", &['ň', 'ý', 'Ň', 'Ý']),
    ("ro", &['ă', 'ș', 'ț', 'ş', 'ţ', 'Ă', 'Ș', 'Ț', 'Ş', 'Ţ']),
];

/// Scores of the site's languages; the highest wins, ties going to the site's order.
pub(crate) struct Votes {
    order: Vec<String>,
    scores: BTreeMap<String, i64>,
}

impl Votes {
    pub(crate) fn new(site: &SiteDefinition) -> Self {
        let mut order = vec![site.organization.default_language.as_str().to_owned()];
        for l in &site.organization.languages {
            if !order.iter().any(|o| o == l.code.as_str()) {
                order.push(l.code.as_str().to_owned());
            }
        }
        Votes {
            order,
            scores: BTreeMap::new(),
        }
    }

    /// A vote for a language ("en-GB" counts for "en", "sr", "bs", "hr" and "cnr" for
    /// "hbs"); languages the site lacks are ignored.
    pub(crate) fn add(&mut self, lang: &str, weight: i64) {
        let primary = lang
            .split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_lowercase();
        let primary = match primary.as_str() {
            "sr" | "bs" | "hr" | "cnr" | "sh" => "hbs".to_owned(),
            _ => primary,
        };
        if self.order.contains(&primary) {
            *self.scores.entry(primary).or_default() += weight;
        }
    }

    /// The script, the letters and the frequent words of the start of the text.
    pub(crate) fn add_text(&mut self, title: &str, paragraphs: &[String]) {
        let mut cyrillic = 0usize;
        let mut latin = 0usize;
        // "і" without "ы" or "э" is Ukrainian (Russian has no "і", Ukrainian no "ы" or "э").
        let mut dotted_i = 0usize;
        let mut russian_only = 0usize;
        let mut south_slavic = 0usize;
        let mut letters: BTreeMap<&str, usize> = BTreeMap::new();
        let mut words: BTreeMap<&str, usize> = BTreeMap::new();
        let mut budget = 20_000usize;
        for text in std::iter::once(title).chain(paragraphs.iter().map(String::as_str)) {
            if budget == 0 {
                break;
            }
            let end = text
                .char_indices()
                .nth(budget)
                .map_or(text.len(), |(i, _)| i);
            let text = &text[..end];
            budget = budget.saturating_sub(text.chars().count());
            for c in text.chars() {
                if ('\u{0400}'..='\u{04ff}').contains(&c) {
                    cyrillic += 1;
                } else if c.is_ascii_alphabetic() || ('\u{00c0}'..='\u{024f}').contains(&c) {
                    latin += 1;
                }
                match c {
                    'і' | 'І' => dotted_i += 1,
                    'ы' | 'э' | 'Ы' | 'Э' | 'ъ' => russian_only += 1,
                    'ј' | 'љ' | 'њ' | 'џ' | 'Ј' | 'Љ' | 'Њ' | 'Џ' => south_slavic += 1,
                    _ => {}
                }
                if let Some((lang, _)) = LETTERS.iter().find(|(_, set)| set.contains(&c)) {
                    *letters.entry(lang).or_default() += 1;
                }
            }
            for word in text.split(|c: char| !(c.is_alphabetic() || c == 'ʻ' || c == '\'')) {
                if word.is_empty() {
                    continue;
                }
                let w = word.to_lowercase();
                for (lang, list) in LATIN_WORDS.iter().chain(CYRILLIC_WORDS) {
                    if list.contains(&w.as_str()) {
                        *words.entry(lang).or_default() += 1;
                    }
                }
            }
        }
        let is_cyrillic = cyrillic > latin;
        let script_words: &[(&str, &[&str])] = if is_cyrillic {
            CYRILLIC_WORDS
        } else {
            LATIN_WORDS
        };
        let word_lang = words
            .iter()
            .filter(|(lang, n)| **n > 0 && script_words.iter().any(|(l, _)| l == *lang))
            .max_by_key(|(_, n)| **n)
            .map(|(lang, _)| *lang);
        let words_of = |lang: &str| words.get(lang).copied().unwrap_or(0);
        // Letters count when they are not a stray name ("Mijatović" three times in an
        // English page): at least 3 and one letter in 300, and either one in 100 or the
        // frequent words do not name another language three times as often.
        let total = cyrillic.max(latin);
        let letter_lang = LETTERS
            .iter()
            .map(|(lang, _)| *lang)
            .filter(|lang| match *lang {
                "uk" | "mk" | "kk" | "ky" | "tg" => is_cyrillic,
                "sq" | "ro" | "tk" => !is_cyrillic,
                _ => true,
            })
            .find(|lang| {
                let n = letters.get(lang).copied().unwrap_or(0);
                let frequent = n * 100 >= total;
                let words_agree =
                    word_lang.is_none_or(|w| w == *lang || words_of(lang) * 3 >= words_of(w));
                n >= 3 && n * 300 >= total && (frequent || words_agree)
            });
        match letter_lang {
            Some(lang) => self.add(lang, 10),
            None if is_cyrillic && dotted_i >= 3 && russian_only == 0 => self.add("uk", 10),
            // ј љ њ џ: Macedonian or Serbian, whichever words are the more frequent.
            None if is_cyrillic && south_slavic >= 3 && south_slavic * 300 >= total => {
                self.add(
                    if words_of("mk") > words_of("hbs") {
                        "mk"
                    } else {
                        "hbs"
                    },
                    10,
                );
            }
            None if is_cyrillic => {
                // Cyrillic without another language's letters: Russian, unless its frequent
                // words are another language's.
                self.add(word_lang.filter(|l| *l != "uk").unwrap_or("ru"), 10);
            }
            None => {}
        }
        if let Some(lang) = word_lang {
            self.add(lang, 4);
        }
    }

    pub(crate) fn winner(&self) -> String {
        let mut best: Option<(&str, i64)> = None;
        for lang in &self.order {
            let score = self.scores.get(lang).copied().unwrap_or(0);
            if best.is_none_or(|(_, b)| score > b) {
                best = Some((lang, score));
            }
        }
        best.map(|(l, _)| l.to_owned()).unwrap_or_default()
    }
}
