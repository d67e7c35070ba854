//! Holidays: the names of `lexicon/holidays.tsv` and the day each falls on in a given year.

use std::sync::LazyLock;

use crate::date::Date;
use crate::lex::{Res, at_boundary, fail};
use crate::lexicon;

/// When a holiday falls.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum When {
    /// The same month and day every year.
    Fixed(u32, u32),
    /// The `n`th weekday of a month (ISO weekday; `n` = -1 for the last).
    Nth(i32, u32, u32),
    /// Days from Western Easter Sunday.
    Easter(i64),
}

/// A holiday of the data file.
#[derive(Debug)]
pub(super) struct Holiday {
    pub(super) name: &'static str,
    pub(super) when: When,
}

/// Every holiday of the data file, in file order (a longer name before a name it starts with).
pub(super) fn holidays() -> &'static [Holiday] {
    static LIST: LazyLock<Vec<Holiday>> = LazyLock::new(|| {
        lexicon::HOLIDAYS
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| {
                let (name, rule) = l.split_once('\t')?;
                Some(Holiday { name, when: parse_rule(rule.trim())? })
            })
            .collect()
    });
    &LIST
}

/// Reads `MM-DD`, `N WD MM` or `easter+D`.
fn parse_rule(rule: &str) -> Option<When> {
    if let Some(offset) = rule.strip_prefix("easter") {
        return offset.strip_prefix('+').unwrap_or(offset).parse().ok().map(When::Easter);
    }
    if let Some((m, d)) = rule.split_once('-').filter(|_| !rule.contains(' ')) {
        return Some(When::Fixed(m.parse().ok()?, d.parse().ok()?));
    }
    let mut parts = rule.split(' ');
    let n = parts.next()?.parse().ok()?;
    let weekday = parts.next()?.parse().ok()?;
    let month = parts.next()?.parse().ok()?;
    Some(When::Nth(n, weekday, month))
}

impl When {
    /// The day in `year`.
    pub(super) fn in_year(self, year: i32) -> Date {
        match self {
            When::Fixed(month, day) => Date { year, month, day },
            When::Nth(n, weekday, month) => {
                let first = Date { year, month, day: 1 };
                let to_weekday = (i64::from(weekday) - i64::from(first.weekday())).rem_euclid(7);
                let firsts = first.add_days(to_weekday);
                if n > 0 {
                    firsts.add_days(7 * (i64::from(n) - 1))
                } else {
                    let weeks = (i64::from(first.days_in_month()) - 1 - to_weekday) / 7;
                    firsts.add_days(7 * weeks)
                }
            }
            When::Easter(offset) => easter(year).add_days(offset),
        }
    }

    /// The value with the year unknown: `XXXX-12-25`, or `XXXX-XX-XX` for a movable feast.
    pub(super) fn masked(self) -> String {
        match self {
            When::Fixed(month, day) => format!("XXXX-{month:02}-{day:02}"),
            _ => "XXXX-XX-XX".to_string(),
        }
    }
}

/// Western Easter Sunday (the anonymous Gregorian computus).
fn easter(year: i32) -> Date {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date { year, month: month as u32, day: day as u32 }
}

/// A holiday's name at the start of `i`, as written (an apostrophe matches `'` or `’`): its index.
pub(super) fn holiday_name(i: &str) -> Res<'_, usize> {
    for (n, holiday) in holidays().iter().enumerate() {
        if let Some(rest) = strip_name(i, holiday.name) {
            if at_boundary(rest) {
                return Ok((rest, n));
            }
        }
    }
    fail(i)
}

/// `i` after `name`, matching an apostrophe of the name with a straight or curly one.
fn strip_name<'i>(i: &'i str, name: &str) -> Option<&'i str> {
    let mut rest = i;
    for c in name.chars() {
        rest = if c == '\'' {
            rest.strip_prefix('\'').or_else(|| rest.strip_prefix('’'))?
        } else {
            rest.strip_prefix(c)?
        };
    }
    Some(rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn movable_holidays_fall_on_their_days() {
        let day = |name: &str, year| {
            holidays().iter().find(|h| h.name == name).map(|h| h.when.in_year(year).to_string()).unwrap_or_default()
        };
        assert_eq!(day("Thanksgiving", 2023), "2023-11-23");
        assert_eq!(day("Thanksgiving", 2024), "2024-11-28");
        assert_eq!(day("Memorial Day", 2023), "2023-05-29");
        assert_eq!(day("Memorial Day", 2021), "2021-05-31");
        assert_eq!(day("Labor Day", 2023), "2023-09-04");
        assert_eq!(day("Easter", 2023), "2023-04-09");
        assert_eq!(day("Easter", 2024), "2024-03-31");
        assert_eq!(day("Good Friday", 2019), "2019-04-19");
        assert_eq!(day("Christmas Eve", 2023), "2023-12-24");
        assert_eq!(day("Mother's Day", 2023), "2023-05-14");
    }

    #[test]
    fn names_match_either_apostrophe() {
        assert_eq!(holiday_name("New Year’s Day party").map(|(r, _)| r), Ok(" party"));
        assert_eq!(holiday_name("New Year's Eve").map(|(r, _)| r), Ok(""));
        assert!(holiday_name("Christmasy").is_err());
        assert!(holiday_name("christmas").is_err());
    }
}
