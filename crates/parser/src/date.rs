//! Calendar dates and the arithmetic relative expressions are resolved with: day numbers,
//! weekdays, ISO weeks, months later and earlier (proleptic Gregorian calendar).

/// A calendar date, used as the reference for relative expressions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Year, e.g. 2023.
    pub year: i32,
    /// Month, 1 to 12.
    pub month: u32,
    /// Day of the month, 1 to 31.
    pub day: u32,
}

impl Date {
    /// Parses `YYYY-MM-DD`, checking that the day exists.
    pub fn parse_iso(s: &str) -> Option<Date> {
        let mut parts = s.trim().splitn(3, '-');
        let year = parts.next()?.parse().ok()?;
        let month = parts.next()?.parse().ok()?;
        let day = parts.next()?.parse().ok()?;
        let date = Date { year, month, day };
        (s.trim().len() == 10 && (1..=12).contains(&month) && day >= 1 && day <= date.days_in_month()).then_some(date)
    }

    /// True when the month and the day exist (`2023-02-31` does not).
    pub(crate) fn exists(self) -> bool {
        (1..=12).contains(&self.month) && self.day >= 1 && self.day <= self.days_in_month()
    }

    /// Number of days in this date's month.
    pub fn days_in_month(self) -> u32 {
        match self.month {
            2 if self.year % 4 == 0 && (self.year % 100 != 0 || self.year % 400 == 0) => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        }
    }

    /// Days since 1970-01-01.
    pub fn days(self) -> i64 {
        let year = i64::from(self.year) - i64::from(self.month <= 2);
        let era = year.div_euclid(400);
        let year_of_era = year - era * 400;
        let month = i64::from(self.month);
        let day_of_year = (153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }

    /// The date of a day number (days since 1970-01-01).
    pub fn from_days(days: i64) -> Date {
        let days = days.clamp(-300_000_000, 300_000_000) + 719_468;
        let era = days.div_euclid(146_097);
        let day_of_era = days - era * 146_097;
        let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let march_month = (5 * day_of_year + 2) / 153;
        let day = (day_of_year - (153 * march_month + 2) / 5 + 1) as u32;
        let month = if march_month < 10 { march_month + 3 } else { march_month - 9 } as u32;
        let year = (year_of_era + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// The date `n` days later.
    pub fn add_days(self, n: i64) -> Date {
        Date::from_days(self.days() + n.clamp(-10_000_000, 10_000_000))
    }

    /// The date `n` months later, with the day clamped to the month's length.
    pub fn add_months(self, n: i64) -> Date {
        let (year, month) = shift_month(self.year, self.month, n);
        let first = Date { year, month, day: 1 };
        Date { day: self.day.min(first.days_in_month()), ..first }
    }

    /// ISO weekday: 1 for Monday to 7 for Sunday.
    pub fn weekday(self) -> u32 {
        (self.days() + 3).rem_euclid(7) as u32 + 1
    }

    /// ISO week-numbering year and week.
    pub fn iso_week(self) -> (i32, u32) {
        let thursday = self.add_days(4 - i64::from(self.weekday()));
        let jan1 = Date { year: thursday.year, month: 1, day: 1 }.days();
        (thursday.year, ((thursday.days() - jan1) / 7 + 1) as u32)
    }

    /// The Monday of an ISO week.
    pub fn week_monday(year: i32, week: u32) -> Date {
        let jan4 = Date { year, month: 1, day: 4 };
        jan4.add_days(7 * (i64::from(week) - 1) - (i64::from(jan4.weekday()) - 1))
    }
}

/// A date with its time of day and, when the text gives it, its offset from UTC: when a web
/// page says it was published (`2024-03-05T14:30:00+01:00`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct DateTime {
    /// The calendar date.
    pub date: Date,
    /// Hour, 0 to 23.
    pub hour: u32,
    /// Minute, 0 to 59.
    pub minute: u32,
    /// Second, 0 to 59 (a fraction is dropped).
    pub second: u32,
    /// Minutes east of UTC (`+01:00` is 60, `Z` is 0), when the zone is given.
    pub utc_offset: Option<i32>,
}

impl DateTime {
    /// Parses an ISO 8601 date-time: `2024-03-05T14:30`, seconds and a fraction optional, `T` or
    /// a space between date and time, then `Z`, `+01:00`, `+0100` or no zone.
    ///
    /// ```
    /// use newsbrief_parser::DateTime;
    /// let t = DateTime::parse_iso("2024-03-05T14:30:09.5-05:00").unwrap();
    /// assert_eq!((t.hour, t.minute, t.second, t.utc_offset), (14, 30, 9, Some(-300)));
    /// assert_eq!(t.to_string(), "2024-03-05T14:30:09-05:00");
    /// assert!(DateTime::parse_iso("2024-03-05T25:00Z").is_none());
    /// ```
    pub fn parse_iso(s: &str) -> Option<DateTime> {
        let s = s.trim();
        let date = Date::parse_iso(s.get(..10)?)?;
        let rest = s[10..].strip_prefix(['T', 't', ' '])?;
        let two = |t: &str| -> Option<u32> {
            let d = t.get(..2)?;
            d.bytes().all(|b| b.is_ascii_digit()).then(|| d.parse().ok())?
        };
        let hour = two(rest)?;
        let rest = rest.get(2..)?.strip_prefix(':')?;
        let minute = two(rest)?;
        let mut rest = &rest[2..];
        let mut second = 0;
        if let Some(r) = rest.strip_prefix(':') {
            second = two(r)?;
            rest = &r[2..];
            if let Some(r) = rest.strip_prefix(['.', ',']) {
                let digits = r.bytes().take_while(u8::is_ascii_digit).count();
                if digits == 0 {
                    return None;
                }
                rest = &r[digits..];
            }
        }
        let utc_offset = match rest.as_bytes().first() {
            None => None,
            Some(b'Z' | b'z') if rest.len() == 1 => Some(0),
            Some(&sign @ (b'+' | b'-')) => {
                let r = &rest[1..];
                let (h, m) = match r.len() {
                    5 if r.as_bytes()[2] == b':' => (two(r)?, two(&r[3..])?),
                    4 => (two(r)?, two(&r[2..])?),
                    2 => (two(r)?, 0),
                    _ => return None,
                };
                if h > 14 || m > 59 {
                    return None;
                }
                let minutes = (h * 60 + m) as i32;
                Some(if sign == b'-' { -minutes } else { minutes })
            }
            _ => return None,
        };
        (hour < 24 && minute < 60 && second < 60).then_some(DateTime { date, hour, minute, second, utc_offset })
    }
}

/// Writes RFC 3339: `2024-03-05T14:30:00Z`, `…+01:00`, or no zone when it is unknown.
impl std::fmt::Display for DateTime {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}T{:02}:{:02}:{:02}", self.date, self.hour, self.minute, self.second)?;
        match self.utc_offset {
            None => Ok(()),
            Some(0) => f.write_str("Z"),
            Some(m) => write!(f, "{}{:02}:{:02}", if m < 0 { '-' } else { '+' }, m.abs() / 60, m.abs() % 60),
        }
    }
}

/// Serializes as RFC 3339 text.
#[cfg(feature = "serde")]
impl serde::Serialize for DateTime {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for DateTime {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> std::borrow::Cow<'static, str> {
        "DateTime".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "string", "format": "date-time" })
    }
}

/// The month `n` months after `year-month`.
pub(crate) fn shift_month(year: i32, month: u32, n: i64) -> (i32, u32) {
    let months = i64::from(year) * 12 + i64::from(month) - 1 + n.clamp(-1_000_000, 1_000_000);
    (months.div_euclid(12) as i32, months.rem_euclid(12) as u32 + 1)
}

/// Serializes as `YYYY-MM-DD`.
#[cfg(feature = "serde")]
impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Date {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "string" })
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Every TIMEX3 value of a day is written so: the common case, a year of four digits, is
        // spelled out digit by digit rather than through the formatting machinery.
        if let (Ok(year @ 0..=9999), 0..=99, 0..=99) = (u32::try_from(self.year), self.month, self.day) {
            let digit = |n: u32| b'0' + (n % 10) as u8;
            let (m, d) = (self.month, self.day);
            let iso = [
                digit(year / 1000),
                digit(year / 100),
                digit(year / 10),
                digit(year),
                b'-',
                digit(m / 10),
                digit(m),
                b'-',
                digit(d / 10),
                digit(d),
            ];
            if let Ok(iso) = std::str::from_utf8(&iso) {
                return f.write_str(iso);
            }
        }
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(year: i32, month: u32, day: u32) -> Date {
        Date { year, month, day }
    }

    #[test]
    fn display_pads_as_the_format_does() {
        for (year, month, day) in [(2024, 3, 7), (7, 12, 31), (0, 1, 1), (9999, 99, 99), (10000, 1, 1), (-5, 2, 3)] {
            let date = ymd(year, month, day);
            assert_eq!(date.to_string(), format!("{year:04}-{month:02}-{day:02}"));
        }
        assert_eq!(ymd(2024, 100, 1).to_string(), "2024-100-01");
    }

    #[test]
    fn calendar_arithmetic() {
        assert_eq!(ymd(1970, 1, 1).days(), 0);
        assert_eq!(Date::from_days(ymd(2024, 2, 29).days()), ymd(2024, 2, 29));
        assert_eq!(ymd(2023, 3, 17).weekday(), 5);
        assert_eq!(ymd(2000, 1, 1).weekday(), 6);
        assert_eq!(ymd(2023, 3, 17).iso_week(), (2023, 11));
        assert_eq!(ymd(2021, 1, 3).iso_week(), (2020, 53));
        assert_eq!(ymd(2019, 12, 30).iso_week(), (2020, 1));
        assert_eq!(Date::week_monday(2023, 12), ymd(2023, 3, 20));
        assert_eq!(ymd(2023, 1, 31).add_months(1), ymd(2023, 2, 28));
        assert_eq!(ymd(2023, 1, 15).add_months(-13), ymd(2021, 12, 15));
        assert_eq!(ymd(2023, 12, 31).add_days(1), ymd(2024, 1, 1));
        for z in (-1000..1000).map(|k| k * 97) {
            assert_eq!(Date::from_days(z).days(), z);
        }
    }

    #[test]
    fn iso_date_times() {
        let cases: &[(&str, Option<&str>)] = &[
            ("2024-03-05T14:30", Some("2024-03-05T14:30:00")),
            ("2024-03-05 14:30:09", Some("2024-03-05T14:30:09")),
            ("2024-03-05T14:30:09.123Z", Some("2024-03-05T14:30:09Z")),
            ("2024-03-05T14:30:00+01:00", Some("2024-03-05T14:30:00+01:00")),
            ("2024-03-05T14:30:00+0530", Some("2024-03-05T14:30:00+05:30")),
            ("2024-03-05T09:05-07", Some("2024-03-05T09:05:00-07:00")),
            ("2024-02-30T10:00Z", None),
            ("2024-03-05T24:00Z", None),
            ("2024-03-05T12:60", None),
            ("2024-03-05T12:00+15:00", None),
            ("2024-03-05T12:00 EST", None),
            ("2024-03-05", None),
            ("2024-03-05T1:00", None),
            ("2024-03-05T12:00:5", None),
            ("2024-03-05T12:00:05.", None),
            ("2024-03-05Tİ:00", None),
        ];
        for &(text, want) in cases {
            assert_eq!(DateTime::parse_iso(text).map(|t| t.to_string()).as_deref(), want, "{text}");
        }
    }

    #[test]
    fn iso_dates() {
        assert_eq!(Date::parse_iso("2024-02-29"), Some(ymd(2024, 2, 29)));
        assert_eq!(Date::parse_iso("2023-02-29"), None);
        assert_eq!(Date::parse_iso("2023-3-17"), None);
        assert_eq!(ymd(987, 3, 7).to_string(), "0987-03-07");
        assert!(!ymd(2023, 2, 31).exists() && ymd(2024, 2, 29).exists());
    }
}
