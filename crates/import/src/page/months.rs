//! The words of dates: month names in the six official languages (from the render crate)
//! and in the languages of the field operations, their other spellings, weekdays, and the
//! little words around a date.

/// Other spellings: abbreviations and forms without accents (language, name, month).
const MONTH_VARIANTS: &[(&str, &str, i8)] = &[
    ("en", "jan", 1),
    ("en", "feb", 2),
    ("en", "mar", 3),
    ("en", "apr", 4),
    ("en", "jun", 6),
    ("en", "jul", 7),
    ("en", "aug", 8),
    ("en", "sep", 9),
    ("en", "sept", 9),
    ("en", "oct", 10),
    ("en", "nov", 11),
    ("en", "dec", 12),
    ("fr", "fevrier", 2),
    ("fr", "aout", 8),
    ("fr", "decembre", 12),
    ("de", "jänner", 1),
    ("de", "maerz", 3),
    ("es", "setiembre", 9),
];

/// Month names of the local languages of field operations, in the forms dates use
/// (language, name, month): Bosnian/Croatian/Serbian (Latin and Cyrillic, the Croatian
/// names and their genitives), Albanian, Macedonian, Ukrainian (genitive), Romanian, Uzbek.
const LOCAL_MONTHS: &[(&str, &[&str])] = &[
    (
        "hbs",
        &[
            "januar",
            "februar",
            "mart",
            "april",
            "maj",
            "jun",
            "jul",
            "avgust",
            "septembar",
            "oktobar",
            "novembar",
            "decembar",
        ],
    ),
    (
        "hbs",
        &[
            "januara",
            "februara",
            "marta",
            "aprila",
            "maja",
            "juna",
            "jula",
            "avgusta",
            "septembra",
            "oktobra",
            "novembra",
            "decembra",
        ],
    ),
    (
        "hbs",
        &[
            "siječanj",
            "veljača",
            "ožujak",
            "travanj",
            "svibanj",
            "lipanj",
            "srpanj",
            "kolovoz",
            "rujan",
            "listopad",
            "studeni",
            "prosinac",
        ],
    ),
    (
        "hbs",
        &[
            "siječnja",
            "veljače",
            "ožujka",
            "travnja",
            "svibnja",
            "lipnja",
            "srpnja",
            "kolovoza",
            "rujna",
            "listopada",
            "studenoga",
            "prosinca",
        ],
    ),
    (
        "hbs",
        &[
            "јануар",
            "фебруар",
            "март",
            "април",
            "мај",
            "јун",
            "јул",
            "август",
            "септембар",
            "октобар",
            "новембар",
            "децембар",
        ],
    ),
    (
        "sq",
        &[
            "janar", "shkurt", "mars", "prill", "maj", "qershor", "korrik", "gusht", "shtator",
            "tetor", "nëntor", "dhjetor",
        ],
    ),
    (
        "mk",
        &[
            "јануари",
            "февруари",
            "март",
            "април",
            "мај",
            "јуни",
            "јули",
            "август",
            "септември",
            "октомври",
            "ноември",
            "декември",
        ],
    ),
    (
        "uk",
        &[
            "січня",
            "лютого",
            "березня",
            "квітня",
            "травня",
            "червня",
            "липня",
            "серпня",
            "вересня",
            "жовтня",
            "листопада",
            "грудня",
        ],
    ),
    (
        "ro",
        &[
            "ianuarie",
            "februarie",
            "martie",
            "aprilie",
            "mai",
            "iunie",
            "iulie",
            "august",
            "septembrie",
            "octombrie",
            "noiembrie",
            "decembrie",
        ],
    ),
    (
        "uz",
        &[
            "yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avgust", "sentabr",
            "oktabr", "noyabr", "dekabr",
        ],
    ),
    (
        "uz",
        &[
            "yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avgust", "sentyabr",
            "oktyabr", "noyabr", "dekabr",
        ],
    ),
    (
        "uz",
        &[
            "январ",
            "феврал",
            "март",
            "апрел",
            "май",
            "июн",
            "июл",
            "август",
            "сентябр",
            "октябр",
            "ноябр",
            "декабр",
        ],
    ),
    (
        "ky",
        &[
            "январы",
            "февралы",
            "марты",
            "апрели",
            "майы",
            "июну",
            "июлу",
            "августу",
            "сентябры",
            "октябры",
            "ноябры",
            "декабры",
        ],
    ),
    (
        "ky",
        &[
            "январь",
            "февраль",
            "март",
            "апрель",
            "май",
            "июнь",
            "июль",
            "август",
            "сентябрь",
            "октябрь",
            "ноябрь",
            "декабрь",
        ],
    ),
    (
        "kk",
        &[
            "қаңтар",
            "ақпан",
            "наурыз",
            "сәуір",
            "мамыр",
            "маусым",
            "шілде",
            "тамыз",
            "қыркүйек",
            "қазан",
            "қараша",
            "желтоқсан",
        ],
    ),
    (
        "tg",
        &[
            "январи",
            "феврали",
            "марти",
            "апрели",
            "майи",
            "июни",
            "июли",
            "августи",
            "сентябри",
            "октябри",
            "ноябри",
            "декабри",
        ],
    ),
    (
        "tk",
        &[
            "ýanwar",
            "fewral",
            "mart",
            "aprel",
            "maý",
            "iýun",
            "iýul",
            "awgust",
            "sentýabr",
            "oktýabr",
            "noýabr",
            "dekabr",
        ],
    ),
    (
        "tk",
        &[
            "ýanwary",
            "fewraly",
            "marty",
            "apreli",
            "maýy",
            "iýuny",
            "iýuly",
            "awgusty",
            "sentýabry",
            "oktýabry",
            "noýabry",
            "dekabry",
        ],
    ),
];

pub(crate) const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonntag",
    "lunedì",
    "martedì",
    "mercoledì",
    "giovedì",
    "venerdì",
    "sabato",
    "domenica",
    "lunes",
    "martes",
    "miércoles",
    "jueves",
    "viernes",
    "sábado",
    "domingo",
    "понедельник",
    "вторник",
    "среда",
    "четверг",
    "пятница",
    "суббота",
    "воскресенье",
];

/// Little words around a date: "5 de junio de 2012", "le 3 mai", "15 октября 2019 г.".
pub(crate) const FILLERS: &[&str] = &[
    "de",
    "del",
    "le",
    "the",
    "of",
    "am",
    "il",
    "el",
    "г",
    "года",
    "godine",
    "god",
    "g",
    "године",
    "год",
    "р",
    "року",
    "viti",
    "më",
    "on",
    "жылдын",
    "жылы",
    "жылғы",
    "жыл",
    "ж",
    "yil",
    "yili",
    "yilning",
    "йил",
    "йилнинг",
    "соли",
    "nji",
    "njy",
    "ýylyň",
    "ýyl",
];

/// The month names of the six official languages as their dates write them (lowercased), from
/// the same CLDR data the site writes its dates with.
static OFFICIAL_MONTHS: std::sync::LazyLock<Vec<(&'static str, Vec<String>)>> =
    std::sync::LazyLock::new(|| {
        ["en", "fr", "de", "it", "ru", "es"]
            .into_iter()
            .map(|lang| {
                let names = render::dates::month_names(lang)
                    .into_iter()
                    .map(|n| n.to_lowercase())
                    .collect();
                (lang, names)
            })
            .collect()
    });

/// A month name: its number and the languages it is written in.
pub(crate) fn month(word: &str) -> Option<(i8, Vec<&'static str>)> {
    let mut found: Option<i8> = None;
    let mut langs: Vec<&'static str> = Vec::new();
    for (lang, names) in OFFICIAL_MONTHS.iter() {
        if let Some(i) = names.iter().position(|n| n == word) {
            found = Some(i8::try_from(i + 1).unwrap_or(1));
            if !langs.contains(lang) {
                langs.push(lang);
            }
        }
    }
    if found.is_none()
        && let Some((lang, _, m)) = MONTH_VARIANTS.iter().find(|(_, n, _)| *n == word)
    {
        found = Some(*m);
        langs.push(lang);
    }
    for (lang, names) in LOCAL_MONTHS {
        if let Some(i) = names.iter().position(|n| *n == word)
            && found.is_none_or(|m| usize::try_from(m).ok() == Some(i + 1))
        {
            found = Some(i8::try_from(i + 1).unwrap_or(1));
            if !langs.contains(lang) {
                langs.push(lang);
            }
        }
    }
    found.map(|m| (m, langs))
}
