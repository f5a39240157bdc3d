//! Calendar dates (`YYYY-MM-DD`) with exact day arithmetic, for periods, deadlines and
//! occurrences. The core never reads the system clock: "today" is always passed in.

#[cfg(feature = "serde")]
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A proleptic Gregorian calendar date between the years 1900 and 2999.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

fn is_leap(y: i64) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i64, m: u8) -> u8 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// A date, if it exists in the calendar and lies in 1900–2999.
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        if !(1900..=2999).contains(&year) || !(1..=12).contains(&month) {
            return None;
        }
        if day == 0 || day > days_in_month(i64::from(year), month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// Parses `YYYY-MM-DD`.
    pub fn parse(text: &str) -> Option<Date> {
        let &[y0, y1, y2, y3, b'-', m0, m1, b'-', d0, d1] = text.as_bytes() else { return None };
        let digits = [y0, y1, y2, y3, m0, m1, d0, d1];
        if !digits.iter().all(u8::is_ascii_digit) {
            return None;
        }
        let n = |d: u8| u16::from(d - b'0');
        let year = n(y0) * 1000 + n(y1) * 100 + n(y2) * 10 + n(y3);
        // two digits are at most 99: they fit in a u8
        let two = |a: u8, b: u8| (a - b'0') * 10 + (b - b'0');
        Date::new(year, two(m0, m1), two(d0, d1))
    }

    /// The year.
    pub fn year(self) -> u16 {
        self.year
    }

    /// The month (1–12).
    pub fn month(self) -> u8 {
        self.month
    }

    /// The day of the month.
    pub fn day(self) -> u8 {
        self.day
    }

    /// Days since 1970-01-01 (negative before).
    pub fn to_days(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` since 1970-01-01, if within 1900–2999.
    pub fn from_days(days: i64) -> Option<Date> {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        Date::new(u16::try_from(year).ok()?, u8::try_from(month).ok()?, u8::try_from(day).ok()?)
    }

    /// The date `n` days later (earlier for negative `n`), if within 1900–2999.
    pub fn add_days(self, n: i64) -> Option<Date> {
        Date::from_days(self.to_days().checked_add(n)?)
    }

    /// Whole days from `self` to `later` (negative if `later` is earlier).
    pub fn days_until(self, later: Date) -> i64 {
        later.to_days() - self.to_days()
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl fmt::Debug for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

#[cfg(feature = "serde")]
impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(feature = "serde")]
struct DateVisitor;

#[cfg(feature = "serde")]
impl serde::de::Visitor<'_> for DateVisitor {
    type Value = Date;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a calendar date YYYY-MM-DD")
    }

    // Rejecting inside the visitor lets the reader locate the error at the date itself.
    fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Date, E> {
        Date::parse(text).ok_or_else(|| {
            let shown: String = text.chars().take(20).collect();
            E::custom(format!("E_DATE: `{shown}` is not a calendar date YYYY-MM-DD"))
        })
    }
}

#[cfg(feature = "serde")]
impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_str(DateVisitor)
    }
}

impl kaoping_json::ToJson for Date {
    fn to_json(&self, out: &mut String) {
        kaoping_json::write_str(out, &self.to_string());
    }
}

impl kaoping_json::FromJson for Date {
    fn from_json(r: &mut kaoping_json::Reader<'_>) -> Result<Self, kaoping_json::Error> {
        let text = r.str("a calendar date YYYY-MM-DD")?;
        Date::parse(&text).ok_or_else(|| {
            let shown: String = text.chars().take(20).collect();
            kaoping_json::Error::new(
                crate::base::code::Code::Date.as_str(),
                format!("`{shown}` is not a calendar date YYYY-MM-DD"),
            )
        })
    }
    fn placeholder() -> Self {
        // Never seen: it only holds a required field's place while a struct is read.
        Date { year: 1900, month: 1, day: 1 }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_arithmetic() {
        let d = Date::parse("2024-02-28").unwrap_or_else(|| unreachable!());
        assert_eq!(d.add_days(1).map(|d| d.to_string()), Some("2024-02-29".into()));
        assert_eq!(d.add_days(2).map(|d| d.to_string()), Some("2024-03-01".into()));
        assert_eq!(Date::parse("1970-01-01").map(Date::to_days), Some(0));
        let notice = Date::parse("2026-11-20").unwrap_or_else(|| unreachable!());
        assert_eq!(notice.add_days(30).map(|d| d.to_string()), Some("2026-12-20".into()));
        assert_eq!(Date::parse("2023-02-29"), None);
        assert_eq!(Date::parse("2023-13-01"), None);
        assert_eq!(Date::parse("+023-01-01"), None);
        // only digits: `str::parse` would read "+1" as 1
        assert_eq!(Date::parse("2026-+1-05"), None);
        assert_eq!(Date::parse("2026-01-+5"), None);
        assert_eq!(Date::parse("2026-1a-05"), None);
    }
}
