//! Time zones of the places items are written in, for dates given without an offset.

/// (place, IANA time zone), places as written in datelines (any case).
const PLACES: &[(&str, &str)] = &[
    ("vienna", "Europe/Vienna"),
    ("warsaw", "Europe/Warsaw"),
    ("the hague", "Europe/Amsterdam"),
    ("copenhagen", "Europe/Copenhagen"),
    ("prague", "Europe/Prague"),
    ("geneva", "Europe/Zurich"),
    ("bern", "Europe/Zurich"),
    ("tirana", "Europe/Tirane"),
    ("ashgabat", "Asia/Ashgabat"),
    ("astana", "Asia/Almaty"),
    ("nur-sultan", "Asia/Almaty"),
    ("almaty", "Asia/Almaty"),
    ("bishkek", "Asia/Bishkek"),
    ("osh", "Asia/Bishkek"),
    ("sarajevo", "Europe/Sarajevo"),
    ("dushanbe", "Asia/Dushanbe"),
    ("pristina", "Europe/Belgrade"),
    ("prishtinë/priština", "Europe/Belgrade"),
    ("chisinau", "Europe/Chisinau"),
    ("podgorica", "Europe/Podgorica"),
    ("belgrade", "Europe/Belgrade"),
    ("skopje", "Europe/Skopje"),
    ("tashkent", "Asia/Tashkent"),
    ("minsk", "Europe/Minsk"),
    ("tbilisi", "Asia/Tbilisi"),
    ("baku", "Asia/Baku"),
    ("yerevan", "Asia/Yerevan"),
    ("zagreb", "Europe/Zagreb"),
    ("tallinn", "Europe/Tallinn"),
    ("riga", "Europe/Riga"),
    ("kyiv", "Europe/Kyiv"),
    ("kiev", "Europe/Kyiv"),
    ("moscow", "Europe/Moscow"),
    ("valletta", "Europe/Malta"),
    ("helsinki", "Europe/Helsinki"),
    ("stockholm", "Europe/Stockholm"),
    ("berlin", "Europe/Berlin"),
    ("paris", "Europe/Paris"),
    ("rome", "Europe/Rome"),
    ("madrid", "Europe/Madrid"),
    ("london", "Europe/London"),
    ("brussels", "Europe/Brussels"),
    ("washington", "America/New_York"),
    ("new york", "America/New_York"),
    ("ottawa", "America/Toronto"),
    ("ulaanbaatar", "Asia/Ulaanbaatar"),
    ("ankara", "Europe/Istanbul"),
    ("istanbul", "Europe/Istanbul"),
    ("bratislava", "Europe/Bratislava"),
    ("ljubljana", "Europe/Ljubljana"),
    ("vilnius", "Europe/Vilnius"),
    ("athens", "Europe/Athens"),
    ("budapest", "Europe/Budapest"),
    ("bucharest", "Europe/Bucharest"),
    ("sofia", "Europe/Sofia"),
    ("lisbon", "Europe/Lisbon"),
    ("dublin", "Europe/Dublin"),
    ("oslo", "Europe/Oslo"),
    ("reykjavik", "Atlantic/Reykjavik"),
    ("nicosia", "Asia/Nicosia"),
    ("mariupol", "Europe/Kyiv"),
    ("donetsk", "Europe/Kyiv"),
    ("banja luka", "Europe/Sarajevo"),
    ("mostar", "Europe/Sarajevo"),
    ("tuzla", "Europe/Sarajevo"),
    ("brčko", "Europe/Sarajevo"),
    ("brcko", "Europe/Sarajevo"),
    ("bihać", "Europe/Sarajevo"),
    ("novi sad", "Europe/Belgrade"),
    ("niš", "Europe/Belgrade"),
    ("novi pazar", "Europe/Belgrade"),
    ("mitrovica", "Europe/Belgrade"),
    ("prizren", "Europe/Belgrade"),
    ("tetovo", "Europe/Skopje"),
    ("bitola", "Europe/Skopje"),
    ("ohrid", "Europe/Skopje"),
    ("shkodër", "Europe/Tirane"),
    ("durrës", "Europe/Tirane"),
    ("tiraspol", "Europe/Chisinau"),
    ("bender", "Europe/Chisinau"),
    ("khujand", "Asia/Dushanbe"),
    ("samarkand", "Asia/Samarkand"),
    ("turkmenbashi", "Asia/Ashgabat"),
    ("kharkiv", "Europe/Kyiv"),
    ("odesa", "Europe/Kyiv"),
    ("odessa", "Europe/Kyiv"),
    ("lviv", "Europe/Kyiv"),
    ("luhansk", "Europe/Kyiv"),
    ("batumi", "Asia/Tbilisi"),
    ("sukhumi", "Asia/Tbilisi"),
    ("tskhinvali", "Asia/Tbilisi"),
];

/// Names of places in the other languages of the site, to their English name.
const LOCAL_PLACE_NAMES: &[(&str, &str)] = &[
    // Older spellings.
    ("ashgabad", "ashgabat"),
    ("tiranë", "tirana"),
    ("aşgabat", "ashgabat"),
    ("ashkhabad", "ashgabat"),
    ("alma-ata", "almaty"),
    ("kishinev", "chisinau"),
    ("chişinău", "chisinau"),
    ("chișinău", "chisinau"),
    ("priština", "pristina"),
    ("prishtina", "pristina"),
    ("prishtinë", "pristina"),
    ("beograd", "belgrade"),
    ("београд", "belgrade"),
    ("бања лука", "banja luka"),
    ("сарајево", "sarajevo"),
    ("скопје", "skopje"),
    ("shkup", "skopje"),
    ("київ", "kyiv"),
    ("toshkent", "tashkent"),
    ("ашгабат", "ashgabat"),
    ("минск", "minsk"),
    ("вена", "vienna"),
    ("варшава", "warsaw"),
    ("гаага", "the hague"),
    ("копенгаген", "copenhagen"),
    ("прага", "prague"),
    ("женева", "geneva"),
    ("тирана", "tirana"),
    ("ашхабад", "ashgabat"),
    ("астана", "astana"),
    ("нур-султан", "nur-sultan"),
    ("алматы", "almaty"),
    ("бишкек", "bishkek"),
    ("ош", "osh"),
    ("сараево", "sarajevo"),
    ("душанбе", "dushanbe"),
    ("приштина", "pristina"),
    ("кишинев", "chisinau"),
    ("кишинёв", "chisinau"),
    ("подгорица", "podgorica"),
    ("белград", "belgrade"),
    ("скопье", "skopje"),
    ("ташкент", "tashkent"),
    ("тбилиси", "tbilisi"),
    ("баку", "baku"),
    ("ереван", "yerevan"),
    ("загреб", "zagreb"),
    ("таллин", "tallinn"),
    ("таллинн", "tallinn"),
    ("рига", "riga"),
    ("киев", "kyiv"),
    ("москва", "moscow"),
    ("валлетта", "valletta"),
    ("хельсинки", "helsinki"),
    ("стокгольм", "stockholm"),
    ("берлин", "berlin"),
    ("париж", "paris"),
    ("рим", "rome"),
    ("мадрид", "madrid"),
    ("лондон", "london"),
    ("брюссель", "brussels"),
    ("вашингтон", "washington"),
    ("нью-йорк", "new york"),
    ("анкара", "ankara"),
    ("стамбул", "istanbul"),
    ("улан-батор", "ulaanbaatar"),
    ("vienne", "vienna"),
    ("wien", "vienna"),
    ("viena", "vienna"),
    ("varsovie", "warsaw"),
    ("warschau", "warsaw"),
    ("varsavia", "warsaw"),
    ("varsovia", "warsaw"),
    ("la haye", "the hague"),
    ("den haag", "the hague"),
    ("l'aia", "the hague"),
    ("la haya", "the hague"),
    ("genève", "geneva"),
    ("genf", "geneva"),
    ("ginevra", "geneva"),
    ("ginebra", "geneva"),
    ("copenhague", "copenhagen"),
    ("kopenhagen", "copenhagen"),
    ("copenaghen", "copenhagen"),
    ("prag", "prague"),
    ("praga", "prague"),
    ("moscou", "moscow"),
    ("moskau", "moscow"),
    ("mosca", "moscow"),
    ("moscú", "moscow"),
    ("bruxelles", "brussels"),
    ("brüssel", "brussels"),
    ("bruselas", "brussels"),
    ("roma", "rome"),
    ("rom", "rome"),
    ("belgrad", "belgrade"),
    ("belgrado", "belgrade"),
    ("la valette", "valletta"),
    ("la valletta", "valletta"),
    ("la valeta", "valletta"),
    ("londres", "london"),
    ("londra", "london"),
    ("parigi", "paris"),
    ("parís", "paris"),
    ("kiew", "kyiv"),
    ("tiflis", "tbilisi"),
    ("bakou", "baku"),
    ("erevan", "yerevan"),
    ("eriwan", "yerevan"),
    ("tachkent", "tashkent"),
    ("taschkent", "tashkent"),
    ("douchanbé", "dushanbe"),
    ("duschanbe", "dushanbe"),
    ("achgabat", "ashgabat"),
    ("aschgabat", "ashgabat"),
];

/// The time zone of a known place, named in English or in another language of the site
/// ("MINSK", "Минск", "Valletta/Vienna" → the first place's).
pub fn time_zone_of(place: &str) -> Option<&'static str> {
    let first = place
        .split('/')
        .next()
        .unwrap_or(place)
        .trim()
        .to_lowercase();
    let english = LOCAL_PLACE_NAMES
        .iter()
        .find(|(local, _)| *local == first)
        .map_or(first.as_str(), |(_, en)| en);
    PLACES
        .iter()
        .find(|(p, _)| *p == english)
        .map(|(_, tz)| *tz)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_local_place_name_has_a_zone() {
        for (local, en) in LOCAL_PLACE_NAMES {
            let zone = time_zone_of(en);
            assert!(zone.is_some(), "{local} → {en} has no time zone");
            assert!(
                zone.is_some_and(|z| jiff::tz::TimeZone::get(z).is_ok()),
                "{local}: unknown zone"
            );
        }
    }

    #[test]
    fn known_places_have_a_zone() {
        assert_eq!(time_zone_of("MINSK"), Some("Europe/Minsk"));
        assert_eq!(time_zone_of("Valletta/Vienna"), Some("Europe/Malta"));
        assert_eq!(time_zone_of("Atlantis"), None);
        assert_eq!(
            time_zone_of("Минск"),
            Some("Europe/Minsk"),
            "a Russian name"
        );
        assert_eq!(
            time_zone_of("Vienne"),
            Some("Europe/Vienna"),
            "a French name"
        );
        for (_, tz) in PLACES {
            assert!(jiff::tz::TimeZone::get(tz).is_ok(), "{tz}");
        }
    }
}
