//! Resolution: a reading becomes a TIMEX3 value against the reference date, the tense of
//! its sentence and the date mentioned last (the anchor).
//!
//! [`resolve`] sends each family of readings to its own function: dates written out,
//! recurring names, expressions counted from the reference date, expressions counted from
//! the anchor, the quarter under discussion, times of day, and values that need no date.

use super::holidays::holidays;
use super::reading::{Named, Point, Raw, Unit, Which, push_padded, valid_day};
use super::scan::Tense;
use crate::date::Date;
use crate::model::TimexType;

/// What the scan remembers from one expression to the next.
pub(super) struct State {
    /// The date relative expressions resolve against.
    pub(super) reference: Option<Date>,
    /// The point mentioned last, which `the following year` and `that day` count from.
    pub(super) anchor: Option<Point>,
    /// The day mentioned last, which `the next day` counts from.
    pub(super) last_day: Option<Date>,
    /// The sentence being read (its paragraph and start), and the one `last_day` was named in:
    /// a clock time without a day of its own takes the day named in its sentence.
    pub(super) sentence: (usize, usize),
    pub(super) last_day_sentence: Option<(usize, usize)>,
    /// The first day the lead names: the day of the story's event, which a clock time without a
    /// day in its sentence belongs to (`late Saturday`, then `crews were called at 11:15 p.m.`).
    pub(super) lead_day: Option<Date>,
    /// The quarter under discussion, which `the quarter`, `the 1988 period` and `a year ago`
    /// refer to: the latest quarter named that had ended by the reference date (results are
    /// reported for a finished quarter; `expects fourth-quarter profit` is a forecast).
    pub(super) quarter: Option<Point>,
    /// The month under discussion, which `the previous month` is the month before: the latest
    /// month named that had ended by the reference date (data are reported for a month past).
    pub(super) month: Option<Point>,
    /// Results for a longer period were named since that quarter (`For the nine months, …`):
    /// `a year earlier` and `the 1988 period` then mean the year before, not the quarter.
    pub(super) longer_period: bool,
    /// The quarter under discussion was named by a fiscal label (`the fiscal first quarter`),
    /// which `the quarter ended Sept. 30` then refers to whatever the calendar says.
    pub(super) fiscal: bool,
}

impl State {
    /// Makes `point` the anchor, and the last day when it is a day.
    fn anchor_at(&mut self, point: Point) {
        self.anchor = Some(point);
        match point {
            Point::Day(day) => {
                self.last_day = Some(day);
                self.last_day_sentence = Some(self.sentence);
            }
            Point::Month(..) => {
                let ended = self.reference.is_none_or(|r| point.shift(Unit::Month, 1).start() <= r);
                if ended && self.month.is_none_or(|m| m.start() < point.start()) {
                    self.month = Some(point);
                }
            }
            Point::Quarter(..) => {
                let ended = self.reference.is_none_or(|r| point.shift(Unit::Quarter, 1).start() <= r);
                if ended {
                    self.longer_period = false;
                    if self.quarter.is_none_or(|q| q.start() < point.start()) {
                        self.quarter = Some(point);
                        self.fiscal = false;
                    }
                }
            }
            _ => {}
        }
    }

    /// Notes results for a longer period than a quarter (`For the nine months`): it is part of
    /// the year of the quarter under discussion, which `a year earlier` then counts from.
    pub(super) fn longer_period_named(&mut self) {
        self.longer_period = true;
        let year = self.quarter.map(|q| q.start().year).or(self.reference.map(|r| r.year));
        if let Some(year) = year {
            self.anchor = Some(Point::Year(year));
        }
    }

    /// The day named earlier in the sentence being read.
    pub(super) fn day_of_sentence(&self) -> Option<Date> {
        self.last_day.filter(|_| self.last_day_sentence == Some(self.sentence))
    }
}

/// A resolved expression.
pub(super) struct Resolved {
    pub(super) kind: TimexType,
    pub(super) value: String,
    pub(super) end: Option<String>,
    pub(super) relative: bool,
}

impl Resolved {
    /// A date with no end.
    fn date(value: String, relative: bool) -> Resolved {
        Resolved { kind: TimexType::Date, value, end: None, relative }
    }
}

/// Turns a reading into a TIMEX3 value and updates the anchor.
pub(super) fn resolve(raw: &Raw, tense: Tense, state: &mut State) -> Option<Resolved> {
    let resolved = resolve_raw(raw, tense, state);
    // `It earned $4 million in the third quarter, against $6 million a year earlier`, with no
    // date to place the quarter: what counts from it cannot be placed either, so no date named
    // before it is counted from.
    if let Some(r) = &resolved {
        if r.kind == TimexType::Date && r.value.starts_with("XXXX") && !matches!(raw, Raw::Anchored(..)) {
            state.anchor = None;
        }
    }
    resolved
}

fn resolve_raw(raw: &Raw, tense: Tense, state: &mut State) -> Option<Resolved> {
    match raw {
        Raw::Abs(_) | Raw::YearRange(..) | Raw::Day { .. } | Raw::OnWeekday(..) | Raw::DayRange { .. } => {
            written_date(raw, tense, state)
        }
        Raw::Named(named, which) => named_occurrence(*named, *which, tense, state),
        Raw::DayOffset(_) | Raw::Rel(..) | Raw::Ago(..) | Raw::TheYear => Some(from_reference(raw, state)),
        Raw::Anchored(unit, n) => Some(from_anchor(*unit, *n, state)),
        Raw::AnchoredWeekday(weekday, n) => Some(weekday_from_anchor(*weekday, *n, state)),
        Raw::CurrentQuarter | Raw::QuarterOfYear(_) | Raw::YearAgoQuarter => Some(quarter_under_discussion(raw, state)),
        Raw::PriorMonth => Some(prior_month(state)),
        Raw::QuarterEnded { year, month, day, ended } => {
            Some(quarter_ended(*year, *month, *day, if *ended { Tense::Past } else { tense }, state))
        }
        Raw::Clock { .. } | Raw::DayPart(..) => time_of_day(raw, tense, state),
        Raw::Holiday(n, which) => Some(holiday(*n, *which, tense, state)),
        Raw::Ref(_) | Raw::Duration { .. } | Raw::Set(_) => Some(without_date(raw)),
        Raw::YearEnd => Some(year_end(tense, state)),
    }
}

/// Dates written out: `2019`, `2019 to 2021`, `March 17, 2023`, `March 17`, `Saturday, April 25`,
/// `March 20-22`.
fn written_date(raw: &Raw, tense: Tense, state: &mut State) -> Option<Resolved> {
    let res = match *raw {
        Raw::Abs(point) => {
            state.anchor_at(point);
            Resolved::date(point.value(), false)
        }
        Raw::YearRange(from, to) => {
            state.anchor_at(Point::Year(to));
            Resolved { end: Some(format!("{to:04}")), ..Resolved::date(format!("{from:04}"), false) }
        }
        Raw::Day { year, month, day } => day_of_month(year, month, day, tense, state),
        Raw::OnWeekday(weekday, ref on) => match (on.as_ref(), state.reference) {
            // The weekday picks the year when none is written.
            (&Raw::Day { year: None, month, day }, Some(reference)) => {
                let fits =
                    |year: i32| valid_day(Some(year), month, day) && Date { year, month, day }.weekday() == weekday;
                let year = [reference.year, reference.year - 1, reference.year + 1].into_iter().find(|&y| fits(y));
                match year {
                    Some(year) => Resolved { relative: true, ..day_of_month(Some(year), month, day, tense, state) },
                    None => resolve(on, tense, state)?,
                }
            }
            _ => resolve(on, tense, state)?,
        },
        Raw::DayRange { year, month, day, end_month, end_day } => {
            let start = day_of_month(year, month, day, tense, state);
            let start_year = start.value.get(..4).unwrap_or("XXXX").to_string();
            // The end falls in the start's year, or the next one across New Year.
            let wraps = (end_month, end_day) < (month, day);
            let end_year =
                start_year.parse::<i32>().map_or(start_year.clone(), |y| format!("{:04}", y + i32::from(wraps)));
            Resolved { end: Some(format!("{end_year}-{end_month:02}-{end_day:02}")), ..start }
        }
        _ => return None,
    };
    Some(res)
}

/// A day of a month, in the year written or, without one, in the year that fits the tense.
fn day_of_month(year: Option<i32>, month: u32, day: u32, tense: Tense, state: &mut State) -> Resolved {
    match (year, state.reference) {
        (Some(year), _) => {
            let date = Date { year, month, day };
            state.anchor_at(Point::Day(date));
            Resolved::date(date.to_string(), false)
        }
        (None, Some(reference)) => {
            let date = day_in_context(month, day, reference, tense);
            state.anchor_at(Point::Day(date));
            Resolved::date(date.to_string(), true)
        }
        (None, None) => {
            let mut value = String::with_capacity(16);
            value.push_str("XXXX-");
            push_padded(&mut value, month.into(), 2);
            value.push('-');
            push_padded(&mut value, day.into(), 2);
            Resolved::date(value, true)
        }
    }
}

/// Counted from the reference date: `today`, `next week`, `last year`, `two years ago`, `the year`.
fn from_reference(raw: &Raw, state: &mut State) -> Resolved {
    let Some(reference) = state.reference else {
        let unit = match *raw {
            Raw::Rel(unit, _) | Raw::Ago(unit, _) => unit,
            Raw::TheYear => Unit::Year,
            _ => Unit::Day,
        };
        return Resolved::date(Point::masked(unit).to_string(), true);
    };
    match *raw {
        Raw::DayOffset(days) => {
            let date = reference.add_days(days);
            state.anchor_at(Point::Day(date));
            Resolved::date(date.to_string(), true)
        }
        Raw::Ago(unit, n) => {
            // `a year ago` in a story about a quarter means that quarter a year before; `four years
            // ago` is a year.
            let here = match (state.anchor, state.quarter) {
                _ if unit != Unit::Year || n != -1 => Point::of(unit, reference),
                (Some(anchor @ (Point::Month(..) | Point::Half(..))), _) if anchor.start().year == reference.year => {
                    anchor
                }
                // A quarter reported within the past year (last year's fourth, in a January story).
                (_, Some(quarter)) if !state.longer_period && quarter.shift(Unit::Year, 1).start() > reference => {
                    quarter
                }
                _ => Point::of(unit, reference),
            };
            Resolved::date(here.shift(unit, n).value(), true)
        }
        _ => {
            let (unit, n) = match *raw {
                Raw::Rel(unit, n) => (unit, n),
                _ => (Unit::Year, 0),
            };
            let point = Point::of(unit, reference).shift(unit, n);
            state.anchor_at(point);
            Resolved::date(point.value(), true)
        }
    }
}

/// Counted from the anchor: `the following day`, `a year earlier`, `that year`.
fn from_anchor(unit: Unit, n: i64, state: &mut State) -> Resolved {
    let base = match (unit, state.last_day, state.anchor, state.reference) {
        (Unit::Day, Some(day), _, _) => Some(Point::Day(day)),
        (_, _, Some(anchor), _)
            if unit != Unit::Day && anchor.unit() != Unit::Day && anchor.unit().granularity() <= unit.granularity() =>
        {
            Some(anchor)
        }
        // A year does not say which of its days `that day` is: keep the year, mask the rest.
        (_, _, Some(anchor), _) if anchor.unit().granularity() > unit.granularity() => {
            let masked = Point::masked(unit);
            let value = match masked.get(4..) {
                Some(rest) if !rest.is_empty() => format!("{:04}{rest}", anchor.start().year),
                _ => masked.to_string(),
            };
            return Resolved::date(value, true);
        }
        (_, _, Some(anchor), _) => Some(Point::of(unit, anchor.start())),
        (_, _, None, Some(reference)) => Some(Point::of(unit, reference)),
        _ => None,
    };
    let Some(base) = base else {
        return Resolved::date(Point::masked(unit).to_string(), true);
    };
    let point = base.shift(unit, n);
    // `the following year` moves the story on; `a year earlier` is a comparison.
    // (A day is the anchor and the last day: `anchor_at` records both.)
    if n > 0 || unit == Unit::Day {
        state.anchor_at(point);
    }
    Resolved::date(point.value(), true)
}

/// `the previous Friday`: the weekday before (or after) the day mentioned last, else the reference.
fn weekday_from_anchor(weekday: u32, n: i64, state: &mut State) -> Resolved {
    let Some(base) = state.last_day.or(state.reference) else {
        return Resolved::date(Named::Weekday(weekday).masked(), true);
    };
    let day = (1..=7).map(|k| base.add_days(k * n)).find(|d| d.weekday() == weekday).unwrap_or(base);
    state.anchor_at(Point::Day(day));
    Resolved::date(day.to_string(), true)
}

/// The quarter under discussion: `the quarter`, `the 1988 period`, `the year-ago quarter`.
fn quarter_under_discussion(raw: &Raw, state: &mut State) -> Resolved {
    let masked = || Resolved::date(Point::masked(Unit::Quarter).to_string(), true);
    match (raw, state.quarter, state.reference) {
        (Raw::QuarterOfYear(year), Some(Point::Quarter(_, quarter)), _) if !state.longer_period => {
            Resolved::date(Point::Quarter(*year, quarter).value(), false)
        }
        (Raw::QuarterOfYear(year), ..) => Resolved::date(Point::Year(*year).value(), false),
        (Raw::CurrentQuarter, Some(quarter), _) => Resolved::date(quarter.value(), true),
        (Raw::CurrentQuarter, _, Some(reference)) => {
            // The latest quarter reported is the one before the reference date's.
            let point = Point::of(Unit::Quarter, reference).shift(Unit::Quarter, -1);
            state.anchor_at(point);
            Resolved::date(point.value(), true)
        }
        (Raw::YearAgoQuarter, Some(quarter), _) => Resolved::date(quarter.shift(Unit::Year, -1).value(), true),
        (Raw::YearAgoQuarter, _, Some(reference)) => {
            Resolved::date(Point::of(Unit::Quarter, reference).shift(Unit::Quarter, -5).value(), true)
        }
        _ => masked(),
    }
}

/// `the previous month`: the month before the month under discussion, else before the reference
/// date's. A comparison does not move the story on: the month compared stays the anchor
/// (`rose 0.2% from the previous month and 4% from a year earlier`).
fn prior_month(state: &mut State) -> Resolved {
    if let Some(month) = state.month {
        state.anchor_at(month);
        return Resolved::date(month.shift(Unit::Month, -1).value(), true);
    }
    from_reference(&Raw::Rel(Unit::Month, -1), state)
}

/// `by year-end`: this year's end; `since year-end` and `at year-end, debt was …`: last year's.
/// TimeML gives the end of a year the year's value.
fn year_end(tense: Tense, state: &mut State) -> Resolved {
    let Some(reference) = state.reference else {
        return Resolved::date(Point::masked(Unit::Year).to_string(), true);
    };
    let year = Point::Year(reference.year - i32::from(tense == Tense::Past));
    state.anchor_at(year);
    Resolved::date(year.value(), true)
}

/// `the quarter ended Sept. 30`: the fiscal quarter under discussion, else the calendar quarter
/// that holds most of the three months up to that day (a quarter ended July 31 is mostly the
/// second).
fn quarter_ended(year: Option<i32>, month: u32, day: u32, tense: Tense, state: &mut State) -> Resolved {
    if let Some(quarter) = state.quarter.filter(|_| state.fiscal) {
        return Resolved::date(quarter.value(), true);
    }
    let end = match (year, state.reference) {
        (Some(year), _) => Date { year, month, day },
        (None, Some(reference)) => day_in_context(month, day, reference, tense),
        (None, None) => return Resolved::date(Point::masked(Unit::Quarter).to_string(), true),
    };
    let point = Point::of(Unit::Quarter, end.add_days(-45));
    state.anchor_at(point);
    Resolved::date(point.value(), year.is_none())
}

/// Times of day: `9:41 a.m.`, `noon Monday`, `this morning`, `Saturday night`.
fn time_of_day(raw: &Raw, tense: Tense, state: &mut State) -> Option<Resolved> {
    match raw {
        Raw::Clock { hour, minute, on } => {
            let day = match on {
                Some(on) => resolve(on, tense, state).map(|r| r.value),
                None => {
                    // The day the lead tells of, when the sentence tells of that time: the past
                    // for a day before the reference, the future for one after it.
                    let lead_day = state.lead_day.filter(|&d| match (tense, state.reference) {
                        (Tense::Past, Some(r)) => d <= r,
                        (Tense::Future, Some(r)) => d >= r,
                        (Tense::Past | Tense::Future, None) => true,
                        (Tense::Unknown, _) => false,
                    });
                    state.day_of_sentence().or(lead_day).or(state.reference).map(|r| r.to_string())
                }
            };
            let day = day.unwrap_or_else(|| "XXXX-XX-XX".to_string());
            // The value put together without the formatting machinery: the day, then the clock.
            let mut value = String::with_capacity(16);
            value.push_str(day.get(..10).unwrap_or(&day));
            value.push('T');
            // `5 p.m.` is `T17:00`; only midnight keeps the bare hour (`T24`).
            match minute {
                Some(minute) => {
                    push_padded(&mut value, (*hour).into(), 2);
                    value.push(':');
                    push_padded(&mut value, (*minute).into(), 2);
                }
                None if *hour == 24 => value.push_str("24"),
                None => {
                    push_padded(&mut value, (*hour).into(), 2);
                    value.push_str(":00");
                }
            }
            Some(Resolved { kind: TimexType::Time, value, end: None, relative: on.is_none() })
        }
        Raw::DayPart(part, on) => {
            let mut day = resolve(on, tense, state)?;
            day.value.push('T');
            day.value.push_str(part);
            Some(Resolved { kind: TimexType::Time, ..day })
        }
        _ => None,
    }
}

/// A holiday: in the year written, else the one before or after the reference date that `last`,
/// `next` or the tense asks for, else the one of the reference year.
fn holiday(n: usize, which: Which, tense: Tense, state: &mut State) -> Resolved {
    let Some(when) = holidays().get(n).map(|h| h.when) else {
        return Resolved::date(Point::masked(Unit::Day).to_string(), true);
    };
    let year = match (which, state.reference) {
        (Which::Year(year), _) => Some(year),
        (Which::YearRel(offset), Some(reference)) => Some(reference.year + offset as i32),
        (_, Some(reference)) => {
            let this = when.in_year(reference.year);
            let y = reference.year;
            Some(match (which, tense) {
                (Which::Last, _) => {
                    if this < reference {
                        y
                    } else {
                        y - 1
                    }
                }
                (Which::Next, _) => {
                    if this > reference {
                        y
                    } else {
                        y + 1
                    }
                }
                (Which::Tense, Tense::Past) => {
                    if this <= reference {
                        y
                    } else {
                        y - 1
                    }
                }
                (Which::Tense, Tense::Future) => {
                    if this >= reference {
                        y
                    } else {
                        y + 1
                    }
                }
                _ => y,
            })
        }
        _ => None,
    };
    let Some(year) = year else {
        return Resolved::date(when.masked(), true);
    };
    let day = when.in_year(year);
    state.anchor_at(Point::Day(day));
    Resolved::date(day.to_string(), !matches!(which, Which::Year(_)))
}

/// Values that need no date: `PRESENT_REF`, durations, sets.
fn without_date(raw: &Raw) -> Resolved {
    let (kind, value, relative) = match raw {
        Raw::Duration { value, .. } => (TimexType::Duration, value.clone(), false),
        Raw::Set(value) => (TimexType::Set, value.clone(), false),
        Raw::Ref(value) => (TimexType::Date, (*value).to_string(), true),
        _ => (TimexType::Date, String::new(), true),
    };
    Resolved { kind, value, end: None, relative }
}

/// Recurring names: `Friday`, `in February`, `the third quarter`, `last summer`, `September 2022`.
fn named_occurrence(named: Named, which: Which, tense: Tense, state: &mut State) -> Option<Resolved> {
    let explicit_year = match which {
        Which::Year(year) => Some((year, false)),
        Which::YearRel(offset) => state.reference.map(|r| (r.year + offset as i32, true)),
        _ => None,
    };
    if let Some((year, relative)) = explicit_year {
        let point = named_in_year(named, year)?;
        state.anchor_at(point);
        return Some(Resolved::date(point.value(), relative));
    }
    let Some(reference) = state.reference else {
        return Some(Resolved::date(named.masked(), true));
    };
    if let (Named::Quarter(_) | Named::Half(_), Which::Tense) = (named, which) {
        // A quarter still ahead this year is last year's, unless the sentence looks ahead.
        let this_year = named_in_year(named, reference.year)?;
        let here = Point::of(this_year.unit(), reference);
        let ahead = distance(here, this_year) > 0;
        // Without a tense, next year's when it is the next one to come (`an easier policy in
        // the first quarter`, said in December).
        let next_year = this_year.shift(Unit::Year, 1);
        let point = if ahead && tense != Tense::Future {
            this_year.shift(Unit::Year, -1)
        } else if tense == Tense::Unknown && matches!(named, Named::Quarter(_)) && distance(here, next_year) == 1 {
            next_year
        } else {
            this_year
        };
        state.anchor_at(point);
        return Some(Resolved::date(point.value(), true));
    }
    let which = match (named, which) {
        (Named::Weekday(_), Which::This) => Which::Tense,
        (Named::Month(_) | Named::Season(_) | Named::Quarter(_) | Named::Half(_), Which::This) => {
            let point = named_in_year(named, reference.year)?;
            state.anchor_at(point);
            return Some(Resolved::date(point.value(), true));
        }
        (_, which) => which,
    };
    let around = occurrences(named, reference);
    let point = match (named, which) {
        (Named::Month(_), Which::Tense) => lean(&around, tense, 9)?,
        (Named::Season(_), Which::Tense) => lean(&around, tense, 2)?,
        _ => pick(&around, which, tense, named.default_tense())?,
    };
    state.anchor_at(point);
    Some(Resolved::date(point.value(), true))
}

/// Chooses among occurrences by their signed distance from the reference (in the name's own unit).
fn pick(occurrences: &[(i64, Point)], which: Which, tense: Tense, default: Tense) -> Option<Point> {
    let before = |strict: bool| {
        occurrences.iter().filter(|(d, _)| if strict { *d < 0 } else { *d <= 0 }).max_by_key(|(d, _)| *d)
    };
    let after = |strict: bool| {
        occurrences.iter().filter(|(d, _)| if strict { *d > 0 } else { *d >= 0 }).min_by_key(|(d, _)| *d)
    };
    let nearest = || occurrences.iter().min_by_key(|(d, _)| (d.abs(), *d > 0));
    let tense = if tense == Tense::Unknown { default } else { tense };
    let found = match which {
        Which::Last => before(true),
        Which::Next => after(true),
        Which::This => after(false),
        Which::Tense => match tense {
            Tense::Past => before(false),
            Tense::Future => after(false),
            Tense::Unknown => nearest(),
        },
        Which::Year(_) | Which::YearRel(_) => None,
    };
    found.map(|(_, point)| *point)
}

/// The nearest occurrence, counting `penalty` extra units against one on the wrong side of the tense.
fn lean(occurrences: &[(i64, Point)], tense: Tense, penalty: i64) -> Option<Point> {
    let cost = |distance: i64| {
        let wrong = match tense {
            Tense::Past => distance > 0,
            Tense::Future => distance < 0,
            Tense::Unknown => false,
        };
        (distance.abs() + if wrong { penalty } else { 0 }, distance > 0)
    };
    occurrences.iter().min_by_key(|(distance, _)| cost(*distance)).map(|(_, point)| *point)
}

/// The occurrences of a name around the reference date, with their distances from it.
fn occurrences(named: Named, reference: Date) -> Vec<(i64, Point)> {
    let mut out = Vec::new();
    match named {
        Named::Weekday(weekday) => {
            for offset in -7..=7 {
                let day = reference.add_days(offset);
                if day.weekday() == weekday {
                    out.push((offset, Point::Day(day)));
                }
            }
        }
        Named::Weekend => {
            for offset in -7..=7 {
                let day = reference.add_days(offset);
                if day.weekday() == 6 {
                    let (year, week) = day.iso_week();
                    // The weekend under way counts as the present one.
                    let distance = if (0..=1).contains(&-offset) { 0 } else { offset };
                    out.push((distance, Point::Weekend(year, week)));
                }
            }
        }
        _ => {
            for year in reference.year - 1..=reference.year + 1 {
                if let Some(point) = named_in_year(named, year) {
                    let here = Point::of(point.unit(), reference);
                    out.push((distance(here, point), point));
                }
            }
        }
    }
    out
}

/// A month, season, quarter or half of a given year.
fn named_in_year(named: Named, year: i32) -> Option<Point> {
    Some(match named {
        Named::Month(month) => Point::Month(year, month),
        Named::Season(season) => Point::Season(year, season),
        Named::Quarter(quarter) => Point::Quarter(year, quarter),
        Named::Half(half) => Point::Half(year, half),
        Named::Weekday(_) | Named::Weekend => return None,
    })
}

/// The signed distance from `from` to `to` in `from`'s unit (months, quarters, seasons or halves).
fn distance(from: Point, to: Point) -> i64 {
    let ordinal = |point: Point| match point {
        Point::Month(year, month) => i64::from(year) * 12 + i64::from(month),
        Point::Quarter(year, quarter) => i64::from(year) * 4 + i64::from(quarter),
        Point::Half(year, half) => i64::from(year) * 2 + i64::from(half),
        Point::Season(year, season) => i64::from(year) * 4 + season.index(),
        point => point.start().days(),
    };
    ordinal(to) - ordinal(from)
}

/// A day with an unknown year: the occurrence that fits the tense, else the nearest.
fn day_in_context(month: u32, day: u32, reference: Date, tense: Tense) -> Date {
    let mut around = Vec::new();
    for year in reference.year - 1..=reference.year + 1 {
        if valid_day(Some(year), month, day) {
            let date = Date { year, month, day };
            around.push((date.days() - reference.days(), Point::Day(date)));
        }
    }
    match lean(&around, tense, 200) {
        Some(Point::Day(date)) => date,
        _ => Date { year: reference.year, month, day },
    }
}
