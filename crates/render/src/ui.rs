//! The interface of one request: the language its texts are in and the prefix of its
//! addresses ("" for the site's default language, "/ru" for Russian).
//!
//! Handlers get a [`Ui`] from the address and pass it to every view model, which takes its
//! texts and links from it: a page in Russian links to Russian pages, and a text the Russian
//! message files lack is shown in English, marked so (`<span lang="en">`).

use std::borrow::Borrow;
use std::fmt;

use askama::filters::HtmlSafe;

use crate::messages::{self, DEFAULT_LANGUAGE, Key, Value};

/// A count shown on a page (templates hand over references to it).
pub trait Count {
    fn count(&self) -> i64;
}

impl Count for usize {
    fn count(&self) -> i64 {
        i64::try_from(*self).unwrap_or(i64::MAX)
    }
}

impl Count for u32 {
    fn count(&self) -> i64 {
        i64::from(*self)
    }
}

impl<T: Count + ?Sized> Count for &T {
    fn count(&self) -> i64 {
        (**self).count()
    }
}

/// The language and address prefix of a request's pages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ui {
    lang: String,
    base: String,
    /// The conventions of dates and numbers ("en-GB").
    locale: String,
}

impl Default for Ui {
    fn default() -> Ui {
        Ui::default_language()
    }
}

impl Ui {
    /// The site's default language, at the root of the site.
    pub fn default_language() -> Ui {
        Ui {
            lang: DEFAULT_LANGUAGE.to_owned(),
            base: String::new(),
            locale: DEFAULT_LANGUAGE.to_owned(),
        }
    }

    /// `lang` on `site`: its prefix, and dates and numbers in the language's locale.
    pub fn in_site(site: &model::site::SiteDefinition, lang: &str) -> Ui {
        Ui::new(lang, site.organization.default_language.as_str()).with_locale(site.locale_of(lang))
    }

    /// The same interface with dates and numbers written in `locale`.
    pub fn with_locale(mut self, locale: &str) -> Ui {
        locale.clone_into(&mut self.locale);
        self
    }

    /// The locale dates and numbers are written in ("en-GB").
    pub fn locale(&self) -> &str {
        &self.locale
    }

    /// A date as the language writes it: "8 April 2008", "8 апреля 2008 г.".
    pub fn date(&self, d: jiff::civil::Date) -> String {
        crate::dates::format_date(d, &self.locale)
    }

    /// A whole number with the language's grouping: "12,345", "12 345".
    pub fn number(&self, n: impl Count) -> String {
        crate::dates::format_number(n.count(), &self.locale)
    }

    /// `lang`, under `/{lang}` unless it is the site's default language.
    pub fn new(lang: &str, default_lang: &str) -> Ui {
        Ui {
            lang: lang.to_owned(),
            base: if lang == default_lang {
                String::new()
            } else {
                format!("/{lang}")
            },
            locale: lang.to_owned(),
        }
    }

    /// The language code of the interface ("ru").
    pub fn lang(&self) -> &str {
        &self.lang
    }

    /// Whether this is the site's default language (addresses without a prefix).
    pub fn is_default(&self) -> bool {
        self.base.is_empty()
    }

    /// The address of a page of the site in this language: `path` (which starts with `/`)
    /// under this language's prefix. "/" in Russian is "/ru/".
    pub fn href(&self, path: &str) -> String {
        if self.base.is_empty() {
            path.to_owned()
        } else {
            format!("{}{path}", self.base)
        }
    }

    /// A text of the interface, plain (for attributes, titles and texts built further).
    pub fn text(&self, key: Key, args: &[(&str, Value<'_>)]) -> String {
        messages::text_in(&self.lang, key, args)
    }

    /// A text of the interface for a page's body: marked with the default language when this
    /// language lacks it.
    pub fn t(&self, key: impl Borrow<Key>) -> Msg {
        self.t_with(*key.borrow(), &[])
    }

    /// [`Ui::t`] with values.
    pub fn t_with(&self, key: Key, args: &[(&str, Value<'_>)]) -> Msg {
        let (text, in_lang) = messages::text_marked(&self.lang, key, args);
        Msg {
            text,
            fallback: !in_lang,
        }
    }

    /// [`Ui::t_with`] with one number, `$count`, which also picks the plural form
    /// ("3 материала").
    pub fn t_count(&self, key: impl Borrow<Key>, count: impl Borrow<usize>) -> Msg {
        self.t_with(*key.borrow(), &[("count", Value::from(*count.borrow()))])
    }

    /// A text of the interface for an attribute (`aria-label`, `placeholder`): plain, since
    /// an attribute cannot be marked with its own language.
    pub fn a(&self, key: impl Borrow<Key>) -> String {
        self.text(*key.borrow(), &[])
    }

    /// [`Ui::a`] with one value.
    pub fn a_with(&self, key: impl Borrow<Key>, name: &str, value: impl AsRef<str>) -> String {
        self.text(*key.borrow(), &[(name, Value::from(value.as_ref()))])
    }
}

/// A text of the interface as a page shows it: escaped, and wrapped in an element that gives
/// its language when it is not in the page's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Msg {
    text: String,
    fallback: bool,
}

impl Msg {
    /// Whether the text is in the default language because the page's language lacks it.
    pub fn is_fallback(&self) -> bool {
        self.fallback
    }
}

impl fmt::Display for Msg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.fallback {
            write!(f, "<span lang=\"{}\">", crate::lang_tag(DEFAULT_LANGUAGE))?;
        }
        for c in self.text.chars() {
            match c {
                '<' => f.write_str("&lt;")?,
                '>' => f.write_str("&gt;")?,
                '&' => f.write_str("&amp;")?,
                '"' => f.write_str("&#34;")?,
                '\'' => f.write_str("&#39;")?,
                c => fmt::Write::write_char(f, c)?,
            }
        }
        if self.fallback {
            f.write_str("</span>")?;
        }
        Ok(())
    }
}

/// `Msg` escapes its own text.
impl HtmlSafe for Msg {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::key;

    #[test]
    fn addresses_take_the_language_prefix() {
        let ru = Ui::new("ru", "en");
        assert_eq!(ru.href("/"), "/ru/");
        assert_eq!(ru.href("/search?q=x"), "/ru/search?q=x");
        let en = Ui::new("en", "en");
        assert_eq!(en.href("/"), "/");
        assert_eq!(en.href("/press-releases"), "/press-releases");
        assert!(en.is_default() && !ru.is_default());
    }

    #[test]
    fn a_text_the_language_lacks_is_marked_english() {
        let xx = Ui::new("xx", "en");
        let m = xx.t(key::NEWSROOM_TITLE);
        assert!(m.is_fallback());
        assert_eq!(m.to_string(), "<span lang=\"en\">Newsroom</span>");
        let en = Ui::new("en", "en").t(key::NEWSROOM_TITLE);
        assert!(!en.is_fallback());
        assert_eq!(en.to_string(), "Newsroom");
    }

    #[test]
    fn texts_are_escaped() {
        let m = Msg {
            text: "a <b> & \"c\"".into(),
            fallback: false,
        };
        assert_eq!(m.to_string(), "a &lt;b&gt; &amp; &#34;c&#34;");
    }
}
