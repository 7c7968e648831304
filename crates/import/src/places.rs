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
];

/// The time zone of a known place ("MINSK", "Valletta/Vienna" → the first place's).
pub fn time_zone_of(place: &str) -> Option<&'static str> {
    let first = place
        .split('/')
        .next()
        .unwrap_or(place)
        .trim()
        .to_lowercase();
    PLACES.iter().find(|(p, _)| *p == first).map(|(_, tz)| *tz)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_places_have_a_zone() {
        assert_eq!(time_zone_of("MINSK"), Some("Europe/Minsk"));
        assert_eq!(time_zone_of("Valletta/Vienna"), Some("Europe/Malta"));
        assert_eq!(time_zone_of("Atlantis"), None);
        for (_, tz) in PLACES {
            assert!(jiff::tz::TimeZone::get(tz).is_ok(), "{tz}");
        }
    }
}
