//! Identifier newtypes. Invalid values cannot exist past `parse`.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct ParseError(pub String);

/// The permanent id of an item: never reused, never changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ItemId(pub i64);

impl ItemId {
    pub fn parse(s: &str) -> Result<Self, ParseError> {
        match s.parse::<i64>() {
            Ok(n) if n > 0 => Ok(ItemId(n)),
            _ => Err(ParseError(format!(
                "'{}' is not an item id (a positive number)",
                crate::text::shown(s)
            ))),
        }
    }
}

impl fmt::Display for ItemId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// A URL-safe name: lowercase ASCII letters, digits and single hyphens, 1 to 120 characters.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(transparent)]
pub struct Slug(String);

impl Slug {
    pub fn parse(s: &str) -> Result<Self, ParseError> {
        let ok = !s.is_empty()
            && s.len() <= 120
            && !s.starts_with('-')
            && !s.ends_with('-')
            && !s.contains("--")
            && s.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if ok {
            Ok(Slug(s.to_owned()))
        } else {
            Err(ParseError(format!(
                "'{}' is not a valid slug (lowercase letters, digits and single hyphens)",
                crate::text::shown(s)
            )))
        }
    }

    /// Makes a slug from any text: transliterates common Latin and Cyrillic letters,
    /// keeps ASCII letters and digits, joins words with single hyphens. Never empty.
    pub fn slugify(text: &str) -> Slug {
        let mut out = String::with_capacity(text.len());
        let mut pending_dash = false;
        for c in text.chars().flat_map(char::to_lowercase) {
            // The soft and hard signs mark the letter before them; they are not breaks
            // between words ("борьбе" is "borbe", not "bor-be").
            if matches!(c, 'ь' | 'ъ') {
                continue;
            }
            let mapped = crate::text::transliterate(c);
            if mapped.is_empty() {
                pending_dash = !out.is_empty();
                continue;
            }
            for m in mapped.chars() {
                if m.is_ascii_alphanumeric() {
                    if pending_dash {
                        out.push('-');
                        pending_dash = false;
                    }
                    out.push(m);
                } else {
                    pending_dash = !out.is_empty();
                }
            }
            if out.len() >= 100 {
                break;
            }
        }
        let trimmed = out.trim_end_matches('-');
        if trimmed.is_empty() {
            Slug("item".to_owned())
        } else {
            Slug(trimmed.to_owned())
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Slug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl<'de> serde::Deserialize<'de> for Slug {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Slug::parse(&s).map_err(serde::de::Error::custom)
    }
}

/// A BCP 47 primary language subtag as used by the site ("en", "ru").
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(transparent)]
pub struct LanguageCode(String);

impl LanguageCode {
    pub fn parse(s: &str) -> Result<Self, ParseError> {
        if (2..=3).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_lowercase()) {
            Ok(LanguageCode(s.to_owned()))
        } else {
            Err(ParseError(format!(
                "'{}' is not a language code (two or three lowercase letters, e.g. 'en')",
                crate::text::shown(s)
            )))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for LanguageCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl<'de> serde::Deserialize<'de> for LanguageCode {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        LanguageCode::parse(&s).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn slugify_makes_readable_slugs() {
        assert_eq!(
            Slug::slugify("OSCE representative encourages Belarus to work closer with NGOs")
                .as_str(),
            "osce-representative-encourages-belarus-to-work-closer-with-ngos"
        );
        assert_eq!(
            Slug::slugify("Türkiye – Chairpersonship 2026!").as_str(),
            "turkiye-chairpersonship-2026"
        );
        assert_eq!(Slug::slugify("Миссия ОБСЕ").as_str(), "missiya-obse");
        assert_eq!(
            Slug::slugify("в борьбе с торговлей людьми").as_str(),
            "v-borbe-s-torgovley-lyudmi"
        );
        assert_eq!(Slug::slugify("???").as_str(), "item");
    }

    #[test]
    fn slug_parse_rejects_bad_input() {
        for bad in ["", "Upper", "a--b", "-a", "a-", "a b", "é"] {
            assert!(Slug::parse(bad).is_err(), "{bad:?} should be refused");
        }
        assert!(Slug::parse("office-in-minsk").is_ok());
    }

    #[test]
    fn item_id_parse() {
        assert_eq!(ItemId::parse("42"), Ok(ItemId(42)));
        assert!(ItemId::parse("0").is_err());
        assert!(ItemId::parse("abc").is_err());
        assert!(ItemId::parse("-3").is_err());
    }

    proptest! {
        #[test]
        fn slugify_output_always_parses_and_is_idempotent(s in "\\PC{0,80}") {
            let slug = Slug::slugify(&s);
            prop_assert!(Slug::parse(slug.as_str()).is_ok(), "{:?}", slug);
            prop_assert_eq!(Slug::slugify(slug.as_str()), slug.clone());
        }

        #[test]
        fn language_code_parse_accepts_only_lowercase_letters(s in "[a-zA-Z0-9]{0,5}") {
            let ok = LanguageCode::parse(&s).is_ok();
            prop_assert_eq!(ok, (2..=3).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_lowercase()));
        }
    }
}
