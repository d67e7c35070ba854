//! What the grammar reads: calendar units and points, recurring names, and the readings
//! (`Raw`) that interpretation and resolution turn into TIMEX3 values.

use super::scan::Tense;
use crate::date::Date;
use crate::lexicon;

/// A calendar unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Weekend,
    Month,
    Quarter,
    Half,
    Season,
    Year,
    Decade,
    Century,
}

impl Unit {
    /// Orders units from fine to coarse.
    pub(super) fn granularity(self) -> u8 {
        match self {
            Unit::Second => 0,
            Unit::Minute => 1,
            Unit::Hour => 2,
            Unit::Day => 3,
            Unit::Week | Unit::Weekend => 4,
            Unit::Month => 5,
            Unit::Quarter | Unit::Season => 6,
            Unit::Half => 7,
            Unit::Year => 8,
            Unit::Decade => 9,
            Unit::Century => 10,
        }
    }

    /// The unit named by a singular or plural noun.
    pub(super) fn from_noun(w: &str) -> Option<(Unit, bool)> {
        // Most words are ruled out before they are folded: every unit noun opens with one of
        // these letters and is at most nine letters long (`centuries`; a test holds both).
        let first = w.as_bytes().first().map(u8::to_ascii_lowercase);
        if w.len() > 9 || !matches!(first, Some(b'c' | b'd' | b'h' | b'm' | b'q' | b's' | b'w' | b'y')) {
            return None;
        }
        lexicon::with_ascii_lowercase(w, Unit::from_lowercase_noun).flatten()
    }

    pub(super) fn from_lowercase_noun(w: &str) -> Option<(Unit, bool)> {
        let (stem, plural) = match w {
            "centuries" => ("century", true),
            s if s.ends_with('s') => (&s[..s.len() - 1], true),
            s => (s, false),
        };
        let unit = match stem {
            "second" => Unit::Second,
            "minute" => Unit::Minute,
            "hour" => Unit::Hour,
            "day" => Unit::Day,
            "week" => Unit::Week,
            "weekend" => Unit::Weekend,
            "month" => Unit::Month,
            "quarter" => Unit::Quarter,
            "year" => Unit::Year,
            "decade" => Unit::Decade,
            "century" => Unit::Century,
            _ => return None,
        };
        Some((unit, plural))
    }

    /// The TIMEX3 duration letter(s) and a multiplier: decades are counted in years.
    pub(super) fn duration_code(self) -> (&'static str, f64, bool) {
        match self {
            Unit::Second => ("S", 1.0, true),
            Unit::Minute => ("M", 1.0, true),
            Unit::Hour => ("H", 1.0, true),
            Unit::Day => ("D", 1.0, false),
            Unit::Week | Unit::Weekend => ("W", 1.0, false),
            Unit::Month => ("M", 1.0, false),
            Unit::Quarter => ("Q", 1.0, false),
            Unit::Half => ("M", 6.0, false),
            Unit::Season => ("M", 3.0, false),
            Unit::Year => ("Y", 1.0, false),
            Unit::Decade => ("Y", 10.0, false),
            Unit::Century => ("Y", 100.0, false),
        }
    }
}

/// A season; the winter of a year starts in its December.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Season {
    Spring,
    Summer,
    Fall,
    Winter,
}

impl Season {
    pub(super) fn code(self) -> &'static str {
        match self {
            Season::Spring => "SP",
            Season::Summer => "SU",
            Season::Fall => "FA",
            Season::Winter => "WI",
        }
    }

    pub(super) fn index(self) -> i64 {
        match self {
            Season::Spring => 0,
            Season::Summer => 1,
            Season::Fall => 2,
            Season::Winter => 3,
        }
    }

    /// The season of a date and the year it is counted in (January is the previous year's winter).
    pub(super) fn of(d: Date) -> (i32, Season) {
        match d.month {
            3..=5 => (d.year, Season::Spring),
            6..=8 => (d.year, Season::Summer),
            9..=11 => (d.year, Season::Fall),
            12 => (d.year, Season::Winter),
            _ => (d.year - 1, Season::Winter),
        }
    }
}

/// A resolved calendar value at some granularity.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Point {
    Day(Date),
    Week(i32, u32),
    Weekend(i32, u32),
    Month(i32, u32),
    Quarter(i32, u32),
    Half(i32, u32),
    Season(i32, Season),
    Year(i32),
    Decade(i32),
    Century(i32),
}

impl Point {
    /// The point of granularity `unit` that contains `d`.
    pub(super) fn of(unit: Unit, d: Date) -> Point {
        match unit {
            Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => Point::Day(d),
            Unit::Week => {
                let (y, w) = d.iso_week();
                Point::Week(y, w)
            }
            Unit::Weekend => {
                let (y, w) = d.iso_week();
                Point::Weekend(y, w)
            }
            Unit::Month => Point::Month(d.year, d.month),
            Unit::Quarter => Point::Quarter(d.year, (d.month - 1) / 3 + 1),
            Unit::Half => Point::Half(d.year, (d.month - 1) / 6 + 1),
            Unit::Season => {
                let (y, s) = Season::of(d);
                Point::Season(y, s)
            }
            Unit::Year => Point::Year(d.year),
            Unit::Decade => Point::Decade(d.year.div_euclid(10)),
            Unit::Century => Point::Century(d.year.div_euclid(100)),
        }
    }

    pub(super) fn unit(self) -> Unit {
        match self {
            Point::Day(_) => Unit::Day,
            Point::Week(..) => Unit::Week,
            Point::Weekend(..) => Unit::Weekend,
            Point::Month(..) => Unit::Month,
            Point::Quarter(..) => Unit::Quarter,
            Point::Half(..) => Unit::Half,
            Point::Season(..) => Unit::Season,
            Point::Year(_) => Unit::Year,
            Point::Decade(_) => Unit::Decade,
            Point::Century(_) => Unit::Century,
        }
    }

    /// The first day of the point.
    pub(super) fn start(self) -> Date {
        let ymd = |year, month, day| Date { year, month, day };
        match self {
            Point::Day(d) => d,
            Point::Week(y, w) => Date::week_monday(y, w),
            Point::Weekend(y, w) => Date::week_monday(y, w).add_days(5),
            Point::Month(y, m) => ymd(y, m, 1),
            Point::Quarter(y, q) => ymd(y, q * 3 - 2, 1),
            Point::Half(y, h) => ymd(y, h * 6 - 5, 1),
            Point::Season(y, s) => ymd(y, [3, 6, 9, 12][s.index() as usize], 1),
            Point::Year(y) => ymd(y, 1, 1),
            Point::Decade(d) => ymd(d * 10, 1, 1),
            Point::Century(c) => ymd(c * 100, 1, 1),
        }
    }

    /// The point `n` units later, kept at its own granularity.
    pub(super) fn shift(self, unit: Unit, n: i64) -> Point {
        let s = self.start();
        let moved = match unit {
            Unit::Second | Unit::Minute | Unit::Hour => s,
            Unit::Day => s.add_days(n),
            Unit::Week | Unit::Weekend => s.add_days(7 * n),
            Unit::Month => s.add_months(n),
            Unit::Quarter | Unit::Season => s.add_months(3 * n),
            Unit::Half => s.add_months(6 * n),
            Unit::Year => s.add_months(12 * n),
            Unit::Decade => s.add_months(120 * n),
            Unit::Century => s.add_months(1200 * n),
        };
        Point::of(self.unit(), moved)
    }

    /// The TIMEX3 value (`2024-W07`, `2024-03`, `2024-Q1`, `202` for a decade).
    pub(super) fn value(self) -> String {
        let mut v = String::with_capacity(16);
        // The year, then a code and the number in the year.
        let mut year_then = |y: i32, code: &str, n: u32, width: usize| {
            push_padded(&mut v, y.into(), 4);
            v.push_str(code);
            push_padded(&mut v, n.into(), width);
        };
        match self {
            Point::Day(d) => return d.to_string(),
            Point::Week(y, w) => year_then(y, "-W", w, 2),
            Point::Weekend(y, w) => {
                year_then(y, "-W", w, 2);
                v.push_str("-WE");
            }
            Point::Month(y, m) => year_then(y, "-", m, 2),
            Point::Quarter(y, q) => year_then(y, "-Q", q, 1),
            Point::Half(y, h) => year_then(y, "-H", h, 1),
            Point::Season(y, s) => {
                push_padded(&mut v, y.into(), 4);
                v.push('-');
                v.push_str(s.code());
            }
            Point::Year(y) => push_padded(&mut v, y.into(), 4),
            Point::Decade(d) => push_padded(&mut v, d.into(), 3),
            Point::Century(c) => push_padded(&mut v, c.into(), 2),
        }
        v
    }

    /// The value with every part replaced by X, for an unresolved relative expression.
    pub(super) fn masked(unit: Unit) -> &'static str {
        match unit {
            Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => "XXXX-XX-XX",
            Unit::Week => "XXXX-WXX",
            Unit::Weekend => "XXXX-WXX-WE",
            Unit::Month => "XXXX-XX",
            Unit::Quarter => "XXXX-QX",
            Unit::Half => "XXXX-HX",
            Unit::Season => "XXXX-XX",
            Unit::Year => "XXXX",
            Unit::Decade => "XXX",
            Unit::Century => "XX",
        }
    }
}

/// A name that recurs on the calendar: a month, weekday, season, quarter or half.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Named {
    Month(u32),
    Weekday(u32),
    Season(Season),
    Quarter(u32),
    Half(u32),
    Weekend,
}

impl Named {
    /// The value with the year unknown: `XXXX-03`, `XXXX-WXX-5`.
    pub(super) fn masked(self) -> String {
        let mut v = String::with_capacity(16);
        let (code, n, width) = match self {
            Named::Month(month) => ("XXXX-", month, 2),
            Named::Weekday(weekday) => ("XXXX-WXX-", weekday, 1),
            Named::Season(season) => return ["XXXX-", season.code()].concat(),
            Named::Quarter(quarter) => ("XXXX-Q", quarter, 1),
            Named::Half(half) => ("XXXX-H", half, 1),
            Named::Weekend => return "XXXX-WXX-WE".to_string(),
        };
        v.push_str(code);
        push_padded(&mut v, n.into(), width);
        v
    }

    /// The tense assumed when the sentence shows none: weekdays, quarters and weekends lean to the
    /// past in news; months and seasons go to the nearest.
    pub(super) fn default_tense(self) -> Tense {
        match self {
            Named::Weekday(_) | Named::Quarter(_) | Named::Half(_) | Named::Weekend => Tense::Past,
            Named::Month(_) | Named::Season(_) => Tense::Unknown,
        }
    }
}

/// Which occurrence of a [`Named`] is meant.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Which {
    /// From the tense of the sentence.
    Tense,
    /// `last April`: the one before the current one.
    Last,
    /// `next Friday`.
    Next,
    /// `this summer`.
    This,
    /// `September 2022`, `the third quarter of 2022`.
    Year(i32),
    /// `last year's third quarter` (-1), `this year's` (0).
    YearRel(i64),
}

/// The grammar's reading of an expression, before resolution.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Raw {
    /// A day of a month, with the year when written: `March 17, 2023`, `March 17`.
    Day { year: Option<i32>, month: u32, day: u32 },
    /// A date named with its weekday, which picks the year when none is written: `Saturday, April 25`.
    OnWeekday(u32, Box<Raw>),
    /// A span of days: `March 20-22`, `March 30 to April 2`.
    DayRange { year: Option<i32>, month: u32, day: u32, end_month: u32, end_day: u32 },
    /// An absolute point: `2019`, `the 1990s`, `2023-03-17`.
    Abs(Point),
    /// `from 2019 to 2021`.
    YearRange(i32, i32),
    /// A recurring name: `Friday`, `in February`, `the third quarter`, `last summer`.
    Named(Named, Which),
    /// `today` (0), `yesterday` (-1), `tomorrow` (1).
    DayOffset(i64),
    /// `this week` (0), `next month` (1), `last year` (-1), `two years ago` (-2, year).
    Rel(Unit, i64),
    /// `the following day` (1), `a year earlier` (-1), `that year` (0): from the anchor.
    Anchored(Unit, i64),
    /// `the previous Friday` (-1), `the following Monday` (1): the weekday before or after the day
    /// mentioned last.
    AnchoredWeekday(u32, i64),
    /// `a year ago`: from the reference date, at the anchor's granularity when it is finer.
    Ago(Unit, i64),
    /// `the quarter`, `the latest quarter`: the quarter under discussion.
    CurrentQuarter,
    /// `the previous month`, `the prior month`: the month before the month under discussion.
    PriorMonth,
    /// `the year-ago quarter`.
    YearAgoQuarter,
    /// `the quarter ended Sept. 30` (`ended`) or `ending Dec. 31`: the quarter of that day.
    QuarterEnded { year: Option<i32>, month: u32, day: u32, ended: bool },
    /// `the year` alone: a date only after `for`, `during`, `of` or `through`.
    TheYear,
    /// `year-end`, `year's end`: the end of this year, or of the last one in the past tense.
    YearEnd,
    /// `the 1988 period`: the quarter under discussion, in another year.
    QuarterOfYear(i32),
    /// `PRESENT_REF`, `PAST_REF`, `FUTURE_REF`.
    Ref(&'static str),
    /// A length of time; `bare` marks a plural noun without a count (`weeks`).
    Duration { value: String, bare: bool, article: bool },
    /// A recurrence: `every year` (`P1Y`), `each March` (`XXXX-03`).
    Set(String),
    /// A clock time, on a day when one is given.
    Clock { hour: u32, minute: Option<u32>, on: Option<Box<Raw>> },
    /// A holiday of `lexicon/holidays.tsv`, by its index: `Thanksgiving`, `last Christmas`, `Easter 2019`.
    Holiday(usize, Which),
    /// A part of a day: `this morning`, `Saturday night`.
    DayPart(&'static str, Box<Raw>),
}

/// Checks a day against the month, counting February 29 as possible when the year is unknown.
pub(super) fn valid_day(y: Option<i32>, m: u32, d: u32) -> bool {
    d >= 1 && d <= Date { year: y.unwrap_or(2000), month: m, day: 1 }.days_in_month()
}

/// Appends `n` in decimal, zero-padded to `width` digits: what `write!(out, "{n:0width$}")`
/// writes, without the formatting machinery, which costs some hundreds of instructions for each
/// TIMEX3 value the time pass builds.
pub(super) fn push_padded(out: &mut String, n: i64, width: usize) {
    let Ok(mut rest) = u64::try_from(n) else {
        // (A year before 0 keeps its sign inside the width: the format writes it.)
        out.push_str(&format!("{n:0width$}"));
        return;
    };
    let mut digits = [b'0'; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    let from = at.min(digits.len().saturating_sub(width));
    out.extend(digits[from..].iter().map(|&b| char::from(b)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn padded_numbers_as_the_format_writes_them() {
        for n in
            [0, 1, 7, 9, 10, 12, 99, 100, 202, 999, 1000, 2024, 9999, 10000, 123_456, -1, -5, -2024, i64::MAX, i64::MIN]
        {
            for width in 0..=5 {
                let mut out = String::from("x");
                push_padded(&mut out, n, width);
                assert_eq!(out, format!("x{n:0width$}"), "{n} in {width}");
            }
        }
    }

    #[test]
    fn every_unit_noun_passes_the_screen() {
        let nouns =
            ["second", "minute", "hour", "day", "week", "weekend", "month", "quarter", "year", "decade", "century"];
        for noun in nouns {
            for w in [noun.to_string(), format!("{noun}s"), noun.to_uppercase()] {
                assert!(Unit::from_noun(&w).is_some(), "{w}");
            }
        }
        assert_eq!(Unit::from_noun("Centuries"), Some((Unit::Century, true)));
        assert_eq!(Unit::from_noun("the"), None);
    }
}
