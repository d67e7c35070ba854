//! Calendar arithmetic for dates in words: day numbers, weekdays and ISO weeks.
//!
//! Validation and parsing come from [`newsbrief_parser::Date`]; the day arithmetic the
//! parser does for itself is internal to its time pass, so the few lines the timeline
//! needs live here.

use newsbrief_parser::Date;

/// Month names, January first.
pub(crate) const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

const WEEKDAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/// A day of the proleptic Gregorian calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct Day {
    pub(crate) year: i32,
    pub(crate) month: u32,
    pub(crate) day: u32,
}

impl From<Date> for Day {
    fn from(d: Date) -> Day {
        Day { year: d.year, month: d.month, day: d.day }
    }
}

impl Day {
    /// The day, when it exists.
    pub(crate) fn new(year: i32, month: u32, day: u32) -> Option<Day> {
        let valid = (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        valid.then_some(Day { year, month, day })
    }

    /// `YYYY-MM-DD`.
    #[cfg(test)]
    pub(crate) fn parse_iso(s: &str) -> Option<Day> {
        Date::parse_iso(s).map(Day::from)
    }

    /// Days since 1970-01-01 (negative before).
    pub(crate) fn number(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The day with this number.
    pub(crate) fn from_number(n: i64) -> Day {
        let z = n + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Day { year, month, day }
    }

    /// 0 for Monday to 6 for Sunday.
    pub(crate) fn weekday(self) -> usize {
        // 1970-01-01 was a Thursday.
        (self.number() + 3).rem_euclid(7) as usize
    }

    /// The Monday of ISO week `week` of `year`.
    pub(crate) fn iso_week_monday(year: i32, week: u32) -> Option<Day> {
        if !(1..=53).contains(&week) {
            return None;
        }
        let jan4 = Day { year, month: 1, day: 4 };
        let monday = jan4.number() - jan4.weekday() as i64 + 7 * (i64::from(week) - 1);
        Some(Day::from_number(monday))
    }

    /// `14 October 2025`.
    pub(crate) fn words(self) -> String {
        format!("{} {} {}", self.day, MONTHS[self.month as usize - 1], self.year)
    }

    /// `Tuesday 14 October 2025`.
    pub(crate) fn words_with_weekday(self) -> String {
        format!("{} {}", WEEKDAYS[self.weekday()], self.words())
    }
}

/// Days in a month of a year.
pub(crate) fn days_in_month(year: i32, month: u32) -> u32 {
    Date { year, month, day: 1 }.days_in_month()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers_round_trip() {
        for n in [-800_000, -1, 0, 1, 19_000, 20_000, 2_000_000] {
            assert_eq!(Day::from_number(n).number(), n);
        }
        assert_eq!(Day::parse_iso("1970-01-01").map(Day::number), Some(0));
        assert_eq!(Day::parse_iso("2023-02-29"), None);
    }

    #[test]
    fn weekdays_and_weeks() {
        let d = Day::parse_iso("2023-03-17").unwrap();
        assert_eq!(d.words_with_weekday(), "Friday 17 March 2023");
        assert_eq!(Day::iso_week_monday(2023, 12).map(Day::words).as_deref(), Some("20 March 2023"));
        assert_eq!(Day::iso_week_monday(2021, 1).map(Day::words).as_deref(), Some("4 January 2021"));
    }
}
