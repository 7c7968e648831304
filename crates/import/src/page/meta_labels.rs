//! The metadata labels of saved pages ("Date:", "Источник:", "Izdavač:", "Жарияланған
//! күні:"), in the OSCE's languages and those of its field operations, each with the
//! languages it is written in (a vote for the page's language).

use super::MetaKey;
use super::labels::label_key;

const EN: &[&str] = &["en"];
const FR: &[&str] = &["fr"];
const DE: &[&str] = &["de"];
const IT: &[&str] = &["it"];
const ES: &[&str] = &["es"];
const RU: &[&str] = &["ru"];
const EN_FR: &[&str] = &["en", "fr"];
const DE_HBS: &[&str] = &["de", "hbs"];
const HBS: &[&str] = &["hbs"];
const SQ: &[&str] = &["sq"];
const MK: &[&str] = &["mk"];
const UK: &[&str] = &["uk"];
const RO: &[&str] = &["ro"];
const NONE: &[&str] = &[];
const KK: &[&str] = &["kk"];
const KY: &[&str] = &["ky"];
const UZ: &[&str] = &["uz"];
const TK: &[&str] = &["tk"];
const TG: &[&str] = &["tg"];

const META_LABELS: &[(&str, MetaKey, &[&str])] = &[
    ("date", MetaKey::Date, EN_FR),
    ("issued on", MetaKey::Date, EN),
    ("published", MetaKey::Date, EN),
    ("published on", MetaKey::Date, EN),
    ("datum", MetaKey::Date, DE_HBS),
    ("objavljeno", MetaKey::Date, HBS),
    ("датум", MetaKey::Date, NONE),
    ("data e publikimit", MetaKey::Date, SQ),
    ("publikuar më", MetaKey::Date, SQ),
    ("опубликовано", MetaKey::Date, RU),
    ("publishing date", MetaKey::Date, EN),
    ("дата публикации материала", MetaKey::Date, RU),
    ("дата публікації", MetaKey::Date, UK),
    ("content type", MetaKey::Type, EN),
    ("тип материала", MetaKey::Type, RU),
    ("тип матеріалу", MetaKey::Type, UK),
    ("what we do", MetaKey::Field, EN),
    ("что мы делаем", MetaKey::Field, RU),
    ("що ми робимо", MetaKey::Field, UK),
    ("where we are", MetaKey::Country, EN),
    ("где мы работаем", MetaKey::Country, RU),
    ("де ми працюємо", MetaKey::Country, UK),
    ("күні", MetaKey::Date, KK),
    ("орны", MetaKey::Place, KK),
    ("дереккөз", MetaKey::Source, KK),
    ("қызмет салалары", MetaKey::Field, KK),
    ("күнү", MetaKey::Date, KY),
    ("орду", MetaKey::Place, KY),
    ("булагы", MetaKey::Source, KY),
    ("sana", MetaKey::Date, UZ),
    ("joyi", MetaKey::Place, UZ),
    ("manba", MetaKey::Source, UZ),
    ("senesi", MetaKey::Date, TK),
    ("сана", MetaKey::Date, TG),
    ("ýeri", MetaKey::Place, TK),
    ("макон", MetaKey::Place, TG),
    ("çeşmesi", MetaKey::Source, TK),
    ("манбаъ", MetaKey::Source, TG),
    ("iş ugurlary", MetaKey::Field, TK),
    ("соҳаҳои фаъолият", MetaKey::Field, TG),
    ("самтҳои фаъолият", MetaKey::Field, TG),
    ("posted", MetaKey::Date, EN),
    ("posted on", MetaKey::Date, EN),
    ("date published", MetaKey::Date, EN),
    ("date of publication", MetaKey::Date, EN),
    ("publikuar", MetaKey::Date, SQ),
    ("издадено на", MetaKey::Date, MK),
    ("објавено на", MetaKey::Date, MK),
    ("издато", MetaKey::Date, NONE),
    ("објављено", MetaKey::Date, NONE),
    ("опубліковано", MetaKey::Date, UK),
    ("publicat pe", MetaKey::Date, RO),
    ("data publicării", MetaKey::Date, RO),
    ("жарыяланды", MetaKey::Date, NONE),
    ("жарияланды", MetaKey::Date, NONE),
    ("e'lon qilingan", MetaKey::Date, NONE),
    ("жарияланған күні", MetaKey::Date, KK),
    ("жарыяланган күнү", MetaKey::Date, KY),
    ("e'lon qilingan sana", MetaKey::Date, UZ),
    ("eʻlon qilingan sana", MetaKey::Date, UZ),
    ("nashr sanasi", MetaKey::Date, UZ),
    ("дата публикации", MetaKey::Date, RU),
    ("дата", MetaKey::Date, RU),
    ("data", MetaKey::Date, IT),
    ("fecha", MetaKey::Date, ES),
    ("place", MetaKey::Place, EN),
    ("location", MetaKey::Place, EN),
    ("lieu", MetaKey::Place, FR),
    ("ort", MetaKey::Place, DE),
    ("luogo", MetaKey::Place, IT),
    ("lugar", MetaKey::Place, ES),
    ("место", MetaKey::Place, RU),
    ("mjesto", MetaKey::Place, HBS),
    ("mesto", MetaKey::Place, HBS),
    ("место на настан", MetaKey::Place, MK),
    ("vendi", MetaKey::Place, SQ),
    ("місце", MetaKey::Place, UK),
    ("locul", MetaKey::Place, RO),
    ("source", MetaKey::Source, EN_FR),
    ("sources", MetaKey::Source, EN_FR),
    ("quelle", MetaKey::Source, DE),
    ("quellen", MetaKey::Source, DE),
    ("fonte", MetaKey::Source, IT),
    ("fonti", MetaKey::Source, IT),
    ("fuente", MetaKey::Source, ES),
    ("fuentes", MetaKey::Source, ES),
    ("источник", MetaKey::Source, RU),
    ("источники", MetaKey::Source, RU),
    ("issued by", MetaKey::Source, EN),
    ("publisher", MetaKey::Source, EN),
    ("izdavač", MetaKey::Source, HBS),
    ("izdavac", MetaKey::Source, HBS),
    ("izvor", MetaKey::Source, HBS),
    ("издавач", MetaKey::Source, NONE),
    ("извор", MetaKey::Source, NONE),
    ("burimi", MetaKey::Source, SQ),
    ("botuesi", MetaKey::Source, SQ),
    ("botues", MetaKey::Source, SQ),
    ("издадено од", MetaKey::Source, MK),
    ("видавець", MetaKey::Source, UK),
    ("жариялаушы", MetaKey::Source, KK),
    ("жарыялаган", MetaKey::Source, KY),
    ("nashr etuvchi", MetaKey::Source, UZ),
    ("noshir", MetaKey::Source, UZ),
    ("джерело", MetaKey::Source, UK),
    ("sursa", MetaKey::Source, RO),
    ("fields of work", MetaKey::Field, EN),
    ("field of work", MetaKey::Field, EN),
    ("domaines d'activité", MetaKey::Field, FR),
    ("domaine d'activité", MetaKey::Field, FR),
    ("domaines d'action", MetaKey::Field, FR),
    ("tätigkeitsbereiche", MetaKey::Field, DE),
    ("tätigkeitsbereich", MetaKey::Field, DE),
    ("arbeitsbereiche", MetaKey::Field, DE),
    ("settori di attività", MetaKey::Field, IT),
    ("aree di lavoro", MetaKey::Field, IT),
    ("ambiti di lavoro", MetaKey::Field, IT),
    ("áreas de trabajo", MetaKey::Field, ES),
    ("ámbitos de trabajo", MetaKey::Field, ES),
    ("esferas de actividad", MetaKey::Field, ES),
    ("области деятельности", MetaKey::Field, RU),
    ("область деятельности", MetaKey::Field, RU),
    ("направления деятельности", MetaKey::Field, RU),
    ("oblasti rada", MetaKey::Field, HBS),
    ("области на работа", MetaKey::Field, MK),
    ("fushat e punës", MetaKey::Field, SQ),
    ("сфери діяльності", MetaKey::Field, UK),
    ("напрями діяльності", MetaKey::Field, UK),
    ("напрямки діяльності", MetaKey::Field, UK),
    ("oblasti djelovanja", MetaKey::Field, HBS),
    ("иш багыттары", MetaKey::Field, KY),
    ("жұмыс бағыттары", MetaKey::Field, KK),
    ("faoliyat yoʻnalishlari", MetaKey::Field, UZ),
    ("faoliyat yo'nalishlari", MetaKey::Field, UZ),
    ("domenii de activitate", MetaKey::Field, RO),
    ("topics", MetaKey::Field, EN),
    ("related topics", MetaKey::Field, EN),
    ("темы", MetaKey::Field, RU),
    ("теми", MetaKey::Field, UK),
    ("oblasti delovanja", MetaKey::Field, HBS),
    ("countries", MetaKey::Country, EN),
    ("country", MetaKey::Country, EN),
    ("related countries", MetaKey::Country, EN),
    ("pays", MetaKey::Country, FR),
    ("länder", MetaKey::Country, DE),
    ("land", MetaKey::Country, DE),
    ("paesi", MetaKey::Country, IT),
    ("paese", MetaKey::Country, IT),
    ("países", MetaKey::Country, ES),
    ("país", MetaKey::Country, ES),
    ("страны", MetaKey::Country, RU),
    ("страна", MetaKey::Country, RU),
    ("zemlje", MetaKey::Country, HBS),
    ("države", MetaKey::Country, HBS),
    ("країни", MetaKey::Country, UK),
];

/// The metadata label a text names ("Date:", "Области деятельности:", "Lieu :").
pub(crate) fn meta_label(s: &str) -> Option<(MetaKey, &'static [&'static str])> {
    let key = label_key(s);
    META_LABELS
        .iter()
        .find(|(l, _, _)| *l == key)
        .map(|(_, k, langs)| (*k, *langs))
}
