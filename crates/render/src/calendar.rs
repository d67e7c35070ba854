//! Dates in words, and the day numbers, weekdays and ISO weeks the timeline lays out, all
//! computed by [`newsbrief_parser::Date`].

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
        self.date().days()
    }

    /// The day with this number.
    pub(crate) fn from_number(n: i64) -> Day {
        Day::from(Date::from_days(n))
    }

    /// 0 for Monday to 6 for Sunday.
    pub(crate) fn weekday(self) -> usize {
        self.date().weekday() as usize - 1
    }

    /// The Monday of ISO week `week` of `year`.
    pub(crate) fn iso_week_monday(year: i32, week: u32) -> Option<Day> {
        (1..=53).contains(&week).then(|| Day::from(Date::week_monday(year, week)))
    }

    fn date(self) -> Date {
        Date { year: self.year, month: self.month, day: self.day }
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
