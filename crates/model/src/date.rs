//! Dates of history known to a given precision ("1998", "2003-01", "2011-03-31").

use std::fmt;

use jiff::civil::Date;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    Year,
    Month,
    Day,
}

/// A date of the organization's history. It compares by its first day; it is shown
/// with the precision it is known to ("1998", "March 2011", "31 March 2011").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct HistDate {
    pub first_day: Date,
    pub precision: Precision,
}

impl HistDate {
    pub fn parse(s: &str) -> Result<Self, String> {
        let bad = || format!("'{s}' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)");
        let parts: Vec<&str> = s.split('-').collect();
        let num = |p: &str, len: usize| -> Result<i16, String> {
            if p.len() != len || !p.bytes().all(|b| b.is_ascii_digit()) {
                return Err(bad());
            }
            p.parse::<i16>().map_err(|_| bad())
        };
        let (y, m, d, precision) = match parts.as_slice() {
            [y] => (num(y, 4)?, 1, 1, Precision::Year),
            [y, m] => (num(y, 4)?, num(m, 2)?, 1, Precision::Month),
            [y, m, d] => (num(y, 4)?, num(m, 2)?, num(d, 2)?, Precision::Day),
            _ => return Err(bad()),
        };
        let m = i8::try_from(m).map_err(|_| bad())?;
        let d = i8::try_from(d).map_err(|_| bad())?;
        let first_day =
            Date::new(y, m, d).map_err(|_| format!("'{s}' is not a valid calendar date"))?;
        Ok(HistDate {
            first_day,
            precision,
        })
    }

    /// The last day this date can stand for (the end of its year or month).
    pub fn last_day(&self) -> Date {
        match self.precision {
            Precision::Day => self.first_day,
            Precision::Month => self.first_day.last_of_month(),
            Precision::Year => self.first_day.last_of_year(),
        }
    }
}

impl PartialOrd for HistDate {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for HistDate {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        (self.first_day, self.precision).cmp(&(other.first_day, other.precision))
    }
}

impl fmt::Display for HistDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.precision {
            Precision::Year => write!(f, "{:04}", self.first_day.year()),
            Precision::Month => write!(
                f,
                "{:04}-{:02}",
                self.first_day.year(),
                self.first_day.month()
            ),
            Precision::Day => write!(f, "{}", self.first_day),
        }
    }
}

impl serde::Serialize for HistDate {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for HistDate {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        HistDate::parse(&s).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_each_precision() {
        assert_eq!(
            HistDate::parse("1998").map(|d| d.precision),
            Ok(Precision::Year)
        );
        assert_eq!(
            HistDate::parse("2003-01").map(|d| d.precision),
            Ok(Precision::Month)
        );
        let d = HistDate::parse("2011-03-31").expect("valid");
        assert_eq!(d.first_day, jiff::civil::date(2011, 3, 31));
        assert_eq!(d.to_string(), "2011-03-31");
    }

    #[test]
    fn refuses_invalid_dates() {
        for bad in [
            "2011-02-30",
            "2011-13",
            "11-03-31",
            "2011/03/31",
            "",
            "abcd",
            "2011-3-1",
        ] {
            assert!(HistDate::parse(bad).is_err(), "{bad:?} should be refused");
        }
    }

    #[test]
    fn last_day_follows_precision() {
        assert_eq!(
            HistDate::parse("2011").map(|d| d.last_day()),
            Ok(jiff::civil::date(2011, 12, 31))
        );
        assert_eq!(
            HistDate::parse("2012-02").map(|d| d.last_day()),
            Ok(jiff::civil::date(2012, 2, 29))
        );
    }
}
